/* syl-about.h: the About window, built from the application's metainfo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *syl_about_window_new_from_metainfo (const char  *resource_path,
                                               GError     **error);

G_END_DECLS
