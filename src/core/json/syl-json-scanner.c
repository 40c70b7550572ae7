/* syl-json-scanner.c: a strict JSON tokenizer that knows where it is
 *
 * json-glib 1.6 accepts single quotes and raw line breaks in strings, turns
 * 1e400 into "inf", overflows large integers, keeps the last of duplicate
 * members and overflows the stack on deep nesting.  Outlines are a contract
 * with other tools, so Syllabus reads them with this strict RFC 8259
 * tokenizer, which also reports every problem with its line and column.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "syl-error.h"
#include "syl-json-scanner-private.h"

/* Line and column (in characters) of @position; computed only for errors,
 * so scanning itself needs no bookkeeping. */
static void
locate (SylJsonScanner *scanner,
        const char     *position,
        guint          *line,
        guint          *column)
{
  const char *line_start = scanner->start;

  *line = 1;
  for (const char *p = scanner->start; p < position; p++)
    {
      if (*p == '\n')
        {
          (*line)++;
          line_start = p + 1;
        }
    }
  *column = g_utf8_strlen (line_start, position - line_start) + 1;
}

gboolean
_syl_json_scanner_error_at (SylJsonScanner  *scanner,
                            const char      *position,
                            GError         **error,
                            int              code,
                            const char      *format,
                            ...)
{
  g_autofree char *message = NULL;
  guint line, column;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  locate (scanner, position, &line, &column);
  g_set_error (error, SYL_ERROR, code, "%u:%u: %s", line, column, message);
  return FALSE;
}

static gboolean
check_encoding (SylJsonScanner  *scanner,
                GError         **error)
{
  const char *bad = NULL;
  gsize length = scanner->end - scanner->p;

  if (length >= 2 && (((guchar) scanner->p[0] == 0xFF && (guchar) scanner->p[1] == 0xFE) ||
                      ((guchar) scanner->p[0] == 0xFE && (guchar) scanner->p[1] == 0xFF)))
    return _syl_json_scanner_error_at (scanner, scanner->p, error, SYL_ERROR_ENCODING,
                                       _("the file is UTF-16 text; Syllabus outlines are UTF-8"));

  if (g_utf8_validate (scanner->p, length, &bad))
    return TRUE;

  /* Everything before @bad is valid, so the column can be counted. */
  if (*bad == '\0')
    return _syl_json_scanner_error_at (scanner, bad, error, SYL_ERROR_ENCODING,
                                       _("NUL byte; this is not a text file"));
  return _syl_json_scanner_error_at (scanner, bad, error, SYL_ERROR_ENCODING,
                                     _("invalid UTF-8; Syllabus outlines are UTF-8 text"));
}

gboolean
_syl_json_scanner_init (SylJsonScanner  *scanner,
                        const char      *data,
                        gsize            length,
                        GError         **error)
{
  memset (scanner, 0, sizeof *scanner);
  scanner->start = scanner->p = data;
  scanner->end = data + length;
  scanner->string = g_string_sized_new (256);
  scanner->number_text = g_string_sized_new (32);

  /* A UTF-8 byte order mark is harmless; skip it. */
  if (length >= 3 && memcmp (data, "\xEF\xBB\xBF", 3) == 0)
    scanner->start = scanner->p = data + 3;

  return check_encoding (scanner, error);
}

void
_syl_json_scanner_clear (SylJsonScanner *scanner)
{
  if (scanner->string != NULL)
    g_string_free (scanner->string, TRUE);
  scanner->string = NULL;
  if (scanner->number_text != NULL)
    g_string_free (scanner->number_text, TRUE);
  scanner->number_text = NULL;
}

static void
skip_whitespace (SylJsonScanner *scanner)
{
  while (scanner->p < scanner->end &&
         (*scanner->p == ' ' || *scanner->p == '\n' || *scanner->p == '\r' || *scanner->p == '\t'))
    scanner->p++;
}

static gboolean
read_hex4 (const char *p,
           const char *end,
           gunichar   *out)
{
  gunichar value = 0;

  if (end - p < 4)
    return FALSE;
  for (int i = 0; i < 4; i++)
    {
      int digit = g_ascii_xdigit_value (p[i]);
      if (digit < 0)
        return FALSE;
      value = value * 16 + digit;
    }
  *out = value;
  return TRUE;
}

/* Reads the \uXXXX escape (and its low surrogate) at @p, the backslash. */
static gboolean
read_unicode_escape (SylJsonScanner  *scanner,
                     const char     **p,
                     GError         **error)
{
  const char *backslash = *p;
  gunichar c, low;

  if (!read_hex4 (backslash + 2, scanner->end, &c))
    return _syl_json_scanner_error_at (scanner, backslash, error, SYL_ERROR_SYNTAX,
                                       _("invalid \\u escape in a string"));
  *p = backslash + 6;

  if (c >= 0xDC00 && c <= 0xDFFF)
    return _syl_json_scanner_error_at (scanner, backslash, error, SYL_ERROR_SYNTAX,
                                       _("unpaired surrogate \\u%04X in a string"), c);
  if (c >= 0xD800 && c <= 0xDBFF)
    {
      if (scanner->end - *p < 6 || (*p)[0] != '\\' || (*p)[1] != 'u' ||
          !read_hex4 (*p + 2, scanner->end, &low) || low < 0xDC00 || low > 0xDFFF)
        return _syl_json_scanner_error_at (scanner, backslash, error, SYL_ERROR_SYNTAX,
                                           _("unpaired surrogate \\u%04X in a string"), c);
      c = 0x10000 + ((c - 0xD800) << 10) + (low - 0xDC00);
      *p += 6;
    }
  if (c == 0)
    return _syl_json_scanner_error_at (scanner, backslash, error, SYL_ERROR_SYNTAX,
                                       _("\\u0000 (NUL) is not allowed in a string"));

  g_string_append_unichar (scanner->string, c);
  return TRUE;
}

static gboolean
read_escape (SylJsonScanner  *scanner,
             const char     **p,
             GError         **error)
{
  const char *backslash = *p;
  char c;

  if (backslash + 1 >= scanner->end)
    return _syl_json_scanner_error_at (scanner, scanner->token_start, error, SYL_ERROR_SYNTAX,
                                       _("unterminated string"));

  c = backslash[1];
  switch (c)
    {
    case '"': case '\\': case '/':
      g_string_append_c (scanner->string, c);
      break;
    case 'b': g_string_append_c (scanner->string, '\b'); break;
    case 'f': g_string_append_c (scanner->string, '\f'); break;
    case 'n': g_string_append_c (scanner->string, '\n'); break;
    case 'r': g_string_append_c (scanner->string, '\r'); break;
    case 't': g_string_append_c (scanner->string, '\t'); break;
    case 'u':
      return read_unicode_escape (scanner, p, error);
    default:
      {
        const char *next = g_utf8_next_char (backslash + 1);
        return _syl_json_scanner_error_at (scanner, backslash, error, SYL_ERROR_SYNTAX,
                                           _("invalid escape “\\%.*s” in a string"),
                                           (int) (next - backslash - 1), backslash + 1);
      }
    }

  *p = backslash + 2;
  return TRUE;
}

static gboolean
read_string (SylJsonScanner  *scanner,
             GError         **error)
{
  const char *p = scanner->p + 1;

  g_string_truncate (scanner->string, 0);

  for (;;)
    {
      const char *run = p;

      while (p < scanner->end && *p != '"' && *p != '\\' && (guchar) *p >= 0x20)
        p++;
      g_string_append_len (scanner->string, run, p - run);

      if (p >= scanner->end)
        return _syl_json_scanner_error_at (scanner, scanner->token_start, error,
                                           SYL_ERROR_SYNTAX, _("unterminated string"));
      if (*p == '"')
        break;
      if (*p == '\n' || *p == '\r')
        return _syl_json_scanner_error_at (scanner, p, error, SYL_ERROR_SYNTAX,
                                           _("unescaped line break in a string"));
      if ((guchar) *p < 0x20)
        return _syl_json_scanner_error_at (scanner, p, error, SYL_ERROR_SYNTAX,
                                           _("unescaped control character U+%04X in a string"),
                                           (guint) (guchar) *p);
      if (!read_escape (scanner, &p, error))
        return FALSE;
    }

  scanner->p = p + 1;
  scanner->token = SYL_TOKEN_STRING;
  return TRUE;
}

static const char *
skip_digits (const char *p,
             const char *end)
{
  while (p < end && g_ascii_isdigit (*p))
    p++;
  return p;
}

/* Checks the RFC 8259 number grammar and returns its end, or NULL. */
static const char *
match_number (const char *p,
              const char *end,
              gboolean   *is_integer)
{
  const char *digits;

  *is_integer = TRUE;
  if (p < end && *p == '-')
    p++;
  if (p >= end || !g_ascii_isdigit (*p))
    return NULL;
  p = (*p == '0') ? p + 1 : skip_digits (p, end);

  if (p < end && *p == '.')
    {
      digits = p + 1;
      p = skip_digits (digits, end);
      if (p == digits)
        return NULL;
      *is_integer = FALSE;
    }
  if (p < end && (*p == 'e' || *p == 'E'))
    {
      p++;
      if (p < end && (*p == '+' || *p == '-'))
        p++;
      digits = p;
      p = skip_digits (digits, end);
      if (p == digits)
        return NULL;
      *is_integer = FALSE;
    }
  /* "01", "1.2.3" or "12abc" run on where a number must have ended. */
  if (p < end && (g_ascii_isalnum (*p) || *p == '.' || *p == '-' || *p == '+'))
    return NULL;
  return p;
}

/* Whether a digit before the exponent is not 0: 0e-999 is zero, while
 * 1e-999 is a number too close to zero for a double. */
static gboolean
has_nonzero_digit (const char *p,
                   const char *end)
{
  for (; p < end && *p != 'e' && *p != 'E'; p++)
    if (*p >= '1' && *p <= '9')
      return TRUE;
  return FALSE;
}

/* Reads the number in number_text, which starts at @start, as a double.
 * Infinity or 0 in place of a number beyond a double's range would be
 * another number than the file says, so both are refused. */
static gboolean
read_double (SylJsonScanner  *scanner,
             const char      *start,
             GError         **error)
{
  g_autofree char *text = NULL;
  g_autofree char *message = NULL;
  double value = g_ascii_strtod (scanner->number_text->str, NULL);

  if (isfinite (value) && (value != 0 || !has_nonzero_digit (start, scanner->p)))
    {
      scanner->double_value = value;
      scanner->token = SYL_TOKEN_DOUBLE;
      return TRUE;
    }

  text = _syl_json_scanner_abbreviate (start, scanner->p - start);
  if (!isfinite (value))
    /* Translators: %s is a number as written in the file, such as 1e400,
     * beyond the range of a double-precision number. */
    message = g_strdup_printf (_("number “%s” is too large to represent"), text);
  else
    /* Translators: %s is a number as written in the file, such as 1e-400,
     * which is not zero but would read as zero. */
    message = g_strdup_printf (_("number “%s” is too close to zero to represent"), text);
  return _syl_json_scanner_error_at (scanner, start, error, SYL_ERROR_SYNTAX, "%s", message);
}

static gboolean
read_number (SylJsonScanner  *scanner,
             GError         **error)
{
  const char *start = scanner->p;
  gboolean is_integer;
  const char *end = match_number (start, scanner->end, &is_integer);

  if (end == NULL)
    return _syl_json_scanner_error_at (scanner, start, error, SYL_ERROR_SYNTAX,
                                       _("invalid number"));

  /* The C library reads only text that ends in a NUL, so the number is
   * copied whole: JSON puts no limit on its digits, and a double reads
   * correctly from any number of them. */
  g_string_truncate (scanner->number_text, 0);
  g_string_append_len (scanner->number_text, start, end - start);
  scanner->p = end;

  scanner->is_big_integer = FALSE;
  if (is_integer)
    {
      errno = 0;
      scanner->int_value = g_ascii_strtoll (scanner->number_text->str, NULL, 10);
      if (errno == 0)
        {
          scanner->token = SYL_TOKEN_INT;
          return TRUE;
        }
      scanner->is_big_integer = TRUE;
    }
  return read_double (scanner, start, error);
}

static void
read_word (SylJsonScanner *scanner)
{
  const char *p = scanner->p;
  gsize length;

  while (p < scanner->end && (g_ascii_isalnum (*p) || *p == '_'))
    p++;
  length = p - scanner->p;

  if (length == 4 && memcmp (scanner->p, "true", 4) == 0)
    scanner->token = SYL_TOKEN_TRUE;
  else if (length == 5 && memcmp (scanner->p, "false", 5) == 0)
    scanner->token = SYL_TOKEN_FALSE;
  else if (length == 4 && memcmp (scanner->p, "null", 4) == 0)
    scanner->token = SYL_TOKEN_NULL;
  else
    scanner->token = SYL_TOKEN_OTHER;

  scanner->p = p;
}

static gboolean
read_punctuation (SylJsonScanner *scanner)
{
  static const char chars[] = "{}[]:,";
  static const SylTokenType tokens[] = {
    SYL_TOKEN_BEGIN_OBJECT, SYL_TOKEN_END_OBJECT, SYL_TOKEN_BEGIN_ARRAY,
    SYL_TOKEN_END_ARRAY, SYL_TOKEN_COLON, SYL_TOKEN_COMMA,
  };
  const char *found = memchr (chars, *scanner->p, sizeof chars - 1);

  if (found == NULL)
    return FALSE;
  scanner->token = tokens[found - chars];
  scanner->p++;
  return TRUE;
}

/**
 * _syl_json_scanner_next:
 *
 * Reads the next token.  Only malformed strings and numbers are errors
 * here; what is out of place is for the parser to say.
 */
gboolean
_syl_json_scanner_next (SylJsonScanner  *scanner,
                        GError         **error)
{
  char c;

  skip_whitespace (scanner);
  scanner->token_start = scanner->p;

  if (scanner->p >= scanner->end)
    {
      scanner->token = SYL_TOKEN_EOF;
      return TRUE;
    }

  c = *scanner->p;
  if (read_punctuation (scanner))
    return TRUE;
  if (c == '"')
    return read_string (scanner, error);
  if (c == '-' || c == '+' || c == '.' || g_ascii_isdigit (c))
    return read_number (scanner, error);
  if (g_ascii_isalpha (c))
    {
      read_word (scanner);
      return TRUE;
    }

  scanner->token = SYL_TOKEN_OTHER;
  scanner->p = g_utf8_next_char (scanner->p);
  return TRUE;
}

/**
 * _syl_json_scanner_abbreviate:
 * @text: valid UTF-8 from the file: a token, or a string as decoded
 * @length: its length in bytes, or -1 when it ends in a NUL
 *
 * Returns: @text as an error message quotes it: whole when short, else
 *   its first SYL_JSON_QUOTE_CHARS characters and "…"
 */
char *
_syl_json_scanner_abbreviate (const char *text,
                              gssize      length)
{
  const char *end;
  const char *p = text;

  if (length < 0)
    length = strlen (text);
  end = text + length;

  /* Only the characters kept are read, so a token of megabytes costs no
   * more to quote than a short one. */
  for (guint n = 0; n < SYL_JSON_QUOTE_CHARS && p < end; n++)
    p = g_utf8_next_char (p);
  if (p >= end)
    return g_strndup (text, length);
  return g_strdup_printf ("%.*s…", (int) (p - text), text);
}

/**
 * _syl_json_scanner_describe:
 *
 * Returns: the current token as a message shows it after "found":
 *   “x” with quotes, or "end of file"
 */
char *
_syl_json_scanner_describe (SylJsonScanner *scanner)
{
  const char *start = scanner->token_start;
  const char *end = scanner->p;
  g_autofree char *text = NULL;

  if (scanner->token == SYL_TOKEN_EOF)
    return g_strdup_printf ("“%s”", _("end of file"));

  /* Show words whole, up to the length of a quote, and only the first
   * character of anything else. */
  if (scanner->token != SYL_TOKEN_OTHER && scanner->token != SYL_TOKEN_TRUE &&
      scanner->token != SYL_TOKEN_FALSE && scanner->token != SYL_TOKEN_NULL)
    end = g_utf8_next_char (start);
  text = _syl_json_scanner_abbreviate (start, end - start);

  return g_strdup_printf ("“%s”", text);
}
