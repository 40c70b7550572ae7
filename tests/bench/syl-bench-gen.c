/* syl-bench-gen.c: writes a synthetic course outline for the benchmarks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: syl-bench-gen N OUT.json [--seed S]
 *
 * The outline is that of syl_test_gen_outline() (tests/syl-test-gen.c):
 * N nodes (10,101 when N is from 10,000 to 10,100) of mixed Chinese and
 * English text, written by hand in Syllabus's canonical layout, so that
 * the generator does not depend on the code it benchmarks.  The same N
 * and seed always give the same file.
 */
#include "syl-test-gen.h"

static gboolean
parse_count (const char  *text,
             guint       *count,
             GError     **error)
{
  guint64 value;

  if (!g_ascii_string_to_unsigned (text, 10, 0, G_MAXINT / 2, &value, error))
    return FALSE;
  *count = value;
  return TRUE;
}

static gboolean
write_outline (guint        n_nodes,
               guint32      seed,
               const char  *path,
               GError     **error)
{
  gint64 start = g_get_monotonic_time ();
  gsize length = 0;
  guint n_made = 0;
  g_autofree char *text = syl_test_gen_outline (n_nodes, seed, &length, &n_made);

  if (!g_file_set_contents (path, text, length, error))
    return FALSE;
  g_printerr ("%s: %u nodes, %" G_GSIZE_FORMAT " bytes, %.2f s\n", path, n_made, length,
              (g_get_monotonic_time () - start) / 1e6);
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  gint64 seed = 1;
  GOptionEntry entries[] = {
    { "seed", 's', 0, G_OPTION_ARG_INT64, &seed, "Seed of the random generator", "S" },
    { NULL }
  };
  g_autoptr(GOptionContext) context = g_option_context_new ("N OUT.json");
  g_autoptr(GError) error = NULL;
  guint n_nodes;

  g_option_context_add_main_entries (context, entries, NULL);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("syl-bench-gen: %s\n", error->message);
      return 2;
    }
  if (argc != 3 || !parse_count (argv[1], &n_nodes, &error))
    {
      g_printerr ("Usage: syl-bench-gen N OUT.json [--seed S]%s%s\n",
                  error ? ": " : "", error ? error->message : "");
      return 2;
    }
  if (!write_outline (n_nodes, (guint32) seed, argv[2], &error))
    {
      g_printerr ("syl-bench-gen: %s\n", error->message);
      return 1;
    }
  return 0;
}
