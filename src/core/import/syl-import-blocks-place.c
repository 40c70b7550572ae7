/* syl-import-blocks-place.c: a word processor's paragraphs, placed as an outline
 *
 * Paragraphs in a heading style are the nodes.  A document without any
 * takes its outline from its table of contents, from a numbered list of
 * several levels, or, last, from the numbers its author typed
 * (“第一章”, “1.1”, “一、”), which the text importer already knows.  The
 * text under a heading becomes its notes, in Markdown, or its objectives
 * when a small heading above says so (“学习目标”); each list under it is
 * judged as a Markdown list is, and a table that holds the outline
 * (syl-import-blocks-table.c) gives the nodes below it.  A table of
 * contents is never imported as nodes of its own.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "syl-import-blocks-private.h"

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
  gboolean          led_into;  /* a paragraph came since the heading */
  gboolean          heading_numbered;  /* it has a number of its own */
  guint             n_node_lists;
  guint             n_note_lists;
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
  placer->led_into |= block->list_level == 0;
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

          _syl_import_blocks_append_escaped (bold, title);
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
  placer->led_into = FALSE;
  placer->heading_numbered = _syl_import_is_numbered_heading (block->plain->str);
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

/* The end of the list that starts at @first: the first paragraph after
 * it that is not one of its items. */
static guint
list_end (SylImportBlocks *blocks,
          guint            first)
{
  guint end = first;

  while (end < blocks->blocks->len &&
         is_list_item (&g_array_index (blocks->blocks, SylImportBlock, end)))
    end++;
  return end;
}

/* What the list from @first to @end under a heading is: what the caller
 * chose, or else as a Markdown list is judged, so that a course reads
 * alike from .md and from .docx. */
static SylImportListRole
judge_list (Placer          *placer,
            SylImportBlocks *blocks,
            guint            first,
            guint            end)
{
  g_autoptr(GPtrArray) items = g_ptr_array_new ();
  gboolean ordered = TRUE;

  switch (_syl_import_result_get_lists_option (placer->result))
    {
    case SYL_IMPORT_LISTS_NOTES:
      return SYL_IMPORT_LIST_NOTES;
    case SYL_IMPORT_LISTS_SECTIONS:
      return SYL_IMPORT_LIST_NODES;
    case SYL_IMPORT_LISTS_AUTO:
    default:
      break;
    }
  for (guint i = first; i < end; i++)
    {
      const SylImportBlock *block = &g_array_index (blocks->blocks, SylImportBlock, i);

      g_ptr_array_add (items, block->plain->str);
      ordered &= block->ordered;
    }
  return _syl_import_judge_list ((const char * const *) items->pdata, items->len, ordered,
                                 placer->led_into, placer->heading_numbered);
}

/* An entry's title is its first phrase, and the rest its notes. */
static void
split_entry (Pending *pending)
{
  const char *rest = NULL;
  const char *end = _syl_import_first_phrase_end (pending->title, &rest);
  g_autofree char *notes = NULL;

  if (end == NULL)
    return;
  notes = _syl_import_strip (rest, NULL);
  _syl_import_blocks_append_escaped (pending->notes, notes);
  pending->title[end - pending->title] = '\0';
}

/* The items as nodes below the heading, nested as the list nests them.
 * What follows the list is the heading's again, as a paragraph after a
 * Markdown list is. */
static void
place_list_nodes (Placer          *placer,
                  SylImportBlocks *blocks,
                  guint            first,
                  guint            end,
                  gboolean         entries)
{
  Pending *heading = placer->heading;
  guint min_level = G_MAXUINT;

  for (guint i = first; i < end; i++)
    min_level = MIN (min_level, g_array_index (blocks->blocks, SylImportBlock, i).list_level);
  for (guint i = first; i < end; i++)
    {
      const SylImportBlock *block = &g_array_index (blocks->blocks, SylImportBlock, i);
      Pending *pending = new_pending (placer, block->plain->str);

      if (entries)
        split_entry (pending);
      pending->depth = _syl_import_tree_add (&placer->tree, pending->node,
                                             heading->depth + block->list_level - min_level + 1,
                                             0, FALSE);
    }
  placer->last = heading;
}

/* Places the list that starts at @first under the heading, and returns
 * the number of its items; 0 when it is not under a heading of the
 * outline, for place_body() to take as notes or objectives. */
static guint
place_list (Placer          *placer,
            SylImportBlocks *blocks,
            guint            first)
{
  guint end = list_end (blocks, first);
  SylImportListRole role;

  if (placer->heading == NULL || placer->last != placer->heading ||
      placer->label != SYL_IMPORT_LABEL_NONE)
    return 0;
  role = judge_list (placer, blocks, first, end);
  if (role == SYL_IMPORT_LIST_NOTES)
    {
      placer->n_note_lists++;
      for (guint i = first; i < end; i++)
        place_body (placer, &g_array_index (blocks->blocks, SylImportBlock, i));
    }
  else
    {
      placer->n_node_lists++;
      place_list_nodes (placer, blocks, first, end, role == SYL_IMPORT_LIST_ENTRIES);
    }
  return end - first;
}

/* A table that holds the outline, under a heading of the outline: its
 * rows are the nodes below the heading, their topics the nodes below
 * them.  Under a labelled heading it stays a table, as a list does. */
static gboolean
place_table (Placer               *placer,
             const SylImportBlock *block)
{
  Pending *heading = placer->heading;

  if (block->outline == NULL || heading == NULL || placer->label != SYL_IMPORT_LABEL_NONE)
    return FALSE;
  for (guint i = 0; i < block->outline->len; i++)
    {
      const SylImportTableEntry *entry = g_ptr_array_index (block->outline, i);
      g_autofree char *title = clean_title (entry->title);
      Pending *pending = new_pending (placer, title);

      g_string_assign (pending->notes, entry->notes->str);
      if (entry->minutes > 0)
        g_object_set (pending->node, "duration-minutes", entry->minutes, NULL);
      pending->depth = _syl_import_tree_add (&placer->tree, pending->node,
                                             heading->depth + entry->level, 0, FALSE);
    }
  placer->last = heading;
  placer->led_into = TRUE;
  return TRUE;
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
      else if (!by_list && is_list_item (block) && (n_items = place_list (placer, blocks, i)))
        i += n_items - 1;
      else if (by_list || !place_table (placer, block))
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
static void
place_as_text (Placer          *placer,
               SylImportBlocks *blocks)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GPtrArray) entries = g_ptr_array_new ();

  for (guint i = 0; i < blocks->blocks->len; i++)
    {
      const SylImportBlock *block = &g_array_index (blocks->blocks, SylImportBlock, i);

      if (block->outline != NULL)
        _syl_import_table_append_text (text, block->outline, entries);
      else if (block->table)
        _syl_import_result_warn (placer->result, 0,
                                 _("a table was left out: without heading styles, the document "
                                   "was read as plain text"));
      if (block->toc_level > 0 || block->table)
        continue;
      for (guint level = 1; level < block->list_level; level++)
        g_string_append (text, "  ");
      if (block->list_level > 0)
        g_string_append (text, "- ");
      _syl_import_append_bulleted (text, block->plain->str, 0);
      g_string_append_c (text, '\n');
    }
  g_strdelimit (text->str, "\t", ' ');
  _syl_import_text (placer->result, text->str, SYL_IMPORT_TEXT_DEFAULT);
  _syl_import_table_give_details (placer->result, entries);
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
    {
      place_blocks (&placer, blocks, FALSE);
      /* What most lists under headings became, for the preview to offer
       * the other reading; the report of a package has no lines. */
      if (placer.n_node_lists + placer.n_note_lists > 0 &&
          _syl_import_result_get_report (result) == NULL)
        _syl_import_result_begin_lines (result, "");
      if (placer.n_node_lists + placer.n_note_lists > 0)
        _syl_import_result_set_lists (result,
                                      placer.n_node_lists >= placer.n_note_lists
                                        ? SYL_IMPORT_LISTS_SECTIONS : SYL_IMPORT_LISTS_NOTES,
                                      TRUE);
    }
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
