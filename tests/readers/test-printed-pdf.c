/* test-printed-pdf.c: the printed pages, as GTK prints them to a file, read by qpdf
 *
 * Printing draws the pages with the PDF export's layout, but the PDF file
 * is GTK's print-to-file, not the export's: a file of its own, which an
 * independent reader checks as it does the exported PDF (test-readers.py).
 * It takes GTK's print operation, so a display.
 *
 * Usage: test-printed-pdf SAMPLE ESCAPING (the outlines to print).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "syl-print-operation.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"

/* One outline to print, and what it includes, as the CLI exports it. */
typedef struct
{
  const char     *name;
  const char     *path;
  SylExportFlags  flags;
} Course;

/* Prints @course to @pdf through GTK's print-to-file, on A4. */
static void
print_to_file (const Course *course,
               const char   *pdf)
{
  g_autoptr(SylDocument) document = syl_test_load_path (course->path);
  g_autoptr(SylPrintOperation) operation = syl_print_operation_new (document, course->flags);
  g_autoptr(GtkPageSetup) setup = gtk_page_setup_new ();
  g_autoptr(GtkPaperSize) a4 = gtk_paper_size_new (GTK_PAPER_NAME_A4);
  g_autoptr(GError) error = NULL;
  GtkPrintOperationResult result;

  gtk_page_setup_set_paper_size (setup, a4);
  gtk_print_operation_set_default_page_setup (GTK_PRINT_OPERATION (operation), setup);
  gtk_print_operation_set_export_filename (GTK_PRINT_OPERATION (operation), pdf);
  result = gtk_print_operation_run (GTK_PRINT_OPERATION (operation),
                                    GTK_PRINT_OPERATION_ACTION_EXPORT, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (result, ==, GTK_PRINT_OPERATION_RESULT_APPLY);
}

/* qpdf --check must exit 0 and warn of nothing; else the test fails
 * with the file's path and all that qpdf said. */
static void
test_qpdf (gconstpointer data)
{
  const Course *course = data;
  g_autofree char *qpdf = g_find_program_in_path ("qpdf");
  g_autofree char *dir = syl_test_make_temp_dir ("syl-test-printed-XXXXXX");
  g_autofree char *name = g_strconcat (course->name, "-printed.pdf", NULL);
  g_autofree char *pdf = g_build_filename (dir, name, NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;

  /* The readers' suite runs where build-aux/setup-debian installed them:
   * a missing reader is a failure, not a skip. */
  g_assert_nonnull (qpdf);
  print_to_file (course, pdf);
  g_spawn_sync (NULL, (char *[]) { qpdf, "--check", pdf, NULL }, NULL, 0, NULL, NULL,
                &out, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL) || strstr (out, "WARNING") != NULL
      || strstr (err, "WARNING") != NULL)
    {
      /* The file stays for whoever reads the failure. */
      g_test_message ("%s (qpdf --check):\n%s%s", pdf, out, err);
      g_test_fail ();
      return;
    }
  syl_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  static Course courses[2];

  syl_test_gui_init (&argc, &argv);
  if (argc != 3)
    {
      g_printerr ("usage: %s SAMPLE ESCAPING\n", argv[0]);
      return 2;
    }
  courses[0] = (Course) { "sample", argv[1], SYL_EXPORT_DEFAULT };
  courses[1] = (Course) { "escaping", argv[2], SYL_EXPORT_ALL };
  g_test_add_data_func ("/readers/sample-printed.pdf/qpdf", &courses[0], test_qpdf);
  g_test_add_data_func ("/readers/escaping-printed.pdf/qpdf", &courses[1], test_qpdf);
  return g_test_run ();
}
