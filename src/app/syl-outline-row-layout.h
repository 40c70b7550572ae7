/* syl-outline-row-layout.h: lays out the parts of an outline row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SYL_TYPE_OUTLINE_ROW_LAYOUT (syl_outline_row_layout_get_type ())

G_DECLARE_FINAL_TYPE (SylOutlineRowLayout, syl_outline_row_layout, SYL, OUTLINE_ROW_LAYOUT,
                      GtkLayoutManager)

GtkLayoutManager *syl_outline_row_layout_new (GtkWidget  *title,
                                              GtkWidget  *yielding,
                                              GtkWidget  *column,
                                              const char *column_sample);

G_END_DECLS
