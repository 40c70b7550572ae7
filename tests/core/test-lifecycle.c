/* test-lifecycle.c: modified state, outside changes, drafts and backups
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>
#include <utime.h>

#include "syl-autosave.h"
#include "syl-backup.h"
#include "syl-draft.h"
#include "syl-error.h"
#include "syl-file.h"
#include "syl-test-util.h"
#include "syl-document-disk.h"
#include "syl-storage-private.h"

typedef struct
{
  char  *dir;
  char  *path;
  GFile *file;
  GFile *drafts;
  GFile *backups;
} Fixture;

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("Alpha (A1 A2) Beta");
  g_autofree char *drafts = NULL;
  g_autofree char *backups = NULL;
  g_autoptr(GError) error = NULL;

  fixture->dir = g_dir_make_tmp ("syl-test-lifecycle-XXXXXX", &error);
  g_assert_no_error (error);
  fixture->path = g_build_filename (fixture->dir, "course.syllabus.json", NULL);
  fixture->file = g_file_new_for_path (fixture->path);
  drafts = g_build_filename (fixture->dir, "data", "drafts", NULL);
  backups = g_build_filename (fixture->dir, "data", "backups", NULL);
  fixture->drafts = g_file_new_for_path (drafts);
  fixture->backups = g_file_new_for_path (backups);

  syl_document_save (document, fixture->file, &error);
  g_assert_no_error (error);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  syl_test_remove_tree (fixture->dir);
  g_free (fixture->dir);
  g_free (fixture->path);
  g_object_unref (fixture->file);
  g_object_unref (fixture->drafts);
  g_object_unref (fixture->backups);
}

static SylDocument *
load (Fixture *fixture)
{
  g_autoptr(GError) error = NULL;
  SylDocument *document = syl_document_new_from_file (fixture->file, NULL, &error);

  g_assert_no_error (error);
  return document;
}

/* Renames the node with the id @id (test outlines use titles as ids). */
static void
rename_node (SylDocument *document,
             const char  *id,
             const char  *new_title)
{
  g_autoptr(GError) error = NULL;

  syl_document_set_string (document, syl_test_find (document, id), "title", new_title,
                           FALSE, &error);
  g_assert_no_error (error);
}

/* Another program writes the file: different contents, new inode. */
static void
rewrite_outside (Fixture    *fixture,
                 const char *title)
{
  g_autoptr(SylDocument) other = syl_test_new_outline ("Outside");
  g_autofree char *text = NULL;

  syl_document_set_string (other, other, "title", title, FALSE, NULL);
  text = syl_test_serialize (other);
  g_unlink (fixture->path);
  syl_test_write_text (fixture->path, text);
}

static guint
count_drafts (Fixture *fixture)
{
  g_autoptr(GPtrArray) drafts = syl_draft_list (fixture->drafts);

  return drafts->len;
}

static void
wait_for_drafts (Fixture *fixture,
                 guint    n)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (count_drafts (fixture) != n)
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

static void
wait_idle (SylAutosave *autosave)
{
  gint64 end = g_get_monotonic_time () + 10 * G_USEC_PER_SEC;

  while (syl_autosave_get_pending (autosave))
    {
      g_assert_cmpint (g_get_monotonic_time (), <, end);
      g_main_context_iteration (NULL, FALSE);
      g_usleep (1000);
    }
}

/* Modified state. */

static void
test_modified_across_save_and_undo (Fixture       *fixture,
                                    gconstpointer  data)
{
  g_autoptr(SylDocument) document = load (fixture);
  SylHistory *history = syl_document_get_history (document);
  g_autoptr(GError) error = NULL;

  g_assert_false (syl_document_get_modified (document));
  rename_node (document, "Alpha", "Alpha 2");
  g_assert_true (syl_document_get_modified (document));
  syl_document_save (document, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (syl_document_get_modified (document));

  syl_history_undo (history);
  g_assert_true (syl_document_get_modified (document));
  syl_history_redo (history);
  g_assert_false (syl_document_get_modified (document));

  /* A restored draft stays modified whatever is undone. */
  syl_history_mark_unsaved (history);
  g_assert_true (syl_document_get_modified (document));
  syl_history_undo (history);
  g_assert_true (syl_document_get_modified (document));
}

/* Outside changes. */

static void
test_own_save_is_not_a_change (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(SylDocument) document = load (fixture);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (syl_document_check_disk (document), ==, SYL_DISK_STATE_UNCHANGED);
  rename_node (document, "Beta", "Beta 2");
  syl_document_save (document, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (syl_document_check_disk (document), ==, SYL_DISK_STATE_UNCHANGED);

  /* Nor is the first save of a new document. */
  {
    g_autoptr(SylDocument) fresh = syl_test_new_outline ("One");
    g_autofree char *path = g_build_filename (fixture->dir, "new.syllabus.json", NULL);
    g_autoptr(GFile) file = g_file_new_for_path (path);

    g_assert_cmpint (syl_document_check_disk (fresh), ==, SYL_DISK_STATE_UNKNOWN);
    syl_document_save (fresh, file, &error);
    g_assert_no_error (error);
    g_assert_cmpint (syl_document_check_disk (fresh), ==, SYL_DISK_STATE_UNCHANGED);
  }
}

static void
test_outside_change_refuses_save (Fixture       *fixture,
                                  gconstpointer  data)
{
  g_autoptr(SylDocument) document = load (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *theirs = NULL;
  g_autofree char *after = NULL;

  rename_node (document, "Alpha", "Mine");
  rewrite_outside (fixture, "Theirs");
  theirs = syl_test_read_text (fixture->path);

  g_assert_cmpint (syl_document_check_disk (document), ==, SYL_DISK_STATE_CHANGED);
  g_assert_false (syl_document_save (document, NULL, &error));
  g_assert_error (error, SYL_ERROR, SYL_ERROR_CHANGED_ON_DISK);
  g_assert_nonnull (strstr (error->message, "course.syllabus.json"));
  g_clear_error (&error);

  /* Nothing was overwritten and nothing was lost. */
  after = syl_test_read_text (fixture->path);
  g_assert_cmpstr (after, ==, theirs);
  g_assert_true (syl_document_get_modified (document));
  g_assert_cmpstr (syl_node_get_title (syl_test_find (document, "Alpha")), ==, "Mine");

  /* The user chose to keep this version. */
  syl_document_accept_disk (document);
  g_assert_cmpint (syl_document_check_disk (document), ==, SYL_DISK_STATE_UNCHANGED);
  syl_document_save (document, NULL, &error);
  g_assert_no_error (error);
  g_assert_false (syl_document_get_modified (document));
  g_clear_pointer (&after, g_free);
  after = syl_test_read_text (fixture->path);
  g_assert_nonnull (strstr (after, "Mine"));
}

static void
test_overwrite_flag (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(SylDocument) document = load (fixture);
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;

  rename_node (document, "Beta", "Mine");
  rewrite_outside (fixture, "Theirs");
  syl_document_save_full (document, NULL, SYL_SAVE_OVERWRITE_CHANGES, NULL, &error);
  g_assert_no_error (error);
  after = syl_test_read_text (fixture->path);
  g_assert_nonnull (strstr (after, "Mine"));
  g_assert_null (strstr (after, "Theirs"));
}

/* `cp -p` keeps the modification time; the change is seen all the same. */
static void
test_change_with_same_time (Fixture       *fixture,
                            gconstpointer  data)
{
  g_autoptr(SylDocument) document = load (fixture);
  struct stat st;
  struct utimbuf times;

  g_assert_cmpint (g_stat (fixture->path, &st), ==, 0);
  rewrite_outside (fixture, "Same time, other text");
  times.actime = st.st_atime;
  times.modtime = st.st_mtime;
  g_assert_cmpint (utime (fixture->path, &times), ==, 0);

  g_assert_cmpint (syl_document_check_disk (document), ==, SYL_DISK_STATE_CHANGED);
}

static void
test_deleted_file (Fixture       *fixture,
                   gconstpointer  data)
{
  g_autoptr(SylDocument) document = load (fixture);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_unlink (fixture->path), ==, 0);
  g_assert_cmpint (syl_document_check_disk (document), ==, SYL_DISK_STATE_DELETED);

  /* Saving brings it back: nobody's version is lost by that. */
  rename_node (document, "Alpha", "Back");
  syl_document_save (document, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_file_test (fixture->path, G_FILE_TEST_EXISTS));
  g_assert_cmpint (syl_document_check_disk (document), ==, SYL_DISK_STATE_UNCHANGED);
}

/* A failed save leaves the file as it was and the document modified. */
static void
test_failed_save_keeps_everything (Fixture       *fixture,
                                   gconstpointer  data)
{
  g_autoptr(SylDocument) document = load (fixture);
  g_autoptr(SylAutosave) autosave = syl_autosave_new (document, fixture->drafts, NULL);
  g_autofree char *before = syl_test_read_text (fixture->path);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;

  _syl_autosave_set_delay (autosave, 1);
  rename_node (document, "Alpha", "Unsaved");
  wait_for_drafts (fixture, 1);

  _syl_file_set_fail_after (10);
  g_assert_false (syl_document_save (document, NULL, &error));
  _syl_file_set_fail_after (-1);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);

  after = syl_test_read_text (fixture->path);
  g_assert_cmpstr (after, ==, before);
  g_assert_true (syl_document_get_modified (document));
  g_assert_cmpint (count_drafts (fixture), ==, 1);
}

/* Drafts. */

static void
test_draft_write_and_restore (Fixture       *fixture,
                              gconstpointer  data)
{
  g_autoptr(SylDocument) document = load (fixture);
  g_autoptr(SylAutosave) autosave = syl_autosave_new (document, fixture->drafts, NULL);
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(SylDocument) restored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;
  g_autofree char *name = NULL;
  SylDraft *draft;

  _syl_autosave_set_delay (autosave, 1);
  g_assert_cmpint (count_drafts (fixture), ==, 0);
  rename_node (document, "A1", "First unsaved change");
  rename_node (document, "Beta", "Second unsaved change");
  wait_idle (autosave);
  wait_for_drafts (fixture, 1);

  drafts = syl_draft_list (fixture->drafts);
  draft = g_ptr_array_index (drafts, 0);
  g_assert_cmpstr (syl_draft_get_id (draft), ==, syl_autosave_get_draft_id (autosave));
  g_assert_true (g_file_equal (syl_draft_get_file (draft), fixture->file));
  name = syl_draft_dup_display_name (draft);
  g_assert_cmpstr (name, ==, "course.syllabus.json");
  g_assert_nonnull (syl_draft_get_time (draft));

  restored = syl_draft_restore (draft, &error);
  g_assert_no_error (error);
  expected = syl_test_serialize (document);
  got = syl_test_serialize (restored);
  g_assert_cmpstr (got, ==, expected);
  g_assert_true (syl_document_get_modified (restored));
  g_assert_true (g_file_equal (syl_document_get_file (restored), fixture->file));
  g_assert_cmpint (syl_document_check_disk (restored), ==, SYL_DISK_STATE_UNCHANGED);
}

static void
test_draft_removed_after_save (Fixture       *fixture,
                               gconstpointer  data)
{
  g_autoptr(SylDocument) document = load (fixture);
  g_autoptr(SylAutosave) autosave = syl_autosave_new (document, fixture->drafts, NULL);
  g_autoptr(SylDocument) restored = NULL;
  g_autoptr(SylAutosave) restored_autosave = NULL;
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;

  _syl_autosave_set_delay (autosave, 1);
  rename_node (document, "Alpha", "Changed");
  wait_for_drafts (fixture, 1);
  syl_document_save (document, NULL, &error);
  g_assert_no_error (error);
  wait_idle (autosave);
  g_assert_cmpint (count_drafts (fixture), ==, 0);

  /* A restored document takes its draft over and removes it on saving. */
  rename_node (document, "Beta", "Changed again");
  wait_for_drafts (fixture, 1);
  g_clear_object (&autosave);
  drafts = syl_draft_list (fixture->drafts);
  restored = syl_draft_restore (g_ptr_array_index (drafts, 0), &error);
  g_assert_no_error (error);
  restored_autosave = syl_autosave_new (restored, fixture->drafts,
                                        syl_draft_get_id (g_ptr_array_index (drafts, 0)));
  syl_document_save (restored, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (count_drafts (fixture), ==, 0);
}

static void
test_draft_removed_on_undo_to_saved (Fixture       *fixture,
                                     gconstpointer  data)
{
  g_autoptr(SylDocument) document = load (fixture);
  g_autoptr(SylAutosave) autosave = syl_autosave_new (document, fixture->drafts, NULL);

  _syl_autosave_set_delay (autosave, 1);
  rename_node (document, "Alpha", "Changed");
  wait_for_drafts (fixture, 1);
  syl_history_undo (syl_document_get_history (document));
  wait_idle (autosave);
  g_assert_cmpint (count_drafts (fixture), ==, 0);
}

static void
test_draft_discard (Fixture       *fixture,
                    gconstpointer  data)
{
  g_autoptr(SylDocument) document = load (fixture);
  g_autoptr(SylAutosave) autosave = syl_autosave_new (document, fixture->drafts, NULL);
  g_autoptr(GError) error = NULL;

  _syl_autosave_set_delay (autosave, 1);
  rename_node (document, "Alpha", "Changed");
  wait_for_drafts (fixture, 1);

  /* Discarding while the next draft is being written removes it too. */
  rename_node (document, "Beta", "Changed too");
  g_assert_true (syl_autosave_get_pending (autosave));
  syl_autosave_discard (autosave);
  wait_idle (autosave);
  g_assert_cmpint (count_drafts (fixture), ==, 0);

  /* And nothing is written after that. */
  rename_node (document, "A1", "Ignored");
  g_assert_false (syl_autosave_get_pending (autosave));
  g_assert_true (syl_autosave_flush (autosave, &error));
  g_assert_cmpint (count_drafts (fixture), ==, 0);
}

static void
test_draft_of_untitled_document (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("Only");
  g_autoptr(SylAutosave) autosave = syl_autosave_new (document, fixture->drafts, NULL);
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(SylDocument) restored = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *name = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *got = NULL;

  syl_document_set_string (document, document, "title", "新课程", FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (syl_autosave_flush (autosave, &error));
  g_assert_no_error (error);

  drafts = syl_draft_list (fixture->drafts);
  g_assert_cmpuint (drafts->len, ==, 1);
  g_assert_null (syl_draft_get_file (g_ptr_array_index (drafts, 0)));
  name = syl_draft_dup_display_name (g_ptr_array_index (drafts, 0));
  g_assert_cmpstr (name, ==, "新课程");

  restored = syl_draft_restore (g_ptr_array_index (drafts, 0), &error);
  g_assert_no_error (error);
  g_assert_null (syl_document_get_file (restored));
  g_assert_true (syl_document_get_modified (restored));
  expected = syl_test_serialize (document);
  got = syl_test_serialize (restored);
  g_assert_cmpstr (got, ==, expected);
}

/* A draft whose document is missing, or whose description is broken, is
 * not offered; the others still are. */
static void
test_incomplete_drafts_ignored (Fixture       *fixture,
                                gconstpointer  data)
{
  g_autoptr(SylDocument) document = load (fixture);
  g_autoptr(SylAutosave) autosave = syl_autosave_new (document, fixture->drafts, NULL);
  g_autofree char *drafts_path = g_file_get_path (fixture->drafts);
  g_autofree char *orphan = g_build_filename (drafts_path, "orphan.draft", NULL);
  g_autofree char *broken = g_build_filename (drafts_path, "broken.draft", NULL);
  g_autofree char *broken_json = g_build_filename (drafts_path, "broken.syllabus.json", NULL);
  g_autoptr(GError) error = NULL;

  rename_node (document, "Alpha", "Changed");
  g_assert_true (syl_autosave_flush (autosave, &error));
  syl_test_write_text (orphan, "[Draft]\nTitle=Gone\n");
  syl_test_write_text (broken, "not a key file \x01");
  syl_test_write_text (broken_json, "{}");
  g_assert_cmpint (count_drafts (fixture), ==, 1);
}

static void
test_draft_that_no_longer_loads (Fixture       *fixture,
                                 gconstpointer  data)
{
  g_autoptr(SylDocument) document = load (fixture);
  g_autoptr(SylAutosave) autosave = syl_autosave_new (document, fixture->drafts, NULL);
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *drafts_path = g_file_get_path (fixture->drafts);
  g_autofree char *json = NULL;
  SylDocument *restored;

  rename_node (document, "Alpha", "Changed");
  g_assert_true (syl_autosave_flush (autosave, &error));
  json = g_strdup_printf ("%s/%s.syllabus.json", drafts_path,
                          syl_autosave_get_draft_id (autosave));
  syl_test_write_text (json, "{ truncated");
  drafts = syl_draft_list (fixture->drafts);
  restored = syl_draft_restore (g_ptr_array_index (drafts, 0), &error);
  g_assert_null (restored);
  g_assert_error (error, SYL_ERROR, SYL_ERROR_SYNTAX);
}

/* Backups. */

static void
test_backup_on_save (Fixture       *fixture,
                     gconstpointer  data)
{
  g_autoptr(SylDocument) document = load (fixture);
  g_autofree char *before = syl_test_read_text (fixture->path);
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *kept = NULL;
  g_autofree char *kept_path = NULL;

  rename_node (document, "Alpha", "New version");
  syl_document_save_full (document, NULL, SYL_SAVE_NONE, fixture->backups, &error);
  g_assert_no_error (error);

  backups = syl_backup_list (fixture->backups, fixture->file);
  g_assert_cmpuint (backups->len, ==, 1);
  kept_path = g_file_get_path (g_ptr_array_index (backups, 0));
  kept = syl_test_read_text (kept_path);
  g_assert_cmpstr (kept, ==, before);
  g_assert_false (g_str_has_prefix (kept_path, fixture->path));

  /* Only the newest are kept. */
  for (guint i = 0; i < SYL_BACKUP_KEEP + 3; i++)
    {
      g_autofree char *title = g_strdup_printf ("Version %u", i);

      SylNode *first = syl_node_get_child (syl_document_get_root (document), 0);

      syl_document_set_string (document, first, "title", title, FALSE, &error);
      g_assert_no_error (error);
      syl_document_save_full (document, NULL, SYL_SAVE_NONE, fixture->backups, &error);
      g_assert_no_error (error);
    }
  g_clear_pointer (&backups, g_ptr_array_unref);
  backups = syl_backup_list (fixture->backups, fixture->file);
  g_assert_cmpuint (backups->len, ==, SYL_BACKUP_KEEP);
}

static void
test_backup_of_new_file (Fixture       *fixture,
                         gconstpointer  data)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("One");
  g_autofree char *path = g_build_filename (fixture->dir, "fresh.syllabus.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GPtrArray) backups = NULL;
  g_autoptr(GError) error = NULL;

  syl_document_save_full (document, file, SYL_SAVE_NONE, fixture->backups, &error);
  g_assert_no_error (error);
  backups = syl_backup_list (fixture->backups, file);
  g_assert_cmpuint (backups->len, ==, 0);
}

static void
test_backup_dirs_apart (Fixture       *fixture,
                        gconstpointer  data)
{
  g_autoptr(GFile) other = g_file_new_for_path ("/elsewhere/course.syllabus.json");
  g_autoptr(GFile) a = syl_backup_dir_for_file (fixture->backups, fixture->file);
  g_autoptr(GFile) b = syl_backup_dir_for_file (fixture->backups, other);
  g_autofree char *name = g_file_get_basename (a);

  g_assert_false (g_file_equal (a, b));
  g_assert_true (g_str_has_prefix (name, "course.syllabus.json-"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add (path, Fixture, NULL, fixture_set_up, func, fixture_tear_down)

  ADD ("/lifecycle/modified/save-and-undo", test_modified_across_save_and_undo);
  ADD ("/lifecycle/disk/own-save", test_own_save_is_not_a_change);
  ADD ("/lifecycle/disk/outside-change-refuses-save", test_outside_change_refuses_save);
  ADD ("/lifecycle/disk/overwrite-flag", test_overwrite_flag);
  ADD ("/lifecycle/disk/same-time", test_change_with_same_time);
  ADD ("/lifecycle/disk/deleted", test_deleted_file);
  ADD ("/lifecycle/save/failure-keeps-everything", test_failed_save_keeps_everything);
  ADD ("/lifecycle/draft/write-and-restore", test_draft_write_and_restore);
  ADD ("/lifecycle/draft/removed-after-save", test_draft_removed_after_save);
  ADD ("/lifecycle/draft/removed-on-undo-to-saved", test_draft_removed_on_undo_to_saved);
  ADD ("/lifecycle/draft/discard", test_draft_discard);
  ADD ("/lifecycle/draft/untitled", test_draft_of_untitled_document);
  ADD ("/lifecycle/draft/incomplete-ignored", test_incomplete_drafts_ignored);
  ADD ("/lifecycle/draft/no-longer-loads", test_draft_that_no_longer_loads);
  ADD ("/lifecycle/backup/on-save", test_backup_on_save);
  ADD ("/lifecycle/backup/new-file", test_backup_of_new_file);
  ADD ("/lifecycle/backup/dirs-apart", test_backup_dirs_apart);

  return g_test_run ();
}
