/* syl-import-markdown-blocks.c: Markdown's blocks, for the importer
 *
 * Cuts the lines into sections at ATX (“## Title”) and Setext headings,
 * keeping code blocks whole, reads YAML front matter, and recognises
 * the markers of list items.  syl-import-markdown.c makes the outline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-import-markdown-private.h"

typedef SylMarkdownLine Line;
typedef SylMarkdownSection Section;
typedef SylMarkdownItem Item;
typedef SylMarkdownReader Reader;

void
_syl_import_markdown_section_clear (Section *section)
{
  g_free (section->title);
  g_array_unref (section->body);
}

guint
_syl_import_markdown_leading_spaces (const char *text)
{
  const char *p = text;

  return _syl_import_measure_indent (&p);
}

/* “```” or “~~~”, at most three spaces in: the fence character and its
 * length, or 0. */
static guint
fence_length (const char *text,
              char       *fence)
{
  guint spaces = 0, n = 0;

  while (text[spaces] == ' ' && spaces < 4)
    spaces++;
  if (spaces > 3 || (text[spaces] != '`' && text[spaces] != '~'))
    return 0;
  *fence = text[spaces];
  while (text[spaces + n] == *fence)
    n++;
  return n >= 3 ? n : 0;
}

/* “## Title ##”: the level, and the title in @title. */
static guint
atx_level (const char  *text,
           char       **title)
{
  guint spaces = 0, level = 0;
  const char *start;
  const char *end;

  while (text[spaces] == ' ')
    spaces++;
  if (spaces > 3)
    return 0;
  while (text[spaces + level] == '#')
    level++;
  start = text + spaces + level;
  if (level == 0 || level > 6)
    return 0;
  /* “#第一章”: the space is often left out before Chinese, where
   * “#hashtag” is no heading. */
  if (*start != '\0' && *start != ' ' && *start != '\t' &&
      !_syl_import_is_cjk (g_utf8_get_char (start)))
    return 0;

  end = start + strlen (start);
  while (end > start && (end[-1] == ' ' || end[-1] == '\t'))
    end--;
  /* A closing sequence of “#” needs a space before it. */
  {
    const char *hashes = end;

    while (hashes > start && hashes[-1] == '#')
      hashes--;
    if (hashes == start || hashes[-1] == ' ' || hashes[-1] == '\t')
      end = hashes;
  }
  *title = _syl_import_strip (start, end);
  return level;
}

/* “===” or “---” under a paragraph: 1 or 2. */
static guint
setext_level (const char *text)
{
  const char *p = text;
  char mark;

  while (*p == ' ' && p - text < 3)
    p++;
  mark = *p;
  if (mark != '=' && mark != '-')
    return 0;
  while (*p == mark)
    p++;
  while (*p == ' ' || *p == '\t')
    p++;
  return *p == '\0' ? (mark == '=' ? 1 : 2) : 0;
}

/* “- ”, “* ”, “+ ”, “1. ”, “1) ”: where the item's text starts, or NULL. */
const char *
_syl_import_markdown_list_marker (const char *text)
{
  const char *p = _syl_import_skip_spaces (text);
  const char *q = p;

  /* “\1.”: an escape a converter set to keep a numbered paragraph from
   * becoming a list, as where Word numbered its headings. */
  if (p[0] == '\\' && g_ascii_isdigit (p[1]))
    q = ++p;
  if (*p == '-' || *p == '*' || *p == '+')
    q = p + 1;
  else
    {
      while (g_ascii_isdigit (*q) && q - p < 9)
        q++;
      if (q == p || (*q != '.' && *q != ')'))
        return NULL;
      q++;
    }
  if (*q != '\0' && *q != ' ' && *q != '\t')
    return NULL;
  return _syl_import_skip_spaces (q);
}

static Section *
add_section (Reader     *reader,
             const Line *heading,
             char       *title,
             guint       level)
{
  Section section = { { NULL }, title, level, g_array_new (FALSE, FALSE, sizeof (Line)) };

  if (heading != NULL)
    section.heading = *heading;
  g_array_append_val (reader->sections, section);
  return &g_array_index (reader->sections, Section, reader->sections->len - 1);
}

/* The paragraph a Setext underline makes a heading of: its lines, taken
 * from the end of @body.  NULL when the line above is no paragraph. */
static char *
take_paragraph (GArray *body,
                Line   *first)
{
  guint start = body->len;
  g_autoptr(GString) text = g_string_new (NULL);

  while (start > 0)
    {
      Line *line = &g_array_index (body, Line, start - 1);

      if (line->code || _syl_import_is_blank (line->text) ||
          _syl_import_markdown_list_marker (line->text) != NULL ||
          _syl_import_markdown_leading_spaces (line->text) > 3)
        break;
      start--;
    }
  if (start == body->len)
    return NULL;
  *first = g_array_index (body, Line, start);
  for (guint i = start; i < body->len; i++)
    {
      g_autofree char *piece = _syl_import_strip (g_array_index (body, Line, i).text, NULL);

      _syl_import_join (text, piece);
    }
  g_array_set_size (body, start);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Cuts the lines into sections at the headings. */
/* "---", "***", "___": a thematic break. */
static gboolean
is_rule (const char *line)
{
  g_autofree char *text = _syl_import_strip (line, NULL);
  gsize length = strlen (text);

  return length >= 3 && strspn (text, "-") == length;
}

/* "**Week 1**" alone on a line, after a blank line and over a list: many
 * course pages make their smallest headings so.  Returns the title, or
 * NULL for any other line. */
static char *
bold_heading (char  **lines,
              guint   i,
              guint   first,
              guint   n_lines)
{
  g_autofree char *text = _syl_import_strip (lines[i], NULL);
  gsize length = strlen (text);
  char *inside;

  if (length < 5 || !((g_str_has_prefix (text, "**") && g_str_has_suffix (text, "**")) ||
                      (g_str_has_prefix (text, "__") && g_str_has_suffix (text, "__"))))
    return NULL;
  /* After a blank line, or a rule ("------") under the heading above. */
  if (i > first && !_syl_import_is_blank (lines[i - 1]) && !is_rule (lines[i - 1]))
    return NULL;
  if (i + 1 >= n_lines || _syl_import_markdown_list_marker (lines[i + 1]) == NULL)
    return NULL;
  inside = g_strndup (text + 2, length - 4);
  if (*inside == '\0' || strstr (inside, "**") != NULL || strstr (inside, "__") != NULL)
    {
      g_free (inside);
      return NULL;
    }
  return inside;
}

void
_syl_import_markdown_read_sections (Reader  *reader,
                                    char   **lines,
                                    guint    first,
                                    guint    n_lines)
{
  Section *section = add_section (reader, NULL, NULL, 0);
  guint open_fence = 0;
  guint heading_level = 0;
  char fence = 0;

  for (guint i = first; i < n_lines; i++)
    {
      Line line = { lines[i], i + 1, open_fence > 0 };
      char mark = 0;
      guint length = fence_length (lines[i], &mark);
      char *title = NULL;
      guint level;

      if (open_fence > 0)
        {
          /* A closing fence is the fence again, and nothing else. */
          if (length >= open_fence && mark == fence &&
              _syl_import_is_blank (lines[i] + strspn (lines[i], " `~")))
            open_fence = 0;
        }
      else if (length > 0)
        {
          open_fence = length;
          fence = mark;
          line.code = TRUE;
        }
      else if ((level = atx_level (lines[i], &title)) > 0)
        {
          section = add_section (reader, &line, title, level);
          heading_level = level;
          continue;
        }
      else if ((level = setext_level (lines[i])) > 0 &&
               (title = take_paragraph (section->body, &line)) != NULL)
        {
          section = add_section (reader, &line, title, level);
          heading_level = level;
          continue;
        }
      else if ((title = bold_heading (lines, i, first, n_lines)) != NULL)
        {
          /* One level below the heading it stands under. */
          section = add_section (reader, &line, title, MIN (heading_level + 1, 9));
          continue;
        }
      g_array_append_val (section->body, line);
    }
}

/* Front matter. */

static char *
yaml_value (const char *text)
{
  g_autofree char *value = _syl_import_strip (text, NULL);
  gsize length = strlen (value);

  if (length >= 2 && (value[0] == '"' || value[0] == '\'') && value[length - 1] == value[0])
    return g_strndup (value + 1, length - 2);
  return g_steal_pointer (&value);
}

static void
front_matter_entry (Reader     *reader,
                    const char *key,
                    const char *value)
{
  g_autofree char *text = yaml_value (value);

  if (*text == '\0')
    return;
  if (strcmp (key, "title") == 0)
    {
      _syl_import_result_set_title (reader->result, text);
      reader->have_title = TRUE;
    }
  else if (strcmp (key, "subtitle") == 0)
    _syl_import_result_set_subtitle (reader->result, text);
  else if (strcmp (key, "description") == 0)
    _syl_import_result_add_description (reader->result, text);
  else if (strcmp (key, "author") == 0 || strcmp (key, "authors") == 0)
    _syl_import_result_add_author (reader->result, text, "");
  else if (strcmp (key, "lang") == 0 || strcmp (key, "language") == 0)
    _syl_import_result_set_language (reader->result, text);
}

/* YAML front matter between “---” lines: the simple “key: value” and
 * “authors:” with “- name” below.  Returns the first line after it. */
guint
_syl_import_markdown_front_matter (Reader  *reader,
                                   char   **lines,
                                   guint    n_lines)
{
  g_autofree char *list_key = NULL;
  guint end = 1;

  if (n_lines < 2 || strcmp (lines[0], "---") != 0)
    return 0;
  while (end < n_lines && strcmp (lines[end], "---") != 0 && strcmp (lines[end], "...") != 0)
    end++;
  if (end == n_lines)
    return 0;
  for (guint i = 0; i <= end; i++)
    _syl_import_result_mark_line (reader->result, i + 1, SYL_IMPORT_LINE_TITLE_BLOCK, 0);

  for (guint i = 1; i < end; i++)
    {
      const char *line = lines[i];
      const char *colon = strchr (line, ':');
      const char *item = _syl_import_skip_spaces (line);

      if (list_key != NULL && item[0] == '-' && (item[1] == ' ' || item[1] == '\0'))
        front_matter_entry (reader, list_key, item + 1);
      else if (colon != NULL && !g_ascii_isspace (line[0]))
        {
          g_autofree char *key = g_ascii_strdown (line, colon - line);

          g_free (list_key);
          list_key = g_strdup (key);
          front_matter_entry (reader, key, colon + 1);
        }
    }
  return end + 1;
}
