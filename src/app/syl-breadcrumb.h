/* syl-breadcrumb.h: the path from the course down to the section in focus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "syl-document.h"

G_BEGIN_DECLS

#define SYL_TYPE_BREADCRUMB (syl_breadcrumb_get_type ())

G_DECLARE_FINAL_TYPE (SylBreadcrumb, syl_breadcrumb, SYL, BREADCRUMB, GtkWidget)

GtkWidget *syl_breadcrumb_new       (void);
void       syl_breadcrumb_set_path  (SylBreadcrumb *self,
                                     SylDocument   *document,
                                     SylNode       *node);
char      *syl_breadcrumb_dup_text  (SylBreadcrumb *self);
GtkWidget *syl_breadcrumb_get_crumb (SylBreadcrumb *self,
                                     guint          index);

G_END_DECLS
