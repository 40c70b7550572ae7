/* syl-storage-private.h: what the storage layer's files share, and the
 * hooks its tests use to make saving fail or stop half-way
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-autosave.h"
#include "syl-backup.h"
#include "syl-draft.h"
#include "syl-file.h"

G_BEGIN_DECLS

/* Drafts, for the autosaver. */
GFile    *_syl_draft_get_default_dir (void);
gboolean  _syl_draft_write           (GFile        *dir,
                                      const char   *id,
                                      GBytes       *contents,
                                      GFile        *file,
                                      const char   *title,
                                      const char   *fingerprint,
                                      GError      **error);
void      _syl_draft_remove          (GFile        *dir,
                                      const char   *id);

/* Backups, for saving. */
gboolean  _syl_backup_keep_file      (GFile        *file,
                                      GFile        *backup_dir,
                                      guint         keep,
                                      GError      **error);

/* For tests: an autosave delay other than SYL_AUTOSAVE_DELAY_MS. */
void      _syl_autosave_set_delay    (SylAutosave  *self,
                                      guint         delay_ms);

/* For tests: make the next atomic writes fail with "no space left on
 * device" after @n_bytes bytes, as a full disk would; -1 turns it off. */
void      _syl_file_set_fail_after   (gssize        n_bytes);

/* For tests: the steps of an atomic save, in order. */
typedef enum
{
  SYL_FILE_STEP_NONE,
  SYL_FILE_STEP_CREATED,      /* the temporary file exists, empty */
  SYL_FILE_STEP_HALF_WRITTEN, /* half the contents are in it */
  SYL_FILE_STEP_WRITTEN,      /* all of them, not yet flushed */
  SYL_FILE_STEP_SYNCED,       /* flushed and closed: right before the rename */
  SYL_FILE_STEP_RENAMED,      /* the new file is in place */
} SylFileStep;

/* For tests: the process kills itself with SIGKILL when a save reaches
 * @step, as a crash or a power cut would; SYL_FILE_STEP_NONE turns it off. */
void      _syl_file_set_kill_at      (SylFileStep   step);

/* For tests: a save cancels @cancellable when it reaches @step, as one
 * who presses Cancel at that moment would; SYL_FILE_STEP_NONE turns it
 * off. */
void      _syl_file_set_cancel_at    (SylFileStep   step,
                                      GCancellable *cancellable);

G_END_DECLS
