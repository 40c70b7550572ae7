/* syl-test-course.h: a window open on the sample outline with its Course
 * Properties dialog, for the tests of the dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "syl-course-dialog.h"
#include "syl-window.h"

G_BEGIN_DECLS

/* The sample outline's title, and its one author as "name|about", the
 * form of syl_test_course_assert_authors(). */
#define SYL_TEST_SAMPLE_TITLE "AI 大模型（类 ChatGPT）的企业应用"
#define SYL_TEST_SAMPLE_AUTHORS "段方|某世界 100 强企业大数据/AI 总设计师 教授 北京大学博士后"

typedef struct
{
  SylWindow       *window;
  SylDocument     *document;
  SylHistory      *history;
  SylCourseDialog *dialog;
  /* The document as opened, serialized, to compare with after undoing. */
  char            *original;
} SylTestCourse;

void             syl_test_course_setup               (SylTestCourse *f,
                                                      gconstpointer  data);
void             syl_test_course_teardown            (SylTestCourse *f,
                                                      gconstpointer  data);
void             syl_test_course_open                (SylTestCourse *f,
                                                      const char    *path);
SylCourseDialog *syl_test_course_find_dialog         (void);
SylCourseDialog *syl_test_course_open_dialog         (SylTestCourse *f);
void             syl_test_course_close_dialog        (SylTestCourse *f);

GtkWidget       *syl_test_course_child               (SylTestCourse *f,
                                                      const char    *id);
const char      *syl_test_course_text_of             (SylTestCourse *f,
                                                      const char    *id);
void             syl_test_course_set_text            (SylTestCourse *f,
                                                      const char    *id,
                                                      const char    *text);
void             syl_test_course_activate            (SylTestCourse *f,
                                                      const char    *id);
gboolean         syl_test_course_has_error           (SylTestCourse *f,
                                                      const char    *id);
GtkTextBuffer   *syl_test_course_description_buffer  (SylTestCourse *f);
GtkWidget       *syl_test_course_description_view    (SylTestCourse *f);
char            *syl_test_course_description_text    (SylTestCourse *f);
void             syl_test_course_click               (GtkWidget     *button);
void             syl_test_course_focus               (SylTestCourse *f,
                                                      GtkWidget     *widget);
GtkWidget       *syl_test_course_focused             (SylTestCourse *f);

guint            syl_test_course_n_undo              (SylTestCourse *f);
void             syl_test_course_undo                (SylTestCourse *f);
void             syl_test_course_redo                (SylTestCourse *f);
void             syl_test_course_assert_original     (SylTestCourse *f);
JsonObject      *syl_test_course_save_and_read       (SylTestCourse *f);
void             syl_test_course_assert_saved_string (SylTestCourse *f,
                                                      const char    *member,
                                                      const char    *expected);

GtkWidget       *syl_test_course_author_list         (SylTestCourse *f,
                                                      guint          index);
guint            syl_test_course_n_author_lists      (SylTestCourse *f);
GtkWidget       *syl_test_course_author_widget       (SylTestCourse *f,
                                                      guint          index,
                                                      const char    *name);
char            *syl_test_course_saved_authors       (SylTestCourse *f);
void             syl_test_course_assert_authors      (SylTestCourse *f,
                                                      const char    *expected);

G_END_DECLS
