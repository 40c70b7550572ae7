/* syl-outline-view-rows.c: the row widgets of the outline view
 *
 * The list view asks for a row widget for each list item it keeps, binds
 * it to a node, and throws it away when it lets the list item go.  Row
 * widgets are kept for reuse, and binding one to the node it shows
 * already does almost nothing, since GTK 4.8 binds again every row whose
 * position changed.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-outline-view-private.h"

/* The arrow of @row was clicked. */
static void
row_toggle_expanded_cb (SylOutlineView *self,
                        SylOutlineRow  *row)
{
  SylNode *node = syl_outline_row_get_node (row);

  if (node != NULL)
    _syl_outline_view_set_expanded (self, node, !syl_node_get_expanded (node));
}

/* How many row widgets are kept for reuse; the list view itself keeps
 * about 200 alive. */
#define MAX_SPARE_ROWS 100

/* A row widget, a spare one if there is any.  When a change removes the
 * row the list is scrolled to, as moving the top chapter does, GTK 4.8
 * throws away every row widget and asks for new ones; building them from
 * the template was most of what such a move cost. */
static void
setup_row_cb (SylOutlineView           *self,
              GtkListItem              *item,
              GtkSignalListItemFactory *factory)
{
  SylOutlineRow *row = NULL;

  if (self->spare_rows != NULL && self->spare_rows->len > 0)
    row = g_ptr_array_steal_index (self->spare_rows, self->spare_rows->len - 1);
  else
    {
      row = g_object_ref_sink (syl_outline_row_new ());
      _syl_outline_view_setup_row_dnd (self, row);
      g_signal_connect_object (row, "rename-done", G_CALLBACK (gtk_widget_grab_focus),
                               self->list_view, G_CONNECT_SWAPPED);
      g_signal_connect_object (row, "toggle-expanded", G_CALLBACK (row_toggle_expanded_cb),
                               self, G_CONNECT_SWAPPED);
    }
  gtk_list_item_set_child (item, GTK_WIDGET (row));
  syl_outline_row_set_list_item (row, item);
  g_hash_table_insert (self->item_rows, item, row);
}

/* The list item goes away: its row widget, unbound, is kept for the next. */
static void
teardown_row_cb (SylOutlineView           *self,
                 GtkListItem              *item,
                 GtkSignalListItemFactory *factory)
{
  SylOutlineRow *row = NULL;

  if (self->item_rows == NULL ||
      !g_hash_table_steal_extended (self->item_rows, item, NULL, (gpointer *) &row))
    return;
  g_hash_table_remove (self->bound_rows, row);
  if (gtk_list_item_get_child (item) == GTK_WIDGET (row))
    gtk_list_item_set_child (item, NULL);
  syl_outline_row_set_list_item (row, NULL);
  if (self->spare_rows == NULL || self->spare_rows->len >= MAX_SPARE_ROWS)
    {
      g_object_unref (row);
      return;
    }
  syl_outline_row_unbind (row);
  g_ptr_array_add (self->spare_rows, row);
}

static void
bind_row_cb (SylOutlineView           *self,
             GtkListItem              *item,
             GtkSignalListItemFactory *factory)
{
  SylOutlineRow *row = SYL_OUTLINE_ROW (gtk_list_item_get_child (item));
  SylNode *node = gtk_list_item_get_item (item);

  if (node == NULL || self->rows == NULL)
    return;
  _syl_outline_view_show_markers (self, row);
  /* The depth comes from the tree, not from the list's position, which
   * is the list's own while a step is held back. */
  syl_outline_row_bind (row, node, syl_outline_rows_depth_of (self->rows, node), self->document);
  if (self->renumbered != NULL)
    g_hash_table_add (self->renumbered, row);
  syl_outline_row_set_highlight (row, self->highlight);
  g_hash_table_add (self->bound_rows, row);
}

static void
unbind_row_cb (SylOutlineView           *self,
               GtkListItem              *item,
               GtkSignalListItemFactory *factory)
{
  SylOutlineRow *row = SYL_OUTLINE_ROW (gtk_list_item_get_child (item));

  g_hash_table_remove (self->bound_rows, row);
  /* The row widget keeps its node: GTK 4.8 unbinds and binds again when
   * only the position changed, and binding the same node again is then
   * cheap.  A row bound to another node unbinds itself first, and one
   * whose list item goes away is unbound in teardown_row_cb(). */
}

/* Makes the list view's rows through the functions above. */
void
_syl_outline_view_rows_init (SylOutlineView *self)
{
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  self->bound_rows = g_hash_table_new (NULL, NULL);
  self->spare_rows = g_ptr_array_new_with_free_func (g_object_unref);
  self->item_rows = g_hash_table_new_full (NULL, NULL, NULL, g_object_unref);
  g_signal_connect_object (factory, "setup", G_CALLBACK (setup_row_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "unbind", G_CALLBACK (unbind_row_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (factory, "teardown", G_CALLBACK (teardown_row_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
}
