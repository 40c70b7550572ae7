/* syl-author-prompt.h: the name a reviewer signs with, asked once
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

typedef void (*SylAuthorReadyFunc) (gpointer user_data);

gboolean syl_author_prompt_first (GtkWidget          *parent,
                                  SylAuthorReadyFunc  ready,
                                  gpointer            user_data,
                                  GDestroyNotify      destroy);

G_END_DECLS
