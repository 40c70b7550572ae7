/* syl-start-page.h: what a window shows before it has a document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SYL_TYPE_START_PAGE (syl_start_page_get_type ())

G_DECLARE_FINAL_TYPE (SylStartPage, syl_start_page, SYL, START_PAGE, GtkWidget)

GtkWidget *syl_start_page_new          (void);
guint      syl_start_page_get_n_recent (SylStartPage     *self);

G_END_DECLS
