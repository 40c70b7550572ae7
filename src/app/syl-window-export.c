/* syl-window-export.c: what the window does to hand a course on: export, print
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-export-dialog.h"
#include "syl-print-operation.h"
#include "syl-window-private.h"

/* The print settings of the last print in this window, so the next one
 * starts with the same printer and paper. */
#define PRINT_SETTINGS_KEY "syl-print-settings"

/* The toast after an export opens the file in the application the
 * desktop opens its kind of file with, through the portal in a Flatpak. */
static void
exported_cb (SylWindow *self,
             GFile     *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *markup = g_markup_escape_text (name, -1);
  g_autofree char *uri = g_file_get_uri (file);
  /* Translators: a notification after an export; %s is the file's name. */
  g_autofree char *title = g_strdup_printf (_("Exported “%s”"), markup);
  AdwToast *toast = adw_toast_new (title);

  /* Translators: the button of the notification after an export. */
  adw_toast_set_button_label (toast, _("_Open"));
  adw_toast_set_action_name (toast, "win.open-exported");
  adw_toast_set_action_target_value (toast, g_variant_new_string (uri));
  adw_toast_overlay_add_toast (self->toast_overlay, toast);
}

static void
opened_cb (GObject      *source,
           GAsyncResult *result,
           gpointer      user_data)
{
  g_autoptr(SylWindow) self = user_data;
  g_autoptr(GError) error = NULL;

  if (!g_app_info_launch_default_for_uri_finish (result, &error))
    syl_window_show_error (self, _("Could Not Open the Exported File"), error->message);
}

void
_syl_window_open_exported_action (GtkWidget  *widget,
                                  const char *name,
                                  GVariant   *param)
{
  g_autoptr(GdkAppLaunchContext) context =
    gdk_display_get_app_launch_context (gtk_widget_get_display (widget));

  g_app_info_launch_default_for_uri_async (g_variant_get_string (param, NULL),
                                           G_APP_LAUNCH_CONTEXT (context), NULL, opened_cb,
                                           g_object_ref (widget));
}

void
_syl_window_export_action (GtkWidget  *widget,
                           const char *name,
                           GVariant   *param)
{
  SylWindow *self = SYL_WINDOW (widget);
  SylExportDialog *dialog;

  if (self->document == NULL)
    return;

  dialog = syl_export_dialog_new (self->document);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "exported", G_CALLBACK (exported_cb), self, G_CONNECT_SWAPPED);
  gtk_window_present (GTK_WINDOW (dialog));
}

void
_syl_window_print_action (GtkWidget  *widget,
                          const char *name,
                          GVariant   *param)
{
  SylWindow *self = SYL_WINDOW (widget);
  g_autoptr(SylPrintOperation) operation = NULL;
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;
  GtkPrintSettings *settings;

  if (self->document == NULL)
    return;
  if (!syl_export_check_document (self->document, &error))
    {
      syl_window_show_error (self, _("Could Not Print"), error->message);
      return;
    }

  operation = syl_print_operation_new (self->document, SYL_EXPORT_DEFAULT);
  settings = g_object_get_data (G_OBJECT (self), PRINT_SETTINGS_KEY);
  if (settings != NULL)
    gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (operation), settings);

  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                                    GTK_WINDOW (self), &error);
  if (result == GTK_PRINT_OPERATION_RESULT_ERROR)
    syl_window_show_error (self, _("Could Not Print"), error->message);
  else if (result == GTK_PRINT_OPERATION_RESULT_APPLY)
    g_object_set_data_full (G_OBJECT (self), PRINT_SETTINGS_KEY,
                            g_object_ref (gtk_print_operation_get_print_settings (
                                            GTK_PRINT_OPERATION (operation))),
                            g_object_unref);
}
