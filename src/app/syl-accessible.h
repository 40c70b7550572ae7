/* syl-accessible.h: what the window tells assistive technologies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *syl_icon_button_new           (const char *icon_name,
                                          const char *label);
void       syl_accessible_set_label      (GtkWidget  *widget,
                                          const char *label);
void       syl_accessible_announce       (GtkWidget  *widget,
                                          const char *message);
void       syl_accessible_name_group_list (AdwPreferencesGroup *group,
                                           const char          *label);
void       syl_accessible_name_combo_list (AdwComboRow         *row);
char      *syl_accessible_dup_row_title   (AdwPreferencesRow   *row);

G_END_DECLS
