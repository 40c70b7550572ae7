/* syl-json-writer-private.h: the writer's entry points, for the document's
 * own saving and the clipboard
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-document.h"

G_BEGIN_DECLS

GBytes *_syl_json_write          (SylDocument     *document);
GBytes *_syl_json_write_subtrees (SylNode * const *nodes,
                                  guint            n_nodes);

G_END_DECLS
