/* syl-outline-view-filter.c: showing only some sections: those with open
 * comments, those a search found, or those that are both
 *
 * The rows (SylOutlineRows) leave out the nodes that fail the filter,
 * with their subtrees, so a section stays with its ancestors and the rows
 * keep their depth.  There is one filter for all:
 * "open comments" reads a count that every node keeps up to date, and
 * "these nodes" a set that the find bar gives, of its matches and their
 * ancestors; so filtering a large outline is cheap, and turning one on or
 * off leaves the other as it is.
 *
 * While a filter is on, positions in the tree are no longer positions
 * among siblings, and a drop or Alt+↓ between two visible rows could land
 * among hidden ones.  Rather than guess, restructuring is off while a
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
  if (self->filter_open)
    return _("Sections cannot be moved while only those with open comments are shown");
  if (self->filter_nodes != NULL)
    return _("Sections cannot be moved while only those that match are shown");
  return NULL;
}

/* Whether a node passes every filter that is on. */
gboolean
_syl_outline_view_keeps_node (SylNode  *node,
                              gpointer  user_data)
{
  SylOutlineView *self = user_data;

  if (self->filter_open && !syl_node_has_open_in_subtree (node))
    return FALSE;
  return self->filter_nodes == NULL || g_hash_table_contains (self->filter_nodes, node);
}

/* After every change: comments resolved, added or removed may show or
 * hide sections, and the rows that open to them.  The list hears only of
 * the rows that differ. */
void
_syl_outline_view_refilter (SylOutlineView *self)
{
  if (self->filtering && self->rows != NULL)
    syl_outline_rows_refresh (self->rows, NULL);
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

/* Every node of the set is in sight: the rows above them open. */
static void
open_to_nodes (GHashTable *nodes)
{
  GHashTableIter iter;
  gpointer node;

  g_hash_table_iter_init (&iter, nodes);
  while (g_hash_table_iter_next (&iter, &node, NULL))
    {
      SylNode *parent = syl_node_get_parent (node);

      if (parent != NULL && !syl_node_is_root (parent))
        syl_node_set_expanded (parent, TRUE);
    }
}

/* Applies the filters after one of them changed: turning filtering on or
 * off builds the tree again, a change while it stays on only filters
 * again. */
static void
apply_filters (SylOutlineView *self)
{
  gboolean was_filtering = self->filtering;

  self->filtering = self->filter_open || self->filter_nodes != NULL;
  if (self->filtering != was_filtering)
    _syl_outline_view_build_model (self);
  else
    _syl_outline_view_refilter (self);
  _syl_outline_view_update_actions (self);
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

  if (self->filter_open == !!filter)
    return;
  self->filter_open = !!filter;
  if (self->filter_open && self->document != NULL)
    open_to_comments (syl_document_get_root (self->document));
  apply_filters (self);
}

/**
 * syl_outline_view_set_filter_nodes:
 * @nodes: (nullable) (element-type SylNode SylNode): the nodes to show, as
 *   the keys of a set: a search's matches and all their ancestors; %NULL
 *   to show every node again
 *
 * Shows only the nodes of @nodes, with the rows down to each of them
 * opened, and with open comments only if that filter is on too.  While
 * it is on, the structure cannot change.  The view keeps a reference to
 * @nodes, which must not change afterwards: a new set is given anew.
 */
void
syl_outline_view_set_filter_nodes (SylOutlineView *self,
                                   GHashTable     *nodes)
{
  g_return_if_fail (SYL_IS_OUTLINE_VIEW (self));

  if (nodes == self->filter_nodes)
    return;
  if (nodes != NULL)
    g_hash_table_ref (nodes);
  g_clear_pointer (&self->filter_nodes, g_hash_table_unref);
  self->filter_nodes = nodes;
  if (nodes != NULL)
    open_to_nodes (nodes);
  apply_filters (self);
}
