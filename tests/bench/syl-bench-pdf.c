/* syl-bench-pdf.c: measures exporting an outline to PDF
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: syl-bench-pdf FILE.json [--repeat R]
 *
 * Prints a plain-text report, one line per measurement, each the median
 * of R runs (1 unless told: the PDF of 100,000 nodes takes minutes):
 *
 * - the PDF export, as File → Export… and `syllabus-cli export --to pdf`
 *   make it (syl_pdf_render_document()), and its parts: building and
 *   laying out the pages, and drawing them;
 * - the snapshot the window takes on its main thread before it exports
 *   in the background (syl_document_snapshot()): the only part of an
 *   export the window waits for.
 *
 * There is no target: the export runs in the background, and the window
 * stays usable meanwhile.  The exit status is 1 when an export fails.
 */
#include <cairo-pdf.h>

#include "syl-bench-util.h"
#include "syl-document-disk.h"
#include "syl-json-writer.h"
#include "syl-page-layout.h"
#include "syl-pdf.h"
#include "syl-snapshot.h"

static cairo_status_t
discard_cb (void                *closure,
            const unsigned char *data,
            unsigned int         length)
{
  return CAIRO_STATUS_SUCCESS;
}

/* The pagination alone, and the drawing of the pages on a PDF surface
 * that writes nothing. */
static void
time_parts (SylDocument *document,
            gint64      *layout_us,
            gint64      *draw_us,
            guint       *n_pages)
{
  cairo_surface_t *surface = cairo_pdf_surface_create_for_stream (discard_cb, NULL,
                                                                  SYL_PDF_A4_WIDTH,
                                                                  SYL_PDF_A4_HEIGHT);
  cairo_t *cr = cairo_create (surface);
  g_autoptr(SylPageLayout) layout = syl_page_layout_new (document, SYL_EXPORT_DEFAULT);
  gint64 start = g_get_monotonic_time ();
  gint64 middle;

  syl_page_layout_paginate (layout, cr, SYL_PDF_A4_WIDTH, SYL_PDF_A4_HEIGHT);
  middle = g_get_monotonic_time ();
  *n_pages = syl_page_layout_get_n_pages (layout);
  for (guint i = 0; i < *n_pages; i++)
    {
      syl_page_layout_draw_page (layout, cr, i);
      cairo_show_page (cr);
    }
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  cairo_surface_destroy (surface);
  *draw_us = g_get_monotonic_time () - middle;
  *layout_us = middle - start;
}

static gboolean
bench_pdf (SylDocument *document,
           guint        repeat)
{
  g_autoptr(GArray) exports = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) layouts = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) draws = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *note = NULL;
  gsize size = 0;
  guint n_pages = 0;

  for (guint i = 0; i < repeat; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GBytes) bytes = syl_pdf_render_document (document, SYL_EXPORT_DEFAULT,
                                                          SYL_PDF_A4_WIDTH, SYL_PDF_A4_HEIGHT,
                                                          &error);
      gint64 took = g_get_monotonic_time () - start;
      gint64 layout_us, draw_us;

      if (bytes == NULL)
        {
          g_autofree char *failed = g_strdup_printf ("FAILED: %s", error->message);

          syl_bench_report_line ("pdf export", "-", failed);
          return FALSE;
        }
      size = g_bytes_get_size (bytes);
      g_array_append_val (exports, took);
      time_parts (document, &layout_us, &draw_us, &n_pages);
      g_array_append_val (layouts, layout_us);
      g_array_append_val (draws, draw_us);
    }
  note = g_strdup_printf ("%u pages, %.1f MiB", n_pages, size / 1048576.0);
  syl_bench_report_duration ("pdf export", syl_bench_median (exports), note);
  syl_bench_report_duration ("  pdf: lay out the pages", syl_bench_median (layouts), NULL);
  syl_bench_report_duration ("  pdf: draw the pages", syl_bench_median (draws), NULL);
  return TRUE;
}

static void
bench_snapshot (SylDocument *document,
                guint        repeat)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) serializes = g_array_new (FALSE, FALSE, sizeof (gint64));

  /* At least five: a snapshot takes a fraction of a second. */
  for (guint i = 0; i < MAX (repeat, 5); i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(SylDocument) snapshot = syl_document_snapshot (document);
      gint64 took = g_get_monotonic_time () - start;
      g_autoptr(GBytes) bytes = NULL;

      g_array_append_val (samples, took);
      start = g_get_monotonic_time ();
      bytes = syl_document_serialize (document);
      took = g_get_monotonic_time () - start;
      g_array_append_val (serializes, took);
    }
  syl_bench_report_duration ("snapshot for background work", syl_bench_median (samples),
                             "on the main thread");
  syl_bench_report_duration ("  baseline: serialize the document", syl_bench_median (serializes),
                             "the other way to a copy");
}

int
main (int   argc,
      char *argv[])
{
  guint repeat = 1;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(SylDocument) document = NULL;

  if (!syl_bench_parse_args ("syl-bench-pdf", &argc, &argv, &repeat))
    return 2;
  file = g_file_new_for_commandline_arg (argv[1]);
  document = syl_document_new_from_file (file, NULL, &error);
  if (document == NULL)
    {
      g_printerr ("syl-bench-pdf: %s\n", error->message);
      return 1;
    }
  g_print ("syl-bench-pdf: %s, %u nodes, median of %u run%s\n", argv[1],
           syl_document_get_n_nodes (document), repeat, repeat == 1 ? "" : "s");
  bench_snapshot (document, repeat);
  return bench_pdf (document, repeat) ? 0 : 1;
}
