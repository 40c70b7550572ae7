/* syl-preferences-window.h: the application's preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SYL_TYPE_PREFERENCES_WINDOW (syl_preferences_window_get_type ())

G_DECLARE_FINAL_TYPE (SylPreferencesWindow, syl_preferences_window, SYL, PREFERENCES_WINDOW,
                      AdwPreferencesWindow)

GtkWidget *syl_preferences_window_new (GtkWindow *parent);

G_END_DECLS
