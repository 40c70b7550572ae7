/* test-corpus.c: how well the importers read real course outlines
 *
 * tests/data/corpus/ holds outlines written by others (syllabi, training
 * plans, books' tables of contents), each with an answer key written by
 * reading the document as a person would: keys/NAME.key, one node a line,
 * two spaces a level, the title without its number.  The document is
 * docs/NAME.EXT when its licence let us commit it; the others are fetched
 * by fetch-missing into fetched/, which git ignores.
 *
 * The score is the share of key nodes that the import finds at the right
 * depth and in the right order: the longest common subsequence of the
 * two outlines flattened to (depth, title), with titles compared after
 * normalisation.  A document the importer cannot read scores 0, and a
 * document that is not here at all is reported apart, outside the score.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <locale.h>
#include <string.h>

#include "syl-import.h"
#include "syl-node.h"

/* The share of key nodes the importers must find. */
#define CORPUS_PASS_SCORE 0.95

typedef struct
{
  guint  depth;
  char  *title;  /* normalised */
  char  *raw;    /* as imported or written in the key */
} Entry;

static void
entry_clear (gpointer data)
{
  Entry *entry = data;

  g_free (entry->title);
  g_free (entry->raw);
}

static GArray *
entries_new (void)
{
  GArray *entries = g_array_new (FALSE, FALSE, sizeof (Entry));

  g_array_set_clear_func (entries, entry_clear);
  return entries;
}

/* Numbering words that may stand before a number at the start of a
 * title: "Chapter 3: Sets", "Week 2 - Loops". */
static const char * const number_words[] = {
  "chapter", "part", "unit", "lesson", "module", "week", "lecture",
  "section", "session", "day", "topic", "class", "lab",
};

/* Whether @c can be part of a number written in Chinese numerals. */
static gboolean
is_chinese_digit (gunichar c)
{
  return c != 0 && g_utf8_strchr ("零〇一二三四五六七八九十百两", -1, c) != NULL;
}

static const char *
skip_spaces (const char *p)
{
  while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  return p;
}

/* Skips "1", "1.2.3", "1-1" or "IV" and returns where it ends, or @p if
 * there is no number there. */
static const char *
skip_number (const char *p)
{
  const char *q = p;

  if (g_ascii_isdigit (*q))
    {
      while (g_ascii_isdigit (*q) || ((*q == '.' || *q == '-') && g_ascii_isdigit (q[1])))
        q++;
      return q;
    }
  while (*q != '\0' && strchr ("ivxlc", *q) != NULL)
    q++;
  /* A roman numeral counts only when a separator follows, so that "civil"
   * or "lc" stay words. */
  if (q > p && (*q == '.' || *q == ')' || *q == ':' || *q == ' '))
    return q;
  return p;
}

/* After a number: the separator that ends it, if any.  Returns NULL when
 * what follows shows that the digits were part of the title ("3D"). */
static const char *
skip_separator (const char *p)
{
  gunichar c = g_utf8_get_char (p);

  if (c == 0)
    return p;
  if (g_utf8_strchr (".、)）:：-–—．", -1, c) != NULL)
    return skip_spaces (g_utf8_next_char (p));
  if (g_unichar_isspace (c))
    return skip_spaces (p);
  if (c >= 0x2E80)
    return p;  /* "1概述": a CJK title right after the number */
  return NULL;
}

/* What a Chinese ordinal counts: chapters, sections, parts, lessons, weeks… */
#define CHINESE_UNITS "章节篇部讲講课單单周回卷天期次"

/* "第一章", "第 1 章", "第12讲": a Chinese ordinal with its unit. */
static const char *
skip_chinese_ordinal (const char *p)
{
  const char *q;

  if (!g_str_has_prefix (p, "第"))
    return p;
  q = skip_spaces (p + strlen ("第"));
  if (g_ascii_isdigit (*q))
    while (g_ascii_isdigit (*q))
      q++;
  else if (is_chinese_digit (g_utf8_get_char (q)))
    while (is_chinese_digit (g_utf8_get_char (q)))
      q = g_utf8_next_char (q);
  else
    return p;
  q = skip_spaces (q);
  if (g_utf8_strchr (CHINESE_UNITS, -1, g_utf8_get_char (q)) == NULL)
    return p;
  q = g_utf8_next_char (q);
  /* "第3次课": a unit of two characters. */
  if (g_utf8_strchr (CHINESE_UNITS, -1, g_utf8_get_char (q)) != NULL)
    q = g_utf8_next_char (q);
  return skip_separator (q) != NULL ? skip_separator (q) : q;
}

/* Drops the one number or bullet that may be left at the start of a
 * (casefolded) title, so that "1.2 Sets", "Sets" and "• Sets" compare
 * equal.  Titles in keys carry none, but an import may keep one. */
static const char *
skip_leading_number (const char *title)
{
  const char *p = skip_spaces (title);
  const char *q;
  gunichar c = g_utf8_get_char (p);

  if (c != 0 && g_utf8_strchr ("-*+•·▪◦●■□►→o", -1, c) != NULL
      && g_unichar_isspace (g_utf8_get_char (g_utf8_next_char (p))))
    return skip_spaces (g_utf8_next_char (p));
  if ((q = skip_chinese_ordinal (p)) != p)
    return q;
  if (is_chinese_digit (c))
    {
      for (q = p; is_chinese_digit (g_utf8_get_char (q)); q = g_utf8_next_char (q))
        ;
      if (g_str_has_prefix (q, "、") || g_str_has_prefix (q, "．"))
        return skip_spaces (g_utf8_next_char (q));
    }
  if (c == '(' || c == 0xFF08)
    {
      q = g_utf8_next_char (p);
      while (g_ascii_isdigit (*q) || is_chinese_digit (g_utf8_get_char (q)))
        q = g_utf8_next_char (q);
      if (q > g_utf8_next_char (p) && (*q == ')' || g_str_has_prefix (q, "）")))
        return skip_spaces (g_utf8_next_char (q));
    }
  for (gsize i = 0; i < G_N_ELEMENTS (number_words); i++)
    if (g_str_has_prefix (p, number_words[i]))
      {
        q = skip_spaces (p + strlen (number_words[i]));
        if (q > p + strlen (number_words[i]) && skip_number (q) != q
            && (q = skip_separator (skip_number (q))) != NULL)
          return q;
      }
  if (g_ascii_isdigit (*p) && (q = skip_separator (skip_number (p))) != NULL)
    return q;
  /* A letter numbers appendices and parts: "A - Keywords", "B. Tables". */
  if (g_ascii_isalpha (p[0]) && (g_str_has_prefix (p + 1, " - ") || g_str_has_prefix (p + 1, ". ")))
    return skip_spaces (p + 2 + (p[1] == ' '));
  /* A roman numeral alone needs its dot or bracket: "ill health" stays. */
  q = skip_number (p);
  if (q != p && (*q == '.' || *q == ')'))
    return skip_spaces (q + 1);
  return p;
}

/* The form in which a key's title and an imported title are compared:
 * NFKC, casefolded, without a leading number or bullet, and without
 * whitespace and punctuation. */
static char *
normalise_title (const char *title)
{
  g_autofree char *nfkc = g_utf8_normalize (title, -1, G_NORMALIZE_NFKC);
  g_autofree char *folded = NULL;
  GString *out;

  if (nfkc == NULL)
    return g_strdup ("");  /* not UTF-8: matches nothing but another bad title */
  folded = g_utf8_casefold (nfkc, -1);
  out = g_string_new (NULL);
  for (const char *p = skip_leading_number (folded); *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && !g_unichar_ispunct (c))
        g_string_append_unichar (out, c);
    }
  return g_string_free (out, FALSE);
}

static void
entries_add (GArray     *entries,
             guint       depth,
             const char *title)
{
  Entry entry = { depth, normalise_title (title), g_strdup (title) };

  g_array_append_val (entries, entry);
}

/* How many entries of @key are found in @found at the same depth, in the
 * same order: the length of their longest common subsequence. */
static guint
count_matched (GArray *key,
               GArray *found)
{
  guint n = key->len, m = found->len;
  g_autofree guint *prev = g_new0 (guint, m + 1);
  g_autofree guint *row = g_new0 (guint, m + 1);

  for (guint i = 1; i <= n; i++)
    {
      const Entry *a = &g_array_index (key, Entry, i - 1);

      for (guint j = 1; j <= m; j++)
        {
          const Entry *b = &g_array_index (found, Entry, j - 1);

          if (a->depth == b->depth && strcmp (a->title, b->title) == 0)
            row[j] = prev[j - 1] + 1;
          else
            row[j] = MAX (prev[j], row[j - 1]);
        }
      memcpy (prev, row, (m + 1) * sizeof (guint));
    }
  return prev[m];
}

/* Reads a key: one node a line, indented by two spaces a level, never
 * deeper than one level below the line before. */
static GArray *
parse_key (const char  *text,
           GError     **error)
{
  g_autoptr(GArray) entries = entries_new ();
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint depth_before = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      const char *line = lines[i];
      gsize spaces = strspn (line, " ");
      g_autofree char *title = g_strstrip (g_strdup (line + spaces));

      if (*title == '\0')
        continue;
      if (spaces % 2 != 0 || strchr (line, '\t') != NULL
          || (spaces / 2 > depth_before + 1) || (entries->len == 0 && spaces > 0))
        {
          g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                       "line %u: indented by %" G_GSIZE_FORMAT " spaces, not two a level",
                       i + 1, spaces);
          return NULL;
        }
      entries_add (entries, spaces / 2, title);
      depth_before = spaces / 2;
    }
  return g_steal_pointer (&entries);
}

/* The imported outline in document order, each node with its depth. */
static GArray *
flatten_result (SylImportResult *result)
{
  GArray *entries = entries_new ();
  GListModel *nodes = syl_import_result_get_nodes (result);

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(SylNode) top = g_list_model_get_item (nodes, i);
      SylNodeIter iter;
      SylNode *node;

      entries_add (entries, 0, syl_node_get_title (top));
      syl_node_iter_init (&iter, top);
      while (syl_node_iter_next (&iter, &node))
        entries_add (entries, syl_node_iter_get_depth (&iter), syl_node_get_title (node));
    }
  return entries;
}

/* Normalisation and matching, with answers worked out by hand. */

typedef struct
{
  const char *title;
  const char *normalised;
} NormaliseCase;

static const NormaliseCase normalise_cases[] = {
  { "Introduction", "introduction" },
  { "1. Basic Electronics", "basicelectronics" },
  { "1.2 Circuits (Open and Closed)", "circuitsopenandclosed" },
  { "2-1 数据类型", "数据类型" },
  { "第一章 绪论", "绪论" },
  { "第 1 章　概述", "概述" },
  { "第12讲：图论", "图论" },
  { "一、课程性质", "课程性质" },
  { "（三）实验要求", "实验要求" },
  { "Chapter 1 - Title", "title" },
  { "Week 3: Loops", "loops" },
  { "o Lists", "lists" },
  { "• Strings, literals", "stringsliterals" },
  { "IV. Results", "results" },
  { "A - 关键字", "关键字" },
  { "B. Tables", "tables" },
  { "第1講 Computer Networks", "computernetworks" },
  { "第3次课：开源贡献指南", "开源贡献指南" },
  { "第1周：第一章，以及第二章", "第一章以及第二章" },
  { "⼤纲", "大纲" },
  { "ＡＢＣ　Ｄｅｆ", "abcdef" },
  { "Functions\\_and\\_Closures", "functionsandclosures" },
  /* Numbers that are part of the title stay. */
  { "3D Printing", "3dprinting" },
  { "Civil Engineering", "civilengineering" },
  { "Weekly review", "weeklyreview" },
  { "第一性原理", "第一性原理" },
  /* Only one number is dropped. */
  { "1. 2. Sets", "2sets" },
  { "", "" },
};

static void
test_normalise (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (normalise_cases); i++)
    {
      g_autofree char *normalised = normalise_title (normalise_cases[i].title);

      g_test_message ("%s", normalise_cases[i].title);
      g_assert_cmpstr (normalised, ==, normalise_cases[i].normalised);
    }
}

static GArray *
parse_key_text (const char *text)
{
  g_autoptr(GError) error = NULL;
  GArray *entries = parse_key (text, &error);

  g_assert_no_error (error);
  return entries;
}

static void
test_match (void)
{
  g_autoptr(GArray) key = parse_key_text ("A\n  B\n  C\n    D\nE\n");
  g_autoptr(GArray) same = parse_key_text ("1 A\n  1.1 B\n  1.2 C\n    1.2.1 D\n2 E\n");
  g_autoptr(GArray) flat = parse_key_text ("A\nB\nC\nD\nE\n");
  g_autoptr(GArray) swapped = parse_key_text ("A\n  C\n  B\n    D\nE\n");
  g_autoptr(GArray) extra = parse_key_text ("Title\nA\n  x\n  B\n  C\n    D\n  y\nE\n");
  g_autoptr(GArray) empty = entries_new ();

  g_assert_cmpuint (count_matched (key, same), ==, 5);
  /* Flat: only the nodes at depth 0 keep their depth. */
  g_assert_cmpuint (count_matched (key, flat), ==, 2);
  /* B and C swapped: one of them is out of order; D keeps its place. */
  g_assert_cmpuint (count_matched (key, swapped), ==, 4);
  /* Nodes the key does not have cost nothing. */
  g_assert_cmpuint (count_matched (key, extra), ==, 5);
  g_assert_cmpuint (count_matched (key, empty), ==, 0);
  g_assert_cmpuint (count_matched (empty, key), ==, 0);
}

static void
test_bad_keys (void)
{
  static const char * const bad[] = {
    "A\n   B\n",    /* three spaces */
    "A\n    B\n",   /* two levels down at once */
    "  A\n",        /* the first node indented */
    "A\n\tB\n",     /* a tab */
  };

  for (gsize i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GArray) entries = parse_key (bad[i], &error);

      g_assert_null (entries);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA);
    }
}

/* The whole corpus. */

typedef struct
{
  guint key_nodes;
  guint matched;
  guint committed_key_nodes;  /* of the documents in docs/ alone */
  guint committed_matched;
  guint n_documents;
  guint n_unreadable;
  GPtrArray *absent;
} Totals;

/* The document for a key: committed in docs/, or fetched for a local
 * run into fetched/.  NULL when neither is here. */
static char *
find_document (const char *corpus,
               const char *name,
               const char **where)
{
  static const char * const dirs[] = { "docs", "fetched" };

  for (gsize i = 0; i < G_N_ELEMENTS (dirs); i++)
    {
      g_autofree char *dir_path = g_build_filename (corpus, dirs[i], NULL);
      g_autoptr(GDir) dir = g_dir_open (dir_path, 0, NULL);
      g_autofree char *prefix = g_strconcat (name, ".", NULL);
      const char *file;

      while (dir != NULL && (file = g_dir_read_name (dir)) != NULL)
        if (g_str_has_prefix (file, prefix) && strchr (file + strlen (prefix), '.') == NULL)
          {
            *where = dirs[i];
            return g_build_filename (dir_path, file, NULL);
          }
    }
  return NULL;
}

static gboolean
entries_equal (GArray *a,
               guint   i,
               GArray *b,
               guint   j)
{
  const Entry *x = &g_array_index (a, Entry, i);
  const Entry *y = &g_array_index (b, Entry, j);

  return x->depth == y->depth && strcmp (x->title, y->title) == 0;
}

/* The key nodes left out of the longest common subsequence, found by
 * walking its whole table back from the end. */
static void
print_missed (GArray *key,
              GArray *found)
{
  guint n = key->len, m = found->len;
  g_autofree guint *table = g_new0 (guint, (gsize) (n + 1) * (m + 1));
  g_autoptr(GPtrArray) missed = g_ptr_array_new ();

#define CELL(i, j) table[(gsize) (i) * (m + 1) + (j)]
  for (guint i = n; i-- > 0;)
    for (guint j = m; j-- > 0;)
      CELL (i, j) = entries_equal (key, i, found, j) ? CELL (i + 1, j + 1) + 1
                                                     : MAX (CELL (i + 1, j), CELL (i, j + 1));
  for (guint i = 0, j = 0; i < n;)
    if (j < m && entries_equal (key, i, found, j))
      i++, j++;
    else if (j < m && CELL (i, j + 1) >= CELL (i + 1, j))
      j++;
    else
      g_ptr_array_add (missed, &g_array_index (key, Entry, i++));
#undef CELL
  for (guint i = 0; i < missed->len; i++)
    {
      const Entry *entry = g_ptr_array_index (missed, i);

      g_test_message ("missed: %*s%s", (int) entry->depth * 2, "", entry->raw);
    }
}

/* With SYL_CORPUS_DETAIL set, a person looking into the failures sees
 * which key nodes were missed and what the importer made of the
 * document. */
static void
print_detail (const char *name,
              GArray     *key,
              GArray     *found)
{
  if (g_getenv ("SYL_CORPUS_DETAIL") == NULL)
    return;
  print_missed (key, found);
  g_test_message ("--- %s as imported (%u nodes)", name, found->len);
  for (guint i = 0; i < found->len && i < 200; i++)
    {
      const Entry *entry = &g_array_index (found, Entry, i);

      g_test_message ("%*s%s", (int) entry->depth * 2, "", entry->raw);
    }
}

static void
totals_add (Totals     *totals,
            const char *where,
            guint       key_nodes,
            guint       matched)
{
  totals->n_documents++;
  totals->key_nodes += key_nodes;
  totals->matched += matched;
  if (g_str_equal (where, "docs"))
    {
      totals->committed_key_nodes += key_nodes;
      totals->committed_matched += matched;
    }
}

static void
score_document (const char *corpus,
                const char *name,
                Totals     *totals)
{
  g_autofree char *key_path = g_strdup_printf ("%s/keys/%s.key", corpus, name);
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) key = NULL;
  g_autoptr(GArray) found = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(SylImportResult) result = NULL;
  g_autofree char *doc_path = NULL;
  const char *where = NULL;
  guint matched;

  g_file_get_contents (key_path, &text, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_utf8_validate (text, -1, NULL));
  key = parse_key (text, &error);
  if (key == NULL)
    g_error ("%s: %s", key_path, error->message);
  g_assert_cmpuint (key->len, >, 0);

  doc_path = find_document (corpus, name, &where);
  if (doc_path == NULL)
    {
      g_ptr_array_add (totals->absent, g_strdup (name));
      return;
    }
  file = g_file_new_for_path (doc_path);
  result = syl_import_file (file, SYL_IMPORT_FORMAT_AUTO, NULL, NULL, &error);
  if (result == NULL)
    {
      /* What the importer cannot read counts as found nowhere. */
      g_test_message ("%-32s %-5s %4u %4u  0.00  (%s; not read: %s)", name,
                      strrchr (doc_path, '.') + 1, key->len, 0, where, error->message);
      totals->n_unreadable++;
      totals_add (totals, where, key->len, 0);
      return;
    }
  found = flatten_result (result);
  matched = count_matched (key, found);
  g_test_message ("%-32s %-5s %4u %4u  %.2f  (%s)", name, strrchr (doc_path, '.') + 1,
                  key->len, matched, (double) matched / key->len, where);
  print_detail (name, key, found);
  totals_add (totals, where, key->len, matched);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

static void
test_score (void)
{
  const char *data = g_getenv ("SYL_TEST_DATA");
  g_autofree char *corpus = NULL;
  g_autofree char *keys_path = NULL;
  g_autoptr(GDir) keys = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) absent = g_ptr_array_new_with_free_func (g_free);
  Totals totals = { .absent = absent };
  g_autoptr(GError) error = NULL;
  const char *file;
  double score;

  g_assert_nonnull (data);
  corpus = g_build_filename (data, "corpus", NULL);
  keys_path = g_build_filename (corpus, "keys", NULL);
  keys = g_dir_open (keys_path, 0, &error);
  g_assert_no_error (error);
  while ((file = g_dir_read_name (keys)) != NULL)
    if (g_str_has_suffix (file, ".key"))
      g_ptr_array_add (names, g_strndup (file, strlen (file) - strlen (".key")));
  g_ptr_array_sort (names, compare_names);
  g_assert_cmpuint (names->len, >, 0);

  g_test_message ("%-32s %-5s %4s %4s  %s", "document", "fmt", "key", "hit", "score");
  for (guint i = 0; i < names->len; i++)
    score_document (corpus, g_ptr_array_index (names, i), &totals);

  for (guint i = 0; i < absent->len; i++)
    g_test_message ("absent (run tests/data/corpus/fetch-missing): %s",
                    (const char *) g_ptr_array_index (absent, i));
  g_assert_cmpuint (totals.key_nodes, >, 0);
  score = (double) totals.matched / totals.key_nodes;
  if (totals.committed_key_nodes > 0)
    g_test_message ("committed documents alone: %.3f (%u of %u key nodes)",
                    (double) totals.committed_matched / totals.committed_key_nodes,
                    totals.committed_matched, totals.committed_key_nodes);
  g_test_message ("corpus score %.3f: %u of %u key nodes in %u documents "
                  "(%u not read, %u absent and not counted)",
                  score, totals.matched, totals.key_nodes, totals.n_documents,
                  totals.n_unreadable, absent->len);
  if (score < CORPUS_PASS_SCORE)
    g_test_fail_printf ("corpus score %.3f is under %.2f", score, CORPUS_PASS_SCORE);
}

int
main (int   argc,
      char *argv[])
{
  /* Titles are printed in the terminal's own encoding. */
  setlocale (LC_ALL, "");
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/corpus/normalise", test_normalise);
  g_test_add_func ("/corpus/match", test_match);
  g_test_add_func ("/corpus/bad-keys", test_bad_keys);
  g_test_add_func ("/corpus/score", test_score);
  return g_test_run ();
}
