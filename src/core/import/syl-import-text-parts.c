/* syl-import-text-parts.c: lines without numbers that divide a numbered
 * outline into parts, and activities that recur between its items
 *
 * A training institute's course plan, typed in Word or as text, often
 * numbers its topics straight through and names its parts on lines of
 * their own, with no number:
 *
 *     Core Python
 *     1. Origin of Python
 *     …
 *     17. Type conversions
 *     Assignment - 1
 *     18. Introduction to Data Structures
 *     …
 *     Advanced Python
 *     30. File Handling
 *
 * The opening line is not the course's title there but its first part,
 * since other lines like it divide the topics further on; and the
 * numbered lines that name the same activity again and again
 * ("Assignment - 1", "Assignment - 2", "Quiz 3") are items of the topics'
 * level, not parts, wherever they stand, even after a topic's lettered
 * items.  Counted lines that open the topics instead ("Week 1" right
 * before "1.", "Week 2" before "3.") are parts.  This pass finds all of
 * them before the lines are placed; the text
 * importer places a part as a heading one level above the topics, and an
 * activity at the topics' level.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-import-text-private.h"

/* A part's name is a title, not a sentence: this many characters at most. */
#define MAX_PART_CHARS 60

/* Whether @segment could name a part: a short line without a number that
 * ends no sentence and names no part of a section ("Objectives"). */
static gboolean
is_title_line (const SylImportSegment *segment)
{
  const char *text = segment->text;
  gsize length;

  if (segment->kind != SEGMENT_TEXT || text == NULL || *text == '\0')
    return FALSE;
  length = strlen (text);
  if (g_utf8_strlen (text, -1) > MAX_PART_CHARS || strchr (".:;,!?", text[length - 1]) != NULL)
    return FALSE;
  if (g_str_has_suffix (text, "。") || g_str_has_suffix (text, "：") ||
      g_str_has_suffix (text, "；") || g_str_has_suffix (text, "，"))
    return FALSE;
  return _syl_import_heading_label (text) == SYL_IMPORT_LABEL_NONE &&
         !_syl_import_reads_as_prose (text);
}

/* The name of the activity that @text counts, "assignment" for
 * "Assignment – 3" or "作业" for "作业 3", or %NULL when it ends in no
 * count.  The name is the run of letters the line starts with: what
 * stands between it and the count varies, a hyphen, a dash, perhaps
 * mangled by a wrong encoding ("â€“"), but something does. */
static char *
activity_stem (const char *text)
{
  const char *end = text + strlen (text);
  const char *p = text;

  if (end == text || !g_ascii_isdigit (end[-1]))
    return NULL;
  while (*p != '\0' && g_unichar_isalpha (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  /* Something stands between the name and the count: "GPT3" names a
   * model, and "GPT3" twice is no activity. */
  if (p == text || g_ascii_isdigit (*p))
    return NULL;
  return g_utf8_casefold (text, p - text);
}

/* The numbering style of the topics: that of the first numbered line. */
static const SylImportSegment *
first_heading (SylImportTextReader *reader,
               guint               *index)
{
  for (guint i = 0; i < reader->segments->len; i++)
    {
      const SylImportSegment *segment = &g_array_index (reader->segments, SylImportSegment, i);

      if (segment->kind == SEGMENT_HEADING)
        {
          *index = i;
          return segment;
        }
    }
  return NULL;
}

static gboolean
is_topic (const SylImportSegment *segment,
          const SylImportSegment *first)
{
  return segment->kind == SEGMENT_HEADING && segment->number.style == first->number.style &&
         segment->number.n_parts == first->number.n_parts && segment->indent <= first->indent;
}

/* Marks the lines that count an activity named on two lines or more. */
static void
mark_activities (SylImportTextReader    *reader,
                 const SylImportSegment *first)
{
  g_autoptr(GHashTable) counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint i = 0; i < reader->segments->len; i++)
    {
      SylImportSegment *segment = &g_array_index (reader->segments, SylImportSegment, i);
      char *stem;

      if (!is_title_line (segment) || segment->indent > first->indent || segment->before_run ||
          (stem = activity_stem (segment->text)) == NULL)
        continue;
      g_hash_table_insert (counts, stem,
                           GUINT_TO_POINTER (GPOINTER_TO_UINT (g_hash_table_lookup (counts, stem)) + 1));
    }
  for (guint i = 0; i < reader->segments->len; i++)
    {
      SylImportSegment *segment = &g_array_index (reader->segments, SylImportSegment, i);
      g_autofree char *stem = NULL;

      if (!is_title_line (segment) || segment->indent > first->indent || segment->before_run ||
          (stem = activity_stem (segment->text)) == NULL)
        continue;
      segment->activity = GPOINTER_TO_UINT (g_hash_table_lookup (counts, stem)) >= 2;
    }
}

/* Whether the line at @index leads into the next topic, perhaps past an
 * activity or another part line before it. */
static gboolean
leads_to_topic (SylImportTextReader    *reader,
                guint                   index,
                const SylImportSegment *first)
{
  for (guint i = index + 1; i < reader->segments->len; i++)
    {
      const SylImportSegment *next = &g_array_index (reader->segments, SylImportSegment, i);

      if (is_topic (next, first))
        return TRUE;
      if (!is_title_line (next) || next->activity)
        return FALSE;
    }
  return FALSE;
}

/* "Week 1" right before the first topic, "Week 2" further on: the
 * counted lines are not activities that close a block of topics but the
 * parts that open them.  Returns whether they are. */
static gboolean
counted_parts (SylImportTextReader *reader,
               guint                first_index)
{
  SylImportSegment *opening = &g_array_index (reader->segments, SylImportSegment, first_index - 1);
  g_autofree char *stem = NULL;

  if (!opening->activity || (stem = activity_stem (opening->text)) == NULL)
    return FALSE;
  for (guint i = first_index - 1; i < reader->segments->len; i++)
    {
      SylImportSegment *segment = &g_array_index (reader->segments, SylImportSegment, i);
      g_autofree char *other = NULL;

      if (!segment->activity || (other = activity_stem (segment->text)) == NULL ||
          strcmp (other, stem) != 0)
        continue;
      segment->activity = FALSE;
      segment->part = TRUE;
    }
  reader->has_parts = TRUE;
  reader->first_part = first_index - 1;
  return TRUE;
}

/* How many lines read @text, letter case aside. */
static guint
count_lines (SylImportTextReader *reader,
             const char          *text)
{
  guint n = 0;

  for (guint i = 0; i < reader->segments->len; i++)
    {
      const SylImportSegment *segment = &g_array_index (reader->segments, SylImportSegment, i);

      n += segment->text != NULL && g_ascii_strcasecmp (segment->text, text) == 0;
    }
  return n;
}

/**
 * _syl_import_text_find_parts:
 *
 * Marks the segments that name parts and activities (see above).  A
 * document has parts only when it opens with one, right before its first
 * topic, and names another further on: then the opening line is no title.
 * Activities are found in any numbered outline.
 */
void
_syl_import_text_find_parts (SylImportTextReader *reader)
{
  g_autoptr(GArray) parts = g_array_new (FALSE, FALSE, sizeof (guint));
  const SylImportSegment *first;
  guint first_index = 0;

  if ((reader->flags & SYL_IMPORT_TEXT_PASTE) || !reader->numbered)
    return;
  first = first_heading (reader, &first_index);
  if (first == NULL)
    return;
  reader->topic_style = first->number.style;
  mark_activities (reader, first);
  if (first_index > 0 && counted_parts (reader, first_index))
    return;
  if (first_index != 1)
    return;

  for (guint i = 0; i < reader->segments->len; i++)
    {
      const SylImportSegment *segment = &g_array_index (reader->segments, SylImportSegment, i);

      if (is_title_line (segment) && !segment->activity && segment->indent <= first->indent &&
          leads_to_topic (reader, i, first))
        g_array_append_val (parts, i);
    }
  /* Parts have names of their own: a line that comes back as it is
   * ("Exercises" after every chapter, a running header) names none. */
  for (guint i = 0; i < parts->len; i++)
    {
      const char *text = g_array_index (reader->segments, SylImportSegment,
                                        g_array_index (parts, guint, i)).text;

      if (count_lines (reader, text) > 1)
        return;
    }
  if (parts->len < 2 || g_array_index (parts, guint, 0) != 0)
    return;
  for (guint i = 0; i < parts->len; i++)
    g_array_index (reader->segments, SylImportSegment, g_array_index (parts, guint, i)).part = TRUE;
  reader->has_parts = TRUE;
  reader->first_part = 0;
}

/* Placing: syl-import-text.c calls these for the segments marked above,
 * and for a line that leads into the outline. */

/* “Course Outline:” right before numbered headings, after lines that
 * were no headings (a syllabus's fields, its objectives): it leads into
 * the outline and is none of its nodes.  It goes to the notes of the node
 * before it, and the lines before it that became nodes by their
 * indentation alone close, so that the outline starts at the top.
 * Numbered headings before it keep what follows below them. */
gboolean
_syl_import_text_place_lead_in (SylImportTextReader    *reader,
                                const SylImportSegment *segment)
{
  SylImportOpen *top;
  const SylImportSegment *next = segment + 1;
  const SylImportSegment *end = &g_array_index (reader->segments, SylImportSegment,
                                                reader->segments->len);
  gsize length = strlen (segment->text);

  if (segment->kind != SEGMENT_TEXT || reader->last == NULL || next >= end ||
      next->kind != SEGMENT_HEADING || next->indent < segment->indent || length == 0 ||
      segment->text[length - 1] != ':' || g_utf8_strlen (segment->text, -1) > 40)
    return FALSE;
  for (guint i = 0; i < reader->tree.open->len; i++)
    if (g_array_index (reader->tree.open, SylImportOpen, i).heading)
      return FALSE;
  while ((top = _syl_import_tree_top (&reader->tree)) != NULL && top->key >= segment->indent)
    _syl_import_tree_pop (&reader->tree);
  /* The outline's numbers find their level anew, from the top, though a
   * list numbered alike came before. */
  reader->style_levels[next->number.style] = 0;
  reader->path_placed = FALSE;
  if (reader->last->notes->len > 0)
    g_string_append (reader->last->notes, "\n\n");
  g_string_append (reader->last->notes, segment->text);
  _syl_import_result_mark_line (reader->result, segment->line, SYL_IMPORT_LINE_NOTES,
                                reader->last->depth);
  reader->joinable = NULL;
  reader->in_notes = FALSE;
  return TRUE;
}

/* A line that names a part of a numbered outline: a heading one level
 * above the topics (see syl-import-text-parts.c). */
void
_syl_import_text_place_part (SylImportTextReader    *reader,
                             const SylImportSegment *segment)
{
  SylImportPending *pending = _syl_import_text_new_node (reader, segment);

  pending->depth = _syl_import_tree_add (&reader->tree, pending->node, 1, segment->indent, TRUE);
  _syl_import_result_mark_line (reader->result, segment->line, SYL_IMPORT_LINE_NODE,
                                pending->depth);
  reader->joinable = NULL;
  reader->last_heading = pending;
}

/* "Assignment - 2" between topics: an item at the topics' level, even
 * after a topic's own items. */
void
_syl_import_text_place_activity (SylImportTextReader    *reader,
                                 const SylImportSegment *segment)
{
  int level = reader->style_levels[reader->topic_style];
  SylImportPending *pending = _syl_import_text_new_node (reader, segment);

  if (level == 0)
    level = reader->has_parts ? 2 : 1;
  pending->depth = _syl_import_tree_add (&reader->tree, pending->node,
                                         MIN ((guint) level, reader->tree.open->len + 1),
                                         segment->indent, FALSE);
  _syl_import_result_mark_line (reader->result, segment->line, SYL_IMPORT_LINE_NODE,
                                pending->depth);
  reader->joinable = NULL;
}
