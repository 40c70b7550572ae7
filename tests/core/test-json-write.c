/* test-json-write.c: writing Syllabus format v1: canonical files come
 * back byte for byte, and members Syllabus does not know are kept
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "syl-test-util.h"

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

  contents = syl_test_read_file (path, &length);
  document = syl_test_parse_length (contents, length);
  g_assert_null (syl_document_get_warnings (document)[0]);

  output = syl_test_serialize (document);
  g_assert_cmpstr (output, ==, contents);
  g_assert_cmpuint (strlen (output), ==, length);

  reloaded = syl_test_parse_length (output, strlen (output));
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
  g_autofree char *contents = syl_test_read_file (path, NULL);
  g_autoptr(SylDocument) document = syl_test_parse_length (contents, strlen (contents));
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

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/round-trip/sample", test_round_trip_sample);
  g_test_add_func ("/json/round-trip/full", test_round_trip_full);
  g_test_add_func ("/json/unknown-members/kept-after-edit", test_unknown_members_kept);

  return g_test_run ();
}
