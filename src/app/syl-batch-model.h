/* syl-batch-model.h: a list model that can hold back its changes and
 * report them as one
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SYL_TYPE_BATCH_MODEL (syl_batch_model_get_type ())

G_DECLARE_FINAL_TYPE (SylBatchModel, syl_batch_model, SYL, BATCH_MODEL, GObject)

SylBatchModel *syl_batch_model_new       (GListModel    *model);
GListModel    *syl_batch_model_get_model (SylBatchModel *self);
void           syl_batch_model_freeze    (SylBatchModel *self);
void           syl_batch_model_thaw      (SylBatchModel *self);
gboolean       syl_batch_model_is_frozen (SylBatchModel *self);

G_END_DECLS
