/* syl-import-text.c: outlines from plain text
 *
 * Text as people really have it: typed in an editor, saved from Word, or
 * pulled out of a PDF, where headings break across lines and several run
 * together on one (“态”？ 1.2 大模型带来了什”).  First the pages are
 * read (syl-import-pages.c: furniture, contents page, hyphenation); then
 * reading happens in two passes.  The first, in
 * syl-import-text-segments.c, cuts the lines into segments, each a
 * heading with its number, a list item or plain text.  The second, here,
 * places the segments in a tree: headings by their numbers, other lines
 * by their indentation, and joins the pieces of broken titles.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "syl-import-text-private.h"

/* A title this long is a paragraph, not a broken title. */
#define MAX_TITLE_CHARS 100
/* How many lines a banner above a decoration line may have. */
#define MAX_BANNER_LINES 5

typedef SylImportSegmentKind SegmentKind;
typedef SylImportSegment Segment;
typedef SylImportPending Pending;
typedef SylImportCounter Counter;
typedef SylImportTextReader Reader;

static void
pending_free (Pending *pending)
{
  g_object_unref (pending->node);
  g_string_free (pending->title, TRUE);
  g_string_free (pending->notes, TRUE);
  g_ptr_array_unref (pending->objectives);
  g_free (pending);
}

/* The level a repeated contents page gives a line without a number that
 * is one of its entries, or 0. */
static guint
contents_level (Reader        *reader,
                const Segment *segment)
{
  g_autofree char *key = NULL;

  if (reader->contents_levels == NULL || segment->kind != SEGMENT_TEXT)
    return 0;
  key = _syl_import_contents_key (segment->text);
  return GPOINTER_TO_UINT (g_hash_table_lookup (reader->contents_levels, key));
}

static gboolean
has_hint (Reader        *reader,
          const Segment *segment,
          SylImportHint  hint)
{
  return segment->line >= 1 && segment->line <= reader->n_hints &&
         reader->hints[segment->line - 1] == hint;
}

/* Whether the text sets anything apart by blank lines. */
static gboolean
has_breaks (Reader *reader)
{
  for (guint i = 0; i < reader->segments->len; i++)
    if (g_array_index (reader->segments, Segment, i).break_before)
      return TRUE;
  return FALSE;
}

/* Sections that open a course without a number. */
static gboolean
names_section (const char *text)
{
  static const char * const words[] = {
    "introduction", "overview", "preface", "foreword", "prologue", "orientation", "前言",
    "导论", "引言", "绪论", "概述", "序言", "简介", "导言", "序",
  };
  g_autofree char *stripped = _syl_import_strip (text, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_ascii_strcasecmp (stripped, words[i]) == 0)
      return TRUE;
  return FALSE;
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
  /* “课程目标” names a part of the course, and ends the title block. */
  while (first < n && segments[first].kind == SEGMENT_TEXT &&
         contents_level (reader, &segments[first]) == 0 &&
         _syl_import_heading_label (segments[first].text) == SYL_IMPORT_LABEL_NONE)
    first++;

  if (first < n && segments[first].kind != SEGMENT_BULLET)
    {
      for (guint i = 0; i < first; i++)
        if (segments[i].indent < segments[first].indent)
          return 0;
      /* “Introduction” over “Chapter 1”: one line that names a section,
       * or runs straight into the first heading, is the first node.  A
       * title is set apart by a blank line (where blank lines mean
       * something: text from Word has none), a decoration, a subtitle or
       * a byline. */
      if (first == 1 && !segments[1].decoration_before &&
          ((!segments[1].break_before && !reader->double_spaced && has_breaks (reader)) ||
           names_section (segments[0].text)))
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

/* The title block as the text shows it; failing that, a PDF's title,
 * larger than its headings, is one even where nothing else sets it
 * apart, as over headings without numbers. */
static guint
title_block_or_title (Reader *reader)
{
  guint end = title_block_end (reader);

  while (end < reader->segments->len &&
         has_hint (reader, &g_array_index (reader->segments, Segment, end),
                   SYL_IMPORT_HINT_TITLE))
    end++;
  return end;
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

SylImportPending *
_syl_import_text_new_node (SylImportTextReader    *reader,
                           const SylImportSegment *segment)
{
  Pending *pending = g_new0 (Pending, 1);

  pending->node = syl_node_new (SYL_NODE_KIND_SECTION, "");
  pending->title = g_string_new (segment->text);
  pending->notes = g_string_new (NULL);
  pending->objectives = g_ptr_array_new_with_free_func (g_free);
  pending->number_text = segment->number_text;
  pending->indent = segment->indent;
  g_ptr_array_add (reader->pending, pending);
  reader->last = pending;
  reader->wrappable = pending;
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
      /* A new list finds its level anew, from where it stands. */
      if (segment->restart)
        reader->path_placed = FALSE;
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
  Pending *pending = _syl_import_text_new_node (reader, segment);
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
  reader->last_heading = pending;
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

  pending = _syl_import_text_new_node (reader, segment);
  pending->depth = _syl_import_tree_add (&reader->tree, pending->node, depth, segment->indent,
                                         FALSE);
  _syl_import_result_mark_line (reader->result, segment->line, SYL_IMPORT_LINE_NODE,
                                pending->depth);
  reader->joinable = NULL;
}

/* Whether @segment completes the title of @heading as a repeated
 * contents page has it, where the body's heading wrapped but its entry
 * did not: “第八章 Deployment fine-tuning networks” / “training”. */
static gboolean
completes_entry (Reader        *reader,
                 Pending       *heading,
                 const Segment *segment)
{
  g_autoptr(GString) joined = NULL;
  g_autofree char *key = NULL;
  g_autofree char *own_key = NULL;

  if (reader->contents_levels == NULL || segment->kind != SEGMENT_TEXT)
    return FALSE;
  own_key = _syl_import_contents_key (heading->title->str);
  if (g_hash_table_contains (reader->contents_levels, own_key))
    return FALSE;
  joined = g_string_new (heading->title->str);
  _syl_import_join (joined, segment->text);
  key = _syl_import_contents_key (joined->str);
  return g_hash_table_contains (reader->contents_levels, key);
}

/* Whether @segment is the rest of the title of the heading before it. */
static gboolean
continues_title (Reader        *reader,
                 const Segment *segment)
{
  Pending *heading = reader->joinable;
  glong length;

  if (heading != NULL && completes_entry (reader, heading, segment))
    return TRUE;
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
  return reader->broken && length <= MAX_TITLE_CHARS && !_syl_import_is_prose (segment->text);
}

/* “1. The history of”, a blank line, “computing”: a title that a blank
 * line broke, as pasting from Word or a PDF does.  The rest starts with a
 * lowercase letter, the title before it ends no clause, and the rest is
 * short and ends no sentence: a paragraph of notes would. */
static gboolean
wraps_across_blank (Reader        *reader,
                    const Segment *segment)
{
  Pending *node = reader->wrappable;
  gsize length;

  if (node == NULL || !segment->break_before || segment->indent < node->indent ||
      !g_ascii_islower (*segment->text) || g_utf8_strlen (segment->text, -1) > 60 ||
      _syl_import_ends_sentence (segment->text))
    return FALSE;
  length = node->title->len;
  return length > 0 && strchr (".!?:;", node->title->str[length - 1]) == NULL;
}

/* Whether the PDF's layout says @segment is body text, in the body's font:
 * then it is notes, whatever it looks like. */
static gboolean
is_body (Reader        *reader,
         const Segment *segment)
{
  return has_hint (reader, segment, SYL_IMPORT_HINT_BODY);
}

/* Whether the PDF's layout says @segment is a line of its own, body text
 * or a list item, which goes on with no title before it. */
static gboolean
stands_alone (Reader        *reader,
              const Segment *segment)
{
  return is_body (reader, segment) || has_hint (reader, segment, SYL_IMPORT_HINT_ITEM);
}

/* Text below a node that is not a node of its own: its notes, as
 * Markdown paragraphs.  In text from a PDF, lines of a paragraph are
 * joined as a title's would be. */
static gboolean
add_to_notes (Reader        *reader,
              const Segment *segment)
{
  gboolean body = is_body (reader, segment);
  GString *notes;

  if (reader->last == NULL || has_hint (reader, segment, SYL_IMPORT_HINT_ITEM))
    return FALSE;
  if (!body && (!reader->numbered || segment->indent < reader->last->indent))
    return FALSE;
  if (!body && !(reader->in_notes && !segment->break_before) && !_syl_import_is_prose (segment->text))
    return FALSE;

  notes = reader->last->notes;
  if (segment->kind == SEGMENT_BULLET)
    {
      /* A list in the body of a PDF: a Markdown list in the notes. */
      g_string_append (notes, notes->len > 0 ? "\n- " : "- ");
      g_string_append (notes, segment->text);
      _syl_import_result_mark_line (reader->result, segment->line, SYL_IMPORT_LINE_NOTES,
                                    reader->last->depth);
      reader->in_notes = TRUE;
      reader->joinable = NULL;
      return TRUE;
    }
  /* A PDF's layout gives each paragraph of its body a line of its own,
   * its wrapped lines joined: each is a paragraph of the notes. */
  if (notes->len > 0 &&
      (segment->break_before || (body && segment->line != reader->notes_line)))
    g_string_append (notes, "\n\n");
  else if (notes->len > 0 && !reader->broken)
    g_string_append_c (notes, '\n');
  reader->notes_line = segment->line;
  _syl_import_join (notes, segment->text);
  _syl_import_result_mark_line (reader->result, segment->line, SYL_IMPORT_LINE_NOTES,
                                reader->last->depth);
  reader->in_notes = TRUE;
  reader->wrappable = NULL;
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

/* “重点：” as the heading of a paragraph: without its colon. */
static char *
strip_colon (char *text)
{
  if (g_str_has_suffix (text, "："))
    text[strlen (text) - strlen ("：")] = '\0';
  else if (g_str_has_suffix (text, ":"))
    text[strlen (text) - 1] = '\0';
  return text;
}

static void
add_to_label (Reader     *reader,
              const char *text,
              guint       line)
{
  Pending *owner = reader->label_owner;
  const char *item = _syl_import_skip_number (text);

  if (*item == '\0')
    return;
  if (reader->label == SYL_IMPORT_LABEL_OBJECTIVES)
    g_ptr_array_add (owner->objectives, g_strdup (item));
  else
    g_string_append_printf (owner->notes, "\n- %s", item);
  _syl_import_result_mark_line (reader->result, line,
                                reader->label == SYL_IMPORT_LABEL_OBJECTIVES ?
                                SYL_IMPORT_LINE_OBJECTIVES : SYL_IMPORT_LINE_NOTES, owner->depth);
}

/* Lines under a label such as “学习目标” or “Key points” are no nodes:
 * they are the objectives or notes of the node above the label, up to
 * the next heading or a line that is no more indented than the label and
 * is no list item.  Returns whether @segment was taken so. */
static gboolean
take_label (Reader        *reader,
            const Segment *segment)
{
  const char *rest;
  SylImportLabel label;

  if (segment->kind == SEGMENT_HEADING)
    reader->label = SYL_IMPORT_LABEL_NONE;
  /* “1.2” alone, “Goals” below: the title of the heading, not a label. */
  else if (segment->kind == SEGMENT_TEXT && reader->last != NULL &&
           !(reader->joinable != NULL && reader->joinable->title->len == 0) &&
           (label = _syl_import_line_label (segment->text, &rest)) != SYL_IMPORT_LABEL_NONE &&
           label != SYL_IMPORT_LABEL_CONTENTS)
    {
      g_autofree char *heading = g_strndup (segment->text, rest - segment->text);

      reader->label = label;
      reader->label_owner = reader->joinable != NULL ? reader->joinable : reader->last;
      reader->label_indent = segment->indent;
      reader->joinable = NULL;
      if (label == SYL_IMPORT_LABEL_NOTES)
        g_string_append_printf (reader->label_owner->notes, "%s**%s**\n",
                                reader->label_owner->notes->len > 0 ? "\n\n" : "",
                                strip_colon (g_strstrip (heading)));
      _syl_import_result_mark_line (reader->result, segment->line, SYL_IMPORT_LINE_LABEL,
                                    reader->label_owner->depth);
      add_to_label (reader, rest, segment->line);
      return TRUE;
    }
  else if (reader->label != SYL_IMPORT_LABEL_NONE &&
           (segment->kind == SEGMENT_BULLET || segment->indent > reader->label_indent ||
            _syl_import_skip_number (segment->text) != segment->text))
    {
      add_to_label (reader, segment->text, segment->line);
      return TRUE;
    }
  reader->label = SYL_IMPORT_LABEL_NONE;
  return FALSE;
}

/* A list under a numbered heading: items below it, or, when the caller
 * chose so, a list in its notes. */
static gboolean
add_bullet_to_notes (Reader        *reader,
                     const Segment *segment)
{
  Pending *owner = reader->last_heading;

  if (!reader->numbered || owner == NULL)
    return FALSE;
  reader->had_list = TRUE;
  if (!reader->lists_are_notes)
    return FALSE;
  g_string_append_printf (owner->notes, "%s- %s", owner->notes->len > 0 ? "\n" : "",
                          segment->text);
  _syl_import_result_mark_line (reader->result, segment->line, SYL_IMPORT_LINE_NOTES,
                                owner->depth);
  reader->joinable = NULL;
  return TRUE;
}

/* “Drafting” in a body whose contents page has it as a chapter: a heading
 * at the level the contents page gives it. */
static gboolean
place_from_contents (Reader        *reader,
                     const Segment *segment)
{
  guint level = contents_level (reader, segment);
  Pending *pending;

  if (level == 0)
    return FALSE;
  pending = _syl_import_text_new_node (reader, segment);
  pending->depth = _syl_import_tree_add (&reader->tree, pending->node,
                                         MIN (level, reader->tree.open->len + 1),
                                         segment->indent, TRUE);
  _syl_import_result_mark_line (reader->result, segment->line, SYL_IMPORT_LINE_NODE,
                                pending->depth);
  reader->joinable = pending;
  reader->last_heading = pending;
  return TRUE;
}

static void
place_segment (Reader        *reader,
               const Segment *segment)
{
  if (segment->part)
    {
      _syl_import_text_place_part (reader, segment);
      return;
    }
  if (segment->activity)
    {
      _syl_import_text_place_activity (reader, segment);
      return;
    }
  if (take_label (reader, segment) || place_from_contents (reader, segment) ||
      _syl_import_text_place_lead_in (reader, segment))
    return;
  switch (segment->kind)
    {
    case SEGMENT_HEADING:
      place_heading (reader, segment);
      break;
    case SEGMENT_BULLET:
      if (!(is_body (reader, segment) && add_to_notes (reader, segment)) &&
          !add_bullet_to_notes (reader, segment))
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
      else if (!stands_alone (reader, segment) && wraps_across_blank (reader, segment))
        {
          _syl_import_join (reader->wrappable->title, segment->text);
          _syl_import_result_mark_line (reader->result, segment->line,
                                        SYL_IMPORT_LINE_CONTINUATION, reader->wrappable->depth);
        }
      else if (!stands_alone (reader, segment) && continues_title (reader, segment))
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
  g_ptr_array_add (pending->objectives, NULL);
  g_object_set (pending->node,
                "title", title,
                "kind", kind,
                "optional", optional,
                "notes", pending->notes->str,
                "objectives", pending->objectives->pdata,
                NULL);
}

/* The report: a line that syl-import-pages.c joined to the one before it
 * (“infor-” / “mation”) became what that line became. */
static void
follow_joined_lines (Reader *reader,
                     guint   n_lines)
{
  guint owner = 0;

  for (guint i = 0; i < n_lines; i++)
    {
      if (!reader->skip[i])
        owner = i + 1;
      else if (owner > 0 &&
               _syl_import_result_get_mark (reader->result, i + 1) == SYL_IMPORT_LINE_CONTINUATION)
        _syl_import_result_follow_mark (reader->result, owner, i + 1);
    }
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
  _syl_import_text_with_hints (result, text, flags, NULL, 0);
}

/**
 * _syl_import_text_with_hints:
 * @hints: (array length=n_hints) (nullable): a #SylImportHint for each line
 *   of @text, from the first; lines beyond have none
 *
 * _syl_import_text() for text made from a PDF's layout, which knows
 * things the text alone does not tell (syl-import-pdf-text.c).
 */
void
_syl_import_text_with_hints (SylImportResult    *result,
                             const char         *text,
                             SylImportTextFlags  flags,
                             const guint8       *hints,
                             guint               n_hints)
{
  Reader reader = { result, flags };
  g_autofree char *copy = g_strdup (text);
  g_autofree char **lines = NULL;
  g_autofree gboolean *skip = NULL;
  g_autoptr(GPtrArray) owned = NULL;
  guint n_lines, title_end;

  reader.hints = hints;
  reader.n_hints = n_hints;
  reader.segments = g_array_new (FALSE, TRUE, sizeof (Segment));
  g_array_set_clear_func (reader.segments, (GDestroyNotify) _syl_import_text_segment_clear);
  reader.pending = g_ptr_array_new_with_free_func ((GDestroyNotify) pending_free);
  reader.lists_are_notes = _syl_import_result_get_lists_option (result) == SYL_IMPORT_LISTS_NOTES;
  _syl_import_tree_init (&reader.tree, result);

  _syl_import_result_begin_lines (result, text);
  _syl_import_fold_radicals (copy);
  lines = _syl_import_split_lines (copy, &n_lines);
  reader.skip = skip = g_new0 (gboolean, n_lines);
  owned = _syl_import_read_pages (result, lines, n_lines, skip, &reader.contents_levels);
  _syl_import_text_survey (&reader, lines, n_lines);
  _syl_import_text_read_segments (&reader, lines, n_lines);

  for (guint i = 0; i < reader.segments->len && !reader.numbered; i++)
    reader.numbered = g_array_index (reader.segments, Segment, i).kind == SEGMENT_HEADING ||
                      contents_level (&reader, &g_array_index (reader.segments, Segment, i)) > 0;
  _syl_import_text_find_parts (&reader);
  /* A document divided into parts opens with its first part's name. */
  title_end = title_block_or_title (&reader);
  if (reader.has_parts)
    title_end = MIN (title_end, reader.first_part);
  read_title_block (&reader, title_end);
  /* Reading the lines into segments takes about half the time. */
  for (guint i = title_end; i < reader.segments->len &&
       _syl_import_result_go_on (result, 0.5 + 0.5 * i / reader.segments->len); i++)
    place_segment (&reader, &g_array_index (reader.segments, Segment, i));
  for (guint i = 0; i < reader.pending->len; i++)
    finish_node (g_ptr_array_index (reader.pending, i));
  follow_joined_lines (&reader, n_lines);
  /* Lists under numbered headings are items unless the caller says. */
  _syl_import_result_set_lists (result, !reader.had_list ? SYL_IMPORT_LISTS_AUTO :
                                reader.lists_are_notes ? SYL_IMPORT_LISTS_NOTES
                                                       : SYL_IMPORT_LISTS_SECTIONS,
                                reader.had_list);

  g_clear_pointer (&reader.contents_levels, g_hash_table_unref);
  _syl_import_tree_clear (&reader.tree);
  g_ptr_array_unref (reader.pending);
  g_array_unref (reader.segments);
}
