/* syl-cli-export.c: syllabus-cli export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "syl-cli.h"
#include "syl-export.h"
#include "syl-pdf.h"

static char *opt_to;
static char *opt_output;
static gboolean opt_no_notes;
static gboolean opt_no_objectives;
static gboolean opt_no_examples;
static gboolean opt_annotations;
static gboolean opt_no_durations;

const GOptionEntry syl_cli_export_options[] = {
  { "to", 't', 0, G_OPTION_ARG_STRING, &opt_to,
    N_("The format to write; by default the extension of --output says"),
    N_("markdown|text|opml|html|pdf") },
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output,
    N_("Write to FILE instead of the standard output"), N_("FILE") },
  { "no-notes", 0, 0, G_OPTION_ARG_NONE, &opt_no_notes, N_("Leave out the notes"), NULL },
  { "no-objectives", 0, 0, G_OPTION_ARG_NONE, &opt_no_objectives,
    N_("Leave out the learning objectives"), NULL },
  { "no-examples", 0, 0, G_OPTION_ARG_NONE, &opt_no_examples,
    N_("Leave out the worked examples"), NULL },
  { "annotations", 0, 0, G_OPTION_ARG_NONE, &opt_annotations,
    N_("Include reviewers' comments, open and resolved"), NULL },
  { "no-durations", 0, 0, G_OPTION_ARG_NONE, &opt_no_durations,
    N_("Leave out durations"), NULL },
  { NULL }
};

/* What a target is: one of the core's formats, or PDF. */
typedef struct
{
  gboolean        pdf;
  SylExportFormat format;
} Target;

static gboolean
parse_target (const char *name,
              Target     *target)
{
  target->pdf = g_ascii_strcasecmp (name, "pdf") == 0;
  return target->pdf || syl_export_format_from_string (name, &target->format);
}

/* The format of --to, or else of the extension of --output. */
static gboolean
choose_target (Target *target)
{
  const char *dot;

  if (opt_to != NULL)
    {
      if (parse_target (opt_to, target))
        return TRUE;
      /* Translators: %s is what the user gave; keep the format names as they are. */
      fprintf (stderr, _("syllabus-cli export: unknown format “%s”; "
                         "expected markdown, text, opml, html or pdf\n"), opt_to);
      return FALSE;
    }
  dot = opt_output != NULL ? strrchr (opt_output, '.') : NULL;
  if (dot != NULL && strchr (dot, '/') == NULL && parse_target (dot + 1, target))
    return TRUE;
  fprintf (stderr, "%s\n", _("syllabus-cli export: say which format with --to "
                             "markdown, text, opml, html or pdf"));
  return FALSE;
}

static SylExportFlags
chosen_flags (void)
{
  SylExportFlags flags = SYL_EXPORT_DEFAULT;

  if (opt_no_notes)
    flags &= ~SYL_EXPORT_NOTES;
  if (opt_no_objectives)
    flags &= ~SYL_EXPORT_OBJECTIVES;
  if (opt_no_examples)
    flags &= ~SYL_EXPORT_EXAMPLES;
  if (opt_no_durations)
    flags &= ~SYL_EXPORT_DURATIONS;
  if (opt_annotations)
    flags |= SYL_EXPORT_ANNOTATIONS;
  return flags;
}

int
syl_cli_run_export (GOptionContext  *context,
                    int              argc,
                    char           **argv)
{
  g_autoptr(SylDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  Target target = { FALSE, SYL_EXPORT_FORMAT_MARKDOWN };

  if (argc != 1)
    return syl_cli_usage (context);
  if (!choose_target (&target))
    return SYL_CLI_EXIT_USAGE;
  /* A PDF would fill the terminal with binary noise and could upset it. */
  if (target.pdf && (opt_output == NULL || g_str_equal (opt_output, "-")) &&
      isatty (STDOUT_FILENO))
    {
      fprintf (stderr, "%s\n", _("syllabus-cli export: not writing a PDF file to a terminal; "
                                 "use -o FILE or redirect the output"));
      return SYL_CLI_EXIT_USAGE;
    }

  document = syl_cli_load (argv[0]);
  if (document == NULL)
    return SYL_CLI_EXIT_FAILURE;
  syl_cli_print_warnings (argv[0], document);

  if (target.pdf)
    bytes = syl_pdf_render_document (document, chosen_flags (), SYL_PDF_A4_WIDTH,
                                     SYL_PDF_A4_HEIGHT, &error);
  else
    bytes = syl_export_document (document, target.format, chosen_flags (), &error);
  if (bytes == NULL)
    {
      fprintf (stderr, "%s: %s\n", argv[0], error->message);
      return SYL_CLI_EXIT_FAILURE;
    }
  return syl_cli_write_output ("export", opt_output, bytes);
}
