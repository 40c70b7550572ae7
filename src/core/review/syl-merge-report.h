/* syl-merge-report.h: what merging reviewers' copies did
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

typedef enum
{
  SYL_MERGE_ADDED_COMMENT,
  SYL_MERGE_ADDED_REPLY,
  SYL_MERGE_RESOLVED,
  SYL_MERGE_EDITED,
  SYL_MERGE_ORPHAN,
  SYL_MERGE_CONFLICT,
  SYL_MERGE_TOOK,     /* three-way: a change of the other side taken */
  SYL_MERGE_KEPT,     /* three-way: a conflict, this side's version kept */
} SylMergeKind;

#define SYL_MERGE_N_KINDS (SYL_MERGE_KEPT + 1)

/**
 * SylMergeItem:
 * @kind: what happened
 * @source: the name of the copy it came from, as given to the merge
 * @section: the section, "1.4 Title": in the author's document, or for an
 *   orphan, in the copy, since the author deleted it
 * @comment_id: the id of the comment (for a reply, of the reply)
 * @author: who wrote the comment or reply; for a resolution, who resolved
 * @text: what they wrote; for a conflict, the copy's version
 * @replies: (nullable): an orphan's replies, "Author: text" each
 */
typedef struct
{
  SylMergeKind   kind;
  char          *source;
  char          *section;
  char          *comment_id;
  char          *author;
  char          *text;
  char         **replies;
} SylMergeItem;

#define SYL_TYPE_MERGE_REPORT (syl_merge_report_get_type ())

G_DECLARE_FINAL_TYPE (SylMergeReport, syl_merge_report, SYL, MERGE_REPORT, GObject)

guint               syl_merge_report_get_n_copies (SylMergeReport *self);
guint               syl_merge_report_count        (SylMergeReport *self,
                                                   SylMergeKind    kind);
const SylMergeItem *syl_merge_report_get_item     (SylMergeReport *self,
                                                   SylMergeKind    kind,
                                                   guint           index);
gboolean            syl_merge_report_changed      (SylMergeReport *self);
char               *syl_merge_report_dup_summary  (SylMergeReport *self);
char               *syl_merge_report_to_text      (SylMergeReport *self);

G_END_DECLS
