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

static void
exported_cb (SylWindow *self,
             GFile     *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *markup = g_markup_escape_text (name, -1);
  /* Translators: a notification after an export; %s is the file's name. */
  g_autofree char *title = g_strdup_printf (_("Exported “%s”"), markup);

  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
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
