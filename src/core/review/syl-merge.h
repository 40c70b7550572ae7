/* syl-merge.h: bringing reviewers' comments back into the author's outline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-document.h"
#include "syl-merge-report.h"

G_BEGIN_DECLS

SylMergeReport *syl_document_merge_copies (SylDocument        *self,
                                           SylDocument * const *copies,
                                           const char * const  *names,
                                           guint                n_copies,
                                           GError             **error);
SylMergeReport *syl_document_merge_files  (SylDocument        *self,
                                           GFile * const       *files,
                                           guint                n_files,
                                           GCancellable        *cancellable,
                                           GError             **error);

G_END_DECLS
