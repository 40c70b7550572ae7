/* syl-check-private.h: what the check makes of its findings
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-finding.h"

G_BEGIN_DECLS

SylFinding *_syl_finding_new      (SylCheckRules  rule,
                                   SylNode       *node,
                                   const char    *number,
                                   const char    *title,
                                   const char    *message);
void        _syl_finding_add_node (SylFinding    *self,
                                   SylNode       *node);
gboolean    _syl_check_is_blank   (const char    *text);

G_END_DECLS
