/* syl-import-markdown-lists.c: what a Markdown list under a heading is
 *
 * People write the outline below a heading as a list, and a section's
 * notes as a list too; which one a list is was measured on the corpus of
 * real outlines (tests/data/corpus) and is told here, list by list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-import-markdown-private.h"

/* "4.1 手写识别应用 [self-built_mnist_app/ 目录](./self-built_mnist_app/)":
 * a link after the item's own words points to its material, and goes to
 * its notes; a title that is a link alone keeps the link's text. */
void
_syl_import_markdown_move_trailing_link (SylMarkdownItem *item)
{
  g_autoptr(GRegex) pattern = g_regex_new ("^(.*[^\\s\\\\])\\s+(\\[[^\\]]*\\]\\([^)\\s]*\\))\\s*$",
                                           0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *title = NULL;
  g_autofree char *link = NULL;

  if (!g_regex_match (pattern, item->title->str, 0, &match))
    return;
  title = g_match_info_fetch (match, 1);
  link = g_match_info_fetch (match, 2);
  g_string_assign (item->title, title);
  if (item->notes->len > 0)
    g_string_prepend (item->notes, "\n\n");
  g_string_prepend (item->notes, link);
}

/* The outline number an item starts with, past the bold marks the
 * Markdown export puts around levels below the sixth. */
static gboolean
outline_number (const char       *title,
                SylHeadingNumber *number)
{
  const char *p = _syl_import_skip_spaces (title);

  while (*p == '*' || *p == '_')
    p++;
  return _syl_import_match_path (p, number);
}

/* A flat list numbered as an outline ("- 2.1 …", "- 2.1.1 …") nests by
 * its numbers, as the text importer nests numbered lines. */
void
_syl_import_markdown_nest_by_numbers (GArray *items)
{
  guint min_parts = G_MAXUINT;
  guint depth = 0;

  for (guint i = 0; i < items->len; i++)
    {
      SylMarkdownItem *item = &g_array_index (items, SylMarkdownItem, i);
      SylHeadingNumber number;

      if (item->depth != 1 || !outline_number (item->title->str, &number))
        return;
      min_parts = MIN (min_parts, number.n_parts);
    }
  for (guint i = 0; i < items->len; i++)
    {
      SylMarkdownItem *item = &g_array_index (items, SylMarkdownItem, i);
      SylHeadingNumber number;

      outline_number (item->title->str, &number);
      /* Never deeper than one below the item before it. */
      depth = MIN (number.n_parts - min_parts + 1, depth + 1);
      item->depth = depth;
    }
}

/* Whether an item is numbered as an outline: "1.2 Network edge", or
 * "**1.1.1.1.1.1 Level six**" as the Markdown export writes levels below
 * the sixth. */
gboolean
_syl_import_markdown_item_is_numbered (const char *title)
{
  SylHeadingNumber number;

  return outline_number (title, &number);
}

/* Whether most of a list's items are numbered as an outline. */
gboolean
_syl_import_markdown_items_numbered (GArray *items)
{
  guint n_numbered = 0;

  for (guint i = 0; i < items->len; i++)
    n_numbered += _syl_import_markdown_item_is_numbered (g_array_index (items, SylMarkdownItem, i).title->str);
  return 2 * n_numbered > items->len;
}

/* Whether most of a list's items read as running text. */
gboolean
_syl_import_markdown_items_read_as_prose (GArray *items)
{
  guint n_prose = 0;

  for (guint i = 0; i < items->len; i++)
    n_prose += _syl_import_reads_as_prose (g_array_index (items, SylMarkdownItem, i).title->str);
  return 2 * n_prose > items->len;
}

/* The last line of text before a list in a section's body, if any. */
const char *
_syl_import_markdown_line_before (GArray *body,
             guint   first_item)
{
  const char *before = NULL;

  for (guint i = 0; i < body->len; i++)
    {
      const SylMarkdownLine *line = &g_array_index (body, SylMarkdownLine, i);

      if (line->number >= first_item)
        break;
      /* A rule ("------") under the heading leads into nothing. */
      if (!_syl_import_is_blank (line->text) && !_syl_import_is_decoration (line->text))
        before = line->text;
    }
  return before;
}

/* The end of an entry's first phrase: a full stop or a field's colon, when
 * a title's worth of words stands before it and more text after it. */
static const char *
first_phrase_end (const char *text,
                  const char **rest)
{
  static const char * const stops[] = { "。", "．", "：", ". ", ": " };
  const char *best = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (stops); i++)
    {
      const char *stop = strstr (text, stops[i]);

      if (stop != NULL && stop > text && (best == NULL || stop < best))
        {
          best = stop;
          *rest = stop + strlen (stops[i]);
        }
    }
  if (best == NULL || g_utf8_strlen (text, best - text) > 40 || **rest == '\0')
    return NULL;
  return best;
}

/* Whether @items are a numbered list of running text: if so, each item's
 * first phrase becomes its title and the rest its notes. */
gboolean
_syl_import_markdown_title_prose_items (GArray *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      SylMarkdownItem *item = &g_array_index (items, SylMarkdownItem, i);
      const char *rest = NULL;

      if (!item->ordered || first_phrase_end (item->title->str, &rest) == NULL)
        return FALSE;
    }
  for (guint i = 0; i < items->len; i++)
    {
      SylMarkdownItem *item = &g_array_index (items, SylMarkdownItem, i);
      const char *rest = NULL;
      const char *end = first_phrase_end (item->title->str, &rest);
      g_autofree char *notes = _syl_import_strip (rest, NULL);

      if (item->notes->len > 0)
        g_string_prepend (item->notes, "\n\n");
      g_string_prepend (item->notes, notes);
      g_string_truncate (item->title, end - item->title->str);
    }
  return TRUE;
}
