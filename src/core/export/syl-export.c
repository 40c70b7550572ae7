/* syl-export.c: an outline as Markdown, plain text, OPML or HTML
 *
 * Every format numbers the nodes as the document does (its numbering
 * style), so a course numbered 第一章, 第一节 is exported that way.  The
 * flags choose what comes with the titles:
 *
 * - Markdown and HTML: everything the flags ask for.
 * - Plain text: notes, objectives, examples and comments as indented
 *   text under each title, durations after it.
 * - OPML: notes in `_note` and durations in `syllabusMinutes`; it has no
 *   place for objectives, examples or comments, which are left out.
 *
 * Outlines hold text as the JSON reader checked it, but a document built
 * in code could hold anything, so the text is checked once before any
 * exporter runs: invalid UTF-8 is refused with the path of the member,
 * and control characters, which no format can carry, are dropped.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "syl-export-private.h"

static const char * const format_names[] = {
  [SYL_EXPORT_FORMAT_MARKDOWN] = "markdown",
  [SYL_EXPORT_FORMAT_TEXT] = "text",
  [SYL_EXPORT_FORMAT_OPML] = "opml",
  [SYL_EXPORT_FORMAT_HTML] = "html",
};

static const char * const format_extensions[] = {
  [SYL_EXPORT_FORMAT_MARKDOWN] = "md",
  [SYL_EXPORT_FORMAT_TEXT] = "txt",
  [SYL_EXPORT_FORMAT_OPML] = "opml",
  [SYL_EXPORT_FORMAT_HTML] = "html",
};

/**
 * syl_export_document:
 * @format: the format to write
 * @flags: what to include besides the numbered titles
 *
 * Returns: (transfer full): the exported file, UTF-8 for every format, or
 *   %NULL with @error set (%SYL_ERROR_INVALID) when the document holds text
 *   that is not valid UTF-8
 */
GBytes *
syl_export_document (SylDocument      *document,
                     SylExportFormat   format,
                     SylExportFlags    flags,
                     GError          **error)
{
  return syl_export_document_full (document, format, flags, NULL, NULL, NULL, error);
}

/**
 * syl_export_document_full:
 * @cancellable: (nullable): checked before each node
 * @progress: (nullable): called from this thread before each node, with
 *   the fraction of the nodes written
 *
 * syl_export_document() for long exports, which run in a thread of their
 * own on a snapshot of the document (syl_document_snapshot()).
 *
 * Returns: (transfer full): the exported file, or %NULL with @error set,
 *   %G_IO_ERROR_CANCELLED when @cancellable was cancelled
 */
GBytes *
syl_export_document_full (SylDocument      *document,
                          SylExportFormat   format,
                          SylExportFlags    flags,
                          GCancellable     *cancellable,
                          SylProgressFunc   progress,
                          gpointer          progress_data,
                          GError          **error)
{
  SylExportContext context = { 0 };
  g_autoptr(GString) out = NULL;

  g_return_val_if_fail (SYL_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (format <= SYL_EXPORT_FORMAT_HTML, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!syl_export_check_document (document, error))
    return NULL;

  _syl_export_context_init (&context, document, flags);
  context.out = out = g_string_sized_new (64 * 1024);
  context.cancellable = cancellable;
  context.progress = progress;
  context.progress_data = progress_data;
  context.n_nodes = syl_document_get_n_nodes (document);

  switch (format)
    {
    case SYL_EXPORT_FORMAT_MARKDOWN:
      _syl_export_markdown (&context);
      break;
    case SYL_EXPORT_FORMAT_TEXT:
      _syl_export_text (&context);
      break;
    case SYL_EXPORT_FORMAT_OPML:
      _syl_export_opml (&context);
      break;
    case SYL_EXPORT_FORMAT_HTML:
      _syl_export_html (&context);
      break;
    default:
      g_assert_not_reached ();
    }

  /* A cancelled exporter stops between nodes and leaves half a file. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return NULL;
  return g_string_free_to_bytes (g_steal_pointer (&out));
}

/**
 * _syl_export_go_on:
 *
 * Each exporter calls this before it writes a node: it counts the node
 * for the progress and says whether to go on, %FALSE once the export is
 * cancelled.
 */
gboolean
_syl_export_go_on (SylExportContext *context)
{
  if (context->cancellable != NULL && g_cancellable_is_cancelled (context->cancellable))
    return FALSE;
  context->n_done++;
  if (context->progress != NULL && context->n_nodes > 0)
    context->progress (MIN ((double) context->n_done / context->n_nodes, 1.0),
                       context->progress_data);
  return TRUE;
}

/* Checking the text. */

typedef struct
{
  GString *path;
  GError **error;
} Check;

static gboolean
check_string (Check      *check,
              const char *name,
              const char *value)
{
  if (value == NULL || g_utf8_validate (value, -1, NULL))
    return TRUE;

  g_set_error (check->error, SYL_ERROR, SYL_ERROR_INVALID,
               /* Translators: %s is where the text is, such as children[0].title. */
               _("%s%s%s: not valid UTF-8 text, which no export format can hold"),
               check->path->str, check->path->len > 0 ? "." : "", name);
  return FALSE;
}

/* Each item of a list is checked under "@member[i]". */
typedef gboolean (*CheckItemFunc) (Check    *check,
                                   gpointer  item);

static gboolean
check_list (Check         *check,
            GListModel    *list,
            const char    *member,
            CheckItemFunc  func)
{
  gsize old_len = check->path->len;
  guint n = g_list_model_get_n_items (list);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      g_string_append_printf (check->path, "%s%s[%u]", old_len > 0 ? "." : "", member, i);
      if (!func (check, item))
        return FALSE;
      g_string_truncate (check->path, old_len);
    }
  return TRUE;
}

static gboolean
check_author (Check    *check,
              gpointer  item)
{
  return check_string (check, "name", syl_author_get_name (item)) &&
         check_string (check, "about", syl_author_get_about (item));
}

static gboolean
check_example (Check    *check,
               gpointer  item)
{
  return check_string (check, "title", syl_example_get_title (item)) &&
         check_string (check, "body", syl_example_get_body (item));
}

static gboolean
check_reply (Check    *check,
             gpointer  item)
{
  return check_string (check, "author", syl_reply_get_author (item)) &&
         check_string (check, "created", syl_reply_get_created (item)) &&
         check_string (check, "text", syl_reply_get_text (item));
}

static gboolean
check_annotation (Check    *check,
                  gpointer  item)
{
  return check_string (check, "author", syl_annotation_get_author (item)) &&
         check_string (check, "created", syl_annotation_get_created (item)) &&
         check_string (check, "text", syl_annotation_get_text (item)) &&
         check_string (check, "resolved_by", syl_annotation_get_resolved_by (item)) &&
         check_list (check, syl_annotation_get_replies (item), "replies", check_reply);
}

static gboolean
check_node_fields (Check   *check,
                   SylNode *node)
{
  const char * const *objectives = syl_node_get_objectives (node);

  if (!check_string (check, "id", syl_node_get_id (node)) ||
      !check_string (check, "title", syl_node_get_title (node)) ||
      !check_string (check, "notes", syl_node_get_notes (node)))
    return FALSE;
  for (guint i = 0; objectives != NULL && objectives[i] != NULL; i++)
    {
      g_autofree char *name = g_strdup_printf ("objectives[%u]", i);

      if (!check_string (check, name, objectives[i]))
        return FALSE;
    }
  return check_list (check, syl_node_get_examples (node), "examples", check_example) &&
         check_list (check, syl_node_get_annotations (node), "annotations", check_annotation);
}

static gboolean
check_children (Check   *check,
                SylNode *parent)
{
  gsize old_len = check->path->len;
  guint n = syl_node_get_n_children (parent);

  for (guint i = 0; i < n; i++)
    {
      SylNode *node = syl_node_get_child (parent, i);

      g_string_append_printf (check->path, "%schildren[%u]", old_len > 0 ? "." : "", i);
      if (!check_node_fields (check, node) || !check_children (check, node))
        return FALSE;
      g_string_truncate (check->path, old_len);
    }
  return TRUE;
}

/**
 * syl_export_check_document:
 *
 * Checks that every text an export writes is valid UTF-8.  The exporters
 * call it themselves; the PDF renderer, outside the core, does too.
 *
 * Returns: %FALSE with @error set (%SYL_ERROR_INVALID, the message
 *   starting with the path of the member, as the JSON reader names them)
 */
gboolean
syl_export_check_document (SylDocument  *document,
                           GError      **error)
{
  g_autoptr(GString) path = g_string_new (NULL);
  Check check = { path, error };

  g_return_val_if_fail (SYL_IS_DOCUMENT (document), FALSE);

  return check_string (&check, "title", syl_document_get_title (document)) &&
         check_string (&check, "subtitle", syl_document_get_subtitle (document)) &&
         check_string (&check, "language", syl_document_get_language (document)) &&
         check_string (&check, "description", syl_document_get_description (document)) &&
         check_list (&check, syl_document_get_authors (document), "authors", check_author) &&
         check_children (&check, syl_document_get_root (document));
}

/* Names. */

/**
 * syl_export_format_to_string:
 *
 * Returns: "markdown", "text", "opml" or "html", as `syllabus-cli export
 *   --to` takes them
 */
const char *
syl_export_format_to_string (SylExportFormat format)
{
  g_return_val_if_fail (format <= SYL_EXPORT_FORMAT_HTML, NULL);
  return format_names[format];
}

/* Also takes the usual extensions ("md", "txt", "htm"), case aside. */
gboolean
syl_export_format_from_string (const char      *string,
                               SylExportFormat *format)
{
  static const struct { const char *name; SylExportFormat format; } aliases[] = {
    { "md", SYL_EXPORT_FORMAT_MARKDOWN },
    { "markdown", SYL_EXPORT_FORMAT_MARKDOWN },
    { "txt", SYL_EXPORT_FORMAT_TEXT },
    { "text", SYL_EXPORT_FORMAT_TEXT },
    { "opml", SYL_EXPORT_FORMAT_OPML },
    { "html", SYL_EXPORT_FORMAT_HTML },
    { "htm", SYL_EXPORT_FORMAT_HTML },
  };

  g_return_val_if_fail (string != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (aliases); i++)
    if (g_ascii_strcasecmp (aliases[i].name, string) == 0)
      {
        *format = aliases[i].format;
        return TRUE;
      }
  return FALSE;
}

/**
 * syl_export_format_get_extension:
 *
 * Returns: the usual file name extension, without the dot: "md", "txt",
 *   "opml" or "html"
 */
const char *
syl_export_format_get_extension (SylExportFormat format)
{
  g_return_val_if_fail (format <= SYL_EXPORT_FORMAT_HTML, NULL);
  return format_extensions[format];
}

/* The name of the outline's file without ".syllabus.json", or its title. */
static char *
base_name (SylDocument *document)
{
  GFile *file = syl_document_get_file (document);
  const char *title = syl_document_get_title (document);
  g_autofree char *name = NULL;

  if (file != NULL && (name = g_file_get_basename (file)) != NULL)
    {
      const char *suffixes[] = { ".syllabus.json", ".json" };

      for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
        if (g_str_has_suffix (name, suffixes[i]) && strlen (name) > strlen (suffixes[i]))
          {
            name[strlen (name) - strlen (suffixes[i])] = '\0';
            break;
          }
      if (g_utf8_validate (name, -1, NULL))
        return g_steal_pointer (&name);
    }
  if (*title != '\0' && g_utf8_validate (title, -1, NULL))
    return g_strdup (title);
  return g_strdup (_("Untitled Course"));
}

/* @base as a file name: the characters that some file systems refuse
 * replaced, cut to a length every file system takes, with @extension. */
static char *
file_name_of (const char *base,
              const char *extension)
{
  g_autoptr(GString) name = g_string_new (NULL);

  for (const char *p = base; *p != '\0' && g_utf8_strlen (name->str, -1) < 80;
       p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c < 0x20 || c == 0x7f || (c < 0x80 && strchr ("/\\:*?\"<>|", c) != NULL))
        g_string_append_c (name, '-');
      else
        g_string_append_unichar (name, c);
    }
  /* Names starting with a dot are hidden. */
  while (name->str[0] == '.')
    g_string_erase (name, 0, 1);
  if (name->len == 0)
    g_string_append (name, _("Untitled Course"));
  g_string_append_printf (name, ".%s", extension);
  return g_string_free (g_steal_pointer (&name), FALSE);
}

/**
 * syl_export_suggest_file_name:
 * @extension: without the dot, such as "md" or "pdf"
 *
 * A name for the exported file: the outline's file name, or else its
 * title, with the characters that some file systems refuse replaced, and
 * cut to a length every file system takes.
 *
 * Returns: (transfer full): "算法导论.md"
 */
char *
syl_export_suggest_file_name (SylDocument *document,
                              const char  *extension)
{
  g_autofree char *base = NULL;

  g_return_val_if_fail (SYL_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (extension != NULL, NULL);

  base = g_strstrip (base_name (document));
  return file_name_of (base, extension);
}

/**
 * syl_export_suggest_summary_name:
 * @extension: without the dot, such as "md" or "html"
 *
 * A name for the review summary of @document, made as
 * syl_export_suggest_file_name() makes one.
 *
 * Returns: (transfer full): "算法导论 — review summary.md"
 */
char *
syl_export_suggest_summary_name (SylDocument *document,
                                 const char  *extension)
{
  g_autofree char *base = NULL;
  g_autofree char *summary = NULL;

  g_return_val_if_fail (SYL_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (extension != NULL, NULL);

  base = g_strstrip (base_name (document));
  /* Translators: the file name suggested for the review summary of the
   * outline whose file is named %s. */
  summary = g_strdup_printf (_("%s — review summary"), base);
  return file_name_of (summary, extension);
}
