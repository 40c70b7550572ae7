/* syl-window-actions.c: what the window does: open, import, save, undo, lock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-course-dialog.h"
#include "syl-file-chooser.h"
#include "syl-node-pane.h"
#include "syl-window-private.h"

static void
set_enabled (SylWindow  *self,
             const char *name,
             gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

/* Long work runs one job at a time (syl-window-jobs.c): while one runs,
 * the actions that start another are off, and during a merge those that
 * change the document too. */
void
_syl_window_update_actions (SylWindow *self)
{
  gboolean has_document = self->document != NULL;
  gboolean idle = !_syl_window_is_busy (self);
  gboolean blocked = _syl_window_job_blocks_editing (self);
  gboolean editable = has_document && !syl_window_get_review_mode (self) && !blocked &&
                      !syl_window_get_compare_mode (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.lock-structure", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.course-properties", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.export", has_document && idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.print", has_document && idle);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.import", idle);
  /* The review actions are the window's own (syl-window-review.c). */
  set_enabled (self, "merge-reviews", has_document && idle);
  set_enabled (self, "review-summary", has_document && idle);
  set_enabled (self, "review-mode", has_document && !blocked && !syl_window_get_compare_mode (self));
  _syl_window_compare_update_actions (self);
}

static void
undo_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  SylWindow *self = SYL_WINDOW (widget);

  if (self->document == NULL || !_syl_window_review_allows (self, FALSE) ||
      _syl_window_job_blocks_editing (self) || syl_window_get_compare_mode (self))
    return;
  /* A duration typed but not entered is the latest change, as every other
   * typing is: it goes in first, to be the step undone. */
  syl_node_pane_commit (SYL_NODE_PANE (self->node_pane));
  syl_history_undo (syl_document_get_history (self->document));
}

static void
redo_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  SylWindow *self = SYL_WINDOW (widget);

  if (self->document != NULL && _syl_window_review_allows (self, TRUE) &&
      !_syl_window_job_blocks_editing (self) && !syl_window_get_compare_mode (self))
    syl_history_redo (syl_document_get_history (self->document));
}

static void
save_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  _syl_window_save_async (SYL_WINDOW (widget), FALSE, NULL, NULL);
}

static void
save_as_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  _syl_window_save_async (SYL_WINDOW (widget), TRUE, NULL, NULL);
}

static void
open_chosen_cb (GFile    *file,
                gpointer  user_data)
{
  g_autoptr(SylWindow) self = user_data;

  if (file != NULL)
    syl_window_open_file (self, file);
}

static void
open_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  syl_file_chooser_open (GTK_WINDOW (widget), _("Open Outline"), open_chosen_cb,
                         g_object_ref (widget));
}

static void
new_outline_confirmed_cb (GObject      *source,
                          GAsyncResult *result,
                          gpointer      user_data)
{
  SylWindow *self = SYL_WINDOW (source);
  g_autoptr(SylDocument) document = NULL;

  if (!_syl_window_confirm_finish (self, result))
    return;
  document = syl_document_new ();
  syl_window_set_document (self, document);
  gtk_widget_activate_action (GTK_WIDGET (self->outline_view), "outline.new-sibling", NULL);
}

static void
new_outline_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  _syl_window_confirm_async (SYL_WINDOW (widget), new_outline_confirmed_cb, NULL);
}

static void
lock_changed (SylWindow *self,
              gboolean   locked)
{
  syl_outline_view_set_locked (self->outline_view, locked);
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (locked ? _("Structure locked: moves and drags are off")
                                                     : _("Structure unlocked")));
}

static void
lock_structure_action (GtkWidget  *widget,
                       const char *name,
                       GVariant   *param)
{
  SylWindow *self = SYL_WINDOW (widget);

  lock_changed (self, !syl_outline_view_get_locked (self->outline_view));
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (self->lock_button),
                                syl_outline_view_get_locked (self->outline_view));
}

static void
course_properties_action (GtkWidget  *widget,
                          const char *name,
                          GVariant   *param)
{
  SylWindow *self = SYL_WINDOW (widget);

  if (self->document == NULL || _syl_window_job_blocks_editing (self))
    return;
  syl_course_dialog_present (syl_course_dialog_new (self->document), widget);
}

void
_syl_window_actions_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.import", NULL, _syl_window_import_action);
  gtk_widget_class_install_action (widget_class, "win.new-outline", NULL, new_outline_action);
  gtk_widget_class_install_action (widget_class, "win.lock-structure", NULL,
                                   lock_structure_action);
  gtk_widget_class_install_action (widget_class, "win.course-properties", NULL,
                                   course_properties_action);
  gtk_widget_class_install_action (widget_class, "win.export", NULL, _syl_window_export_action);
  gtk_widget_class_install_action (widget_class, "win.open-exported", "s",
                                   _syl_window_open_exported_action);
  gtk_widget_class_install_action (widget_class, "win.print", NULL, _syl_window_print_action);
}
