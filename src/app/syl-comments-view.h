/* syl-comments-view.h: the comment threads of one node, in its editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "syl-document.h"

G_BEGIN_DECLS

#define SYL_TYPE_COMMENTS_VIEW (syl_comments_view_get_type ())

G_DECLARE_FINAL_TYPE (SylCommentsView, syl_comments_view, SYL, COMMENTS_VIEW, GtkWidget)

void      syl_comments_view_set_node       (SylCommentsView *self,
                                            SylDocument     *document,
                                            SylNode         *node);
GtkLabel *syl_comments_view_get_text_label (SylCommentsView *self,
                                            GObject         *comment);

G_END_DECLS
