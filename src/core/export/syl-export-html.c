/* syl-export-html.c: an outline as one standalone HTML file
 *
 * One file that opens anywhere, with nothing to fetch: the style sheet is
 * embedded, fonts are named by a stack that finds a real Chinese font on
 * Linux, macOS and Windows, and the page prints well (each chapter on a
 * new page, no heading at the foot of one).  A table of contents links to
 * every node of the first three levels.
 *
 * The markup is also well-formed XML (void elements are closed, "<br/>"),
 * so XML tools can read the file as well as browsers.
 *
 * Each node is a <section> with a heading one level below its parent's,
 * down to <h6>; deeper nodes get a heading role of their own level.  Notes,
 * descriptions and example bodies are Markdown, shown by syl-markdown.c,
 * which never lets HTML through; every other text is escaped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-export-private.h"
#include "syl-markdown.h"

/* Levels of the outline listed in the table of contents. */
#define TOC_DEPTH 3

/* The deepest outline level with a heading element: level 5 is <h6>. */
#define MAX_HEADING_DEPTH 5

static const char style_sheet[] =
  "@page { margin: 2cm 2cm 2.2cm; }\n"
  ":root { --ink: #241f31; --muted: #5e5c64; --accent: #1c5fb5; --rule: #deddda;\n"
  "  --paper: #f6f5f4; --discussion: #813d9c; --example: #2e7d4f; }\n"
  "html { font-family: \"Noto Sans CJK SC\", \"Source Han Sans SC\", \"PingFang SC\",\n"
  "  \"Microsoft YaHei\", sans-serif, \"Noto Color Emoji\", \"Apple Color Emoji\",\n"
  "  \"Segoe UI Emoji\"; line-height: 1.7; color: var(--ink); background: #fff;\n"
  "  -webkit-text-size-adjust: 100%; }\n"
  "body { max-width: 46em; margin: 0 auto; padding: 2.5em 1.5em 4em; }\n"
  "h1, h2, h3, h4, h5, h6, .deep-heading { line-height: 1.35; font-weight: 700; }\n"
  "h1 { font-size: 2.1em; margin: 0 0 .25em; }\n"
  "h2 { font-size: 1.6em; margin: 2.4em 0 .6em; padding-bottom: .3em;\n"
  "  border-bottom: 2px solid var(--rule); }\n"
  "h3 { font-size: 1.3em; margin: 2em 0 .5em; }\n"
  "h4 { font-size: 1.12em; margin: 1.6em 0 .4em; }\n"
  "h5, h6, .deep-heading { font-size: 1em; margin: 1.3em 0 .3em; }\n"
  "section.deep { margin-left: 1.25em; }\n"
  ".number { color: var(--accent); margin-right: .1em; }\n"
  ".kind { font-size: .85em; font-weight: 600; }\n"
  ".kind-discussion { color: var(--discussion); }\n"
  ".kind-example { color: var(--example); }\n"
  ".subtitle { font-size: 1.25em; color: var(--muted); margin: 0 0 1.2em; }\n"
  ".authors { list-style: none; padding: 0; margin: 0 0 1.2em; }\n"
  ".authors .name { font-weight: 600; }\n"
  ".about, .meta, .course-meta { color: var(--muted); }\n"
  ".meta { font-size: .9em; margin: -.3em 0 .8em; }\n"
  ".label { font-weight: 700; margin: 1em 0 .3em; }\n"
  "nav.toc { margin: 2em 0; padding: 1em 1.5em; background: var(--paper); border-radius: 6px; }\n"
  "nav.toc h2 { font-size: 1.2em; margin: 0 0 .5em; border: 0; padding: 0; }\n"
  "nav.toc ol { list-style: none; margin: .15em 0; padding-left: 1.4em; }\n"
  "nav.toc > ol { padding-left: 0; }\n"
  "nav.toc a { color: inherit; text-decoration: none; }\n"
  "nav.toc a:hover, nav.toc a:focus { text-decoration: underline; }\n"
  ".example { margin: 1em 0; padding: .6em 1em; border-left: 4px solid var(--example);\n"
  "  background: #f3f8f4; border-radius: 0 6px 6px 0; }\n"
  ".example > :first-child { margin-top: 0; }\n"
  ".example > :last-child { margin-bottom: 0; }\n"
  ".comments { font-size: .92em; }\n"
  ".comments ul { padding-left: 1.2em; }\n"
  ".comments p { margin: .2em 0; }\n"
  ".comment .by { font-weight: 600; }\n"
  ".comment.resolved { color: var(--muted); }\n"
  "p.heading { margin: 1em 0 .3em; }\n"
  "pre { background: var(--paper); padding: .8em 1em; overflow-x: auto; border-radius: 4px; }\n"
  "code { font-family: \"Noto Sans Mono CJK SC\", \"DejaVu Sans Mono\", Menlo, Consolas,\n"
  "  monospace; font-size: .92em; }\n"
  "blockquote { margin: 1em 0; padding-left: 1em; border-left: 3px solid var(--rule);\n"
  "  color: var(--muted); }\n"
  "a { color: var(--accent); }\n"
  "@media print {\n"
  "  html { font-size: 10.5pt; background: none; }\n"
  "  body { max-width: none; padding: 0; }\n"
  "  nav.toc { background: none; padding: 0; break-after: page; }\n"
  "  section.level-1 { break-before: page; }\n"
  "  h1, h2, h3, h4, h5, h6, .deep-heading, .label { break-after: avoid; }\n"
  "  .example, pre, blockquote, li { break-inside: avoid; }\n"
  "  a { color: inherit; text-decoration: none; }\n"
  "}\n";

static void
append_escaped (GString    *out,
                const char *text)
{
  _syl_export_append_xml (out, text, FALSE);
}

static void
append_one_line (GString    *out,
                 const char *text)
{
  g_autofree char *line = _syl_export_one_line (text);

  _syl_export_append_xml (out, line, FALSE);
}

/* An id for the node's section: "n-" and its own id when that makes a
 * clean fragment, so links from elsewhere stay valid as the outline
 * changes; else "p-" and its position, "p-1-4-2". */
static char *
anchor_for (SylNode *node)
{
  const char *id = syl_node_get_id (node);
  g_autofree char *path = NULL;

  if (id[strspn (id, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")] == '\0')
    return g_strconcat ("n-", id, NULL);
  path = syl_node_dup_number (node);
  g_strdelimit (path, ".", '-');
  return g_strconcat ("p-", path, NULL);
}

/* The number, the kind marker and the title, as a heading or a contents
 * entry shows them. */
static void
append_heading_text (SylExportContext *context,
                     SylNode          *node)
{
  g_autofree char *number = syl_numbering_format (context->numbering, node);
  g_autofree char *title = _syl_export_one_line (syl_node_get_title (node));
  const char *marker = _syl_export_kind_marker (context, node);
  SylNodeKind kind = syl_node_get_kind (node);
  GString *out = context->out;

  if (*number != '\0')
    {
      g_string_append (out, "<span class=\"number\">");
      append_escaped (out, number);
      g_string_append (out, "</span>");
      if (*marker != '\0' || *title != '\0')
        g_string_append (out, syl_numbering_separator_after (number));
    }
  if (*marker != '\0')
    {
      g_autofree char *bare = g_strchomp (g_strdup (marker));

      g_string_append_printf (out, "<span class=\"kind kind-%s\">", syl_node_kind_to_string (kind));
      append_escaped (out, bare);
      g_string_append_printf (out, "</span>%s", *title != '\0' && !context->chinese ? " " : "");
    }
  append_escaped (out, title);
}

/* Table of contents. */

static void
append_toc_entries (SylExportContext *context,
                    SylNode          *parent)
{
  GString *out = context->out;
  guint n = syl_node_get_n_children (parent);

  g_string_append (out, "<ol>\n");
  for (guint i = 0; i < n; i++)
    {
      SylNode *node = syl_node_get_child (parent, i);
      g_autofree char *anchor = anchor_for (node);

      g_string_append_printf (out, "<li><a href=\"#%s\">", anchor);
      append_heading_text (context, node);
      g_string_append (out, "</a>");
      if (syl_node_get_depth (node) < TOC_DEPTH && syl_node_get_n_children (node) > 0)
        {
          g_string_append_c (out, '\n');
          append_toc_entries (context, node);
        }
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ol>\n");
}

static void
append_toc (SylExportContext *context)
{
  SylNode *root = syl_document_get_root (context->document);

  if (syl_node_get_n_children (root) == 0)
    return;

  g_string_append_printf (context->out,
                          "<nav class=\"toc\" aria-labelledby=\"toc-heading\">\n"
                          "<h2 id=\"toc-heading\">%s</h2>\n",
                          /* Translators: the heading of the table of contents in an export. */
                          syl_catalogue_gettext (context->catalogue, "Contents"));
  append_toc_entries (context, root);
  g_string_append (context->out, "</nav>\n");
}

/* The parts of a node. */

static void
append_markdown (GString    *out,
                 const char *css_class,
                 const char *markdown)
{
  g_autofree char *html = syl_markdown_to_html (markdown);

  if (*html == '\0')
    return;
  g_string_append_printf (out, "<div class=\"%s\">\n%s</div>\n", css_class, html);
}

static void
append_objectives (SylExportContext *context,
                   SylNode          *node)
{
  const char * const *objectives = syl_node_get_objectives (node);
  GString *out = context->out;

  if (!_syl_export_has (context, SYL_EXPORT_OBJECTIVES) || objectives == NULL ||
      objectives[0] == NULL)
    return;

  g_string_append_printf (out, "<div class=\"objectives\">\n<p class=\"label\">%s</p>\n<ul>\n",
                          /* Translators: a heading over a node's learning objectives
                           * in an export. */
                          syl_catalogue_gettext (context->catalogue, "Objectives"));
  for (guint i = 0; objectives[i] != NULL; i++)
    {
      g_string_append (out, "<li>");
      append_one_line (out, objectives[i]);
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ul>\n</div>\n");
}

static void
append_examples (SylExportContext *context,
                 SylNode          *node)
{
  GListModel *examples = syl_node_get_examples (node);
  GString *out = context->out;

  if (!_syl_export_has (context, SYL_EXPORT_EXAMPLES))
    return;

  for (guint i = 0; i < g_list_model_get_n_items (examples); i++)
    {
      g_autoptr(SylExample) example = g_list_model_get_item (examples, i);
      g_autofree char *body = syl_markdown_to_html (syl_example_get_body (example));
      /* Translators: the label of a worked example in an export,
       * before its title. */
      const char *label = syl_catalogue_gettext (context->catalogue, "Example:");

      g_string_append_printf (out, "<aside class=\"example\">\n<p class=\"label\">%s%s", label,
                              _syl_export_space_after (label));
      append_one_line (out, syl_example_get_title (example));
      g_string_append_printf (out, "</p>\n%s</aside>\n", body);
    }
}

/* A comment's text is plain: paragraphs at blank lines, line breaks kept. */
static void
append_plain_paragraphs (GString    *out,
                         const char *text)
{
  g_autofree char *clean = _syl_export_clean (text);
  g_auto(GStrv) paragraphs = g_strsplit (g_strstrip (clean), "\n\n", -1);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_auto(GStrv) lines = g_strsplit (g_strstrip (paragraphs[i]), "\n", -1);

      if (lines[0] == NULL)
        continue;
      g_string_append (out, "<p>");
      for (guint j = 0; lines[j] != NULL; j++)
        {
          if (j > 0)
            g_string_append (out, "<br/>\n");
          append_escaped (out, lines[j]);
        }
      g_string_append (out, "</p>");
    }
}

static void
append_comment (GString    *out,
                const char *by,
                const char *resolved,
                const char *text)
{
  g_string_append_printf (out, "<li class=\"comment%s\"><p class=\"by\">",
                          resolved != NULL ? " resolved" : "");
  append_escaped (out, by);
  if (resolved != NULL)
    {
      g_string_append (out, " <span class=\"resolved\">");
      append_escaped (out, resolved);
      g_string_append (out, "</span>");
    }
  g_string_append (out, "</p>");
  append_plain_paragraphs (out, text);
}

static void
append_replies (SylExportContext *context,
                SylAnnotation    *annotation)
{
  GString *out = context->out;
  GListModel *replies = syl_annotation_get_replies (annotation);
  guint n = g_list_model_get_n_items (replies);

  if (n == 0)
    return;
  g_string_append (out, "\n<ul class=\"replies\">\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylReply) reply = g_list_model_get_item (replies, i);
      g_autofree char *by = _syl_export_reply_by (context, reply);

      append_comment (out, by, NULL, syl_reply_get_text (reply));
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ul>\n");
}

static void
append_annotations (SylExportContext *context,
                    SylNode          *node)
{
  GListModel *annotations = syl_node_get_annotations (node);
  guint n = g_list_model_get_n_items (annotations);
  GString *out = context->out;

  if (!_syl_export_has (context, SYL_EXPORT_ANNOTATIONS) || n == 0)
    return;

  g_string_append_printf (out, "<div class=\"comments\">\n<p class=\"label\">%s</p>\n<ul>\n",
                          /* Translators: a heading over reviewers' comments on a node
                           * in an export. */
                          syl_catalogue_gettext (context->catalogue, "Comments"));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylAnnotation) annotation = g_list_model_get_item (annotations, i);
      g_autofree char *by = _syl_export_annotation_by (context, annotation);
      g_autofree char *resolved = _syl_export_resolved (context, annotation);

      append_comment (out, by, resolved, syl_annotation_get_text (annotation));
      append_replies (context, annotation);
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ul>\n</div>\n");
}

static void
append_node (SylExportContext *context,
             SylNode          *node)
{
  guint depth = syl_node_get_depth (node);
  g_autofree char *anchor = anchor_for (node);
  g_autofree char *meta = _syl_export_node_meta (context, node);
  GString *out = context->out;

  g_string_append_printf (out, "<section class=\"level-%u%s\" id=\"%s\">\n", MIN (depth, 6),
                          depth > MAX_HEADING_DEPTH ? " deep" : "", anchor);
  if (depth <= MAX_HEADING_DEPTH)
    g_string_append_printf (out, "<h%u>", depth + 1);
  else
    g_string_append_printf (out, "<p class=\"deep-heading\" role=\"heading\" aria-level=\"%u\">",
                            depth + 1);
  append_heading_text (context, node);
  if (depth <= MAX_HEADING_DEPTH)
    g_string_append_printf (out, "</h%u>\n", depth + 1);
  else
    g_string_append (out, "</p>\n");

  if (meta != NULL)
    {
      g_string_append (out, "<p class=\"meta\">");
      append_escaped (out, meta);
      g_string_append (out, "</p>\n");
    }
  if (_syl_export_has (context, SYL_EXPORT_NOTES))
    append_markdown (out, "notes", syl_node_get_notes (node));
  append_objectives (context, node);
  append_examples (context, node);
  append_annotations (context, node);

  for (guint i = 0; i < syl_node_get_n_children (node) && _syl_export_go_on (context); i++)
    append_node (context, syl_node_get_child (node, i));
  g_string_append (out, "</section>\n");
}

/* The page. */

static void
append_head (SylExportContext *context)
{
  SylDocument *document = context->document;
  g_autofree char *language = _syl_export_one_line (syl_document_get_language (document));
  g_autofree char *title = _syl_export_one_line (syl_document_get_title (document));
  const char *untitled = syl_catalogue_gettext (context->catalogue, "Untitled Course");
  GString *out = context->out;

  g_string_append (out, "<!DOCTYPE html>\n<html");
  if (*language != '\0')
    {
      g_string_append (out, " lang=\"");
      _syl_export_append_xml (out, language, TRUE);
      g_string_append_c (out, '"');
    }
  g_string_append (out, ">\n<head>\n<meta charset=\"utf-8\"/>\n"
                        "<meta name=\"viewport\" "
                        "content=\"width=device-width, initial-scale=1\"/>\n"
                        "<meta name=\"generator\" content=\"Syllabus\"/>\n<title>");
  append_escaped (out, *title != '\0' ? title : untitled);
  g_string_append_printf (out, "</title>\n<style>\n%s</style>\n</head>\n", style_sheet);
}

static void
append_authors (GString     *out,
                SylDocument *document)
{
  GListModel *authors = syl_document_get_authors (document);
  guint n = g_list_model_get_n_items (authors);

  if (n == 0)
    return;
  g_string_append (out, "<ul class=\"authors\">\n");
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylAuthor) author = g_list_model_get_item (authors, i);

      g_string_append (out, "<li><span class=\"name\">");
      append_one_line (out, syl_author_get_name (author));
      g_string_append (out, "</span>");
      if (*syl_author_get_about (author) != '\0')
        {
          g_string_append (out, " <span class=\"about\">");
          append_one_line (out, syl_author_get_about (author));
          g_string_append (out, "</span>");
        }
      g_string_append (out, "</li>\n");
    }
  g_string_append (out, "</ul>\n");
}

static void
append_course (SylExportContext *context)
{
  SylDocument *document = context->document;
  const char *title = syl_document_get_title (document);
  const char *subtitle = syl_document_get_subtitle (document);
  g_autofree char *meta = _syl_export_course_meta (context);
  const char *untitled = syl_catalogue_gettext (context->catalogue, "Untitled Course");
  GString *out = context->out;

  g_string_append (out, "<header>\n<h1>");
  append_one_line (out, *title != '\0' ? title : untitled);
  g_string_append (out, "</h1>\n");
  if (*subtitle != '\0')
    {
      g_string_append (out, "<p class=\"subtitle\">");
      append_one_line (out, subtitle);
      g_string_append (out, "</p>\n");
    }
  append_authors (out, document);
  append_markdown (out, "description", syl_document_get_description (document));
  if (meta != NULL)
    {
      g_string_append (out, "<p class=\"course-meta\">");
      append_escaped (out, meta);
      g_string_append (out, "</p>\n");
    }
  g_string_append (out, "</header>\n");
}

void
_syl_export_html (SylExportContext *context)
{
  SylNode *root = syl_document_get_root (context->document);

  append_head (context);
  g_string_append (context->out, "<body>\n");
  append_course (context);
  append_toc (context);
  g_string_append (context->out, "<main>\n");
  for (guint i = 0; i < syl_node_get_n_children (root) && _syl_export_go_on (context); i++)
    append_node (context, syl_node_get_child (root, i));
  g_string_append (context->out, "</main>\n</body>\n</html>\n");
}
