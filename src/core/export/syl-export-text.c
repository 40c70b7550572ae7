/* syl-export-text.c: an outline as indented plain text
 *
 * One line a node, two spaces of indent a level, the number and the
 * title as `syllabus-cli outline` prints them, then the duration in
 * parentheses.  What else the flags ask for (notes, objectives, examples,
 * comments) follows the line, four spaces further in, and a blank line
 * ends it, so the titles stay easy to scan.  The course's title and
 * authors head the file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-export-private.h"

/* Appends each line of @text after @indent; empty lines stay empty, and
 * blank lines at either end are left out. */
static void
append_lines (GString    *out,
              const char *text,
              const char *indent)
{
  g_autofree char *clean = _syl_export_clean (text);
  g_auto(GStrv) lines = NULL;
  const char *start = clean;

  g_strchomp (clean);
  while (*start == '\n')
    start++;
  lines = g_strsplit (start, "\n", -1);
  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_strchomp (lines[i]);
      if (lines[i][0] != '\0')
        g_string_append (out, indent);
      g_string_append_printf (out, "%s\n", lines[i]);
    }
}

/* A blank line between the parts of a node's text, from the second on. */
static void
separate (GString *out,
          gsize    body_start)
{
  if (out->len > body_start)
    g_string_append_c (out, '\n');
}

static void
append_objectives (SylExportContext *context,
                   SylNode          *node,
                   const char       *indent,
                   gsize             body_start)
{
  const char * const *objectives = syl_node_get_objectives (node);

  if (!_syl_export_has (context, SYL_EXPORT_OBJECTIVES) || objectives == NULL ||
      objectives[0] == NULL)
    return;

  separate (context->out, body_start);
  g_string_append_printf (context->out, "%s%s\n", indent,
                          /* Translators: a heading over a node's learning objectives
                           * in an export. */
                          syl_catalogue_gettext (context->catalogue, "Objectives"));
  for (guint i = 0; objectives[i] != NULL; i++)
    {
      g_autofree char *objective = _syl_export_one_line (objectives[i]);

      g_string_append_printf (context->out, "%s- %s\n", indent, objective);
    }
}

static void
append_examples (SylExportContext *context,
                 SylNode          *node,
                 const char       *indent,
                 gsize             body_start)
{
  GListModel *examples = syl_node_get_examples (node);
  g_autofree char *body_indent = g_strconcat (indent, "  ", NULL);

  if (!_syl_export_has (context, SYL_EXPORT_EXAMPLES))
    return;

  for (guint i = 0; i < g_list_model_get_n_items (examples); i++)
    {
      g_autoptr(SylExample) example = g_list_model_get_item (examples, i);
      g_autofree char *title = _syl_export_one_line (syl_example_get_title (example));
      /* Translators: the label of a worked example in an export,
       * before its title. */
      const char *label = syl_catalogue_gettext (context->catalogue, "Example:");

      separate (context->out, body_start);
      g_string_append_printf (context->out, "%s%s%s%s\n", indent, label,
                              *title != '\0' ? _syl_export_space_after (label) : "", title);
      append_lines (context->out, syl_example_get_body (example), body_indent);
    }
}

/* "- Ada Lovelace, 2026-11-28: text", the text's further lines under it. */
static void
append_comment (GString    *out,
                const char *by,
                const char *resolved,
                const char *text,
                const char *indent)
{
  g_autofree char *text_indent = g_strconcat (indent, "  ", NULL);
  g_autofree char *clean = g_strstrip (_syl_export_clean (text));
  char *rest = strchr (clean, '\n');

  if (rest != NULL)
    *rest++ = '\0';
  g_string_append_printf (out, "%s- %s%s%s: %s\n", indent, by, resolved ? " " : "",
                          resolved ? resolved : "", clean);
  if (rest != NULL)
    append_lines (out, rest, text_indent);
}

static void
append_annotations (SylExportContext *context,
                    SylNode          *node,
                    const char       *indent,
                    gsize             body_start)
{
  GListModel *annotations = syl_node_get_annotations (node);
  guint n = g_list_model_get_n_items (annotations);
  g_autofree char *reply_indent = g_strconcat (indent, "  ", NULL);

  if (!_syl_export_has (context, SYL_EXPORT_ANNOTATIONS) || n == 0)
    return;

  separate (context->out, body_start);
  g_string_append_printf (context->out, "%s%s\n", indent,
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

          append_comment (context->out, reply_by, NULL, syl_reply_get_text (reply),
                          reply_indent);
        }
    }
}

static void
append_node (SylExportContext *context,
             SylNode          *node)
{
  guint depth = syl_node_get_depth (node);
  g_autofree char *number = syl_numbering_format (context->numbering, node);
  g_autofree char *label = _syl_export_label (context, node);
  g_autofree char *meta = _syl_export_node_meta (context, node);
  g_autofree char *indent = g_strnfill ((depth - 1) * 2, ' ');
  g_autofree char *body_indent = g_strnfill ((depth - 1) * 2 + 4, ' ');
  GString *out = context->out;
  const char *notes = syl_node_get_notes (node);
  gsize before_body;

  g_string_append_printf (out, "%s%s%s%s", indent, number,
                          *label != '\0' ? syl_numbering_separator_after (number) : "", label);
  if (meta != NULL)
    g_string_append_printf (out, "%s(%s)", *number != '\0' || *label != '\0' ? "  " : "", meta);
  g_string_append_c (out, '\n');

  before_body = out->len;
  if (_syl_export_has (context, SYL_EXPORT_NOTES))
    append_lines (out, notes, body_indent);
  append_objectives (context, node, body_indent, before_body);
  append_examples (context, node, body_indent, before_body);
  append_annotations (context, node, body_indent, before_body);
  if (out->len > before_body)
    g_string_append_c (out, '\n');
}

static void
append_course (SylExportContext *context)
{
  SylDocument *document = context->document;
  GListModel *authors = syl_document_get_authors (document);
  g_autofree char *title = _syl_export_one_line (syl_document_get_title (document));
  g_autofree char *subtitle = _syl_export_one_line (syl_document_get_subtitle (document));
  g_autofree char *meta = _syl_export_course_meta (context);
  GString *out = context->out;
  gsize start = out->len;

  if (*title != '\0')
    g_string_append_printf (out, "%s\n", title);
  if (*subtitle != '\0')
    g_string_append_printf (out, "%s\n", subtitle);
  for (guint i = 0; i < g_list_model_get_n_items (authors); i++)
    {
      g_autoptr(SylAuthor) author = g_list_model_get_item (authors, i);
      g_autofree char *name = _syl_export_one_line (syl_author_get_name (author));
      g_autofree char *about = _syl_export_one_line (syl_author_get_about (author));

      g_string_append_printf (out, "%s%s%s\n", name, *about != '\0' ? " — " : "", about);
    }
  if (out->len > start)
    g_string_append_c (out, '\n');
  start = out->len;
  append_lines (out, syl_document_get_description (document), "");
  if (meta != NULL)
    {
      separate (out, start);
      g_string_append_printf (out, "%s\n", meta);
    }
  if (out->len > start)
    g_string_append_c (out, '\n');
}

void
_syl_export_text (SylExportContext *context)
{
  SylNodeIter iter;
  SylNode *node;

  append_course (context);
  syl_node_iter_init (&iter, syl_document_get_root (context->document));
  while (syl_node_iter_next (&iter, &node) && _syl_export_go_on (context))
    append_node (context, node);
  /* The blank line after the last node's text would end the file twice. */
  if (g_str_has_suffix (context->out->str, "\n\n"))
    g_string_truncate (context->out, context->out->len - 1);
}
