/* syl-history.h: the one undo/redo history of a document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SYL_TYPE_HISTORY (syl_history_get_type ())

G_DECLARE_FINAL_TYPE (SylHistory, syl_history, SYL, HISTORY, GObject)

typedef enum
{
  SYL_HISTORY_DO,
  SYL_HISTORY_UNDO,
  SYL_HISTORY_REDO,
} SylHistoryDirection;

gboolean    syl_history_get_can_undo   (SylHistory *self);
gboolean    syl_history_get_can_redo   (SylHistory *self);
const char *syl_history_get_undo_label (SylHistory *self);
const char *syl_history_get_redo_label (SylHistory *self);
gboolean    syl_history_undo           (SylHistory *self);
gboolean    syl_history_redo           (SylHistory *self);
void        syl_history_begin_group    (SylHistory *self,
                                        const char *label);
void        syl_history_end_group      (SylHistory *self);
void        syl_history_break_merge    (SylHistory *self);
gboolean    syl_history_is_busy        (SylHistory *self);
guint       syl_history_get_n_undo     (SylHistory *self);
GPtrArray  *syl_history_dup_step_nodes (SylHistory *self);
gboolean    syl_history_get_at_saved   (SylHistory *self);
void        syl_history_mark_saved     (SylHistory *self);
void        syl_history_mark_unsaved   (SylHistory *self);

G_END_DECLS
