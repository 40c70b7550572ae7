/* syl-cli-import.c: syllabus-cli import
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "syl-cli.h"
#include "syl-file.h"
#include "syl-import.h"

static char *opt_output;
static char *opt_from;
static char *opt_encoding;

const GOptionEntry syl_cli_import_options[] = {
  { "output", 'o', 0, G_OPTION_ARG_FILENAME, &opt_output,
    N_("Write the outline to OUT instead of standard output"), N_("OUT") },
  { "from", 0, 0, G_OPTION_ARG_STRING, &opt_from,
    N_("Read INPUT in this format instead of telling by its name and contents"),
    N_("text|markdown|opml") },
  { "encoding", 0, 0, G_OPTION_ARG_STRING, &opt_encoding,
    N_("The encoding of INPUT, such as GB18030, instead of detecting it"), N_("ENCODING") },
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

static int
write_document (SylDocument *document)
{
  g_autoptr(GBytes) bytes = syl_document_serialize (document);
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (opt_output == NULL)
    {
      if (fwrite (data, 1, size, stdout) != size || fflush (stdout) != 0)
        return SYL_CLI_EXIT_FAILURE;
      return 0;
    }

  file = g_file_new_for_commandline_arg (opt_output);
  if (!syl_file_replace_atomically (file, bytes, &error))
    {
      fprintf (stderr, "%s: %s\n", opt_output, error->message);
      return SYL_CLI_EXIT_FAILURE;
    }
  return 0;
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
  g_autoptr(GError) error = NULL;

  if (argc != 1)
    {
      g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);
      fprintf (stderr, "%s", help);
      return SYL_CLI_EXIT_USAGE;
    }
  if (opt_from != NULL && !syl_import_format_from_string (opt_from, &format))
    {
      /* Translators: %s is what the user gave; keep the three names as they are. */
      fprintf (stderr, _("syllabus-cli import: unknown format “%s”; "
                         "expected text, markdown or opml\n"),
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
  document = syl_import_result_create_document (result);
  return write_document (document);
}
