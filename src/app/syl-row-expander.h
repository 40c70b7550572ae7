/* syl-row-expander.h: the indentation and arrow of an outline row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SYL_TYPE_ROW_EXPANDER (syl_row_expander_get_type ())

G_DECLARE_FINAL_TYPE (SylRowExpander, syl_row_expander, SYL, ROW_EXPANDER, GtkWidget)

GtkWidget *syl_row_expander_new          (void);
GtkWidget *syl_row_expander_get_child    (SylRowExpander *self);
void       syl_row_expander_set_child    (SylRowExpander *self,
                                          GtkWidget      *child);
guint      syl_row_expander_get_depth    (SylRowExpander *self);
void       syl_row_expander_set_depth    (SylRowExpander *self,
                                          guint           depth);
gboolean   syl_row_expander_get_expanded (SylRowExpander *self);
void       syl_row_expander_set_expanded (SylRowExpander *self,
                                          gboolean        expanded);
gboolean   syl_row_expander_get_leaf     (SylRowExpander *self);
void       syl_row_expander_set_leaf     (SylRowExpander *self,
                                          gboolean        leaf);

G_END_DECLS
