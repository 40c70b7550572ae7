/* syl-reply.h: a reply in a reviewer's comment thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SYL_TYPE_REPLY (syl_reply_get_type ())

G_DECLARE_FINAL_TYPE (SylReply, syl_reply, SYL, REPLY, GObject)

SylReply   *syl_reply_new         (const char *author,
                                   const char *text);
SylReply   *syl_reply_copy        (SylReply   *self);
const char *syl_reply_get_id      (SylReply   *self);
const char *syl_reply_get_author  (SylReply   *self);
const char *syl_reply_get_created (SylReply   *self);
const char *syl_reply_get_text    (SylReply   *self);

G_END_DECLS
