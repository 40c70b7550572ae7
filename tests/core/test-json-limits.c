/* test-json-limits.c: how deep and how large a Syllabus file may be
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "syl-test-util.h"

/* An outline @levels deep: one node per level, ids "n1", "n2", …. */
static char *
nested_outline (guint levels)
{
  GString *json = g_string_new (SYL_TEST_JSON_HEAD ", \"children\": [");

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
  g_autoptr(SylDocument) document = syl_test_parse_length (deepest, strlen (deepest));
  g_autoptr(SylDocument) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *last_id = g_strdup_printf ("n%u", SYL_MAX_OUTLINE_DEPTH);

  g_assert_cmpuint (SYL_MAX_OUTLINE_DEPTH, ==, 100);
  g_assert_cmpuint (syl_document_get_n_nodes (document), ==, 100);
  g_assert_cmpuint (syl_node_get_depth (syl_test_find (document, last_id)), ==, 100);

  /* What Syllabus writes at the limit, it reads back. */
  output = syl_test_serialize (document);
  reloaded = syl_test_parse_length (output, strlen (output));
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
  GString *json = g_string_new (SYL_TEST_JSON_HEAD ", \"x\": ");

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
                                              strlen (SYL_TEST_JSON_HEAD ", \"x\": ") +
                                              SYL_MAX_JSON_DEPTH);
  g_autoptr(SylDocument) document = syl_test_parse_length (deepest, strlen (deepest));
  g_autofree char *output = syl_test_serialize (document);
  g_autoptr(SylDocument) reloaded = syl_test_parse_length (output, strlen (output));
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
  g_autofree char *in_member = g_strconcat (SYL_TEST_JSON_HEAD ", \"x\": ", brackets, NULL);
  g_autofree char *member_message = g_strdup_printf ("1:%zu: nesting deeper than 256 levels",
                                                     strlen (SYL_TEST_JSON_HEAD ", \"x\": ") +
                                                     SYL_MAX_JSON_DEPTH);
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
  g_autoptr(GString) json = g_string_new (SYL_TEST_JSON_HEAD
                                         ", \"children\": [{\"id\": \"big\", \"notes\": \"");
  g_autoptr(SylDocument) document = NULL;
  g_autoptr(SylDocument) reloaded = NULL;
  g_autofree char *output = NULL;

  while (raw->len < size)
    {
      g_string_append (raw, raw_chunk);
      g_string_append (json, json_chunk);
    }
  g_string_append (json, "\"}]}");

  document = syl_test_parse_length (json->str, json->len);
  g_assert_cmpuint (strlen (syl_node_get_notes (syl_test_find (document, "big"))), ==, raw->len);
  g_assert_cmpstr (syl_node_get_notes (syl_test_find (document, "big")), ==, raw->str);

  output = syl_test_serialize (document);
  reloaded = syl_test_parse_length (output, strlen (output));
  g_assert_cmpstr (syl_node_get_notes (syl_test_find (reloaded, "big")), ==, raw->str);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/limits/outline-depth", test_outline_depth_limit);
  g_test_add_func ("/json/limits/json-depth", test_json_depth_limit);
  g_test_add_func ("/json/limits/huge-nesting", test_huge_nesting);
  g_test_add_func ("/json/limits/large-string", test_large_string);

  return g_test_run ();
}
