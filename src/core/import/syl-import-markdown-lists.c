/* syl-import-markdown-lists.c: what a Markdown list under a heading is
 *
 * People write the outline below a heading as a list, and a section's
 * notes as a list too; which one a list is was measured on the corpus of
 * real outlines (tests/data/corpus) and is told list by list by
 * _syl_import_judge_list(), for Word's lists too.  What only Markdown
 * lists need (links after a title, nesting by numbers) is here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

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

      if (item->depth != 1 || !_syl_import_item_number (item->title->str, &number))
        return;
      min_parts = MIN (min_parts, number.n_parts);
    }
  for (guint i = 0; i < items->len; i++)
    {
      SylMarkdownItem *item = &g_array_index (items, SylMarkdownItem, i);
      SylHeadingNumber number;

      _syl_import_item_number (item->title->str, &number);
      /* Never deeper than one below the item before it. */
      depth = MIN (number.n_parts - min_parts + 1, depth + 1);
      item->depth = depth;
    }
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

/* A numbered list of running text, judged to be of entries: each item's
 * first phrase becomes its title and the rest its notes. */
void
_syl_import_markdown_title_by_first_phrase (GArray *items)
{
  for (guint i = 0; i < items->len; i++)
    {
      SylMarkdownItem *item = &g_array_index (items, SylMarkdownItem, i);
      const char *rest = NULL;
      const char *end = _syl_import_first_phrase_end (item->title->str, &rest);
      g_autofree char *notes = NULL;

      if (end == NULL)
        continue;
      notes = _syl_import_strip (rest, NULL);
      if (item->notes->len > 0)
        g_string_prepend (item->notes, "\n\n");
      g_string_prepend (item->notes, notes);
      g_string_truncate (item->title, end - item->title->str);
    }
}
