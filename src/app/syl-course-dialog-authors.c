/* syl-course-dialog-authors.c: the authors of the course, in the dialog
 *
 * One boxed list per author, with the name, the line about them and
 * buttons to move and remove them.  The lists follow the document's list
 * of authors: a list is built when an author comes and dropped when it
 * goes, never built again while the author stays, so that moving an author
 * or undoing a change elsewhere keeps the focus and the cursor.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-accessible.h"
#include "syl-course-dialog-private.h"

/* The rows of one author.  They live as long as the author is in the
 * document, however often it moves, so moving an author keeps the focus. */
typedef struct
{
  SylCourseDialog *dialog;
  SylAuthor       *author;
  GtkWidget       *list;
  GtkWidget       *name_row;
  GtkWidget       *about_row;
  GtkWidget       *up_button;
  GtkWidget       *down_button;
} AuthorRows;

static void
author_rows_free (gpointer data)
{
  AuthorRows *rows = data;

  if (rows == NULL)
    return;
  g_signal_handlers_disconnect_by_data (rows->author, rows);
  gtk_box_remove (rows->dialog->authors_box, rows->list);
  g_object_unref (rows->author);
  g_free (rows);
}

static void
show_author (AuthorRows *rows)
{
  SylCourseDialog *self = rows->dialog;

  _syl_course_dialog_show_text (self, GTK_EDITABLE (rows->name_row),
                                syl_author_get_name (rows->author));
  _syl_course_dialog_show_text (self, GTK_EDITABLE (rows->about_row),
                                syl_author_get_about (rows->author));
}

static void
author_notify_cb (SylAuthor  *author,
                  GParamSpec *pspec,
                  AuthorRows *rows)
{
  show_author (rows);
}

static void
name_changed_cb (GtkEditable *editable,
                 AuthorRows  *rows)
{
  _syl_course_dialog_set_string (rows->dialog, rows->author, "name",
                                 gtk_editable_get_text (editable));
}

static void
about_changed_cb (GtkEditable *editable,
                  AuthorRows  *rows)
{
  _syl_course_dialog_set_string (rows->dialog, rows->author, "about",
                                 gtk_editable_get_text (editable));
}

static int
author_index (AuthorRows *rows)
{
  guint index;

  return g_ptr_array_find (rows->dialog->author_rows, rows, &index) ? (int) index : -1;
}

/* Moves the author by @delta places.  The rows move with it, and the
 * focus stays on a button of theirs. */
static void
move_author (AuthorRows *rows,
             int         delta,
             GtkWidget  *button)
{
  SylCourseDialog *self = rows->dialog;
  int index = author_index (rows);
  int n = (int) self->author_rows->len;

  if (index < 0 || index + delta < 0 || index + delta >= n)
    return;
  syl_document_move_author (self->document, index, index + delta);
  if (!gtk_widget_get_sensitive (button))
    gtk_widget_grab_focus (button == rows->up_button ? rows->down_button : rows->up_button);
}

static void
up_clicked_cb (GtkButton  *button,
               AuthorRows *rows)
{
  move_author (rows, -1, GTK_WIDGET (button));
}

static void
down_clicked_cb (GtkButton  *button,
                 AuthorRows *rows)
{
  move_author (rows, 1, GTK_WIDGET (button));
}

/* The removed author's rows go; the focus goes to the author that takes
 * its place, or to Add Author when none is left. */
static void
remove_clicked_cb (GtkButton  *button,
                   AuthorRows *rows)
{
  SylCourseDialog *self = rows->dialog;
  int index = author_index (rows);
  AuthorRows *next;
  guint n;

  if (index < 0)
    return;
  /* This frees @rows. */
  syl_document_remove_author (self->document, index);
  n = self->author_rows->len;
  if (n == 0)
    {
      gtk_widget_grab_focus (self->add_author_button);
      return;
    }
  next = g_ptr_array_index (self->author_rows, MIN ((guint) index, n - 1));
  gtk_widget_grab_focus (next->name_row);
}

static GtkWidget *
new_author_button (const char *icon_name,
                   const char *label,
                   const char *name)
{
  GtkWidget *button = syl_icon_button_new (icon_name, label);

  gtk_widget_set_name (button, name);
  return button;
}

static GtkWidget *
new_author_row (const char *title,
                const char *name)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  /* The document's history is the only one: see the class's Ctrl+Z. */
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
  gtk_widget_set_name (row, name);
  return row;
}

/* One boxed list per author: the name with the buttons that move and
 * remove the author, then the line about them. */
static AuthorRows *
author_rows_new (SylCourseDialog *self,
                 SylAuthor       *author)
{
  AuthorRows *rows = g_new0 (AuthorRows, 1);
  GtkWidget *remove_button;

  rows->dialog = self;
  rows->author = g_object_ref (author);
  rows->list = gtk_list_box_new ();
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (rows->list), GTK_SELECTION_NONE);
  gtk_widget_add_css_class (rows->list, "boxed-list");
  gtk_widget_set_name (rows->list, "author");
  rows->name_row = new_author_row (_("Name"), "author-name");
  rows->about_row = new_author_row (_("About"), "author-about");
  rows->up_button = new_author_button ("go-up-symbolic", _("Move Up"), "author-up");
  rows->down_button = new_author_button ("go-down-symbolic", _("Move Down"), "author-down");
  remove_button = new_author_button ("user-trash-symbolic", _("Remove Author"), "author-remove");
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (rows->name_row), rows->up_button);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (rows->name_row), rows->down_button);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (rows->name_row), remove_button);
  gtk_list_box_append (GTK_LIST_BOX (rows->list), rows->name_row);
  gtk_list_box_append (GTK_LIST_BOX (rows->list), rows->about_row);
  gtk_box_append (self->authors_box, rows->list);
  show_author (rows);

  g_signal_connect (author, "notify", G_CALLBACK (author_notify_cb), rows);
  g_signal_connect (rows->name_row, "changed", G_CALLBACK (name_changed_cb), rows);
  g_signal_connect (rows->about_row, "changed", G_CALLBACK (about_changed_cb), rows);
  g_signal_connect (rows->up_button, "clicked", G_CALLBACK (up_clicked_cb), rows);
  g_signal_connect (rows->down_button, "clicked", G_CALLBACK (down_clicked_cb), rows);
  g_signal_connect (remove_button, "clicked", G_CALLBACK (remove_clicked_cb), rows);
  return rows;
}

/* Takes the rows already showing @author out of the old list, if any. */
static AuthorRows *
steal_author_rows (SylCourseDialog *self,
                   SylAuthor       *author)
{
  for (guint i = 0; self->author_rows != NULL && i < self->author_rows->len; i++)
    {
      AuthorRows *rows = g_ptr_array_index (self->author_rows, i);

      if (rows != NULL && rows->author == author)
        {
          g_ptr_array_index (self->author_rows, i) = NULL;
          return rows;
        }
    }
  return NULL;
}

/* Matches the author rows to the document's list: rows of authors still
 * there are kept and put in order, new authors get rows, and the rows of
 * removed authors go. */
void
_syl_course_dialog_sync_authors (SylCourseDialog *self)
{
  GListModel *authors = syl_document_get_authors (self->document);
  guint n = g_list_model_get_n_items (authors);
  GPtrArray *rows = g_ptr_array_new_full (n, author_rows_free);
  GtkWidget *previous = NULL;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylAuthor) author = g_list_model_get_item (authors, i);
      AuthorRows *entry = steal_author_rows (self, author);

      if (entry == NULL)
        entry = author_rows_new (self, author);
      if (gtk_widget_get_prev_sibling (entry->list) != previous)
        gtk_box_reorder_child_after (self->authors_box, entry->list, previous);
      gtk_widget_set_sensitive (entry->up_button, i > 0);
      gtk_widget_set_sensitive (entry->down_button, i + 1 < n);
      g_ptr_array_add (rows, entry);
      previous = entry->list;
    }
  g_clear_pointer (&self->author_rows, g_ptr_array_unref);
  self->author_rows = rows;
  self->authors_dirty = FALSE;
  adw_preferences_group_set_description (self->authors_group,
                                         n == 0 ? _("No authors yet.") : NULL);
}

/* Adds an empty author at the end, and puts the cursor in its name. */
void
_syl_course_dialog_add_author (SylCourseDialog *self)
{
  guint n = g_list_model_get_n_items (syl_document_get_authors (self->document));
  g_autoptr(SylAuthor) author = syl_author_new ("", "");
  AuthorRows *rows;

  syl_document_insert_author (self->document, n, author);
  g_return_if_fail (n < self->author_rows->len);
  rows = g_ptr_array_index (self->author_rows, n);
  gtk_widget_grab_focus (rows->name_row);
}
