/* syl-import-blocks-private.h: the paragraphs of a word processor's document
 *
 * syl-import-blocks.c gathers them as the Word and OpenDocument readers
 * find them; syl-import-blocks-place.c makes them an outline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-import-private.h"

G_BEGIN_DECLS

struct _SylImportBlocks
{
  GArray          *blocks;
  SylImportBlock   scratch;      /* a paragraph in a table's cell */
  GPtrArray       *rows;         /* of GPtrArray of GString */
  GPtrArray       *plain_rows;   /* the same cells' plain text, a line a
                                  * paragraph */
  guint            table_depth;
  /* The paragraphs of the table being read, and its cells, in case it
   * turns out to lay out the page rather than to be a table. */
  GArray          *table_blocks; /* of SylImportBlock */
  guint            table_cells;
};

void _syl_import_blocks_append_escaped (GString    *markdown,
                                        const char *text);

/* A table that holds the outline, in syl-import-blocks-table.c. */
void       _syl_import_table_entry_free   (SylImportTableEntry *entry);
GPtrArray *_syl_import_table_outline      (GPtrArray           *rows);
void       _syl_import_table_append_text  (GString             *text,
                                           GPtrArray           *outline,
                                           GPtrArray           *entries);
void       _syl_import_table_give_details (SylImportResult     *result,
                                           GPtrArray           *entries);

G_END_DECLS
