/* syl-cli.c: syllabus-cli, the headless tool for Syllabus outlines
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <string.h>

#include "syl-cli.h"
#include "syl-file.h"
#include "syl-i18n.h"
#include "syl-document-disk.h"

static void
print_usage (FILE *stream)
{
  guint n_commands;
  const SylCliCommand *commands = syl_cli_get_commands (&n_commands);
  int width = 10;

  /* The summaries line up after the longest command name. */
  for (guint i = 0; i < n_commands; i++)
    width = MAX (width, (int) strlen (commands[i].name));
  fprintf (stream, "%s\n  syllabus-cli %s\n\n%s\n",
           _("Usage:"), _("COMMAND [OPTION…] FILE…"),
           _("Read, check and convert Syllabus course outlines."));
  fprintf (stream, "\n%s\n", _("Commands:"));
  for (guint i = 0; i < n_commands; i++)
    fprintf (stream, "  %-*s %s\n", width, commands[i].name, _(commands[i].summary));
  fprintf (stream, "\n%s\n  %-*s %s\n  %-*s %s\n\n%s\n", _("Options:"),
           width, "--help", _("Show this help"), width, "--version", _("Show the version"),
           _("Run “syllabus-cli COMMAND --help” for the options of a command."));
}

/* Prints the first line of a load error the way compilers do, so that
 * editors and CI logs can point at the place. */
void
syl_cli_print_error (const char   *path,
                     const GError *error)
{
  g_autofree char *line = syl_error_format_for_file (path, error);

  fprintf (stderr, "%s\n", line);
}

void
syl_cli_print_warnings (const char  *path,
                        SylDocument *document)
{
  const char * const *warnings = syl_document_get_warnings (document);

  for (guint i = 0; warnings[i] != NULL; i++)
    /* Translators: a problem that loading repaired; %s: file, then message. */
    fprintf (stderr, _("%s: warning: %s\n"), path, warnings[i]);
}

/* For a wrong command line: the command's help, on the standard error.
 * Returns the exit status. */
int
syl_cli_usage (GOptionContext *context)
{
  g_autofree char *help = g_option_context_get_help (context, TRUE, NULL);

  fprintf (stderr, "%s", help);
  return SYL_CLI_EXIT_USAGE;
}

/* Writes @bytes to @path atomically, or to the standard output when @path
 * is NULL, and says why when it cannot.  Returns the exit status. */
int
syl_cli_write_output (const char *command,
                      const char *path,
                      GBytes     *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  /* "-o -" is the standard output, as for other tools; it used to make a
   * file named "-". */
  if (path == NULL || g_str_equal (path, "-"))
    {
      if ((size > 0 && fwrite (data, 1, size, stdout) != size) || fflush (stdout) != 0)
        {
          /* Translators: %s is the command, such as export. */
          fprintf (stderr, _("syllabus-cli %s: could not write to the standard output\n"),
                   command);
          return SYL_CLI_EXIT_FAILURE;
        }
      return 0;
    }

  /* The error names the file already. */
  file = g_file_new_for_commandline_arg (path);
  if (!syl_file_replace_atomically (file, bytes, &error))
    {
      fprintf (stderr, "%s\n", error->message);
      return SYL_CLI_EXIT_FAILURE;
    }
  return 0;
}

SylDocument *
syl_cli_load (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (path);
  g_autoptr(GError) error = NULL;
  SylDocument *document = syl_document_new_from_file (file, NULL, &error);

  if (document == NULL)
    syl_cli_print_error (path, error);
  return document;
}

static const SylCliCommand *
find_command (const char *name)
{
  guint n_commands;
  const SylCliCommand *commands = syl_cli_get_commands (&n_commands);

  for (guint i = 0; i < n_commands; i++)
    if (strcmp (commands[i].name, name) == 0)
      return &commands[i];
  return NULL;
}

static int
run_command (const SylCliCommand  *command,
             int                   argc,
             char                **argv)
{
  g_autofree char *parameter_string = g_strdup_printf ("%s %s", command->name,
                                                       _(command->parameters));
  g_autoptr(GOptionContext) context = g_option_context_new (parameter_string);
  g_autoptr(GError) error = NULL;

  g_option_context_set_summary (context, _(command->summary));
  if (command->description)
    g_option_context_set_description (context, _(command->description));
  if (command->options)
    g_option_context_add_main_entries (context, command->options, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      fprintf (stderr, "syllabus-cli %s: %s\n", command->name, error->message);
      return SYL_CLI_EXIT_USAGE;
    }

  return command->run (context, argc - 1, argv + 1);
}

int
main (int    argc,
      char **argv)
{
  const SylCliCommand *command;

  syl_i18n_init ();
  g_set_prgname ("syllabus-cli");

  if (argc < 2)
    {
      print_usage (stderr);
      return SYL_CLI_EXIT_USAGE;
    }
  if (strcmp (argv[1], "--help") == 0 || strcmp (argv[1], "-h") == 0 ||
      strcmp (argv[1], "help") == 0)
    {
      print_usage (stdout);
      return 0;
    }
  if (strcmp (argv[1], "--version") == 0)
    {
      printf ("syllabus-cli %s\n", PACKAGE_VERSION);
      return 0;
    }

  command = find_command (argv[1]);
  if (command == NULL)
    {
      /* Translators: %s is what the user typed as a command. */
      fprintf (stderr, _("syllabus-cli: unknown command “%s”\n"), argv[1]);
      fprintf (stderr, "%s\n", _("Run “syllabus-cli --help” to see the commands."));
      return SYL_CLI_EXIT_USAGE;
    }

  /* The command sees itself as argv[0]. */
  return run_command (command, argc - 1, argv + 1);
}
