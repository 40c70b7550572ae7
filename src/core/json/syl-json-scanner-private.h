/* syl-json-scanner.h: a strict JSON tokenizer that knows where it is
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* Messages quote at most this many characters of the text, then "…", so
 * that a token of megabytes does not become a line of megabytes. */
#define SYL_JSON_QUOTE_CHARS 40

typedef enum
{
  SYL_TOKEN_EOF,
  SYL_TOKEN_BEGIN_OBJECT,
  SYL_TOKEN_END_OBJECT,
  SYL_TOKEN_BEGIN_ARRAY,
  SYL_TOKEN_END_ARRAY,
  SYL_TOKEN_COLON,
  SYL_TOKEN_COMMA,
  SYL_TOKEN_STRING,
  SYL_TOKEN_INT,
  SYL_TOKEN_DOUBLE,
  SYL_TOKEN_TRUE,
  SYL_TOKEN_FALSE,
  SYL_TOKEN_NULL,
  /* Anything that starts no token: a stray character or a bare word. */
  SYL_TOKEN_OTHER,
} SylTokenType;

typedef struct
{
  const char   *start;
  const char   *end;
  const char   *p;
  SylTokenType  token;
  const char   *token_start;
  GString      *string;      /* the decoded text of a string token */
  gint64        int_value;
  double        double_value;
  gboolean      is_big_integer;  /* a whole number beyond 64 bits */
  GString      *number_text;     /* a number token as written */
  guint         depth;
} SylJsonScanner;

gboolean  _syl_json_scanner_init       (SylJsonScanner  *scanner,
                                        const char      *data,
                                        gsize            length,
                                        GError         **error);
void      _syl_json_scanner_clear      (SylJsonScanner  *scanner);
gboolean  _syl_json_scanner_next       (SylJsonScanner  *scanner,
                                        GError         **error);
char     *_syl_json_scanner_describe   (SylJsonScanner  *scanner);
char     *_syl_json_scanner_abbreviate (const char      *text,
                                        gssize           length);
gboolean  _syl_json_scanner_error_at   (SylJsonScanner  *scanner,
                                        const char      *position,
                                        GError         **error,
                                        int              code,
                                        const char      *format,
                                        ...) G_GNUC_PRINTF (5, 6);

G_END_DECLS
