/* syl-diff.h: what changed between two versions of an outline, by id
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "syl-document.h"

G_BEGIN_DECLS

typedef enum
{
  SYL_CHANGE_ADDED,
  SYL_CHANGE_DELETED,
  SYL_CHANGE_MOVED,
  SYL_CHANGE_RENAMED,
  SYL_CHANGE_KIND,
  SYL_CHANGE_OPTIONAL,
  SYL_CHANGE_DURATION,
  SYL_CHANGE_NOTES,
  SYL_CHANGE_OBJECTIVES,
  SYL_CHANGE_EXAMPLES,
  SYL_CHANGE_COMMENT_ADDED,
  SYL_CHANGE_COMMENT_EDITED,
  SYL_CHANGE_COMMENT_RESOLVED,
  SYL_CHANGE_COMMENT_REOPENED,
  SYL_CHANGE_COMMENT_DELETED,
} SylChangeKind;

#define SYL_CHANGE_N_KINDS (SYL_CHANGE_COMMENT_DELETED + 1)

/**
 * SylChange:
 * @kind: what changed
 * @node_id: the id of the node it changed, or that the comment is on
 * @chapter_id: the id of the chapter the node is in (in the new outline,
 *   or in the old one for a node that was deleted), for grouping
 * @title: the node's title, in the new outline, or the old one if deleted
 * @old_number: (nullable): its number in the old outline, if it was there
 * @new_number: (nullable): its number in the new outline, if it is there
 * @old_parent_id: (nullable): for a move, the old parent ("" for the top)
 * @new_parent_id: (nullable): for a move, the new parent ("" for the top)
 * @old_index: for a move, the position among the old parent's children
 * @new_index: for a move, the position among the new parent's children
 * @old_value: (nullable): the value before: a title, a kind name, "true"
 *   or "false", minutes, notes, objectives or example titles one a line,
 *   a comment's text
 * @new_value: (nullable): the value after, written as @old_value
 * @n_added: for notes, the words added (a Chinese character counts as a
 *   word); for objectives and examples, the items added
 * @n_removed: the same, removed
 * @old_excerpt: (nullable): for notes, the stretch of the old text that
 *   the edit replaced, shortened to about 40 characters
 * @new_excerpt: (nullable): the same, of the new text
 * @comment_id: (nullable): for a comment change, the comment or reply
 * @author: (nullable): for a comment change, who wrote it; for a
 *   resolution, who resolved it
 *
 * One change, in the form a window or a tool shows it: everything is
 * copied, so a change outlives both outlines.
 */
typedef struct
{
  SylChangeKind  kind;
  char          *node_id;
  char          *chapter_id;
  char          *title;
  char          *old_number;
  char          *new_number;
  char          *old_parent_id;
  char          *new_parent_id;
  guint          old_index;
  guint          new_index;
  char          *old_value;
  char          *new_value;
  guint          n_added;
  guint          n_removed;
  char          *old_excerpt;
  char          *new_excerpt;
  char          *comment_id;
  char          *author;
} SylChange;

typedef struct _SylDiff SylDiff;

SylDiff         *syl_diff_new            (SylDocument   *old_document,
                                          SylDocument   *new_document);
void             syl_diff_free           (SylDiff       *self);
guint            syl_diff_get_n_changes  (SylDiff       *self);
const SylChange *syl_diff_get_change     (SylDiff       *self,
                                          guint          index);
JsonNode        *syl_diff_to_json        (SylDiff       *self);

const char      *syl_change_kind_to_string (SylChangeKind kind);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylDiff, syl_diff_free)

G_END_DECLS
