/* syl-window-export.c: what the window does to hand a course on: export, print
 *
 * Exports (every format, and the review summary) run in a worker thread
 * on a snapshot of the document, and write their file there, atomically:
 * a cancelled or failed export leaves no file and no temporary behind,
 * and an older file of that name as it was.  Printing lays out its pages
 * in slices of the main loop (see syl-print-operation.c), on a snapshot
 * too.  Either way the window shows the progress and stays usable; see
 * syl-window-jobs.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "syl-export-dialog.h"
#include "syl-file.h"
#include "syl-pdf.h"
#include "syl-print-operation.h"
#include "syl-review-summary.h"
#include "syl-snapshot.h"
#include "syl-window-private.h"

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

/* Exporting in the background. */

typedef enum
{
  PRODUCE_PDF,
  PRODUCE_EXPORT,
  PRODUCE_SUMMARY,
} Produce;

typedef struct
{
  SylWindowJob    *job;
  SylDocument     *snapshot;
  GFile           *file;
  Produce          produce;
  SylExportFormat  format;
  SylExportFlags   flags;
  SylReviewFormat  summary_format;
} ExportData;

static void
export_data_free (ExportData *data)
{
  g_clear_pointer (&data->job, _syl_window_job_unref);
  g_clear_object (&data->snapshot);
  g_clear_object (&data->file);
  g_free (data);
}

/* In the worker: the file's contents. */
static GBytes *
produce (ExportData    *data,
         GCancellable  *cancellable,
         GError       **error)
{
  char *text;

  switch (data->produce)
    {
    case PRODUCE_PDF:
      return syl_pdf_render_document_full (data->snapshot, data->flags, SYL_PDF_A4_WIDTH,
                                           SYL_PDF_A4_HEIGHT, cancellable,
                                           _syl_window_job_progress_cb, data->job, error);
    case PRODUCE_EXPORT:
      return syl_export_document_full (data->snapshot, data->format, data->flags, cancellable,
                                       _syl_window_job_progress_cb, data->job, error);
    case PRODUCE_SUMMARY:
    default:
      text = syl_review_summary_full (data->snapshot, data->summary_format, cancellable,
                                      _syl_window_job_progress_cb, data->job, error);
      return text != NULL ? g_bytes_new_take (text, strlen (text)) : NULL;
    }
}

static void
export_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ExportData *data = task_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = produce (data, cancellable, &error);

  /* The snapshot is no longer needed: free it here, while it is large. */
  g_clear_object (&data->snapshot);
  if (bytes != NULL && syl_file_replace_atomically_full (data->file, bytes, cancellable, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, g_steal_pointer (&error));
}

static void
show_export_error (SylWindow  *self,
                   ExportData *data,
                   GError     *error)
{
  GtkWidget *dialog;

  if (data->produce == PRODUCE_SUMMARY)
    {
      syl_window_show_error (self, _("Could Not Save the Review Summary"), error->message);
      return;
    }
  /* Translators: the heading of a message; %s is the file's name. */
  dialog = _syl_file_error_dialog_new (GTK_WINDOW (self), _("Could Not Export “%s”"),
                                       data->file, error->message);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
export_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ExportData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(SylWindow) self = _syl_window_job_dup_window (data->job);
  g_autoptr(GError) error = NULL;
  gboolean done = g_task_propagate_boolean (G_TASK (result), &error);

  _syl_window_job_finish (data->job);
  /* A cancelled export says nothing: the bar going is enough. */
  if (self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (!done)
    show_export_error (self, data, error);
  else if (data->produce == PRODUCE_SUMMARY)
    adw_toast_overlay_add_toast (self->toast_overlay,
                                 adw_toast_new (_("Review summary saved")));
  else
    exported_cb (self, data->file);
}

/* Starts the job of @data, labelled with @format and the file's name. */
static void
start_export (SylWindow  *self,
              ExportData *data,
              const char *format)
{
  g_autofree char *name = g_file_get_basename (data->file);
  g_autofree char *label = g_strdup_printf (format, name);
  g_autoptr(GTask) task = NULL;

  data->job = _syl_window_job_start (self, label, FALSE);
  if (data->job == NULL)
    {
      export_data_free (data);
      return;
    }
  data->snapshot = syl_document_snapshot (self->document);
  task = g_task_new (NULL, _syl_window_job_get_cancellable (data->job), export_done_cb, NULL);
  g_task_set_source_tag (task, start_export);
  /* What happened is what the worker says, also when it finished before
   * noticing a cancel: then the file is there. */
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, data, (GDestroyNotify) export_data_free);
  g_task_run_in_thread (task, export_thread);
}

/**
 * _syl_window_export_in_background:
 * @pdf: whether to export a PDF file, or else one in @format
 * @flags: what to include besides the numbered titles
 *
 * Exports the document to @file in a worker thread, with its progress in
 * the window, and says when it is done, or why it could not.
 */
void
_syl_window_export_in_background (SylWindow       *self,
                                  GFile           *file,
                                  gboolean         pdf,
                                  SylExportFormat  format,
                                  SylExportFlags   flags)
{
  ExportData *data;

  if (self->document == NULL)
    return;
  data = g_new0 (ExportData, 1);
  data->file = g_object_ref (file);
  data->produce = pdf ? PRODUCE_PDF : PRODUCE_EXPORT;
  data->format = format;
  data->flags = flags;
  /* Translators: what the bar in the window says during an export; %s is
   * the name of the file being written. */
  start_export (self, data, _("Exporting “%s”…"));
}

/**
 * _syl_window_save_summary_in_background:
 * @file: where to write it; its name says the format: .html or .htm for
 *   HTML, anything else for Markdown
 *
 * syl_window_export_review_summary() in a worker thread.
 */
void
_syl_window_save_summary_in_background (SylWindow *self,
                                        GFile     *file)
{
  g_autofree char *name = g_file_get_basename (file);
  ExportData *data;

  if (self->document == NULL)
    return;
  data = g_new0 (ExportData, 1);
  data->file = g_object_ref (file);
  data->produce = PRODUCE_SUMMARY;
  data->summary_format = SYL_REVIEW_FORMAT_MARKDOWN;
  syl_review_format_for_filename (name, &data->summary_format);
  /* Translators: what the bar in the window says while the review summary
   * is written; %s is the name of its file. */
  start_export (self, data, _("Saving “%s”…"));
}

/* The export dialog's choice, exported by the window. */
static gboolean
file_chosen_cb (SylExportDialog *dialog,
                GFile           *file,
                SylWindow       *self)
{
  _syl_window_export_in_background (self, file, syl_export_dialog_get_pdf (dialog),
                                    syl_export_dialog_get_format (dialog),
                                    syl_export_dialog_get_flags (dialog));
  return TRUE;
}

void
_syl_window_export_action (GtkWidget  *widget,
                           const char *name,
                           GVariant   *param)
{
  SylWindow *self = SYL_WINDOW (widget);
  SylExportDialog *dialog;

  if (self->document == NULL || _syl_window_is_busy (self))
    return;

  dialog = syl_export_dialog_new (self->document);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "exported", G_CALLBACK (exported_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (dialog, "file-chosen", G_CALLBACK (file_chosen_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Printing. */

typedef struct
{
  GWeakRef      window;
  SylWindowJob *job;
  char         *label;
} PrintData;

static void
print_data_free (gpointer  user_data,
                 GClosure *closure)
{
  PrintData *data = user_data;

  g_weak_ref_clear (&data->window);
  g_clear_pointer (&data->job, _syl_window_job_unref);
  g_free (data->label);
  g_free (data);
}

/* The print dialog is done: the layout starts, and the bar with it. */
static void
print_begin_cb (GtkPrintOperation *operation,
                GtkPrintContext   *context,
                PrintData         *data)
{
  g_autoptr(SylWindow) self = g_weak_ref_get (&data->window);

  if (self != NULL)
    data->job = _syl_window_job_start (self, data->label, FALSE);
  if (data->job == NULL)
    {
      gtk_print_operation_cancel (operation);
      return;
    }
  syl_print_operation_set_progress (SYL_PRINT_OPERATION (operation),
                                    _syl_window_job_get_cancellable (data->job),
                                    _syl_window_job_progress_cb, data->job);
}

static void
print_done_cb (GtkPrintOperation       *operation,
               GtkPrintOperationResult  result,
               PrintData               *data)
{
  g_autoptr(SylWindow) self = g_weak_ref_get (&data->window);
  g_autoptr(GError) error = NULL;

  if (data->job != NULL)
    _syl_window_job_finish (data->job);
  if (self != NULL && result == GTK_PRINT_OPERATION_RESULT_ERROR)
    {
      gtk_print_operation_get_error (operation, &error);
      syl_window_show_error (self, _("Could Not Print"), error ? error->message : "");
    }
  else if (self != NULL && result == GTK_PRINT_OPERATION_RESULT_APPLY)
    g_set_object (&self->print_settings, gtk_print_operation_get_print_settings (operation));
  /* The reference run_print() took for the operation's asynchronous run. */
  g_object_unref (operation);
}

void
_syl_window_print_action (GtkWidget  *widget,
                          const char *name,
                          GVariant   *param)
{
  SylWindow *self = SYL_WINDOW (widget);
  g_autoptr(SylPrintOperation) operation = NULL;
  g_autoptr(SylDocument) snapshot = NULL;
  g_autoptr(GError) error = NULL;
  const char *title;
  PrintData *data;

  if (self->document == NULL || _syl_window_is_busy (self))
    return;
  if (!syl_export_check_document (self->document, &error))
    {
      syl_window_show_error (self, _("Could Not Print"), error->message);
      return;
    }

  snapshot = syl_document_snapshot (self->document);
  operation = syl_print_operation_new (snapshot, SYL_EXPORT_DEFAULT);
  if (self->print_settings != NULL)
    gtk_print_operation_set_print_settings (GTK_PRINT_OPERATION (operation), self->print_settings);
  gtk_print_operation_set_allow_async (GTK_PRINT_OPERATION (operation), TRUE);

  data = g_new0 (PrintData, 1);
  g_weak_ref_init (&data->window, self);
  title = syl_document_get_title (self->document);
  /* Translators: what the bar in the window says while the pages of a
   * print are made; %s is the course's title. */
  data->label = g_strdup_printf (_("Printing “%s”…"),
                                 *title != '\0' ? title : _("Untitled Course"));
  g_signal_connect (operation, "begin-print", G_CALLBACK (print_begin_cb), data);
  g_signal_connect_data (operation, "done", G_CALLBACK (print_done_cb), data, print_data_free, 0);

  /* Done says how it went, even when that is at once. */
  g_object_ref (operation);
  gtk_print_operation_run (GTK_PRINT_OPERATION (operation), GTK_PRINT_OPERATION_ACTION_PRINT_DIALOG,
                           GTK_WINDOW (self), NULL);
}
