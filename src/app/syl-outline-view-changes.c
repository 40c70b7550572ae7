/* syl-outline-view-changes.c: how the list hears of changes to the tree
 *
 * Rows that come back closed though their nodes are open, as every moved
 * row does, are opened again, and the list hears of all of them as one
 * change (_syl_outline_view_flush_expand()).
 *
 * A move is a removal and an insertion in the document, and GtkTreeListModel
 * reports them apart, then each row that opens again.  GTK 4.8's list view
 * throws away the row widgets of removed items at once, so a moved chapter
 * got new row widgets for all its open rows, each built, styled and
 * measured again: most of what a move cost in the window.
 *
 * From the first change of a step to its end, the view's SylBatchModel holds
 * the changes back and then reports them as one.  The list's items are the
 * nodes themselves, so the items of a moved chapter are among both the
 * removed and the added items of that one change, and the list view gives
 * them their row widgets back.
 *
 * While a step is held back, the list's positions and its selection are
 * those from before the step.  The selection is saved when the step begins,
 * answers syl_outline_view_get_selected_nodes() meanwhile, and is put back
 * when the step ends, since a change that covers selected rows unselects
 * them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-outline-view-private.h"

static gboolean
expand_idle_cb (gpointer user_data)
{
  SylOutlineView *self = user_data;

  self->expand_idle = 0;
  _syl_outline_view_flush_expand (self);
  return G_SOURCE_REMOVE;
}

/* Rows that were just added collapsed, though their nodes were open. */
void
_syl_outline_view_tree_changed_cb (SylOutlineView *self,
                                   guint           position,
                                   guint           removed,
                                   guint           added,
                                   GListModel     *model)
{
  /* Queued last row first and taken from the end, the rows reopen depth
   * first: a row's children open before its next sibling, so fewer rows
   * that the list has bound move for each one that opens.  The list rows
   * themselves are queued: a row keeps its place through the rows that
   * open above it, and finding it again from the node, from the top of
   * the tree down, was nearly a third of reopening a chapter's thousands. */
  for (guint i = position + added; i > position; i--)
    {
      g_autoptr(SylNode) node = g_list_model_get_item (model, i - 1);
      g_autoptr(GtkTreeListRow) row = NULL;

      /* Most rows are closed: their row objects need not be made. */
      if (!syl_node_get_expanded (node))
        continue;
      row = gtk_tree_list_model_get_row (GTK_TREE_LIST_MODEL (model), i - 1);
      if (!gtk_tree_list_row_get_expanded (row))
        g_ptr_array_add (self->pending_expand, g_steal_pointer (&row));
    }

  if (self->pending_expand->len > 0 && self->expand_idle == 0)
    self->expand_idle = g_idle_add (expand_idle_cb, self);
}

/* Queues the rows under the open @row that are closed though their nodes
 * are open, for _syl_outline_view_flush_expand(). */
void
_syl_outline_view_queue_reopen (SylOutlineView *self,
                                GtkTreeListRow *row)
{
  GListModel *model = G_LIST_MODEL (self->tree_model);
  guint n = g_list_model_get_n_items (model);
  guint depth = gtk_tree_list_row_get_depth (row);
  guint start = gtk_tree_list_row_get_position (row) + 1;
  guint end = start;

  for (; end < n; end++)
    {
      g_autoptr(GtkTreeListRow) below = gtk_tree_list_model_get_row (self->tree_model, end);

      if (gtk_tree_list_row_get_depth (below) <= depth)
        break;
    }
  _syl_outline_view_tree_changed_cb (self, start, 0, end - start, model);
}

static void
reopen_pending (SylOutlineView *self)
{
  /* Opening a row adds its children, which may add more to open. */
  while (self->pending_expand->len > 0)
    {
      g_autoptr(GtkTreeListRow) row = g_ptr_array_steal_index (self->pending_expand,
                                                               self->pending_expand->len - 1);
      g_autoptr(SylNode) node = gtk_tree_list_row_get_item (row);

      /* A row whose node left the list, or whose list was built anew, has
       * no item any more. */
      if (node == NULL || syl_node_get_parent (node) == NULL || !syl_node_get_expanded (node))
        continue;
      gtk_tree_list_row_set_expanded (row, TRUE);
    }
}

/* Reopens the rows that came back collapsed.  GTK 4.8's list view moves,
 * rebinds and measures rows for every change it hears of, and a moved
 * chapter may have thousands of open rows: it hears of them all as one
 * change, once they are open. */
void
_syl_outline_view_flush_expand (SylOutlineView *self)
{
  if (self->pending_expand->len == 0)
    return;
  if (self->batch != NULL)
    syl_batch_model_freeze (self->batch);
  reopen_pending (self);
  if (self->batch != NULL)
    syl_batch_model_thaw (self->batch);
}


static gboolean
end_step_idle_cb (gpointer user_data)
{
  SylOutlineView *self = user_data;

  self->step_idle = 0;
  _syl_outline_view_end_step (self);
  return G_SOURCE_REMOVE;
}

/* The rows on screen that the step leaves alone stay where they are. */
static void
hold_still (SylOutlineView *self)
{
  g_autoptr(GPtrArray) changing = syl_history_dup_step_nodes (syl_document_get_history (self->document));

  for (guint i = 0; i < self->step_selection->len; i++)
    g_ptr_array_add (changing, g_object_ref (g_ptr_array_index (self->step_selection, i)));
  _syl_outline_view_hold_still (self, changing);
}

/* The history is about to change the document.  Called for every command
 * of a step; only the first one holds the list back. */
void
_syl_outline_view_begin_step (SylOutlineView *self)
{
  GHashTableIter iter;
  gpointer row;

  if (self->step_batch != NULL || self->batch == NULL)
    return;

  self->step_selection = syl_outline_view_get_selected_nodes (self);
  hold_still (self);
  self->step_rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    {
      syl_outline_row_pause (row);
      g_ptr_array_add (self->step_rows, g_object_ref (row));
    }
  self->step_batch = g_object_ref (self->batch);
  syl_batch_model_freeze (self->step_batch);
  /* A step always ends with SylHistory::applied.  Should one ever not, the
   * list must still hear of the change before it lays itself out. */
  self->step_idle = g_idle_add_full (G_PRIORITY_HIGH, end_step_idle_cb, self, NULL);
}

/* Selects the rows of @nodes that are in the list, without opening,
 * scrolling or moving the focus. */
static void
reselect (SylOutlineView *self,
          GPtrArray      *nodes)
{
  g_autoptr(GtkBitset) wanted = gtk_bitset_new_empty ();
  g_autoptr(GtkBitset) all = NULL;
  g_autoptr(GtkBitset) now = NULL;

  for (guint i = 0; i < nodes->len; i++)
    {
      g_autoptr(GtkTreeListRow) row = _syl_outline_view_row_for_node (self, g_ptr_array_index (nodes, i),
                                                                      FALSE);

      if (row != NULL)
        gtk_bitset_add (wanted, gtk_tree_list_row_get_position (row));
    }
  now = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  if (gtk_bitset_equals (now, wanted))
    return;
  all = gtk_bitset_new_range (0, g_list_model_get_n_items (G_LIST_MODEL (self->tree_model)));
  gtk_selection_model_set_selection (GTK_SELECTION_MODEL (self->selection), wanted, all);
}

/* The step is over: the list hears of all of it at once, and the rows that
 * were selected are again.  A list built anew meanwhile, as when the
 * document or the filter changed, has its own selection. */
void
_syl_outline_view_end_step (SylOutlineView *self)
{
  g_autoptr(GPtrArray) selected = g_steal_pointer (&self->step_selection);
  g_autoptr(GPtrArray) rows = g_steal_pointer (&self->step_rows);
  g_autoptr(SylBatchModel) batch = g_steal_pointer (&self->step_batch);

  g_clear_handle_id (&self->step_idle, g_source_remove);
  if (batch == NULL)
    return;
  /* The list binds the row widgets of moved nodes to their new list rows
   * first, and only then do the expanders hear of their rows again. */
  syl_batch_model_thaw (batch);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    syl_outline_row_resume (g_ptr_array_index (rows, i));
  if (batch == self->batch && selected != NULL)
    reselect (self, selected);
}
