/* syl-diff-text.c: comparing texts and orders, for the diff and the merge
 *
 * Notes are compared word by word: a run of letters and digits is one
 * word, a Chinese (or other wide) character is one on its own, since
 * Chinese puts no spaces between words, and a mark of punctuation is one
 * too.  Spaces only separate.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-diff-private.h"
#include "syl-model-private.h"

/* Beyond this many cells, the words between the common start and end are
 * counted as all replaced rather than matched one by one, so that a
 * rewritten book of notes costs no more than a few megabytes. */
#define MAX_CELLS (1u << 22)
#define EXCERPT_CHARS 40

typedef struct
{
  const char *start;
  guint       length;
} Token;

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c) && !g_unichar_iswide (c);
}

static GArray *
tokenize (const char *text)
{
  GArray *tokens = g_array_new (FALSE, FALSE, sizeof (Token));
  const char *p = text != NULL ? text : "";

  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);
      const char *end = g_utf8_next_char (p);
      Token token = { p, 0 };

      if (g_unichar_isspace (c))
        {
          p = end;
          continue;
        }
      if (is_word_char (c))
        while (*end != '\0' && is_word_char (g_utf8_get_char (end)))
          end = g_utf8_next_char (end);
      token.length = end - p;
      g_array_append_val (tokens, token);
      p = end;
    }
  return tokens;
}

static gboolean
token_equal (const Token *a,
             const Token *b)
{
  return a->length == b->length && memcmp (a->start, b->start, a->length) == 0;
}

/* The length of the longest common subsequence of @a[0..n) and @b[0..m),
 * in two rows of counts. */
static guint
common_length (const Token *a,
               guint        n,
               const Token *b,
               guint        m)
{

  g_autofree guint *previous = g_new0 (guint, m + 1);
  g_autofree guint *row = g_new0 (guint, m + 1);

  for (guint i = 1; i <= n; i++)
    {
      guint *swap;

      for (guint j = 1; j <= m; j++)
        if (token_equal (&a[i - 1], &b[j - 1]))
          row[j] = previous[j - 1] + 1;
        else
          row[j] = MAX (previous[j], row[j - 1]);
      swap = previous;
      previous = row;
      row = swap;
    }
  return previous[m];
}

/* The text of tokens @from to @to (not included), shortened. */
static char *
excerpt (GArray *tokens,
         guint   from,
         guint   to)
{
  g_autofree char *text = NULL;
  const Token *first, *last;

  if (from >= to)
    return g_strdup ("");
  first = &g_array_index (tokens, Token, from);
  last = &g_array_index (tokens, Token, to - 1);
  text = g_strndup (first->start, last->start + last->length - first->start);
  return _syl_ellipsize (text, EXCERPT_CHARS);
}

/**
 * _syl_diff_compare_text:
 *
 * Fills the word counts and excerpts of @change for an edit of notes from
 * @old_text to @new_text: the words outside the common start and end that
 * are not in the longest run the two share in order.
 */
void
_syl_diff_compare_text (SylChange  *change,
                        const char *old_text,
                        const char *new_text)
{
  g_autoptr(GArray) a = tokenize (old_text);
  g_autoptr(GArray) b = tokenize (new_text);
  const Token *ta = (const Token *) a->data;
  const Token *tb = (const Token *) b->data;
  guint start = 0, n = a->len, m = b->len, common = 0;

  while (start < n && start < m && token_equal (&ta[start], &tb[start]))
    start++;
  while (n > start && m > start && token_equal (&ta[n - 1], &tb[m - 1]))
    n--, m--;

  /* Both arrays are empty of data when a text has no words. */
  if (n > start && m > start && (guint64) (n - start) * (m - start) <= MAX_CELLS)
    common = common_length (ta + start, n - start, tb + start, m - start);
  change->n_removed = n - start - common;
  change->n_added = m - start - common;
  change->old_excerpt = excerpt (a, start, n);
  change->new_excerpt = excerpt (b, start, m);
}

/**
 * _syl_diff_compare_lines:
 *
 * Counts the lines (objectives, examples) of @new_text that @old_text
 * lacks, and the other way round, each line as a whole.
 */
void
_syl_diff_compare_lines (SylChange  *change,
                         const char *old_text,
                         const char *new_text)
{
  g_auto(GStrv) a = g_strsplit (old_text != NULL ? old_text : "", "\n", -1);
  g_auto(GStrv) b = g_strsplit (new_text != NULL ? new_text : "", "\n", -1);

  change->n_added = 0;
  change->n_removed = 0;
  for (guint i = 0; b[i] != NULL; i++)
    if (*b[i] != '\0' && !g_strv_contains ((const char * const *) a, b[i]))
      change->n_added++;
  for (guint i = 0; a[i] != NULL; i++)
    if (*a[i] != '\0' && !g_strv_contains ((const char * const *) b, a[i]))
      change->n_removed++;
}

/* The objectives of @node, one a line. */
char *
_syl_diff_join_objectives (SylNode *node)
{
  return g_strjoinv ("\n", (char **) syl_node_get_objectives (node));
}

/* The examples of @node, one a line: their titles, or with @full their
 * ids, titles and bodies, which tell any change. */
char *
_syl_diff_join_examples (SylNode  *node,
                         gboolean  full)
{
  GListModel *examples = syl_node_get_examples (node);
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (examples); i++)
    {
      g_autoptr(SylExample) example = g_list_model_get_item (examples, i);

      if (i > 0)
        g_string_append_c (text, '\n');
      if (full)
        g_string_append_printf (text, "%s\x1f%s\x1f%s", syl_example_get_id (example),
                                syl_example_get_title (example), syl_example_get_body (example));
      else
        g_string_append (text, syl_example_get_title (example));
    }
  return g_string_free (text, FALSE);
}

/**
 * _syl_diff_reordered:
 * @old_ids: the ids of some siblings, in their old order
 * @new_ids: the same ids, in their new order
 *
 * Which of the siblings moved: those outside the longest run that keeps
 * its order, so that deleting the first of ten siblings moves none of the
 * others, and moving one moves that one only.  Both lists must hold the
 * same ids.
 *
 * Returns: (transfer full): a set of the ids (borrowed from @new_ids)
 */
GHashTable *
_syl_diff_reordered (GPtrArray *old_ids,
                     GPtrArray *new_ids)
{
  g_autoptr(GHashTable) position = g_hash_table_new (g_str_hash, g_str_equal);
  g_autofree guint *tails = g_new0 (guint, new_ids->len + 1);
  g_autofree guint *previous = g_new0 (guint, new_ids->len + 1);
  g_autofree guint *rank = g_new0 (guint, new_ids->len + 1);
  GHashTable *moved = g_hash_table_new (g_str_hash, g_str_equal);
  guint length = 0;

  /* The longest increasing run of old positions, taken in the new order
   * (patience sorting): O(n log n), for outlines with flat long lists. */
  for (guint i = 0; i < old_ids->len; i++)
    g_hash_table_insert (position, g_ptr_array_index (old_ids, i), GUINT_TO_POINTER (i + 1));
  for (guint i = 0; i < new_ids->len; i++)
    {
      guint r = GPOINTER_TO_UINT (g_hash_table_lookup (position, g_ptr_array_index (new_ids, i)));
      guint low = 0, high = length;

      rank[i] = r;
      while (low < high)
        {
          guint mid = (low + high) / 2;

          if (rank[tails[mid]] < r)
            low = mid + 1;
          else
            high = mid;
        }
      previous[i] = low > 0 ? tails[low - 1] + 1 : 0;
      tails[low] = i;
      if (low == length)
        length++;
    }

  for (guint i = 0; i < new_ids->len; i++)
    g_hash_table_add (moved, g_ptr_array_index (new_ids, i));
  for (guint i = length > 0 ? tails[length - 1] + 1 : 0; i > 0; i = previous[i - 1])
    g_hash_table_remove (moved, g_ptr_array_index (new_ids, i - 1));
  return moved;
}
