/* syl-print-operation.h: printing an outline, pages as the PDF has them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "syl-document.h"
#include "syl-export.h"

G_BEGIN_DECLS

#define SYL_TYPE_PRINT_OPERATION (syl_print_operation_get_type ())

G_DECLARE_FINAL_TYPE (SylPrintOperation, syl_print_operation, SYL, PRINT_OPERATION,
                      GtkPrintOperation)

SylPrintOperation *syl_print_operation_new          (SylDocument       *document,
                                                     SylExportFlags     flags);
void               syl_print_operation_set_progress (SylPrintOperation *self,
                                                     GCancellable      *cancellable,
                                                     SylProgressFunc    progress,
                                                     gpointer           progress_data);
guint              syl_print_operation_get_n_slices (SylPrintOperation *self);

G_END_DECLS
