/* syl-outline-view-scroll.c: what the list shows after a step or a selection
 *
 * A person who moves a row, drops one or undoes a step is looking at the
 * rows on screen: they must stay where they are, and the list scrolls
 * only when what changed went out of view, then as little as needed.
 *
 * GTK 4.8's list view keeps one item, its anchor, still on screen, and it
 * moves the anchor to the focused or selected item whenever that changes,
 * working out the scroll from where the rows stood before the change.  A
 * moved row is the same item at another place, so the list followed it
 * there, and the rows a person was looking at went away.  So at the start
 * of a step the anchor goes to a row that the step leaves alone (the first
 * one on screen), and once the list has laid itself out after the step,
 * with every row where it now is, that row is put back where it was and
 * the rows the step changed are brought into view if they are not.
 *
 * Both happen in the window's layout phase, before anything is painted,
 * so nothing jumps on screen.  The drag-and-drop code hears of the same
 * moment: rows that moved under a still pointer change what a release
 * would do (see syl-outline-view-dnd.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-outline-view-private.h"

/* How many layouts in a row may still scroll to the rows to reveal: the
 * list creates the row widgets of a far place only once it is there, and
 * a parent's row it has no widget for is first found by counting rows. */
#define MAX_REVEAL_PASSES 4

/* How many times one frame's layout may scroll the list. */
#define MAX_SCROLLS_PER_FRAME 2

/* Where @node's row (its list item, with the space around the row) is,
 * in the coordinates of the list, whose allocation is what shows, if the
 * list has laid out a row widget for it.  The list keeps row widgets well
 * beyond what is on screen, and lays out only those near it: the others
 * keep the place they had when they last were. */
static gboolean
row_bounds (SylOutlineView  *self,
            SylNode         *node,
            graphene_rect_t *bounds)
{
  SylOutlineRow *row = _syl_outline_view_find_row (self, node);
  GtkWidget *item = row != NULL ? gtk_widget_get_parent (GTK_WIDGET (row)) : NULL;

  if (item == NULL || !gtk_widget_get_child_visible (item))
    return FALSE;
  return gtk_widget_compute_bounds (item, GTK_WIDGET (self->list_view), bounds);
}

static double
page_height (SylOutlineView *self)
{
  return gtk_widget_get_height (GTK_WIDGET (self->list_view));
}

static gboolean
scroll_by (SylOutlineView *self,
           double          delta)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double before = gtk_adjustment_get_value (adjustment);

  if (delta > -1 && delta < 1)
    return FALSE;
  gtk_adjustment_set_value (adjustment, before + delta);
  return gtk_adjustment_get_value (adjustment) != before;
}

/* Whether @node is one of @nodes or inside one of them. */
static gboolean
among (GPtrArray *nodes,
       SylNode   *node)
{
  for (guint i = 0; nodes != NULL && i < nodes->len; i++)
    {
      SylNode *other = g_ptr_array_index (nodes, i);

      if (other == node || syl_node_is_ancestor_of (other, node))
        return TRUE;
    }
  return FALSE;
}

/* The first row wholly on screen that is none of @changing nor inside
 * them, with where it stands. */
static SylNode *
steady_row (SylOutlineView *self,
            GPtrArray      *changing,
            double         *y)
{
  GHashTableIter iter;
  gpointer row;
  SylNode *best = NULL;
  double page = page_height (self);

  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    {
      SylNode *node = syl_outline_row_get_node (row);
      graphene_rect_t bounds;

      if (node == NULL || among (changing, node) || !row_bounds (self, node, &bounds))
        continue;
      if (bounds.origin.y < 0 || bounds.origin.y + bounds.size.height > page)
        continue;
      if (best == NULL || bounds.origin.y < *y)
        {
          best = node;
          *y = bounds.origin.y;
        }
    }
  return best;
}

/* Makes the steady row the list's anchor, where it stands.  Before the
 * step, the list stands as it was painted, so scrolling to the row scrolls
 * nothing.  Afterwards, the rows above it mostly stand as they did. */
static void
anchor_steady_row (SylOutlineView *self)
{
  guint position;

  if (self->steady_node == NULL)
    return;
  position = _syl_outline_view_position_of (self, self->steady_node, FALSE);
  if (position != GTK_INVALID_LIST_POSITION)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", position);
}

/* Just before the layout: selecting and focusing what the step changed
 * made the list anchor itself to the focused row, at a place worked out
 * from rows that had not been measured yet.  The steady row takes the
 * anchor back. */
static gboolean
steady_tick_cb (GtkWidget     *widget,
                GdkFrameClock *clock,
                gpointer       user_data)
{
  SylOutlineView *self = user_data;

  self->steady_tick = 0;
  anchor_steady_row (self);
  return G_SOURCE_REMOVE;
}

/**
 * _syl_outline_view_keep_row_still:
 *
 * Keeps @node's row where it is on screen through the change that comes,
 * as when it opens under a drag: its children appear below it.
 */
void
_syl_outline_view_keep_row_still (SylOutlineView *self,
                                  SylNode        *node)
{
  graphene_rect_t bounds;

  if (!row_bounds (self, node, &bounds))
    return;
  g_set_object (&self->steady_node, node);
  self->steady_y = bounds.origin.y;
  anchor_steady_row (self);
  gtk_widget_queue_allocate (GTK_WIDGET (self->list_view));
}

/**
 * _syl_outline_view_hold_still:
 * @changing: the nodes the step is about to change
 *
 * Keeps the rows on screen where they are through the step that begins.
 */
void
_syl_outline_view_hold_still (SylOutlineView *self,
                              GPtrArray      *changing)
{
  SylNode *node;
  double y = 0;

  if (!gtk_widget_get_mapped (GTK_WIDGET (self->list_view)) || self->steady_node != NULL)
    return;
  node = steady_row (self, changing, &y);
  if (node == NULL)
    return;

  g_set_object (&self->steady_node, node);
  self->steady_y = y;
  anchor_steady_row (self);
  if (self->steady_tick == 0)
    self->steady_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view), steady_tick_cb,
                                                      self, NULL);
  gtk_widget_queue_allocate (GTK_WIDGET (self->list_view));
}

/* Returns whether the list scrolled, and so lays itself out again. */
static gboolean
put_back_steady_row (SylOutlineView *self)
{
  g_autoptr(SylNode) node = g_steal_pointer (&self->steady_node);
  graphene_rect_t bounds;

  if (node == NULL || !row_bounds (self, node, &bounds))
    return FALSE;
  return scroll_by (self, bounds.origin.y - self->steady_y);
}

/* How far to scroll so that the rows from @top to @bottom are on screen:
 * nothing if they are, unless the list already scrolled for them and only
 * their parent's row, at @parent_top, is still off screen above. */
static double
reveal_delta (double   top,
              double   bottom,
              double   page,
              double   parent_top,
              gboolean has_parent,
              gboolean scrolled)
{
  double delta = 0;

  if (top < 0 || bottom - top > page)
    delta = top;
  else if (bottom > page)
    delta = bottom - page;
  else if (!scrolled)
    return 0;
  if (has_parent && parent_top < delta && bottom - parent_top <= page)
    delta = parent_top;
  return delta;
}

/* Where the row of @parent of the rows to reveal stands, the first of
 * which stands at @first_top: where its widget is, or, when the list has
 * none, as many rows above as there are between them. */
static gboolean
parent_top (SylOutlineView  *self,
            SylNode         *parent,
            SylNode         *first,
            graphene_rect_t *first_bounds,
            double          *top)
{
  guint parent_position;
  guint first_position;
  graphene_rect_t bounds;

  if (parent == NULL || syl_node_is_root (parent))
    return FALSE;
  if (row_bounds (self, parent, &bounds))
    {
      *top = bounds.origin.y;
      return TRUE;
    }
  parent_position = _syl_outline_view_position_of (self, parent, FALSE);
  first_position = _syl_outline_view_position_of (self, first, FALSE);
  if (parent_position == GTK_INVALID_LIST_POSITION || first_position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  *top = first_bounds->origin.y - first_bounds->size.height * (first_position - parent_position);
  return TRUE;
}

/* Scrolls the rows to reveal into view, if they are not.  Returns TRUE
 * when they are; FALSE when the list scrolled, or one of them has no row
 * widget yet, so that the next layout looks again. */
static gboolean
reveal_rows (SylOutlineView *self)
{
  double top = G_MAXDOUBLE, bottom = -G_MAXDOUBLE, above = 0;
  graphene_rect_t first_bounds = GRAPHENE_RECT_INIT (0, 0, 0, 0);
  gboolean has_parent;
  SylNode *first = NULL;

  for (guint i = 0; i < self->reveal_nodes->len; i++)
    {
      SylNode *node = g_ptr_array_index (self->reveal_nodes, i);
      graphene_rect_t bounds;

      if (syl_node_get_parent (node) == NULL)
        continue;
      if (!row_bounds (self, node, &bounds))
        {
          guint position = _syl_outline_view_position_of (self, node, FALSE);

          /* Now that the list is laid out, it scrolls as little as it can. */
          if (position != GTK_INVALID_LIST_POSITION)
            gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u",
                                        position);
          self->reveal_scrolled = TRUE;
          return FALSE;
        }
      if (first == NULL || bounds.origin.y < top)
        {
          first = node;
          first_bounds = bounds;
        }
      top = MIN (top, bounds.origin.y);
      bottom = MAX (bottom, bounds.origin.y + bounds.size.height);
    }
  if (first == NULL)
    return TRUE;

  has_parent = parent_top (self, syl_node_get_parent (first), first, &first_bounds, &above);
  if (!scroll_by (self, reveal_delta (top, bottom, page_height (self), above, has_parent,
                                      self->reveal_scrolled)))
    return TRUE;
  self->reveal_scrolled = TRUE;
  return FALSE;
}

/* After a drop, GTK marks the row widget that was under the pointer as
 * hovered, and then the rows move: the mark stays on a row the pointer is
 * no longer over, until the pointer moves.  Rows not under the pointer now
 * lose it; GTK marks the right one at the next motion. */
static void
forget_hover (SylOutlineView *self)
{
  GtkWidget *under = gtk_widget_pick (GTK_WIDGET (self->list_view), self->drop_x, self->drop_y,
                                      GTK_PICK_DEFAULT);
  GHashTableIter iter;
  gpointer row;

  self->forget_hover = FALSE;
  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    {
      GtkWidget *item = gtk_widget_get_parent (row);

      if (item != NULL && (under == NULL || (under != item && !gtk_widget_is_ancestor (under, item))))
        gtk_widget_unset_state_flags (item, GTK_STATE_FLAG_PRELIGHT);
    }
}

static gboolean
next_frame_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  SylOutlineView *self = user_data;

  self->next_frame_tick = 0;
  gtk_widget_queue_allocate (widget);
  return G_SOURCE_REMOVE;
}

/* Whether this layout may scroll, and so lay the window out again.  GDK
 * lays a frame out at most four times, and warns; what is left waits for
 * the next frame. */
static gboolean
may_scroll (SylOutlineView *self,
            GdkSurface     *surface)
{
  gint64 frame = gdk_frame_clock_get_frame_counter (gdk_surface_get_frame_clock (surface));

  if (frame != self->layout_frame)
    {
      self->layout_frame = frame;
      self->layout_scrolls = 0;
    }
  if (self->layout_scrolls < MAX_SCROLLS_PER_FRAME)
    return TRUE;
  if (self->next_frame_tick == 0)
    self->next_frame_tick = gtk_widget_add_tick_callback (GTK_WIDGET (self->list_view), next_frame_cb,
                                                          self, NULL);
  return FALSE;
}

/* The window has just laid itself out: every row is where it is painted. */
static void
layout_cb (GdkSurface     *surface,
           int             width,
           int             height,
           SylOutlineView *self)
{
  if (self->dragging_over)
    _syl_outline_view_drop_relayout (self);
  if (!may_scroll (self, surface))
    return;
  /* A scroll lays the list out again, and this runs again after that. */
  if (put_back_steady_row (self))
    {
      self->layout_scrolls++;
      return;
    }
  if (self->reveal_nodes->len > 0)
    {
      if (!reveal_rows (self) && ++self->reveal_passes < MAX_REVEAL_PASSES)
        {
          self->layout_scrolls++;
          return;
        }
      g_ptr_array_set_size (self->reveal_nodes, 0);
      self->reveal_passes = 0;
    }
  /* Only once the rows stand still. */
  if (self->forget_hover)
    forget_hover (self);
}

/**
 * _syl_outline_view_reveal:
 *
 * Brings the rows of @nodes into view once the list has laid itself out,
 * scrolling only if one of them is not wholly on screen.
 */
void
_syl_outline_view_reveal (SylOutlineView  *self,
                          SylNode * const *nodes,
                          guint            n_nodes)
{
  g_ptr_array_set_size (self->reveal_nodes, 0);
  self->reveal_passes = 0;
  self->reveal_scrolled = FALSE;
  for (guint i = 0; i < n_nodes; i++)
    g_ptr_array_add (self->reveal_nodes, g_object_ref (nodes[i]));
  gtk_widget_queue_allocate (GTK_WIDGET (self->list_view));
}

/* The handler runs after GTK's own, which lays the window out. */
void
_syl_outline_view_watch_layout (SylOutlineView *self)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GdkSurface *surface = native != NULL ? gtk_native_get_surface (native) : NULL;

  _syl_outline_view_unwatch_layout (self);
  if (surface == NULL)
    return;
  g_set_weak_pointer (&self->layout_surface, surface);
  self->layout_handler = g_signal_connect_after (surface, "layout", G_CALLBACK (layout_cb), self);
}

void
_syl_outline_view_unwatch_layout (SylOutlineView *self)
{
  if (self->steady_tick != 0 && self->list_view != NULL)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->list_view), self->steady_tick);
  self->steady_tick = 0;
  if (self->next_frame_tick != 0 && self->list_view != NULL)
    gtk_widget_remove_tick_callback (GTK_WIDGET (self->list_view), self->next_frame_tick);
  self->next_frame_tick = 0;
  if (self->layout_surface != NULL)
    g_clear_signal_handler (&self->layout_handler, self->layout_surface);
  self->layout_handler = 0;
  g_clear_weak_pointer (&self->layout_surface);
  g_clear_object (&self->steady_node);
  if (self->reveal_nodes != NULL)
    g_ptr_array_set_size (self->reveal_nodes, 0);
}
