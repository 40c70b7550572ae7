/* syl-window-actions.c: what the window does: open, save, undo, lock
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-course-dialog.h"
#include "syl-window-private.h"

void
_syl_window_update_actions (SylWindow *self)
{
  gboolean has_document = self->document != NULL;
  gboolean editable = has_document && !syl_window_get_review_mode (self);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.save-as", has_document);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.lock-structure", editable);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.course-properties", editable);
}

static void
undo_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  SylWindow *self = SYL_WINDOW (widget);

  if (self->document != NULL && _syl_window_review_allows (self, FALSE))
    syl_history_undo (syl_document_get_history (self->document));
}

static void
redo_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  SylWindow *self = SYL_WINDOW (widget);

  if (self->document != NULL && _syl_window_review_allows (self, TRUE))
    syl_history_redo (syl_document_get_history (self->document));
}

/* Saving keeps the file on disk intact when it fails, and the document
 * modified: the error says why, and nothing is lost. */
void
_syl_window_save (SylWindow *self,
                  GFile     *file)
{
  g_autoptr(GError) error = NULL;

  if (!syl_document_save (self->document, file, &error))
    {
      syl_window_show_error (self, _("Could Not Save"), error->message);
      return;
    }
}

static void
save_as_response_cb (GtkNativeDialog *dialog,
                     int              response,
                     SylWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->document != NULL)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      _syl_window_save (self, file);
    }
  g_object_unref (dialog);
}

static void
add_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) outlines = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();

  gtk_file_filter_set_name (outlines, _("Syllabus Outlines"));
  gtk_file_filter_add_pattern (outlines, "*.syllabus.json");
  gtk_file_filter_add_mime_type (outlines, "application/x-syllabus+json");
  gtk_file_filter_set_name (json, _("All JSON Files"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_pattern (json, "*.json");
  gtk_file_chooser_add_filter (chooser, outlines);
  gtk_file_chooser_add_filter (chooser, json);
}

static void
save_as_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  SylWindow *self = SYL_WINDOW (widget);
  GtkFileChooserNative *dialog;
  g_autofree char *suggested = NULL;
  const char *title;

  if (self->document == NULL)
    return;

  dialog = gtk_file_chooser_native_new (_("Save Outline"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  add_filters (GTK_FILE_CHOOSER (dialog));
  title = syl_document_get_title (self->document);
  suggested = g_strdup_printf ("%s.syllabus.json", *title ? title : _("Untitled Course"));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested);
  g_signal_connect (dialog, "response", G_CALLBACK (save_as_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
save_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  SylWindow *self = SYL_WINDOW (widget);

  if (self->document == NULL)
    return;
  if (syl_document_get_file (self->document) == NULL)
    save_as_action (widget, name, param);
  else
    _syl_window_save (self, NULL);
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  SylWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      GApplication *application = G_APPLICATION (gtk_window_get_application (GTK_WINDOW (self)));

      g_application_open (application, &file, 1, "");
    }
  g_object_unref (dialog);
}

static void
open_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  SylWindow *self = SYL_WINDOW (widget);
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Open Outline"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  add_filters (GTK_FILE_CHOOSER (dialog));
  g_signal_connect (dialog, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static void
new_outline_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  SylWindow *self = SYL_WINDOW (widget);
  g_autoptr(SylDocument) document = syl_document_new ();

  syl_window_set_document (self, document);
  gtk_widget_activate_action (GTK_WIDGET (self->outline_view), "outline.new-sibling", NULL);
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

  if (self->document == NULL)
    return;
  syl_course_dialog_present (syl_course_dialog_new (self->document), widget);
}

void
_syl_window_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "win.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "win.save", NULL, save_action);
  gtk_widget_class_install_action (widget_class, "win.save-as", NULL, save_as_action);
  gtk_widget_class_install_action (widget_class, "win.open", NULL, open_action);
  gtk_widget_class_install_action (widget_class, "win.new-outline", NULL, new_outline_action);
  gtk_widget_class_install_action (widget_class, "win.lock-structure", NULL,
                                   lock_structure_action);
  gtk_widget_class_install_action (widget_class, "win.course-properties", NULL,
                                   course_properties_action);
}
