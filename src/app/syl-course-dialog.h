/* syl-course-dialog.h: the course's title, authors, language and the rest
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "syl-document.h"

G_BEGIN_DECLS

#define SYL_TYPE_COURSE_DIALOG (syl_course_dialog_get_type ())

/* An AdwPreferencesWindow even where libadwaita 1.5 offers
 * AdwPreferencesDialog: see syl-course-dialog.c. */
G_DECLARE_FINAL_TYPE (SylCourseDialog, syl_course_dialog, SYL, COURSE_DIALOG, AdwPreferencesWindow)

SylCourseDialog *syl_course_dialog_new          (SylDocument     *document);
SylDocument     *syl_course_dialog_get_document (SylCourseDialog *self);
void             syl_course_dialog_present      (SylCourseDialog *self,
                                                 GtkWidget       *parent);

G_END_DECLS
