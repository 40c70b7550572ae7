/* syl-json-writer.h: writing Syllabus format v1
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-document.h"

G_BEGIN_DECLS

GBytes *syl_json_write          (SylDocument     *document);
GBytes *syl_json_write_subtrees (SylNode * const *nodes,
                                 guint            n_nodes);

GBytes             *syl_document_serialize           (SylDocument     *self);

G_END_DECLS
