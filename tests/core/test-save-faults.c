/* test-save-faults.c: saving when the process dies, or the file changed
 *
 * A save killed at any moment leaves the old file or the new one, whole;
 * a save into a file that became a folder or that its owner made
 * read-only fails with a message naming it and changes nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gstdio.h>
#include <grp.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "syl-file.h"
#include "syl-test-util.h"
#include "syl-document-disk.h"
#include "syl-storage-private.h"

#define OUTLINE_NAME "outline.syllabus.json"
#define ORIGINAL_TEXT "{\"format\": \"syllabus\", \"version\": 1, \"title\": \"Original\"}\n"

/* The uid and gid of “nobody”, for checks that root would pass anyway. */
#define UNPRIVILEGED_ID 65534

/* Saves killed at random: how many, and the longest wait before a kill. */
#define N_RANDOM_KILLS 25
#define MAX_KILL_DELAY_US 40000

typedef struct
{
  char  *dir;
  char  *path;
  GFile *file;
} Folder;

/* A temporary folder holding the outline file, with @text in it. */
static void
folder_init (Folder     *folder,
             const char *text)
{
  g_autoptr(GError) error = NULL;

  folder->dir = g_dir_make_tmp ("syl-test-faults-XXXXXX", &error);
  g_assert_no_error (error);
  g_assert_no_errno (g_chmod (folder->dir, 0755));
  folder->path = g_build_filename (folder->dir, OUTLINE_NAME, NULL);
  folder->file = g_file_new_for_path (folder->path);
  syl_test_write_text (folder->path, text);
}

/* Removes everything in the folder, and the folder. */
static void
folder_clear (Folder *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *child = g_build_filename (folder->dir, name, NULL);

      if (g_file_test (child, G_FILE_TEST_IS_DIR))
        {
          g_autofree char *inside = g_build_filename (child, "kept.txt", NULL);

          g_unlink (inside);
          g_assert_no_errno (g_rmdir (child));
        }
      else
        g_assert_no_errno (g_unlink (child));
    }
  g_assert_no_errno (g_rmdir (folder->dir));
  g_free (folder->dir);
  g_free (folder->path);
  g_object_unref (folder->file);
}

/* Removes what saves killed midway left, so each kill is judged alone. */
static void
remove_temporary (Folder *folder)
{
  g_autoptr(GDir) dir = g_dir_open (folder->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    if (g_str_has_prefix (name, "." OUTLINE_NAME "."))
      {
        g_autofree char *path = g_build_filename (folder->dir, name, NULL);

        g_assert_no_errno (g_unlink (path));
      }
}

/* The names in the folder other than the outline file itself. */
static guint
count_others (Folder  *folder,
              guint   *n_temporary)
{
  g_autoptr(GDir) dir = g_dir_open (folder->dir, 0, NULL);
  const char *name;
  guint others = 0;

  *n_temporary = 0;
  g_assert_nonnull (dir);
  while ((name = g_dir_read_name (dir)) != NULL)
    {
      if (strcmp (name, OUTLINE_NAME) == 0)
        continue;
      others++;
      /* What a save killed midway leaves: hidden, beside the file. */
      if (g_str_has_prefix (name, "." OUTLINE_NAME "."))
        (*n_temporary)++;
    }
  return others;
}

static SylDocument *
load_path (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SylDocument *document = syl_document_new_from_file (file, NULL, &error);

  g_assert_no_error (error);
  return document;
}

/* The document in @folder with a new title and @n_sections sections long
 * enough that writing them takes a while. */
static SylDocument *
load_and_edit (Folder     *folder,
               const char *title,
               guint       n_sections)
{
  SylDocument *document = load_path (folder->path);
  SylNode *root = syl_document_get_root (document);
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  while (notes->len < 2000)
    g_string_append (notes, "讲师备注 notes for the teacher, to make the file large. ");
  g_assert_true (syl_document_set_string (document, document, "title", title, FALSE, &error));
  for (guint i = 0; i < n_sections; i++)
    {
      g_autoptr(SylNode) node = syl_node_new (SYL_NODE_KIND_SECTION, title);

      g_assert_true (syl_document_insert_node (document, node, root, i, &error));
      g_assert_true (syl_document_set_string (document, node, "notes", notes->str, FALSE,
                                              &error));
    }
  g_assert_no_error (error);
  return document;
}

/* Waits for @pid and checks that SIGKILL, not an exit, ended it. */
static void
assert_killed (pid_t pid)
{
  int status;

  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  if (WIFEXITED (status))
    g_error ("the saving process exited with status %d instead of being killed",
             WEXITSTATUS (status));
  g_assert_true (WIFSIGNALED (status));
  g_assert_cmpint (WTERMSIG (status), ==, SIGKILL);
}

/* Killed at each step of a save. */

static void
test_killed_at_step (gconstpointer data)
{
  SylFileStep step = GPOINTER_TO_INT (data);
  g_autoptr(SylDocument) edited = NULL;
  g_autoptr(SylDocument) reloaded = NULL;
  g_autofree char *expected_new = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  guint n_temporary;
  Folder folder;
  pid_t pid;

  folder_init (&folder, ORIGINAL_TEXT);
  edited = load_and_edit (&folder, "New version", 50);
  expected_new = syl_test_serialize (edited);

  fflush (stdout);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      _syl_file_set_kill_at (step);
      syl_document_save (edited, NULL, NULL);
      /* Not killed: the parent sees an exit and fails. */
      _exit (0);
    }
  assert_killed (pid);

  after = syl_test_read_text (folder.path);
  if (step < SYL_FILE_STEP_RENAMED)
    g_assert_cmpstr (after, ==, ORIGINAL_TEXT);
  else
    syl_test_assert_same_text (after, expected_new);
  /* Only a hidden temporary file may be left, and only before the rename. */
  g_assert_cmpuint (count_others (&folder, &n_temporary), ==, n_temporary);
  g_assert_cmpuint (n_temporary, ==, step < SYL_FILE_STEP_RENAMED ? 1 : 0);

  /* Whatever is on disk loads, and the next save goes through. */
  reloaded = load_path (folder.path);
  /* The killed child wrote the file as another program would, so this
   * document's save must say it replaces that version. */
  g_assert_true (syl_document_save_full (edited, NULL, SYL_SAVE_OVERWRITE_CHANGES, NULL, &error));
  g_assert_no_error (error);
  g_clear_pointer (&after, g_free);
  after = syl_test_read_text (folder.path);
  syl_test_assert_same_text (after, expected_new);

  folder_clear (&folder);
}

/* Killed at random moments while saving one version after another. */

typedef struct
{
  char  *versions[2];
  guint  seen[3];
} Versions;

/* In the child: saves the two versions in turn until killed. */
static void G_GNUC_NORETURN
save_forever (Folder       *folder,
              SylDocument **documents)
{
  /* Two documents take turns on one file, so each finds the other's
   * version there: each save says it replaces it. */
  for (guint i = 0;; i++)
    if (!syl_document_save_full (documents[i % 2], folder->file, SYL_SAVE_OVERWRITE_CHANGES,
                                 NULL, NULL))
      _exit (1);
}

/* Which of the original, the first and the second version is on disk. */
static guint
which_version (Folder   *folder,
               Versions *versions)
{
  g_autofree char *text = syl_test_read_text (folder->path);

  if (strcmp (text, ORIGINAL_TEXT) == 0)
    return 0;
  for (guint i = 0; i < 2; i++)
    if (strcmp (text, versions->versions[i]) == 0)
      return i + 1;
  g_error ("the file is neither version after a kill: %zu bytes, starting “%.40s”",
           strlen (text), text);
}

static void
kill_once (Folder       *folder,
           SylDocument **documents,
           Versions     *versions)
{
  guint n_temporary;
  pid_t pid;

  fflush (stdout);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    save_forever (folder, documents);

  g_usleep (g_test_rand_int_range (0, MAX_KILL_DELAY_US));
  g_assert_no_errno (kill (pid, SIGKILL));
  assert_killed (pid);

  versions->seen[which_version (folder, versions)]++;
  g_assert_cmpuint (count_others (folder, &n_temporary), ==, n_temporary);
  g_assert_cmpuint (n_temporary, <=, 1);
  remove_temporary (folder);
}

static void
test_killed_at_random (void)
{
  Folder folder;
  SylDocument *documents[2];
  Versions versions = { { NULL } };

  folder_init (&folder, ORIGINAL_TEXT);
  documents[0] = load_and_edit (&folder, "First version", 200);
  documents[1] = load_and_edit (&folder, "Second version", 100);
  for (guint i = 0; i < 2; i++)
    versions.versions[i] = syl_test_serialize (documents[i]);

  for (guint i = 0; i < N_RANDOM_KILLS; i++)
    kill_once (&folder, documents, &versions);
  g_test_message ("after %d kills: the original %u times, the first version %u, the second %u",
                  N_RANDOM_KILLS, versions.seen[0], versions.seen[1], versions.seen[2]);

  for (guint i = 0; i < 2; i++)
    {
      g_object_unref (documents[i]);
      g_free (versions.versions[i]);
    }
  folder_clear (&folder);
}

/* The file became a folder while the document was open. */

static void
test_file_replaced_by_folder (void)
{
  g_autoptr(SylDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *inside = NULL;
  g_autofree char *kept = NULL;
  guint n_temporary;
  Folder folder;

  folder_init (&folder, ORIGINAL_TEXT);
  document = load_path (folder.path);
  g_assert_true (syl_document_set_string (document, document, "title", "Edited", FALSE, &error));
  g_assert_no_errno (g_unlink (folder.path));
  g_assert_no_errno (g_mkdir (folder.path, 0755));
  inside = g_build_filename (folder.path, "kept.txt", NULL);
  syl_test_write_text (inside, "kept");

  g_assert_false (syl_document_save (document, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_nonnull (strstr (error->message, OUTLINE_NAME));
  g_assert_true (syl_document_get_modified (document));

  g_assert_true (g_file_test (folder.path, G_FILE_TEST_IS_DIR));
  kept = syl_test_read_text (inside);
  g_assert_cmpstr (kept, ==, "kept");
  g_assert_cmpuint (count_others (&folder, &n_temporary), ==, 0);

  folder_clear (&folder);
}

/* A file its owner made read-only, in a folder that would allow replacing
 * it.  Root may write anyway, so as root the save runs as “nobody”. */

static const char *
check_read_only_save (Folder      *folder,
                      SylDocument *document)
{
  g_autoptr(GError) error = NULL;

  if (syl_document_save (document, NULL, &error))
    return "saving over a read-only file succeeded";
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    return "expected “permission denied”";
  if (strstr (error->message, OUTLINE_NAME) == NULL)
    return "the message does not name the file";
  if (!syl_document_get_modified (document))
    return "the document became unmodified";
  return NULL;
}

static void
save_as_nobody (Folder      *folder,
                SylDocument *document)
{
  int status;
  pid_t pid;

  fflush (stdout);
  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      const char *problem;

      if (setgroups (0, NULL) != 0 || setgid (UNPRIVILEGED_ID) != 0
          || setuid (UNPRIVILEGED_ID) != 0)
        _exit (77);
      problem = check_read_only_save (folder, document);
      if (problem != NULL)
        g_printerr ("in the child process: %s\n", problem);
      _exit (problem == NULL ? 0 : 1);
    }
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);
  g_assert_true (WIFEXITED (status));
  if (WEXITSTATUS (status) == 77)
    g_test_skip ("could not become user “nobody”");
  else
    g_assert_cmpint (WEXITSTATUS (status), ==, 0);
}

static void
test_read_only_file (void)
{
  g_autoptr(SylDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  guint n_temporary;
  Folder folder;

  folder_init (&folder, ORIGINAL_TEXT);
  g_assert_no_errno (g_chmod (folder.dir, 0777));
  g_assert_no_errno (g_chmod (folder.path, 0444));
  document = load_path (folder.path);
  g_assert_true (syl_document_set_string (document, document, "title", "Edited", FALSE, &error));

  if (geteuid () == 0)
    save_as_nobody (&folder, document);
  else
    g_assert_null (check_read_only_save (&folder, document));

  after = syl_test_read_text (folder.path);
  g_assert_cmpstr (after, ==, ORIGINAL_TEXT);
  g_assert_cmpuint (count_others (&folder, &n_temporary), ==, 0);

  folder_clear (&folder);
}

int
main (int    argc,
      char **argv)
{
  static const struct
  {
    const char  *name;
    SylFileStep  step;
  } steps[] = {
    { "created", SYL_FILE_STEP_CREATED },
    { "half-written", SYL_FILE_STEP_HALF_WRITTEN },
    { "written", SYL_FILE_STEP_WRITTEN },
    { "synced", SYL_FILE_STEP_SYNCED },
    { "renamed", SYL_FILE_STEP_RENAMED },
  };

  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autofree char *path = g_strdup_printf ("/save-faults/killed/%s", steps[i].name);

      g_test_add_data_func (path, GINT_TO_POINTER (steps[i].step), test_killed_at_step);
    }
  g_test_add_func ("/save-faults/killed/at-random", test_killed_at_random);
  g_test_add_func ("/save-faults/file-replaced-by-folder", test_file_replaced_by_folder);
  g_test_add_func ("/save-faults/read-only-file", test_read_only_file);

  return g_test_run ();
}
