/* syl-page-layout.h: an outline laid out on pages, for PDF and printing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <cairo.h>

#include "syl-document.h"
#include "syl-export.h"
#include "syl-progress.h"

G_BEGIN_DECLS

#define SYL_TYPE_PAGE_LAYOUT (syl_page_layout_get_type ())

G_DECLARE_FINAL_TYPE (SylPageLayout, syl_page_layout, SYL, PAGE_LAYOUT, GObject)

/* A heading as the pages show it: for the outline (bookmarks) of a PDF. */
typedef struct
{
  guint       level;
  const char *text;
  guint       page;      /* 0 for the first page */
  double      y;         /* the top of the heading on its page, in points */
} SylPageHeading;

SylPageLayout        *syl_page_layout_new            (SylDocument     *document,
                                                     SylExportFlags   flags);
void                  syl_page_layout_paginate       (SylPageLayout   *self,
                                                     cairo_t         *cr,
                                                     double           width,
                                                     double           height);
gboolean              syl_page_layout_paginate_full  (SylPageLayout   *self,
                                                     cairo_t         *cr,
                                                     double           width,
                                                     double           height,
                                                     GCancellable    *cancellable,
                                                     SylProgressFunc  progress,
                                                     gpointer         progress_data);
void                  syl_page_layout_paginate_begin (SylPageLayout   *self,
                                                     cairo_t         *cr,
                                                     double           width,
                                                     double           height);
gboolean              syl_page_layout_paginate_step  (SylPageLayout   *self,
                                                     guint            max_blocks);
double                syl_page_layout_get_progress   (SylPageLayout   *self);
guint                 syl_page_layout_get_n_pages    (SylPageLayout   *self);
void                  syl_page_layout_draw_page      (SylPageLayout   *self,
                                                     cairo_t         *cr,
                                                     guint            page);
const SylPageHeading *syl_page_layout_get_headings   (SylPageLayout   *self,
                                                     guint           *n_headings);
void                  syl_page_layout_set_links      (SylPageLayout   *self,
                                                     gboolean         links);
gboolean              syl_page_layout_links_stand_alone (void);

G_END_DECLS
