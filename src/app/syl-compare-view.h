/* syl-compare-view.h: the outline with its changes, in compare mode
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "syl-compare-model.h"

G_BEGIN_DECLS

#define SYL_TYPE_COMPARE_VIEW (syl_compare_view_get_type ())

G_DECLARE_FINAL_TYPE (SylCompareView, syl_compare_view, SYL, COMPARE_VIEW, GtkWidget)

GtkWidget     *syl_compare_view_new           (SylDiff        *diff,
                                               GListStore     *rows);
guint          syl_compare_view_get_n_steps   (SylCompareView *self);
gboolean       syl_compare_view_step          (SylCompareView *self,
                                               gboolean        forward);
SylCompareRow *syl_compare_view_get_selected  (SylCompareView *self);
guint          syl_compare_view_get_selected_position
                                              (SylCompareView *self);
GListModel    *syl_compare_view_get_rows      (SylCompareView *self);
GtkWidget     *syl_compare_view_get_tree      (SylCompareView *self);
GtkWidget     *syl_compare_view_reveal_row    (SylCompareView *self,
                                               guint           position);
GtkListBox    *syl_compare_view_get_changes   (SylCompareView *self);
GtkTextView   *syl_compare_view_get_notes     (SylCompareView *self,
                                               gboolean        old);

G_END_DECLS
