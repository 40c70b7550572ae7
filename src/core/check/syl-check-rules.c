/* syl-check-rules.c: the rules of the course check, and which a course
 * turns off
 *
 * A course keeps the names of the rules it turned off in its file
 * ("check": {"disabled": […]}, docs/format.md), through the document's
 * "disabled-checks", so turning a rule off is a step in the history like
 * any other change.  Names this version does not know are kept there and
 * turn nothing off.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "syl-check-rules.h"

typedef struct
{
  const char       *name;
  const char       *title;
  const char       *description;
  SylCheckSeverity  severity;
} RuleInfo;

/* In the order of the bits of SylCheckRules. */
static const RuleInfo rules[SYL_CHECK_N_RULES] = {
  { "over-target", N_("Over the target time"),
    N_("The course takes longer than its target, or a part longer than its own duration"),
    SYL_CHECK_ERROR },
  { "empty-title", N_("Empty titles"), N_("A section, discussion or example without a title"),
    SYL_CHECK_ERROR },
  { "missing-duration", N_("Missing durations"),
    N_("A part without a duration, in a course that uses durations"), SYL_CHECK_WARNING },
  { "empty-section", N_("Empty sections"),
    N_("A section with no notes, objectives, examples or subsections"), SYL_CHECK_WARNING },
  { "duplicate-title", N_("Duplicate titles"),
    N_("Two parts with the same title in the same place"), SYL_CHECK_WARNING },
  { "discussion-without-notes", N_("Discussions without notes"),
    N_("A discussion with no notes, examples or subsections"), SYL_CHECK_WARNING },
  { "example-without-notes", N_("Examples without notes"),
    N_("An example with no notes, worked examples or subsections"), SYL_CHECK_WARNING },
  { "missing-objectives", N_("Missing objectives"),
    N_("A section without objectives where most at its level have them"), SYL_CHECK_WARNING },
  { "open-comments", N_("Open comments"), N_("Reviewers’ comments not resolved yet"),
    SYL_CHECK_WARNING },
};

static const RuleInfo *
info_of (SylCheckRules rule)
{
  for (guint i = 0; i < SYL_CHECK_N_RULES; i++)
    if (rule == (SylCheckRules) (1 << i))
      return &rules[i];
  g_return_val_if_reached (NULL);
}

/**
 * syl_check_rule_nth:
 * @index: from 0 to %SYL_CHECK_N_RULES - 1
 *
 * Returns: the rule at @index, in the order of #SylCheckRules
 */
SylCheckRules
syl_check_rule_nth (guint index)
{
  g_return_val_if_fail (index < SYL_CHECK_N_RULES, SYL_CHECK_NO_RULES);
  return 1 << index;
}

/**
 * syl_check_rule_to_string:
 * @rule: one rule
 *
 * Returns: the rule's stable name, such as "missing-duration"
 */
const char *
syl_check_rule_to_string (SylCheckRules rule)
{
  const RuleInfo *info = info_of (rule);

  return info ? info->name : NULL;
}

gboolean
syl_check_rule_from_string (const char    *name,
                            SylCheckRules *rule)
{
  g_return_val_if_fail (name != NULL, FALSE);

  for (guint i = 0; i < SYL_CHECK_N_RULES; i++)
    if (g_str_equal (rules[i].name, name))
      {
        *rule = 1 << i;
        return TRUE;
      }
  return FALSE;
}

/**
 * syl_check_rule_get_title:
 *
 * Returns: what the rule looks for, in the language of the user
 *   interface, such as “Empty sections”
 */
const char *
syl_check_rule_get_title (SylCheckRules rule)
{
  const RuleInfo *info = info_of (rule);

  return info ? _(info->title) : NULL;
}

/**
 * syl_check_rule_get_description:
 *
 * Returns: one line on what the rule finds, in the language of the user
 *   interface
 */
const char *
syl_check_rule_get_description (SylCheckRules rule)
{
  const RuleInfo *info = info_of (rule);

  return info ? _(info->description) : NULL;
}

SylCheckSeverity
syl_check_rule_get_severity (SylCheckRules rule)
{
  const RuleInfo *info = info_of (rule);

  return info ? info->severity : SYL_CHECK_WARNING;
}

/**
 * syl_check_severity_to_string:
 *
 * Returns: "error" or "warning", as `syllabus-cli check --json` writes it
 */
const char *
syl_check_severity_to_string (SylCheckSeverity severity)
{
  return severity == SYL_CHECK_ERROR ? "error" : "warning";
}

/**
 * syl_check_rules_from_names:
 * @names: (nullable): names of rules
 *
 * Returns: the rules @names name; names of no rule are left out
 */
SylCheckRules
syl_check_rules_from_names (const char * const *names)
{
  SylCheckRules set = SYL_CHECK_NO_RULES;

  for (guint i = 0; names != NULL && names[i] != NULL; i++)
    {
      SylCheckRules rule;

      if (syl_check_rule_from_string (names[i], &rule))
        set |= rule;
    }
  return set;
}

/**
 * syl_document_get_disabled_rules:
 *
 * Returns: the rules the course turned off
 */
SylCheckRules
syl_document_get_disabled_rules (SylDocument *document)
{
  g_return_val_if_fail (SYL_IS_DOCUMENT (document), SYL_CHECK_NO_RULES);
  return syl_check_rules_from_names (syl_document_get_disabled_checks (document));
}

/**
 * syl_document_dup_unknown_rules:
 *
 * The names the course turns off that are no rule of this version, such
 * as those of a newer one: kept in the file, but they turn nothing off.
 *
 * Returns: (transfer full): the names, each once, in the file's order
 */
GStrv
syl_document_dup_unknown_rules (SylDocument *document)
{
  const char * const *names;
  g_autoptr(GStrvBuilder) unknown = g_strv_builder_new ();
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);

  g_return_val_if_fail (SYL_IS_DOCUMENT (document), NULL);

  names = syl_document_get_disabled_checks (document);
  for (guint i = 0; names[i] != NULL; i++)
    {
      SylCheckRules rule;

      if (!syl_check_rule_from_string (names[i], &rule) &&
          g_hash_table_add (seen, (gpointer) names[i]))
        g_strv_builder_add (unknown, names[i]);
    }
  return g_strv_builder_end (unknown);
}

/* The names the course turns off, with @rule's added or taken away;
 * every other name, unknown ones too, stays where it was. */
static GStrv
names_with (const char * const *names,
            const char         *name,
            gboolean            enabled)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; names[i] != NULL; i++)
    if (!g_str_equal (names[i], name))
      g_strv_builder_add (builder, names[i]);
  if (!enabled)
    g_strv_builder_add (builder, name);
  return g_strv_builder_end (builder);
}

/**
 * syl_document_set_rule_enabled:
 * @rule: one rule
 *
 * Turns @rule on or off for the course, as one step in the history,
 * unless it already is.
 */
void
syl_document_set_rule_enabled (SylDocument   *document,
                               SylCheckRules  rule,
                               gboolean       enabled)
{
  const char *name = syl_check_rule_to_string (rule);
  g_auto(GStrv) names = NULL;
  g_autofree char *label = NULL;

  g_return_if_fail (SYL_IS_DOCUMENT (document));
  g_return_if_fail (name != NULL);

  if (!(syl_document_get_disabled_rules (document) & rule) == !!enabled)
    return;

  names = names_with (syl_document_get_disabled_checks (document), name, enabled);
  /* Translators: a step in the Undo menu; %s is a rule of the course
   * check, such as “Empty sections”. */
  label = g_strdup_printf (enabled ? _("Turn On Check “%s”") : _("Turn Off Check “%s”"),
                           syl_check_rule_get_title (rule));
  syl_document_set_disabled_checks (document, (const char * const *) names, label);
}
