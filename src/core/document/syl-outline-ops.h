/* syl-outline-ops.h: restructuring an outline from the keyboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-document.h"

G_BEGIN_DECLS

/* Each is one step in the history, even for several nodes.  On failure
 * (%SYL_ERROR_MOVE, or %SYL_ERROR_TOO_DEEP) nothing changes. */
gboolean        syl_document_move_up    (SylDocument      *self,
                                         SylNode * const  *nodes,
                                         guint             n_nodes,
                                         GError          **error);
gboolean        syl_document_move_down  (SylDocument      *self,
                                         SylNode * const  *nodes,
                                         guint             n_nodes,
                                         GError          **error);
gboolean        syl_document_indent     (SylDocument      *self,
                                         SylNode * const  *nodes,
                                         guint             n_nodes,
                                         GError          **error);
gboolean        syl_document_outdent    (SylDocument      *self,
                                         SylNode * const  *nodes,
                                         guint             n_nodes,
                                         GError          **error);

SylDropPosition syl_drop_position_for_y (double            y,
                                         double            height);

G_END_DECLS
