/* test-cli.c: syllabus-cli, run as a user would
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <json-glib/json-glib.h>
#include <string.h>
#include <utime.h>

#include "syl-test-util.h"

#define OUTLINE_NAME "outline.syllabus.json"

/* 2001-01-01T00:00:00Z: a time stamp no file written by a test can have. */
#define OLD_MTIME 978307200

/* Fixtures and files. */

/* The only file left in @dir is @name: no temporary files. */
static void
assert_only_file (const char *dir,
                  const char *name)
{
  g_autoptr(GPtrArray) names = syl_test_list_names (dir, NULL);

  g_assert_cmpuint (names->len, ==, 1);
  g_assert_cmpstr (g_ptr_array_index (names, 0), ==, name);
}

/* The text of fixture @name's .expected file in @subdir. */
static char *
read_expected (const char *subdir,
               const char *name)
{
  g_autofree char *stem = g_strndup (name, strlen (name) - strlen (".json"));
  g_autofree char *expected_name = g_strconcat (stem, ".expected", NULL);
  g_autofree char *path = syl_test_data_path (subdir, expected_name, NULL);

  return syl_test_read_text (path);
}

/* The first line of the .expected file, with its newline. */
static char *
read_expected_first_line (const char *subdir,
                          const char *name)
{
  g_autofree char *text = read_expected (subdir, name);
  char *newline = strchr (text, '\n');

  g_assert_nonnull (newline);
  return g_strndup (text, newline + 1 - text);
}

static JsonObject *
parse_object (const char *text,
              JsonNode  **root)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  *root = json_node_copy (json_parser_get_root (parser));
  g_assert_true (JSON_NODE_HOLDS_OBJECT (*root));
  return json_node_get_object (*root);
}

/* The command line. */

static void
test_version (void)
{
  g_autoptr(SylTestCli) run = syl_test_run_cli ("--version", NULL);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->out, ==, "syllabus-cli " PACKAGE_VERSION "\n");
  g_assert_cmpstr (run->err, ==, "");
}

static void
test_help (void)
{
  const char * const commands[] = { "validate", "outline", "stats", "format" };
  g_autoptr(SylTestCli) run = syl_test_run_cli ("--help", NULL);
  const char *listing;

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->err, ==, "");

  /* Each command on its own line of the command list, with a summary. */
  listing = strstr (run->out, "\nCommands:\n");
  g_assert_nonnull (listing);
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autofree char *line = g_strdup_printf ("\n  %-10s ", commands[i]);

      g_assert_nonnull (strstr (listing, line));
    }
}

static void
test_no_arguments (void)
{
  g_autoptr(SylTestCli) run = syl_test_run_cli_argv ((const char * const[]) { NULL });

  g_assert_cmpint (run->status, ==, 2);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_nonnull (strstr (run->err, "Usage:"));
}

static void
test_unknown_command (void)
{
  g_autoptr(SylTestCli) run = syl_test_run_cli ("frobnicate", "x.json", NULL);

  g_assert_cmpint (run->status, ==, 2);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_nonnull (strstr (run->err, "“frobnicate”"));
}

static void
test_validate_no_file (void)
{
  g_autoptr(SylTestCli) run = syl_test_run_cli ("validate", NULL);

  g_assert_cmpint (run->status, ==, 2);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_cmpstr (run->err, !=, "");
}

/* validate */

static void
test_validate_sample (void)
{
  g_autofree char *sample = syl_test_sample_path ();
  g_autoptr(SylTestCli) run = syl_test_run_cli ("validate", sample, NULL);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_cmpstr (run->err, ==, "");
}

/* All bad fixtures in one run, by relative names as a user types them:
 * every file gets exactly its line, in order. */
static void
test_validate_bad_fixtures (void)
{
  g_autofree char *dir = syl_test_data_path ("bad", NULL);
  g_autoptr(GPtrArray) names = syl_test_list_names (dir, ".json");
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autoptr(SylTestCli) run = NULL;

  g_assert_cmpuint (names->len, >, 1);
  g_ptr_array_add (args, "validate");
  for (guint i = 0; i < names->len; i++)
    {
      g_autofree char *line = read_expected_first_line ("bad", g_ptr_array_index (names, i));

      g_ptr_array_add (args, g_ptr_array_index (names, i));
      g_string_append (expected, line);
    }
  g_ptr_array_add (args, NULL);

  run = syl_test_run_cli_full (dir, -1, SYL_TEST_CLI_TEXT, (const char * const *) args->pdata);
  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_cmpstr (run->err, ==, expected->str);
}

static void
test_validate_missing_file (void)
{
  g_autofree char *dir = syl_test_make_temp_dir ("syl-test-cli-XXXXXX");
  g_autoptr(SylTestCli) run = syl_test_run_cli_in (dir, "validate", "no-such-outline.syllabus.json",
                                                   NULL);

  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_true (g_str_has_prefix (run->err, "no-such-outline.syllabus.json: "));
  /* Exactly one line, not a usage text. */
  g_assert_true (strchr (run->err, '\n') == run->err + strlen (run->err) - 1);
  syl_test_remove_tree (dir);
}

/* A valid file after an invalid one must not reset the exit status. */
static void
test_validate_mixed (void)
{
  g_autofree char *dir = syl_test_data_path ("bad", NULL);
  g_autofree char *sample = syl_test_sample_path ();
  g_autofree char *expected = read_expected_first_line ("bad", "kind-unknown.json");
  g_autoptr(SylTestCli) run = syl_test_run_cli_in (dir, "validate", "kind-unknown.json", sample,
                                                   NULL);
  g_autoptr(SylTestCli) reversed = syl_test_run_cli_in (dir, "validate", sample, "kind-unknown.json",
                                                        NULL);

  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_cmpstr (run->err, ==, expected);
  g_assert_cmpint (reversed->status, ==, 1);
  g_assert_cmpstr (reversed->err, ==, expected);
}

/* The warn fixtures as validate reports them: "FILE: warning: …". */
static char *
expected_warnings (GPtrArray *names)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *expected = read_expected ("warn", name);
      g_autofree char *prefix = g_strconcat (name, ": ", NULL);
      g_auto(GStrv) lines = g_strsplit (expected, "\n", -1);

      for (guint j = 0; lines[j] != NULL && lines[j][0] != '\0'; j++)
        {
          g_assert_true (g_str_has_prefix (lines[j], prefix));
          g_string_append_printf (text, "%swarning: %s\n", prefix, lines[j] + strlen (prefix));
        }
    }
  return g_string_free (text, FALSE);
}

static void
assert_validate_warnings (gboolean strict)
{
  g_autofree char *dir = syl_test_data_path ("warn", NULL);
  g_autoptr(GPtrArray) names = syl_test_list_names (dir, ".json");
  g_autoptr(GPtrArray) args = g_ptr_array_new ();
  g_autofree char *expected = expected_warnings (names);
  g_autoptr(SylTestCli) run = NULL;

  g_ptr_array_add (args, "validate");
  if (strict)
    g_ptr_array_add (args, "--strict");
  for (guint i = 0; i < names->len; i++)
    g_ptr_array_add (args, g_ptr_array_index (names, i));
  g_ptr_array_add (args, NULL);

  run = syl_test_run_cli_full (dir, -1, SYL_TEST_CLI_TEXT, (const char * const *) args->pdata);
  g_assert_cmpint (run->status, ==, strict ? 1 : 0);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_cmpstr (run->err, ==, expected);
}

static void
test_validate_warnings (void)
{
  assert_validate_warnings (FALSE);
}

/* Every command that reads an outline says what loading repaired, the
 * same way, whatever it prints on the standard output. */
static void
test_warnings_everywhere (void)
{
  g_autofree char *dir = syl_test_data_path ("warn", NULL);
  g_autoptr(GPtrArray) names = g_ptr_array_new ();
  g_autofree char *expected = NULL;
  const char *commands[][4] = {
    { "outline", NULL },
    { "stats", NULL },
    { "stats", "--json", NULL },
    { "export", "--to", "text", NULL },
    { "review-summary", NULL },
  };

  g_ptr_array_add (names, (gpointer) "warn-duplicate-node-id.json");
  expected = expected_warnings (names);
  g_assert_cmpstr (expected, !=, "");

  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    {
      g_autoptr(GPtrArray) args = g_ptr_array_new ();
      g_autoptr(SylTestCli) run = NULL;

      for (guint j = 0; commands[i][j] != NULL; j++)
        g_ptr_array_add (args, (gpointer) commands[i][j]);
      g_ptr_array_add (args, (gpointer) "warn-duplicate-node-id.json");
      g_ptr_array_add (args, NULL);
      run = syl_test_run_cli_full (dir, -1, SYL_TEST_CLI_TEXT, (const char * const *) args->pdata);

      g_test_message ("syllabus-cli %s", commands[i][0]);
      g_assert_cmpint (run->status, ==, 0);
      g_assert_cmpstr (run->out, !=, "");
      g_assert_cmpstr (run->err, ==, expected);
    }
}

static void
test_validate_strict (void)
{
  g_autofree char *sample = syl_test_sample_path ();
  g_autoptr(SylTestCli) clean = syl_test_run_cli ("validate", "--strict", sample, NULL);

  assert_validate_warnings (TRUE);
  /* --strict fails files with warnings, not all files. */
  g_assert_cmpint (clean->status, ==, 0);
  g_assert_cmpstr (clean->err, ==, "");
}

/* outline */

static void
test_outline_sample (void)
{
  g_autofree char *sample = syl_test_sample_path ();
  g_autofree char *expected_path = syl_test_data_path ("ai-enterprise-course.outline.txt", NULL);
  g_autofree char *expected = syl_test_read_text (expected_path);
  g_autoptr(SylTestCli) run = syl_test_run_cli ("outline", sample, NULL);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->out, ==, expected);
  g_assert_cmpstr (run->err, ==, "");
}

static void
test_outline_bad (void)
{
  g_autofree char *dir = syl_test_data_path ("bad", NULL);
  g_autofree char *expected = read_expected_first_line ("bad", "type-node-title-number.json");
  g_autoptr(SylTestCli) run = syl_test_run_cli_in (dir, "outline", "type-node-title-number.json",
                                                   NULL);

  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_cmpstr (run->err, ==, expected);
}

/* stats */

static void
test_stats_sample_text (void)
{
  g_autofree char *sample = syl_test_sample_path ();
  g_autoptr(SylTestCli) run = syl_test_run_cli ("stats", sample, NULL);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->err, ==, "");
  g_assert_true (g_str_has_prefix (run->out, "Nodes: 155\n"
                                             "  Level 1: 6\n"
                                             "  Level 2: 42\n"
                                             "  Level 3: 107\n"));
  g_assert_nonnull (strstr (run->out, "\nSections: 145, discussions: 5, examples: 5\n"));
  g_assert_nonnull (strstr (run->out, "\nDuration: none set\n"));
}

static void
test_stats_sample_json (void)
{
  const gint64 levels[] = { 6, 42, 107 };
  g_autofree char *sample = syl_test_sample_path ();
  g_autoptr(SylTestCli) run = syl_test_run_cli ("stats", "--json", sample, NULL);
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  g_autoptr(JsonNode) root = NULL;
  JsonObject *stats;
  JsonObject *kinds;
  JsonArray *levels_array;

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->err, ==, "");
  stats = parse_object (run->out, &root);

  g_assert_cmpint (json_object_get_int_member (stats, "nodes"), ==, 155);
  g_assert_cmpint (syl_document_get_n_nodes (document), ==, 155);

  levels_array = json_object_get_array_member (stats, "levels");
  g_assert_cmpuint (json_array_get_length (levels_array), ==, G_N_ELEMENTS (levels));
  for (guint i = 0; i < G_N_ELEMENTS (levels); i++)
    g_assert_cmpint (json_array_get_int_element (levels_array, i), ==, levels[i]);

  kinds = json_object_get_object_member (stats, "kinds");
  g_assert_cmpint (json_object_get_int_member (kinds, "section"), ==, 145);
  g_assert_cmpint (json_object_get_int_member (kinds, "discussion"), ==, 5);
  g_assert_cmpint (json_object_get_int_member (kinds, "example"), ==, 5);
  g_assert_cmpint (json_object_get_int_member (stats, "optional"), ==, 1);
  g_assert_true (json_object_get_null_member (stats, "duration_minutes"));
}

/* What the stats of an outline should be, computed from its JSON. */
typedef struct
{
  guint nodes_with_duration;
  guint open;
  guint resolved;
  guint replies;
} ExpectedStats;

/* The length of an array member, 0 when it is missing, as the format
 * defaults it. */
static guint
array_member_length (JsonObject *object,
                     const char *name)
{
  if (!json_object_has_member (object, name))
    return 0;
  return json_array_get_length (json_object_get_array_member (object, name));
}

static void
count_annotations (JsonObject    *node,
                   ExpectedStats *expected)
{
  guint n = array_member_length (node, "annotations");

  for (guint i = 0; i < n; i++)
    {
      JsonArray *annotations = json_object_get_array_member (node, "annotations");
      JsonObject *annotation = json_array_get_object_element (annotations, i);

      if (json_object_get_boolean_member (annotation, "resolved"))
        expected->resolved++;
      else
        expected->open++;
      expected->replies += array_member_length (annotation, "replies");
    }
}

/* A node takes its own duration, or else the sum of its children's;
 * -1 when nothing below it has one (see src/cli/syl-cli-stats.c).
 * @object is a node, or the top level when @is_node is FALSE. */
static gint64
rolled_up_minutes (JsonObject    *object,
                   gboolean       is_node,
                   ExpectedStats *expected)
{
  guint n = array_member_length (object, "children");
  gint64 own = -1;
  gint64 total = -1;

  if (is_node)
    {
      if (json_object_has_member (object, "duration_minutes") &&
          !json_object_get_null_member (object, "duration_minutes"))
        {
          own = json_object_get_int_member (object, "duration_minutes");
          expected->nodes_with_duration++;
        }
      count_annotations (object, expected);
    }

  /* Children are walked even under a node with its own duration, so
   * that every annotation and duration is counted. */
  for (guint i = 0; i < n; i++)
    {
      JsonArray *children = json_object_get_array_member (object, "children");
      gint64 child = rolled_up_minutes (json_array_get_object_element (children, i), TRUE,
                                        expected);

      if (child >= 0)
        total = MAX (total, 0) + child;
    }
  return own >= 0 ? own : total;
}

static void
assert_stats_match_file (const char *path,
                         gint64      expected_total,
                         guint       expected_with_duration)
{
  g_autofree char *contents = syl_test_read_text (path);
  g_autoptr(SylTestCli) run = syl_test_run_cli ("stats", "--json", path, NULL);
  g_autoptr(JsonNode) file_root = NULL;
  g_autoptr(JsonNode) stats_root = NULL;
  JsonObject *file = parse_object (contents, &file_root);
  JsonObject *stats;
  JsonObject *annotations;
  ExpectedStats expected = { 0 };
  gint64 total = rolled_up_minutes (file, FALSE, &expected);

  /* The walk above agrees with what the test's author worked out. */
  g_assert_cmpint (total, ==, expected_total);
  g_assert_cmpuint (expected.nodes_with_duration, ==, expected_with_duration);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->err, ==, "");
  stats = parse_object (run->out, &stats_root);
  g_assert_cmpint (json_object_get_int_member (stats, "duration_minutes"), ==, total);
  g_assert_cmpint (json_object_get_int_member (stats, "nodes_with_duration"), ==,
                   expected.nodes_with_duration);
  annotations = json_object_get_object_member (stats, "annotations");
  g_assert_cmpint (json_object_get_int_member (annotations, "open"), ==, expected.open);
  g_assert_cmpint (json_object_get_int_member (annotations, "resolved"), ==, expected.resolved);
  g_assert_cmpint (json_object_get_int_member (annotations, "replies"), ==, expected.replies);
}

static void
test_stats_full (void)
{
  g_autofree char *path = syl_test_data_path ("valid", "full.syllabus.json", NULL);
  g_autoptr(SylTestCli) run = syl_test_run_cli ("stats", path, NULL);

  /* Chapter 1 has 90 minutes of its own, which win over its children's
   * 45 + 0; chapter 2 has none. */
  assert_stats_match_file (path, 90, 3);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_nonnull (strstr (run->out, "\nDuration: 1 h 30 min (3 nodes with a duration)\n"));
  g_assert_nonnull (strstr (run->out, "\nTarget: 12 h\n"));
  g_assert_nonnull (strstr (run->out, "\nComments: 1 open, 1 resolved, 2 replies\n"));
}

/* A chapter without a duration takes its children's sum, down through a
 * section that has none either. */
static void
test_stats_roll_up (void)
{
  const char *text =
    "{\"format\": \"syllabus\", \"version\": 1, \"children\": ["
    "  {\"id\": \"a\", \"children\": ["
    "    {\"id\": \"a1\", \"duration_minutes\": 30},"
    "    {\"id\": \"a2\", \"duration_minutes\": 40},"
    "    {\"id\": \"a3\", \"children\": [{\"id\": \"a3a\", \"duration_minutes\": 5}]}]},"
    "  {\"id\": \"b\", \"duration_minutes\": 10, \"children\": ["
    "    {\"id\": \"b1\", \"duration_minutes\": 100}]},"
    "  {\"id\": \"c\", \"duration_minutes\": null}]}";
  g_autofree char *dir = syl_test_make_temp_dir ("syl-test-cli-XXXXXX");
  g_autofree char *path = g_build_filename (dir, OUTLINE_NAME, NULL);
  g_autoptr(SylTestCli) run = NULL;

  syl_test_write_text (path, text);
  /* a: 30 + 40 + 5; b: its own 10. */
  assert_stats_match_file (path, 85, 5);

  run = syl_test_run_cli ("stats", path, NULL);
  g_assert_cmpint (run->status, ==, 0);
  g_assert_nonnull (strstr (run->out, "\nDuration: 1 h 25 min (5 nodes with a duration)\n"));
  syl_test_remove_tree (dir);
}

/* format */

/* The sample re-indented with four spaces by another JSON writer: the
 * same outline, not in canonical form. */
static char *
reindented_sample (void)
{
  g_autofree char *path = syl_test_sample_path ();
  g_autofree char *canonical = syl_test_read_text (path);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  char *text;

  parse_object (canonical, &root);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 4);
  text = json_generator_to_data (generator, NULL);
  g_assert_cmpstr (text, !=, canonical);
  g_assert_nonnull (strstr (text, "\n    \"format\""));
  return text;
}

static void
get_mtime_and_inode (const char *path,
                     gint64     *mtime,
                     guint64    *inode)
{
  GStatBuf st;

  g_assert_no_errno (g_stat (path, &st));
  *mtime = st.st_mtime;
  *inode = st.st_ino;
}

static void
set_old_mtime (const char *path)
{
  struct utimbuf times = { OLD_MTIME, OLD_MTIME };

  g_assert_no_errno (g_utime (path, &times));
}

static void
test_format_non_canonical (void)
{
  g_autofree char *dir = syl_test_make_temp_dir ("syl-test-cli-XXXXXX");
  g_autofree char *path = g_build_filename (dir, OUTLINE_NAME, NULL);
  g_autofree char *sample = syl_test_sample_path ();
  g_autofree char *canonical = syl_test_read_text (sample);
  g_autofree char *reindented = reindented_sample ();
  g_autofree char *after = NULL;
  g_autoptr(SylTestCli) run = NULL;

  syl_test_write_text (path, reindented);
  run = syl_test_run_cli_in (dir, "format", OUTLINE_NAME, NULL);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_cmpstr (run->err, ==, "");
  after = syl_test_read_text (path);
  g_assert_cmpstr (after, ==, canonical);
  assert_only_file (dir, OUTLINE_NAME);
  syl_test_remove_tree (dir);
}

/* A canonical file is not rewritten: not even its time stamp changes. */
static void
test_format_canonical_untouched (void)
{
  g_autofree char *dir = syl_test_make_temp_dir ("syl-test-cli-XXXXXX");
  g_autofree char *path = g_build_filename (dir, OUTLINE_NAME, NULL);
  g_autofree char *sample = syl_test_sample_path ();
  g_autofree char *canonical = syl_test_read_text (sample);
  g_autofree char *after = NULL;
  g_autoptr(SylTestCli) run = NULL;
  g_autoptr(SylTestCli) check = NULL;
  gint64 mtime;
  guint64 inode, inode_after;

  syl_test_write_text (path, canonical);
  set_old_mtime (path);
  get_mtime_and_inode (path, &mtime, &inode);
  g_assert_cmpint (mtime, ==, OLD_MTIME);

  run = syl_test_run_cli_in (dir, "format", OUTLINE_NAME, NULL);
  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->err, ==, "");
  check = syl_test_run_cli_in (dir, "format", "--check", OUTLINE_NAME, NULL);
  g_assert_cmpint (check->status, ==, 0);
  g_assert_cmpstr (check->err, ==, "");

  get_mtime_and_inode (path, &mtime, &inode_after);
  g_assert_cmpint (mtime, ==, OLD_MTIME);
  g_assert_cmpuint (inode_after, ==, inode);
  after = syl_test_read_text (path);
  g_assert_cmpstr (after, ==, canonical);
  assert_only_file (dir, OUTLINE_NAME);
  syl_test_remove_tree (dir);
}

static void
test_format_check (void)
{
  g_autofree char *dir = syl_test_make_temp_dir ("syl-test-cli-XXXXXX");
  g_autofree char *path = g_build_filename (dir, OUTLINE_NAME, NULL);
  g_autofree char *reindented = reindented_sample ();
  g_autofree char *after = NULL;
  g_autoptr(SylTestCli) run = NULL;
  gint64 mtime;
  guint64 inode;

  syl_test_write_text (path, reindented);
  set_old_mtime (path);
  run = syl_test_run_cli_in (dir, "format", "--check", OUTLINE_NAME, NULL);

  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_cmpstr (run->err, ==, OUTLINE_NAME ": not in canonical form\n");
  after = syl_test_read_text (path);
  g_assert_cmpstr (after, ==, reindented);
  get_mtime_and_inode (path, &mtime, &inode);
  g_assert_cmpint (mtime, ==, OLD_MTIME);
  assert_only_file (dir, OUTLINE_NAME);
  syl_test_remove_tree (dir);
}

static void
test_format_invalid (void)
{
  const char *name = "syntax-trailing-comma-object.json";
  g_autofree char *dir = syl_test_make_temp_dir ("syl-test-cli-XXXXXX");
  g_autofree char *path = g_build_filename (dir, name, NULL);
  g_autofree char *fixture = syl_test_data_path ("bad", name, NULL);
  g_autofree char *invalid = syl_test_read_text (fixture);
  g_autofree char *expected = read_expected_first_line ("bad", name);
  g_autofree char *after = NULL;
  g_autoptr(SylTestCli) run = NULL;

  syl_test_write_text (path, invalid);
  run = syl_test_run_cli_in (dir, "format", name, NULL);

  g_assert_cmpint (run->status, ==, 1);
  g_assert_cmpstr (run->out, ==, "");
  g_assert_cmpstr (run->err, ==, expected);
  after = syl_test_read_text (path);
  g_assert_cmpstr (after, ==, invalid);
  assert_only_file (dir, name);
  syl_test_remove_tree (dir);
}

/* Run from the build folder, with nothing installed, on a Chinese desktop,
 * the tool speaks Chinese: it reads the catalogue the build made. */
static void
test_chinese_uninstalled (void)
{
  g_autoptr(SylTestCli) run = NULL;
  g_autofree char *language = g_strdup (g_getenv ("LANGUAGE"));
  g_autofree char *lc_all = g_strdup (g_getenv ("LC_ALL"));

  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  g_setenv ("LC_ALL", "zh_CN.UTF-8", TRUE);
  g_unsetenv ("SYL_LOCALE_DIR");
  run = syl_test_run_cli ("--help", NULL);
  if (language != NULL)
    g_setenv ("LANGUAGE", language, TRUE);
  else
    g_unsetenv ("LANGUAGE");
  g_setenv ("LC_ALL", lc_all != NULL ? lc_all : "C.UTF-8", TRUE);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_nonnull (strstr (run->out, "用法："));
  g_assert_null (strstr (run->out, "Usage:"));
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/cli/version", test_version);
  g_test_add_func ("/cli/help", test_help);
  g_test_add_func ("/cli/chinese-uninstalled", test_chinese_uninstalled);
  g_test_add_func ("/cli/no-arguments", test_no_arguments);
  g_test_add_func ("/cli/unknown-command", test_unknown_command);
  g_test_add_func ("/cli/validate/no-file", test_validate_no_file);
  g_test_add_func ("/cli/validate/sample", test_validate_sample);
  g_test_add_func ("/cli/validate/bad-fixtures", test_validate_bad_fixtures);
  g_test_add_func ("/cli/validate/missing-file", test_validate_missing_file);
  g_test_add_func ("/cli/validate/mixed", test_validate_mixed);
  g_test_add_func ("/cli/validate/warnings", test_validate_warnings);
  g_test_add_func ("/cli/warnings-everywhere", test_warnings_everywhere);
  g_test_add_func ("/cli/validate/strict", test_validate_strict);
  g_test_add_func ("/cli/outline/sample", test_outline_sample);
  g_test_add_func ("/cli/outline/bad", test_outline_bad);
  g_test_add_func ("/cli/stats/sample-text", test_stats_sample_text);
  g_test_add_func ("/cli/stats/sample-json", test_stats_sample_json);
  g_test_add_func ("/cli/stats/full", test_stats_full);
  g_test_add_func ("/cli/stats/roll-up", test_stats_roll_up);
  g_test_add_func ("/cli/format/non-canonical", test_format_non_canonical);
  g_test_add_func ("/cli/format/canonical-untouched", test_format_canonical_untouched);
  g_test_add_func ("/cli/format/check", test_format_check);
  g_test_add_func ("/cli/format/invalid", test_format_invalid);

  return g_test_run ();
}
