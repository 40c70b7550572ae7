/* syl-clipboard.h: nodes as the clipboard and drag and drop carry them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-document.h"

G_BEGIN_DECLS

GBytes    *syl_nodes_to_json   (SylNode * const  *nodes,
                                guint             n_nodes);
GPtrArray *syl_nodes_from_json (const char       *data,
                                gsize             length,
                                GError          **error);
char      *syl_nodes_to_text   (SylNode * const  *nodes,
                                guint             n_nodes);
GPtrArray *syl_nodes_from_text (const char       *text);

G_END_DECLS
