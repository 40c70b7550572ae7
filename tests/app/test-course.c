/* test-course.c: the Course Properties dialog, under Xvfb: its text fields
 *
 * Each test opens the sample outline in a window, opens the dialog through
 * the window's action, edits fields as a designer would (some through the
 * widgets, some with real keys), and checks the document, the saved file
 * and the history; then undoes each edit through the dialog.  The
 * language, the target duration and the authors have files of their own:
 * test-course-language.c, test-course-target.c, test-course-authors.c.
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

/* Opening shows the document's values. */
static void
test_shows_values (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *description = syl_test_course_description_text (f);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->dialog)), ==, "Course Properties");
  g_assert_cmpstr (syl_test_course_text_of (f, "title_row"), ==, SYL_TEST_SAMPLE_TITLE);
  g_assert_cmpstr (syl_test_course_text_of (f, "subtitle_row"), ==, "");
  g_assert_cmpstr (syl_test_course_text_of (f, "language_row"), ==, "zh-CN");
  g_assert_cmpstr (syl_test_course_text_of (f, "target_row"), ==, "");
  g_assert_false (gtk_widget_get_sensitive (syl_test_course_child (f, "clear_target_button")));
  g_assert_cmpstr (description, ==, "");
  g_assert_cmpuint (syl_test_course_n_author_lists (f), ==, 1);
  syl_test_course_assert_authors (f, SYL_TEST_SAMPLE_AUTHORS);
  /* Showing them changed nothing. */
  g_assert_cmpuint (syl_test_course_n_undo (f), ==, 0);
  g_assert_false (syl_document_get_modified (f->document));
}

/* The title typed with real keys, Chinese too: one step, the window's
 * title follows at once, Ctrl+Z in the dialog undoes it. */
static void
test_title_typed (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *row = syl_test_course_child (f, "title_row");

  /* Focusing selects the whole title, so typing replaces it. */
  syl_test_course_focus (f, row);
  syl_test_type ("Course 课程");
  g_assert_cmpstr (syl_test_course_text_of (f, "title_row"), ==, "Course 课程");
  g_assert_cmpstr (syl_document_get_title (f->document), ==, "Course 课程");
  g_assert_cmpuint (syl_test_course_n_undo (f), ==, 1);
  g_assert_cmpstr (syl_history_get_undo_label (f->history), ==, "Change Course Title");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==,
                   "• Course 课程 — ai-enterprise-course.syllabus.json");
  syl_test_course_assert_saved_string (f, "title", "Course 课程");

  /* The field has no history of its own: Ctrl+Z is the document's. */
  syl_test_press ("ctrl+z");
  g_assert_cmpstr (syl_document_get_title (f->document), ==, SYL_TEST_SAMPLE_TITLE);
  g_assert_cmpstr (syl_test_course_text_of (f, "title_row"), ==, SYL_TEST_SAMPLE_TITLE);
  g_assert_true (syl_test_course_focused (f) != NULL &&
                 gtk_widget_is_ancestor (syl_test_course_focused (f), row));
  g_assert_cmpuint (syl_test_course_n_undo (f), ==, 0);
  g_assert_true (syl_document_get_modified (f->document));
  syl_test_press ("ctrl+shift+z");
  g_assert_cmpstr (syl_document_get_title (f->document), ==, "Course 课程");
  g_assert_cmpstr (syl_test_course_text_of (f, "title_row"), ==, "Course 课程");
  syl_test_press ("ctrl+z");
  syl_test_course_assert_saved_string (f, "title", SYL_TEST_SAMPLE_TITLE);
  syl_test_course_assert_original (f);
}

/* Leaving a field and typing in it again makes two steps. */
static void
test_steps_per_visit (Fixture       *f,
                      gconstpointer  data)
{
  syl_test_course_focus (f, syl_test_course_child (f, "subtitle_row"));
  syl_test_type ("ab");
  syl_test_course_focus (f, syl_test_course_child (f, "title_row"));
  syl_test_course_focus (f, syl_test_course_child (f, "subtitle_row"));
  syl_test_press ("End");
  syl_test_type ("cd");
  g_assert_cmpstr (syl_document_get_subtitle (f->document), ==, "abcd");
  g_assert_cmpuint (syl_test_course_n_undo (f), ==, 2);

  syl_test_course_undo (f);
  g_assert_cmpstr (syl_document_get_subtitle (f->document), ==, "ab");
  g_assert_cmpstr (syl_test_course_text_of (f, "subtitle_row"), ==, "ab");
  syl_test_course_undo (f);
  g_assert_cmpstr (syl_test_course_text_of (f, "subtitle_row"), ==, "");
  syl_test_course_assert_original (f);
}

/* Subtitle, language and description set on the widgets: each a step of
 * its own, saved, undone in turn. */
static void
test_fields (Fixture       *f,
             gconstpointer  data)
{
  GtkTextBuffer *buffer = syl_test_course_description_buffer (f);
  g_autoptr(JsonObject) saved = NULL;
  g_autofree char *description = NULL;

  syl_test_course_set_text (f, "subtitle_row", "副标题 Sub");
  gtk_text_buffer_set_text (buffer, "第一行\nLine two", -1);
  syl_test_wait_frame (GTK_WIDGET (f->dialog));
  syl_test_course_set_text (f, "language_row", "en-GB");
  syl_test_course_activate (f, "language_row");
  g_assert_cmpstr (syl_document_get_subtitle (f->document), ==, "副标题 Sub");
  g_assert_cmpstr (syl_document_get_description (f->document), ==, "第一行\nLine two");
  g_assert_cmpstr (syl_document_get_language (f->document), ==, "en-GB");
  g_assert_cmpuint (syl_test_course_n_undo (f), ==, 3);

  saved = syl_test_course_save_and_read (f);
  g_assert_cmpstr (json_object_get_string_member (saved, "subtitle"), ==, "副标题 Sub");
  g_assert_cmpstr (json_object_get_string_member (saved, "description"), ==, "第一行\nLine two");
  g_assert_cmpstr (json_object_get_string_member (saved, "language"), ==, "en-GB");
  g_assert_cmpstr (json_object_get_string_member (saved, "title"), ==, SYL_TEST_SAMPLE_TITLE);

  syl_test_course_undo (f);
  g_assert_cmpstr (syl_document_get_language (f->document), ==, "zh-CN");
  g_assert_cmpstr (syl_test_course_text_of (f, "language_row"), ==, "zh-CN");
  g_assert_cmpstr (syl_document_get_description (f->document), ==, "第一行\nLine two");
  syl_test_course_undo (f);
  description = syl_test_course_description_text (f);
  g_assert_cmpstr (description, ==, "");
  g_assert_cmpstr (syl_document_get_description (f->document), ==, "");
  g_assert_cmpstr (syl_document_get_subtitle (f->document), ==, "副标题 Sub");
  syl_test_course_undo (f);
  g_assert_cmpstr (syl_test_course_text_of (f, "subtitle_row"), ==, "");
  syl_test_course_assert_original (f);
  g_clear_pointer (&description, g_free);

  /* Redo brings each back into its field. */
  syl_test_course_redo (f);
  syl_test_course_redo (f);
  description = syl_test_course_description_text (f);
  g_assert_cmpstr (description, ==, "第一行\nLine two");
  g_assert_cmpstr (syl_test_course_text_of (f, "subtitle_row"), ==, "副标题 Sub");
  g_assert_cmpstr (syl_test_course_text_of (f, "language_row"), ==, "zh-CN");
}

/* The description typed with real keys: one step. */
static void
test_description_typed (Fixture       *f,
                        gconstpointer  data)
{
  syl_test_course_focus (f, syl_test_course_description_view (f));
  syl_test_type ("讲 AI");
  syl_test_press ("Return");
  syl_test_type ("line 2");
  g_assert_cmpstr (syl_document_get_description (f->document), ==, "讲 AI\nline 2");
  g_assert_cmpuint (syl_test_course_n_undo (f), ==, 1);
  syl_test_course_assert_saved_string (f, "description", "讲 AI\nline 2");
  syl_test_press ("ctrl+z");
  g_assert_cmpstr (syl_document_get_description (f->document), ==, "");
  syl_test_course_assert_original (f);
}

/* Undo while another field has the focus: that field keeps its text, its
 * cursor and the focus. */
static void
test_undo_keeps_cursor (Fixture       *f,
                        gconstpointer  data)
{
  GtkTextBuffer *buffer = syl_test_course_description_buffer (f);
  GtkWidget *view = syl_test_course_description_view (f);
  GtkWidget *author = syl_test_course_author_list (f, 0);
  GtkTextIter iter;

  gtk_text_buffer_set_text (buffer, "abcdef", -1);
  syl_test_course_set_text (f, "title_row", "New title");
  g_assert_cmpuint (syl_test_course_n_undo (f), ==, 2);

  syl_test_course_focus (f, view);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, 3);
  gtk_text_buffer_place_cursor (buffer, &iter);
  syl_test_press ("ctrl+z");

  g_assert_cmpstr (syl_document_get_title (f->document), ==, SYL_TEST_SAMPLE_TITLE);
  g_assert_cmpstr (syl_test_course_text_of (f, "title_row"), ==, SYL_TEST_SAMPLE_TITLE);
  g_assert_true (syl_test_course_focused (f) == view);
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  g_assert_cmpint (gtk_text_iter_get_offset (&iter), ==, 3);
  g_assert_cmpstr (syl_document_get_description (f->document), ==, "abcdef");
  /* Rows of unchanged authors are not built again. */
  g_assert_true (syl_test_course_author_list (f, 0) == author);

  /* Typing goes on at the cursor, and joins no earlier step. */
  syl_test_type ("X");
  g_assert_cmpstr (syl_document_get_description (f->document), ==, "abcXdef");
  g_assert_cmpuint (syl_test_course_n_undo (f), ==, 2);
  syl_test_course_undo (f);
  syl_test_course_undo (f);
  syl_test_course_assert_original (f);
}

/* Closing and opening again shows the current values; a duration typed
 * but not entered is kept when the dialog closes. */
static void
test_reopen (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *description = NULL;

  syl_test_course_set_text (f, "title_row", "Reopened");
  gtk_text_buffer_set_text (syl_test_course_description_buffer (f), "Desc", -1);
  syl_test_course_click (syl_test_course_child (f, "add_author_button"));
  gtk_editable_set_text (GTK_EDITABLE (syl_test_course_author_widget (f, 1, "author-name")),
                         "Grace");
  syl_test_wait_frame (GTK_WIDGET (f->dialog));
  syl_test_course_set_text (f, "target_row", "45");
  syl_test_course_close_dialog (f);
  g_assert_cmpint (syl_document_get_target_minutes (f->document), ==, 45);
  g_assert_cmpuint (syl_test_course_n_undo (f), ==, 5);

  f->dialog = syl_test_course_open_dialog (f);
  description = syl_test_course_description_text (f);
  g_assert_cmpstr (syl_test_course_text_of (f, "title_row"), ==, "Reopened");
  g_assert_cmpstr (syl_test_course_text_of (f, "target_row"), ==, "45 min");
  g_assert_cmpstr (description, ==, "Desc");
  syl_test_course_assert_authors (f, SYL_TEST_SAMPLE_AUTHORS ";Grace|");

  /* The new dialog undoes the steps made in the old one. */
  for (guint i = 0; i < 5; i++)
    syl_test_course_undo (f);
  g_assert_cmpstr (syl_test_course_text_of (f, "title_row"), ==, SYL_TEST_SAMPLE_TITLE);
  g_assert_cmpstr (syl_test_course_text_of (f, "target_row"), ==, "");
  syl_test_course_assert_authors (f, SYL_TEST_SAMPLE_AUTHORS);
  syl_test_course_assert_original (f);
}

static gboolean
is_primary_menu (GtkWidget *widget)
{
  return GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget));
}

static GtkWidget *
find_widget (GtkWidget *widget,
             gboolean (*matches) (GtkWidget *))
{
  if (matches (widget))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_widget (c, matches);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static const char *menu_item_text;

/* An item of a popover menu, showing @menu_item_text. */
static gboolean
is_menu_item (GtkWidget *widget)
{
  g_autofree char *text = NULL;

  if (!g_str_equal (G_OBJECT_TYPE_NAME (widget), "GtkModelButton"))
    return FALSE;
  g_object_get (widget, "text", &text, NULL);
  return g_strcmp0 (text, menu_item_text) == 0;
}

/* Whether the main menu of @window offers Course Properties. */
static gboolean
course_item_sensitive (SylWindow *window)
{
  GtkWidget *button = find_widget (GTK_WIDGET (window), is_primary_menu);
  g_autofree char *items = NULL;
  GtkWidget *item;

  g_assert_nonnull (button);
  items = syl_test_menu_items (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)));
  g_assert_nonnull (strstr (items, ";Course _Properties…=win.course-properties;"));
  /* The button shows the label without its mnemonic. */
  menu_item_text = "Course Properties…";
  item = find_widget (GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (button))),
                      is_menu_item);
  g_assert_nonnull (item);
  return gtk_widget_get_sensitive (item);
}

/* The window's main menu has the item, and it needs a document. */
static void
test_menu_item (Fixture       *f,
                gconstpointer  data)
{
  SylWindow *empty;

  syl_test_course_close_dialog (f);
  g_assert_true (course_item_sensitive (f->window));

  empty = syl_window_new (NULL);
  g_object_ref_sink (empty);
  gtk_window_present (GTK_WINDOW (empty));
  syl_test_wait_shown (GTK_WIDGET (empty));
  g_assert_false (course_item_sensitive (empty));
  gtk_widget_activate_action (GTK_WIDGET (empty), "win.course-properties", NULL);
  /* Had the action done anything, it would be done now. */
  syl_test_wait_idle ();
  g_assert_null (syl_test_course_find_dialog ());
  syl_test_close_window (empty);
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
  ADD ("shows-values", test_shows_values);
  ADD ("title-typed", test_title_typed);
  ADD ("steps-per-visit", test_steps_per_visit);
  ADD ("fields", test_fields);
  ADD ("description-typed", test_description_typed);
  ADD ("undo-keeps-cursor", test_undo_keeps_cursor);
  ADD ("reopen", test_reopen);
  ADD ("menu-item", test_menu_item);
#undef ADD

  return g_test_run ();
}
