/* syl-print-operation.c: printing an outline, pages as the PDF has them
 *
 * The pages are laid out and drawn by SylPageLayout, the code that makes
 * PDF files, on the print context's cairo context: a printed course is
 * the exported PDF on paper.  The operation works on the whole sheet in
 * points, so the layout's own margins are measured from the paper's edge
 * whatever the printer's, as in the PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-page-layout.h"
#include "syl-print-operation.h"

struct _SylPrintOperation
{
  GtkPrintOperation  parent_instance;

  SylDocument       *document;
  SylExportFlags     flags;
  SylPageLayout     *layout;
};

G_DEFINE_FINAL_TYPE (SylPrintOperation, syl_print_operation, GTK_TYPE_PRINT_OPERATION)

static void
syl_print_operation_begin_print (GtkPrintOperation *operation,
                                 GtkPrintContext   *context)
{
  SylPrintOperation *self = SYL_PRINT_OPERATION (operation);

  g_clear_object (&self->layout);
  self->layout = syl_page_layout_new (self->document, self->flags);
  syl_page_layout_paginate (self->layout, gtk_print_context_get_cairo_context (context),
                            gtk_print_context_get_width (context),
                            gtk_print_context_get_height (context));
  gtk_print_operation_set_n_pages (operation, syl_page_layout_get_n_pages (self->layout));
}

static void
syl_print_operation_draw_page (GtkPrintOperation *operation,
                               GtkPrintContext   *context,
                               int                page_nr)
{
  SylPrintOperation *self = SYL_PRINT_OPERATION (operation);

  syl_page_layout_draw_page (self->layout, gtk_print_context_get_cairo_context (context),
                             page_nr);
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
