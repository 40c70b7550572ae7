/* syl-recovery.h: offering back the drafts of a session that crashed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

GtkWidget *syl_recovery_offer (GtkApplication *application,
                               GPtrArray      *drafts);

G_END_DECLS
