/* syl-merge3-private.h: what the two halves of the three-way merge share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-catalogue.h"
#include "syl-merge3.h"

G_BEGIN_DECLS

typedef struct
{
  /* The outline being merged into, its state before the merge (MINE),
   * the common ancestor (BASE) and the other side (THEIRS). */
  SylDocument    *self;
  SylDocument    *mine;
  SylDocument    *base;
  SylDocument    *theirs;
  const char     *source;
  SylMergeReport *report;
  SylCatalogue   *catalogue;
  /* The parent id ("" for the top) of every node the merge keeps. */
  GHashTable     *parent;
  /* The ids of every node met, kept or not, so each is merged once. */
  GHashTable     *seen;
  /* The merged children of each parent id, in order: id to GPtrArray. */
  GHashTable     *children;
  /* Conflicts to note as comments: pairs of node id and text. */
  GPtrArray      *conflicts;
} Merge3;

/* The ids below are borrowed from the three outlines, which outlive the
 * merge. */
void        _syl_merge3_plan_tree     (Merge3      *merge);
void        _syl_merge3_apply_tree    (Merge3      *merge);
void        _syl_merge3_fields        (Merge3      *merge);
void        _syl_merge3_comments      (Merge3      *merge);
void        _syl_merge3_conflict      (Merge3      *merge,
                                       const char  *node_id,
                                       char        *text);
void        _syl_merge3_took          (Merge3      *merge,
                                       const char  *node_id,
                                       const char  *what);
const char *_syl_merge3_parent_id     (SylDocument *document,
                                       const char  *id);
char       *_syl_merge3_describe      (SylDocument *document,
                                       const char  *id);

G_END_DECLS
