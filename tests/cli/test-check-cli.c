/* test-check-cli.c: syllabus-cli check: its lines, exit statuses,
 * --strict, --disable, the rules a file turns off, --json read back, and
 * its words in Chinese
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "syl-test-util.h"

/* A chapter over its time, a section without a title, and nothing else:
 * two errors. */
static const char errors_course[] =
  "{\"format\": \"syllabus\", \"version\": 1, \"title\": \"Algorithms\", \"children\": ["
  "  {\"id\": \"a\", \"title\": \"Sorting\", \"notes\": \"Why.\", \"duration_minutes\": 30,"
  "   \"children\": ["
  "    {\"id\": \"a1\", \"title\": \"\", \"notes\": \"Cards.\", \"duration_minutes\": 40}]}]}";

/* Clean but for one warning: an open comment. */
static const char warning_course[] =
  "{\"format\": \"syllabus\", \"version\": 1, \"title\": \"Algorithms\", \"children\": ["
  "  {\"id\": \"a\", \"title\": \"Sorting\", \"notes\": \"Why.\", \"annotations\": ["
  "    {\"id\": \"c1\", \"author\": \"Li\", \"created\": \"2026-11-28T09:30:00Z\","
  "     \"text\": \"Shorter?\"}]}]}";

/* The sample, with rules turned off in the file, one of them unknown. */
static const char *
disabled_member (void)
{
  return ",\n  \"check\": {\"disabled\": [\"empty-section\", \"future-rule\"]}";
}

typedef struct
{
  char *dir;
} Files;

static char *
write_file (Files      *files,
            const char *name,
            const char *text)
{
  char *path;

  if (files->dir == NULL)
    files->dir = syl_test_make_temp_dir ("syl-test-check-cli-XXXXXX");
  path = g_build_filename (files->dir, name, NULL);
  syl_test_write_text (path, text);
  return path;
}

static void
files_clear (Files *files)
{
  if (files->dir != NULL)
    syl_test_remove_tree (files->dir);
  g_free (files->dir);
}

static guint
count_lines (const char *text)
{
  guint n = 0;

  for (const char *p = text; (p = strchr (p, '\n')) != NULL; p++)
    n++;
  return n;
}

static void
test_sample (void)
{
  g_autofree char *sample = syl_test_sample_path ();
  g_autoptr(SylTestCli) run = syl_test_run_cli ("check", sample, NULL);
  g_autofree char *first = g_strdup_printf ("%s: 1 AI 大模型的概念和特点: warning: 23 empty "
                                            "sections: no notes, objectives, examples or "
                                            "subsections [empty-section]\n", sample);
  g_autofree char *last = g_strdup_printf ("\n%s: 6 总结: warning: empty: no notes, objectives, "
                                           "examples or subsections [empty-section]\n", sample);

  /* Warnings alone: success. */
  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->err, ==, "");
  g_assert_cmpuint (count_lines (run->out), ==, 15);
  g_assert_true (g_str_has_prefix (run->out, first));
  g_assert_true (g_str_has_suffix (run->out, last));
}

static void
test_errors (void)
{
  Files files = { NULL };
  g_autofree char *path = write_file (&files, "errors.syllabus.json", errors_course);
  g_autoptr(SylTestCli) run = syl_test_run_cli ("check", path, NULL);
  g_autofree char *want = g_strdup_printf (
    "%s: 1 Sorting: error: its parts take 40 min, 10 min over its own 30 min [over-target]\n"
    "%s: 1.1: error: no title [empty-title]\n", path, path);

  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (run->out, ==, want);
  g_assert_cmpstr (run->err, ==, "");
  files_clear (&files);
}

static void
test_strict (void)
{
  Files files = { NULL };
  g_autofree char *warned = write_file (&files, "warned.syllabus.json", warning_course);
  g_autoptr(SylTestCli) lenient = syl_test_run_cli ("check", warned, NULL);
  g_autoptr(SylTestCli) strict = syl_test_run_cli ("check", "--strict", warned, NULL);
  g_autoptr(SylTestCli) clean = syl_test_run_cli ("check", "--strict", "--disable",
                                                  "open-comments", warned, NULL);
  g_autofree char *want = g_strdup_printf ("%s: 1 Sorting: warning: 1 open comment "
                                           "[open-comments]\n", warned);

  g_assert_cmpint (lenient->status, ==, 0);
  g_assert_cmpstr (lenient->out, ==, want);
  g_assert_cmpint (strict->status, ==, 1);
  g_assert_cmpstr (strict->out, ==, want);
  /* Nothing to say: nothing printed. */
  g_assert_cmpint (clean->status, ==, 0);
  g_assert_cmpstr (clean->out, ==, "");
  g_assert_cmpstr (clean->err, ==, "");
  files_clear (&files);
}

static void
test_disable (void)
{
  g_autofree char *sample = syl_test_sample_path ();
  g_autoptr(SylTestCli) some = syl_test_run_cli ("check", "--disable", "empty-section",
                                                 "--disable", "example-without-notes",
                                                 sample, NULL);
  g_autoptr(SylTestCli) wrong = syl_test_run_cli ("check", "--disable", "empty-sections",
                                                  sample, NULL);

  g_assert_cmpint (some->status, ==, 0);
  g_assert_cmpuint (count_lines (some->out), ==, 4);
  g_assert_null (strstr (some->out, "[empty-section]"));
  g_assert_null (strstr (some->out, "[example-without-notes]"));

  g_assert_cmpint (wrong->status, ==, 2);
  g_assert_cmpstr (wrong->out, ==, "");
  g_assert_cmpstr (wrong->err, ==,
                   "syllabus-cli check: unknown rule “empty-sections”; the rules are "
                   "over-target, empty-title, missing-duration, empty-section, duplicate-title, "
                   "discussion-without-notes, example-without-notes, missing-objectives, "
                   "open-comments\n");
}

/* The rules the file turns off stay off; a name it does not know is
 * said, and changes nothing. */
static void
test_file_disabled (void)
{
  Files files = { NULL };
  g_autofree char *sample = syl_test_sample_path ();
  g_autofree char *text = syl_test_read_text (sample);
  g_autofree char *head = g_strndup (text, strstr (text, ",\n  \"children\"") - text);
  g_autofree char *edited = g_strconcat (head, disabled_member (),
                                         strstr (text, ",\n  \"children\""), NULL);
  g_autofree char *path = write_file (&files, "course.syllabus.json", edited);
  g_autoptr(SylTestCli) run = syl_test_run_cli ("check", path, NULL);
  g_autofree char *warning = g_strdup_printf ("%s: warning: check.disabled: unknown rule "
                                              "“future-rule”; it turns nothing off\n", path);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->err, ==, warning);
  g_assert_cmpuint (count_lines (run->out), ==, 9);
  g_assert_null (strstr (run->out, "[empty-section]"));
  files_clear (&files);
}

/* Each file is checked; one that cannot be read fails the run, after the
 * others' findings. */
static void
test_files (void)
{
  Files files = { NULL };
  g_autofree char *warned = write_file (&files, "warned.syllabus.json", warning_course);
  g_autofree char *broken = write_file (&files, "broken.syllabus.json", "{\"format\": ");
  g_autofree char *missing = g_build_filename (files.dir, "missing.syllabus.json", NULL);
  g_autoptr(SylTestCli) run = syl_test_run_cli ("check", warned, broken, missing, NULL);
  g_autoptr(SylTestCli) none = syl_test_run_cli ("check", NULL);

  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpuint (count_lines (run->out), ==, 1);
  g_assert_nonnull (strstr (run->err, broken));
  g_assert_nonnull (strstr (run->err, missing));
  g_assert_cmpint (none->status, ==, 2);
  files_clear (&files);
}

static JsonArray *
parse_array (const char *text)
{
  g_autoptr(JsonNode) root = syl_test_parse_json (text);

  g_assert_true (JSON_NODE_HOLDS_ARRAY (root));
  return json_array_ref (json_node_get_array (root));
}

/* --json: one object per finding, in the shape the README gives. */
static void
test_json (void)
{
  Files files = { NULL };
  g_autofree char *sample = syl_test_sample_path ();
  g_autofree char *over = write_file (&files, "over.syllabus.json",
                                      "{\"format\": \"syllabus\", \"version\": 1, "
                                      "\"title\": \"Algorithms\", \"target_minutes\": 10, "
                                      "\"children\": [{\"id\": \"a\", \"title\": \"Sorting\", "
                                      "\"notes\": \"Why.\", \"duration_minutes\": 20}]}");
  g_autoptr(SylTestCli) run = syl_test_run_cli ("check", "--json", sample, over, NULL);
  g_autoptr(SylTestCli) empty = syl_test_run_cli ("check", "--json", "--disable", "over-target",
                                                  over, NULL);
  g_autoptr(JsonArray) findings = NULL;
  g_autoptr(JsonArray) none = NULL;
  JsonObject *first;
  JsonObject *course;
  JsonArray *nodes;

  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (run->err, ==, "");
  findings = parse_array (run->out);
  g_assert_cmpuint (json_array_get_length (findings), ==, 16);

  first = json_array_get_object_element (findings, 0);
  g_assert_cmpuint (json_object_get_size (first), ==, 8);
  g_assert_cmpstr (json_object_get_string_member (first, "file"), ==, sample);
  g_assert_cmpstr (json_object_get_string_member (first, "rule"), ==, "empty-section");
  g_assert_cmpstr (json_object_get_string_member (first, "severity"), ==, "warning");
  g_assert_cmpstr (json_object_get_string_member (first, "number"), ==, "1");
  g_assert_cmpstr (json_object_get_string_member (first, "title"), ==, "AI 大模型的概念和特点");
  g_assert_cmpstr (json_object_get_string_member (first, "message"), ==,
                   "23 empty sections: no notes, objectives, examples or subsections");
  g_assert_cmpuint (strlen (json_object_get_string_member (first, "node")), ==, 16);
  nodes = json_object_get_array_member (first, "nodes");
  g_assert_cmpuint (json_array_get_length (nodes), ==, 23);

  /* The course's own finding names no node. */
  course = json_array_get_object_element (findings, 15);
  g_assert_cmpstr (json_object_get_string_member (course, "file"), ==, over);
  g_assert_cmpstr (json_object_get_string_member (course, "rule"), ==, "over-target");
  g_assert_cmpstr (json_object_get_string_member (course, "severity"), ==, "error");
  g_assert_true (json_object_get_null_member (course, "node"));
  g_assert_cmpstr (json_object_get_string_member (course, "number"), ==, "");
  g_assert_cmpstr (json_object_get_string_member (course, "title"), ==, "Algorithms");
  g_assert_cmpstr (json_object_get_string_member (course, "message"), ==,
                   "takes 20 min, 10 min over its target of 10 min");
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (course, "nodes")), ==, 0);

  /* Nothing found is an empty array, still JSON. */
  g_assert_cmpint (empty->status, ==, 0);
  none = parse_array (empty->out);
  g_assert_cmpuint (json_array_get_length (none), ==, 0);
  files_clear (&files);
}

/* On a Chinese desktop the words are Chinese, the rule names not. */
static void
test_chinese (void)
{
  Files files = { NULL };
  g_autofree char *path = write_file (&files, "errors.syllabus.json", errors_course);
  g_autofree char *language = g_strdup (g_getenv ("LANGUAGE"));
  g_autofree char *lc_all = g_strdup (g_getenv ("LC_ALL"));
  g_autoptr(SylTestCli) run = NULL;
  g_autofree char *want = NULL;

  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  g_setenv ("LC_ALL", "C.UTF-8", TRUE);
  g_unsetenv ("SYL_LOCALE_DIR");
  run = syl_test_run_cli ("check", path, NULL);
  if (language != NULL)
    g_setenv ("LANGUAGE", language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  g_setenv ("LC_ALL", lc_all != NULL ? lc_all : "C.UTF-8", TRUE);

  want = g_strdup_printf ("%s: 1 Sorting: 错误：其子项共需 40 分钟，超出 10 分钟（自身时长为 "
                          "30 分钟） [over-target]\n"
                          "%s: 1.1: 错误：没有标题 [empty-title]\n", path, path);
  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (run->out, ==, want);
  files_clear (&files);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/check-cli/sample", test_sample);
  g_test_add_func ("/check-cli/errors", test_errors);
  g_test_add_func ("/check-cli/strict", test_strict);
  g_test_add_func ("/check-cli/disable", test_disable);
  g_test_add_func ("/check-cli/file-disabled", test_file_disabled);
  g_test_add_func ("/check-cli/files", test_files);
  g_test_add_func ("/check-cli/json", test_json);
  g_test_add_func ("/check-cli/chinese", test_chinese);

  return g_test_run ();
}
