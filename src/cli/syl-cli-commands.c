/* syl-cli-commands.c: validate, outline and format, and the table of commands
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "syl-cli.h"
#include "syl-file.h"
#include "syl-json-reader.h"
#include "syl-json-writer.h"

static gboolean opt_strict;
static gboolean opt_check;
static char *opt_numbering;

static const GOptionEntry validate_options[] = {
  { "strict", 0, 0, G_OPTION_ARG_NONE, &opt_strict,
    N_("Treat repaired problems (missing or duplicate ids) as errors"), NULL },
  { NULL }
};

static const GOptionEntry outline_options[] = {
  { "numbering", 0, 0, G_OPTION_ARG_STRING, &opt_numbering,
    N_("Number with a preset instead of the outline's own numbering"),
    N_("default|chinese|english|none") },
  { NULL }
};

static const GOptionEntry format_options[] = {
  { "check", 0, 0, G_OPTION_ARG_NONE, &opt_check,
    N_("Change nothing; fail if a file is not in canonical form"), NULL },
  { NULL }
};

/* At least one file, and at most @max unless it is 0. */
static gboolean
enough_files (int argc,
              int max)
{
  return argc >= 1 && (max == 0 || argc <= max);
}

static int
run_validate (GOptionContext  *context,
              int              argc,
              char           **argv)
{
  int status = 0;

  if (!enough_files (argc, 0))
    return syl_cli_usage (context);

  for (int i = 0; i < argc; i++)
    {
      g_autoptr(SylDocument) document = syl_cli_load (argv[i]);

      if (document == NULL)
        {
          status = SYL_CLI_EXIT_FAILURE;
          continue;
        }
      syl_cli_print_warnings (argv[i], document);
      if (opt_strict && syl_document_get_warnings (document)[0] != NULL)
        status = SYL_CLI_EXIT_FAILURE;
    }

  return status;
}

static void
print_outline (SylNumbering *numbering,
               SylNode      *root,
               GString      *line)
{
  SylNodeIter iter;
  SylNode *node;

  syl_node_iter_init (&iter, root);
  while (syl_node_iter_next (&iter, &node))
    {
      g_autofree char *text = syl_numbering_format_with_title (numbering, node);

      g_string_truncate (line, 0);
      for (guint d = 1; d < syl_node_iter_get_depth (&iter); d++)
        g_string_append (line, "  ");
      g_string_append_printf (line, "%s\n", text);
      fputs (line->str, stdout);
    }
}

static gboolean
check_numbering_option (SylNumberingPreset *preset)
{
  if (opt_numbering == NULL || syl_numbering_preset_from_string (opt_numbering, preset))
    return TRUE;

  /* Translators: %s is what the user gave; keep the four names as they are. */
  fprintf (stderr, _("syllabus-cli outline: unknown numbering “%s”; "
                     "expected default, chinese, english or none\n"),
           opt_numbering);
  return FALSE;
}

/* The outline's numbering, or the preset of --numbering.  A preset sets
 * the styles only: whether items have numbers stays the outline's choice. */
static SylNumbering *
display_numbering (SylDocument        *document,
                   SylNumberingPreset  preset)
{
  SylNumbering *own = syl_document_get_numbering (document);
  g_autoptr(SylNumbering) styles = NULL;

  if (opt_numbering == NULL)
    return g_object_ref (own);

  styles = syl_numbering_new_preset (preset);
  return syl_numbering_with_number_items (styles, syl_numbering_get_number_items (own));
}

static int
run_outline (GOptionContext  *context,
             int              argc,
             char           **argv)
{
  g_autoptr(SylDocument) document = NULL;
  g_autoptr(SylNumbering) numbering = NULL;
  g_autoptr(GString) line = g_string_new (NULL);
  SylNumberingPreset preset = SYL_NUMBERING_PRESET_DEFAULT;

  if (!enough_files (argc, 1))
    return syl_cli_usage (context);
  if (!check_numbering_option (&preset))
    return SYL_CLI_EXIT_USAGE;

  document = syl_cli_load (argv[0]);
  if (document == NULL)
    return SYL_CLI_EXIT_FAILURE;

  numbering = display_numbering (document, preset);
  syl_cli_print_warnings (argv[0], document);
  print_outline (numbering, syl_document_get_root (document), line);
  return fflush (stdout) == 0 ? 0 : SYL_CLI_EXIT_FAILURE;
}

/* Formats the canonical text of each file and writes it back only when
 * it differs, so an already canonical file keeps its time stamp. */
static int
format_one (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) before = syl_file_load (file, NULL, &error);
  g_autoptr(SylDocument) document = NULL;
  g_autoptr(GBytes) after = NULL;

  if (before != NULL)
    document = syl_document_new_from_data (g_bytes_get_data (before, NULL),
                                           g_bytes_get_size (before), &error);
  if (document == NULL)
    {
      syl_cli_print_error (path, error);
      return SYL_CLI_EXIT_FAILURE;
    }

  syl_cli_print_warnings (path, document);
  after = syl_document_serialize (document);
  if (g_bytes_equal (before, after))
    return 0;
  if (opt_check)
    {
      fprintf (stderr, _("%s: not in canonical form\n"), path);
      return SYL_CLI_EXIT_FAILURE;
    }
  if (!syl_file_replace_atomically (file, after, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return SYL_CLI_EXIT_FAILURE;
    }
  return 0;
}

static int
run_format (GOptionContext  *context,
            int              argc,
            char           **argv)
{
  int status = 0;

  if (!enough_files (argc, 0))
    return syl_cli_usage (context);

  for (int i = 0; i < argc; i++)
    if (format_one (argv[i]) != 0)
      status = SYL_CLI_EXIT_FAILURE;
  return status;
}

/* The command table.  Import and export will join it: each command names
 * its parameters, says what it does and brings its own options. */
static const SylCliCommand commands[] = {
  { "validate", N_("FILE…"), N_("Check outlines; print each problem with its place"),
    N_("Prints nothing for a valid outline.  Problems are printed as\n"
       "FILE:LINE:COLUMN: message or FILE: PATH: message.\n"
       "Exit status: 0 when all files are valid, 1 otherwise."),
    run_validate, validate_options },
  { "check", N_("FILE…"), N_("List what a course designer should look at"),
    N_("Prints one line per finding: FILE: NUMBER TITLE: error: message [rule].\n"
       "The rules: over-target and empty-title (errors); missing-duration,\n"
       "empty-section, duplicate-title, discussion-without-notes,\n"
       "example-without-notes, missing-objectives and open-comments\n"
       "(warnings).  An outline turns rules off in its \"check\" member.\n"
       "Exit status: 0 when there are no errors (with --strict, no\n"
       "warnings either), 1 otherwise or when a file cannot be read,\n"
       "2 for a wrong command line."),
    syl_cli_run_check, syl_cli_check_options },
  { "outline", N_("FILE"), N_("Print the outline as numbered text"),
    N_("Numbers follow the outline's numbering, such as 1.1 or 第一章;\n"
       "--numbering shows them in a preset instead."),
    run_outline, outline_options },
  { "stats", N_("FILE"), N_("Count nodes, durations and comments"),
    N_("Durations roll up: a node counts with its own duration, or else\n"
       "with the sum of its children's."),
    syl_cli_run_stats, syl_cli_stats_options },
  { "format", N_("FILE…"), N_("Rewrite outlines in canonical form, atomically"),
    N_("Files already in canonical form are not touched."),
    run_format, format_options },
  { "export", N_("FILE"), N_("Write an outline as Markdown, text, OPML, HTML or PDF"),
    N_("Numbers follow the outline's numbering.  Notes, objectives, examples\n"
       "and durations are included unless left out; comments only with\n"
       "--annotations.  Without -o the file goes to the standard output.\n"
       "Exit status: 0 on success, 1 when the outline cannot be read or\n"
       "written, 2 for a wrong command line."),
    syl_cli_run_export, syl_cli_export_options },
  { "import", N_("INPUT"), N_("Read a text, Markdown, OPML, PDF, Word or OpenDocument outline"),
    N_("Writes the outline as a Syllabus file, to standard output or to OUT.\n"
       "Warnings go to standard error as FILE:LINE: warning: message.\n"
       "Exit status: 0 on success, 1 when INPUT cannot be read."),
    syl_cli_run_import, syl_cli_import_options },
  { "review-summary", N_("FILE"), N_("Print every open comment, by section"),
    N_("Markdown unless --format html is given or OUT ends in .html."),
    syl_cli_run_review_summary, syl_cli_review_summary_options },
  { "merge", N_("MINE THEIRS…"), N_("Merge reviewers' comments into an outline"),
    N_("Comments are matched by id, so sections may have moved or been renamed.\n"
       "The merged outline goes to the standard output, to OUT with --output,\n"
       "or back to MINE with --in-place; what was merged goes to the standard\n"
       "error.  A copy of another outline, or a broken file, changes nothing.\n"
       "With --base BASE, a three-way merge of MINE and one THEIRS: structure,\n"
       "fields and comments by id.  A conflict keeps MINE's version and is\n"
       "noted as an open comment; exit status 0 when clean, 1 with conflicts,\n"
       "2 for a wrong command line or a bad file."),
    syl_cli_run_merge, syl_cli_merge_options },
  { "diff", N_("OLD NEW"), N_("List the changes between two versions of an outline"),
    N_("Nodes and comments are matched by id, in NEW's order, grouped by chapter.\n"
       "--json prints them for other tools (see docs/format.md).\n"
       "Exit status: 0 when the outlines are the same, 1 when they differ,\n"
       "2 for a wrong command line or a file that cannot be read."),
    syl_cli_run_diff, syl_cli_diff_options },
};

const SylCliCommand *
syl_cli_get_commands (guint *n_commands)
{
  *n_commands = G_N_ELEMENTS (commands);
  return commands;
}
