/* syl-window-jobs.c: long work in the background, with a bar in the window
 *
 * Exports, printing's layout, imports, the review summary and merges take
 * seconds or minutes on a large outline.  They run while the window stays
 * usable: in a worker thread (a GTask), on a snapshot of the document
 * taken on the main thread (syl_document_snapshot()), or, for printing,
 * in slices of the main loop.  A bar under the header bar says what runs
 * and how far it got, and has a Cancel button.  One job runs at a time in
 * a window; the actions that would start another are off meanwhile.
 *
 * The worker never sees the window or its document.  It reports progress
 * by storing the fraction in the job, atomically, as often as it likes; a
 * timeout of the main thread reads it ten times a second and moves the
 * bar, so the main loop is never flooded.  The result comes back in the
 * GTask's callback, on the main thread.
 *
 * The job is reference-counted: the window holds a reference while the
 * job is its current one, and the task another.  The task knows the
 * window only through a weak reference, so a window closed during a job
 * is freed at once: its dispose cancels the job, the worker stops at the
 * next node or page, and the callback, finding no window, drops the
 * result.  The application is held while a job runs, so that quitting
 * waits for the worker to stop rather than exiting under it.
 *
 * A merge changes the document when it ends, from what it worked out on
 * the snapshot; meanwhile the window is read-only (see
 * _syl_window_job_blocks_editing()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-node-pane.h"
#include "syl-window-private.h"

/* How often the bar follows the work, in milliseconds. */
#define PROGRESS_INTERVAL 100
/* The progress is kept in the job in steps of this many per unit. */
#define PROGRESS_SCALE 10000

struct _SylWindowJob
{
  GWeakRef      window;
  GCancellable *cancellable;
  GApplication *application;
  gboolean      blocks_editing;
  /* Written by the worker, read by the main thread. */
  int           progress;
};

/* Jobs started and not yet finished, in every window: see
 * syl_window_jobs_running(). */
static guint n_running;

/* The application was let go of when the job finished, on the main
 * thread: the last reference may go in the worker's. */
static void
job_clear (SylWindowJob *job)
{
  g_weak_ref_clear (&job->window);
  g_clear_object (&job->cancellable);
}

SylWindowJob *
_syl_window_job_ref (SylWindowJob *job)
{
  return g_atomic_rc_box_acquire (job);
}

/* The last reference may go in any thread: a job holds nothing that
 * belongs to one once it has finished. */
void
_syl_window_job_unref (SylWindowJob *job)
{
  g_atomic_rc_box_release_full (job, (GDestroyNotify) job_clear);
}

GCancellable *
_syl_window_job_get_cancellable (SylWindowJob *job)
{
  return job->cancellable;
}

/* Returns: (transfer full) (nullable): the window of @job, unless it was
 * closed */
SylWindow *
_syl_window_job_dup_window (SylWindowJob *job)
{
  return g_weak_ref_get (&job->window);
}

/**
 * _syl_window_job_progress_cb:
 * @user_data: the job
 *
 * A #SylProgressFunc for the core's long work, to be called from any
 * thread.
 */
void
_syl_window_job_progress_cb (double   fraction,
                             gpointer user_data)
{
  SylWindowJob *job = user_data;

  g_atomic_int_set (&job->progress, (int) (CLAMP (fraction, 0, 1) * PROGRESS_SCALE));
}

static gboolean
progress_timeout_cb (gpointer user_data)
{
  SylWindow *self = user_data;
  double fraction = (double) g_atomic_int_get (&self->job->progress) / PROGRESS_SCALE;

  /* Setting the fraction lays the bar out again, even the same one. */
  if (fraction != gtk_progress_bar_get_fraction (self->job_progress))
    gtk_progress_bar_set_fraction (self->job_progress, fraction);
  return G_SOURCE_CONTINUE;
}

gboolean
_syl_window_is_busy (SylWindow *self)
{
  return self->job != NULL;
}

/* Whether the running job changes the document when it ends, so that
 * nothing else may change it meanwhile. */
gboolean
_syl_window_job_blocks_editing (SylWindow *self)
{
  return self->job != NULL && self->job->blocks_editing;
}

/* Makes the outline, the editor and the comments read-only for a merge,
 * or gives them back as review mode has them. */
static void
block_editing (SylWindow *self,
               gboolean   block)
{
  gboolean review = syl_window_get_review_mode (self);
  SylHistory *history = self->document ? syl_document_get_history (self->document) : NULL;

  syl_outline_view_set_read_only (self->outline_view, block || review);
  syl_node_pane_set_read_only (SYL_NODE_PANE (self->node_pane), block || review);
  /* Comments stay open in review mode; not while a merge brings others. */
  gtk_widget_set_sensitive (syl_node_pane_get_comments_view (SYL_NODE_PANE (self->node_pane)),
                            !block);
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 !block && history != NULL && syl_history_get_can_undo (history) &&
                                 _syl_window_review_allows (self, FALSE));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 !block && history != NULL && syl_history_get_can_redo (history) &&
                                 _syl_window_review_allows (self, TRUE));
  _syl_window_update_actions (self);
  _syl_window_sync_numbering (self);
}

/**
 * _syl_window_job_start:
 * @label: what runs, as the bar says it: "Exporting “course.pdf”…"
 * @blocks_editing: whether the job changes the document when it ends, so
 *   that the window must be read-only meanwhile
 *
 * Shows the bar and turns off the actions that start long work.
 *
 * Returns: (transfer full) (nullable): the job, or %NULL when one runs
 *   already
 */
SylWindowJob *
_syl_window_job_start (SylWindow  *self,
                       const char *label,
                       gboolean    blocks_editing)
{
  SylWindowJob *job;
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (self->job != NULL)
    return NULL;

  job = g_atomic_rc_box_new0 (SylWindowJob);
  g_weak_ref_init (&job->window, self);
  job->cancellable = g_cancellable_new ();
  job->blocks_editing = blocks_editing;
  if (application != NULL)
    {
      job->application = G_APPLICATION (g_object_ref (application));
      g_application_hold (job->application);
    }
  n_running++;

  self->job = _syl_window_job_ref (job);
  gtk_label_set_text (self->job_label, label);
  gtk_progress_bar_set_fraction (self->job_progress, 0);
  gtk_widget_set_sensitive (self->job_cancel_button, TRUE);
  gtk_revealer_set_reveal_child (self->job_bar, TRUE);
  self->job_timeout_id = g_timeout_add (PROGRESS_INTERVAL, progress_timeout_cb, self);
  if (blocks_editing)
    block_editing (self, TRUE);
  else
    _syl_window_update_actions (self);
  return job;
}

/* Lets go of the window's job, if it is @job. */
static void
detach (SylWindow    *self,
        SylWindowJob *job)
{
  gboolean blocked;

  if (self->job != job)
    return;
  blocked = job->blocks_editing;
  g_clear_handle_id (&self->job_timeout_id, g_source_remove);
  g_clear_pointer (&self->job, _syl_window_job_unref);
  if (gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  gtk_revealer_set_reveal_child (self->job_bar, FALSE);
  if (blocked)
    block_editing (self, FALSE);
  else
    _syl_window_update_actions (self);
}

/**
 * _syl_window_job_finish:
 *
 * Ends @job, in the main thread, whether it succeeded, failed or was
 * cancelled: the bar goes, and the actions come back.  The caller keeps
 * its reference.
 */
void
_syl_window_job_finish (SylWindowJob *job)
{
  g_autoptr(SylWindow) self = _syl_window_job_dup_window (job);

  g_return_if_fail (n_running > 0);

  if (self != NULL)
    detach (self, job);
  /* The worker is done: the application need not wait for it. */
  if (job->application != NULL)
    {
      g_application_release (job->application);
      g_clear_object (&job->application);
    }
  n_running--;
}

/* The Cancel button: the worker stops at its next check; the bar goes
 * when it has. */
static void
cancel_clicked_cb (SylWindow *self)
{
  if (self->job == NULL)
    return;
  g_cancellable_cancel (self->job->cancellable);
  gtk_widget_set_sensitive (self->job_cancel_button, FALSE);
}

/**
 * _syl_window_cancel_job:
 *
 * Cancels the window's job, if any, and lets go of it, as the window
 * closes: the job ends in the background.
 */
void
_syl_window_cancel_job (SylWindow *self)
{
  if (self->job == NULL)
    return;
  g_cancellable_cancel (self->job->cancellable);
  detach (self, self->job);
}

/**
 * syl_window_get_job_progress:
 *
 * For tests: the bar under the header bar, which shows while a job runs.
 *
 * Returns: (transfer none): the progress bar
 */
GtkProgressBar *
syl_window_get_job_progress (SylWindow *self)
{
  g_return_val_if_fail (SYL_IS_WINDOW (self), NULL);
  return self->job_progress;
}

/**
 * syl_window_is_busy:
 *
 * Returns: whether a long job (an export, a print, an import or a merge)
 *   runs in the window
 */
gboolean
syl_window_is_busy (SylWindow *self)
{
  g_return_val_if_fail (SYL_IS_WINDOW (self), FALSE);
  return _syl_window_is_busy (self);
}

/**
 * syl_window_jobs_running:
 *
 * Returns: how many jobs have started and not yet finished, in every
 *   window, those of closed windows included: a worker thread runs for
 *   each until it notices its cancellation
 */
guint
syl_window_jobs_running (void)
{
  return n_running;
}

void
_syl_window_jobs_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_bind_template_child (widget_class, SylWindow, job_bar);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, job_label);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, job_progress);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, job_cancel_button);
  gtk_widget_class_bind_template_callback_full (widget_class, "job_cancel_clicked_cb",
                                                G_CALLBACK (cancel_clicked_cb));
}
