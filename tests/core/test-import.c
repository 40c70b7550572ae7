/* test-import.c: importing text, PDF-extracted text, Markdown and OPML
 *
 * Each fixture under tests/data/import/ has a hand-written answer beside
 * it, NAME.expected, in the form dump_result() writes: the course's
 * title and authors, then the outline, one node a line with its number,
 * title, kind, optional flag, duration and kept OPML attributes, and its
 * notes and objectives on lines below; then the warnings with their lines.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "syl-clipboard.h"
#include "syl-model-private.h"
#include "syl-import.h"
#include "syl-test-util.h"
#include "syl-json-reader.h"

static const char * const fixtures[] = {
  "md/atx.md",
  "md/bold-headings.md",
  "md/chinese-inline.md",
  "md/code-blocks.md",
  "md/code-spans.md",
  "md/contents-only.md",
  "md/course-structure.md",
  "md/contents.md",
  "md/escapes-loose.md",
  "md/front-matter.md",
  "md/headings-lists.md",
  "md/labels-notes.md",
  "md/lists-numbered-items.md",
  "md/lists-only.md",
  "md/lists-reading.md",
  "md/malformed-headings.md",
  "md/numbered-entries.md",
  "md/setext.md",
  "md/title-h1.md",
  "md/utf16.md",
  "opml/bad-attributes.opml",
  "opml/basic.opml",
  "opml/chinese-markers.opml",
  "opml/gb2312-declared.opml",
  "opml/html-text.opml",
  "opml/syllabus-attributes.opml",
  "opml/utf16-bom.opml",
  "opml/version-1.opml",
  "pdf/chinese-runs.txt",
  "pdf/closing-punct.txt",
  "pdf/english-runs.txt",
  "pdf/form-feeds.txt",
  "pdf/gb18030-runs.txt",
  "pdf/notes-broken.txt",
  "pdf/number-alone.txt",
  "pdf/title-block.txt",
  "pdf/toc-leaders.txt",
  "text/activities.txt",
  "text/book-contents.txt",
  "text/bullets.txt",
  "text/chinese-numbering.txt",
  "text/contents-levels.txt",
  "text/counted-parts.txt",
  "text/english-chapters.txt",
  "text/english-numbered.txt",
  "text/english-separators.txt",
  "text/gb18030.txt",
  "text/indented-spaces.txt",
  "text/indented-tabs-fullwidth.txt",
  "text/labels.txt",
  "text/lead-in.txt",
  "text/letters.txt",
  "text/lists-restart.txt",
  "text/markers.txt",
  "text/page-furniture.txt",
  "text/parts.txt",
  "text/skips.txt",
  "text/steps-under-chapters.txt",
  "text/utf16be.txt",
  "text/utf16le-bom.txt",
  "text/utf8-bom-crlf.txt",
  "text/word-notes.txt",
  "text/wrapped-items.txt",
};

/* Dumping a result. */

static char *
escape (const char *text)
{
  g_autoptr(GString) out = g_string_new (text);

  g_string_replace (out, "\n", "\\n", 0);
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
dump_opml_attributes (GString *out,
                      SylNode *node)
{
  JsonObject *extra = _syl_extra_get (node);
  JsonObject *opml;
  g_autoptr(GList) names = NULL;

  if (extra == NULL || !json_object_has_member (extra, "opml"))
    return;
  opml = json_object_get_object_member (extra, "opml");
  names = json_object_get_members (opml);
  g_string_append (out, " [opml:");
  for (GList *l = names; l != NULL; l = l->next)
    g_string_append_printf (out, " %s=%s", (const char *) l->data,
                            json_object_get_string_member (opml, l->data));
  g_string_append_c (out, ']');
}

static void
dump_node (GString    *out,
           SylNode    *node,
           const char *number,
           guint       depth)
{
  g_autofree char *indent = g_strnfill ((depth - 1) * 2, ' ');
  const char *title = syl_node_get_title (node);

  g_string_append_printf (out, "%s%s%s%s", indent, number, *title ? " " : "", title);
  if (syl_node_get_kind (node) != SYL_NODE_KIND_SECTION)
    g_string_append_printf (out, " [%s]", syl_node_kind_to_string (syl_node_get_kind (node)));
  if (syl_node_get_optional (node))
    g_string_append (out, " [optional]");
  if (syl_node_get_duration_minutes (node) >= 0)
    g_string_append_printf (out, " [%d min]", syl_node_get_duration_minutes (node));
  dump_opml_attributes (out, node);
  g_string_append_c (out, '\n');
  if (*syl_node_get_notes (node) != '\0')
    {
      g_autofree char *notes = escape (syl_node_get_notes (node));

      g_string_append_printf (out, "%s  notes: %s\n", indent, notes);
    }
  if (syl_node_get_objectives (node)[0] != NULL)
    {
      g_autofree char *joined = g_strjoinv (" | ", (char **) syl_node_get_objectives (node));

      g_string_append_printf (out, "%s  objectives: %s\n", indent, joined);
    }

  for (guint i = 0; i < syl_node_get_n_children (node); i++)
    {
      g_autofree char *child = g_strdup_printf ("%s.%u", number, i + 1);

      dump_node (out, syl_node_get_child (node, i), child, depth + 1);
    }
}

static void
dump_field (GString    *out,
            const char *name,
            const char *value)
{
  g_autofree char *escaped = escape (value);

  if (*value != '\0')
    g_string_append_printf (out, "%s: %s\n", name, escaped);
}

static void
dump_authors (GString         *out,
              SylImportResult *result)
{
  GListModel *authors = syl_import_result_get_authors (result);

  for (guint i = 0; i < g_list_model_get_n_items (authors); i++)
    {
      g_autoptr(SylAuthor) author = g_list_model_get_item (authors, i);

      g_string_append_printf (out, "author: %s", syl_author_get_name (author));
      if (*syl_author_get_about (author) != '\0')
        g_string_append_printf (out, " (%s)", syl_author_get_about (author));
      g_string_append_c (out, '\n');
    }
}

static char *
dump_result (SylImportResult *result)
{
  GString *out = g_string_new (NULL);
  GListModel *nodes = syl_import_result_get_nodes (result);

  dump_field (out, "title", syl_import_result_get_title (result));
  dump_field (out, "subtitle", syl_import_result_get_subtitle (result));
  dump_authors (out, result);
  dump_field (out, "description", syl_import_result_get_description (result));
  if (strcmp (syl_import_result_get_encoding (result), "UTF-8") != 0)
    dump_field (out, "encoding", syl_import_result_get_encoding (result));
  dump_field (out, "language", syl_import_result_get_language (result));

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(SylNode) node = g_list_model_get_item (nodes, i);
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      g_assert_null (syl_node_get_parent (node));
      dump_node (out, node, number, 1);
    }

  for (guint i = 0; i < syl_import_result_get_n_warnings (result); i++)
    {
      guint line;
      const char *message = syl_import_result_get_warning (result, i, &line);

      g_string_append_printf (out, "warning %u: %s\n", line, message);
    }
  return g_string_free (out, FALSE);
}

static SylImportResult *
import_data (const char      *name,
             SylImportFormat  format,
             GError         **error)
{
  g_autofree char *path = syl_test_data_path ("import", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);

  return syl_import_file (file, format, NULL, NULL, error);
}

/* The answer beside a fixture: text/bullets.txt → text/bullets.expected. */
static char *
read_expected (const char *name)
{
  g_autofree char *base = g_strndup (name, strrchr (name, '.') - name);
  g_autofree char *expected = g_strconcat (base, ".expected", NULL);
  g_autofree char *path = syl_test_data_path ("import", expected, NULL);

  return syl_test_read_text (path);
}

static void
test_fixture (gconstpointer data)
{
  const char *name = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = import_data (name, SYL_IMPORT_FORMAT_AUTO, &error);
  g_autofree char *expected = read_expected (name);
  g_autofree char *got = NULL;

  g_assert_no_error (error);
  got = dump_result (result);
  if (strcmp (got, expected) != 0)
    g_test_message ("%s gave:\n%s", name, got);
  syl_test_assert_same_text (got, expected);
}

/* The sample: the acceptance test. */

static void
append_outline (GString      *out,
                SylNumbering *numbering,
                SylNode      *parent)
{
  for (guint i = 0; i < syl_node_get_n_children (parent); i++)
    {
      SylNode *node = syl_node_get_child (parent, i);
      g_autofree char *text = syl_numbering_format_with_title (numbering, node);

      for (guint d = 1; d < syl_node_get_depth (node); d++)
        g_string_append (out, "  ");
      g_string_append_printf (out, "%s\n", text);
      append_outline (out, numbering, node);
    }
}

/* The outline as `syllabus-cli outline` prints it. */
static char *
outline_text (SylDocument *document)
{
  GString *out = g_string_new (NULL);

  append_outline (out, syl_document_get_numbering (document), syl_document_get_root (document));
  return g_string_free (out, FALSE);
}

static void
count_levels (SylNode *node,
              guint    level,
              guint   *counts)
{
  counts[MIN (level, 4)]++;
  for (guint i = 0; i < syl_node_get_n_children (node); i++)
    count_levels (syl_node_get_child (node, i), level + 1, counts);
}

/* Every node of @node's subtree as in the hand-made sample: title, kind,
 * optional, notes, in order. */
static void
assert_same_nodes (SylNode *expected,
                   SylNode *node)
{
  guint n = syl_node_get_n_children (expected);

  g_assert_cmpstr (syl_node_get_title (node), ==, syl_node_get_title (expected));
  g_assert_cmpint (syl_node_get_kind (node), ==, syl_node_get_kind (expected));
  g_assert_cmpint (syl_node_get_optional (node), ==, syl_node_get_optional (expected));
  g_assert_cmpstr (syl_node_get_notes (node), ==, syl_node_get_notes (expected));
  g_assert_cmpuint (syl_node_get_n_children (node), ==, n);
  for (guint i = 0; i < n; i++)
    assert_same_nodes (syl_node_get_child (expected, i), syl_node_get_child (node, i));
}

/* The seed, text pulled from a PDF, gives exactly the outline of the
 * answer key, every title exact, with the kinds, the optional chapter,
 * the title without 《》 and the author of the hand-made sample. */
static void
test_seed (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = syl_test_data_path ("seed-ai-enterprise-course.txt", NULL);
  g_autofree char *key_path = syl_test_data_path ("ai-enterprise-course.outline.txt", NULL);
  g_autofree char *key = syl_test_read_text (key_path);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SylImportResult) result = syl_import_file (file, SYL_IMPORT_FORMAT_AUTO, NULL, NULL,
                                                       &error);
  g_autoptr(SylDocument) document = NULL;
  g_autoptr(SylDocument) sample = syl_test_load_sample ();
  g_autoptr(SylAuthor) author = NULL;
  g_autoptr(SylAuthor) sample_author = NULL;
  g_autofree char *outline = NULL;
  SylNode *root;
  guint counts[5] = { 0 };

  g_assert_no_error (error);
  g_assert_cmpint (syl_import_result_get_format (result), ==, SYL_IMPORT_FORMAT_TEXT);
  g_assert_cmpuint (syl_import_result_get_n_warnings (result), ==, 0);
  document = syl_import_result_create_document (result);

  outline = outline_text (document);
  syl_test_assert_same_text (outline, key);
  g_assert_cmpstr (outline, ==, key);

  root = syl_document_get_root (document);
  for (guint i = 0; i < syl_node_get_n_children (root); i++)
    count_levels (syl_node_get_child (root, i), 1, counts);
  g_assert_cmpuint (counts[1], ==, 6);
  g_assert_cmpuint (counts[2], ==, 42);
  g_assert_cmpuint (counts[3], ==, 107);
  g_assert_cmpuint (counts[4], ==, 0);

  g_assert_cmpuint (syl_node_get_n_children (root), ==,
                    syl_node_get_n_children (syl_document_get_root (sample)));
  for (guint i = 0; i < syl_node_get_n_children (root); i++)
    assert_same_nodes (syl_node_get_child (syl_document_get_root (sample), i),
                       syl_node_get_child (root, i));

  g_assert_cmpstr (syl_document_get_title (document), ==, syl_document_get_title (sample));
  g_assert_cmpstr (syl_document_get_title (document), ==, "AI 大模型（类 ChatGPT）的企业应用");
  g_assert_cmpstr (syl_document_get_subtitle (document), ==, "");
  g_assert_cmpstr (syl_document_get_language (document), ==, syl_document_get_language (sample));
  g_assert_cmpuint (g_list_model_get_n_items (syl_document_get_authors (document)), ==, 1);
  author = g_list_model_get_item (syl_document_get_authors (document), 0);
  sample_author = g_list_model_get_item (syl_document_get_authors (sample), 0);
  g_assert_cmpstr (syl_author_get_name (author), ==, "段方");
  g_assert_cmpstr (syl_author_get_name (author), ==, syl_author_get_name (sample_author));
  g_assert_cmpstr (syl_author_get_about (author), ==, syl_author_get_about (sample_author));

  /* 2.7 【思考】 is a discussion that keeps its five children. */
  g_assert_cmpint (syl_node_get_kind (syl_node_get_child (syl_node_get_child (root, 1), 6)), ==,
                   SYL_NODE_KIND_DISCUSSION);
  g_assert_cmpuint (syl_node_get_n_children (syl_node_get_child (syl_node_get_child (root, 1), 6)),
                    ==, 5);
}

/* The seed in UTF-16 and GB18030, as Windows saves Chinese text, gives
 * the same outline. */
static void
test_seed_encodings (void)
{
  static const char * const encodings[] = { "UTF-16LE", "UTF-16BE", "UTF-16", "GB18030" };
  g_autofree char *path = syl_test_data_path ("seed-ai-enterprise-course.txt", NULL);
  g_autofree char *text = syl_test_read_text (path);
  g_autoptr(GRegex) encoding_line = g_regex_new ("^encoding: .*\n", G_REGEX_MULTILINE, 0, NULL);
  g_autofree char *expected = NULL;

  {
    g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
    g_autoptr(SylImportResult) result = syl_import_bytes (bytes, SYL_IMPORT_FORMAT_AUTO, NULL,
                                                          NULL, NULL);
    expected = dump_result (result);
  }

  for (guint i = 0; i < G_N_ELEMENTS (encodings); i++)
    {
      gsize size;
      g_autoptr(GError) error = NULL;
      char *converted = g_convert (text, -1, encodings[i], "UTF-8", NULL, &size, &error);
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(SylImportResult) result = NULL;
      g_autofree char *got = NULL;
      g_autofree char *without_encoding = NULL;

      g_assert_no_error (error);
      bytes = g_bytes_new_take (converted, size);
      result = syl_import_bytes (bytes, SYL_IMPORT_FORMAT_AUTO, NULL, "seed.txt", &error);
      g_assert_no_error (error);
      /* “UTF-16” writes a byte order mark, in either order. */
      if (strcmp (encodings[i], "UTF-16") == 0)
        g_assert_true (g_str_has_prefix (syl_import_result_get_encoding (result), "UTF-16"));
      else
        g_assert_cmpstr (syl_import_result_get_encoding (result), ==, encodings[i]);
      got = dump_result (result);
      /* The dump names the encoding on a line of its own. */
      without_encoding = g_regex_replace (encoding_line, got, -1, 0, "", 0, NULL);
      g_assert_cmpstr (without_encoding, ==, expected);
    }
}

/* Using a result. */

static void
assert_dump (SylDocument *document,
             const char  *expected)
{
  g_autofree char *dump = syl_test_dump (document);

  g_assert_cmpstr (dump, ==, expected);
}

static JsonObject *
opml_member (SylNode *node)
{
  JsonObject *extra = _syl_extra_get (node);

  g_assert_nonnull (extra);
  return json_object_get_object_member (extra, "opml");
}

/* OPML → document → JSON file → document: the ids, kinds, durations and
 * optional flags that Syllabus's OPML carries are on the nodes, and the
 * other attributes are in the unknown member “opml”, saved and read back,
 * for the OPML export to write them out again. */
static void
test_opml_round_trip (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = import_data ("opml/syllabus-attributes.opml",
                                                   SYL_IMPORT_FORMAT_AUTO, &error);
  g_autoptr(SylDocument) document = NULL;
  g_autoptr(SylDocument) reloaded = NULL;
  g_autofree char *json = NULL;
  g_autofree char *again = NULL;
  SylNode *sorting, *fastest, *cards;
  JsonObject *opml;

  g_assert_no_error (error);
  document = syl_import_result_create_document (result);
  json = syl_test_serialize (document);
  reloaded = syl_document_new_from_data (json, strlen (json), &error);
  g_assert_no_error (error);
  g_assert_cmpstr (syl_document_get_warnings (reloaded)[0], ==, NULL);

  sorting = syl_document_find_node (reloaded, "3f9a0c2e71d4b865");
  fastest = syl_document_find_node (reloaded, "5d6e7f8091a2b3c4");
  g_assert_nonnull (sorting);
  g_assert_nonnull (fastest);
  g_assert_true (syl_node_get_parent (fastest) == sorting);
  g_assert_cmpint (syl_node_get_duration_minutes (sorting), ==, 90);
  g_assert_cmpstr (syl_node_get_notes (sorting), ==, "Why order matters.");
  g_assert_cmpint (syl_node_get_kind (fastest), ==, SYL_NODE_KIND_DISCUSSION);
  g_assert_true (syl_node_get_optional (fastest));
  cards = syl_node_get_child (sorting, 1);
  g_assert_cmpint (syl_node_get_kind (cards), ==, SYL_NODE_KIND_EXAMPLE);
  g_assert_cmpint (syl_node_get_duration_minutes (cards), ==, 0);

  opml = opml_member (sorting);
  g_assert_cmpuint (json_object_get_size (opml), ==, 3);
  g_assert_cmpstr (json_object_get_string_member (opml, "created"), ==, "2026-11-28");
  g_assert_cmpstr (json_object_get_string_member (opml, "type"), ==, "link");
  g_assert_cmpstr (json_object_get_string_member (opml, "url"), ==, "https://example.com/sorting");
  g_assert_null (_syl_extra_get (fastest));

  /* And the file is stable from then on. */
  again = syl_test_serialize (reloaded);
  g_assert_cmpstr (again, ==, json);
}

/* A new document: the result's title and authors, no history, nothing
 * to save yet; the result stays as it was, so it can be used again. */
static void
test_create_document (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = import_data ("pdf/title-block.txt", SYL_IMPORT_FORMAT_AUTO,
                                                   &error);
  g_autoptr(SylDocument) first = NULL;
  g_autoptr(SylDocument) second = NULL;
  g_autoptr(SylNode) top = NULL;
  g_autoptr(SylAuthor) author = NULL;
  g_autofree char *dump = NULL;

  g_assert_no_error (error);
  dump = dump_result (result);
  first = syl_import_result_create_document (result);
  second = syl_import_result_create_document (result);

  g_assert_cmpstr (syl_document_get_title (first), ==, "企业数字化转型的方法与实践");
  g_assert_cmpstr (syl_document_get_language (first), ==, "zh-CN");
  author = g_list_model_get_item (syl_document_get_authors (first), 0);
  g_assert_cmpstr (syl_author_get_name (author), ==, "张伟");
  g_assert_false (syl_history_get_can_undo (syl_document_get_history (first)));
  g_assert_false (syl_document_get_modified (first));
  g_assert_null (syl_document_get_file (first));
  g_assert_cmpuint (syl_document_get_n_nodes (first), ==, syl_import_result_count_nodes (result));
  g_assert_cmpuint (syl_document_get_n_nodes (first), ==, 4);

  /* Copies: the result's own nodes are in no document. */
  top = g_list_model_get_item (syl_import_result_get_nodes (result), 0);
  g_assert_null (syl_node_get_parent (top));
  g_assert_true (syl_node_get_child (syl_document_get_root (first), 0) != top);
  g_assert_true (syl_document_find_node (first, syl_node_get_id (top)) != NULL);
  {
    g_autofree char *second_dump = syl_test_dump (second);
    assert_dump (first, second_dump);
  }
  {
    g_autofree char *after = dump_result (result);
    g_assert_cmpstr (after, ==, dump);
  }
}

/* Into an open document, below the selected node: one step of its
 * history, which a single undo takes back out and a redo puts back. */
static void
test_insert (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1 A2) B");
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = import_data ("text/english-chapters.txt",
                                                   SYL_IMPORT_FORMAT_AUTO, &error);
  SylHistory *history = syl_document_get_history (document);
  SylNode *a = syl_test_find (document, "A");

  g_assert_no_error (error);
  g_assert_true (syl_import_result_insert (result, document, a, 1, &error));
  g_assert_no_error (error);
  assert_dump (document, "A (A1 Foundations (What is an outline Numbering (Decimal paths "
                         "Chinese styles)) Practice (Importing) A2) B");
  g_assert_cmpuint (syl_history_get_n_undo (history), ==, 1);
  g_assert_true (syl_document_get_modified (document));
  g_assert_cmpuint (syl_document_get_n_nodes (document), ==, 4 + 7);

  g_assert_true (syl_history_undo (history));
  assert_dump (document, "A (A1 A2) B");
  g_assert_cmpuint (syl_document_get_n_nodes (document), ==, 4);
  g_assert_false (syl_document_get_modified (document));
  g_assert_true (syl_history_redo (history));
  g_assert_cmpuint (syl_document_get_n_nodes (document), ==, 11);
  assert_dump (document, "A (A1 Foundations (What is an outline Numbering (Decimal paths "
                         "Chinese styles)) Practice (Importing) A2) B");

  /* Inserting again gives new nodes with ids of their own. */
  g_assert_true (syl_import_result_insert (result, document, syl_document_get_root (document), 2,
                                           &error));
  g_assert_cmpuint (syl_document_get_n_nodes (document), ==, 18);
  g_assert_cmpuint (syl_history_get_n_undo (history), ==, 2);
}

/* A file with a title and no outline inserts nothing, and leaves no empty
 * step in the history. */
static void
test_insert_nothing (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A B");
  g_autoptr(GBytes) bytes = g_bytes_new_static ("Course\n=====\n", 13);
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = syl_import_bytes (bytes, SYL_IMPORT_FORMAT_TEXT, NULL, NULL,
                                                        &error);

  g_assert_no_error (error);
  g_assert_cmpstr (syl_import_result_get_title (result), ==, "Course");
  g_assert_cmpuint (syl_import_result_count_nodes (result), ==, 0);
  g_assert_true (syl_import_result_insert (result, document, syl_document_get_root (document), 0,
                                           &error));
  assert_dump (document, "A B");
  g_assert_false (syl_history_get_can_undo (syl_document_get_history (document)));
}

/* An id from an OPML file that the open document already uses is
 * replaced, as for a paste; one it does not use is kept. */
static void
test_insert_clashing_ids (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("3f9a0c2e71d4b865 B");
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = import_data ("opml/syllabus-attributes.opml",
                                                   SYL_IMPORT_FORMAT_AUTO, &error);
  SylNode *root = syl_document_get_root (document);
  SylNode *inserted;

  g_assert_no_error (error);
  g_assert_true (syl_import_result_insert (result, document, root, 2, &error));
  inserted = syl_node_get_child (root, 2);
  g_assert_cmpstr (syl_node_get_title (inserted), ==, "Sorting");
  g_assert_cmpstr (syl_node_get_id (inserted), !=, "3f9a0c2e71d4b865");
  g_assert_cmpstr (syl_node_get_title (syl_document_find_node (document, "3f9a0c2e71d4b865")), ==,
                   "3f9a0c2e71d4b865");
  g_assert_true (syl_document_find_node (document, "5d6e7f8091a2b3c4") ==
                 syl_node_get_child (inserted, 0));
}

/* Pasting text and importing it agree, line for line, except that a
 * paste has no title block. */
static void
test_paste_agrees (void)
{
  static const char * const names[] = {
    "text/bullets.txt", "text/chinese-numbering.txt", "text/skips.txt",
    "text/indented-tabs-fullwidth.txt", "pdf/chinese-runs.txt", "pdf/english-runs.txt",
  };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      g_autofree char *path = syl_test_data_path ("import", names[i], NULL);
      g_autofree char *text = syl_test_read_text (path);
      g_autoptr(SylImportResult) result = import_data (names[i], SYL_IMPORT_FORMAT_TEXT, NULL);
      g_autoptr(GPtrArray) pasted = syl_nodes_from_text (text);
      GListModel *imported = syl_import_result_get_nodes (result);
      guint offset = pasted->len - g_list_model_get_n_items (imported);

      /* The banner of english-runs.txt is its one extra node. */
      g_assert_cmpuint (offset, ==, g_str_has_prefix (names[i], "pdf/english") ? 1 : 0);
      for (guint j = 0; j < g_list_model_get_n_items (imported); j++)
        {
          g_autoptr(SylNode) node = g_list_model_get_item (imported, j);
          g_autoptr(GString) a = g_string_new (NULL);
          g_autoptr(GString) b = g_string_new (NULL);

          dump_node (a, node, "1", 1);
          dump_node (b, g_ptr_array_index (pasted, j + offset), "1", 1);
          g_assert_cmpstr (a->str, ==, b->str);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/seed/answer-key", test_seed);
  g_test_add_func ("/import/seed/encodings", test_seed_encodings);
  g_test_add_func ("/import/opml/round-trip", test_opml_round_trip);
  g_test_add_func ("/import/result/create-document", test_create_document);
  g_test_add_func ("/import/result/insert", test_insert);
  g_test_add_func ("/import/result/insert-clashing-ids", test_insert_clashing_ids);
  g_test_add_func ("/import/result/insert-nothing", test_insert_nothing);
  g_test_add_func ("/import/paste-agrees", test_paste_agrees);

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *path = g_strdup_printf ("/import/fixture/%s", fixtures[i]);

      g_test_add_data_func (path, fixtures[i], test_fixture);
    }

  return g_test_run ();
}
