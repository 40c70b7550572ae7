/* syl-find-bar.h: finding a word in the whole course, above the tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "syl-node-pane.h"
#include "syl-outline-view.h"

G_BEGIN_DECLS

#define SYL_TYPE_FIND_BAR (syl_find_bar_get_type ())

G_DECLARE_FINAL_TYPE (SylFindBar, syl_find_bar, SYL, FIND_BAR, GtkWidget)

void        syl_find_bar_set_views       (SylFindBar     *self,
                                          SylOutlineView *view,
                                          SylNodePane    *pane);
void        syl_find_bar_set_document    (SylFindBar     *self,
                                          SylDocument    *document);
void        syl_find_bar_open            (SylFindBar     *self);
void        syl_find_bar_close           (SylFindBar     *self);
gboolean    syl_find_bar_get_open        (SylFindBar     *self);
void        syl_find_bar_go              (SylFindBar     *self,
                                          gboolean        forward);
gboolean    syl_find_bar_is_searching    (SylFindBar     *self);
guint       syl_find_bar_get_n_matches   (SylFindBar     *self);
const char *syl_find_bar_get_status      (SylFindBar     *self);
GtkWidget  *syl_find_bar_get_entry       (SylFindBar     *self);
GtkWidget  *syl_find_bar_get_filter_button (SylFindBar   *self);

G_END_DECLS
