/* test-save.c: saving atomically, and loading files
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#define _GNU_SOURCE

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <grp.h>
#include <sched.h>
#include <string.h>
#include <sys/mount.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "syl-file.h"
#include "syl-test-util.h"
#include "syl-document-disk.h"
#include "syl-json-writer.h"
#include "syl-storage-private.h"

#define OUTLINE_NAME "outline.syllabus.json"
#define ORIGINAL_TEXT "{\"format\": \"syllabus\", \"version\": 1, \"title\": \"Original\"}\n"

/* The uid and gid of “nobody”, for checks that root would pass anyway. */
#define UNPRIVILEGED_ID 65534

/* Helpers. */

/* The names in @path, sorted and separated by spaces: "" when empty. */
static char *
list_dir (const char *path)
{
  g_autoptr(GPtrArray) names = syl_test_list_names (path, NULL);

  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static guint
file_mode (const char *path)
{
  GStatBuf st;

  g_assert_no_errno (g_stat (path, &st));
  return st.st_mode & 07777;
}

static char *
read_fixture (void)
{
  g_autofree char *path = syl_test_data_path ("valid", "full.syllabus.json", NULL);

  return syl_test_read_text (path);
}

/* The full fixture with an edit, so it has something to save. */
static SylDocument *
new_edited_document (void)
{
  SylDocument *document = syl_test_load_data ("valid/full.syllabus.json");
  g_autoptr(GError) error = NULL;

  syl_document_set_string (document, document, "title", "Edited", FALSE, &error);
  g_assert_no_error (error);
  g_assert_true (syl_document_get_modified (document));
  return document;
}

/* An outline far larger than 64 KiB: 300 sections with long notes. */
static SylDocument *
new_large_document (void)
{
  SylDocument *document = syl_document_new ();
  SylNode *root = syl_document_get_root (document);
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autoptr(GError) error = NULL;

  while (notes->len < 1000)
    g_string_append (notes, "Notes for the teacher, long enough to fill the disk. ");

  for (guint i = 0; i < 300; i++)
    {
      g_autofree char *title = g_strdup_printf ("Section %u", i + 1);
      g_autoptr(SylNode) node = syl_node_new (SYL_NODE_KIND_SECTION, title);

      g_assert_true (syl_document_insert_node (document, node, root, i, &error));
      g_assert_true (syl_document_set_string (document, node, "notes", notes->str, FALSE, &error));
      g_assert_no_error (error);
    }
  g_assert_true (syl_document_get_modified (document));
  return document;
}

/* Child processes: checks that need a private mount or a lesser user run
 * in a fork.  An assertion there would abort without saying why, so a
 * child reports a problem as text, and its exit status says whether it
 * passed, failed or could not run. */

enum
{
  CHILD_PASSED = 0,
  CHILD_FAILED = 1,
  CHILD_SKIPPED = 77,
};

typedef int (*ChildFunc) (gpointer   data,
                          char     **message);

static char *
read_all_fd (int fd)
{
  GString *text = g_string_new (NULL);
  char buffer[512];
  gssize n;

  while ((n = read (fd, buffer, sizeof buffer)) != 0)
    {
      if (n < 0 && errno == EINTR)
        continue;
      g_assert_cmpint (n, >, 0);
      g_string_append_len (text, buffer, n);
    }
  return g_string_free (text, FALSE);
}

/* Runs @func in a child process and turns its result into this test's. */
static void
run_in_child (ChildFunc func,
              gpointer  data)
{
  g_autofree char *message = NULL;
  int fds[2];
  int status;
  pid_t pid;

  g_assert_no_errno (pipe (fds));
  fflush (stdout);
  fflush (stderr);

  pid = fork ();
  g_assert_cmpint (pid, >=, 0);
  if (pid == 0)
    {
      char *child_message = NULL;
      int child_status;

      close (fds[0]);
      child_status = func (data, &child_message);
      if (child_message != NULL && write (fds[1], child_message, strlen (child_message)) < 0)
        child_status = CHILD_FAILED;
      /* Skip atexit handlers: the test framework belongs to the parent. */
      _exit (child_status);
    }

  close (fds[1]);
  message = read_all_fd (fds[0]);
  close (fds[0]);
  g_assert_cmpint (waitpid (pid, &status, 0), ==, pid);

  if (!WIFEXITED (status))
    g_test_fail_printf ("the child process died with signal %d", WTERMSIG (status));
  else if (WEXITSTATUS (status) == CHILD_SKIPPED)
    g_test_skip (message);
  else if (WEXITSTATUS (status) != CHILD_PASSED)
    g_test_fail_printf ("in the child process: %s", message);
}

static int G_GNUC_PRINTF (3, 4)
child_result (char       **message,
              int          status,
              const char  *format,
              ...)
{
  va_list args;

  va_start (args, format);
  *message = g_strdup_vprintf (format, args);
  va_end (args);
  return status;
}

/* Saving into a new file. */

static void
test_save_new_file (void)
{
  g_autofree char *dir = syl_test_make_temp_dir ("syl-test-save-XXXXXX");
  g_autofree char *path = g_build_filename (dir, OUTLINE_NAME, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SylDocument) document = new_edited_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = syl_test_serialize (document);
  g_autofree char *saved = NULL;
  g_autofree char *listing = NULL;
  mode_t mask = umask (0);

  umask (mask);
  /* Loaded from the fixture, the document belongs to that file so far. */
  g_assert_false (g_file_equal (syl_document_get_file (document), file));

  g_assert_true (syl_document_save (document, file, &error));
  g_assert_no_error (error);

  saved = syl_test_read_text (path);
  g_assert_cmpstr (saved, ==, expected);
  /* No temporary file is left beside it. */
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, OUTLINE_NAME);
  /* A new file gets the usual permissions, not mkstemp's 0600. */
  g_assert_cmpuint (file_mode (path), ==, 0666 & ~mask);

  g_assert_false (syl_document_get_modified (document));
  g_assert_true (g_file_equal (syl_document_get_file (document), file));

  syl_test_remove_tree (dir);
}

static void
test_save_keeps_permissions (void)
{
  g_autofree char *dir = syl_test_make_temp_dir ("syl-test-save-XXXXXX");
  g_autofree char *path = g_build_filename (dir, OUTLINE_NAME, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SylDocument) document = new_edited_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = syl_test_serialize (document);
  g_autofree char *saved = NULL;

  syl_test_write_text (path, ORIGINAL_TEXT);
  g_assert_no_errno (g_chmod (path, 0640));

  g_assert_true (syl_document_save (document, file, &error));
  g_assert_no_error (error);

  saved = syl_test_read_text (path);
  g_assert_cmpstr (saved, ==, expected);
  g_assert_cmpuint (file_mode (path), ==, 0640);

  syl_test_remove_tree (dir);
}

/* A full disk: simulated, then real. */

static void
test_save_no_space_simulated (void)
{
  g_autofree char *dir = syl_test_make_temp_dir ("syl-test-save-XXXXXX");
  g_autofree char *path = g_build_filename (dir, OUTLINE_NAME, NULL);
  g_autofree char *original = read_fixture ();
  g_autoptr(SylDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  g_autofree char *listing = NULL;
  gboolean saved;

  syl_test_write_text (path, original);
  document = syl_test_load_path (path);
  syl_document_set_string (document, syl_document_find_node (document, "3f9a0c2e71d4b865"),
                           "title", "Edited before the disk filled up", FALSE, &error);
  g_assert_no_error (error);

  _syl_file_set_fail_after (100);
  saved = syl_document_save (document, NULL, &error);
  _syl_file_set_fail_after (-1);

  g_assert_false (saved);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE);
  g_assert_nonnull (strstr (error->message, OUTLINE_NAME));

  after = syl_test_read_text (path);
  g_assert_cmpstr (after, ==, original);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, OUTLINE_NAME);
  g_assert_true (syl_document_get_modified (document));

  syl_test_remove_tree (dir);
}

typedef struct
{
  const char  *dir;
  SylDocument *document;
} FullDiskData;

/* Everything after the mount, in the child: the parent cannot see the
 * tmpfs, so the child checks the original file and the folder itself. */
static int
check_full_disk_save (FullDiskData  *data,
                      char         **message)
{
  g_autofree char *path = g_build_filename (data->dir, OUTLINE_NAME, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GBytes) bytes = syl_document_serialize (data->document);
  g_autoptr(GError) error = NULL;
  g_autofree char *after = NULL;
  g_autofree char *listing = NULL;

  if (!g_file_set_contents (path, ORIGINAL_TEXT, -1, &error))
    return child_result (message, CHILD_FAILED, "writing the original: %s", error->message);
  if (g_bytes_get_size (bytes) <= 64 * 1024)
    return child_result (message, CHILD_FAILED, "the document is only %zu bytes",
                         g_bytes_get_size (bytes));

  if (syl_document_save (data->document, file, &error))
    return child_result (message, CHILD_FAILED, "saving %zu bytes on a 64 KiB tmpfs succeeded",
                         g_bytes_get_size (bytes));
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_NO_SPACE))
    return child_result (message, CHILD_FAILED, "expected “no space”, got: %s", error->message);

  if (!g_file_get_contents (path, &after, NULL, NULL) || strcmp (after, ORIGINAL_TEXT) != 0)
    return child_result (message, CHILD_FAILED, "the original file changed: %s",
                         after ? after : "(unreadable)");
  listing = list_dir (data->dir);
  if (strcmp (listing, OUTLINE_NAME) != 0)
    return child_result (message, CHILD_FAILED, "files left in the folder: %s", listing);
  if (!syl_document_get_modified (data->document))
    return child_result (message, CHILD_FAILED, "the document became unmodified");
  return CHILD_PASSED;
}

static int
full_disk_child (gpointer   data,
                 char     **message)
{
  FullDiskData *full = data;

  if (unshare (CLONE_NEWNS) != 0)
    return child_result (message, CHILD_SKIPPED, "unshare(CLONE_NEWNS) failed: %s",
                         g_strerror (errno));
  /* Otherwise the tmpfs could propagate to the parent's namespace.  The
   * kernel ignores the source and type here; "none" rather than NULL
   * keeps Valgrind from reporting a read of address 0. */
  if (mount ("none", "/", "none", MS_REC | MS_PRIVATE, NULL) != 0)
    return child_result (message, CHILD_SKIPPED, "making the mounts private failed: %s",
                         g_strerror (errno));
  if (mount ("tmpfs", full->dir, "tmpfs", 0, "size=64k") != 0)
    return child_result (message, CHILD_SKIPPED, "mounting a 64 KiB tmpfs failed: %s",
                         g_strerror (errno));
  return check_full_disk_save (full, message);
}

static void
test_save_no_space_real (void)
{
  g_autofree char *dir = syl_test_make_temp_dir ("syl-test-save-XXXXXX");
  g_autoptr(SylDocument) document = new_large_document ();
  g_autofree char *listing = NULL;
  FullDiskData data = { dir, document };

  if (geteuid () != 0)
    {
      g_test_skip ("a real full file system needs root to mount a tmpfs");
      syl_test_remove_tree (dir);
      return;
    }

  run_in_child (full_disk_child, &data);

  /* The tmpfs went with the child's namespace; nothing leaked here. */
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "");
  syl_test_remove_tree (dir);
}

/* A read-only folder. */

typedef struct
{
  GFile       *file;
  SylDocument *document;
} ReadOnlyData;

static int
check_read_only_save (ReadOnlyData  *data,
                      char         **message)
{
  g_autoptr(GError) error = NULL;

  if (syl_document_save (data->document, data->file, &error))
    return child_result (message, CHILD_FAILED, "saving into a read-only folder succeeded");
  if (!g_error_matches (error, G_IO_ERROR, G_IO_ERROR_PERMISSION_DENIED))
    return child_result (message, CHILD_FAILED, "expected “permission denied”, got: %s",
                         error->message);
  /* The user must learn which file could not be saved. */
  if (strstr (error->message, OUTLINE_NAME) == NULL)
    return child_result (message, CHILD_FAILED, "the message does not name the file: %s",
                         error->message);
  if (!syl_document_get_modified (data->document))
    return child_result (message, CHILD_FAILED, "the document became unmodified");
  return CHILD_PASSED;
}

static int
read_only_child (gpointer   data,
                 char     **message)
{
  /* Root may write anywhere, so drop to a user the folder refuses. */
  if (setgroups (0, NULL) != 0 || setgid (UNPRIVILEGED_ID) != 0 || setuid (UNPRIVILEGED_ID) != 0)
    return child_result (message, CHILD_SKIPPED, "could not become user %d: %s",
                         UNPRIVILEGED_ID, g_strerror (errno));
  if (geteuid () != UNPRIVILEGED_ID)
    return child_result (message, CHILD_FAILED, "still running as user %u", geteuid ());
  return check_read_only_save (data, message);
}

static void
test_save_read_only_folder (void)
{
  g_autofree char *base = syl_test_make_temp_dir ("syl-test-save-XXXXXX");
  g_autofree char *dir = g_build_filename (base, "read-only", NULL);
  g_autofree char *path = g_build_filename (dir, OUTLINE_NAME, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SylDocument) document = new_edited_document ();
  g_autofree char *after = NULL;
  g_autofree char *listing = NULL;
  ReadOnlyData data = { file, document };

  /* World-readable all the way down, so that “nobody” reaches the file. */
  g_assert_no_errno (g_chmod (base, 0755));
  g_assert_no_errno (g_mkdir (dir, 0755));
  syl_test_write_text (path, ORIGINAL_TEXT);
  g_assert_no_errno (g_chmod (path, 0644));
  g_assert_no_errno (g_chmod (dir, 0555));

  if (geteuid () == 0)
    run_in_child (read_only_child, &data);
  else
    {
      g_autofree char *message = NULL;

      if (check_read_only_save (&data, &message) != CHILD_PASSED)
        g_test_fail_printf ("%s", message);
    }

  after = syl_test_read_text (path);
  g_assert_cmpstr (after, ==, ORIGINAL_TEXT);
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, OUTLINE_NAME);

  syl_test_remove_tree (base);
}

/* Other places a save cannot go. */

static void
test_save_folder_removed (void)
{
  g_autofree char *dir = syl_test_make_temp_dir ("syl-test-save-XXXXXX");
  g_autofree char *path = g_build_filename (dir, OUTLINE_NAME, NULL);
  g_autofree char *original = read_fixture ();
  g_autoptr(SylDocument) document = NULL;
  g_autoptr(GError) error = NULL;

  syl_test_write_text (path, original);
  document = syl_test_load_path (path);
  syl_document_set_string (document, document, "title", "Edited", FALSE, &error);
  g_assert_no_error (error);
  syl_test_remove_tree (dir);

  g_assert_false (syl_document_save (document, NULL, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, OUTLINE_NAME));
  g_assert_true (syl_document_get_modified (document));
  g_assert_false (g_file_test (dir, G_FILE_TEST_EXISTS));
}

/* A pipe (as /dev/null or /dev/stdout are devices) is written to, never
 * replaced by an ordinary file.  A pipe, not /dev/null, so that a failure
 * of this test cannot break the machine the tests run on. */
static void
test_save_target_is_pipe (void)
{
  g_autofree char *dir = syl_test_make_temp_dir ("syl-test-save-XXXXXX");
  g_autofree char *fifo = g_build_filename (dir, "pipe", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (fifo);
  g_autoptr(GBytes) contents = g_bytes_new_static ("through the pipe\n", 17);
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;
  char buffer[64] = { 0 };
  GStatBuf st;
  int reader;

  g_assert_no_errno (mkfifo (fifo, 0600));
  /* Open for reading first, without waiting, so the writer does not block. */
  reader = g_open (fifo, O_RDONLY | O_NONBLOCK, 0);
  g_assert_cmpint (reader, >=, 0);

  g_assert_true (syl_file_replace_atomically (file, contents, &error));
  g_assert_no_error (error);
  g_assert_cmpint (read (reader, buffer, sizeof buffer - 1), ==, 17);
  g_assert_cmpstr (buffer, ==, "through the pipe\n");
  close (reader);

  g_assert_no_errno (g_stat (fifo, &st));
  g_assert_true (S_ISFIFO (st.st_mode));
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, "pipe");
}

static void
test_save_target_is_directory (void)
{
  g_autofree char *dir = syl_test_make_temp_dir ("syl-test-save-XXXXXX");
  g_autofree char *target = g_build_filename (dir, OUTLINE_NAME, NULL);
  g_autofree char *inside = g_build_filename (target, "kept.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (target);
  g_autoptr(SylDocument) document = new_edited_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *listing = NULL;
  g_autofree char *inside_listing = NULL;
  g_autofree char *kept = NULL;

  g_assert_no_errno (g_mkdir (target, 0755));
  syl_test_write_text (inside, "kept");

  g_assert_false (syl_document_save (document, file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  g_assert_true (syl_document_get_modified (document));
  /* A failed “save as” leaves the document with its old file. */
  g_assert_false (g_file_equal (syl_document_get_file (document), file));

  g_assert_true (g_file_test (target, G_FILE_TEST_IS_DIR));
  inside_listing = list_dir (target);
  g_assert_cmpstr (inside_listing, ==, "kept.txt");
  kept = syl_test_read_text (inside);
  g_assert_cmpstr (kept, ==, "kept");
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, OUTLINE_NAME);

  syl_test_remove_tree (dir);
}

/* Saving and loading agree, and saving is deterministic. */

static void
test_save_load_identical (void)
{
  g_autofree char *dir = syl_test_make_temp_dir ("syl-test-save-XXXXXX");
  g_autofree char *path = g_build_filename (dir, OUTLINE_NAME, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SylDocument) document = new_edited_document ();
  g_autoptr(SylDocument) loaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *reserialized = NULL;

  g_assert_true (syl_document_save (document, file, &error));
  g_assert_no_error (error);
  saved = syl_test_read_text (path);

  loaded = syl_test_load_path (path);
  g_assert_false (syl_document_get_modified (loaded));
  g_assert_cmpstr (syl_document_get_title (loaded), ==, "Edited");
  reserialized = syl_test_serialize (loaded);
  g_assert_cmpstr (reserialized, ==, saved);

  syl_test_remove_tree (dir);
}

static void
test_save_twice_identical (void)
{
  g_autofree char *dir = syl_test_make_temp_dir ("syl-test-save-XXXXXX");
  g_autofree char *path = g_build_filename (dir, OUTLINE_NAME, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SylDocument) document = new_edited_document ();
  g_autoptr(GError) error = NULL;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autofree char *listing = NULL;

  g_assert_true (syl_document_save (document, file, &error));
  g_assert_no_error (error);
  first = syl_test_read_text (path);

  /* Again, to the document's own file. */
  g_assert_true (syl_document_save (document, NULL, &error));
  g_assert_no_error (error);
  second = syl_test_read_text (path);

  g_assert_cmpstr (second, ==, first);
  g_assert_false (syl_document_get_modified (document));
  listing = list_dir (dir);
  g_assert_cmpstr (listing, ==, OUTLINE_NAME);

  syl_test_remove_tree (dir);
}

/* Saving through a symbolic link writes the file it points to and keeps
 * the link, as editors do. */
static void
test_save_through_symlink (void)
{
  g_autofree char *dir = syl_test_make_temp_dir ("syl-test-save-XXXXXX");
  g_autofree char *target = g_build_filename (dir, "real.json", NULL);
  g_autofree char *link = g_build_filename (dir, "link.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (link);
  g_autoptr(SylDocument) document = new_edited_document ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) expected = syl_document_serialize (document);
  g_autofree char *written = NULL;
  g_autofree char *points_to = NULL;

  g_assert_true (g_file_set_contents (target, "old", -1, NULL));
  g_assert_cmpint (symlink ("real.json", link), ==, 0);

  g_assert_true (syl_document_save (document, file, &error));
  g_assert_no_error (error);

  points_to = g_file_read_link (link, NULL);
  g_assert_cmpstr (points_to, ==, "real.json");
  written = syl_test_read_text (target);
  g_assert_cmpstr (written, ==, g_bytes_get_data (expected, NULL));

  syl_test_remove_tree (dir);
}

/* Loading what is not an outline file. */

static GError *
load_error (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GError *error = NULL;
  g_autoptr(SylDocument) document = syl_document_new_from_file (file, NULL, &error);

  g_assert_null (document);
  g_assert_nonnull (error);
  return error;
}

static void
test_load_directory (void)
{
  g_autofree char *dir = syl_test_make_temp_dir ("syl-test-save-XXXXXX");
  g_autoptr(GError) error = load_error (dir);

  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY);
  syl_test_remove_tree (dir);
}

static void
test_load_missing (void)
{
  g_autofree char *dir = syl_test_make_temp_dir ("syl-test-save-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "missing.syllabus.json", NULL);
  g_autoptr(GError) error = load_error (path);

  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  syl_test_remove_tree (dir);
}

static void
test_load_empty (void)
{
  g_autofree char *dir = syl_test_make_temp_dir ("syl-test-save-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "empty.syllabus.json", NULL);
  g_autoptr(GError) error = NULL;

  syl_test_write_text (path, "");
  error = load_error (path);
  g_assert_error (error, SYL_ERROR, SYL_ERROR_EMPTY);
  syl_test_remove_tree (dir);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/save/new-file", test_save_new_file);
  g_test_add_func ("/save/keeps-permissions", test_save_keeps_permissions);
  g_test_add_func ("/save/no-space/simulated", test_save_no_space_simulated);
  g_test_add_func ("/save/no-space/real", test_save_no_space_real);
  g_test_add_func ("/save/read-only-folder", test_save_read_only_folder);
  g_test_add_func ("/save/folder-removed", test_save_folder_removed);
  g_test_add_func ("/save/target-is-directory", test_save_target_is_directory);
  g_test_add_func ("/save/target-is-pipe", test_save_target_is_pipe);
  g_test_add_func ("/save/save-then-load-identical", test_save_load_identical);
  g_test_add_func ("/save/twice-identical", test_save_twice_identical);
  g_test_add_func ("/save/through-symlink", test_save_through_symlink);
  g_test_add_func ("/load/directory", test_load_directory);
  g_test_add_func ("/load/missing", test_load_missing);
  g_test_add_func ("/load/empty", test_load_empty);

  return g_test_run ();
}
