/* test-long-work-window.c: long work in the background, under Xvfb
 *
 * A PDF export of a large generated outline runs while the window goes
 * on drawing frames and the outline's selection changes; its bar shows
 * and fills; Cancel leaves nothing in the folder.  A finished export
 * writes what the core's export writes; a merge gives what a merge in the
 * core gives, in one step, with the window read-only meanwhile; an import
 * of a large file goes the same way; and a window closed during an
 * export is freed at once, the export stopping behind it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "syl-clipboard.h"
#include "syl-export-dialog.h"
#include "syl-import-dialog.h"
#include "syl-merge.h"
#include "syl-node-pane.h"
#include "syl-pdf.h"
#include "syl-test-gen.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"
#include "syl-test-wait.h"

/* Enough nodes for a PDF that takes seconds. */
#define LARGE_OUTLINE 3000
/* How long a test waits for a job on that outline: longer than for what
 * the window does at once, since the machine may be busy. */
#define JOB_WAIT_MS 120000

/* The rows of the format list, as syl-export-dialog.ui orders them. */
enum { ROW_PDF, ROW_HTML };

typedef struct
{
  SylWindow *window;
  char      *dir;
  char      *path;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  gboolean large = GPOINTER_TO_INT (data);

  f->dir = syl_test_make_temp_dir ("syl-test-long-work-XXXXXX");
  f->path = g_build_filename (f->dir, "course.syllabus.json", NULL);
  if (large)
    {
      g_autofree char *text = syl_test_gen_outline (LARGE_OUTLINE, 3, NULL, NULL);

      syl_test_write_text (f->path, text);
    }
  else
    {
      g_autofree char *sample = syl_test_sample_path ();
      g_autofree char *text = syl_test_read_text (sample);

      syl_test_write_text (f->path, text);
    }
  f->window = syl_test_open_window (f->path);
}

static gboolean
no_jobs (gpointer data)
{
  return syl_window_jobs_running () == 0;
}

/* Closes the dialogs a test left open. */
static void
close_dialogs (Fixture *f)
{
  g_autoptr(GListModel) toplevels = g_object_ref (gtk_window_get_toplevels ());

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (window != GTK_WINDOW (f->window))
        gtk_window_destroy (window);
    }
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  close_dialogs (f);
  if (f->window != NULL)
    syl_test_close_window (f->window);
  g_assert_true (syl_test_wait_for (no_jobs, NULL, JOB_WAIT_MS));
  syl_test_remove_tree (f->dir);
  g_free (f->path);
  g_free (f->dir);
}

static gboolean
idle_cb (gpointer window)
{
  return !syl_window_is_busy (window);
}

static void
wait_until_idle (Fixture *f)
{
  g_assert_true (syl_test_wait_for (idle_cb, f->window, JOB_WAIT_MS));
}

/* Starts an export as the dialog does once a file is chosen. */
static GFile *
start_export (Fixture    *f,
              guint       row,
              const char *name)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);
  GFile *file = g_file_new_for_path (path);
  SylExportDialog *dialog;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export", NULL));
  dialog = (SylExportDialog *) syl_test_find_toplevel (SYL_TYPE_EXPORT_DIALOG);
  g_assert_nonnull (dialog);
  adw_combo_row_set_selected (ADW_COMBO_ROW (gtk_widget_get_template_child (
                                GTK_WIDGET (dialog), SYL_TYPE_EXPORT_DIALOG, "format_row")), row);
  syl_export_dialog_choose_file (dialog, file);
  return file;
}

static GtkRevealer *
job_bar (Fixture *f)
{
  GtkWidget *bar = gtk_widget_get_ancestor (GTK_WIDGET (syl_window_get_job_progress (f->window)),
                                            GTK_TYPE_REVEALER);

  g_assert_nonnull (bar);
  return GTK_REVEALER (bar);
}

static const char *
job_label (Fixture *f)
{
  GtkWidget *label = gtk_widget_get_prev_sibling (GTK_WIDGET (syl_window_get_job_progress (f->window)));

  g_assert_true (GTK_IS_LABEL (label));
  return gtk_label_get_text (GTK_LABEL (label));
}

/* The names in the test's folder, sorted and joined with spaces. */
static char *
folder_names (Fixture *f)
{
  g_autoptr(GPtrArray) names = syl_test_list_names (f->dir, NULL);

  g_ptr_array_add (names, NULL);
  return g_strjoinv (" ", (char **) names->pdata);
}

static gboolean
count_tick_cb (GtkWidget     *widget,
               GdkFrameClock *clock,
               gpointer       user_data)
{
  (*(guint *) user_data)++;
  return G_SOURCE_CONTINUE;
}

typedef struct
{
  Fixture *f;
  double   above;
} Above;

static gboolean
progress_above (gpointer data)
{
  Above *above = data;

  return gtk_progress_bar_get_fraction (syl_window_get_job_progress (above->f->window)) >
         above->above;
}

/* The PDF of a large outline: the bar shows and fills while frames go
 * on being drawn and the selection moves; Cancel stops it, and leaves no
 * file, no temporary, and the export possible again. */
static void
test_pdf_cancel (Fixture       *f,
                 gconstpointer  data)
{
  g_autoptr(GFile) file = NULL;
  g_autoptr(GPtrArray) selected = NULL;
  g_autofree char *names = NULL;
  GtkProgressBar *progress = syl_window_get_job_progress (f->window);
  Above above = { f, 0.01 };
  guint ticks = 0;
  guint ticks_before;
  guint tick_id;
  double fraction;
  GtkWidget *cancel;

  file = start_export (f, ROW_PDF, "course.pdf");
  g_assert_null (syl_test_find_toplevel (SYL_TYPE_EXPORT_DIALOG));
  g_assert_true (syl_window_is_busy (f->window));
  g_assert_true (gtk_revealer_get_reveal_child (job_bar (f)));
  g_assert_cmpstr (job_label (f), ==, "Exporting “course.pdf”…");

  /* The window draws frames while the fraction grows. */
  tick_id = gtk_widget_add_tick_callback (GTK_WIDGET (f->window), count_tick_cb, &ticks, NULL);
  g_assert_true (syl_test_wait_for (progress_above, &above, JOB_WAIT_MS));
  fraction = gtk_progress_bar_get_fraction (progress);
  ticks_before = ticks;
  above.above = fraction;
  g_assert_true (syl_test_wait_for (progress_above, &above, JOB_WAIT_MS));
  g_assert_cmpuint (ticks, >=, ticks_before + 2);
  g_assert_true (gtk_widget_get_mapped (GTK_WIDGET (progress)));
  gtk_widget_remove_tick_callback (GTK_WIDGET (f->window), tick_id);

  /* The outline is there to read: its selection moves. */
  syl_test_select (f->window, "2");
  selected = syl_test_selected (f->window);
  g_assert_cmpuint (selected->len, ==, 1);
  g_assert_true (g_ptr_array_index (selected, 0) == syl_test_node_at (f->window, "2"));
  /* One job at a time. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export", NULL);
  g_assert_null (syl_test_find_toplevel (SYL_TYPE_EXPORT_DIALOG));
  g_assert_true (syl_window_is_busy (f->window));

  cancel = syl_test_find_button_labelled (GTK_WIDGET (job_bar (f)), "_Cancel");
  g_assert_nonnull (cancel);
  g_signal_emit_by_name (cancel, "clicked");
  wait_until_idle (f);
  g_assert_false (gtk_revealer_get_reveal_child (job_bar (f)));
  g_assert_null (syl_test_find_message_dialog ());
  names = folder_names (f);
  g_assert_cmpstr (names, ==, "course.syllabus.json");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export", NULL);
  g_assert_nonnull (syl_test_find_toplevel (SYL_TYPE_EXPORT_DIALOG));
}

static gboolean
toast_shown (gpointer data)
{
  Fixture *f = data;

  return syl_test_find_button_labelled (GTK_WIDGET (f->window), "_Open") != NULL;
}

/* A finished export is the core's export, byte for byte, and a toast
 * offers to open it. */
static void
test_export_same (Fixture       *f,
                  gconstpointer  data)
{
  SylDocument *document = syl_window_get_document (f->window);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) expected_pdf = syl_pdf_render_document (document, SYL_EXPORT_DEFAULT,
                                                             SYL_PDF_A4_WIDTH, SYL_PDF_A4_HEIGHT,
                                                             &error);
  g_autoptr(GBytes) expected_html = syl_export_document (document, SYL_EXPORT_FORMAT_HTML,
                                                         SYL_EXPORT_DEFAULT, &error);
  g_autoptr(GFile) pdf = NULL;
  g_autoptr(GFile) html = NULL;
  g_autoptr(GBytes) pdf_bytes = NULL;
  g_autoptr(GBytes) html_bytes = NULL;

  g_assert_no_error (error);
  pdf = start_export (f, ROW_PDF, "course.pdf");
  g_assert_true (syl_window_is_busy (f->window));
  wait_until_idle (f);
  pdf_bytes = g_file_load_bytes (pdf, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (syl_test_pdf_equal (pdf_bytes, expected_pdf));
  syl_test_await (toast_shown, f);

  html = start_export (f, ROW_HTML, "course.html");
  g_assert_true (syl_window_is_busy (f->window));
  wait_until_idle (f);
  html_bytes = g_file_load_bytes (html, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (g_bytes_equal (html_bytes, expected_html));
  g_assert_false (syl_document_get_modified (document));
}

/* An export to a folder that is not there: the message names the file. */
static void
test_export_error (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GFile) file = start_export (f, ROW_HTML, "missing/course.html");
  AdwMessageDialog *dialog;

  wait_until_idle (f);
  dialog = syl_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  /* The name breaks after its dot, with a zero-width space. */
  g_assert_nonnull (strstr (adw_message_dialog_get_heading (dialog),
                            "Could Not Export “course.\u200Bhtml”"));
  g_assert_false (g_file_query_exists (file, NULL));
}

/* A reviewer's copy of the large outline with a new comment on chapter 2. */
static GFile *
write_review (Fixture *f)
{
  g_autoptr(SylDocument) copy = syl_test_load_path (f->path);
  g_autoptr(SylAnnotation) added = syl_annotation_new ("Reviewer", "Add a quiz here.");
  g_autofree char *path = g_build_filename (f->dir, "review.syllabus.json", NULL);
  g_autofree char *json = NULL;

  syl_document_add_annotation (copy, syl_node_get_child (syl_document_get_root (copy), 1), added);
  json = syl_test_serialize (copy);
  syl_test_write_text (path, json);
  return g_file_new_for_path (path);
}

/* The merge in the background is the core's merge, one step that undo
 * takes back; meanwhile nothing can change the outline. */
static void
test_merge (Fixture       *f,
            gconstpointer  data)
{
  SylDocument *document = syl_window_get_document (f->window);
  SylNodePane *pane = SYL_NODE_PANE (syl_test_find_child_of_type (GTK_WIDGET (f->window),
                                                                 SYL_TYPE_NODE_PANE));
  GtkEditable *title_row = GTK_EDITABLE (gtk_widget_get_template_child (GTK_WIDGET (pane),
                                                                       SYL_TYPE_NODE_PANE,
                                                                       "title_row"));
  g_autoptr(GFile) review = write_review (f);
  g_autoptr(SylDocument) expected = syl_test_load_path (f->path);
  g_autoptr(SylMergeReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = syl_test_serialize (document);
  g_autofree char *expected_text = NULL;
  g_autofree char *merged = NULL;
  g_autofree char *undone = NULL;
  AdwMessageDialog *dialog;

  report = syl_document_merge_files (expected, &review, 1, NULL, &error);
  g_assert_no_error (error);
  expected_text = syl_test_serialize (expected);

  g_assert_true (syl_window_merge_files (f->window, &review, 1));
  g_assert_true (syl_window_is_busy (f->window));
  g_assert_cmpstr (job_label (f), ==, "Merging 1 review…");
  g_assert_true (syl_outline_view_get_read_only (syl_window_get_outline_view (f->window)));
  g_assert_false (gtk_editable_get_editable (title_row));
  g_assert_false (gtk_widget_get_sensitive (syl_node_pane_get_comments_view (pane)));
  wait_until_idle (f);

  g_assert_false (syl_outline_view_get_read_only (syl_window_get_outline_view (f->window)));
  g_assert_true (gtk_editable_get_editable (title_row));
  g_assert_true (gtk_widget_get_sensitive (syl_node_pane_get_comments_view (pane)));
  merged = syl_test_serialize (document);
  syl_test_assert_same_text (merged, expected_text);
  g_assert_cmpuint (syl_history_get_n_undo (syl_document_get_history (document)), ==, 1);
  dialog = syl_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "1 new comment.");
  gtk_window_destroy (GTK_WINDOW (dialog));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  undone = syl_test_serialize (document);
  syl_test_assert_same_text (undone, before);
}

/* A large text outline imported in the background: the dialog shows what
 * reading it at once shows. */
static void
test_import (Fixture       *f,
             gconstpointer  data)
{
  SylDocument *document = syl_window_get_document (f->window);
  SylNode *root = syl_document_get_root (document);
  g_autoptr(GPtrArray) chapters = g_ptr_array_new ();
  g_autofree char *path = g_build_filename (f->dir, "large.txt", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autofree char *text = NULL;
  SylImportDialog *dialog;
  guint n_rows, n_warnings;

  for (guint i = 0; i < syl_node_get_n_children (root); i++)
    g_ptr_array_add (chapters, syl_node_get_child (root, i));
  text = syl_nodes_to_text ((SylNode **) chapters->pdata, chapters->len);
  syl_test_write_text (path, text);

  dialog = SYL_IMPORT_DIALOG (syl_window_import_file (f->window, file));
  g_assert_nonnull (dialog);
  n_rows = g_list_model_get_n_items (syl_import_dialog_get_preview (dialog));
  n_warnings = g_list_model_get_n_items (syl_import_dialog_get_warnings (dialog));
  g_assert_cmpuint (n_rows, >, syl_node_get_n_children (root));
  gtk_window_destroy (GTK_WINDOW (dialog));

  syl_window_start_import (f->window, file);
  g_assert_true (syl_window_is_busy (f->window));
  g_assert_cmpstr (job_label (f), ==, "Importing “large.txt”…");
  wait_until_idle (f);
  dialog = (SylImportDialog *) syl_test_find_toplevel (SYL_TYPE_IMPORT_DIALOG);
  g_assert_nonnull (dialog);
  g_assert_cmpuint (g_list_model_get_n_items (syl_import_dialog_get_preview (dialog)), ==, n_rows);
  g_assert_cmpuint (g_list_model_get_n_items (syl_import_dialog_get_warnings (dialog)), ==,
                    n_warnings);
}

/* A window closed during an export is freed at once (the fixture's
 * teardown checks); the export stops behind it and writes nothing. */
static void
test_close_during_export (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GFile) file = start_export (f, ROW_PDF, "course.pdf");
  g_autofree char *names = NULL;
  Above started = { f, 0 };

  /* Closed once the export is under way. */
  g_assert_true (syl_window_is_busy (f->window));
  g_assert_true (syl_test_wait_for (progress_above, &started, JOB_WAIT_MS));
  g_assert_cmpuint (syl_window_jobs_running (), ==, 1);
  syl_test_close_window (f->window);
  f->window = NULL;
  g_assert_true (syl_test_wait_for (no_jobs, NULL, JOB_WAIT_MS));
  names = folder_names (f);
  g_assert_cmpstr (names, ==, "course.syllabus.json");
}

int
main (int   argc,
      char *argv[])
{
  syl_test_gui_init (&argc, &argv);

#define ADD(path, large, func) \
  g_test_add ("/long-work-window/" path, Fixture, GINT_TO_POINTER (large), fixture_setup, \
              func, fixture_teardown)
  ADD ("pdf-cancel", TRUE, test_pdf_cancel);
  ADD ("export-same", FALSE, test_export_same);
  ADD ("export-error", FALSE, test_export_error);
  ADD ("merge", TRUE, test_merge);
  ADD ("import", TRUE, test_import);
  ADD ("close-during-export", TRUE, test_close_during_export);
#undef ADD

  return g_test_run ();
}
