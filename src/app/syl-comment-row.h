/* syl-comment-row.h: one comment or reply, in the editor's comment threads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "syl-document.h"

G_BEGIN_DECLS

#define SYL_TYPE_COMMENT_ROW (syl_comment_row_get_type ())

G_DECLARE_FINAL_TYPE (SylCommentRow, syl_comment_row, SYL, COMMENT_ROW, GtkWidget)

GtkWidget *syl_comment_row_new             (GObject       *comment,
                                            const char    *user);
GObject   *syl_comment_row_get_comment     (SylCommentRow *self);
GtkEntry  *syl_comment_row_get_reply_entry (SylCommentRow *self);
GtkLabel  *syl_comment_row_get_text_label  (SylCommentRow *self);
void       syl_comment_row_add_reply       (SylCommentRow *self,
                                            SylCommentRow *reply);
void       syl_comment_row_update          (SylCommentRow *self);

G_END_DECLS
