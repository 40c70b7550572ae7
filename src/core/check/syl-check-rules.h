/* syl-check-rules.h: the rules of the course check, and which a course
 * turns off
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-document.h"

G_BEGIN_DECLS

/* One bit per rule, so that a set of rules is one value.  Each rule has a
 * stable name (syl_check_rule_to_string()) that files, the command line
 * and other tools use; the order here is the order findings on the same
 * node are listed in. */
typedef enum
{
  SYL_CHECK_OVER_TARGET              = 1 << 0,
  SYL_CHECK_EMPTY_TITLE              = 1 << 1,
  SYL_CHECK_MISSING_DURATION         = 1 << 2,
  SYL_CHECK_EMPTY_SECTION            = 1 << 3,
  SYL_CHECK_DUPLICATE_TITLE          = 1 << 4,
  SYL_CHECK_DISCUSSION_WITHOUT_NOTES = 1 << 5,
  SYL_CHECK_EXAMPLE_WITHOUT_NOTES    = 1 << 6,
  SYL_CHECK_MISSING_OBJECTIVES       = 1 << 7,
  SYL_CHECK_OPEN_COMMENTS            = 1 << 8,
} SylCheckRules;

#define SYL_CHECK_N_RULES   9
#define SYL_CHECK_NO_RULES  ((SylCheckRules) 0)
#define SYL_CHECK_ALL_RULES ((SylCheckRules) ((1 << SYL_CHECK_N_RULES) - 1))

typedef enum
{
  SYL_CHECK_ERROR,
  SYL_CHECK_WARNING,
} SylCheckSeverity;

SylCheckRules     syl_check_rule_nth                (guint               index);
const char       *syl_check_rule_to_string          (SylCheckRules       rule);
gboolean          syl_check_rule_from_string        (const char         *name,
                                                     SylCheckRules      *rule);
const char       *syl_check_rule_get_title          (SylCheckRules       rule);
const char       *syl_check_rule_get_description    (SylCheckRules       rule);
SylCheckSeverity  syl_check_rule_get_severity       (SylCheckRules       rule);
const char       *syl_check_severity_to_string      (SylCheckSeverity    severity);
SylCheckRules     syl_check_rules_from_names        (const char * const *names);

SylCheckRules     syl_document_get_disabled_rules   (SylDocument        *document);
GStrv             syl_document_dup_unknown_rules    (SylDocument        *document);
void              syl_document_set_rule_enabled     (SylDocument        *document,
                                                     SylCheckRules       rule,
                                                     gboolean            enabled);

G_END_DECLS
