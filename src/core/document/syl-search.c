/* syl-search.c: finding the nodes whose text contains a word
 *
 * A search ignores case and the differences Unicode calls compatible: the
 * word and each text are normalized (NFKD), case-folded and normalized
 * again, so that “É” finds “é” written either as one character or as “e”
 * and an accent, and full-width “ＡＩ” finds “ai”.  Accents are kept apart
 * after a base letter, so a word without them also finds accented text
 * (“cafe” finds “café”), while “café” does not find “cafe”.  A word
 * matches inside a longer one, as search boxes do.
 *
 * syl_document_search() says which nodes match; a #SylSearch says where
 * (syl-search-locate.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-search-private.h"

typedef struct
{
  const char      *key;
  SylSearchFields  fields;
  GPtrArray       *matches;
  SylFolder        folder;
} Search;

/* The whole form a search compares, in three passes: normalizing first
 * decomposes compatibility characters (“Ⅸ” into “IX”) before folding;
 * folding can compose nothing, but it can leave marks out of canonical
 * order, hence the second pass. */
static char *
fold_slowly (const char *text,
             gssize      length)
{
  g_autofree char *normal = g_utf8_normalize (text, length, G_NORMALIZE_ALL);
  g_autofree char *folded = NULL;

  if (normal == NULL)
    return NULL;
  folded = g_utf8_casefold (normal, -1);
  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
}

/* Characters that folding leaves as they are and that never combine with
 * their neighbours: no case, no decomposition, combining class 0.  Text is
 * folded in runs between them, which gives what folding it whole would,
 * since normalization never reorders across such a character. */
static gboolean
is_plain (gunichar c)
{
  return (c >= 0x4E00 && c <= 0x9FFF)      /* CJK unified ideographs */
         || (c >= 0x3400 && c <= 0x4DBF)   /* extension A */
         || c == 0x3001 || c == 0x3002     /* 、。 */
         || (c >= 0x3008 && c <= 0x3011)   /* 〈〉《》「」『』【】 */
         || c == 0x2014                    /* — */
         || c == 0x2018 || c == 0x2019 || c == 0x201C || c == 0x201D; /* ‘’“” */
}

static void
fold_run (SylFolder  *folder,
          const char *run,
          gsize       length)
{
  gunichar c = g_utf8_get_char (run);
  SylFoldCacheEntry *entry = &folder->cache[c % FOLD_CACHE_SIZE];
  g_autofree char *folded = NULL;
  gboolean single = g_utf8_next_char (run) == run + length;

  if (single && entry->length > 0 && entry->c == c)
    {
      g_string_append_len (folder->buffer, entry->folded, entry->length);
      return;
    }
  folded = fold_slowly (run, length);
  if (folded == NULL)
    return;
  g_string_append (folder->buffer, folded);
  if (single && strlen (folded) <= FOLD_CACHE_MAX_BYTES && *folded != '\0')
    {
      entry->c = c;
      entry->length = strlen (folded);
      memcpy (entry->folded, folded, entry->length);
    }
}

static void
note_segment (SylFolder *folder,
              gsize      start,
              gsize      end,
              gboolean   one_to_one)
{
  SylFoldSegment segment = { folder->buffer->len, start, end, one_to_one };

  if (folder->segments == NULL)
    return;
  if (one_to_one && folder->segments->len > 0)
    {
      SylFoldSegment *last = &g_array_index (folder->segments, SylFoldSegment,
                                             folder->segments->len - 1);

      if (last->one_to_one && last->end == start)
        {
          last->end = end;
          return;
        }
    }
  g_array_append_val (folder->segments, segment);
}

/* A cluster is a character and the marks that follow it, which
 * normalization keeps together. */
static const char *
cluster_end (const char *p,
             const char *end)
{
  p = g_utf8_next_char (p);
  while (p < end && g_unichar_combining_class (g_utf8_get_char (p)) != 0)
    p = g_utf8_next_char (p);
  return p;
}

/* Folds a run cluster by cluster, noting where each came from.  That
 * gives what folding the run whole does, except for the rare characters
 * that decompose into marks; then the run is one segment, folded whole. */
static void
fold_run_noted (SylFolder  *folder,
                const char *text,
                const char *run,
                const char *end)
{
  gsize folded_start = folder->buffer->len;
  guint n_segments = folder->segments->len;
  g_autofree char *whole = NULL;
  guint n_clusters = 0;

  for (const char *p = run; p < end; n_clusters++)
    {
      const char *next = cluster_end (p, end);

      note_segment (folder, p - text, next - text, FALSE);
      fold_run (folder, p, next - p);
      p = next;
    }
  if (n_clusters == 1)
    return;
  whole = fold_slowly (run, end - run);
  if (whole != NULL && strcmp (folder->buffer->str + folded_start, whole) == 0)
    return;
  g_string_truncate (folder->buffer, folded_start);
  g_array_set_size (folder->segments, n_segments);
  note_segment (folder, run - text, end - text, FALSE);
  if (whole != NULL)
    g_string_append (folder->buffer, whole);
}

/**
 * _syl_folder_fold:
 *
 * Folds @text, valid UTF-8, into the folder's buffer: ASCII and plain
 * characters are copied (ASCII lowered), everything between them folded
 * run by run; and notes where each part came from, if the folder keeps
 * segments.
 *
 * Returns: (transfer none): the folded text, in the folder's buffer
 */
const char *
_syl_folder_fold (SylFolder  *folder,
                  const char *text)
{
  const char *p = text;

  g_string_truncate (folder->buffer, 0);
  if (folder->segments != NULL)
    g_array_set_size (folder->segments, 0);
  while (*p != '\0')
    {
      const char *run = p;

      /* ASCII and plain characters a run at a time: most text is. */
      if ((guchar) *p < 0x80)
        {
          gsize at = folder->buffer->len;

          while ((guchar) *p < 0x80 && *p != '\0')
            p++;
          note_segment (folder, run - text, p - text, TRUE);
          g_string_append_len (folder->buffer, run, p - run);
          for (char *c = folder->buffer->str + at; *c != '\0'; c++)
            *c = g_ascii_tolower (*c);
          continue;
        }
      if (is_plain (g_utf8_get_char (p)))
        {
          while ((guchar) *p >= 0x80 && is_plain (g_utf8_get_char (p)))
            p = g_utf8_next_char (p);
          note_segment (folder, run - text, p - text, TRUE);
          g_string_append_len (folder->buffer, run, p - run);
          continue;
        }
      while (*p != '\0' && (guchar) *p >= 0x80 && !is_plain (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (folder->segments != NULL)
        fold_run_noted (folder, text, run, p);
      else
        fold_run (folder, run, p - run);
    }
  return folder->buffer->str;
}

void
_syl_folder_init (SylFolder *folder,
                  gboolean   segments)
{
  memset (folder, 0, sizeof *folder);
  folder->buffer = g_string_new (NULL);
  if (segments)
    folder->segments = g_array_new (FALSE, FALSE, sizeof (SylFoldSegment));
}

void
_syl_folder_clear (SylFolder *folder)
{
  g_string_free (folder->buffer, TRUE);
  g_clear_pointer (&folder->segments, g_array_unref);
}

/**
 * syl_search_fold:
 *
 * Returns: (transfer full): @text in the form searches compare, or %NULL
 *   if @text is not valid UTF-8
 */
char *
syl_search_fold (const char *text)
{
  SylFolder folder;
  char *folded;

  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    return NULL;
  _syl_folder_init (&folder, FALSE);
  folded = g_strdup (_syl_folder_fold (&folder, text));
  _syl_folder_clear (&folder);
  return folded;
}

static gboolean
text_contains (Search     *search,
               const char *text)
{
  /* Folding walks the text by characters, which needs valid UTF-8; the
   * reader and the document only ever store that. */
  if (text == NULL || *text == '\0' || !g_utf8_validate (text, -1, NULL))
    return FALSE;
  return strstr (_syl_folder_fold (&search->folder, text), search->key) != NULL;
}

static gboolean
examples_contain (Search  *search,
                  SylNode *node)
{
  GListModel *examples = syl_node_get_examples (node);
  guint n = g_list_model_get_n_items (examples);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylExample) example = g_list_model_get_item (examples, i);

      if (text_contains (search, syl_example_get_title (example))
          || text_contains (search, syl_example_get_body (example)))
        return TRUE;
    }
  return FALSE;
}

static gboolean
replies_contain (Search        *search,
                 SylAnnotation *annotation)
{
  GListModel *replies = syl_annotation_get_replies (annotation);
  guint n = g_list_model_get_n_items (replies);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylReply) reply = g_list_model_get_item (replies, i);

      if (text_contains (search, syl_reply_get_text (reply)))
        return TRUE;
    }
  return FALSE;
}

/* Comments are the reviewers' annotations and every reply to them. */
static gboolean
comments_contain (Search  *search,
                  SylNode *node)
{
  GListModel *annotations = syl_node_get_annotations (node);
  guint n = g_list_model_get_n_items (annotations);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylAnnotation) annotation = g_list_model_get_item (annotations, i);

      if (text_contains (search, syl_annotation_get_text (annotation))
          || replies_contain (search, annotation))
        return TRUE;
    }
  return FALSE;
}

static gboolean
objectives_contain (Search  *search,
                    SylNode *node)
{
  const char * const *objectives = syl_node_get_objectives (node);

  for (guint i = 0; objectives != NULL && objectives[i] != NULL; i++)
    if (text_contains (search, objectives[i]))
      return TRUE;
  return FALSE;
}

static gboolean
node_matches (Search  *search,
              SylNode *node)
{
  SylSearchFields fields = search->fields;

  return ((fields & SYL_SEARCH_TITLE) && text_contains (search, syl_node_get_title (node)))
         || ((fields & SYL_SEARCH_NOTES) && text_contains (search, syl_node_get_notes (node)))
         || ((fields & SYL_SEARCH_OBJECTIVES) && objectives_contain (search, node))
         || ((fields & SYL_SEARCH_EXAMPLES) && examples_contain (search, node))
         || ((fields & SYL_SEARCH_COMMENTS) && comments_contain (search, node));
}

/* Each node before its children: document order. */
static void
search_children (Search  *search,
                 SylNode *parent)
{
  SylNodeIter iter;
  SylNode *node;

  syl_node_iter_init (&iter, parent);
  while (syl_node_iter_next (&iter, &node))
    if (node_matches (search, node))
      g_ptr_array_add (search->matches, g_object_ref (node));
}

/**
 * syl_document_search:
 * @word: what to look for; an empty word finds nothing
 * @fields: where to look
 *
 * Finds the nodes of @self whose text in @fields contains @word, ignoring
 * case, accents written either way, and width.
 *
 * Returns: (transfer full) (element-type SylNode): the nodes that match,
 *   in document order
 */
GPtrArray *
syl_document_search (SylDocument     *self,
                     const char      *word,
                     SylSearchFields  fields)
{
  g_autofree char *key = NULL;
  g_autofree Search *search = NULL;

  g_return_val_if_fail (SYL_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (word != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (word, -1, NULL), NULL);

  key = syl_search_fold (word);
  search = g_new0 (Search, 1);
  search->matches = g_ptr_array_new_with_free_func (g_object_unref);
  if (*key == '\0')
    return g_steal_pointer (&search->matches);

  search->key = key;
  search->fields = fields;
  _syl_folder_init (&search->folder, FALSE);
  search_children (search, syl_document_get_root (self));
  _syl_folder_clear (&search->folder);
  return g_steal_pointer (&search->matches);
}

