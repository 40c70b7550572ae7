/* test-course.c: the Course Properties dialog, under Xvfb
 *
 * Each test opens the sample outline in a window, opens the dialog through
 * the window's action, edits fields as a designer would (some through the
 * widgets, some with real keys), and checks the document, the saved file
 * and the history; then undoes each edit through the dialog.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "syl-course-dialog.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"

#define SAMPLE_TITLE "AI 大模型（类 ChatGPT）的企业应用"
#define SAMPLE_AUTHOR "段方"
#define SAMPLE_ABOUT "某世界 100 强企业大数据/AI 总设计师 教授 北京大学博士后"

typedef struct
{
  SylWindow       *window;
  SylDocument     *document;
  SylHistory      *history;
  SylCourseDialog *dialog;
  char            *original;
} Fixture;

static SylCourseDialog *
find_dialog (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (SYL_IS_COURSE_DIALOG (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return SYL_COURSE_DIALOG (window);
    }
  return NULL;
}

/* Opens the dialog through the window's action, as the menu item does. */
static SylCourseDialog *
open_dialog (Fixture *f)
{
  SylCourseDialog *dialog;

  g_assert_null (find_dialog ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.course-properties", NULL));
  dialog = find_dialog ();
  g_assert_nonnull (dialog);
  syl_test_wait_shown (GTK_WIDGET (dialog));
  g_assert_true (syl_course_dialog_get_document (dialog) == f->document);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  return dialog;
}

static void
close_dialog (Fixture *f)
{
  gtk_window_close (GTK_WINDOW (f->dialog));
  g_assert_null (find_dialog ());
  f->dialog = NULL;
  /* The window shows again what the dialog covered. */
  syl_test_wait_settled (f->window);
}

static void
open_fixture (Fixture    *f,
              const char *path)
{
  f->window = syl_test_open_window (path);
  f->document = syl_window_get_document (f->window);
  f->history = syl_document_get_history (f->document);
  f->original = syl_test_serialize (f->document);
  f->dialog = open_dialog (f);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = syl_test_sample_path ();

  open_fixture (f, path);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  if (f->dialog != NULL)
    close_dialog (f);
  g_free (f->original);
  syl_test_close_window (f->window);
}

/* A widget of the dialog's template, by its id in the .ui file. */
static GtkWidget *
child (Fixture    *f,
       const char *id)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (f->dialog),
                                                   SYL_TYPE_COURSE_DIALOG, id);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

static const char *
text_of (Fixture    *f,
         const char *id)
{
  return gtk_editable_get_text (GTK_EDITABLE (child (f, id)));
}

static void
set_text (Fixture    *f,
          const char *id,
          const char *text)
{
  gtk_editable_set_text (GTK_EDITABLE (child (f, id)), text);
  syl_test_wait_frame (GTK_WIDGET (f->dialog));
}

/* Enter in an entry row. */
static void
activate (Fixture    *f,
          const char *id)
{
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (child (f, id))), "activate");
  syl_test_wait_frame (GTK_WIDGET (f->dialog));
}

static GtkTextBuffer *
description_buffer (Fixture *f)
{
  GObject *buffer = gtk_widget_get_template_child (GTK_WIDGET (f->dialog), SYL_TYPE_COURSE_DIALOG,
                                                   "description_buffer");

  g_assert_true (GTK_IS_TEXT_BUFFER (buffer));
  return GTK_TEXT_BUFFER (buffer);
}

static GtkWidget *
find_of_type (GtkWidget *widget,
              GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_of_type (c, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The dialog's one text view, the description's. */
static GtkWidget *
description_view (Fixture *f)
{
  GtkWidget *view = find_of_type (GTK_WIDGET (f->dialog), GTK_TYPE_TEXT_VIEW);

  g_assert_nonnull (view);
  g_assert_true (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)) == description_buffer (f));
  return view;
}

static char *
description_text (Fixture *f)
{
  GtkTextBuffer *buffer = description_buffer (f);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

static guint
n_undo (Fixture *f)
{
  return syl_history_get_n_undo (f->history);
}

/* Undo and redo through the dialog's own actions. */
static void
undo (Fixture *f)
{
  g_assert_true (syl_history_get_can_undo (f->history));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->dialog), "course.undo", NULL));
  syl_test_wait_frame (GTK_WIDGET (f->dialog));
}

static void
redo (Fixture *f)
{
  g_assert_true (syl_history_get_can_redo (f->history));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->dialog), "course.redo", NULL));
  syl_test_wait_frame (GTK_WIDGET (f->dialog));
}

/* Presses @keys; returns once GTK has handled them and the windows show
 * what they did. */
static void
press (const char *keys)
{
  syl_test_xdotool ("key %s", keys);
}

/* The document is as it was opened. */
static void
assert_original (Fixture *f)
{
  g_autofree char *now = syl_test_serialize (f->document);

  syl_test_assert_same_text (now, f->original);
}

/* Saves through the window's action and reads the file back as JSON. */
static JsonObject *
save_and_read (Fixture *f)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *path = g_file_get_path (syl_document_get_file (f->document));

  /* Saving is done when the action returns. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL));
  g_assert_false (syl_document_get_modified (f->document));
  g_assert_true (json_parser_load_from_file (parser, path, &error));
  g_assert_no_error (error);
  return json_object_ref (json_node_get_object (json_parser_get_root (parser)));
}

static void
assert_saved_string (Fixture    *f,
                     const char *member,
                     const char *expected)
{
  g_autoptr(JsonObject) saved = save_and_read (f);

  g_assert_cmpstr (json_object_get_string_member (saved, member), ==, expected);
}

/* The saved authors as "name|about;name|about". */
static char *
saved_authors (Fixture *f)
{
  g_autoptr(JsonObject) saved = save_and_read (f);
  JsonArray *authors = json_object_get_array_member (saved, "authors");
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < json_array_get_length (authors); i++)
    {
      JsonObject *author = json_array_get_object_element (authors, i);

      g_string_append_printf (out, "%s%s|%s", i ? ";" : "",
                              json_object_get_string_member (author, "name"),
                              json_object_get_string_member (author, "about"));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* The document's authors in the same form. */
static char *
document_authors (Fixture *f)
{
  GListModel *authors = syl_document_get_authors (f->document);
  g_autoptr(GString) out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (authors); i++)
    {
      g_autoptr(SylAuthor) author = g_list_model_get_item (authors, i);

      g_string_append_printf (out, "%s%s|%s", i ? ";" : "", syl_author_get_name (author),
                              syl_author_get_about (author));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

/* Author rows: the boxed list of the @index-th author, and its widgets by
 * name. */
static GtkWidget *
author_list (Fixture *f,
             guint    index)
{
  GtkWidget *list = gtk_widget_get_first_child (child (f, "authors_box"));

  for (guint i = 0; i < index && list != NULL; i++)
    list = gtk_widget_get_next_sibling (list);
  g_assert_nonnull (list);
  g_assert_cmpstr (gtk_widget_get_name (list), ==, "author");
  return list;
}

static guint
n_author_lists (Fixture *f)
{
  guint n = 0;

  for (GtkWidget *list = gtk_widget_get_first_child (child (f, "authors_box")); list != NULL;
       list = gtk_widget_get_next_sibling (list))
    n++;
  return n;
}

static GtkWidget *
find_named (GtkWidget  *widget,
            const char *name)
{
  if (g_strcmp0 (gtk_widget_get_name (widget), name) == 0)
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_named (c, name);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
author_widget (Fixture    *f,
               guint       index,
               const char *name)
{
  GtkWidget *widget = find_named (author_list (f, index), name);

  g_assert_nonnull (widget);
  return widget;
}

/* The authors as the dialog shows them, in the form of document_authors(). */
static char *
shown_authors (Fixture *f)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n = n_author_lists (f);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (out, "%s%s|%s", i ? ";" : "",
                            gtk_editable_get_text (GTK_EDITABLE (author_widget (f, i, "author-name"))),
                            gtk_editable_get_text (GTK_EDITABLE (author_widget (f, i, "author-about"))));
  return g_string_free (g_steal_pointer (&out), FALSE);
}

static void
assert_authors (Fixture    *f,
                const char *expected)
{
  g_autofree char *in_document = document_authors (f);
  g_autofree char *shown = shown_authors (f);

  g_assert_cmpstr (in_document, ==, expected);
  g_assert_cmpstr (shown, ==, expected);
}

static void
click (GtkWidget *button)
{
  /* The dialog, which outlives a button that removes its own row. */
  GtkWidget *dialog = GTK_WIDGET (gtk_widget_get_root (button));

  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  syl_test_wait_frame (dialog);
}

static gboolean
has_error (Fixture    *f,
           const char *id)
{
  return gtk_widget_has_css_class (child (f, id), "error");
}

/* Gives the dialog the X input focus, and @widget the dialog's focus. */
static void
focus (Fixture   *f,
       GtkWidget *widget)
{
  syl_test_focus_x (GTK_WIDGET (f->dialog));
  g_assert_true (gtk_widget_grab_focus (widget));
  syl_test_wait_frame (widget);
}

static GtkWidget *
focused (Fixture *f)
{
  return gtk_root_get_focus (GTK_ROOT (f->dialog));
}

/* Opening shows the document's values. */
static void
test_shows_values (Fixture       *f,
                   gconstpointer  data)
{
  g_autofree char *description = description_text (f);

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->dialog)), ==, "Course Properties");
  g_assert_cmpstr (text_of (f, "title_row"), ==, SAMPLE_TITLE);
  g_assert_cmpstr (text_of (f, "subtitle_row"), ==, "");
  g_assert_cmpstr (text_of (f, "language_row"), ==, "zh-CN");
  g_assert_cmpstr (text_of (f, "target_row"), ==, "");
  g_assert_false (gtk_widget_get_sensitive (child (f, "clear_target_button")));
  g_assert_cmpstr (description, ==, "");
  g_assert_cmpuint (n_author_lists (f), ==, 1);
  assert_authors (f, SAMPLE_AUTHOR "|" SAMPLE_ABOUT);
  /* Showing them changed nothing. */
  g_assert_cmpuint (n_undo (f), ==, 0);
  g_assert_false (syl_document_get_modified (f->document));
}

/* The title typed with real keys, Chinese too: one step, the window's
 * title follows at once, Ctrl+Z in the dialog undoes it. */
static void
test_title_typed (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *row = child (f, "title_row");

  /* Focusing selects the whole title, so typing replaces it. */
  focus (f, row);
  syl_test_type ("Course 课程");
  g_assert_cmpstr (text_of (f, "title_row"), ==, "Course 课程");
  g_assert_cmpstr (syl_document_get_title (f->document), ==, "Course 课程");
  g_assert_cmpuint (n_undo (f), ==, 1);
  g_assert_cmpstr (syl_history_get_undo_label (f->history), ==, "Change Course Title");
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==,
                   "• Course 课程 — ai-enterprise-course.syllabus.json");
  assert_saved_string (f, "title", "Course 课程");

  /* The field has no history of its own: Ctrl+Z is the document's. */
  press ("ctrl+z");
  g_assert_cmpstr (syl_document_get_title (f->document), ==, SAMPLE_TITLE);
  g_assert_cmpstr (text_of (f, "title_row"), ==, SAMPLE_TITLE);
  g_assert_true (focused (f) != NULL && gtk_widget_is_ancestor (focused (f), row));
  g_assert_cmpuint (n_undo (f), ==, 0);
  g_assert_true (syl_document_get_modified (f->document));
  press ("ctrl+shift+z");
  g_assert_cmpstr (syl_document_get_title (f->document), ==, "Course 课程");
  g_assert_cmpstr (text_of (f, "title_row"), ==, "Course 课程");
  press ("ctrl+z");
  assert_saved_string (f, "title", SAMPLE_TITLE);
  assert_original (f);
}

/* Leaving a field and typing in it again makes two steps. */
static void
test_steps_per_visit (Fixture       *f,
                      gconstpointer  data)
{
  focus (f, child (f, "subtitle_row"));
  syl_test_type ("ab");
  focus (f, child (f, "title_row"));
  focus (f, child (f, "subtitle_row"));
  press ("End");
  syl_test_type ("cd");
  g_assert_cmpstr (syl_document_get_subtitle (f->document), ==, "abcd");
  g_assert_cmpuint (n_undo (f), ==, 2);

  undo (f);
  g_assert_cmpstr (syl_document_get_subtitle (f->document), ==, "ab");
  g_assert_cmpstr (text_of (f, "subtitle_row"), ==, "ab");
  undo (f);
  g_assert_cmpstr (text_of (f, "subtitle_row"), ==, "");
  assert_original (f);
}

/* Subtitle, language and description set on the widgets: each a step of
 * its own, saved, undone in turn. */
static void
test_fields (Fixture       *f,
             gconstpointer  data)
{
  GtkTextBuffer *buffer = description_buffer (f);
  g_autoptr(JsonObject) saved = NULL;
  g_autofree char *description = NULL;

  set_text (f, "subtitle_row", "副标题 Sub");
  gtk_text_buffer_set_text (buffer, "第一行\nLine two", -1);
  syl_test_wait_frame (GTK_WIDGET (f->dialog));
  set_text (f, "language_row", "en-GB");
  activate (f, "language_row");
  g_assert_cmpstr (syl_document_get_subtitle (f->document), ==, "副标题 Sub");
  g_assert_cmpstr (syl_document_get_description (f->document), ==, "第一行\nLine two");
  g_assert_cmpstr (syl_document_get_language (f->document), ==, "en-GB");
  g_assert_cmpuint (n_undo (f), ==, 3);

  saved = save_and_read (f);
  g_assert_cmpstr (json_object_get_string_member (saved, "subtitle"), ==, "副标题 Sub");
  g_assert_cmpstr (json_object_get_string_member (saved, "description"), ==, "第一行\nLine two");
  g_assert_cmpstr (json_object_get_string_member (saved, "language"), ==, "en-GB");
  g_assert_cmpstr (json_object_get_string_member (saved, "title"), ==, SAMPLE_TITLE);

  undo (f);
  g_assert_cmpstr (syl_document_get_language (f->document), ==, "zh-CN");
  g_assert_cmpstr (text_of (f, "language_row"), ==, "zh-CN");
  g_assert_cmpstr (syl_document_get_description (f->document), ==, "第一行\nLine two");
  undo (f);
  description = description_text (f);
  g_assert_cmpstr (description, ==, "");
  g_assert_cmpstr (syl_document_get_description (f->document), ==, "");
  g_assert_cmpstr (syl_document_get_subtitle (f->document), ==, "副标题 Sub");
  undo (f);
  g_assert_cmpstr (text_of (f, "subtitle_row"), ==, "");
  assert_original (f);
  g_clear_pointer (&description, g_free);

  /* Redo brings each back into its field. */
  redo (f);
  redo (f);
  description = description_text (f);
  g_assert_cmpstr (description, ==, "第一行\nLine two");
  g_assert_cmpstr (text_of (f, "subtitle_row"), ==, "副标题 Sub");
  g_assert_cmpstr (text_of (f, "language_row"), ==, "zh-CN");
}

/* The description typed with real keys: one step. */
static void
test_description_typed (Fixture       *f,
                        gconstpointer  data)
{
  focus (f, description_view (f));
  syl_test_type ("讲 AI");
  press ("Return");
  syl_test_type ("line 2");
  g_assert_cmpstr (syl_document_get_description (f->document), ==, "讲 AI\nline 2");
  g_assert_cmpuint (n_undo (f), ==, 1);
  assert_saved_string (f, "description", "讲 AI\nline 2");
  press ("ctrl+z");
  g_assert_cmpstr (syl_document_get_description (f->document), ==, "");
  assert_original (f);
}

/* Undo while another field has the focus: that field keeps its text, its
 * cursor and the focus. */
static void
test_undo_keeps_cursor (Fixture       *f,
                        gconstpointer  data)
{
  GtkTextBuffer *buffer = description_buffer (f);
  GtkWidget *view = description_view (f);
  GtkWidget *author = author_list (f, 0);
  GtkTextIter iter;

  gtk_text_buffer_set_text (buffer, "abcdef", -1);
  set_text (f, "title_row", "New title");
  g_assert_cmpuint (n_undo (f), ==, 2);

  focus (f, view);
  gtk_text_buffer_get_iter_at_offset (buffer, &iter, 3);
  gtk_text_buffer_place_cursor (buffer, &iter);
  press ("ctrl+z");

  g_assert_cmpstr (syl_document_get_title (f->document), ==, SAMPLE_TITLE);
  g_assert_cmpstr (text_of (f, "title_row"), ==, SAMPLE_TITLE);
  g_assert_true (focused (f) == view);
  gtk_text_buffer_get_iter_at_mark (buffer, &iter, gtk_text_buffer_get_insert (buffer));
  g_assert_cmpint (gtk_text_iter_get_offset (&iter), ==, 3);
  g_assert_cmpstr (syl_document_get_description (f->document), ==, "abcdef");
  /* Rows of unchanged authors are not built again. */
  g_assert_true (author_list (f, 0) == author);

  /* Typing goes on at the cursor, and joins no earlier step. */
  syl_test_type ("X");
  g_assert_cmpstr (syl_document_get_description (f->document), ==, "abcXdef");
  g_assert_cmpuint (n_undo (f), ==, 2);
  undo (f);
  undo (f);
  assert_original (f);
}

/* The items of @menu's sections as "label=action(target);". */
static char *
menu_items (GMenuModel *menu)
{
  g_autoptr(GString) items = g_string_new (NULL);

  for (int s = 0; s < g_menu_model_get_n_items (menu); s++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

      for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section); i++)
        {
          g_autofree char *label = NULL;
          g_autofree char *action = NULL;
          g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (section, i, "target",
                                                                              G_VARIANT_TYPE_STRING);

          g_assert_true (g_menu_model_get_item_attribute (section, i, "label", "s", &label));
          g_menu_model_get_item_attribute (section, i, "action", "s", &action);
          g_string_append_printf (items, "%s=%s", label, action ? action : "");
          if (target != NULL)
            g_string_append_printf (items, "(%s)", g_variant_get_string (target, NULL));
          g_string_append_c (items, ';');
        }
    }
  return g_string_free (g_steal_pointer (&items), FALSE);
}

/* A language goes in whole, on Enter or when the focus leaves; an invalid
 * tag stays in the field, marked, and out of the document; the menu sets
 * common tags. */
static void
test_language (Fixture       *f,
               gconstpointer  data)
{
  const char *tooltip;

  set_text (f, "language_row", "zh CN");
  activate (f, "language_row");
  g_assert_cmpstr (syl_document_get_language (f->document), ==, "zh-CN");
  g_assert_true (has_error (f, "language_row"));
  tooltip = gtk_widget_get_tooltip_text (child (f, "language_row"));
  g_assert_nonnull (strstr (tooltip, "“zh CN” is not a language tag"));
  g_assert_nonnull (strstr (tooltip, "keeps “zh-CN”"));
  g_assert_cmpstr (text_of (f, "language_row"), ==, "zh CN");
  g_assert_cmpuint (n_undo (f), ==, 0);

  /* A valid tag clears the mark as it is typed, and goes in on Enter. */
  set_text (f, "language_row", "fr-CA");
  g_assert_false (has_error (f, "language_row"));
  g_assert_cmpstr (syl_document_get_language (f->document), ==, "zh-CN");
  activate (f, "language_row");
  g_assert_cmpstr (syl_document_get_language (f->document), ==, "fr-CA");
  g_assert_cmpuint (n_undo (f), ==, 1);

  /* Real keys: the tag goes in when Tab leaves the field, past its menu
   * button. */
  focus (f, child (f, "language_row"));
  syl_test_type ("de-AT");
  g_assert_cmpstr (syl_document_get_language (f->document), ==, "fr-CA");
  press ("Tab");
  g_assert_true (gtk_widget_is_ancestor (focused (f),
                                         find_of_type (child (f, "language_row"), GTK_TYPE_MENU_BUTTON)));
  g_assert_cmpstr (syl_document_get_language (f->document), ==, "fr-CA");
  press ("Tab");
  g_assert_false (gtk_widget_is_ancestor (focused (f), child (f, "language_row")));
  g_assert_cmpstr (syl_document_get_language (f->document), ==, "de-AT");
  g_assert_cmpuint (n_undo (f), ==, 2);

  undo (f);
  g_assert_cmpstr (text_of (f, "language_row"), ==, "fr-CA");
  undo (f);
  g_assert_cmpstr (text_of (f, "language_row"), ==, "zh-CN");
  assert_original (f);
}

/* The menu of common languages sets them, each a step of its own. */
static void
test_language_menu (Fixture       *f,
                    gconstpointer  data)
{
  GtkWidget *button = find_of_type (child (f, "language_row"), GTK_TYPE_MENU_BUTTON);
  g_autofree char *items = menu_items (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)));

  g_assert_cmpstr (items, ==,
                   "Chinese, Simplified (zh-CN)=course.set-language(zh-CN);"
                   "Chinese, Traditional (zh-TW)=course.set-language(zh-TW);"
                   "English (en)=course.set-language(en);French (fr)=course.set-language(fr);"
                   "German (de)=course.set-language(de);Japanese (ja)=course.set-language(ja);"
                   "Korean (ko)=course.set-language(ko);Spanish (es)=course.set-language(es);"
                   "Not Specified=course.set-language();");

  /* Over an invalid tag in the field, too. */
  set_text (f, "language_row", "zh CN");
  activate (f, "language_row");
  g_assert_true (has_error (f, "language_row"));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->dialog), "course.set-language", "s",
                                             "ja"));
  syl_test_wait_frame (GTK_WIDGET (f->dialog));
  g_assert_cmpstr (syl_document_get_language (f->document), ==, "ja");
  g_assert_cmpstr (text_of (f, "language_row"), ==, "ja");
  g_assert_false (has_error (f, "language_row"));
  g_assert_cmpuint (n_undo (f), ==, 1);
  assert_saved_string (f, "language", "ja");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->dialog), "course.set-language", "s",
                                             ""));
  syl_test_wait_frame (GTK_WIDGET (f->dialog));
  g_assert_cmpstr (syl_document_get_language (f->document), ==, "");
  g_assert_cmpstr (text_of (f, "language_row"), ==, "");
  g_assert_cmpuint (n_undo (f), ==, 2);
  assert_saved_string (f, "language", "");

  undo (f);
  g_assert_cmpstr (text_of (f, "language_row"), ==, "ja");
  undo (f);
  g_assert_cmpstr (text_of (f, "language_row"), ==, "zh-CN");
  assert_original (f);
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

  open_fixture (f, path);
  g_assert_cmpstr (text_of (f, "language_row"), ==, tag);
  g_assert_false (has_error (f, "language_row"));
  /* Passing through the field, or Enter in it, marks nothing. */
  focus (f, child (f, "language_row"));
  activate (f, "language_row");
  focus (f, child (f, "title_row"));
  g_assert_false (has_error (f, "language_row"));
  g_assert_cmpuint (n_undo (f), ==, 0);
  set_text (f, "title_row", "Other");
  saved = save_and_read (f);
  g_assert_cmpstr (json_object_get_string_member (saved, "language"), ==, tag);
  g_assert_cmpstr (json_object_get_string_member (saved, "title"), ==, "Other");
  g_assert_cmpstr (syl_document_get_language (f->document), ==, tag);
  fixture_teardown (f, NULL);
}

static int
target (Fixture *f)
{
  return syl_document_get_target_minutes (f->document);
}

/* The target duration in each way it can be written, then unset; each a
 * step, each undone. */
static void
test_target (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(JsonObject) saved = NULL;

  set_text (f, "target_row", "12 h 30 min");
  /* Nothing happens until Enter: "1" is no target on the way to "12 h". */
  g_assert_cmpint (target (f), ==, -1);
  activate (f, "target_row");
  g_assert_cmpint (target (f), ==, 750);
  g_assert_true (gtk_widget_get_sensitive (child (f, "clear_target_button")));
  g_assert_cmpstr (syl_history_get_undo_label (f->history), ==, "Change Target Duration");
  saved = save_and_read (f);
  g_assert_cmpint (json_object_get_int_member (saved, "target_minutes"), ==, 750);
  g_clear_pointer (&saved, json_object_unref);

  /* Shown with its unit once entered: "90" alone could be hours. */
  set_text (f, "target_row", "90");
  activate (f, "target_row");
  g_assert_cmpint (target (f), ==, 90);
  g_assert_cmpstr (text_of (f, "target_row"), ==, "1 h 30 min");
  set_text (f, "target_row", "1:05");
  activate (f, "target_row");
  g_assert_cmpint (target (f), ==, 65);
  g_assert_cmpuint (n_undo (f), ==, 3);

  click (child (f, "clear_target_button"));
  g_assert_cmpint (target (f), ==, -1);
  g_assert_cmpstr (text_of (f, "target_row"), ==, "");
  g_assert_false (gtk_widget_get_sensitive (child (f, "clear_target_button")));
  saved = save_and_read (f);
  g_assert_false (json_object_has_member (saved, "target_minutes"));

  /* Undo shows each value as the field writes it. */
  undo (f);
  g_assert_cmpint (target (f), ==, 65);
  g_assert_cmpstr (text_of (f, "target_row"), ==, "1 h 5 min");
  undo (f);
  g_assert_cmpint (target (f), ==, 90);
  g_assert_cmpstr (text_of (f, "target_row"), ==, "1 h 30 min");
  undo (f);
  g_assert_cmpint (target (f), ==, 750);
  g_assert_cmpstr (text_of (f, "target_row"), ==, "12 h 30 min");
  undo (f);
  g_assert_cmpint (target (f), ==, -1);
  g_assert_cmpstr (text_of (f, "target_row"), ==, "");
  assert_original (f);
}

/* Typed with real keys, a duration goes in when the focus leaves; an
 * empty field is no target. */
static void
test_target_typed (Fixture       *f,
                   gconstpointer  data)
{
  focus (f, child (f, "target_row"));
  syl_test_type ("2h 15m");
  g_assert_cmpint (target (f), ==, -1);
  focus (f, child (f, "title_row"));
  g_assert_cmpint (target (f), ==, 135);
  g_assert_cmpuint (n_undo (f), ==, 1);

  focus (f, child (f, "target_row"));
  press ("ctrl+a");
  press ("BackSpace");
  press ("Return");
  g_assert_cmpint (target (f), ==, -1);
  g_assert_cmpuint (n_undo (f), ==, 2);
  undo (f);
  g_assert_cmpstr (text_of (f, "target_row"), ==, "2 h 15 min");
  undo (f);
  assert_original (f);
}

static const struct
{
  const char *text;
  int         minutes;
} durations[] = {
  { "0", 0 },
  { " 45 min ", 45 },
  { "2h", 120 },
  { "1 hour 5 minutes", 65 },
  { "3 hrs", 180 },
  { "0:45", 45 },
  { "100:00", 6000 },
  { "1.25 h", 75 },
  { "1 h 30", 90 },
  { "2小时30分", 150 },
  { "35791394 h", 2147483640 },
  { "2147483647", 2147483647 },
};

static const char *not_durations[] = {
  "abc", "12x", "-5", "1.01 h", "1:75", "1:5", "h", "30 min 2 h", "1 h 2 h", "1 h 30x",
  "2147483648", "35791395 h", "12345678901", "12 h 30 min!",
};

/* Anything that is no duration is marked, with the reason, and changes
 * nothing; the next valid one clears the mark. */
static void
test_target_invalid (Fixture       *f,
                     gconstpointer  data)
{
  const char *tooltip;

  for (guint i = 0; i < G_N_ELEMENTS (not_durations); i++)
    {
      g_autofree char *quoted = g_strdup_printf ("“%s” ", not_durations[i]);

      set_text (f, "target_row", not_durations[i]);
      activate (f, "target_row");
      g_assert_cmpint (target (f), ==, -1);
      g_assert_true (has_error (f, "target_row"));
      tooltip = gtk_widget_get_tooltip_text (child (f, "target_row"));
      /* Why, then what the field takes. */
      g_assert_true (g_str_has_prefix (tooltip, quoted));
      g_assert_true (g_str_has_suffix (tooltip, "\nMinutes (90), hours and minutes "
                                       "(1 h 30 min, 1.5 h) or 1:30; empty for no target"));
      /* What was typed stays there to be corrected. */
      g_assert_cmpstr (text_of (f, "target_row"), ==, not_durations[i]);
    }
  g_assert_cmpuint (n_undo (f), ==, 0);
  g_assert_false (syl_document_get_modified (f->document));

  for (guint i = 0; i < G_N_ELEMENTS (durations); i++)
    {
      set_text (f, "target_row", "abc");
      activate (f, "target_row");
      g_assert_true (has_error (f, "target_row"));
      set_text (f, "target_row", durations[i].text);
      g_assert_false (has_error (f, "target_row"));
      activate (f, "target_row");
      g_assert_cmpint (target (f), ==, durations[i].minutes);
    }
  g_assert_cmpuint (n_undo (f), ==, G_N_ELEMENTS (durations));

  /* Real keys: Enter on a non-number. */
  focus (f, child (f, "target_row"));
  press ("ctrl+a");
  syl_test_type ("soon");
  press ("Return");
  g_assert_true (has_error (f, "target_row"));
  g_assert_cmpstr (text_of (f, "target_row"), ==, "soon");
  g_assert_cmpint (target (f), ==, 2147483647);
  g_assert_cmpuint (n_undo (f), ==, G_N_ELEMENTS (durations));
  /* Undo shows the document's value again, unmarked. */
  undo (f);
  g_assert_false (has_error (f, "target_row"));
  g_assert_cmpint (target (f), ==, 2147483640);
  g_assert_cmpstr (text_of (f, "target_row"), ==, "35791394 h");
}

/* Add an author, edit both fields, move, remove; undo each. */
static void
test_authors (Fixture       *f,
              gconstpointer  data)
{
  GtkWidget *first = author_list (f, 0);
  GtkWidget *added;
  g_autofree char *saved = NULL;

  click (child (f, "add_author_button"));
  g_assert_cmpuint (n_author_lists (f), ==, 2);
  assert_authors (f, SAMPLE_AUTHOR "|" SAMPLE_ABOUT ";|");
  g_assert_cmpstr (syl_history_get_undo_label (f->history), ==, "Add Author");
  added = author_list (f, 1);
  /* The new author's name has the focus, and the first author's rows are
   * the same as before. */
  g_assert_true (gtk_widget_is_ancestor (focused (f), author_widget (f, 1, "author-name")));
  g_assert_true (author_list (f, 0) == first);
  g_assert_false (gtk_widget_get_sensitive (author_widget (f, 1, "author-down")));
  g_assert_true (gtk_widget_get_sensitive (author_widget (f, 1, "author-up")));

  /* The name with real keys, the line about them on the widget. */
  syl_test_focus_x (GTK_WIDGET (f->dialog));
  syl_test_type ("Ada 洛");
  gtk_editable_set_text (GTK_EDITABLE (author_widget (f, 1, "author-about")), "Teaches 数学");
  syl_test_wait_frame (GTK_WIDGET (f->dialog));
  assert_authors (f, SAMPLE_AUTHOR "|" SAMPLE_ABOUT ";Ada 洛|Teaches 数学");
  g_assert_cmpuint (n_undo (f), ==, 3);
  saved = saved_authors (f);
  g_assert_cmpstr (saved, ==, SAMPLE_AUTHOR "|" SAMPLE_ABOUT ";Ada 洛|Teaches 数学");
  g_clear_pointer (&saved, g_free);

  click (author_widget (f, 1, "author-up"));
  assert_authors (f, "Ada 洛|Teaches 数学;" SAMPLE_AUTHOR "|" SAMPLE_ABOUT);
  g_assert_true (author_list (f, 0) == added);
  g_assert_true (author_list (f, 1) == first);
  g_assert_false (gtk_widget_get_sensitive (author_widget (f, 0, "author-up")));
  saved = saved_authors (f);
  g_assert_cmpstr (saved, ==, "Ada 洛|Teaches 数学;" SAMPLE_AUTHOR "|" SAMPLE_ABOUT);
  g_clear_pointer (&saved, g_free);

  click (author_widget (f, 1, "author-remove"));
  g_assert_cmpuint (n_author_lists (f), ==, 1);
  assert_authors (f, "Ada 洛|Teaches 数学");
  g_assert_true (author_list (f, 0) == added);
  saved = saved_authors (f);
  g_assert_cmpstr (saved, ==, "Ada 洛|Teaches 数学");
  g_assert_cmpuint (n_undo (f), ==, 5);

  undo (f);
  assert_authors (f, "Ada 洛|Teaches 数学;" SAMPLE_AUTHOR "|" SAMPLE_ABOUT);
  g_assert_true (author_list (f, 0) == added);
  undo (f);
  assert_authors (f, SAMPLE_AUTHOR "|" SAMPLE_ABOUT ";Ada 洛|Teaches 数学");
  g_assert_true (author_list (f, 1) == added);
  undo (f);
  assert_authors (f, SAMPLE_AUTHOR "|" SAMPLE_ABOUT ";Ada 洛|");
  undo (f);
  assert_authors (f, SAMPLE_AUTHOR "|" SAMPLE_ABOUT ";|");
  g_assert_true (author_list (f, 1) == added);
  undo (f);
  assert_authors (f, SAMPLE_AUTHOR "|" SAMPLE_ABOUT);
  assert_original (f);
}

/* Down, and removing the last author leaves an empty list that says so. */
static void
test_authors_down_and_empty (Fixture       *f,
                             gconstpointer  data)
{
  click (child (f, "add_author_button"));
  gtk_editable_set_text (GTK_EDITABLE (author_widget (f, 1, "author-name")), "B");
  syl_test_wait_frame (GTK_WIDGET (f->dialog));
  click (author_widget (f, 0, "author-down"));
  assert_authors (f, "B|;" SAMPLE_AUTHOR "|" SAMPLE_ABOUT);

  click (author_widget (f, 1, "author-remove"));
  click (author_widget (f, 0, "author-remove"));
  g_assert_cmpuint (n_author_lists (f), ==, 0);
  assert_authors (f, "");
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (child (f, "authors_group"))),
                   ==, "No authors yet.");
  g_assert_true (focused (f) == child (f, "add_author_button"));
  g_assert_cmpuint (n_undo (f), ==, 5);

  undo (f);
  assert_authors (f, "B|");
  g_assert_cmpstr (adw_preferences_group_get_description (ADW_PREFERENCES_GROUP (child (f, "authors_group"))),
                   ==, "");
  undo (f);
  undo (f);
  undo (f);
  undo (f);
  assert_authors (f, SAMPLE_AUTHOR "|" SAMPLE_ABOUT);
  assert_original (f);
}

/* Closing and opening again shows the current values; a duration typed
 * but not entered is kept when the dialog closes. */
static void
test_reopen (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *description = NULL;

  set_text (f, "title_row", "Reopened");
  gtk_text_buffer_set_text (description_buffer (f), "Desc", -1);
  click (child (f, "add_author_button"));
  gtk_editable_set_text (GTK_EDITABLE (author_widget (f, 1, "author-name")), "Grace");
  syl_test_wait_frame (GTK_WIDGET (f->dialog));
  set_text (f, "target_row", "45");
  close_dialog (f);
  g_assert_cmpint (target (f), ==, 45);
  g_assert_cmpuint (n_undo (f), ==, 5);

  f->dialog = open_dialog (f);
  description = description_text (f);
  g_assert_cmpstr (text_of (f, "title_row"), ==, "Reopened");
  g_assert_cmpstr (text_of (f, "target_row"), ==, "45 min");
  g_assert_cmpstr (description, ==, "Desc");
  assert_authors (f, SAMPLE_AUTHOR "|" SAMPLE_ABOUT ";Grace|");

  /* The new dialog undoes the steps made in the old one. */
  for (guint i = 0; i < 5; i++)
    undo (f);
  g_assert_cmpstr (text_of (f, "title_row"), ==, SAMPLE_TITLE);
  g_assert_cmpstr (text_of (f, "target_row"), ==, "");
  assert_authors (f, SAMPLE_AUTHOR "|" SAMPLE_ABOUT);
  assert_original (f);
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
  items = menu_items (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (button)));
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

  close_dialog (f);
  g_assert_true (course_item_sensitive (f->window));

  empty = syl_window_new (NULL);
  g_object_ref_sink (empty);
  gtk_window_present (GTK_WINDOW (empty));
  syl_test_wait_shown (GTK_WIDGET (empty));
  g_assert_false (course_item_sensitive (empty));
  gtk_widget_activate_action (GTK_WIDGET (empty), "win.course-properties", NULL);
  /* Had the action done anything, it would be done now. */
  syl_test_wait_idle ();
  g_assert_null (find_dialog ());
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
  g_test_add ("/course/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("shows-values", test_shows_values);
  ADD ("title-typed", test_title_typed);
  ADD ("steps-per-visit", test_steps_per_visit);
  ADD ("fields", test_fields);
  ADD ("description-typed", test_description_typed);
  ADD ("undo-keeps-cursor", test_undo_keeps_cursor);
  ADD ("language", test_language);
  ADD ("language-menu", test_language_menu);
  ADD ("target", test_target);
  ADD ("target-typed", test_target_typed);
  ADD ("target-invalid", test_target_invalid);
  ADD ("authors", test_authors);
  ADD ("authors-down-and-empty", test_authors_down_and_empty);
  ADD ("reopen", test_reopen);
  ADD ("menu-item", test_menu_item);
#undef ADD
  g_test_add_data_func ("/course/language-kept/well-formed", "zh-Hant-HK-x-priv1",
                        test_language_kept);
  g_test_add_data_func ("/course/language-kept/malformed", "zh_CN", test_language_kept);

  return g_test_run ();
}
