/* syl-import-text-private.h: what the two passes of the text importer share
 *
 * syl-import-text-segments.c cuts the lines into segments (pass one);
 * syl-import-text.c places them in a tree (pass two).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-import-private.h"

G_BEGIN_DECLS

typedef enum
{
  SEGMENT_TEXT,
  SEGMENT_BULLET,
  SEGMENT_HEADING,
} SylImportSegmentKind;

typedef struct
{
  SylImportSegmentKind kind;
  guint             line;
  guint             indent;
  SylHeadingNumber  number;
  char             *text;            /* after the number or bullet */
  char             *number_text;     /* the number as written */
  char             *skipped_from;    /* the number before one that skips */
  gboolean          before_run;      /* a heading follows on its line */
  gboolean          break_before;    /* a blank line before it means something */
  gboolean          decoration_before;
  gboolean          part;            /* names a part of a numbered outline */
  gboolean          activity;        /* "Assignment - 2": at the topics' level */
  gboolean          restart;         /* "1." again: a new flat list */
} SylImportSegment;

typedef struct
{
  SylNode     *node;
  GString     *title;
  GString     *notes;
  const char  *number_text;
  guint        indent;
  guint        depth;
  GPtrArray   *objectives;
} SylImportPending;

typedef struct
{
  SylHeadingStyle  style;
  guint            value;
  const char      *text;
} SylImportCounter;

typedef struct
{
  SylImportResult    *result;
  SylImportTextFlags  flags;
  gboolean           *skip;
  GHashTable         *contents_levels; /* a repeated contents page's levels */            /* lines that pages took: furniture, contents */
  GArray             *segments;
  gboolean            double_spaced;
  gboolean            broken;
  gboolean            dot_is_path;
  gboolean            numbered;
  gboolean            decoration_at_end;
  guint               path[SYL_IMPORT_MAX_PARTS];
  guint               n_path;
  gboolean            have_path;
  gboolean            path_dot;        /* the last number was written “4.” */
  gboolean            other_style;
  gboolean            label_list;      /* after “学习目标”, “1.” is an item */
  gboolean            has_parts;       /* see syl-import-text-parts.c */
  guint               first_part;      /* the segment of the first part */
  gboolean            restart;         /* the heading read restarts a flat list */
  SylHeadingStyle     topic_style;     /* the numbering of the topics there */

  /* Placing. */
  SylImportTree       tree;
  GPtrArray          *pending;
  int                 style_levels[SYL_HEADING_N_STYLES];
  int                 path_base;
  gboolean            path_placed;
  SylImportPending   *last;
  SylImportPending   *joinable;
  gboolean            in_notes;
  SylImportPending   *last_heading;
  SylImportPending   *wrappable;       /* the node a wrapped line may continue */
  guint               notes_line;      /* the line the notes took text from last */
  gboolean            lists_are_notes; /* bullets under numbered headings */
  gboolean            had_list;
  SylImportLabel      label;           /* the list under “学习目标” goes to label_owner */
  SylImportPending   *label_owner;
  guint               label_indent;
  SylImportCounter    counters[SYL_MAX_OUTLINE_DEPTH + 1];

  /* What a PDF's layout says of each line, when the text is from one. */
  const guint8       *hints;
  guint               n_hints;
} SylImportTextReader;

void             _syl_import_text_survey           (SylImportTextReader  *reader,
                                                    char                **lines,
                                                    guint                 n_lines);
void             _syl_import_text_read_segments    (SylImportTextReader  *reader,
                                                    char                **lines,
                                                    guint                 n_lines);
void             _syl_import_text_segment_clear    (SylImportSegment     *segment);
void             _syl_import_text_find_parts       (SylImportTextReader  *reader);
SylImportPending *_syl_import_text_new_node        (SylImportTextReader    *reader,
                                                    const SylImportSegment *segment);
void             _syl_import_text_place_part       (SylImportTextReader    *reader,
                                                    const SylImportSegment *segment);
void             _syl_import_text_place_activity   (SylImportTextReader    *reader,
                                                    const SylImportSegment *segment);
gboolean         _syl_import_text_place_lead_in    (SylImportTextReader    *reader,
                                                    const SylImportSegment *segment);

G_END_DECLS
