/* syl-page-layout-draw.c: drawing a page of a page layout
 *
 * A page is drawn from the pieces of blocks pagination put on it
 * (syl-page-layout.c), on any cairo context of the page's size: a PDF
 * surface or a printer's.  Links to other pages are tagged for PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-page-layout-impl.h"

static void
set_color (cairo_t *cr,
           guint32  color)
{
  cairo_set_source_rgb (cr, ((color >> 16) & 0xff) / 255.0, ((color >> 8) & 0xff) / 255.0,
                        (color & 0xff) / 255.0);
}

/* The background of code, the bar at the left of quotes and examples
 * (down to the next piece when that has the same bar, so an example's
 * bar runs unbroken), or a rule. */
static void
draw_decorations (SylPageLayout *self,
                  cairo_t       *cr,
                  SylPageBlock  *block,
                  Piece         *piece,
                  Piece         *next)
{
  double x = MARGIN_SIDE + block->x;
  double height = _syl_page_lines_height (block, piece->first_line, piece->first_line + piece->n_lines - 1);
  SylPageBlock *next_block = next ? g_ptr_array_index (self->blocks, next->block) : NULL;
  double bar_height = height;

  if (next_block != NULL && next_block->bar_color == block->bar_color &&
      next_block->bar_x == block->bar_x)
    bar_height = next->y - piece->y;

  if (block->shaded)
    {
      set_color (cr, 0xf3f2f1);
      cairo_rectangle (cr, x - 6, piece->y - 3, _syl_page_layout_text_width (self) - block->x + 12, height + 6);
      cairo_fill (cr);
    }
  if (block->bar_color != 0)
    {
      set_color (cr, block->bar_color);
      cairo_rectangle (cr, MARGIN_SIDE + block->bar_x, piece->y, 2.5, bar_height);
      cairo_fill (cr);
    }
  if (block->rule)
    {
      set_color (cr, 0xdeddda);
      cairo_rectangle (cr, x, piece->y + height / 2, _syl_page_layout_text_width (self) - block->x, 0.75);
      cairo_fill (cr);
    }
}

/* The page number of a contents entry, at the right of its last line,
 * and a link from the entry to its heading. */
static void
draw_contents_page (SylPageLayout *self,
                    cairo_t       *cr,
                    PangoLayout   *entry,
                    guint          page,
                    double         baseline)
{
  char number[16];
  PangoRectangle logical;

  if (self->footer_number == NULL)
    self->footer_number = pango_layout_new (self->context);
  g_snprintf (number, sizeof number, "%u", page);
  pango_layout_set_font_description (self->footer_number, pango_layout_get_font_description (entry));
  pango_layout_set_text (self->footer_number, number, -1);
  pango_layout_get_extents (self->footer_number, NULL, &logical);
  cairo_move_to (cr, MARGIN_SIDE + _syl_page_layout_text_width (self) - (double) logical.width / PANGO_SCALE,
                 baseline);
  pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (self->footer_number, 0));
}

/* The layout of @index: the one it was measured with, if it was kept,
 * or else made again, unless it is the one drawn last (a block split
 * between pages goes on at the top of the next). */
static PangoLayout *
layout_of (SylPageLayout *self,
           guint          index)
{
  if (index < self->kept->len && g_ptr_array_index (self->kept, index) != NULL)
    return g_ptr_array_index (self->kept, index);
  if (self->last_layout == NULL || self->last_block != index)
    {
      g_clear_object (&self->last_layout);
      self->last_layout = _syl_page_layout_create_layout (self, g_ptr_array_index (self->blocks, index));
      self->last_block = index;
    }
  return self->last_layout;
}

static void
draw_piece (SylPageLayout *self,
            cairo_t       *cr,
            Piece         *piece,
            Piece         *next)
{
  SylPageBlock *block = g_ptr_array_index (self->blocks, piece->block);
  SylPageLine *first = &g_array_index (block->lines, SylPageLine, piece->first_line);
  PangoLayout *layout;
  g_autofree char *link = NULL;
  double baseline = 0;
  guint target = 0;

  draw_decorations (self, cr, block, piece, next);
  if (block->rule)
    return;

  layout = layout_of (self, piece->block);
  if (block->reserve > 0 && block->node != NULL)
    target = GPOINTER_TO_UINT (g_hash_table_lookup (self->node_pages, block->node));
  if (target > 0 && self->links)
    {
      /* Whole points, so no locale can write a decimal comma. */
      if (_syl_page_links_by_name ())
        link = g_strdup_printf ("dest='page%u'", target);
      else
        link = g_strdup_printf ("page=%u pos=[%d %d]", target, (int) MARGIN_SIDE, (int) MARGIN_TOP);
      cairo_tag_begin (cr, CAIRO_TAG_LINK, link);
    }
  set_color (cr, _syl_page_style_get (block->style)->color);
  for (guint i = piece->first_line; i < piece->first_line + piece->n_lines; i++)
    {
      SylPageLine *line = &g_array_index (block->lines, SylPageLine, i);

      baseline = piece->y + line->baseline - first->top;
      cairo_move_to (cr, MARGIN_SIDE + block->x + line->x, baseline);
      pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (layout, i));
    }
  if (target > 0)
    {
      draw_contents_page (self, cr, layout, target, baseline);
      if (self->links)
        cairo_tag_end (cr, CAIRO_TAG_LINK);
    }
  /* Pages are drawn in order, mostly once: a kept layout has served. */
  if (piece->first_line + piece->n_lines == block->lines->len && piece->block < self->kept->len)
    {
      PangoLayout *kept = g_ptr_array_index (self->kept, piece->block);

      g_clear_object (&kept);
      g_ptr_array_index (self->kept, piece->block) = NULL;
    }
}

/* The course's title at the left, the page number at the right. */
static void
draw_footer (SylPageLayout *self,
             cairo_t       *cr,
             guint          page)
{
  SylPageBlock footer = { SYL_PAGE_STYLE_FOOTER, NULL };
  PangoLayout *layout;
  g_autofree char *number = NULL;
  double baseline = self->height - FOOTER_BASELINE;
  PangoRectangle logical;

  /* The title is the same on every page: it is laid out once. */
  if (self->footer_title == NULL)
    {
      g_autofree char *title = _syl_export_one_line (syl_document_get_title (self->document));

      footer.markup = g_markup_escape_text (title, -1);
      self->footer_title = _syl_page_layout_create_layout (self, &footer);
      g_free (footer.markup);
      pango_layout_set_width (self->footer_title, (int) (_syl_page_layout_text_width (self) * 0.7 * PANGO_SCALE));
      pango_layout_set_ellipsize (self->footer_title, PANGO_ELLIPSIZE_END);
    }
  set_color (cr, _syl_page_style_get (SYL_PAGE_STYLE_FOOTER)->color);
  cairo_move_to (cr, MARGIN_SIDE, baseline);
  pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (self->footer_title, 0));

  /* Translators: the page number in the footer of an exported outline:
   * this page, then how many pages there are. */
  number = g_strdup_printf (syl_catalogue_gettext (self->catalogue, "%u / %u"), page + 1,
                            self->pages->len);
  if (self->footer_number == NULL)
    self->footer_number = pango_layout_new (self->context);
  layout = self->footer_number;
  pango_layout_set_font_description (layout, _syl_page_layout_font_of (self, SYL_PAGE_STYLE_FOOTER));
  pango_layout_set_text (layout, number, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  cairo_move_to (cr, self->width - MARGIN_SIDE - (double) logical.width / PANGO_SCALE, baseline);
  pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (layout, 0));
}

/**
 * syl_page_layout_draw_page:
 * @cr: a context whose units are points, of the size the layout was
 *   paginated for, such as a PDF surface's or a GtkPrintContext's
 * @page: from 0
 *
 * Draws one page on @cr; the first, the title page, has no footer.
 */
void
syl_page_layout_draw_page (SylPageLayout *self,
                           cairo_t       *cr,
                           guint          page)
{
  cairo_matrix_t matrix;
  GArray *pieces;

  g_return_if_fail (SYL_IS_PAGE_LAYOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < syl_page_layout_get_n_pages (self));

  pieces = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  cairo_get_matrix (cr, &matrix);
  if (cairo_get_target (cr) != self->target || memcmp (&matrix, &self->matrix, sizeof matrix) != 0)
    {
      pango_cairo_update_context (cr, self->context);
      g_clear_pointer (&self->target, cairo_surface_destroy);
      self->target = cairo_surface_reference (cairo_get_target (cr));
      self->matrix = matrix;
    }
  if (self->links && _syl_page_links_by_name ())
    {
      g_autofree char *dest = g_strdup_printf ("name='page%u' x=%d y=%d", page + 1,
                                               (int) MARGIN_SIDE, (int) MARGIN_TOP);

      cairo_tag_begin (cr, CAIRO_TAG_DEST, dest);
      cairo_tag_end (cr, CAIRO_TAG_DEST);
    }
  for (guint i = 0; i < pieces->len; i++)
    draw_piece (self, cr, &g_array_index (pieces, Piece, i),
                i + 1 < pieces->len ? &g_array_index (pieces, Piece, i + 1) : NULL);
  if (page > 0)
    draw_footer (self, cr, page);
  cairo_restore (cr);
}
