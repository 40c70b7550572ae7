/* syl-export.h: an outline as Markdown, plain text, OPML or HTML
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-document.h"
#include "syl-progress.h"

G_BEGIN_DECLS

typedef enum
{
  SYL_EXPORT_FORMAT_MARKDOWN,
  SYL_EXPORT_FORMAT_TEXT,
  SYL_EXPORT_FORMAT_OPML,
  SYL_EXPORT_FORMAT_HTML,
} SylExportFormat;

/* What an export includes besides the numbered titles.  Plain text and
 * OPML have no place for some of them: see syl-export.c. */
typedef enum /*< flags >*/
{
  SYL_EXPORT_NONE        = 0,
  SYL_EXPORT_NOTES       = 1 << 0,
  SYL_EXPORT_OBJECTIVES  = 1 << 1,
  SYL_EXPORT_EXAMPLES    = 1 << 2,
  SYL_EXPORT_ANNOTATIONS = 1 << 3,
  SYL_EXPORT_DURATIONS   = 1 << 4,
} SylExportFlags;

/* Everything a reader of the course needs; reviewers' comments only on
 * request, since they are usually not meant for the audience. */
#define SYL_EXPORT_DEFAULT (SYL_EXPORT_NOTES | SYL_EXPORT_OBJECTIVES | \
                            SYL_EXPORT_EXAMPLES | SYL_EXPORT_DURATIONS)
#define SYL_EXPORT_ALL     (SYL_EXPORT_DEFAULT | SYL_EXPORT_ANNOTATIONS)

GBytes     *syl_export_document             (SylDocument      *document,
                                             SylExportFormat   format,
                                             SylExportFlags    flags,
                                             GError          **error);
GBytes     *syl_export_document_full        (SylDocument      *document,
                                             SylExportFormat   format,
                                             SylExportFlags    flags,
                                             GCancellable     *cancellable,
                                             SylProgressFunc   progress,
                                             gpointer          progress_data,
                                             GError          **error);
gboolean    syl_export_check_document       (SylDocument      *document,
                                             GError          **error);

const char *syl_export_format_to_string     (SylExportFormat   format);
gboolean    syl_export_format_from_string   (const char       *string,
                                             SylExportFormat  *format);
const char *syl_export_format_get_extension (SylExportFormat   format);
char       *syl_export_suggest_file_name    (SylDocument      *document,
                                             const char       *extension);
char       *syl_export_suggest_summary_name (SylDocument      *document,
                                             const char       *extension);

G_END_DECLS
