/* test-export-window.c: File → Export… and File → Print…, under Xvfb
 *
 * The export dialog is opened through the window's action, as the menu
 * does, set up through its widgets, and asked to write files; printing
 * runs the window's print operation to a PDF file, which is what the
 * print dialog's "Print to File" does, and reads it back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "syl-application.h"
#include "syl-export-dialog.h"
#include "syl-page-layout.h"
#include "syl-pdf.h"
#include "syl-print-operation.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"

/* The rows of the format list, as syl-export-dialog.ui orders them. */
enum { ROW_PDF, ROW_HTML, ROW_MARKDOWN, ROW_OPML, ROW_TEXT };

typedef struct
{
  SylWindow       *window;
  SylDocument     *document;
  SylExportDialog *dialog;
  char            *dir;
} Fixture;

static SylExportDialog *
find_dialog (void)
{
  return (SylExportDialog *) syl_test_find_toplevel (SYL_TYPE_EXPORT_DIALOG);
}

static gpointer
child (SylExportDialog *dialog,
       const char      *name)
{
  GObject *object = gtk_widget_get_template_child (GTK_WIDGET (dialog), SYL_TYPE_EXPORT_DIALOG,
                                                   name);

  g_assert_nonnull (object);
  return object;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *sample = syl_test_sample_path ();
  g_autoptr(GError) error = NULL;

  f->window = syl_test_open_window (sample);
  f->document = syl_window_get_document (f->window);
  f->dir = g_dir_make_tmp ("syl-test-export-XXXXXX", &error);
  g_assert_no_error (error);

  g_assert_null (find_dialog ());
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.export", NULL));
  f->dialog = find_dialog ();
  g_assert_nonnull (f->dialog);
  syl_test_wait_shown (GTK_WIDGET (f->dialog));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GDir) dir = g_dir_open (f->dir, 0, NULL);
  const char *name;

  if (find_dialog () != NULL)
    gtk_window_destroy (GTK_WINDOW (find_dialog ()));
  syl_test_close_window (f->window);
  while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
    {
      g_autofree char *path = g_build_filename (f->dir, name, NULL);

      g_assert_no_errno (g_unlink (path));
    }
  g_assert_no_errno (g_rmdir (f->dir));
  g_free (f->dir);
}

static char *
bytes_to_string (GBytes *bytes)
{
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* The dialog. */

static void
test_dialog_defaults (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *name = syl_export_dialog_suggest_name (f->dialog);

  g_assert_true (syl_export_dialog_get_document (f->dialog) == f->document);
  g_assert_true (gtk_window_get_transient_for (GTK_WINDOW (f->dialog)) == GTK_WINDOW (f->window));
  g_assert_true (gtk_window_get_modal (GTK_WINDOW (f->dialog)));
  g_assert_cmpuint (adw_combo_row_get_selected (child (f->dialog, "format_row")), ==, ROW_PDF);
  g_assert_cmpint (syl_export_dialog_get_flags (f->dialog), ==, SYL_EXPORT_DEFAULT);
  g_assert_cmpstr (name, ==, "ai-enterprise-course.pdf");
}

/* Each format suggests its extension; OPML cannot hold objectives,
 * examples or comments, so their switches are greyed out and left out. */
static void
test_dialog_formats (Fixture       *f,
                     gconstpointer  data)
{
  static const char * const names[] = {
    [ROW_PDF] = "ai-enterprise-course.pdf", [ROW_HTML] = "ai-enterprise-course.html",
    [ROW_MARKDOWN] = "ai-enterprise-course.md", [ROW_OPML] = "ai-enterprise-course.opml",
    [ROW_TEXT] = "ai-enterprise-course.txt",
  };
  AdwComboRow *format = child (f->dialog, "format_row");

  gtk_switch_set_active (child (f->dialog, "annotations_switch"), TRUE);
  gtk_switch_set_active (child (f->dialog, "examples_switch"), FALSE);
  for (guint row = 0; row < G_N_ELEMENTS (names); row++)
    {
      g_autofree char *name = NULL;
      gboolean opml = row == ROW_OPML;

      adw_combo_row_set_selected (format, row);
      name = syl_export_dialog_suggest_name (f->dialog);
      g_assert_cmpstr (name, ==, names[row]);
      g_assert_true (gtk_widget_get_sensitive (child (f->dialog, "notes_row")));
      g_assert_true (gtk_widget_get_sensitive (child (f->dialog, "durations_row")));
      g_assert_true (gtk_widget_get_sensitive (child (f->dialog, "objectives_row")) == !opml);
      g_assert_true (gtk_widget_get_sensitive (child (f->dialog, "annotations_row")) == !opml);
      g_assert_cmpint (syl_export_dialog_get_flags (f->dialog), ==,
                       opml ? (SYL_EXPORT_NOTES | SYL_EXPORT_DURATIONS)
                            : (SYL_EXPORT_ALL & ~SYL_EXPORT_EXAMPLES));
    }
}

static void
exported_cb (SylExportDialog *dialog,
             GFile           *file,
             GFile          **out)
{
  g_set_object (out, file);
}

static gboolean
toast_shown (gpointer data)
{
  Fixture *f = data;

  return syl_test_find_button_labelled (GTK_WIDGET (f->window), "_Open") != NULL;
}

/* The window's toast about the export has an Open button for the file. */
static void
assert_toast_opens (Fixture *f,
                    GFile   *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkWidget *button;
  GVariant *target;

  syl_test_await (toast_shown, f);
  button = syl_test_find_button_labelled (GTK_WIDGET (f->window), "_Open");
  g_assert_nonnull (button);
  g_assert_cmpstr (gtk_actionable_get_action_name (GTK_ACTIONABLE (button)), ==, "win.open-exported");
  target = gtk_actionable_get_action_target_value (GTK_ACTIONABLE (button));
  g_assert_nonnull (target);
  g_assert_cmpstr (g_variant_get_string (target, NULL), ==, uri);
}

/* What the dialog writes is the core's export with the dialog's choices. */
static void
test_dialog_export_markdown (Fixture       *f,
                             gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "course.md", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) exported = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) expected = NULL;
  g_autofree char *expected_text = NULL;
  g_autofree char *written = NULL;

  adw_combo_row_set_selected (child (f->dialog, "format_row"), ROW_MARKDOWN);
  gtk_switch_set_active (child (f->dialog, "notes_switch"), FALSE);
  gtk_switch_set_active (child (f->dialog, "annotations_switch"), TRUE);
  g_signal_connect (f->dialog, "exported", G_CALLBACK (exported_cb), &exported);

  g_assert_true (syl_export_dialog_export_to_file (f->dialog, file, &error));
  g_assert_no_error (error);
  g_assert_nonnull (exported);
  g_assert_true (g_file_equal (exported, file));

  expected = syl_export_document (f->document, SYL_EXPORT_FORMAT_MARKDOWN,
                                  (SYL_EXPORT_ALL & ~SYL_EXPORT_NOTES), &error);
  g_assert_no_error (error);
  expected_text = bytes_to_string (expected);
  written = syl_test_read_text (path);
  g_assert_cmpstr (written, ==, expected_text);
  g_assert_true (g_str_has_prefix (written, "# AI 大模型（类 ChatGPT）的企业应用\n"));
  /* Exporting changes nothing in the document. */
  g_assert_false (syl_document_get_modified (f->document));
  g_assert_false (syl_history_get_can_undo (syl_document_get_history (f->document)));
  assert_toast_opens (f, file);
}

static void
test_dialog_export_pdf (Fixture       *f,
                        gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "course.pdf", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  g_autofree char *written = NULL;

  g_assert_true (syl_export_dialog_export_to_file (f->dialog, file, &error));
  g_assert_no_error (error);
  written = syl_test_read_text (path);
  g_assert_true (g_str_has_prefix (written, "%PDF-"));
}

/* A failed export says why and leaves nothing behind. */
static void
test_dialog_export_error (Fixture       *f,
                          gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "missing", "course.html", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) exported = NULL;
  g_autoptr(GError) error = NULL;

  adw_combo_row_set_selected (child (f->dialog, "format_row"), ROW_HTML);
  g_signal_connect (f->dialog, "exported", G_CALLBACK (exported_cb), &exported);
  g_assert_false (syl_export_dialog_export_to_file (f->dialog, file, &error));
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND);
  g_assert_nonnull (strstr (error->message, "course.html"));
  g_assert_null (exported);
  g_assert_false (g_file_test (path, G_FILE_TEST_EXISTS));
}

static void
test_dialog_escape (Fixture       *f,
                    gconstpointer  data)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->dialog), "window.close", NULL));
  syl_test_wait_settled (f->window);
  g_assert_null (find_dialog ());
}

/* Printing. */

static guint
pages_of (const char *pdf)
{
  g_autofree char *pdfinfo = g_find_program_in_path ("pdfinfo");
  g_autofree char *out = NULL;
  g_autoptr(GError) error = NULL;
  const char *pages;

  g_assert_nonnull (pdfinfo);
  g_spawn_sync (NULL, (char *[]) { pdfinfo, (char *) pdf, NULL }, NULL, 0, NULL, NULL, &out,
                NULL, NULL, &error);
  g_assert_no_error (error);
  pages = strstr (out, "\nPages:");
  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

/* The print operation draws the pages of the PDF export: the same text,
 * the same number of pages on A4. */
static void
test_print_to_file (Fixture       *f,
                    gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "printed.pdf", NULL);
  g_autoptr(SylPrintOperation) operation = syl_print_operation_new (f->document,
                                                                    SYL_EXPORT_DEFAULT);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) exported = NULL;
  g_autofree char *exported_path = g_build_filename (f->dir, "exported.pdf", NULL);
  g_autofree char *pdftotext = g_find_program_in_path ("pdftotext");
  g_autofree char *text = NULL;
  GtkPrintOperationResult result;

  if (pdftotext == NULL)
    {
      g_test_skip ("poppler-utils is not installed");
      return;
    }
  gtk_page_setup_set_paper_size (setup, a4);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (operation), setup);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), path);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_EXPORT, GTK_WINDOW (f->window),
                                    &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);

  g_spawn_sync (NULL, (char *[]) { pdftotext, "-enc", "UTF-8", path, "-", NULL }, NULL, 0,
                NULL, NULL, &text, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (strstr (text, "AI 大模型（类 ChatGPT）的企业应用"));
  g_assert_nonnull (strstr (text, "1 AI 大模型的概念和特点"));
  g_assert_nonnull (strstr (text, "6 总结"));
  g_assert_nonnull (strstr (text, "1.9 【思考】AI 会有自我意识吗？"));

  exported = syl_pdf_render_document (f->document, SYL_EXPORT_DEFAULT, SYL_PDF_A4_WIDTH,
                                      SYL_PDF_A4_HEIGHT, &error);
  g_assert_no_error (error);
  g_file_set_contents (exported_path, g_bytes_get_data (exported, NULL),
                       g_bytes_get_size (exported), &error);
  g_assert_no_error (error);
  g_assert_cmpuint (pages_of (path), ==, pages_of (exported_path));
}

/* The header bar's main menu button. */
static GtkMenuButton *
find_primary_menu_button (GtkWidget *widget)
{
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_primary (GTK_MENU_BUTTON (widget)))
    return GTK_MENU_BUTTON (widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c != NULL;
       c = gtk_widget_get_next_sibling (c))
    {
      GtkMenuButton *button = find_primary_menu_button (c);

      if (button != NULL)
        return button;
    }
  return NULL;
}

/* File → Export… and File → Print… are in the main menu, Ctrl+P prints. */
static void
test_menu_and_shortcut (Fixture       *f,
                        gconstpointer  data)
{
  GtkMenuButton *button = find_primary_menu_button (GTK_WIDGET (f->window));
  GMenuModel *menu = button != NULL ? gtk_menu_button_get_menu_model (button) : NULL;
  g_autoptr(GtkApplication) application = GTK_APPLICATION (syl_application_new ());
  g_autoptr(GError) error = NULL;
  g_auto(GStrv) accels = NULL;
  gboolean has_export = FALSE;
  gboolean has_print = FALSE;

  g_assert_nonnull (menu);
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      GMenuModel *section = g_menu_model_get_item_link (menu, i, G_MENU_LINK_SECTION);

      for (int j = 0; section != NULL && j < g_menu_model_get_n_items (section); j++)
        {
          g_autofree char *action = NULL;

          if (g_menu_model_get_item_attribute (section, j, G_MENU_ATTRIBUTE_ACTION, "s", &action))
            {
              has_export |= g_strcmp0 (action, "win.export") == 0;
              has_print |= g_strcmp0 (action, "win.print") == 0;
            }
        }
      g_clear_object (&section);
    }
  g_assert_true (has_export);
  g_assert_true (has_print);

  g_application_set_flags (G_APPLICATION (application), G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);
  accels = gtk_application_get_accels_for_action (application, "win.print");
  g_assert_true (g_strv_contains ((const char * const *) accels, "<Control>p"));
}

int
main (int   argc,
      char *argv[])
{
  syl_test_gui_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/export-window/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("dialog/defaults", test_dialog_defaults);
  ADD ("dialog/formats", test_dialog_formats);
  ADD ("dialog/export-markdown", test_dialog_export_markdown);
  ADD ("dialog/export-pdf", test_dialog_export_pdf);
  ADD ("dialog/export-error", test_dialog_export_error);
  ADD ("dialog/escape", test_dialog_escape);
  ADD ("print/to-file", test_print_to_file);
  ADD ("menu-and-shortcut", test_menu_and_shortcut);
#undef ADD

  return g_test_run ();
}
