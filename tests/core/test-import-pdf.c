/* test-import-pdf.c: outlines read back from PDF files
 *
 * The PDF files are made here: by our own export, with its bookmarks and
 * without them (qpdf copies the pages alone), and by cairo for the odd
 * ones: running headers and footers, a page with no text.  qpdf also
 * encrypts one; the tests that need it are skipped without it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "syl-import.h"
#include "syl-pdf.h"
#include "syl-test-util.h"

/* Each node as “depth kind optional title”, a line each. */
static char *
describe (SylDocument *document)
{
  GString *out = g_string_new (NULL);
  SylNodeIter iter;
  SylNode *node;

  syl_node_iter_init (&iter, syl_document_get_root (document));
  while (syl_node_iter_next (&iter, &node))
    g_string_append_printf (out, "%u %d %d %s\n", syl_node_iter_get_depth (&iter),
                            syl_node_get_kind (node), syl_node_get_optional (node),
                            syl_node_get_title (node));
  return g_string_free (out, FALSE);
}

static GBytes *
export_pdf (SylDocument    *document,
            SylExportFlags  flags)
{
  g_autoptr(GError) error = NULL;
  GBytes *bytes = syl_pdf_render_document (document, flags, SYL_PDF_A4_WIDTH,
                                           SYL_PDF_A4_HEIGHT, &error);

  g_assert_no_error (error);
  return bytes;
}

static SylImportResult *
import_pdf (GBytes  *bytes,
            GError **error)
{
  return syl_import_bytes (bytes, SYL_IMPORT_FORMAT_AUTO, NULL, NULL, error);
}

/* Runs qpdf with @args around @input's bytes, and returns what it writes;
 * NULL, and the test skipped, without qpdf. */
static GBytes *
run_qpdf (GBytes             *input,
          const char * const *args)
{
  g_autofree char *qpdf = g_find_program_in_path ("qpdf");
  g_autofree char *dir = NULL;
  g_autofree char *in = NULL;
  g_autofree char *out = NULL;
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  char *data = NULL;
  gsize size;
  int status;

  if (qpdf == NULL)
    {
      g_test_skip ("qpdf is not installed");
      return NULL;
    }
  dir = syl_test_make_temp_dir ("syl-pdf-XXXXXX");
  in = g_build_filename (dir, "in.pdf", NULL);
  out = g_build_filename (dir, "out.pdf", NULL);
  g_file_set_contents (in, g_bytes_get_data (input, NULL), g_bytes_get_size (input), &error);
  g_assert_no_error (error);
  g_ptr_array_add (argv, qpdf);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (char *) (strcmp (args[i], "IN") == 0 ? in :
                                     strcmp (args[i], "OUT") == 0 ? out : args[i]));
  g_ptr_array_add (argv, NULL);
  g_assert_true (g_spawn_sync (NULL, (char **) argv->pdata, NULL, G_SPAWN_STDOUT_TO_DEV_NULL,
                               NULL, NULL, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  g_file_get_contents (out, &data, &size, &error);
  g_assert_no_error (error);
  syl_test_remove_tree (dir);
  return g_bytes_new_take (data, size);
}

/* The sample, exported with its bookmarks, comes back with the same
 * titles at the same levels, of the same kinds, optional alike. */
static void
test_bookmarks (void)
{
  g_autoptr(SylDocument) sample = syl_test_load_sample ();
  g_autoptr(GBytes) pdf = export_pdf (sample, SYL_EXPORT_DEFAULT);
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = import_pdf (pdf, &error);
  g_autoptr(SylDocument) imported = NULL;
  g_autofree char *expected = describe (sample);
  g_autofree char *got = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (syl_import_result_get_format (result), ==, SYL_IMPORT_FORMAT_PDF);
  g_assert_cmpstr (syl_import_result_get_title (result), ==, syl_document_get_title (sample));
  g_assert_cmpuint (g_list_model_get_n_items (syl_import_result_get_authors (result)), ==, 1);
  imported = syl_import_result_create_document (result);
  got = describe (imported);
  syl_test_assert_same_text (got, expected);
  g_assert_cmpuint (syl_import_result_get_n_warnings (result), ==, 0);
}

/* Without bookmarks, the text and its fonts give the same outline. */
static void
test_no_bookmarks (void)
{
  g_autoptr(SylDocument) sample = syl_test_load_sample ();
  g_autoptr(GBytes) pdf = export_pdf (sample, SYL_EXPORT_DEFAULT);
  const char * const args[] = { "--empty", "--pages", "IN", "--", "OUT", NULL };
  g_autoptr(GBytes) bare = run_qpdf (pdf, args);
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = NULL;
  g_autoptr(SylDocument) imported = NULL;
  g_autofree char *expected = describe (sample);
  g_autofree char *got = NULL;

  if (bare == NULL)
    return;
  g_assert_null (strstr (g_bytes_get_data (bare, NULL), "/Outlines"));
  result = import_pdf (bare, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (syl_import_result_get_title (result), ==, syl_document_get_title (sample));
  imported = syl_import_result_create_document (result);
  got = describe (imported);
  syl_test_assert_same_text (got, expected);
}

/* The text under a heading is its notes; the heading itself, its small
 * print and the footers are not.  With bookmarks or without them, as the
 * body's font tells the text importer what is notes. */
static void
check_notes (gboolean bookmarks)
{
  g_autoptr(SylDocument) course = syl_test_load_data ("export/course-zh.syllabus.json");
  g_autoptr(GBytes) pdf = export_pdf (course, SYL_EXPORT_DEFAULT);
  const char * const args[] = { "--empty", "--pages", "IN", "--", "OUT", NULL };
  g_autoptr(GBytes) bare = bookmarks ? NULL : run_qpdf (pdf, args);
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = NULL;
  g_autoptr(SylDocument) imported = NULL;
  g_autofree char *expected = describe (course);
  g_autofree char *got = NULL;
  g_autofree char *dump = NULL;
  SylNode *node;

  if (!bookmarks && bare == NULL)
    return;
  result = import_pdf (bookmarks ? pdf : bare, &error);
  g_assert_no_error (error);
  imported = syl_import_result_create_document (result);
  got = describe (imported);
  syl_test_assert_same_text (got, expected);
  dump = syl_test_dump (imported);
  g_assert_cmpstr (dump, ==,
                   "概述 (什么是机器学习 (定义与历史 与统计学的关系) AI 会取代程序员吗？) "
                   "模型 <训练> & \"评估\" (*手写*数字识别)");
  node = syl_test_find_title (imported, "定义与历史");
  g_assert_cmpstr (syl_node_get_notes (node), ==, "1956 年达特茅斯会议。");
  node = syl_test_find_title (imported, "*手写*数字识别");
  g_assert_cmpstr (syl_node_get_notes (node), ==, "不是标题\n\n使用 MNIST。");
  g_assert_true (syl_node_get_optional (syl_test_find_title (imported, "与统计学的关系")));
  node = syl_test_find_title (imported, "概述");
  if (bookmarks)
    g_assert_cmpstr (syl_node_get_notes (node), ==,
                     "本章介绍 基本 概念。\n- 监督学习\n- 无监督学习\n- 聚类\n\n学习目标\n\n"
                     "- 理解机器学习的定义\n- 区分 3 类学习\n\n示例：房价预测\n\n"
                     "用线性回归：\n\ny = wx + b");
  else
    {
      /* Read as text, the list under “学习目标” is the chapter's
       * objectives, not notes. */
      g_assert_cmpstr (syl_node_get_notes (node), ==,
                       "本章介绍 基本 概念。\n- 监督学习\n- 无监督学习\n- 聚类\n\n"
                       "示例：房价预测\n\n用线性回归：\n\ny = wx + b");
      g_assert_cmpuint (g_strv_length ((char **) syl_node_get_objectives (node)), ==, 2);
      g_assert_cmpstr (syl_node_get_objectives (node)[0], ==, "理解机器学习的定义");
      g_assert_cmpstr (syl_node_get_objectives (node)[1], ==, "区分 3 类学习");
    }
}

static void
test_notes (void)
{
  check_notes (TRUE);
}

static void
test_notes_no_bookmarks (void)
{
  check_notes (FALSE);
}

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static const char * const lessons[] = { "Data", "Models", "Training", "Review", "Ethics", "Practice" };

/* Draws @n_pages pages (at most 6) with a running header, a footer with
 * the page number, a numbered heading in a large bold font and a
 * paragraph. */
static GBytes *
draw_pages_with_furniture (guint n_pages)
{
  GByteArray *data = g_byte_array_new ();
  cairo_surface_t *surface;
  cairo_t *cr;

  surface = cairo_pdf_surface_create_for_stream (write_cb, data, 595, 842);
  cr = cairo_create (surface);
  for (guint i = 0; i < n_pages; i++)
    {
      g_autofree char *heading = g_strdup_printf ("%u %s", i + 1, lessons[i]);
      g_autofree char *prose = g_strdup_printf ("The lesson on %s explains one idea in enough "
                                                "words to be prose,", lessons[i]);
      g_autofree char *second = g_strdup_printf ("and goes on about %s on a second line.",
                                                 lessons[i]);
      g_autofree char *footer = g_strdup_printf ("Page %u of %u", i + 1, n_pages);

      cairo_select_font_face (cr, "sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
      cairo_set_font_size (cr, 9);
      cairo_move_to (cr, 60, 40);
      cairo_show_text (cr, "Course handbook, spring term");
      cairo_move_to (cr, 60, 810);
      cairo_show_text (cr, footer);
      cairo_select_font_face (cr, "sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
      cairo_set_font_size (cr, 18);
      cairo_move_to (cr, 60, 100);
      cairo_show_text (cr, heading);
      cairo_select_font_face (cr, "sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
      cairo_set_font_size (cr, 11);
      cairo_move_to (cr, 60, 140);
      cairo_show_text (cr, prose);
      cairo_move_to (cr, 60, 154);
      cairo_show_text (cr, second);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  g_assert_cmpint (cairo_surface_status (surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (surface);
  return g_byte_array_free_to_bytes (data);
}

static void
test_furniture (void)
{
  g_autoptr(GBytes) pdf = draw_pages_with_furniture (4);
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = import_pdf (pdf, &error);
  g_autoptr(SylDocument) imported = NULL;
  g_autofree char *dump = NULL;

  g_assert_no_error (error);
  imported = syl_import_result_create_document (result);
  dump = syl_test_dump (imported);
  g_assert_cmpstr (dump, ==, "Data Models Training Review");
  for (guint i = 0; i < 4; i++)
    {
      g_autofree char *notes = g_strdup_printf ("The lesson on %s explains one idea in enough "
                                                "words to be prose, and goes on about %s on "
                                                "a second line.", lessons[i], lessons[i]);

      g_assert_cmpstr (syl_node_get_notes (syl_test_find_title (imported, lessons[i])), ==, notes);
    }
}

static void
assert_refused (GBytes     *pdf,
                int         code,
                const char *words)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = import_pdf (pdf, &error);

  g_assert_null (result);
  g_assert_error (error, SYL_ERROR, code);
  g_test_message ("%s", error->message);
  g_assert_nonnull (strstr (error->message, words));
}

/* A page with a drawing and no text, as a scan is. */
static void
test_no_text (void)
{
  GByteArray *data = g_byte_array_new ();
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (write_cb, data, 595, 842);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(GBytes) pdf = NULL;

  cairo_rectangle (cr, 100, 100, 300, 400);
  cairo_fill (cr);
  cairo_show_page (cr);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  pdf = g_byte_array_free_to_bytes (data);
  assert_refused (pdf, SYL_ERROR_EMPTY, "no text");
}

static void
test_encrypted (void)
{
  g_autoptr(GBytes) pdf = draw_pages_with_furniture (1);
  const char * const args[] = { "--encrypt", "user", "owner", "256", "--", "IN", "OUT", NULL };
  g_autoptr(GBytes) locked = run_qpdf (pdf, args);

  if (locked != NULL)
    assert_refused (locked, SYL_ERROR_FAILED, "password-protected");
}

/* Cut files and noise after a PDF header are refused, not read. */
static void
test_damaged (void)
{
  g_autoptr(GBytes) pdf = draw_pages_with_furniture (2);
  g_autoptr(GBytes) cut = g_bytes_new_from_bytes (pdf, 0, 400);
  g_autoptr(GRand) rand = g_rand_new_with_seed (19);
  g_autoptr(GByteArray) noise = g_byte_array_new ();
  g_autoptr(GBytes) noise_bytes = NULL;

  assert_refused (cut, SYL_ERROR_FAILED, "damaged");
  g_byte_array_append (noise, (const guint8 *) "%PDF-1.5\n", 9);
  for (guint i = 0; i < 4096; i++)
    {
      guint8 byte = g_rand_int_range (rand, 0, 256);

      g_byte_array_append (noise, &byte, 1);
    }
  noise_bytes = g_byte_array_free_to_bytes (g_steal_pointer (&noise));
  assert_refused (noise_bytes, SYL_ERROR_FAILED, "damaged");
}

/* A file over 512 MiB is refused before poppler reads it: the file is
 * sparse and mapped, so the test reads none of it. */
static void
test_too_large (void)
{
  g_autofree char *dir = syl_test_make_temp_dir ("syl-pdf-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "large.pdf", NULL);
  g_autoptr(GMappedFile) mapped = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = NULL;
  int fd = g_open (path, O_CREAT | O_WRONLY, 0600);

  g_assert_cmpint (fd, >=, 0);
  g_assert_cmpint (write (fd, "%PDF-1.5\n", 9), ==, 9);
  g_assert_cmpint (ftruncate (fd, (G_GINT64_CONSTANT (512) << 20) + 1), ==, 0);
  close (fd);
  mapped = g_mapped_file_new (path, FALSE, &error);
  g_assert_no_error (error);
  bytes = g_mapped_file_get_bytes (mapped);
  result = syl_import_bytes (bytes, SYL_IMPORT_FORMAT_AUTO, NULL, "large.pdf", &error);
  g_assert_null (result);
  g_assert_error (error, SYL_ERROR, SYL_ERROR_TOO_LARGE);
  g_assert_nonnull (strstr (error->message, "512 MiB"));
  syl_test_remove_tree (dir);
}

/* “%PDF-” tells a PDF, whatever the name; text that starts so is refused
 * only when it is to be read as text. */
static void
test_detect (void)
{
  g_autoptr(GBytes) pdf = draw_pages_with_furniture (1);
  g_autoptr(SylImportResult) by_magic = NULL;
  g_autoptr(SylImportResult) misnamed = NULL;
  SylImportFormat format;
  g_autoptr(GError) error = NULL;

  by_magic = syl_import_bytes (pdf, SYL_IMPORT_FORMAT_AUTO, NULL, "course", &error);
  g_assert_no_error (error);
  g_assert_cmpint (syl_import_result_get_format (by_magic), ==, SYL_IMPORT_FORMAT_PDF);
  misnamed = syl_import_bytes (pdf, SYL_IMPORT_FORMAT_AUTO, NULL, "notes.txt", &error);
  g_assert_no_error (error);
  g_assert_cmpint (syl_import_result_get_format (misnamed), ==, SYL_IMPORT_FORMAT_PDF);
  g_assert_null (syl_import_bytes (pdf, SYL_IMPORT_FORMAT_TEXT, NULL, "notes.txt", &error));
  g_assert_error (error, SYL_ERROR, SYL_ERROR_ENCODING);
  g_assert_cmpstr (syl_import_format_to_string (SYL_IMPORT_FORMAT_PDF), ==, "pdf");
  g_assert_true (syl_import_format_from_string ("PDF", &format));
  g_assert_cmpint (format, ==, SYL_IMPORT_FORMAT_PDF);
}

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  GCancellable *cancellable = user_data;

  /* Past the reading of the file, the first page has been read. */
  if (fraction > 0.2)
    g_cancellable_cancel (cancellable);
}

static void
test_cancel (void)
{
  g_autoptr(GBytes) pdf = draw_pages_with_furniture (6);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = NULL;

  result = syl_import_bytes_full (pdf, SYL_IMPORT_FORMAT_PDF, NULL, NULL, cancellable,
                                  progress_cb, cancellable, &error);
  g_assert_null (result);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

static void
record_cb (double   fraction,
           gpointer user_data)
{
  g_array_append_val ((GArray *) user_data, fraction);
}

/* Progress goes forward, page by page, then through the text importer. */
static void
test_progress (void)
{
  g_autoptr(GBytes) pdf = draw_pages_with_furniture (6);
  g_autoptr(GArray) fractions = g_array_new (FALSE, FALSE, sizeof (double));
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = NULL;

  result = syl_import_bytes_full (pdf, SYL_IMPORT_FORMAT_PDF, NULL, NULL, NULL,
                                  record_cb, fractions, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (fractions->len, >=, 6);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >=,
                       g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, fractions->len - 1), <=, 1.0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/pdf/bookmarks", test_bookmarks);
  g_test_add_func ("/import/pdf/no-bookmarks", test_no_bookmarks);
  g_test_add_func ("/import/pdf/notes", test_notes);
  g_test_add_func ("/import/pdf/notes-no-bookmarks", test_notes_no_bookmarks);
  g_test_add_func ("/import/pdf/furniture", test_furniture);
  g_test_add_func ("/import/pdf/no-text", test_no_text);
  g_test_add_func ("/import/pdf/encrypted", test_encrypted);
  g_test_add_func ("/import/pdf/damaged", test_damaged);
  g_test_add_func ("/import/pdf/too-large", test_too_large);
  g_test_add_func ("/import/pdf/detect", test_detect);
  g_test_add_func ("/import/pdf/cancel", test_cancel);
  g_test_add_func ("/import/pdf/progress", test_progress);

  return g_test_run ();
}
