/* syl-merge3.h: a three-way merge of two versions of an outline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-document.h"
#include "syl-merge-report.h"

G_BEGIN_DECLS

SylMergeReport *syl_document_merge3 (SylDocument  *self,
                                     SylDocument  *base,
                                     SylDocument  *theirs,
                                     const char   *theirs_name,
                                     GError      **error);

G_END_DECLS
