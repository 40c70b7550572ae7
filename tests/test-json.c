/* test-json.c: reading and writing Syllabus format v1
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "syl-test-util.h"
#include "syl-json-reader.h"

/* The smallest valid outline, left open for more members. */
#define HEAD "{\"format\": \"syllabus\", \"version\": 1"

/* Helpers. */

static char *
read_file (const char *path,
           gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

static SylDocument *
load_ok (const char *text,
         gsize       length)
{
  g_autoptr(GError) error = NULL;
  SylDocument *document = syl_document_new_from_data (text, length, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

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
  g_autofree char *contents = read_file (path, NULL);

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

  contents = read_file (path, &length);
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

  contents = read_file (path, &length);
  document = load_ok (contents, length);
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
  reloaded = load_ok (output, strlen (output));
  g_assert_null (syl_document_get_warnings (reloaded)[0]);
}

/* Round trips: canonical files come back byte for byte. */

static void
assert_round_trip (const char *path)
{
  g_autoptr(SylDocument) document = NULL;
  g_autoptr(SylDocument) reloaded = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *output = NULL;
  g_autofree char *output_again = NULL;
  gsize length;

  contents = read_file (path, &length);
  document = load_ok (contents, length);
  g_assert_null (syl_document_get_warnings (document)[0]);

  output = syl_test_serialize (document);
  g_assert_cmpstr (output, ==, contents);
  g_assert_cmpuint (strlen (output), ==, length);

  reloaded = load_ok (output, strlen (output));
  output_again = syl_test_serialize (reloaded);
  g_assert_cmpstr (output_again, ==, output);
}

static void
test_round_trip_sample (void)
{
  g_autofree char *path = syl_test_sample_path ();

  assert_round_trip (path);
}

static void
test_round_trip_full (void)
{
  g_autofree char *path = syl_test_data_path ("valid", "full.syllabus.json", NULL);

  assert_round_trip (path);
}

/* Unknown members survive an edit, found generically: every member of
 * an object in the original that is not one of its kind's known members. */

typedef enum
{
  KIND_TOP,
  KIND_NODE,
  KIND_AUTHOR,
  KIND_EXAMPLE,
  KIND_ANNOTATION,
  KIND_REPLY,
  N_KINDS
} ObjectKind;

static const char * const kind_names[N_KINDS] = {
  "top level", "node", "author", "example", "annotation", "reply",
};

static const char * const known_members[N_KINDS][12] = {
  { "format", "version", "title", "subtitle", "language", "authors", "description",
    "target_minutes", "children", NULL },
  { "id", "number", "kind", "title", "notes", "objectives", "duration_minutes",
    "optional", "examples", "annotations", "children", NULL },
  { "name", "about", NULL },
  { "id", "title", "body", NULL },
  { "id", "author", "created", "text", "resolved", "resolved_by", "resolved_at",
    "replies", NULL },
  { "id", "author", "created", "text", NULL },
};

/* The arrays of each kind of object that hold objects of another kind. */
typedef struct
{
  ObjectKind  owner;
  const char *member;
  ObjectKind  kind;
} ChildArray;

static const ChildArray child_arrays[] = {
  { KIND_TOP, "authors", KIND_AUTHOR },
  { KIND_TOP, "children", KIND_NODE },
  { KIND_NODE, "children", KIND_NODE },
  { KIND_NODE, "examples", KIND_EXAMPLE },
  { KIND_NODE, "annotations", KIND_ANNOTATION },
  { KIND_ANNOTATION, "replies", KIND_REPLY },
};

static gboolean
is_known (ObjectKind  kind,
          const char *name)
{
  for (guint i = 0; known_members[kind][i] != NULL; i++)
    if (strcmp (known_members[kind][i], name) == 0)
      return TRUE;
  return FALSE;
}

/* The unknown member names of @object, in their order in the text. */
static GPtrArray *
unknown_names (JsonObject *object,
               ObjectKind  kind)
{
  GPtrArray *names = g_ptr_array_new ();
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &value))
    if (!is_known (kind, name))
      g_ptr_array_add (names, (gpointer) name);
  return names;
}

static void compare_unknown_members (JsonObject *original,
                                     JsonObject *saved,
                                     ObjectKind  kind,
                                     guint      *counts);

static void
compare_child_arrays (JsonObject *original,
                      JsonObject *saved,
                      ObjectKind  kind,
                      guint      *counts)
{
  for (guint i = 0; i < G_N_ELEMENTS (child_arrays); i++)
    {
      JsonArray *before, *after;

      if (child_arrays[i].owner != kind || !json_object_has_member (original, child_arrays[i].member))
        continue;

      before = json_object_get_array_member (original, child_arrays[i].member);
      after = json_object_get_array_member (saved, child_arrays[i].member);
      g_assert_cmpuint (json_array_get_length (after), ==, json_array_get_length (before));
      for (guint j = 0; j < json_array_get_length (before); j++)
        compare_unknown_members (json_array_get_object_element (before, j),
                                 json_array_get_object_element (after, j),
                                 child_arrays[i].kind, counts);
    }
}

static void
compare_unknown_members (JsonObject *original,
                         JsonObject *saved,
                         ObjectKind  kind,
                         guint      *counts)
{
  g_autoptr(GPtrArray) names_before = unknown_names (original, kind);
  g_autoptr(GPtrArray) names_after = unknown_names (saved, kind);

  for (guint i = 0; i < names_before->len; i++)
    {
      const char *name = g_ptr_array_index (names_before, i);

      if (!json_object_has_member (saved, name))
        g_error ("the unknown member “%s” of a %s was lost", name, kind_names[kind]);
      if (!json_node_equal (json_object_get_member (original, name),
                            json_object_get_member (saved, name)))
        g_error ("the unknown member “%s” of a %s changed", name, kind_names[kind]);
      counts[kind]++;
    }

  /* Nothing was added, and the order of reading is kept. */
  g_assert_cmpuint (names_after->len, ==, names_before->len);
  for (guint i = 0; i < names_before->len; i++)
    g_assert_cmpstr (g_ptr_array_index (names_after, i), ==, g_ptr_array_index (names_before, i));

  compare_child_arrays (original, saved, kind, counts);
}

/* Edits each kind of object that carries unknown members, since an edit
 * that replaced the object would lose them. */
static void
edit_full_document (SylDocument *document)
{
  g_autoptr(GError) error = NULL;
  SylNode *node = syl_document_find_node (document, "3f9a0c2e71d4b865");
  g_autoptr(SylAuthor) author = g_list_model_get_item (syl_document_get_authors (document), 0);
  g_autoptr(SylExample) example = g_list_model_get_item (syl_node_get_examples (node), 0);
  g_autoptr(SylAnnotation) annotation = g_list_model_get_item (syl_node_get_annotations (node), 0);
  g_autoptr(SylReply) reply = g_list_model_get_item (syl_annotation_get_replies (annotation), 0);
  struct {
    gpointer    object;
    const char *property;
  } edits[] = {
    { document, "title" },
    { node, "title" },
    { author, "name" },
    { example, "title" },
    { annotation, "text" },
    { reply, "text" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (edits); i++)
    {
      g_autofree char *value = g_strdup_printf ("edited %u", i);

      g_assert_true (syl_document_set_string (document, edits[i].object, edits[i].property,
                                              value, FALSE, &error));
      g_assert_no_error (error);
    }
  g_assert_true (syl_document_get_modified (document));
}

static void
test_unknown_members_kept (void)
{
  g_autofree char *path = syl_test_data_path ("valid", "full.syllabus.json", NULL);
  g_autofree char *contents = read_file (path, NULL);
  g_autoptr(SylDocument) document = load_ok (contents, strlen (contents));
  g_autoptr(JsonNode) original = syl_test_parse_json (contents);
  g_autoptr(JsonNode) saved = NULL;
  g_autofree char *output = NULL;
  JsonObject *node;
  guint counts[N_KINDS] = { 0 };

  edit_full_document (document);
  output = syl_test_serialize (document);
  saved = syl_test_parse_json (output);

  /* The edits themselves were saved. */
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (saved), "title"), ==,
                   "edited 0");
  node = json_array_get_object_element (json_object_get_array_member (json_node_get_object (saved),
                                                                      "children"), 0);
  g_assert_cmpstr (json_object_get_string_member (node, "title"), ==, "edited 1");

  compare_unknown_members (json_node_get_object (original), json_node_get_object (saved),
                           KIND_TOP, counts);

  /* The fixture has unknown members at every level; if it lost them, this
   * test would check nothing there. */
  for (guint i = 0; i < N_KINDS; i++)
    if (counts[i] == 0)
      g_error ("the fixture has no unknown member in any %s", kind_names[i]);
}

/* Specific reader behaviours. */

static void
test_utf8_bom (void)
{
  const char *text = "\xEF\xBB\xBF" HEAD ", \"title\": \"Bom\"}";
  g_autoptr(SylDocument) document = load_ok (text, strlen (text));
  g_autoptr(SylDocument) plain = load_ok (text + 3, strlen (text + 3));
  g_autofree char *output = syl_test_serialize (document);
  g_autofree char *plain_output = syl_test_serialize (plain);

  g_assert_cmpstr (syl_document_get_title (document), ==, "Bom");
  /* Syllabus never writes a byte order mark. */
  g_assert_true (g_str_has_prefix (output, "{\n"));
  g_assert_cmpstr (output, ==, plain_output);
}

static char *
lf_to_crlf (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  return g_strjoinv ("\r\n", lines);
}

static void
test_crlf (void)
{
  const char *lf = "{\n"
                   "  \"format\": \"syllabus\",\n"
                   "  \"version\": 1,\n"
                   "  \"title\": \"Windows\",\n"
                   "  \"children\": [\n"
                   "    {\"id\": \"a\", \"title\": \"A\"}\n"
                   "  ]\n"
                   "}\n";
  g_autofree char *crlf = lf_to_crlf (lf);
  g_autoptr(SylDocument) lf_document = load_ok (lf, strlen (lf));
  g_autoptr(SylDocument) crlf_document = load_ok (crlf, strlen (crlf));
  g_autofree char *lf_output = syl_test_serialize (lf_document);
  g_autofree char *crlf_output = syl_test_serialize (crlf_document);

  g_assert_nonnull (strstr (crlf, "\r\n"));
  g_assert_cmpstr (syl_document_get_title (crlf_document), ==, "Windows");
  g_assert_cmpstr (crlf_output, ==, lf_output);
  g_assert_null (strchr (crlf_output, '\r'));
}

typedef struct
{
  const char *lf_text;
  const char *message;
} PositionCase;

/* Each \r\n is one line break: lines and columns are those an editor
 * shows, whatever the line endings. */
static void
test_crlf_error_positions (void)
{
  const PositionCase cases[] = {
    { "{\n  \"format\": \"syllabus\",\n  \"version\": 1\n  \"title\": \"x\"\n}\n",
      "4:3: expected “,” or “}”, found “\"”" },
    { "{\n\n\n  \"format\": tru\n}\n",
      "4:13: expected a value, found “tru”" },
    { "{\n  \"format\": \"syllabus\",\n  \"version\": 1,\n  \"title\": \"é\\x\"\n}\n",
      "4:14: invalid escape “\\x” in a string" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *crlf = lf_to_crlf (cases[i].lf_text);
      g_autoptr(GError) lf_error = syl_test_parse_fails (cases[i].lf_text,
                                                         strlen (cases[i].lf_text));
      g_autoptr(GError) crlf_error = syl_test_parse_fails (crlf, strlen (crlf));

      g_assert_cmpint (crlf_error->code, ==, SYL_ERROR_SYNTAX);
      g_assert_cmpstr (lf_error->message, ==, cases[i].message);
      g_assert_cmpstr (crlf_error->message, ==, cases[i].message);
    }
}

static void
test_duration_null (void)
{
  const char *text = HEAD ", \"target_minutes\": null, \"children\": ["
                     "{\"id\": \"a\", \"title\": \"A\", \"duration_minutes\": null},"
                     "{\"id\": \"b\", \"title\": \"B\", \"duration_minutes\": 0}]}";
  g_autoptr(SylDocument) document = load_ok (text, strlen (text));
  g_autofree char *output = syl_test_serialize (document);
  g_auto(GStrv) parts = NULL;

  g_assert_cmpint (syl_document_get_target_minutes (document), ==, -1);
  g_assert_cmpint (syl_node_get_duration_minutes (syl_test_find (document, "a")), ==, -1);
  /* Zero is a duration, not the absence of one. */
  g_assert_cmpint (syl_node_get_duration_minutes (syl_test_find (document, "b")), ==, 0);

  g_assert_null (strstr (output, "target_minutes"));
  g_assert_null (strstr (output, "null"));
  parts = g_strsplit (output, "\"duration_minutes\": 0,", -1);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  g_assert_null (strstr (parts[0], "duration_minutes"));
}

static const char *
node_number (JsonObject *parent,
             guint       index)
{
  JsonArray *children = json_object_get_array_member (parent, "children");

  return json_object_get_string_member (json_array_get_object_element (children, index),
                                        "number");
}

static void
test_number_ignored (void)
{
  const char *text = HEAD ", \"children\": ["
                     "{\"id\": \"a\", \"number\": \"7\", \"children\": ["
                     "{\"id\": \"a1\", \"number\": \"7.7\"}, {\"id\": \"a2\", \"number\": null}]},"
                     "{\"id\": \"b\", \"number\": 3}]}";
  g_autoptr(SylDocument) document = load_ok (text, strlen (text));
  g_autofree char *output = syl_test_serialize (document);
  g_autoptr(JsonNode) root = syl_test_parse_json (output);
  JsonObject *top = json_node_get_object (root);
  JsonObject *a = json_array_get_object_element (json_object_get_array_member (top, "children"), 0);
  g_auto(GStrv) parts = g_strsplit (output, "\"number\"", -1);

  g_assert_null (syl_document_get_warnings (document)[0]);
  g_assert_cmpstr (node_number (top, 0), ==, "1");
  g_assert_cmpstr (node_number (a, 0), ==, "1.1");
  g_assert_cmpstr (node_number (a, 1), ==, "1.2");
  g_assert_cmpstr (node_number (top, 1), ==, "2");
  /* Written once per node, never kept as an unknown member too. */
  g_assert_cmpuint (g_strv_length (parts), ==, 4 + 1);
}

static void
test_unicode_escapes (void)
{
  const char *text = HEAD ", \"title\": \"caf\\u00e9 \\ud83d\\ude00 \\u2028 \\u4E2D a\\/b\"}";
  const char *raw = "café 😀 \xE2\x80\xA8 中 a/b";
  g_autoptr(SylDocument) document = load_ok (text, strlen (text));
  g_autofree char *output = syl_test_serialize (document);
  g_autofree char *title_line = g_strdup_printf ("  \"title\": \"%s\",\n", raw);

  g_assert_cmpstr (syl_document_get_title (document), ==, raw);
  g_assert_nonnull (strstr (output, title_line));
  /* Nothing is escaped but quotes, backslashes and control characters. */
  g_assert_null (strstr (output, "\\u"));
  g_assert_null (strstr (output, "\\/"));
}

static void
test_control_characters (void)
{
  const char *title = "a\nb\tc\001d\"e\\f\r\b\f\037g\177h";
  const char *expected = "{\n"
                         "  \"format\": \"syllabus\",\n"
                         "  \"version\": 1,\n"
                         "  \"title\": \"a\\nb\\tc\\u0001d\\\"e\\\\f\\r\\b\\f\\u001fg\177h\",\n"
                         "  \"subtitle\": \"\",\n"
                         "  \"language\": \"\",\n"
                         "  \"authors\": [],\n"
                         "  \"description\": \"\",\n"
                         "  \"children\": []\n"
                         "}\n";
  g_autoptr(SylDocument) document = syl_document_new ();
  g_autoptr(SylDocument) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *output = NULL;

  syl_document_set_string (document, document, "title", title, FALSE, &error);
  g_assert_no_error (error);
  output = syl_test_serialize (document);
  g_assert_cmpstr (output, ==, expected);

  reloaded = load_ok (output, strlen (output));
  g_assert_cmpstr (syl_document_get_title (reloaded), ==, title);
  root = syl_test_parse_json (output);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "title"), ==, title);
}

/* An outline @levels deep: one node per level, ids "n1", "n2", …. */
static char *
nested_outline (guint levels)
{
  GString *json = g_string_new (HEAD ", \"children\": [");

  for (guint i = 1; i <= levels; i++)
    g_string_append_printf (json, "{\"id\": \"n%u\", \"title\": \"Level %u\", \"children\": [", i, i);
  for (guint i = 1; i <= levels; i++)
    g_string_append (json, "]}");
  g_string_append (json, "]}");
  return g_string_free (json, FALSE);
}

static void
test_outline_depth_limit (void)
{
  g_autofree char *deepest = nested_outline (SYL_MAX_OUTLINE_DEPTH);
  g_autofree char *too_deep = nested_outline (SYL_MAX_OUTLINE_DEPTH + 1);
  g_autofree char *output = NULL;
  g_autoptr(SylDocument) document = load_ok (deepest, strlen (deepest));
  g_autoptr(SylDocument) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *last_id = g_strdup_printf ("n%u", SYL_MAX_OUTLINE_DEPTH);

  g_assert_cmpuint (SYL_MAX_OUTLINE_DEPTH, ==, 100);
  g_assert_cmpuint (syl_document_get_n_nodes (document), ==, 100);
  g_assert_cmpuint (syl_node_get_depth (syl_test_find (document, last_id)), ==, 100);

  /* What Syllabus writes at the limit, it reads back. */
  output = syl_test_serialize (document);
  reloaded = load_ok (output, strlen (output));
  g_assert_cmpuint (syl_document_get_n_nodes (reloaded), ==, 100);

  error = syl_test_parse_fails (too_deep, strlen (too_deep));
  g_assert_error (error, SYL_ERROR, SYL_ERROR_TOO_DEEP);
  g_assert_cmpstr (error->message, ==, "the outline is deeper than 100 levels");
}

/* The top-level object is level 1 of JSON nesting, so an unknown member
 * of it can hold SYL_MAX_JSON_DEPTH - 1 nested arrays. */
static char *
nested_member (guint arrays)
{
  GString *json = g_string_new (HEAD ", \"x\": ");

  for (guint i = 0; i < arrays; i++)
    g_string_append_c (json, '[');
  for (guint i = 0; i < arrays; i++)
    g_string_append_c (json, ']');
  g_string_append_c (json, '}');
  return g_string_free (json, FALSE);
}

static guint
array_depth (JsonNode *node)
{
  guint depth = 0;

  while (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      depth++;
      if (json_array_get_length (array) == 0)
        break;
      g_assert_cmpuint (json_array_get_length (array), ==, 1);
      node = json_array_get_element (array, 0);
    }
  return depth;
}

static void
test_json_depth_limit (void)
{
  g_autofree char *deepest = nested_member (SYL_MAX_JSON_DEPTH - 1);
  g_autofree char *too_deep = nested_member (SYL_MAX_JSON_DEPTH);
  g_autofree char *message = g_strdup_printf ("1:%zu: nesting deeper than 256 levels",
                                              strlen (HEAD ", \"x\": ") + SYL_MAX_JSON_DEPTH);
  g_autoptr(SylDocument) document = load_ok (deepest, strlen (deepest));
  g_autofree char *output = syl_test_serialize (document);
  g_autoptr(SylDocument) reloaded = load_ok (output, strlen (output));
  g_autofree char *output_again = syl_test_serialize (reloaded);
  g_autoptr(JsonNode) root = syl_test_parse_json (output);
  g_autoptr(GError) error = NULL;

  g_assert_cmpuint (SYL_MAX_JSON_DEPTH, ==, 256);
  g_assert_cmpstr (output_again, ==, output);
  g_assert_cmpuint (array_depth (json_object_get_member (json_node_get_object (root), "x")), ==,
                    SYL_MAX_JSON_DEPTH - 1);

  error = syl_test_parse_fails (too_deep, strlen (too_deep));
  g_assert_error (error, SYL_ERROR, SYL_ERROR_TOO_DEEP);
  g_assert_cmpstr (error->message, ==, message);
}

/* Nesting is refused as soon as it passes the limit, so a file that is
 * all brackets costs neither stack nor time. */
static void
test_huge_nesting (void)
{
  const gsize n = 200000;
  g_autofree char *brackets = g_strnfill (n, '[');
  g_autofree char *in_member = g_strconcat (HEAD ", \"x\": ", brackets, NULL);
  g_autofree char *member_message = g_strdup_printf ("1:%zu: nesting deeper than 256 levels",
                                                     strlen (HEAD ", \"x\": ") + SYL_MAX_JSON_DEPTH);
  g_autoptr(GError) error = syl_test_parse_fails (brackets, n);
  g_autoptr(GError) member_error = syl_test_parse_fails (in_member, strlen (in_member));

  g_assert_error (error, SYL_ERROR, SYL_ERROR_TOO_DEEP);
  g_assert_cmpstr (error->message, ==, "1:257: nesting deeper than 256 levels");
  g_assert_error (member_error, SYL_ERROR, SYL_ERROR_TOO_DEEP);
  g_assert_cmpstr (member_error->message, ==, member_message);
}

static void
test_large_string (void)
{
  /* The same text raw and as a JSON string, with escapes and UTF-8. */
  const char *raw_chunk = "Paragraph 段落 ✅ \"quoted\" C:\\temp\n";
  const char *json_chunk = "Paragraph 段落 ✅ \\\"quoted\\\" C:\\\\temp\\n";
  const gsize size = 2 * 1024 * 1024;
  g_autoptr(GString) raw = g_string_new (NULL);
  g_autoptr(GString) json = g_string_new (HEAD ", \"children\": [{\"id\": \"big\", \"notes\": \"");
  g_autoptr(SylDocument) document = NULL;
  g_autoptr(SylDocument) reloaded = NULL;
  g_autofree char *output = NULL;

  while (raw->len < size)
    {
      g_string_append (raw, raw_chunk);
      g_string_append (json, json_chunk);
    }
  g_string_append (json, "\"}]}");

  document = load_ok (json->str, json->len);
  g_assert_cmpuint (strlen (syl_node_get_notes (syl_test_find (document, "big"))), ==, raw->len);
  g_assert_cmpstr (syl_node_get_notes (syl_test_find (document, "big")), ==, raw->str);

  output = syl_test_serialize (document);
  reloaded = load_ok (output, strlen (output));
  g_assert_cmpstr (syl_node_get_notes (syl_test_find (reloaded, "big")), ==, raw->str);
}

/* The seed text is what the outline was typed from, not JSON: it must be
 * refused with a syntax error at its first character, not misread. */
static void
test_seed_text_refused (void)
{
  g_autofree char *path = syl_test_data_path ("seed-ai-enterprise-course.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  const char *first;
  guint line = 1;
  gsize length;

  contents = read_file (path, &length);
  first = contents + strspn (contents, " \t\r\n");
  for (const char *p = contents; p < first; p++)
    line += *p == '\n';
  g_assert_cmpint (*first, ==, '=');
  g_assert_true (first == contents || first[-1] == '\n');

  error = syl_test_parse_fails (contents, length);
  g_assert_error (error, SYL_ERROR, SYL_ERROR_SYNTAX);
  expected = g_strdup_printf ("%u:1: expected a value, found “=”", line);
  g_assert_cmpstr (error->message, ==, expected);
}

/* Dates: what the reader accepts must be what docs/format.md calls RFC
 * 3339 and what data/syllabus.schema.json's "timestamp" pattern matches,
 * or Syllabus would refuse files the schema allows, and keep and write
 * back dates the schema refuses. */

typedef struct
{
  const char *date;
  gboolean    valid;
} DateCase;

static const DateCase date_cases[] = {
  { "2026-11-28T09:30:00Z", TRUE },
  { "2026-11-28T09:30:00+01:00", TRUE },
  { "2026-11-28T09:30:00-00:00", TRUE },
  { "2026-11-28T09:30:00.123Z", TRUE },
  /* RFC 3339, 5.6: "T" and "Z" may be lower case. */
  { "2026-11-28t09:30:00Z", TRUE },
  { "2026-11-28T09:30:00z", TRUE },
  { "2026-11-28t09:30:00z", TRUE },
  /* ISO 8601 forms that RFC 3339 does not allow. */
  { "2026-11-28T09:30:00", FALSE },
  { "2026-11-28T09:30Z", FALSE },
  { "2026-11-28 09:30:00Z", FALSE },
  { "20261128T093000Z", FALSE },
  { "2026-11-28T093000Z", FALSE },
  { "2026-W48-5T09:30:00Z", FALSE },
  { "2026-332T09:30:00Z", FALSE },
  { "2026-11-28T09:30:00+0100", FALSE },
  { "2026-11-28T09:30:00+01", FALSE },
  { "2026-11-28T09:30:00,5Z", FALSE },
};

static GRegex *
schema_timestamp_regex (void)
{
  const char *schema_path = g_getenv ("SYL_SCHEMA");
  g_autofree char *schema = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *defs;
  GRegex *regex;

  g_assert_nonnull (schema_path);
  schema = read_file (schema_path, NULL);
  root = syl_test_parse_json (schema);
  defs = json_object_get_object_member (json_node_get_object (root), "$defs");
  regex = g_regex_new (json_object_get_string_member (json_object_get_object_member (defs, "timestamp"),
                                                      "pattern"),
                       0, 0, &error);
  g_assert_no_error (error);
  return regex;
}

static void
test_rfc3339_dates (void)
{
  g_autoptr(GRegex) regex = schema_timestamp_regex ();
  g_autoptr(GString) wrong = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (date_cases); i++)
    {
      const DateCase *c = &date_cases[i];
      g_autofree char *text = g_strdup_printf (HEAD ", \"children\": [{\"id\": \"a\", "
                                               "\"annotations\": [{\"created\": \"%s\"}]}]}",
                                               c->date);
      g_autoptr(GError) error = NULL;
      g_autoptr(SylDocument) document = syl_document_new_from_data (text, strlen (text), &error);

      /* The table itself agrees with the schema. */
      g_assert_cmpint (g_regex_match (regex, c->date, 0, NULL), ==, c->valid);

      if (c->valid && document == NULL)
        g_string_append_printf (wrong, " refused %s (%s);", c->date, error->message);
      else if (!c->valid && document != NULL)
        g_string_append_printf (wrong, " accepted %s;", c->date);
      else if (!c->valid)
        g_assert_error (error, SYL_ERROR, SYL_ERROR_INVALID);
    }

  /* All disagreements at once, rather than the first. */
  g_assert_cmpstr (wrong->str, ==, "");
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
  g_test_add_func ("/json/round-trip/sample", test_round_trip_sample);
  g_test_add_func ("/json/round-trip/full", test_round_trip_full);
  g_test_add_func ("/json/unknown-members/kept-after-edit", test_unknown_members_kept);
  g_test_add_func ("/json/read/utf8-bom", test_utf8_bom);
  g_test_add_func ("/json/read/crlf", test_crlf);
  g_test_add_func ("/json/read/crlf-error-positions", test_crlf_error_positions);
  g_test_add_func ("/json/read/duration-null", test_duration_null);
  g_test_add_func ("/json/read/number-ignored", test_number_ignored);
  g_test_add_func ("/json/strings/unicode-escapes", test_unicode_escapes);
  g_test_add_func ("/json/strings/control-characters", test_control_characters);
  g_test_add_func ("/json/limits/outline-depth", test_outline_depth_limit);
  g_test_add_func ("/json/limits/json-depth", test_json_depth_limit);
  g_test_add_func ("/json/limits/huge-nesting", test_huge_nesting);
  g_test_add_func ("/json/limits/large-string", test_large_string);
  g_test_add_func ("/json/read/seed-text-refused", test_seed_text_refused);
  g_test_add_func ("/json/read/rfc3339-dates", test_rfc3339_dates);

  return g_test_run ();
}
