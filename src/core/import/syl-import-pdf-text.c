/* syl-import-pdf-text.c: the text of a PDF, as the text importer reads it
 *
 * A PDF without bookmarks is read as the text importer reads text copied
 * out of a PDF, so that both give the same outline.  What the layout
 * tells, and copied text does not, is used first: running headers,
 * footers and page numbers are left out, the contents page is skipped,
 * the lines of a paragraph are joined where the page wrapped them
 * (syl-import-pdf-layout.c), and a heading (a line in a larger font than
 * the body's, or in bold) is a line of its own.  When the headings have
 * no numbers to place them by, each is indented by its level, the larger
 * fonts less, which the text importer nests by.
 *
 * Where the fonts set the headings apart, the body text is notes, but
 * for a list straight under a heading, which holds its items; where
 * they do not, every line is indented by its left edge, and the text
 * importer reads the lines as it reads copied text.
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
/* How many lines a title set in a heading's font may have. */
#define MAX_TITLE_LINES 3

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

typedef enum
{
  KIND_BODY,
  KIND_HEADING,
  KIND_LABEL,
  KIND_TITLE,
} Kind;

/* A paragraph as the page shows it: lines that go on with each other. */
typedef struct
{
  GString          *text;
  const SylPdfLine *first;
  Kind              kind;
  guint             heading_level;
  gboolean          gap_before;  /* a blank line's worth of space above it */
} Paragraph;

static void
paragraph_clear (Paragraph *paragraph)
{
  g_string_free (paragraph->text, TRUE);
}

typedef struct
{
  SylPdfLayout  layout;
  double        largest;
  guint         sizes[MAX_LEVELS];
  guint         n_sizes;
  gboolean      indent;      /* the headings have no numbers to nest by */
  GArray       *paragraphs;  /* of Paragraph */
  GArray       *lefts;       /* of double: their left edges, sorted */
} Reader;

static Kind
line_kind (Reader           *reader,
           const SylPdfLine *line)
{
  double body = reader->layout.body;

  if (is_title (line, reader->largest))
    return KIND_TITLE;
  if (!is_heading (line, body))
    return KIND_BODY;
  return is_label (line, body, reader->indent) ? KIND_LABEL : KIND_HEADING;
}

static void
start_paragraph (Reader           *reader,
                 const SylPdfLine *line,
                 const SylPdfLine *previous,
                 Kind              kind)
{
  Paragraph paragraph = { g_string_new (line->text), line, kind, 0, TRUE };

  if (previous != NULL && previous->page == line->page)
    paragraph.gap_before = line->top - previous->bottom > 0.8 * (previous->bottom - previous->top);
  if (kind == KIND_HEADING && reader->indent)
    paragraph.heading_level = level_of (line, reader->sizes, reader->n_sizes);
  g_array_append_val (reader->paragraphs, paragraph);
}

/* Joins a line that the page wrapped to the paragraph before it; after
 * “A • B •”, the bullet keeps its space before “C”. */
static void
join_wrapped (GString    *paragraph,
              const char *line)
{
  if (g_str_has_suffix (paragraph->str, "\u2022"))
    g_string_append_c (paragraph, ' ');
  _syl_import_join (paragraph, line);
}

static Paragraph *
last_paragraph (Reader *reader)
{
  guint n = reader->paragraphs->len;

  return n > 0 ? &g_array_index (reader->paragraphs, Paragraph, n - 1) : NULL;
}

/* Pass one: the lines, but for furniture and the contents page, become
 * paragraphs, each of one kind. */
static void
read_paragraphs (Reader *reader,
                 GArray *lines)
{
  const SylPdfLine *previous = NULL;
  gboolean previous_starts = TRUE;
  gboolean after_heading = FALSE;

  for (guint i = 0; i < lines->len; i++)
    {
      const SylPdfLine *line = &g_array_index (lines, SylPdfLine, i);
      Kind kind = line_kind (reader, line);
      Paragraph *last = last_paragraph (reader);
      gboolean optional;

      if (line->furniture)
        continue;
      if (kind != KIND_BODY && _syl_import_heading_label (line->text) == SYL_IMPORT_LABEL_CONTENTS)
        {
          i = skip_contents (lines, i) - 1;
          continue;
        }
      if (after_heading && _syl_import_pdf_is_meta (line, reader->layout.body, &optional))
        {
          /* A marker the text importer knows, on the heading's line. */
          if (optional)
            g_string_append (last->text, " (optional)");
          continue;
        }
      if (last != NULL && last->kind == kind &&
          _syl_import_pdf_continues (&reader->layout, line, previous, previous_starts))
        {
          join_wrapped (last->text, line->text);
          previous_starts = FALSE;
        }
      else
        {
          start_paragraph (reader, line, previous, kind);
          previous_starts = TRUE;
        }
      after_heading = kind != KIND_BODY;
      previous = line;
    }
}

/* The left edges of all paragraphs, sorted. */
static void
collect_lefts (Reader *reader)
{
  reader->lefts = g_array_sized_new (FALSE, FALSE, sizeof (double), reader->paragraphs->len);
  for (guint i = 0; i < reader->paragraphs->len; i++)
    g_array_append_val (reader->lefts,
                        g_array_index (reader->paragraphs, Paragraph, i).first->left);
  g_array_sort (reader->lefts, _syl_import_pdf_compare_edges);
}

/* Whether @paragraph is centered, as a title is: halfway between the
 * margins, and at a left edge of its own, where a line of an indented
 * list that happens to be as long on both sides is at its list's. */
static gboolean
is_centered_alone (Reader          *reader,
                   const Paragraph *paragraph)
{
  double left = paragraph->first->left;
  guint low = 0, high = reader->lefts->len;
  guint n = 0;

  if (!_syl_import_pdf_is_centered (&reader->layout, paragraph->first))
    return FALSE;
  /* The first edge within a point of this one, and those after it. */
  while (low < high)
    {
      guint middle = (low + high) / 2;

      if (g_array_index (reader->lefts, double, middle) < left - 1)
        low = middle + 1;
      else
        high = middle;
    }
  while (low + n < reader->lefts->len &&
         g_array_index (reader->lefts, double, low + n) <= left + 1)
    n++;
  return n <= 1;
}

static gboolean
is_heading_kind (Kind kind)
{
  return kind == KIND_HEADING || kind == KIND_LABEL;
}

static void
make_title (Reader *reader,
            guint   end)
{
  for (guint i = 0; i < end; i++)
    g_array_index (reader->paragraphs, Paragraph, i).kind = KIND_TITLE;
}

/* Headings that open the first page, before any body text, are the
 * document's title: when no heading comes after the body text starts, as
 * over a typed list under a bold title, or when they are centered and
 * the headings after them are set at the left. */
static void
find_title_block (Reader *reader)
{
  GArray *paragraphs = reader->paragraphs;
  guint first_body = 0, centered = 0;
  gboolean later_heading = FALSE, later_centered = FALSE;

  while (first_body < paragraphs->len &&
         g_array_index (paragraphs, Paragraph, first_body).kind != KIND_BODY &&
         g_array_index (paragraphs, Paragraph, first_body).first->page == 0)
    first_body++;
  while (centered < first_body &&
         (g_array_index (paragraphs, Paragraph, centered).kind == KIND_TITLE ||
          is_centered_alone (reader, &g_array_index (paragraphs, Paragraph, centered))))
    centered++;
  for (guint i = centered; i < paragraphs->len; i++)
    {
      const Paragraph *paragraph = &g_array_index (paragraphs, Paragraph, i);

      if (is_heading_kind (paragraph->kind))
        {
          later_heading = later_heading || i >= first_body;
          later_centered = later_centered || is_centered_alone (reader, paragraph);
        }
    }
  if (first_body > 0 && first_body <= MAX_TITLE_LINES && !later_heading)
    make_title (reader, first_body);
  else if (centered > 0 && centered <= MAX_TITLE_LINES && !later_centered)
    make_title (reader, centered);
}

/* Whether the fonts set the outline's headings apart from the body text:
 * only then is the body text known to be notes.  Where more lines in the
 * body's font start with a heading's number than there are headings in
 * other fonts, the numbers carry the outline, as in a typed syllabus
 * under a few bold labels. */
static gboolean
has_headings (Reader *reader)
{
  guint headings = 0, numbered = 0;

  for (guint i = 0; i < reader->paragraphs->len; i++)
    {
      const Paragraph *paragraph = &g_array_index (reader->paragraphs, Paragraph, i);
      SylHeadingNumber number;

      if (paragraph->kind == KIND_HEADING || paragraph->kind == KIND_LABEL)
        headings++;
      else if (paragraph->kind == KIND_BODY &&
               _syl_import_match_heading (paragraph->text->str, TRUE, &number) &&
               _syl_import_pdf_starts_item (paragraph->text->str))
        numbered++;
    }
  return headings > 0 && numbered < headings;
}

/* Whether @paragraph is indented by its left edge: a title or a centered
 * line is not, nor a heading that its font places, nor notes. */
static gboolean
indents_by_edge (Reader          *reader,
                 const Paragraph *paragraph,
                 gboolean         body_hint)
{
  if (paragraph->kind == KIND_TITLE || is_centered_alone (reader, paragraph))
    return FALSE;
  return !body_hint || paragraph->kind == KIND_BODY;
}

/* The levels of indentation of the paragraphs, by their left edges. */
static GArray *
edge_levels (Reader   *reader,
             gboolean  body_hint)
{
  GArray *lefts = g_array_new (FALSE, FALSE, sizeof (double));

  for (guint i = 0; i < reader->paragraphs->len; i++)
    {
      const Paragraph *paragraph = &g_array_index (reader->paragraphs, Paragraph, i);

      if (indents_by_edge (reader, paragraph, body_hint))
        g_array_append_val (lefts, paragraph->first->left);
    }
  _syl_import_pdf_indent_levels (lefts, reader->layout.body);
  return lefts;
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

/* The hint for @paragraph.  A list straight under a heading, with no
 * prose before it, lists what the heading holds: its items, as the text
 * importer takes lists; after prose, it goes on with the notes.  Items
 * run together in one paragraph, “A • B • C”, are a list of topics typed
 * as one, never notes.  @list_open says whether the paragraphs since the
 * last heading are all items. */
static guint8
paragraph_hint (const Paragraph *paragraph,
                gboolean         body_hint,
                gboolean        *list_open)
{
  gboolean item = _syl_import_pdf_starts_item (paragraph->text->str);

  if (paragraph->kind != KIND_BODY || !item)
    *list_open = paragraph->kind == KIND_HEADING;
  if (paragraph->kind == KIND_TITLE)
    return SYL_IMPORT_HINT_TITLE;
  if (paragraph->kind == KIND_HEADING || !body_hint)
    return SYL_IMPORT_HINT_NONE;
  if ((item && *list_open) || strstr (paragraph->text->str, " \u2022 ") != NULL)
    return SYL_IMPORT_HINT_ITEM;
  return SYL_IMPORT_HINT_BODY;
}

/* The indentation of @paragraph, in levels.  Notes are notes however
 * indented: only other lines nest.  Without notes known by their font,
 * every line nests by its left edge, as in text copied out of the PDF. */
static guint
paragraph_indent (Reader          *reader,
                  const Paragraph *paragraph,
                  GArray          *levels,
                  gboolean         body_hint,
                  guint8           hint)
{
  /* Where the fonts place the headings, the lines under them nest below
   * the deepest heading. */
  guint base = body_hint && reader->indent ? reader->n_sizes : 0;

  if (paragraph->kind == KIND_HEADING && body_hint)
    return paragraph->heading_level;
  if (hint != SYL_IMPORT_HINT_BODY && indents_by_edge (reader, paragraph, body_hint))
    return base + _syl_import_pdf_indent_level (levels, paragraph->first->left);
  return 0;
}

/* Pass two: each paragraph a line of text, indented by its level, apart
 * from the one before by a blank line where the page sets it apart, as
 * paragraphs of notes always are but for the items of a list.  The pages
 * are not marked with form feeds: their furniture is gone already, found
 * by its place on the page, and the text importer, looking for it at the
 * edges of each page, would take the items that start several pages
 * (“5. Week 4”) for running headers. */
static void
write_paragraphs (Reader *reader,
                  Output *out)
{
  gboolean body_hint = has_headings (reader);
  g_autoptr(GArray) levels = edge_levels (reader, body_hint);
  Kind kind = KIND_BODY;
  gboolean list_open = FALSE;

  for (guint i = 0; i < reader->paragraphs->len; i++)
    {
      const Paragraph *paragraph = &g_array_index (reader->paragraphs, Paragraph, i);
      guint8 hint = paragraph_hint (paragraph, body_hint, &list_open);
      guint indent = paragraph_indent (reader, paragraph, levels, body_hint, hint);

      if (out->text->len > 0)
        g_string_append (out->text,
                         paragraph->gap_before || paragraph->kind != kind ||
                         (hint == SYL_IMPORT_HINT_BODY &&
                          !_syl_import_pdf_starts_item (paragraph->text->str)) ? "\n\n" : "\n");
      kind = paragraph->kind;
      for (guint j = 0; j < indent; j++)
        g_string_append (out->text, "  ");
      _syl_import_append_bulleted (out->text, paragraph->text->str, 2 * indent);
      add_hints (out, hint);
    }
}

/**
 * _syl_import_pdf_to_text:
 * @lines: (element-type SylPdfLine): every page's lines, in order, their
 *   furniture marked
 * @hints: (out) (transfer full): a #SylImportHint for each line of the text
 *
 * Returns: (transfer full): the text, a paragraph a line
 */
char *
_syl_import_pdf_to_text (GArray      *lines,
                         GByteArray **hints)
{
  Output out = { g_string_new (NULL), g_byte_array_new (), 0 };
  Reader reader = { { 0 } };

  _syl_import_pdf_layout_init (&reader.layout, lines);
  reader.largest = largest_after_first_page (lines, reader.layout.body);
  reader.n_sizes = heading_sizes (lines, reader.layout.body, reader.largest, reader.sizes);
  reader.indent = !has_numbers (lines, reader.layout.body);
  reader.paragraphs = g_array_new (FALSE, FALSE, sizeof (Paragraph));
  g_array_set_clear_func (reader.paragraphs, (GDestroyNotify) paragraph_clear);

  read_paragraphs (&reader, lines);
  collect_lefts (&reader);
  find_title_block (&reader);
  write_paragraphs (&reader, &out);
  g_array_unref (reader.lefts);
  g_array_unref (reader.paragraphs);

  g_string_append_c (out.text, '\n');
  add_hints (&out, SYL_IMPORT_HINT_NONE);
  *hints = out.hints;
  return g_string_free (out.text, FALSE);
}
