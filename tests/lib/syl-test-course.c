/* syl-test-course.c: a window open on the sample outline with its Course
 * Properties dialog, for the tests of the dialog
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-test-course.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"

/* The dialog on screen, if there is one. */
SylCourseDialog *
syl_test_course_find_dialog (void)
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
SylCourseDialog *
syl_test_course_open_dialog (SylTestCourse *f)
{
  SylCourseDialog *dialog;

  g_assert_null (syl_test_course_find_dialog ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.course-properties", NULL));
  dialog = syl_test_course_find_dialog ();
  g_assert_nonnull (dialog);
  syl_test_wait_shown (GTK_WIDGET (dialog));
  g_assert_true (syl_course_dialog_get_document (dialog) == f->document);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (dialog)));
  return dialog;
}

void
syl_test_course_close_dialog (SylTestCourse *f)
{
  gtk_window_close (GTK_WINDOW (f->dialog));
  g_assert_null (syl_test_course_find_dialog ());
  f->dialog = NULL;
  /* The window shows again what the dialog covered. */
  syl_test_wait_settled (f->window);
}

void
syl_test_course_open (SylTestCourse *f,
                      const char    *path)
{
  f->window = syl_test_open_window (path);
  f->document = syl_window_get_document (f->window);
  f->history = syl_document_get_history (f->document);
  f->original = syl_test_serialize (f->document);
  f->dialog = syl_test_course_open_dialog (f);
}

void
syl_test_course_setup (SylTestCourse *f,
                       gconstpointer  data)
{
  g_autofree char *path = syl_test_sample_path ();

  syl_test_course_open (f, path);
}

void
syl_test_course_teardown (SylTestCourse *f,
                          gconstpointer  data)
{
  if (f->dialog != NULL)
    syl_test_course_close_dialog (f);
  g_free (f->original);
  syl_test_close_window (f->window);
}

/* A widget of the dialog's template, by its id in the .ui file. */
GtkWidget *
syl_test_course_child (SylTestCourse *f,
                       const char    *id)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (f->dialog),
                                                   SYL_TYPE_COURSE_DIALOG, id);

  g_assert_nonnull (object);
  return GTK_WIDGET (object);
}

const char *
syl_test_course_text_of (SylTestCourse *f,
                         const char    *id)
{
  return gtk_editable_get_text (GTK_EDITABLE (syl_test_course_child (f, id)));
}

void
syl_test_course_set_text (SylTestCourse *f,
                          const char    *id,
                          const char    *text)
{
  gtk_editable_set_text (GTK_EDITABLE (syl_test_course_child (f, id)), text);
  syl_test_wait_frame (GTK_WIDGET (f->dialog));
}

/* Enter in an entry row. */
void
syl_test_course_activate (SylTestCourse *f,
                          const char    *id)
{
  GtkEditable *row = GTK_EDITABLE (syl_test_course_child (f, id));

  g_signal_emit_by_name (gtk_editable_get_delegate (row), "activate");
  syl_test_wait_frame (GTK_WIDGET (f->dialog));
}

GtkTextBuffer *
syl_test_course_description_buffer (SylTestCourse *f)
{
  GObject *buffer = gtk_widget_get_template_child (GTK_WIDGET (f->dialog), SYL_TYPE_COURSE_DIALOG,
                                                   "description_buffer");

  g_assert_true (GTK_IS_TEXT_BUFFER (buffer));
  return GTK_TEXT_BUFFER (buffer);
}


/* The dialog's one text view, the description's. */
GtkWidget *
syl_test_course_description_view (SylTestCourse *f)
{
  GtkWidget *view = syl_test_find_child_of_type (GTK_WIDGET (f->dialog), GTK_TYPE_TEXT_VIEW);

  g_assert_nonnull (view);
  g_assert_true (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)) ==
                 syl_test_course_description_buffer (f));
  return view;
}

char *
syl_test_course_description_text (SylTestCourse *f)
{
  GtkTextBuffer *buffer = syl_test_course_description_buffer (f);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
}

guint
syl_test_course_n_undo (SylTestCourse *f)
{
  return syl_history_get_n_undo (f->history);
}

/* Undo and redo through the dialog's own actions. */
void
syl_test_course_undo (SylTestCourse *f)
{
  g_assert_true (syl_history_get_can_undo (f->history));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->dialog), "course.undo", NULL));
  syl_test_wait_frame (GTK_WIDGET (f->dialog));
}

void
syl_test_course_redo (SylTestCourse *f)
{
  g_assert_true (syl_history_get_can_redo (f->history));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->dialog), "course.redo", NULL));
  syl_test_wait_frame (GTK_WIDGET (f->dialog));
}


/* The document is as it was opened. */
void
syl_test_course_assert_original (SylTestCourse *f)
{
  g_autofree char *now = syl_test_serialize (f->document);

  syl_test_assert_same_text (now, f->original);
}

/* Saves through the window's action and reads the file back as JSON. */
JsonObject *
syl_test_course_save_and_read (SylTestCourse *f)
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

void
syl_test_course_assert_saved_string (SylTestCourse *f,
                                     const char    *member,
                                     const char    *expected)
{
  g_autoptr(JsonObject) saved = syl_test_course_save_and_read (f);

  g_assert_cmpstr (json_object_get_string_member (saved, member), ==, expected);
}

/* The saved authors as "name|about;name|about". */
char *
syl_test_course_saved_authors (SylTestCourse *f)
{
  g_autoptr(JsonObject) saved = syl_test_course_save_and_read (f);
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
document_authors (SylTestCourse *f)
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
GtkWidget *
syl_test_course_author_list (SylTestCourse *f,
                             guint          index)
{
  GtkWidget *list = gtk_widget_get_first_child (syl_test_course_child (f, "authors_box"));

  for (guint i = 0; i < index && list != NULL; i++)
    list = gtk_widget_get_next_sibling (list);
  g_assert_nonnull (list);
  g_assert_cmpstr (gtk_widget_get_name (list), ==, "author");
  return list;
}

guint
syl_test_course_n_author_lists (SylTestCourse *f)
{
  guint n = 0;
  GtkWidget *box = syl_test_course_child (f, "authors_box");

  for (GtkWidget *list = gtk_widget_get_first_child (box); list != NULL;
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

GtkWidget *
syl_test_course_author_widget (SylTestCourse *f,
                               guint          index,
                               const char    *name)
{
  GtkWidget *widget = find_named (syl_test_course_author_list (f, index), name);

  g_assert_nonnull (widget);
  return widget;
}

/* The authors as the dialog shows them, in the form of document_authors(). */
static char *
shown_authors (SylTestCourse *f)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint n = syl_test_course_n_author_lists (f);

  for (guint i = 0; i < n; i++)
    {
      GtkWidget *name = syl_test_course_author_widget (f, i, "author-name");
      GtkWidget *about = syl_test_course_author_widget (f, i, "author-about");

      g_string_append_printf (out, "%s%s|%s", i ? ";" : "",
                              gtk_editable_get_text (GTK_EDITABLE (name)),
                              gtk_editable_get_text (GTK_EDITABLE (about)));
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

void
syl_test_course_assert_authors (SylTestCourse *f,
                                const char    *expected)
{
  g_autofree char *in_document = document_authors (f);
  g_autofree char *shown = shown_authors (f);

  g_assert_cmpstr (in_document, ==, expected);
  g_assert_cmpstr (shown, ==, expected);
}

void
syl_test_course_click (GtkWidget *button)
{
  /* The dialog, which outlives a button that removes its own row. */
  GtkWidget *dialog = GTK_WIDGET (gtk_widget_get_root (button));

  g_assert_true (gtk_widget_get_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  syl_test_wait_frame (dialog);
}

gboolean
syl_test_course_has_error (SylTestCourse *f,
                           const char    *id)
{
  return gtk_widget_has_css_class (syl_test_course_child (f, id), "error");
}

/* Gives the dialog the X input focus, and @widget the dialog's focus. */
void
syl_test_course_focus (SylTestCourse *f,
                       GtkWidget     *widget)
{
  syl_test_focus_x (GTK_WIDGET (f->dialog));
  g_assert_true (gtk_widget_grab_focus (widget));
  syl_test_wait_frame (widget);
}

GtkWidget *
syl_test_course_focused (SylTestCourse *f)
{
  return gtk_root_get_focus (GTK_ROOT (f->dialog));
}
