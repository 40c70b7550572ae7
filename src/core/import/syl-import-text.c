/* syl-import-text.c: outlines from plain text
 *
 * Text as people really have it: typed in an editor, saved from Word, or
 * pulled out of a PDF, where headings break across lines and several run
 * together on one (“态”？ 1.2 大模型带来了什”).  Reading happens in two
 * passes.  The first cuts the lines into segments, each a heading with
 * its number, a list item or plain text, and follows the decimal numbers
 * so that a number that continues the outline is a heading while one that
 * belongs to a title (“参数扩展到 1750 亿”) is not.  The second places
 * the segments in a tree: headings by their numbers, other lines by their
 * indentation, and joins the pieces of broken titles.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "syl-import-private.h"

/* How far a number may jump ahead and still be a heading, with a warning:
 * 2.1 then 2.3 is a missing section; 5.1.3 then 20 is “20 美元每月”. */
#define MAX_SKIP 5
/* The first decimal heading is at most this: “100 强企业” is no chapter. */
#define MAX_FIRST_NUMBER 20
/* A title this long is a paragraph, not a broken title. */
#define MAX_TITLE_CHARS 100
/* How many lines a banner above a decoration line may have. */
#define MAX_BANNER_LINES 5

typedef enum
{
  SEGMENT_TEXT,
  SEGMENT_BULLET,
  SEGMENT_HEADING,
} SegmentKind;

typedef struct
{
  SegmentKind       kind;
  guint             line;
  guint             indent;
  SylHeadingNumber  number;
  char             *text;            /* after the number or bullet */
  char             *number_text;     /* the number as written */
  char             *skipped_from;    /* the number before one that skips */
  gboolean          before_run;      /* a heading follows on its line */
  gboolean          break_before;    /* a blank line before it means something */
  gboolean          decoration_before;
} Segment;

typedef struct
{
  SylNode     *node;
  GString     *title;
  GString     *notes;
  const char  *number_text;
  guint        indent;
  guint        depth;
} Pending;

typedef struct
{
  SylHeadingStyle  style;
  guint            value;
  const char      *text;
} Counter;

typedef struct
{
  SylImportResult    *result;
  SylImportTextFlags  flags;
  gboolean           *skip;            /* lines that pages took: furniture, contents */
  GArray             *segments;
  gboolean            double_spaced;
  gboolean            broken;
  gboolean            dot_is_path;
  gboolean            numbered;
  gboolean            decoration_at_end;
  guint               path[SYL_IMPORT_MAX_PARTS];
  guint               n_path;
  gboolean            have_path;
  gboolean            other_style;

  /* Placing. */
  SylImportTree       tree;
  GPtrArray          *pending;
  int                 style_levels[SYL_HEADING_N_STYLES];
  int                 path_base;
  gboolean            path_placed;
  Pending            *last;
  Pending            *joinable;
  gboolean            in_notes;
  Counter             counters[SYL_MAX_OUTLINE_DEPTH + 1];
} Reader;

static void
segment_clear (Segment *segment)
{
  g_free (segment->text);
  g_free (segment->number_text);
  g_free (segment->skipped_from);
}

static void
pending_free (Pending *pending)
{
  g_object_unref (pending->node);
  g_string_free (pending->title, TRUE);
  g_string_free (pending->notes, TRUE);
  g_free (pending);
}

/* Pass one: segments. */

/* Whether blank lines mean nothing, because every line is followed by
 * one, as in text from many PDFs; and whether “1.” is a decimal path,
 * because the text also has numbers such as “1.1”. */
static void
survey (Reader  *reader,
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
      if (_syl_import_match_path (p, &number) && number.n_parts >= 2)
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
static gboolean
accept_path (Reader                 *reader,
             const SylHeadingNumber *number,
             char                  **skipped_from)
{
  /* “20美元”: a lone number against a word is a quantity, unless expected. */
  gboolean quantity = number->n_parts == 1 && !number->trailing_dot && number->tight;

  *skipped_from = NULL;
  if (!reader->have_path)
    return number->parts[0] <= MAX_FIRST_NUMBER && !quantity;
  if (is_next (reader, number))
    return TRUE;
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
  SegmentKind kind = read_head (reader, &p, &heading, &skipped);

  for (;;)
    {
      SylHeadingNumber next;
      const char *run = kind == SEGMENT_BULLET ? NULL : find_run (reader, p, &next);
      Segment *segment = add_segment (reader, kind, line_number, indent, p, run);

      segment->break_before = *pending_break;
      segment->decoration_before = *pending_decoration;
      *pending_break = *pending_decoration = FALSE;
      if (kind == SEGMENT_HEADING)
        set_heading (reader, segment, &heading, start, g_steal_pointer (&skipped));
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

static void
read_segments (Reader  *reader,
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

/* The title block: the lines before the first heading, when they are not
 * less indented than it (then they would be its parents), or a banner
 * above a decoration line (“=====”). */
static guint
title_block_end (Reader *reader)
{
  Segment *segments = (Segment *) reader->segments->data;
  guint n = reader->segments->len;
  guint first = 0;

  if (reader->flags & SYL_IMPORT_TEXT_PASTE)
    return 0;
  while (first < n && segments[first].kind == SEGMENT_TEXT)
    first++;

  if (first < n && segments[first].kind == SEGMENT_HEADING)
    {
      for (guint i = 0; i < first; i++)
        if (segments[i].indent < segments[first].indent)
          return 0;
      return first;
    }
  for (guint i = 1; i <= MIN (first, MAX_BANNER_LINES) && i < n; i++)
    if (segments[i].decoration_before)
      return i;
  /* A banner and nothing else: a title for an outline still to write. */
  if (first == n && n <= MAX_BANNER_LINES && reader->decoration_at_end)
    return n;
  return 0;
}

static void
read_title_block (Reader *reader,
                  guint   end)
{
  g_autofree const char **lines = g_new0 (const char *, end + 1);

  for (guint i = 0; i < end; i++)
    {
      lines[i] = g_array_index (reader->segments, Segment, i).text;
      _syl_import_result_mark_line (reader->result, g_array_index (reader->segments, Segment,
                                                                    i).line,
                                    SYL_IMPORT_LINE_TITLE_BLOCK, 0);
    }
  _syl_import_title_block (reader->result, lines, end);
}

/* Pass two: placing. */

static Pending *
new_node (Reader        *reader,
          const Segment *segment)
{
  Pending *pending = g_new0 (Pending, 1);

  pending->node = syl_node_new (SYL_NODE_KIND_SECTION, "");
  pending->title = g_string_new (segment->text);
  pending->notes = g_string_new (NULL);
  pending->number_text = segment->number_text;
  pending->indent = segment->indent;
  g_ptr_array_add (reader->pending, pending);
  reader->last = pending;
  reader->in_notes = FALSE;
  return pending;
}

/* The depth a numbering style seen for the first time nests below: the
 * heading before it, as people nest a new style in Word, or, after a line
 * without a number at the same indentation, that line's parent. */
static guint
context_depth (Reader        *reader,
               const Segment *segment)
{
  for (guint i = reader->tree.open->len; i > 0; i--)
    {
      SylImportOpen *open = &g_array_index (reader->tree.open, SylImportOpen, i - 1);

      if (open->key > segment->indent)
        continue;
      if (!open->heading && open->key == segment->indent)
        return open->depth - 1;
      return open->depth;
    }
  return 0;
}

static guint
heading_level (Reader        *reader,
               const Segment *segment)
{
  const SylHeadingNumber *number = &segment->number;
  int level;

  if (number->style == SYL_HEADING_PATH)
    {
      if (!reader->path_placed)
        {
          reader->path_base = (int) context_depth (reader, segment) + 2 - (int) number->n_parts;
          reader->path_placed = TRUE;
        }
      level = reader->path_base + (int) number->n_parts - 1;
    }
  else
    {
      if (reader->style_levels[number->style] == 0)
        reader->style_levels[number->style] = context_depth (reader, segment) + 1;
      level = reader->style_levels[number->style];
    }
  return (guint) CLAMP (level, 1, SYL_MAX_OUTLINE_DEPTH);
}

/* Warns when “三、” follows “一、” at the same level; decimal paths were
 * checked as they were read. */
static void
check_sequence (Reader        *reader,
                const Segment *segment,
                guint          depth)
{
  Counter *counter = &reader->counters[depth];
  const SylHeadingNumber *number = &segment->number;

  for (guint d = depth + 1; d <= SYL_MAX_OUTLINE_DEPTH; d++)
    reader->counters[d].text = NULL;

  if (segment->skipped_from != NULL)
    /* Translators: both are outline numbers, such as 2.1 and 2.3. */
    _syl_import_result_warn (reader->result, segment->line,
                             _("the numbering skips from %s to %s"),
                             segment->skipped_from, segment->number_text);
  else if (number->style != SYL_HEADING_PATH && counter->text != NULL &&
           counter->style == number->style && number->parts[0] > counter->value + 1)
    _syl_import_result_warn (reader->result, segment->line,
                             _("the numbering skips from %s to %s"),
                             counter->text, segment->number_text);

  counter->style = number->style;
  counter->value = number->parts[0];
  counter->text = segment->number_text;
}

static void
place_heading (Reader        *reader,
               const Segment *segment)
{
  guint level = heading_level (reader, segment);
  Pending *pending = new_node (reader, segment);
  guint depth;

  /* Its parent's level is missing: place it below the deepest open node. */
  if (reader->tree.open->len + 1 < level)
    /* Translators: %s is a heading number, such as 1.1.1 or （一）. */
    _syl_import_result_warn (reader->result, segment->line,
                             _("the level of heading %s is unclear: nothing at level %u comes "
                               "before it; it was placed at level %u"),
                             segment->number_text, level - 1, reader->tree.open->len + 1);

  depth = _syl_import_tree_add (&reader->tree, pending->node, level, segment->indent, TRUE);
  pending->depth = depth;
  _syl_import_result_mark_line (reader->result, segment->line, SYL_IMPORT_LINE_NODE, depth);
  check_sequence (reader, segment, depth);
  reader->joinable = pending;
}

/* A line without a number goes by its indentation: below a line less
 * indented, beside one indented alike.  A list item indented like the
 * heading before it is that heading's child. */
static void
place_by_indent (Reader        *reader,
                 const Segment *segment)
{
  SylImportOpen *top;
  Pending *pending;
  guint depth = 1;
  gboolean closed_deeper = FALSE;

  while ((top = _syl_import_tree_top (&reader->tree)) != NULL && top->key > segment->indent)
    {
      _syl_import_tree_pop (&reader->tree);
      closed_deeper = TRUE;
    }

  if (top != NULL && top->key == segment->indent)
    {
      depth = top->depth;
      if (segment->kind == SEGMENT_BULLET && top->heading)
        depth++;
      else if (reader->numbered && top->heading)
        _syl_import_result_warn (reader->result, segment->line,
                                 _("this line has no number; it was placed after the heading "
                                   "above it, at the same level"));
    }
  else if (top != NULL)
    {
      depth = top->depth + 1;
      if (closed_deeper)
        _syl_import_result_warn (reader->result, segment->line,
                                 _("this line is indented between two levels; it was placed at "
                                   "the deeper one"));
    }

  pending = new_node (reader, segment);
  pending->depth = _syl_import_tree_add (&reader->tree, pending->node, depth, segment->indent,
                                         FALSE);
  _syl_import_result_mark_line (reader->result, segment->line, SYL_IMPORT_LINE_NODE,
                                pending->depth);
  reader->joinable = NULL;
}

static gboolean
ends_sentence (const char *text)
{
  static const char * const ends[] = { "。", "！", "!", "；", ";" };

  if (g_str_has_suffix (text, ".") && !g_str_has_suffix (text, ".."))
    return TRUE;
  if (g_str_has_suffix (text, "。。"))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    if (g_str_has_suffix (text, ends[i]))
      return TRUE;
  return FALSE;
}

/* Prose, as under a heading in a Word file, rather than a title: a long
 * line with sentence punctuation, or a shorter one that ends a sentence. */
static gboolean
is_prose (const char *text)
{
  glong length = g_utf8_strlen (text, -1);
  gboolean inner = strstr (text, "，") || strstr (text, "。") || strstr (text, ", ") ||
                   strstr (text, ". ");

  return (length >= 40 && (inner || ends_sentence (text))) ||
         (length >= 20 && ends_sentence (text));
}

/* Whether @segment is the rest of the title of the heading before it. */
static gboolean
continues_title (Reader        *reader,
                 const Segment *segment)
{
  Pending *heading = reader->joinable;
  glong length;

  /* A PDF's text may indent the rest of a title differently. */
  if (heading == NULL || (segment->indent != heading->indent && !reader->broken))
    return FALSE;
  if (segment->before_run || heading->title->len == 0)
    return TRUE;
  if (segment->break_before)
    return FALSE;
  if (_syl_import_starts_with_closing (segment->text))
    return TRUE;
  length = g_utf8_strlen (heading->title->str, -1) + g_utf8_strlen (segment->text, -1);
  return reader->broken && length <= MAX_TITLE_CHARS && !is_prose (segment->text);
}

/* Text below a node that is not a node of its own: its notes, as
 * Markdown paragraphs.  In text from a PDF, lines of a paragraph are
 * joined as a title's would be. */
static gboolean
add_to_notes (Reader        *reader,
              const Segment *segment)
{
  GString *notes;

  if (!reader->numbered || reader->last == NULL || segment->indent < reader->last->indent)
    return FALSE;
  if (!(reader->in_notes && !segment->break_before) && !is_prose (segment->text))
    return FALSE;

  notes = reader->last->notes;
  if (notes->len > 0 && segment->break_before)
    g_string_append (notes, "\n\n");
  else if (notes->len > 0 && !reader->broken)
    g_string_append_c (notes, '\n');
  _syl_import_join (notes, segment->text);
  _syl_import_result_mark_line (reader->result, segment->line, SYL_IMPORT_LINE_NOTES,
                                reader->last->depth);
  reader->in_notes = TRUE;
  reader->joinable = NULL;
  return TRUE;
}

/* A line that is only a number no heading could have, “12” or “iv”: a
 * page number from a PDF. */
static gboolean
is_page_number (const char *text)
{
  gsize digits = strspn (text, "0123456789");
  gsize roman = strspn (text, "ivxlc");

  return (digits > 0 && digits <= 4 && text[digits] == '\0') ||
         (roman > 0 && roman <= 6 && text[roman] == '\0');
}

/* “可选” or “Optional” alone under a heading: the badge a PDF export sets
 * beside an optional node's title, which text extraction puts below it. */
static gboolean
is_optional_badge (const char *text)
{
  static const char * const badges[] = { "可选", "选学", "选修", "optional" };

  for (guint i = 0; i < G_N_ELEMENTS (badges); i++)
    if (g_ascii_strcasecmp (text, badges[i]) == 0)
      return TRUE;
  return FALSE;
}

static void
place_segment (Reader        *reader,
               const Segment *segment)
{
  switch (segment->kind)
    {
    case SEGMENT_HEADING:
      place_heading (reader, segment);
      break;
    case SEGMENT_BULLET:
      place_by_indent (reader, segment);
      break;
    case SEGMENT_TEXT:
    default:
      if (reader->numbered && is_page_number (segment->text))
        {
          _syl_import_result_warn (reader->result, segment->line,
                                   _("a number alone on its line, taken for a page number, was "
                                     "left out"));
          _syl_import_result_mark_line (reader->result, segment->line,
                                        SYL_IMPORT_LINE_FURNITURE, 0);
        }
      else if (reader->joinable != NULL && is_optional_badge (segment->text))
        {
          /* The marker that finish_node() takes out again, making the node
           * optional. */
          g_string_append (reader->joinable->title, "（可选）");
          _syl_import_result_mark_line (reader->result, segment->line,
                                        SYL_IMPORT_LINE_CONTINUATION, reader->joinable->depth);
        }
      else if (continues_title (reader, segment))
        {
          _syl_import_join (reader->joinable->title, segment->text);
          /* A line that continues a title and starts another is a node's. */
          if (_syl_import_result_get_mark (reader->result, segment->line) !=
              SYL_IMPORT_LINE_NODE)
            _syl_import_result_mark_line (reader->result, segment->line,
                                          SYL_IMPORT_LINE_CONTINUATION, reader->joinable->depth);
        }
      else if (!add_to_notes (reader, segment))
        place_by_indent (reader, segment);
      break;
    }
}

/* Takes the markers out of a title; a title that was nothing but its
 * number, as “第一节” alone on a line, keeps the number. */
static void
finish_node (Pending *pending)
{
  SylNodeKind kind = SYL_NODE_KIND_SECTION;
  gboolean optional = FALSE;
  g_autofree char *title = _syl_import_take_markers (pending->title->str, &kind, &optional);

  if (*title == '\0' && pending->title->len == 0 && pending->number_text != NULL)
    {
      g_free (title);
      title = g_strdup (pending->number_text);
    }
  g_object_set (pending->node,
                "title", title,
                "kind", kind,
                "optional", optional,
                "notes", pending->notes->str,
                NULL);
}

/**
 * _syl_import_text:
 * @flags: %SYL_IMPORT_TEXT_PASTE for text pasted into an outline
 *
 * Reads an outline from plain text: numbered headings, Chinese numbering
 * of every common style, indentation, bullets, broken and run-together
 * lines from PDFs, a title block, and prose under headings as notes.
 */
void
_syl_import_text (SylImportResult    *result,
                  const char         *text,
                  SylImportTextFlags  flags)
{
  Reader reader = { result, flags };
  g_autofree char *copy = g_strdup (text);
  g_autofree char **lines = NULL;
  g_autofree gboolean *skip = NULL;
  g_autoptr(GPtrArray) owned = NULL;
  guint n_lines, title_end;

  reader.segments = g_array_new (FALSE, TRUE, sizeof (Segment));
  g_array_set_clear_func (reader.segments, (GDestroyNotify) segment_clear);
  reader.pending = g_ptr_array_new_with_free_func ((GDestroyNotify) pending_free);
  _syl_import_tree_init (&reader.tree, result);

  _syl_import_result_begin_lines (result, text);
  lines = _syl_import_split_lines (copy, &n_lines);
  reader.skip = skip = g_new0 (gboolean, n_lines);
  owned = _syl_import_read_pages (result, lines, n_lines, skip);
  survey (&reader, lines, n_lines);
  read_segments (&reader, lines, n_lines);

  for (guint i = 0; i < reader.segments->len && !reader.numbered; i++)
    reader.numbered = g_array_index (reader.segments, Segment, i).kind == SEGMENT_HEADING;
  title_end = title_block_end (&reader);
  read_title_block (&reader, title_end);
  /* Reading the lines into segments takes about half the time. */
  for (guint i = title_end; i < reader.segments->len &&
       _syl_import_result_go_on (result, 0.5 + 0.5 * i / reader.segments->len); i++)
    place_segment (&reader, &g_array_index (reader.segments, Segment, i));
  for (guint i = 0; i < reader.pending->len; i++)
    finish_node (g_ptr_array_index (reader.pending, i));

  _syl_import_tree_clear (&reader.tree);
  g_ptr_array_unref (reader.pending);
  g_array_unref (reader.segments);
}
