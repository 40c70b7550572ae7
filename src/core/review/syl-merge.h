/* syl-merge.h: bringing reviewers' comments back into the author's outline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-document.h"
#include "syl-merge-report.h"
#include "syl-progress.h"

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

/* A merge worked out in a thread, on a snapshot, and made on the
 * document afterwards: see syl-merge-plan.c. */
typedef struct _SylMergePlan SylMergePlan;

SylMergePlan   *syl_merge_plan_new           (SylDocument         *snapshot,
                                              SylDocument * const *copies,
                                              const char * const  *names,
                                              guint                n_copies,
                                              GCancellable        *cancellable,
                                              GError             **error);
SylMergePlan   *syl_merge_plan_new_for_files (SylDocument         *snapshot,
                                              GFile * const       *files,
                                              guint                n_files,
                                              GCancellable        *cancellable,
                                              SylProgressFunc      progress,
                                              gpointer             progress_data,
                                              GError             **error);
SylMergeReport *syl_merge_plan_get_report    (SylMergePlan        *self);
guint           syl_merge_plan_get_n_changes (SylMergePlan        *self);
gboolean        syl_merge_plan_apply         (SylMergePlan        *self,
                                              SylDocument         *document,
                                              GError             **error);
void            syl_merge_plan_free          (SylMergePlan        *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylMergePlan, syl_merge_plan_free)

G_END_DECLS
