/* test-import-dialog.c: File → Import… in a window, under Xvfb
 *
 * Each test opens the sample outline in a real window and imports a file
 * as the menu item does after its file chooser: the dialog shows the tree
 * and the warnings before anything changes, then inserts into the outline
 * as one undoable step, or opens a new outline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <cairo-pdf.h>
#include <glib/gstdio.h>
#include <string.h>

#include "syl-import-dialog.h"
#include "syl-test-gui.h"
#include "syl-test-office.h"
#include "syl-test-util.h"

typedef struct
{
  SylWindow   *window;
  SylDocument *document;
  char        *original;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = syl_test_sample_path ();

  f->window = syl_test_open_window (path);
  f->document = syl_window_get_document (f->window);
  f->original = syl_test_serialize (f->document);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_free (f->original);
  syl_test_close_window (f->window);
}

static GFile *
data_file (const char *name)
{
  g_autofree char *path = syl_test_data_path ("import", name, NULL);

  return g_file_new_for_path (path);
}

static void
assert_original (Fixture *f)
{
  g_autofree char *now = syl_test_serialize (f->document);

  syl_test_assert_same_text (now, f->original);
}

/* A visible toplevel of @type other than @except. */
static GtkWindow *
find_window (GType      type,
             GtkWindow *except)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && window != except &&
          gtk_widget_get_visible (GTK_WIDGET (window)))
        return window;
    }
  return NULL;
}

static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  if (GTK_IS_BUTTON (widget) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), label) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_button (child, label);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkWidget *
find_child_of_type (GtkWidget *widget,
                    GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_child_of_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static SylImportDialog *
import_file (Fixture *f,
             GFile   *file)
{
  GtkWidget *dialog = syl_window_import_file (f->window, file);

  g_assert_nonnull (dialog);
  syl_test_wait_shown (dialog);
  g_assert_true (find_window (SYL_TYPE_IMPORT_DIALOG, NULL) == GTK_WINDOW (dialog));
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (dialog)) == GTK_WINDOW (f->window));
  return SYL_IMPORT_DIALOG (dialog);
}

static SylImportDialog *
import (Fixture    *f,
        const char *name)
{
  g_autoptr(GFile) file = data_file (name);

  return import_file (f, file);
}

static gboolean
dialog_closed (gpointer data)
{
  return find_window (SYL_TYPE_IMPORT_DIALOG, NULL) == NULL;
}

/* Clicks one of the buttons that close the dialog, Import or Cancel. */
static void
click (SylImportDialog *dialog,
       const char      *label)
{
  GtkWidget *button = find_button (GTK_WIDGET (dialog), label);

  g_assert_nonnull (button);
  /* A button activated from the keyboard shows itself pressed for a
   * moment before it emits ::clicked, and the dialog closes. */
  gtk_widget_activate (button);
  syl_test_await (dialog_closed, NULL);
  syl_test_wait_redrawn ();
}

/* “1 Title”, “  1.1 Title [discussion]”: the preview as it is drawn. */
static char *
preview_text (SylImportDialog *dialog)
{
  GListModel *rows = syl_import_dialog_get_preview (dialog);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GtkTreeListRow) row = g_list_model_get_item (rows, i);
      g_autoptr(SylNode) node = gtk_tree_list_row_get_item (row);
      g_autofree char *number = syl_node_dup_number (node);

      for (guint d = 0; d < gtk_tree_list_row_get_depth (row); d++)
        g_string_append (out, "  ");
      g_string_append_printf (out, "%s %s", number, syl_node_get_title (node));
      if (syl_node_get_kind (node) != SYL_NODE_KIND_SECTION)
        g_string_append_printf (out, " [%s]", syl_node_kind_to_string (syl_node_get_kind (node)));
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

/* The preview and the warnings are shown before anything changes; the
 * insert goes below the selected node, selects what came in, and a single
 * undo takes it all back out. */
static void
test_insert_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  SylHistory *history = syl_document_get_history (f->document);
  SylNode *target = syl_test_node_at (f->window, "1.4");
  SylImportDialog *dialog;
  g_autofree char *preview = NULL;
  g_autoptr(GPtrArray) selected = NULL;
  GListModel *warnings;

  syl_test_select (f->window, "1.4");
  dialog = import (f, "text/markers.txt");

  preview = preview_text (dialog);
  g_assert_cmpstr (preview, ==,
                   "1 概述\n"
                   "  1.1 AI 会有自我意识吗？ [discussion]\n"
                   "  1.2 数据从哪里来 [discussion]\n"
                   "  1.3 附件——艺术作品 [example]\n"
                   "  1.4 某银行的转型 [example]\n"
                   "  1.5 进阶内容\n"
                   "2 English\n"
                   "  2.1 Will it replace analysts? [discussion]\n"
                   "  2.2 A retail case study [example]\n"
                   "  2.3 Plain\n");
  warnings = syl_import_dialog_get_warnings (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (warnings), ==, 0);
  g_assert_false (gtk_widget_get_visible (find_child_of_type (GTK_WIDGET (dialog),
                                                              GTK_TYPE_EXPANDER)));
  /* Nothing has changed yet, and a new outline is what is offered first. */
  assert_original (f);
  g_assert_false (syl_import_dialog_get_insert (dialog));

  syl_import_dialog_set_insert (dialog, TRUE);
  click (dialog, "_Import");
  g_assert_null (find_window (SYL_TYPE_IMPORT_DIALOG, NULL));

  g_assert_cmpuint (syl_node_get_n_children (target), ==, 3 + 2);
  g_assert_cmpstr (syl_node_get_title (syl_test_node_at (f->window, "1.4.4")), ==, "概述");
  g_assert_cmpstr (syl_node_get_title (syl_test_node_at (f->window, "1.4.5.2")), ==,
                   "A retail case study");
  g_assert_cmpint (syl_node_get_kind (syl_test_node_at (f->window, "1.4.4.1")), ==,
                   SYL_NODE_KIND_DISCUSSION);
  selected = syl_test_selected (f->window);
  g_assert_cmpuint (selected->len, ==, 2);
  g_assert_true (g_ptr_array_index (selected, 0) == syl_test_node_at (f->window, "1.4.4"));
  g_assert_cmpuint (syl_history_get_n_undo (history), ==, 1);
  g_assert_true (syl_document_get_modified (f->document));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  syl_test_wait_settled (f->window);
  assert_original (f);
  g_assert_false (syl_document_get_modified (f->document));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
  syl_test_wait_settled (f->window);
  g_assert_cmpuint (syl_node_get_n_children (target), ==, 5);
}

/* Warnings are listed with their lines, in the order of the file. */
static void
test_warnings (Fixture       *f,
               gconstpointer  data)
{
  SylImportDialog *dialog = import (f, "text/skips.txt");
  GListModel *warnings = syl_import_dialog_get_warnings (dialog);
  GtkWidget *expander = find_child_of_type (GTK_WIDGET (dialog), GTK_TYPE_EXPANDER);
  static const char * const expected[] = {
    "Line 3: the numbering skips from 1.1 to 1.3",
    "Line 4: this line has no number; it was placed after the heading above it, at the same level",
    "Line 7: the numbering skips from 一、 to 三、",
    "Line 10: this line is indented between two levels; it was placed at the deeper one",
    "Line 12: the level of heading 4.1.1 is unclear: nothing at level 2 comes before it; it was "
    "placed at level 2",
    "Line 12: the numbering skips from 4 to 4.1.1",
  };

  g_assert_true (gtk_widget_get_visible (expander));
  g_assert_cmpstr (gtk_expander_get_label (GTK_EXPANDER (expander)), ==, "6 Warnings");
  g_assert_cmpuint (g_list_model_get_n_items (warnings), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(GtkStringObject) warning = g_list_model_get_item (warnings, i);

      g_assert_cmpstr (gtk_string_object_get_string (warning), ==, expected[i]);
    }

  click (dialog, "_Cancel");
  g_assert_null (find_window (SYL_TYPE_IMPORT_DIALOG, NULL));
  assert_original (f);
  g_assert_false (syl_history_get_can_undo (syl_document_get_history (f->document)));
}

/* The label whose text starts with @start. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *start)
{
  if (GTK_IS_LABEL (widget) && g_str_has_prefix (gtk_label_get_text (GTK_LABEL (widget)), start))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, start);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static char *
line_role (SylImportDialog *dialog,
           guint            line)
{
  g_autoptr(GtkStringObject) role = g_list_model_get_item (syl_import_dialog_get_lines (dialog),
                                                           line - 1);

  return g_strdup (gtk_string_object_get_string (role));
}

/* Lines says what each line of the file became, the page furniture and
 * the contents page too, and the summary counts what was left out. */
static void
test_lines (Fixture       *f,
            gconstpointer  data)
{
  SylImportDialog *dialog = import (f, "text/page-furniture.txt");
  static const struct { guint line; const char *role; } expected[] = {
    { 1, "Course title" }, { 2, "" }, { 3, "Contents page" }, { 6, "Contents page" },
    { 9, "Page header or footer" }, { 11, "Level 1" }, { 12, "Notes" },
    { 13, "Notes" }, { 15, "Level 2" }, { 29, "Page header or footer" },
  };
  GtkWidget *lists = find_child_of_type (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW);
  GtkWidget *label = find_label (GTK_WIDGET (dialog), "“page-furniture.txt” gives");

  g_assert_cmpuint (g_list_model_get_n_items (syl_import_dialog_get_lines (dialog)), ==, 30);
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autofree char *role = line_role (dialog, expected[i].line);

      g_assert_cmpstr (role, ==, expected[i].role);
    }
  /* Nothing to choose: the choice is not offered. */
  g_assert_false (gtk_widget_is_visible (lists));
  g_assert_nonnull (label);
  g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (label)),
                            "12 lines of page headers, footers, page numbers or contents are "
                            "left out; Lines shows which."));

  click (dialog, "_Cancel");
  assert_original (f);
}

/* Headings of two levels with lists under them: the lists are notes at
 * first; choosing items reads the file again, and the preview, the lines
 * and what Import opens follow the choice. */
static void
test_lists_choice (Fixture       *f,
                   gconstpointer  data)
{
  SylImportDialog *dialog = import (f, "md/labels-notes.md");
  GtkWidget *lists = find_child_of_type (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW);
  g_autofree char *before = preview_text (dialog);
  g_autofree char *after = NULL;
  g_autofree char *role = NULL;
  GtkWindow *other;
  SylDocument *document;

  g_assert_true (gtk_widget_is_visible (lists));
  /* Read as each list reads, which makes these lists notes. */
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (lists)), ==, 0);
  g_assert_cmpint (syl_import_result_get_lists (syl_import_dialog_get_result (dialog)), ==,
                   SYL_IMPORT_LISTS_NOTES);
  g_assert_cmpstr (before, ==,
                   "1 Week 1: Foundations\n  1.1 Types\n  1.2 Cleaning\n"
                   "2 Week 2: Models\n  2.1 Linear models\n");
  role = line_role (dialog, 17);
  g_assert_cmpstr (role, ==, "Notes");

  adw_combo_row_set_selected (ADW_COMBO_ROW (lists), 1);
  syl_test_wait_redrawn ();
  after = preview_text (dialog);
  g_assert_cmpstr (after, ==,
                   "1 Week 1: Foundations\n  1.1 Types\n    1.1.1 numbers\n    1.1.2 text\n"
                   "  1.2 Cleaning\n2 Week 2: Models\n  2.1 Linear models\n"
                   "    2.1.1 least squares\n");
  g_clear_pointer (&role, g_free);
  role = line_role (dialog, 17);
  g_assert_cmpstr (role, ==, "Level 3");
  g_assert_cmpint (syl_import_result_get_lists (syl_import_dialog_get_result (dialog)), ==,
                   SYL_IMPORT_LISTS_SECTIONS);

  click (dialog, "_Import");
  other = find_window (SYL_TYPE_WINDOW, GTK_WINDOW (f->window));
  g_assert_nonnull (other);
  document = syl_window_get_document (SYL_WINDOW (other));
  g_assert_cmpuint (syl_document_get_n_nodes (document), ==, 8);
  assert_original (f);
  gtk_window_destroy (other);
  syl_test_wait_idle ();
}

/* A Word document goes through the same dialog: its heading styles make
 * the preview, a marked paragraph a node of its kind. */
static void
test_docx (Fixture       *f,
           gconstpointer  data)
{
  g_autofree char *dir = syl_test_make_temp_dir ("syl-import-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "course.docx", NULL);
  g_autoptr(GBytes) package = syl_test_docx (SYL_DOCX_PS ("Heading1", "部署")
                                             SYL_DOCX_PS ("Heading2", "容器")
                                             SYL_DOCX_P ("【思考】为什么用容器？"));
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SylImportDialog *dialog;
  g_autofree char *preview = NULL;

  g_file_set_contents (path, g_bytes_get_data (package, NULL), g_bytes_get_size (package),
                       &error);
  g_assert_no_error (error);
  dialog = import_file (f, file);
  preview = preview_text (dialog);
  g_assert_cmpstr (preview, ==, "1 部署\n  1.1 容器\n    1.1.1 为什么用容器？ [discussion]\n");
  g_assert_cmpuint (g_list_model_get_n_items (syl_import_dialog_get_warnings (dialog)), ==, 0);

  click (dialog, "_Cancel");
  assert_original (f);
  syl_test_remove_tree (dir);
}

/* A Word document whose lists under headings could be either gets the
 * same choice as Markdown: as each list reads, at first, a list of titles
 * is the outline below its heading and a list of sentences notes; as
 * items, both are nodes; as notes, neither; and back. */
static void
test_docx_lists_choice (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *dir = syl_test_make_temp_dir ("syl-import-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "course.docx", NULL);
  g_autoptr(GBytes) package = syl_test_docx (SYL_DOCX_PS ("Heading1", "Week One")
                                             SYL_DOCX_PL ("1", "0", "Variables")
                                             SYL_DOCX_PL ("1", "0", "Loops")
                                             SYL_DOCX_PS ("Heading1", "Policies")
                                             SYL_DOCX_PL ("1", "0", "Come to every class; two absences are allowed.")
                                             SYL_DOCX_PL ("1", "0", "Late work loses a grade a day."));
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SylImportDialog *dialog;
  GtkWidget *lists;
  g_autofree char *first = NULL;
  g_autofree char *sections = NULL;
  g_autofree char *notes = NULL;

  g_file_set_contents (path, g_bytes_get_data (package, NULL), g_bytes_get_size (package),
                       &error);
  g_assert_no_error (error);
  dialog = import_file (f, file);
  lists = find_child_of_type (GTK_WIDGET (dialog), ADW_TYPE_COMBO_ROW);
  g_assert_true (gtk_widget_is_visible (lists));
  g_assert_cmpuint (adw_combo_row_get_selected (ADW_COMBO_ROW (lists)), ==, 0);
  first = preview_text (dialog);
  g_assert_cmpstr (first, ==, "1 Week One\n  1.1 Variables\n  1.2 Loops\n2 Policies\n");

  adw_combo_row_set_selected (ADW_COMBO_ROW (lists), 1);
  syl_test_wait_redrawn ();
  sections = preview_text (dialog);
  g_assert_cmpstr (sections, ==,
                   "1 Week One\n  1.1 Variables\n  1.2 Loops\n2 Policies\n"
                   "  2.1 Come to every class; two absences are allowed.\n"
                   "  2.2 Late work loses a grade a day.\n");

  adw_combo_row_set_selected (ADW_COMBO_ROW (lists), 2);
  syl_test_wait_redrawn ();
  notes = preview_text (dialog);
  g_assert_cmpstr (notes, ==, "1 Week One\n2 Policies\n");

  adw_combo_row_set_selected (ADW_COMBO_ROW (lists), 0);
  syl_test_wait_redrawn ();
  g_clear_pointer (&first, g_free);
  first = preview_text (dialog);
  g_assert_cmpstr (first, ==, "1 Week One\n  1.1 Variables\n  1.2 Loops\n2 Policies\n");

  click (dialog, "_Cancel");
  assert_original (f);
  syl_test_remove_tree (dir);
}

/* A new outline opens in a window of its own, with the course's title
 * and author; the open outline is not touched. */
static void
test_new_outline (Fixture       *f,
                  gconstpointer  data)
{
  SylImportDialog *dialog = import (f, "pdf/title-block.txt");
  GtkWindow *other;
  SylDocument *document;
  g_autofree char *dump = NULL;

  click (dialog, "_Import");
  other = find_window (SYL_TYPE_WINDOW, GTK_WINDOW (f->window));
  g_assert_nonnull (other);
  document = syl_window_get_document (SYL_WINDOW (other));
  g_assert_true (document != f->document);
  g_assert_cmpstr (syl_document_get_title (document), ==, "企业数字化转型的方法与实践");
  dump = syl_test_dump (document);
  g_assert_cmpstr (dump, ==, "为什么要转型 (外部环境的变化 内部效率) 怎么转型");
  g_assert_null (syl_document_get_file (document));
  assert_original (f);
  gtk_window_destroy (other);
  syl_test_wait_idle ();
}

/* In a window without an outline, the new outline opens right there, and
 * inserting is not offered. */
static void
test_empty_window (void)
{
  g_autoptr(GFile) file = data_file ("opml/basic.opml");
  SylWindow *window = syl_window_new (NULL);
  GtkWidget *dialog;

  g_object_ref_sink (window);
  gtk_window_present (GTK_WINDOW (window));
  syl_test_wait_shown (GTK_WIDGET (window));
  dialog = syl_window_import_file (window, file);
  g_assert_nonnull (dialog);
  syl_test_wait_shown (dialog);
  syl_import_dialog_set_insert (SYL_IMPORT_DIALOG (dialog), TRUE);
  g_assert_false (syl_import_dialog_get_insert (SYL_IMPORT_DIALOG (dialog)));
  click (SYL_IMPORT_DIALOG (dialog), "_Import");

  g_assert_nonnull (syl_window_get_document (window));
  g_assert_cmpstr (syl_document_get_title (syl_window_get_document (window)), ==,
                   "Project Kickoff");
  g_assert_null (find_window (SYL_TYPE_WINDOW, GTK_WINDOW (window)));
  syl_test_close_window (window);
}

/* A file that cannot be read opens no dialog: a message says why. */
static void
test_refused (Fixture       *f,
              gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("syl-import-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "notes.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWindow *message;

  g_assert_true (g_file_set_contents (path, "1 A\0\0\0\x01\x02", 8, NULL));
  g_assert_null (syl_window_import_file (f->window, file));
  syl_test_wait_redrawn ();
  g_assert_null (find_window (SYL_TYPE_IMPORT_DIALOG, NULL));
  message = find_window (ADW_TYPE_MESSAGE_DIALOG, NULL);
  g_assert_nonnull (message);
  g_assert_cmpstr (adw_message_dialog_get_heading (ADW_MESSAGE_DIALOG (message)), ==,
                   "Could Not Import “notes.txt”");
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (message)), ==,
                   "notes.txt: this is binary data, not text");
  gtk_window_destroy (message);
  assert_original (f);
  g_remove (path);
  g_rmdir (dir);
}

/* A PDF of two chapters and a section, with bookmarks, written by cairo
 * to @path. */
static void
write_pdf (const char *path)
{
  static const struct { const char *title; double size; double y; int level; } lines[] = {
    { "1 Introduction", 18, 100, 1 },
    { "1.1 Why it matters", 14, 140, 2 },
    { "2 Practice", 18, 200, 1 },
  };
  cairo_surface_t *surface = cairo_pdf_surface_create (path, 595, 842);
  cairo_t *cr = cairo_create (surface);
  int parent = CAIRO_PDF_OUTLINE_ROOT;

  for (guint i = 0; i < G_N_ELEMENTS (lines); i++)
    {
      g_autofree char *dest = g_strdup_printf ("page=1 pos=[0 %d]", (int) lines[i].y - 20);
      int id;

      cairo_set_font_size (cr, lines[i].size);
      cairo_move_to (cr, 60, lines[i].y);
      cairo_show_text (cr, lines[i].title);
      id = cairo_pdf_surface_add_outline (surface, lines[i].level == 1 ? CAIRO_PDF_OUTLINE_ROOT
                                                                        : parent,
                                          lines[i].title, dest, 0);
      if (lines[i].level == 1)
        parent = id;
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
}

/* A PDF is previewed as its bookmarks are nested; a damaged one is
 * refused with a message that says so. */
static void
test_pdf (Fixture       *f,
          gconstpointer  data)
{
  g_autofree char *dir = g_dir_make_tmp ("syl-import-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "course.pdf", NULL);
  g_autofree char *damaged = g_build_filename (dir, "damaged.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) damaged_file = g_file_new_for_path (damaged);
  GtkWidget *dialog;
  GtkWindow *message;
  g_autofree char *preview = NULL;

  write_pdf (path);
  dialog = syl_window_import_file (f->window, file);
  g_assert_nonnull (dialog);
  syl_test_wait_shown (dialog);
  preview = preview_text (SYL_IMPORT_DIALOG (dialog));
  g_assert_cmpstr (preview, ==, "1 Introduction\n  1.1 Why it matters\n2 Practice\n");
  click (SYL_IMPORT_DIALOG (dialog), "_Cancel");
  assert_original (f);

  g_assert_true (g_file_set_contents (damaged, "%PDF-1.4\n1 0 obj <<", -1, NULL));
  g_assert_null (syl_window_import_file (f->window, damaged_file));
  syl_test_wait_redrawn ();
  message = find_window (ADW_TYPE_MESSAGE_DIALOG, NULL);
  g_assert_nonnull (message);
  g_assert_cmpstr (adw_message_dialog_get_body (ADW_MESSAGE_DIALOG (message)), ==,
                   "damaged.pdf: this PDF file is damaged or is not a PDF file");
  gtk_window_destroy (message);
  assert_original (f);
  syl_test_remove_tree (dir);
}

/* The menu has the item, and the window the action. */
static void
test_menu (Fixture       *f,
           gconstpointer  data)
{
  GtkWidget *menu_button = find_child_of_type (GTK_WIDGET (f->window), GTK_TYPE_MENU_BUTTON);
  GMenuModel *menu = gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (menu_button));
  gboolean found = FALSE;

  for (int s = 0; s < g_menu_model_get_n_items (menu) && !found; s++)
    {
      GMenuModel *section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

      for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section); i++)
        {
          g_autofree char *action = NULL;

          if (g_menu_model_get_item_attribute (section, i, G_MENU_ATTRIBUTE_ACTION, "s", &action) &&
              strcmp (action, "win.import") == 0)
            found = TRUE;
        }
      g_clear_object (&section);
    }
  g_assert_true (found);
}

int
main (int   argc,
      char *argv[])
{
  syl_test_gui_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/import-dialog/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("insert-and-undo", test_insert_and_undo);
  ADD ("warnings", test_warnings);
  ADD ("new-outline", test_new_outline);
  ADD ("lines", test_lines);
  ADD ("lists-choice", test_lists_choice);
  ADD ("docx-lists-choice", test_docx_lists_choice);
  ADD ("docx", test_docx);
  ADD ("refused", test_refused);
  ADD ("pdf", test_pdf);
  ADD ("menu", test_menu);
#undef ADD
  g_test_add_func ("/import-dialog/empty-window", test_empty_window);

  return g_test_run ();
}
