/* syl-import-blocks.c: a word processor's paragraphs, made an outline
 *
 * The Word and OpenDocument readers know their XML; what a paragraph
 * means for the outline is the same for both, and is decided here.
 * Paragraphs in a heading style are the nodes.  A document without any
 * takes its outline from its table of contents, from a numbered list of
 * several levels, or, last, from the numbers its author typed
 * (“第一章”, “1.1”, “一、”), which the text importer already knows.  The
 * text under a heading becomes its notes, in Markdown, or its objectives
 * when a small heading above says so (“学习目标”).  A table of contents is
 * never imported as nodes of its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-import-blocks-private.h"


static void
block_init (SylImportBlock *block)
{
  memset (block, 0, sizeof *block);
  block->markdown = g_string_new (NULL);
  block->plain = g_string_new (NULL);
}

static void
block_clear (SylImportBlock *block)
{
  g_string_free (block->markdown, TRUE);
  g_string_free (block->plain, TRUE);
  g_clear_pointer (&block->outline, g_ptr_array_unref);
}

SylImportBlocks *
_syl_import_blocks_new (void)
{
  SylImportBlocks *blocks = g_new0 (SylImportBlocks, 1);

  blocks->blocks = g_array_new (FALSE, FALSE, sizeof (SylImportBlock));
  g_array_set_clear_func (blocks->blocks, (GDestroyNotify) block_clear);
  blocks->table_blocks = g_array_new (FALSE, FALSE, sizeof (SylImportBlock));
  g_array_set_clear_func (blocks->table_blocks, (GDestroyNotify) block_clear);
  block_init (&blocks->scratch);
  return blocks;
}

void
_syl_import_blocks_free (SylImportBlocks *blocks)
{
  g_array_unref (blocks->blocks);
  g_array_unref (blocks->table_blocks);
  block_clear (&blocks->scratch);
  g_clear_pointer (&blocks->rows, g_ptr_array_unref);
  g_clear_pointer (&blocks->plain_rows, g_ptr_array_unref);
  g_free (blocks);
}

/* Runs. */

/* Emphasis ends before the spaces at the end of its text: “**a **” is no
 * emphasis in Markdown. */
static void
close_emphasis (SylImportBlock *block)
{
  GString *markdown = block->markdown;
  gsize end = markdown->len;
  gsize spaces;

  if (!block->bold && !block->italic)
    return;
  while (end > 0 && markdown->str[end - 1] == ' ')
    end--;
  spaces = markdown->len - end;
  g_string_truncate (markdown, end);
  if (block->italic)
    g_string_append_c (markdown, '*');
  if (block->bold)
    g_string_append (markdown, "**");
  for (gsize i = 0; i < spaces; i++)
    g_string_append_c (markdown, ' ');
  block->bold = block->italic = FALSE;
}

/* Text as Markdown shows it: its marks escaped. */
void
_syl_import_blocks_append_escaped (GString    *markdown,
                                   const char *text)
{
  for (const char *p = text; *p != '\0'; p++)
    {
      if (strchr ("\\*_`[]<|", *p) != NULL)
        g_string_append_c (markdown, '\\');
      g_string_append_c (markdown, *p == '\t' ? ' ' : *p);
    }
}

void
_syl_import_block_add_text (SylImportBlock *block,
                            const char     *text,
                            gboolean        bold,
                            gboolean        italic)
{
  const char *rest = text;

  g_string_append (block->plain, text);
  /* Spaces alone keep the emphasis around them as it is. */
  if (*_syl_import_skip_spaces (text) == '\0')
    {
      _syl_import_blocks_append_escaped (block->markdown, text);
      return;
    }
  if (block->bold != bold || block->italic != italic)
    {
      close_emphasis (block);
      while (*rest == ' ')
        g_string_append_c (block->markdown, *rest++);
      if (bold)
        g_string_append (block->markdown, "**");
      if (italic)
        g_string_append_c (block->markdown, '*');
      block->bold = bold;
      block->italic = italic;
    }
  _syl_import_blocks_append_escaped (block->markdown, rest);
}

void
_syl_import_block_open_link (SylImportBlock *block)
{
  close_emphasis (block);
  block->link_start = block->markdown->len;
  g_string_append_c (block->markdown, '[');
}

/* Only a link to somewhere stays a link; one inside the document (a
 * bookmark) or without text is its text alone. */
void
_syl_import_block_close_link (SylImportBlock *block,
                              const char     *href)
{
  gboolean empty;

  close_emphasis (block);
  if (block->link_start >= block->markdown->len || block->markdown->str[block->link_start] != '[')
    return;
  empty = block->markdown->len == block->link_start + 1;
  if (href == NULL || *href == '\0' || *href == '#' || empty)
    g_string_erase (block->markdown, block->link_start, 1);
  else
    g_string_append_printf (block->markdown, "](%s)", href);
}

/* Paragraphs and tables. */

SylImportBlock *
_syl_import_blocks_begin (SylImportBlocks *blocks)
{
  SylImportBlock block;

  if (blocks->table_depth > 0)
    {
      block_clear (&blocks->scratch);
      block_init (&blocks->scratch);
      return &blocks->scratch;
    }
  block_init (&block);
  g_array_append_val (blocks->blocks, block);
  return &g_array_index (blocks->blocks, SylImportBlock, blocks->blocks->len - 1);
}

static void
strip_string (GString *string)
{
  g_autofree char *stripped = _syl_import_strip (string->str, NULL);

  g_string_assign (string, stripped);
}

static GString *
current_cell (GPtrArray *rows)
{
  GPtrArray *row;

  if (rows == NULL || rows->len == 0)
    return NULL;
  row = g_ptr_array_index (rows, rows->len - 1);
  return row->len > 0 ? g_ptr_array_index (row, row->len - 1) : NULL;
}

/* A copy of the paragraph just read in a table, with its styles. */
static void
keep_table_paragraph (SylImportBlocks *blocks)
{
  SylImportBlock copy = blocks->scratch;

  strip_string (blocks->scratch.plain);
  if (blocks->scratch.plain->len == 0)
    return;
  copy.markdown = g_string_new (blocks->scratch.markdown->str);
  copy.plain = g_string_new (blocks->scratch.plain->str);
  g_array_append_val (blocks->table_blocks, copy);
}

void
_syl_import_blocks_end (SylImportBlocks *blocks)
{
  SylImportBlock *block;

  if (blocks->table_depth > 0)
    {
      GString *cell = current_cell (blocks->rows);
      GString *plain = current_cell (blocks->plain_rows);

      close_emphasis (&blocks->scratch);
      strip_string (blocks->scratch.markdown);
      keep_table_paragraph (blocks);
      if (cell == NULL || plain == NULL || blocks->scratch.markdown->len == 0)
        return;
      if (cell->len > 0)
        g_string_append (cell, "<br>");
      g_string_append (cell, blocks->scratch.markdown->str);
      if (plain->len > 0)
        g_string_append_c (plain, '\n');
      g_string_append (plain, blocks->scratch.plain->str);
      return;
    }
  if (blocks->blocks->len == 0)
    return;
  block = &g_array_index (blocks->blocks, SylImportBlock, blocks->blocks->len - 1);
  close_emphasis (block);
  strip_string (block->markdown);
  strip_string (block->plain);
  if (block->plain->len == 0)
    g_array_set_size (blocks->blocks, blocks->blocks->len - 1);
}

/* A table inside a table is flattened into its cell. */
void
_syl_import_blocks_begin_table (SylImportBlocks *blocks)
{
  if (blocks->table_depth++ > 0)
    return;
  blocks->rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  blocks->plain_rows = g_ptr_array_new_with_free_func ((GDestroyNotify) g_ptr_array_unref);
  g_array_set_size (blocks->table_blocks, 0);
  blocks->table_cells = 0;
}

static void
free_cell (gpointer cell)
{
  g_string_free (cell, TRUE);
}

void
_syl_import_blocks_begin_row (SylImportBlocks *blocks)
{
  if (blocks->table_depth != 1)
    return;
  g_ptr_array_add (blocks->rows, g_ptr_array_new_with_free_func (free_cell));
  g_ptr_array_add (blocks->plain_rows, g_ptr_array_new_with_free_func (free_cell));
}

void
_syl_import_blocks_begin_cell (SylImportBlocks *blocks)
{
  GPtrArray *row;

  if (blocks->table_depth > 0)
    blocks->table_cells++;
  if (blocks->table_depth != 1 || blocks->rows->len == 0)
    return;
  row = g_ptr_array_index (blocks->rows, blocks->rows->len - 1);
  g_ptr_array_add (row, g_string_new (NULL));
  row = g_ptr_array_index (blocks->plain_rows, blocks->plain_rows->len - 1);
  g_ptr_array_add (row, g_string_new (NULL));
}

static void
append_row (GString   *table,
            GPtrArray *row,
            guint      n_columns)
{
  g_string_append_c (table, '|');
  for (guint i = 0; i < n_columns; i++)
    {
      GString *cell = i < row->len ? g_ptr_array_index (row, i) : NULL;

      g_string_append_printf (table, " %s |", cell != NULL ? cell->str : "");
    }
  g_string_append_c (table, '\n');
}

/* The first row is the header, as Markdown wants one.  A table that
 * holds the outline keeps its rows for the placing too. */
static void
add_table (SylImportBlocks *blocks,
           GPtrArray       *rows,
           GPtrArray       *plain_rows)
{
  SylImportBlock *block;
  guint n_columns = 0;

  for (guint i = 0; i < rows->len; i++)
    n_columns = MAX (n_columns, ((GPtrArray *) g_ptr_array_index (rows, i))->len);
  if (n_columns == 0)
    return;

  block = _syl_import_blocks_begin (blocks);
  block->table = TRUE;
  g_string_assign (block->plain, "|");
  append_row (block->markdown, g_ptr_array_index (rows, 0), n_columns);
  g_string_append_c (block->markdown, '|');
  for (guint i = 0; i < n_columns; i++)
    g_string_append (block->markdown, " --- |");
  g_string_append_c (block->markdown, '\n');
  for (guint i = 1; i < rows->len; i++)
    append_row (block->markdown, g_ptr_array_index (rows, i), n_columns);
  g_string_truncate (block->markdown, block->markdown->len - 1);
  block->outline = _syl_import_table_outline (plain_rows);
}

/* Web pages saved from a browser and many templates lay the whole page
 * out in a table of a cell or two; a table whose cells hold many
 * paragraphs each is such a frame, not a table of the course's: its
 * paragraphs are the document's. */
static gboolean
lays_out_page (SylImportBlocks *blocks)
{
  guint n = blocks->table_blocks->len;

  return n >= 12 && n > 4 * MAX (blocks->table_cells, 1);
}

void
_syl_import_blocks_end_table (SylImportBlocks *blocks)
{
  g_autoptr(GPtrArray) rows = NULL;
  g_autoptr(GPtrArray) plain_rows = NULL;

  if (blocks->table_depth == 0 || --blocks->table_depth > 0)
    return;
  rows = g_steal_pointer (&blocks->rows);
  plain_rows = g_steal_pointer (&blocks->plain_rows);
  if (!lays_out_page (blocks))
    {
      add_table (blocks, rows, plain_rows);
      return;
    }
  for (guint i = 0; i < blocks->table_blocks->len; i++)
    {
      SylImportBlock *kept = &g_array_index (blocks->table_blocks, SylImportBlock, i);

      g_array_append_val (blocks->blocks, *kept);
    }
  /* The strings now belong to the document's blocks. */
  g_array_set_clear_func (blocks->table_blocks, NULL);
  g_array_set_size (blocks->table_blocks, 0);
  g_array_set_clear_func (blocks->table_blocks, (GDestroyNotify) block_clear);
}
