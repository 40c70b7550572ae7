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

/* The parts of the editor that syl_node_pane_focus_field() goes to. */
typedef enum
{
  SYL_NODE_FIELD_TITLE,
  SYL_NODE_FIELD_DURATION,
  SYL_NODE_FIELD_NOTES,
  SYL_NODE_FIELD_OBJECTIVES,
  SYL_NODE_FIELD_COMMENTS,
} SylNodeField;

G_DECLARE_FINAL_TYPE (SylNodePane, syl_node_pane, SYL, NODE_PANE, GtkWidget)

void       syl_node_pane_set_document      (SylNodePane *self,
                                            SylDocument *document);
void       syl_node_pane_set_nodes         (SylNodePane *self,
                                            GPtrArray   *nodes);
void       syl_node_pane_set_read_only     (SylNodePane *self,
                                            gboolean     read_only);
GtkWidget *syl_node_pane_get_comments_view (SylNodePane *self);
gboolean   syl_node_pane_commit            (SylNodePane *self);
gboolean   syl_node_pane_focus_field       (SylNodePane *self,
                                            SylNodeField field);
void       syl_node_pane_show_match        (SylNodePane          *self,
                                            const SylSearchMatch *match);
GtkWidget *syl_node_pane_get_match_widget  (SylNodePane          *self);

G_END_DECLS
