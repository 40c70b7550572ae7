/* syl-document-disk.c: a document's file: loading, saving, and noticing
 * when another program changes it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "syl-backup.h"
#include "syl-document-private.h"
#include "syl-error.h"
#include "syl-file.h"
#include "syl-json-writer.h"
#include "syl-document-disk.h"
#include "syl-json-reader.h"
#include "syl-json-writer-private.h"
#include "syl-storage-private.h"

#define FINGERPRINT_ATTRIBUTES G_FILE_ATTRIBUTE_ETAG_VALUE "," \
                               G_FILE_ATTRIBUTE_STANDARD_SIZE "," \
                               G_FILE_ATTRIBUTE_UNIX_INODE

/**
 * syl_file_dup_fingerprint:
 *
 * What @file looks like on disk now: its etag, size and inode.  The etag
 * alone is the modification time, which a copy with `cp -p` keeps; the
 * inode changes with every atomic replace, as other editors save too.
 *
 * Returns: (transfer full) (nullable): the fingerprint, or %NULL when the
 *   file does not exist or cannot be read
 */
char *
syl_file_dup_fingerprint (GFile *file)
{
  g_autoptr(GFileInfo) info = NULL;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  info = g_file_query_info (file, FINGERPRINT_ATTRIBUTES, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  if (info == NULL)
    return NULL;

  return g_strdup_printf ("%s/%" G_GOFFSET_FORMAT "/%" G_GUINT64_FORMAT,
                          g_file_info_get_etag (info) ? g_file_info_get_etag (info) : "",
                          g_file_info_get_size (info),
                          g_file_info_get_attribute_uint64 (info, G_FILE_ATTRIBUTE_UNIX_INODE));
}

static void
record_disk (SylDocument *self)
{
  GFile *file = syl_document_get_file (self);
  g_autofree char *fingerprint = file ? syl_file_dup_fingerprint (file) : NULL;

  _syl_document_set_disk_fingerprint (self, fingerprint);
}

SylDocument *
syl_document_new_from_file (GFile         *file,
                            GCancellable  *cancellable,
                            GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *fingerprint = NULL;
  SylDocument *self;

  g_return_val_if_fail (G_IS_FILE (file), NULL);

  /* Taken before reading, so that a change made while reading is seen
   * as a change rather than hidden. */
  fingerprint = syl_file_dup_fingerprint (file);
  bytes = syl_file_load (file, cancellable, error);
  if (bytes == NULL)
    return NULL;

  self = syl_document_new_from_data (g_bytes_get_data (bytes, NULL),
                                     g_bytes_get_size (bytes), error);
  if (self == NULL)
    return NULL;

  _syl_document_set_file (self, file);
  _syl_document_set_disk_fingerprint (self, fingerprint);
  return self;
}

/**
 * syl_document_new_recovered:
 * @contents: the document as it was written to a recovery draft
 * @file: (nullable): the file the document belongs to, if it had one
 * @disk_fingerprint: (nullable): what that file looked like on disk when
 *   the draft was written
 *
 * A document restored from a draft counts as modified: its changes were
 * never saved.  Saving it checks the file against @disk_fingerprint, so a
 * version written by someone else in the meantime is not overwritten.
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
SylDocument *
syl_document_new_recovered (GBytes      *contents,
                            GFile       *file,
                            const char  *disk_fingerprint,
                            GError     **error)
{
  SylDocument *self;

  g_return_val_if_fail (contents != NULL, NULL);
  g_return_val_if_fail (file == NULL || G_IS_FILE (file), NULL);

  self = syl_document_new_from_data (g_bytes_get_data (contents, NULL),
                                     g_bytes_get_size (contents), error);
  if (self == NULL)
    return NULL;

  _syl_document_set_file (self, file);
  _syl_document_set_disk_fingerprint (self, disk_fingerprint);
  _syl_document_mark_saved (self, FALSE);
  return self;
}

/**
 * syl_document_check_disk:
 *
 * Compares the document's file with what it was when last loaded or saved.
 */
SylDiskState
syl_document_check_disk (SylDocument *self)
{
  g_autofree char *now = NULL;
  const char *known;
  GFile *file;

  g_return_val_if_fail (SYL_IS_DOCUMENT (self), SYL_DISK_STATE_UNKNOWN);

  file = syl_document_get_file (self);
  if (file == NULL)
    return SYL_DISK_STATE_UNKNOWN;

  now = syl_file_dup_fingerprint (file);
  known = _syl_document_get_disk_fingerprint (self);
  if (now == NULL)
    return g_file_query_exists (file, NULL) ? SYL_DISK_STATE_UNKNOWN : SYL_DISK_STATE_DELETED;
  if (known == NULL || g_strcmp0 (now, known) != 0)
    return SYL_DISK_STATE_CHANGED;
  return SYL_DISK_STATE_UNCHANGED;
}

/**
 * syl_document_accept_disk:
 *
 * Takes the file as it is on disk now as the known version: the user chose
 * to keep this document's version, and the next save replaces the file.
 */
void
syl_document_accept_disk (SylDocument *self)
{
  g_return_if_fail (SYL_IS_DOCUMENT (self));
  record_disk (self);
}

const char *
syl_document_get_disk_fingerprint (SylDocument *self)
{
  g_return_val_if_fail (SYL_IS_DOCUMENT (self), NULL);
  return _syl_document_get_disk_fingerprint (self);
}

/* Saving over the document's own file refuses when another program has
 * written it since: that version would be lost without anyone choosing. */
static gboolean
check_conflict (SylDocument  *self,
                GFile        *file,
                SylSaveFlags  flags,
                GError      **error)
{
  GFile *own = syl_document_get_file (self);
  g_autofree char *name = NULL;

  if ((flags & SYL_SAVE_OVERWRITE_CHANGES) != 0 || own == NULL || !g_file_equal (own, file))
    return TRUE;
  if (syl_document_check_disk (self) != SYL_DISK_STATE_CHANGED)
    return TRUE;
  /* A folder in the file's place is no version to lose; the save then
   * fails, saying the place is a folder, which is the more useful news. */
  if (g_file_query_file_type (file, G_FILE_QUERY_INFO_NONE, NULL) == G_FILE_TYPE_DIRECTORY)
    return TRUE;

  name = g_file_get_parse_name (file);
  g_set_error (error, SYL_ERROR, SYL_ERROR_CHANGED_ON_DISK,
               _("Another program changed “%s” since it was opened or last saved"), name);
  return FALSE;
}

/**
 * syl_document_save:
 * @file: (nullable): where to save, or %NULL for the document's file
 *
 * Saves atomically: the file on disk is either the old version or the new
 * one, never a mix; when saving fails it is untouched.
 */
gboolean
syl_document_save (SylDocument  *self,
                   GFile        *file,
                   GError      **error)
{
  return syl_document_save_full (self, file, SYL_SAVE_NONE, NULL, error);
}

/**
 * syl_document_save_full:
 * @file: (nullable): where to save, or %NULL for the document's file
 * @backup_dir: (nullable): where to keep the version being replaced
 *
 * Like syl_document_save(), and refuses with %SYL_ERROR_CHANGED_ON_DISK
 * to overwrite the document's own file when another program has changed
 * it, unless @flags has %SYL_SAVE_OVERWRITE_CHANGES.  With @backup_dir,
 * the file's previous version is copied there first.
 */
gboolean
syl_document_save_full (SylDocument   *self,
                        GFile         *file,
                        SylSaveFlags   flags,
                        GFile         *backup_dir,
                        GError       **error)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) backup_error = NULL;

  g_return_val_if_fail (SYL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (file != NULL || syl_document_get_file (self) != NULL, FALSE);
  g_return_val_if_fail (backup_dir == NULL || G_IS_FILE (backup_dir), FALSE);

  if (file == NULL)
    file = syl_document_get_file (self);
  if (!check_conflict (self, file, flags, error))
    return FALSE;

  /* A backup that cannot be written must not stop the save itself, which
   * is atomic anyway: the user asked to save, and would lose more. */
  if (backup_dir != NULL &&
      !_syl_backup_keep_file (file, backup_dir, SYL_BACKUP_KEEP, &backup_error) &&
      !g_error_matches (backup_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_message ("Could not keep a backup: %s", backup_error->message);

  bytes = _syl_json_write (self);
  if (!syl_file_replace_atomically (file, bytes, error))
    return FALSE;

  _syl_document_set_file (self, file);
  record_disk (self);
  _syl_document_mark_saved (self, TRUE);
  return TRUE;
}
