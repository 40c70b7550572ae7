/* test-dnd-rest.c: drags with a person's timing, under Xvfb
 *
 * A person aiming at a row rests on it for about a second before letting
 * go.  These drags do, with a real pointer, on closed rows above and
 * below the dragged one, in their upper quarter (before), lower quarter
 * (after) and middle (into), with the list at the top and scrolled: the
 * row opens only for "into", it stays under the pointer, the drop lands
 * where the indicator showed, nothing scrolls, and the file saved says so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "syl-test-dnd.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"

/* In the sample, chapter 1 is open and its sections closed: 1.4 has three
 * sections, 1.5 five and 1.8 four. */

/* The file, saved, has the node whose id is @id at @number. */
static void
assert_saved (SylWindow  *window,
              const char *number,
              const char *id)
{
  SylDocument *document = syl_window_get_document (window);
  g_autofree char *path = g_file_get_path (syl_document_get_file (document));
  g_autoptr(SylDocument) saved = NULL;
  g_autofree char *saved_number = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_false (syl_document_get_modified (document));
  saved = syl_test_load_path (path);
  saved_number = syl_document_dup_number (saved, syl_test_find (saved, id));
  g_assert_cmpstr (saved_number, ==, number);
}

typedef struct
{
  const char      *dragged;   /* the row dragged */
  const char      *target;    /* the closed row aimed at */
  double           fraction;  /* where in its height the pointer rests */
  SylDropPosition  expected;
  double           scroll;    /* how far the list is scrolled first */
  const char      *steady;    /* a row on screen that nothing should move */
  const char      *landed;    /* the dragged row's number afterwards */
} RestCase;

static void
test_rest_drop (gconstpointer data)
{
  const RestCase *c = data;
  SylWindow *window = syl_test_open_sample_for_drags ();
  SylOutlineView *view = syl_window_get_outline_view (window);
  SylNode *node = syl_test_node_at (window, c->dragged);
  SylNode *target = syl_test_node_at (window, c->target);
  SylNode *steady = syl_test_node_at (window, c->steady);
  g_autofree char *id = g_strdup (syl_node_get_id (node));
  SylNode *shown = NULL;
  SylDropPosition position;
  double scroll, target_y, steady_y;
  int x1, y1, x2, y2;

  g_assert_false (syl_node_get_expanded (target));
  g_assert_cmpuint (syl_node_get_n_children (target), >, 0);
  if (c->scroll > 0)
    syl_test_scroll_to (window, c->scroll);
  scroll = syl_test_scroll_value (window);
  target_y = syl_test_row_y (window, target);
  steady_y = syl_test_row_y (window, steady);

  syl_test_row_point (window, node, 0.5, &x1, &y1);
  syl_test_row_point (window, target, c->fraction, &x2, &y2);
  syl_test_drag_rest (x1, y1, x2, y2, SYL_TEST_HUMAN_REST_MS);

  /* The rest opened the row only in its middle, and the row is still
   * under the pointer, the list not scrolled. */
  g_assert_true (syl_outline_view_get_drop_place (view, &shown, &position));
  g_assert_true (shown == target);
  g_assert_cmpint (position, ==, c->expected);
  g_assert_cmpint (syl_node_get_expanded (target), ==, c->expected == SYL_DROP_INTO);
  g_assert_cmpfloat (fabs (syl_test_row_y (window, target) - target_y), <, 1);
  g_assert_cmpfloat (fabs (syl_test_scroll_value (window) - scroll), <, 1);

  g_assert_true (syl_test_release_checked (window, syl_test_dragged (node, NULL)));

  /* Nothing scrolled: the rows the drop left alone are where they were. */
  g_assert_cmpfloat (fabs (syl_test_scroll_value (window) - scroll), <, 1);
  g_assert_cmpfloat (fabs (syl_test_row_y (window, steady) - steady_y), <, 1);
  g_assert_true (syl_test_node_at (window, c->landed) == node);
  g_assert_cmpint (syl_node_get_expanded (target), ==, c->expected == SYL_DROP_INTO);
  assert_saved (window, c->landed, id);
  syl_test_close_window (window);
}

static const RestCase rest_cases[] = {
  /* Closed rows below the dragged one. */
  { "1.2", "1.5", 0.12, SYL_DROP_BEFORE, 0, "1", "1.4" },
  { "1.2", "1.5", 0.88, SYL_DROP_AFTER, 0, "1", "1.5" },
  { "1.2", "1.5", 0.5, SYL_DROP_INTO, 0, "1", "1.4.6" },
  /* Above it. */
  { "1.6", "1.4", 0.12, SYL_DROP_BEFORE, 0, "1", "1.4" },
  { "1.6", "1.4", 0.88, SYL_DROP_AFTER, 0, "1", "1.5" },
  { "1.6", "1.4", 0.5, SYL_DROP_INTO, 0, "1", "1.4.4" },
  /* With chapter 1's first rows scrolled away. */
  { "1.6", "1.4", 0.12, SYL_DROP_BEFORE, 100, "1.3", "1.4" },
  { "1.6", "1.4", 0.5, SYL_DROP_INTO, 100, "1.3", "1.4.4" },
  { "1.4", "1.8", 0.88, SYL_DROP_AFTER, 100, "1.3", "1.8" },
  { "1.4", "1.8", 0.5, SYL_DROP_INTO, 100, "1.3", "1.7.5" },
};

static const char *const rest_names[] = {
  "/dnd-rest/below/before", "/dnd-rest/below/after", "/dnd-rest/below/into",
  "/dnd-rest/above/before", "/dnd-rest/above/after", "/dnd-rest/above/into",
  "/dnd-rest/scrolled/above/before", "/dnd-rest/scrolled/above/into",
  "/dnd-rest/scrolled/below/after", "/dnd-rest/scrolled/below/into",
};

G_STATIC_ASSERT (G_N_ELEMENTS (rest_cases) == G_N_ELEMENTS (rest_names));

/* Rests in the middle of 1.4 until it opens, then goes on to @next at
 * @fraction; returns with the button still down. */
static void
open_then_move (SylWindow  *window,
                const char *dragged,
                SylNode    *next,
                double      fraction)
{
  SylNode *opened = syl_test_node_at (window, "1.4");
  int x1, y1, x2, y2, x3, y3;

  syl_test_row_point (window, syl_test_node_at (window, dragged), 0.5, &x1, &y1);
  syl_test_row_point (window, opened, 0.5, &x2, &y2);
  syl_test_drag_rest (x1, y1, x2, y2, SYL_TEST_HUMAN_REST_MS);
  g_assert_true (syl_node_get_expanded (opened));

  syl_test_row_point (window, next, fraction, &x3, &y3);
  for (int i = 1; i <= 5; i++)
    syl_test_xdotool ("mousemove %d %d", x2 + (x3 - x2) * i / 5, y2 + (y3 - y2) * i / 5);
  /* A person rests on @next before letting go, by the clock: rows that
   * the drag opened may fold meanwhile, and one under it may open. */
  syl_test_pump (SYL_TEST_HUMAN_REST_MS);
}

/* A row opened by resting on it folds again as soon as the drag leaves it
 * upwards: the rows below the pointer move, not those under it. */
static void
test_opened_row_folds_when_left_upwards (void)
{
  SylWindow *window = syl_test_open_sample_for_drags ();
  SylNode *node = syl_test_node_at (window, "1.6");
  SylNode *opened = syl_test_node_at (window, "1.4");
  SylNode *next = syl_test_node_at (window, "1.2");

  open_then_move (window, "1.6", next, 0.12);
  g_assert_false (syl_node_get_expanded (opened));
  syl_test_assert_indicator (window);

  g_assert_true (syl_test_release_checked (window, syl_test_dragged (node, NULL)));
  g_assert_true (syl_test_node_at (window, "1.2") == node);
  g_assert_false (syl_node_get_expanded (opened));
  syl_test_close_window (window);
}

/* Below it, the opened row stays open while the drag lasts, so that the
 * row under the pointer stays put, and folds once the drop lands
 * elsewhere. */
static void
test_opened_row_folds_after_drop_below (void)
{
  SylWindow *window = syl_test_open_sample_for_drags ();
  SylNode *node = syl_test_node_at (window, "1.2");
  SylNode *opened = syl_test_node_at (window, "1.4");
  SylNode *next = syl_test_node_at (window, "1.6");

  open_then_move (window, "1.2", next, 0.12);
  g_assert_true (syl_node_get_expanded (opened));

  g_assert_true (syl_test_release_checked (window, syl_test_dragged (node, NULL)));
  g_assert_true (syl_test_node_at (window, "1.5") == node);
  g_assert_false (syl_node_get_expanded (opened));
  syl_test_close_window (window);
}

/* Escape ends the drag: nothing moves, and the row it opened folds. */
static void
test_opened_row_folds_on_escape (void)
{
  SylWindow *window = syl_test_open_sample_for_drags ();
  SylNode *opened = syl_test_node_at (window, "1.4");
  int x1, y1, x2, y2;

  syl_test_row_point (window, syl_test_node_at (window, "1.6"), 0.5, &x1, &y1);
  syl_test_row_point (window, opened, 0.5, &x2, &y2);
  syl_test_drag_rest (x1, y1, x2, y2, SYL_TEST_HUMAN_REST_MS);
  g_assert_true (syl_node_get_expanded (opened));

  syl_test_cancel_checked (window);
  g_assert_false (syl_node_get_expanded (opened));
  syl_test_close_window (window);
}

/* Passing over a closed row, even slowly, does not open it. */
static void
test_passing_over_does_not_open (void)
{
  SylWindow *window = syl_test_open_sample_for_drags ();
  SylNode *node = syl_test_node_at (window, "1.2");
  SylNode *passed = syl_test_node_at (window, "1.5");
  SylNode *target = syl_test_node_at (window, "1.7");
  int x1, y1, x2, y2, x3, y3;

  syl_test_row_point (window, node, 0.5, &x1, &y1);
  syl_test_row_point (window, passed, 0.5, &x2, &y2);
  syl_test_row_point (window, target, 0.12, &x3, &y3);
  /* Slowly: a short rest on the row passed over, shorter than the delay
   * that opens a row. */
  syl_test_drag_rest (x1, y1, x2, y2, 400);
  for (int i = 1; i <= 4; i++)
    syl_test_xdotool ("mousemove %d %d", x2, y2 + (y3 - y2) * i / 4);
  /* The rest on the target, by the clock: the row passed over had time
   * to open, had the pass opened it. */
  syl_test_pump (SYL_TEST_HUMAN_REST_MS);
  g_assert_false (syl_node_get_expanded (passed));

  g_assert_true (syl_test_release_checked (window, syl_test_dragged (node, NULL)));
  g_assert_false (syl_node_get_expanded (passed));
  syl_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  syl_test_gui_init (&argc, &argv);

  if (!syl_test_can_drive_x ())
    return 77;

  for (guint i = 0; i < G_N_ELEMENTS (rest_cases); i++)
    g_test_add_data_func (rest_names[i], &rest_cases[i], test_rest_drop);
  g_test_add_func ("/dnd-rest/opened-row/folds-when-left-upwards",
                   test_opened_row_folds_when_left_upwards);
  g_test_add_func ("/dnd-rest/opened-row/folds-after-drop-below",
                   test_opened_row_folds_after_drop_below);
  g_test_add_func ("/dnd-rest/opened-row/folds-on-escape", test_opened_row_folds_on_escape);
  g_test_add_func ("/dnd-rest/passing-over-does-not-open", test_passing_over_does_not_open);

  return g_test_run ();
}
