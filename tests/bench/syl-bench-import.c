/* syl-bench-import.c: how long importing a 1 MB text outline takes
 *
 * Generates, in memory, a text outline of about 1 MB (or of the size in
 * bytes given as the first argument) as a PDF would give it: numbered
 * headings in Chinese and English, titles broken across lines, list
 * items and paragraphs of notes.  Then
 * imports it five times and prints the median time.  Not part of `meson
 * test`: run it by hand, or with `ninja bench`.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "syl-import.h"

#define RUNS 5

static const char * const words[] = {
  "大模型", "企业", "应用", "数据", "算法", "治理", "转型", "客户", "产品", "场景",
  "model", "data", "pipeline", "agent", "review", "risk", "design", "cost",
};

static void
append_title (GString *out,
              GRand   *rand,
              guint    n_words)
{
  for (guint i = 0; i < n_words; i++)
    {
      const char *word = words[g_rand_int_range (rand, 0, G_N_ELEMENTS (words))];

      /* Latin words take spaces around them, as Chinese authors write. */
      if (i > 0 && (g_ascii_isalpha (*word) || g_ascii_isalpha (out->str[out->len - 1])))
        g_string_append_c (out, ' ');
      g_string_append (out, word);
    }
}

/* A section: its heading, sometimes broken over two lines, with list
 * items or a paragraph below; every line followed by a blank one, as
 * pdftotext gives them. */
static void
append_section (GString    *out,
                GRand      *rand,
                const char *number)
{
  guint shape = g_rand_int_range (rand, 0, 10);

  g_string_append_printf (out, "%s ", number);
  append_title (out, rand, g_rand_int_range (rand, 2, 6));
  if (shape < 3)
    {
      g_string_append (out, "\n\n");
      append_title (out, rand, 1);
    }
  g_string_append (out, "\n\n");
  if (shape == 4)
    {
      g_string_append (out, "- ");
      append_title (out, rand, 3);
      g_string_append (out, "\n\n- ");
      append_title (out, rand, 2);
      g_string_append (out, "\n\n");
    }
  else if (shape == 5)
    {
      append_title (out, rand, 20);
      g_string_append (out, "，这是讲师的说明。\n\n");
    }
}

static GBytes *
generate (gsize size)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (42);
  GString *out = g_string_new ("《大模型的企业应用》——作者\n\n=====\n\n");

  for (guint chapter = 1; out->len < size; chapter++)
    for (guint section = 1; section <= 12 && out->len < size; section++)
      {
        g_autofree char *number = g_strdup_printf ("%u.%u", chapter, section);

        if (section == 1)
          {
            g_autofree char *chapter_number = g_strdup_printf ("%u", chapter);
            append_section (out, rand, chapter_number);
          }
        append_section (out, rand, number);
        for (guint sub = 1; sub <= 8; sub++)
          {
            g_autofree char *sub_number = g_strdup_printf ("%u.%u.%u", chapter, section, sub);
            append_section (out, rand, sub_number);
          }
      }
  return g_string_free_to_bytes (out);
}

static int
compare_doubles (gconstpointer a,
                 gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

int
main (int    argc,
      char **argv)
{
  gsize size = argc > 1 ? strtoul (argv[1], NULL, 10) : 1024 * 1024;
  g_autoptr(GBytes) bytes = generate (size);
  double times[RUNS];
  guint n_nodes = 0, n_warnings = 0;

  for (guint i = 0; i < RUNS; i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SylImportResult) result = NULL;
      gint64 start = g_get_monotonic_time ();

      result = syl_import_bytes (bytes, SYL_IMPORT_FORMAT_TEXT, NULL, "bench.txt", &error);
      times[i] = (g_get_monotonic_time () - start) / 1000.0;
      if (result == NULL)
        {
          fprintf (stderr, "syl-bench-import: %s\n", error->message);
          return 1;
        }
      n_nodes = syl_import_result_count_nodes (result);
      n_warnings = syl_import_result_get_n_warnings (result);
    }
  qsort (times, RUNS, sizeof times[0], compare_doubles);

  printf ("import of a %.2f MiB text outline (%u nodes, %u warnings): "
          "median %.0f ms of %d runs (min %.0f, max %.0f)\n",
          g_bytes_get_size (bytes) / 1048576.0, n_nodes, n_warnings,
          times[RUNS / 2], RUNS, times[0], times[RUNS - 1]);
  return 0;
}
