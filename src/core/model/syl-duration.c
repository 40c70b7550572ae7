/* syl-duration.c: durations as people type them, and as fields show them
 *
 * A duration field takes what a course designer would write on paper:
 * minutes ("90", "90 min", "90分钟"), hours and minutes ("1h30",
 * "1 h 30 min", "1小时30分", "1 时 30 分"), hours with a decimal point
 * ("1.5h") or a clock ("1:30").  Chinese numerals ("一个半小时") are not
 * read: a designer who types them can as well type digits.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "syl-duration.h"
#include "syl-error.h"

/* The units a field reads, casefolded, besides the symbols it writes (see
 * hours_symbol()).  Simplified and Traditional Chinese both, with and
 * without the measure word: "1个小时" is as common as "1小时". */
static const char * const hour_words[] = {
  "h", "hr", "hrs", "hour", "hours",
  "小时", "个小时", "时", "钟头", "个钟头",
  "小時", "個小時", "時", "鐘頭", "個鐘頭",
  NULL
};

static const char * const minute_words[] = {
  "m", "min", "mins", "minute", "minutes",
  "分钟", "分", "分鐘",
  NULL
};

/* Numbers are capped here as they are read: far beyond any duration the
 * format holds, in minutes or in hours, yet far from overflowing when
 * hours are turned into minutes and added up. */
#define NUMBER_CAP G_GINT64_CONSTANT (1000000000000)
/* Digits after the point beyond these must be zeros. */
#define MAX_FRACTION_DIGITS 9

typedef enum
{
  READ_OK,
  READ_NOT_A_DURATION,
  READ_NEGATIVE,
  READ_CLOCK_MINUTES,
  READ_NOT_WHOLE,
  READ_TOO_LONG,
} ReadResult;

typedef enum
{
  UNIT_NONE,
  UNIT_HOURS,
  UNIT_MINUTES,
  UNIT_UNKNOWN,
} Unit;

/* A number as typed: "90", "1.5", ".5". */
typedef struct
{
  gint64   whole;
  gint64   fraction;  /* the digits after the point, as a whole number */
  gint64   scale;     /* 10 to the power of their count */
  gboolean inexact;   /* a digit other than 0 beyond MAX_FRACTION_DIGITS */
} Number;

static const char *
hours_symbol (void)
{
  /* Translators: the symbol for hours in a duration such as “1 h 30 min”.
   * The field reads it back, so it must contain no digit, space, point or colon. */
  return C_("hours", "h");
}

static const char *
minutes_symbol (void)
{
  /* Translators: the symbol for minutes in a duration such as “1 h 30 min”.
   * The field reads it back, so it must contain no digit, space, point or colon. */
  return C_("minutes", "min");
}

static void
skip_spaces (const char **p)
{
  while (g_ascii_isspace (**p))
    (*p)++;
}

static ReadResult
read_number (const char **p,
             Number      *number)
{
  guint whole_digits = 0;
  guint fraction_digits = 0;

  *number = (Number) { 0, 0, 1, FALSE };
  for (; g_ascii_isdigit (**p); (*p)++, whole_digits++)
    number->whole = MIN (number->whole * 10 + (**p - '0'), NUMBER_CAP);
  if (**p != '.')
    return whole_digits > 0 ? READ_OK : READ_NOT_A_DURATION;

  for ((*p)++; g_ascii_isdigit (**p); (*p)++, fraction_digits++)
    {
      if (fraction_digits >= MAX_FRACTION_DIGITS)
        number->inexact |= **p != '0';
      else
        {
          number->fraction = number->fraction * 10 + (**p - '0');
          number->scale *= 10;
        }
    }
  /* "1." is on its way to "1.5", and no number yet. */
  return fraction_digits > 0 ? READ_OK : READ_NOT_A_DURATION;
}

/* @number of units of @unit_minutes each, in whole minutes. */
static ReadResult
number_to_minutes (const Number *number,
                   gint64        unit_minutes,
                   gint64       *minutes)
{
  gint64 part = number->fraction * unit_minutes;

  if (number->inexact || part % number->scale != 0)
    return READ_NOT_WHOLE;
  *minutes = number->whole * unit_minutes + part / number->scale;
  return READ_OK;
}

static gboolean
is_one_of (const char         *word,
           const char * const *words)
{
  for (guint i = 0; words[i] != NULL; i++)
    if (strcmp (word, words[i]) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
is_symbol (const char *word,
           const char *symbol)
{
  g_autofree char *folded = g_utf8_casefold (symbol, -1);

  return strcmp (word, folded) == 0;
}

/* The word after a number, up to a space, a digit, a point or a colon.
 * Those are all ASCII, so a byte of a Chinese character is never one. */
static Unit
read_unit (const char **p)
{
  const char *start;
  g_autofree char *word = NULL;

  skip_spaces (p);
  start = *p;
  while (**p != '\0' && !g_ascii_isspace (**p) && !g_ascii_isdigit (**p) &&
         **p != '.' && **p != ':')
    (*p)++;
  if (*p == start)
    return UNIT_NONE;

  word = g_utf8_casefold (start, *p - start);
  if (is_one_of (word, hour_words) || is_symbol (word, hours_symbol ()))
    return UNIT_HOURS;
  if (is_one_of (word, minute_words) || is_symbol (word, minutes_symbol ()))
    return UNIT_MINUTES;
  return UNIT_UNKNOWN;
}

/* "90", "90 min", "1h30", "1 h 30 min", "1.5h": hours, then minutes, each
 * at most once.  A number without a unit is minutes, alone or after hours,
 * and only at the end: in "1 30 min" the 1 could be anything. */
static ReadResult
read_parts (const char *p,
            gint64     *total)
{
  Unit last = UNIT_NONE;

  *total = 0;
  while (*p != '\0')
    {
      ReadResult result;
      Number number;
      gint64 minutes;
      Unit unit;

      if ((result = read_number (&p, &number)) != READ_OK)
        return result;
      unit = read_unit (&p);
      skip_spaces (&p);
      if (unit == UNIT_NONE && *p == '\0')
        unit = UNIT_MINUTES;
      if (unit == UNIT_NONE || unit == UNIT_UNKNOWN || unit <= last)
        return READ_NOT_A_DURATION;
      if ((result = number_to_minutes (&number, unit == UNIT_HOURS ? 60 : 1, &minutes)) != READ_OK)
        return result;
      *total += minutes;
      last = unit;
    }
  return READ_OK;
}

/* "1:30": whole hours, a colon and the minutes in two digits, as a clock
 * shows them. */
static ReadResult
read_clock (const char *p,
            gint64     *total)
{
  Number hours;

  if (read_number (&p, &hours) != READ_OK || hours.scale != 1 || *p != ':')
    return READ_NOT_A_DURATION;
  p++;
  if (!g_ascii_isdigit (p[0]) || !g_ascii_isdigit (p[1]) || p[2] != '\0')
    return READ_NOT_A_DURATION;
  if (p[0] > '5')
    return READ_CLOCK_MINUTES;
  *total = hours.whole * 60 + (p[0] - '0') * 10 + (p[1] - '0');
  return READ_OK;
}

static ReadResult
read_duration (const char *text,
               gint64     *total)
{
  ReadResult result;

  if (*text == '\0')
    return READ_NOT_A_DURATION;
  /* "-5" is a duration with a sign that no duration can have; "-" alone or
   * "-abc" is no duration at all. */
  if (g_str_has_prefix (text, "-") || g_str_has_prefix (text, "−"))
    {
      result = read_duration (g_utf8_next_char (text), total);
      return result == READ_OK ? READ_NEGATIVE : READ_NOT_A_DURATION;
    }
  result = strchr (text, ':') != NULL ? read_clock (text, total) : read_parts (text, total);
  if (result == READ_OK && *total > G_MAXINT)
    return READ_TOO_LONG;
  return result;
}

static const char *
problem_format (ReadResult result)
{
  switch (result)
    {
    case READ_NEGATIVE:
      /* Translators: %s is what was typed in a duration field, here "-5". */
      return _("“%s” is not a duration: a duration cannot be negative");
    case READ_CLOCK_MINUTES:
      /* Translators: %s is what was typed in a duration field, such as "1:75". */
      return _("“%s” is not a duration: the minutes after the colon go up to 59");
    case READ_NOT_WHOLE:
      /* Translators: %s is what was typed in a duration field, such as "1.01 h". */
      return _("“%s” is not a whole number of minutes");
    case READ_TOO_LONG:
      /* Translators: %s is what was typed in a duration field: more
       * minutes than a course file holds (over 4000 years). */
      return _("“%s” is too long for a duration");
    case READ_OK:
    case READ_NOT_A_DURATION:
    default:
      /* Translators: %s is what was typed in a duration field. */
      return _("“%s” is not a duration");
    }
}

/**
 * syl_parse_duration:
 * @text: what was typed
 * @minutes: (out): the duration in minutes, or -1 for none
 *
 * Reads a duration as people type it: "90", "90m", "90 min", "1h30",
 * "1h 30m", "1 h 30", "1.5h", "1:30", "90分钟", "1小时30分", "1 时 30 分",
 * and whatever syl_duration_to_string() writes.  Full-width digits and
 * letters count as ASCII ones; case does not matter.  Empty text, or only
 * spaces, is no duration: @minutes is then -1.
 *
 * Returns: %FALSE with @error set, and @minutes untouched, for anything
 *   else, including negative durations, parts of minutes and more minutes
 *   than the format holds (G_MAXINT)
 */
gboolean
syl_parse_duration (const char  *text,
                    int         *minutes,
                    GError     **error)
{
  g_autofree char *normal = NULL;
  ReadResult result = READ_NOT_A_DURATION;
  gint64 total = -1;

  g_return_val_if_fail (text != NULL, FALSE);
  g_return_val_if_fail (minutes != NULL, FALSE);
  g_return_val_if_fail (error == NULL || *error == NULL, FALSE);

  /* NFKC makes full-width forms ASCII and every kind of space a space.
   * GLib normalizes only valid UTF-8, and may crash on anything else. */
  if (g_utf8_validate (text, -1, NULL))
    normal = g_utf8_normalize (text, -1, G_NORMALIZE_NFKC);
  if (normal != NULL)
    {
      g_strstrip (normal);
      result = *normal == '\0' ? READ_OK : read_duration (normal, &total);
    }
  if (result != READ_OK)
    {
      g_autofree char *shown = g_strstrip (g_utf8_make_valid (text, -1));

      g_set_error (error, SYL_ERROR, SYL_ERROR_NOT_A_DURATION, problem_format (result), shown);
      return FALSE;
    }
  *minutes = (int) total;
  return TRUE;
}

/**
 * syl_duration_to_string:
 * @minutes: a duration, or -1 for none
 *
 * What a duration field shows: "45 min", "2 h", "1 h 30 min" with the
 * symbols of the user's language, which syl_parse_duration() reads back;
 * an empty string for none.
 */
char *
syl_duration_to_string (int minutes)
{
  if (minutes < 0)
    return g_strdup ("");
  if (minutes < 60)
    return g_strdup_printf ("%d %s", minutes, minutes_symbol ());
  if (minutes % 60 == 0)
    return g_strdup_printf ("%d %s", minutes / 60, hours_symbol ());
  return g_strdup_printf ("%d %s %d %s", minutes / 60, hours_symbol (), minutes % 60,
                          minutes_symbol ());
}
