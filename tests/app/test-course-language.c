/* test-course-language.c: the course's language in the Course Properties
 * dialog, under Xvfb: typed, chosen from the menu, and kept as the file
 * has it
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

/* The button of the menu of common languages, in the language's row. */
static GtkWidget *
language_menu_button (Fixture *f)
{
  return syl_test_find_child_of_type (syl_test_course_child (f, "language_row"),
                                      GTK_TYPE_MENU_BUTTON);
}

/* A language goes in whole, on Enter or when the focus leaves; an invalid
 * tag stays in the field, marked, and out of the document; the menu sets
 * common tags. */
static void
test_language (Fixture       *f,
               gconstpointer  data)
{
  const char *tooltip;

  syl_test_course_set_text (f, "language_row", "zh CN");
  syl_test_course_activate (f, "language_row");
  g_assert_cmpstr (syl_document_get_language (f->document), ==, "zh-CN");
  g_assert_true (syl_test_course_has_error (f, "language_row"));
  tooltip = gtk_widget_get_tooltip_text (syl_test_course_child (f, "language_row"));
  g_assert_nonnull (strstr (tooltip, "“zh CN” is not a language tag"));
  g_assert_nonnull (strstr (tooltip, "keeps “zh-CN”"));
  g_assert_cmpstr (syl_test_course_text_of (f, "language_row"), ==, "zh CN");
  g_assert_cmpuint (syl_test_course_n_undo (f), ==, 0);

  /* A valid tag clears the mark as it is typed, and goes in on Enter. */
  syl_test_course_set_text (f, "language_row", "fr-CA");
  g_assert_false (syl_test_course_has_error (f, "language_row"));
  g_assert_cmpstr (syl_document_get_language (f->document), ==, "zh-CN");
  syl_test_course_activate (f, "language_row");
  g_assert_cmpstr (syl_document_get_language (f->document), ==, "fr-CA");
  g_assert_cmpuint (syl_test_course_n_undo (f), ==, 1);

  /* Real keys: the tag goes in when Tab leaves the field, past its menu
   * button. */
  syl_test_course_focus (f, syl_test_course_child (f, "language_row"));
  syl_test_type ("de-AT");
  g_assert_cmpstr (syl_document_get_language (f->document), ==, "fr-CA");
  syl_test_press ("Tab");
  g_assert_true (gtk_widget_is_ancestor (syl_test_course_focused (f), language_menu_button (f)));
  g_assert_cmpstr (syl_document_get_language (f->document), ==, "fr-CA");
  syl_test_press ("Tab");
  g_assert_false (gtk_widget_is_ancestor (syl_test_course_focused (f),
                                          syl_test_course_child (f, "language_row")));
  g_assert_cmpstr (syl_document_get_language (f->document), ==, "de-AT");
  g_assert_cmpuint (syl_test_course_n_undo (f), ==, 2);

  syl_test_course_undo (f);
  g_assert_cmpstr (syl_test_course_text_of (f, "language_row"), ==, "fr-CA");
  syl_test_course_undo (f);
  g_assert_cmpstr (syl_test_course_text_of (f, "language_row"), ==, "zh-CN");
  syl_test_course_assert_original (f);
}

/* The menu of common languages sets them, each a step of its own. */
static void
test_language_menu (Fixture       *f,
                    gconstpointer  data)
{
  GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (language_menu_button (f)));
  g_autofree char *items = syl_test_menu_items (menu);

  g_assert_cmpstr (items, ==,
                   "Chinese, Simplified (zh-CN)=course.set-language(zh-CN);"
                   "Chinese, Traditional (zh-TW)=course.set-language(zh-TW);"
                   "English (en)=course.set-language(en);French (fr)=course.set-language(fr);"
                   "German (de)=course.set-language(de);Japanese (ja)=course.set-language(ja);"
                   "Korean (ko)=course.set-language(ko);Spanish (es)=course.set-language(es);"
                   "Not Specified=course.set-language();");

  /* Over an invalid tag in the field, too. */
  syl_test_course_set_text (f, "language_row", "zh CN");
  syl_test_course_activate (f, "language_row");
  g_assert_true (syl_test_course_has_error (f, "language_row"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->dialog), "course.set-language", "s",
                                             "ja"));
  syl_test_wait_frame (GTK_WIDGET (f->dialog));
  g_assert_cmpstr (syl_document_get_language (f->document), ==, "ja");
  g_assert_cmpstr (syl_test_course_text_of (f, "language_row"), ==, "ja");
  g_assert_false (syl_test_course_has_error (f, "language_row"));
  g_assert_cmpuint (syl_test_course_n_undo (f), ==, 1);
  syl_test_course_assert_saved_string (f, "language", "ja");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->dialog), "course.set-language", "s",
                                             ""));
  syl_test_wait_frame (GTK_WIDGET (f->dialog));
  g_assert_cmpstr (syl_document_get_language (f->document), ==, "");
  g_assert_cmpstr (syl_test_course_text_of (f, "language_row"), ==, "");
  g_assert_cmpuint (syl_test_course_n_undo (f), ==, 2);
  syl_test_course_assert_saved_string (f, "language", "");

  syl_test_course_undo (f);
  g_assert_cmpstr (syl_test_course_text_of (f, "language_row"), ==, "ja");
  syl_test_course_undo (f);
  g_assert_cmpstr (syl_test_course_text_of (f, "language_row"), ==, "zh-CN");
  syl_test_course_assert_original (f);
}

/* A tag from the file, even one the field would not take, is shown and
 * saved as it was. */
static void
test_language_kept (gconstpointer data)
{
  const char *tag = data;
  g_autofree char *sample = syl_test_sample_path ();
  g_autofree char *contents = NULL;
  g_autofree char *dir = g_dir_make_tmp ("syl-course-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "tagged.syllabus.json", NULL);
  g_autofree char *member = g_strdup_printf ("\"language\": \"%s\"", tag);
  g_auto(GStrv) parts = NULL;
  g_autofree char *changed = NULL;
  Fixture fixture = { 0 }, *f = &fixture;
  g_autoptr(JsonObject) saved = NULL;

  g_assert_true (g_file_get_contents (sample, &contents, NULL, NULL));
  parts = g_strsplit (contents, "\"language\": \"zh-CN\"", 2);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  changed = g_strjoin (member, parts[0], parts[1], NULL);
  g_assert_true (g_file_set_contents (path, changed, -1, NULL));

  syl_test_course_open (f, path);
  g_assert_cmpstr (syl_test_course_text_of (f, "language_row"), ==, tag);
  g_assert_false (syl_test_course_has_error (f, "language_row"));
  /* Passing through the field, or Enter in it, marks nothing. */
  syl_test_course_focus (f, syl_test_course_child (f, "language_row"));
  syl_test_course_activate (f, "language_row");
  syl_test_course_focus (f, syl_test_course_child (f, "title_row"));
  g_assert_false (syl_test_course_has_error (f, "language_row"));
  g_assert_cmpuint (syl_test_course_n_undo (f), ==, 0);
  syl_test_course_set_text (f, "title_row", "Other");
  saved = syl_test_course_save_and_read (f);
  g_assert_cmpstr (json_object_get_string_member (saved, "language"), ==, tag);
  g_assert_cmpstr (json_object_get_string_member (saved, "title"), ==, "Other");
  g_assert_cmpstr (syl_document_get_language (f->document), ==, tag);
  syl_test_course_teardown (f, NULL);
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
  ADD ("language", test_language);
  ADD ("language-menu", test_language_menu);
#undef ADD
  g_test_add_data_func ("/course/language-kept/well-formed", "zh-Hant-HK-x-priv1",
                        test_language_kept);
  g_test_add_data_func ("/course/language-kept/malformed", "zh_CN", test_language_kept);

  return g_test_run ();
}
