/* syl-course-dialog-private.h: what the parts of the dialog share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-course-dialog.h"

G_BEGIN_DECLS

struct _SylCourseDialog
{
  AdwPreferencesWindow  parent_instance;

  /* Template widgets. */
  AdwEntryRow          *title_row;
  AdwEntryRow          *subtitle_row;
  AdwEntryRow          *language_row;
  AdwEntryRow          *target_row;
  GtkWidget            *clear_target_button;
  GtkTextBuffer        *description_buffer;
  AdwPreferencesGroup  *authors_group;
  GtkBox               *authors_box;
  GtkWidget            *add_author_button;

  SylDocument          *document;
  GPtrArray            *author_rows;    /* AuthorRows, in the document's order */
  guint                 updating;       /* > 0 while fields show the document */
  gboolean              authors_dirty;  /* the list changed inside a history step */
};

void _syl_course_dialog_show_text    (SylCourseDialog *self,
                                      GtkEditable     *editable,
                                      const char      *text);
void _syl_course_dialog_set_string   (SylCourseDialog *self,
                                      gpointer         object,
                                      const char      *property,
                                      const char      *value);
void _syl_course_dialog_sync_authors (SylCourseDialog *self);
void _syl_course_dialog_add_author   (SylCourseDialog *self);

G_END_DECLS
