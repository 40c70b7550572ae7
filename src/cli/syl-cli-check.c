/* syl-cli-check.c: syllabus-cli check, the course check
 *
 * `validate` says whether a file is a good outline; `check` says what a
 * course designer should look at in one (syl-check.h): one line per
 * finding, as compilers print them, or JSON for other tools.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "syl-check.h"
#include "syl-cli.h"

static gboolean opt_strict;
static gboolean opt_json;
static char **opt_disable;

const GOptionEntry syl_cli_check_options[] = {
  { "strict", 0, 0, G_OPTION_ARG_NONE, &opt_strict,
    N_("Fail on warnings too, not only on errors"), NULL },
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json,
    N_("Print the findings as a JSON array"), NULL },
  { "disable", 0, 0, G_OPTION_ARG_STRING_ARRAY, &opt_disable,
    N_("Turn RULE off, besides those the outline turns off; may be repeated"), N_("RULE") },
  { NULL }
};

/* The rules of --disable, or FALSE after saying which name is unknown. */
static gboolean
disabled_by_options (SylCheckRules *disabled)
{
  *disabled = SYL_CHECK_NO_RULES;
  for (guint i = 0; opt_disable != NULL && opt_disable[i] != NULL; i++)
    {
      SylCheckRules rule;
      g_autoptr(GString) names = g_string_new (NULL);

      if (syl_check_rule_from_string (opt_disable[i], &rule))
        {
          *disabled |= rule;
          continue;
        }
      for (guint j = 0; j < SYL_CHECK_N_RULES; j++)
        g_string_append_printf (names, "%s%s", j > 0 ? ", " : "",
                                syl_check_rule_to_string (syl_check_rule_nth (j)));
      /* Translators: the first %s is what the user gave, the second the
       * list of rule names, which stay as they are. */
      fprintf (stderr, _("syllabus-cli check: unknown rule “%s”; the rules are %s\n"),
               opt_disable[i], names->str);
      return FALSE;
    }
  return TRUE;
}

/* Names the file turns off that this version does not know: kept, and
 * said, since a misspelt name turns nothing off. */
static void
print_unknown_rules (const char  *path,
                     SylDocument *document)
{
  g_auto(GStrv) unknown = syl_document_dup_unknown_rules (document);

  for (guint i = 0; unknown[i] != NULL; i++)
    {
      /* Translators: %s is a name the file gives in "check": {"disabled": […]}. */
      g_autofree char *message = g_strdup_printf (_("check.disabled: unknown rule “%s”; "
                                                    "it turns nothing off"), unknown[i]);

      fprintf (stderr, _("%s: warning: %s\n"), path, message);
    }
}

static void
print_finding (const char *path,
               SylFinding *finding)
{
  g_autofree char *place = syl_finding_dup_place (finding);
  const char *rule = syl_check_rule_to_string (syl_finding_get_rule (finding));

  if (syl_finding_get_severity (finding) == SYL_CHECK_ERROR)
    /* Translators: one finding of the course check: file, the section's
     * number and title, what was found, and the rule's name, which stays
     * as it is. */
    printf (_("%s: %s: error: %s [%s]\n"), path, place, syl_finding_get_message (finding), rule);
  else
    /* Translators: as “%s: %s: error: %s [%s]\n”, for a warning. */
    printf (_("%s: %s: warning: %s [%s]\n"), path, place, syl_finding_get_message (finding),
            rule);
}

static void
add_string_member (JsonBuilder *builder,
                   const char  *name,
                   const char  *value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

/* The shape is in the README: one object per finding. */
static void
add_json_finding (JsonBuilder *builder,
                  const char  *path,
                  SylFinding  *finding)
{
  SylNode *node = syl_finding_get_node (finding);
  GPtrArray *nodes = syl_finding_get_nodes (finding);

  json_builder_begin_object (builder);
  add_string_member (builder, "file", path);
  add_string_member (builder, "rule", syl_check_rule_to_string (syl_finding_get_rule (finding)));
  add_string_member (builder, "severity",
                     syl_check_severity_to_string (syl_finding_get_severity (finding)));
  json_builder_set_member_name (builder, "node");
  if (node != NULL)
    json_builder_add_string_value (builder, syl_node_get_id (node));
  else
    json_builder_add_null_value (builder);
  add_string_member (builder, "number", syl_finding_get_number (finding));
  add_string_member (builder, "title", syl_finding_get_title (finding));
  add_string_member (builder, "message", syl_finding_get_message (finding));
  json_builder_set_member_name (builder, "nodes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < nodes->len; i++)
    json_builder_add_string_value (builder, syl_node_get_id (g_ptr_array_index (nodes, i)));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
}

/* Checks one file.  Returns the exit status it asks for. */
static int
check_one (const char    *path,
           SylCheckRules  disabled,
           JsonBuilder   *builder)
{
  g_autoptr(SylDocument) document = syl_cli_load (path);
  g_autoptr(GPtrArray) findings = NULL;
  int status = 0;

  if (document == NULL)
    return SYL_CLI_EXIT_FAILURE;
  syl_cli_print_warnings (path, document);
  print_unknown_rules (path, document);

  findings = syl_document_check (document, disabled | syl_document_get_disabled_rules (document));
  for (guint i = 0; i < findings->len; i++)
    {
      SylFinding *finding = g_ptr_array_index (findings, i);

      if (builder != NULL)
        add_json_finding (builder, path, finding);
      else
        print_finding (path, finding);
      if (syl_finding_get_severity (finding) == SYL_CHECK_ERROR || opt_strict)
        status = SYL_CLI_EXIT_FAILURE;
    }
  return status;
}

static void
print_json (JsonBuilder *builder)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = json_builder_get_root (builder);
  g_autofree char *text = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  printf ("%s\n", text);
}

int
syl_cli_run_check (GOptionContext  *context,
                   int              argc,
                   char           **argv)
{
  g_autoptr(JsonBuilder) builder = opt_json ? json_builder_new () : NULL;
  SylCheckRules disabled;
  int status = 0;

  if (argc < 1)
    return syl_cli_usage (context);
  if (!disabled_by_options (&disabled))
    return SYL_CLI_EXIT_USAGE;

  if (builder != NULL)
    json_builder_begin_array (builder);
  for (int i = 0; i < argc; i++)
    if (check_one (argv[i], disabled, builder) != 0)
      status = SYL_CLI_EXIT_FAILURE;
  if (builder != NULL)
    {
      json_builder_end_array (builder);
      print_json (builder);
    }
  return fflush (stdout) == 0 ? status : SYL_CLI_EXIT_FAILURE;
}
