/* syl-page-layout-private.h: the blocks a page layout is made of
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <pango/pangocairo.h>

#include "syl-page-layout.h"

G_BEGIN_DECLS

typedef enum
{
  SYL_PAGE_STYLE_TITLE,
  SYL_PAGE_STYLE_SUBTITLE,
  SYL_PAGE_STYLE_AUTHOR,
  SYL_PAGE_STYLE_COURSE_META,
  SYL_PAGE_STYLE_CONTENTS,
  SYL_PAGE_STYLE_CONTENTS_1,
  SYL_PAGE_STYLE_CONTENTS_2,
  SYL_PAGE_STYLE_HEADING_1,
  SYL_PAGE_STYLE_HEADING_2,
  SYL_PAGE_STYLE_HEADING_3,
  SYL_PAGE_STYLE_HEADING_4,
  SYL_PAGE_STYLE_META,
  SYL_PAGE_STYLE_BODY,
  SYL_PAGE_STYLE_ITEM,
  SYL_PAGE_STYLE_LABEL,
  SYL_PAGE_STYLE_CODE,
  SYL_PAGE_STYLE_QUOTE,
  SYL_PAGE_STYLE_COMMENT,
  SYL_PAGE_STYLE_FOOTER,
  SYL_PAGE_N_STYLES,
} SylPageStyle;

/* A paragraph of text, laid out as a whole and split between pages at
 * its lines, or a rule.  Blocks keep their markup, not a PangoLayout, so
 * a long outline never holds thousands of layouts at once: each is made
 * again for the page that shows it. */
typedef struct
{
  SylPageStyle  style;
  char         *markup;
  double        x;              /* from the left margin, in points */
  double        hanging;        /* list items: the indent of lines after the first */
  double        reserve;        /* room kept free at the right: contents' page numbers */
  double        extra_before;   /* space above it besides its style's */
  guint32       bar_color;      /* a bar at the left (quotes, examples), 0 for none */
  double        bar_x;          /* where the bar is, from the left margin */
  guint         page_break_before : 1;
  guint         keep_space : 1; /* keep the space before it at the top of a page */
  guint         rule : 1;       /* a line across, no text */
  guint         shaded : 1;     /* a grey background, as code has */
  guint         level;          /* a heading's outline level, 0 for other blocks */
  SylNode      *node;           /* the node of a heading or a contents entry */
  char         *plain;          /* a heading's text, for the PDF outline */

  /* Measured when paginating. */
  GArray       *lines;          /* of SylPageLine */
  double        height;
} SylPageBlock;

typedef struct
{
  double top;
  double height;
  double baseline;
  double x;
} SylPageLine;

typedef struct
{
  double      size;
  gboolean    mono;
  PangoWeight weight;
  PangoStyle  slant;
  guint32     color;
  double      line_spacing;
  double      space_before;
  double      space_after;
  gboolean    keep_with_next;
} SylPageStyleSpec;

/* The fonts, by family list, so Chinese finds a real CJK font first. */
#define SYL_PAGE_SANS "Noto Sans CJK SC,Source Han Sans SC,PingFang SC,Microsoft YaHei,sans-serif"
#define SYL_PAGE_MONO "Noto Sans Mono CJK SC,DejaVu Sans Mono,monospace"

typedef struct _SylPageBuilder SylPageBuilder;

const SylPageStyleSpec *_syl_page_style_get         (SylPageStyle    style);
SylPageBuilder         *_syl_page_builder_new       (SylDocument    *document,
                                                     SylExportFlags  flags);
GPtrArray              *_syl_page_builder_get_blocks (SylPageBuilder *builder);
gboolean                _syl_page_builder_next      (SylPageBuilder *builder);
void                    _syl_page_builder_free      (SylPageBuilder *builder);

gboolean                _syl_page_links_by_name     (void);

G_END_DECLS
