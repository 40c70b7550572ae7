/* syl-import-pages-private.h: what the two halves of the page reader share
 *
 * syl-import-pages.c finds the furniture of printed pages and hyphenated
 * words; syl-import-contents.c finds the contents page.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-import-private.h"

G_BEGIN_DECLS

typedef struct
{
  SylImportResult  *result;
  char            **lines;
  guint             n_lines;
  gboolean         *skip;
  GArray           *page_starts;   /* guint: the first line of each page */
  GPtrArray        *owned;         /* lines made here, freed with the text */
  GHashTable       *levels;        /* a repeated contents page's entries, by key */
  GHashTable       *hyphenated;    /* words written with a hyphen, in lower case */
} Pages;

gboolean         _syl_import_is_bare_number        (const char        *text);
guint            _syl_import_find_page_number      (char              *line,
                                                    char             **cut);
void             _syl_import_pages_drop_line       (Pages             *pages,
                                                    guint              i,
                                                    SylImportLineRole  role);
guint            _syl_import_pages_next_read_line  (Pages             *pages,
                                                    guint              i);
void             _syl_import_pages_find_contents   (Pages             *pages);

G_END_DECLS
