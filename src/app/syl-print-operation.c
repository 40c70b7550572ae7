/* syl-print-operation.c: printing an outline, pages as the PDF has them
 *
 * The pages are laid out and drawn by SylPageLayout, the code that makes
 * PDF files, on the print context's cairo context: a printed course is
 * the exported PDF on paper.  The operation works on the whole sheet in
 * points, so the layout's own margins are measured from the paper's edge
 * whatever the printer's, as in the PDF.
 *
 * The layout of a long outline takes seconds, so it is made in slices of
 * a few milliseconds, one for each ::paginate the operation emits from
 * the main loop, which goes on meanwhile; the pages are then drawn one an
 * idle.  The document should be a snapshot (syl_document_snapshot()),
 * which nothing changes between slices.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-page-layout.h"
#include "syl-print-operation.h"

/* How long one slice of the pagination runs, in microseconds: short
 * enough for the window to draw its frames in between. */
#define SLICE_US 8000
/* The part of the work the pagination takes; drawing takes the rest. */
#define PAGINATION_SHARE 0.5

struct _SylPrintOperation
{
  GtkPrintOperation  parent_instance;

  SylDocument       *document;
  SylExportFlags     flags;
  SylPageLayout     *layout;
  guint              n_slices;

  GCancellable      *cancellable;
  SylProgressFunc    progress;
  gpointer           progress_data;
};

G_DEFINE_FINAL_TYPE (SylPrintOperation, syl_print_operation, GTK_TYPE_PRINT_OPERATION)

static void
report (SylPrintOperation *self,
        double             fraction)
{
  if (self->progress != NULL)
    self->progress (fraction, self->progress_data);
}

/* The operation stops at its next step once the cancellable is. */
static gboolean
cancelled (SylPrintOperation *self)
{
  if (!g_cancellable_is_cancelled (self->cancellable))
    return FALSE;
  gtk_print_operation_cancel (GTK_PRINT_OPERATION (self));
  return TRUE;
}

static void
syl_print_operation_begin_print (GtkPrintOperation *operation,
                                 GtkPrintContext   *context)
{
  SylPrintOperation *self = SYL_PRINT_OPERATION (operation);

  g_clear_object (&self->layout);
  self->n_slices = 0;
  self->layout = syl_page_layout_new (self->document, self->flags);
  syl_page_layout_set_links (self->layout, syl_page_layout_links_stand_alone ());
  syl_page_layout_paginate_begin (self->layout, gtk_print_context_get_cairo_context (context),
                                  gtk_print_context_get_width (context),
                                  gtk_print_context_get_height (context));
}

/* One slice of the layout; %TRUE once it is done. */
static gboolean
syl_print_operation_paginate (GtkPrintOperation *operation,
                              GtkPrintContext   *context,
                              gpointer           user_data)
{
  SylPrintOperation *self = SYL_PRINT_OPERATION (operation);
  gint64 end = g_get_monotonic_time () + SLICE_US;
  gboolean done = FALSE;

  if (cancelled (self))
    return TRUE;
  self->n_slices++;
  while (!done && g_get_monotonic_time () < end)
    done = syl_page_layout_paginate_step (self->layout, 4);
  report (self, PAGINATION_SHARE * syl_page_layout_get_progress (self->layout));
  if (done)
    gtk_print_operation_set_n_pages (operation, syl_page_layout_get_n_pages (self->layout));
  return done;
}

static void
syl_print_operation_draw_page (GtkPrintOperation *operation,
                               GtkPrintContext   *context,
                               int                page_nr)
{
  SylPrintOperation *self = SYL_PRINT_OPERATION (operation);
  guint n_pages = syl_page_layout_get_n_pages (self->layout);

  if (cancelled (self))
    return;
  syl_page_layout_draw_page (self->layout, gtk_print_context_get_cairo_context (context),
                             page_nr);
  report (self, PAGINATION_SHARE + (1 - PAGINATION_SHARE) * (page_nr + 1) / MAX (n_pages, 1));
}

static void
syl_print_operation_end_print (GtkPrintOperation *operation,
                               GtkPrintContext   *context)
{
  g_clear_object (&SYL_PRINT_OPERATION (operation)->layout);
}

static void
syl_print_operation_finalize (GObject *object)
{
  SylPrintOperation *self = SYL_PRINT_OPERATION (object);

  g_clear_object (&self->layout);
  g_clear_object (&self->document);
  g_clear_object (&self->cancellable);

  G_OBJECT_CLASS (syl_print_operation_parent_class)->finalize (object);
}

static void
syl_print_operation_class_init (SylPrintOperationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkPrintOperationClass *operation_class = GTK_PRINT_OPERATION_CLASS (klass);

  object_class->finalize = syl_print_operation_finalize;
  operation_class->begin_print = syl_print_operation_begin_print;
  operation_class->draw_page = syl_print_operation_draw_page;
  operation_class->end_print = syl_print_operation_end_print;
}

static void
syl_print_operation_init (SylPrintOperation *self)
{
  /* A handler, not the class's: GTK emits ::paginate only when one is
   * connected. */
  g_signal_connect (self, "paginate", G_CALLBACK (syl_print_operation_paginate), NULL);
  gtk_print_operation_set_unit (GTK_PRINT_OPERATION (self), GTK_UNIT_POINTS);
  gtk_print_operation_set_use_full_page (GTK_PRINT_OPERATION (self), TRUE);
  gtk_print_operation_set_embed_page_setup (GTK_PRINT_OPERATION (self), TRUE);
}

/**
 * syl_print_operation_new:
 * @document: an outline whose text is valid UTF-8 (see
 *   syl_export_check_document())
 * @flags: what to print besides the numbered titles
 *
 * Returns: (transfer full): an operation to run, with a dialog or to a file
 */
SylPrintOperation *
syl_print_operation_new (SylDocument    *document,
                         SylExportFlags  flags)
{
  SylPrintOperation *self;
  const char *title;

  g_return_val_if_fail (SYL_IS_DOCUMENT (document), NULL);

  self = g_object_new (SYL_TYPE_PRINT_OPERATION, NULL);
  self->document = g_object_ref (document);
  self->flags = flags;
  title = syl_document_get_title (document);
  gtk_print_operation_set_job_name (GTK_PRINT_OPERATION (self),
                                    *title != '\0' ? title : _("Untitled Course"));
  return self;
}

/**
 * syl_print_operation_set_progress:
 * @cancellable: (nullable): stops the operation at its next slice or page
 * @progress: (nullable): called with the fraction done, after each slice
 *   of the layout and each page drawn
 *
 * For a print that shows its progress in the window.
 */
void
syl_print_operation_set_progress (SylPrintOperation *self,
                                  GCancellable      *cancellable,
                                  SylProgressFunc    progress,
                                  gpointer           progress_data)
{
  g_return_if_fail (SYL_IS_PRINT_OPERATION (self));

  g_set_object (&self->cancellable, cancellable);
  self->progress = progress;
  self->progress_data = progress_data;
}

/**
 * syl_print_operation_get_n_slices:
 *
 * Returns: in how many slices the last print laid its pages out, for tests
 */
guint
syl_print_operation_get_n_slices (SylPrintOperation *self)
{
  g_return_val_if_fail (SYL_IS_PRINT_OPERATION (self), 0);
  return self->n_slices;
}
