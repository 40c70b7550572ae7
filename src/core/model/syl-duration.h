/* syl-duration.h: durations as people type them, and as fields show them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gboolean  syl_parse_duration     (const char  *text,
                                  int         *minutes,
                                  GError     **error);
char     *syl_duration_to_string (int          minutes);

G_END_DECLS
