/* syl-node-pane.h: the editor of the selected node, beside the tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "syl-document.h"
#include "syl-search.h"

G_BEGIN_DECLS

#define SYL_TYPE_NODE_PANE (syl_node_pane_get_type ())

G_DECLARE_FINAL_TYPE (SylNodePane, syl_node_pane, SYL, NODE_PANE, GtkWidget)

void       syl_node_pane_set_document      (SylNodePane *self,
                                            SylDocument *document);
void       syl_node_pane_set_nodes         (SylNodePane *self,
                                            GPtrArray   *nodes);
void       syl_node_pane_set_read_only     (SylNodePane *self,
                                            gboolean     read_only);
GtkWidget *syl_node_pane_get_comments_view (SylNodePane *self);
gboolean   syl_node_pane_commit            (SylNodePane *self);
void       syl_node_pane_show_match        (SylNodePane          *self,
                                            const SylSearchMatch *match);
GtkWidget *syl_node_pane_get_match_widget  (SylNodePane          *self);

G_END_DECLS
