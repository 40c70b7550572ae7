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

static char *
fixture_path (const char *name)
{
  return syl_test_data_path ("export", name, NULL);
}

static void
assert_out_is_answer (SylTestCli *run,
                      const char *answer)
{
  g_autofree char *path = fixture_path (answer);
  g_autofree char *expected = syl_test_read_text (path);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->err, ==, "");
  syl_test_assert_same_text (run->out, expected);
}

/* Formats and flags. */

static void
test_markdown_to_stdout (void)
{
  g_autofree char *input = fixture_path ("course-zh.syllabus.json");
  g_autoptr(SylTestCli) run = syl_test_run_cli ("export", input, "--to", "markdown", NULL);

  assert_out_is_answer (run, "course-zh.md");
}

/* "-o -" is the standard output: no file named "-" is made. */
static void
test_dash_is_stdout (void)
{
  g_autofree char *input = fixture_path ("course-zh.syllabus.json");
  g_autofree char *dir = g_dir_make_tmp ("syl-export-XXXXXX", NULL);
  g_autofree char *dash = g_build_filename (dir, "-", NULL);
  g_autoptr(SylTestCli) run = syl_test_run_cli_in (dir, "export", input, "--to", "markdown",
                                                   "-o", "-", NULL);

  assert_out_is_answer (run, "course-zh.md");
  g_assert_false (g_file_test (dash, G_FILE_TEST_EXISTS));
  g_assert_no_errno (g_rmdir (dir));
}

static void
test_flags (void)
{
  g_autofree char *input = fixture_path ("course-zh.syllabus.json");
  g_autoptr(SylTestCli) titles = syl_test_run_cli ("export", input, "--to", "md", "--no-notes",
                                                   "--no-objectives", "--no-examples",
                                                   "--no-durations", NULL);
  g_autoptr(SylTestCli) all = syl_test_run_cli ("export", input, "-t", "text", "--annotations",
                                                NULL);
  g_autoptr(SylTestCli) opml = syl_test_run_cli ("export", input, "--to", "opml", NULL);

  assert_out_is_answer (titles, "course-zh.titles.md");
  assert_out_is_answer (all, "course-zh.all.txt");
  assert_out_is_answer (opml, "course-zh.opml");
}

/* -o writes the file, and its extension says the format. */
static void
test_output_file (void)
{
  g_autofree char *input = fixture_path ("course-en.syllabus.json");
  g_autofree char *dir = syl_test_make_temp_dir ("syl-test-export-XXXXXX");
  g_autofree char *html = g_build_filename (dir, "course.html", NULL);
  g_autofree char *pdf = g_build_filename (dir, "course.PDF", NULL);
  g_autofree char *markdown = g_build_filename (dir, "course.out", NULL);
  g_autoptr(SylTestCli) run_html = syl_test_run_cli ("export", input, "-o", html, NULL);
  g_autoptr(SylTestCli) run_pdf = syl_test_run_cli ("export", input, "--output", pdf, NULL);
  g_autoptr(SylTestCli) run_markdown = syl_test_run_cli ("export", input, "-o", markdown,
                                                         "--to", "markdown", NULL);
  g_autofree char *html_text = NULL;
  g_autofree char *pdf_data = NULL;
  g_autofree char *markdown_text = NULL;
  g_autofree char *answer_path = fixture_path ("course-en.md");
  g_autofree char *answer = syl_test_read_text (answer_path);

  g_assert_cmpint (run_html->status, ==, 0);
  g_assert_cmpint (run_pdf->status, ==, 0);
  g_assert_cmpint (run_markdown->status, ==, 0);
  g_assert_cmpuint (run_html->out_size, ==, 0);
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
  const char * const args[] = { "export", input, "--to", "pdf", NULL };
  g_autoptr(SylTestCli) piped = syl_test_run_cli_full (NULL, -1, SYL_TEST_CLI_BINARY, args);
  g_autoptr(SylTestCli) terminal = NULL;
  int master = posix_openpt (O_RDWR | O_NOCTTY);
  int slave;

  g_assert_cmpint (piped->status, ==, 0);
  g_assert_cmpmem (piped->out, 5, "%PDF-", 5);

  g_assert_cmpint (master, >=, 0);
  g_assert_cmpint (grantpt (master), ==, 0);
  g_assert_cmpint (unlockpt (master), ==, 0);
  slave = open (ptsname (master), O_RDWR | O_NOCTTY);
  g_assert_cmpint (slave, >=, 0);
  terminal = syl_test_run_cli_full (NULL, slave, SYL_TEST_CLI_TEXT, args);
  g_assert_cmpint (terminal->status, ==, 2);
  g_assert_nonnull (strstr (terminal->err, "not writing a PDF file to a terminal"));
  close (master);
}

/* Failures. */

static void
test_usage_errors (void)
{
  g_autofree char *input = fixture_path ("course-zh.syllabus.json");
  g_autoptr(SylTestCli) no_format = syl_test_run_cli ("export", input, NULL);
  g_autoptr(SylTestCli) unknown = syl_test_run_cli ("export", input, "--to", "docx", NULL);
  g_autoptr(SylTestCli) no_input = syl_test_run_cli ("export", "--to", "md", NULL);
  g_autoptr(SylTestCli) two_inputs = syl_test_run_cli ("export", input, input, "--to", "md", NULL);
  g_autoptr(SylTestCli) bad_option = syl_test_run_cli ("export", input, "--to", "md",
                                                       "--frobnicate", NULL);
  g_autoptr(SylTestCli) unknown_extension = syl_test_run_cli ("export", input, "-o", "course.docx",
                                                              NULL);

  g_assert_cmpint (no_format->status, ==, 2);
  g_assert_nonnull (strstr (no_format->err, "--to"));
  g_assert_cmpint (unknown->status, ==, 2);
  g_assert_nonnull (strstr (unknown->err, "“docx”"));
  g_assert_cmpint (no_input->status, ==, 2);
  g_assert_cmpint (two_inputs->status, ==, 2);
  g_assert_cmpint (bad_option->status, ==, 2);
  g_assert_cmpint (unknown_extension->status, ==, 2);
  g_assert_false (g_file_test ("course.docx", G_FILE_TEST_EXISTS));
  g_assert_cmpuint (unknown->out_size, ==, 0);
}

static void
test_bad_input (void)
{
  g_autofree char *missing = fixture_path ("no-such-course.syllabus.json");
  g_autofree char *invalid = syl_test_data_path ("bad", "syntax-missing-comma-object.json", NULL);
  g_autoptr(SylTestCli) run_missing = syl_test_run_cli ("export", missing, "--to", "html", NULL);
  g_autoptr(SylTestCli) run_invalid = syl_test_run_cli ("export", invalid, "--to", "html", NULL);
  g_autofree char *where = g_strconcat (invalid, ":", NULL);

  g_assert_cmpint (run_missing->status, ==, 1);
  g_assert_nonnull (strstr (run_missing->err, "no-such-course.syllabus.json"));
  g_assert_cmpint (run_invalid->status, ==, 1);
  g_assert_true (g_str_has_prefix (run_invalid->err, where));
  g_assert_true (g_regex_match_simple ("^[^:]+:[0-9]+:[0-9]+: ", run_invalid->err, 0, 0));
  g_assert_cmpuint (run_invalid->out_size, ==, 0);
}

/* A file that cannot be written leaves nothing behind, and says why. */
static void
test_unwritable_output (void)
{
  g_autofree char *input = fixture_path ("course-zh.syllabus.json");
  g_autofree char *dir = syl_test_make_temp_dir ("syl-test-export-XXXXXX");
  g_autofree char *output = g_build_filename (dir, "missing", "course.md", NULL);
  g_autoptr(SylTestCli) run = syl_test_run_cli ("export", input, "-o", output, NULL);

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
  g_autoptr(SylTestCli) run = syl_test_run_cli ("export", input, "--to", "text", NULL);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_nonnull (strstr (run->err, ": warning: "));
  g_assert_cmpuint (run->out_size, >, 0);
}

static void
test_help (void)
{
  g_autoptr(SylTestCli) help = syl_test_run_cli ("--help", NULL);
  g_autoptr(SylTestCli) export_help = syl_test_run_cli ("export", "--help", NULL);

  g_assert_cmpint (help->status, ==, 0);
  g_assert_nonnull (strstr (help->out, "\n  export     "));
  g_assert_cmpint (export_help->status, ==, 0);
  g_assert_nonnull (strstr (export_help->out, "--to=markdown|text|opml|html|pdf"));
  g_assert_nonnull (strstr (export_help->out, "--annotations"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/export/markdown-to-stdout", test_markdown_to_stdout);
  g_test_add_func ("/cli/export/flags", test_flags);
  g_test_add_func ("/cli/export/dash-is-stdout", test_dash_is_stdout);
  g_test_add_func ("/cli/export/output-file", test_output_file);
  g_test_add_func ("/cli/export/pdf-not-to-terminal", test_pdf_not_to_terminal);
  g_test_add_func ("/cli/export/usage-errors", test_usage_errors);
  g_test_add_func ("/cli/export/bad-input", test_bad_input);
  g_test_add_func ("/cli/export/unwritable-output", test_unwritable_output);
  g_test_add_func ("/cli/export/warnings", test_warnings);
  g_test_add_func ("/cli/export/help", test_help);

  return g_test_run ();
}
