/* syl-import-pdf-layout.c: what a reader sees in the lines of a PDF
 *
 * Text copied out of a PDF has lost what the eye uses to tell where a
 * paragraph goes on and where a new line starts: a page wraps a line
 * only when the next word does not fit, keeps its left edge (or hangs it
 * under the text of a list item), and keeps the usual gap between lines.
 * A line that stands apart by any of these starts anew, however short or
 * long it is.  The indentation of the lines that start anew is measured
 * in levels, so that the text importer nests them as a reader does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <string.h>

#include "syl-import-pdf-private.h"

/* How much of a line's height the gap above a wrapped line may be. */
#define WRAP_GAP 0.6
/* How many ems a hanging or first-line indent is at most. */
#define MAX_HANG_EMS 4
/* Left edges closer than this many ems are one level of indentation. */
#define LEVEL_EMS 0.6
#define MAX_INDENT_LEVELS 8
/* How many lines ending at one edge show it to be the margin. */
#define MIN_AT_EDGE 3

static gboolean
is_body (const SylPdfLayout *layout,
         const SylPdfLine   *line)
{
  return !line->furniture && fabs (line->size - layout->body) <= 0.5 && line->right > line->left;
}

/**
 * _syl_import_pdf_layout_init:
 * @lines: (element-type SylPdfLine): every page's lines, their furniture
 *   marked
 *
 * Measures the body text: its font size and the edges its lines reach.
 */
void
_syl_import_pdf_layout_init (SylPdfLayout *layout,
                             GArray       *lines)
{
  double width = 0;
  guint at_edge = 0;

  layout->body = _syl_import_pdf_body_size (lines);
  layout->left = G_MAXDOUBLE;
  layout->margin = 0;
  for (guint i = 0; i < lines->len; i++)
    {
      const SylPdfLine *line = &g_array_index (lines, SylPdfLine, i);

      if (!is_body (layout, line))
        continue;
      layout->left = MIN (layout->left, line->left);
      layout->margin = MAX (layout->margin, line->right);
      width = MAX (width, line->page_width);
    }
  if (layout->left == G_MAXDOUBLE)
    layout->left = 0;
  for (guint i = 0; i < lines->len; i++)
    {
      const SylPdfLine *line = &g_array_index (lines, SylPdfLine, i);

      if (is_body (layout, line) && line->right > layout->margin - 1)
        at_edge++;
    }
  /* Justified lines end at the margin, all of them; short ones may all
   * end well before it, and then the page's margins are taken to be
   * alike on both sides. */
  if (at_edge < MIN_AT_EDGE)
    layout->margin = MAX (layout->margin, width - layout->left);
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
 * _syl_import_pdf_starts_item:
 *
 * Whether @text starts as a list item or a numbered heading does: with a
 * bullet, or a number such as “2.”, “(b)”, “（一）” or “第三章”.  A bare
 * number, as in “2021 年” or “3 people”, is a wrapped quantity.
 */
gboolean
_syl_import_pdf_starts_item (const char *text)
{
  const char *rest = text;
  SylHeadingNumber number;
  gsize letters = text[0] == '(' ? strspn (text + 1, "abcdefghijklmnopqrstuvwxyz") : 0;

  if (_syl_import_skip_bullet (&rest))
    return TRUE;
  /* “(a)”, “(iv)”: the items of a list in LaTeX's enumerate, which the
   * text importer nests by their indentation. */
  if (letters > 0 && letters <= 4 && text[letters + 1] == ')' && text[letters + 2] == ' ')
    return TRUE;
  if (!_syl_import_match_heading (text, TRUE, &number))
    return FALSE;
  return !(number.style == SYL_HEADING_PATH && number.n_parts == 1 && !number.trailing_dot);
}

/**
 * _syl_import_pdf_is_centered:
 *
 * Returns: whether @line is centered on the body's column, as a title
 *   is, rather than set against its left edge
 */
gboolean
_syl_import_pdf_is_centered (const SylPdfLayout *layout,
                             const SylPdfLine   *line)
{
  double center = (layout->left + layout->margin) / 2;

  return line->left > layout->left + 2 * line->size &&
         fabs ((line->left + line->right) / 2 - center) < line->size;
}

/* Whether the page wrapped @previous before @line: the first word of
 * @line would not have fitted after it, or it ends with a bullet, a
 * hyphen or a comma, which end no line a writer ends. */
static gboolean
wraps (const SylPdfLayout *layout,
       const SylPdfLine   *line,
       const SylPdfLine   *previous)
{
  static const char * const open_ends[] = { "\u2022", ",", "，", "、" };

  for (guint i = 0; i < G_N_ELEMENTS (open_ends); i++)
    if (g_str_has_suffix (previous->text, open_ends[i]))
      return TRUE;
  if (g_str_has_suffix (previous->text, "-") && !g_str_has_suffix (previous->text, " -"))
    return TRUE;
  return layout->margin - previous->right < line->first_word + previous->size;
}

/* Whether @line keeps the left edge of @previous, or is the rest of a
 * paragraph whose first line @previous is: under its text when it starts
 * with a list marker (a hanging indent), or left of it (a first-line
 * indent). */
static gboolean
keeps_edge (const SylPdfLine *line,
            const SylPdfLine *previous,
            gboolean          previous_starts)
{
  double shift = line->left - previous->left;

  if (fabs (shift) < 0.5 * line->size)
    return TRUE;
  if (!previous_starts || fabs (shift) > MAX_HANG_EMS * line->size)
    return FALSE;
  return shift < 0 || _syl_import_pdf_starts_item (previous->text);
}

/* Whether @line follows @previous as the next line of a block does: in
 * a font of the same size (a bold lead-in may fill the line before), at
 * the usual gap below it, or on the next page when @previous ends no
 * sentence. */
static gboolean
follows_closely (const SylPdfLine *line,
                 const SylPdfLine *previous)
{
  double height = previous->bottom - previous->top;

  if (fabs (line->size - previous->size) >= 0.5)
    return FALSE;
  if (line->page != previous->page)
    return !ends_sentence (previous->text);
  /* Cells of a table's row share a top: they are no wrapped line. */
  return line->top >= previous->top + 0.5 * height &&
         line->top - previous->bottom < WRAP_GAP * height;
}

/**
 * _syl_import_pdf_continues:
 * @previous_starts: whether @previous is the first line of its paragraph
 *
 * Returns: whether @line goes on with the paragraph of @previous, the
 *   line before it: it follows closely, at its left edge, where the page
 *   wrapped it, and starts as no list item does; or, in a centered block
 *   such as a title, it is centered as @previous is.
 */
gboolean
_syl_import_pdf_continues (const SylPdfLayout *layout,
                           const SylPdfLine   *line,
                           const SylPdfLine   *previous,
                           gboolean            previous_starts)
{
  if (!follows_closely (line, previous) || _syl_import_pdf_starts_item (line->text))
    return FALSE;
  if (_syl_import_pdf_is_centered (layout, previous) &&
      _syl_import_pdf_is_centered (layout, line))
    return TRUE;
  return wraps (layout, line, previous) && keeps_edge (line, previous, previous_starts);
}

/**
 * _syl_import_pdf_join_line:
 * @previous: (nullable): the line before @line in @text, if any
 *
 * Adds @line to @text: on the same paragraph as @previous when it goes
 * on with it, else as a new paragraph.  A bullet starts a line of its
 * own, as a Markdown list item, in the list before it when it follows
 * closely in the same font.
 */
void
_syl_import_pdf_join_line (GString            *text,
                           const SylPdfLayout *layout,
                           const SylPdfLine   *line,
                           const SylPdfLine   *previous)
{
  const char *rest = line->text;
  gboolean bullet = _syl_import_skip_bullet (&rest);

  if (previous != NULL && _syl_import_pdf_continues (layout, line, previous, TRUE))
    {
      _syl_import_join (text, line->text);
      return;
    }
  if (text->len > 0)
    g_string_append (text, bullet && previous != NULL && follows_closely (line, previous) &&
                           line->bold == previous->bold ? "\n" : "\n\n");
  if (bullet)
    g_string_append (text, "- ");
  g_string_append (text, rest);
}

/**
 * _syl_import_pdf_compare_edges:
 *
 * Orders the doubles @a and @b points to, as g_array_sort() wants.
 */
int
_syl_import_pdf_compare_edges (gconstpointer a,
                               gconstpointer b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

/**
 * _syl_import_pdf_indent_levels:
 * @lefts: the left edges of the lines that start anew
 *
 * Sorts @lefts and makes each the least of its level of indentation:
 * edges within a little of each other are one level, as the items of a
 * list, whose markers differ in width, are.
 *
 * Returns: how many levels @lefts now holds, at most 8
 */
guint
_syl_import_pdf_indent_levels (GArray *lefts,
                               double  body)
{
  guint n = 0;

  g_array_sort (lefts, _syl_import_pdf_compare_edges);
  for (guint i = 0; i < lefts->len; i++)
    {
      double left = g_array_index (lefts, double, i);

      if (n > 0 && left - g_array_index (lefts, double, n - 1) < LEVEL_EMS * body)
        continue;
      if (n == MAX_INDENT_LEVELS)
        break;
      g_array_index (lefts, double, n++) = left;
    }
  g_array_set_size (lefts, n);
  return n;
}

/**
 * _syl_import_pdf_indent_level:
 * @levels: from _syl_import_pdf_indent_levels()
 *
 * Returns: the level of indentation of a line whose left edge is @left
 */
guint
_syl_import_pdf_indent_level (GArray *levels,
                              double  left)
{
  guint level = 0;

  for (guint i = 0; i < levels->len; i++)
    if (g_array_index (levels, double, i) <= left + 0.01)
      level = i;
  return level;
}
