/* syl-outline-view-changes.c: how the list hears of changes to the tree
 *
 * A move is a removal and an insertion in the document.  GTK 4.8's list
 * view throws away the row widgets of removed items at once, so a moved
 * chapter heard of as a removal would get new row widgets for all its
 * rows on screen, each built, styled and measured again.
 *
 * From the first change of a step to its end, the view holds its rows
 * (syl_outline_rows_hold()), which then report the rows that differ as
 * one change.  The list's items are the nodes themselves, so the items of
 * a moved chapter are among both the removed and the added items of that
 * one change, and the list view gives them their row widgets back.
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

  if (self->step_held != NULL || self->rows == NULL)
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
  self->step_held = g_object_ref (self->rows);
  syl_outline_rows_hold (self->step_held);
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
      guint position = _syl_outline_view_position_of (self, g_ptr_array_index (nodes, i), FALSE);

      if (position != GTK_INVALID_LIST_POSITION)
        gtk_bitset_add (wanted, position);
    }
  now = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  if (gtk_bitset_equals (now, wanted))
    return;
  all = gtk_bitset_new_range (0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)));
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
  g_autoptr(SylOutlineRows) held = g_steal_pointer (&self->step_held);

  g_clear_handle_id (&self->step_idle, g_source_remove);
  if (held == NULL)
    return;
  /* The list binds the row widgets of moved nodes at their new places
   * first, and only then do the rows tell a screen reader what they say. */
  syl_outline_rows_release (held);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    syl_outline_row_resume (g_ptr_array_index (rows, i));
  if (held == self->rows && selected != NULL)
    reselect (self, selected);
}
