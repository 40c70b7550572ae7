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

#include <glib/gi18n-lib.h>
#include <string.h>

#include "syl-import-private.h"

struct _SylImportBlocks
{
  GArray          *blocks;
  SylImportBlock   scratch;      /* a paragraph in a table's cell */
  GPtrArray       *rows;         /* of GPtrArray of GString */
  guint            table_depth;
  /* The paragraphs of the table being read, and its cells, in case it
   * turns out to lay out the page rather than to be a table. */
  GArray          *table_blocks; /* of SylImportBlock */
  guint            table_cells;
};

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

static void
append_escaped (GString    *markdown,
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
      append_escaped (block->markdown, text);
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
  append_escaped (block->markdown, rest);
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
current_cell (SylImportBlocks *blocks)
{
  GPtrArray *row;

  if (blocks->rows == NULL || blocks->rows->len == 0)
    return NULL;
  row = g_ptr_array_index (blocks->rows, blocks->rows->len - 1);
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
      GString *cell = current_cell (blocks);

      close_emphasis (&blocks->scratch);
      strip_string (blocks->scratch.markdown);
      keep_table_paragraph (blocks);
      if (cell == NULL || blocks->scratch.markdown->len == 0)
        return;
      if (cell->len > 0)
        g_string_append (cell, "<br>");
      g_string_append (cell, blocks->scratch.markdown->str);
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
  if (blocks->table_depth == 1)
    g_ptr_array_add (blocks->rows, g_ptr_array_new_with_free_func (free_cell));
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

/* The first row is the header, as Markdown wants one. */
static void
add_table (SylImportBlocks *blocks,
           GPtrArray       *rows)
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

  if (blocks->table_depth == 0 || --blocks->table_depth > 0)
    return;
  rows = g_steal_pointer (&blocks->rows);
  if (!lays_out_page (blocks))
    {
      add_table (blocks, rows);
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

/* Placing the paragraphs. */

typedef struct
{
  SylNode    *node;
  GString    *notes;
  GPtrArray  *objectives;
  char       *title;
  guint       depth;
  gboolean    list_last;    /* the notes end with a list item */
} Pending;

typedef struct
{
  SylImportResult  *result;
  SylImportTree     tree;
  GPtrArray        *pending;
  Pending          *last;      /* what the text below goes to */
  Pending          *heading;   /* the last node made from a heading */
  SylImportLabel    label;     /* what the heading above the text named */
  gboolean          label_paragraph;  /* a paragraph named it, not a heading */
  GHashTable       *contents;  /* the table of contents: title to level,
                                * with STYLED_LEVEL when a style gave it */
  guint             min_level;
} Placer;

#define STYLED_LEVEL 0x100

static void
pending_free (Pending *pending)
{
  g_object_unref (pending->node);
  g_string_free (pending->notes, TRUE);
  g_ptr_array_unref (pending->objectives);
  g_free (pending->title);
  g_free (pending);
}

static gboolean
is_page_number (const char *text)
{
  gsize digits = strspn (text, "0123456789");
  gsize roman = strspn (text, "ivxlcIVXLC");

  return (digits > 0 && text[digits] == '\0') || (roman > 0 && text[roman] == '\0');
}

/* “Introduction ........ 3”: three leaders or more (dots, middle dots,
 * ellipses) and the spaces among them leave a title; “etc.” keeps its
 * dot. */
static void
drop_leaders (char *title)
{
  char *end = title + strlen (title);
  char *cut = end;
  guint leaders = 0;

  /* A page number may end the leaders. */
  while (cut > title && g_ascii_isdigit (cut[-1]) && end - cut < 4)
    cut--;
  while (cut > title)
    {
      char *prev = g_utf8_find_prev_char (title, cut);
      gunichar c = g_utf8_get_char (prev);

      if (c == '.' || c == 0xb7 || c == 0x2026 || c == 0xff0e)
        leaders++;
      else if (c != ' ')
        break;
      cut = prev;
    }
  if (leaders >= 3)
    {
      *cut = '\0';
      g_strchomp (title);
    }
}

/* A title without its page number (after a tab, as in a table of
 * contents), its leaders, or a number its author typed before it. */
static char *
clean_title (const char *plain)
{
  g_autofree char *copy = g_strdup (plain);
  char *tab = strrchr (copy, '\t');
  g_autofree char *stripped = NULL;
  SylHeadingNumber number;

  if (tab != NULL && is_page_number (_syl_import_skip_spaces (tab + 1)))
    *tab = '\0';
  g_strdelimit (copy, "\t", ' ');
  stripped = _syl_import_strip (copy, NULL);
  drop_leaders (stripped);
  if (_syl_import_match_heading (stripped, TRUE, &number) && *_syl_import_skip_spaces (number.end))
    return _syl_import_strip (number.end, NULL);
  return g_steal_pointer (&stripped);
}

static Pending *
new_pending (Placer     *placer,
             const char *text)
{
  Pending *pending = g_new0 (Pending, 1);
  SylNodeKind kind = SYL_NODE_KIND_SECTION;
  gboolean optional = FALSE;

  pending->title = _syl_import_take_markers (text, &kind, &optional);
  pending->node = syl_node_new (kind, "");
  g_object_set (pending->node, "optional", optional, NULL);
  pending->notes = g_string_new (NULL);
  pending->objectives = g_ptr_array_new_with_free_func (g_free);
  g_ptr_array_add (placer->pending, pending);
  placer->last = pending;
  placer->label = SYL_IMPORT_LABEL_NONE;
  placer->label_paragraph = FALSE;
  return pending;
}

static void
finish_pending (Pending *pending)
{
  g_ptr_array_add (pending->objectives, NULL);
  g_object_set (pending->node,
                "title", pending->title,
                "notes", pending->notes->str,
                "objectives", (char **) pending->objectives->pdata,
                NULL);
}

static void
add_note (Pending              *pending,
          const SylImportBlock *block)
{
  gboolean item = block->list_level > 0 && !block->table;

  if (pending->notes->len > 0)
    g_string_append (pending->notes, item && pending->list_last ? "\n" : "\n\n");
  if (item)
    {
      for (guint i = 1; i < block->list_level; i++)
        g_string_append (pending->notes, block->ordered ? "   " : "  ");
      g_string_append (pending->notes, block->ordered ? "1. " : "- ");
    }
  g_string_append (pending->notes, block->markdown->str);
  pending->list_last = item;
}

/* A paragraph that starts with a kind marker, “【思考】…”, is a node of
 * that kind below the heading, as the text importer makes one. */
static gboolean
place_marked (Placer               *placer,
              const SylImportBlock *block)
{
  SylNodeKind kind = SYL_NODE_KIND_SECTION;
  gboolean optional = FALSE;
  g_autofree char *title = NULL;
  Pending *pending;

  if (block->table || placer->heading == NULL)
    return FALSE;
  title = _syl_import_take_markers (block->plain->str, &kind, &optional);
  if (kind == SYL_NODE_KIND_SECTION || *title == '\0')
    return FALSE;
  pending = new_pending (placer, block->plain->str);
  pending->depth = _syl_import_tree_add (&placer->tree, pending->node, placer->heading->depth + 1,
                                         0, FALSE);
  return TRUE;
}

static void
place_body (Placer               *placer,
            const SylImportBlock *block)
{
  Pending *pending = placer->last;

  if (placer->label == SYL_IMPORT_LABEL_CONTENTS)
    return;
  if (pending == NULL)
    {
      _syl_import_result_add_description (placer->result, block->markdown->str);
      return;
    }
  /* A label in a paragraph of its own (“学习目标：” in bold) names the
   * list below it only. */
  if (placer->label_paragraph && block->list_level == 0)
    {
      placer->label = SYL_IMPORT_LABEL_NONE;
      placer->label_paragraph = FALSE;
    }
  if (block->list_level == 0 && !block->table && placer->label == SYL_IMPORT_LABEL_NONE &&
      _syl_import_heading_label (block->plain->str) == SYL_IMPORT_LABEL_OBJECTIVES)
    {
      placer->label = SYL_IMPORT_LABEL_OBJECTIVES;
      placer->label_paragraph = TRUE;
      return;
    }
  if (placer->label == SYL_IMPORT_LABEL_OBJECTIVES && !block->table)
    {
      g_ptr_array_add (pending->objectives, clean_title (block->plain->str));
      return;
    }
  if (!place_marked (placer, block))
    add_note (placer->last, block);
}

static void
check_contents (Placer     *placer,
                const char *title,
                guint       level)
{
  gpointer found;

  guint listed;

  /* Only a TOC style says a level; entries without one are level 1. */
  if (placer->contents == NULL ||
      !g_hash_table_lookup_extended (placer->contents, title, NULL, &found) ||
      !(GPOINTER_TO_UINT (found) & STYLED_LEVEL))
    return;
  listed = GPOINTER_TO_UINT (found) & ~STYLED_LEVEL;
  if (listed != level)
    /* Translators: %s is a heading; the numbers are outline levels. */
    _syl_import_result_warn (placer->result, 0,
                             _("the table of contents puts “%s” at level %u, its heading style "
                               "at level %u; the heading style was followed"),
                             title, listed, level);
}

static void
place_heading (Placer               *placer,
               const SylImportBlock *block)
{
  g_autofree char *title = clean_title (block->plain->str);
  SylImportLabel label = _syl_import_heading_label (title);
  Pending *pending;

  if (label != SYL_IMPORT_LABEL_NONE &&
      (placer->last != NULL || label == SYL_IMPORT_LABEL_CONTENTS))
    {
      placer->label = label;
      if (label == SYL_IMPORT_LABEL_NOTES)
        {
          g_autoptr(GString) bold = g_string_new (NULL);

          append_escaped (bold, title);
          g_string_prepend (bold, "**");
          g_string_append (bold, "**");
          if (placer->last->notes->len > 0)
            g_string_append (placer->last->notes, "\n\n");
          g_string_append (placer->last->notes, bold->str);
          placer->last->list_last = FALSE;
        }
      return;
    }
  check_contents (placer, title, block->outline_level);
  pending = new_pending (placer, title);
  pending->depth = _syl_import_tree_add (&placer->tree, pending->node,
                                         block->outline_level - placer->min_level + 1,
                                         block->outline_level, TRUE);
  placer->heading = pending;
}

/* The paragraphs before the first heading: the title, the byline, the
 * subtitle, as the text importer reads them. */
static guint
place_front (Placer         *placer,
             SylImportBlocks *blocks,
             gboolean        (*is_heading) (const SylImportBlock *))
{
  g_autoptr(GPtrArray) lines = g_ptr_array_new ();
  g_autoptr(GPtrArray) tables = g_ptr_array_new ();
  const SylImportBlock *title = NULL;
  guint end = 0;

  for (; end < blocks->blocks->len; end++)
    {
      const SylImportBlock *block = &g_array_index (blocks->blocks, SylImportBlock, end);

      if (is_heading (block))
        break;
      if (block->table)
        g_ptr_array_add (tables, block->markdown->str);
      else if (block->toc_level > 0)
        continue;
      else if (block->title && title == NULL)
        title = block;
      else
        g_ptr_array_add (lines, block->plain->str);
    }
  if (title != NULL)
    g_ptr_array_insert (lines, 0, title->plain->str);
  _syl_import_title_block (placer->result, (const char * const *) lines->pdata, lines->len);
  /* A table before the outline describes the course. */
  for (guint i = 0; i < tables->len; i++)
    _syl_import_result_add_description (placer->result, g_ptr_array_index (tables, i));
  return end;
}

static gboolean
is_styled_heading (const SylImportBlock *block)
{
  return block->outline_level > 0 && block->toc_level == 0;
}

static gboolean
is_list_item (const SylImportBlock *block)
{
  return block->list_level > 0 && block->toc_level == 0 && !block->table;
}

/* Whether the list that starts at @first is the outline below the heading
 * above it rather than what the section says: a list of two levels or
 * more, of titles rather than running text ("数据库部分" over "构建数据库
 * 系统" over its steps).  A list of one level, or of sentences, is notes,
 * as body text under a heading is.
 * Returns the number of its items, or 0. */
static guint
outline_list_at (Placer          *placer,
                 SylImportBlocks *blocks,
                 guint            first)
{
  guint end = first, n_nested = 0, n_prose = 0;

  if (placer->heading == NULL || placer->label != SYL_IMPORT_LABEL_NONE)
    return 0;
  for (; end < blocks->blocks->len; end++)
    {
      const SylImportBlock *block = &g_array_index (blocks->blocks, SylImportBlock, end);

      if (!is_list_item (block))
        break;
      n_nested += block->list_level >= 2;
      n_prose += _syl_import_reads_as_prose (block->plain->str);
    }
  /* One item set in under another is a detail of the notes; several are
   * the levels of an outline. */
  if (n_nested < 2 || 2 * n_prose >= end - first)
    return 0;
  return end - first;
}

static void
place_outline_list (Placer          *placer,
                    SylImportBlocks *blocks,
                    guint            first,
                    guint            n)
{
  guint depth = placer->heading->depth;

  for (guint i = first; i < first + n; i++)
    {
      const SylImportBlock *block = &g_array_index (blocks->blocks, SylImportBlock, i);
      Pending *pending = new_pending (placer, block->plain->str);

      pending->depth = _syl_import_tree_add (&placer->tree, pending->node,
                                             depth + block->list_level, 0, FALSE);
    }
}

static void
place_blocks (Placer          *placer,
              SylImportBlocks *blocks,
              gboolean         by_list)
{
  guint n = blocks->blocks->len;
  guint i = place_front (placer, blocks, by_list ? is_list_item : is_styled_heading);
  guint n_items;

  for (; i < n && _syl_import_result_go_on (placer->result, (double) i / n); i++)
    {
      const SylImportBlock *block = &g_array_index (blocks->blocks, SylImportBlock, i);

      if (block->toc_level > 0)
        continue;
      if (by_list && is_list_item (block))
        {
          Pending *pending = new_pending (placer, block->plain->str);

          pending->depth = _syl_import_tree_add (&placer->tree, pending->node, block->list_level,
                                                 block->list_level, FALSE);
          placer->heading = pending;
        }
      else if (!by_list && is_styled_heading (block))
        place_heading (placer, block);
      else if (!by_list && is_list_item (block) && (n_items = outline_list_at (placer, blocks, i)))
        {
          place_outline_list (placer, blocks, i, n_items);
          i += n_items - 1;
        }
      else
        place_body (placer, block);
    }
}

/* The table of contents, title by title; its entries are left out of
 * the outline wherever it is found. */
static void
read_contents (Placer          *placer,
               SylImportBlocks *blocks)
{
  for (guint i = 0; i < blocks->blocks->len; i++)
    {
      const SylImportBlock *block = &g_array_index (blocks->blocks, SylImportBlock, i);
      char *title;

      if (block->toc_level == 0)
        continue;
      title = clean_title (block->plain->str);
      if (*title == '\0' || _syl_import_heading_label (title) == SYL_IMPORT_LABEL_CONTENTS)
        {
          g_free (title);
          continue;
        }
      if (placer->contents == NULL)
        placer->contents = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_insert (placer->contents, title,
                           GUINT_TO_POINTER (block->toc_level |
                                             (block->toc_styled ? STYLED_LEVEL : 0)));
    }
}

/* Without heading styles, the paragraphs the table of contents names are
 * the headings, at its levels; when it names none of them, it is the
 * outline itself. */
static void
headings_from_contents (Placer          *placer,
                        SylImportBlocks *blocks)
{
  gboolean found = FALSE;

  for (guint i = 0; i < blocks->blocks->len; i++)
    {
      SylImportBlock *block = &g_array_index (blocks->blocks, SylImportBlock, i);
      g_autofree char *title = NULL;
      gpointer level;

      if (block->toc_level > 0 || block->list_level > 0 || block->table)
        continue;
      title = clean_title (block->plain->str);
      if (g_hash_table_lookup_extended (placer->contents, title, NULL, &level))
        {
          block->outline_level = GPOINTER_TO_UINT (level) & ~STYLED_LEVEL;
          found = TRUE;
        }
    }
  for (guint i = 0; i < blocks->blocks->len && !found; i++)
    {
      SylImportBlock *block = &g_array_index (blocks->blocks, SylImportBlock, i);

      block->outline_level = block->toc_level;
      block->toc_level = 0;
    }
  g_clear_pointer (&placer->contents, g_hash_table_unref);
}

/* Numbers typed by hand: the paragraphs, one a line, go through the text
 * importer, which knows every style of numbering. */
/* "Functions • Function expressions • Optional parameters": bullets that
 * a line break (lost with it) or a careless hand set in one paragraph
 * start lines of their own, as the text importer reads bullets. */
static void
append_bulleted (GString    *text,
                 const char *paragraph)
{
  g_auto(GStrv) pieces = g_strsplit (paragraph, " \u2022 ", -1);

  for (guint i = 0; pieces[i] != NULL; i++)
    {
      if (i > 0)
        g_string_append (text, "\n\u2022 ");
      g_string_append (text, pieces[i]);
    }
}

static void
place_as_text (Placer          *placer,
               SylImportBlocks *blocks)
{
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < blocks->blocks->len; i++)
    {
      const SylImportBlock *block = &g_array_index (blocks->blocks, SylImportBlock, i);

      if (block->table)
        _syl_import_result_warn (placer->result, 0,
                                 _("a table was left out: without heading styles, the document "
                                   "was read as plain text"));
      if (block->toc_level > 0 || block->table)
        continue;
      for (guint level = 1; level < block->list_level; level++)
        g_string_append (text, "  ");
      if (block->list_level > 0)
        g_string_append (text, "- ");
      append_bulleted (text, block->plain->str);
      g_string_append_c (text, '\n');
    }
  g_strdelimit (text->str, "\t", ' ');
  _syl_import_text (placer->result, text->str, SYL_IMPORT_TEXT_DEFAULT);
}

static void
survey (SylImportBlocks *blocks,
        guint           *min_level,
        gboolean        *list_outline)
{
  gboolean ordered = FALSE, nested = FALSE;

  *min_level = G_MAXUINT;
  for (guint i = 0; i < blocks->blocks->len; i++)
    {
      const SylImportBlock *block = &g_array_index (blocks->blocks, SylImportBlock, i);

      if (is_styled_heading (block))
        *min_level = MIN (*min_level, block->outline_level);
      if (is_list_item (block))
        {
          ordered |= block->ordered;
          nested |= block->list_level >= 2;
        }
    }
  *list_outline = ordered && nested;
}

/* A lone heading of the top level, first of all and over all the others,
 * is the document's title when no paragraph is in the title style: many
 * syllabi put the course's name in Heading 1 and the outline below it.
 * It then joins the paragraphs before the outline. */
static void
take_lone_top_heading (SylImportBlocks *blocks,
                       guint           *min_level)
{
  SylImportBlock *first = NULL;
  guint at_min = 0, n_headings = 0;

  for (guint i = 0; i < blocks->blocks->len; i++)
    {
      SylImportBlock *block = &g_array_index (blocks->blocks, SylImportBlock, i);

      if (block->title)
        return;
      if (!is_styled_heading (block))
        continue;
      /* "学习目标", "Contents": headings of parts of a section, not of the
       * outline. */
      if (block->outline_level != *min_level &&
          _syl_import_heading_label (block->plain->str) != SYL_IMPORT_LABEL_NONE)
        continue;
      n_headings++;
      if (first == NULL)
        first = block;
      at_min += block->outline_level == *min_level;
    }
  if (first == NULL || n_headings < 4 || at_min != 1 || first->outline_level != *min_level)
    return;
  first->title = TRUE;
  first->outline_level = 0;
  *min_level = G_MAXUINT;
  for (guint i = 0; i < blocks->blocks->len; i++)
    {
      const SylImportBlock *block = &g_array_index (blocks->blocks, SylImportBlock, i);

      if (is_styled_heading (block))
        *min_level = MIN (*min_level, block->outline_level);
    }
}

/**
 * _syl_import_blocks_place:
 *
 * Makes the outline of @result from the paragraphs of a document.
 */
void
_syl_import_blocks_place (SylImportBlocks *blocks,
                          SylImportResult *result)
{
  Placer placer = { result };
  gboolean list_outline;

  placer.pending = g_ptr_array_new_with_free_func ((GDestroyNotify) pending_free);
  _syl_import_tree_init (&placer.tree, result);
  read_contents (&placer, blocks);
  survey (blocks, &placer.min_level, &list_outline);
  if (placer.min_level == G_MAXUINT && placer.contents != NULL)
    {
      headings_from_contents (&placer, blocks);
      survey (blocks, &placer.min_level, &list_outline);
    }

  if (placer.min_level != G_MAXUINT)
    take_lone_top_heading (blocks, &placer.min_level);
  if (placer.min_level != G_MAXUINT)
    place_blocks (&placer, blocks, FALSE);
  else if (list_outline)
    place_blocks (&placer, blocks, TRUE);
  else
    place_as_text (&placer, blocks);

  for (guint i = 0; i < placer.pending->len; i++)
    finish_pending (g_ptr_array_index (placer.pending, i));
  g_clear_pointer (&placer.contents, g_hash_table_unref);
  _syl_import_tree_clear (&placer.tree);
  g_ptr_array_unref (placer.pending);
}
