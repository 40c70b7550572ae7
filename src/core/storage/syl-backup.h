/* syl-backup.h: previous versions of documents, kept when saving
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* How many previous versions of each document are kept. */
#define SYL_BACKUP_KEEP 10

GFile    *syl_backup_get_default_dir (void);
GFile    *syl_backup_dir_for_file    (GFile        *backup_dir,
                                      GFile        *file);
GFile    *syl_backup_keep_bytes      (GBytes       *contents,
                                      GFile        *file,
                                      GFile        *backup_dir,
                                      guint         keep,
                                      GError      **error);
GPtrArray *syl_backup_list           (GFile        *backup_dir,
                                      GFile        *file);

G_END_DECLS
