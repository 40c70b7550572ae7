/* syl-import-numbers.c: the numbers and bullets that start headings
 *
 * Decimal paths (“1.4.1”), Chinese numbering as designers write it
 * (“第一章”, “第 1 章”, “一、”, “（一）”, “1、”, “(1)”, “1)”), English
 * chapter words (“Chapter 2”) and bullets.  Whether a number really is
 * a heading, and not part of a title, is decided by syl-import-text.c,
 * which knows what came before.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-import-private.h"

static gboolean
skip_prefix (const char **p,
             const char  *prefix)
{
  if (!g_str_has_prefix (*p, prefix))
    return FALSE;
  *p += strlen (prefix);
  return TRUE;
}

/* Spaces inside a number, as in “第 1 章”, but not line ends. */
static const char *
skip_inline_spaces (const char *p)
{
  while (*p == ' ' || *p == '\t' || g_str_has_prefix (p, "\u3000"))
    p = g_utf8_next_char (p);
  return p;
}

static gboolean
is_space_or_end (const char *p)
{
  return *p == '\0' || g_unichar_isspace (g_utf8_get_char (p));
}

/* Chinese numerals. */

static int
chinese_digit (gunichar c)
{
  static const gunichar digits[] = { 0x96f6, 0x4e00, 0x4e8c, 0x4e09, 0x56db, 0x4e94,
                                     0x516d, 0x4e03, 0x516b, 0x4e5d };  /* 零一二…九 */

  if (c == 0x3007)  /* 〇 */
    return 0;
  if (c == 0x4e24)  /* 两 */
    return 2;
  for (guint i = 0; i < G_N_ELEMENTS (digits); i++)
    if (c == digits[i])
      return i;
  return -1;
}

static guint
chinese_unit (gunichar c)
{
  switch (c)
    {
    case 0x5341:  /* 十 */
      return 10;
    case 0x767e:  /* 百 */
      return 100;
    case 0x5343:  /* 千 */
      return 1000;
    default:
      return 0;
    }
}

/* “十二”, “二十一”, “一百零一”, or digit by digit, “二〇二四”: the value,
 * and @end after the numeral; 0 when there is none. */
static guint
parse_chinese (const char  *p,
               const char **end)
{
  guint value = 0, digits = 0, positional = 0;
  int digit = -1;
  gboolean units = FALSE;

  for (*end = p;; *end = g_utf8_next_char (*end))
    {
      gunichar c = g_utf8_get_char (*end);
      int d = chinese_digit (c);
      guint unit = chinese_unit (c);

      if (d >= 0)
        {
          digit = d;
          positional = positional * 10 + d;
          digits++;
        }
      else if (unit > 0)
        {
          value += (digit < 0 ? 1 : digit) * unit;
          digit = -1;
          units = TRUE;
        }
      else
        break;
      if (value > 100000 || positional > 100000)
        return 0;
    }
  if (!units)
    return digits > 0 ? positional : 0;
  return value + (digit > 0 ? digit : 0);
}

/* Digits, at most three, as outline numbers have: more are years. */
static guint
parse_digits (const char  *p,
              const char **end,
              gboolean    *ok)
{
  guint value = 0;

  *end = p;
  while (g_ascii_isdigit (**end))
    {
      value = value * 10 + (**end - '0');
      (*end)++;
    }
  *ok = *end > p && *end - p <= 3;
  return value;
}

static guint
parse_roman (const char  *p,
             const char **end)
{
  static const char letters[] = "IVXLC";
  static const guint values[] = { 1, 5, 10, 50, 100 };
  guint value = 0;

  for (*end = p; **end != '\0' && strchr (letters, **end) != NULL; (*end)++)
    {
      guint v = values[strchr (letters, **end) - letters];
      const char *next = strchr (letters, (*end)[1]);

      if ((*end)[1] != '\0' && next != NULL && values[next - letters] > v)
        value -= v;
      else
        value += v;
    }
  return *end > p ? value : 0;
}

/* Decimal paths. */

/**
 * _syl_import_match_path:
 *
 * “1”, “1.4”, “1.4.1”, “1.4.1.”, followed by white space, the end, or a
 * Chinese character (“1.1什么是”).  Books number sections “1-1” and
 * “1-1-2” too: then every part is apart by a hyphen, and @number says
 * it is dashed.  Parts have one to three digits and
 * only a lone number may be 0, so “2024 年”, “3.14159”, “2.0 版本”,
 * “0.1%” and “1.5x” are not headings.
 */
gboolean
_syl_import_match_path (const char       *p,
                        SylHeadingNumber *number)
{
  const char *q = p;
  char separator = 0;

  memset (number, 0, sizeof *number);
  for (;;)
    {
      gboolean ok;
      guint part = parse_digits (q, &q, &ok);

      if (!ok || number->n_parts == SYL_IMPORT_MAX_PARTS)
        return FALSE;
      number->parts[number->n_parts++] = part;
      if ((q[0] != '.' && q[0] != '-') || !g_ascii_isdigit (q[1]) ||
          (separator != 0 && q[0] != separator))
        break;
      separator = q[0];
      q++;
    }
  number->dashed = separator == '-';
  if (number->dashed && (*q == '.' || *q == '-'))
    return FALSE;
  for (guint i = 0; i < number->n_parts; i++)
    if (number->parts[i] == 0 && number->n_parts > 1)
      return FALSE;
  if (*q == '.')
    {
      number->trailing_dot = TRUE;
      q++;
    }
  if (!is_space_or_end (q))
    {
      gunichar c = g_utf8_get_char (q);

      if (!_syl_import_is_cjk (c) && !_syl_import_is_wide_punct (c))
        return FALSE;
      number->tight = TRUE;
    }
  number->style = SYL_HEADING_PATH;
  number->end = q;
  return TRUE;
}

/* Headings with a unit word. */

static SylHeadingStyle
chinese_unit_style (const char **p)
{
  static const struct { const char *unit; SylHeadingStyle style; } units[] = {
    { "章", SYL_HEADING_ZH_CHAPTER }, { "节", SYL_HEADING_ZH_SECTION },
    { "篇", SYL_HEADING_ZH_PART }, { "部分", SYL_HEADING_ZH_PART },
    { "讲", SYL_HEADING_ZH_LESSON }, { "课", SYL_HEADING_ZH_LESSON },
    { "单元", SYL_HEADING_ZH_LESSON },
  };

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (skip_prefix (p, units[i].unit))
      return units[i].style;
  return SYL_HEADING_NONE;
}

/* “第一章”, “第1章”, “第 1 章”, then an optional “：”. */
static gboolean
match_chinese_unit (const char       *p,
                    SylHeadingNumber *number)
{
  const char *q = p;
  const char *end;
  gboolean ok = TRUE;

  if (!skip_prefix (&q, "第"))
    return FALSE;
  q = skip_inline_spaces (q);
  if (g_ascii_isdigit (*q))
    number->parts[0] = parse_digits (q, &end, &ok);
  else
    number->parts[0] = parse_chinese (q, &end);
  if (!ok || end == q)
    return FALSE;
  q = skip_inline_spaces (end);
  if ((number->style = chinese_unit_style (&q)) == SYL_HEADING_NONE)
    return FALSE;
  if (!skip_prefix (&q, "：") && !skip_prefix (&q, ":") && !skip_prefix (&q, "、"))
    skip_prefix (&q, "．");
  number->n_parts = 1;
  number->end = q;
  return TRUE;
}

/* “Chapter 2”, “Part II:”, “Lesson 3.” */
static gboolean
match_english_unit (const char       *p,
                    SylHeadingNumber *number)
{
  static const struct { const char *word; SylHeadingStyle style; } words[] = {
    { "chapter ", SYL_HEADING_EN_CHAPTER }, { "part ", SYL_HEADING_EN_PART },
    { "module ", SYL_HEADING_EN_MODULE }, { "unit ", SYL_HEADING_EN_MODULE },
    { "lesson ", SYL_HEADING_EN_MODULE },
  };
  const char *q = NULL;
  const char *end;
  gboolean ok = TRUE;

  for (guint i = 0; i < G_N_ELEMENTS (words) && q == NULL; i++)
    if (g_ascii_strncasecmp (p, words[i].word, strlen (words[i].word)) == 0)
      {
        q = p + strlen (words[i].word);
        number->style = words[i].style;
      }
  if (q == NULL)
    return FALSE;
  if (g_ascii_isdigit (*q))
    number->parts[0] = parse_digits (q, &end, &ok);
  else
    number->parts[0] = parse_roman (q, &end);
  if (!ok || end == q)
    return FALSE;
  if (*end == ':' || *end == '.')
    end++;
  if (!is_space_or_end (end))
    return FALSE;
  number->n_parts = 1;
  number->end = end;
  return TRUE;
}

static guint roman_value (const char *p,
                          gsize       length);

/* “(a) Title”, “(ii) Title”: letters and roman numerals in brackets, as
 * LaTeX's enumerate and lawyers number smaller points, followed by a
 * space.  One letter alone is a letter, “(i)” included, as with “i.”. */
static gboolean
match_parenthesized_letter (const char       *p,
                            SylHeadingNumber *number)
{
  gsize length;
  guint roman;

  if (*p != '(')
    return FALSE;
  length = strspn (p + 1, "abcdefghijklmnopqrstuvwxyz");
  if (length == 0 || p[1 + length] != ')' || p[2 + length] != ' ' ||
      *skip_inline_spaces (p + 2 + length) == '\0')
    return FALSE;
  roman = length >= 2 && strspn (p + 1, "ivx") == length ? roman_value (p + 1, length) : 0;
  if (length == 1)
    {
      number->style = SYL_HEADING_LATIN_PAREN;
      number->parts[0] = p[1] - 'a' + 1;
    }
  else if (roman > 0)
    {
      number->style = SYL_HEADING_ROMAN_PAREN;
      number->parts[0] = roman;
    }
  else
    return FALSE;
  number->n_parts = 1;
  number->end = p + 2 + length;
  return TRUE;
}

/* “（一）”, “(一)”, “（1）”, “(1)”. */
static gboolean
match_parenthesized (const char       *p,
                     SylHeadingNumber *number)
{
  const char *q = p;
  const char *end;
  gboolean ok = TRUE;

  if (!skip_prefix (&q, "（") && !skip_prefix (&q, "("))
    return FALSE;
  q = skip_inline_spaces (q);
  if (g_ascii_isdigit (*q))
    {
      number->parts[0] = parse_digits (q, &end, &ok);
      number->style = SYL_HEADING_DECIMAL_PAREN;
    }
  else
    {
      number->parts[0] = parse_chinese (q, &end);
      number->style = SYL_HEADING_ZH_PAREN;
    }
  if (!ok || end == q)
    return FALSE;
  q = skip_inline_spaces (end);
  if (!skip_prefix (&q, "）") && !skip_prefix (&q, ")"))
    return FALSE;
  number->n_parts = 1;
  number->end = q;
  return TRUE;
}

/* “一、”, “1、” and “1)”. */
static gboolean
match_enumeration (const char       *p,
                   SylHeadingNumber *number)
{
  const char *end;
  gboolean ok = TRUE;
  gboolean digits = g_ascii_isdigit (*p);

  number->parts[0] = digits ? parse_digits (p, &end, &ok) : parse_chinese (p, &end);
  if (!ok || end == p)
    return FALSE;
  if (skip_prefix (&end, "、"))
    number->style = digits ? SYL_HEADING_DECIMAL_COMMA : SYL_HEADING_ZH_COMMA;
  else if (digits && *end == ')' && is_space_or_end (end + 1))
    {
      number->style = SYL_HEADING_DECIMAL_HALF;
      end++;
    }
  else
    return FALSE;
  number->n_parts = 1;
  number->end = end;
  return TRUE;
}

/* “a. Title”, “B) Title”: a letter as outlines number their smaller
 * points, followed by a title that starts as one (a letter or a digit,
 * not a lowercase word: “a. k. a.” and “e.g.” are no numbers). */
/* The value of a lowercase roman numeral of two letters or more
 * ("ii", "xiv"), or 0.  One letter alone reads as a letter: "i." comes
 * after "h." more often than before "ii.". */
static guint
roman_value (const char *p,
             gsize       length)
{
  static const char *const numerals[] = {
    "ii", "iii", "iv", "vi", "vii", "viii", "ix", "xi", "xii", "xiii", "xiv", "xv",
  };
  static const guint values[] = { 2, 3, 4, 6, 7, 8, 9, 11, 12, 13, 14, 15 };

  for (guint i = 0; i < G_N_ELEMENTS (numerals); i++)
    if (strlen (numerals[i]) == length && strncmp (p, numerals[i], length) == 0)
      return values[i];
  return 0;
}

static gboolean
match_letter (const char       *p,
              SylHeadingNumber *number)
{
  const char *title;
  gsize length = strspn (p, "ivx");
  guint roman = length >= 2 ? roman_value (p, length) : 0;

  if (roman > 0 && (p[length] == '.' || p[length] == ')') && p[length + 1] == ' ')
    {
      number->style = SYL_HEADING_ROMAN_LOWER;
      number->parts[0] = roman;
      number->n_parts = 1;
      number->end = p + length + 1;
      return TRUE;
    }

  if (!g_ascii_isalpha (p[0]) || (p[1] != '.' && p[1] != ')') || p[2] != ' ')
    return FALSE;
  title = skip_inline_spaces (p + 2);
  if (*title == '\0' || (g_ascii_isalpha (title[0]) && title[1] == '.'))
    return FALSE;
  number->style = g_ascii_islower (p[0]) ? SYL_HEADING_LATIN_LOWER : SYL_HEADING_LATIN_UPPER;
  number->parts[0] = g_ascii_tolower (p[0]) - 'a' + 1;
  number->n_parts = 1;
  number->end = p + 2;
  return TRUE;
}

/**
 * _syl_import_match_heading:
 * @p: the start of a line, after its indentation
 * @dot_is_path: whether “1.” is a decimal path, as in a text that also
 *   has “1.1”, or a style of its own
 *
 * Returns: whether @p starts with a heading number of any style
 */
gboolean
_syl_import_match_heading (const char       *p,
                           gboolean          dot_is_path,
                           SylHeadingNumber *number)
{
  memset (number, 0, sizeof *number);
  if (match_chinese_unit (p, number) || match_english_unit (p, number) ||
      match_parenthesized_letter (p, number) || match_parenthesized (p, number) ||
      match_enumeration (p, number) || match_letter (p, number))
    return TRUE;

  memset (number, 0, sizeof *number);
  if (!_syl_import_match_path (p, number))
    return FALSE;
  if (number->n_parts == 1 && number->trailing_dot && !dot_is_path)
    number->style = SYL_HEADING_DECIMAL_DOT;
  return TRUE;
}

/**
 * _syl_import_skip_separator:
 *
 * “Chapter 1 - Title”, “1 – Title”, “第一章 —— 标题”, “1.2: Title”: the
 * dash or colon between a number and its title, with the spaces around
 * it.  A hyphen or colon needs a space after it (“1 -5 °C” keeps its
 * sign); a full-width colon or an em dash does not.
 *
 * Returns: where the title starts, or @p when there is no separator
 */
const char *
_syl_import_skip_separator (const char *p)
{
  const char *q = _syl_import_skip_spaces (p);
  gunichar c = g_utf8_get_char (q);
  const char *r = q;

  if (c != '-' && c != 0x2013 && c != 0x2014 && c != ':' && c != 0xff1a)
    return p;
  while (g_utf8_get_char (r) == c)
    r = g_utf8_next_char (r);
  if (c == 0xff1a || c == 0x2014 || is_space_or_end (r))
    return _syl_import_skip_spaces (r);
  return p;
}

/* After any heading number at @p, the spaces and separator after it. */
const char *
_syl_import_skip_number (const char *p)
{
  SylHeadingNumber number;

  if (!_syl_import_match_heading (p, TRUE, &number))
    return p;
  return _syl_import_skip_separator (_syl_import_skip_spaces (number.end));
}

/**
 * _syl_import_skip_bullet:
 *
 * “•”, “▪”, “” (the bullet Word's symbol font leaves in extracted
 * text) and the like always start a list item; “-”, “*”, “+” and “o”,
 * which also start words (“-5”, “*bold*”, “order”), only before a
 * space.  Moves @p past the bullet and its spaces.
 */
gboolean
_syl_import_skip_bullet (const char **p)
{
  static const gunichar always[] = {
    0x2022, 0x00b7, 0x25e6, 0x25cf, 0x25cb, 0x25aa, 0x25a0, 0x25a1, 0x25c6, 0x25c7,
    0x27a2, 0x25ba, 0x25b6, 0x2713, 0xf0b7, 0xf0a7, 0xf0d8, 0x2023, 0x2043,
  };
  gunichar c = g_utf8_get_char (*p);
  const char *next = g_utf8_next_char (*p);

  for (guint i = 0; i < G_N_ELEMENTS (always); i++)
    if (c == always[i])
      {
        *p = _syl_import_skip_spaces (next);
        return TRUE;
      }
  if ((c == '-' || c == '*' || c == '+' || c == 0x2013) && is_space_or_end (next))
    {
      *p = _syl_import_skip_spaces (next);
      return TRUE;
    }
  if (c == 'o' && *next != '\0' && g_unichar_isspace (g_utf8_get_char (next)))
    {
      *p = _syl_import_skip_spaces (next);
      return TRUE;
    }
  return FALSE;
}

/* “2.1”, for warnings. */
char *
_syl_import_format_path (const guint *parts,
                         guint        n_parts)
{
  GString *text = g_string_new (NULL);

  for (guint i = 0; i < n_parts; i++)
    g_string_append_printf (text, i > 0 ? ".%u" : "%u", parts[i]);
  return g_string_free (text, FALSE);
}
