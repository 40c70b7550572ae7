/* syl-diff-private.h: what the diff and the three-way merge share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-diff.h"

G_BEGIN_DECLS

GHashTable *_syl_diff_reordered      (GPtrArray  *old_ids,
                                      GPtrArray  *new_ids);
void        _syl_diff_compare_text   (SylChange  *change,
                                      const char *old_text,
                                      const char *new_text);
void        _syl_diff_compare_lines  (SylChange  *change,
                                      const char *old_text,
                                      const char *new_text);
char       *_syl_diff_join_examples  (SylNode    *node,
                                      gboolean    full);
char       *_syl_diff_join_objectives (SylNode   *node);

G_END_DECLS
