/* syl-import.h: outlines from plain text, Markdown, OPML, PDF, Word and
 * OpenDocument
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "syl-document.h"
#include "syl-progress.h"

G_BEGIN_DECLS

typedef enum
{
  SYL_IMPORT_FORMAT_AUTO,
  SYL_IMPORT_FORMAT_TEXT,
  SYL_IMPORT_FORMAT_MARKDOWN,
  SYL_IMPORT_FORMAT_OPML,
  SYL_IMPORT_FORMAT_PDF,
  SYL_IMPORT_FORMAT_DOCX,
  SYL_IMPORT_FORMAT_ODT,
} SylImportFormat;

#define SYL_TYPE_IMPORT_RESULT (syl_import_result_get_type ())

G_DECLARE_FINAL_TYPE (SylImportResult, syl_import_result, SYL, IMPORT_RESULT, GObject)

/* An import reads a whole file into a result, which changes nothing: the
 * result can be looked at (a preview), turned into a new document, or
 * inserted into an open one as a single step of its history. */

SylImportResult    *syl_import_bytes                   (GBytes           *bytes,
                                                        SylImportFormat   format,
                                                        const char       *encoding,
                                                        const char       *file_name_hint,
                                                        GError          **error);
SylImportResult    *syl_import_file                    (GFile            *file,
                                                        SylImportFormat   format,
                                                        const char       *encoding,
                                                        GCancellable     *cancellable,
                                                        GError          **error);
SylImportResult    *syl_import_bytes_full              (GBytes           *bytes,
                                                        SylImportFormat   format,
                                                        const char       *encoding,
                                                        const char       *file_name_hint,
                                                        GCancellable     *cancellable,
                                                        SylProgressFunc   progress,
                                                        gpointer          progress_data,
                                                        GError          **error);
SylImportResult    *syl_import_file_full               (GFile            *file,
                                                        SylImportFormat   format,
                                                        const char       *encoding,
                                                        GCancellable     *cancellable,
                                                        SylProgressFunc   progress,
                                                        gpointer          progress_data,
                                                        GError          **error);

const char         *syl_import_format_to_string        (SylImportFormat   format);
gboolean            syl_import_format_from_string      (const char       *string,
                                                        SylImportFormat  *format);

SylImportFormat     syl_import_result_get_format       (SylImportResult  *self);
const char         *syl_import_result_get_encoding     (SylImportResult  *self);
const char         *syl_import_result_get_title        (SylImportResult  *self);
const char         *syl_import_result_get_subtitle     (SylImportResult  *self);
const char         *syl_import_result_get_description  (SylImportResult  *self);
const char         *syl_import_result_get_language     (SylImportResult  *self);
GListModel         *syl_import_result_get_authors      (SylImportResult  *self);
GListModel         *syl_import_result_get_nodes        (SylImportResult  *self);
guint               syl_import_result_count_nodes      (SylImportResult  *self);
guint               syl_import_result_get_n_warnings   (SylImportResult  *self);
const char         *syl_import_result_get_warning      (SylImportResult  *self,
                                                        guint             index,
                                                        guint            *line);

/* What became of each line of the input, for a preview that explains the
 * import before it happens.  Every text format fills it (text, Markdown,
 * and the formats read as text); a line no importer spoke for is
 * %SYL_IMPORT_LINE_DROPPED, or %SYL_IMPORT_LINE_BLANK when blank. */
typedef enum
{
  SYL_IMPORT_LINE_BLANK,          /* empty, or only white space */
  SYL_IMPORT_LINE_NODE,           /* starts a node, at its depth */
  SYL_IMPORT_LINE_CONTINUATION,   /* the rest of the title of the node before */
  SYL_IMPORT_LINE_NOTES,          /* in the notes of the node at its depth */
  SYL_IMPORT_LINE_OBJECTIVES,     /* an objective of the node at its depth */
  SYL_IMPORT_LINE_LABEL,          /* a heading such as “Objectives” over them */
  SYL_IMPORT_LINE_TITLE_BLOCK,    /* the course's title, authors, description */
  SYL_IMPORT_LINE_CONTENTS,       /* the contents page */
  SYL_IMPORT_LINE_FURNITURE,      /* running header or footer, page number */
  SYL_IMPORT_LINE_DROPPED,        /* read and left out, as decoration */
} SylImportLineRole;

/* What lists under headings become, where a document could mean either. */
typedef enum
{
  SYL_IMPORT_LISTS_AUTO,          /* as the document suggests */
  SYL_IMPORT_LISTS_SECTIONS,      /* nodes below the heading */
  SYL_IMPORT_LISTS_NOTES,         /* the heading's notes */
} SylImportLists;

guint               syl_import_result_get_n_lines      (SylImportResult  *self);
SylImportLineRole   syl_import_result_get_line         (SylImportResult  *self,
                                                        guint             index,
                                                        guint            *depth,
                                                        const char      **text);
const char         *syl_import_line_role_to_string     (SylImportLineRole role);
gboolean            syl_import_result_get_lists_ambiguous (SylImportResult *self);
SylImportLists      syl_import_result_get_lists        (SylImportResult  *self);
SylImportLists      syl_import_result_get_lists_option (SylImportResult  *self);
SylImportResult    *syl_import_result_reread           (SylImportResult  *self,
                                                        SylImportLists    lists,
                                                        GError          **error);

SylDocument        *syl_import_result_create_document  (SylImportResult  *self);
gboolean            syl_import_result_insert           (SylImportResult  *self,
                                                        SylDocument      *document,
                                                        SylNode          *parent,
                                                        guint             index,
                                                        GError          **error);

G_END_DECLS
