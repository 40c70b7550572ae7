/* syl-autosave.h: keeps a recovery draft of a document's unsaved changes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-document.h"

G_BEGIN_DECLS

#define SYL_TYPE_AUTOSAVE (syl_autosave_get_type ())

G_DECLARE_FINAL_TYPE (SylAutosave, syl_autosave, SYL, AUTOSAVE, GObject)

/* How long after the last change the draft is written. */
#define SYL_AUTOSAVE_DELAY_MS 2000

SylAutosave *syl_autosave_new          (SylDocument  *document,
                                        GFile        *dir,
                                        const char   *draft_id);
const char  *syl_autosave_get_draft_id (SylAutosave  *self);
gboolean     syl_autosave_flush        (SylAutosave  *self,
                                        GError      **error);
void         syl_autosave_discard      (SylAutosave  *self);
gboolean     syl_autosave_get_pending  (SylAutosave  *self);

G_END_DECLS
