/* syl-undo-toast.c: the toast that names the last step, with Undo
 *
 * A move, a drop or a deletion says what it did in a toast with an Undo
 * button.  Two steps in a row must not leave the first step's toast on
 * screen while the second waits behind it, since its Undo would undo the
 * second: a widget keeps one toast and gives it the new step's words.  A
 * toast whose step is no longer the latest (it was undone, or another step
 * came without a toast of its own) goes, when its widget says so with
 * syl_undo_toast_step_applied().
 *
 * The toast is changed in place rather than dismissed and followed by a
 * new one, and it is never dismissed while it is still coming in:
 * libadwaita 1.2 frees a toast whose fading out ends before its coming in
 * (which takes longer when it replaced another toast), and then crashes
 * when the coming in ends.  A toast added while another is up waits in
 * the overlay's queue and comes in only when that one goes, so its time is
 * counted from when its widget appears in the overlay, not from when it
 * was added; a toast still waiting can be dismissed at any time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-undo-toast.h"

static void
stop_watching (SylUndoToast *self)
{
  if (self->tick != 0 && self->overlay != NULL)
    gtk_widget_remove_tick_callback (self->overlay, self->tick);
  self->tick = 0;
}

static void
toast_dismissed_cb (AdwToast     *toast,
                    SylUndoToast *self)
{
  if (self->toast != toast)
    return;
  stop_watching (self);
  g_clear_weak_pointer (&self->toast);
  g_clear_weak_pointer (&self->overlay);
}

/* Whether the overlay shows @toast: libadwaita gives each toast it shows a
 * widget, named "toast" in CSS, with the toast as its "toast" property. */
static gboolean
overlay_shows (GtkWidget *overlay,
               AdwToast  *toast)
{
  for (GtkWidget *child = gtk_widget_get_first_child (overlay);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      g_autoptr(AdwToast) shown = NULL;

      if (g_strcmp0 (gtk_widget_get_css_name (child), "toast") != 0 ||
          g_object_class_find_property (G_OBJECT_GET_CLASS (child), "toast") == NULL)
        continue;
      g_object_get (child, "toast", &shown, NULL);
      if (shown == toast)
        return TRUE;
    }
  return FALSE;
}

static gboolean
watch_arrival_cb (GtkWidget     *overlay,
                  GdkFrameClock *clock,
                  gpointer       user_data)
{
  SylUndoToast *self = user_data;

  if (self->toast == NULL || !overlay_shows (overlay, self->toast))
    return G_SOURCE_CONTINUE;
  self->shown = g_get_monotonic_time ();
  self->tick = 0;
  return G_SOURCE_REMOVE;
}

static void
watch_arrival (SylUndoToast *self,
               GtkWidget    *overlay)
{
  self->shown = 0;
  g_set_weak_pointer (&self->overlay, overlay);
  self->tick = gtk_widget_add_tick_callback (overlay, watch_arrival_cb, self, NULL);
}

static void
set_words (AdwToast   *toast,
           const char *title,
           gboolean    undoable)
{
  adw_toast_set_title (toast, title);
  adw_toast_set_button_label (toast, undoable ? _("_Undo") : NULL);
  adw_toast_set_action_name (toast, undoable ? "win.undo" : NULL);
}

/**
 * syl_undo_toast_show:
 * @widget: the widget whose step it is, inside the window's toast overlay
 * @undoable: whether the toast offers to undo the step
 *
 * Shows @title in the toast, in place of what it said before.
 */
void
syl_undo_toast_show (SylUndoToast *self,
                     GtkWidget    *widget,
                     const char   *title,
                     gboolean      undoable)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (widget, ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  if (overlay == NULL)
    return;

  self->stale = FALSE;
  if (self->toast != NULL)
    {
      /* Adding a toast that is up again starts its time anew. */
      set_words (self->toast, title, undoable);
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), g_object_ref (self->toast));
      return;
    }

  toast = adw_toast_new (title);
  set_words (toast, title, undoable);
  g_set_weak_pointer (&self->toast, toast);
  g_signal_connect (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), self);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
  watch_arrival (self, overlay);
}

/* How long a toast takes to come in, at most (libadwaita 1.2 takes 500 ms
 * when it replaces another), with some margin. */
#define TOAST_ARRIVAL_MS 750

/* How long until the toast has fully come in: 0 if it has, or if it still
 * waits in the queue.  It may have appeared since the last frame, before
 * the watch saw it: then it has only begun. */
static guint
ms_until_arrived (SylUndoToast *self)
{
  gint64 age_ms;

  if (self->shown == 0)
    {
      if (self->overlay == NULL || !overlay_shows (self->overlay, self->toast))
        return 0;
      self->shown = g_get_monotonic_time ();
      stop_watching (self);
    }
  age_ms = (g_get_monotonic_time () - self->shown) / 1000;
  return age_ms >= TOAST_ARRIVAL_MS ? 0 : (guint) (TOAST_ARRIVAL_MS - age_ms);
}

static gboolean
dismiss_stale_cb (gpointer user_data)
{
  SylUndoToast *self = user_data;
  guint wait_ms;

  self->idle = 0;
  if (!self->stale || self->toast == NULL)
    return G_SOURCE_REMOVE;
  wait_ms = ms_until_arrived (self);
  if (wait_ms > 0)
    {
      self->idle = g_timeout_add (wait_ms, dismiss_stale_cb, self);
      return G_SOURCE_REMOVE;
    }
  self->stale = FALSE;
  adw_toast_dismiss (self->toast);
  return G_SOURCE_REMOVE;
}

/**
 * syl_undo_toast_step_applied:
 *
 * A step was done, undone or redone: the toast on screen names an older
 * one, unless the code that made the step gives it new words at once.
 * Its Undo is gone at once; the toast goes once it has fully come in.
 */
void
syl_undo_toast_step_applied (SylUndoToast *self)
{
  if (self->toast == NULL)
    return;
  self->stale = TRUE;
  adw_toast_set_button_label (self->toast, NULL);
  adw_toast_set_action_name (self->toast, NULL);
  if (self->idle == 0)
    self->idle = g_idle_add (dismiss_stale_cb, self);
}

/**
 * syl_undo_toast_clear:
 *
 * Lets the toast go its own way, when its widget goes: it stays on screen
 * until its time is up, but nothing refers to the widget any more.
 */
void
syl_undo_toast_clear (SylUndoToast *self)
{
  g_clear_handle_id (&self->idle, g_source_remove);
  stop_watching (self);
  if (self->toast != NULL)
    g_signal_handlers_disconnect_by_func (self->toast, toast_dismissed_cb, self);
  g_clear_weak_pointer (&self->toast);
  g_clear_weak_pointer (&self->overlay);
  self->stale = FALSE;
}

/**
 * syl_undo_toast_get:
 *
 * Returns: (transfer none) (nullable): the toast, while it is up and
 *   names the latest step
 */
AdwToast *
syl_undo_toast_get (SylUndoToast *self)
{
  return self->stale ? NULL : self->toast;
}
