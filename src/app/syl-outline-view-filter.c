/* syl-outline-view-filter.c: showing only the sections with open comments
 *
 * The filter sits under GtkTreeListModel, not over it: every level of the
 * tree is a GtkFilterListModel of the node's children that keeps those
 * with open comments in their subtree, so a section stays with its
 * ancestors and the rows keep their depth.  The test reads a count that
 * every node keeps up to date, so filtering a large outline is cheap.
 *
 * While the filter is on, positions in the tree are no longer positions
 * among siblings, and a drop or Alt+↓ between two visible rows could land
 * among hidden ones.  Rather than guess, restructuring is off while the
 * filter is on, and the keys say so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-outline-view-private.h"

/* Whether moves, insertions and deletions are off. */
gboolean
_syl_outline_view_structure_frozen (SylOutlineView *self)
{
  return self->locked || self->read_only || self->filtering;
}

/* Why an edit of the outline is refused, for a toast, or %NULL.  The lock
 * says nothing: its button in the header bar shows it. */
const char *
_syl_outline_view_why_frozen (SylOutlineView *self)
{
  if (self->read_only)
    return _("Review mode: the outline cannot be changed, only commented on");
  if (self->filtering)
    return _("Sections cannot be moved while only those with open comments are shown");
  return NULL;
}

static gboolean
has_open_comments (gpointer item,
                   gpointer user_data)
{
  return syl_node_has_open_in_subtree (SYL_NODE (item));
}

/* The children of @node as the tree shows them. */
GListModel *
_syl_outline_view_child_model (SylOutlineView *self,
                               SylNode        *node)
{
  if (!self->filtering)
    return g_object_ref (G_LIST_MODEL (node));
  return G_LIST_MODEL (gtk_filter_list_model_new (g_object_ref (G_LIST_MODEL (node)),
                                                  g_object_ref (self->filter)));
}

static gboolean
find_position (GListModel *model,
               SylNode    *node,
               guint      *position)
{
  guint n = g_list_model_get_n_items (model);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylNode) item = g_list_model_get_item (model, i);

      if (item == node)
        {
          *position = i;
          return TRUE;
        }
    }
  return FALSE;
}

/**
 * _syl_outline_view_child_row:
 * @parent: (nullable): an expanded row, or %NULL for the top level
 *
 * Returns: (transfer full) (nullable): the row of @node, a child of
 *   @parent's node, or %NULL when the filter hides it
 */
GtkTreeListRow *
_syl_outline_view_child_row (SylOutlineView *self,
                             GtkTreeListRow *parent,
                             SylNode        *node)
{
  guint position = syl_node_get_index (node);

  if (self->filtering)
    {
      GListModel *model = parent ? gtk_tree_list_row_get_children (parent)
                                 : gtk_tree_list_model_get_model (self->tree_model);

      if (model == NULL || !find_position (model, node, &position))
        return NULL;
    }
  if (parent == NULL)
    return gtk_tree_list_model_get_child_row (self->tree_model, position);
  return gtk_tree_list_row_get_child_row (parent, position);
}

/* After every change: comments resolved, added or removed may show or
 * hide sections.  Unchanged levels emit nothing. */
void
_syl_outline_view_refilter (SylOutlineView *self)
{
  if (self->filtering && self->filter != NULL)
    gtk_filter_changed (self->filter, GTK_FILTER_CHANGE_DIFFERENT);
}

/* Every section with open comments is in sight: the rows above them open. */
static void
open_to_comments (SylNode *root)
{
  SylNodeIter iter;
  SylNode *node;

  syl_node_iter_init (&iter, root);
  while (syl_node_iter_next (&iter, &node))
    {
      /* Only subtrees with open comments need walking. */
      if (!syl_node_has_open_in_subtree (node))
        syl_node_iter_skip_children (&iter);
      else if (syl_node_count_open_in_subtree (node) > syl_node_count_open_annotations (node))
        syl_node_set_expanded (node, TRUE);
    }
}

/**
 * syl_outline_view_set_filter_open:
 * @filter: whether to show only sections with open comments, and their
 *   ancestors
 *
 * Turning the filter on opens the rows down to every section with open
 * comments.  While it is on, the structure cannot change.
 */
void
syl_outline_view_set_filter_open (SylOutlineView *self,
                                  gboolean        filter)
{
  g_return_if_fail (SYL_IS_OUTLINE_VIEW (self));

  if (self->filtering == !!filter)
    return;
  self->filtering = !!filter;
  if (self->filter == NULL)
    self->filter = GTK_FILTER (gtk_custom_filter_new (has_open_comments, NULL, NULL));
  if (self->filtering && self->document != NULL)
    open_to_comments (syl_document_get_root (self->document));
  _syl_outline_view_build_model (self);
  _syl_outline_view_update_actions (self);
}
