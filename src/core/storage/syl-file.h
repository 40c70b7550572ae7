/* syl-file.h: reading files whole and replacing them atomically
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Syllabus refuses files larger than this rather than exhaust memory. */
#define SYL_MAX_FILE_SIZE (G_GINT64_CONSTANT (1) << 30)

GBytes   *syl_file_load                (GFile         *file,
                                        GCancellable  *cancellable,
                                        GError       **error);
gboolean  syl_file_replace_atomically  (GFile         *file,
                                        GBytes        *contents,
                                        GError       **error);

/* For tests: make the next atomic writes fail with "no space left on
 * device" after @n_bytes bytes, as a full disk would; -1 turns it off. */
void      _syl_file_set_fail_after     (gssize         n_bytes);

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
void      _syl_file_set_kill_at        (SylFileStep    step);

G_END_DECLS
