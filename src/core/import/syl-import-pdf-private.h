/* syl-import-pdf-private.h: what the two halves of the PDF importer share
 *
 * syl-import-pdf.c opens the file, reads every page's lines and, when the
 * PDF has bookmarks, builds the tree from them; syl-import-pdf-text.c
 * turns the lines of a PDF without bookmarks into text for the text
 * importer; syl-import-pdf-layout.c tells both which lines go on with
 * the one before and how far each is indented.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-import-private.h"

G_BEGIN_DECLS

/* A line of a page as poppler lays it out, in points from the page's
 * top left corner. */
typedef struct
{
  char     *text;       /* stripped, never empty */
  guint     page;       /* from 0 */
  double    top;
  double    bottom;
  double    left;
  double    right;
  double    first_word; /* the width of its first word, or character in Chinese */
  double    size;       /* the font size of most of its characters */
  double    page_width;
  gboolean  bold;
  gboolean  furniture;  /* a running header or footer, or a page number */
} SylPdfLine;

/* What the body text of a PDF looks like, to tell its paragraphs apart. */
typedef struct
{
  double body;    /* the font size of most of the text */
  double left;    /* the leftmost edge of the body's lines */
  double margin;  /* the rightmost edge they reach */
} SylPdfLayout;

void     _syl_import_pdf_mark_furniture (GArray             *lines,
                                         guint               n_pages);
double   _syl_import_pdf_body_size      (GArray             *lines);
gboolean _syl_import_pdf_is_meta        (const SylPdfLine   *line,
                                         double              body,
                                         gboolean           *optional);
char    *_syl_import_pdf_to_text        (GArray             *lines,
                                         GByteArray        **hints);

/* syl-import-pdf-layout.c */
void     _syl_import_pdf_layout_init    (SylPdfLayout       *layout,
                                         GArray             *lines);
gboolean _syl_import_pdf_starts_item    (const char         *text);
gboolean _syl_import_pdf_is_centered    (const SylPdfLayout *layout,
                                         const SylPdfLine   *line);
gboolean _syl_import_pdf_continues      (const SylPdfLayout *layout,
                                         const SylPdfLine   *line,
                                         const SylPdfLine   *previous,
                                         gboolean            previous_starts);
void     _syl_import_pdf_join_line      (GString            *text,
                                         const SylPdfLayout *layout,
                                         const SylPdfLine   *line,
                                         const SylPdfLine   *previous);
int      _syl_import_pdf_compare_edges  (gconstpointer       a,
                                         gconstpointer       b);
guint    _syl_import_pdf_indent_levels  (GArray             *lefts,
                                         double              body);
guint    _syl_import_pdf_indent_level   (GArray             *levels,
                                         double              left);

G_END_DECLS
