/* test-import-cli.c: syllabus-cli import, run as a user would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>

#include "syl-test-office.h"
#include "syl-test-util.h"
#include "syl-document-disk.h"
#include "syl-json-reader.h"

static char *
write_temp (const char *dir,
            const char *name,
            const char *data,
            gssize      size)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, data, size, &error);
  g_assert_no_error (error);
  return path;
}

/* The seed, to standard output: what `syllabus-cli outline` prints of it
 * is the answer key. */
static void
test_cli_stdout (void)
{
  g_autofree char *seed = syl_test_data_path ("seed-ai-enterprise-course.txt", NULL);
  g_autofree char *key_path = syl_test_data_path ("ai-enterprise-course.outline.txt", NULL);
  g_autofree char *key = syl_test_read_text (key_path);
  g_autofree char *dir = g_dir_make_tmp ("syl-import-XXXXXX", NULL);
  g_autoptr(SylTestCli) run = syl_test_run_cli ("import", seed, NULL);
  g_autoptr(SylTestCli) outline = NULL;
  g_autoptr(SylDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *saved = NULL;
  g_autofree char *again = NULL;

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->err, ==, "");
  saved = write_temp (dir, "seed.syllabus.json", run->out, -1);
  outline = syl_test_run_cli ("outline", saved, NULL);
  g_assert_cmpint (outline->status, ==, 0);
  g_assert_cmpstr (outline->err, ==, "");
  syl_test_assert_same_text (outline->out, key);
  g_assert_cmpstr (outline->out, ==, key);

  /* The output is canonical: saving it again changes nothing. */
  document = syl_document_new_from_data (run->out, strlen (run->out), &error);
  g_assert_no_error (error);
  again = syl_test_serialize (document);
  g_assert_cmpstr (again, ==, run->out);
  g_remove (saved);
  g_rmdir (dir);
}

/* -o writes the file, atomically; warnings go to standard error as
 * compilers print them. */
static void
test_cli_output_and_warnings (void)
{
  g_autofree char *dir = g_dir_make_tmp ("syl-import-XXXXXX", NULL);
  g_autofree char *input = syl_test_data_path ("import", "text", "skips.txt", NULL);
  g_autofree char *output = g_build_filename (dir, "skips.syllabus.json", NULL);
  g_autoptr(SylTestCli) run = syl_test_run_cli ("import", input, "-o", output, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (output);
  g_autoptr(SylDocument) document = NULL;
  g_autofree char *expected_err = NULL;
  g_autofree char *dump = NULL;

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->out, ==, "");
  expected_err = g_strdup_printf (
    "%1$s:3: warning: the numbering skips from 1.1 to 1.3\n"
    "%1$s:4: warning: this line has no number; it was placed after the heading above it, "
    "at the same level\n"
    "%1$s:7: warning: the numbering skips from 一、 to 三、\n"
    "%1$s:10: warning: this line is indented between two levels; it was placed at the deeper "
    "one\n"
    "%1$s:12: warning: the level of heading 4.1.1 is unclear: nothing at level 2 comes before "
    "it; it was placed at level 2\n"
    "%1$s:12: warning: the numbering skips from 4 to 4.1.1\n", input);
  g_assert_cmpstr (run->err, ==, expected_err);

  document = syl_document_new_from_file (file, NULL, NULL);
  g_assert_nonnull (document);
  dump = syl_test_dump (document);
  g_assert_cmpstr (dump, ==, "Introduction (Scope Audience Appendix notes) Methods (Interviews "
                             "Workshops) Results (Detail one Detail half) Appendix (Tables)");
  g_remove (output);
  g_rmdir (dir);
}

/* Refused input: exit status 1 and a message that names the file, and
 * the line where there is one. */
static void
test_cli_refused (void)
{
  g_autofree char *dir = g_dir_make_tmp ("syl-import-XXXXXX", NULL);
  g_autofree char *binary = write_temp (dir, "image.txt", "\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16);
  g_autofree char *empty = write_temp (dir, "empty.txt", "", 0);
  g_autofree char *opml = write_temp (dir, "bad.opml",
                                      "<opml version=\"2.0\">\n<body>\n<outline text=\"a\">\n"
                                      "</outlin>\n</body></opml>\n", -1);
  g_autofree char *missing = g_build_filename (dir, "missing.txt", NULL);
  g_autofree char *expected = NULL;
  g_autoptr(SylTestCli) run = NULL;

  run = syl_test_run_cli ("import", binary, NULL);
  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (run->out, ==, "");
  expected = g_strdup_printf ("%s: this is binary data, not text\n", binary);
  g_assert_cmpstr (run->err, ==, expected);
  g_clear_pointer (&run, syl_test_cli_free);
  g_clear_pointer (&expected, g_free);

  run = syl_test_run_cli ("import", empty, NULL);
  g_assert_cmpint (run->status, ==, 1);
  expected = g_strdup_printf ("%s: the file is empty\n", empty);
  g_assert_cmpstr (run->err, ==, expected);
  g_clear_pointer (&run, syl_test_cli_free);
  g_clear_pointer (&expected, g_free);

  run = syl_test_run_cli ("import", opml, NULL);
  g_assert_cmpint (run->status, ==, 1);
  expected = g_strdup_printf ("%s:4:10: malformed XML: ", opml);
  g_assert_true (g_str_has_prefix (run->err, expected));
  g_clear_pointer (&run, syl_test_cli_free);
  g_clear_pointer (&expected, g_free);

  run = syl_test_run_cli ("import", missing, NULL);
  g_assert_cmpint (run->status, ==, 1);
  expected = g_strdup_printf ("%s: ", missing);
  g_assert_true (g_str_has_prefix (run->err, expected));
  g_clear_pointer (&run, syl_test_cli_free);

  run = syl_test_run_cli ("import", empty, "--encoding", "NO-SUCH-ENCODING", NULL);
  g_assert_cmpint (run->status, ==, 1);

  g_remove (binary);
  g_remove (empty);
  g_remove (opml);
  g_rmdir (dir);
}

/* An output that cannot be written, a file or a full standard output:
 * exit status 1 and a message, never a quiet failure. */
static void
test_cli_unwritable (void)
{
  g_autofree char *input = syl_test_data_path ("import", "text", "bullets.txt", NULL);
  g_autofree char *dir = g_dir_make_tmp ("syl-import-XXXXXX", NULL);
  g_autofree char *output = g_build_filename (dir, "missing", "bullets.syllabus.json", NULL);
  g_autoptr(SylTestCli) to_file = syl_test_run_cli ("import", input, "-o", output, NULL);
  const char * const args[] = { "import", input, NULL };
  g_autoptr(SylTestCli) to_full = NULL;
  int full;

  g_assert_cmpint (to_file->status, ==, 1);
  g_assert_nonnull (strstr (to_file->err, output));
  g_assert_false (g_file_test (output, G_FILE_TEST_EXISTS));
  g_assert_no_errno (g_rmdir (dir));

  full = open ("/dev/full", O_WRONLY);
  g_assert_cmpint (full, >=, 0);
  to_full = syl_test_run_cli_full (NULL, full, SYL_TEST_CLI_TEXT, args);
  g_assert_cmpint (to_full->status, ==, 1);
  g_assert_cmpstr (to_full->err, ==,
                   "syllabus-cli import: could not write to the standard output\n");
}

static void
test_cli_options (void)
{
  g_autofree char *md_as_text = syl_test_data_path ("import", "md", "atx.md", NULL);
  g_autofree char *gb = syl_test_data_path ("import", "text", "gb18030.txt", NULL);
  g_autoptr(SylTestCli) run = syl_test_run_cli ("import", "--from", "text", md_as_text, NULL);
  g_autoptr(SylDocument) document = NULL;

  /* Read as text, “# Sorting” is a line like any other. */
  g_assert_cmpint (run->status, ==, 0);
  document = syl_document_new_from_data (run->out, strlen (run->out), NULL);
  g_assert_cmpstr (syl_node_get_title (syl_node_get_child (syl_document_get_root (document), 0)),
                   ==, "# Sorting");
  g_clear_pointer (&run, syl_test_cli_free);
  g_clear_object (&document);

  run = syl_test_run_cli ("import", "--encoding", "GB18030", gb, NULL);
  g_assert_cmpint (run->status, ==, 0);
  document = syl_document_new_from_data (run->out, strlen (run->out), NULL);
  g_assert_cmpstr (syl_document_get_title (document), ==, "数据分析入门");
}

/* --explain prints what each line became instead of the outline. */
static void
test_cli_explain (void)
{
  g_autofree char *toc = syl_test_data_path ("import", "pdf", "form-feeds.txt", NULL);
  g_autoptr(SylTestCli) run = syl_test_run_cli ("import", "--explain", toc, NULL);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->err, ==, "");
  g_assert_true (g_str_has_prefix (run->out,
                                   "1\ttitle-block\t人工智能导论\n"
                                   "2\ttitle-block\t作者：张三\n"
                                   "3\tcontents\t目录\n"
                                   "4\tcontents\t第一章 绪论 ·········· 1\n"));
  g_assert_nonnull (strstr (run->out, "\n9\tfurniture\t人工智能导论    第 1 页，共 3 页\n"
                                      "10\tfurniture\t人工智能导论\n"
                                      "11\tnode 1\t第一章 绪论\n"
                                      "12\tnode 2\t1.1 发展历史\n"
                                      "13\tnotes 2\t"));
  g_assert_true (g_str_has_suffix (run->out, "\n20\tfurniture\t3 / 3\n21\tblank\t\n"));
}

/* A PDF that our export wrote imports to the outline it came from; a
 * damaged one is refused with a message that says so. */
static void
test_cli_pdf (void)
{
  g_autofree char *sample = syl_test_sample_path ();
  g_autofree char *dir = g_dir_make_tmp ("syl-import-XXXXXX", NULL);
  g_autofree char *pdf = g_build_filename (dir, "course.pdf", NULL);
  g_autofree char *output = g_build_filename (dir, "course.syllabus.json", NULL);
  g_autofree char *damaged = write_temp (dir, "damaged.pdf", "%PDF-1.4\n1 0 obj <<", -1);
  g_autoptr(SylTestCli) run = syl_test_run_cli ("export", "--to", "pdf", "-o", pdf, sample, NULL);
  g_autoptr(SylTestCli) expected = syl_test_run_cli ("outline", sample, NULL);
  g_autoptr(SylTestCli) got = NULL;

  g_assert_cmpint (run->status, ==, 0);
  g_clear_pointer (&run, syl_test_cli_free);
  run = syl_test_run_cli ("import", pdf, "-o", output, NULL);
  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_cmpstr (run->err, ==, "");
  got = syl_test_run_cli ("outline", output, NULL);
  g_assert_cmpint (got->status, ==, 0);
  syl_test_assert_same_text (got->out, expected->out);

  g_clear_pointer (&run, syl_test_cli_free);
  run = syl_test_run_cli ("import", damaged, NULL);
  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_nonnull (strstr (run->err, "this PDF file is damaged or is not a PDF file"));
}

/* A Word file in, an outline out; a password-protected one refused with
 * its reason, exit status 1. */
static void
test_cli_docx (void)
{
  g_autofree char *dir = g_dir_make_tmp ("syl-import-XXXXXX", NULL);
  g_autoptr(GBytes) package = syl_test_docx (SYL_DOCX_PS ("Title", "Cloud Basics")
                                             SYL_DOCX_PS ("Heading1", "Introduction")
                                             SYL_DOCX_PS ("Heading2", "Scope"));
  g_autofree char *input = write_temp (dir, "course.docx", g_bytes_get_data (package, NULL),
                                       g_bytes_get_size (package));
  g_autofree char *output = g_build_filename (dir, "course.syllabus.json", NULL);
  g_autofree char *broken = write_temp (dir, "locked.docx", "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
                                        "E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e\0",
                                        40);
  g_autoptr(SylTestCli) run = syl_test_run_cli ("import", input, "-o", output, NULL);
  g_autoptr(GFile) output_file = g_file_new_for_path (output);
  g_autoptr(SylDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  SylNode *root;

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->err, ==, "");
  document = syl_document_new_from_file (output_file, NULL, &error);
  g_assert_no_error (error);
  root = syl_document_get_root (document);
  g_assert_cmpstr (syl_document_get_title (document), ==, "Cloud Basics");
  g_assert_cmpuint (syl_node_get_n_children (root), ==, 1);
  g_assert_cmpstr (syl_node_get_title (syl_node_get_child (root, 0)), ==, "Introduction");
  g_assert_cmpstr (syl_node_get_title (syl_node_get_child (syl_node_get_child (root, 0), 0)), ==,
                   "Scope");
  g_clear_pointer (&run, syl_test_cli_free);

  run = syl_test_run_cli ("import", broken, NULL);
  g_assert_cmpint (run->status, ==, 1);
  g_assert_nonnull (strstr (run->err, "password-protected"));
  g_assert_cmpstr (run->out, ==, "");
  syl_test_remove_tree (dir);
}

static void
test_cli_usage (void)
{
  g_autofree char *input = syl_test_data_path ("import", "text", "bullets.txt", NULL);
  g_autoptr(SylTestCli) run = syl_test_run_cli ("import", NULL);

  g_assert_cmpint (run->status, ==, 2);
  g_assert_nonnull (strstr (run->err, "import INPUT"));
  g_clear_pointer (&run, syl_test_cli_free);

  run = syl_test_run_cli ("import", input, input, NULL);
  g_assert_cmpint (run->status, ==, 2);
  g_clear_pointer (&run, syl_test_cli_free);

  run = syl_test_run_cli ("import", "--from", "doc", input, NULL);
  g_assert_cmpint (run->status, ==, 2);
  g_assert_cmpstr (run->err, ==, "syllabus-cli import: unknown format “doc”; "
                                 "expected text, markdown, opml, pdf, docx or odt\n");
  g_clear_pointer (&run, syl_test_cli_free);

  run = syl_test_run_cli ("import", "--no-such-option", input, NULL);
  g_assert_cmpint (run->status, ==, 2);
  g_clear_pointer (&run, syl_test_cli_free);

  run = syl_test_run_cli ("--help", NULL);
  g_assert_cmpint (run->status, ==, 0);
  g_assert_nonnull (strstr (run->out, "  import "));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/cli/stdout", test_cli_stdout);
  g_test_add_func ("/import/cli/output-and-warnings", test_cli_output_and_warnings);
  g_test_add_func ("/import/cli/refused", test_cli_refused);
  g_test_add_func ("/import/cli/unwritable", test_cli_unwritable);
  g_test_add_func ("/import/cli/options", test_cli_options);
  g_test_add_func ("/import/cli/explain", test_cli_explain);
  g_test_add_func ("/import/cli/docx", test_cli_docx);
  g_test_add_func ("/import/cli/usage", test_cli_usage);
  g_test_add_func ("/import/cli/pdf", test_cli_pdf);

  return g_test_run ();
}
