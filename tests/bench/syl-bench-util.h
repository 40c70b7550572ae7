/* syl-bench-util.h: what the benchmark programs share: medians, report
 * lines and the command line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

gint64    syl_bench_median          (GArray      *samples);
char     *syl_bench_format_duration (gint64       us);
void      syl_bench_report_line     (const char  *name,
                                     const char  *value,
                                     const char  *note);
void      syl_bench_report_duration (const char  *name,
                                     gint64       us,
                                     const char  *note);
gboolean  syl_bench_parse_args      (const char  *program,
                                     int         *argc,
                                     char      ***argv,
                                     guint       *repeat);

G_END_DECLS
