/* syl-check-row.h: one row of the Course Check panel
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SYL_TYPE_CHECK_ROW (syl_check_row_get_type ())

G_DECLARE_FINAL_TYPE (SylCheckRow, syl_check_row, SYL, CHECK_ROW, GtkWidget)

GtkWidget *syl_check_row_new      (void);
void       syl_check_row_set_item (SylCheckRow *self,
                                   GObject     *item);

G_END_DECLS
