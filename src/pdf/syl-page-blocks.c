/* syl-page-blocks.c: the blocks of text an outline is printed as
 *
 * A title page (the course's title, subtitle, authors, description and
 * duration), a contents page listing chapters and their sections, then
 * the outline: each chapter on a new page, each node a numbered heading
 * followed by what the flags ask for, as the other exports show it.
 * Notes are Markdown, read by syl-markdown.c into paragraphs, list items,
 * code and quotes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-export-private.h"
#include "syl-markdown.h"
#include "syl-page-layout-private.h"

/* The indent of one level of list, and of outline levels past the
 * fourth, in points. */
#define LIST_INDENT 16.0
#define DEEP_INDENT 14.0
#define MAX_DEEP_INDENT 140.0
#define CONTENTS_RESERVE 40.0
#define CONTENTS_DEPTH 2

#define ACCENT "#1c5fb5"
#define EXAMPLE_BAR 0x2e7d4f
#define QUOTE_BAR 0xc0bfbc

/* Sizes and spaces in points, colours as 0xRRGGBB. */
#define SANS FALSE
#define MONO TRUE
#define REGULAR PANGO_WEIGHT_NORMAL
#define BOLD PANGO_WEIGHT_BOLD
#define UPRIGHT PANGO_STYLE_NORMAL
#define ITALIC PANGO_STYLE_ITALIC
#define INK 0x241f31
#define MUTED 0x5e5c64
#define GREY 0x77767b

static const SylPageStyleSpec styles[SYL_PAGE_N_STYLES] = {
  /*                               size  font  weight   slant    colour  line  before after  keep */
  [SYL_PAGE_STYLE_TITLE] =       { 26,   SANS, BOLD,    UPRIGHT, INK,    1.2,  150,   12,   FALSE },
  [SYL_PAGE_STYLE_SUBTITLE] =    { 15,   SANS, REGULAR, UPRIGHT, MUTED,  1.3,  2,     20,   FALSE },
  [SYL_PAGE_STYLE_AUTHOR] =      { 11,   SANS, REGULAR, UPRIGHT, INK,    1.4,  2,     2,    FALSE },
  [SYL_PAGE_STYLE_COURSE_META] = { 10,   SANS, REGULAR, UPRIGHT, MUTED,  1.4,  16,    4,    FALSE },
  [SYL_PAGE_STYLE_CONTENTS] =    { 18,   SANS, BOLD,    UPRIGHT, INK,    1.2,  0,     14,   TRUE },
  [SYL_PAGE_STYLE_CONTENTS_1] =  { 11,   SANS, BOLD,    UPRIGHT, INK,    1.35, 8,     2,    TRUE },
  [SYL_PAGE_STYLE_CONTENTS_2] =  { 10,   SANS, REGULAR, UPRIGHT, INK,    1.35, 1,     1,    FALSE },
  [SYL_PAGE_STYLE_HEADING_1] =   { 20,   SANS, BOLD,    UPRIGHT, INK,    1.25, 0,     16,   TRUE },
  [SYL_PAGE_STYLE_HEADING_2] =   { 15,   SANS, BOLD,    UPRIGHT, INK,    1.3,  18,    6,    TRUE },
  [SYL_PAGE_STYLE_HEADING_3] =   { 12.5, SANS, BOLD,    UPRIGHT, INK,    1.3,  14,    4,    TRUE },
  [SYL_PAGE_STYLE_HEADING_4] =   { 11,   SANS, BOLD,    UPRIGHT, INK,    1.3,  10,    3,    TRUE },
  [SYL_PAGE_STYLE_META] =        { 9.5,  SANS, REGULAR, ITALIC,  MUTED,  1.3,  0,     6,    FALSE },
  [SYL_PAGE_STYLE_BODY] =        { 10.5, SANS, REGULAR, UPRIGHT, INK,    1.5,  0,     6,    FALSE },
  [SYL_PAGE_STYLE_ITEM] =        { 10.5, SANS, REGULAR, UPRIGHT, INK,    1.5,  0,     2,    FALSE },
  [SYL_PAGE_STYLE_LABEL] =       { 10.5, SANS, BOLD,    UPRIGHT, INK,    1.4,  6,     3,    TRUE },
  [SYL_PAGE_STYLE_CODE] =        { 9,    MONO, REGULAR, UPRIGHT, INK,    1.3,  4,     10,   FALSE },
  [SYL_PAGE_STYLE_QUOTE] =       { 10.5, SANS, REGULAR, ITALIC,  MUTED,  1.5,  2,     6,    FALSE },
  [SYL_PAGE_STYLE_COMMENT] =     { 9.5,  SANS, REGULAR, UPRIGHT, INK,    1.4,  0,     4,    FALSE },
  [SYL_PAGE_STYLE_FOOTER] =      { 8.5,  SANS, REGULAR, UPRIGHT, GREY,   1.0,  0,     0,    FALSE },
};

const SylPageStyleSpec *
_syl_page_style_get (SylPageStyle style)
{
  g_return_val_if_fail (style < SYL_PAGE_N_STYLES, &styles[SYL_PAGE_STYLE_BODY]);
  return &styles[style];
}

static void
page_block_free (gpointer data)
{
  SylPageBlock *block = data;

  g_free (block->markup);
  g_free (block->plain);
  g_clear_pointer (&block->lines, g_array_unref);
  g_free (block);
}

struct _SylPageBuilder
{
  SylExportContext  context;
  GPtrArray        *blocks;
  guint             next_chapter;
};

typedef SylPageBuilder Builder;

/* Adds a block of @style, taking @markup. */
static SylPageBlock *
add (Builder      *builder,
     SylPageStyle  style,
     char         *markup,
     double        x)
{
  SylPageBlock *block = g_new0 (SylPageBlock, 1);

  block->style = style;
  block->markup = markup;
  block->x = x;
  g_ptr_array_add (builder->blocks, block);
  return block;
}

/* Plain text as markup: escaped, without the characters no export keeps. */
static char *
escape (const char *text,
        gboolean    one_line)
{
  g_autofree char *clean = one_line ? _syl_export_one_line (text) : _syl_export_clean (text);

  return g_markup_escape_text (clean, -1);
}

static void
add_markdown_block (Builder          *builder,
                    SylMarkdownBlock *md,
                    double            x,
                    guint32           bar)
{
  g_autofree char *inline_markup = NULL;
  SylPageBlock *block;

  switch (md->kind)
    {
    case SYL_MARKDOWN_CODE:
      block = add (builder, SYL_PAGE_STYLE_CODE, escape (md->text, FALSE),
                   x + LIST_INDENT * md->level);
      block->shaded = TRUE;
      break;
    case SYL_MARKDOWN_RULE:
      block = add (builder, SYL_PAGE_STYLE_BODY, g_strdup (""), x);
      block->rule = TRUE;
      break;
    case SYL_MARKDOWN_BULLET:
    case SYL_MARKDOWN_NUMBERED:
      inline_markup = syl_markdown_inline_to_pango (md->text);
      block = add (builder, SYL_PAGE_STYLE_ITEM,
                   md->kind == SYL_MARKDOWN_BULLET
                   ? g_strdup_printf ("•\t%s", inline_markup)
                   : g_strdup_printf ("%u.\t%s", md->number, inline_markup),
                   x + LIST_INDENT * (md->level - 1));
      block->hanging = md->kind == SYL_MARKDOWN_BULLET ? LIST_INDENT : LIST_INDENT + 6;
      break;
    case SYL_MARKDOWN_QUOTE:
      block = add (builder, SYL_PAGE_STYLE_QUOTE, syl_markdown_inline_to_pango (md->text),
                   x + 12);
      block->bar_color = QUOTE_BAR;
      block->bar_x = x + 2;
      break;
    case SYL_MARKDOWN_HEADING:
      inline_markup = syl_markdown_inline_to_pango (md->text);
      block = add (builder, SYL_PAGE_STYLE_LABEL, g_strdup (inline_markup), x);
      break;
    case SYL_MARKDOWN_PARAGRAPH:
    default:
      block = add (builder, SYL_PAGE_STYLE_BODY, syl_markdown_inline_to_pango (md->text),
                   x + LIST_INDENT * md->level);
      break;
    }
  if (bar != 0)
    {
      block->bar_color = bar;
      block->bar_x = x - 10;
    }
}

static void
add_markdown (Builder    *builder,
              const char *text,
              double      x,
              guint32     bar)
{
  g_autoptr(GPtrArray) blocks = syl_markdown_parse (text);

  for (guint i = 0; i < blocks->len; i++)
    add_markdown_block (builder, g_ptr_array_index (blocks, i), x, bar);
}

/* The title page and the contents. */

static void
add_title_page (Builder *builder)
{
  SylDocument *document = builder->context.document;
  GListModel *authors = syl_document_get_authors (document);
  const char *title = syl_document_get_title (document);
  g_autofree char *meta = _syl_export_course_meta (&builder->context);
  const char *untitled = syl_catalogue_gettext (builder->context.catalogue, "Untitled Course");
  SylPageBlock *block;
  guint first_description;

  block = add (builder, SYL_PAGE_STYLE_TITLE,
               escape (*title != '\0' ? title : untitled, TRUE), 0);
  block->keep_space = TRUE;
  if (*syl_document_get_subtitle (document) != '\0')
    add (builder, SYL_PAGE_STYLE_SUBTITLE, escape (syl_document_get_subtitle (document), TRUE), 0);
  for (guint i = 0; i < g_list_model_get_n_items (authors); i++)
    {
      g_autoptr(SylAuthor) author = g_list_model_get_item (authors, i);
      g_autofree char *name = escape (syl_author_get_name (author), TRUE);
      g_autofree char *about = escape (syl_author_get_about (author), TRUE);

      add (builder, SYL_PAGE_STYLE_AUTHOR,
           g_strdup_printf ("<b>%s</b>%s<span foreground=\"#5e5c64\">%s</span>",
                            name, *about != '\0' ? "    " : "", about), 0);
    }
  first_description = builder->blocks->len;
  add_markdown (builder, syl_document_get_description (document), 0, 0);
  if (builder->blocks->len > first_description)
    ((SylPageBlock *) g_ptr_array_index (builder->blocks, first_description))->extra_before = 14;
  if (meta != NULL)
    add (builder, SYL_PAGE_STYLE_COURSE_META, escape (meta, TRUE), 0);
}

/* "<span foreground=…>1.4</span> 【思考】Title", the number in the accent. */
static char *
heading_markup (Builder *builder,
                SylNode *node,
                char   **plain)
{
  g_autofree char *number = syl_numbering_format (builder->context.numbering, node);
  g_autofree char *label = _syl_export_label (&builder->context, node);
  g_autofree char *escaped_number = g_markup_escape_text (number, -1);
  g_autofree char *escaped_label = g_markup_escape_text (label, -1);
  const char *separator = *label != '\0' ? syl_numbering_separator_after (number) : "";

  if (plain != NULL)
    *plain = g_strconcat (number, separator, label, NULL);
  if (*number == '\0')
    return g_steal_pointer (&escaped_label);
  return g_strdup_printf ("<span foreground=\"" ACCENT "\">%s</span>%s%s",
                          escaped_number, separator, escaped_label);
}

static void
add_contents_entries (Builder *builder,
                      SylNode *parent)
{
  for (guint i = 0; i < syl_node_get_n_children (parent); i++)
    {
      SylNode *node = syl_node_get_child (parent, i);
      guint depth = syl_node_get_depth (node);
      SylPageBlock *block;

      block = add (builder, depth == 1 ? SYL_PAGE_STYLE_CONTENTS_1 : SYL_PAGE_STYLE_CONTENTS_2,
                   heading_markup (builder, node, NULL), depth == 1 ? 0 : 18);
      block->node = node;
      block->reserve = CONTENTS_RESERVE;
      if (depth < CONTENTS_DEPTH)
        add_contents_entries (builder, node);
    }
}

static void
add_contents (Builder *builder)
{
  SylNode *root = syl_document_get_root (builder->context.document);
  SylCatalogue *catalogue = builder->context.catalogue;
  SylPageBlock *block;

  if (syl_node_get_n_children (root) == 0)
    return;
  block = add (builder, SYL_PAGE_STYLE_CONTENTS,
               /* Translators: the heading of the table of contents in an export. */
               g_markup_escape_text (syl_catalogue_gettext (catalogue, "Contents"), -1), 0);
  block->page_break_before = TRUE;
  add_contents_entries (builder, root);
}

/* The outline. */

static void
add_objectives (Builder *builder,
                SylNode *node,
                double   x)
{
  const char * const *objectives = syl_node_get_objectives (node);
  SylCatalogue *catalogue = builder->context.catalogue;
  SylPageBlock *block;

  if (!_syl_export_has (&builder->context, SYL_EXPORT_OBJECTIVES) || objectives == NULL ||
      objectives[0] == NULL)
    return;

  add (builder, SYL_PAGE_STYLE_LABEL,
       /* Translators: a heading over a node's learning objectives
        * in an export. */
       g_markup_escape_text (syl_catalogue_gettext (catalogue, "Objectives"), -1), x);
  for (guint i = 0; objectives[i] != NULL; i++)
    {
      g_autofree char *objective = escape (objectives[i], TRUE);

      block = add (builder, SYL_PAGE_STYLE_ITEM, g_strdup_printf ("•\t%s", objective), x);
      block->hanging = LIST_INDENT;
    }
}

static void
add_examples (Builder *builder,
              SylNode *node,
              double   x)
{
  GListModel *examples = syl_node_get_examples (node);

  if (!_syl_export_has (&builder->context, SYL_EXPORT_EXAMPLES))
    return;

  for (guint i = 0; i < g_list_model_get_n_items (examples); i++)
    {
      g_autoptr(SylExample) example = g_list_model_get_item (examples, i);
      const char *example_label = syl_catalogue_gettext (builder->context.catalogue, "Example:");
      g_autofree char *label = g_markup_escape_text (example_label, -1);
      g_autofree char *title = escape (syl_example_get_title (example), TRUE);
      SylPageBlock *block;

      block = add (builder, SYL_PAGE_STYLE_LABEL,
                   g_strdup_printf ("%s%s%s", label, _syl_export_space_after (example_label),
                                    title),
                   x + 12);
      block->bar_color = EXAMPLE_BAR;
      block->bar_x = x + 2;
      add_markdown (builder, syl_example_get_body (example), x + 12, EXAMPLE_BAR);
    }
}

static void
add_comment (Builder    *builder,
             const char *by,
             const char *resolved,
             const char *text,
             double      x)
{
  g_autofree char *escaped_by = g_markup_escape_text (by, -1);
  g_autofree char *escaped_resolved = resolved ? g_markup_escape_text (resolved, -1) : NULL;
  g_autofree char *escaped_text = escape (text, FALSE);
  SylPageBlock *block;

  block = add (builder, SYL_PAGE_STYLE_COMMENT,
               g_strdup_printf ("•\t<b>%s</b>%s%s: %s", escaped_by, resolved ? " " : "",
                                resolved ? escaped_resolved : "", g_strstrip (escaped_text)),
               x);
  block->hanging = LIST_INDENT;
}

static void
add_annotations (Builder *builder,
                 SylNode *node,
                 double   x)
{
  GListModel *annotations = syl_node_get_annotations (node);
  guint n = g_list_model_get_n_items (annotations);
  SylCatalogue *catalogue = builder->context.catalogue;

  if (!_syl_export_has (&builder->context, SYL_EXPORT_ANNOTATIONS) || n == 0)
    return;

  add (builder, SYL_PAGE_STYLE_LABEL,
       /* Translators: a heading over reviewers' comments on a node
        * in an export. */
       g_markup_escape_text (syl_catalogue_gettext (catalogue, "Comments"), -1), x);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylAnnotation) annotation = g_list_model_get_item (annotations, i);
      GListModel *replies = syl_annotation_get_replies (annotation);
      g_autofree char *by = _syl_export_annotation_by (&builder->context, annotation);
      g_autofree char *resolved = _syl_export_resolved (&builder->context, annotation);

      add_comment (builder, by, resolved, syl_annotation_get_text (annotation), x);
      for (guint j = 0; j < g_list_model_get_n_items (replies); j++)
        {
          g_autoptr(SylReply) reply = g_list_model_get_item (replies, j);
          g_autofree char *reply_by = _syl_export_reply_by (&builder->context, reply);

          add_comment (builder, reply_by, NULL, syl_reply_get_text (reply), x + LIST_INDENT);
        }
    }
}

static void
add_node (Builder *builder,
          SylNode *node)
{
  guint depth = syl_node_get_depth (node);
  double x = MIN (depth > 4 ? (depth - 4) * DEEP_INDENT : 0, MAX_DEEP_INDENT);
  g_autofree char *meta = _syl_export_node_meta (&builder->context, node);
  SylPageBlock *block;
  char *plain = NULL;

  block = add (builder, SYL_PAGE_STYLE_HEADING_1 + MIN (depth, 4) - 1,
               heading_markup (builder, node, &plain), x);
  block->page_break_before = depth == 1;
  block->level = depth;
  block->node = node;
  block->plain = plain;

  if (meta != NULL)
    add (builder, SYL_PAGE_STYLE_META, escape (meta, TRUE), x);
  if (_syl_export_has (&builder->context, SYL_EXPORT_NOTES))
    add_markdown (builder, syl_node_get_notes (node), x, 0);
  add_objectives (builder, node, x);
  add_examples (builder, node, x);
  add_annotations (builder, node, x);

  for (guint i = 0; i < syl_node_get_n_children (node); i++)
    add_node (builder, syl_node_get_child (node, i));
}

/**
 * _syl_page_builder_new:
 *
 * Starts the blocks of @document, chapter by chapter, so that a layout
 * can measure the first pages while the rest are still to be built: with
 * those of the title page and the contents.
 *
 * Returns: (transfer full): the builder, for _syl_page_builder_next()
 */
SylPageBuilder *
_syl_page_builder_new (SylDocument    *document,
                       SylExportFlags  flags)
{
  Builder *builder = g_new0 (Builder, 1);

  _syl_export_context_init (&builder->context, document, flags);
  builder->blocks = g_ptr_array_new_with_free_func (page_block_free);
  add_title_page (builder);
  add_contents (builder);
  return builder;
}

/**
 * _syl_page_builder_get_blocks:
 *
 * Returns: (transfer none) (element-type SylPageBlock): the blocks built
 *   so far, and those _syl_page_builder_next() adds
 */
GPtrArray *
_syl_page_builder_get_blocks (SylPageBuilder *builder)
{
  return builder->blocks;
}

/**
 * _syl_page_builder_next:
 *
 * Adds the blocks of the next chapter, not yet measured.
 *
 * Returns: %FALSE when there was no chapter left
 */
gboolean
_syl_page_builder_next (SylPageBuilder *builder)
{
  SylNode *root = syl_document_get_root (builder->context.document);

  if (builder->next_chapter >= syl_node_get_n_children (root))
    return FALSE;
  add_node (builder, syl_node_get_child (root, builder->next_chapter++));
  return TRUE;
}

void
_syl_page_builder_free (SylPageBuilder *builder)
{
  g_ptr_array_unref (builder->blocks);
  g_free (builder);
}
