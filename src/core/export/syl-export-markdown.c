/* syl-export-markdown.c: an outline as Markdown
 *
 * The course title is the level-1 heading and each node a heading one
 * level below its parent's, with its number: "## 第一章 概述", "### 1.1
 * 概述".  Markdown has six levels of heading, so nodes deeper than level 5
 * of the outline become bold items of a nested list, their text indented
 * under them.
 *
 * Titles, objectives, names and comments are plain text, escaped so that
 * no Markdown reader takes a title "1. Intro" for a list or "*" for
 * emphasis.  Notes, descriptions and example bodies are Markdown already
 * and are written as they are, except for lines that would read as a
 * heading (“# …”, or a line of “===” or “---” under a paragraph): those
 * are escaped, because a heading inside the notes would become a node of
 * the outline for whoever reads the file back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-export-private.h"

/* The deepest outline level written as a heading: level 5 is "######". */
#define MAX_HEADING_DEPTH 5

/* Escaping plain text. */

static gboolean
starts_entity (const char *p)
{
  const char *q = p + 1;

  if (*q == '#')
    q++;
  while (g_ascii_isalnum (*q))
    q++;
  return q > p + 1 && *q == ';';
}

/* What a line may not start with: a list marker, a heading, a quote. */
static const char *
escape_line_start (GString    *out,
                   const char *p)
{
  const char *q = p;

  while (g_ascii_isdigit (*q) && q - p < 9)
    q++;
  if (q > p && (*q == '.' || *q == ')'))
    {
      g_string_append_len (out, p, q - p);
      g_string_append_c (out, '\\');
      return q;
    }
  if (*p == '-' || *p == '+' || *p == '=' || *p == '#')
    g_string_append_c (out, '\\');
  return p;
}

/* Appends one line of plain text (no line breaks) escaped for Markdown. */
static void
append_escaped_line (GString    *out,
                     const char *line,
                     gsize       length)
{
  const char *end = line + length;
  const char *p = line;
  const char *closing = end;

  /* A run of '#' after a space at the end of a heading would be read as
   * its closing sequence and dropped ("C#" is safe). */
  while (closing > line && closing[-1] == '#')
    closing--;
  if (closing > line && closing[-1] != ' ' && closing[-1] != '\t')
    closing = end;

  p = escape_line_start (out, p);
  for (; p < end; p++)
    {
      if (strchr ("\\`*_[]<>~", *p) != NULL ||
          (*p == '&' && starts_entity (p)) || (p == closing && p > line))
        g_string_append_c (out, '\\');
      g_string_append_c (out, *p);
    }
}

/* Plain text that may span lines, each line escaped and, after the first,
 * indented by @indent; leading spaces, which would make code, dropped. */
static void
append_escaped (GString    *out,
                const char *text,
                const char *indent)
{
  g_autofree char *clean = _syl_export_clean (text);
  g_auto(GStrv) lines = g_strsplit (clean, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];

      while (*line == ' ' || *line == '\t')
        line++;
      if (i > 0)
        {
          g_string_append_c (out, '\n');
          if (*line != '\0')
            g_string_append (out, indent);
        }
      append_escaped_line (out, line, strlen (line));
    }
}

static void
append_escaped_one_line (GString    *out,
                         const char *text)
{
  g_autofree char *line = _syl_export_one_line (text);

  append_escaped_line (out, line, strlen (line));
}

/* Markdown written as it is. */

static gboolean
is_fence (const char *line,
          char       *fence_char)
{
  while (*line == ' ')
    line++;
  if ((line[0] == '`' || line[0] == '~') && line[1] == line[0] && line[2] == line[0])
    {
      *fence_char = line[0];
      return TRUE;
    }
  return FALSE;
}

static gboolean
is_atx_heading (const char *line)
{
  guint spaces = 0;
  guint hashes = 0;

  while (line[spaces] == ' ' && spaces < 4)
    spaces++;
  while (line[spaces + hashes] == '#')
    hashes++;
  return spaces < 4 && hashes >= 1 && hashes <= 6 &&
         (line[spaces + hashes] == ' ' || line[spaces + hashes] == '\t' ||
          line[spaces + hashes] == '\0');
}

static gboolean
is_setext_underline (const char *line)
{
  const char *p = line;
  char c;

  while (*p == ' ')
    p++;
  if (p - line >= 4 || (*p != '=' && *p != '-'))
    return FALSE;
  c = *p;
  while (*p == c)
    p++;
  while (*p == ' ' || *p == '\t')
    p++;
  return *p == '\0';
}

static gboolean
is_blank (const char *line)
{
  while (*line == ' ' || *line == '\t')
    line++;
  return *line == '\0';
}

/* Appends Markdown with every line after @indent (@blank_indent for
 * empty lines, which inside a quote must still say ">") and headings
 * escaped outside code blocks, ending without a line break. */
static void
append_markdown (GString    *out,
                 const char *text,
                 const char *indent,
                 const char *blank_indent)
{
  g_autofree char *clean = _syl_export_clean (text);
  g_auto(GStrv) lines = NULL;
  gboolean in_fence = FALSE;
  gboolean after_text = FALSE;
  char fence_char = 0;
  const char *start = clean;
  guint n;

  g_strchomp (clean);
  while (*start == '\n')
    start++;
  lines = g_strsplit (start, "\n", -1);
  n = g_strv_length (lines);
  for (guint i = 0; i < n; i++)
    {
      const char *line = lines[i];
      char c;

      g_string_append (out, *line != '\0' ? indent : blank_indent);
      if (is_fence (line, &c) && (!in_fence || c == fence_char))
        {
          in_fence = !in_fence;
          fence_char = c;
        }
      else if (!in_fence && (is_atx_heading (line) || (after_text && is_setext_underline (line))))
        {
          while (*line == ' ')
            line++;
          g_string_append_c (out, '\\');
        }
      g_string_append (out, line);
      if (i + 1 < n)
        g_string_append_c (out, '\n');
      after_text = !in_fence && !is_blank (line);
    }
}

/* The parts of a node. */

static void
begin_block (GString    *out,
             const char *indent)
{
  g_string_append (out, "\n\n");
  g_string_append (out, indent);
}

static void
append_objectives (SylExportContext *context,
                   SylNode          *node,
                   const char       *indent)
{
  const char * const *objectives = syl_node_get_objectives (node);
  g_autofree char *item_indent = g_strconcat (indent, "  ", NULL);

  if (!_syl_export_has (context, SYL_EXPORT_OBJECTIVES) || objectives == NULL ||
      objectives[0] == NULL)
    return;

  begin_block (context->out, indent);
  g_string_append_printf (context->out, "**%s**\n",
                          /* Translators: a heading over a node's learning objectives
                           * in an export. */
                          syl_catalogue_gettext (context->catalogue, "Objectives"));
  for (guint i = 0; objectives[i] != NULL; i++)
    {
      g_string_append_printf (context->out, "\n%s- ", indent);
      append_escaped (context->out, objectives[i], item_indent);
    }
}

static void
append_example (SylExportContext *context,
                SylExample       *example,
                const char       *indent)
{
  g_autofree char *quote = g_strconcat (indent, "> ", NULL);
  g_autofree char *quote_blank = g_strconcat (indent, ">", NULL);
  const char *body = syl_example_get_body (example);
  g_autofree char *title = _syl_export_one_line (syl_example_get_title (example));

  begin_block (context->out, indent);
  g_string_append_printf (context->out, "> **%s**",
                          /* Translators: the label of a worked example in an export,
                           * before its title. */
                          syl_catalogue_gettext (context->catalogue, "Example:"));
  if (*title != '\0')
    {
      g_string_append_c (context->out, ' ');
      append_escaped_line (context->out, title, strlen (title));
    }
  if (!is_blank (body))
    {
      g_string_append_printf (context->out, "\n%s>\n", indent);
      append_markdown (context->out, body, quote, quote_blank);
    }
}

static void
append_comment (GString    *out,
                const char *by,
                const char *resolved,
                const char *text,
                const char *indent)
{
  g_autofree char *text_indent = g_strconcat (indent, "  ", NULL);

  g_string_append_printf (out, "\n%s- **", indent);
  append_escaped_line (out, by, strlen (by));
  g_string_append (out, "**");
  if (resolved != NULL)
    {
      g_string_append (out, " *");
      append_escaped_line (out, resolved, strlen (resolved));
      g_string_append (out, "*");
    }
  g_string_append (out, ": ");
  append_escaped (out, text, text_indent);
}

static void
append_annotations (SylExportContext *context,
                    SylNode          *node,
                    const char       *indent)
{
  GListModel *annotations = syl_node_get_annotations (node);
  guint n = g_list_model_get_n_items (annotations);
  g_autofree char *reply_indent = g_strconcat (indent, "  ", NULL);

  if (!_syl_export_has (context, SYL_EXPORT_ANNOTATIONS) || n == 0)
    return;

  begin_block (context->out, indent);
  g_string_append_printf (context->out, "**%s**\n",
                          /* Translators: a heading over reviewers' comments on a node
                           * in an export. */
                          syl_catalogue_gettext (context->catalogue, "Comments"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylAnnotation) annotation = g_list_model_get_item (annotations, i);
      GListModel *replies = syl_annotation_get_replies (annotation);
      g_autofree char *by = _syl_export_annotation_by (context, annotation);
      g_autofree char *resolved = _syl_export_resolved (context, annotation);

      append_comment (context->out, by, resolved, syl_annotation_get_text (annotation), indent);
      for (guint j = 0; j < g_list_model_get_n_items (replies); j++)
        {
          g_autoptr(SylReply) reply = g_list_model_get_item (replies, j);
          g_autofree char *reply_by = _syl_export_reply_by (context, reply);

          append_comment (context->out, reply_by, NULL, syl_reply_get_text (reply), reply_indent);
        }
    }
}

static void
append_body (SylExportContext *context,
             SylNode          *node,
             const char       *indent)
{
  g_autofree char *meta = _syl_export_node_meta (context, node);
  const char *notes = syl_node_get_notes (node);
  GListModel *examples = syl_node_get_examples (node);

  if (meta != NULL)
    {
      begin_block (context->out, indent);
      g_string_append_c (context->out, '*');
      append_escaped_line (context->out, meta, strlen (meta));
      g_string_append_c (context->out, '*');
    }
  if (_syl_export_has (context, SYL_EXPORT_NOTES) && !is_blank (notes))
    {
      g_string_append (context->out, "\n\n");
      append_markdown (context->out, notes, indent, "");
    }
  append_objectives (context, node, indent);
  if (_syl_export_has (context, SYL_EXPORT_EXAMPLES))
    for (guint i = 0; i < g_list_model_get_n_items (examples); i++)
      {
        g_autoptr(SylExample) example = g_list_model_get_item (examples, i);

        append_example (context, example, indent);
      }
  append_annotations (context, node, indent);
}

/* The outline. */

static void
append_node (SylExportContext *context,
             SylNode          *node)
{
  guint depth = syl_node_get_depth (node);
  g_autofree char *number = syl_numbering_format (context->numbering, node);
  g_autofree char *label = _syl_export_label (context, node);
  g_autofree char *indent = NULL;
  GString *out = context->out;

  if (depth <= MAX_HEADING_DEPTH)
    {
      indent = g_strdup ("");
      g_string_append_printf (out, "\n\n%.*s", depth + 1, "#######");
      if (*number != '\0' || *label != '\0')
        g_string_append_printf (out, " %s", number);
      if (*number != '\0' && *label != '\0')
        g_string_append (out, syl_numbering_separator_after (number));
      append_escaped_line (out, label, strlen (label));
    }
  else
    {
      guint list_depth = depth - MAX_HEADING_DEPTH - 1;

      g_string_append_printf (out, "\n\n%*s-", list_depth * 2, "");
      if (*number != '\0' || *label != '\0')
        {
          g_string_append_printf (out, " **%s%s", number,
                                  *label != '\0' ? syl_numbering_separator_after (number) : "");
          append_escaped_line (out, label, strlen (label));
          g_string_append (out, "**");
        }
      indent = g_strnfill (list_depth * 2 + 2, ' ');
    }
  append_body (context, node, indent);
}

static void
append_course (SylExportContext *context)
{
  SylDocument *document = context->document;
  GListModel *authors = syl_document_get_authors (document);
  const char *subtitle = syl_document_get_subtitle (document);
  const char *description = syl_document_get_description (document);
  g_autofree char *meta = _syl_export_course_meta (context);
  GString *out = context->out;

  g_string_append (out, "#");
  if (*syl_document_get_title (document) != '\0')
    {
      g_string_append_c (out, ' ');
      append_escaped_one_line (out, syl_document_get_title (document));
    }
  if (*subtitle != '\0')
    {
      g_string_append (out, "\n\n*");
      append_escaped_one_line (out, subtitle);
      g_string_append_c (out, '*');
    }
  for (guint i = 0; i < g_list_model_get_n_items (authors); i++)
    {
      g_autoptr(SylAuthor) author = g_list_model_get_item (authors, i);

      g_string_append (out, "\n\n**");
      append_escaped_one_line (out, syl_author_get_name (author));
      g_string_append (out, "**");
      if (*syl_author_get_about (author) != '\0')
        {
          g_string_append (out, " — ");
          append_escaped_one_line (out, syl_author_get_about (author));
        }
    }
  if (!is_blank (description))
    {
      g_string_append (out, "\n\n");
      append_markdown (out, description, "", "");
    }
  if (meta != NULL)
    {
      g_string_append (out, "\n\n*");
      append_escaped_line (out, meta, strlen (meta));
      g_string_append_c (out, '*');
    }
}

void
_syl_export_markdown (SylExportContext *context)
{
  SylNodeIter iter;
  SylNode *node;

  append_course (context);
  syl_node_iter_init (&iter, syl_document_get_root (context->document));
  while (syl_node_iter_next (&iter, &node) && _syl_export_go_on (context))
    append_node (context, node);
  g_string_append_c (context->out, '\n');
}
