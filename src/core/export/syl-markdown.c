/* syl-markdown.c: the Markdown of notes, read into blocks
 *
 * Notes are written in the Markdown people type in an editor: paragraphs,
 * bullet and numbered lists (nested by indentation), emphasis, code spans
 * and fenced code, quotes, the odd heading.  This reads that much of
 * CommonMark, line by line, into a flat list of blocks that an exporter
 * can show in its own way: HTML here, Pango markup for PDF and printing.
 *
 * It never passes anything through as HTML: "<b>" in a note is shown as
 * the text "<b>", and links only keep http, https and mailto addresses.
 * Whatever the input, the output is well-formed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-export-private.h"
#include "syl-markdown.h"

/* Lists nested deeper than this are shown at this depth. */
#define MAX_LIST_DEPTH 16

static void
block_free (gpointer data)
{
  SylMarkdownBlock *block = data;

  g_free (block->text);
  g_free (block);
}

static SylMarkdownBlock *
add_block (GPtrArray       *blocks,
           SylMarkdownKind  kind,
           guint            level,
           const char      *text)
{
  SylMarkdownBlock *block = g_new0 (SylMarkdownBlock, 1);

  block->kind = kind;
  block->level = level;
  block->text = g_strdup (text);
  g_ptr_array_add (blocks, block);
  return block;
}

static void
append_line (SylMarkdownBlock *block,
             const char       *line)
{
  char *text = g_strconcat (block->text, "\n", line, NULL);

  g_free (block->text);
  block->text = text;
}

/* Lines. */

/* The column of the first character that is not a space, tabs counting
 * to the next multiple of four. */
static guint
indent_of (const char  *line,
           const char **rest)
{
  guint column = 0;
  const char *p = line;

  for (; *p == ' ' || *p == '\t'; p++)
    column = *p == '\t' ? (column / 4 + 1) * 4 : column + 1;
  *rest = p;
  return column;
}

/* Drops up to @columns columns of indentation. */
static const char *
skip_indent (const char *line,
             guint       columns)
{
  guint column = 0;

  while ((*line == ' ' || *line == '\t') && column < columns)
    {
      column = *line == '\t' ? (column / 4 + 1) * 4 : column + 1;
      line++;
    }
  return line;
}

static gboolean
is_blank (const char *line)
{
  return line[strspn (line, " \t")] == '\0';
}

/* "```" or "~~~" and longer; returns the length of the fence. */
static guint
fence_length (const char *rest,
              char       *fence_char)
{
  guint n = 0;

  if (*rest != '`' && *rest != '~')
    return 0;
  while (rest[n] == rest[0])
    n++;
  if (n < 3 || (rest[0] == '`' && strchr (rest + n, '`') != NULL))
    return 0;
  *fence_char = rest[0];
  return n;
}

static guint
heading_level (const char  *rest,
               const char **text)
{
  guint n = 0;

  while (rest[n] == '#')
    n++;
  if (n < 1 || n > 6 || (rest[n] != ' ' && rest[n] != '\t' && rest[n] != '\0'))
    return 0;
  *text = rest + n;
  return n;
}

/* "***", "---", "___", spaces allowed between. */
static gboolean
is_rule (const char *rest)
{
  guint n = 0;
  char c = *rest;

  if (c != '*' && c != '-' && c != '_')
    return FALSE;
  for (; *rest != '\0'; rest++)
    if (*rest == c)
      n++;
    else if (*rest != ' ' && *rest != '\t')
      return FALSE;
  return n >= 3;
}

static guint
setext_level (const char *rest)
{
  char c = *rest;
  const char *p = rest;

  if (c != '=' && c != '-')
    return 0;
  while (*p == c)
    p++;
  return is_blank (p) ? (c == '=' ? 1 : 2) : 0;
}

/* A list marker: "-", "*" or "+", or up to nine digits and "." or ")",
 * then a space or the end of the line.  Returns the marker's width with
 * the spaces after it (the column where the item's text starts, from the
 * marker), or 0. */
static guint
list_marker (const char      *rest,
             SylMarkdownKind *kind,
             guint           *number,
             const char     **text)
{
  const char *p = rest;
  guint spaces = 0;

  if (*p == '-' || *p == '*' || *p == '+')
    {
      *kind = SYL_MARKDOWN_BULLET;
      p++;
    }
  else
    {
      guint64 value = 0;

      while (g_ascii_isdigit (*p) && p - rest < 9)
        value = value * 10 + (*p++ - '0');
      if (p == rest || (*p != '.' && *p != ')'))
        return 0;
      *kind = SYL_MARKDOWN_NUMBERED;
      *number = (guint) value;
      p++;
    }
  if (*p != ' ' && *p != '\t' && *p != '\0')
    return 0;
  while (p[spaces] == ' ' && spaces < 4)
    spaces++;
  *text = p + spaces;
  /* Five spaces or more start indented code inside the item: the text
   * then starts one space after the marker. */
  if (spaces == 4 || spaces == 0)
    spaces = 1;
  return (p - rest) + spaces;
}

/* Reading. */

typedef struct
{
  GPtrArray        *blocks;
  /* The column where the text of each open list item starts. */
  guint             item_columns[MAX_LIST_DEPTH];
  guint             depth;
  /* The block that a line of text continues, if any. */
  SylMarkdownBlock *open;
} Reader;

/* Closes the list items that a line at @column is not inside of. */
static void
close_items (Reader *reader,
             guint   column)
{
  while (reader->depth > 0 && column < reader->item_columns[reader->depth - 1])
    reader->depth--;
}

static guint
read_fenced_code (Reader      *reader,
                  char       **lines,
                  guint        i,
                  guint        indent,
                  char         fence_char,
                  guint        length)
{
  g_autoptr(GString) code = g_string_new (NULL);
  guint j;

  for (j = i + 1; lines[j] != NULL; j++)
    {
      const char *rest;
      char c;

      indent_of (lines[j], &rest);
      if (fence_length (rest, &c) >= length && c == fence_char &&
          is_blank (rest + strspn (rest, "`~")))
        break;
      if (j > i + 1)
        g_string_append_c (code, '\n');
      g_string_append (code, skip_indent (lines[j], indent));
    }
  add_block (reader->blocks, SYL_MARKDOWN_CODE, reader->depth, code->str);
  reader->open = NULL;
  return lines[j] != NULL ? j : j - 1;
}

static guint
read_indented_code (Reader  *reader,
                    char   **lines,
                    guint    i)
{
  g_autoptr(GString) code = g_string_new (NULL);
  guint j = i;
  guint last = i;

  /* Blank lines belong to the code only if more code follows. */
  for (; lines[j] != NULL; j++)
    {
      const char *rest;

      if (!is_blank (lines[j]) && indent_of (lines[j], &rest) < 4)
        break;
      if (!is_blank (lines[j]))
        last = j;
    }
  for (j = i; j <= last; j++)
    {
      if (j > i)
        g_string_append_c (code, '\n');
      g_string_append (code, skip_indent (lines[j], 4));
    }
  add_block (reader->blocks, SYL_MARKDOWN_CODE, 0, code->str);
  reader->open = NULL;
  return last;
}

static gboolean
read_list_item (Reader     *reader,
                const char *rest,
                guint       indent)
{
  SylMarkdownKind kind;
  guint number = 0;
  const char *text;
  guint width = list_marker (rest, &kind, &number, &text);

  if (width == 0)
    return FALSE;
  /* A list interrupts a paragraph only if it starts like one: "2024. It
   * rained." inside a paragraph stays text. */
  if (reader->open != NULL && reader->open->kind == SYL_MARKDOWN_PARAGRAPH &&
      (*text == '\0' || (kind == SYL_MARKDOWN_NUMBERED && number != 1)))
    return FALSE;

  close_items (reader, indent);
  if (reader->depth < MAX_LIST_DEPTH)
    reader->item_columns[reader->depth++] = indent + width;
  else
    reader->item_columns[reader->depth - 1] = indent + width;
  reader->open = add_block (reader->blocks, kind, reader->depth, text);
  reader->open->number = number;
  return TRUE;
}

/* "===" or "---" under a paragraph makes it a heading. */
static gboolean
read_setext_underline (Reader     *reader,
                       const char *rest)
{
  guint level;

  if (reader->open == NULL || reader->open->kind != SYL_MARKDOWN_PARAGRAPH ||
      (level = setext_level (rest)) == 0)
    return FALSE;
  reader->open->kind = SYL_MARKDOWN_HEADING;
  reader->open->level = level;
  reader->open = NULL;
  return TRUE;
}

static gboolean
read_rule (Reader     *reader,
           const char *rest)
{
  if (!is_rule (rest))
    return FALSE;
  close_items (reader, 0);
  add_block (reader->blocks, SYL_MARKDOWN_RULE, 0, "");
  reader->open = NULL;
  return TRUE;
}

static gboolean
read_heading (Reader     *reader,
              const char *rest)
{
  g_autofree char *title = NULL;
  const char *text;
  guint level = heading_level (rest, &text);
  gsize length;

  if (level == 0)
    return FALSE;
  title = g_strstrip (g_strdup (text));
  /* The closing sequence, "## Title ##", after a space ("C#" stays). */
  length = strlen (title);
  while (length > 0 && title[length - 1] == '#')
    length--;
  if (length == 0 || title[length - 1] == ' ' || title[length - 1] == '\t')
    title[length] = '\0';
  close_items (reader, 0);
  add_block (reader->blocks, SYL_MARKDOWN_HEADING, level, g_strchomp (title));
  reader->open = NULL;
  return TRUE;
}

/* "> text": lines of a quote join; "> " alone ends its paragraph. */
static gboolean
read_quote (Reader     *reader,
            const char *rest)
{
  if (*rest != '>')
    return FALSE;
  rest += rest[1] == ' ' ? 2 : 1;
  close_items (reader, 0);
  if (is_blank (rest))
    reader->open = NULL;
  else if (reader->open != NULL && reader->open->kind == SYL_MARKDOWN_QUOTE)
    append_line (reader->open, rest);
  else
    reader->open = add_block (reader->blocks, SYL_MARKDOWN_QUOTE, 0, rest);
  return TRUE;
}

/* Text: more of the open block, or a new paragraph. */
static void
read_text (Reader     *reader,
           const char *rest,
           guint       indent)
{
  if (reader->open != NULL)
    {
      append_line (reader->open, rest);
      return;
    }
  close_items (reader, indent);
  reader->open = add_block (reader->blocks, SYL_MARKDOWN_PARAGRAPH, reader->depth, rest);
}

/* Reads the line @i, and the lines after it that its block takes; returns
 * the last line read. */
static guint
read_line (Reader  *reader,
           char   **lines,
           guint    i)
{
  const char *rest;
  guint indent = indent_of (lines[i], &rest);
  char fence_char;
  guint fence;

  if (*rest == '\0')
    {
      reader->open = NULL;
      return i;
    }
  if (indent >= 4 && reader->open == NULL && reader->depth == 0)
    return read_indented_code (reader, lines, i);
  if ((fence = fence_length (rest, &fence_char)) > 0)
    {
      close_items (reader, indent);
      return read_fenced_code (reader, lines, i, indent, fence_char, fence);
    }
  if (!read_setext_underline (reader, rest) && !read_rule (reader, rest) &&
      !read_heading (reader, rest) && !read_quote (reader, rest) &&
      !read_list_item (reader, rest, indent))
    read_text (reader, rest, indent);
  return i;
}

/**
 * syl_markdown_parse:
 *
 * Returns: (transfer full) (element-type SylMarkdownBlock): the blocks of
 *   @text, in order
 */
GPtrArray *
syl_markdown_parse (const char *text)
{
  g_autofree char *clean = NULL;
  g_auto(GStrv) lines = NULL;
  Reader reader = { 0 };

  g_return_val_if_fail (text != NULL, NULL);

  clean = _syl_export_clean (text);
  lines = g_strsplit (clean, "\n", -1);
  reader.blocks = g_ptr_array_new_with_free_func (block_free);
  for (guint i = 0; lines[i] != NULL; i++)
    i = read_line (&reader, lines, i);
  return reader.blocks;
}

/* HTML. */

typedef struct
{
  GString *out;
  /* The kind of each open list, outermost first. */
  SylMarkdownKind lists[MAX_LIST_DEPTH];
  guint           depth;
} HtmlWriter;

static void
close_lists (HtmlWriter *writer,
             guint       depth)
{
  while (writer->depth > depth)
    {
      writer->depth--;
      g_string_append (writer->out, writer->lists[writer->depth] == SYL_MARKDOWN_BULLET
                                    ? "</li>\n</ul>\n" : "</li>\n</ol>\n");
    }
}

static void
write_item (HtmlWriter       *writer,
            SylMarkdownBlock *block)
{
  g_autofree char *inline_html = _syl_markdown_inline_to_html (block->text);
  guint level = MIN (block->level, MAX_LIST_DEPTH);

  close_lists (writer, level);
  if (writer->depth == level && writer->lists[level - 1] != block->kind)
    close_lists (writer, level - 1);
  if (writer->depth == level)
    g_string_append (writer->out, "</li>\n<li>");
  while (writer->depth < level)
    {
      gboolean numbered = block->kind == SYL_MARKDOWN_NUMBERED;

      writer->lists[writer->depth++] = block->kind;
      if (numbered && block->number != 1 && writer->depth == level)
        g_string_append_printf (writer->out, "<ol start=\"%u\">\n<li>", block->number);
      else
        g_string_append (writer->out, numbered ? "<ol>\n<li>" : "<ul>\n<li>");
    }
  g_string_append (writer->out, inline_html);
}

static void
write_block (HtmlWriter       *writer,
             SylMarkdownBlock *block)
{
  g_autofree char *inline_html = NULL;
  GString *out = writer->out;

  if (block->kind == SYL_MARKDOWN_BULLET || block->kind == SYL_MARKDOWN_NUMBERED)
    {
      write_item (writer, block);
      return;
    }

  close_lists (writer, block->kind == SYL_MARKDOWN_PARAGRAPH ? block->level : 0);
  if (writer->depth > 0)
    g_string_append_c (out, '\n');
  if (block->kind == SYL_MARKDOWN_CODE)
    {
      g_string_append (out, "<pre><code>");
      _syl_export_append_xml (out, block->text, FALSE);
      g_string_append (out, "</code></pre>\n");
      return;
    }
  if (block->kind == SYL_MARKDOWN_RULE)
    {
      g_string_append (out, "<hr/>\n");
      return;
    }

  inline_html = _syl_markdown_inline_to_html (block->text);
  /* A heading inside notes is not a heading of the document, whose
   * headings are the outline's. */
  if (block->kind == SYL_MARKDOWN_HEADING)
    g_string_append_printf (out, "<p class=\"heading\"><strong>%s</strong></p>\n", inline_html);
  else if (block->kind == SYL_MARKDOWN_QUOTE)
    g_string_append_printf (out, "<blockquote><p>%s</p></blockquote>\n", inline_html);
  else
    g_string_append_printf (out, "<p>%s</p>", inline_html);
  if (writer->depth == 0 && block->kind == SYL_MARKDOWN_PARAGRAPH)
    g_string_append_c (out, '\n');
}

/**
 * syl_markdown_to_html:
 *
 * Returns: (transfer full): @text as a fragment of HTML, every tag closed
 *   and every character of the text escaped; "" for no text
 */
char *
syl_markdown_to_html (const char *text)
{
  g_autoptr(GPtrArray) blocks = NULL;
  HtmlWriter writer = { 0 };

  g_return_val_if_fail (text != NULL, NULL);

  blocks = syl_markdown_parse (text);
  writer.out = g_string_new (NULL);
  for (guint i = 0; i < blocks->len; i++)
    write_block (&writer, g_ptr_array_index (blocks, i));
  close_lists (&writer, 0);
  return g_string_free (writer.out, FALSE);
}
