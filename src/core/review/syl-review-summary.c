/* syl-review-summary.c: every open comment of an outline, for the author
 *
 * The summary lists the sections with open comments in document order,
 * each under its number in the document's own numbering and its title,
 * and under each section its open comments with their replies.  Resolved
 * comments are left out: they are dealt with.
 *
 * Everything reviewers wrote is escaped, in Markdown as in HTML, so the
 * summary shows the text exactly as it was typed and nothing in a comment
 * can change the page; what no file can carry (control characters,
 * noncharacters) is left out, as the exports do.  The output does not depend on the clock or the
 * time zone: times are shown in UTC.
 *
 * The summary's own words ("Review Summary", "Anonymous") are in the
 * outline's language, as in the other exports: see syl-catalogue.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-catalogue.h"
#include "syl-model-private.h"
#include "syl-review-summary.h"

/* Sans-serif fonts for Latin and Chinese on every desktop, so that a
 * summary mailed to a reviewer reads well wherever it is opened. */
#define FONT_STACK "system-ui, -apple-system, \"Segoe UI\", \"Noto Sans\", \"Noto Sans CJK SC\", " \
                   "\"Source Han Sans SC\", \"PingFang SC\", \"Hiragino Sans GB\", " \
                   "\"Microsoft YaHei\", sans-serif"

typedef struct
{
  SylDocument     *document;
  SylCatalogue    *catalogue;
  SylReviewFormat  format;
  GString         *out;
  guint            n_sections;
  guint            n_comments;
  /* See syl_review_summary_full(). */
  GCancellable    *cancellable;
  SylProgressFunc  progress;
  gpointer         progress_data;
} Summary;

/* "2026-11-28 09:30 UTC", or the text as written when it is no time. */
static char *
format_time (const char *rfc3339)
{
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) utc = NULL;

  if (*rfc3339 != '\0')
    time = g_date_time_new_from_iso8601 (rfc3339, NULL);
  if (time == NULL)
    return g_strdup (rfc3339);
  utc = g_date_time_to_utc (time);
  return g_date_time_format (utc, "%Y-%m-%d %H:%M UTC");
}

/* Markdown. */

static gboolean
starts_ordered_item (const char *line)
{
  const char *p = line;

  while (g_ascii_isdigit (*p))
    p++;
  return p > line && (*p == '.' || *p == ')');
}

/* Appends one line of plain text, escaped so that no Markdown in it is
 * interpreted: CommonMark lets any ASCII punctuation be escaped.  At the
 * start of a block (@block), what would begin a list or a heading is
 * escaped too, and leading spaces are dropped, since four would make a
 * code block. */
static void
md_escape_line (GString    *out,
                const char *line,
                gboolean    block)
{
  gboolean at_start = block;

  while (block && (*line == ' ' || *line == '\t'))
    line++;
  if (block && starts_ordered_item (line))
    {
      while (g_ascii_isdigit (*line))
        g_string_append_c (out, *line++);
      at_start = FALSE;
      g_string_append_c (out, '\\');
    }
  for (; *line != '\0'; line++)
    {
      if (strchr ("\\`*_[]<>|~&#", *line) != NULL || (at_start && strchr ("+-=", *line) != NULL))
        g_string_append_c (out, '\\');
      g_string_append_c (out, *line);
      at_start = FALSE;
    }
}

/* Appends a text of several lines: paragraphs stay paragraphs, and a
 * single line break stays a line break.  Every line but the first starts
 * with @indent, so the text can continue a list item. */
static void
md_append_text (GString    *out,
                const char *text,
                const char *indent)
{
  g_autofree char *clean = _syl_text_clean (text);
  g_auto(GStrv) lines = g_strsplit (clean, "\n", -1);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      gboolean last = lines[i + 1] == NULL;
      gboolean blank = *g_strstrip (lines[i]) == '\0';

      if (i > 0 && !blank)
        g_string_append (out, indent);
      if (!blank)
        md_escape_line (out, lines[i], i > 0 || *indent == '\0');
      /* A backslash at the end of a line is a hard line break. */
      if (!blank && !last && *g_strstrip (lines[i + 1]) != '\0')
        g_string_append_c (out, '\\');
      g_string_append_c (out, '\n');
    }
}

/* A name or a title on one line, as a heading or a byline needs it. */
static char *
one_line (const char *text)
{
  return g_strdelimit (_syl_text_clean (text), "\n", ' ');
}

static void
md_heading (GString    *out,
            const char *marks,
            const char *text)
{
  g_autofree char *flat = one_line (text);

  g_string_append_printf (out, "%s ", marks);
  md_escape_line (out, flat, FALSE);
  g_string_append (out, "\n\n");
}

/* "Ada Lovelace · 2026-11-28 09:30 UTC" */
static char *
byline (SylCatalogue *catalogue,
        const char   *author,
        const char   *created)
{
  g_autofree char *time = format_time (created);
  g_autofree char *who = one_line (*author ? author
                                           : syl_catalogue_gettext (catalogue, "Anonymous"));

  if (*time == '\0')
    return g_steal_pointer (&who);
  return g_strdup_printf ("%s · %s", who, time);
}

static const char *
text_or_none (SylCatalogue *catalogue,
              const char   *text)
{
  /* Translators: shown in the review summary for a comment with no text. */
  return *text ? text : syl_catalogue_gettext (catalogue, "(no text)");
}

static void
md_comment (Summary       *self,
            SylAnnotation *annotation)
{
  GListModel *replies = syl_annotation_get_replies (annotation);
  guint n = g_list_model_get_n_items (replies);
  g_autofree char *by = byline (self->catalogue, syl_annotation_get_author (annotation),
                                syl_annotation_get_created (annotation));

  md_heading (self->out, "###", by);
  md_append_text (self->out, text_or_none (self->catalogue, syl_annotation_get_text (annotation)),
                  "");
  g_string_append_c (self->out, '\n');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylReply) reply = g_list_model_get_item (replies, i);
      g_autofree char *reply_by = byline (self->catalogue, syl_reply_get_author (reply),
                                          syl_reply_get_created (reply));

      g_string_append (self->out, "- **");
      md_escape_line (self->out, reply_by, FALSE);
      g_string_append (self->out, "**: ");
      md_append_text (self->out, text_or_none (self->catalogue, syl_reply_get_text (reply)),
                      "  ");
    }
  if (n > 0)
    g_string_append_c (self->out, '\n');
}

/* HTML. */

static void
html_append_escaped (GString    *out,
                     const char *text)
{
  g_autofree char *clean = _syl_text_clean (text);
  g_autofree char *escaped = g_markup_escape_text (clean, -1);

  g_string_append (out, escaped);
}

/* Paragraphs at blank lines, <br> at single line breaks. */
static void
html_append_text (GString    *out,
                  const char *text)
{
  g_autofree char *clean = _syl_text_clean (text);
  g_auto(GStrv) paragraphs = g_strsplit (clean, "\n\n", -1);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_auto(GStrv) lines = NULL;

      if (*g_strstrip (paragraphs[i]) == '\0')
        continue;
      lines = g_strsplit (paragraphs[i], "\n", -1);
      g_string_append (out, "<p>");
      for (guint j = 0; lines[j] != NULL; j++)
        {
          if (j > 0)
            g_string_append (out, "<br>\n");
          html_append_escaped (out, lines[j]);
        }
      g_string_append (out, "</p>\n");
    }
}

static void
html_meta (Summary    *self,
           const char *author,
           const char *created)
{
  g_autofree char *time = format_time (created);
  g_autofree char *who = one_line (*author ? author
                                           : syl_catalogue_gettext (self->catalogue, "Anonymous"));
  GString *out = self->out;

  g_string_append (out, "<p class=\"meta\"><strong>");
  html_append_escaped (out, who);
  g_string_append (out, "</strong>");
  if (*time != '\0')
    {
      g_string_append (out, " · <time datetime=\"");
      html_append_escaped (out, created);
      g_string_append (out, "\">");
      html_append_escaped (out, time);
      g_string_append (out, "</time>");
    }
  g_string_append (out, "</p>\n");
}

static void
html_comment (Summary       *self,
              SylAnnotation *annotation)
{
  GListModel *replies = syl_annotation_get_replies (annotation);
  guint n = g_list_model_get_n_items (replies);

  g_string_append (self->out, "<article class=\"comment\">\n");
  html_meta (self, syl_annotation_get_author (annotation),
             syl_annotation_get_created (annotation));
  html_append_text (self->out,
                    text_or_none (self->catalogue, syl_annotation_get_text (annotation)));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylReply) reply = g_list_model_get_item (replies, i);

      g_string_append (self->out, "<div class=\"reply\">\n");
      html_meta (self, syl_reply_get_author (reply), syl_reply_get_created (reply));
      html_append_text (self->out, text_or_none (self->catalogue, syl_reply_get_text (reply)));
      g_string_append (self->out, "</div>\n");
    }
  g_string_append (self->out, "</article>\n");
}

/* The sections. */

static char *
section_heading (Summary *self,
                 SylNode *node)
{
  g_autofree char *text = syl_numbering_format_with_title (syl_document_get_numbering (self->document),
                                                           node);

  return *text ? g_steal_pointer (&text)
               /* Translators: a section without number or title in the review summary. */
               : g_strdup (syl_catalogue_gettext (self->catalogue, "Untitled section"));
}

static void
add_section (Summary *self,
             SylNode *node)
{
  GListModel *annotations = syl_node_get_annotations (node);
  guint n = g_list_model_get_n_items (annotations);
  g_autofree char *heading = section_heading (self, node);

  if (self->format == SYL_REVIEW_FORMAT_MARKDOWN)
    md_heading (self->out, "##", heading);
  else
    {
      g_string_append (self->out, "<section>\n<h2>");
      html_append_escaped (self->out, heading);
      g_string_append (self->out, "</h2>\n");
    }

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylAnnotation) annotation = g_list_model_get_item (annotations, i);

      if (syl_annotation_get_resolved (annotation))
        continue;
      if (self->format == SYL_REVIEW_FORMAT_MARKDOWN)
        md_comment (self, annotation);
      else
        html_comment (self, annotation);
    }
  if (self->format == SYL_REVIEW_FORMAT_HTML)
    g_string_append (self->out, "</section>\n");
  self->n_sections++;
}

/* Only subtrees with open comments are visited. */
static void
add_sections (Summary *self,
              SylNode *root)
{
  guint n_chapters = syl_node_get_n_children (root);
  SylNodeIter iter;
  SylNode *node;

  syl_node_iter_init (&iter, root);
  while (!g_cancellable_is_cancelled (self->cancellable) && syl_node_iter_next (&iter, &node))
    {
      /* The chapters done: the summary visits only some of the nodes. */
      if (self->progress != NULL && syl_node_iter_get_depth (&iter) == 1)
        self->progress ((double) syl_node_get_index (node) / n_chapters, self->progress_data);
      if (!syl_node_has_open_in_subtree (node))
        syl_node_iter_skip_children (&iter);
      else if (syl_node_count_open_annotations (node) > 0)
        add_section (self, node);
    }
}

static char *
dup_title (Summary *self)
{
  const char *course = syl_document_get_title (self->document);

  if (*course == '\0')
    return g_strdup (syl_catalogue_gettext (self->catalogue, "Review Summary"));
  /* Translators: the heading of the review summary; %s is the course title. */
  return g_strdup_printf (syl_catalogue_gettext (self->catalogue, "Review Summary: %s"), course);
}

static char *
dup_counts (Summary *self)
{
  guint open = syl_document_count_open_comments (self->document);

  if (open == 0)
    return g_strdup (syl_catalogue_gettext (self->catalogue, "No open comments."));
  return g_strdup_printf (syl_catalogue_ngettext (self->catalogue, "%u open comment.",
                                                  "%u open comments.", open),
                          open);
}

static void
begin_html (Summary    *self,
            const char *title)
{
  const char *language = syl_document_get_language (self->document);

  g_string_append (self->out, "<!DOCTYPE html>\n<html");
  if (*language != '\0')
    {
      g_string_append (self->out, " lang=\"");
      html_append_escaped (self->out, language);
      g_string_append_c (self->out, '"');
    }
  g_string_append (self->out, ">\n<head>\n<meta charset=\"utf-8\">\n<title>");
  html_append_escaped (self->out, title);
  g_string_append (self->out,
                   "</title>\n<style>\n"
                   "body { font-family: " FONT_STACK "; line-height: 1.6; max-width: 48em;"
                   " margin: 2em auto; padding: 0 1em; color: #241f31; }\n"
                   ".meta { color: #5e5c64; font-size: 0.9em; margin-bottom: 0.2em; }\n"
                   ".comment { border-left: 3px solid #e5a50a; padding-left: 1em; margin: 1em 0; }\n"
                   ".reply { margin-left: 1.5em; border-left: 2px solid #c0bfbc; padding-left: 1em; }\n"
                   "</style>\n</head>\n<body>\n<h1>");
  html_append_escaped (self->out, title);
  g_string_append (self->out, "</h1>\n");
}

/**
 * syl_review_summary:
 * @format: Markdown or a standalone HTML page
 *
 * Every open comment of @document with its replies, under the number and
 * title of its section, in document order.
 *
 * Returns: (transfer full): the summary, in UTF-8
 */
char *
syl_review_summary (SylDocument     *document,
                    SylReviewFormat  format)
{
  return syl_review_summary_full (document, format, NULL, NULL, NULL, NULL);
}

/**
 * syl_review_summary_full:
 * @cancellable: (nullable): checked before each section
 * @progress: (nullable): called from this thread with the fraction of the
 *   chapters done
 *
 * syl_review_summary() for a thread of its own, on a snapshot of the
 * document (syl_document_snapshot()).
 *
 * Returns: (transfer full): the summary, or %NULL with @error set to
 *   %G_IO_ERROR_CANCELLED
 */
char *
syl_review_summary_full (SylDocument      *document,
                         SylReviewFormat   format,
                         GCancellable     *cancellable,
                         SylProgressFunc   progress,
                         gpointer          progress_data,
                         GError          **error)
{
  Summary self = { document, NULL, format, NULL, 0, 0, cancellable, progress, progress_data };
  g_autofree char *title = NULL;
  g_autofree char *counts = NULL;

  g_return_val_if_fail (SYL_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (format <= SYL_REVIEW_FORMAT_HTML, NULL);

  self.catalogue = syl_catalogue_get_for_language (syl_document_get_language (document));
  self.out = g_string_new (NULL);
  title = dup_title (&self);
  counts = dup_counts (&self);
  if (format == SYL_REVIEW_FORMAT_MARKDOWN)
    {
      md_heading (self.out, "#", title);
      md_append_text (self.out, counts, "");
      g_string_append_c (self.out, '\n');
    }
  else
    {
      begin_html (&self, title);
      g_string_append (self.out, "<p class=\"count\">");
      html_append_escaped (self.out, counts);
      g_string_append (self.out, "</p>\n");
    }

  add_sections (&self, syl_document_get_root (document));
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    {
      g_string_free (self.out, TRUE);
      return NULL;
    }
  if (format == SYL_REVIEW_FORMAT_HTML)
    g_string_append (self.out, "</body>\n</html>\n");
  return g_string_free (self.out, FALSE);
}

/**
 * syl_review_format_from_string:
 * @string: "markdown" or "html"
 *
 * Returns: whether @string names a format
 */
gboolean
syl_review_format_from_string (const char      *string,
                               SylReviewFormat *format)
{
  g_return_val_if_fail (string != NULL, FALSE);

  if (g_ascii_strcasecmp (string, "markdown") == 0 || g_ascii_strcasecmp (string, "md") == 0)
    *format = SYL_REVIEW_FORMAT_MARKDOWN;
  else if (g_ascii_strcasecmp (string, "html") == 0)
    *format = SYL_REVIEW_FORMAT_HTML;
  else
    return FALSE;
  return TRUE;
}

/**
 * syl_review_format_for_filename:
 *
 * Returns: whether @filename ends in .md, .markdown, .html or .htm, and
 *   if so which format that is
 */
gboolean
syl_review_format_for_filename (const char      *filename,
                                SylReviewFormat *format)
{
  const char *dot;

  g_return_val_if_fail (filename != NULL, FALSE);

  dot = strrchr (filename, '.');
  if (dot == NULL || strchr (dot, '/') != NULL)
    return FALSE;
  if (g_ascii_strcasecmp (dot, ".htm") == 0)
    dot = ".html";
  return syl_review_format_from_string (dot + 1, format);
}
