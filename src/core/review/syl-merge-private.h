/* syl-merge-private.h: what the merge and its report share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-merge.h"

G_BEGIN_DECLS

SylMergeReport *_syl_merge_report_new (guint           n_copies);
void            _syl_merge_report_add (SylMergeReport *self,
                                       SylMergeKind    kind,
                                       const char     *source,
                                       const char     *section,
                                       const char     *comment_id,
                                       const char     *author,
                                       const char     *text,
                                       char          **replies);

G_END_DECLS
