/* syl-import-pdf-private.h: what the two halves of the PDF importer share
 *
 * syl-import-pdf.c opens the file, reads every page's lines and, when the
 * PDF has bookmarks, builds the tree from them; syl-import-pdf-text.c
 * turns the lines of a PDF without bookmarks into text for the text
 * importer.
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
  double    size;       /* the font size of most of its characters */
  gboolean  bold;
  gboolean  furniture;  /* a running header or footer, or a page number */
} SylPdfLine;

void     _syl_import_pdf_mark_furniture (GArray          *lines,
                                         guint            n_pages);
double   _syl_import_pdf_body_size      (GArray          *lines);
void     _syl_import_pdf_join_line      (GString         *text,
                                         const SylPdfLine *line,
                                         const SylPdfLine *previous);
char    *_syl_import_pdf_to_text        (GArray          *lines,
                                         GByteArray     **hints);
gboolean _syl_import_pdf_is_meta        (const SylPdfLine *line,
                                         double           body,
                                         gboolean        *optional);

G_END_DECLS
