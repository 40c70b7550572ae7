/* syl-page-layout-impl.h: what the parts of a page layout share
 *
 * syl-page-layout.c builds the blocks and splits them between pages;
 * syl-page-layout-draw.c draws a page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-export-private.h"
#include "syl-page-layout-private.h"

G_BEGIN_DECLS

/* Margins in points: 2.2 cm at the sides, the footer in the bottom one. */
#define MARGIN_SIDE 62.0
#define MARGIN_TOP 62.0
#define MARGIN_BOTTOM 70.0
#define FOOTER_BASELINE 36.0

typedef struct
{
  guint  block;
  guint  first_line;
  guint  n_lines;
  double y;
} Piece;

struct _SylPageLayout
{
  GObject         parent_instance;

  SylDocument    *document;
  SylExportFlags  flags;
  /* The language of the footer, the outline's as in the other exports. */
  SylCatalogue   *catalogue;
  /* Whether the contents page links to the pages; see
   * syl_page_layout_set_links(). */
  gboolean        links;

  PangoContext   *context;
  /* The surface and transformation the context follows: drawing on
   * others updates it, which makes every layout lay its text out again
   * (Pango 1.50 counts each update as a change). */
  cairo_surface_t *target;
  cairo_matrix_t  matrix;
  GPtrArray      *blocks;
  GPtrArray      *pages;        /* of GArray of Piece */
  GHashTable     *node_pages;   /* SylNode → its heading's page + 1 */
  GArray         *headings;     /* of SylPageHeading */
  double          width;
  double          height;

  /* Pagination goes in steps (syl_page_layout_paginate_step()): the
   * blocks are built a chapter at a time, and each is measured when it is
   * placed or when the one before it, a heading, needs its first line. */
  SylPageBuilder *builder;
  guint           n_placed;
  guint           n_nodes;
  guint           n_nodes_placed;
  GArray         *page;         /* the page being filled */
  double          y;            /* where the next block goes on it */

  /* What drawing would otherwise make again: the font of each style, the
   * layouts made to paginate (see KEPT_MAX_SIZE), the one drawn last (a
   * block split between pages goes on on the next) and the footer's. */
  PangoFontDescription *fonts[SYL_PAGE_N_STYLES];
  GPtrArray      *kept;         /* by block: the layout measured, or NULL */
  gsize           kept_size;
  PangoLayout    *last_layout;
  guint           last_block;
  PangoLayout    *footer_title;
  PangoLayout    *footer_number;
};

double                      _syl_page_layout_text_width    (SylPageLayout *self);
const PangoFontDescription *_syl_page_layout_font_of       (SylPageLayout *self,
                                                            SylPageStyle   style);
PangoLayout                *_syl_page_layout_create_layout (SylPageLayout *self,
                                                            SylPageBlock  *block);
double                      _syl_page_lines_height         (SylPageBlock  *block,
                                                            guint          first,
                                                            guint          last);

G_END_DECLS
