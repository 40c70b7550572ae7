/* syl-file.h: reading files whole and replacing them atomically
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

/* Syllabus refuses files larger than this rather than exhaust memory. */
#define SYL_MAX_FILE_SIZE (G_GINT64_CONSTANT (1) << 30)

GBytes   *syl_file_load                    (GFile         *file,
                                            GCancellable  *cancellable,
                                            GError       **error);
gboolean  syl_file_replace_atomically      (GFile         *file,
                                            GBytes        *contents,
                                            GError       **error);
gboolean  syl_file_replace_atomically_full (GFile         *file,
                                            GBytes        *contents,
                                            GCancellable  *cancellable,
                                            GError       **error);

G_END_DECLS
