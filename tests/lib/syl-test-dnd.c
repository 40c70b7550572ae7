/* syl-test-dnd.c: dragging rows with a real pointer, and checking that
 * every drop lands where its indicator showed
 *
 * The indicator is read from what is on screen, the shaded row or the
 * line between rows, not from the view's own idea of the drop, so a drop
 * that lands elsewhere than the person saw fails the test.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "syl-outline-view-private.h"
#include "syl-test-dnd.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"

/* The sample outline at 900 × 700, leaving room on the screen for the
 * windows of "other applications" beside it. */
SylWindow *
syl_test_open_sample_for_drags (void)
{
  g_autofree char *path = syl_test_sample_path ();

  return syl_test_open_window_sized (path, 900, 700);
}

/* The nodes a drag carries, up to a NULL, for syl_test_release_checked();
 * the array is freed when the test ends. */
GPtrArray *
syl_test_dragged (SylNode *first,
                  ...)
{
  GPtrArray *nodes = g_ptr_array_new ();
  va_list ap;

  va_start (ap, first);
  for (SylNode *node = first; node != NULL; node = va_arg (ap, SylNode *))
    g_ptr_array_add (nodes, node);
  va_end (ap);
  g_test_queue_destroy ((GDestroyNotify) g_ptr_array_unref, nodes);
  return nodes;
}

/* The point at @fraction of the height of @node's row, a third of the way
 * across, in screen coordinates. */
void
syl_test_row_point (SylWindow *window,
                    SylNode   *node,
                    double     fraction,
                    int       *x,
                    int       *y)
{
  GtkWidget *row = syl_outline_view_get_row_widget (syl_window_get_outline_view (window), node);

  g_assert_nonnull (row);
  syl_test_screen_point (row, 1.0 / 3, fraction, x, y);
}

static void
press_and_move (int   from_x,
                int   from_y,
                int   to_x,
                int   to_y,
                guint steps)
{
  syl_test_xdotool ("mousemove %d %d", from_x, from_y);
  syl_test_xdotool ("mousedown 1");
  for (guint i = 1; i <= steps; i++)
    syl_test_xdotool ("mousemove %d %d", from_x + (to_x - from_x) * (int) i / (int) steps,
                      from_y + (to_y - from_y) * (int) i / (int) steps);
}

/* Presses on @from and moves in steps to @to, as a hand would.  GTK has
 * handled each step before the next (syl_test_xdotool()), so the drag
 * began on the way and the window under @to has heard of the pointer
 * there: the drop lands where the indicator shows now. */
void
syl_test_drag_to (int from_x,
                  int from_y,
                  int to_x,
                  int to_y)
{
  press_and_move (from_x, from_y, to_x, to_y, 10);
}

/* Presses on @from, moves to @to over about half a second and rests there
 * for @rest_ms, the button still down, as a person aiming at a row does. */
void
syl_test_drag_rest (int   from_x,
                    int   from_y,
                    int   to_x,
                    int   to_y,
                    guint rest_ms)
{
  press_and_move (from_x, from_y, to_x, to_y, 8);
  /* The rest itself, by the clock: it is what the test is about (rows
   * open on a rest, see SYL_TEST_HUMAN_REST_MS). */
  syl_test_pump (rest_ms);
}

static GtkAdjustment *
vadjustment (SylWindow *window)
{
  GtkWidget *list = syl_outline_view_get_list_view (syl_window_get_outline_view (window));

  return gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
}

double
syl_test_scroll_value (SylWindow *window)
{
  return gtk_adjustment_get_value (vadjustment (window));
}

void
syl_test_scroll_to (SylWindow *window,
                    double     value)
{
  gtk_adjustment_set_value (vadjustment (window), value);
  syl_test_wait_settled (window);
  g_assert_cmpfloat (fabs (syl_test_scroll_value (window) - value), <, 1);
}

/* Where @node's row is in the list's visible part. */
double
syl_test_row_y (SylWindow *window,
                SylNode   *node)
{
  SylOutlineView *view = syl_window_get_outline_view (window);
  GtkWidget *row = syl_outline_view_get_row_widget (view, node);
  graphene_rect_t bounds;

  g_assert_nonnull (row);
  g_assert_true (gtk_widget_compute_bounds (row, syl_outline_view_get_list_view (view), &bounds));
  return bounds.origin.y;
}

static void
collect_with_class (GtkWidget  *widget,
                    const char *css_class,
                    GPtrArray  *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (gtk_widget_has_css_class (child, css_class))
        g_ptr_array_add (found, child);
      collect_with_class (child, css_class, found);
    }
}

static GtkWidget *
drop_line (SylOutlineView *view)
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();

  collect_with_class (GTK_WIDGET (view), "drop-line", lines);
  g_assert_cmpuint (lines->len, ==, 1);
  return g_ptr_array_index (lines, 0);
}

/* The last row of the list, under which a drop at the end shows. */
static GtkWidget *
last_row (SylOutlineView *view)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (syl_outline_view_get_list_view (view))));
  g_autoptr(SylNode) last = g_list_model_get_item (model, g_list_model_get_n_items (model) - 1);

  return syl_outline_view_get_row_widget (view, last);
}

/* The line stands at the top (or bottom, @below) of @row, from the start
 * of the content of @level_row, whose level the nodes land on. */
static void
assert_line_at (SylOutlineView *view,
                GtkWidget      *row,
                gboolean        below,
                GtkWidget      *level_row)
{
  GtkWidget *line = drop_line (view);
  GtkWidget *content = syl_outline_row_get_content (SYL_OUTLINE_ROW (level_row));
  graphene_rect_t line_bounds, row_bounds, content_bounds;
  double edge;

  g_assert_true (gtk_widget_get_visible (line));
  g_assert_true (gtk_widget_compute_bounds (line, GTK_WIDGET (view), &line_bounds));
  g_assert_true (gtk_widget_compute_bounds (row, GTK_WIDGET (view), &row_bounds));
  g_assert_true (gtk_widget_compute_bounds (content, GTK_WIDGET (view), &content_bounds));
  edge = row_bounds.origin.y + (below ? row_bounds.size.height : 0);
  g_assert_cmpfloat (fabs (line_bounds.origin.y + line_bounds.size.height / 2 - edge), <=, 3);
  g_assert_cmpfloat (fabs (line_bounds.origin.x - content_bounds.origin.x), <=, 2);
}

/**
 * syl_test_assert_indicator:
 *
 * What the screen shows of the drag going on is what the view says a
 * release would do: the row it goes into shaded, or a line where the
 * nodes land, or nothing when a release would do nothing.
 */
void
syl_test_assert_indicator (SylWindow *window)
{
  SylOutlineView *view = syl_window_get_outline_view (window);
  g_autoptr(GPtrArray) shaded = g_ptr_array_new ();
  SylNode *target = NULL;
  SylDropPosition position = SYL_DROP_INTO;
  GtkWidget *row;

  collect_with_class (syl_outline_view_get_list_view (view), "drop-into", shaded);
  if (!syl_outline_view_get_drop_place (view, &target, &position))
    {
      g_assert_false (gtk_widget_get_visible (drop_line (view)));
      g_assert_cmpuint (shaded->len, ==, 0);
      return;
    }

  /* Below the last row: at the end of the outline, or of the section in
   * focus. */
  if (target == _syl_outline_view_get_top (view))
    {
      GtkWidget *chapter = syl_outline_view_get_row_widget (view, syl_node_get_child (target, 0));

      g_assert_cmpuint (shaded->len, ==, 0);
      row = last_row (view);
      g_assert_nonnull (row);
      assert_line_at (view, row, TRUE, chapter != NULL ? chapter : row);
      return;
    }

  row = syl_outline_view_get_row_widget (view, target);
  g_assert_nonnull (row);
  if (position == SYL_DROP_INTO)
    {
      g_assert_cmpuint (shaded->len, ==, 1);
      g_assert_true (g_ptr_array_index (shaded, 0) == row);
      g_assert_false (gtk_widget_get_visible (drop_line (view)));
      return;
    }
  g_assert_cmpuint (shaded->len, ==, 0);
  assert_line_at (view, row, position == SYL_DROP_AFTER, row);
}

/* @dragged, in the outline's order, stand where a drop at @position of
 * @target puts them. */
static void
assert_landed (GPtrArray       *dragged,
               SylNode         *target,
               SylDropPosition  position)
{
  SylNode *first = g_ptr_array_index (dragged, 0);
  SylNode *last = g_ptr_array_index (dragged, dragged->len - 1);

  if (g_ptr_array_find (dragged, target, NULL))
    return;
  switch (position)
    {
    case SYL_DROP_INTO:
      g_assert_true (syl_node_get_parent (first) == target);
      g_assert_cmpuint (syl_node_get_index (last), ==, syl_node_get_n_children (target) - 1);
      break;
    case SYL_DROP_BEFORE:
      g_assert_true (syl_node_get_parent (last) == syl_node_get_parent (target));
      g_assert_cmpuint (syl_node_get_index (last) + 1, ==, syl_node_get_index (target));
      break;
    case SYL_DROP_AFTER:
      g_assert_true (syl_node_get_parent (first) == syl_node_get_parent (target));
      g_assert_cmpuint (syl_node_get_index (first), ==, syl_node_get_index (target) + 1);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Where the pointer is, in @widget's coordinates. */
static void
pointer_in (GtkWidget        *widget,
            graphene_point_t *point)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface = gtk_native_get_surface (native);
  GdkDevice *pointer = gdk_seat_get_pointer (gdk_display_get_default_seat (gdk_surface_get_display (surface)));
  graphene_point_t in_native;
  double x, y, sx, sy;

  g_assert_true (gdk_surface_get_device_position (surface, pointer, &x, &y, NULL));
  gtk_native_get_surface_transform (native, &sx, &sy);
  in_native = GRAPHENE_POINT_INIT (x - sx, y - sy);
  g_assert_true (gtk_widget_compute_point (GTK_WIDGET (native), widget, &in_native, point));
}

/* After a drop, nothing is left of its indicator, and no row looks
 * hovered but the one under the pointer. */
static void
assert_drop_cleared (SylOutlineView *view)
{
  GtkWidget *list = syl_outline_view_get_list_view (view);
  g_autoptr(GPtrArray) shaded = g_ptr_array_new ();
  graphene_point_t point;

  collect_with_class (list, "drop-into", shaded);
  g_assert_cmpuint (shaded->len, ==, 0);
  g_assert_false (gtk_widget_get_visible (drop_line (view)));

  for (GtkWidget *item = gtk_widget_get_first_child (list); item != NULL;
       item = gtk_widget_get_next_sibling (item))
    {
      if (!(gtk_widget_get_state_flags (item) & GTK_STATE_FLAG_PRELIGHT) ||
          !gtk_widget_get_child_visible (item))
        continue;
      pointer_in (item, &point);
      g_assert_true (gtk_widget_contains (item, point.x, point.y));
    }
}

/* Whether GTK has no drag going on: the view's own drags have ended, and
 * no drag source in any window, another application's stand-in too, still
 * has one. */
static gboolean
has_drag (GtkWidget *widget)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (GTK_IS_DRAG_SOURCE (controller) &&
          gtk_drag_source_get_drag (GTK_DRAG_SOURCE (controller)) != NULL)
        return TRUE;
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (has_drag (child))
      return TRUE;
  return FALSE;
}

static gboolean
drag_is_over (gpointer data)
{
  SylOutlineView *view = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  if (view->drag_nodes != NULL)
    return FALSE;
  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (has_drag (window))
        return FALSE;
    }
  return TRUE;
}

/**
 * syl_test_wait_drag_over:
 *
 * Waits until the drag has ended, by a drop or otherwise, and the outline
 * has shown what came of it.
 */
void
syl_test_wait_drag_over (SylWindow *window)
{
  syl_test_await (drag_is_over, syl_window_get_outline_view (window));
  /* What the drag's end queued, such as the leave that follows it. */
  syl_test_wait_idle ();
  syl_test_wait_settled (window);
}

/**
 * syl_test_release_checked:
 * @dragged: (nullable): the nodes being dragged, in the outline's order,
 *   or %NULL for a drag from another application
 *
 * Lets go of the button, checking first that the indicator shows what the
 * view says a release does, and then that the drop did exactly that: the
 * dragged nodes stand where the indicator showed, or nothing changed.
 *
 * Returns: whether anything was dropped
 */
gboolean
syl_test_release_checked (SylWindow *window,
                          GPtrArray *dragged)
{
  SylOutlineView *view = syl_window_get_outline_view (window);
  SylDocument *document = syl_window_get_document (window);
  g_autofree char *before = syl_test_serialize (document);
  g_autofree char *after = NULL;
  g_autoptr(SylNode) target = NULL;
  SylNode *shown_target = NULL;
  SylDropPosition position = SYL_DROP_INTO;
  gboolean shown;

  syl_test_assert_indicator (window);
  shown = syl_outline_view_get_drop_place (view, &shown_target, &position);
  if (shown)
    target = g_object_ref (shown_target);

  syl_test_xdotool ("mouseup 1");
  syl_test_wait_drag_over (window);
  assert_drop_cleared (view);

  if (!shown)
    {
      after = syl_test_serialize (document);
      syl_test_assert_same_text (after, before);
      return FALSE;
    }
  if (dragged != NULL)
    assert_landed (dragged, target, position);
  return TRUE;
}

/**
 * syl_test_cancel_checked:
 *
 * Presses Escape during the drag going on, then lets go of the button:
 * the outline is exactly as it was, with nothing to undo, and nothing is
 * left of the drop indicator.
 */
void
syl_test_cancel_checked (SylWindow *window)
{
  SylDocument *document = syl_window_get_document (window);
  g_autofree char *before = syl_test_serialize (document);
  g_autofree char *after = NULL;
  gboolean could_undo = syl_history_get_can_undo (syl_document_get_history (document));

  syl_test_xdotool ("keydown Escape");
  syl_test_await (drag_is_over, syl_window_get_outline_view (window));
  syl_test_xdotool ("keyup Escape");
  syl_test_xdotool ("mouseup 1");
  syl_test_wait_drag_over (window);

  after = syl_test_serialize (document);
  syl_test_assert_same_text (after, before);
  g_assert_cmpint (syl_history_get_can_undo (syl_document_get_history (document)), ==, could_undo);
  assert_drop_cleared (syl_window_get_outline_view (window));
}
