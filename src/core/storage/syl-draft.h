/* syl-draft.h: a recovery draft of a document's unsaved changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-document.h"

G_BEGIN_DECLS

#define SYL_TYPE_DRAFT (syl_draft_get_type ())

G_DECLARE_FINAL_TYPE (SylDraft, syl_draft, SYL, DRAFT, GObject)

GPtrArray   *syl_draft_list            (GFile        *dir);
const char  *syl_draft_get_id          (SylDraft     *self);
GFile       *syl_draft_get_file        (SylDraft     *self);
GDateTime   *syl_draft_get_time        (SylDraft     *self);
char        *syl_draft_dup_display_name (SylDraft    *self);
SylDocument *syl_draft_restore         (SylDraft     *self,
                                        GError      **error);
gboolean     syl_draft_delete          (SylDraft     *self,
                                        GError      **error);


G_END_DECLS
