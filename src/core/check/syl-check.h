/* syl-check.h: the course check: what a course designer should look at
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-check-rules.h"
#include "syl-finding.h"

G_BEGIN_DECLS

#define SYL_TYPE_CHECK (syl_check_get_type ())

G_DECLARE_FINAL_TYPE (SylCheck, syl_check, SYL, CHECK, GObject)

GPtrArray *syl_document_check     (SylDocument   *document,
                                   SylCheckRules  disabled);

/* The same check, a slice at a time, for a window that must not stop for
 * a large outline.  A change to the document in between starts it again. */
SylCheck  *syl_check_new          (SylDocument   *document,
                                   SylCheckRules  disabled);
gboolean   syl_check_run          (SylCheck      *self,
                                   guint          max_nodes);
GPtrArray *syl_check_get_findings (SylCheck      *self);

G_END_DECLS
