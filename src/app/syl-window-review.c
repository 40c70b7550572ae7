/* syl-window-review.c: review mode, going from comment to comment, the
 * filter, merging reviewers' copies and the review summary
 *
 * The actions are the window's own ("win.review-mode", …), kept in its
 * action map; their state is in the window's struct, in
 * syl-window-private.h.
 *
 * In review mode the outline and every field of the editor are locked, and
 * only comments change.  Undo and redo stay, but only for what was done
 * in review mode: a reviewer's Ctrl+Z takes back a comment, never a change
 * to the course made before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "syl-accessible.h"
#include "syl-export.h"
#include "syl-file-chooser.h"
#include "syl-file.h"
#include "syl-merge.h"
#include "syl-node-pane.h"
#include "syl-review-summary.h"
#include "syl-snapshot.h"
#include "syl-window-private.h"

static GSimpleAction *
lookup (SylWindow  *self,
        const char *name)
{
  return G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), name));
}

static void
toast (SylWindow  *self,
       const char *title)
{
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (title));
}

gboolean
syl_window_get_review_mode (SylWindow *self)
{
  g_return_val_if_fail (SYL_IS_WINDOW (self), FALSE);
  return self->review;
}

/* Undo and redo in review mode reach only the steps made in it. */
gboolean
_syl_window_review_allows (SylWindow *self,
                           gboolean   redo)
{
  SylHistory *history;

  if (!self->review || self->document == NULL)
    return TRUE;
  history = syl_document_get_history (self->document);
  if (redo)
    return self->review_redo_steps > 0 && syl_history_get_can_redo (history);
  return syl_history_get_n_undo (history) > self->review_undo_floor;
}

static void
update_undo (SylWindow *self)
{
  if (!syl_window_get_review_mode (self))
    return;
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 _syl_window_review_allows (self, FALSE));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 _syl_window_review_allows (self, TRUE));
}

static void update_count (SylWindow *self);

static void
history_applied_cb (SylWindow           *self,
                    GObject             *subject,
                    SylHistoryDirection  direction)
{
  if (self->comments_stale)
    update_count (self);
  if (direction == SYL_HISTORY_DO)
    self->review_redo_steps = 0;
  else if (direction == SYL_HISTORY_UNDO && self->review)
    self->review_redo_steps++;
  else if (direction == SYL_HISTORY_REDO && self->review_redo_steps > 0)
    self->review_redo_steps--;
  update_undo (self);
}

static void
show_count (SylWindow *self,
            guint      open)
{
  g_autofree char *text = g_strdup_printf ("%u", open);
  g_autofree char *tip = g_strdup_printf (ngettext ("%u open comment: show only the sections "
                                                    "that have open comments",
                                                    "%u open comments: show only the sections "
                                                    "that have open comments", open), open);
  g_autofree char *name = g_strdup_printf (ngettext ("%u open comment", "%u open comments", open),
                                           open);

  self->comments_shown = open;
  adw_button_content_set_label (self->comments_count, text);
  _syl_window_set_tooltip (self->comments_button, tip);
  /* The button shows a bare number; a screen reader needs the words. */
  syl_accessible_set_label (self->comments_button, name);
}

/* The count of open comments changed.  Moving a chapter takes its comments
 * out of the document and puts them back, and setting the button's
 * tooltip on GTK 4.8 asks the X server where the pointer is: the button
 * shows the count once the step is over, and only when it differs. */
static void
update_count (SylWindow *self)
{
  guint open;

  if (self->document != NULL && syl_history_is_busy (syl_document_get_history (self->document)))
    {
      self->comments_stale = TRUE;
      return;
    }
  self->comments_stale = FALSE;
  open = self->document != NULL ? syl_document_count_open_comments (self->document) : 0;
  if (open != self->comments_shown)
    show_count (self, open);
}

static void
update_enabled (SylWindow *self)
{
  static const char * const actions[] = {
    "review-mode", "filter-open-comments", "next-comment", "previous-comment",
    "merge-reviews", "review-summary",
  };

  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    g_simple_action_set_enabled (lookup (self, actions[i]), self->document != NULL);
}

/**
 * syl_window_set_review_mode:
 *
 * Locks the outline and every field but the comments, or unlocks them,
 * and shows which it is.
 */
void
syl_window_set_review_mode (SylWindow *self,
                            gboolean   review_mode)
{
  SylHistory *history;

  g_return_if_fail (SYL_IS_WINDOW (self));

  history = self->document != NULL ? syl_document_get_history (self->document) : NULL;
  self->review = !!review_mode;
  self->review_redo_steps = 0;
  self->review_undo_floor = history != NULL ? syl_history_get_n_undo (history) : 0;
  g_simple_action_set_state (lookup (self, "review-mode"), g_variant_new_boolean (self->review));
  syl_outline_view_set_read_only (self->outline_view, self->review);
  syl_node_pane_set_read_only (SYL_NODE_PANE (self->node_pane), self->review);
  syl_check_panel_set_read_only (self->check_panel, self->review);
  gtk_revealer_set_reveal_child (self->review_bar, self->review);
  if (self->review)
    gtk_widget_add_css_class (GTK_WIDGET (self), "review-mode");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "review-mode");
  _syl_window_update_actions (self);
  _syl_window_sync_numbering (self);
  if (history != NULL)
    {
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                     syl_history_get_can_undo (history));
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                     syl_history_get_can_redo (history));
      update_undo (self);
    }
}

static void
review_mode_change_state (GSimpleAction *action,
                          GVariant      *state,
                          gpointer       user_data)
{
  SylWindow *self = user_data;
  gboolean review = g_variant_get_boolean (state);

  syl_window_set_review_mode (self, review);
  toast (self, review ? _("Review mode: only comments can be added or changed")
                      : _("Review mode is off"));
}

static void
filter_change_state (GSimpleAction *action,
                     GVariant      *state,
                     gpointer       user_data)
{
  SylWindow *self = user_data;
  gboolean filter = g_variant_get_boolean (state);

  g_simple_action_set_state (action, state);
  syl_outline_view_set_filter_open (self->outline_view, filter);
  if (filter && self->document != NULL && syl_document_count_open_comments (self->document) == 0)
    toast (self, _("No section has open comments"));
  else if (filter)
    toast (self, _("Only sections with open comments: moving sections is off until all are shown"));
}

/* F8 and Shift+F8: the next or previous section with open comments after
 * the selection, round the end of the outline. */
static void
go_to_comments (SylWindow *self,
                gboolean   forward)
{
  g_autoptr(GPtrArray) selected = NULL;
  SylNode *from = NULL;
  SylNode *node;

  if (self->document == NULL)
    return;
  selected = syl_outline_view_get_selected_nodes (self->outline_view);
  if (selected->len > 0)
    from = g_ptr_array_index (selected, forward ? selected->len - 1 : 0);
  node = syl_document_find_open_comments (self->document, from, forward);
  if (node == NULL)
    {
      toast (self, _("No section has open comments"));
      return;
    }
  syl_outline_view_select_nodes (self->outline_view, &node, 1);
  if (node == from)
    toast (self, _("No other section has open comments"));
}

static void
next_comment_activate (GSimpleAction *action,
                       GVariant      *parameter,
                       gpointer       user_data)
{
  go_to_comments (user_data, TRUE);
}

static void
previous_comment_activate (GSimpleAction *action,
                           GVariant      *parameter,
                           gpointer       user_data)
{
  go_to_comments (user_data, FALSE);
}

/* Merging. */

static void
merge_response_cb (AdwMessageDialog *dialog,
                   const char       *response,
                   SylWindow        *self)
{
  if (g_strcmp0 (response, "undo") == 0 && self->document != NULL)
    syl_history_undo (syl_document_get_history (self->document));
}

/* The details below the summary sentence: comments on deleted sections,
 * in full, and conflicting versions. */
static GtkWidget *
report_details_new (const char *details)
{
  GtkWidget *scroller = gtk_scrolled_window_new ();
  GtkWidget *label = gtk_label_new (details);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_yalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (label), TRUE);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scroller), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_propagate_natural_height (GTK_SCROLLED_WINDOW (scroller), TRUE);
  gtk_scrolled_window_set_max_content_height (GTK_SCROLLED_WINDOW (scroller), 320);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), label);
  return scroller;
}

/* @text: the report, its first line the summary */
void
_syl_window_show_merge_report (SylWindow  *self,
                               gboolean    changed,
                               const char *summary,
                               const char *text)
{
  const char *details = strchr (text, '\n');
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self),
                                              changed ? _("Reviews Merged") : _("Nothing Merged"),
                                              summary);

  while (details != NULL && *details == '\n')
    details++;
  if (details != NULL && *details != '\0')
    adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), report_details_new (details));
  if (changed)
    adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "undo", _("_Undo Merge"));
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "close");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "close");
  g_signal_connect_object (dialog, "response", G_CALLBACK (merge_response_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
show_report (SylWindow      *self,
             SylMergeReport *report)
{
  g_autofree char *summary = syl_merge_report_dup_summary (report);
  g_autofree char *text = syl_merge_report_to_text (report);

  _syl_window_show_merge_report (self, syl_merge_report_changed (report), summary, text);
}

/* Merging reads the reviewers' copies and compares them with the outline,
 * which takes long for a large one: the merge is worked out in a worker
 * thread on a snapshot of the document, and made on the document at the
 * end, on the main thread, as one step of its history (see
 * syl-merge-plan.c).  Meanwhile the window is read-only, rather than the
 * merge worked out again after each change: on a large outline it would
 * start over at every keystroke, and one who waits for the comments of
 * the reviewers loses little by not editing for that time.  The outline
 * can still be read, scrolled and searched.  A merge ends with the
 * document it was for: opening another outline in the window cancels it. */

typedef struct
{
  SylWindowJob *job;
  SylDocument  *snapshot;
  GPtrArray    *files;
  /* The window's document, to merge into if it is still there. */
  GWeakRef      document;
} MergeData;

static void
merge_data_free (MergeData *data)
{
  g_clear_pointer (&data->job, _syl_window_job_unref);
  g_clear_object (&data->snapshot);
  g_clear_pointer (&data->files, g_ptr_array_unref);
  g_weak_ref_clear (&data->document);
  g_free (data);
}

static void
merge_thread (GTask        *task,
              gpointer      source_object,
              gpointer      task_data,
              GCancellable *cancellable)
{
  MergeData *data = task_data;
  GError *error = NULL;
  SylMergePlan *plan;

  plan = syl_merge_plan_new_for_files (data->snapshot, (GFile * const *) data->files->pdata,
                                       data->files->len, cancellable,
                                       _syl_window_job_progress_cb, data->job, &error);
  g_clear_object (&data->snapshot);
  if (plan == NULL)
    g_task_return_error (task, error);
  else
    g_task_return_pointer (task, plan, (GDestroyNotify) syl_merge_plan_free);
}

static void
merge_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  MergeData *data = g_task_get_task_data (G_TASK (result));
  g_autoptr(SylWindow) self = _syl_window_job_dup_window (data->job);
  g_autoptr(SylDocument) document = g_weak_ref_get (&data->document);
  g_autoptr(GError) error = NULL;
  g_autoptr(SylMergePlan) plan = g_task_propagate_pointer (G_TASK (result), &error);

  /* The window is editable again before the merge's step is made, so
   * that undo follows it as any other. */
  _syl_window_job_finish (data->job);
  if (self == NULL || document == NULL || document != self->document)
    return;
  if (plan == NULL)
    {
      if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
        syl_window_show_error (self, _("Could Not Merge the Reviews"), error->message);
      return;
    }
  if (!syl_merge_plan_apply (plan, document, &error))
    {
      syl_window_show_error (self, _("Could Not Merge the Reviews"), error->message);
      return;
    }
  show_report (self, syl_merge_plan_get_report (plan));
}

/**
 * syl_window_merge_files:
 * @files: (array length=n_files): reviewers' copies of the window's outline
 *
 * Starts merging @files into the window's outline, in the background:
 * the window shows the progress, then makes the merge one step and shows
 * what was merged, or why nothing was.
 *
 * Returns: whether the merge started
 */
gboolean
syl_window_merge_files (SylWindow     *self,
                        GFile * const *files,
                        guint          n_files)
{
  g_autoptr(GTask) task = NULL;
  g_autofree char *label = NULL;
  MergeData *data;

  g_return_val_if_fail (SYL_IS_WINDOW (self), FALSE);

  if (self->document == NULL || n_files == 0)
    return FALSE;
  /* Translators: what the bar in the window says during a merge. */
  label = g_strdup_printf (ngettext ("Merging %u review…", "Merging %u reviews…", n_files),
                           n_files);
  data = g_new0 (MergeData, 1);
  data->job = _syl_window_job_start (self, label, TRUE);
  if (data->job == NULL)
    {
      merge_data_free (data);
      return FALSE;
    }
  data->snapshot = syl_document_snapshot (self->document);
  data->files = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < n_files; i++)
    g_ptr_array_add (data->files, g_object_ref (files[i]));
  g_weak_ref_init (&data->document, self->document);

  task = g_task_new (NULL, _syl_window_job_get_cancellable (data->job), merge_done_cb, NULL);
  g_task_set_source_tag (task, syl_window_merge_files);
  g_task_set_check_cancellable (task, FALSE);
  g_task_set_task_data (task, data, (GDestroyNotify) merge_data_free);
  g_task_run_in_thread (task, merge_thread);
  return TRUE;
}

static void
add_outline_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) outlines = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();

  gtk_file_filter_set_name (outlines, _("Syllabus Outlines"));
  gtk_file_filter_add_pattern (outlines, "*.syllabus.json");
  gtk_file_filter_set_name (json, _("All JSON Files"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_pattern (json, "*.json");
  gtk_file_chooser_add_filter (chooser, outlines);
  gtk_file_chooser_add_filter (chooser, json);
}

static void
merge_chooser_response_cb (GtkNativeDialog *dialog,
                           int              response,
                           SylWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GListModel) chosen = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);

      for (guint i = 0; i < g_list_model_get_n_items (chosen); i++)
        g_ptr_array_add (files, g_list_model_get_item (chosen, i));
      _syl_window_ask_base (self, files);
    }
  g_object_unref (dialog);
}

static void
merge_reviews_activate (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  SylWindow *self = user_data;
  GtkFileChooserNative *dialog;

  dialog = gtk_file_chooser_native_new (_("Merge Reviews"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_OPEN, _("_Merge"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (dialog), TRUE);
  add_outline_filters (GTK_FILE_CHOOSER (dialog));
  syl_file_chooser_start_near (GTK_FILE_CHOOSER (dialog), syl_document_get_file (self->document));
  g_signal_connect (dialog, "response", G_CALLBACK (merge_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

/* The review summary. */

/**
 * syl_window_export_review_summary:
 * @file: where to write it; its name says the format: .html or .htm for
 *   HTML, anything else for Markdown
 *
 * Returns: whether the summary was written, atomically
 */
gboolean
syl_window_export_review_summary (SylWindow  *self,
                                  GFile      *file,
                                  GError    **error)
{
  g_autofree char *name = NULL;
  g_autoptr(GBytes) bytes = NULL;
  SylReviewFormat format = SYL_REVIEW_FORMAT_MARKDOWN;
  char *text;

  g_return_val_if_fail (SYL_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (self->document != NULL, FALSE);

  name = g_file_get_basename (file);
  syl_review_format_for_filename (name, &format);
  text = syl_review_summary (self->document, format);
  bytes = g_bytes_new_take (text, strlen (text));
  return syl_file_replace_atomically (file, bytes, error);
}

/* The file chosen, with the extension of the format chosen when its name
 * has none that says one. */
static GFile *
summary_file (GtkFileChooser *chooser)
{
  g_autoptr(GFile) file = gtk_file_chooser_get_file (chooser);
  g_autofree char *name = g_file_get_basename (file);
  const char *choice = gtk_file_chooser_get_choice (chooser, "format");
  SylReviewFormat format;
  g_autofree char *named = NULL;
  g_autoptr(GFile) parent = NULL;

  if (syl_review_format_for_filename (name, &format))
    return g_steal_pointer (&file);
  named = g_strconcat (name, g_strcmp0 (choice, "html") == 0 ? ".html" : ".md", NULL);
  parent = g_file_get_parent (file);
  return g_file_get_child (parent, named);
}

static void
summary_chooser_response_cb (GtkNativeDialog *dialog,
                             int              response,
                             SylWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT && self->document != NULL)
    {
      g_autoptr(GFile) file = summary_file (GTK_FILE_CHOOSER (dialog));

      _syl_window_save_summary_in_background (self, file);
    }
  g_object_unref (dialog);
}

static void
review_summary_activate (GSimpleAction *action,
                         GVariant      *parameter,
                         gpointer       user_data)
{
  SylWindow *self = user_data;
  GtkFileChooserNative *dialog;
  const char *ids[] = { "markdown", "html", NULL };
  const char *labels[] = { _("Markdown"), _("HTML"), NULL };
  g_autofree char *name = syl_export_suggest_summary_name (self->document, "md");

  dialog = gtk_file_chooser_native_new (_("Save Review Summary"), GTK_WINDOW (self),
                                        GTK_FILE_CHOOSER_ACTION_SAVE, _("_Save"), _("_Cancel"));
  gtk_file_chooser_add_choice (GTK_FILE_CHOOSER (dialog), "format", _("Format"), ids, labels);
  gtk_file_chooser_set_choice (GTK_FILE_CHOOSER (dialog), "format", "markdown");
  syl_file_chooser_start_near (GTK_FILE_CHOOSER (dialog), syl_document_get_file (self->document));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), name);
  g_signal_connect (dialog, "response", G_CALLBACK (summary_chooser_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

static const GActionEntry review_actions[] = {
  { "review-mode", NULL, NULL, "false", review_mode_change_state },
  { "filter-open-comments", NULL, NULL, "false", filter_change_state },
  { "next-comment", next_comment_activate },
  { "previous-comment", previous_comment_activate },
  { "merge-reviews", merge_reviews_activate },
  { "review-summary", review_summary_activate },
};

/* Follows the window's document: its open comments for the count in the
 * header bar, its history for undo in review mode. */
void
_syl_window_review_document_changed (SylWindow *self)
{
  GFile *file = self->document != NULL ? syl_document_get_file (self->document) : NULL;

  /* Review mode was for the outline opened for review; the same file read
   * again from disk stays in it, another outline opened in this window
   * does not. */
  if (self->review_file == NULL || file == NULL || !g_file_equal (self->review_file, file))
    self->review = FALSE;
  g_set_object (&self->review_file, file);

  if (self->review_root != NULL)
    g_signal_handlers_disconnect_by_data (self->review_root, self);
  g_clear_object (&self->review_root);
  if (self->document != NULL)
    {
      self->review_root = g_object_ref (syl_document_get_root (self->document));
      g_signal_connect_object (self->review_root, "notify::open-in-subtree",
                               G_CALLBACK (update_count), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (syl_document_get_history (self->document), "applied",
                               G_CALLBACK (history_applied_cb), self, G_CONNECT_SWAPPED);
    }
  update_count (self);
  update_enabled (self);
  syl_window_set_review_mode (self, self->review);
}

void
_syl_window_review_init (SylWindow *self)
{
  self->comments_shown = G_MAXUINT;
  g_action_map_add_action_entries (G_ACTION_MAP (self), review_actions,
                                   G_N_ELEMENTS (review_actions), self);
}
