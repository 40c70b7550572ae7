/* syl-import-labels.c: headings that name a part of a section
 *
 * Real outlines put a section's objectives and key points under small
 * headings of their own ("学习目标", "Objectives", "重点") and open with a
 * contents page, and write some lists as titles, others as running text.
 * Every importer must tell those apart, so they are recognised here, once,
 * for all formats.
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
