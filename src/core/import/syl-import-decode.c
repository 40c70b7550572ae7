/* syl-import-decode.c: the bytes of an imported file as UTF-8 text
 *
 * Chinese outlines arrive in UTF-8, in UTF-16 (what Windows' Notepad
 * calls “Unicode”), and in GBK or GB18030 (its “ANSI” on a Chinese
 * system).  Each is recognised and converted; anything else is refused
 * with a message that says what the file is, never read as mojibake.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "syl-import-private.h"

/* How much of the start of a file the guesses look at. */
#define SNIFF_BYTES 65536

static gboolean
has_prefix (const guchar *data,
            gsize         size,
            const char   *prefix,
            gsize         prefix_size)
{
  return size >= prefix_size && memcmp (data, prefix, prefix_size) == 0;
}

/* Files people try to import that are not text: saying what they are
 * helps more than “not text”. */
static gboolean
check_known_binary (const guchar  *data,
                    gsize          size,
                    GError       **error)
{
  const char *message = NULL;

  if (has_prefix (data, size, "%PDF-", 5))
    message = _("this is a PDF file, not text; extract its text first, "
                "for example with pdftotext, and import that");
  else if (has_prefix (data, size, "PK\003\004", 4))
    message = _("this is a ZIP archive, such as a Word (.docx) file, not text; "
                "save it as plain text first");
  else if (has_prefix (data, size, "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", 8))
    message = _("this is a Microsoft Office file (.doc), not text; save it as plain text first");
  else if (has_prefix (data, size, "{\\rtf", 5))
    message = _("this is a Rich Text (RTF) file; save it as plain text first");
  else if (has_prefix (data, size, "\xff\xfe\0\0", 4) || has_prefix (data, size, "\0\0\xfe\xff", 4))
    message = _("the text is in UTF-32, which Syllabus does not import; save it as UTF-8");

  if (message != NULL)
    g_set_error_literal (error, SYL_ERROR, SYL_ERROR_ENCODING, message);
  return message == NULL;
}

/* The line and column (both from 1, the column in characters) of byte
 * @offset of ASCII-compatible text. */
static void
locate (const guchar *data,
        gsize         offset,
        guint        *line,
        guint        *column)
{
  gsize line_start = 0;

  *line = 1;
  for (gsize i = 0; i < offset; i++)
    if (data[i] == '\n')
      {
        (*line)++;
        line_start = i + 1;
      }
  *column = 1;
  for (gsize i = line_start; i < offset; i++)
    if ((data[i] & 0xc0) != 0x80)
      (*column)++;
}

/* Encoding names are short and made of letters, digits and a few marks:
 * "GB18030", "ISO-8859-1", "UTF-16LE", "windows-1252", "cp936". */
static gboolean
plausible_encoding_name (const char *encoding)
{
  gsize length = strlen (encoding);

  return length > 0 && length <= 40 &&
         strspn (encoding, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
                           "0123456789-_.:") == length;
}

static char *
convert (const guchar  *data,
         gsize          size,
         const char    *encoding,
         GError       **error)
{
  g_autoptr(GError) local = NULL;
  gsize bytes_read = 0, bytes_written = 0;
  char *text = NULL;

  /* The name may come from the file itself (an XML declaration): one
   * that no encoding has is refused before iconv searches its modules
   * for it, and is never quoted as it is, since it may not be text. */
  if (!plausible_encoding_name (encoding))
    {
      g_set_error_literal (error, SYL_ERROR, SYL_ERROR_ENCODING,
                           _("that is not the name of an encoding"));
      return NULL;
    }

  text = g_convert ((const char *) data, size, "UTF-8", encoding,
                    &bytes_read, &bytes_written, &local);
  if (text != NULL)
    {
      /* UTF-16 can encode NUL, which no text has. */
      if (memchr (text, '\0', bytes_written) == NULL)
        return text;
      g_free (text);
      g_set_error_literal (error, SYL_ERROR, SYL_ERROR_ENCODING,
                           _("this is binary data, not text"));
    }
  else if (g_error_matches (local, G_CONVERT_ERROR, G_CONVERT_ERROR_NO_CONVERSION))
    g_set_error (error, SYL_ERROR, SYL_ERROR_ENCODING,
                 _("unknown encoding “%s”"), encoding);
  else
    /* Translators: %s is an encoding such as GB18030; %lu a byte offset. */
    g_set_error (error, SYL_ERROR, SYL_ERROR_ENCODING,
                 _("the text is not valid %s: the bytes at offset %lu cannot be read "
                   "in that encoding"),
                 encoding, (gulong) bytes_read);
  return NULL;
}

/* How much of @text is in scripts an outline is written in: ASCII,
 * Latin, CJK, punctuation, full-width forms; in per cent. */
static guint
plausibility (const char *text,
              gsize       length)
{
  gsize total = 0, good = 0;

  for (const char *p = text; p < text + length; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      total++;
      if ((c >= 0x20 && c < 0x7f) || c == '\n' || c == '\r' || c == '\t' ||
          (c >= 0xa0 && c < 0x250) || (c >= 0x2000 && c < 0x2070) ||
          _syl_import_is_cjk (c) || _syl_import_is_wide_punct (c))
        good++;
    }
  return total > 0 ? (guint) (good * 100 / total) : 0;
}

/* UTF-16 without a byte order mark: the high bytes of ASCII characters
 * (spaces, line breaks, digits) are NULs.  Both byte orders are tried on
 * the start of the text, and the one that reads as an outline wins. */
static const char *
guess_utf16 (const guchar *data,
             gsize         size)
{
  static const char * const orders[] = { "UTF-16LE", "UTF-16BE" };
  gsize limit = MIN (size, SNIFF_BYTES) & ~(gsize) 1;
  const char *best = NULL;
  guint best_score = 0;

  if (size % 2 != 0)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (orders); i++)
    {
      gsize written = 0, end = limit;
      g_autofree char *text = NULL;
      guint score;

      /* Keep a surrogate pair whole where the sample ends. */
      if (end < size && (data[end - 1 - i] & 0xfc) == 0xd8)
        end -= 2;
      text = g_convert ((const char *) data, end, "UTF-8", orders[i], NULL, &written, NULL);
      score = text != NULL ? plausibility (text, written) : 0;

      if (score > best_score)
        {
          best = orders[i];
          best_score = score;
        }
    }
  return best_score >= 90 ? best : NULL;
}

/* Text in GBK or GB18030 decodes cleanly, and most of its characters are
 * in GB2312, the common core: lead and trail bytes from 0xA1.  Text in a
 * Western 8-bit encoding rarely decodes at all, and when it does, its
 * accented letters pair with ASCII letters outside that core. */
static gboolean
looks_like_gb (const guchar *data,
               gsize         size)
{
  gsize multi = 0, core = 0;

  for (gsize i = 0; i < size; i++)
    {
      if (data[i] < 0x80)
        continue;
      if (i + 1 >= size)
        return FALSE;
      multi++;
      if (data[i] >= 0xa1 && data[i] <= 0xf7 && data[i + 1] >= 0xa1 && data[i + 1] <= 0xfe)
        core++;
      /* Four-byte sequences have a digit second. */
      i += (data[i + 1] >= '0' && data[i + 1] <= '9') ? 3 : 1;
    }
  return multi > 0 && core * 10 >= multi * 8;
}

/* The encoding an XML declaration names, if any. */
static char *
xml_declared_encoding (const guchar *data,
                       gsize         size)
{
  g_autofree char *head = g_strndup ((const char *) data, MIN (size, 256));
  const char *end = strstr (head, "?>");
  const char *p = strstr (head, "encoding");
  char quote;
  const char *close;

  if (!g_str_has_prefix (head, "<?xml") || end == NULL || p == NULL || p > end)
    return NULL;
  p = strchr (p, '=');
  if (p == NULL)
    return NULL;
  p = _syl_import_skip_spaces (p + 1);
  quote = *p;
  if (quote != '"' && quote != '\'')
    return NULL;
  close = strchr (p + 1, quote);
  return close != NULL ? g_strndup (p + 1, close - p - 1) : NULL;
}

static gboolean
is_utf8_name (const char *encoding)
{
  return g_ascii_strcasecmp (encoding, "UTF-8") == 0 || g_ascii_strcasecmp (encoding, "UTF8") == 0;
}

static char *
refuse_unknown (const guchar  *data,
                gsize          size,
                GError       **error)
{
  const char *end = NULL;
  guint line, column;

  g_utf8_validate ((const char *) data, size, &end);
  locate (data, (const guchar *) end - data, &line, &column);
  /* Translators: the message starts with LINE:COLUMN. */
  g_set_error (error, SYL_ERROR, SYL_ERROR_ENCODING,
               _("%u:%u: the text is neither UTF-8, UTF-16 nor GB18030 (the byte 0x%02X "
                 "cannot be read); save it as UTF-8, or give its encoding"),
               line, column, *(const guchar *) end);
  return NULL;
}

/* Finds the encoding of @data and converts it, without a BOM. */
static char *
detect_and_convert (const guchar  *data,
                    gsize          size,
                    gboolean       is_xml,
                    char         **encoding_out,
                    GError       **error)
{
  g_autofree char *declared = NULL;
  const char *utf16;

  if (has_prefix (data, size, "\xef\xbb\xbf", 3))
    return convert (data + 3, size - 3, *encoding_out = g_strdup ("UTF-8"), error);
  if (has_prefix (data, size, "\xff\xfe", 2))
    return convert (data + 2, size - 2, *encoding_out = g_strdup ("UTF-16LE"), error);
  if (has_prefix (data, size, "\xfe\xff", 2))
    return convert (data + 2, size - 2, *encoding_out = g_strdup ("UTF-16BE"), error);

  if (memchr (data, '\0', size) != NULL)
    {
      if ((utf16 = guess_utf16 (data, size)) != NULL)
        return convert (data, size, *encoding_out = g_strdup (utf16), error);
      g_set_error_literal (error, SYL_ERROR, SYL_ERROR_ENCODING,
                           _("this is binary data, not text"));
      return NULL;
    }

  if (is_xml && (declared = xml_declared_encoding (data, size)) != NULL && !is_utf8_name (declared))
    return convert (data, size, *encoding_out = g_steal_pointer (&declared), error);

  if (g_utf8_validate ((const char *) data, size, NULL))
    {
      *encoding_out = g_strdup ("UTF-8");
      return g_strndup ((const char *) data, size);
    }

  if (looks_like_gb (data, MIN (size, SNIFF_BYTES)))
    {
      char *text = g_convert ((const char *) data, size, "UTF-8", "GB18030", NULL, NULL, NULL);

      if (text != NULL)
        {
          *encoding_out = g_strdup ("GB18030");
          return text;
        }
    }
  return refuse_unknown (data, size, error);
}

/* Control characters other than white space mean binary data; a few
 * strays become spaces.  Form feeds stay in text, where they say where
 * a page of a PDF ended (syl-import-pages.c), but not in XML. */
static gboolean
check_text (char      *text,
            gboolean   is_xml,
            GError   **error)
{
  gsize n = 0, controls = 0;

  for (char *p = text; *p != '\0'; p++, n++)
    if ((guchar) *p < 0x20 && !strchr ("\t\n\r\f\v", *p))
      controls++;
  if (controls * 100 > n)
    {
      g_set_error_literal (error, SYL_ERROR, SYL_ERROR_ENCODING,
                           _("this is binary data, not text"));
      return FALSE;
    }
  for (char *p = text; *p != '\0'; p++)
    if ((guchar) *p < 0x20 && !strchr (is_xml ? "\t\n\r" : "\t\n\r\f", *p))
      *p = ' ';
  return TRUE;
}

static gboolean
is_blank_text (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_unichar_isspace (c) && c != 0xfeff)
        return FALSE;
    }
  return TRUE;
}

char *
_syl_import_decode (GBytes      *bytes,
                    const char  *encoding,
                    gboolean     is_xml,
                    char       **encoding_out,
                    GError     **error)
{
  gsize size;
  const guchar *data = g_bytes_get_data (bytes, &size);
  g_autofree char *text = NULL;
  const char *end = NULL;

  *encoding_out = NULL;
  if (size == 0)
    {
      g_set_error_literal (error, SYL_ERROR, SYL_ERROR_EMPTY, _("the file is empty"));
      return NULL;
    }
  if (!check_known_binary (data, size, error))
    return NULL;

  if (encoding != NULL)
    {
      text = convert (data, size, encoding, error);
      *encoding_out = g_strdup (encoding);
    }
  else
    text = detect_and_convert (data, size, is_xml, encoding_out, error);
  if (text == NULL)
    return NULL;

  /* glibc's iconv copies broken sequences through from UTF-8 to UTF-8, as
   * after a UTF-8 byte order mark: an outline must never hold them, or it
   * would save a file that does not load again. */
  if (!g_utf8_validate (text, -1, &end))
    {
      guint line, column;

      locate ((const guchar *) text, end - text, &line, &column);
      /* Translators: the message starts with LINE:COLUMN. */
      g_set_error (error, SYL_ERROR, SYL_ERROR_ENCODING,
                   _("%u:%u: the text is not valid %s (the byte 0x%02X cannot be read)"),
                   line, column, *encoding_out ? *encoding_out : "UTF-8",
                   (guint) *(const guchar *) end);
      return NULL;
    }

  /* A converter may leave the byte order mark in, as U+FEFF. */
  if (g_str_has_prefix (text, "\xef\xbb\xbf"))
    memmove (text, text + 3, strlen (text) - 2);
  if (!check_text (text, is_xml, error))
    return NULL;
  if (is_blank_text (text))
    {
      g_set_error_literal (error, SYL_ERROR, SYL_ERROR_EMPTY, _("the file is empty"));
      return NULL;
    }
  return g_steal_pointer (&text);
}
