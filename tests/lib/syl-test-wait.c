/* syl-test-wait.c: waiting in tests of windows for what they need next
 *
 * A test never waits for a time, which is too short on a busy machine and
 * too long on an idle one, but for a condition: the events sent are
 * handled, a window has painted, the outline has done all a change makes
 * it do, a dialog is there.  A wait that lasts longer than
 * SYL_TEST_WAIT_MS fails the test, naming what it waited for.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>

#include "syl-outline-view-private.h"
#include "syl-test-gui.h"
#include "syl-test-wait.h"

/* Runs the main loop for @milliseconds by the clock.  Only for pauses
 * that are what a test is about, such as a person resting on a drop
 * target: anything else waits for its condition with syl_test_await(). */
void
syl_test_pump (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

static gboolean
wake_up_cb (gpointer data)
{
  return G_SOURCE_CONTINUE;
}

/* Runs the main loop until @condition holds or @timeout_ms have passed.
 * The loop sleeps until something happens, and wakes up now and then to
 * look again at conditions that no event announces, as files on disk. */
gboolean
syl_test_wait_for (gboolean (*condition) (gpointer),
                   gpointer   data,
                   guint      timeout_ms)
{
  gint64 end = g_get_monotonic_time () + timeout_ms * 1000;
  guint wake_up = g_timeout_add_full (G_PRIORITY_LOW, 5, wake_up_cb, NULL, NULL);
  gboolean met;

  while (!(met = condition (data)) && g_get_monotonic_time () <= end)
    g_main_context_iteration (NULL, TRUE);
  g_source_remove (wake_up);
  return met;
}

/* The body of syl_test_await(): a wait that times out fails the test
 * with a message that names the condition waited for. */
void
syl_test_await_full (gboolean   (*condition) (gpointer),
                     gpointer     data,
                     const char  *what,
                     const char  *file,
                     int          line,
                     const char  *func)
{
  g_autofree char *message = NULL;

  if (syl_test_wait_for (condition, data, SYL_TEST_WAIT_MS))
    return;
  message = g_strdup_printf ("timed out after %u ms waiting for %s", SYL_TEST_WAIT_MS, what);
  g_assertion_message (G_LOG_DOMAIN, file, line, func, message);
}

static gboolean
nothing_pending (gpointer data)
{
  return !g_main_context_pending (NULL);
}

/**
 * syl_test_wait_idle:
 *
 * Waits until the main loop has nothing left to do now: every event that
 * has arrived is handled, every idle has run.  Timers still to come are
 * not waited for.
 */
void
syl_test_wait_idle (void)
{
  syl_test_await (nothing_pending, NULL);
}

/**
 * syl_test_sync_x:
 *
 * Waits until GTK has handled every event that the X server sent before
 * now: a round trip makes the server send what it has, then the main loop
 * runs until all of it is handled.  After xdotool has moved the pointer or
 * pressed a key, GTK has received the event.
 */
void
syl_test_sync_x (void)
{
  GdkDisplay *display = gdk_display_get_default ();

  if (GDK_IS_X11_DISPLAY (display))
    XSync (gdk_x11_display_get_xdisplay (display), False);
  syl_test_wait_idle ();
}

typedef struct
{
  GdkFrameClock *clock;
  gulong         handler;
  gboolean       painted;
} Frame;

static void
after_paint_cb (GdkFrameClock *clock,
                Frame         *frame)
{
  frame->painted = TRUE;
}

static gboolean
frame_painted (gpointer data)
{
  return ((Frame *) data)->painted;
}

/**
 * syl_test_wait_frame:
 *
 * Waits until the window of @widget, which is on screen, has laid itself
 * out and painted once after everything done so far: sizes, places and
 * what shows are then those of now.
 */
void
syl_test_wait_frame (GtkWidget *widget)
{
  Frame frame = { gtk_widget_get_frame_clock (widget), 0, FALSE };

  g_assert_true (gtk_widget_get_mapped (widget));
  g_assert_nonnull (frame.clock);
  frame.handler = g_signal_connect (frame.clock, "after-paint", G_CALLBACK (after_paint_cb), &frame);
  gtk_widget_queue_draw (GTK_WIDGET (gtk_widget_get_native (widget)));
  syl_test_await (frame_painted, &frame);
  g_signal_handler_disconnect (frame.clock, frame.handler);
}

/**
 * syl_test_wait_redrawn:
 *
 * Waits until every window on screen shows everything done so far: it has
 * painted once since, and an outline has done all a change makes it do
 * (syl_test_wait_settled()).
 */
void
syl_test_wait_redrawn (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (!gtk_widget_get_mapped (window))
        continue;
      if (SYL_IS_WINDOW (window) &&
          gtk_widget_get_mapped (GTK_WIDGET (syl_window_get_outline_view (SYL_WINDOW (window)))))
        syl_test_wait_settled (SYL_WINDOW (window));
      else
        syl_test_wait_frame (window);
    }
}

static gboolean
is_on_screen (gpointer data)
{
  GtkWidget *widget = data;
  GtkNative *native = gtk_widget_get_native (widget);

  return gtk_widget_get_mapped (widget) && native != NULL &&
         gdk_surface_get_mapped (gtk_native_get_surface (native));
}

/**
 * syl_test_wait_shown:
 *
 * Waits until @widget, just presented, is on screen, its window mapped
 * on the X server, laid out and painted.
 */
void
syl_test_wait_shown (GtkWidget *widget)
{
  syl_test_await (is_on_screen, widget);
  syl_test_wait_frame (widget);
}

/* Whether the outline view has nothing left to do after a change: no step
 * held back, no row waiting to tell a screen reader what it says, no row
 * to keep still or bring into view, no hover to forget.  The last ones
 * happen as the window lays itself out. */
static gboolean
view_at_rest (SylOutlineView *view)
{
  return view->step_held == NULL && view->paused_rows == NULL &&
         view->steady_node == NULL && view->steady_tick == 0 &&
         (view->reveal_nodes == NULL || view->reveal_nodes->len == 0) &&
         view->next_frame_tick == 0 && !view->forget_hover;
}

typedef struct
{
  SylOutlineView *view;
  Frame           frame;
} Settle;

/* At rest, painted since it came to rest, and nothing else to do now:
 * idles run after the frame that a change asks for. */
static gboolean
view_settled (gpointer data)
{
  Settle *settle = data;

  if (!view_at_rest (settle->view))
    {
      settle->frame.painted = FALSE;
      gtk_widget_queue_draw (GTK_WIDGET (settle->view));
      return FALSE;
    }
  return settle->frame.painted && !g_main_context_pending (NULL);
}

/**
 * syl_test_wait_settled:
 *
 * Waits until the outline of @window has done all it does after a change
 * (rows reopened, the selection brought into view), the window has
 * painted since, and the idles that the change queued have run: rows
 * stand where they are seen.
 */
void
syl_test_wait_settled (SylWindow *window)
{
  SylOutlineView *view = syl_window_get_outline_view (window);
  Settle settle = { view, { gtk_widget_get_frame_clock (GTK_WIDGET (view)), 0, FALSE } };

  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (view)));
  settle.frame.handler = g_signal_connect (settle.frame.clock, "after-paint",
                                           G_CALLBACK (after_paint_cb), &settle.frame);
  gtk_widget_queue_draw (GTK_WIDGET (view));
  syl_test_await (view_settled, &settle);
  g_signal_handler_disconnect (settle.frame.clock, settle.frame.handler);
}

typedef struct
{
  GtkWidget *list;
  gpointer   item;
} OnlyItem;

static gboolean
list_shows_only_item (gpointer data)
{
  OnlyItem *only = data;
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (only->list)));
  g_autoptr(GObject) first = NULL;

  if (g_list_model_get_n_items (model) != 1)
    return FALSE;
  first = g_list_model_get_item (model, 0);
  return first == only->item && gtk_selection_model_is_selected (GTK_SELECTION_MODEL (model), 0);
}

/**
 * syl_test_wait_list_shows_only:
 *
 * Waits until the list view under @widget shows @item alone, selected:
 * a search entry filters its list a moment after the typing stops.
 */
void
syl_test_wait_list_shows_only (GtkWidget *widget,
                               gpointer   item)
{
  OnlyItem only = { syl_test_find_child_of_type (widget, GTK_TYPE_LIST_VIEW), item };

  g_assert_nonnull (only.list);
  syl_test_await (list_shows_only_item, &only);
}
