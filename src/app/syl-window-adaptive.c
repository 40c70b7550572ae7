/* syl-window-adaptive.c: one pane at a time in a narrow window
 *
 * A wide window shows the outline and the section editor side by side in
 * the paned.  Below SYL_WINDOW_NARROW_WIDTH it shows one of them, with a
 * button in the header bar to go to the other, so the window stays usable
 * on a 360-pixel phone screen.  libadwaita 1.2 has no AdwBreakpoint, and an
 * AdwLeaflet would lose the paned's handle, so the window watches its own
 * width.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-node-pane-private.h"
#include "syl-window-private.h"

/* A bar under the header bar puts its buttons under its text in a
 * narrow window: beside them, the text would be squeezed into a column a
 * few characters wide, and in some languages the buttons alone would not
 * fit. */
static void
stack_bar (GtkRevealer *bar,
           gboolean     narrow)
{
  GtkWidget *box = gtk_revealer_get_child (bar);

  gtk_orientable_set_orientation (GTK_ORIENTABLE (box),
                                  narrow ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL);
  gtk_box_set_spacing (GTK_BOX (box), narrow ? 6 : 12);
}

static void
apply_layout (SylWindow *self)
{
  gboolean editor = self->narrow && self->showing_editor;
  gboolean has_document = self->document != NULL;

  gtk_widget_set_visible (GTK_WIDGET (self->outline_view), !editor);
  gtk_widget_set_visible (self->node_pane, !self->narrow || self->showing_editor);
  gtk_widget_set_visible (self->edit_button, has_document && self->narrow && !editor);
  gtk_widget_set_visible (self->back_button, has_document && editor);

  /* The header bar has room for these only in a wide window; the main
   * menu has them too. */
  gtk_widget_set_visible (self->lock_button, !self->narrow);
  gtk_widget_set_visible (self->review_button, !self->narrow);
  gtk_widget_set_visible (self->comments_button, !self->narrow);
  gtk_widget_set_visible (self->check_button, !self->narrow);

  stack_bar (self->disk_banner, self->narrow);
  stack_bar (self->review_bar, self->narrow);
}

void
_syl_window_update_layout (SylWindow *self)
{
  apply_layout (self);
}

/* Changing which panes are visible while the window is being allocated
 * would change its size request in the middle of a layout, so the change
 * waits for the next main-loop turn: one frame at most. */
static gboolean
adapt_cb (gpointer user_data)
{
  SylWindow *self = user_data;
  int width = gtk_widget_get_width (GTK_WIDGET (self));

  self->adapt_source = 0;
  if (width > 0)
    {
      self->narrow = width < SYL_WINDOW_NARROW_WIDTH;
      apply_layout (self);
    }
  return G_SOURCE_REMOVE;
}

void
_syl_window_adapt_to_width (SylWindow *self,
                            int        width)
{
  gboolean narrow = width < SYL_WINDOW_NARROW_WIDTH;

  if (narrow == self->narrow || self->adapt_source != 0)
    return;
  self->adapt_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, adapt_cb, self, NULL);
}

/* A window that opens narrow must not ask for the room of two panes
 * first: the window manager would give it that. */
void
_syl_window_adapt_to_default_size (SylWindow *self)
{
  int width, height;

  /* GTK 4.8 needs both pointers. */
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  if (width > 0)
    {
      self->narrow = width < SYL_WINDOW_NARROW_WIDTH;
      apply_layout (self);
    }
}

void
_syl_window_stop_adapting (SylWindow *self)
{
  g_clear_handle_id (&self->adapt_source, g_source_remove);
}

/* The editor opens ready to type in the title, when one node is shown. */
static void
show_editor_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  SylWindow *self = SYL_WINDOW (widget);
  GtkWidget *title = GTK_WIDGET (SYL_NODE_PANE (self->node_pane)->title_row);

  self->showing_editor = TRUE;
  apply_layout (self);
  /* Without selecting the title, so typing does not replace it. */
  if (gtk_widget_get_mapped (title) && gtk_widget_grab_focus (title))
    gtk_editable_set_position (GTK_EDITABLE (title), -1);
  else
    gtk_widget_child_focus (self->node_pane, GTK_DIR_TAB_FORWARD);
}

/* Back in the outline, the selection is where it was. */
static void
show_outline_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *param)
{
  SylWindow *self = SYL_WINDOW (widget);

  self->showing_editor = FALSE;
  apply_layout (self);
  gtk_widget_grab_focus (syl_outline_view_get_list_view (self->outline_view));
}

void
_syl_window_adaptive_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.show-editor", NULL, show_editor_action);
  gtk_widget_class_install_action (widget_class, "win.show-outline", NULL, show_outline_action);
}

/**
 * syl_window_get_narrow:
 *
 * Returns: whether the window is narrow enough to show one pane at a time
 */
gboolean
syl_window_get_narrow (SylWindow *self)
{
  g_return_val_if_fail (SYL_IS_WINDOW (self), FALSE);
  return self->narrow;
}
