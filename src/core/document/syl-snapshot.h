/* syl-snapshot.h: a copy of a document for work in another thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-document.h"

G_BEGIN_DECLS

SylDocument *syl_document_snapshot (SylDocument *self);

G_END_DECLS
