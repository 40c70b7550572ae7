/* syl-move-dialog.h: choose where to move nodes by typing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "syl-document.h"

G_BEGIN_DECLS

#define SYL_TYPE_MOVE_DIALOG (syl_move_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SylMoveDialog, syl_move_dialog, SYL, MOVE_DIALOG, AdwWindow)

SylMoveDialog *syl_move_dialog_new       (SylDocument   *document,
                                          GPtrArray     *nodes);
GPtrArray     *syl_move_dialog_get_nodes (SylMoveDialog *self);

G_END_DECLS
