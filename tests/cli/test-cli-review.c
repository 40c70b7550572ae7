/* test-cli-review.c: syllabus-cli review-summary and merge, run as a user
 * would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "syl-review-summary.h"
#include "syl-test-util.h"
#include "syl-json-reader.h"

typedef struct
{
  char *dir;
  char *mine;
  char *theirs;
  char *mine_text;
} Fixture;

static char *
write_file (Fixture    *f,
            const char *name,
            const char *text)
{
  char *path = g_build_filename (f->dir, name, NULL);

  syl_test_write_text (path, text);
  return path;
}

/* MINE: "A (A1 A2) B" with an open comment on A1; THEIRS: the same with a
 * new comment on B and a resolution of the comment on A1. */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SylDocument) mine = syl_test_new_outline ("A (A1 A2) B");
  g_autoptr(SylDocument) theirs = NULL;
  g_autoptr(SylAnnotation) first = syl_test_comment_new ("c1", "段方", "2026-11-28T09:30:00Z",
                                                         "Is *this* clear?");
  g_autoptr(SylAnnotation) second = syl_test_comment_new ("c2", "Ada", "2026-11-28T09:30:00Z",
                                                          "Add a case study.");
  g_autoptr(SylAnnotation) resolved = NULL;
  g_autofree char *theirs_text = NULL;

  f->dir = g_dir_make_tmp ("syl-test-cli-review-XXXXXX", NULL);
  g_assert_nonnull (f->dir);
  syl_document_set_string (mine, mine, "title", "算法", FALSE, NULL);
  syl_document_add_annotation (mine, syl_test_find (mine, "A1"), first);
  f->mine_text = syl_test_serialize (mine);
  f->mine = write_file (f, "mine.syllabus.json", f->mine_text);

  theirs = syl_document_new_from_data (f->mine_text, strlen (f->mine_text), NULL);
  syl_document_add_annotation (theirs, syl_test_find (theirs, "B"), second);
  resolved = g_list_model_get_item (syl_node_get_annotations (syl_test_find (theirs, "A1")), 0);
  syl_document_set_resolved_full (theirs, resolved, TRUE, "Ada", "2026-11-29T10:00:00Z");
  theirs_text = syl_test_serialize (theirs);
  f->theirs = write_file (f, "ada.syllabus.json", theirs_text);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);
      g_assert_no_errno (g_unlink (path));
    }
  g_assert_no_errno (g_rmdir (f->dir));
  g_free (f->dir);
  g_free (f->mine);
  g_free (f->theirs);
  g_free (f->mine_text);
}

static void
assert_file_is (const char *path,
                const char *text)
{
  g_autofree char *now = syl_test_read_text (path);

  syl_test_assert_same_text (now, text);
}

/* review-summary */

static void
test_summary_markdown (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(SylTestCli) run = syl_test_run_cli ("review-summary", f->mine, NULL);
  g_autoptr(SylDocument) document = syl_test_parse (f->mine_text);
  g_autofree char *expected = syl_review_summary (document, SYL_REVIEW_FORMAT_MARKDOWN);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->err, ==, "");
  g_assert_cmpstr (run->out, ==, expected);
  g_assert_true (g_str_has_prefix (run->out, "# Review Summary: 算法\n\n1 open comment.\n\n"
                                             "## 1.1 A1\n\n### 段方 · 2026-11-28 09:30 UTC\n\n"
                                             "Is \\*this\\* clear?\n"));
}

static void
test_summary_html_file (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "summary.html", NULL);
  g_autofree char *md = g_build_filename (f->dir, "summary.txt", NULL);
  g_autoptr(SylTestCli) run = syl_test_run_cli ("review-summary", f->mine, "-o", out, NULL);
  g_autoptr(SylTestCli) forced = NULL;
  g_autofree char *html = NULL;
  g_autofree char *text = NULL;

  /* The name says HTML. */
  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->out, ==, "");
  html = syl_test_read_text (out);
  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n"));
  g_assert_nonnull (strstr (html, "<p>Is *this* clear?</p>"));

  /* --format wins over the name. */
  forced = syl_test_run_cli ("review-summary", "--format", "markdown", "--output", md, f->mine,
                             NULL);
  g_assert_cmpint (forced->status, ==, 0);
  text = syl_test_read_text (md);
  g_assert_true (g_str_has_prefix (text, "# Review Summary: 算法\n"));
}

static void
test_summary_bad_usage (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *missing = g_build_filename (f->dir, "missing.json", NULL);
  g_autoptr(SylTestCli) format = syl_test_run_cli ("review-summary", "--format", "pdf", f->mine,
                                                   NULL);
  g_autoptr(SylTestCli) none = syl_test_run_cli ("review-summary", NULL);
  g_autoptr(SylTestCli) two = syl_test_run_cli ("review-summary", f->mine, f->theirs, NULL);
  g_autoptr(SylTestCli) absent = syl_test_run_cli ("review-summary", missing, NULL);

  g_assert_cmpint (format->status, ==, 2);
  g_assert_cmpstr (format->out, ==, "");
  g_assert_nonnull (strstr (format->err, "unknown format “pdf”"));
  g_assert_cmpint (none->status, ==, 2);
  g_assert_cmpint (two->status, ==, 2);
  g_assert_cmpint (absent->status, ==, 1);
  g_assert_cmpstr (absent->out, ==, "");
  g_assert_true (g_str_has_prefix (absent->err, missing));
}

/* merge */

static void
test_merge_stdout (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SylTestCli) run = syl_test_run_cli ("merge", f->mine, f->theirs, NULL);
  g_autoptr(SylDocument) merged = NULL;
  g_autoptr(SylAnnotation) resolved = NULL;

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->err, ==, "1 new comment, 1 resolution.\n");
  merged = syl_test_parse (run->out);
  g_assert_cmpuint (g_list_model_get_n_items (syl_node_get_annotations (syl_test_find (merged, "B"))),
                    ==, 1);
  resolved = g_list_model_get_item (syl_node_get_annotations (syl_test_find (merged, "A1")), 0);
  g_assert_true (syl_annotation_get_resolved (resolved));
  g_assert_cmpstr (syl_annotation_get_resolved_by (resolved), ==, "Ada");
  /* MINE is untouched. */
  assert_file_is (f->mine, f->mine_text);
}

static void
test_merge_output_and_in_place (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "merged.syllabus.json", NULL);
  g_autoptr(SylTestCli) to_file = syl_test_run_cli ("merge", "-o", out, f->mine, f->theirs, NULL);
  g_autoptr(SylTestCli) in_place = NULL;
  g_autoptr(SylTestCli) again = NULL;
  g_autofree char *merged = NULL;

  g_assert_cmpint (to_file->status, ==, 0);
  g_assert_cmpstr (to_file->out, ==, "");
  assert_file_is (f->mine, f->mine_text);
  merged = syl_test_read_text (out);
  g_assert_nonnull (strstr (merged, "\"text\": \"Add a case study.\""));

  in_place = syl_test_run_cli ("merge", "--in-place", f->mine, f->theirs, NULL);
  g_assert_cmpint (in_place->status, ==, 0);
  g_assert_cmpstr (in_place->out, ==, "");
  assert_file_is (f->mine, merged);

  /* Merging the same copy again finds nothing new. */
  again = syl_test_run_cli ("merge", "--in-place", f->mine, f->theirs, NULL);
  g_assert_cmpint (again->status, ==, 0);
  g_assert_cmpstr (again->err, ==, "Nothing new in the reviews.\n");
  assert_file_is (f->mine, merged);
}

static void
test_merge_bad_usage (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "out.json", NULL);
  g_autoptr(SylTestCli) one = syl_test_run_cli ("merge", f->mine, NULL);
  g_autoptr(SylTestCli) both = syl_test_run_cli ("merge", "--in-place", "-o", out, f->mine,
                                                 f->theirs, NULL);

  g_assert_cmpint (one->status, ==, 2);
  g_assert_cmpstr (one->out, ==, "");
  g_assert_cmpint (both->status, ==, 2);
  g_assert_cmpstr (both->out, ==, "");
  g_assert_nonnull (strstr (both->err, "either --output or --in-place"));
  g_assert_false (g_file_test (out, G_FILE_TEST_EXISTS));
  assert_file_is (f->mine, f->mine_text);
}

/* A broken copy and a copy of another outline: exit 1, a message that
 * names the file, nothing written. */
static void
test_merge_bad_copies (Fixture       *f,
                       gconstpointer  data)
{
  g_autofree char *broken = write_file (f, "broken.json", "{\n  \"format\": \"syllabus\",\n  oops\n}\n");
  g_autofree char *other = write_file (f, "other.json",
                                       "{\"format\": \"syllabus\", \"version\": 1, "
                                       "\"children\": [{\"id\": \"zz\", \"title\": \"Z\"}]}");
  g_autoptr(SylTestCli) bad = syl_test_run_cli ("merge", "--in-place", f->mine, f->theirs, broken,
                                                NULL);
  g_autoptr(SylTestCli) foreign = syl_test_run_cli ("merge", "--in-place", f->mine, other, NULL);

  g_assert_cmpint (bad->status, ==, 1);
  g_assert_cmpstr (bad->out, ==, "");
  g_assert_true (g_str_has_prefix (bad->err, broken));
  g_assert_nonnull (strstr (bad->err, ".json:3:3: "));
  assert_file_is (f->mine, f->mine_text);

  g_assert_cmpint (foreign->status, ==, 1);
  g_assert_cmpstr (foreign->out, ==, "");
  g_assert_nonnull (strstr (foreign->err, "other.json: not a copy of this outline"));
  assert_file_is (f->mine, f->mine_text);
}

/* A comment on a section deleted since is printed whole on stderr. */
static void
test_merge_orphan (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(SylDocument) mine = syl_test_parse (f->mine_text);
  g_autofree char *mine_text = NULL;
  g_autofree char *mine_path = NULL;
  g_autoptr(SylTestCli) run = NULL;
  SylNode *b = syl_test_find (mine, "B");

  g_assert_true (syl_document_remove_nodes (mine, &b, 1, NULL));
  mine_text = syl_test_serialize (mine);
  mine_path = write_file (f, "cut.syllabus.json", mine_text);
  run = syl_test_run_cli ("merge", mine_path, f->theirs, NULL);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_nonnull (strstr (run->err, "1 resolution, 1 comment on a deleted section.\n"));
  g_assert_nonnull (strstr (run->err, "ada.syllabus.json, “2 B”, by Ada:\n    Add a case study.\n"));
  /* Copies are named by their base names, never their folders. */
  g_assert_null (strstr (run->err, f->dir));
  g_assert_null (strstr (run->out, "Add a case study."));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

#define ADD(path, func) \
  g_test_add ("/cli-review/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("summary/markdown", test_summary_markdown);
  ADD ("summary/html-file", test_summary_html_file);
  ADD ("summary/bad-usage", test_summary_bad_usage);
  ADD ("merge/stdout", test_merge_stdout);
  ADD ("merge/output-and-in-place", test_merge_output_and_in_place);
  ADD ("merge/bad-usage", test_merge_bad_usage);
  ADD ("merge/bad-copies", test_merge_bad_copies);
  ADD ("merge/orphan", test_merge_orphan);
#undef ADD

  return g_test_run ();
}
