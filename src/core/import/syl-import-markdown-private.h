/* syl-import-markdown-private.h: what the Markdown importer's files share
 *
 * syl-import-markdown-blocks.c cuts the lines into sections at the
 * headings, reads front matter and recognises list items;
 * syl-import-markdown.c makes the outline of the sections.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-import-private.h"

G_BEGIN_DECLS

typedef struct
{
  const char *text;
  guint       number;
  gboolean    code;
} SylMarkdownLine;

typedef struct
{
  SylMarkdownLine heading;   /* number 0 for the text before the first heading */
  char      *title;
  guint      level;
  GArray    *body;      /* SylMarkdownLine */
} SylMarkdownSection;

typedef struct
{
  guint    indent;
  guint    depth;       /* within its list, from 1 */
  guint    line;
  guint    title_end;   /* the last line of its title */
  GString *title;
  GString *notes;
  gboolean ordered;     /* "1." rather than "-" */
} SylMarkdownItem;

typedef struct
{
  SylImportResult *result;
  SylImportTree    tree;
  GArray          *sections;
  GRegex          *inline_patterns[7];
  gboolean         have_title;
  gboolean         lists_are_notes;
  /* Whether no one chose what lists are: each list of running text is
   * then its heading's notes, whatever the others are. */
  gboolean         lists_auto;
} SylMarkdownReader;

void             _syl_import_markdown_section_clear  (SylMarkdownSection  *section);
guint            _syl_import_markdown_leading_spaces (const char          *text);
const char      *_syl_import_markdown_list_marker    (const char          *text);
guint            _syl_import_markdown_front_matter   (SylMarkdownReader   *reader,
                                                      char               **lines,
                                                      guint                n_lines);
void             _syl_import_markdown_read_sections  (SylMarkdownReader   *reader,
                                                      char               **lines,
                                                      guint                first,
                                                      guint                n_lines);

/* Lists, in syl-import-markdown-lists.c. */
void             _syl_import_markdown_move_trailing_link    (SylMarkdownItem *item);
void             _syl_import_markdown_nest_by_numbers       (GArray          *items);
const char      *_syl_import_markdown_line_before           (GArray          *body,
                                                             guint            first_item);
void             _syl_import_markdown_title_by_first_phrase (GArray          *items);

G_END_DECLS
