/* syl-markdown.h: the Markdown of notes, read into blocks and shown safely
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  SYL_MARKDOWN_PARAGRAPH,
  SYL_MARKDOWN_HEADING,
  SYL_MARKDOWN_BULLET,
  SYL_MARKDOWN_NUMBERED,
  SYL_MARKDOWN_CODE,
  SYL_MARKDOWN_QUOTE,
  SYL_MARKDOWN_RULE,
} SylMarkdownKind;

/**
 * SylMarkdownBlock:
 * @kind: what the block is
 * @level: a heading's level (1 to 6); the depth of a list item (1 for the
 *   outermost list); for a paragraph, the depth of the list item it
 *   continues (0 for none)
 * @number: the number written before a numbered list item
 * @text: inline Markdown, its lines joined by "\n"; for code, the code
 */
typedef struct
{
  SylMarkdownKind  kind;
  guint            level;
  guint            number;
  char            *text;
} SylMarkdownBlock;

GPtrArray *syl_markdown_parse           (const char *text);
char      *syl_markdown_to_html         (const char *text);
char      *syl_markdown_inline_to_pango (const char *text);

G_END_DECLS
