/* syl-window-import.c: File → Import…
 *
 * The file is read first; what it gives is shown in a SylImportDialog,
 * and only the designer's choice there changes anything: a new outline,
 * through syl_window_take_document(), or an insert into this window's
 * outline, one step of its history.
 *
 * Reading a large file and building the preview's outline take seconds:
 * they run in a worker thread, with the progress in the window (see
 * syl-window-jobs.c).  The worker touches nothing of the window's; the
 * import result and the preview it makes go to the main thread when it
 * is done.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-file-chooser.h"
#include "syl-import-dialog.h"
#include "syl-window-private.h"

static void
open_document_cb (SylImportDialog *dialog,
                  SylDocument     *document,
                  SylWindow       *self)
{
  syl_window_take_document (self, document);
}

/* The imported nodes are selected, so the designer sees where they went
 * and can move them on at once. */
static void
inserted_cb (SylImportDialog *dialog,
             SylNode         *parent,
             guint            index,
             guint            n_nodes,
             SylWindow       *self)
{
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  g_autofree char *text = NULL;
  guint total = 0;

  for (guint i = index; i < index + n_nodes && i < syl_node_get_n_children (parent); i++)
    {
      SylNode *node = syl_node_get_child (parent, i);

      g_ptr_array_add (nodes, node);
      total += 1 + syl_node_count_descendants (node);
    }
  syl_outline_view_select_nodes (self->outline_view, (SylNode **) nodes->pdata, nodes->len);
  text = g_strdup_printf (ngettext ("%u item imported", "%u items imported", total), total);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

static void
show_import_error (SylWindow  *self,
                   const char *name,
                   GError     *error)
{
  g_autofree char *heading = g_strdup_printf (_("Could Not Import “%s”"), name);
  g_autofree char *body = syl_error_format_for_file (name, error);

  syl_window_show_error (self, heading, body);
}

/* The dialog for what @result read, with @preview, its outline. */
static GtkWidget *
show_import_dialog (SylWindow       *self,
                    SylImportResult *result,
                    SylDocument     *preview,
                    const char      *name)
{
  g_autoptr(GPtrArray) selected = NULL;
  SylImportDialog *dialog;
  SylNode *parent = NULL;

  if (self->document != NULL)
    {
      selected = syl_outline_view_get_selected_nodes (self->outline_view);
      parent = selected->len > 0 ? g_ptr_array_index (selected, 0)
                                 : syl_document_get_root (self->document);
    }
  dialog = syl_import_dialog_new_with_preview (result, preview, name, self->document, parent);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "open-document", G_CALLBACK (open_document_cb), self, 0);
  g_signal_connect_object (dialog, "inserted", G_CALLBACK (inserted_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WIDGET (dialog);
}

/**
 * syl_window_import_file:
 * @file: a text, Markdown or OPML file
 *
 * Reads @file, at once, and shows what it gives in a dialog, from which
 * the designer opens it as a new outline or inserts it below the
 * selected node.  A file that cannot be read is reported in a message
 * instead.  syl_window_start_import() does the same in the background.
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL
 */
GtkWidget *
syl_window_import_file (SylWindow *self,
                        GFile     *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = NULL;
  g_autoptr(SylDocument) preview = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (SYL_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_basename (file);
  result = syl_import_file (file, SYL_IMPORT_FORMAT_AUTO, NULL, NULL, &error);
  if (result == NULL)
    {
      show_import_error (self, name, error);
      return NULL;
    }
  preview = syl_import_result_create_document (result);
  return show_import_dialog (self, result, preview, name);
}

/* Importing in the background. */

/* The part of the work reading the file takes; the preview's outline
 * takes the rest. */
#define READ_SHARE 0.75

typedef struct
{
  SylWindowJob    *job;
  GFile           *file;
  SylImportResult *result;
  SylDocument     *preview;
} ImportData;

static void
import_data_free (ImportData *data)
{
  g_clear_pointer (&data->job, _syl_window_job_unref);
  g_clear_object (&data->file);
  g_clear_object (&data->result);
  g_clear_object (&data->preview);
  g_free (data);
}

static void
read_progress_cb (double   fraction,
                  gpointer user_data)
{
  ImportData *data = user_data;

  _syl_window_job_progress_cb (fraction * READ_SHARE, data->job);
}

static void
import_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  ImportData *data = task_data;
  GError *error = NULL;

  data->result = syl_import_file_full (data->file, SYL_IMPORT_FORMAT_AUTO, NULL, cancellable,
                                       read_progress_cb, data, &error);
  if (data->result == NULL)
    {
      g_task_return_error (task, error);
      return;
    }
  data->preview = syl_import_result_create_document (data->result);
  _syl_window_job_progress_cb (1, data->job);
  g_task_return_boolean (task, TRUE);
}

static void
import_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  ImportData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(SylWindow) self = _syl_window_job_dup_window (data->job);
  g_autofree char *name = g_file_get_basename (data->file);
  g_autoptr(GError) error = NULL;
  gboolean done = g_task_propagate_boolean (G_TASK (result), &error);

  _syl_window_job_finish (data->job);
  if (self == NULL || g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return;
  if (!done)
    show_import_error (self, name, error);
  else
    show_import_dialog (self, data->result, data->preview, name);
}

/**
 * syl_window_start_import:
 * @file: a text, Markdown or OPML file
 *
 * syl_window_import_file() in the background: reads @file in a worker
 * thread, with the progress in the window, then shows the dialog.
 */
void
syl_window_start_import (SylWindow *self,
                         GFile     *file)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  ImportData *data;

  g_return_if_fail (SYL_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  name = g_file_get_basename (file);
  /* Translators: what the bar in the window says while a file is read
   * for an import; %s is its name. */
  label = g_strdup_printf (_("Importing “%s”…"), name);
  data = g_new0 (ImportData, 1);
  data->job = _syl_window_job_start (self, label, FALSE);
  if (data->job == NULL)
    {
      import_data_free (data);
      return;
    }
  data->file = g_object_ref (file);
  task = g_task_new (NULL, _syl_window_job_get_cancellable (data->job), import_done_cb, NULL);
  g_task_set_source_tag (task, syl_window_start_import);
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, data, (GDestroyNotify) import_data_free);
  g_task_run_in_thread (task, import_thread);
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    SylWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      syl_window_start_import (self, file);
    }
  g_object_unref (chooser);
}

static void
add_import_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) outlines = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  static const char * const patterns[] = {
    "*.txt", "*.text", "*.md", "*.markdown", "*.opml", "*.pdf", "*.docx", "*.odt",
  };

  /* Translators: the file chooser's filter for text, Markdown, OPML, PDF,
   * Word and OpenDocument files. */
  gtk_file_filter_set_name (outlines, _("Outlines and Documents"));
  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    gtk_file_filter_add_pattern (outlines, patterns[i]);
  gtk_file_filter_add_mime_type (outlines, "text/plain");
  gtk_file_filter_add_mime_type (outlines, "text/markdown");
  gtk_file_filter_add_mime_type (outlines, "text/x-opml+xml");
  gtk_file_filter_add_mime_type (outlines, "application/pdf");
  gtk_file_filter_add_mime_type (outlines,
                                 "application/vnd.openxmlformats-officedocument.wordprocessingml."
                                 "document");
  gtk_file_filter_add_mime_type (outlines, "application/vnd.oasis.opendocument.text");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, outlines);
  gtk_file_chooser_add_filter (chooser, all);
}

void
_syl_window_import_action (GtkWidget  *widget,
                           const char *name,
                           GVariant   *param)
{
  SylWindow *self = SYL_WINDOW (widget);
  GtkFileChooserNative *chooser;

  if (_syl_window_is_busy (self))
    return;
  chooser = gtk_file_chooser_native_new (_("Import Outline"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  add_import_filters (GTK_FILE_CHOOSER (chooser));
  if (self->document != NULL)
    syl_file_chooser_start_near (GTK_FILE_CHOOSER (chooser), syl_document_get_file (self->document));
  g_signal_connect (chooser, "response", G_CALLBACK (import_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
