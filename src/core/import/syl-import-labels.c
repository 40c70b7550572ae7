/* syl-import-labels.c: headings that name a part of a section
 *
 * Real outlines put a section's objectives and key points under small
 * headings of their own ("学习目标", "Objectives", "重点") and open with a
 * contents page, and write some lists as titles, others as running text.
 * Every importer must tell those apart, so they are recognised here, once,
 * for all formats, as is what a list under a heading is
 * (_syl_import_judge_list()).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-import-private.h"

typedef struct
{
  const char     *text;
  SylImportLabel  label;
} LabelWord;

/* Compared after case folding, with spaces, emphasis marks and a
 * trailing colon removed, so "Learning Objectives:" and "学 习 目 标：" are
 * found as well. */
static const LabelWord label_words[] = {
  { "学习目标", SYL_IMPORT_LABEL_OBJECTIVES },
  { "教学目标", SYL_IMPORT_LABEL_OBJECTIVES },
  { "课程目标", SYL_IMPORT_LABEL_OBJECTIVES },
  { "培训目标", SYL_IMPORT_LABEL_OBJECTIVES },
  { "本章目标", SYL_IMPORT_LABEL_OBJECTIVES },
  { "本节目标", SYL_IMPORT_LABEL_OBJECTIVES },
  { "学习目的", SYL_IMPORT_LABEL_OBJECTIVES },
  { "教学目的", SYL_IMPORT_LABEL_OBJECTIVES },
  { "总体教学目的", SYL_IMPORT_LABEL_OBJECTIVES },
  { "课程教学目标", SYL_IMPORT_LABEL_OBJECTIVES },
  { "目标", SYL_IMPORT_LABEL_OBJECTIVES },
  { "objectives", SYL_IMPORT_LABEL_OBJECTIVES },
  { "objective", SYL_IMPORT_LABEL_OBJECTIVES },
  { "learningobjectives", SYL_IMPORT_LABEL_OBJECTIVES },
  { "learningoutcomes", SYL_IMPORT_LABEL_OBJECTIVES },
  { "learninggoals", SYL_IMPORT_LABEL_OBJECTIVES },
  { "courseobjectives", SYL_IMPORT_LABEL_OBJECTIVES },
  { "outcomes", SYL_IMPORT_LABEL_OBJECTIVES },
  { "goals", SYL_IMPORT_LABEL_OBJECTIVES },
  { "aims", SYL_IMPORT_LABEL_OBJECTIVES },
  { "重点", SYL_IMPORT_LABEL_NOTES },
  { "难点", SYL_IMPORT_LABEL_NOTES },
  { "重点难点", SYL_IMPORT_LABEL_NOTES },
  { "重难点", SYL_IMPORT_LABEL_NOTES },
  { "教学重点", SYL_IMPORT_LABEL_NOTES },
  { "教学难点", SYL_IMPORT_LABEL_NOTES },
  { "要点", SYL_IMPORT_LABEL_NOTES },
  { "知识要点", SYL_IMPORT_LABEL_NOTES },
  { "主要内容", SYL_IMPORT_LABEL_NOTES },
  { "内容提要", SYL_IMPORT_LABEL_NOTES },
  { "说明", SYL_IMPORT_LABEL_NOTES },
  { "备注", SYL_IMPORT_LABEL_NOTES },
  { "小结", SYL_IMPORT_LABEL_NOTES },
  { "keypoints", SYL_IMPORT_LABEL_NOTES },
  { "keyconcepts", SYL_IMPORT_LABEL_NOTES },
  { "keytakeaways", SYL_IMPORT_LABEL_NOTES },
  { "notes", SYL_IMPORT_LABEL_NOTES },
  { "summary", SYL_IMPORT_LABEL_NOTES },
  { "overview", SYL_IMPORT_LABEL_NOTES },
  { "description", SYL_IMPORT_LABEL_NOTES },
  { "highlights", SYL_IMPORT_LABEL_NOTES },
  { "目录", SYL_IMPORT_LABEL_CONTENTS },
  /* Headings over the outline itself, as course pages put them. */
  { "课程结构", SYL_IMPORT_LABEL_CONTENTS },
  { "课程大纲", SYL_IMPORT_LABEL_CONTENTS },
  { "课程目录", SYL_IMPORT_LABEL_CONTENTS },
  { "目次", SYL_IMPORT_LABEL_CONTENTS },
  { "contents", SYL_IMPORT_LABEL_CONTENTS },
  { "tableofcontents", SYL_IMPORT_LABEL_CONTENTS },
  { "toc", SYL_IMPORT_LABEL_CONTENTS },
};

static gboolean
is_ignored (gunichar c)
{
  return g_unichar_isspace (c) || c == 0x3000 || c == '*' || c == '_'
         || c == '#' || c == ':' || c == 0xFF1A || c == '[' || c == ']'
         || c == 0x3010 || c == 0x3011;
}

/* The heading reduced to what is compared: folded case, no spaces,
 * emphasis or brackets; NULL if it is too long to be a label. */
static char *
label_key (const char *title)
{
  GString *key = g_string_new (NULL);
  g_autofree char *folded = NULL;

  for (const char *p = title; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!is_ignored (c))
        g_string_append_unichar (key, c);
      if (key->len > 64)
        {
          g_string_free (key, TRUE);
          return NULL;
        }
    }
  folded = g_utf8_casefold (key->str, -1);
  g_string_free (key, TRUE);
  return g_steal_pointer (&folded);
}

/**
 * _syl_import_heading_label:
 * @title: a heading's text, valid UTF-8, without its number
 *
 * Returns: what part of a section a heading with this text introduces,
 *   or %SYL_IMPORT_LABEL_NONE for a heading of the outline itself
 */
SylImportLabel
_syl_import_heading_label (const char *title)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (title != NULL, SYL_IMPORT_LABEL_NONE);

  key = label_key (title);
  if (key == NULL || *key == '\0')
    return SYL_IMPORT_LABEL_NONE;
  for (gsize i = 0; i < G_N_ELEMENTS (label_words); i++)
    if (strcmp (key, label_words[i].text) == 0)
      return label_words[i].label;
  return SYL_IMPORT_LABEL_NONE;
}

/**
 * _syl_import_line_label:
 * @text: a line of text, without its indentation
 * @rest: (out): what follows the label's colon on the same line, or the
 *   end of @text
 *
 * A line of plain text that is a label: “学习目标”, “Key points:”, or
 * “重点：理解 X” with its first item after the colon.
 *
 * Returns: the label, or %SYL_IMPORT_LABEL_NONE
 */
SylImportLabel
_syl_import_line_label (const char  *text,
                        const char **rest)
{
  const char *colon = strstr (text, "：");
  SylImportLabel label;

  *rest = text + strlen (text);
  if ((label = _syl_import_heading_label (text)) != SYL_IMPORT_LABEL_NONE)
    return label;
  if (colon == NULL || (strchr (text, ':') != NULL && strchr (text, ':') < colon))
    colon = strchr (text, ':');
  if (colon == NULL || colon - text > 64)
    return SYL_IMPORT_LABEL_NONE;
  {
    g_autofree char *head = g_strndup (text, colon - text);

    label = _syl_import_heading_label (head);
  }
  *rest = _syl_import_skip_spaces (g_utf8_next_char (colon));
  return label;
}

/* Whether a list item reads as running text rather than as a title: a
 * sentence (it ends as one), a field ("课程名称：网络爬虫技术"), or longer
 * than a title.  Items numbered as an outline ("1.2 Network edge") are
 * titles whatever they say. */
gboolean
_syl_import_reads_as_prose (const char *item)
{
  g_autoptr(GRegex) targets = g_regex_new ("\\]\\([^)]*\\)", 0, 0, NULL);
  /* What a reader sees: a Markdown link's text, not where it goes. */
  g_autofree char *shown = g_regex_replace_literal (targets, item, -1, 0, "]", 0, NULL);
  g_autofree char *text = _syl_import_strip (shown != NULL ? shown : item, NULL);
  SylHeadingNumber number;
  const char *colon, *after = NULL;
  guint columns = 0;
  gunichar last = 0;

  if (*text == '\0' || _syl_import_match_path (text, &number))
    return FALSE;
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      last = g_utf8_get_char (p);
      columns += g_unichar_iswide (last) ? 2 : 1;
    }
  if (columns > 80)
    return TRUE;
  if (last == 0x3002 || last == '.' || last == '!' || last == '?' || last == 0xFF01 ||
      last == 0xFF1F || last == ';' || last == 0xFF1B)
    return TRUE;
  /* A short name, a colon, and something after it. */
  if ((colon = strstr (text, "：")) != NULL)
    after = colon + strlen ("：");
  else if ((colon = strstr (text, ": ")) != NULL)
    after = colon + 2;
  return colon != NULL && colon > text && colon - text <= 24 &&
         *_syl_import_skip_spaces (after) != '\0';
}

/* "**1.2 Network edge**": the outline number an item starts with, past the
 * emphasis marks that the Markdown export puts around levels below the
 * sixth and that Word authors put around a title. */
gboolean
_syl_import_item_number (const char       *title,
                         SylHeadingNumber *number)
{
  const char *p = _syl_import_skip_spaces (title);

  while (*p == '*' || *p == '_')
    p++;
  return _syl_import_match_path (p, number);
}

/* "1.1 Types" is a numbered heading; "Week 2" alone is a name. */
gboolean
_syl_import_is_numbered_heading (const char *title)
{
  SylHeadingNumber number;

  return title != NULL && _syl_import_match_heading (title, TRUE, &number) &&
         *_syl_import_skip_spaces (number.end) != '\0';
}

/**
 * _syl_import_first_phrase_end:
 * @text: a list item's text
 * @rest: (out): where the text after the phrase starts
 *
 * The end of an entry's first phrase: a full stop or a field's colon,
 * when a title's worth of words stands before it and more text after it
 * ("第 1 周，第 1 章爬虫基础。HTTP 协议…").
 *
 * Returns: the end of the phrase in @text, or %NULL
 */
const char *
_syl_import_first_phrase_end (const char  *text,
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

/**
 * _syl_import_judge_list:
 * @items: the text of each item of the list, at every level
 * @n_items: how many
 * @ordered: whether every item is numbered ("1.", not "-")
 * @led_into: whether a paragraph of the section comes before the list
 * @numbered_heading: whether the heading above has a number of its own
 *
 * What a list under a heading is, judged list by list as people write
 * them, in Markdown and in word processors alike:
 * - items numbered as an outline ("1.2 Network edge") are nodes;
 * - a list of running text is what the section says, its notes, unless
 *   it is numbered and each item opens with a phrase ("1. 第 1 周，第 1 章
 *   爬虫基础。HTTP…"): entries then, titled by that phrase;
 * - a list that a paragraph leads into ("…as follows:") is part of the
 *   notes too;
 * - under a numbered heading ("1.1 Types") a list of words is what the
 *   section says;
 * - any other list of titles (readings, topics) is the outline below its
 *   heading.
 * Lists under labelled headings (objectives, key points) are the
 * caller's to place before it asks.
 *
 * Returns: what the list becomes
 */
SylImportListRole
_syl_import_judge_list (const char * const *items,
                        guint               n_items,
                        gboolean            ordered,
                        gboolean            led_into,
                        gboolean            numbered_heading)
{
  guint n_numbered = 0, n_prose = 0, n_phrased = 0;

  for (guint i = 0; i < n_items; i++)
    {
      SylHeadingNumber number;
      const char *rest = NULL;

      n_numbered += _syl_import_item_number (items[i], &number);
      n_prose += _syl_import_reads_as_prose (items[i]);
      n_phrased += _syl_import_first_phrase_end (items[i], &rest) != NULL;
    }
  if (2 * n_numbered > n_items)
    return SYL_IMPORT_LIST_NODES;
  if (2 * n_prose > n_items)
    return ordered && n_phrased == n_items ? SYL_IMPORT_LIST_ENTRIES : SYL_IMPORT_LIST_NOTES;
  if (led_into || numbered_heading)
    return SYL_IMPORT_LIST_NOTES;
  return SYL_IMPORT_LIST_NODES;
}
