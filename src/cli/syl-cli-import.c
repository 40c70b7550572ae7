/* syl-cli-import.c: syllabus-cli import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "syl-cli.h"
#include "syl-import.h"
#include "syl-json-writer.h"

static char *opt_output;
static char *opt_from;
static char *opt_encoding;
static gboolean opt_explain;

const GOptionEntry syl_cli_import_options[] = {
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output,
    N_("Write the outline to OUT instead of standard output"), N_("OUT") },
  { "from", 0, 0, G_OPTION_ARG_STRING, &opt_from,
    N_("Read INPUT in this format instead of telling by its name and contents"),
    N_("text|markdown|opml|pdf|docx|odt") },
  { "encoding", 0, 0, G_OPTION_ARG_STRING, &opt_encoding,
    N_("The encoding of INPUT, such as GB18030, instead of detecting it"), N_("ENCODING") },
  { "explain", 0, 0, G_OPTION_ARG_NONE, &opt_explain,
    N_("Print what each line of INPUT became instead of the outline"), NULL },
  { NULL }
};

/* Warnings the way compilers print them: FILE:LINE: warning: message. */
static void
print_warnings (const char      *path,
                SylImportResult *result)
{
  guint n = syl_import_result_get_n_warnings (result);

  for (guint i = 0; i < n; i++)
    {
      guint line;
      const char *message = syl_import_result_get_warning (result, i, &line);

      if (line > 0)
        /* Translators: a problem an import worked around; file, line, message. */
        fprintf (stderr, _("%s:%u: warning: %s\n"), path, line, message);
      else
        fprintf (stderr, _("%s: warning: %s\n"), path, message);
    }
}

/* One line of the input a line: its number, what it became (with the
 * depth of its node), and the line itself. */
static void
print_lines (SylImportResult *result)
{
  guint n = syl_import_result_get_n_lines (result);

  for (guint i = 0; i < n; i++)
    {
      guint depth;
      const char *text;
      SylImportLineRole role = syl_import_result_get_line (result, i, &depth, &text);

      if (depth > 0)
        printf ("%u\t%s %u\t%s\n", i + 1, syl_import_line_role_to_string (role), depth, text);
      else
        printf ("%u\t%s\t%s\n", i + 1, syl_import_line_role_to_string (role), text);
    }
}

int
syl_cli_run_import (GOptionContext  *context,
                    int              argc,
                    char           **argv)
{
  SylImportFormat format = SYL_IMPORT_FORMAT_AUTO;
  g_autoptr(GFile) input = NULL;
  g_autoptr(SylImportResult) result = NULL;
  g_autoptr(SylDocument) document = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  if (argc != 1)
    return syl_cli_usage (context);
  if (opt_from != NULL && !syl_import_format_from_string (opt_from, &format))
    {
      /* Translators: %s is what the user gave; keep the six names as they are. */
      fprintf (stderr, _("syllabus-cli import: unknown format “%s”; "
                         "expected text, markdown, opml, pdf, docx or odt\n"),
               opt_from);
      return SYL_CLI_EXIT_USAGE;
    }

  input = g_file_new_for_commandline_arg (argv[0]);
  result = syl_import_file (input, format, opt_encoding, NULL, &error);
  if (result == NULL)
    {
      syl_cli_print_error (argv[0], error);
      return SYL_CLI_EXIT_FAILURE;
    }

  print_warnings (argv[0], result);
  if (opt_explain)
    {
      print_lines (result);
      return 0;
    }
  document = syl_import_result_create_document (result);
  bytes = syl_document_serialize (document);
  return syl_cli_write_output ("import", opt_output, bytes);
}
