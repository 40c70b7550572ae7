/* syl-outline-view-dnd.c: dragging rows to restructure the outline
 *
 * One drop target covers the whole list, so the gaps between rows and the
 * empty space below the last row take drops too.
 *
 * The drop always does what the indicator showed when the button was
 * released, and the indicator always shows what a release would do: where
 * a drop lands is worked out from the pointer on every motion and again
 * whenever the list has been laid out anew under a still pointer (a row
 * opening on a rest, the list scrolling at its edge), and the drop itself
 * takes the place last worked out.
 *
 * A closed row opens when a drag rests in its middle; the row stays under
 * the pointer and its children appear below it.  Rows opened that way
 * fold again when the drag ends elsewhere.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "syl-clipboard.h"
#include "syl-outline-ops.h"
#include "syl-outline-view-private.h"

#if defined (GDK_WINDOWING_X11) && defined (HAVE_XI)
#include <X11/extensions/XInput2.h>
#include <gdk/x11/gdkx.h>
#endif

typedef struct
{
  SylOutlineRow   *row;        /* the row under the pointer, or NULL */
  SylNode         *target;
  SylDropPosition  position;
} DropPlace;

static SylOutlineRow *
row_at (SylOutlineView *self,
        double          x,
        double          y)
{
  GtkWidget *widget = gtk_widget_pick (GTK_WIDGET (self->list_view), x, y, GTK_PICK_DEFAULT);

  while (widget != NULL && !SYL_IS_OUTLINE_ROW (widget))
    widget = gtk_widget_get_parent (widget);
  return widget ? SYL_OUTLINE_ROW (widget) : NULL;
}

/* Works out where a drop at (@x, @y) in the list lands. */
static gboolean
find_drop_place (SylOutlineView *self,
                 double          x,
                 double          y,
                 DropPlace      *place)
{
  graphene_point_t point = GRAPHENE_POINT_INIT (x, y), local;

  place->row = row_at (self, x, y);
  if (place->row == NULL || syl_outline_row_get_node (place->row) == NULL)
    {
      /* Below the last row: at the end of the outline, or of the section
       * in focus. */
      place->row = NULL;
      place->target = _syl_outline_view_get_top (self);
      place->position = SYL_DROP_INTO;
      return TRUE;
    }

  if (!gtk_widget_compute_point (GTK_WIDGET (self->list_view), GTK_WIDGET (place->row),
                                 &point, &local))
    return FALSE;

  place->target = syl_outline_row_get_node (place->row);
  place->position = syl_drop_position_for_y (local.y, gtk_widget_get_height (GTK_WIDGET (place->row)));

  /* Below an open row with children, "after" would put the nodes after
   * the whole subtree, far from the pointer: put them first inside. */
  if (place->position == SYL_DROP_AFTER && syl_node_get_expanded (place->target) &&
      syl_node_get_n_children (place->target) > 0)
    {
      place->target = syl_node_get_child (place->target, 0);
      place->position = SYL_DROP_BEFORE;
      place->row = NULL;
    }
  return TRUE;
}

static SylNode *
new_parent_of (DropPlace *place)
{
  if (place->position == SYL_DROP_INTO)
    return place->target;
  return syl_node_get_parent (place->target);
}

/* Draws the line where nodes will land, at the indentation of the level
 * they land on. */
static void
show_line (SylOutlineView *self,
           SylOutlineRow  *row,
           gboolean        below,
           SylOutlineRow  *level_row)
{
  graphene_rect_t bounds;
  graphene_point_t origin = GRAPHENE_POINT_INIT (0, 0), content;
  int width = gtk_widget_get_width (GTK_WIDGET (self->overlay));

  if (!gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (self->overlay), &bounds) ||
      !gtk_widget_compute_point (syl_outline_row_get_content (level_row), GTK_WIDGET (self->overlay),
                                 &origin, &content))
    {
      gtk_widget_set_visible (self->drop_line, FALSE);
      return;
    }

  gtk_widget_set_margin_start (self->drop_line, MAX (0, (int) content.x));
  gtk_widget_set_margin_top (self->drop_line,
                             MAX (0, (int) (bounds.origin.y + (below ? bounds.size.height : 0)) - 1));
  gtk_widget_set_size_request (self->drop_line, MAX (24, width - (int) content.x - 12), 3);
  gtk_widget_set_visible (self->drop_line, TRUE);
}

/* Shades @row, the row the nodes would go into, or none.  Nothing is
 * touched when nothing changes: the indicator is worked out again after
 * every layout during a drag, and a change would lay the list out again. */
static void
set_drop_row (SylOutlineView *self,
              SylOutlineRow  *row)
{
  if (self->drop_row == row)
    return;
  if (self->drop_row != NULL)
    syl_outline_row_set_drop_into (self->drop_row, FALSE);
  g_set_weak_pointer (&self->drop_row, row);
  if (row != NULL)
    syl_outline_row_set_drop_into (row, TRUE);
}

static void
clear_drop (SylOutlineView *self)
{
  set_drop_row (self, NULL);
  gtk_widget_set_visible (self->drop_line, FALSE);
}

/* The row to draw the line against: the target's own row, or for the end
 * of the outline, the last row. */
static SylOutlineRow *
row_for_line (SylOutlineView *self,
              DropPlace      *place,
              gboolean       *below)
{
  SylOutlineRow *row = place->row;

  *below = place->position == SYL_DROP_AFTER;
  if (row == NULL && place->target != NULL && !_syl_outline_view_is_top (self, place->target))
    row = _syl_outline_view_find_row (self, place->target);
  return row;
}

/* A top row on screen, a chapter's in the whole outline, whose indentation
 * a new top row takes. */
static SylOutlineRow *
chapter_row (SylOutlineView *self)
{
  SylNode *top = _syl_outline_view_get_top (self);
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    {
      SylNode *node = syl_outline_row_get_node (row);

      if (node != NULL && syl_node_get_parent (node) == top)
        return row;
    }
  return NULL;
}

/* A drop below the last row makes the nodes the last chapters, or the last
 * parts of the section in focus: the line goes under the last row, at the
 * level of the top rows. */
static void
show_end_line (SylOutlineView *self)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->rows));
  g_autoptr(SylNode) last = n > 0 ? g_list_model_get_item (G_LIST_MODEL (self->rows), n - 1) : NULL;
  SylOutlineRow *row = last != NULL ? _syl_outline_view_find_row (self, last) : NULL;
  SylOutlineRow *level_row = chapter_row (self);

  if (row == NULL)
    gtk_widget_set_visible (self->drop_line, FALSE);
  else
    show_line (self, row, TRUE, level_row != NULL ? level_row : row);
}

static void
show_drop (SylOutlineView *self,
           DropPlace      *place)
{
  SylOutlineRow *row = NULL;
  gboolean below = FALSE;

  if (place->position == SYL_DROP_INTO && place->row != NULL)
    {
      set_drop_row (self, place->row);
      gtk_widget_set_visible (self->drop_line, FALSE);
      return;
    }

  set_drop_row (self, NULL);
  if (_syl_outline_view_is_top (self, place->target))
    {
      show_end_line (self);
      return;
    }
  row = row_for_line (self, place, &below);
  if (row != NULL)
    show_line (self, row, below, row);
  else
    gtk_widget_set_visible (self->drop_line, FALSE);
}

/* Whether the dragged nodes may land there: never in themselves. */
static gboolean
drop_allowed (SylOutlineView *self,
              DropPlace      *place)
{
  if (_syl_outline_view_structure_frozen (self) || self->document == NULL)
    return FALSE;
  if (self->drag_nodes == NULL)
    return TRUE;
  return syl_document_check_move (self->document, (SylNode **) self->drag_nodes->pdata,
                                  self->drag_nodes->len, new_parent_of (place), NULL);
}

/* Spring-open: a closed row that a drag rests on, in its middle, opens
 * after this long.  Half a second, GTK's own delay, opened rows that a
 * hand only passed over; a second felt slow. */
#define SPRING_OPEN_MS 800

/* Rows opened by a drag that has gone elsewhere fold this long after the
 * drag left the list, unless it was dropped meanwhile: the drop arrives
 * just after the pointer leaves. */
#define LEAVE_GRACE_MS 250

static void
cancel_spring (SylOutlineView *self)
{
  g_clear_handle_id (&self->spring_timeout, g_source_remove);
  g_clear_object (&self->spring_node);
}

static void
fold (SylOutlineView *self,
      SylNode        *node)
{
  _syl_outline_view_set_expanded (self, node, FALSE);
}

/* Folds the rows that the drag opened, except those that hold @keep. */
static void
fold_spring_rows (SylOutlineView *self,
                  SylNode        *keep)
{
  g_autoptr(GPtrArray) opened = g_steal_pointer (&self->spring_opened);

  self->spring_opened = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = opened->len; i > 0; i--)
    {
      SylNode *node = g_ptr_array_index (opened, i - 1);

      if (keep != NULL && (keep == node || syl_node_is_ancestor_of (node, keep)))
        continue;
      if (syl_node_get_parent (node) != NULL)
        fold (self, node);
    }
}

static guint
position_of (SylOutlineView *self,
             SylNode        *node)
{
  return _syl_outline_view_position_of (self, node, FALSE);
}

/* Folds the rows the drag opened and has left upwards.  Rows it left
 * downwards stay open until the drag ends: folding them would pull the
 * rows under the pointer up, and the pointer would be over another row. */
static void
fold_rows_left_above (SylOutlineView *self,
                      DropPlace      *place)
{
  SylNode *here = place->row != NULL ? syl_outline_row_get_node (place->row) : place->target;
  guint here_position;

  if (here == NULL || _syl_outline_view_is_top (self, here) || self->spring_opened->len == 0)
    return;
  here_position = position_of (self, here);
  for (guint i = self->spring_opened->len; i > 0; i--)
    {
      SylNode *node = g_ptr_array_index (self->spring_opened, i - 1);

      if (here == node || syl_node_is_ancestor_of (node, here) ||
          position_of (self, node) < here_position)
        continue;
      fold (self, node);
      g_ptr_array_remove_index (self->spring_opened, i - 1);
    }
}

/* Opens the row the drag rests on.  The row becomes the list's anchor
 * first, so that it stays under the pointer and its children appear below
 * it; otherwise the list would keep the focused row still, the dragged
 * one, and push the row under the pointer away. */
static gboolean
spring_open_cb (gpointer user_data)
{
  SylOutlineView *self = user_data;
  g_autoptr(SylNode) node = g_steal_pointer (&self->spring_node);

  self->spring_timeout = 0;
  if (_syl_outline_view_position_of (self, node, FALSE) == GTK_INVALID_LIST_POSITION ||
      syl_node_get_expanded (node))
    return G_SOURCE_REMOVE;

  _syl_outline_view_keep_row_still (self, node);
  _syl_outline_view_set_expanded (self, node, TRUE);
  g_ptr_array_add (self->spring_opened, g_object_ref (node));
  return G_SOURCE_REMOVE;
}

/* Waits to open the closed row that the drag rests on, in the middle. */
static void
wait_to_open (SylOutlineView *self,
              DropPlace      *place)
{
  SylNode *node = NULL;

  if (place->position == SYL_DROP_INTO && place->row != NULL &&
      syl_node_get_n_children (place->target) > 0 &&
      !syl_node_get_expanded (place->target))
    node = place->target;
  if (node == self->spring_node)
    return;
  cancel_spring (self);
  if (node == NULL)
    return;
  g_set_object (&self->spring_node, node);
  self->spring_timeout = g_timeout_add (SPRING_OPEN_MS, spring_open_cb, self);
}

static void
forget_place (SylOutlineView *self)
{
  g_clear_object (&self->drop_target);
  clear_drop (self);
  cancel_spring (self);
}

/* Works out where a release at the last pointer position would land, and
 * shows it.  Without new motion (@from_motion FALSE), a drop that GTK last
 * told the source it would refuse stays refused, and so shows nothing. */
static GdkDragAction
evaluate (SylOutlineView *self,
          gboolean        from_motion)
{
  DropPlace place;

  if (!find_drop_place (self, self->drop_x, self->drop_y, &place) ||
      !drop_allowed (self, &place) || (!from_motion && !self->drop_accepted))
    {
      forget_place (self);
      return 0;
    }

  g_set_object (&self->drop_target, place.target);
  self->drop_position = place.position;
  fold_rows_left_above (self, &place);
  show_drop (self, &place);
  wait_to_open (self, &place);
  return self->drag_nodes != NULL ? GDK_ACTION_MOVE : GDK_ACTION_COPY;
}

static GdkDragAction
update_drop (SylOutlineView *self,
             double          x,
             double          y)
{
  GdkDragAction action;

  self->dragging_over = TRUE;
  g_clear_handle_id (&self->leave_timeout, g_source_remove);
  self->drop_x = x;
  self->drop_y = y;
  action = evaluate (self, TRUE);
  self->drop_accepted = action != 0;
  return action;
}

/* The rows moved under a still pointer: the list scrolled by itself at its
 * edge, or a row opened or folded.  Called once the list is laid out. */
void
_syl_outline_view_drop_relayout (SylOutlineView *self)
{
  if (self->dragging_over)
    evaluate (self, FALSE);
}

static GdkDragAction
drop_enter_cb (SylOutlineView *self,
               double          x,
               double          y)
{
  return update_drop (self, x, y);
}

static GdkDragAction
drop_motion_cb (SylOutlineView *self,
                double          x,
                double          y)
{
  return update_drop (self, x, y);
}

/**
 * _syl_outline_view_end_drag:
 *
 * The drag is over, or has left the list: the rows it opened fold, and
 * nothing shows where it would land.
 */
void
_syl_outline_view_end_drag (SylOutlineView *self)
{
  self->dragging_over = FALSE;
  g_clear_handle_id (&self->leave_timeout, g_source_remove);
  forget_place (self);
  if (self->spring_opened != NULL)
    fold_spring_rows (self, NULL);
}

static gboolean
leave_timeout_cb (gpointer user_data)
{
  SylOutlineView *self = user_data;

  self->leave_timeout = 0;
  _syl_outline_view_end_drag (self);
  return G_SOURCE_REMOVE;
}

/* The pointer left the list, or released the drag: the drop, if there is
 * one, comes just after, and must still find where it lands. */
static void
drop_leave_cb (SylOutlineView *self)
{
  self->dragging_over = FALSE;
  clear_drop (self);
  cancel_spring (self);
  g_clear_handle_id (&self->leave_timeout, g_source_remove);
  self->leave_timeout = g_timeout_add (LEAVE_GRACE_MS, leave_timeout_cb, self);
}

/**
 * syl_outline_view_get_drop_place:
 * @target: (out) (transfer none): the node the drop lands at
 * @position: (out): before, after or into @target
 *
 * Where a drag over the outline would land if released now: what the
 * line or the shaded row shows.
 *
 * Returns: whether a release would drop anything
 */
gboolean
syl_outline_view_get_drop_place (SylOutlineView   *self,
                                 SylNode         **target,
                                 SylDropPosition  *position)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_VIEW (self), FALSE);

  if (!self->dragging_over || self->drop_target == NULL)
    return FALSE;
  *target = self->drop_target;
  *position = self->drop_position;
  return TRUE;
}

static void
toast_last_step (SylOutlineView *self)
{
  SylHistory *history = syl_document_get_history (self->document);

  _syl_outline_view_toast (self, syl_history_get_undo_label (history), TRUE);
}

static gboolean
drop_moved_nodes (SylOutlineView *self,
                  DropPlace      *place)
{
  g_autoptr(GPtrArray) nodes = g_ptr_array_ref (self->drag_nodes);
  g_autoptr(GError) error = NULL;

  if (!syl_document_move_nodes (self->document, (SylNode **) nodes->pdata, nodes->len,
                                place->target, place->position, &error))
    {
      _syl_outline_view_toast (self, error->message, FALSE);
      return FALSE;
    }
  syl_outline_view_select_nodes (self, (SylNode **) nodes->pdata, nodes->len);
  _syl_outline_view_announce_moved (self, g_ptr_array_index (nodes, 0));
  toast_last_step (self);
  return TRUE;
}

/* Nodes from elsewhere (text from another application, or nodes dragged
 * from another window) are inserted where the drop lands, as one step. */
static gboolean
drop_new_nodes (SylOutlineView *self,
                DropPlace      *place,
                GPtrArray      *nodes)
{
  SylNode *parent = new_parent_of (place);
  guint index;
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;

  if (nodes->len == 0)
    return FALSE;
  if (place->position == SYL_DROP_INTO)
    index = syl_node_get_n_children (parent);
  else
    index = syl_node_get_index (place->target) + (place->position == SYL_DROP_AFTER ? 1 : 0);

  label = g_strdup_printf (ngettext ("Insert %u Item", "Insert %u Items", nodes->len), nodes->len);
  if (!syl_document_insert_nodes (self->document, (SylNode **) nodes->pdata, nodes->len, parent,
                                  index, label, &error))
    {
      _syl_outline_view_toast (self, error->message, FALSE);
      return FALSE;
    }
  syl_outline_view_select_nodes (self, (SylNode **) nodes->pdata, nodes->len);
  toast_last_step (self);
  return TRUE;
}

static GPtrArray *
nodes_from_value (const GValue *value)
{
  GPtrArray *nodes;

  if (G_VALUE_HOLDS_STRING (value))
    return syl_nodes_from_text (g_value_get_string (value));

  nodes = g_ptr_array_new_with_free_func (g_object_unref);
  if (G_VALUE_HOLDS (value, SYL_TYPE_NODE) && g_value_get_object (value) != NULL)
    g_ptr_array_add (nodes, syl_node_copy (g_value_get_object (value)));
  return nodes;
}

/* Whether @node is still in the outline shown, or the section in focus:
 * the document may have changed under the drag, as when the file was
 * reloaded. */
static gboolean
in_document (SylOutlineView *self,
             SylNode        *node)
{
  SylNode *top = _syl_outline_view_get_top (self);

  return node == top || syl_node_is_ancestor_of (top, node);
}

/* The drop lands where the indicator showed at the release, never where
 * the rows under the pointer would say after that: they may have moved. */
static gboolean
drop_cb (SylOutlineView *self,
         const GValue   *value,
         double          x,
         double          y)
{
  g_autoptr(SylNode) target = g_steal_pointer (&self->drop_target);
  g_autoptr(GPtrArray) nodes = NULL;
  DropPlace place = { NULL, target, self->drop_position };
  gboolean done;

  g_clear_handle_id (&self->leave_timeout, g_source_remove);
  self->dragging_over = FALSE;
  clear_drop (self);
  cancel_spring (self);
  if (target == NULL || self->document == NULL || !in_document (self, target) ||
      !drop_allowed (self, &place))
    {
      fold_spring_rows (self, NULL);
      return FALSE;
    }

  /* The rows the drag opened fold, but those the nodes land in. */
  fold_spring_rows (self, new_parent_of (&place));
  self->drop_x = x;
  self->drop_y = y;
  self->forget_hover = TRUE;
  if (self->drag_nodes != NULL)
    done = drop_moved_nodes (self, &place);
  else
    {
      nodes = nodes_from_value (value);
      done = drop_new_nodes (self, &place, nodes);
    }
  return done;
}

void
_syl_outline_view_setup_dnd (SylOutlineView *self)
{
  GType types[] = { SYL_TYPE_NODE, G_TYPE_STRING };
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_INVALID, GDK_ACTION_MOVE | GDK_ACTION_COPY);

  gtk_drop_target_set_gtypes (target, types, G_N_ELEMENTS (types));
  g_signal_connect_object (target, "enter", G_CALLBACK (drop_enter_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (target, "motion", G_CALLBACK (drop_motion_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (target, "leave", G_CALLBACK (drop_leave_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (target, "drop", G_CALLBACK (drop_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->list_view), GTK_EVENT_CONTROLLER (target));
}

/* Rows: the source of drags. */

/* Dragging a selected row drags the whole selection; dragging another row
 * drags that row alone, and selects it. */
static GPtrArray *
nodes_to_drag (SylOutlineView *self,
               SylOutlineRow  *row)
{
  SylNode *node = syl_outline_row_get_node (row);
  GPtrArray *selected = syl_outline_view_get_selected_nodes (self);

  if (node != NULL && g_ptr_array_find (selected, node, NULL))
    return selected;

  g_ptr_array_unref (selected);
  selected = g_ptr_array_new_with_free_func (g_object_unref);
  if (node != NULL)
    {
      g_ptr_array_add (selected, g_object_ref (node));
      syl_outline_view_select_nodes (self, &node, 1);
    }
  return selected;
}

static GdkContentProvider *
drag_prepare_cb (GtkDragSource *source,
                 double         x,
                 double         y,
                 SylOutlineView *self)
{
  SylOutlineRow *row = SYL_OUTLINE_ROW (gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (source)));
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GBytes) text = NULL;
  GdkContentProvider *providers[2];
  char *plain;

  if (_syl_outline_view_structure_frozen (self) || syl_outline_row_is_renaming (row) ||
      syl_outline_row_get_node (row) == NULL)
    return NULL;

  nodes = nodes_to_drag (self, row);
  g_clear_pointer (&self->drag_nodes, g_ptr_array_unref);
  self->drag_nodes = g_ptr_array_ref (nodes);

  /* Other applications get the subtrees as an indented outline. */
  plain = syl_nodes_to_text ((SylNode **) nodes->pdata, nodes->len);
  text = g_bytes_new_take (plain, strlen (plain));
  providers[0] = gdk_content_provider_new_typed (SYL_TYPE_NODE, g_ptr_array_index (nodes, 0));
  providers[1] = gdk_content_provider_new_for_bytes ("text/plain;charset=utf-8", text);
  return gdk_content_provider_new_union (providers, 2);
}

/* On X11, GTK 4.8 grabs Escape for a drag on the root window, where GDK
 * then drops the key: Escape would not cancel.  Holding the keyboard on
 * our own window while the drag lasts brings the key to GDK, which hands
 * it to the drag, which cancels. */
static void
grab_keyboard (SylOutlineView *self,
               GdkDrag        *drag)
{
#if defined (GDK_WINDOWING_X11) && defined (HAVE_XI)
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GdkDisplay *display = gdk_drag_get_display (drag);
  unsigned char bits[XIMaskLen (XI_LASTEVENT)] = { 0 };
  XIEventMask mask = { 0, sizeof bits, bits };
  GdkDevice *keyboard;

  if (!GDK_IS_X11_DISPLAY (display) || native == NULL)
    return;

  keyboard = gdk_seat_get_keyboard (gdk_device_get_seat (gdk_drag_get_device (drag)));
  mask.deviceid = gdk_x11_device_get_id (keyboard);
  XISetMask (bits, XI_KeyPress);
  XISetMask (bits, XI_KeyRelease);
  if (XIGrabDevice (gdk_x11_display_get_xdisplay (display), mask.deviceid,
                    gdk_x11_surface_get_xid (gtk_native_get_surface (native)), CurrentTime,
                    None, GrabModeAsync, GrabModeAsync, False, &mask) == GrabSuccess)
    self->grabbed_keyboard = g_object_ref (keyboard);
#endif
}

static void
ungrab_keyboard (SylOutlineView *self)
{
#if defined (GDK_WINDOWING_X11) && defined (HAVE_XI)
  if (self->grabbed_keyboard != NULL)
    XIUngrabDevice (gdk_x11_display_get_xdisplay (gdk_device_get_display (self->grabbed_keyboard)),
                    gdk_x11_device_get_id (self->grabbed_keyboard), CurrentTime);
#endif
  g_clear_object (&self->grabbed_keyboard);
}

static void
drag_begin_cb (GtkDragSource  *source,
               GdkDrag        *drag,
               SylOutlineView *self)
{
  GtkWidget *label;
  g_autofree char *number = NULL;
  g_autofree char *text = NULL;
  SylNode *first;

  if (self->drag_nodes == NULL || self->drag_nodes->len == 0)
    return;

  /* A still label, not the row: rows are recycled while the list scrolls. */
  first = g_ptr_array_index (self->drag_nodes, 0);
  number = syl_document_dup_number (self->document, first);
  if (self->drag_nodes->len == 1)
    text = g_strdup_printf ("%s %s", number, syl_node_get_title (first));
  else
    text = g_strdup_printf (ngettext ("%s %s and %u more", "%s %s and %u more",
                                      self->drag_nodes->len - 1),
                            number, syl_node_get_title (first), self->drag_nodes->len - 1);
  label = gtk_label_new (text);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_max_width_chars (GTK_LABEL (label), 40);
  gtk_widget_add_css_class (label, "drag-icon");
  gtk_drag_icon_set_child (GTK_DRAG_ICON (gtk_drag_icon_get_for_drag (drag)), label);
  grab_keyboard (self, drag);
}

/* A drag out of the window copies; nothing here is ever deleted by one. */
static void
drag_end_cb (GtkDragSource  *source,
             GdkDrag        *drag,
             gboolean        delete_data,
             SylOutlineView *self)
{
  ungrab_keyboard (self);
  g_clear_pointer (&self->drag_nodes, g_ptr_array_unref);
  _syl_outline_view_end_drag (self);
}

/* Escape, or a drop nobody took: nothing changes. */
static gboolean
drag_cancel_cb (GtkDragSource       *source,
                GdkDrag             *drag,
                GdkDragCancelReason  reason,
                SylOutlineView      *self)
{
  ungrab_keyboard (self);
  g_clear_pointer (&self->drag_nodes, g_ptr_array_unref);
  _syl_outline_view_end_drag (self);
  return FALSE;
}

void
_syl_outline_view_setup_row_dnd (SylOutlineView *self,
                                 SylOutlineRow  *row)
{
  GtkDragSource *source = gtk_drag_source_new ();

  gtk_drag_source_set_actions (source, GDK_ACTION_MOVE | GDK_ACTION_COPY);
  g_signal_connect_object (source, "prepare", G_CALLBACK (drag_prepare_cb), self, 0);
  g_signal_connect_object (source, "drag-begin", G_CALLBACK (drag_begin_cb), self, 0);
  g_signal_connect_object (source, "drag-end", G_CALLBACK (drag_end_cb), self, 0);
  g_signal_connect_object (source, "drag-cancel", G_CALLBACK (drag_cancel_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (row), GTK_EVENT_CONTROLLER (source));
}
