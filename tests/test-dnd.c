/* test-dnd.c: dragging rows with a real pointer, under Xvfb
 *
 * xdotool moves the X pointer and presses its button, so the drag goes
 * through GTK's gestures, the drag threshold and XDND exactly as a
 * designer's mouse would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gdk/x11/gdkx.h>
#include <string.h>

#include "syl-test-gui.h"
#include "syl-test-util.h"

static void
xdotool (const char *format,
         ...)
{
  g_autofree char *args = NULL;
  g_autofree char *command = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;
  va_list ap;

  va_start (ap, format);
  args = g_strdup_vprintf (format, ap);
  va_end (ap);

  command = g_strdup_printf ("xdotool %s", args);
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  syl_test_pump (60);
}

/* The centre of @node's row, or a point at @fraction of its height, in
 * screen coordinates. */
static void
row_point (SylWindow *window,
           SylNode   *node,
           double     fraction,
           int       *x,
           int       *y)
{
  GtkWidget *row = syl_outline_view_get_row_widget (syl_window_get_outline_view (window), node);
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));
  graphene_rect_t bounds;
  double sx, sy;
  int wx, wy;
  Window child;

  g_assert_nonnull (row);
  g_assert_true (gtk_widget_compute_bounds (row, GTK_WIDGET (window), &bounds));
  gtk_native_get_surface_transform (GTK_NATIVE (window), &sx, &sy);
  XTranslateCoordinates (gdk_x11_display_get_xdisplay (gdk_surface_get_display (surface)),
                         gdk_x11_surface_get_xid (surface),
                         gdk_x11_display_get_xrootwindow (gdk_surface_get_display (surface)),
                         0, 0, &wx, &wy, &child);
  *x = wx + (int) (sx + bounds.origin.x + bounds.size.width / 3);
  *y = wy + (int) (sy + bounds.origin.y + bounds.size.height * fraction);
}

/* Presses on @from and moves in steps to @to, as a hand would. */
static void
drag_to (int from_x,
         int from_y,
         int to_x,
         int to_y)
{
  xdotool ("mousemove %d %d", from_x, from_y);
  xdotool ("mousedown 1");
  for (int i = 1; i <= 10; i++)
    xdotool ("mousemove %d %d", from_x + (to_x - from_x) * i / 10,
             from_y + (to_y - from_y) * i / 10);
  syl_test_pump (200);
  xdotool ("mousemove %d %d", to_x, to_y);
  syl_test_pump (200);
}

static void
test_drag_into_chapter (void)
{
  g_autofree char *path = syl_test_sample_path ();
  SylWindow *window = syl_test_open_window (path);
  SylDocument *document = syl_window_get_document (window);
  SylNode *node = syl_test_node_at (window, "1.2");
  SylNode *chapter = syl_test_node_at (window, "2");
  g_autofree char *contents = NULL;
  int x1, y1, x2, y2;

  row_point (window, node, 0.5, &x1, &y1);
  row_point (window, chapter, 0.5, &x2, &y2);
  drag_to (x1, y1, x2, y2);
  xdotool ("mouseup 1");
  syl_test_pump (500);

  /* Dropped into the middle of chapter 2: its last section now. */
  g_assert_true (syl_node_get_parent (node) == chapter);
  g_assert_true (syl_test_node_at (window, "2.9") == node);
  g_assert_cmpstr (syl_node_get_title (syl_test_node_at (window, "1.2")), ==,
                   "大模型为什么能产生质变？");
  g_assert_cmpuint (syl_history_get_n_undo (syl_document_get_history (document)), ==, 1);
  {
    g_autoptr(GPtrArray) selected = syl_test_selected (window);
    g_assert_cmpuint (selected->len, ==, 1);
    g_assert_true (g_ptr_array_index (selected, 0) == node);
  }

  /* Saved where it was opened. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_true (g_file_load_contents (syl_document_get_file (document), NULL, &contents,
                                       NULL, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"number\": \"2.9\",\n          \"kind\": \"section\",\n"
                                      "          \"title\": \"大模型带来了什么？\""));
  syl_test_close_window (window);
}

/* A drop in the upper quarter of a row lands before it. */
static void
test_drag_before (void)
{
  g_autofree char *path = syl_test_sample_path ();
  SylWindow *window = syl_test_open_window (path);
  SylNode *node = syl_test_node_at (window, "1.5");
  SylNode *target = syl_test_node_at (window, "1.2");
  int x1, y1, x2, y2;

  row_point (window, node, 0.5, &x1, &y1);
  row_point (window, target, 0.1, &x2, &y2);
  drag_to (x1, y1, x2, y2);
  xdotool ("mouseup 1");
  syl_test_pump (500);

  g_assert_true (syl_test_node_at (window, "1.2") == node);
  g_assert_true (syl_test_node_at (window, "1.3") == target);
  syl_test_close_window (window);
}

/* Escape during a drag cancels it; nothing changes. */
static void
test_drag_escape (void)
{
  g_autofree char *path = syl_test_sample_path ();
  SylWindow *window = syl_test_open_window (path);
  SylDocument *document = syl_window_get_document (window);
  g_autofree char *before = syl_test_serialize (document);
  g_autofree char *after = NULL;
  int x1, y1, x2, y2;

  row_point (window, syl_test_node_at (window, "1.2"), 0.5, &x1, &y1);
  row_point (window, syl_test_node_at (window, "2"), 0.5, &x2, &y2);
  drag_to (x1, y1, x2, y2);
  xdotool ("keydown Escape");
  syl_test_pump (150);
  xdotool ("keyup Escape");
  syl_test_pump (200);
  xdotool ("mouseup 1");
  syl_test_pump (500);

  after = syl_test_serialize (document);
  syl_test_assert_same_text (after, before);
  g_assert_false (syl_document_get_modified (document));
  g_assert_false (syl_history_get_can_undo (syl_document_get_history (document)));
  syl_test_close_window (window);
}

/* A chapter dropped into its own section is refused. */
static void
test_drag_into_own_subtree (void)
{
  g_autofree char *path = syl_test_sample_path ();
  SylWindow *window = syl_test_open_window (path);
  SylDocument *document = syl_window_get_document (window);
  g_autofree char *before = syl_test_serialize (document);
  g_autofree char *after = NULL;
  int x1, y1, x2, y2;

  row_point (window, syl_test_node_at (window, "1"), 0.5, &x1, &y1);
  row_point (window, syl_test_node_at (window, "1.3"), 0.5, &x2, &y2);
  drag_to (x1, y1, x2, y2);
  xdotool ("mouseup 1");
  syl_test_pump (500);

  after = syl_test_serialize (document);
  syl_test_assert_same_text (after, before);
  g_assert_false (syl_history_get_can_undo (syl_document_get_history (document)));
  syl_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  syl_test_gui_init (&argc, &argv);

  if (!GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    {
      g_test_skip ("needs an X11 display for xdotool");
      return 77;
    }

  g_test_add_func ("/dnd/into-chapter", test_drag_into_chapter);
  g_test_add_func ("/dnd/before", test_drag_before);
  g_test_add_func ("/dnd/escape-cancels", test_drag_escape);
  g_test_add_func ("/dnd/into-own-subtree-refused", test_drag_into_own_subtree);

  return g_test_run ();
}
