/* syl-check-panel.h: the Course Check panel, beside the editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "syl-check.h"

G_BEGIN_DECLS

#define SYL_TYPE_CHECK_PANEL (syl_check_panel_get_type ())

G_DECLARE_FINAL_TYPE (SylCheckPanel, syl_check_panel, SYL, CHECK_PANEL, GtkWidget)

void        syl_check_panel_set_document  (SylCheckPanel *self,
                                           SylDocument   *document);
GListModel *syl_check_panel_get_rows      (SylCheckPanel *self);
gboolean    syl_check_panel_get_busy      (SylCheckPanel *self);
void        syl_check_panel_set_read_only (SylCheckPanel *self,
                                           gboolean       read_only);
GtkWidget  *syl_check_panel_get_switch    (SylCheckPanel *self,
                                           SylCheckRules  rule);

G_END_DECLS
