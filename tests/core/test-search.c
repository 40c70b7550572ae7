/* test-search.c: finding nodes by a word in their text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-search.h"
#include "syl-test-util.h"
#include "syl-json-reader.h"

/* Each node's id is what the tests expect to find; every text field is
 * used by at least one node. */
static const char outline_json[] =
  "{\"format\": \"syllabus\", \"version\": 1, \"children\": ["
  " {\"id\": \"intro\", \"title\": \"Introduction to Recursion\","
  "  \"children\": ["
  "   {\"id\": \"notes\", \"title\": \"Base cases\","
  "    \"notes\": \"Every RECURSIVE function needs a base case.\"},"
  "   {\"id\": \"objectives\", \"title\": \"Goals\","
  "    \"objectives\": [\"Write a loop\", \"Trace a recursive call\"]}]},"
  " {\"id\": \"examples\", \"title\": \"Worked\","
  "  \"examples\": [{\"title\": \"Factorial\", \"body\": \"fact(n) calls fact(n - 1)\"}],"
  "  \"children\": ["
  "   {\"id\": \"example-title\", \"title\": \"More\","
  "    \"examples\": [{\"title\": \"Recursive descent\", \"body\": \"\"}]}]},"
  " {\"id\": \"comments\", \"title\": \"Review\","
  "  \"annotations\": [{\"author\": \"Li Wei\", \"text\": \"Too fast\","
  "   \"replies\": [{\"author\": \"Bob\", \"text\": \"Add a slide on recursion trees\"}]}]},"
  " {\"id\": \"unicode\", \"title\": \"École — straße — ΣΟΦΙΑ — 大数据与ＡＩ\","
  "  \"notes\": \"Cafe\\u0301 au lait, 2 \\u212a\"},"
  " {\"id\": \"ascii\", \"title\": \"cafe strasse\"}"
  "]}";

static SylDocument *
load_outline (void)
{
  g_autoptr(GError) error = NULL;
  SylDocument *document = syl_document_new_from_data (outline_json, strlen (outline_json),
                                                      &error);

  g_assert_no_error (error);
  return document;
}

/* The ids of the matches, in order, separated by spaces. */
static char *
search_ids (SylDocument     *document,
            const char      *word,
            SylSearchFields  fields)
{
  g_autoptr(GPtrArray) matches = syl_document_search (document, word, fields);
  g_autoptr(GString) ids = g_string_new (NULL);

  g_assert_nonnull (matches);
  for (guint i = 0; i < matches->len; i++)
    {
      SylNode *node = g_ptr_array_index (matches, i);

      g_assert_true (SYL_IS_NODE (node));
      g_string_append_printf (ids, "%s%s", i > 0 ? " " : "", syl_node_get_id (node));
    }
  return g_string_free (g_steal_pointer (&ids), FALSE);
}

static void
assert_search (SylDocument     *document,
               const char      *word,
               SylSearchFields  fields,
               const char      *expected)
{
  g_autofree char *ids = search_ids (document, word, fields);

  g_test_message ("searching “%s”", word);
  g_assert_cmpstr (ids, ==, expected);
}

static void
test_every_field_in_document_order (void)
{
  g_autoptr(SylDocument) document = load_outline ();

  /* A title, notes, an objective, an example's title, a reply: each node
   * once, parents before children, whatever field matched. */
  assert_search (document, "recursi", SYL_SEARCH_ALL,
                 "intro notes objectives example-title comments");
  assert_search (document, "fact(n - 1)", SYL_SEARCH_ALL, "examples");
  assert_search (document, "too FAST", SYL_SEARCH_ALL, "comments");
  assert_search (document, "no such word", SYL_SEARCH_ALL, "");
}

static void
test_fields_restrict (void)
{
  g_autoptr(SylDocument) document = load_outline ();

  assert_search (document, "recursi", SYL_SEARCH_TITLE, "intro");
  assert_search (document, "recursi", SYL_SEARCH_NOTES, "notes");
  assert_search (document, "recursi", SYL_SEARCH_OBJECTIVES, "objectives");
  assert_search (document, "recursi", SYL_SEARCH_EXAMPLES, "example-title");
  assert_search (document, "recursi", SYL_SEARCH_COMMENTS, "comments");
  assert_search (document, "recursi", SYL_SEARCH_TITLE | SYL_SEARCH_COMMENTS,
                 "intro comments");
  assert_search (document, "recursi", 0, "");
}

static void
test_unicode_folding (void)
{
  g_autoptr(SylDocument) document = load_outline ();

  /* Case beyond ASCII, and the accent as one character in the word. */
  assert_search (document, "éCOLE", SYL_SEARCH_ALL, "unicode");
  /* “ß” folds to “ss”, but “ss” written out does not become “ß”. */
  assert_search (document, "STRASSE", SYL_SEARCH_ALL, "unicode ascii");
  assert_search (document, "straße", SYL_SEARCH_ALL, "unicode ascii");
  /* Final and medial sigma fold alike. */
  assert_search (document, "σοφια", SYL_SEARCH_ALL, "unicode");
  /* Full-width letters, Chinese, and the Kelvin sign, which folds to k. */
  assert_search (document, "ai", SYL_SEARCH_TITLE, "unicode");
  assert_search (document, "数据", SYL_SEARCH_ALL, "unicode");
  assert_search (document, "2 k", SYL_SEARCH_ALL, "unicode");
  /* “é” in the word finds the accent written apart in the notes, not the
   * plain “e” of an ASCII title; a plain “e” finds both. */
  assert_search (document, "café", SYL_SEARCH_ALL, "unicode");
  assert_search (document, "cafe", SYL_SEARCH_ALL, "unicode ascii");
}

static void
test_fold (void)
{
  g_autofree char *precomposed = syl_search_fold ("\xc3\x89");
  g_autofree char *decomposed = syl_search_fold ("e\xcc\x81");
  g_autofree char *width = syl_search_fold ("ＡＩ");
  g_autofree char *invalid = syl_search_fold ("\xff");

  g_assert_cmpstr (precomposed, ==, decomposed);
  g_assert_cmpstr (width, ==, "ai");
  g_assert_null (invalid);
}

/* What syl_search_fold() must give: the whole text normalized, folded and
 * normalized again, as GLib does it. */
static char *
reference_fold (const char *text)
{
  g_autofree char *normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  g_autofree char *folded = g_utf8_casefold (normal, -1);

  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
}

static void
assert_folds_like_glib (const char *text)
{
  g_autofree char *fast = syl_search_fold (text);
  g_autofree char *reference = reference_fold (text);

  g_assert_cmpstr (fast, ==, reference);
}

/* Folding copies plain characters and folds the runs between them; that
 * must give what folding the whole text gives, marks, ligatures, Hangul,
 * full-width and compatibility characters included. */
static void
test_fold_like_glib (void)
{
  static const char * const texts[] = {
    "ASCII only, Mixed Case",
    "e\xcc\x81\xcc\xa3 and \xc3\xa9\xcc\xa3: marks out of canonical order",
    "“引号”与【括号】、句号。全角，逗号！ＡＢＣ１２３",
    "ﬁﬂ ligatures, Ⅸ numerals, ㎏ units, ½, ²",
    "한국어 Hangul 각 syllables",
    "ΣΟΦΙΑ σοφία ς, İstanbul, ǅ titlecase, ẞ capital sharp s",
    "算法\xcc\x81 a mark after an ideograph, 〈〉《》「」『』 and — dash",
    "\xe2\x84\xaa Kelvin, \xe2\x84\xab Angstrom, \xef\xac\x80 ff",
    "ゔ katakana ヴ and half-width ｶﾀｶﾅ",
    "",
  };
  g_autofree char *path = syl_test_sample_path ();
  g_autofree char *sample = syl_test_read_text (path);
  g_auto(GStrv) lines = g_strsplit (sample, "\n", -1);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    assert_folds_like_glib (texts[i]);
  for (guint i = 0; lines[i] != NULL; i++)
    assert_folds_like_glib (lines[i]);
}

static void
test_empty_word (void)
{
  g_autoptr(SylDocument) document = load_outline ();

  assert_search (document, "", SYL_SEARCH_ALL, "");
}

/* Search sees the tree as it is now, edits and undo included. */
static void
test_follows_edits (void)
{
  g_autoptr(SylDocument) document = load_outline ();
  SylNode *ascii = syl_test_find (document, "ascii");
  SylNode *root = syl_document_get_root (document);
  g_autoptr(GError) error = NULL;

  g_assert_true (syl_document_move_node (document, ascii, root, 0, &error));
  g_assert_no_error (error);
  assert_search (document, "cafe", SYL_SEARCH_ALL, "ascii unicode");

  g_assert_true (syl_document_set_string (document, ascii, "title", "Cafés", FALSE, &error));
  g_assert_no_error (error);
  assert_search (document, "CAFÉS", SYL_SEARCH_ALL, "ascii");
  assert_search (document, "cafe", SYL_SEARCH_ALL, "ascii unicode");

  g_assert_true (syl_history_undo (syl_document_get_history (document)));
  g_assert_true (syl_history_undo (syl_document_get_history (document)));
  assert_search (document, "cafe", SYL_SEARCH_ALL, "unicode ascii");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/search/every-field-in-document-order", test_every_field_in_document_order);
  g_test_add_func ("/search/fields-restrict", test_fields_restrict);
  g_test_add_func ("/search/unicode-folding", test_unicode_folding);
  g_test_add_func ("/search/fold", test_fold);
  g_test_add_func ("/search/fold-like-glib", test_fold_like_glib);
  g_test_add_func ("/search/empty-word", test_empty_word);
  g_test_add_func ("/search/follows-edits", test_follows_edits);

  return g_test_run ();
}
