/* syl-page-layout.c: an outline laid out on pages, for PDF and printing
 *
 * The same code lays out and draws a PDF file and a printed copy: the
 * layout is given a cairo context and a page size in points, splits the
 * outline's blocks (syl-page-blocks.c) between pages, and then draws any
 * page on any cairo context of that size, a PDF surface or the context
 * of a GtkPrintOperation.
 *
 * Text is laid out with Pango at 72 units per inch, so sizes in points
 * are the context's units, and without hinting, so that the lines break
 * in the same places whatever the context draws on.  The language of the
 * outline is given to Pango so that Chinese takes the Chinese forms of
 * its fonts.
 *
 * Splitting: a block that does not fit goes on at its lines on the next
 * page, but never leaves only its first line at the foot of a page; a
 * heading never ends a page (it keeps the first line of what follows);
 * each chapter starts a new page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-export-private.h"
#include "syl-page-layout-private.h"

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

  PangoContext   *context;
  GPtrArray      *blocks;
  GPtrArray      *pages;        /* of GArray of Piece */
  GHashTable     *node_pages;   /* SylNode → its heading's page + 1 */
  GArray         *headings;     /* of SylPageHeading */
  double          width;
  double          height;
};

G_DEFINE_FINAL_TYPE (SylPageLayout, syl_page_layout, G_TYPE_OBJECT)

static void
clear_pages (SylPageLayout *self)
{
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->node_pages, g_hash_table_unref);
  g_clear_pointer (&self->headings, g_array_unref);
  g_clear_object (&self->context);
}

static void
syl_page_layout_finalize (GObject *object)
{
  SylPageLayout *self = SYL_PAGE_LAYOUT (object);

  clear_pages (self);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (syl_page_layout_parent_class)->finalize (object);
}

static void
syl_page_layout_class_init (SylPageLayoutClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = syl_page_layout_finalize;
}

static void
syl_page_layout_init (SylPageLayout *self)
{
}

/**
 * syl_page_layout_new:
 * @flags: what to show besides the numbered titles, as for the other exports
 *
 * The text of @document must be valid UTF-8: see syl_export_check_document().
 *
 * Returns: (transfer full): a layout with no pages until it is paginated
 */
SylPageLayout *
syl_page_layout_new (SylDocument    *document,
                     SylExportFlags  flags)
{
  SylPageLayout *self;

  g_return_val_if_fail (SYL_IS_DOCUMENT (document), NULL);

  self = g_object_new (SYL_TYPE_PAGE_LAYOUT, NULL);
  self->document = g_object_ref (document);
  self->flags = flags;
  self->catalogue = syl_catalogue_get_for_language (syl_document_get_language (document));
  return self;
}

/* Laying out one block. */

static double
text_width (SylPageLayout *self)
{
  return self->width - 2 * MARGIN_SIDE;
}

static PangoLayout *
create_layout (SylPageLayout *self,
               SylPageBlock  *block)
{
  const SylPageStyleSpec *spec = _syl_page_style_get (block->style);
  PangoLayout *layout = pango_layout_new (self->context);
  PangoFontDescription *font = pango_font_description_new ();
  PangoAttrList *attributes = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  double width;

  pango_font_description_set_family (font, spec->mono ? SYL_PAGE_MONO : SYL_PAGE_SANS);
  pango_font_description_set_size (font, (int) (spec->size * PANGO_SCALE));
  pango_font_description_set_weight (font, spec->weight);
  pango_font_description_set_style (font, spec->slant);
  pango_layout_set_font_description (layout, font);
  pango_font_description_free (font);

  width = text_width (self) - block->x - block->reserve;
  pango_layout_set_width (layout, (int) (width * PANGO_SCALE));
  pango_layout_set_wrap (layout, PANGO_WRAP_WORD_CHAR);
  pango_layout_set_line_spacing (layout, spec->line_spacing);
  if (block->hanging > 0)
    {
      PangoTabArray *tabs = pango_tab_array_new_with_positions (1, TRUE, PANGO_TAB_LEFT,
                                                                (int) block->hanging);

      pango_layout_set_tabs (layout, tabs);
      pango_tab_array_free (tabs);
      pango_layout_set_indent (layout, (int) (-block->hanging * PANGO_SCALE));
    }

  /* The markup is made by syl-page-blocks.c from escaped text; should it
   * ever be wrong, the block shows its markup as text rather than nothing. */
  if (pango_parse_markup (block->markup, -1, 0, &attributes, &text, NULL, &error))
    {
      pango_layout_set_text (layout, text, -1);
      pango_layout_set_attributes (layout, attributes);
      pango_attr_list_unref (attributes);
    }
  else
    {
      g_warning ("Could not lay out “%s”: %s", block->markup, error->message);
      pango_layout_set_text (layout, block->markup, -1);
    }
  return layout;
}

/* The height of lines @first to @last of @block, inclusive. */
static double
lines_height (SylPageBlock *block,
              guint         first,
              guint         last)
{
  SylPageLine *a = &g_array_index (block->lines, SylPageLine, first);
  SylPageLine *b = &g_array_index (block->lines, SylPageLine, last);

  return b->top + b->height - a->top;
}

static void
measure (SylPageLayout *self,
         SylPageBlock  *block)
{
  g_autoptr(PangoLayout) layout = NULL;
  PangoLayoutIter *iter;

  g_clear_pointer (&block->lines, g_array_unref);
  block->lines = g_array_new (FALSE, FALSE, sizeof (SylPageLine));
  if (block->rule)
    {
      SylPageLine line = { 0, 12, 6, 0 };

      g_array_append_val (block->lines, line);
      block->height = line.height;
      return;
    }

  layout = create_layout (self, block);
  iter = pango_layout_get_iter (layout);
  do
    {
      PangoRectangle logical;
      SylPageLine line;
      int top, bottom;

      pango_layout_iter_get_line_yrange (iter, &top, &bottom);
      pango_layout_iter_get_line_extents (iter, NULL, &logical);
      line.top = (double) top / PANGO_SCALE;
      line.height = (double) (bottom - top) / PANGO_SCALE;
      line.baseline = (double) pango_layout_iter_get_baseline (iter) / PANGO_SCALE;
      line.x = (double) logical.x / PANGO_SCALE;
      g_array_append_val (block->lines, line);
    }
  while (pango_layout_iter_next_line (iter));
  pango_layout_iter_free (iter);
  block->height = lines_height (block, 0, block->lines->len - 1);
}

/* Pagination. */

typedef struct
{
  SylPageLayout *self;
  GArray        *page;
  double         y;
} Paginator;

static void
new_page (Paginator *paginator)
{
  paginator->page = g_array_new (FALSE, FALSE, sizeof (Piece));
  g_ptr_array_add (paginator->self->pages, paginator->page);
  paginator->y = MARGIN_TOP;
}

static gboolean
page_is_empty (Paginator *paginator)
{
  return paginator->page->len == 0;
}

/* How many lines of @block from @first fit in @room. */
static guint
lines_that_fit (SylPageBlock *block,
                guint         first,
                double        room)
{
  guint n = 0;

  while (first + n < block->lines->len && lines_height (block, first, first + n) <= room)
    n++;
  return n;
}

/* The room a heading needs below it: the first line of what follows. */
static double
room_to_keep (SylPageLayout *self,
              guint          index)
{
  SylPageBlock *next;

  if (index + 1 >= self->blocks->len)
    return 0;
  next = g_ptr_array_index (self->blocks, index + 1);
  return _syl_page_style_get (next->style)->space_before + lines_height (next, 0, 0);
}

static void
record_heading (SylPageLayout *self,
                SylPageBlock  *block,
                double         y)
{
  guint page = self->pages->len - 1;

  if (block->node != NULL && block->level > 0)
    g_hash_table_insert (self->node_pages, block->node, GUINT_TO_POINTER (page + 1));
  if (block->level > 0 && block->level <= 3)
    {
      SylPageHeading heading = { block->level, block->plain, page, y };

      g_array_append_val (self->headings, heading);
    }
}

static void
place_block (Paginator *paginator,
             guint      index)
{
  SylPageLayout *self = paginator->self;
  SylPageBlock *block = g_ptr_array_index (self->blocks, index);
  const SylPageStyleSpec *spec = _syl_page_style_get (block->style);
  double bottom = self->height - MARGIN_BOTTOM;
  guint first = 0;

  if (block->page_break_before && !page_is_empty (paginator))
    new_page (paginator);

  while (first < block->lines->len)
    {
      double before = page_is_empty (paginator) && !block->keep_space
                      ? 0 : spec->space_before + block->extra_before;
      double room = bottom - paginator->y - before;
      guint n = lines_that_fit (block, first, room);
      gboolean whole = first == 0 && n == block->lines->len;
      Piece piece;

      if (whole && spec->keep_with_next && block->height + room_to_keep (self, index) > room)
        n = 0;
      /* No lone first line at the foot of a page. */
      if (first == 0 && n == 1 && block->lines->len > 2)
        n = 0;
      if (n == 0 && page_is_empty (paginator))
        n = MAX (lines_that_fit (block, first, room), 1);
      if (n == 0)
        {
          new_page (paginator);
          continue;
        }

      piece = (Piece) { index, first, n, paginator->y + before };
      g_array_append_val (paginator->page, piece);
      if (first == 0)
        record_heading (self, block, piece.y);
      paginator->y += before + lines_height (block, first, first + n - 1);
      first += n;
      if (first < block->lines->len)
        new_page (paginator);
    }
  paginator->y += spec->space_after;
}

/**
 * syl_page_layout_paginate:
 * @cr: a context of the kind the pages will be drawn on
 * @width: the width of a page, in the units of @cr, taken as points
 * @height: its height
 *
 * Lays out the outline on pages of @width by @height.  It can be called
 * again for another size.
 */
void
syl_page_layout_paginate (SylPageLayout *self,
                          cairo_t       *cr,
                          double         width,
                          double         height)
{
  cairo_font_options_t *options;
  const char *language = syl_document_get_language (self->document);
  Paginator paginator = { self, NULL, 0 };

  g_return_if_fail (SYL_IS_PAGE_LAYOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (width > 2 * MARGIN_SIDE + 72 && height > MARGIN_TOP + MARGIN_BOTTOM + 72);

  clear_pages (self);
  self->width = width;
  self->height = height;
  self->context = pango_cairo_create_context (cr);
  pango_cairo_context_set_resolution (self->context, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_language (self->context,
                              pango_language_from_string (*language != '\0' ? language : NULL));

  self->blocks = _syl_page_build_blocks (self->document, self->flags);
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->node_pages = g_hash_table_new (NULL, NULL);
  self->headings = g_array_new (FALSE, FALSE, sizeof (SylPageHeading));

  /* A heading needs to know the height of what follows it. */
  for (guint i = 0; i < self->blocks->len; i++)
    measure (self, g_ptr_array_index (self->blocks, i));
  new_page (&paginator);
  for (guint i = 0; i < self->blocks->len; i++)
    place_block (&paginator, i);
}

guint
syl_page_layout_get_n_pages (SylPageLayout *self)
{
  g_return_val_if_fail (SYL_IS_PAGE_LAYOUT (self), 0);
  return self->pages != NULL ? self->pages->len : 0;
}

/**
 * syl_page_layout_get_headings:
 *
 * Returns: (array length=n_headings): the headings of levels 1 to 3, in
 *   order, with their pages
 */
const SylPageHeading *
syl_page_layout_get_headings (SylPageLayout *self,
                              guint         *n_headings)
{
  g_return_val_if_fail (SYL_IS_PAGE_LAYOUT (self), NULL);

  *n_headings = self->headings != NULL ? self->headings->len : 0;
  return self->headings != NULL ? (SylPageHeading *) self->headings->data : NULL;
}

/* Drawing. */

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
  double height = lines_height (block, piece->first_line, piece->first_line + piece->n_lines - 1);
  SylPageBlock *next_block = next ? g_ptr_array_index (self->blocks, next->block) : NULL;
  double bar_height = height;

  if (next_block != NULL && next_block->bar_color == block->bar_color &&
      next_block->bar_x == block->bar_x)
    bar_height = next->y - piece->y;

  if (block->shaded)
    {
      set_color (cr, 0xf3f2f1);
      cairo_rectangle (cr, x - 6, piece->y - 3, text_width (self) - block->x + 12, height + 6);
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
      cairo_rectangle (cr, x, piece->y + height / 2, text_width (self) - block->x, 0.75);
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
  g_autoptr(PangoLayout) layout = pango_layout_new (self->context);
  g_autofree char *number = g_strdup_printf ("%u", page);
  PangoRectangle logical;

  pango_layout_set_font_description (layout, pango_layout_get_font_description (entry));
  pango_layout_set_text (layout, number, -1);
  pango_layout_get_extents (layout, NULL, &logical);
  cairo_move_to (cr, MARGIN_SIDE + text_width (self) - (double) logical.width / PANGO_SCALE,
                 baseline);
  pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (layout, 0));
}

static void
draw_piece (SylPageLayout *self,
            cairo_t       *cr,
            Piece         *piece,
            Piece         *next)
{
  SylPageBlock *block = g_ptr_array_index (self->blocks, piece->block);
  SylPageLine *first = &g_array_index (block->lines, SylPageLine, piece->first_line);
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *link = NULL;
  double baseline = 0;
  guint target = 0;

  draw_decorations (self, cr, block, piece, next);
  if (block->rule)
    return;

  layout = create_layout (self, block);
  if (block->reserve > 0 && block->node != NULL)
    target = GPOINTER_TO_UINT (g_hash_table_lookup (self->node_pages, block->node));
  if (target > 0)
    {
      /* Whole points, so no locale can write a decimal comma. */
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
      cairo_tag_end (cr, CAIRO_TAG_LINK);
    }
}

/* The course's title at the left, the page number at the right. */
static void
draw_footer (SylPageLayout *self,
             cairo_t       *cr,
             guint          page)
{
  SylPageBlock footer = { SYL_PAGE_STYLE_FOOTER, NULL };
  g_autofree char *title = _syl_export_one_line (syl_document_get_title (self->document));
  g_autoptr(PangoLayout) layout = NULL;
  g_autofree char *number = NULL;
  double baseline = self->height - FOOTER_BASELINE;
  PangoRectangle logical;

  footer.markup = g_markup_escape_text (title, -1);
  layout = create_layout (self, &footer);
  g_free (footer.markup);
  pango_layout_set_width (layout, (int) (text_width (self) * 0.7 * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  set_color (cr, _syl_page_style_get (SYL_PAGE_STYLE_FOOTER)->color);
  cairo_move_to (cr, MARGIN_SIDE, baseline);
  pango_cairo_show_layout_line (cr, pango_layout_get_line_readonly (layout, 0));

  /* Translators: the page number in the footer of an exported outline:
   * this page, then how many pages there are. */
  number = g_strdup_printf (syl_catalogue_gettext (self->catalogue, "%u / %u"), page + 1,
                            self->pages->len);
  pango_layout_set_width (layout, -1);
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
  GArray *pieces;

  g_return_if_fail (SYL_IS_PAGE_LAYOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (page < syl_page_layout_get_n_pages (self));

  pieces = g_ptr_array_index (self->pages, page);
  cairo_save (cr);
  pango_cairo_update_context (cr, self->context);
  for (guint i = 0; i < pieces->len; i++)
    draw_piece (self, cr, &g_array_index (pieces, Piece, i),
                i + 1 < pieces->len ? &g_array_index (pieces, Piece, i + 1) : NULL);
  if (page > 0)
    draw_footer (self, cr, page);
  cairo_restore (cr);
}
