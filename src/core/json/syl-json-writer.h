/* syl-json-writer.h: writing Syllabus format v1
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-document.h"

G_BEGIN_DECLS


GBytes             *syl_document_serialize           (SylDocument     *self);

G_END_DECLS
