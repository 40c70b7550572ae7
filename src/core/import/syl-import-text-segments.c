/* syl-import-text-segments.c: pass one of the text importer
 *
 * Cuts the lines into segments, each a heading with its number, a list
 * item or plain text, and follows the decimal numbers so that a number
 * that continues the outline is a heading while one that belongs to a
 * title (“参数扩展到 1750 亿”) is not.  syl-import-text.c places them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-import-text-private.h"

/* How far a number may jump ahead and still be a heading, with a warning:
 * 2.1 then 2.3 is a missing section; 5.1.3 then 20 is “20 美元每月”. */
#define MAX_SKIP 5
/* The first decimal heading is at most this: “100 强企业” is no chapter. */
#define MAX_FIRST_NUMBER 20

typedef SylImportSegmentKind SegmentKind;
typedef SylImportSegment Segment;
typedef SylImportPending Pending;
typedef SylImportCounter Counter;
typedef SylImportTextReader Reader;

void
_syl_import_text_segment_clear (Segment *segment)
{
  g_free (segment->text);
  g_free (segment->number_text);
  g_free (segment->skipped_from);
}


/* Whether blank lines mean nothing, because every line is followed by
 * one, as in text from many PDFs; and whether “1.” is a decimal path,
 * because the text also has numbers such as “1.1”. */
void
_syl_import_text_survey (Reader  *reader,
                         char   **lines,
                         guint    n_lines)
{
  guint filled = 0, followed = 0;

  for (guint i = 0; i < n_lines; i++)
    {
      const char *p = lines[i];
      SylHeadingNumber number;

      guint next = i + 1;

      if (reader->skip[i] || _syl_import_is_blank (lines[i]))
        continue;
      while (next < n_lines && reader->skip[next])
        next++;
      filled++;
      if (next == n_lines || _syl_import_is_blank (lines[next]))
        followed++;
      _syl_import_measure_indent (&p);
      if (_syl_import_match_path (p, &number) && number.n_parts >= 2 && !number.dashed)
        reader->dot_is_path = TRUE;
    }
  reader->double_spaced = filled >= 4 && followed * 10 >= filled * 9;
  reader->broken = reader->double_spaced;
}

static gboolean
same_prefix (const guint *a,
             const guint *b,
             guint        n)
{
  for (guint i = 0; i < n; i++)
    if (a[i] != b[i])
      return FALSE;
  return TRUE;
}

/* 1.4.1 after 1.4; 1.4.4, 1.5 or 2 after 1.4.3. */
static gboolean
is_next (Reader                 *reader,
         const SylHeadingNumber *number)
{
  guint k = number->n_parts;

  if (k == reader->n_path + 1)
    return same_prefix (number->parts, reader->path, k - 1) && number->parts[k - 1] == 1;
  if (k > reader->n_path)
    return FALSE;
  return same_prefix (number->parts, reader->path, k - 1) &&
         number->parts[k - 1] == reader->path[k - 1] + 1;
}

/* 2.3 after 2.1, or 1.1.1 after 1: a little ahead of the next number. */
static gboolean
is_skip (Reader                 *reader,
         const SylHeadingNumber *number)
{
  guint k = number->n_parts;

  if (k <= reader->n_path + 1)
    {
      guint before = k <= reader->n_path ? reader->path[k - 1] : 0;

      return same_prefix (number->parts, reader->path, k - 1) &&
             number->parts[k - 1] > before + 1 && number->parts[k - 1] <= before + 1 + MAX_SKIP;
    }
  if (!same_prefix (number->parts, reader->path, reader->n_path))
    return FALSE;
  for (guint i = reader->n_path; i < k; i++)
    if (number->parts[i] < 1 || number->parts[i] > MAX_SKIP + 1)
      return FALSE;
  return TRUE;
}

/* Whether a decimal number is a heading, given the one before.  Inside a
 * line only the next number of the outline is; at the start of a line, a
 * number a little ahead is too, with a warning. */
/* “1.” at the start of a line, after a flat list numbered “1.” to “4.”
 * and something that is no heading (prose, a label, bullets): a second
 * list, as a syllabus's reading list and then its weeks.  Only a flat
 * list written alike restarts: under “2.3”, or after chapters “1 Title”,
 * a “1.” would throw the outline back to its first chapter. */
static gboolean
restarts_flat_list (Reader                 *reader,
                    const SylHeadingNumber *number)
{
  const Segment *last;

  if (number->n_parts != 1 || number->parts[0] != 1 || !number->trailing_dot ||
      reader->n_path != 1 || reader->path[0] < 2 || !reader->path_dot ||
      reader->segments->len == 0)
    return FALSE;
  last = &g_array_index (reader->segments, Segment, reader->segments->len - 1);
  return last->kind != SEGMENT_HEADING;
}

static gboolean
accept_path (Reader                 *reader,
             const SylHeadingNumber *number,
             char                  **skipped_from)
{
  /* “20美元”: a lone number against a word is a quantity, unless expected. */
  gboolean quantity = number->n_parts == 1 && !number->trailing_dot && number->tight;

  *skipped_from = NULL;
  /* “3-5 人一组”: a dashed number starts no outline; it numbers the
   * sections of a chapter, “1-1” after “第 1 章”. */
  if (number->dashed && !reader->have_path && !reader->other_style)
    return FALSE;
  if (!reader->have_path)
    return number->parts[0] <= MAX_FIRST_NUMBER && !quantity;
  if (is_next (reader, number))
    return TRUE;
  if (restarts_flat_list (reader, number))
    {
      reader->restart = TRUE;
      return TRUE;
    }
  /* “2.1” after “第二章”: the chapter gave the first part. */
  if (reader->other_style && number->n_parts >= 2 && number->parts[number->n_parts - 1] == 1)
    return TRUE;
  if (quantity || !is_skip (reader, number))
    return FALSE;
  *skipped_from = _syl_import_format_path (reader->path, reader->n_path);
  return TRUE;
}

static void
note_path (Reader                 *reader,
           const SylHeadingNumber *number)
{
  memcpy (reader->path, number->parts, sizeof reader->path);
  reader->n_path = number->n_parts;
  reader->path_dot = number->trailing_dot;
  reader->have_path = TRUE;
  reader->other_style = FALSE;
}

/* Whether a lone number may start a heading inside a line: only after the
 * end of a sentence, as in “analysts? 2 Building a team”, since “top 2
 * reasons” in chapter 1 is no chapter 2. */
static gboolean
ends_clause (const char *text,
             const char *space)
{
  static const gunichar ends[] = { '?', '!', '.', 0xff1f, 0xff01, 0x3002, 0x201d, 0x300b };
  gunichar c;

  if (space == text)
    return FALSE;
  c = g_utf8_get_char (g_utf8_prev_char (space));
  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    if (c == ends[i])
      return TRUE;
  return FALSE;
}

/* The next number in @text that continues the outline after a space, as
 * where a PDF ran headings together. */
static const char *
find_run (Reader           *reader,
          const char       *text,
          SylHeadingNumber *number)
{
  if (!reader->have_path)
    return NULL;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      const char *q = g_utf8_next_char (p);

      if (c != ' ' && c != '\t' && c != 0x3000)
        continue;
      if (g_ascii_isdigit (*q) && _syl_import_match_path (q, number) && is_next (reader, number) &&
          (number->n_parts >= 2 || (!number->tight && ends_clause (text, p))))
        return q;
    }
  return NULL;
}

static Segment *
add_segment (Reader      *reader,
             SegmentKind  kind,
             guint        line,
             guint        indent,
             const char  *start,
             const char  *end)
{
  Segment segment = { kind, line, indent };

  segment.text = _syl_import_strip (start, end);
  g_array_append_val (reader->segments, segment);
  return &g_array_index (reader->segments, Segment, reader->segments->len - 1);
}

/* What a line starts with: a bullet, a heading number that continues the
 * outline, or neither.  Moves @p to what follows. */
static SegmentKind
read_head (Reader            *reader,
           const char       **p,
           SylHeadingNumber  *heading,
           char             **skipped)
{
  if (_syl_import_skip_bullet (p))
    {
      *p = _syl_import_skip_number (*p);
      return SEGMENT_BULLET;
    }
  if (!_syl_import_match_heading (*p, reader->dot_is_path, heading) ||
      (heading->style == SYL_HEADING_PATH && !accept_path (reader, heading, skipped)))
    return SEGMENT_TEXT;

  if (heading->style == SYL_HEADING_PATH)
    note_path (reader, heading);
  else
    reader->other_style = TRUE;
  *p = _syl_import_skip_separator (heading->end);
  return SEGMENT_HEADING;
}

static void
set_heading (Reader                 *reader,
             Segment                *segment,
             const SylHeadingNumber *heading,
             const char             *start,
             char                   *skipped)
{
  segment->number = *heading;
  segment->number_text = _syl_import_strip (start, heading->end);
  segment->skipped_from = skipped;
  /* “1.4.3” alone, its title on the next line: a PDF's layout. */
  if (heading->style == SYL_HEADING_PATH && *segment->text == '\0')
    reader->broken = TRUE;
}

static gboolean
follows_bare_number (Reader *reader)
{
  Segment *last;

  if (reader->segments->len == 0)
    return FALSE;
  last = &g_array_index (reader->segments, Segment, reader->segments->len - 1);
  return last->kind == SEGMENT_HEADING && *last->text == '\0';
}

/* Whether a line ends in a colon, as one that leads into a list. */
static gboolean
leads_into (const char *text)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text));

  return g_str_has_suffix (stripped, ":") || g_str_has_suffix (stripped, "：");
}

/* “1.” or “(1)” under “学习目标”: an item of the label's list, which
 * neither is a heading nor moves the outline's numbers on. */
static gboolean
is_list_item (Reader     *reader,
              const char *p)
{
  SylHeadingNumber number;

  if (!reader->label_list || !_syl_import_match_heading (p, reader->dot_is_path, &number))
    return FALSE;
  switch (number.style)
    {
    case SYL_HEADING_PATH:
      return number.n_parts == 1;
    case SYL_HEADING_DECIMAL_DOT:
    case SYL_HEADING_DECIMAL_COMMA:
    case SYL_HEADING_DECIMAL_PAREN:
    case SYL_HEADING_DECIMAL_HALF:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Cuts a line into segments: what it starts with, then each heading run
 * into it. */
static void
read_line (Reader     *reader,
           const char *line,
           guint       line_number,
           gboolean   *pending_break,
           gboolean   *pending_decoration)
{
  const char *p = line;
  guint indent = _syl_import_measure_indent (&p);
  const char *start = p;
  SylHeadingNumber heading;
  char *skipped = NULL;
  const char *rest;
  SegmentKind kind = is_list_item (reader, p) ? SEGMENT_TEXT
                                              : read_head (reader, &p, &heading, &skipped);

  /* “1.2 目标”, or “1.2” then “Goals”, is a heading with its title.  A
   * line that leads into something else (“Course Outline:”) ends the
   * label's list. */
  reader->label_list = (kind == SEGMENT_TEXT && !follows_bare_number (reader) &&
                        _syl_import_line_label (p, &rest) != SYL_IMPORT_LABEL_NONE) ||
                       (reader->label_list && kind != SEGMENT_HEADING &&
                        !(kind == SEGMENT_TEXT && leads_into (p)));

  for (;;)
    {
      SylHeadingNumber next;
      const char *run = kind == SEGMENT_BULLET ? NULL : find_run (reader, p, &next);
      Segment *segment = add_segment (reader, kind, line_number, indent, p, run);

      segment->break_before = *pending_break;
      segment->decoration_before = *pending_decoration;
      *pending_break = *pending_decoration = FALSE;
      if (kind == SEGMENT_HEADING)
        {
          set_heading (reader, segment, &heading, start, g_steal_pointer (&skipped));
          segment->restart = reader->restart;
          reader->restart = FALSE;
        }
      if (run == NULL)
        break;

      segment->before_run = TRUE;
      reader->broken = TRUE;
      heading = next;
      note_path (reader, &next);
      kind = SEGMENT_HEADING;
      start = run;
      p = next.end;
    }
}

void
_syl_import_text_read_segments (Reader  *reader,
                                char   **lines,
                                guint    n_lines)
{
  gboolean pending_break = FALSE;
  gboolean pending_decoration = FALSE;

  for (guint i = 0; i < n_lines; i++)
    {
      if (reader->skip[i])
        continue;
      if (_syl_import_is_blank (lines[i]))
        pending_break = !reader->double_spaced;
      else if (_syl_import_is_decoration (lines[i]))
        pending_break = pending_decoration = TRUE;
      else
        {
          _syl_import_drop_leaders (lines[i]);
          read_line (reader, lines[i], i + 1, &pending_break, &pending_decoration);
        }
    }
  reader->decoration_at_end = pending_decoration;
}

/* Sections that open a course without a number. */
