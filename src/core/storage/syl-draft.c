/* syl-draft.c: a recovery draft of a document's unsaved changes
 *
 * A draft is two files in the user's data folder, never beside the
 * document: ID.syllabus.json holds the document exactly as it was, and
 * ID.draft, written after it, says which file it belongs to, its title,
 * when it was written, and what the file on disk looked like then.  A
 * draft without both is incomplete and is not offered.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "syl-draft.h"
#include "syl-file.h"
#include "syl-document-disk.h"
#include "syl-storage-private.h"

#define GROUP "Draft"

struct _SylDraft
{
  GObject    parent_instance;

  GFile     *dir;
  char      *id;
  GFile     *file;
  char      *title;
  char      *fingerprint;
  GDateTime *time;
};

G_DEFINE_FINAL_TYPE (SylDraft, syl_draft, G_TYPE_OBJECT)

static void
syl_draft_finalize (GObject *object)
{
  SylDraft *self = SYL_DRAFT (object);

  g_clear_object (&self->dir);
  g_clear_pointer (&self->id, g_free);
  g_clear_object (&self->file);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->fingerprint, g_free);
  g_clear_pointer (&self->time, g_date_time_unref);

  G_OBJECT_CLASS (syl_draft_parent_class)->finalize (object);
}

static void
syl_draft_class_init (SylDraftClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = syl_draft_finalize;
}

static void
syl_draft_init (SylDraft *self)
{
}

/**
 * _syl_draft_get_default_dir:
 *
 * Returns: (transfer full): the drafts folder in the user's data folder
 */
GFile *
_syl_draft_get_default_dir (void)
{
  g_autofree char *path = g_build_filename (g_get_user_data_dir (), "syllabus", "drafts", NULL);

  return g_file_new_for_path (path);
}

static GFile *
child_file (GFile      *dir,
            const char *id,
            const char *suffix)
{
  g_autofree char *name = g_strconcat (id, suffix, NULL);

  return g_file_get_child (dir, name);
}

gboolean
_syl_draft_write (GFile       *dir,
                  const char  *id,
                  GBytes      *contents,
                  GFile       *file,
                  const char  *title,
                  const char  *fingerprint,
                  GError     **error)
{
  g_autoptr(GFile) document = child_file (dir, id, ".syllabus.json");
  g_autoptr(GFile) info = child_file (dir, id, ".draft");
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();
  g_autofree char *stamp = g_date_time_format_iso8601 (now);
  g_autoptr(GBytes) info_bytes = NULL;
  g_autoptr(GError) local_error = NULL;
  gsize length;
  char *data;

  if (!g_file_make_directory_with_parents (dir, NULL, &local_error) &&
      !g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_EXISTS))
    {
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }

  if (!syl_file_replace_atomically (document, contents, error))
    return FALSE;

  if (file != NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);
      g_key_file_set_string (keys, GROUP, "Uri", uri);
    }
  g_key_file_set_string (keys, GROUP, "Title", title ? title : "");
  g_key_file_set_string (keys, GROUP, "Time", stamp);
  if (fingerprint != NULL)
    g_key_file_set_string (keys, GROUP, "Fingerprint", fingerprint);
  data = g_key_file_to_data (keys, &length, NULL);
  info_bytes = g_bytes_new_take (data, length);
  return syl_file_replace_atomically (info, info_bytes, error);
}

void
_syl_draft_remove (GFile      *dir,
                   const char *id)
{
  g_autoptr(GFile) document = child_file (dir, id, ".syllabus.json");
  g_autoptr(GFile) info = child_file (dir, id, ".draft");

  /* The description first, so that a half-removed draft is never offered. */
  g_file_delete (info, NULL, NULL);
  g_file_delete (document, NULL, NULL);
}

static SylDraft *
draft_from_info (GFile      *dir,
                 const char *name)
{
  g_autoptr(GFile) info = g_file_get_child (dir, name);
  g_autoptr(GKeyFile) keys = g_key_file_new ();
  g_autofree char *path = g_file_get_path (info);
  g_autofree char *uri = NULL;
  g_autofree char *stamp = NULL;
  g_autoptr(GFile) document = NULL;
  SylDraft *self;

  if (path == NULL || !g_key_file_load_from_file (keys, path, G_KEY_FILE_NONE, NULL))
    return NULL;

  self = g_object_new (SYL_TYPE_DRAFT, NULL);
  self->dir = g_object_ref (dir);
  self->id = g_strndup (name, strlen (name) - strlen (".draft"));
  uri = g_key_file_get_string (keys, GROUP, "Uri", NULL);
  self->file = uri && *uri ? g_file_new_for_uri (uri) : NULL;
  self->title = g_key_file_get_string (keys, GROUP, "Title", NULL);
  self->fingerprint = g_key_file_get_string (keys, GROUP, "Fingerprint", NULL);
  stamp = g_key_file_get_string (keys, GROUP, "Time", NULL);
  self->time = stamp ? g_date_time_new_from_iso8601 (stamp, NULL) : NULL;
  if (self->time == NULL)
    self->time = g_date_time_new_now_utc ();

  document = child_file (dir, self->id, ".syllabus.json");
  if (!g_file_query_exists (document, NULL))
    g_clear_object (&self);
  return self;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  SylDraft *first = *(SylDraft **) a;
  SylDraft *second = *(SylDraft **) b;

  return g_date_time_compare (second->time, first->time);
}

/**
 * syl_draft_list:
 * @dir: (nullable): the drafts folder, or %NULL for the default one
 *
 * Returns: (transfer full) (element-type SylDraft): the complete drafts in
 *   @dir, newest first
 */
GPtrArray *
syl_draft_list (GFile *dir)
{
  g_autoptr(GFile) default_dir = dir ? NULL : _syl_draft_get_default_dir ();
  g_autoptr(GFileEnumerator) children = NULL;
  GPtrArray *drafts = g_ptr_array_new_with_free_func (g_object_unref);
  GFileInfo *info;

  if (dir == NULL)
    dir = default_dir;
  children = g_file_enumerate_children (dir, G_FILE_ATTRIBUTE_STANDARD_NAME,
                                        G_FILE_QUERY_INFO_NONE, NULL, NULL);
  while (children != NULL &&
         (info = g_file_enumerator_next_file (children, NULL, NULL)) != NULL)
    {
      const char *name = g_file_info_get_name (info);
      SylDraft *draft = NULL;

      if (g_str_has_suffix (name, ".draft") && name[0] != '.')
        draft = draft_from_info (dir, name);
      if (draft != NULL)
        g_ptr_array_add (drafts, draft);
      g_object_unref (info);
    }
  g_ptr_array_sort (drafts, compare_newest_first);
  return drafts;
}

const char *
syl_draft_get_id (SylDraft *self)
{
  g_return_val_if_fail (SYL_IS_DRAFT (self), NULL);
  return self->id;
}

/**
 * syl_draft_get_file:
 *
 * Returns: (transfer none) (nullable): the document's file, or %NULL for a
 *   document that was never saved
 */
GFile *
syl_draft_get_file (SylDraft *self)
{
  g_return_val_if_fail (SYL_IS_DRAFT (self), NULL);
  return self->file;
}

GDateTime *
syl_draft_get_time (SylDraft *self)
{
  g_return_val_if_fail (SYL_IS_DRAFT (self), NULL);
  return self->time;
}

/**
 * syl_draft_dup_display_name:
 *
 * Returns: (transfer full): the file's name, or the course title for a
 *   document that was never saved
 */
char *
syl_draft_dup_display_name (SylDraft *self)
{
  g_return_val_if_fail (SYL_IS_DRAFT (self), NULL);

  if (self->file != NULL)
    return g_file_get_basename (self->file);
  if (self->title != NULL && *self->title != '\0')
    return g_strdup (self->title);
  return g_strdup (_("Untitled Course"));
}

/**
 * syl_draft_restore:
 *
 * Returns: (transfer full): the document exactly as it was when the draft
 *   was written, modified, with the file it belongs to
 */
SylDocument *
syl_draft_restore (SylDraft  *self,
                   GError   **error)
{
  g_autoptr(GFile) document = NULL;
  g_autoptr(GBytes) contents = NULL;

  g_return_val_if_fail (SYL_IS_DRAFT (self), NULL);

  document = child_file (self->dir, self->id, ".syllabus.json");
  contents = syl_file_load (document, NULL, error);
  if (contents == NULL)
    return NULL;
  return syl_document_new_recovered (contents, self->file, self->fingerprint, error);
}

gboolean
syl_draft_delete (SylDraft  *self,
                  GError   **error)
{
  g_return_val_if_fail (SYL_IS_DRAFT (self), FALSE);
  _syl_draft_remove (self->dir, self->id);
  return TRUE;
}
