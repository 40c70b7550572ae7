/* syl-outline-rows-private.h: what the files of SylOutlineRows share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-outline-rows.h"

G_BEGIN_DECLS

/* One row: its node (referenced) and its depth, 0 for the top's children. */
typedef struct
{
  SylNode *node;
  guint    depth;
} Row;

/* Finding a node's row scans the list.  After this many finds without a
 * change in between, as when selecting many nodes, an index is built. */
#define FINDS_BEFORE_INDEX 8

struct _SylOutlineRows
{
  GObject              parent_instance;

  SylNode             *top;
  SylOutlineRowsFilter filter;
  gpointer             filter_data;

  GArray              *rows;
  /* Every node whose children the model listens to, with the handler. */
  GHashTable          *watched;
  /* Node → position + 1, built when many finds come between changes. */
  GHashTable          *index;
  guint                finds;

  /* While held: the rows as the listeners last heard of them, their
   * nodes not referenced, or NULL while nothing changed; and the nodes
   * whose rows went meanwhile, released with the hold, after the
   * listeners heard of it. */
  guint                hold_count;
  GArray              *shown;
  GPtrArray           *doomed;

  /* While held: the rows of the subtree the last change removed, which
   * the next change may put back, with their references, and its root. */
  SylNode             *stash_root;
  GArray              *stash;
};

void     _syl_outline_rows_forget_stash    (SylOutlineRows *self);
gboolean _syl_outline_rows_find_difference (const Row      *old,
                                            guint           old_len,
                                            const Row      *new,
                                            guint           new_len,
                                            guint          *prefix,
                                            guint          *removed,
                                            guint          *added);

G_END_DECLS
