/* test-toasts.c: the toast with Undo goes only once it has fully come in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-outline-view.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"

static gboolean
toast_gone (gpointer data)
{
  AdwToast **toast = data;

  return *toast == NULL;
}

/* libadwaita 1.2 crashes when a toast is dismissed while it is still
 * coming in: the fading out (300 ms) ends before the coming in (500 ms
 * when it replaces another toast) and frees it.  A toast with Undo added
 * while another toast is up waits in the queue; this makes it wait for
 * longer than the time the view allows for arriving, then lets it in and
 * makes its step stale at once.  Counted from when it was added, the
 * view dismissed it at once and the process crashed when the coming in
 * ended; counted from when it came in, it stays until it has arrived. */
static void
test_stale_toast_that_waited_in_the_queue (void)
{
  g_autofree char *path = syl_test_sample_path ();
  SylWindow *window = syl_test_open_window_sized (path, 900, 700);
  SylOutlineView *view = syl_window_get_outline_view (window);
  SylDocument *document = syl_window_get_document (window);
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (view), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *first = adw_toast_new ("In front");
  AdwToast *undo_toast;

  g_assert_nonnull (overlay);
  adw_toast_set_timeout (first, 0);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), g_object_ref (first));
  syl_test_wait_frame (GTK_WIDGET (window));

  syl_test_select (window, "1.1");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "outline.delete", NULL));
  undo_toast = syl_outline_view_get_toast (view);
  g_assert_nonnull (undo_toast);
  g_object_add_weak_pointer (G_OBJECT (undo_toast), (gpointer *) &undo_toast);

  /* Longer than the 750 ms a toast is given to come in, while it waits:
   * the time is what is tested. */
  syl_test_pump (900);
  adw_toast_dismiss (first);
  g_object_unref (first);

  /* A step of its own makes the Undo toast stale while it comes in. */
  syl_document_set_string (document, syl_test_node_at (window, "1.1"), "title", "Renamed", FALSE, NULL);
  g_assert_null (syl_outline_view_get_toast (view));
  syl_test_pump (600);
  /* Still there, past the end of its coming in, and still alive. */
  g_assert_nonnull (undo_toast);
  /* Then it goes. */
  syl_test_await (toast_gone, &undo_toast);

  syl_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  syl_test_gui_init (&argc, &argv);

  g_test_add_func ("/toasts/stale-toast-that-waited-in-the-queue",
                   test_stale_toast_that_waited_in_the_queue);

  return g_test_run ();
}
