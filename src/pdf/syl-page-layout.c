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

#include <string.h>

#include "syl-page-layout-impl.h"

G_DEFINE_FINAL_TYPE (SylPageLayout, syl_page_layout, G_TYPE_OBJECT)

static void
clear_pages (SylPageLayout *self)
{
  g_clear_pointer (&self->blocks, g_ptr_array_unref);
  g_clear_pointer (&self->pages, g_ptr_array_unref);
  g_clear_pointer (&self->node_pages, g_hash_table_unref);
  g_clear_pointer (&self->headings, g_array_unref);
  g_clear_pointer (&self->builder, _syl_page_builder_free);
  g_clear_pointer (&self->kept, g_ptr_array_unref);
  self->kept_size = 0;
  g_clear_object (&self->last_layout);
  g_clear_object (&self->footer_title);
  g_clear_object (&self->footer_number);
  g_clear_object (&self->context);
  g_clear_pointer (&self->target, cairo_surface_destroy);
  self->page = NULL;
  self->n_placed = 0;
  self->n_nodes_placed = 0;
}

static void
syl_page_layout_finalize (GObject *object)
{
  SylPageLayout *self = SYL_PAGE_LAYOUT (object);

  clear_pages (self);
  for (guint i = 0; i < SYL_PAGE_N_STYLES; i++)
    g_clear_pointer (&self->fonts[i], pango_font_description_free);
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
  self->links = TRUE;
  return self;
}

/**
 * syl_page_layout_set_links:
 * @links: whether the contents page links to the pages it lists
 *
 * Printing draws each page on its own, so it cannot wrap them in the one
 * structure tag that keeps links valid on cairo before 1.17.6 (see
 * _syl_page_links_by_name()); it leaves the links out there, since a
 * damaged file is worse than a contents page without links.
 */
void
syl_page_layout_set_links (SylPageLayout *self,
                           gboolean       links)
{
  g_return_if_fail (SYL_IS_PAGE_LAYOUT (self));
  self->links = links;
}

/* Whether links can be drawn a page at a time, with no tag around the
 * pages: from cairo 1.17.6. */
gboolean
syl_page_layout_links_stand_alone (void)
{
  return !_syl_page_links_by_name ();
}

/* Laying out one block. */

double
_syl_page_layout_text_width (SylPageLayout *self)
{
  return self->width - 2 * MARGIN_SIDE;
}

const PangoFontDescription *
_syl_page_layout_font_of (SylPageLayout *self,
                          SylPageStyle   style)
{
  const SylPageStyleSpec *spec = _syl_page_style_get (style);
  PangoFontDescription *font = self->fonts[style];

  if (font != NULL)
    return font;
  font = self->fonts[style] = pango_font_description_new ();
  pango_font_description_set_family (font, spec->mono ? SYL_PAGE_MONO : SYL_PAGE_SANS);
  pango_font_description_set_size (font, (int) (spec->size * PANGO_SCALE));
  pango_font_description_set_weight (font, spec->weight);
  pango_font_description_set_style (font, spec->slant);
  return font;
}

PangoLayout *
_syl_page_layout_create_layout (SylPageLayout *self,
                                SylPageBlock  *block)
{
  const SylPageStyleSpec *spec = _syl_page_style_get (block->style);
  PangoLayout *layout = pango_layout_new (self->context);
  PangoAttrList *attributes = NULL;
  g_autofree char *text = NULL;
  g_autoptr(GError) error = NULL;
  double width;

  pango_layout_set_font_description (layout, _syl_page_layout_font_of (self, block->style));

  width = _syl_page_layout_text_width (self) - block->x - block->reserve;
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
double
_syl_page_lines_height (SylPageBlock *block,
                        guint         first,
                        guint         last)
{
  SylPageLine *a = &g_array_index (block->lines, SylPageLine, first);
  SylPageLine *b = &g_array_index (block->lines, SylPageLine, last);

  return b->top + b->height - a->top;
}

/* Returns: (transfer full) (nullable): the layout @block was measured
 * with, none for a rule */
static PangoLayout *
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
      return NULL;
    }

  layout = _syl_page_layout_create_layout (self, block);
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
  block->height = _syl_page_lines_height (block, 0, block->lines->len - 1);
  return g_steal_pointer (&layout);
}

/* Pagination. */

/* Text is laid out twice: to paginate, and to draw once the pages are
 * known, since the contents page and each footer ("3 / 120") need the
 * whole pagination before the first page is drawn.  The layouts made to
 * paginate are kept to draw, from the first, as long as they take less
 * than this much memory: all of them would take about 240 MB for 10,000
 * nodes, measured on the benchmark outline. */
#define KEPT_MAX_SIZE (64 * 1024 * 1024)
/* What a kept layout takes, about, measured on those outlines: mostly its
 * glyphs and their positions. */
#define LAYOUT_SIZE(block) (1024 + 48 * strlen ((block)->markup))

static void
unref_layout (gpointer layout)
{
  if (layout != NULL)
    g_object_unref (layout);
}

/* Whether block @index exists, built and measured if it was not yet. */
static gboolean
ensure_block (SylPageLayout *self,
              guint          index)
{
  SylPageBlock *block;
  PangoLayout *layout;

  while (index >= self->blocks->len)
    if (self->builder == NULL || !_syl_page_builder_next (self->builder))
      {
        g_clear_pointer (&self->builder, _syl_page_builder_free);
        return FALSE;
      }
  block = g_ptr_array_index (self->blocks, index);
  if (block->lines != NULL)
    return TRUE;
  layout = measure (self, block);
  if (index >= self->kept->len)
    g_ptr_array_set_size (self->kept, index + 1);
  if (layout != NULL && self->kept_size + LAYOUT_SIZE (block) <= KEPT_MAX_SIZE)
    {
      self->kept_size += LAYOUT_SIZE (block);
      g_ptr_array_index (self->kept, index) = layout;
    }
  else
    unref_layout (layout);
  return TRUE;
}

static void
new_page (SylPageLayout *self)
{
  self->page = g_array_new (FALSE, FALSE, sizeof (Piece));
  g_ptr_array_add (self->pages, self->page);
  self->y = MARGIN_TOP;
}

static gboolean
page_is_empty (SylPageLayout *self)
{
  return self->page->len == 0;
}

/* How many lines of @block from @first fit in @room. */
static guint
lines_that_fit (SylPageBlock *block,
                guint         first,
                double        room)
{
  guint n = 0;

  while (first + n < block->lines->len && _syl_page_lines_height (block, first, first + n) <= room)
    n++;
  return n;
}

/* The room a heading needs below it: the first line of what follows. */
static double
room_to_keep (SylPageLayout *self,
              guint          index)
{
  SylPageBlock *next;

  if (!ensure_block (self, index + 1))
    return 0;
  next = g_ptr_array_index (self->blocks, index + 1);
  return _syl_page_style_get (next->style)->space_before + _syl_page_lines_height (next, 0, 0);
}

static void
record_heading (SylPageLayout *self,
                SylPageBlock  *block,
                double         y)
{
  guint page = self->pages->len - 1;

  if (block->node != NULL && block->level > 0)
    {
      g_hash_table_insert (self->node_pages, block->node, GUINT_TO_POINTER (page + 1));
      self->n_nodes_placed++;
    }
  if (block->level > 0 && block->level <= 3)
    {
      SylPageHeading heading = { block->level, block->plain, page, y };

      g_array_append_val (self->headings, heading);
    }
}

static void
place_block (SylPageLayout *self,
             guint          index)
{
  SylPageBlock *block = g_ptr_array_index (self->blocks, index);
  const SylPageStyleSpec *spec = _syl_page_style_get (block->style);
  double bottom = self->height - MARGIN_BOTTOM;
  guint first = 0;

  if (block->page_break_before && !page_is_empty (self))
    new_page (self);

  while (first < block->lines->len)
    {
      double before = page_is_empty (self) && !block->keep_space
                      ? 0 : spec->space_before + block->extra_before;
      double room = bottom - self->y - before;
      guint n = lines_that_fit (block, first, room);
      gboolean whole = first == 0 && n == block->lines->len;
      Piece piece;

      if (whole && spec->keep_with_next && block->height + room_to_keep (self, index) > room)
        n = 0;
      /* No lone first line at the foot of a page. */
      if (first == 0 && n == 1 && block->lines->len > 2)
        n = 0;
      if (n == 0 && page_is_empty (self))
        n = MAX (lines_that_fit (block, first, room), 1);
      if (n == 0)
        {
          new_page (self);
          continue;
        }

      piece = (Piece) { index, first, n, self->y + before };
      g_array_append_val (self->page, piece);
      if (first == 0)
        record_heading (self, block, piece.y);
      self->y += before + _syl_page_lines_height (block, first, first + n - 1);
      first += n;
      if (first < block->lines->len)
        new_page (self);
    }
  self->y += spec->space_after;
}

/**
 * syl_page_layout_paginate_begin:
 * @cr: a context of the kind the pages will be drawn on
 * @width: the width of a page, in the units of @cr, taken as points
 * @height: its height
 *
 * Starts laying out the outline on pages of @width by @height, to go on
 * with syl_page_layout_paginate_step(), such as from the
 * GtkPrintOperation::paginate signal.  Pages already laid out are
 * dropped, so a layout can be paginated again for another size.
 */
void
syl_page_layout_paginate_begin (SylPageLayout *self,
                                cairo_t       *cr,
                                double         width,
                                double         height)
{
  cairo_font_options_t *options;
  const char *language;

  g_return_if_fail (SYL_IS_PAGE_LAYOUT (self));
  g_return_if_fail (cr != NULL);
  g_return_if_fail (width > 2 * MARGIN_SIDE + 72 && height > MARGIN_TOP + MARGIN_BOTTOM + 72);

  clear_pages (self);
  language = syl_document_get_language (self->document);
  self->width = width;
  self->height = height;
  self->context = pango_cairo_create_context (cr);
  self->target = cairo_surface_reference (cairo_get_target (cr));
  cairo_get_matrix (cr, &self->matrix);
  pango_cairo_context_set_resolution (self->context, 72);
  options = cairo_font_options_create ();
  cairo_font_options_set_hint_metrics (options, CAIRO_HINT_METRICS_OFF);
  cairo_font_options_set_hint_style (options, CAIRO_HINT_STYLE_NONE);
  pango_cairo_context_set_font_options (self->context, options);
  cairo_font_options_destroy (options);
  pango_context_set_language (self->context,
                              pango_language_from_string (*language != '\0' ? language : NULL));

  self->builder = _syl_page_builder_new (self->document, self->flags);
  self->blocks = g_ptr_array_ref (_syl_page_builder_get_blocks (self->builder));
  self->pages = g_ptr_array_new_with_free_func ((GDestroyNotify) g_array_unref);
  self->node_pages = g_hash_table_new (NULL, NULL);
  self->headings = g_array_new (FALSE, FALSE, sizeof (SylPageHeading));
  self->kept = g_ptr_array_new_with_free_func (unref_layout);
  self->n_nodes = syl_document_get_n_nodes (self->document);
  new_page (self);
}

/**
 * syl_page_layout_paginate_step:
 * @max_blocks: how many blocks (paragraphs, headings) to lay out at most
 *
 * Goes on with the pagination syl_page_layout_paginate_begin() started.
 *
 * Returns: %TRUE when every page is laid out
 */
gboolean
syl_page_layout_paginate_step (SylPageLayout *self,
                               guint          max_blocks)
{
  g_return_val_if_fail (SYL_IS_PAGE_LAYOUT (self), TRUE);
  g_return_val_if_fail (self->pages != NULL, TRUE);

  for (guint i = 0; i < max_blocks && ensure_block (self, self->n_placed); i++)
    place_block (self, self->n_placed++);
  return !ensure_block (self, self->n_placed);
}

/**
 * syl_page_layout_get_progress:
 *
 * Returns: how far the pagination got, from 0 to 1: the fraction of the
 *   outline's nodes placed on pages
 */
double
syl_page_layout_get_progress (SylPageLayout *self)
{
  g_return_val_if_fail (SYL_IS_PAGE_LAYOUT (self), 0);

  if (self->n_nodes == 0)
    return self->pages != NULL && self->builder == NULL ? 1 : 0;
  return MIN ((double) self->n_nodes_placed / self->n_nodes, 1.0);
}

/**
 * syl_page_layout_paginate:
 *
 * Lays out the outline on pages of @width by @height, all at once: see
 * syl_page_layout_paginate_begin().
 */
void
syl_page_layout_paginate (SylPageLayout *self,
                          cairo_t       *cr,
                          double         width,
                          double         height)
{
  syl_page_layout_paginate_full (self, cr, width, height, NULL, NULL, NULL);
}

/**
 * syl_page_layout_paginate_full:
 * @cancellable: (nullable): checked between blocks
 * @progress: (nullable): called from this thread with
 *   syl_page_layout_get_progress()
 *
 * syl_page_layout_paginate() for a thread of its own.
 *
 * Returns: %FALSE when @cancellable was cancelled before the end
 */
gboolean
syl_page_layout_paginate_full (SylPageLayout   *self,
                               cairo_t         *cr,
                               double           width,
                               double           height,
                               GCancellable    *cancellable,
                               SylProgressFunc  progress,
                               gpointer         progress_data)
{
  syl_page_layout_paginate_begin (self, cr, width, height);
  while (!syl_page_layout_paginate_step (self, 32))
    {
      if (g_cancellable_is_cancelled (cancellable))
        return FALSE;
      if (progress != NULL)
        progress (syl_page_layout_get_progress (self), progress_data);
    }
  return TRUE;
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
