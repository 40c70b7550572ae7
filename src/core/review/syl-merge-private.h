/* syl-merge-private.h: what the merge and its report share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-merge.h"

G_BEGIN_DECLS

SylMergeReport *_syl_merge_report_new (guint           n_copies);
void            _syl_merge_report_add (SylMergeReport *self,
                                       SylMergeKind    kind,
                                       const char     *source,
                                       const char     *section,
                                       const char     *comment_id,
                                       const char     *author,
                                       const char     *text,
                                       char          **replies);

/* The changes a merge makes, as syl-merge-plan.c makes them again. */
typedef enum
{
  SYL_MERGE_OP_INSERT_ANNOTATION, /* a comment, with its replies, on a section */
  SYL_MERGE_OP_INSERT_REPLY,      /* a reply, among a comment's others */
  SYL_MERGE_OP_ADD_REPLY,         /* a reply at the end: a conflicting version */
  SYL_MERGE_OP_RESOLVE,           /* a comment resolved, by and when */
  SYL_MERGE_OP_EDIT,              /* the new text of a comment or a reply */
} SylMergeOpKind;

void            _syl_merge_record       (GPtrArray           *ops,
                                         SylMergeOpKind       kind,
                                         const char          *target,
                                         guint                position,
                                         gpointer             item,
                                         const char          *text,
                                         const char          *at);
SylMergeReport *_syl_merge_run          (SylDocument         *self,
                                         SylDocument * const *copies,
                                         const char * const  *names,
                                         guint                n_copies,
                                         GPtrArray           *ops,
                                         GCancellable        *cancellable,
                                         GError             **error);
gboolean        _syl_merge_read_copies  (GFile * const       *files,
                                         guint                n_files,
                                         GPtrArray           *copies,
                                         GPtrArray           *names,
                                         GCancellable        *cancellable,
                                         SylProgressFunc      progress,
                                         gpointer             progress_data,
                                         GError             **error);
char           *_syl_merge_dup_label    (guint                n_copies);

void _syl_merge_index_comments (GHashTable *comments,
                                SylNode    *root);

G_END_DECLS
