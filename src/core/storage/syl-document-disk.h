/* syl-document-disk.h: a document in a file: loading, saving, and noticing
 * when another program changed the file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-document.h"

G_BEGIN_DECLS

/**
 * SylDiskState:
 * @SYL_DISK_STATE_UNKNOWN: the document has no file, or it cannot be read
 * @SYL_DISK_STATE_UNCHANGED: the file is as it was last loaded or saved
 * @SYL_DISK_STATE_CHANGED: another program has written the file since
 * @SYL_DISK_STATE_DELETED: the file is gone
 */
typedef enum
{
  SYL_DISK_STATE_UNKNOWN,
  SYL_DISK_STATE_UNCHANGED,
  SYL_DISK_STATE_CHANGED,
  SYL_DISK_STATE_DELETED,
} SylDiskState;

/**
 * SylSaveFlags:
 * @SYL_SAVE_NONE: refuse to overwrite a file another program changed
 * @SYL_SAVE_OVERWRITE_CHANGES: the user chose to replace the other
 *   program's version with this one
 */
typedef enum
{
  SYL_SAVE_NONE = 0,
  SYL_SAVE_OVERWRITE_CHANGES = 1 << 0,
} SylSaveFlags;

SylDocument        *syl_document_new_from_file       (GFile           *file,
                                                      GCancellable    *cancellable,
                                                      GError         **error);
gboolean            syl_document_save                (SylDocument     *self,
                                                      GFile           *file,
                                                      GError         **error);
gboolean            syl_document_save_full           (SylDocument     *self,
                                                      GFile           *file,
                                                      SylSaveFlags     flags,
                                                      GFile           *backup_dir,
                                                      GError         **error);
SylDocument        *syl_document_new_recovered       (GBytes          *contents,
                                                      GFile           *file,
                                                      const char      *disk_fingerprint,
                                                      GError         **error);
SylDiskState        syl_document_check_disk          (SylDocument     *self);
void                syl_document_accept_disk         (SylDocument     *self);
const char         *syl_document_get_disk_fingerprint (SylDocument    *self);
char               *syl_file_dup_fingerprint         (GFile           *file);

G_END_DECLS
