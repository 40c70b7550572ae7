/* syl-outline-view-toast.c: the toast that names the last step
 *
 * A move, a drop or a deletion says what it did in a toast with an Undo
 * button.  Two steps in a row must not leave the first step's toast on
 * screen while the second waits behind it, since its Undo would undo the
 * second: the view keeps one toast and gives it the new step's words.  A
 * toast whose step is no longer the latest (it was undone, or another step
 * came without a toast of its own) goes.
 *
 * The toast is changed in place rather than dismissed and followed by a
 * new one, and it is never dismissed while it is still coming in:
 * libadwaita 1.2 frees a toast whose fading out ends before its coming in
 * (which takes longer when it replaced another toast), and then crashes
 * when the coming in ends.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-outline-view-private.h"

static void
toast_dismissed_cb (SylOutlineView *self,
                    AdwToast       *toast)
{
  if (self->toast == toast)
    g_clear_weak_pointer (&self->toast);
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

void
_syl_outline_view_toast (SylOutlineView *self,
                         const char     *title,
                         gboolean        undoable)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *toast;

  if (overlay == NULL)
    return;

  self->toast_stale = FALSE;
  if (self->toast != NULL)
    {
      /* Adding a toast that is up again starts its time anew. */
      set_words (self->toast, title, undoable);
      adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), g_object_ref (self->toast));
      return;
    }

  toast = adw_toast_new (title);
  set_words (toast, title, undoable);
  self->toast_shown = g_get_monotonic_time ();
  g_set_weak_pointer (&self->toast, toast);
  g_signal_connect_object (toast, "dismissed", G_CALLBACK (toast_dismissed_cb), self,
                           G_CONNECT_SWAPPED);
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), toast);
}

/* How long a toast takes to come in, at most (libadwaita 1.2 takes 500 ms
 * when it replaces another), with some margin. */
#define TOAST_ARRIVAL_MS 750

static gboolean
dismiss_stale_cb (gpointer user_data)
{
  SylOutlineView *self = user_data;

  self->toast_idle = 0;
  if (self->toast_stale && self->toast != NULL)
    adw_toast_dismiss (self->toast);
  self->toast_stale = FALSE;
  return G_SOURCE_REMOVE;
}

/* A step was done, undone or redone: the toast on screen names an older
 * one, unless the code that made the step gives it new words at once.
 * Its Undo is gone at once; the toast goes once it has fully come in. */
void
_syl_outline_view_toast_step_applied (SylOutlineView *self)
{
  gint64 age_ms;

  if (self->toast == NULL)
    return;
  self->toast_stale = TRUE;
  adw_toast_set_button_label (self->toast, NULL);
  adw_toast_set_action_name (self->toast, NULL);
  if (self->toast_idle != 0)
    return;
  age_ms = (g_get_monotonic_time () - self->toast_shown) / 1000;
  if (age_ms >= TOAST_ARRIVAL_MS)
    self->toast_idle = g_idle_add (dismiss_stale_cb, self);
  else
    self->toast_idle = g_timeout_add ((guint) (TOAST_ARRIVAL_MS - age_ms), dismiss_stale_cb, self);
}

void
_syl_outline_view_clear_toast (SylOutlineView *self)
{
  g_clear_handle_id (&self->toast_idle, g_source_remove);
  g_clear_weak_pointer (&self->toast);
}

/* The view's toast, while it is up and names the latest step: for tests. */
AdwToast *
syl_outline_view_get_toast (SylOutlineView *self)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_VIEW (self), NULL);
  return self->toast_stale ? NULL : self->toast;
}
