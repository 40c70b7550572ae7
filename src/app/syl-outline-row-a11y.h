/* syl-outline-row-a11y.h: what a screen reader says of an outline row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-document.h"

G_BEGIN_DECLS

char *syl_outline_row_dup_accessible_label (SylDocument *document,
                                            SylNode     *node,
                                            gboolean     expanded);

G_END_DECLS
