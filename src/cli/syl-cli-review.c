/* syl-cli-review.c: syllabus-cli review-summary and merge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "syl-cli.h"
#include "syl-merge.h"
#include "syl-merge3.h"
#include "syl-review-summary.h"
#include "syl-json-writer.h"

static char *opt_format;
static char *opt_summary_output;
static char *opt_merge_output;
static gboolean opt_in_place;
static char *opt_base;

const GOptionEntry syl_cli_review_summary_options[] = {
  { "format", 0, 0, G_OPTION_ARG_STRING, &opt_format,
    N_("The format: markdown (the default) or html"), N_("markdown|html") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_summary_output,
    N_("Write to OUT instead of the standard output"), N_("OUT") },
  { NULL }
};

const GOptionEntry syl_cli_merge_options[] = {
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_merge_output,
    N_("Write the merged outline to OUT instead of the standard output"), N_("OUT") },
  { "in-place", 0, 0, G_OPTION_ARG_NONE, &opt_in_place,
    N_("Write the merged outline back to MINE"), NULL },
  { "base", 0, 0, G_OPTION_ARG_FILENAME, &opt_base,
    N_("Merge three ways: BASE is the version MINE and THEIRS started from"), N_("BASE") },
  { NULL }
};

/* A wrong command line that one line explains better than the help. */
static int
usage_message (const char *message)
{
  fprintf (stderr, "%s\n", message);
  return SYL_CLI_EXIT_USAGE;
}

/* The format of --format, else the one the output file's name says,
 * else Markdown. */
static gboolean
summary_format (SylReviewFormat *format)
{
  *format = SYL_REVIEW_FORMAT_MARKDOWN;
  if (opt_format != NULL)
    return syl_review_format_from_string (opt_format, format);
  if (opt_summary_output != NULL)
    syl_review_format_for_filename (opt_summary_output, format);
  return TRUE;
}

int
syl_cli_run_review_summary (GOptionContext  *context,
                            int              argc,
                            char           **argv)
{
  g_autoptr(SylDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  SylReviewFormat format;
  char *text;

  if (argc != 1)
    return syl_cli_usage (context);
  if (!summary_format (&format))
    {
      g_autofree char *message =
        /* Translators: %s is what the user gave; keep the two names as they are. */
        g_strdup_printf (_("syllabus-cli review-summary: unknown format “%s”; "
                           "expected markdown or html"), opt_format);
      return usage_message (message);
    }

  document = syl_cli_load (argv[0]);
  if (document == NULL)
    return SYL_CLI_EXIT_FAILURE;
  syl_cli_print_warnings (argv[0], document);
  text = syl_review_summary (document, format);
  bytes = g_bytes_new_take (text, strlen (text));
  return syl_cli_write_output ("review-summary", opt_summary_output, bytes);
}

/* Loads every file, reporting each that fails, so one run shows them all. */
static GPtrArray *
load_all (int    argc,
          char **argv)
{
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func (g_object_unref);
  gboolean ok = TRUE;

  for (int i = 0; i < argc; i++)
    {
      SylDocument *document = syl_cli_load (argv[i]);

      if (document == NULL)
        {
          ok = FALSE;
          continue;
        }
      syl_cli_print_warnings (argv[i], document);
      g_ptr_array_add (documents, document);
    }
  return ok ? g_steal_pointer (&documents) : NULL;
}

/* Whether two of BASE, MINE and THEIRS are one file. */
static gboolean
any_same (const char * const *paths)
{
  for (guint i = 0; i < 3; i++)
    for (guint j = i + 1; j < 3; j++)
      if (syl_cli_same_file (paths[i], paths[j]))
        return TRUE;
  return FALSE;
}

/* The three-way merge: 0 clean, 1 with conflicts, 2 for bad input, when
 * nothing is written. */
static int
run_merge3 (GOptionContext  *context,
            int              argc,
            char           **argv)
{
  const char *paths[] = { opt_base, argc > 0 ? argv[0] : "", argc > 1 ? argv[1] : "" };
  g_autoptr(SylDocument) base = NULL;
  g_autoptr(SylDocument) mine = NULL;
  g_autoptr(SylDocument) theirs = NULL;
  g_autoptr(SylMergeReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *name = NULL;
  g_autofree char *text = NULL;
  int status;

  if (argc != 2)
    return syl_cli_usage (context);
  if (any_same (paths))
    return usage_message (_("syllabus-cli merge: BASE, MINE and THEIRS must be three files"));
  base = syl_cli_load_by_id (opt_base);
  mine = syl_cli_load_by_id (argv[0]);
  theirs = syl_cli_load_by_id (argv[1]);
  if (base == NULL || mine == NULL || theirs == NULL)
    return SYL_CLI_EXIT_USAGE;

  name = g_path_get_basename (argv[1]);
  report = syl_document_merge3 (mine, base, theirs, name, &error);
  if (report == NULL)
    return usage_message (error->message);
  if (syl_merge_report_changed (report))
    text = syl_merge_report_to_text (report);
  else
    text = g_strdup_printf ("%s\n", _("Nothing to merge: MINE has every change of THEIRS."));
  fputs (text, stderr);
  bytes = syl_document_serialize (mine);
  status = syl_cli_write_output ("merge", opt_in_place ? argv[0] : opt_merge_output, bytes);
  if (status != 0)
    return SYL_CLI_EXIT_USAGE;
  return syl_merge_report_count (report, SYL_MERGE_KEPT) > 0 ? SYL_CLI_EXIT_FAILURE : 0;
}

int
syl_cli_run_merge (GOptionContext  *context,
                   int              argc,
                   char           **argv)
{
  g_autoptr(GPtrArray) documents = NULL;
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(SylMergeReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autofree char *text = NULL;
  SylDocument *mine;

  if (opt_in_place && opt_merge_output != NULL)
    return usage_message (_("syllabus-cli merge: give either --output or --in-place"));
  if (opt_base != NULL)
    return run_merge3 (context, argc, argv);
  if (argc < 2)
    return syl_cli_usage (context);

  documents = load_all (argc, argv);
  if (documents == NULL)
    return SYL_CLI_EXIT_FAILURE;

  /* Copies are named by their base names, in the report and in the
   * replies that keep conflicting versions, as in the window. */
  for (int i = 1; i < argc; i++)
    g_ptr_array_add (names, g_path_get_basename (argv[i]));
  mine = g_ptr_array_index (documents, 0);
  report = syl_document_merge_copies (mine, (SylDocument * const *) documents->pdata + 1,
                                      (const char * const *) names->pdata, argc - 1, &error);
  if (report == NULL)
    {
      fprintf (stderr, "%s\n", error->message);
      return SYL_CLI_EXIT_FAILURE;
    }

  text = syl_merge_report_to_text (report);
  fputs (text, stderr);
  bytes = syl_document_serialize (mine);
  return syl_cli_write_output ("merge", opt_in_place ? argv[0] : opt_merge_output, bytes);
}
