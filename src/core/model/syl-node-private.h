/* syl-node-private.h: the fields of a node, shared by its two files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-model-private.h"

G_BEGIN_DECLS

struct _SylNode
{
  GObject      parent_instance;

  char        *id;
  char        *title;
  char        *notes;
  char       **objectives;
  GListStore  *examples;
  GListStore  *annotations;
  SylNodeKind  kind;
  int          duration_minutes;
  guint        optional : 1;
  guint        expanded : 1;
  guint        is_root : 1;

  /* The tree.  The parent is not owned; the index is this node's position
   * among its siblings, kept up to date so that numbering a node only walks
   * up to the root, never across the document. */
  SylNode     *parent;
  guint        index;
  GPtrArray   *children;

  /* Open (unresolved) comments on this node, and on it and all its
   * descendants together, kept up to date on every change so that the
   * tree's badges, its filter and F8 never walk the document. */
  guint        open_here;
  guint        open_in_subtree;

  /* The time the node takes, rolled up as syl_node_get_total_minutes()
   * says, and the sum and number of its children's times that are known:
   * kept up to date on every change, so that the totals a view shows after
   * each step never walk the document. */
  gint64       total_minutes;
  gint64       children_minutes;
  guint        n_timed_children;
};

void _syl_node_notify_open  (SylNode *self,
                             gboolean subtree);
void _syl_node_update_total (SylNode *self);
void _syl_node_notify_total (SylNode *self);

G_END_DECLS
