/* test-course-authors.c: the course's authors in the Course Properties
 * dialog, under Xvfb: added, edited, moved and removed, each a step undone
 * in turn
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "syl-course-dialog.h"
#include "syl-test-course.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"

typedef SylTestCourse Fixture;

/* What the list of authors says of itself. */
static const char *
authors_description (Fixture *f)
{
  GtkWidget *group = syl_test_course_child (f, "authors_group");

  return adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (group));
}

/* Add an author, edit both fields, move, remove; undo each. */
static void
test_authors (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *first = syl_test_course_author_list (f, 0);
  GtkWidget *added;
  g_autofree char *saved = NULL;

  syl_test_course_click (syl_test_course_child (f, "add_author_button"));
  g_assert_cmpuint (syl_test_course_n_author_lists (f), ==, 2);
  syl_test_course_assert_authors (f, SYL_TEST_SAMPLE_AUTHORS ";|");
  g_assert_cmpstr (syl_history_get_undo_label (f->history), ==, "Add Author");
  added = syl_test_course_author_list (f, 1);
  /* The new author's name has the focus, and the first author's rows are
   * the same as before. */
  g_assert_true (gtk_widget_is_ancestor (syl_test_course_focused (f),
                                         syl_test_course_author_widget (f, 1, "author-name")));
  g_assert_true (syl_test_course_author_list (f, 0) == first);
  g_assert_false (gtk_widget_get_sensitive (syl_test_course_author_widget (f, 1, "author-down")));
  g_assert_true (gtk_widget_get_sensitive (syl_test_course_author_widget (f, 1, "author-up")));

  /* The name with real keys, the line about them on the widget. */
  syl_test_focus_x (GTK_WIDGET (f->dialog));
  syl_test_type ("Ada 洛");
  gtk_editable_set_text (GTK_EDITABLE (syl_test_course_author_widget (f, 1, "author-about")),
                         "Teaches 数学");
  syl_test_wait_frame (GTK_WIDGET (f->dialog));
  syl_test_course_assert_authors (f, SYL_TEST_SAMPLE_AUTHORS ";Ada 洛|Teaches 数学");
  g_assert_cmpuint (syl_test_course_n_undo (f), ==, 3);
  saved = syl_test_course_saved_authors (f);
  g_assert_cmpstr (saved, ==, SYL_TEST_SAMPLE_AUTHORS ";Ada 洛|Teaches 数学");
  g_clear_pointer (&saved, g_free);

  syl_test_course_click (syl_test_course_author_widget (f, 1, "author-up"));
  syl_test_course_assert_authors (f, "Ada 洛|Teaches 数学;" SYL_TEST_SAMPLE_AUTHORS);
  g_assert_true (syl_test_course_author_list (f, 0) == added);
  g_assert_true (syl_test_course_author_list (f, 1) == first);
  g_assert_false (gtk_widget_get_sensitive (syl_test_course_author_widget (f, 0, "author-up")));
  saved = syl_test_course_saved_authors (f);
  g_assert_cmpstr (saved, ==, "Ada 洛|Teaches 数学;" SYL_TEST_SAMPLE_AUTHORS);
  g_clear_pointer (&saved, g_free);

  syl_test_course_click (syl_test_course_author_widget (f, 1, "author-remove"));
  g_assert_cmpuint (syl_test_course_n_author_lists (f), ==, 1);
  syl_test_course_assert_authors (f, "Ada 洛|Teaches 数学");
  g_assert_true (syl_test_course_author_list (f, 0) == added);
  saved = syl_test_course_saved_authors (f);
  g_assert_cmpstr (saved, ==, "Ada 洛|Teaches 数学");
  g_assert_cmpuint (syl_test_course_n_undo (f), ==, 5);

  syl_test_course_undo (f);
  syl_test_course_assert_authors (f, "Ada 洛|Teaches 数学;" SYL_TEST_SAMPLE_AUTHORS);
  g_assert_true (syl_test_course_author_list (f, 0) == added);
  syl_test_course_undo (f);
  syl_test_course_assert_authors (f, SYL_TEST_SAMPLE_AUTHORS ";Ada 洛|Teaches 数学");
  g_assert_true (syl_test_course_author_list (f, 1) == added);
  syl_test_course_undo (f);
  syl_test_course_assert_authors (f, SYL_TEST_SAMPLE_AUTHORS ";Ada 洛|");
  syl_test_course_undo (f);
  syl_test_course_assert_authors (f, SYL_TEST_SAMPLE_AUTHORS ";|");
  g_assert_true (syl_test_course_author_list (f, 1) == added);
  syl_test_course_undo (f);
  syl_test_course_assert_authors (f, SYL_TEST_SAMPLE_AUTHORS);
  syl_test_course_assert_original (f);
}

/* Down, and removing the last author leaves an empty list that says so. */
static void
test_authors_down_and_empty (Fixture       *f,
                             gconstpointer  data)
{
  syl_test_course_click (syl_test_course_child (f, "add_author_button"));
  gtk_editable_set_text (GTK_EDITABLE (syl_test_course_author_widget (f, 1, "author-name")), "B");
  syl_test_wait_frame (GTK_WIDGET (f->dialog));
  syl_test_course_click (syl_test_course_author_widget (f, 0, "author-down"));
  syl_test_course_assert_authors (f, "B|;" SYL_TEST_SAMPLE_AUTHORS);

  syl_test_course_click (syl_test_course_author_widget (f, 1, "author-remove"));
  syl_test_course_click (syl_test_course_author_widget (f, 0, "author-remove"));
  g_assert_cmpuint (syl_test_course_n_author_lists (f), ==, 0);
  syl_test_course_assert_authors (f, "");
  g_assert_cmpstr (authors_description (f),
                   ==, "No authors yet.");
  g_assert_true (syl_test_course_focused (f) == syl_test_course_child (f, "add_author_button"));
  g_assert_cmpuint (syl_test_course_n_undo (f), ==, 5);

  syl_test_course_undo (f);
  syl_test_course_assert_authors (f, "B|");
  g_assert_cmpstr (authors_description (f),
                   ==, "");
  syl_test_course_undo (f);
  syl_test_course_undo (f);
  syl_test_course_undo (f);
  syl_test_course_undo (f);
  syl_test_course_assert_authors (f, SYL_TEST_SAMPLE_AUTHORS);
  syl_test_course_assert_original (f);
}

int
main (int   argc,
      char *argv[])
{
  syl_test_gui_init (&argc, &argv);

  if (!syl_test_can_drive_x ())
    return 77;

#define ADD(path, func) \
  g_test_add ("/course/" path, Fixture, NULL, syl_test_course_setup, func, \
              syl_test_course_teardown)
  ADD ("authors", test_authors);
  ADD ("authors-down-and-empty", test_authors_down_and_empty);
#undef ADD

  return g_test_run ();
}
