/* syl-pdf.h: an outline as a PDF file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-document.h"
#include "syl-export.h"

G_BEGIN_DECLS

/* ISO A4, in points. */
#define SYL_PDF_A4_WIDTH  595.276
#define SYL_PDF_A4_HEIGHT 841.890

GBytes *syl_pdf_render_document      (SylDocument     *document,
                                      SylExportFlags   flags,
                                      double           width,
                                      double           height,
                                      GError         **error);
GBytes *syl_pdf_render_document_full (SylDocument     *document,
                                      SylExportFlags   flags,
                                      double           width,
                                      double           height,
                                      GCancellable    *cancellable,
                                      SylProgressFunc  progress,
                                      gpointer         progress_data,
                                      GError         **error);

G_END_DECLS
