/* syl-bench-util.c: what the benchmark programs share: medians, report
 * lines and the command line
 *
 * GLib only: the baseline programs use it too, and must not link the
 * Syllabus core.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include <locale.h>

#include "syl-bench-util.h"

static int
compare_gint64 (gconstpointer a,
                gconstpointer b)
{
  gint64 x = *(const gint64 *) a;
  gint64 y = *(const gint64 *) b;

  return x < y ? -1 : x > y;
}

/* Sorts @samples (gint64s) and returns their median, 0 for none. */
gint64
syl_bench_median (GArray *samples)
{
  guint n = samples->len;

  if (n == 0)
    return 0;
  g_array_sort (samples, compare_gint64);
  if (n % 2 == 1)
    return g_array_index (samples, gint64, n / 2);
  return (g_array_index (samples, gint64, n / 2 - 1) + g_array_index (samples, gint64, n / 2)) / 2;
}

/* Microseconds below one millisecond, milliseconds above. */
char *
syl_bench_format_duration (gint64 us)
{
  if (us < 1000)
    return g_strdup_printf ("%" G_GINT64_FORMAT " us", us);
  return g_strdup_printf ("%.2f ms", us / 1000.0);
}

/* One line of a report: run-bench.sh finds it by the name at its start
 * and takes the first number with its unit after it. */
void
syl_bench_report_line (const char *name,
                       const char *value,
                       const char *note)
{
  g_print ("%-44s %14s  %s\n", name, value, note != NULL ? note : "");
}

void
syl_bench_report_duration (const char *name,
                           gint64      us,
                           const char *note)
{
  g_autofree char *value = syl_bench_format_duration (us);

  syl_bench_report_line (name, value, note);
}

/* Reads "FILE.json [--repeat R]", leaving the file in (*argv)[1], and R
 * in @repeat, which holds the number of runs to make without --repeat.
 * Says how to call @program when the command line is wrong. */
gboolean
syl_bench_parse_args (const char   *program,
                      int          *argc,
                      char       ***argv,
                      guint        *repeat)
{
  int runs = *repeat;
  GOptionEntry entries[] = {
    { "repeat", 'r', 0, G_OPTION_ARG_INT, &runs, "Runs of each measurement", "R" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("FILE.json");
  g_autoptr(GError) error = NULL;

  setlocale (LC_ALL, "");
  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, argc, argv, &error) || *argc != 2 || runs < 1)
    {
      g_printerr ("Usage: %s FILE.json [--repeat R]%s%s\n", program,
                  error ? ": " : "", error ? error->message : "");
      return FALSE;
    }
  *repeat = runs;
  return TRUE;
}
