/* syl-autosave.c: keeps a recovery draft of a document's unsaved changes
 *
 * A few seconds after the last change, the document is written to a draft
 * (see syl-draft.c).  The document is serialized on the main thread, which
 * owns it, and the file is written and flushed to disk on a worker thread,
 * so typing never waits for the disk.  When the document is saved, or
 * undone back to its saved state, or discarded, the draft goes away.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-autosave.h"
#include "syl-draft.h"
#include "syl-document-disk.h"
#include "syl-json-writer.h"
#include "syl-storage-private.h"

struct _SylAutosave
{
  GObject      parent_instance;

  SylDocument *document;
  GFile       *dir;
  char        *id;
  guint        delay_ms;
  guint        timeout_id;
  /* A write is on its way; another change waits for it to finish. */
  gboolean     writing;
  gboolean     again;
  /* The draft on disk may hold changes, so it must go when they do. */
  gboolean     on_disk;
  gboolean     discarded;
};

G_DEFINE_FINAL_TYPE (SylAutosave, syl_autosave, G_TYPE_OBJECT)

typedef struct
{
  GFile  *dir;
  char   *id;
  GBytes *contents;
  GFile  *file;
  char   *title;
  char   *fingerprint;
} Job;

static void
job_free (Job *job)
{
  g_clear_object (&job->dir);
  g_free (job->id);
  g_bytes_unref (job->contents);
  g_clear_object (&job->file);
  g_free (job->title);
  g_free (job->fingerprint);
  g_free (job);
}

static Job *
job_new (SylAutosave *self)
{
  Job *job = g_new0 (Job, 1);
  GFile *file = syl_document_get_file (self->document);
  const char *fingerprint = syl_document_get_disk_fingerprint (self->document);

  job->dir = g_object_ref (self->dir);
  job->id = g_strdup (self->id);
  job->contents = syl_document_serialize (self->document);
  job->file = file ? g_object_ref (file) : NULL;
  job->title = g_strdup (syl_document_get_title (self->document));
  job->fingerprint = g_strdup (fingerprint);
  return job;
}

static gboolean
job_run (Job     *job,
         GError **error)
{
  return _syl_draft_write (job->dir, job->id, job->contents, job->file,
                           job->title, job->fingerprint, error);
}

static void
write_thread (GTask        *task,
              gpointer      source,
              gpointer      task_data,
              GCancellable *cancellable)
{
  GError *error = NULL;

  if (job_run (task_data, &error))
    g_task_return_boolean (task, TRUE);
  else
    g_task_return_error (task, error);
}

static void schedule (SylAutosave *self);

static void
write_done_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  SylAutosave *self = SYL_AUTOSAVE (source);
  g_autoptr(GError) error = NULL;

  self->writing = FALSE;
  if (!g_task_propagate_boolean (G_TASK (result), &error))
    g_message ("Could not write a recovery draft: %s", error->message);

  /* The document was saved or discarded while the draft was written. */
  if (self->discarded || self->document == NULL ||
      !syl_document_get_modified (self->document))
    _syl_draft_remove (self->dir, self->id);
  else if (self->again)
    schedule (self);
  self->again = FALSE;
}

static gboolean
timeout_cb (gpointer user_data)
{
  SylAutosave *self = user_data;
  g_autoptr(GTask) task = NULL;

  self->timeout_id = 0;
  if (self->writing)
    {
      self->again = TRUE;
      return G_SOURCE_REMOVE;
    }

  self->writing = TRUE;
  self->on_disk = TRUE;
  task = g_task_new (self, NULL, write_done_cb, NULL);
  g_task_set_source_tag (task, timeout_cb);
  g_task_set_task_data (task, job_new (self), (GDestroyNotify) job_free);
  g_task_run_in_thread (task, write_thread);
  return G_SOURCE_REMOVE;
}

static void
schedule (SylAutosave *self)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  self->timeout_id = g_timeout_add (self->delay_ms, timeout_cb, self);
}

static void
forget (SylAutosave *self)
{
  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->writing)
    return;  /* write_done_cb removes it. */
  if (self->on_disk)
    _syl_draft_remove (self->dir, self->id);
  self->on_disk = FALSE;
}

static void
changed_cb (SylAutosave *self)
{
  if (self->discarded)
    return;
  if (syl_document_get_modified (self->document))
    schedule (self);
  else
    forget (self);
}

static void
syl_autosave_dispose (GObject *object)
{
  SylAutosave *self = SYL_AUTOSAVE (object);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (self->document, self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (syl_document_get_history (self->document), self);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (syl_autosave_parent_class)->dispose (object);
}

static void
syl_autosave_finalize (GObject *object)
{
  SylAutosave *self = SYL_AUTOSAVE (object);

  g_clear_object (&self->dir);
  g_clear_pointer (&self->id, g_free);

  G_OBJECT_CLASS (syl_autosave_parent_class)->finalize (object);
}

static void
syl_autosave_class_init (SylAutosaveClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = syl_autosave_dispose;
  object_class->finalize = syl_autosave_finalize;
}

static void
syl_autosave_init (SylAutosave *self)
{
  self->delay_ms = SYL_AUTOSAVE_DELAY_MS;
}

/**
 * syl_autosave_new:
 * @dir: (nullable): the drafts folder, or %NULL for the default one
 * @draft_id: (nullable): the draft this document was restored from, which
 *   is then kept up to date and removed in its turn
 *
 * Returns: (transfer full): an autosave that watches @document until it
 *   is discarded or finalized
 */
SylAutosave *
syl_autosave_new (SylDocument *document,
                  GFile       *dir,
                  const char  *draft_id)
{
  SylAutosave *self;

  g_return_val_if_fail (SYL_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (dir == NULL || G_IS_FILE (dir), NULL);

  self = g_object_new (SYL_TYPE_AUTOSAVE, NULL);
  self->document = g_object_ref (document);
  self->dir = dir ? g_object_ref (dir) : _syl_draft_get_default_dir ();
  self->id = draft_id ? g_strdup (draft_id) : g_uuid_string_random ();
  self->on_disk = draft_id != NULL;

  /* Every change goes through the history; "modified" also changes when
   * a save or an undo reaches the saved state. */
  g_signal_connect_object (syl_document_get_history (document), "applied",
                           G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (document, "notify::modified",
                           G_CALLBACK (changed_cb), self, G_CONNECT_SWAPPED);

  /* A document that starts out unsaved, such as an import, is unsaved
   * work already. */
  if (draft_id == NULL && syl_document_get_modified (document))
    schedule (self);
  return self;
}

const char *
syl_autosave_get_draft_id (SylAutosave *self)
{
  g_return_val_if_fail (SYL_IS_AUTOSAVE (self), NULL);
  return self->id;
}

void
_syl_autosave_set_delay (SylAutosave *self,
                         guint        delay_ms)
{
  g_return_if_fail (SYL_IS_AUTOSAVE (self));
  self->delay_ms = delay_ms;
}

/**
 * syl_autosave_get_pending:
 *
 * Returns: whether a draft is waiting to be written or being written
 */
gboolean
syl_autosave_get_pending (SylAutosave *self)
{
  g_return_val_if_fail (SYL_IS_AUTOSAVE (self), FALSE);
  return self->timeout_id != 0 || self->writing;
}

/**
 * syl_autosave_flush:
 *
 * Writes the draft now, on this thread, if the document has unsaved
 * changes: for quitting while a write is scheduled.
 */
gboolean
syl_autosave_flush (SylAutosave  *self,
                    GError      **error)
{
  Job *job;
  gboolean ok;

  g_return_val_if_fail (SYL_IS_AUTOSAVE (self), FALSE);

  g_clear_handle_id (&self->timeout_id, g_source_remove);
  if (self->discarded || !syl_document_get_modified (self->document))
    return TRUE;

  job = job_new (self);
  ok = job_run (job, error);
  job_free (job);
  self->on_disk = TRUE;
  return ok;
}

/**
 * syl_autosave_discard:
 *
 * Removes the draft and stops watching: the user chose to throw the
 * changes away, or the window closes with nothing unsaved.
 */
void
syl_autosave_discard (SylAutosave *self)
{
  g_return_if_fail (SYL_IS_AUTOSAVE (self));

  self->discarded = TRUE;
  self->on_disk = TRUE;
  forget (self);
}
