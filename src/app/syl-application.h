/* syl-application.h: the Syllabus application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

#define SYL_TYPE_APPLICATION (syl_application_get_type ())

/* The name Syllabus registers its files under in the recent files, and
 * recognises them by on the start page. */
#define SYL_RECENT_APP_NAME "Syllabus"

G_DECLARE_FINAL_TYPE (SylApplication, syl_application, SYL, APPLICATION, AdwApplication)

SylApplication *syl_application_new (void);

G_END_DECLS
