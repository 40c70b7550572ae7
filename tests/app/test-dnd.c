/* test-dnd.c: dragging rows with a real pointer, under Xvfb
 *
 * xdotool moves the X pointer and presses its button, so the drag goes
 * through GTK's gestures, the drag threshold and XDND exactly as a
 * designer's mouse would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-test-dnd.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"

/* The row of @node is wholly inside the visible part of the list, where
 * the pointer can reach it. */
static void
assert_row_visible (SylWindow *window,
                    SylNode   *node)
{
  SylOutlineView *view = syl_window_get_outline_view (window);
  GtkWidget *row = syl_outline_view_get_row_widget (view, node);
  GtkWidget *list = syl_outline_view_get_list_view (view);
  GtkWidget *scroller = gtk_widget_get_parent (list);
  graphene_rect_t bounds;

  g_assert_nonnull (row);
  g_assert_true (gtk_widget_compute_bounds (row, scroller, &bounds));
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (scroller));
}

/* Closes the row of @number with the view's own action, as Left would. */
static void
collapse (SylWindow  *window,
          const char *number)
{
  SylOutlineView *view = syl_window_get_outline_view (window);

  syl_test_select (window, number);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "outline.collapse", NULL));
  syl_test_wait_settled (window);
  g_assert_false (syl_node_get_expanded (syl_test_node_at (window, number)));
}

static void
click_row (SylWindow *window,
           SylNode   *node)
{
  int x, y;

  syl_test_row_point (window, node, 0.5, &x, &y);
  syl_test_xdotool ("mousemove %d %d", x, y);
  syl_test_xdotool ("click 1");
  syl_test_wait_settled (window);
}

/* A press on the row just clicked, sooner than this, is the second click
 * of a double click, which the row claims for itself: no drag starts. */
static void
wait_past_double_click (void)
{
  int double_click_time = 0;

  g_object_get (gtk_settings_get_default (), "gtk-double-click-time", &double_click_time, NULL);
  /* By the clock: GTK tells a double click from two clicks by the time
   * between them, and a person waits that long before dragging. */
  syl_test_pump ((guint) double_click_time + 100);
}

/* Exactly @first and, unless NULL, @second are selected, in this order. */
static void
assert_selected (SylWindow *window,
                 SylNode   *first,
                 SylNode   *second)
{
  g_autoptr(GPtrArray) selected = syl_test_selected (window);

  g_assert_cmpuint (selected->len, ==, second != NULL ? 2 : 1);
  g_assert_true (g_ptr_array_index (selected, 0) == first);
  if (second != NULL)
    g_assert_true (g_ptr_array_index (selected, 1) == second);
}

static guint
n_undo (SylWindow *window)
{
  return syl_history_get_n_undo (syl_document_get_history (syl_window_get_document (window)));
}

/* One undo gives back exactly the document that was serialized as
 * @before, and nothing is left to undo. */
static void
undo_once_restores (SylWindow  *window,
                    const char *before)
{
  SylDocument *document = syl_window_get_document (window);
  g_autofree char *after = NULL;

  g_assert_cmpuint (n_undo (window), ==, 1);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.undo", NULL));
  syl_test_wait_settled (window);
  after = syl_test_serialize (document);
  syl_test_assert_same_text (after, before);
  g_assert_false (syl_history_get_can_undo (syl_document_get_history (document)));
}

static void
test_drag_into_chapter (void)
{
  SylWindow *window = syl_test_open_sample_for_drags ();
  SylDocument *document = syl_window_get_document (window);
  SylNode *node = syl_test_node_at (window, "1.2");
  SylNode *chapter = syl_test_node_at (window, "2");
  g_autofree char *contents = NULL;
  int x1, y1, x2, y2;

  syl_test_row_point (window, node, 0.5, &x1, &y1);
  syl_test_row_point (window, chapter, 0.5, &x2, &y2);
  syl_test_drag_to (x1, y1, x2, y2);
  g_assert_true (syl_test_release_checked (window, syl_test_dragged (node, NULL)));

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
  SylWindow *window = syl_test_open_sample_for_drags ();
  SylNode *node = syl_test_node_at (window, "1.5");
  SylNode *target = syl_test_node_at (window, "1.2");
  int x1, y1, x2, y2;

  syl_test_row_point (window, node, 0.5, &x1, &y1);
  syl_test_row_point (window, target, 0.1, &x2, &y2);
  syl_test_drag_to (x1, y1, x2, y2);
  g_assert_true (syl_test_release_checked (window, syl_test_dragged (node, NULL)));

  g_assert_true (syl_test_node_at (window, "1.2") == node);
  g_assert_true (syl_test_node_at (window, "1.3") == target);
  syl_test_close_window (window);
}

/* Escape during a drag cancels it; nothing changes. */
static void
test_drag_escape (void)
{
  SylWindow *window = syl_test_open_sample_for_drags ();
  SylDocument *document = syl_window_get_document (window);
  int x1, y1, x2, y2;

  syl_test_row_point (window, syl_test_node_at (window, "1.2"), 0.5, &x1, &y1);
  syl_test_row_point (window, syl_test_node_at (window, "2"), 0.5, &x2, &y2);
  syl_test_drag_to (x1, y1, x2, y2);
  syl_test_cancel_checked (window);
  g_assert_false (syl_document_get_modified (document));
  g_assert_false (syl_history_get_can_undo (syl_document_get_history (document)));
  syl_test_close_window (window);
}

/* A chapter dropped into its own section is refused. */
static void
test_drag_into_own_subtree (void)
{
  SylWindow *window = syl_test_open_sample_for_drags ();
  SylDocument *document = syl_window_get_document (window);
  g_autofree char *before = syl_test_serialize (document);
  g_autofree char *after = NULL;
  int x1, y1, x2, y2;

  syl_test_row_point (window, syl_test_node_at (window, "1"), 0.5, &x1, &y1);
  syl_test_row_point (window, syl_test_node_at (window, "1.3"), 0.5, &x2, &y2);
  syl_test_drag_to (x1, y1, x2, y2);
  g_assert_false (syl_test_release_checked (window,
                                            syl_test_dragged (syl_test_node_at (window, "1"), NULL)));

  after = syl_test_serialize (document);
  syl_test_assert_same_text (after, before);
  g_assert_false (syl_history_get_can_undo (syl_document_get_history (document)));
  syl_test_close_window (window);
}

/* Ctrl+click adds a row to the selection; dragging one of the selected
 * rows drags them all, in document order, as one step. */
static void
test_drag_selection (void)
{
  SylWindow *window = syl_test_open_sample_for_drags ();
  SylDocument *document = syl_window_get_document (window);
  SylNode *first = syl_test_node_at (window, "1.2");
  SylNode *second = syl_test_node_at (window, "1.5");
  SylNode *chapter = syl_test_node_at (window, "3");
  g_autofree char *before = syl_test_serialize (document);
  int x1, y1, x2, y2;

  /* Chapter 2 closed brings chapter 3 on screen. */
  collapse (window, "2");
  click_row (window, first);
  assert_selected (window, first, NULL);
  syl_test_xdotool ("keydown ctrl");
  click_row (window, second);
  syl_test_xdotool ("keyup ctrl");
  assert_selected (window, first, second);

  assert_row_visible (window, chapter);
  wait_past_double_click ();
  syl_test_row_point (window, second, 0.5, &x1, &y1);
  syl_test_row_point (window, chapter, 0.5, &x2, &y2);
  syl_test_drag_to (x1, y1, x2, y2);
  g_assert_true (syl_test_release_checked (window, syl_test_dragged (first, second, NULL)));

  /* Chapter 3 had 7 sections. */
  g_assert_cmpuint (syl_node_get_n_children (chapter), ==, 9);
  g_assert_true (syl_test_node_at (window, "3.8") == first);
  g_assert_true (syl_test_node_at (window, "3.9") == second);
  g_assert_cmpuint (syl_node_get_n_children (syl_test_node_at (window, "1")), ==, 8);
  g_assert_cmpuint (syl_node_get_n_children (second), ==, 5);
  assert_selected (window, first, second);
  undo_once_restores (window, before);
  syl_test_close_window (window);
}

/* The empty space below the last row takes drops too: at the end of the
 * outline, as its last chapter. */
static void
test_drag_below_last_row (void)
{
  SylWindow *window = syl_test_open_sample_for_drags ();
  SylDocument *document = syl_window_get_document (window);
  GtkWidget *list = syl_outline_view_get_list_view (syl_window_get_outline_view (window));
  SylNode *node = syl_test_node_at (window, "3.2");
  SylNode *last = syl_test_node_at (window, "6");
  g_autofree char *before = syl_test_serialize (document);
  const char *closed[] = { "1", "2", "4", "5" };
  int x1, y1, x2, y2, bottom_x, bottom_y;

  /* Only chapter 3 open: 13 rows, which leave space below them. */
  for (guint i = 0; i < G_N_ELEMENTS (closed); i++)
    collapse (window, closed[i]);
  syl_test_select (window, "1");
  assert_row_visible (window, last);
  syl_test_row_point (window, last, 1.0, &x2, &y2);
  syl_test_screen_point (list, 0.5, 1.0, &bottom_x, &bottom_y);
  g_assert_cmpint (bottom_y - y2, >, 40);

  syl_test_row_point (window, node, 0.5, &x1, &y1);
  syl_test_drag_to (x1, y1, x2, y2 + (bottom_y - y2) / 2);
  g_assert_true (syl_test_release_checked (window, syl_test_dragged (node, NULL)));

  g_assert_true (syl_node_get_parent (node) == syl_document_get_root (document));
  g_assert_true (syl_test_node_at (window, "7") == node);
  g_assert_true (syl_test_node_at (window, "6") == last);
  g_assert_cmpuint (syl_node_get_n_children (syl_document_get_root (document)), ==, 7);
  g_assert_cmpuint (syl_node_get_n_children (node), ==, 3);
  g_assert_cmpuint (syl_node_get_n_children (syl_test_node_at (window, "3")), ==, 6);
  assert_selected (window, node, NULL);
  undo_once_restores (window, before);
  syl_test_close_window (window);
}

/* A label in another window that drags plain text, as a text editor
 * would: only text/plain, nothing Syllabus knows. */
static GtkWidget *
text_source (const char *text)
{
  GtkWidget *label = gtk_label_new ("Drag me");
  GtkDragSource *source = gtk_drag_source_new ();
  g_autoptr(GdkContentProvider) content = gdk_content_provider_new_typed (G_TYPE_STRING, text);

  gtk_drag_source_set_content (source, content);
  gtk_drag_source_set_actions (source, GDK_ACTION_COPY);
  gtk_widget_add_controller (label, GTK_EVENT_CONTROLLER (source));
  return label;
}

/* Text dropped from another application becomes nodes, nested by its
 * indentation, inserted in one step. */
static void
test_drop_text_from_outside (void)
{
  SylWindow *window = syl_test_open_sample_for_drags ();
  SylDocument *document = syl_window_get_document (window);
  SylNode *chapter = syl_test_node_at (window, "2");
  g_autofree char *before = syl_test_serialize (document);
  GtkWidget *label = text_source ("新章节\n  第一节\n  第二节\n");
  GtkWindow *other = syl_test_open_side_window (label, 1000, 100, 240, 160);
  SylNode *added;
  int x1, y1, x2, y2;

  syl_test_screen_point (label, 0.5, 0.5, &x1, &y1);
  g_assert_cmpint (x1, >, 1000);
  syl_test_row_point (window, chapter, 0.5, &x2, &y2);
  syl_test_drag_to (x1, y1, x2, y2);
  g_assert_true (syl_test_release_checked (window, NULL));

  g_assert_cmpuint (syl_node_get_n_children (chapter), ==, 9);
  added = syl_test_node_at (window, "2.9");
  g_assert_cmpstr (syl_node_get_title (added), ==, "新章节");
  g_assert_cmpuint (syl_node_get_n_children (added), ==, 2);
  g_assert_cmpstr (syl_node_get_title (syl_test_node_at (window, "2.9.1")), ==, "第一节");
  g_assert_cmpstr (syl_node_get_title (syl_test_node_at (window, "2.9.2")), ==, "第二节");
  g_assert_cmpuint (syl_node_get_n_children (syl_test_node_at (window, "2.9.1")), ==, 0);
  assert_selected (window, added, NULL);
  undo_once_restores (window, before);

  gtk_window_destroy (other);
  g_object_unref (other);
  syl_test_close_window (window);
}

static gboolean
drop_string_cb (GtkDropTarget *target,
                const GValue  *value,
                double         x,
                double         y,
                char         **received)
{
  g_free (*received);
  *received = g_value_dup_string (value);
  return TRUE;
}

static gboolean
is_set (gpointer data)
{
  return *(char **) data != NULL;
}

/* Rows dragged to another application arrive as the numbered outline of
 * their subtrees.  The target here asks to move, as a file manager may:
 * the outline must still keep them. */
static void
test_drag_out_as_text (void)
{
  SylWindow *window = syl_test_open_sample_for_drags ();
  SylDocument *document = syl_window_get_document (window);
  g_autofree char *before = syl_test_serialize (document);
  g_autofree char *after = NULL;
  g_autofree char *received = NULL;
  GtkWidget *label = gtk_label_new ("Drop here");
  GtkDropTarget *target = gtk_drop_target_new (G_TYPE_STRING, GDK_ACTION_MOVE);
  GtkWindow *other;
  int x1, y1, x2, y2;

  g_signal_connect (target, "drop", G_CALLBACK (drop_string_cb), &received);
  gtk_widget_add_controller (label, GTK_EVENT_CONTROLLER (target));
  other = syl_test_open_side_window (label, 1000, 100, 240, 160);

  syl_test_row_point (window, syl_test_node_at (window, "1.4"), 0.5, &x1, &y1);
  syl_test_screen_point (label, 0.5, 0.5, &x2, &y2);
  g_assert_cmpint (x2, >, 1000);
  syl_test_drag_to (x1, y1, x2, y2);
  syl_test_xdotool ("mouseup 1");
  g_assert_true (syl_test_wait_for (is_set, &received, 3000));
  /* Had the outline let the target move the rows, it would have deleted
   * them when the drag ended. */
  syl_test_wait_drag_over (window);

  g_assert_cmpstr (received, ==,
                   "1.4 算法层面的跃升\n"
                   "  1.4.1 RNN 到 transformor\n"
                   "  1.4.2 扩散模型 diffusion\n"
                   "  1.4.3 跨模态的 CLIP 框架\n");
  after = syl_test_serialize (document);
  syl_test_assert_same_text (after, before);
  g_assert_false (syl_document_get_modified (document));
  g_assert_false (syl_history_get_can_undo (syl_document_get_history (document)));

  gtk_window_destroy (other);
  g_object_unref (other);
  syl_test_close_window (window);
}

/* With the structure locked, a drag does nothing. */
static void
test_drag_locked (void)
{
  SylWindow *window = syl_test_open_sample_for_drags ();
  SylDocument *document = syl_window_get_document (window);
  g_autofree char *before = syl_test_serialize (document);
  g_autofree char *after = NULL;
  int x1, y1, x2, y2;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.lock-structure", NULL));
  g_assert_true (syl_outline_view_get_locked (syl_window_get_outline_view (window)));

  syl_test_row_point (window, syl_test_node_at (window, "1.2"), 0.5, &x1, &y1);
  syl_test_row_point (window, syl_test_node_at (window, "2"), 0.5, &x2, &y2);
  syl_test_drag_to (x1, y1, x2, y2);
  g_assert_false (syl_test_release_checked (window,
                                            syl_test_dragged (syl_test_node_at (window, "1.2"), NULL)));

  after = syl_test_serialize (document);
  syl_test_assert_same_text (after, before);
  g_assert_cmpuint (syl_node_get_n_children (syl_test_node_at (window, "2")), ==, 8);
  g_assert_false (syl_history_get_can_undo (syl_document_get_history (document)));
  syl_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  syl_test_gui_init (&argc, &argv);

  if (!syl_test_can_drive_x ())
    return 77;

  g_test_add_func ("/dnd/into-chapter", test_drag_into_chapter);
  g_test_add_func ("/dnd/before", test_drag_before);
  g_test_add_func ("/dnd/escape-cancels", test_drag_escape);
  g_test_add_func ("/dnd/into-own-subtree-refused", test_drag_into_own_subtree);
  g_test_add_func ("/dnd/selection", test_drag_selection);
  g_test_add_func ("/dnd/below-last-row", test_drag_below_last_row);
  g_test_add_func ("/dnd/text-from-outside", test_drop_text_from_outside);
  g_test_add_func ("/dnd/out-as-text", test_drag_out_as_text);
  g_test_add_func ("/dnd/locked", test_drag_locked);

  return g_test_run ();
}
