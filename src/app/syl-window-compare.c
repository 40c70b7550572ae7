/* syl-window-compare.c: compare mode, the outline against another version
 *
 * File → Compare With… takes another file, or one of the outline's
 * backups, and shows what changed since: the window's stack turns from
 * the outline to a compare view (syl-compare-view.c), and a bar under the
 * header bar names the other version with its date, counts the changed
 * sections and has a Done button.  F7 and Shift+F7 go to the next and
 * the previous change; Escape or Done leaves.
 *
 * Compare mode is read-only, and leaves the outline view alone: the view
 * is only hidden behind the compare view, so that leaving restores it as
 * it was, selection, scroll and hoist.  The other version is read, and
 * the changes worked out, in a worker thread on a snapshot of the
 * document (see syl-window-jobs.c); the window stays usable meanwhile.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-backup.h"
#include "syl-compare-view.h"
#include "syl-document-disk.h"
#include "syl-file-chooser.h"
#include "syl-snapshot.h"
#include "syl-window-private.h"

typedef struct
{
  SylWindowJob *job;
  GFile        *file;
  SylDocument  *snapshot;
  /* The window's document, to compare with if it is still there. */
  GWeakRef      document;
  /* Results. */
  SylDiff      *diff;
  GListStore   *rows;
  GDateTime    *modified;
} CompareData;

static void
compare_data_free (CompareData *data)
{
  g_clear_pointer (&data->job, _syl_window_job_unref);
  g_clear_object (&data->file);
  g_clear_object (&data->snapshot);
  g_weak_ref_clear (&data->document);
  g_clear_object (&data->rows);
  g_clear_pointer (&data->diff, syl_diff_free);
  g_clear_pointer (&data->modified, g_date_time_unref);
  g_free (data);
}

static void
compare_thread (GTask        *task,
                gpointer      source_object,
                gpointer      task_data,
                GCancellable *cancellable)
{
  CompareData *data = task_data;
  g_autoptr(SylDocument) old = NULL;
  g_autoptr(GFileInfo) info = NULL;
  GError *error = NULL;

  old = syl_document_new_from_file (data->file, cancellable, &error);
  if (old == NULL)
    {
      g_task_return_error (task, _syl_window_named_error (data->file, error));
      return;
    }
  info = g_file_query_info (data->file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                            G_FILE_QUERY_INFO_NONE, cancellable, NULL);
  if (info != NULL)
    data->modified = g_file_info_get_modification_date_time (info);
  if (g_task_return_error_if_cancelled (task))
    return;
  data->diff = syl_diff_new (old, data->snapshot);
  data->rows = syl_compare_model_new (old, data->snapshot, data->diff);
  g_task_return_boolean (task, TRUE);
}

/* What the bar says: the other version, its date, how much changed. */
static char *
bar_text (GFile     *file,
          GDateTime *modified,
          guint      n_changed)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autoptr(GDateTime) local = modified != NULL ? g_date_time_to_local (modified) : NULL;
  g_autofree char *date = local != NULL ? g_date_time_format (local, "%Y-%m-%d %H:%M")
                                        : g_strdup ("—");
  g_autofree char *changed = NULL;

  if (n_changed == 0)
    changed = g_strdup (_("no changes"));
  else
    /* Translators: how many sections compare mode marks. */
    changed = g_strdup_printf (ngettext ("%u section changed", "%u sections changed",
                                         n_changed), n_changed);
  /* Translators: the bar of compare mode: the other file's name, its
   * date, and how many sections changed. */
  return g_strdup_printf (_("Comparing with %s (%s): %s"), name, date, changed);
}

static void
enter (SylWindow   *self,
       CompareData *data)
{
  GtkWidget *view = syl_compare_view_new (g_steal_pointer (&data->diff), data->rows);
  g_autofree char *text = NULL;

  syl_window_leave_compare_mode (self);
  self->compare_view = view;
  adw_bin_set_child (self->compare_bin, view);
  text = bar_text (data->file, data->modified,
                   syl_compare_view_get_n_steps (SYL_COMPARE_VIEW (view)));
  gtk_label_set_text (self->compare_label, text);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->compare_label), text);
  gtk_revealer_set_reveal_child (self->compare_bar, TRUE);
  gtk_stack_set_visible_child_name (self->stack, "compare");
  gtk_widget_add_css_class (GTK_WIDGET (self), "compare-mode");
  gtk_widget_grab_focus (GTK_WIDGET (syl_compare_view_get_tree (SYL_COMPARE_VIEW (view))));
  _syl_window_update_actions (self);
}

static void
compare_done_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  CompareData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(SylWindow) self = _syl_window_job_dup_window (data->job);
  g_autoptr(SylDocument) document = g_weak_ref_get (&data->document);
  g_autoptr(GError) error = NULL;

  _syl_window_job_finish (data->job);
  if (self == NULL || document == NULL || document != self->document)
    return;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        syl_window_show_error (self, _("Could Not Compare"), error->message);
      return;
    }
  enter (self, data);
}

/**
 * syl_window_compare_file:
 * @file: another version of the window's outline
 *
 * Starts reading @file in the background, then shows the window's outline
 * in compare mode, with its changes since @file.
 *
 * Returns: whether the work started
 */
gboolean
syl_window_compare_file (SylWindow *self,
                         GFile     *file)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *name = NULL;
  g_autofree char *label = NULL;
  CompareData *data;

  g_return_val_if_fail (SYL_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  if (self->document == NULL)
    return FALSE;
  name = g_file_get_basename (file);
  /* Translators: what the bar in the window says while it reads the
   * file to compare with. */
  label = g_strdup_printf (_("Comparing with %s…"), name);
  data = g_new0 (CompareData, 1);
  data->job = _syl_window_job_start (self, label, FALSE);
  if (data->job == NULL)
    {
      compare_data_free (data);
      return FALSE;
    }
  data->file = g_object_ref (file);
  data->snapshot = syl_document_snapshot (self->document);
  g_weak_ref_init (&data->document, self->document);

  task = g_task_new (NULL, _syl_window_job_get_cancellable (data->job), compare_done_cb, NULL);
  g_task_set_source_tag (task, syl_window_compare_file);
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, data, (GDestroyNotify) compare_data_free);
  g_task_run_in_thread (task, compare_thread);
  return TRUE;
}

gboolean
syl_window_get_compare_mode (SylWindow *self)
{
  g_return_val_if_fail (SYL_IS_WINDOW (self), FALSE);
  return self->compare_view != NULL;
}

/**
 * syl_window_leave_compare_mode:
 *
 * Shows the outline again as it was before compare mode, if it was on.
 */
void
syl_window_leave_compare_mode (SylWindow *self)
{
  g_return_if_fail (SYL_IS_WINDOW (self));

  if (self->compare_view == NULL)
    return;
  self->compare_view = NULL;
  gtk_stack_set_visible_child_name (self->stack, self->document != NULL ? "document" : "empty");
  adw_bin_set_child (self->compare_bin, NULL);
  gtk_revealer_set_reveal_child (self->compare_bar, FALSE);
  gtk_widget_remove_css_class (GTK_WIDGET (self), "compare-mode");
  if (self->document != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (self->outline_view));
  _syl_window_update_actions (self);
}

/* F7 steps through the changes in compare mode; see syl-window-check.c. */
gboolean
_syl_window_compare_step (SylWindow *self,
                          gboolean   forward)
{
  if (self->compare_view == NULL)
    return FALSE;
  syl_compare_view_step (SYL_COMPARE_VIEW (self->compare_view), forward);
  return TRUE;
}

static void
compare_next_activate (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  _syl_window_compare_step (user_data, TRUE);
}

static void
compare_previous_activate (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  _syl_window_compare_step (user_data, FALSE);
}

static void
compare_done_activate (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  syl_window_leave_compare_mode (user_data);
}

/* Choosing the other version. */

static void
file_chosen_cb (GFile    *file,
                gpointer  user_data)
{
  g_autoptr(SylWindow) self = user_data;

  if (file != NULL && self->document != NULL)
    syl_window_compare_file (self, file);
}

static void
choose_file (SylWindow *self)
{
  syl_file_chooser_open (GTK_WINDOW (self), _("Compare With"), file_chosen_cb,
                         g_object_ref (self));
}

static void
backup_activated_cb (GtkListBox    *list,
                     GtkListBoxRow *row,
                     GtkWindow     *dialog)
{
  SylWindow *self = SYL_WINDOW (gtk_window_get_transient_for (dialog));
  GFile *file = g_object_get_data (G_OBJECT (row), "syl-backup-file");

  syl_window_compare_file (self, file);
  gtk_window_destroy (dialog);
}

static GtkWidget *
backup_row_new (GFile *file)
{
  g_autoptr(GFileInfo) info = g_file_query_info (file, G_FILE_ATTRIBUTE_TIME_MODIFIED,
                                                 G_FILE_QUERY_INFO_NONE, NULL, NULL);
  g_autoptr(GDateTime) modified = info != NULL ? g_file_info_get_modification_date_time (info)
                                               : NULL;
  g_autoptr(GDateTime) local = modified != NULL ? g_date_time_to_local (modified) : NULL;
  g_autofree char *date = local != NULL ? g_date_time_format (local, "%Y-%m-%d %H:%M:%S")
                                        : g_file_get_basename (file);
  GtkWidget *row = adw_action_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), date);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
  g_object_set_data_full (G_OBJECT (row), "syl-backup-file", g_object_ref (file),
                          g_object_unref);
  return row;
}

static void
backups_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     SylWindow        *self)
{
  if (g_strcmp0 (response, "file") == 0)
    choose_file (self);
}

/* The outline's backups to choose from, newest first, or another file. */
static void
show_backups (SylWindow *self,
              GPtrArray *backups)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Compare With"),
                                              _("Choose a previous version of this outline, "
                                                "or another file."));
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();

  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  for (guint i = 0; i < backups->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), backup_row_new (g_ptr_array_index (backups, i)));
  g_signal_connect (list, "row-activated", G_CALLBACK (backup_activated_cb), dialog);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), list);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), scroller);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "file", _("Other _File…"));
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_object (dialog, "response", G_CALLBACK (backups_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
compare_with_activate (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  SylWindow *self = user_data;
  GFile *file = self->document != NULL ? syl_document_get_file (self->document) : NULL;
  g_autoptr(GPtrArray) backups = NULL;

  if (file != NULL)
    {
      g_autoptr(GFile) dir = syl_backup_get_default_dir ();

      backups = syl_backup_list (dir, file);
    }
  if (backups != NULL && backups->len > 0)
    show_backups (self, backups);
  else
    choose_file (self);
}

static const GActionEntry compare_actions[] = {
  { "compare-with", compare_with_activate },
  { "compare-next", compare_next_activate },
  { "compare-previous", compare_previous_activate },
  { "compare-done", compare_done_activate },
};

static void
set_enabled (SylWindow  *self,
             const char *name,
             gboolean    enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  /* The window updates its actions before this part adds its own. */
  if (action != NULL)
    g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

void
_syl_window_compare_update_actions (SylWindow *self)
{
  gboolean comparing = self->compare_view != NULL;

  set_enabled (self, "compare-next", comparing);
  set_enabled (self, "compare-previous", comparing);
  set_enabled (self, "compare-done", comparing);
  set_enabled (self, "compare-with", self->document != NULL && !_syl_window_is_busy (self));
}

void
_syl_window_compare_init (SylWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), compare_actions,
                                   G_N_ELEMENTS (compare_actions), self);
  _syl_window_compare_update_actions (self);
}
