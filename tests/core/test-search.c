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

/* Each match as "id:place:item:reply:text", the text being the bytes
 * the match covers, separated by spaces. */
static const char * const place_names[] = {
  "title", "notes", "objective", "example-title", "example-body", "comment", "reply",
};

static const char *
match_text (const SylSearchMatch *match)
{
  switch (match->place)
    {
    case SYL_SEARCH_PLACE_TITLE:
      return syl_node_get_title (match->node);
    case SYL_SEARCH_PLACE_NOTES:
      return syl_node_get_notes (match->node);
    case SYL_SEARCH_PLACE_OBJECTIVE:
      return syl_node_get_objectives (match->node)[match->item];
    case SYL_SEARCH_PLACE_EXAMPLE_TITLE:
    case SYL_SEARCH_PLACE_EXAMPLE_BODY:
      {
        g_autoptr(SylExample) example =
          g_list_model_get_item (syl_node_get_examples (match->node), match->item);

        /* The node keeps the example, and with it the text. */
        return match->place == SYL_SEARCH_PLACE_EXAMPLE_TITLE ? syl_example_get_title (example)
                                                              : syl_example_get_body (example);
      }
    case SYL_SEARCH_PLACE_COMMENT:
    case SYL_SEARCH_PLACE_REPLY:
      {
        g_autoptr(SylAnnotation) annotation =
          g_list_model_get_item (syl_node_get_annotations (match->node), match->item);
        g_autoptr(SylReply) reply = NULL;

        if (match->place == SYL_SEARCH_PLACE_COMMENT)
          return syl_annotation_get_text (annotation);
        reply = g_list_model_get_item (syl_annotation_get_replies (annotation), match->reply);
        return syl_reply_get_text (reply);
      }
    default:
      g_assert_not_reached ();
    }
}

static char *
describe_matches (GArray *matches)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < matches->len; i++)
    {
      const SylSearchMatch *match = &g_array_index (matches, SylSearchMatch, i);
      const char *field = match_text (match);

      g_assert_cmpuint (match->start, <, match->end);
      g_assert_cmpuint (match->end, <=, strlen (field));
      g_string_append_printf (text, "%s%s:%s:%u:%u:%.*s", i > 0 ? " " : "",
                              syl_node_get_id (match->node), place_names[match->place],
                              match->item, match->reply, (int) (match->end - match->start),
                              field + match->start);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* The matches of every node the search found, which must have as many
 * as the search counted, numbered on from the nodes before. */
static char *
describe_hits (SylSearch *search)
{
  GArray *hits = syl_search_get_hits (search);
  g_autoptr(GArray) matches = syl_search_matches_new ();
  guint total = 0;

  for (guint i = 0; i < hits->len; i++)
    {
      const SylSearchHit *hit = &g_array_index (hits, SylSearchHit, i);

      g_assert_cmpuint (hit->first, ==, total);
      g_assert_cmpuint (hit->n_matches, >, 0);
      g_assert_cmpuint (syl_search_node (search, hit->node, matches), ==, hit->n_matches);
      g_assert_cmpuint (syl_search_node (search, hit->node, NULL), ==, hit->n_matches);
      total += hit->n_matches;
      g_assert_cmpuint (matches->len, ==, total);
    }
  g_assert_cmpuint (syl_search_get_n_matches (search), ==, total);
  return describe_matches (matches);
}

/* The whole document searched in one step. */
static char *
locate_all (SylDocument     *document,
            const char      *word,
            SylSearchFields  fields)
{
  g_autoptr(SylSearch) search = syl_search_new (document, word, fields);

  g_assert_true (syl_search_step (search, G_MAXUINT));
  g_assert_true (syl_search_is_done (search));
  return describe_hits (search);
}

static void
assert_located (SylDocument *document,
                const char  *word,
                const char  *expected)
{
  g_autofree char *found = locate_all (document, word, SYL_SEARCH_ALL);

  g_test_message ("locating “%s”", word);
  g_assert_cmpstr (found, ==, expected);
}

/* Every occurrence, with the field it is in and the bytes it covers, in
 * document order and within a node in the order of the format. */
static void
test_locate_every_place (void)
{
  g_autoptr(SylDocument) document = load_outline ();

  assert_located (document, "recursi",
                  "intro:title:0:0:Recursi notes:notes:0:0:RECURSI "
                  "objectives:objective:1:0:recursi example-title:example-title:0:0:Recursi "
                  "comments:reply:0:0:recursi");
  assert_located (document, "fact",
                  "examples:example-title:0:0:Fact examples:example-body:0:0:fact "
                  "examples:example-body:0:0:fact");
  assert_located (document, "too fast", "comments:comment:0:0:Too fast");
  assert_located (document, "no such word", "");
  assert_located (document, "", "");
}

/* The bytes of a match are whole characters of the text as written, however
 * folding changed their length. */
static void
test_locate_in_original_bytes (void)
{
  g_autoptr(SylDocument) document = load_outline ();

  /* Full-width letters found by half-width ones, and the other way. */
  assert_located (document, "ai", "unicode:title:0:0:ＡＩ unicode:notes:0:0:ai");
  assert_located (document, "ＡＩ", "unicode:title:0:0:ＡＩ unicode:notes:0:0:ai");
  assert_located (document, "大数据与ａｉ", "unicode:title:0:0:大数据与ＡＩ");
  assert_located (document, "数据", "unicode:title:0:0:数据");
  /* A plain “e” finds the accent written apart, which comes with it. */
  assert_located (document, "cafe", "unicode:notes:0:0:Cafe\xcc\x81 ascii:title:0:0:cafe");
  assert_located (document, "école", "unicode:title:0:0:École");
  /* “ß” is “ss”, and a match that ends or begins inside it covers it. */
  assert_located (document, "ras", "unicode:title:0:0:raß ascii:title:0:0:ras");
  assert_located (document, "sse", "unicode:title:0:0:ße ascii:title:0:0:sse");
  assert_located (document, "σοφια", "unicode:title:0:0:ΣΟΦΙΑ");
  assert_located (document, "2 k", "unicode:notes:0:0:2 \xe2\x84\xaa");
}

/* Occurrences that fall on text already matched are one: “s” finds the
 * “ss” that “ß” folds to once, not twice. */
static void
test_locate_once_per_character (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("Maß");

  assert_located (document, "s", "Maß:title:0:0:ß");
  assert_located (document, "ss", "Maß:title:0:0:ß");
  assert_located (document, "ma", "Maß:title:0:0:Ma");
}

/* A run that folds otherwise cluster by cluster than whole (U+0F73
 * decomposes into marks that go before the accent of the é) is located
 * whole. */
static void
test_locate_whole_run (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("\xc3\xa9\xe0\xbd\xb2\xe0\xbd\xb3_z");

  assert_located (document, "e", "\xc3\xa9\xe0\xbd\xb2\xe0\xbd\xb3_z:title:0:0:"
                  "\xc3\xa9\xe0\xbd\xb2\xe0\xbd\xb3");
  assert_located (document, "z", "\xc3\xa9\xe0\xbd\xb2\xe0\xbd\xb3_z:title:0:0:z");
}

/* Every text finds itself, from its first byte to its last: locating
 * folds as syl_search_fold() does. */
static void
test_locate_finds_itself (void)
{
  static const char * const texts[] = {
    "e\xcc\x81\xcc\xa3 and \xc3\xa9\xcc\xa3: marks out of canonical order",
    "“引号”与【括号】、句号。全角，逗号！ＡＢＣ１２３",
    "ﬁﬂ ligatures, Ⅸ numerals, ㎏ units, ½, ²",
    "한국어 Hangul 각 syllables",
    "ΣΟΦΙΑ σοφία ς, İstanbul, ǅ titlecase, ẞ capital sharp s",
    "ゔ katakana ヴ and half-width ｶﾀｶﾅ",
  };
  g_autofree char *path = syl_test_sample_path ();
  g_autofree char *sample = syl_test_read_text (path);
  g_auto(GStrv) lines = g_strsplit (sample, "\n", -1);
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  g_autoptr(SylDocument) document = syl_test_new_outline ("A");
  SylNode *node = syl_test_find (document, "A");

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    g_ptr_array_add (all, (gpointer) texts[i]);
  for (guint i = 0; lines[i] != NULL; i++)
    if (*g_strstrip (lines[i]) != '\0')
      g_ptr_array_add (all, lines[i]);
  for (guint i = 0; i < all->len; i++)
    {
      const char *text = g_ptr_array_index (all, i);
      g_autoptr(SylSearch) search = syl_search_new (document, text, SYL_SEARCH_NOTES);
      g_autoptr(GArray) matches = syl_search_matches_new ();
      g_autoptr(GError) error = NULL;
      const SylSearchMatch *match;

      g_assert_true (syl_document_set_string (document, node, "notes", text, FALSE, &error));
      g_assert_no_error (error);
      g_test_message ("%s", text);
      g_assert_cmpuint (syl_search_node (search, node, matches), ==, 1);
      match = &g_array_index (matches, SylSearchMatch, 0);
      g_assert_cmpuint (match->start, ==, 0);
      g_assert_cmpuint (match->end, ==, strlen (text));
    }
}

/* Searching a few nodes at a time finds what one step does, and a change
 * in the middle starts the search again on the document as it now is. */
static void
test_locate_in_steps (void)
{
  g_autoptr(SylDocument) document = load_outline ();
  g_autoptr(SylSearch) search = syl_search_new (document, "recursi", SYL_SEARCH_ALL);
  g_autofree char *whole = locate_all (document, "recursi", SYL_SEARCH_ALL);
  g_autofree char *stepped = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  SylNode *examples;
  guint steps = 0;

  while (!syl_search_step (search, 1))
    steps++;
  /* Eight nodes, one a step; the walk knows it is over at the ninth. */
  g_assert_cmpuint (steps, ==, 8);
  stepped = describe_hits (search);
  g_assert_cmpstr (stepped, ==, whole);

  g_assert_true (syl_document_set_string (document, syl_test_find (document, "ascii"), "title",
                                          "recursion", FALSE, &error));
  g_assert_no_error (error);
  g_assert_false (syl_search_is_done (search));
  g_assert_cmpuint (syl_search_get_hits (search)->len, ==, 0);
  g_assert_cmpuint (syl_search_get_n_matches (search), ==, 0);
  g_assert_false (syl_search_step (search, 2));
  examples = syl_test_find (document, "examples");
  g_assert_true (syl_document_remove_nodes (document, &examples, 1, &error));
  g_assert_no_error (error);
  while (!syl_search_step (search, 2))
    ;
  after = describe_hits (search);
  g_assert_cmpstr (after, ==, "intro:title:0:0:Recursi notes:notes:0:0:RECURSI "
                   "objectives:objective:1:0:recursi comments:reply:0:0:recursi "
                   "ascii:title:0:0:recursi");
}

/* The nodes found are in document order: a view finds the first from a
 * node on, and the node of the n-th match. */
static void
test_find_hits (void)
{
  g_autoptr(SylDocument) document = load_outline ();
  g_autoptr(SylSearch) search = syl_search_new (document, "recursi", SYL_SEARCH_ALL);
  g_autoptr(SylSearch) fact = syl_search_new (document, "fact", SYL_SEARCH_ALL);
  GArray *hits;

  g_assert_true (syl_search_step (search, G_MAXUINT));
  hits = syl_search_get_hits (search);
  g_assert_cmpuint (hits->len, ==, 5);
  g_assert_cmpuint (syl_search_find_hit (search, syl_test_find (document, "intro")), ==, 0);
  g_assert_cmpuint (syl_search_find_hit (search, syl_test_find (document, "notes")), ==, 1);
  /* "examples" has no match; the next node found is its child. */
  g_assert_cmpuint (syl_search_find_hit (search, syl_test_find (document, "examples")), ==, 3);
  g_assert_true (g_array_index (hits, SylSearchHit, 3).node ==
                 syl_test_find (document, "example-title"));
  g_assert_cmpuint (syl_search_find_hit (search, syl_test_find (document, "ascii")), ==, 5);
  for (guint i = 0; i < 5; i++)
    g_assert_cmpuint (syl_search_find_hit_of_match (search, i), ==, i);
  g_assert_cmpuint (syl_search_find_hit_of_match (search, 5), ==, 5);

  /* Three matches in one node. */
  g_assert_true (syl_search_step (fact, G_MAXUINT));
  g_assert_cmpuint (syl_search_get_n_matches (fact), ==, 3);
  g_assert_cmpuint (syl_search_get_hits (fact)->len, ==, 1);
  g_assert_cmpuint (syl_search_find_hit_of_match (fact, 0), ==, 0);
  g_assert_cmpuint (syl_search_find_hit_of_match (fact, 2), ==, 0);
  g_assert_cmpuint (syl_search_find_hit_of_match (fact, 3), ==, 1);
  g_assert_cmpuint (syl_search_find_hit (fact, syl_test_find (document, "intro")), ==, 0);
  g_assert_cmpuint (syl_search_find_hit (fact, syl_test_find (document, "comments")), ==, 1);
}

/* One node's own matches, for a row that shows them. */
static void
test_locate_one_node (void)
{
  g_autoptr(SylDocument) document = load_outline ();
  g_autoptr(SylSearch) search = syl_search_new (document, "RECURSI", SYL_SEARCH_TITLE);
  g_autoptr(GArray) matches = syl_search_matches_new ();
  g_autofree char *found = NULL;

  g_assert_cmpuint (syl_search_node (search, syl_test_find (document, "notes"), matches), ==, 0);
  g_assert_cmpuint (syl_search_node (search, syl_test_find (document, "intro"), matches), ==, 1);
  found = describe_matches (matches);
  g_assert_cmpstr (found, ==, "intro:title:0:0:Recursi");
}

/* A row asks where its title matches, and whether its other texts do. */
static void
test_locate_some_fields (void)
{
  g_autoptr(SylDocument) document = load_outline ();
  g_autoptr(SylSearch) search = syl_search_new (document, "fact", SYL_SEARCH_ALL);
  g_autoptr(SylSearch) titles = syl_search_new (document, "fact", SYL_SEARCH_TITLE);
  g_autoptr(GArray) matches = syl_search_matches_new ();
  SylNode *examples = syl_test_find (document, "examples");
  g_autofree char *found = NULL;

  g_assert_cmpuint (syl_search_node_in (search, examples, SYL_SEARCH_EXAMPLES, matches), ==, 3);
  g_assert_cmpuint (syl_search_node_in (search, examples, SYL_SEARCH_TITLE, NULL), ==, 0);
  found = describe_matches (matches);
  g_assert_cmpstr (found, ==, "examples:example-title:0:0:Fact examples:example-body:0:0:fact "
                   "examples:example-body:0:0:fact");
  g_assert_true (syl_search_node_has_match (search, examples, SYL_SEARCH_ALL));
  g_assert_true (syl_search_node_has_match (search, examples, SYL_SEARCH_EXAMPLES));
  g_assert_false (syl_search_node_has_match (search, examples,
                                             SYL_SEARCH_ALL & ~SYL_SEARCH_EXAMPLES));
  /* Only within the search's own fields. */
  g_assert_false (syl_search_node_has_match (titles, examples, SYL_SEARCH_ALL));
  g_assert_cmpuint (syl_search_node_in (titles, examples, SYL_SEARCH_ALL, NULL), ==, 0);
  /* Asking whether does not change what counting says. */
  g_assert_cmpuint (syl_search_node (search, examples, NULL), ==, 3);
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
  g_test_add_func ("/search/locate/every-place", test_locate_every_place);
  g_test_add_func ("/search/locate/original-bytes", test_locate_in_original_bytes);
  g_test_add_func ("/search/locate/once-per-character", test_locate_once_per_character);
  g_test_add_func ("/search/locate/whole-run", test_locate_whole_run);
  g_test_add_func ("/search/locate/finds-itself", test_locate_finds_itself);
  g_test_add_func ("/search/locate/in-steps", test_locate_in_steps);
  g_test_add_func ("/search/locate/one-node", test_locate_one_node);
  g_test_add_func ("/search/locate/find-hits", test_find_hits);
  g_test_add_func ("/search/locate/some-fields", test_locate_some_fields);

  return g_test_run ();
}
