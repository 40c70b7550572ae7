/* syl-finding.h: one thing the course check found
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-check-rules.h"

G_BEGIN_DECLS

#define SYL_TYPE_FINDING (syl_finding_get_type ())

G_DECLARE_FINAL_TYPE (SylFinding, syl_finding, SYL, FINDING, GObject)

SylCheckRules     syl_finding_get_rule     (SylFinding    *self);
SylCheckSeverity  syl_finding_get_severity (SylFinding    *self);
SylNode          *syl_finding_get_node     (SylFinding    *self);
GPtrArray        *syl_finding_get_nodes    (SylFinding    *self);
const char       *syl_finding_get_number   (SylFinding    *self);
const char       *syl_finding_get_title    (SylFinding    *self);
const char       *syl_finding_get_message  (SylFinding    *self);
char             *syl_finding_dup_place    (SylFinding    *self);
gboolean          syl_finding_equal        (SylFinding    *a,
                                            SylFinding    *b);

G_END_DECLS
