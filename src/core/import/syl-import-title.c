/* syl-import-title.c: the title and author block before an outline
 *
 * Course outlines start with a title, often in 《》, then the author,
 * after a dash or a word such as “作者” or “By”, then a line about the
 * author: “《AI 大模型的企业应用》——段方” and “某世界 100 强企业 … 教授”.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-import-private.h"

#define MAX_NAME_CHARS 24

typedef struct
{
  SylImportResult *result;
  GPtrArray       *names;
  GString         *about;
  gboolean         have_subtitle;
} Block;

static const char *
skip_dashes (const char *p)
{
  for (;;)
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '-' || c == '~' || c == 0x2014 || c == 0x2013 || c == 0xff0d || c == 0x2015 ||
          g_unichar_isspace (c))
        p = g_utf8_next_char (p);
      else
        return p;
    }
}

/* “作者：段方”, “By Ada Lovelace”, “—— 段方”: the names, or NULL when
 * @text does not start as a byline does. */
static const char *
skip_byline (const char *text)
{
  static const char * const words[] = {
    "作者", "主讲人", "主讲", "讲师", "编者", "撰稿", "by ", "authors", "author",
    "presenter", "instructor", "lecturer",
  };
  const char *p = skip_dashes (text);
  gboolean dashed = p != text;

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_ascii_strncasecmp (p, words[i], strlen (words[i])) == 0)
      {
        p += strlen (words[i]);
        while (g_str_has_prefix (p, "：") || *p == ':' || g_unichar_isspace (g_utf8_get_char (p)))
          p = g_utf8_next_char (p);
        return p;
      }
  return dashed ? p : NULL;
}

/* A name is a few Chinese characters (段方, 约翰·史密斯) or a few
 * capitalised words (Ada Lovelace, J. R. Smith). */
static gboolean
is_name (const char *name)
{
  guint chars = 0, words = 0;
  gboolean han = FALSE, latin = FALSE, word_start = TRUE;

  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      chars++;
      if (c == ' ')
        {
          word_start = TRUE;
          continue;
        }
      if (_syl_import_is_cjk (c))
        han = TRUE;
      else if (g_unichar_isalpha (c))
        {
          if (word_start && !g_unichar_isupper (c))
            return FALSE;
          latin = TRUE;
        }
      else if (c != '.' && c != '-' && c != 0x00b7 && c != '\'')
        return FALSE;
      words += word_start;
      word_start = FALSE;
    }
  if (han)
    return !latin && chars >= 2 && chars <= 6 && words == 1;
  return latin && words <= 4 && chars <= MAX_NAME_CHARS;
}

static GPtrArray *
split_names (const char *text)
{
  g_autoptr(GRegex) separators = g_regex_new ("\\s*(?:[,，、;；/&]|\\band\\b)\\s*", 0, 0, NULL);
  g_auto(GStrv) parts = g_regex_split (separators, text, 0);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; parts[i] != NULL; i++)
    {
      char *name = _syl_import_strip (parts[i], NULL);

      if (*name == '\0')
        {
          g_free (name);
          continue;
        }
      g_ptr_array_add (names, name);
      if (!is_name (name))
        return NULL;
    }
  return names->len > 0 ? g_steal_pointer (&names) : NULL;
}

/* “作者：段方”, “By Ada Lovelace and Grace Hopper”: the names, or NULL
 * when @text is no byline. */
GPtrArray *
_syl_import_parse_byline (const char *text)
{
  const char *names = skip_byline (text);

  return names != NULL ? split_names (names) : NULL;
}

/* A paragraph after the title: the byline, about the author, the
 * subtitle, or the description, in that order of likelihood. */
static void
add_paragraph (Block      *block,
               const char *text)
{
  const char *byline = skip_byline (text);
  g_autoptr(GPtrArray) names = NULL;

  if (block->names == NULL && byline != NULL && (names = split_names (byline)) != NULL)
    block->names = g_steal_pointer (&names);
  else if (block->names != NULL && block->names->len == 1)
    _syl_import_join (block->about, text);
  else if (block->names == NULL && !block->have_subtitle)
    {
      g_autofree char *subtitle = _syl_import_strip (skip_dashes (text), NULL);

      _syl_import_result_set_subtitle (block->result, subtitle);
      block->have_subtitle = TRUE;
    }
  else
    _syl_import_result_add_description (block->result, text);
}

/* The text after “》” on its line: names, as in “——段方”, or a subtitle. */
static void
add_after_title (Block      *block,
                 const char *text)
{
  g_autoptr(GPtrArray) names = NULL;
  const char *rest = skip_dashes (text);

  if (*rest == '\0')
    return;
  if (skip_byline (text) != NULL && (names = split_names (skip_byline (text))) != NULL)
    block->names = g_steal_pointer (&names);
  else
    add_paragraph (block, rest);
}

/* “《Title》” across any number of lines: returns the line after it, or
 * 0 when there is no such title. */
static guint
take_bracketed_title (Block              *block,
                      const char * const *lines,
                      guint               n_lines)
{
  g_autoptr(GString) title = g_string_new (NULL);
  g_autoptr(GString) before = g_string_new (NULL);
  gboolean open = FALSE;

  for (guint i = 0; i < n_lines; i++)
    {
      const char *start = lines[i];
      const char *close;

      if (!open)
        {
          if ((start = strstr (lines[i], "《")) == NULL)
            {
              _syl_import_join (before, lines[i]);
              continue;
            }
          start += strlen ("《");
          open = TRUE;
        }
      close = strstr (start, "》");
      if (close == NULL)
        {
          _syl_import_join (title, start);
          continue;
        }
      {
        g_autofree char *piece = g_strndup (start, close - start);
        g_autofree char *stripped = NULL;

        _syl_import_join (title, piece);
        stripped = _syl_import_strip (title->str, NULL);
        _syl_import_result_set_title (block->result, stripped);
        /* What came before the title, such as “课程大纲”, is kept. */
        _syl_import_result_add_description (block->result, before->str);
      }
      add_after_title (block, close + strlen ("》"));
      return i + 1;
    }
  return 0;
}

/* “目录”, “目 录”, “Contents”: the heading of a table of contents that a
 * PDF's text starts with, not the course's title. */
static gboolean
is_contents_heading (const char *line)
{
  static const char * const names[] = { "目录", "contents", "tableofcontents" };
  g_autoptr(GString) squeezed = g_string_new (NULL);

  for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (squeezed, g_unichar_tolower (g_utf8_get_char (p)));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    if (strcmp (squeezed->str, names[i]) == 0)
      return TRUE;
  return FALSE;
}

/**
 * _syl_import_title_block:
 * @lines: the lines before the first heading, stripped
 *
 * Each line is a paragraph: the title, the byline, the subtitle.  Lines
 * that continue another are joined to it: those of a title in 《》, those
 * about the author after a byline, and those that start with closing
 * punctuation.
 */
void
_syl_import_title_block (SylImportResult    *result,
                         const char * const *lines,
                         guint               n_lines)
{
  Block block = { result, NULL, g_string_new (NULL), FALSE };
  g_autoptr(GString) paragraph = g_string_new (NULL);
  guint first = take_bracketed_title (&block, lines, n_lines);
  gboolean have_title = first > 0;

  for (guint i = first; i <= n_lines; i++)
    {
      if (i < n_lines && is_contents_heading (lines[i]))
        continue;
      if (paragraph->len > 0 && (i == n_lines || !_syl_import_starts_with_closing (lines[i])))
        {
          if (!have_title)
            {
              g_autofree char *title = _syl_import_strip (paragraph->str, NULL);

              _syl_import_result_set_title (result, title);
              have_title = TRUE;
            }
          else
            add_paragraph (&block, paragraph->str);
          g_string_truncate (paragraph, 0);
        }
      if (i < n_lines)
        _syl_import_join (paragraph, lines[i]);
    }

  for (guint i = 0; block.names != NULL && i < block.names->len; i++)
    _syl_import_result_add_author (result, g_ptr_array_index (block.names, i),
                                   block.names->len == 1 ? block.about->str : "");
  g_clear_pointer (&block.names, g_ptr_array_unref);
  g_string_free (block.about, TRUE);
}
