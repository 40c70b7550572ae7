/* test-json-fixtures.c: the files of tests/data/bad and tests/data/warn,
 * read as Syllabus format v1: each refused, or repaired, as its .expected
 * file says
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "syl-test-util.h"

/* The names of the files in tests/data/@subdir ending in @suffix, sorted,
 * so the test order does not depend on the file system. */
static GPtrArray *
list_fixtures (const char *subdir,
               const char *suffix)
{
  g_autofree char *path = syl_test_data_path (subdir, NULL);

  return syl_test_list_names (path, suffix);
}

static char *
strip_suffix (const char *name,
              const char *suffix)
{
  g_assert_true (g_str_has_suffix (name, suffix));
  return g_strndup (name, strlen (name) - strlen (suffix));
}

/* The lines of the .expected file next to fixture @name in @subdir. */
static GStrv
read_expected_lines (const char *subdir,
                     const char *name)
{
  g_autofree char *stem = strip_suffix (name, ".json");
  g_autofree char *expected_name = g_strconcat (stem, ".expected", NULL);
  g_autofree char *path = syl_test_data_path (subdir, expected_name, NULL);
  g_autofree char *contents = syl_test_read_file (path, NULL);

  /* Every line ends with a newline; drop the empty piece after the last. */
  g_assert_true (g_str_has_suffix (contents, "\n"));
  contents[strlen (contents) - 1] = '\0';
  return g_strsplit (contents, "\n", -1);
}

/* Bad fixtures: each is refused with the exact message of its .expected. */

typedef struct
{
  const char *prefix;
  SylError    code;
} CodeForPrefix;

/* The error code a fixture's name promises; the first matching prefix
 * wins, so specific names come before general ones. */
static const CodeForPrefix codes_for_prefixes[] = {
  { "syntax-nesting-", SYL_ERROR_TOO_DEEP },
  { "syntax-", SYL_ERROR_SYNTAX },
  { "encoding-utf8-bom-then-error", SYL_ERROR_SYNTAX },
  { "encoding-", SYL_ERROR_ENCODING },
  { "empty-", SYL_ERROR_EMPTY },
  { "format-not-string", SYL_ERROR_INVALID },
  { "format-", SYL_ERROR_NOT_SYLLABUS },
  { "top-", SYL_ERROR_NOT_SYLLABUS },
  { "version-newer", SYL_ERROR_NEWER_VERSION },
  { "version-", SYL_ERROR_INVALID },
  { "outline-too-deep", SYL_ERROR_TOO_DEEP },
  { "type-", SYL_ERROR_INVALID },
  { "range-", SYL_ERROR_INVALID },
  { "date-", SYL_ERROR_INVALID },
  { "kind-", SYL_ERROR_INVALID },
};

static void
test_bad_fixture (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = syl_test_data_path ("bad", name, NULL);
  g_auto(GStrv) expected = read_expected_lines ("bad", name);
  g_autoptr(GError) error = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *message = NULL;
  gsize length;

  contents = syl_test_read_file (path, &length);
  error = syl_test_parse_fails (contents, length);
  g_assert_cmpint (error->code, !=, SYL_ERROR_FAILED);

  message = syl_error_format_for_file (name, error);
  g_assert_cmpstr (message, ==, expected[0]);

  for (guint i = 0; i < G_N_ELEMENTS (codes_for_prefixes); i++)
    if (g_str_has_prefix (name, codes_for_prefixes[i].prefix))
      {
        g_assert_cmpint (error->code, ==, codes_for_prefixes[i].code);
        break;
      }
}

/* An .expected file without its .json would silently test nothing. */
static void
test_fixtures_paired (void)
{
  const char * const subdirs[] = { "bad", "warn" };

  for (guint i = 0; i < G_N_ELEMENTS (subdirs); i++)
    {
      g_autoptr(GPtrArray) expected = list_fixtures (subdirs[i], ".expected");
      g_autoptr(GPtrArray) json = list_fixtures (subdirs[i], ".json");

      g_assert_cmpuint (expected->len, >, 0);
      g_assert_cmpuint (expected->len, ==, json->len);
      for (guint j = 0; j < json->len; j++)
        {
          g_autofree char *stem = strip_suffix (g_ptr_array_index (json, j), ".json");
          g_autofree char *pair = g_strconcat (stem, ".expected", NULL);

          g_assert_cmpstr (g_ptr_array_index (expected, j), ==, pair);
        }
    }
}

/* Warn fixtures: loaded and repaired, with one warning per repair. */

typedef struct
{
  GHashTable *nodes;
  GHashTable *examples;
  GHashTable *comments;
} IdSets;

static void
add_unique_id (GHashTable *ids,
               const char *id)
{
  g_assert_nonnull (id);
  g_assert_cmpstr (id, !=, "");
  if (!g_hash_table_add (ids, g_strdup (id)))
    g_error ("id “%s” is used twice", id);
}

static void
collect_comment_ids (IdSets  *sets,
                     SylNode *node)
{
  GListModel *annotations = syl_node_get_annotations (node);

  for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
    {
      g_autoptr(SylAnnotation) annotation = g_list_model_get_item (annotations, i);
      GListModel *replies = syl_annotation_get_replies (annotation);

      add_unique_id (sets->comments, syl_annotation_get_id (annotation));
      for (guint j = 0; j < g_list_model_get_n_items (replies); j++)
        {
          g_autoptr(SylReply) reply = g_list_model_get_item (replies, j);

          add_unique_id (sets->comments, syl_reply_get_id (reply));
        }
    }
}

static void
collect_ids (IdSets      *sets,
             SylDocument *document,
             SylNode     *parent)
{
  for (guint i = 0; i < syl_node_get_n_children (parent); i++)
    {
      SylNode *node = syl_node_get_child (parent, i);
      GListModel *examples = syl_node_get_examples (node);

      add_unique_id (sets->nodes, syl_node_get_id (node));
      g_assert_true (syl_document_find_node (document, syl_node_get_id (node)) == node);
      for (guint j = 0; j < g_list_model_get_n_items (examples); j++)
        {
          g_autoptr(SylExample) example = g_list_model_get_item (examples, j);

          add_unique_id (sets->examples, syl_example_get_id (example));
        }
      collect_comment_ids (sets, node);
      collect_ids (sets, document, node);
    }
}

/* Node ids are unique among nodes, example ids among examples, and
 * annotation and reply ids among both together, as the format says. */
static void
assert_ids_unique (SylDocument *document)
{
  IdSets sets = {
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
    g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL),
  };

  collect_ids (&sets, document, syl_document_get_root (document));
  g_assert_cmpuint (g_hash_table_size (sets.nodes), ==, syl_document_get_n_nodes (document));
  g_hash_table_unref (sets.nodes);
  g_hash_table_unref (sets.examples);
  g_hash_table_unref (sets.comments);
}

static void
test_warn_fixture (gconstpointer data)
{
  const char *name = data;
  g_autofree char *path = syl_test_data_path ("warn", name, NULL);
  g_auto(GStrv) expected = read_expected_lines ("warn", name);
  g_autoptr(SylDocument) document = NULL;
  g_autoptr(SylDocument) reloaded = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *output = NULL;
  const char * const *warnings;
  gsize length;

  contents = syl_test_read_file (path, &length);
  document = syl_test_parse_length (contents, length);
  warnings = syl_document_get_warnings (document);

  for (guint i = 0; warnings[i] != NULL && expected[i] != NULL; i++)
    {
      g_autofree char *line = g_strdup_printf ("%s: %s", name, warnings[i]);

      g_assert_cmpstr (line, ==, expected[i]);
    }
  g_assert_cmpuint (g_strv_length ((GStrv) warnings), ==, g_strv_length (expected));
  assert_ids_unique (document);

  /* The repairs are saved: the output reads back without warnings. */
  output = syl_test_serialize (document);
  reloaded = syl_test_parse_length (output, strlen (output));
  g_assert_null (syl_document_get_warnings (reloaded)[0]);
}

static void
add_fixture_tests (const char    *subdir,
                   GTestDataFunc  func)
{
  g_autoptr(GPtrArray) names = list_fixtures (subdir, ".json");

  for (guint i = 0; i < names->len; i++)
    {
      const char *name = g_ptr_array_index (names, i);
      g_autofree char *stem = strip_suffix (name, ".json");
      g_autofree char *test_path = g_strdup_printf ("/json/%s/%s", subdir, stem);

      g_test_add_data_func_full (test_path, g_strdup (name), func, g_free);
    }
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/fixtures/paired", test_fixtures_paired);
  add_fixture_tests ("bad", test_bad_fixture);
  add_fixture_tests ("warn", test_warn_fixture);

  return g_test_run ();
}
