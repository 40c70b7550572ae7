/* syl-import.c: the result of an import, and where imports start
 *
 * An import never touches a document while it reads: it builds detached
 * nodes, the course's title and authors, and the warnings a designer
 * should see, in a SylImportResult.  Only then does the caller choose to
 * open them as a new document or to insert them into an open one, which
 * is one step of that document's history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "syl-file.h"
#include "syl-import-private.h"

typedef struct
{
  guint  line;
  char  *message;
} Warning;

struct _SylImportResult
{
  GObject          parent_instance;

  SylImportFormat  format;
  char            *encoding;
  char            *title;
  char            *subtitle;
  GString         *description;
  char            *language;
  GListStore      *authors;
  GListStore      *nodes;
  GArray          *warnings;

  /* For the preview: what became of each line, and the text itself, so
   * that the preview can read it again with another choice. */
  SylImportReport *report;
  char            *input;
  GBytes          *bytes;
  SylImportLists   lists_option;

  /* While an importer runs: see _syl_import_result_go_on(). */
  GCancellable    *cancellable;
  SylProgressFunc  progress;
  gpointer         progress_data;
};

G_DEFINE_FINAL_TYPE (SylImportResult, syl_import_result, G_TYPE_OBJECT)

static void
warning_clear (Warning *warning)
{
  g_free (warning->message);
}

static void
syl_import_result_finalize (GObject *object)
{
  SylImportResult *self = SYL_IMPORT_RESULT (object);

  g_free (self->encoding);
  g_free (self->title);
  g_free (self->subtitle);
  g_string_free (self->description, TRUE);
  g_free (self->language);
  g_clear_object (&self->authors);
  g_clear_object (&self->nodes);
  g_array_unref (self->warnings);
  g_clear_pointer (&self->report, _syl_import_report_free);
  g_free (self->input);
  g_clear_pointer (&self->bytes, g_bytes_unref);

  G_OBJECT_CLASS (syl_import_result_parent_class)->finalize (object);
}

static void
syl_import_result_class_init (SylImportResultClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = syl_import_result_finalize;
}

static void
syl_import_result_init (SylImportResult *self)
{
  self->encoding = g_strdup ("UTF-8");
  self->title = g_strdup ("");
  self->subtitle = g_strdup ("");
  self->description = g_string_new (NULL);
  self->language = g_strdup ("");
  self->authors = g_list_store_new (SYL_TYPE_AUTHOR);
  self->nodes = g_list_store_new (SYL_TYPE_NODE);
  self->warnings = g_array_new (FALSE, FALSE, sizeof (Warning));
  g_array_set_clear_func (self->warnings, (GDestroyNotify) warning_clear);
}

SylImportResult *
_syl_import_result_new (SylImportFormat format)
{
  SylImportResult *self = g_object_new (SYL_TYPE_IMPORT_RESULT, NULL);

  self->format = format;
  return self;
}

/* The part of an import that reading and decoding the file take; the
 * importer takes the rest. */
#define READ_SHARE 0.2

/**
 * _syl_import_result_go_on:
 * @fraction: how much of its work the importer has done, from 0 to 1
 *
 * Importers call this as they go, between lines or headings.
 *
 * Returns: whether to go on: %FALSE once the import is cancelled, when
 *   the importer stops and its result is thrown away
 */
gboolean
_syl_import_result_go_on (SylImportResult *self,
                          double           fraction)
{
  if (g_cancellable_is_cancelled (self->cancellable))
    return FALSE;
  if (self->progress != NULL)
    self->progress (READ_SHARE + (1 - READ_SHARE) * CLAMP (fraction, 0, 1), self->progress_data);
  return TRUE;
}

GCancellable *
_syl_import_result_get_cancellable (SylImportResult *self)
{
  return self->cancellable;
}

void
_syl_import_result_warn (SylImportResult *self,
                         guint            line,
                         const char      *format,
                         ...)
{
  Warning warning = { line, NULL };
  va_list args;

  va_start (args, format);
  warning.message = g_strdup_vprintf (format, args);
  va_end (args);
  g_array_append_val (self->warnings, warning);
}

void
_syl_import_result_add_node (SylImportResult *self,
                             SylNode         *node)
{
  g_list_store_append (self->nodes, node);
}

void
_syl_import_result_set_title (SylImportResult *self,
                              const char      *title)
{
  g_free (self->title);
  self->title = g_strdup (title);
}

void
_syl_import_result_set_subtitle (SylImportResult *self,
                                 const char      *subtitle)
{
  g_free (self->subtitle);
  self->subtitle = g_strdup (subtitle);
}

/* The description is Markdown, so paragraphs are apart by a blank line. */
void
_syl_import_result_add_description (SylImportResult *self,
                                    const char      *paragraph)
{
  if (*paragraph == '\0')
    return;
  if (self->description->len > 0)
    g_string_append (self->description, "\n\n");
  g_string_append (self->description, paragraph);
}

void
_syl_import_result_add_author (SylImportResult *self,
                               const char      *name,
                               const char      *about)
{
  g_autoptr(SylAuthor) author = syl_author_new (name, about);

  g_list_store_append (self->authors, author);
}

static void
result_set_encoding (SylImportResult *self,
                     const char      *encoding)
{
  g_free (self->encoding);
  self->encoding = g_strdup (encoding);
}

void
_syl_import_result_set_language (SylImportResult *self,
                                 const char      *language)
{
  g_free (self->language);
  self->language = g_strdup (language);
}

SylImportReport *
_syl_import_result_get_report (SylImportResult *self)
{
  return self->report;
}

/* An importer of text starts the report with the text it reads; a format
 * that hands over to another (Markdown without headings to text) starts
 * it again. */
void
_syl_import_result_begin_lines (SylImportResult *self,
                                const char      *text)
{
  g_clear_pointer (&self->report, _syl_import_report_free);
  self->report = _syl_import_report_new (text);
}

SylImportLists
_syl_import_result_get_lists_option (SylImportResult *self)
{
  return self->lists_option;
}

/**
 * syl_import_result_get_lists_option:
 *
 * Returns: the choice of lists under headings the input was read with:
 *   %SYL_IMPORT_LISTS_AUTO, each list as it reads, unless
 *   syl_import_result_reread() was given another
 */
SylImportLists
syl_import_result_get_lists_option (SylImportResult *self)
{
  g_return_val_if_fail (SYL_IS_IMPORT_RESULT (self), SYL_IMPORT_LISTS_AUTO);
  return self->lists_option;
}

/* For the clipboard, which wants the nodes themselves. */
GPtrArray *
_syl_import_result_steal_nodes (SylImportResult *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->nodes));
  GPtrArray *nodes = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    g_ptr_array_add (nodes, g_list_model_get_item (G_LIST_MODEL (self->nodes), i));
  g_list_store_remove_all (self->nodes);
  return nodes;
}

/* Formats. */

static const char * const format_names[] = {
  [SYL_IMPORT_FORMAT_AUTO] = "auto",
  [SYL_IMPORT_FORMAT_TEXT] = "text",
  [SYL_IMPORT_FORMAT_MARKDOWN] = "markdown",
  [SYL_IMPORT_FORMAT_OPML] = "opml",
  [SYL_IMPORT_FORMAT_PDF] = "pdf",
  [SYL_IMPORT_FORMAT_DOCX] = "docx",
  [SYL_IMPORT_FORMAT_ODT] = "odt",
};

const char *
syl_import_format_to_string (SylImportFormat format)
{
  g_return_val_if_fail (format < G_N_ELEMENTS (format_names), NULL);
  return format_names[format];
}

gboolean
syl_import_format_from_string (const char      *string,
                               SylImportFormat *format)
{
  g_return_val_if_fail (string != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (format_names); i++)
    if (g_ascii_strcasecmp (string, format_names[i]) == 0)
      {
        *format = i;
        return TRUE;
      }
  if (g_ascii_strcasecmp (string, "md") == 0)
    {
      *format = SYL_IMPORT_FORMAT_MARKDOWN;
      return TRUE;
    }
  return FALSE;
}

static SylImportFormat
format_from_name (const char *name)
{
  static const struct { const char *suffix; SylImportFormat format; } suffixes[] = {
    { ".opml", SYL_IMPORT_FORMAT_OPML },
    { ".xml", SYL_IMPORT_FORMAT_OPML },
    { ".md", SYL_IMPORT_FORMAT_MARKDOWN },
    { ".markdown", SYL_IMPORT_FORMAT_MARKDOWN },
    { ".mdown", SYL_IMPORT_FORMAT_MARKDOWN },
    { ".mkd", SYL_IMPORT_FORMAT_MARKDOWN },
    { ".txt", SYL_IMPORT_FORMAT_TEXT },
    { ".text", SYL_IMPORT_FORMAT_TEXT },
    { ".pdf", SYL_IMPORT_FORMAT_PDF },
    { ".docx", SYL_IMPORT_FORMAT_DOCX },
    { ".docm", SYL_IMPORT_FORMAT_DOCX },
    { ".odt", SYL_IMPORT_FORMAT_ODT },
  };
  g_autofree char *lower = NULL;

  if (name == NULL)
    return SYL_IMPORT_FORMAT_AUTO;
  lower = g_ascii_strdown (name, -1);
  for (guint i = 0; i < G_N_ELEMENTS (suffixes); i++)
    if (g_str_has_suffix (lower, suffixes[i].suffix))
      return suffixes[i].format;
  return SYL_IMPORT_FORMAT_AUTO;
}

/* Raw bytes that start, after white space, with “<”: XML, whose
 * declaration may name its encoding. */
static gboolean
looks_like_xml (GBytes *bytes)
{
  gsize size;
  const guchar *data = g_bytes_get_data (bytes, &size);
  gsize i = 0;

  if (size >= 3 && memcmp (data, "\xef\xbb\xbf", 3) == 0)
    i = 3;
  while (i < size && g_ascii_isspace (data[i]))
    i++;
  return i < size && data[i] == '<';
}

/* Markdown shows itself by an ATX heading or a fenced code block at the
 * start of a line; plain text almost never has either. */
static SylImportFormat
sniff_format (const char *text)
{
  const char *p = _syl_import_skip_spaces (text);

  if (*p == '<')
    return SYL_IMPORT_FORMAT_OPML;

  for (const char *line = text; line != NULL; line = strchr (line, '\n'))
    {
      guint hashes = 0;

      if (*line == '\n')
        line++;
      while (line[hashes] == '#')
        hashes++;
      if (hashes >= 1 && hashes <= 6 && (line[hashes] == ' ' || line[hashes] == '\t'))
        return SYL_IMPORT_FORMAT_MARKDOWN;
      if (g_str_has_prefix (line, "```") || g_str_has_prefix (line, "~~~"))
        return SYL_IMPORT_FORMAT_MARKDOWN;
    }
  return SYL_IMPORT_FORMAT_TEXT;
}

static void
sort_warnings (SylImportResult *self)
{
  /* Insertion sort keeps warnings of the same line in the order they were
   * found; an import finds them nearly in order anyway. */
  for (guint i = 1; i < self->warnings->len; i++)
    for (guint j = i; j > 0; j--)
      {
        Warning *a = &g_array_index (self->warnings, Warning, j - 1);
        Warning *b = &g_array_index (self->warnings, Warning, j);
        Warning swap;

        if (a->line <= b->line)
          break;
        swap = *a;
        *a = *b;
        *b = swap;
      }
}

static gboolean
run_importer (SylImportResult  *self,
              const char       *text,
              GBytes           *bytes,
              GError          **error)
{
  switch (self->format)
    {
    case SYL_IMPORT_FORMAT_PDF:
      if (!_syl_import_pdf (self, bytes, error))
        return FALSE;
      /* The lines the text importer warns about are of the text made
       * from the PDF, which is nowhere in the file. */
      for (guint i = 0; i < self->warnings->len; i++)
        g_array_index (self->warnings, Warning, i).line = 0;
      return TRUE;
    case SYL_IMPORT_FORMAT_DOCX:
      return _syl_import_docx (self, bytes, error);
    case SYL_IMPORT_FORMAT_ODT:
      return _syl_import_odt (self, bytes, error);
    case SYL_IMPORT_FORMAT_MARKDOWN:
      _syl_import_markdown (self, text);
      return TRUE;
    case SYL_IMPORT_FORMAT_OPML:
      return _syl_import_opml (self, text, error);
    case SYL_IMPORT_FORMAT_AUTO:
    case SYL_IMPORT_FORMAT_TEXT:
    default:
      _syl_import_text (self, text, SYL_IMPORT_TEXT_DEFAULT);
      return TRUE;
    }
}

/**
 * syl_import_bytes:
 * @bytes: the contents of a file
 * @format: its format, or %SYL_IMPORT_FORMAT_AUTO to tell by @file_name_hint
 *   and the contents
 * @encoding: (nullable): the encoding of @bytes, or %NULL to detect UTF-8
 *   (with or without a byte order mark), UTF-16 and GB18030
 * @file_name_hint: (nullable): the file's name, for its extension
 *
 * Reads an outline, also from a Word or OpenDocument package.  Text in
 * no known encoding, binary data, damaged or encrypted packages and empty
 * input are refused with a message that says so; anything the importer
 * had to guess at is reported by syl_import_result_get_warning().
 *
 * Returns: (transfer full): the result, or %NULL with @error set
 */
SylImportResult *
syl_import_bytes (GBytes           *bytes,
                  SylImportFormat   format,
                  const char       *encoding,
                  const char       *file_name_hint,
                  GError          **error)
{
  return syl_import_bytes_full (bytes, format, encoding, file_name_hint, NULL, NULL, NULL, error);
}

/* Runs the importer of @self's format over @text, with @cancellable and
 * @progress; %FALSE with @error set when it failed or was cancelled. */
static gboolean
run_importer_full (SylImportResult  *self,
                   const char       *text,
                   GBytes           *bytes,
                   GCancellable     *cancellable,
                   SylProgressFunc   progress,
                   gpointer          progress_data,
                   GError          **error)
{
  g_autoptr(GError) local_error = NULL;
  gboolean ok;

  self->cancellable = cancellable;
  self->progress = progress;
  self->progress_data = progress_data;
  ok = run_importer (self, text, bytes, &local_error);
  self->cancellable = NULL;
  self->progress = NULL;
  self->progress_data = NULL;
  /* A cancelled importer stops where it is, with or without an error. */
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  if (!ok)
    g_propagate_error (error, g_steal_pointer (&local_error));
  return ok;
}

/* What every import does after its importer: refuse an empty outline,
 * put the warnings in order, guess the language. */
static SylImportResult *
finish_result (SylImportResult  *self,
               GError          **error)
{
  if (g_list_model_get_n_items (G_LIST_MODEL (self->nodes)) == 0 && *self->title == '\0')
    {
      g_set_error_literal (error, SYL_ERROR, SYL_ERROR_EMPTY,
                           _("there is no outline in the file: no headings, list items or lines "
                             "of text"));
      g_object_unref (self);
      return NULL;
    }

  sort_warnings (self);
  if (*self->language == '\0')
    _syl_import_result_set_language (self, _syl_import_guess_language (self));
  return self;
}

/**
 * syl_import_bytes_full:
 * @cancellable: (nullable): checked as the importer goes, between lines
 *   or headings
 * @progress: (nullable): called from this thread with the fraction done
 *
 * syl_import_bytes() for a thread of its own.
 *
 * Returns: (transfer full): the result, or %NULL with @error set,
 *   %G_IO_ERROR_CANCELLED when @cancellable was cancelled
 */
SylImportResult *
syl_import_bytes_full (GBytes           *bytes,
                       SylImportFormat   format,
                       const char       *encoding,
                       const char       *file_name_hint,
                       GCancellable     *cancellable,
                       SylProgressFunc   progress,
                       gpointer          progress_data,
                       GError          **error)
{
  g_autoptr(SylImportResult) self = NULL;
  char *text = NULL;
  g_autofree char *used = NULL;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (format <= SYL_IMPORT_FORMAT_ODT, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  /* The contents tell a PDF better than a name: a .txt that is a PDF is
   * one, which the text importer would refuse. */
  if (format == SYL_IMPORT_FORMAT_AUTO && _syl_import_is_pdf (bytes))
    format = SYL_IMPORT_FORMAT_PDF;
  if (format == SYL_IMPORT_FORMAT_AUTO)
    format = format_from_name (file_name_hint);
  /* PDF files, Word and OpenDocument packages are read as bytes. */
  if (format == SYL_IMPORT_FORMAT_AUTO)
    format = _syl_import_zip_sniff (bytes);
  if (format != SYL_IMPORT_FORMAT_PDF && format != SYL_IMPORT_FORMAT_DOCX &&
      format != SYL_IMPORT_FORMAT_ODT)
    {
      text = _syl_import_decode (bytes, encoding,
                                 format == SYL_IMPORT_FORMAT_OPML ||
                                 (format == SYL_IMPORT_FORMAT_AUTO && looks_like_xml (bytes)),
                                 &used, error);
      if (text == NULL)
        return NULL;
    }
  if (format == SYL_IMPORT_FORMAT_AUTO)
    format = sniff_format (text);

  self = _syl_import_result_new (format);
  if (used != NULL)
    result_set_encoding (self, used);
  self->input = text;
  self->bytes = g_bytes_ref (bytes);
  if (progress != NULL)
    progress (READ_SHARE, progress_data);
  if (!run_importer_full (self, text, bytes, cancellable, progress, progress_data, error))
    return NULL;
  return finish_result (g_steal_pointer (&self), error);
}

/**
 * syl_import_result_reread:
 * @lists: what lists under headings become
 *
 * Reads the same input again with another choice, as the preview offers
 * when syl_import_result_get_lists_ambiguous() says the choice matters.
 *
 * Returns: (transfer full): a new result, or %NULL with @error set
 */
SylImportResult *
syl_import_result_reread (SylImportResult  *self,
                          SylImportLists    lists,
                          GError          **error)
{
  g_autoptr(SylImportResult) again = NULL;

  g_return_val_if_fail (SYL_IS_IMPORT_RESULT (self), NULL);
  g_return_val_if_fail (lists <= SYL_IMPORT_LISTS_NOTES, NULL);
  g_return_val_if_fail (self->bytes != NULL, NULL);

  again = _syl_import_result_new (self->format);
  result_set_encoding (again, self->encoding);
  again->input = g_strdup (self->input);
  again->bytes = g_bytes_ref (self->bytes);
  again->lists_option = lists;
  if (!run_importer_full (again, again->input, again->bytes, NULL, NULL, NULL, error))
    return NULL;
  return finish_result (g_steal_pointer (&again), error);
}

/**
 * syl_import_file:
 *
 * Like syl_import_bytes(), with the file's name as the hint.
 */
SylImportResult *
syl_import_file (GFile            *file,
                 SylImportFormat   format,
                 const char       *encoding,
                 GCancellable     *cancellable,
                 GError          **error)
{
  return syl_import_file_full (file, format, encoding, cancellable, NULL, NULL, error);
}

/**
 * syl_import_file_full:
 *
 * Like syl_import_bytes_full(), with the file's name as the hint.
 */
SylImportResult *
syl_import_file_full (GFile            *file,
                      SylImportFormat   format,
                      const char       *encoding,
                      GCancellable     *cancellable,
                      SylProgressFunc   progress,
                      gpointer          progress_data,
                      GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  bytes = syl_file_load (file, cancellable, error);
  if (bytes == NULL)
    return NULL;
  name = g_file_get_basename (file);
  return syl_import_bytes_full (bytes, format, encoding, name, cancellable, progress,
                                progress_data, error);
}

/* Reading a result. */

SylImportFormat
syl_import_result_get_format (SylImportResult *self)
{
  g_return_val_if_fail (SYL_IS_IMPORT_RESULT (self), SYL_IMPORT_FORMAT_AUTO);
  return self->format;
}

/**
 * syl_import_result_get_encoding:
 *
 * Returns: the encoding the input was read in: "UTF-8", "UTF-16LE",
 *   "UTF-16BE", "GB18030", or the one that was given
 */
const char *
syl_import_result_get_encoding (SylImportResult *self)
{
  g_return_val_if_fail (SYL_IS_IMPORT_RESULT (self), NULL);
  return self->encoding;
}

const char *
syl_import_result_get_title (SylImportResult *self)
{
  g_return_val_if_fail (SYL_IS_IMPORT_RESULT (self), NULL);
  return self->title;
}

const char *
syl_import_result_get_subtitle (SylImportResult *self)
{
  g_return_val_if_fail (SYL_IS_IMPORT_RESULT (self), NULL);
  return self->subtitle;
}

const char *
syl_import_result_get_description (SylImportResult *self)
{
  g_return_val_if_fail (SYL_IS_IMPORT_RESULT (self), NULL);
  return self->description->str;
}

/**
 * syl_import_result_get_language:
 *
 * Returns: "zh-CN", "zh-TW" or "zh" when the titles are mostly in Chinese,
 *   in simplified, traditional or undecided characters; "ja" for
 *   Japanese; "" when the importer cannot tell
 */
const char *
syl_import_result_get_language (SylImportResult *self)
{
  g_return_val_if_fail (SYL_IS_IMPORT_RESULT (self), NULL);
  return self->language;
}

/**
 * syl_import_result_get_authors:
 *
 * Returns: (transfer none): the authors found, as #SylAuthor objects
 */
GListModel *
syl_import_result_get_authors (SylImportResult *self)
{
  g_return_val_if_fail (SYL_IS_IMPORT_RESULT (self), NULL);
  return G_LIST_MODEL (self->authors);
}

/**
 * syl_import_result_get_nodes:
 *
 * The top-level nodes, in no document.  They belong to the result, which
 * copies them when it makes or fills a document: look, do not change.
 *
 * Returns: (transfer none): a list of #SylNode
 */
GListModel *
syl_import_result_get_nodes (SylImportResult *self)
{
  g_return_val_if_fail (SYL_IS_IMPORT_RESULT (self), NULL);
  return G_LIST_MODEL (self->nodes);
}

/**
 * syl_import_result_count_nodes:
 *
 * Returns: the number of nodes at every level
 */
guint
syl_import_result_count_nodes (SylImportResult *self)
{
  guint n, count = 0;

  g_return_val_if_fail (SYL_IS_IMPORT_RESULT (self), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->nodes));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylNode) node = g_list_model_get_item (G_LIST_MODEL (self->nodes), i);

      count += 1 + syl_node_count_descendants (node);
    }
  return count;
}

guint
syl_import_result_get_n_warnings (SylImportResult *self)
{
  g_return_val_if_fail (SYL_IS_IMPORT_RESULT (self), 0);
  return self->warnings->len;
}

/**
 * syl_import_result_get_warning:
 * @index: from 0 to syl_import_result_get_n_warnings() - 1
 * @line: (out) (optional): the line of the input it concerns, from 1, or
 *   0 when it concerns no one line
 *
 * Warnings are in the order of their lines.
 *
 * Returns: the warning, translated
 */
const char *
syl_import_result_get_warning (SylImportResult *self,
                               guint            index,
                               guint           *line)
{
  Warning *warning;

  g_return_val_if_fail (SYL_IS_IMPORT_RESULT (self), NULL);
  g_return_val_if_fail (index < self->warnings->len, NULL);

  warning = &g_array_index (self->warnings, Warning, index);
  if (line != NULL)
    *line = warning->line;
  return warning->message;
}
