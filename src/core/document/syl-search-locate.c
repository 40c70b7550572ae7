/* syl-search-locate.c: where a search's word occurs, found a few nodes
 * at a time
 *
 * syl_document_search() says which nodes match.  A #SylSearch says where:
 * each occurrence of the word, as a range of bytes in the text as it is
 * written, so that a view can highlight it.  It walks the document a few
 * nodes at a time, so that a window can search a large outline between
 * frames, counting each node's matches, and starts again by itself when
 * the document changes.  It keeps one entry per node found, not per
 * match: a single letter occurs millions of times in a large outline.
 * A node's matches are located again when they are shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-search-private.h"

struct _SylSearch
{
  SylFolder        folder;
  SylSearchFields  fields;
  char            *key;
  gsize            key_length;
  SylDocument     *document;
  SylHistory      *history;
  SylNodeIter      iter;
  gboolean         started;
  gboolean         done;
  GArray          *hits;
  guint            n_matches;
  /* Set while syl_search_node_has_match() asks: the first match found
   * ends the look. */
  gboolean         first_only;
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
  const SylFoldSegment *segment;
  guint i = *at;

  while (i + 1 < segments->len && g_array_index (segments, SylFoldSegment, i + 1).folded <= first)
    i++;
  *at = i;
  segment = &g_array_index (segments, SylFoldSegment, i);
  *start = segment->one_to_one ? segment->start + (first - segment->folded) : segment->start;
  while (i + 1 < segments->len && g_array_index (segments, SylFoldSegment, i + 1).folded <= last)
    i++;
  segment = &g_array_index (segments, SylFoldSegment, i);
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
  folded = _syl_folder_fold (&self->folder, text);
  if (self->first_only)
    return strstr (folded, self->key) != NULL;
  for (const char *p = strstr (folded, self->key); p != NULL;
       p = strstr (p + self->key_length, self->key))
    {
      SylSearchMatch match = *where;
      gsize first = p - folded;

      map_back (self->folder.segments, &at, first, first + self->key_length - 1, &match.start,
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

  for (guint i = 0; objectives != NULL && objectives[i] != NULL && !(self->first_only && n > 0);
       i++)
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

  for (guint i = 0; i < n_examples && !(self->first_only && n > 0); i++)
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

  for (guint i = 0; i < n_annotations && !(self->first_only && n > 0); i++)
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

/* The matches in @fields of @node, with an end as soon as one is found
 * when only whether there is one is asked. */
static guint
search_node (SylSearch       *self,
             SylNode         *node,
             SylSearchFields  fields,
             GArray          *matches)
{
  guint n = 0;

  fields &= self->fields;
  if (self->key_length == 0)
    return 0;
  if (fields & SYL_SEARCH_TITLE)
    n += locate_at (self, syl_node_get_title (node), node, SYL_SEARCH_PLACE_TITLE, 0, 0, matches);
  if ((fields & SYL_SEARCH_NOTES) && !(self->first_only && n > 0))
    n += locate_at (self, syl_node_get_notes (node), node, SYL_SEARCH_PLACE_NOTES, 0, 0, matches);
  if ((fields & SYL_SEARCH_OBJECTIVES) && !(self->first_only && n > 0))
    n += locate_in_objectives (self, node, matches);
  if ((fields & SYL_SEARCH_EXAMPLES) && !(self->first_only && n > 0))
    n += locate_in_examples (self, node, matches);
  if ((fields & SYL_SEARCH_COMMENTS) && !(self->first_only && n > 0))
    n += locate_in_comments (self, node, matches);
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
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (SYL_IS_NODE (node), 0);

  return search_node (self, node, self->fields, matches);
}

/**
 * syl_search_node_in:
 * @fields: where to look, within the search's own fields
 * @matches: (nullable) (element-type SylSearchMatch): as for
 *   syl_search_node()
 *
 * Locates the matches in @fields of @node only, as syl_search_node() does
 * in all the search's fields: a row shows where its title matches.
 *
 * Returns: how many matches @node has there
 */
guint
syl_search_node_in (SylSearch       *self,
                    SylNode         *node,
                    SylSearchFields  fields,
                    GArray          *matches)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (SYL_IS_NODE (node), 0);

  return search_node (self, node, fields, matches);
}

/**
 * syl_search_node_has_match:
 * @fields: where to look, within the search's own fields
 *
 * Whether @node has a match in @fields, which the first one found
 * answers: cheaper than counting them all when the word is one letter.
 */
gboolean
syl_search_node_has_match (SylSearch       *self,
                           SylNode         *node,
                           SylSearchFields  fields)
{
  gboolean found;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (SYL_IS_NODE (node), FALSE);

  self->first_only = TRUE;
  found = search_node (self, node, fields, NULL) > 0;
  self->first_only = FALSE;
  return found;
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

/* A change to the document may take away the node the walk stands on,
 * and nodes found: the next step starts again from the top.  The nodes
 * found are not held, so that letting go of a search with a hundred
 * thousand of them, as every keystroke in the find bar does, costs
 * nothing. */
static void
history_changing_cb (SylSearch *self)
{
  self->started = FALSE;
  self->done = self->key_length == 0;
  g_array_set_size (self->hits, 0);
  self->n_matches = 0;
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
  self->fields = fields;
  _syl_folder_init (&self->folder, TRUE);
  self->hits = g_array_new (FALSE, FALSE, sizeof (SylSearchHit));
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
  _syl_folder_clear (&self->folder);
  g_free (self->key);
  g_free (self);
}

/**
 * syl_search_step:
 * @n_nodes: how many nodes to search at most, at least one
 *
 * Searches the next @n_nodes nodes of the document, in document order,
 * counting their matches.  After the document changed, the search starts
 * again from the top, having found nothing.
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
      hit.node = node;
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

/* The ancestors of @node from the top down to it; an empty path when it
 * was taken out of its document. */
static GPtrArray *
path_of (SylNode *node)
{
  GPtrArray *path = g_ptr_array_new ();

  for (; node != NULL && !syl_node_is_root (node); node = syl_node_get_parent (node))
    g_ptr_array_insert (path, 0, node);
  if (node == NULL)
    g_ptr_array_set_size (path, 0);
  return path;
}

/* Document order: a node before its children, which come before its
 * next sibling. */
static int
compare_nodes (SylNode *a,
               SylNode *b)
{
  g_autoptr(GPtrArray) path_a = path_of (a);
  g_autoptr(GPtrArray) path_b = path_of (b);

  for (guint i = 0; i < path_a->len && i < path_b->len; i++)
    {
      SylNode *x = g_ptr_array_index (path_a, i);
      SylNode *y = g_ptr_array_index (path_b, i);

      if (x != y)
        return syl_node_get_index (x) < syl_node_get_index (y) ? -1 : 1;
    }
  return path_a->len < path_b->len ? -1 : path_a->len > path_b->len;
}

/**
 * syl_search_find_hit:
 * @node: a node of the document
 *
 * Returns: the index among the hits of the first node found that is
 *   @node or comes after it in document order, or the number of hits
 */
guint
syl_search_find_hit (SylSearch *self,
                     SylNode   *node)
{
  guint low = 0, high;

  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (SYL_IS_NODE (node), 0);

  high = self->hits->len;
  while (low < high)
    {
      guint middle = low + (high - low) / 2;

      if (compare_nodes (g_array_index (self->hits, SylSearchHit, middle).node, node) < 0)
        low = middle + 1;
      else
        high = middle;
    }
  return low;
}

/**
 * syl_search_find_hit_of_match:
 * @match: the index of a match among all those found
 *
 * Returns: the index among the hits of the node that has @match, or the
 *   number of hits if there is no such match
 */
guint
syl_search_find_hit_of_match (SylSearch *self,
                              guint      match)
{
  guint low = 0, high;

  g_return_val_if_fail (self != NULL, 0);

  if (match >= self->n_matches)
    return self->hits->len;
  /* The last node whose first match is @match or one before it. */
  high = self->hits->len;
  while (high - low > 1)
    {
      guint middle = low + (high - low) / 2;

      if (g_array_index (self->hits, SylSearchHit, middle).first <= match)
        low = middle;
      else
        high = middle;
    }
  return low;
}
