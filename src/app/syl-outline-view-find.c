/* syl-outline-view-find.c: the rows show what the find bar looks for
 *
 * The find bar gives the view its word, and each row finds the word in
 * its own node when it is bound (see syl-outline-row.c): a few hundred
 * nodes at most, whatever the size of the outline, so the rows show the
 * matches at once while the bar is still searching the rest.  When the
 * word changes, the rows on screen show it at once and the others the
 * list keeps bound a few in each frame after.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-outline-view-private.h"

/* How many of the rows bound off screen show the word in a frame. */
#define ROWS_PER_FRAME 10

static gboolean
on_screen (SylOutlineView *self,
           GtkWidget      *row)
{
  GtkWidget *item = gtk_widget_get_parent (row);
  graphene_rect_t bounds;

  if (item == NULL || !gtk_widget_get_child_visible (item) ||
      !gtk_widget_compute_bounds (row, GTK_WIDGET (self->list_view), &bounds))
    return FALSE;
  return bounds.origin.y + bounds.size.height >= 0 &&
         bounds.origin.y <= gtk_widget_get_height (GTK_WIDGET (self->list_view));
}

static gboolean
highlight_later_cb (GtkWidget     *widget,
                    GdkFrameClock *clock,
                    gpointer       user_data)
{
  SylOutlineView *self = user_data;
  guint done = 0;

  /* Rows scrolled into view since go first, then a few others. */
  for (guint i = self->highlight_later->len; i > 0; i--)
    {
      SylOutlineRow *row = g_ptr_array_index (self->highlight_later, i - 1);

      if (!on_screen (self, GTK_WIDGET (row)) && done >= ROWS_PER_FRAME)
        continue;
      /* A row bound since showed the word then. */
      if (g_hash_table_contains (self->bound_rows, row))
        syl_outline_row_set_highlight (row, self->highlight);
      g_ptr_array_remove_index (self->highlight_later, i - 1);
      done++;
    }
  if (self->highlight_later->len > 0)
    return G_SOURCE_CONTINUE;
  self->highlight_tick = 0;
  return G_SOURCE_REMOVE;
}

/* The rows on screen show the word at once.  The list keeps a few
 * hundred rows bound, most of them off screen, and a title whose
 * highlight changes is laid out again: those follow a few in each frame,
 * so that no frame lays out them all. */
static void
refresh_rows (SylOutlineView *self)
{
  GHashTableIter iter;
  gpointer row;

  g_ptr_array_set_size (self->highlight_later, 0);
  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    {
      if (on_screen (self, row))
        syl_outline_row_set_highlight (row, self->highlight);
      else
        g_ptr_array_add (self->highlight_later, g_object_ref (row));
    }
  if (self->highlight_later->len > 0 && self->highlight_tick == 0)
    self->highlight_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view),
                                                         highlight_later_cb, self, NULL);
}

void
_syl_outline_view_clear_highlight (SylOutlineView *self)
{
  if (self->highlight_tick != 0 && self->list_view != NULL)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->list_view), self->highlight_tick);
  self->highlight_tick = 0;
  if (self->highlight_later != NULL)
    g_ptr_array_set_size (self->highlight_later, 0);
  g_clear_pointer (&self->highlight, syl_search_free);
}

/**
 * syl_outline_view_set_highlight:
 * @word: (nullable): the word to highlight, or %NULL or "" for none
 *
 * Highlights @word in the rows' titles, and marks the rows whose other
 * texts (notes, objectives, examples, comments) contain it.  Setting the
 * same word again looks at the rows again, after the document changed.
 */
void
syl_outline_view_set_highlight (SylOutlineView *self,
                                const char     *word)
{
  g_return_if_fail (SYL_IS_OUTLINE_VIEW (self));
  g_return_if_fail (word == NULL || g_utf8_validate (word, -1, NULL));

  g_clear_pointer (&self->highlight, syl_search_free);
  if (word != NULL && *word != '\0' && self->document != NULL)
    self->highlight = syl_search_new (self->document, word, SYL_SEARCH_ALL);
  refresh_rows (self);
}

/**
 * syl_outline_view_get_highlight:
 *
 * Returns: (transfer none) (nullable): the search whose word the rows
 *   highlight, for syl_search_node() only
 */
SylSearch *
syl_outline_view_get_highlight (SylOutlineView *self)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_VIEW (self), NULL);
  return self->highlight;
}
