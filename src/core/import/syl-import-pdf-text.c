/* syl-import-pdf-text.c: the text of a PDF, as the text importer reads it
 *
 * A PDF without bookmarks is read as the text importer reads text copied
 * out of a PDF, so that both give the same outline.  What the layout
 * tells, and copied text does not, is used first: running headers,
 * footers and page numbers are left out, the contents page is skipped,
 * the lines of a paragraph are joined, and a heading (a line in a larger
 * font than the body's, or in bold) is a line of its own.  When the
 * headings have no numbers to place them by, each is indented by its
 * level, the larger fonts less, which the text importer nests by.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "syl-duration.h"
#include "syl-import-pdf-private.h"

/* A heading's font is at least this much larger than the body's. */
#define HEADING_RATIO 1.15
/* A bold line this long is a paragraph, not a heading. */
#define MAX_HEADING_CHARS 80
#define MAX_LEVELS 6

/* The text of a line with each run of digits as one “#”, so that the
 * footers of all pages, with their page numbers, read alike. */
static char *
furniture_key (const SylPdfLine *line)
{
  GString *key = g_string_new (NULL);

  g_string_append_printf (key, "%d:", (int) round (line->top / 4));
  for (const char *p = line->text; *p != '\0'; p++)
    {
      if (!g_ascii_isdigit (*p))
        g_string_append_c (key, *p);
      else if (p == line->text || !g_ascii_isdigit (p[-1]))
        g_string_append_c (key, '#');
    }
  return g_string_free (key, FALSE);
}

/**
 * _syl_import_pdf_mark_furniture:
 * @lines: (element-type SylPdfLine): every page's lines, in order
 *
 * Marks the lines that are at the same height, with the same text but
 * for their numbers, on at least two pages in five, and three pages:
 * running headers and footers, page numbers.  Alternate pages may have
 * different ones.
 */
void
_syl_import_pdf_mark_furniture (GArray *lines,
                                guint   n_pages)
{
  g_autoptr(GHashTable) pages = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint needed = MAX (3, (n_pages * 2 + 4) / 5);

  if (n_pages < 3)
    return;
  /* How many pages each key is on; lines come page by page, so a page is
   * counted once when its number is kept with the count. */
  for (guint i = 0; i < lines->len; i++)
    {
      SylPdfLine *line = &g_array_index (lines, SylPdfLine, i);
      char *key = furniture_key (line);
      guint64 value = GPOINTER_TO_SIZE (g_hash_table_lookup (pages, key));
      guint count = value >> 32, last = value & 0xffffffff;

      if (count == 0 || last != line->page + 1)
        count++;
      g_hash_table_replace (pages, key,
                            GSIZE_TO_POINTER (((guint64) count << 32) | (line->page + 1)));
    }
  for (guint i = 0; i < lines->len; i++)
    {
      SylPdfLine *line = &g_array_index (lines, SylPdfLine, i);
      g_autofree char *key = furniture_key (line);

      line->furniture = (GPOINTER_TO_SIZE (g_hash_table_lookup (pages, key)) >> 32) >= needed;
    }
}

/**
 * _syl_import_pdf_body_size:
 *
 * Returns: the font size of most of the text, to half a point
 */
double
_syl_import_pdf_body_size (GArray *lines)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  guint best_count = 0;
  guint best = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      const SylPdfLine *line = &g_array_index (lines, SylPdfLine, i);
      guint size = (guint) CLAMP (round (line->size * 2), 1, 2000);
      guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (size)));

      if (line->furniture)
        continue;
      count += g_utf8_strlen (line->text, -1);
      g_hash_table_insert (counts, GUINT_TO_POINTER (size), GUINT_TO_POINTER (count));
      if (count > best_count)
        {
          best_count = count;
          best = size;
        }
    }
  return best / 2.0;
}

/**
 * _syl_import_pdf_is_meta:
 * @optional: (out): set to whether the line says “optional”
 *
 * Whether @line, under a heading, is the small print that our PDF export
 * writes there: “45 min · optional”, “可选”.  The duration is left out:
 * it is a sum over the node's children, which have their own.
 */
gboolean
_syl_import_pdf_is_meta (const SylPdfLine *line,
                         double            body,
                         gboolean         *optional)
{
  static const char * const words[] = { "optional", "可选", "选修" };
  g_auto(GStrv) parts = NULL;

  *optional = FALSE;
  if (line->size >= body * 0.95)
    return FALSE;
  parts = g_strsplit (line->text, "·", 0);
  for (guint i = 0; parts[i] != NULL; i++)
    {
      int minutes;
      gboolean word = FALSE;

      g_strstrip (parts[i]);
      for (guint j = 0; j < G_N_ELEMENTS (words); j++)
        word = word || g_ascii_strcasecmp (parts[i], words[j]) == 0;
      *optional = *optional || word;
      if (!word && !syl_parse_duration (parts[i], &minutes, NULL))
        return FALSE;
    }
  return TRUE;
}

static gboolean
ends_sentence (const char *text)
{
  static const char * const ends[] = { ".", "。", "!", "！", "?", "？", ":", "：", ";", "；" };

  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    if (g_str_has_suffix (text, ends[i]))
      return TRUE;
  return FALSE;
}

/**
 * _syl_import_pdf_join_line:
 * @previous: (nullable): the line before @line in @text, if any
 *
 * Adds @line to @text: on the same paragraph as @previous when it goes
 * on with it (same font, no gap), else as a new paragraph.  A bullet
 * starts a line of its own, as a Markdown list item.
 */
void
_syl_import_pdf_join_line (GString          *text,
                           const SylPdfLine *line,
                           const SylPdfLine *previous)
{
  const char *rest = line->text;
  gboolean bullet = _syl_import_skip_bullet (&rest);
  gboolean same = previous != NULL &&
                  fabs (line->size - previous->size) < 0.5 && line->bold == previous->bold;

  if (same && line->page == previous->page)
    {
      double height = previous->bottom - previous->top;

      same = line->top >= previous->top && line->top - previous->bottom < 0.6 * height;
    }
  else if (same)
    same = !ends_sentence (previous->text);
  if (same && !bullet)
    {
      _syl_import_join (text, line->text);
      return;
    }
  if (text->len > 0)
    g_string_append (text, same ? "\n" : "\n\n");
  if (bullet)
    g_string_append (text, "- ");
  g_string_append (text, rest);
}

static gboolean
is_heading (const SylPdfLine *line,
            double            body)
{
  return line->size >= body * HEADING_RATIO ||
         (line->bold && line->size >= body * 0.95 &&
          g_utf8_strlen (line->text, -1) <= MAX_HEADING_CHARS);
}

/* Whether @line is on the first page in a font larger than any heading
 * after it: the document's title, for the text importer's title block
 * rather than a level of its own. */
static gboolean
is_title (const SylPdfLine *line,
          double            largest_after)
{
  return line->page == 0 && largest_after > 0 && line->size > largest_after * 1.05;
}

static double
largest_after_first_page (GArray *lines,
                          double  body)
{
  double largest = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      const SylPdfLine *line = &g_array_index (lines, SylPdfLine, i);

      if (line->page > 0 && !line->furniture && is_heading (line, body))
        largest = MAX (largest, line->size);
    }
  return largest;
}

/* The heading sizes, largest first, to half a point. */
static guint
heading_sizes (GArray *lines,
               double  body,
               double  largest,
               guint  *sizes)
{
  guint n = 0;

  for (guint i = 0; i < lines->len; i++)
    {
      const SylPdfLine *line = &g_array_index (lines, SylPdfLine, i);
      guint size = (guint) CLAMP (round (line->size * 2), 1, 2000);
      guint j;

      if (line->furniture || !is_heading (line, body) || is_title (line, largest))
        continue;
      for (j = 0; j < n && sizes[j] > size; j++)
        ;
      if (j < n && sizes[j] == size)
        continue;
      if (n == MAX_LEVELS && j == n)
        continue;
      memmove (sizes + j + 1, sizes + j, (MIN (n, MAX_LEVELS - 1) - j) * sizeof *sizes);
      sizes[j] = size;
      n = MIN (n + 1, MAX_LEVELS);
    }
  return n;
}

static guint
level_of (const SylPdfLine *line,
          const guint      *sizes,
          guint             n_sizes)
{
  guint size = (guint) CLAMP (round (line->size * 2), 1, 2000);

  for (guint i = 0; i < n_sizes; i++)
    if (sizes[i] <= size)
      return i;
  return n_sizes;
}

/* Whether @line, bold in the body's size, is a label in the body text,
 * as “Objectives” or “Example: …” are, rather than a heading: so it is
 * where the headings have numbers and it has none. */
static gboolean
is_label (const SylPdfLine *line,
          double            body,
          gboolean          indent)
{
  SylHeadingNumber number;

  return !indent && line->size < body * HEADING_RATIO &&
         !_syl_import_match_heading (line->text, TRUE, &number);
}

/* A heading that names a contents page starts lines to skip, up to a
 * line on a later page in a font as large: the first chapter. */
static guint
skip_contents (GArray *lines,
               guint   index)
{
  const SylPdfLine *label = &g_array_index (lines, SylPdfLine, index);
  guint i;

  for (i = index + 1; i < lines->len; i++)
    {
      const SylPdfLine *line = &g_array_index (lines, SylPdfLine, i);

      if (line->page > label->page && !line->furniture && line->size >= label->size * 0.95)
        break;
    }
  return i;
}

/* Whether any heading starts with a number the text importer places it
 * by: then no heading is indented, as in copied text. */
static gboolean
has_numbers (GArray *lines,
             double  body)
{
  for (guint i = 0; i < lines->len; i++)
    {
      const SylPdfLine *line = &g_array_index (lines, SylPdfLine, i);
      SylHeadingNumber number;

      if (line->furniture || !is_heading (line, body))
        continue;
      /* The contents page's page numbers, in its entries' bold, are no
       * headings' numbers. */
      if (_syl_import_heading_label (line->text) == SYL_IMPORT_LABEL_CONTENTS)
        i = skip_contents (lines, i) - 1;
      else if (_syl_import_match_heading (line->text, TRUE, &number))
        return TRUE;
    }
  return FALSE;
}

typedef struct
{
  GString    *text;
  GByteArray *hints;    /* a SylImportHint for each line of text */
  gsize       counted;  /* how much of text has its lines in hints */
} Output;

/* Gives the lines that @out's text has started since the last call
 * @hint: the first with the text, each other after a newline. */
static void
add_hints (Output *out,
           guint8  hint)
{
  if (out->hints->len == 0 && out->text->len > 0)
    g_byte_array_append (out->hints, &hint, 1);
  for (const char *p = out->text->str + out->counted; *p != '\0'; p++)
    if (*p == '\n')
      g_byte_array_append (out->hints, &hint, 1);
  out->counted = out->text->len;
}

/* Adds @line to @out: apart from the line before, indented by @level,
 * or joined to the paragraph before. */
static void
add_line (Output           *out,
          const SylPdfLine *line,
          const SylPdfLine *previous,
          gboolean          apart,
          int               level,
          guint8            hint)
{
  if (previous != NULL && !apart)
    _syl_import_pdf_join_line (out->text, line, previous);
  else
    {
      if (out->text->len > 0 && out->text->str[out->text->len - 1] != '\n')
        g_string_append (out->text, "\n\n");
      for (int j = 0; j < level; j++)
        g_string_append (out->text, "  ");
      g_string_append (out->text, line->text);
    }
  add_hints (out, hint);
}

/**
 * _syl_import_pdf_to_text:
 * @lines: (element-type SylPdfLine): every page's lines, in order, their
 *   furniture marked
 * @hints: (out) (transfer full): a #SylImportHint for each line of the text
 *
 * Returns: (transfer full): the text, pages apart by form feeds as
 *   pdftotext writes them
 */
char *
_syl_import_pdf_to_text (GArray      *lines,
                         GByteArray **hints)
{
  Output out = { g_string_new (NULL), g_byte_array_new (), 0 };
  double body = _syl_import_pdf_body_size (lines);
  double largest = largest_after_first_page (lines, body);
  guint sizes[MAX_LEVELS];
  guint n_sizes = heading_sizes (lines, body, largest, sizes);
  gboolean indent = !has_numbers (lines, body);
  const SylPdfLine *previous = NULL;
  gboolean after_heading = FALSE;

  for (guint i = 0; i < lines->len; i++)
    {
      const SylPdfLine *line = &g_array_index (lines, SylPdfLine, i);
      gboolean title = is_title (line, largest);
      gboolean heading = !title && is_heading (line, body);
      gboolean label = heading && is_label (line, body, indent);
      gboolean optional;

      if (line->furniture)
        continue;
      if (heading && _syl_import_heading_label (line->text) == SYL_IMPORT_LABEL_CONTENTS)
        {
          i = skip_contents (lines, i) - 1;
          continue;
        }
      /* A page starts a paragraph, as in pdftotext's text. */
      if (previous != NULL && line->page != previous->page)
        {
          g_string_append (out.text, "\n\f\n");
          previous = NULL;
        }
      if (after_heading && _syl_import_pdf_is_meta (line, body, &optional))
        {
          /* A marker the text importer knows, on the heading's line. */
          if (optional)
            g_string_append (out.text, " (optional)");
          continue;
        }
      heading = heading && !label;
      add_line (&out, line, previous, heading || title || label || after_heading,
                heading && indent ? (int) level_of (line, sizes, n_sizes) : 0,
                title ? SYL_IMPORT_HINT_TITLE :
                heading ? SYL_IMPORT_HINT_NONE : SYL_IMPORT_HINT_BODY);
      after_heading = heading || title || label;
      previous = line;
    }
  g_string_append_c (out.text, '\n');
  add_hints (&out, SYL_IMPORT_HINT_NONE);
  *hints = out.hints;
  return g_string_free (out.text, FALSE);
}
