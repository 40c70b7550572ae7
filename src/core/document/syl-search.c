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
 * syl_document_search() says which nodes match.  A #SylSearch says where:
 * each occurrence of the word, as a range of bytes in the text as it is
 * written, so that a view can highlight it.  It walks the document a few
 * nodes at a time, so that a window can search a large outline between
 * frames, and starts again by itself when the document changes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-search.h"

/* Folded characters other than ASCII and the plain ones below, by code
 * point modulo the size: outlines use few of them (full-width punctuation,
 * accented letters), so nearly every lookup hits. */
#define FOLD_CACHE_SIZE 256
#define FOLD_CACHE_MAX_BYTES 24

typedef struct
{
  gunichar c;
  guint8   length;
  char     folded[FOLD_CACHE_MAX_BYTES];
} FoldCacheEntry;

/* Where a stretch of the folded text came from in the text: bytes
 * @start to @end, which gave as many bytes one for one (ASCII lowered,
 * plain characters copied), or a cluster that folding changed. */
typedef struct
{
  guint32  folded;
  guint32  start;
  guint32  end;
  gboolean one_to_one;
} FoldSegment;

typedef struct
{
  const char      *key;
  SylSearchFields  fields;
  GPtrArray       *matches;
  GString         *buffer;
  /* Where the folded text came from, when a search locates its matches;
   * NULL when it only asks whether there are any. */
  GArray          *segments;
  FoldCacheEntry   cache[FOLD_CACHE_SIZE];
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
fold_run (Search     *search,
          const char *run,
          gsize       length)
{
  gunichar c = g_utf8_get_char (run);
  FoldCacheEntry *entry = &search->cache[c % FOLD_CACHE_SIZE];
  g_autofree char *folded = NULL;
  gboolean single = g_utf8_next_char (run) == run + length;

  if (single && entry->length > 0 && entry->c == c)
    {
      g_string_append_len (search->buffer, entry->folded, entry->length);
      return;
    }
  folded = fold_slowly (run, length);
  if (folded == NULL)
    return;
  g_string_append (search->buffer, folded);
  if (single && strlen (folded) <= FOLD_CACHE_MAX_BYTES && *folded != '\0')
    {
      entry->c = c;
      entry->length = strlen (folded);
      memcpy (entry->folded, folded, entry->length);
    }
}

static void
note_segment (Search  *search,
              gsize    start,
              gsize    end,
              gboolean one_to_one)
{
  FoldSegment segment = { search->buffer->len, start, end, one_to_one };

  if (search->segments == NULL)
    return;
  if (one_to_one && search->segments->len > 0)
    {
      FoldSegment *last = &g_array_index (search->segments, FoldSegment,
                                          search->segments->len - 1);

      if (last->one_to_one && last->end == start)
        {
          last->end = end;
          return;
        }
    }
  g_array_append_val (search->segments, segment);
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
fold_run_noted (Search     *search,
                const char *text,
                const char *run,
                const char *end)
{
  gsize folded_start = search->buffer->len;
  guint n_segments = search->segments->len;
  g_autofree char *whole = NULL;
  guint n_clusters = 0;

  for (const char *p = run; p < end; n_clusters++)
    {
      const char *next = cluster_end (p, end);

      note_segment (search, p - text, next - text, FALSE);
      fold_run (search, p, next - p);
      p = next;
    }
  if (n_clusters == 1)
    return;
  whole = fold_slowly (run, end - run);
  if (whole != NULL && strcmp (search->buffer->str + folded_start, whole) == 0)
    return;
  g_string_truncate (search->buffer, folded_start);
  g_array_set_size (search->segments, n_segments);
  note_segment (search, run - text, end - text, FALSE);
  if (whole != NULL)
    g_string_append (search->buffer, whole);
}

/* Folds @text into the search's buffer: ASCII and plain characters are
 * copied (ASCII lowered), everything between them folded run by run; and
 * notes where each part came from, if the search locates its matches. */
static const char *
fold_text (Search     *search,
           const char *text)
{
  const char *p = text;

  g_string_truncate (search->buffer, 0);
  if (search->segments != NULL)
    g_array_set_size (search->segments, 0);
  while (*p != '\0')
    {
      const char *run = p;

      if ((guchar) *p < 0x80)
        {
          note_segment (search, p - text, p - text + 1, TRUE);
          g_string_append_c (search->buffer, g_ascii_tolower (*p));
          p++;
          continue;
        }
      if (is_plain (g_utf8_get_char (p)))
        {
          p = g_utf8_next_char (p);
          note_segment (search, run - text, p - text, TRUE);
          g_string_append_len (search->buffer, run, p - run);
          continue;
        }
      while (*p != '\0' && (guchar) *p >= 0x80 && !is_plain (g_utf8_get_char (p)))
        p = g_utf8_next_char (p);
      if (search->segments != NULL)
        fold_run_noted (search, text, run, p);
      else
        fold_run (search, run, p - run);
    }
  return search->buffer->str;
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
  Search search = { NULL };

  g_return_val_if_fail (text != NULL, NULL);

  if (!g_utf8_validate (text, -1, NULL))
    return NULL;
  search.buffer = g_string_new (NULL);
  fold_text (&search, text);
  return g_string_free (search.buffer, FALSE);
}

static gboolean
text_contains (Search     *search,
               const char *text)
{
  /* Folding walks the text by characters, which needs valid UTF-8; the
   * reader and the document only ever store that. */
  if (text == NULL || *text == '\0' || !g_utf8_validate (text, -1, NULL))
    return FALSE;
  return strstr (fold_text (search, text), search->key) != NULL;
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
  search->buffer = g_string_new (NULL);
  search_children (search, syl_document_get_root (self));
  g_string_free (search->buffer, TRUE);
  return g_steal_pointer (&search->matches);
}

/* Finding where. */

struct _SylSearch
{
  Search       search;
  char        *key;
  gsize        key_length;
  SylDocument *document;
  SylHistory  *history;
  SylNodeIter  iter;
  gboolean     started;
  gboolean     done;
  GArray      *hits;
  guint        n_matches;
};

/* The bytes of the text that bytes @first to @last of the folded text,
 * both included, came from.  Matches are located in order: the look-up
 * starts at the segment *@at, where the one before ended. */
static void
map_back (GArray *segments,
          guint  *at,
          gsize   first,
          gsize   last,
          gsize  *start,
          gsize  *end)
{
  const FoldSegment *segment;
  guint i = *at;

  while (i + 1 < segments->len && g_array_index (segments, FoldSegment, i + 1).folded <= first)
    i++;
  *at = i;
  segment = &g_array_index (segments, FoldSegment, i);
  *start = segment->one_to_one ? segment->start + (first - segment->folded) : segment->start;
  while (i + 1 < segments->len && g_array_index (segments, FoldSegment, i + 1).folded <= last)
    i++;
  segment = &g_array_index (segments, FoldSegment, i);
  *end = segment->one_to_one ? segment->start + (last - segment->folded) + 1 : segment->end;
}

/* A match ends with whole characters: the marks written after its last
 * letter belong to it. */
static gsize
extend_over_marks (const char *text,
                   gsize       end)
{
  while (text[end] != '\0' && g_unichar_combining_class (g_utf8_get_char (text + end)) != 0)
    end = g_utf8_next_char (text + end) - text;
  return end;
}

/* Counts the occurrences of the key in @text, and adds a match for each
 * to @matches, if given.  Occurrences that fall on text already matched,
 * as the second “s” of the “ss” that “ß” folds to does, are one. */
static guint
locate (SylSearch      *self,
        const char     *text,
        SylSearchMatch *where,
        GArray         *matches)
{
  const char *folded;
  gsize last_end = 0;
  guint at = 0;
  guint n = 0;

  if (text == NULL || *text == '\0' || !g_utf8_validate (text, -1, NULL))
    return 0;
  folded = fold_text (&self->search, text);
  for (const char *p = strstr (folded, self->key); p != NULL;
       p = strstr (p + self->key_length, self->key))
    {
      SylSearchMatch match = *where;
      gsize first = p - folded;

      map_back (self->search.segments, &at, first, first + self->key_length - 1, &match.start,
                &match.end);
      match.end = extend_over_marks (text, match.end);
      if (n > 0 && match.start < last_end)
        continue;
      last_end = match.end;
      n++;
      if (matches == NULL)
        continue;
      match.node = g_object_ref (match.node);
      g_array_append_val (matches, match);
    }
  return n;
}

static guint
locate_at (SylSearch      *self,
           const char     *text,
           SylNode        *node,
           SylSearchPlace  place,
           guint           item,
           guint           reply,
           GArray         *matches)
{
  SylSearchMatch where = { node, place, item, reply, 0, 0 };

  return locate (self, text, &where, matches);
}

static guint
locate_in_objectives (SylSearch *self,
                      SylNode   *node,
                      GArray    *matches)
{
  const char * const *objectives = syl_node_get_objectives (node);
  guint n = 0;

  for (guint i = 0; objectives != NULL && objectives[i] != NULL; i++)
    n += locate_at (self, objectives[i], node, SYL_SEARCH_PLACE_OBJECTIVE, i, 0, matches);
  return n;
}

static guint
locate_in_examples (SylSearch *self,
                    SylNode   *node,
                    GArray    *matches)
{
  GListModel *examples = syl_node_get_examples (node);
  guint n_examples = g_list_model_get_n_items (examples);
  guint n = 0;

  for (guint i = 0; i < n_examples; i++)
    {
      g_autoptr(SylExample) example = g_list_model_get_item (examples, i);

      n += locate_at (self, syl_example_get_title (example), node,
                      SYL_SEARCH_PLACE_EXAMPLE_TITLE, i, 0, matches);
      n += locate_at (self, syl_example_get_body (example), node,
                      SYL_SEARCH_PLACE_EXAMPLE_BODY, i, 0, matches);
    }
  return n;
}

static guint
locate_in_comments (SylSearch *self,
                    SylNode   *node,
                    GArray    *matches)
{
  GListModel *annotations = syl_node_get_annotations (node);
  guint n_annotations = g_list_model_get_n_items (annotations);
  guint n = 0;

  for (guint i = 0; i < n_annotations; i++)
    {
      g_autoptr(SylAnnotation) annotation = g_list_model_get_item (annotations, i);
      GListModel *replies = syl_annotation_get_replies (annotation);
      guint n_replies = g_list_model_get_n_items (replies);

      n += locate_at (self, syl_annotation_get_text (annotation), node,
                      SYL_SEARCH_PLACE_COMMENT, i, 0, matches);
      for (guint j = 0; j < n_replies; j++)
        {
          g_autoptr(SylReply) reply = g_list_model_get_item (replies, j);

          n += locate_at (self, syl_reply_get_text (reply), node, SYL_SEARCH_PLACE_REPLY, i, j,
                          matches);
        }
    }
  return n;
}

/**
 * syl_search_node:
 * @matches: (nullable) (element-type SylSearchMatch): where to add the
 *   matches, an array from syl_search_matches_new(), or %NULL to count
 *   them only
 *
 * Locates the matches in @node's own texts (not its children's), in the
 * order of the format: the title, the notes, the objectives, the
 * examples (each title before its body), the comments (each before its
 * replies).  The search need not be of @node's document.
 *
 * Returns: how many matches @node has
 */
guint
syl_search_node (SylSearch *self,
                 SylNode   *node,
                 GArray    *matches)
{
  SylSearchFields fields;
  guint n = 0;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (SYL_IS_NODE (node), 0);

  fields = self->search.fields;
  if (self->key_length == 0)
    return 0;
  if (fields & SYL_SEARCH_TITLE)
    n += locate_at (self, syl_node_get_title (node), node, SYL_SEARCH_PLACE_TITLE, 0, 0, matches);
  if (fields & SYL_SEARCH_NOTES)
    n += locate_at (self, syl_node_get_notes (node), node, SYL_SEARCH_PLACE_NOTES, 0, 0, matches);
  if (fields & SYL_SEARCH_OBJECTIVES)
    n += locate_in_objectives (self, node, matches);
  if (fields & SYL_SEARCH_EXAMPLES)
    n += locate_in_examples (self, node, matches);
  if (fields & SYL_SEARCH_COMMENTS)
    n += locate_in_comments (self, node, matches);
  return n;
}

static void
clear_match (gpointer data)
{
  SylSearchMatch *match = data;

  g_clear_object (&match->node);
}

/**
 * syl_search_matches_new:
 *
 * Returns: (transfer full) (element-type SylSearchMatch): an empty array
 *   of matches, which lets go of their nodes when they are removed
 */
GArray *
syl_search_matches_new (void)
{
  GArray *matches = g_array_new (FALSE, FALSE, sizeof (SylSearchMatch));

  g_array_set_clear_func (matches, clear_match);
  return matches;
}

static void
clear_hit (gpointer data)
{
  SylSearchHit *hit = data;

  g_clear_object (&hit->node);
}

/* A change to the document may take away the node the walk stands on:
 * the next step starts again from the top. */
static void
history_changing_cb (SylSearch *self)
{
  self->started = FALSE;
  self->done = self->key_length == 0;
}

/**
 * syl_search_new:
 * @word: what to look for; an empty word finds nothing
 *
 * Starts a search of @document for @word in @fields, ignoring case,
 * accents written either way and width, as syl_document_search() does.
 * Nothing is searched until syl_search_step().
 *
 * Returns: (transfer full): the search, for syl_search_free()
 */
SylSearch *
syl_search_new (SylDocument     *document,
                const char      *word,
                SylSearchFields  fields)
{
  SylSearch *self;

  g_return_val_if_fail (SYL_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (word != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (word, -1, NULL), NULL);

  self = g_new0 (SylSearch, 1);
  self->key = syl_search_fold (word);
  self->key_length = strlen (self->key);
  self->search.key = self->key;
  self->search.fields = fields;
  self->search.buffer = g_string_new (NULL);
  self->search.segments = g_array_new (FALSE, FALSE, sizeof (FoldSegment));
  self->hits = g_array_new (FALSE, FALSE, sizeof (SylSearchHit));
  g_array_set_clear_func (self->hits, clear_hit);
  self->document = g_object_ref (document);
  self->history = g_object_ref (syl_document_get_history (document));
  self->done = self->key_length == 0;
  g_signal_connect_swapped (self->history, "changing", G_CALLBACK (history_changing_cb), self);
  return self;
}

void
syl_search_free (SylSearch *self)
{
  if (self == NULL)
    return;
  g_signal_handlers_disconnect_by_data (self->history, self);
  g_clear_object (&self->history);
  g_clear_object (&self->document);
  g_clear_pointer (&self->hits, g_array_unref);
  g_array_unref (self->search.segments);
  g_string_free (self->search.buffer, TRUE);
  g_free (self->key);
  g_free (self);
}

/**
 * syl_search_step:
 * @n_nodes: how many nodes to search at most, at least one
 *
 * Searches the next @n_nodes nodes of the document, in document order,
 * counting their matches.  After the document changed, the search starts
 * again from the top: what it found before stays until then, so that a
 * view can tell which match it showed.
 *
 * Returns: %TRUE once the whole document has been searched
 */
gboolean
syl_search_step (SylSearch *self,
                 guint      n_nodes)
{
  SylNode *node;

  g_return_val_if_fail (self != NULL, TRUE);

  if (self->done)
    return TRUE;
  if (!self->started)
    {
      g_array_set_size (self->hits, 0);
      self->n_matches = 0;
      syl_node_iter_init (&self->iter, syl_document_get_root (self->document));
      self->started = TRUE;
    }
  for (guint i = 0; i < MAX (n_nodes, 1); i++)
    {
      SylSearchHit hit = { NULL, self->n_matches, 0 };

      if (!syl_node_iter_next (&self->iter, &node))
        {
          self->done = TRUE;
          break;
        }
      hit.n_matches = syl_search_node (self, node, NULL);
      if (hit.n_matches == 0)
        continue;
      hit.node = g_object_ref (node);
      g_array_append_val (self->hits, hit);
      self->n_matches += hit.n_matches;
    }
  return self->done;
}

/* Whether the whole document has been searched since it last changed. */
gboolean
syl_search_is_done (SylSearch *self)
{
  g_return_val_if_fail (self != NULL, TRUE);
  return self->done;
}

/**
 * syl_search_get_hits:
 *
 * The nodes found so far, in document order, each with how many matches
 * it has and how many come before it: the matches themselves are
 * syl_search_node()'s.  All of them once syl_search_is_done().
 *
 * Returns: (transfer none) (element-type SylSearchHit): the nodes found
 */
GArray *
syl_search_get_hits (SylSearch *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->hits;
}

/* How many matches the nodes found so far have in all. */
guint
syl_search_get_n_matches (SylSearch *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_matches;
}
