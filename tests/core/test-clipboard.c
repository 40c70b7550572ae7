/* test-clipboard.c: nodes to and from the clipboard's JSON and plain text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "syl-clipboard.h"
#include "syl-test-util.h"
#include "syl-json-reader.h"

static char *
load_outline_text (void)
{
  g_autofree char *path = syl_test_data_path ("ai-enterprise-course.outline.txt", NULL);
  g_autoptr(GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  return text;
}

static SylNode *
node_at (SylDocument *document,
         const char  *number)
{
  g_auto(GStrv) parts = g_strsplit (number, ".", -1);
  SylNode *node = syl_document_get_root (document);

  for (guint i = 0; parts[i] != NULL; i++)
    node = syl_node_get_child (node, g_ascii_strtoull (parts[i], NULL, 10) - 1);
  g_assert_nonnull (node);
  return node;
}

/* Detached nodes in the spec form of syl_test_dump(). */
static void
dump_nodes (GString *out,
            SylNode *node)
{
  g_string_append (out, syl_node_get_title (node));
  if (syl_node_get_n_children (node) == 0)
    return;
  g_string_append (out, " (");
  for (guint i = 0; i < syl_node_get_n_children (node); i++)
    {
      if (i > 0)
        g_string_append_c (out, ' ');
      dump_nodes (out, syl_node_get_child (node, i));
    }
  g_string_append_c (out, ')');
}

static void
assert_nodes (GPtrArray  *nodes,
              const char *expected)
{
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < nodes->len; i++)
    {
      SylNode *node = g_ptr_array_index (nodes, i);

      g_assert_null (syl_node_get_parent (node));
      if (i > 0)
        g_string_append_c (out, ' ');
      dump_nodes (out, node);
    }
  g_assert_cmpstr (out->str, ==, expected);
}

static GPtrArray *
from_text (const char *text)
{
  GPtrArray *nodes = syl_nodes_from_text (text);

  g_assert_nonnull (nodes);
  return nodes;
}

static void
check_text (const char *text,
            const char *expected)
{
  g_autoptr(GPtrArray) nodes = from_text (text);

  assert_nodes (nodes, expected);
}

static JsonObject *
parse_object (GBytes *bytes)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                              &error);
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static JsonObject *
child_object (JsonObject *object,
              guint       index)
{
  return json_array_get_object_element (json_object_get_array_member (object, "children"),
                                        index);
}

/* JSON: only the top nodes of a selection, renumbered from 1, with all
 * they hold; reading it back gives the same nodes. */
static void
test_json_round_trip (void)
{
  g_autoptr(SylDocument) document = syl_test_load_data ("valid/full.syllabus.json");
  SylNode *selection[] = { node_at (document, "2"), node_at (document, "1.1.1"),
                           node_at (document, "1"), node_at (document, "1.2") };
  g_autoptr(GBytes) bytes = syl_nodes_to_json (selection, G_N_ELEMENTS (selection));
  g_autoptr(JsonObject) top = parse_object (bytes);
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GBytes) again = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *first;
  JsonObject *example;
  GListModel *annotations;

  g_assert_cmpstr (json_object_get_string_member (top, "format"), ==, "syllabus");
  g_assert_cmpint (json_object_get_int_member (top, "version"), ==, 1);
  g_assert_cmpuint (json_array_get_length (json_object_get_array_member (top, "children")), ==, 2);
  first = child_object (top, 0);
  g_assert_cmpstr (json_object_get_string_member (first, "id"), ==, "3f9a0c2e71d4b865");
  g_assert_true (json_object_has_member (first, "x-test-colour"));
  example = json_array_get_object_element (json_object_get_array_member (first, "examples"), 0);
  g_assert_cmpfloat (json_object_get_double_member (example, "x-test-difficulty"), ==, 2.25);
  g_assert_cmpstr (json_object_get_string_member (child_object (top, 1), "id"), ==,
                   "0f1e2d3c4b5a6978");

  nodes = syl_nodes_from_json (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nodes->len, ==, 2);
  g_assert_cmpstr (syl_node_get_id (g_ptr_array_index (nodes, 0)), ==, "3f9a0c2e71d4b865");
  g_assert_null (syl_node_get_parent (g_ptr_array_index (nodes, 0)));
  g_assert_cmpuint (syl_node_count_descendants (g_ptr_array_index (nodes, 0)), ==, 3);
  annotations = syl_node_get_annotations (g_ptr_array_index (nodes, 0));
  g_assert_cmpuint (g_list_model_get_n_items (annotations), ==, 2);

  /* Everything came back: writing the read nodes gives the same bytes. */
  again = syl_nodes_to_json ((SylNode **) nodes->pdata, nodes->len);
  g_assert_true (g_bytes_equal (again, bytes));
}

/* Subtrees from inside the outline are chapters of the fragment. */
static void
test_json_renumbered (void)
{
  g_autoptr(SylDocument) document = syl_test_load_data ("valid/full.syllabus.json");
  SylNode *selection[] = { node_at (document, "1.2"), node_at (document, "1.1") };
  g_autoptr(GBytes) bytes = syl_nodes_to_json (selection, G_N_ELEMENTS (selection));
  g_autoptr(JsonObject) top = parse_object (bytes);
  g_autoptr(SylDocument) target = syl_test_new_outline ("A");
  g_autoptr(GPtrArray) nodes = NULL;

  g_assert_cmpstr (json_object_get_string_member (child_object (top, 0), "title"), ==, "插入排序");
  g_assert_cmpstr (json_object_get_string_member (child_object (top, 0), "number"), ==, "1");
  g_assert_cmpstr (json_object_get_string_member (child_object (child_object (top, 0), 0),
                                                  "number"), ==, "1.1");
  g_assert_cmpstr (json_object_get_string_member (child_object (top, 1), "number"), ==, "2");
  g_assert_cmpstr (json_object_get_string_member (top, "title"), ==, "");

  /* Pasting where the ids are free keeps them; where they clash, not. */
  nodes = syl_nodes_from_json (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), NULL);
  g_assert_cmpuint (nodes->len, ==, 2);
  g_assert_true (syl_document_insert_node (target, g_ptr_array_index (nodes, 0),
                                           syl_document_get_root (target), 1, NULL));
  g_assert_cmpstr (syl_node_get_id (g_ptr_array_index (nodes, 0)), ==, "5d6e7f8091a2b3c4");
  g_assert_true (syl_document_insert_node (document, g_ptr_array_index (nodes, 1),
                                           syl_document_get_root (document), 0, NULL));
  g_assert_cmpstr (syl_node_get_id (g_ptr_array_index (nodes, 1)), !=, "aa11bb22cc33dd44");
}

static void
assert_same_error (const char *data)
{
  g_autoptr(GError) expected = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SylDocument) document = syl_document_new_from_data (data, strlen (data), &expected);

  g_assert_null (document);
  g_assert_null (syl_nodes_from_json (data, strlen (data), &error));
  g_assert_nonnull (error);
  g_assert_true (error->domain == expected->domain);
  g_assert_cmpint (error->code, ==, expected->code);
  g_assert_cmpstr (error->message, ==, expected->message);
}

static void
test_json_invalid (void)
{
  g_autoptr(GError) error = NULL;

  g_assert_null (syl_nodes_from_json ("", 0, &error));
  g_assert_error (error, SYL_ERROR, SYL_ERROR_EMPTY);

  assert_same_error ("1 Chapter\n  1.1 Section\n");
  assert_same_error ("{\"format\": \"syllabus\", \"version\": 2, \"children\": []}");
  assert_same_error ("{\"format\": \"other\"}");
  assert_same_error ("{\"format\": \"syllabus\", \"version\": 1, \"children\": [{\"title\": 5}]}");
  assert_same_error ("{\"format\": \"syllabus\", \"version\": 1, \"children\": [");
}

static void
test_json_empty_selection (void)
{
  g_autoptr(GBytes) bytes = syl_nodes_to_json (NULL, 0);
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GError) error = NULL;

  nodes = syl_nodes_from_json (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (nodes->len, ==, 0);
}

/* The lines of the outline text for the numbers given, unindented by
 * @unindent levels. */
static char *
outline_lines (const char * const *numbers,
               guint               unindent)
{
  g_autofree char *text = load_outline_text ();
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  GString *out = g_string_new (NULL);

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i] + strspn (lines[i], " ");

      for (guint j = 0; numbers[j] != NULL; j++)
        {
          g_autofree char *prefix = g_strconcat (numbers[j], " ", NULL);
          g_autofree char *inside = g_strconcat (numbers[j], ".", NULL);

          if (g_str_has_prefix (line, prefix) || g_str_has_prefix (line, inside))
            {
              g_string_append (out, lines[i] + 2 * unindent);
              g_string_append_c (out, '\n');
              break;
            }
        }
    }
  return g_string_free (out, FALSE);
}

static void
test_text_chapter (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  SylNode *chapter = node_at (document, "1");
  const char * const numbers[] = { "1", NULL };
  g_autofree char *expected = outline_lines (numbers, 0);
  g_autofree char *text = syl_nodes_to_text (&chapter, 1);

  g_assert_cmpuint (strlen (expected), >, 0);
  g_assert_true (g_str_has_prefix (expected, "1 AI 大模型的概念和特点\n  1.1 "));
  g_assert_cmpstr (text, ==, expected);
}

/* Sections keep their own numbers, and the highest level of the selection
 * is not indented. */
static void
test_text_sections (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  SylNode *selection[] = { node_at (document, "1.5"), node_at (document, "1.4.2"),
                           node_at (document, "1.4") };
  const char * const numbers[] = { "1.4", "1.5", NULL };
  g_autofree char *expected = outline_lines (numbers, 1);
  g_autofree char *text = syl_nodes_to_text (selection, G_N_ELEMENTS (selection));
  g_autofree char *empty = syl_nodes_to_text (NULL, 0);

  g_assert_true (g_str_has_prefix (expected, "1.4 算法层面的跃升\n  1.4.1 RNN"));
  g_assert_cmpstr (text, ==, expected);
  g_assert_cmpstr (empty, ==, "");
}

static void
test_text_mixed_levels (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1 (A1a)) B (B1)");
  SylNode *selection[] = { node_at (document, "1.1.1"), node_at (document, "2") };
  g_autofree char *text = syl_nodes_to_text (selection, G_N_ELEMENTS (selection));

  g_assert_cmpstr (text, ==, "    1.1.1 A1a\n2 B\n  2.1 B1\n");
}

static void
count_levels (SylNode *node,
              guint    level,
              guint   *counts)
{
  counts[level]++;
  for (guint i = 0; i < syl_node_get_n_children (node); i++)
    count_levels (syl_node_get_child (node, i), level + 1, counts);
}

static void
assert_same_titles (SylNode *expected,
                    SylNode *node)
{
  guint n = syl_node_get_n_children (expected);

  g_assert_cmpstr (syl_node_get_title (node), ==, syl_node_get_title (expected));
  g_assert_cmpint (syl_node_get_kind (node), ==, SYL_NODE_KIND_SECTION);
  g_assert_cmpuint (syl_node_get_n_children (node), ==, n);
  for (guint i = 0; i < n; i++)
    assert_same_titles (syl_node_get_child (expected, i), syl_node_get_child (node, i));
}

/* The sample's outline rebuilds it: 6 chapters, 42 sections, 107
 * subsections, with their exact titles. */
static void
assert_rebuilds_sample (const char *text)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  SylNode *root = syl_document_get_root (document);
  g_autoptr(GPtrArray) nodes = from_text (text);
  guint counts[4] = { 0 };

  g_assert_cmpuint (nodes->len, ==, syl_node_get_n_children (root));
  for (guint i = 0; i < nodes->len; i++)
    {
      count_levels (g_ptr_array_index (nodes, i), 1, counts);
      assert_same_titles (syl_node_get_child (root, i), g_ptr_array_index (nodes, i));
    }
  g_assert_cmpuint (counts[1], ==, 6);
  g_assert_cmpuint (counts[2], ==, 42);
  g_assert_cmpuint (counts[3], ==, 107);
}

static void
test_from_text_outline (void)
{
  g_autofree char *text = load_outline_text ();

  assert_rebuilds_sample (text);
}

/* Without its indentation, as from a PDF, the numbers say the nesting. */
static void
test_from_text_numbers_only (void)
{
  g_autofree char *text = load_outline_text ();
  g_autoptr(GRegex) indent = g_regex_new ("^ +", G_REGEX_MULTILINE, 0, NULL);
  g_autofree char *flat = g_regex_replace_literal (indent, text, -1, 0, "", 0, NULL);

  g_assert_cmpstr (flat, !=, text);
  assert_rebuilds_sample (flat);
}

static void
test_from_text_round_trip (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  SylNode *root = syl_document_get_root (document);
  g_autoptr(GPtrArray) chapters = g_ptr_array_new ();
  g_autofree char *text = NULL;

  for (guint i = 0; i < syl_node_get_n_children (root); i++)
    g_ptr_array_add (chapters, syl_node_get_child (root, i));
  text = syl_nodes_to_text ((SylNode **) chapters->pdata, chapters->len);
  assert_rebuilds_sample (text);
}

static void
test_from_text_indentation (void)
{
  check_text ("A\n\tB\n\t\tC\n\tD\nE", "A (B (C) D) E");
  /* A tab is four spaces; an ideographic space is two. */
  check_text ("A\n    B\n\tC\n\t  D", "A (B C (D))");
  check_text ("A\n  B\n\tC\n   D", "A (B (C D))");
  check_text ("A\n\u3000B\n  C\n   D", "A (B C (D))");
  check_text ("A\n\u3000B\n   C\n \u3000D", "A (B (C D))");
  check_text ("A\n\u3000\u3000B\n    C\n      D", "A (B C (D))");
  /* Indentation is relative to the first line. */
  check_text ("    A\n      B\n    C", "A (B) C");
  /* CR LF, old Mac CR, and a byte order mark. */
  check_text ("\xef\xbb\xbf" "A\r\n  B\r\n  C\r\nD\r\n", "A (B C) D");
  check_text ("A\r  B\rC", "A (B) C");
  /* Blank lines are not nodes and do not end a level. */
  check_text ("A\n\n  B\n   \n  C\n", "A (B C)");
}

static void
test_from_text_markers (void)
{
  g_autoptr(GPtrArray) nodes = from_text ("- A\n  - B\n* C\n• D\n•E\n-5 degrees\n*bold*\n-\n");
  g_autoptr(GPtrArray) numbered = NULL;

  assert_nodes (nodes, "A (B) C D E -5 degrees *bold* ");

  check_text ("1 A\n1.1 B\n1.1.1 C\n1.2. D\n2. E", "A (B (C) D) E");
  check_text ("第一章 绪论\n1.1 背景\n1.2 目的\n第二章：方法\n2.1 设计\n第3章 结果",
              "绪论 (背景 目的) 方法 (设计) 结果");
  /* Each new numbering style nests below the one before, as in Word; a
   * line without a number stays beside the heading above it. */
  check_text ("一、总论\n（一）目标\n(二) 方法\n1、第一步\n第一次",
              "总论 (目标 方法 (第一步 第一次))");
  /* Years and decimals are titles, not numbers. */
  check_text ("2024 年度回顾\n3.14159 π\n1.5x 速度", "2024 年度回顾 3.14159 π 1.5x 速度");

  numbered = from_text ("1.9 【讨论】AI 会有自我意识吗？\n【思考】 为什么\n"
                        "  【案例】企业转型\n  - 附件【示例】\n普通");
  assert_nodes (numbered, "AI 会有自我意识吗？ 为什么 (企业转型 附件) 普通");
  g_assert_cmpint (syl_node_get_kind (g_ptr_array_index (numbered, 0)), ==,
                   SYL_NODE_KIND_DISCUSSION);
  g_assert_cmpint (syl_node_get_kind (g_ptr_array_index (numbered, 1)), ==,
                   SYL_NODE_KIND_DISCUSSION);
  g_assert_cmpint (syl_node_get_kind (syl_node_get_child (g_ptr_array_index (numbered, 1), 0)), ==,
                   SYL_NODE_KIND_EXAMPLE);
  g_assert_cmpint (syl_node_get_kind (syl_node_get_child (g_ptr_array_index (numbered, 1), 1)), ==,
                   SYL_NODE_KIND_EXAMPLE);
  g_assert_cmpint (syl_node_get_kind (g_ptr_array_index (numbered, 2)), ==, SYL_NODE_KIND_SECTION);
}

static void
test_from_text_blank (void)
{
  const char *blanks[] = { "", "\n", "   ", " \t\n\u3000\n", "\r\n\r\n", "\xef\xbb\xbf" };

  for (guint i = 0; i < G_N_ELEMENTS (blanks); i++)
    {
      g_autoptr(GPtrArray) nodes = from_text (blanks[i]);

      g_assert_cmpuint (nodes->len, ==, 0);
    }
}

/* Lines less indented than the first, or indented by odd amounts, still
 * give one node each. */
static void
test_from_text_inconsistent (void)
{
  g_autoptr(GPtrArray) nodes = NULL;

  check_text ("    A\n  B\nC\n      D\n   E\n F", "A B C (D E F)");
  check_text ("A\n      B\n  C\n    D", "A (B C (D))");

  /* Invalid UTF-8 is repaired rather than kept. */
  nodes = from_text ("A\xff\n  B");
  g_assert_cmpuint (nodes->len, ==, 1);
  g_assert_true (g_utf8_validate (syl_node_get_title (g_ptr_array_index (nodes, 0)), -1, NULL));
}

/* Nesting stops at the depth an outline may have. */
static void
test_from_text_depth_limit (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) nodes = NULL;
  SylNode *node;
  guint depth = 1;

  for (guint i = 0; i < SYL_MAX_OUTLINE_DEPTH + 20; i++)
    g_string_append_printf (text, "%*sN%u\n", (int) i, "", i);
  nodes = from_text (text->str);
  g_assert_cmpuint (nodes->len, ==, 1);

  for (node = g_ptr_array_index (nodes, 0); syl_node_get_n_children (node) > 0;
       node = syl_node_get_child (node, 0))
    depth++;
  g_assert_cmpuint (depth, ==, SYL_MAX_OUTLINE_DEPTH);
  g_assert_cmpstr (syl_node_get_title (node), ==, "N99");
  g_assert_cmpuint (syl_node_get_n_children (syl_node_get_parent (node)), ==, 21);
}

/* A line that is only its number keeps the number as its title, rather
 * than becoming an untitled row. */
static void
test_from_text_number_only_lines (void)
{
  g_autoptr(GPtrArray) nodes = from_text ("新章节\n  第一节\n  第二节\n一、\n");
  SylNode *chapter;

  g_assert_cmpuint (nodes->len, ==, 2);
  chapter = g_ptr_array_index (nodes, 0);
  g_assert_cmpstr (syl_node_get_title (chapter), ==, "新章节");
  g_assert_cmpuint (syl_node_get_n_children (chapter), ==, 2);
  g_assert_cmpstr (syl_node_get_title (syl_node_get_child (chapter, 0)), ==, "第一节");
  g_assert_cmpstr (syl_node_get_title (syl_node_get_child (chapter, 1)), ==, "第二节");
  g_assert_cmpstr (syl_node_get_title (g_ptr_array_index (nodes, 1)), ==, "一、");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/clipboard/json/round-trip", test_json_round_trip);
  g_test_add_func ("/clipboard/json/renumbered", test_json_renumbered);
  g_test_add_func ("/clipboard/json/invalid", test_json_invalid);
  g_test_add_func ("/clipboard/json/empty-selection", test_json_empty_selection);
  g_test_add_func ("/clipboard/to-text/chapter", test_text_chapter);
  g_test_add_func ("/clipboard/to-text/sections", test_text_sections);
  g_test_add_func ("/clipboard/to-text/mixed-levels", test_text_mixed_levels);
  g_test_add_func ("/clipboard/from-text/outline", test_from_text_outline);
  g_test_add_func ("/clipboard/from-text/numbers-only", test_from_text_numbers_only);
  g_test_add_func ("/clipboard/from-text/round-trip", test_from_text_round_trip);
  g_test_add_func ("/clipboard/from-text/indentation", test_from_text_indentation);
  g_test_add_func ("/clipboard/from-text/markers", test_from_text_markers);
  g_test_add_func ("/clipboard/from-text/blank", test_from_text_blank);
  g_test_add_func ("/clipboard/from-text/number-only-lines", test_from_text_number_only_lines);
  g_test_add_func ("/clipboard/from-text/inconsistent", test_from_text_inconsistent);
  g_test_add_func ("/clipboard/from-text/depth-limit", test_from_text_depth_limit);

  return g_test_run ();
}
