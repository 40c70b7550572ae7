/* syl-pdf.c: an outline as a PDF file
 *
 * The pages are those of SylPageLayout, drawn on a PDF surface, so a PDF
 * looks exactly like a printed copy.  The PDF has, in addition, the
 * course's title and authors in its metadata, an outline (bookmarks) of
 * chapters and their first two levels of sections, and links from the
 * contents page to each chapter and section.  Fonts are embedded, as
 * subsets, by cairo.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <glib/gi18n.h>

#include "syl-page-layout-private.h"
#include "syl-pdf.h"

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
set_metadata (cairo_surface_t *surface,
              SylDocument     *document)
{
  GListModel *authors = syl_document_get_authors (document);
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (authors); i++)
    {
      g_autoptr(SylAuthor) author = g_list_model_get_item (authors, i);

      if (*syl_author_get_name (author) == '\0')
        continue;
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, syl_author_get_name (author));
    }
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_TITLE,
                                  syl_document_get_title (document));
  if (names->len > 0)
    cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_AUTHOR, names->str);
  cairo_pdf_surface_set_metadata (surface, CAIRO_PDF_METADATA_CREATOR,
                                  "Syllabus " PACKAGE_VERSION);
}

/*
 * _syl_page_links_by_name:
 *
 * Cairo 1.16, the one Debian 12 ships, writes a PDF with a broken
 * cross-reference table as soon as it has a link: it reserves objects for
 * the structure tree that it then never writes when the only tags are
 * links (cairo issue 487, fixed by commit 60d7ff98, “Write trees even if
 * only LINK tags are present”), and a link to a page not drawn yet has no
 * destination at all (cairo issue 336, fixed by commit f7c7bcb6, “allow
 * links to page numbers not yet created”).  Both fixes are first in cairo
 * 1.17.6, released on 2022-03-18.  Before it, the contents page links to
 * named destinations, which cairo resolves at the end, and syl-pdf.c
 * wraps the pages in a Document structure tag so that the tree is
 * written.
 *
 * Returns: whether links go to named destinations, one at the top of
 *   each page, rather than to page numbers
 */
gboolean
_syl_page_links_by_name (void)
{
  return cairo_version () < CAIRO_VERSION_ENCODE (1, 17, 6);
}

/* The PDF outline: each heading under the last heading of the level above. */
static void
add_outline (cairo_surface_t *surface,
             SylPageLayout   *layout)
{
  int parents[4] = { CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT,
                     CAIRO_PDF_OUTLINE_ROOT, CAIRO_PDF_OUTLINE_ROOT };
  guint n;
  const SylPageHeading *headings = syl_page_layout_get_headings (layout, &n);

  for (guint i = 0; i < n; i++)
    {
      guint level = CLAMP (headings[i].level, 1, 3);
      /* Whole points, so no locale can write a decimal comma. */
      g_autofree char *link = g_strdup_printf ("page=%u pos=[0 %d]", headings[i].page + 1,
                                               (int) headings[i].y);
      int id = cairo_pdf_surface_add_outline (surface, parents[level - 1], headings[i].text,
                                              link, level == 1 ? CAIRO_PDF_OUTLINE_FLAG_OPEN : 0);

      for (guint j = level; j < G_N_ELEMENTS (parents); j++)
        parents[j] = id;
    }
}

/* The part of the work the pagination takes, measured on the benchmark
 * outlines; drawing the pages takes the rest. */
#define PAGINATION_SHARE 0.35

typedef struct
{
  SylProgressFunc func;
  gpointer        data;
} Progress;

static void
pagination_progress_cb (double   fraction,
                        gpointer user_data)
{
  Progress *progress = user_data;

  progress->func (fraction * PAGINATION_SHARE, progress->data);
}

/* Draws every page of @layout on @cr, a PDF surface's; %FALSE when
 * cancelled. */
static gboolean
draw_pages (SylPageLayout  *layout,
            cairo_t        *cr,
            GCancellable   *cancellable,
            Progress       *progress)
{
  guint n = syl_page_layout_get_n_pages (layout);
  gboolean by_name = _syl_page_links_by_name ();
  gboolean done = TRUE;

  /* On cairo before 1.17.6 a tag other than links makes cairo write the
   * structure tree its links refer to (see _syl_page_links_by_name()). */
  if (by_name)
    cairo_tag_begin (cr, "Document", "");
  for (guint i = 0; i < n; i++)
    {
      if (g_cancellable_is_cancelled (cancellable))
        {
          done = FALSE;
          break;
        }
      syl_page_layout_draw_page (layout, cr, i);
      /* Closed on the last page: cairo 1.16 drops a tag on an empty one. */
      if (by_name && i + 1 == n)
        cairo_tag_end (cr, "Document");
      cairo_show_page (cr);
      if (progress->func != NULL)
        progress->func (PAGINATION_SHARE + (1 - PAGINATION_SHARE) * (i + 1) / n, progress->data);
    }
  if (by_name && !done)
    cairo_tag_end (cr, "Document");
  return done;
}

/**
 * syl_pdf_render_document:
 * @flags: what to include besides the numbered titles
 * @width: the width of the pages in points, such as %SYL_PDF_A4_WIDTH
 * @height: their height
 *
 * Returns: (transfer full): the PDF file, or %NULL with @error set when
 *   the document holds text that is not UTF-8 or cairo fails
 */
GBytes *
syl_pdf_render_document (SylDocument     *document,
                         SylExportFlags   flags,
                         double           width,
                         double           height,
                         GError         **error)
{
  return syl_pdf_render_document_full (document, flags, width, height, NULL, NULL, NULL, error);
}

/**
 * syl_pdf_render_document_full:
 * @cancellable: (nullable): checked between paragraphs and between pages
 * @progress: (nullable): called from this thread with the fraction done
 *
 * syl_pdf_render_document() for a thread of its own, on a snapshot of the
 * document (syl_document_snapshot()).  Pango and cairo objects are made
 * here and never leave the thread.
 *
 * Returns: (transfer full): the PDF file, or %NULL with @error set,
 *   %G_IO_ERROR_CANCELLED when @cancellable was cancelled
 */
GBytes *
syl_pdf_render_document_full (SylDocument     *document,
                              SylExportFlags   flags,
                              double           width,
                              double           height,
                              GCancellable    *cancellable,
                              SylProgressFunc  progress_func,
                              gpointer         progress_data,
                              GError         **error)
{
  g_autoptr(GByteArray) data = NULL;
  g_autoptr(SylPageLayout) layout = NULL;
  Progress progress = { progress_func, progress_data };
  cairo_surface_t *surface;
  cairo_status_t status;
  gboolean done;
  cairo_t *cr;

  g_return_val_if_fail (SYL_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (!syl_export_check_document (document, error))
    return NULL;

  data = g_byte_array_new ();
  surface = cairo_pdf_surface_create_for_stream (write_cb, data, width, height);
  set_metadata (surface, document);
  cr = cairo_create (surface);

  layout = syl_page_layout_new (document, flags);
  done = syl_page_layout_paginate_full (layout, cr, width, height, cancellable,
                                        progress_func ? pagination_progress_cb : NULL, &progress)
         && draw_pages (layout, cr, cancellable, &progress);
  if (done)
    add_outline (surface, layout);

  cairo_destroy (cr);
  cairo_surface_finish (surface);
  status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (!done)
    {
      g_cancellable_set_error_if_cancelled (cancellable, error);
      return NULL;
    }
  if (status != CAIRO_STATUS_SUCCESS)
    {
      /* Translators: %s says what went wrong, in English (from cairo). */
      g_set_error (error, SYL_ERROR, SYL_ERROR_FAILED, _("Could not make the PDF file: %s"),
                   cairo_status_to_string (status));
      return NULL;
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&data));
}
