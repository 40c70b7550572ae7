/* test-export-cli.c: syllabus-cli export, run as a user would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#define _GNU_SOURCE
#include <fcntl.h>
#include <glib/gstdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "syl-test-util.h"

typedef struct
{
  int    status;
  GBytes *out;
  char   *err;
} CliRun;

static void
cli_run_free (CliRun *run)
{
  g_bytes_unref (run->out);
  g_free (run->err);
  g_free (run);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (CliRun, cli_run_free)

/* Runs $SYL_CLI with @args; with @stdout_fd >= 0, its output goes there. */
static CliRun *
run_cli_argv (int                 stdout_fd,
              const char * const *args)
{
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GError) error = NULL;
  const char *cli = g_getenv ("SYL_CLI");
  CliRun *run = g_new0 (CliRun, 1);

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_PIPE |
                                        (stdout_fd < 0 ? G_SUBPROCESS_FLAGS_STDOUT_PIPE : 0));
  if (stdout_fd >= 0)
    g_subprocess_launcher_take_stdout_fd (launcher, stdout_fd);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate (process, NULL, NULL, &run->out, &err, &error);
  g_assert_no_error (error);

  /* A crash is never an answer. */
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
  if (run->out == NULL)
    run->out = g_bytes_new (NULL, 0);
  run->err = g_strndup (g_bytes_get_size (err) > 0 ? g_bytes_get_data (err, NULL) : "",
                        g_bytes_get_size (err));
  return run;
}

#define run_cli(...) run_cli_argv (-1, (const char * const[]) { __VA_ARGS__, NULL })

static char *
fixture_path (const char *name)
{
  return syl_test_data_path ("export", name, NULL);
}

static void
assert_out_is_answer (CliRun     *run,
                      const char *answer)
{
  g_autofree char *path = fixture_path (answer);
  g_autofree char *expected = syl_test_read_text (path);
  g_autofree char *out = g_strndup (g_bytes_get_data (run->out, NULL),
                                    g_bytes_get_size (run->out));

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->err, ==, "");
  syl_test_assert_same_text (out, expected);
}

static char *
make_temp_dir (void)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp ("syl-test-export-XXXXXX", &error);

  g_assert_no_error (error);
  return dir;
}

/* Formats and flags. */

static void
test_markdown_to_stdout (void)
{
  g_autofree char *input = fixture_path ("course-zh.syllabus.json");
  g_autoptr(CliRun) run = run_cli ("export", input, "--to", "markdown");

  assert_out_is_answer (run, "course-zh.md");
}

static void
test_flags (void)
{
  g_autofree char *input = fixture_path ("course-zh.syllabus.json");
  g_autoptr(CliRun) titles = run_cli ("export", input, "--to", "md", "--no-notes",
                                      "--no-objectives", "--no-examples", "--no-durations");
  g_autoptr(CliRun) all = run_cli ("export", input, "-t", "text", "--annotations");
  g_autoptr(CliRun) opml = run_cli ("export", input, "--to", "opml");

  assert_out_is_answer (titles, "course-zh.titles.md");
  assert_out_is_answer (all, "course-zh.all.txt");
  assert_out_is_answer (opml, "course-zh.opml");
}

/* -o writes the file, and its extension says the format. */
static void
test_output_file (void)
{
  g_autofree char *input = fixture_path ("course-en.syllabus.json");
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *html = g_build_filename (dir, "course.html", NULL);
  g_autofree char *pdf = g_build_filename (dir, "course.PDF", NULL);
  g_autofree char *markdown = g_build_filename (dir, "course.out", NULL);
  g_autoptr(CliRun) run_html = run_cli ("export", input, "-o", html);
  g_autoptr(CliRun) run_pdf = run_cli ("export", input, "--output", pdf);
  g_autoptr(CliRun) run_markdown = run_cli ("export", input, "-o", markdown, "--to", "markdown");
  g_autofree char *html_text = NULL;
  g_autofree char *pdf_data = NULL;
  g_autofree char *markdown_text = NULL;
  g_autofree char *answer_path = fixture_path ("course-en.md");
  g_autofree char *answer = syl_test_read_text (answer_path);

  g_assert_cmpint (run_html->status, ==, 0);
  g_assert_cmpint (run_pdf->status, ==, 0);
  g_assert_cmpint (run_markdown->status, ==, 0);
  g_assert_cmpuint (g_bytes_get_size (run_html->out), ==, 0);
  html_text = syl_test_read_text (html);
  g_assert_true (g_str_has_prefix (html_text, "<!DOCTYPE html>\n<html lang=\"en\">"));
  pdf_data = syl_test_read_text (pdf);
  g_assert_true (g_str_has_prefix (pdf_data, "%PDF-"));
  markdown_text = syl_test_read_text (markdown);
  g_assert_cmpstr (markdown_text, ==, answer);

  g_assert_no_errno (g_unlink (html));
  g_assert_no_errno (g_unlink (pdf));
  g_assert_no_errno (g_unlink (markdown));
  g_assert_no_errno (g_rmdir (dir));
}

/* A PDF to a pipe is fine, to a terminal it is refused. */
static void
test_pdf_not_to_terminal (void)
{
  g_autofree char *input = fixture_path ("course-zh.syllabus.json");
  g_autoptr(CliRun) piped = run_cli ("export", input, "--to", "pdf");
  g_autoptr(CliRun) terminal = NULL;
  int master = posix_openpt (O_RDWR | O_NOCTTY);
  int slave;

  g_assert_cmpint (piped->status, ==, 0);
  g_assert_cmpmem (g_bytes_get_data (piped->out, NULL), 5, "%PDF-", 5);

  g_assert_cmpint (master, >=, 0);
  g_assert_cmpint (grantpt (master), ==, 0);
  g_assert_cmpint (unlockpt (master), ==, 0);
  slave = open (ptsname (master), O_RDWR | O_NOCTTY);
  g_assert_cmpint (slave, >=, 0);
  terminal = run_cli_argv (slave, (const char * const[]) { "export", input, "--to", "pdf", NULL });
  g_assert_cmpint (terminal->status, ==, 2);
  g_assert_nonnull (strstr (terminal->err, "not writing a PDF file to a terminal"));
  close (master);
}

/* Failures. */

static void
test_usage_errors (void)
{
  g_autofree char *input = fixture_path ("course-zh.syllabus.json");
  g_autoptr(CliRun) no_format = run_cli ("export", input);
  g_autoptr(CliRun) unknown = run_cli ("export", input, "--to", "docx");
  g_autoptr(CliRun) no_input = run_cli ("export", "--to", "md");
  g_autoptr(CliRun) two_inputs = run_cli ("export", input, input, "--to", "md");
  g_autoptr(CliRun) bad_option = run_cli ("export", input, "--to", "md", "--frobnicate");
  g_autoptr(CliRun) unknown_extension = run_cli ("export", input, "-o", "course.docx");

  g_assert_cmpint (no_format->status, ==, 2);
  g_assert_nonnull (strstr (no_format->err, "--to"));
  g_assert_cmpint (unknown->status, ==, 2);
  g_assert_nonnull (strstr (unknown->err, "“docx”"));
  g_assert_cmpint (no_input->status, ==, 2);
  g_assert_cmpint (two_inputs->status, ==, 2);
  g_assert_cmpint (bad_option->status, ==, 2);
  g_assert_cmpint (unknown_extension->status, ==, 2);
  g_assert_false (g_file_test ("course.docx", G_FILE_TEST_EXISTS));
  g_assert_cmpuint (g_bytes_get_size (unknown->out), ==, 0);
}

static void
test_bad_input (void)
{
  g_autofree char *missing = fixture_path ("no-such-course.syllabus.json");
  g_autofree char *invalid = syl_test_data_path ("bad", "syntax-missing-comma-object.json", NULL);
  g_autoptr(CliRun) run_missing = run_cli ("export", missing, "--to", "html");
  g_autoptr(CliRun) run_invalid = run_cli ("export", invalid, "--to", "html");
  g_autofree char *where = g_strconcat (invalid, ":", NULL);

  g_assert_cmpint (run_missing->status, ==, 1);
  g_assert_nonnull (strstr (run_missing->err, "no-such-course.syllabus.json"));
  g_assert_cmpint (run_invalid->status, ==, 1);
  g_assert_true (g_str_has_prefix (run_invalid->err, where));
  g_assert_true (g_regex_match_simple ("^[^:]+:[0-9]+:[0-9]+: ", run_invalid->err, 0, 0));
  g_assert_cmpuint (g_bytes_get_size (run_invalid->out), ==, 0);
}

/* A file that cannot be written leaves nothing behind, and says why. */
static void
test_unwritable_output (void)
{
  g_autofree char *input = fixture_path ("course-zh.syllabus.json");
  g_autofree char *dir = make_temp_dir ();
  g_autofree char *output = g_build_filename (dir, "missing", "course.md", NULL);
  g_autoptr(CliRun) run = run_cli ("export", input, "-o", output);

  g_assert_cmpint (run->status, ==, 1);
  g_assert_nonnull (strstr (run->err, output));
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
  g_assert_no_errno (g_rmdir (dir));
}

/* Warnings from loading go to stderr; the export still succeeds. */
static void
test_warnings (void)
{
  g_autofree char *input = syl_test_data_path ("warn", "warn-missing-id.json", NULL);
  g_autoptr(CliRun) run = run_cli ("export", input, "--to", "text");

  g_assert_cmpint (run->status, ==, 0);
  g_assert_nonnull (strstr (run->err, ": warning: "));
  g_assert_cmpuint (g_bytes_get_size (run->out), >, 0);
}

static void
test_help (void)
{
  g_autoptr(CliRun) help = run_cli ("--help");
  g_autoptr(CliRun) export_help = run_cli ("export", "--help");
  g_autofree char *out = g_strndup (g_bytes_get_data (help->out, NULL),
                                    g_bytes_get_size (help->out));
  g_autofree char *export_out = g_strndup (g_bytes_get_data (export_help->out, NULL),
                                           g_bytes_get_size (export_help->out));

  g_assert_cmpint (help->status, ==, 0);
  g_assert_nonnull (strstr (out, "\n  export     "));
  g_assert_cmpint (export_help->status, ==, 0);
  g_assert_nonnull (strstr (export_out, "--to=markdown|text|opml|html|pdf"));
  g_assert_nonnull (strstr (export_out, "--annotations"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/export/markdown-to-stdout", test_markdown_to_stdout);
  g_test_add_func ("/cli/export/flags", test_flags);
  g_test_add_func ("/cli/export/output-file", test_output_file);
  g_test_add_func ("/cli/export/pdf-not-to-terminal", test_pdf_not_to_terminal);
  g_test_add_func ("/cli/export/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/export/bad-input", test_bad_input);
  g_test_add_func ("/cli/export/unwritable-output", test_unwritable_output);
  g_test_add_func ("/cli/export/warnings", test_warnings);
  g_test_add_func ("/cli/export/help", test_help);

  return g_test_run ();
}
