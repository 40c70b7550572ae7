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

static void
forget_resume_clock (SylOutlineView *self)
{
  /* A window that goes away disposes of its frame clock, and with it of
   * the handler. */
  if (self->resume_paint != 0 && g_signal_handler_is_connected (self->resume_clock, self->resume_paint))
    g_signal_handler_disconnect (self->resume_clock, self->resume_paint);
  self->resume_paint = 0;
  g_clear_object (&self->resume_clock);
}

static void
cancel_resume (SylOutlineView *self)
{
  forget_resume_clock (self);
  g_clear_handle_id (&self->resume_idle, g_source_remove);
}

/**
 * _syl_outline_view_resume_rows:
 *
 * Lets the rows paused through the last steps tell a screen reader what
 * they say now, each once.
 */
void
_syl_outline_view_resume_rows (SylOutlineView *self)
{
  g_autoptr(GPtrArray) rows = g_steal_pointer (&self->paused_rows);

  cancel_resume (self);
  for (guint i = 0; rows != NULL && i < rows->len; i++)
    syl_outline_row_resume (g_ptr_array_index (rows, i));
}

static gboolean
resume_idle_cb (gpointer user_data)
{
  SylOutlineView *self = user_data;

  self->resume_idle = 0;
  _syl_outline_view_resume_rows (self);
  return G_SOURCE_REMOVE;
}

/* The frame is painted; the rows speak when nothing more urgent waits. */
static void
resume_after_paint_cb (SylOutlineView *self)
{
  forget_resume_clock (self);
  self->resume_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, resume_idle_cb, self, NULL);
}

/* A move renumbers every row below it, and what a screen reader hears of
 * each (its label, sent on the accessibility bus) was a tenth of the work
 * before the step's frame.  The rows tell it once the window has painted
 * the step; the next step, should it come first, takes the paused rows
 * over.  A window not on screen paints nothing to wait for. */
static void
resume_after_paint (SylOutlineView *self)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (self));

  if (self->resume_paint != 0 || self->resume_idle != 0)
    return;
  if (clock == NULL)
    {
      _syl_outline_view_resume_rows (self);
      return;
    }
  self->resume_clock = g_object_ref (clock);
  self->resume_paint = g_signal_connect_swapped (clock, "after-paint",
                                                 G_CALLBACK (resume_after_paint_cb), self);
  gdk_frame_clock_request_phase (clock, GDK_FRAME_CLOCK_PHASE_PAINT);
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
  /* Rows still paused from the step before are resumed after this one. */
  cancel_resume (self);
  if (self->paused_rows == NULL)
    self->paused_rows = g_ptr_array_new_with_free_func (g_object_unref);
  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    {
      if (syl_outline_row_get_paused (row))
        continue;
      syl_outline_row_pause (row);
      g_ptr_array_add (self->paused_rows, g_object_ref (row));
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
  g_autoptr(SylOutlineRows) held = g_steal_pointer (&self->step_held);

  g_clear_handle_id (&self->step_idle, g_source_remove);
  if (held == NULL)
    return;
  syl_outline_rows_release (held);
  if (held == self->rows && selected != NULL)
    reselect (self, selected);
  if (self->paused_rows != NULL)
    resume_after_paint (self);
}
