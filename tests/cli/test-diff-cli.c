/* test-diff-cli.c: syllabus-cli diff and merge --base, and both under git
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "syl-json-reader.h"
#include "syl-test-util.h"

typedef struct
{
  char *dir;
  char *base;
  char *mine;
  char *theirs;
} Fixture;

static char *
write_document (Fixture     *f,
                const char  *name,
                SylDocument *document)
{
  char *path = g_build_filename (f->dir, name, NULL);
  g_autofree char *text = syl_test_serialize (document);

  syl_test_write_text (path, text);
  return path;
}

/* BASE is the sample; MINE renames 1.1 and THEIRS moves 1.2 into
 * chapter 2 and deletes 1.3. */
static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(SylDocument) base = syl_test_load_sample ();
  g_autofree char *text = syl_test_serialize (base);
  g_autoptr(SylDocument) mine = syl_test_parse (text);
  g_autoptr(SylDocument) theirs = syl_test_parse (text);
  SylNode *chapter = syl_node_get_child (syl_document_get_root (theirs), 0);

  f->dir = syl_test_make_temp_dir ("syl-test-diff-cli-XXXXXX");
  syl_document_set_string (mine, syl_node_get_child (syl_node_get_child (
                             syl_document_get_root (mine), 0), 0),
                           "title", "Mine", FALSE, NULL);
  g_assert_true (syl_document_move_node (theirs, syl_node_get_child (chapter, 1),
                                         syl_node_get_child (syl_document_get_root (theirs), 1),
                                         0, NULL));
  g_assert_true (syl_document_remove_nodes (theirs, (SylNode *[]) {
                                              syl_node_get_child (chapter, 1) }, 1, NULL));
  f->base = write_document (f, "base.syllabus.json", base);
  f->mine = write_document (f, "mine.syllabus.json", mine);
  f->theirs = write_document (f, "theirs.syllabus.json", theirs);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  syl_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->base);
  g_free (f->mine);
  g_free (f->theirs);
}

static void
test_diff_status (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(SylTestCli) same = syl_test_run_cli ("diff", f->base, f->base, NULL);
  g_autoptr(SylTestCli) differ = syl_test_run_cli ("diff", f->base, f->theirs, NULL);
  g_autoptr(SylTestCli) usage = syl_test_run_cli ("diff", f->base, NULL);
  g_autoptr(SylTestCli) copy = NULL;
  g_autofree char *copy_path = g_build_filename (f->dir, "copy.syllabus.json", NULL);
  g_autofree char *text = syl_test_read_text (f->base);

  /* One file twice is a wrong command line; a copy is the same. */
  g_assert_cmpint (same->status, ==, 2);
  syl_test_write_text (copy_path, text);
  copy = syl_test_run_cli ("diff", f->base, copy_path, NULL);
  g_assert_cmpint (copy->status, ==, 0);
  g_assert_cmpstr (copy->out, ==, "");

  g_assert_cmpint (differ->status, ==, 1);
  g_assert_cmpstr (differ->out, ==,
                   "1 AI 大模型的概念和特点\n"
                   "  1.3 大模型为什么能产生质变？: deleted\n"
                   "2 为什么是 chatGPT ?\n"
                   "  2.1 大模型带来了什么？: moved from 1.2 to 2.1 "
                   "(from “1 AI 大模型的概念和特点” to “2 为什么是 chatGPT ?”)\n");
  g_assert_cmpint (usage->status, ==, 2);
}

static void
test_diff_color (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(SylTestCli) always = syl_test_run_cli ("diff", "--color=always", f->base, f->mine,
                                                   NULL);
  g_autoptr(SylTestCli) never = syl_test_run_cli ("diff", "--color=never", f->base, f->mine,
                                                  NULL);
  g_autoptr(SylTestCli) piped = syl_test_run_cli ("diff", f->base, f->mine, NULL);
  g_autoptr(SylTestCli) wrong = syl_test_run_cli ("diff", "--color=pink", f->base, f->mine, NULL);

  g_assert_cmpint (always->status, ==, 1);
  g_assert_nonnull (strstr (always->out, "\033[33m1.1 Mine: renamed"));
  g_assert_null (strchr (never->out, '\033'));
  g_assert_cmpstr (never->out, ==, piped->out);
  g_assert_cmpint (wrong->status, ==, 2);
  g_assert_nonnull (strstr (wrong->err, "pink"));
}

static void
test_diff_json (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(SylTestCli) run = syl_test_run_cli ("diff", "--json", f->base, f->theirs, NULL);
  g_autoptr(JsonNode) root = syl_test_parse_json (run->out);
  JsonObject *object = json_node_get_object (root);
  JsonArray *changes = json_object_get_array_member (object, "changes");
  JsonObject *moved;

  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (json_object_get_string_member (object, "format"), ==, "syllabus-diff");
  g_assert_false (json_object_get_boolean_member (object, "same"));
  g_assert_cmpuint (json_array_get_length (changes), ==, 2);
  moved = json_array_get_object_element (changes, 1);
  g_assert_cmpstr (json_object_get_string_member (moved, "kind"), ==, "moved");
  g_assert_cmpstr (json_object_get_string_member (moved, "oldNumber"), ==, "1.2");
  g_assert_cmpint (json_object_get_int_member (moved, "newIndex"), ==, 0);
}

static void
test_bad_input (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *dup = g_build_filename (f->dir, "dup.syllabus.json", NULL);
  g_autofree char *junk = g_build_filename (f->dir, "junk.syllabus.json", NULL);
  g_autofree char *before = syl_test_read_text (f->mine);
  g_autofree char *after = NULL;
  g_autoptr(SylTestCli) diff = NULL;
  g_autoptr(SylTestCli) merge = NULL;
  g_autoptr(SylTestCli) missing = NULL;
  g_autoptr(SylTestCli) twice = NULL;

  syl_test_write_text (dup, SYL_TEST_JSON_HEAD ", \"children\": [{\"id\": \"a\", \"title\": \"A\"},"
                            " {\"id\": \"a\", \"title\": \"B\"}]}");
  syl_test_write_text (junk, "[1, 2");
  diff = syl_test_run_cli ("diff", f->base, dup, NULL);
  g_assert_cmpint (diff->status, ==, 2);
  g_assert_nonnull (strstr (diff->err, "duplicate ids"));

  merge = syl_test_run_cli ("merge", "--base", f->base, f->mine, junk, "--in-place", NULL);
  g_assert_cmpint (merge->status, ==, 2);
  missing = syl_test_run_cli ("merge", "--base", "/nonexistent.json", f->mine, f->theirs,
                              "--in-place", NULL);
  g_assert_cmpint (missing->status, ==, 2);
  twice = syl_test_run_cli ("merge", "--base", f->base, f->mine, f->mine, "--in-place", NULL);
  g_assert_cmpint (twice->status, ==, 2);
  after = syl_test_read_text (f->mine);
  g_assert_cmpstr (before, ==, after);
}

static void
test_merge_clean (Fixture       *f,
                  gconstpointer  data)
{
  g_autofree char *out = g_build_filename (f->dir, "out.syllabus.json", NULL);
  g_autoptr(SylTestCli) run = syl_test_run_cli ("merge", "--base", f->base, f->mine, f->theirs,
                                                "-o", out, NULL);
  g_autoptr(SylTestCli) check = NULL;

  g_assert_cmpint (run->status, ==, 0);
  g_assert_nonnull (strstr (run->err, "2 changes taken from the other side."));
  check = syl_test_run_cli ("diff", f->theirs, out, NULL);
  g_assert_cmpint (check->status, ==, 1);
  g_assert_cmpstr (check->out, ==, "1 AI 大模型的概念和特点\n  1.1 Mine: renamed "
                                   "“什么是“大模型、多模态”？” → “Mine”\n");
}

static void
test_merge_conflict (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(SylDocument) theirs = syl_test_load_path (f->mine);
  g_autoptr(SylTestCli) run = NULL;
  g_autoptr(SylDocument) merged = NULL;
  g_autoptr(SylAnnotation) note = NULL;
  SylNode *node;

  node = syl_node_get_child (syl_node_get_child (syl_document_get_root (theirs), 0), 0);
  syl_document_set_string (theirs, node, "title", "Theirs", FALSE, NULL);
  g_free (f->theirs);
  f->theirs = write_document (f, "theirs.syllabus.json", theirs);

  run = syl_test_run_cli ("merge", "--base", f->base, f->mine, f->theirs, "--in-place", NULL);
  g_assert_cmpint (run->status, ==, 1);
  g_assert_nonnull (strstr (run->err, "“Theirs”"));
  merged = syl_test_load_path (f->mine);
  node = syl_node_get_child (syl_node_get_child (syl_document_get_root (merged), 0), 0);
  g_assert_cmpstr (syl_node_get_title (node), ==, "Mine");
  note = g_list_model_get_item (syl_node_get_annotations (node), 0);
  g_assert_cmpstr (syl_annotation_get_author (note), ==, "Syllabus");
  g_assert_false (syl_annotation_get_resolved (note));
  /* In the course's language, whatever the desktop's: the sample is in
   * Chinese. */
  g_assert_cmpstr (syl_annotation_get_text (note), ==, "合并冲突：另一版本的标题为“Theirs”。");
}

/* Runs git in @dir with HOME and its configuration there, so that
 * nothing of the user's applies; returns its exit status. */
static int
git (const char  *dir,
     char       **output,
     const char  *first,
     ...)
{
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_auto(GStrv) env = g_get_environ ();
  g_autoptr(GError) error = NULL;
  g_autofree char *config = g_build_filename (dir, ".gitconfig-test", NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  int status = 0;
  va_list args;

  g_ptr_array_add (argv, "git");
  va_start (args, first);
  for (const char *arg = first; arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  env = g_environ_setenv (env, "HOME", dir, TRUE);
  env = g_environ_setenv (env, "GIT_CONFIG_GLOBAL", config, TRUE);
  env = g_environ_setenv (env, "GIT_CONFIG_NOSYSTEM", "1", TRUE);
  env = g_environ_setenv (env, "GIT_AUTHOR_NAME", "Ada", TRUE);
  env = g_environ_setenv (env, "GIT_AUTHOR_EMAIL", "ada@example.org", TRUE);
  env = g_environ_setenv (env, "GIT_COMMITTER_NAME", "Ada", TRUE);
  env = g_environ_setenv (env, "GIT_COMMITTER_EMAIL", "ada@example.org", TRUE);
  /* What git says goes nowhere near the test's own output, which is TAP. */
  g_spawn_sync (dir, (char **) argv->pdata, env, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (output != NULL)
    *output = g_steal_pointer (&out);
  return WIFEXITED (status) ? WEXITSTATUS (status) : -1;
}

static void
copy_file (const char *from,
           const char *to)
{
  g_autofree char *text = syl_test_read_text (from);

  syl_test_write_text (to, text);
}

/* Two branches restructure one outline; git merges them with the driver
 * of the README, and shows the result with its textconv. */
static void
test_git_merge (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *repo = g_build_filename (f->dir, "repo", NULL);
  g_autofree char *file = g_build_filename (repo, "course.syllabus.json", NULL);
  g_autofree char *attributes = g_build_filename (repo, ".gitattributes", NULL);
  g_autofree char *driver = g_strdup_printf ("%s merge --base %%O %%A %%B --in-place",
                                             g_getenv ("SYL_CLI"));
  g_autofree char *textconv = g_strdup_printf ("%s export --to text --annotations",
                                               g_getenv ("SYL_CLI"));
  g_autofree char *shown = NULL;
  g_autoptr(SylDocument) merged = NULL;
  g_autoptr(SylTestCli) check = NULL;
  g_autofree char *git_path = g_find_program_in_path ("git");
  SylNode *chapter;

  if (git_path == NULL)
    {
      g_test_skip ("git is not installed");
      return;
    }
  g_assert_no_errno (g_mkdir (repo, 0700));
  g_assert_cmpint (git (repo, NULL, "init", "-q", "-b", "main", NULL), ==, 0);
  g_assert_cmpint (git (repo, NULL, "config", "merge.syllabus.driver", driver, NULL), ==, 0);
  g_assert_cmpint (git (repo, NULL, "config", "diff.syllabus.textconv", textconv, NULL), ==, 0);
  syl_test_write_text (attributes, "*.syllabus.json merge=syllabus diff=syllabus\n");
  copy_file (f->base, file);
  g_assert_cmpint (git (repo, NULL, "add", ".", NULL), ==, 0);
  g_assert_cmpint (git (repo, NULL, "commit", "-qm", "base", NULL), ==, 0);

  g_assert_cmpint (git (repo, NULL, "checkout", "-qb", "theirs", NULL), ==, 0);
  copy_file (f->theirs, file);
  g_assert_cmpint (git (repo, NULL, "commit", "-qam", "theirs", NULL), ==, 0);
  g_assert_cmpint (git (repo, NULL, "checkout", "-q", "main", NULL), ==, 0);
  copy_file (f->mine, file);
  g_assert_cmpint (git (repo, NULL, "commit", "-qam", "mine", NULL), ==, 0);

  g_assert_cmpint (git (repo, NULL, "merge", "-q", "--no-edit", "theirs", NULL), ==, 0);
  merged = syl_test_load_path (file);
  chapter = syl_node_get_child (syl_document_get_root (merged), 0);
  g_assert_cmpstr (syl_node_get_title (syl_node_get_child (chapter, 0)), ==, "Mine");
  check = syl_test_run_cli ("diff", f->theirs, file, NULL);
  g_assert_cmpint (check->status, ==, 1);
  g_assert_null (strstr (check->out, "moved"));
  g_assert_null (strstr (check->out, "deleted"));

  g_assert_cmpint (git (repo, &shown, "diff", "HEAD~1", "HEAD", NULL), ==, 0);
  g_assert_nonnull (strstr (shown, "大模型带来了什么"));
  g_assert_null (strstr (shown, "\"id\""));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/diff-cli/status", Fixture, NULL, fixture_setup, test_diff_status, fixture_teardown);
  g_test_add ("/diff-cli/color", Fixture, NULL, fixture_setup, test_diff_color, fixture_teardown);
  g_test_add ("/diff-cli/json", Fixture, NULL, fixture_setup, test_diff_json, fixture_teardown);
  g_test_add ("/diff-cli/bad-input", Fixture, NULL, fixture_setup, test_bad_input,
              fixture_teardown);
  g_test_add ("/merge3-cli/clean", Fixture, NULL, fixture_setup, test_merge_clean,
              fixture_teardown);
  g_test_add ("/merge3-cli/conflict", Fixture, NULL, fixture_setup, test_merge_conflict,
              fixture_teardown);
  g_test_add ("/merge3-cli/git", Fixture, NULL, fixture_setup, test_git_merge, fixture_teardown);
  return g_test_run ();
}
