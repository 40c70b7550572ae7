/* syl-markdown-inline.c: emphasis, code and links inside a Markdown block
 *
 * Shown as HTML for the HTML export, or as Pango markup for PDF and
 * printing; both are XML, escaped the same way.  Raw HTML is shown as
 * text, and a link keeps its address only for http, https and mailto:
 * any other ("javascript:", "file:") is dropped and its text shown plain.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-export-private.h"
#include "syl-markdown.h"

/* Emphasis nested deeper than this is shown as text, so that no input
 * can exhaust the stack. */
#define MAX_DEPTH 32

typedef struct
{
  const char *strong[2];
  const char *em[2];
  const char *code[2];
  const char *strike[2];
  const char *link_text[2];   /* around a link's text where links are not kept */
  const char *hard_break;
  gboolean    links;
  gboolean    soft_break_newline;
} Flavour;

static const Flavour html_flavour = {
  { "<strong>", "</strong>" }, { "<em>", "</em>" }, { "<code>", "</code>" },
  { "<del>", "</del>" }, { "", "" }, "<br/>\n", TRUE, TRUE,
};

static const Flavour pango_flavour = {
  { "<b>", "</b>" }, { "<i>", "</i>" }, { "<tt>", "</tt>" },
  { "<s>", "</s>" }, { "<u>", "</u>" }, "\n", FALSE, FALSE,
};

typedef struct
{
  GString       *out;
  const Flavour *flavour;
  guint          depth;
  gboolean       in_link;
} Inline;

static void render (Inline *in, const char *p, const char *end);

static void
append_escaped (GString    *out,
                const char *p,
                gsize       length)
{
  for (const char *end = p + length; p < end; p++)
    switch (*p)
      {
      case '&': g_string_append (out, "&amp;"); break;
      case '<': g_string_append (out, "&lt;"); break;
      case '>': g_string_append (out, "&gt;"); break;
      case '"': g_string_append (out, "&quot;"); break;
      default: g_string_append_c (out, *p); break;
      }
}

static gunichar
char_before (const char *start,
             const char *p)
{
  if (p <= start)
    return ' ';
  return g_utf8_get_char (g_utf8_find_prev_char (start, p));
}

static gunichar
char_at (const char *p,
         const char *end)
{
  return p < end ? g_utf8_get_char (p) : ' ';
}

static guint
run_length (const char *p,
            const char *end)
{
  guint n = 0;

  while (p + n < end && p[n] == p[0])
    n++;
  return n;
}

/* Code spans: a run of n backticks up to the next run of exactly n. */
static const char *
find_code_end (const char *p,
               const char *end,
               guint       n)
{
  for (const char *q = p; q < end;)
    {
      guint r;

      if (*q != '`')
        {
          q++;
          continue;
        }
      r = run_length (q, end);
      if (r == n)
        return q;
      q += r;
    }
  return NULL;
}

static const char *
code_span (Inline     *in,
           const char *p,
           const char *end)
{
  guint n = run_length (p, end);
  const char *close = find_code_end (p + n, end, n);
  const char *start = p + n;
  const char *stop = close;

  if (close == NULL)
    {
      append_escaped (in->out, p, n);
      return p + n;
    }
  /* One space at both ends is padding, so "`` `a` ``" shows `a`. */
  if (stop - start >= 2 && *start == ' ' && stop[-1] == ' ')
    {
      start++;
      stop--;
    }
  g_string_append (in->out, in->flavour->code[0]);
  for (const char *q = start; q < stop; q++)
    append_escaped (in->out, *q == '\n' ? " " : q, 1);
  g_string_append (in->out, in->flavour->code[1]);
  return close + n;
}

/* Emphasis. */

static gboolean
is_word_char (gunichar c)
{
  return g_unichar_isalnum (c);
}

/* The closing run of @n (or, for @n 1, a lone or triple) @c after @p. */
static const char *
find_closer (const char *start,
             const char *p,
             const char *end,
             char        c,
             guint       n)
{
  for (const char *q = p; q < end;)
    {
      guint r;

      if (*q == '\\' && q + 1 < end)
        {
          q += 2;
          continue;
        }
      if (*q == '`')
        {
          guint ticks = run_length (q, end);
          const char *close = find_code_end (q + ticks, end, ticks);

          q = close != NULL ? close + ticks : q + ticks;
          continue;
        }
      if (*q != c)
        {
          q++;
          continue;
        }
      r = run_length (q, end);
      if (q > p && (r == n || r >= 3) &&
          !g_unichar_isspace (char_before (start, q)) &&
          (c != '_' || !is_word_char (char_at (q + r, end))))
        return q;
      q += r;
    }
  return NULL;
}

static const char *
emphasis (Inline     *in,
          const char *start,
          const char *p,
          const char *end)
{
  char c = *p;
  guint run = run_length (p, end);
  gboolean opens = !g_unichar_isspace (char_at (p + run, end)) &&
                   (c != '_' || !is_word_char (char_before (start, p)));

  if (opens && in->depth < MAX_DEPTH && c != '~')
    for (guint n = MIN (run, 3); n >= 1; n--)
      {
        const char *close = find_closer (start, p + n, end, c, n);
        const Flavour *f = in->flavour;

        if (close == NULL)
          continue;
        /* Delimiters beyond the third ("****") stay in the text. */
        g_string_append (in->out, n >= 2 ? f->strong[0] : f->em[0]);
        if (n == 3)
          g_string_append (in->out, f->em[0]);
        in->depth++;
        render (in, p + n, close);
        in->depth--;
        if (n == 3)
          g_string_append (in->out, f->em[1]);
        g_string_append (in->out, n >= 2 ? f->strong[1] : f->em[1]);
        return close + n;
      }
  if (opens && c == '~' && run == 2 && in->depth < MAX_DEPTH)
    {
      const char *close = find_closer (start, p + 2, end, '~', 2);

      if (close != NULL)
        {
          g_string_append (in->out, in->flavour->strike[0]);
          in->depth++;
          render (in, p + 2, close);
          in->depth--;
          g_string_append (in->out, in->flavour->strike[1]);
          return close + 2;
        }
    }
  append_escaped (in->out, p, run);
  return p + run;
}

/* Links. */

static gboolean
is_safe_url (const char *url,
             gsize       length)
{
  static const char * const schemes[] = { "http://", "https://", "mailto:" };

  for (guint i = 0; i < G_N_ELEMENTS (schemes); i++)
    if (length > strlen (schemes[i]) &&
        g_ascii_strncasecmp (url, schemes[i], strlen (schemes[i])) == 0)
      return TRUE;
  return FALSE;
}

/* The "]" that closes the "[" at @p, counting nested brackets. */
static const char *
find_bracket_end (const char *p,
                  const char *end)
{
  guint level = 0;

  for (const char *q = p; q < end; q++)
    {
      if (*q == '\\' && q + 1 < end)
        q++;
      else if (*q == '[')
        level++;
      else if (*q == ']' && --level == 0)
        return q;
    }
  return NULL;
}

static void
show_link (Inline     *in,
           const char *text,
           const char *text_end,
           const char *url,
           gsize       url_length)
{
  const Flavour *f = in->flavour;
  gboolean keep = f->links && !in->in_link && is_safe_url (url, url_length);
  gboolean was_in_link = in->in_link;

  if (keep)
    {
      g_string_append (in->out, "<a href=\"");
      append_escaped (in->out, url, url_length);
      g_string_append (in->out, "\">");
    }
  else
    g_string_append (in->out, f->link_text[0]);
  in->in_link = TRUE;
  in->depth++;
  render (in, text, text_end);
  in->depth--;
  in->in_link = was_in_link;
  g_string_append (in->out, keep ? "</a>" : f->link_text[1]);
}

/* The ")" that closes the "(" at @p: addresses may hold balanced
 * parentheses, as in "javascript:alert(1)". */
static const char *
find_paren_end (const char *p,
                const char *end)
{
  guint level = 0;

  for (const char *q = p; q < end; q++)
    {
      if (*q == '\\' && q + 1 < end)
        q++;
      else if (*q == '(')
        level++;
      else if (*q == ')' && --level == 0)
        return q;
      else if (*q == '\n')
        return NULL;
    }
  return NULL;
}

/* "[text](url)" or "![alt](url)"; an image shows its text only, since a
 * handout should not fetch anything. */
static const char *
bracket (Inline     *in,
         const char *p,
         const char *end)
{
  gboolean image = *p == '!';
  const char *open = image ? p + 1 : p;
  const char *close = find_bracket_end (open, end);
  const char *url;
  const char *url_end;

  if (close == NULL || close + 1 >= end || close[1] != '(' || in->depth >= MAX_DEPTH)
    {
      append_escaped (in->out, p, open - p + 1);
      return open + 1;
    }
  url_end = find_paren_end (close + 1, end);
  if (url_end == NULL)
    {
      append_escaped (in->out, p, open - p + 1);
      return open + 1;
    }
  url = close + 2;
  while (url < url_end && g_ascii_isspace (*url))
    url++;
  if (image)
    {
      in->depth++;
      render (in, open + 1, close);
      in->depth--;
    }
  else
    show_link (in, open + 1, close, url, MIN (strcspn (url, " \t\n"), (gsize) (url_end - url)));
  return url_end + 1;
}

/* "<https://example.org>"; anything else in angle brackets is text. */
static const char *
autolink (Inline     *in,
          const char *p,
          const char *end)
{
  gsize length = strcspn (p + 1, " \t\n<>");
  const char *close = p + 1 + length;

  if (close < end && *close == '>' && is_safe_url (p + 1, length))
    {
      show_link (in, p + 1, close, p + 1, length);
      return close + 1;
    }
  append_escaped (in->out, p, 1);
  return p + 1;
}

/* Line breaks. */

static const char *
line_break (Inline     *in,
            const char *start,
            const char *p,
            const char *end,
            gboolean    hard)
{
  const char *next = p + 1;
  gunichar before = char_before (start, p);

  while (next < end && (*next == ' ' || *next == '\t'))
    next++;
  if (hard)
    g_string_append (in->out, in->flavour->hard_break);
  /* Chinese and Japanese put no space between lines joined into one. */
  else if (!(g_unichar_iswide (before) && g_unichar_iswide (char_at (next, end))))
    g_string_append_c (in->out, in->flavour->soft_break_newline ? '\n' : ' ');
  return next;
}

static const char *
spaces (Inline     *in,
        const char *start,
        const char *p,
        const char *end)
{
  guint n = strspn (p, " ");
  const char *after = MIN (p + n, end);

  if (after < end && *after == '\n')
    return line_break (in, start, after, end, after - p >= 2);
  if (after >= end)
    return end;
  append_escaped (in->out, p, after - p);
  return after;
}

static void
render (Inline     *in,
        const char *p,
        const char *end)
{
  const char *start = p;

  while (p < end)
    {
      if (*p == '\\' && p + 1 < end && p[1] == '\n')
        p = line_break (in, start, p + 1, end, TRUE);
      else if (*p == '\\' && p + 1 < end && g_ascii_ispunct (p[1]))
        {
          append_escaped (in->out, p + 1, 1);
          p += 2;
        }
      else if (*p == '`')
        p = code_span (in, p, end);
      else if (*p == '*' || *p == '_' || *p == '~')
        p = emphasis (in, start, p, end);
      else if (*p == '[' || (*p == '!' && p + 1 < end && p[1] == '['))
        p = bracket (in, p, end);
      else if (*p == '<')
        p = autolink (in, p, end);
      else if (*p == '\n')
        p = line_break (in, start, p, end, FALSE);
      else if (*p == ' ')
        p = spaces (in, start, p, end);
      else
        {
          append_escaped (in->out, p, 1);
          p++;
        }
    }
}

static char *
render_text (const char    *text,
             const Flavour *flavour)
{
  g_autofree char *clean = _syl_export_clean (text);
  Inline in = { g_string_new (NULL), flavour, 0, FALSE };

  render (&in, clean, clean + strlen (clean));
  return g_string_free (in.out, FALSE);
}

/**
 * _syl_markdown_inline_to_html:
 *
 * Returns: (transfer full): the inline Markdown @text as HTML: strong,
 *   em, code, del and safe links; everything else escaped
 */
char *
_syl_markdown_inline_to_html (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);
  return render_text (text, &html_flavour);
}

/**
 * syl_markdown_inline_to_pango:
 *
 * Returns: (transfer full): the inline Markdown @text as Pango markup: b,
 *   i, tt, s, and links as underlined text
 */
char *
syl_markdown_inline_to_pango (const char *text)
{
  g_return_val_if_fail (text != NULL, NULL);
  return render_text (text, &pango_flavour);
}
