/* syl-search.h: finding the nodes whose text contains a word
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-document.h"

G_BEGIN_DECLS

/* The parts of a node that a search looks in. */
typedef enum
{
  SYL_SEARCH_TITLE      = 1 << 0,
  SYL_SEARCH_NOTES      = 1 << 1,
  SYL_SEARCH_OBJECTIVES = 1 << 2,
  SYL_SEARCH_EXAMPLES   = 1 << 3,
  SYL_SEARCH_COMMENTS   = 1 << 4,
  SYL_SEARCH_ALL        = (1 << 5) - 1,
} SylSearchFields;

GPtrArray *syl_document_search (SylDocument     *self,
                                const char      *word,
                                SylSearchFields  fields);
char      *syl_search_fold     (const char      *text);

/* Which text of a node a match is in. */
typedef enum
{
  SYL_SEARCH_PLACE_TITLE,
  SYL_SEARCH_PLACE_NOTES,
  SYL_SEARCH_PLACE_OBJECTIVE,
  SYL_SEARCH_PLACE_EXAMPLE_TITLE,
  SYL_SEARCH_PLACE_EXAMPLE_BODY,
  SYL_SEARCH_PLACE_COMMENT,
  SYL_SEARCH_PLACE_REPLY,
} SylSearchPlace;

/**
 * SylSearchMatch:
 * @node: (transfer full): the node the match is in
 * @place: which of its texts
 * @item: the index of the objective, example or comment among the node's;
 *   0 for the title and the notes
 * @reply: the index of the reply among the comment's replies; 0 elsewhere
 * @start: where the match begins in that text, in bytes
 * @end: where it ends, in bytes: the whole characters the word matched
 *
 * One place where a search's word occurs.
 */
typedef struct
{
  SylNode        *node;
  SylSearchPlace  place;
  guint           item;
  guint           reply;
  gsize           start;
  gsize           end;
} SylSearchMatch;

/**
 * SylSearchHit:
 * @node: (transfer none): a node with matches, which the search does not
 *   hold: the document does, and any change to it empties the search
 * @first: how many matches come before its first, in document order
 * @n_matches: how many it has
 *
 * A node a #SylSearch found.  Its matches are located when needed, with
 * syl_search_node(): a word may occur millions of times in an outline.
 */
typedef struct
{
  SylNode *node;
  guint    first;
  guint    n_matches;
} SylSearchHit;

typedef struct _SylSearch SylSearch;

SylSearch *syl_search_new         (SylDocument     *document,
                                   const char      *word,
                                   SylSearchFields  fields);
void       syl_search_free        (SylSearch       *self);
gboolean   syl_search_step        (SylSearch       *self,
                                   guint            n_nodes);
gboolean   syl_search_is_done     (SylSearch       *self);
GArray    *syl_search_get_hits    (SylSearch       *self);
guint      syl_search_get_n_matches (SylSearch     *self);
guint      syl_search_find_hit    (SylSearch       *self,
                                   SylNode         *node);
guint      syl_search_find_hit_of_match (SylSearch *self,
                                   guint            match);
guint      syl_search_node        (SylSearch       *self,
                                   SylNode         *node,
                                   GArray          *matches);
guint      syl_search_node_in     (SylSearch       *self,
                                   SylNode         *node,
                                   SylSearchFields  fields,
                                   GArray          *matches);
gboolean   syl_search_node_has_match (SylSearch    *self,
                                   SylNode         *node,
                                   SylSearchFields  fields);
GArray    *syl_search_matches_new (void);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylSearch, syl_search_free)

G_END_DECLS
