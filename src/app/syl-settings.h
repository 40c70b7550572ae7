/* syl-settings.h: the application's settings, when their schema is there
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

GSettings *syl_settings_get (void);

G_END_DECLS
