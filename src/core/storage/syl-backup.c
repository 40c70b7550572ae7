/* syl-backup.c: previous versions of documents, kept when saving
 *
 * Backups live in the application's data folder, one folder per document,
 * never beside the document: a "name~" file next to it is clutter, and
 * inside Flatpak the document portal gives access to the one file only.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "syl-backup.h"
#include "syl-file.h"
#include "syl-storage-private.h"

/**
 * syl_backup_get_default_dir:
 *
 * Returns: (transfer full): the backups folder in the user's data folder
 */
GFile *
syl_backup_get_default_dir (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "syllabus", "backups", NULL);

  return g_file_new_for_path (path);
}

/**
 * syl_backup_dir_for_file:
 *
 * The folder for @file's backups: named by the file's name, so a person
 * browsing the folder finds it, and a hash of its location, so two files
 * of the same name keep apart.
 *
 * Returns: (transfer full): the folder (which may not exist yet)
 */
GFile *
syl_backup_dir_for_file (GFile *backup_dir,
                         GFile *file)
{
  g_autofree char *uri = NULL;
  g_autofree char *base = NULL;
  g_autofree char *hash = NULL;
  g_autofree char *name = NULL;

  g_return_val_if_fail (G_IS_FILE (backup_dir), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  uri = g_file_get_uri (file);
  base = g_file_get_basename (file);
  hash = g_compute_checksum_for_string (G_CHECKSUM_SHA256, uri, -1);
  name = g_strdup_printf ("%s-%.12s", base ? base : "outline", hash);
  return g_file_get_child (backup_dir, name);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The backups of one document, oldest first: their names start with the
 * time they were made, so sorting by name sorts by time. */
static GPtrArray *
list_names (GFile *dir)
{
  g_autoptr(GFileEnumerator) children = NULL;
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  GFileInfo *info;

  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NONE, NULL, NULL);
  while (children != NULL &&
         (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      const char *name = g_file_info_get_name (info);

      if (g_str_has_suffix (name, ".syllabus.json") && name[0] != '.')
        g_ptr_array_add (names, g_strdup (name));
      g_object_unref (info);
    }
  g_ptr_array_sort (names, compare_names);
  return names;
}

static void
prune (GFile *dir,
       guint  keep)
{
  g_autoptr(GPtrArray) names = list_names (dir);

  for (guint i = 0; i + keep < names->len; i++)
    {
      g_autoptr(GFile) old = g_file_get_child (dir, g_ptr_array_index (names, i));

      g_file_delete (old, NULL, NULL);
    }
}

/**
 * syl_backup_keep_bytes:
 * @contents: a version of @file's document
 * @file: the document's file, which names the backup
 *
 * Keeps @contents as the newest backup of @file, and only the @keep newest.
 *
 * Returns: (transfer full): the backup, or %NULL with @error set
 */
GFile *
syl_backup_keep_bytes (GBytes  *contents,
                       GFile   *file,
                       GFile   *backup_dir,
                       guint    keep,
                       GError **error)
{
  g_autoptr(GFile) dir = NULL;
  g_autoptr(GFile) backup = NULL;
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autofree char *stamp = g_date_time_format (now, "%Y-%m-%d %H.%M.%S.%f");
  g_autofree char *name = g_strdup_printf ("%s.syllabus.json", stamp);
  g_autoptr(GError) local_error = NULL;

  g_return_val_if_fail (contents != NULL, NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);
  g_return_val_if_fail (G_IS_FILE (backup_dir), NULL);

  dir = syl_backup_dir_for_file (backup_dir, file);
  if (!g_file_make_directory_with_parents (dir, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return NULL;
    }

  backup = g_file_get_child (dir, name);
  if (!syl_file_replace_atomically (backup, contents, error))
    return NULL;

  prune (dir, MAX (keep, 1));
  return g_steal_pointer (&backup);
}

/**
 * _syl_backup_keep_file:
 *
 * Copies @file as it is on disk now into its backups.  Fails with
 * %G_IO_ERROR_NOT_FOUND when there is no file yet, which is no loss.
 */
gboolean
_syl_backup_keep_file (GFile   *file,
                       GFile   *backup_dir,
                       guint    keep,
                       GError **error)
{
  g_autoptr(GBytes) contents = NULL;
  g_autoptr(GFile) backup = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (G_IS_FILE (backup_dir), FALSE);

  contents = syl_file_load (file, NULL, error);
  if (contents == NULL)
    return FALSE;

  backup = syl_backup_keep_bytes (contents, file, backup_dir, keep, error);
  return backup != NULL;
}

/**
 * syl_backup_list:
 *
 * Returns: (transfer full) (element-type GFile): @file's backups, newest first
 */
GPtrArray *
syl_backup_list (GFile *backup_dir,
                 GFile *file)
{
  g_autoptr(GFile) dir = syl_backup_dir_for_file (backup_dir, file);
  g_autoptr(GPtrArray) names = list_names (dir);
  GPtrArray *files = g_ptr_array_new_with_free_func (g_object_unref);

  for (guint i = names->len; i > 0; i--)
    g_ptr_array_add (files, g_file_get_child (dir, g_ptr_array_index (names, i - 1)));
  return files;
}
