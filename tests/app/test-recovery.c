/* test-recovery.c: the real program, killed with SIGKILL after an edit,
 * gives back exactly the unsaved outline when started again
 *
 * Everything goes through the X server as a user would: the window is
 * found by its title, and keys are pressed with xdotool.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gio/gio.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <string.h>
#include <sys/prctl.h>

#include "syl-draft.h"
#include "syl-outline-ops.h"
#include "syl-test-util.h"
#include "syl-json-reader.h"

typedef struct
{
  char *dir;
  char *data_home;
  char *path;
  char *original;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *sample = syl_test_sample_path ();
  g_autoptr(GError) error = NULL;

  f->dir = g_dir_make_tmp ("syl-test-recovery-XXXXXX", &error);
  g_assert_no_error (error);
  f->data_home = g_build_filename (f->dir, "data", NULL);
  f->path = g_build_filename (f->dir, "course.syllabus.json", NULL);
  f->original = syl_test_read_text (sample);
  syl_test_write_text (f->path, f->original);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *command = g_strdup_printf ("rm -rf '%s'", f->dir);

  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, NULL, NULL));
  g_free (f->dir);
  g_free (f->data_home);
  g_free (f->path);
  g_free (f->original);
}

/* The X display the tests run on, named in every xdotool command, so no
 * command depends on what its environment happens to hold. */
static const char *
display (void)
{
  const char *name = g_getenv ("DISPLAY");

  if (name == NULL || *name == '\0')
    g_error ("DISPLAY is not set: run the GUI tests under Xvfb, as build-aux/run-tests does");
  return name;
}

/* A program left running by a failed test would hold the test's output
 * open, and meson would wait for it until the timeout. */
static void
die_with_parent (gpointer data)
{
  prctl (PR_SET_PDEATHSIG, SIGKILL);
}

static GSubprocess *
start_app (Fixture *f)
{
  g_autoptr(GSubprocessLauncher) launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_NONE);
  g_autoptr(GError) error = NULL;
  GSubprocess *app;

  /* Any warning or critical of the program ends it, and fails the test. */
  g_subprocess_launcher_setenv (launcher, "G_DEBUG", "fatal-warnings", TRUE);
  g_subprocess_launcher_setenv (launcher, "DISPLAY", display (), TRUE);
  g_subprocess_launcher_set_child_setup (launcher, die_with_parent, NULL, NULL);
  g_subprocess_launcher_setenv (launcher, "XDG_DATA_HOME", f->data_home, TRUE);
  app = g_subprocess_launcher_spawn (launcher, &error, g_getenv ("SYL_APP"), f->path, NULL);
  g_assert_no_error (error);
  return app;
}

/* The X window whose title contains @name, waiting for it to appear. */
static char *
find_window (const char *name)
{
  g_autofree char *command = g_strdup_printf ("env DISPLAY=%s timeout 30 xdotool search --sync "
                                              "--onlyvisible --name '%s'", display (), name);
  g_autofree char *out = NULL;
  int status = 0;
  char *newline;

  g_assert_true (g_spawn_command_line_sync (command, &out, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  newline = strchr (out, '\n');
  if (newline != NULL)
    *newline = '\0';
  g_assert_cmpstr (out, !=, "");
  return g_strdup (out);
}

static void
xdotool (const char *format,
         ...) G_GNUC_PRINTF (1, 2);

static void
xdotool (const char *format,
         ...)
{
  g_autofree char *args = NULL;
  g_autofree char *command = NULL;
  int status = 0;
  va_list ap;

  va_start (ap, format);
  args = g_strdup_vprintf (format, ap);
  va_end (ap);
  command = g_strdup_printf ("env DISPLAY=%s xdotool %s", display (), args);
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, NULL));
  g_assert_true (g_spawn_check_wait_status (status, NULL));
}

/* Gives the window titled @name the keyboard and presses @keys. */
static void
press_in (const char *name,
          const char *keys)
{
  g_autofree char *id = find_window (name);

  xdotool ("windowfocus --sync %s", id);
  g_usleep (300 * 1000);
  xdotool ("key --delay 100 %s", keys);
}

static guint
count_drafts (Fixture *f)
{
  g_autofree char *path = g_build_filename (f->data_home, "syllabus", "drafts", NULL);
  g_autoptr(GFile) dir = g_file_new_for_path (path);
  g_autoptr(GPtrArray) drafts = syl_draft_list (dir);

  return drafts->len;
}

static gboolean
wait_until (gboolean (*condition) (Fixture *f),
            Fixture  *f)
{
  gint64 end = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!condition (f))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      g_usleep (100 * 1000);
    }
  return TRUE;
}

static gboolean
has_draft (Fixture *f)
{
  return count_drafts (f) == 1;
}

static gboolean
has_no_draft (Fixture *f)
{
  return count_drafts (f) == 0;
}

static char *expected_text;

static gboolean
file_is_expected (Fixture *f)
{
  g_autofree char *now = syl_test_read_text (f->path);

  return g_strcmp0 (now, expected_text) == 0;
}

/* What the file must hold after the edit: the first chapter moved down,
 * done through the core on the original. */
static char *
expected_after_move (Fixture *f)
{
  g_autoptr(SylDocument) document = syl_document_new_from_data (f->original, strlen (f->original),
                                                                NULL);
  SylNode *first = syl_node_get_child (syl_document_get_root (document), 0);
  g_autoptr(GError) error = NULL;

  g_assert_true (syl_document_move_down (document, &first, 1, &error));
  g_assert_no_error (error);
  return syl_test_serialize (document);
}

static void
wait_exit (GSubprocess *app)
{
  g_autoptr(GError) error = NULL;

  g_subprocess_wait (app, NULL, &error);
  g_assert_no_error (error);
}

static void
test_kill_and_restore (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GSubprocess) first = NULL;
  g_autoptr(GSubprocess) second = NULL;
  g_autofree char *after_kill = NULL;

  expected_text = expected_after_move (f);

  /* An edit, a draft a moment later, then a crash. */
  first = start_app (f);
  press_in ("course\\.syllabus\\.json", "alt+Down");
  g_assert_true (wait_until (has_draft, f));
  g_subprocess_force_exit (first);
  wait_exit (first);
  after_kill = syl_test_read_text (f->path);
  g_assert_cmpstr (after_kill, ==, f->original);

  /* Started again, it offers the draft; Return restores it. */
  second = start_app (f);
  press_in ("Recover Unsaved Changes", "Return");
  g_usleep (500 * 1000);
  press_in ("course\\.syllabus\\.json", "ctrl+s");
  g_assert_true (wait_until (file_is_expected, f));
  g_assert_true (wait_until (has_no_draft, f));

  /* Nothing is unsaved now, so it quits without asking. */
  press_in ("course\\.syllabus\\.json", "ctrl+q");
  wait_exit (second);
  g_assert_true (g_subprocess_get_if_exited (second));
  g_assert_cmpint (g_subprocess_get_exit_status (second), ==, 0);
  g_clear_pointer (&expected_text, g_free);
}

/* Quitting with unsaved changes asks; Return saves them. */
static void
test_quit_asks_and_saves (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GSubprocess) app = NULL;

  expected_text = expected_after_move (f);
  app = start_app (f);
  press_in ("course\\.syllabus\\.json", "alt+Down ctrl+q");
  /* It asks rather than quits: the question is on screen. */
  press_in ("Save Changes Before Quitting", "Return");
  wait_exit (app);
  g_assert_true (file_is_expected (f));
  g_assert_true (has_no_draft (f));
  g_clear_pointer (&expected_text, g_free);
}

/* The program quits, or closes its only window, and exits cleanly. */
static void
assert_exited_cleanly (GSubprocess *app)
{
  wait_exit (app);
  g_assert_true (g_subprocess_get_if_exited (app));
  g_assert_cmpint (g_subprocess_get_exit_status (app), ==, 0);
}

/* Discarding the changes when asked on quitting or closing: the file stays
 * as it was, no draft is left, and the window closes only once the dialog
 * that asked is gone (GTK warned when the window went first). */
static void
test_discard (Fixture       *f,
              gconstpointer  data)
{
  const char *close_keys = data;
  g_autoptr(GSubprocess) app = start_app (f);
  g_autofree char *after = NULL;

  press_in ("course\\.syllabus\\.json", "alt+Down");
  g_assert_true (wait_until (has_draft, f));
  press_in ("course\\.syllabus\\.json", close_keys);
  /* The focus is on Save; Discard is the button before it. */
  press_in ("Save Changes", "shift+Tab Return");
  assert_exited_cleanly (app);
  after = syl_test_read_text (f->path);
  g_assert_cmpstr (after, ==, f->original);
  g_assert_true (has_no_draft (f));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/recovery/kill-and-restore", Fixture, NULL, fixture_setup,
              test_kill_and_restore, fixture_teardown);
  g_test_add ("/recovery/quit-asks-and-saves", Fixture, NULL, fixture_setup,
              test_quit_asks_and_saves, fixture_teardown);
  g_test_add ("/recovery/quit-discard", Fixture, "ctrl+q", fixture_setup, test_discard,
              fixture_teardown);
  g_test_add ("/recovery/close-discard", Fixture, "ctrl+w", fixture_setup, test_discard,
              fixture_teardown);

  return g_test_run ();
}
