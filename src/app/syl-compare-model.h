/* syl-compare-model.h: the rows of compare mode, a tree with its changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "syl-diff.h"

G_BEGIN_DECLS

typedef enum
{
  SYL_COMPARE_ADDED    = 1 << 0,
  SYL_COMPARE_DELETED  = 1 << 1,
  SYL_COMPARE_MOVED    = 1 << 2,
  SYL_COMPARE_RENAMED  = 1 << 3,
  SYL_COMPARE_EDITED   = 1 << 4,
  SYL_COMPARE_COMMENTS = 1 << 5,
} SylCompareMarks;

#define SYL_TYPE_COMPARE_ROW (syl_compare_row_get_type ())

G_DECLARE_FINAL_TYPE (SylCompareRow, syl_compare_row, SYL, COMPARE_ROW, GObject)

guint            syl_compare_row_get_depth      (SylCompareRow *self);
const char      *syl_compare_row_get_node_id    (SylCompareRow *self);
const char      *syl_compare_row_get_chapter_id (SylCompareRow *self);
const char      *syl_compare_row_get_number     (SylCompareRow *self);
const char      *syl_compare_row_get_title      (SylCompareRow *self);
SylCompareMarks  syl_compare_row_get_marks      (SylCompareRow *self);
guint            syl_compare_row_get_n_changes  (SylCompareRow *self);
const SylChange *syl_compare_row_get_change     (SylCompareRow *self,
                                                 guint          index);
const SylChange *syl_compare_row_find_change    (SylCompareRow *self,
                                                 SylChangeKind  kind);
char            *syl_compare_row_dup_edited     (SylCompareRow *self);

GListStore      *syl_compare_model_new          (SylDocument   *old_document,
                                                 SylDocument   *new_document,
                                                 SylDiff       *diff);

G_END_DECLS
