/* syl-window-merge3.c: merging reviewers' copies three ways, with a base
 *
 * Before merging the copies the user chose (syl-window-review.c), the
 * window offers to take a base: the version that was sent out for review.
 * With it, each copy is merged three ways (syl-merge3.h), so that what
 * the author deleted or changed since stays so, and only what the
 * reviewers changed comes in; without it, the merge is the two-way one
 * it always was.
 *
 * The base and the copies are read in a worker thread, as a job that
 * keeps the outline read-only (see syl-window-jobs.c); the merges are
 * made at the end on the main thread, all in one step of the history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-document-disk.h"
#include "syl-error.h"
#include "syl-file-chooser.h"
#include "syl-merge3.h"
#include "syl-window-private.h"

typedef struct
{
  SylWindowJob *job;
  GFile        *base_file;
  GPtrArray    *files;
  GWeakRef      document;
  /* Results: the base, then the copies in order. */
  GPtrArray    *documents;
} Merge3Data;

static void
merge3_data_free (Merge3Data *data)
{
  g_clear_pointer (&data->job, _syl_window_job_unref);
  g_clear_object (&data->base_file);
  g_clear_pointer (&data->files, g_ptr_array_unref);
  g_weak_ref_clear (&data->document);
  g_clear_pointer (&data->documents, g_ptr_array_unref);
  g_free (data);
}

/* @error, its message starting with the name of @file, as the two-way
 * merge says it. */
GError *
_syl_window_named_error (GFile  *file,
                         GError *error)
{
  g_autofree char *parse_name = g_file_get_parse_name (file);
  g_autofree char *name = g_path_get_basename (parse_name);
  g_autofree char *message = NULL;
  GError *named;

  if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    return error;
  message = syl_error_format_for_file (name, error);
  named = g_error_new_literal (error->domain, error->code, message);
  g_error_free (error);
  return named;
}

static void
merge3_thread (GTask        *task,
               gpointer      source_object,
               gpointer      task_data,
               GCancellable *cancellable)
{
  Merge3Data *data = task_data;
  guint n = data->files->len + 1;

  data->documents = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n; i++)
    {
      GFile *file = i == 0 ? data->base_file : g_ptr_array_index (data->files, i - 1);
      GError *error = NULL;
      SylDocument *document = syl_document_new_from_file (file, cancellable, &error);

      if (document == NULL)
        {
          g_task_return_error (task, _syl_window_named_error (file, error));
          return;
        }
      g_ptr_array_add (data->documents, document);
      _syl_window_job_progress_cb ((double) (i + 1) / n, data->job);
    }
  g_task_return_boolean (task, TRUE);
}

/* Merges each copy into @document three ways, as one step, and shows
 * what was merged. */
static void
merge3_all (SylWindow   *self,
            SylDocument *document,
            Merge3Data  *data)
{
  SylHistory *history = syl_document_get_history (document);
  SylDocument *base = g_ptr_array_index (data->documents, 0);
  g_autoptr(GString) summaries = g_string_new (NULL);
  g_autoptr(GString) texts = g_string_new (NULL);
  g_autoptr(GError) error = NULL;
  gboolean changed = FALSE;

  /* Translators: the name of the step in the history. */
  syl_history_begin_group (history, _("Merge Reviews"));
  for (guint i = 1; i < data->documents->len && error == NULL; i++)
    {
      GFile *file = g_ptr_array_index (data->files, i - 1);
      g_autofree char *name = g_file_get_basename (file);
      g_autoptr(SylMergeReport) report = NULL;
      g_autofree char *summary = NULL;
      g_autofree char *text = NULL;

      report = syl_document_merge3 (document, base, g_ptr_array_index (data->documents, i),
                                    name, &error);
      if (report == NULL)
        break;
      changed |= syl_merge_report_changed (report);
      summary = syl_merge_report_dup_summary (report);
      text = syl_merge_report_to_text (report);
      g_string_append_printf (summaries, "%s%s", summaries->len > 0 ? "\n" : "", summary);
      g_string_append_printf (texts, "%s%s", texts->len > 0 ? "\n\n" : "", text);
    }
  syl_history_end_group (history);
  if (error != NULL)
    {
      /* What was merged before the error is undone: all or nothing. */
      if (changed)
        syl_history_undo (history);
      syl_window_show_error (self, _("Could Not Merge the Reviews"), error->message);
      return;
    }
  /* The details repeat the summaries after the first line; with one
   * copy, exactly as the two-way merge shows. */
  _syl_window_show_merge_report (self, changed, summaries->str, texts->str);
}

static void
merge3_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  Merge3Data *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(SylWindow) self = _syl_window_job_dup_window (data->job);
  g_autoptr(SylDocument) document = g_weak_ref_get (&data->document);
  g_autoptr(GError) error = NULL;

  _syl_window_job_finish (data->job);
  if (self == NULL || document == NULL || document != self->document)
    return;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        syl_window_show_error (self, _("Could Not Merge the Reviews"), error->message);
      return;
    }
  merge3_all (self, document, data);
}

/**
 * syl_window_merge_files_with_base:
 * @base: the version of the outline that was sent out for review
 * @files: (array length=n_files): reviewers' copies of @base
 *
 * Starts merging @files into the window's outline three ways, in the
 * background; the merge is one step, and the window shows what came in.
 *
 * Returns: whether the merge started
 */
gboolean
syl_window_merge_files_with_base (SylWindow     *self,
                                  GFile         *base,
                                  GFile * const *files,
                                  guint          n_files)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *label = NULL;
  Merge3Data *data;

  g_return_val_if_fail (SYL_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (base), FALSE);

  if (self->document == NULL || n_files == 0)
    return FALSE;
  label = g_strdup_printf (ngettext ("Merging %u review…", "Merging %u reviews…", n_files),
                           n_files);
  data = g_new0 (Merge3Data, 1);
  data->job = _syl_window_job_start (self, label, TRUE);
  if (data->job == NULL)
    {
      merge3_data_free (data);
      return FALSE;
    }
  data->base_file = g_object_ref (base);
  data->files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (data->files, g_object_ref (files[i]));
  g_weak_ref_init (&data->document, self->document);

  task = g_task_new (NULL, _syl_window_job_get_cancellable (data->job), merge3_done_cb, NULL);
  g_task_set_source_tag (task, syl_window_merge_files_with_base);
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, data, (GDestroyNotify) merge3_data_free);
  g_task_run_in_thread (task, merge3_thread);
  return TRUE;
}

/* Asking for the base. */

typedef struct
{
  SylWindow *window;
  GPtrArray *files;
} AskBase;

static void
ask_base_free (AskBase *ask)
{
  g_object_unref (ask->window);
  g_ptr_array_unref (ask->files);
  g_free (ask);
}

static void
base_chosen_cb (GFile    *base,
                gpointer  user_data)
{
  AskBase *ask = user_data;

  if (base != NULL)
    syl_window_merge_files_with_base (ask->window, base, (GFile * const *) ask->files->pdata,
                                      ask->files->len);
  ask_base_free (ask);
}

static void
base_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  AskBase          *ask)
{
  if (g_strcmp0 (response, "base") == 0)
    {
      syl_file_chooser_open (GTK_WINDOW (ask->window), _("Choose the Version Sent for Review"),
                             base_chosen_cb, ask);
      return;
    }
  if (g_strcmp0 (response, "merge") == 0)
    syl_window_merge_files (ask->window, (GFile * const *) ask->files->pdata, ask->files->len);
  ask_base_free (ask);
}

/**
 * _syl_window_ask_base:
 * @files: (element-type GFile): the reviewers' copies chosen
 *
 * Asks whether to merge @files three ways, with the version sent out as
 * the base, or as before; then merges them.
 */
void
_syl_window_ask_base (SylWindow *self,
                      GPtrArray *files)
{
  GtkWidget *dialog;
  AskBase *ask;

  if (files->len == 0)
    return;
  dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Merge With a Base?"),
                                   _("If you still have the version you sent to the reviewers, "
                                     "choose it as the base: the merge then keeps what you "
                                     "changed or deleted since, and takes only what the "
                                     "reviewers changed."));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "merge",
                                   _("Merge _Without Base"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "base", _("Choose _Base…"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "base",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "base");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  ask = g_new0 (AskBase, 1);
  ask->window = g_object_ref (self);
  ask->files = g_ptr_array_ref (files);
  g_signal_connect_data (dialog, "response", G_CALLBACK (base_response_cb), ask, NULL, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}
