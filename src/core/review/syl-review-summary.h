/* syl-review-summary.h: every open comment of an outline, for the author
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-document.h"
#include "syl-progress.h"

G_BEGIN_DECLS

typedef enum
{
  SYL_REVIEW_FORMAT_MARKDOWN,
  SYL_REVIEW_FORMAT_HTML,
} SylReviewFormat;

char     *syl_review_summary             (SylDocument     *document,
                                          SylReviewFormat  format);
char     *syl_review_summary_full        (SylDocument     *document,
                                          SylReviewFormat  format,
                                          GCancellable    *cancellable,
                                          SylProgressFunc  progress,
                                          gpointer         progress_data,
                                          GError         **error);
gboolean  syl_review_format_from_string  (const char      *string,
                                          SylReviewFormat *format);
gboolean  syl_review_format_for_filename (const char      *filename,
                                          SylReviewFormat *format);

G_END_DECLS
