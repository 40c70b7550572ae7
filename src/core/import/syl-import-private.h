/* syl-import-private.h: what the importers share
 *
 * syl-import.c holds the result and the entry points; syl-import-decode.c
 * turns bytes into UTF-8; syl-import-util.c has the helpers for text that
 * every format needs (joining broken lines, kind markers, the tree being
 * built); syl-import-numbers.c recognises heading numbers; each format has
 * its own file.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <libxml/xmlreader.h>

#include "syl-document-private.h"
#include "syl-import.h"

G_BEGIN_DECLS

/* Building a result. */
SylImportResult *_syl_import_result_new            (SylImportFormat   format);
void             _syl_import_result_warn           (SylImportResult  *self,
                                                    guint             line,
                                                    const char       *format,
                                                    ...) G_GNUC_PRINTF (3, 4);
void             _syl_import_result_add_node       (SylImportResult  *self,
                                                    SylNode          *node);
void             _syl_import_result_set_title      (SylImportResult  *self,
                                                    const char       *title);
void             _syl_import_result_set_subtitle   (SylImportResult  *self,
                                                    const char       *subtitle);
void             _syl_import_result_add_description (SylImportResult *self,
                                                    const char       *paragraph);
void             _syl_import_result_add_author     (SylImportResult  *self,
                                                    const char       *name,
                                                    const char       *about);
void             _syl_import_result_set_language   (SylImportResult  *self,
                                                    const char       *language);
GPtrArray       *_syl_import_result_steal_nodes    (SylImportResult  *self);
gboolean         _syl_import_result_go_on          (SylImportResult  *self,
                                                    double            fraction);
GCancellable    *_syl_import_result_get_cancellable (SylImportResult *self);

/* What became of each line, in syl-import-report.c.  An importer of text
 * starts the report with the text it reads, then marks each line with
 * @line counted from 1, as warnings are; the last mark of a line wins. */
typedef struct _SylImportReport SylImportReport;

SylImportReport *_syl_import_report_new            (const char       *text);
void             _syl_import_report_free           (SylImportReport  *report);
SylImportReport *_syl_import_result_get_report     (SylImportResult  *self);
void             _syl_import_result_begin_lines    (SylImportResult  *self,
                                                    const char       *text);
void             _syl_import_result_mark_line      (SylImportResult  *self,
                                                    guint             line,
                                                    SylImportLineRole role,
                                                    guint             depth);
SylImportLineRole _syl_import_result_get_mark      (SylImportResult  *self,
                                                    guint             line);
void             _syl_import_result_follow_mark    (SylImportResult  *self,
                                                    guint             from,
                                                    guint             line);
SylImportLists   _syl_import_result_get_lists_option (SylImportResult *self);
void             _syl_import_result_set_lists      (SylImportResult  *self,
                                                    SylImportLists    lists,
                                                    gboolean          ambiguous);

/* Bytes to UTF-8: the text, without a byte order mark, or NULL with
 * @error set.  @encoding_out names the encoding found. */
char            *_syl_import_decode                (GBytes           *bytes,
                                                    const char       *encoding,
                                                    gboolean          is_xml,
                                                    char            **encoding_out,
                                                    GError          **error);

/* The formats.  Each fills @result from valid UTF-8. */
typedef enum
{
  SYL_IMPORT_TEXT_DEFAULT = 0,
  /* Pasted text: no title block, every line before the first heading is
   * a node, since a paste has no document to give a title to. */
  SYL_IMPORT_TEXT_PASTE = 1 << 0,
} SylImportTextFlags;

void             _syl_import_text                  (SylImportResult   *result,
                                                    const char        *text,
                                                    SylImportTextFlags flags);

/* What a PDF's layout says of a line of the text made from it. */
typedef enum
{
  SYL_IMPORT_HINT_NONE,
  SYL_IMPORT_HINT_BODY,   /* in the body's font: notes, never a title */
  SYL_IMPORT_HINT_TITLE,  /* the document's title, larger than any heading */
  SYL_IMPORT_HINT_ITEM,   /* a list item straight under a heading: a node, never notes */
} SylImportHint;

void             _syl_import_text_with_hints       (SylImportResult   *result,
                                                    const char        *text,
                                                    SylImportTextFlags flags,
                                                    const guint8      *hints,
                                                    guint              n_hints);
void             _syl_import_markdown              (SylImportResult   *result,
                                                    const char        *text);
gboolean         _syl_import_opml                  (SylImportResult   *result,
                                                    const char        *text,
                                                    GError           **error);
/* PDF is read from its bytes, with poppler, in syl-import-pdf.c. */
gboolean         _syl_import_is_pdf                (GBytes            *bytes);
gboolean         _syl_import_pdf                   (SylImportResult   *result,
                                                    GBytes            *bytes,
                                                    GError           **error);

/* Word and OpenDocument packages, in syl-import-zip.c. */
GBytes          *_syl_import_zip_read              (GBytes            *package,
                                                    const char        *name,
                                                    GCancellable      *cancellable,
                                                    GError           **error);
SylImportFormat  _syl_import_zip_sniff             (GBytes            *bytes);
void             _syl_import_set_encrypted_error   (GError           **error);
xmlTextReaderPtr _syl_import_xml_open              (GBytes            *part,
                                                    const char        *name,
                                                    GError           **error);
void             _syl_import_xml_set_error         (const char        *name,
                                                    GError           **error);
char            *_syl_import_xml_attribute         (xmlTextReaderPtr   reader,
                                                    const char        *name);
gboolean         _syl_import_xml_is                (xmlTextReaderPtr   reader,
                                                    const char        *name);

gboolean         _syl_import_docx                  (SylImportResult   *result,
                                                    GBytes            *package,
                                                    GError           **error);
gboolean         _syl_import_odt                   (SylImportResult   *result,
                                                    GBytes            *package,
                                                    GError           **error);

/* The paragraphs of a word processor's document, as its reader finds
 * them, in syl-import-blocks.c, which makes them an outline. */
typedef struct
{
  GString   *markdown;       /* the text, with emphasis and links */
  GString   *plain;          /* the text alone, for titles */
  guint      outline_level;  /* 1 to 9 from a heading style, or 0 */
  guint      list_level;     /* 1 for the outermost list, or 0 */
  gboolean   ordered;
  guint      toc_level;      /* an entry of the table of contents, or 0 */
  gboolean   toc_styled;     /* whose level a TOC style gave */
  gboolean   title;          /* in the style of the document's title */
  gboolean   table;          /* @markdown is a whole table */
  GPtrArray *outline;        /* of SylImportTableEntry, when the table
                              * holds the outline */

  /* While its runs are being added. */
  gboolean   bold;
  gboolean   italic;
  gsize      link_start;
} SylImportBlock;

/* A row of a table that holds the outline, or a topic of its contents. */
typedef struct
{
  char     *title;
  GString  *notes;           /* in Markdown */
  guint     level;           /* 1 for a row, 2 for a topic */
  int       minutes;         /* or -1 */
} SylImportTableEntry;

typedef struct _SylImportBlocks SylImportBlocks;

SylImportBlocks *_syl_import_blocks_new            (void);
void             _syl_import_blocks_free           (SylImportBlocks   *blocks);
SylImportBlock  *_syl_import_blocks_begin          (SylImportBlocks   *blocks);
void             _syl_import_blocks_end            (SylImportBlocks   *blocks);
void             _syl_import_blocks_begin_table    (SylImportBlocks   *blocks);
void             _syl_import_blocks_begin_row      (SylImportBlocks   *blocks);
void             _syl_import_blocks_begin_cell     (SylImportBlocks   *blocks);
void             _syl_import_blocks_end_table      (SylImportBlocks   *blocks);
void             _syl_import_block_add_text        (SylImportBlock    *block,
                                                    const char        *text,
                                                    gboolean           bold,
                                                    gboolean           italic);
void             _syl_import_block_open_link       (SylImportBlock    *block);
void             _syl_import_block_close_link      (SylImportBlock    *block,
                                                    const char        *href);
void             _syl_import_blocks_place          (SylImportBlocks   *blocks,
                                                    SylImportResult   *result);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylImportBlocks, _syl_import_blocks_free)

/* The title and author block before a text outline, in syl-import-title.c. */
void             _syl_import_title_block           (SylImportResult    *result,
                                                    const char * const *lines,
                                                    guint               n_lines);
GPtrArray       *_syl_import_parse_byline          (const char         *text);

/* Text helpers, in syl-import-util.c. */
void             _syl_import_fold_radicals         (char              *text);
gboolean         _syl_import_ends_sentence         (const char        *text);
gboolean         _syl_import_is_prose              (const char        *text);
char           **_syl_import_split_lines           (char              *text,
                                                    guint             *n_lines);
guint            _syl_import_measure_indent        (const char       **p);
const char      *_syl_import_skip_spaces           (const char        *p);
char            *_syl_import_strip                 (const char        *start,
                                                    const char        *end);
gboolean         _syl_import_is_blank              (const char        *line);
gboolean         _syl_import_is_decoration         (const char        *line);
gboolean         _syl_import_is_cjk                (gunichar           c);
gboolean         _syl_import_is_wide_punct         (gunichar           c);
gboolean         _syl_import_starts_with_closing   (const char        *text);
void             _syl_import_join                  (GString           *text,
                                                    const char        *fragment);
void             _syl_import_append_bulleted       (GString           *text,
                                                    const char        *paragraph,
                                                    guint              indent);
char            *_syl_import_take_markers          (const char        *raw,
                                                    SylNodeKind       *kind,
                                                    gboolean          *optional);
const char      *_syl_import_guess_language        (SylImportResult   *result);

/* Headings that name a part of a section rather than a node of the
 * outline, in syl-import-labels.c. */
typedef enum
{
  SYL_IMPORT_LABEL_NONE,
  SYL_IMPORT_LABEL_OBJECTIVES,  /* 学习目标, Objectives, Learning outcomes */
  SYL_IMPORT_LABEL_NOTES,       /* 重点, 难点, Key points, Summary */
  SYL_IMPORT_LABEL_CONTENTS,    /* 目录, Contents, Table of Contents */
} SylImportLabel;

SylImportLabel   _syl_import_heading_label         (const char        *title);
gboolean         _syl_import_reads_as_prose        (const char        *item);
SylImportLabel   _syl_import_line_label            (const char        *text,
                                                    const char       **rest);

/* What printed pages add, in syl-import-pages.c. */
GPtrArray       *_syl_import_read_pages            (SylImportResult   *result,
                                                    char             **lines,
                                                    guint              n_lines,
                                                    gboolean          *skip,
                                                    GHashTable       **levels);
char            *_syl_import_contents_key          (const char        *line);
void             _syl_import_drop_leaders          (char              *line);
void             _syl_import_drop_page_number      (char              *line);

/* Heading numbers, in syl-import-numbers.c.  Styles other than the
 * decimal path take their level from the order in which they first
 * appear, as people nest them in Word. */
typedef enum
{
  SYL_HEADING_NONE,
  SYL_HEADING_PATH,           /* 1, 1.4, 1.4.1 */
  SYL_HEADING_DECIMAL_DOT,    /* 1. in a text without multi-part numbers */
  SYL_HEADING_DECIMAL_COMMA,  /* 1、 */
  SYL_HEADING_DECIMAL_PAREN,  /* (1) （1） */
  SYL_HEADING_DECIMAL_HALF,   /* 1) */
  SYL_HEADING_ZH_COMMA,       /* 一、 */
  SYL_HEADING_ZH_PAREN,       /* （一） (一) */
  SYL_HEADING_ZH_PART,        /* 第一篇, 第一部分 */
  SYL_HEADING_ZH_CHAPTER,     /* 第一章 */
  SYL_HEADING_ZH_SECTION,     /* 第一节 */
  SYL_HEADING_ZH_LESSON,      /* 第一讲, 第一课, 第一单元 */
  SYL_HEADING_EN_PART,        /* Part 1, Part I */
  SYL_HEADING_EN_CHAPTER,     /* Chapter 1 */
  SYL_HEADING_EN_MODULE,      /* Module 1, Unit 1, Lesson 1 */
  SYL_HEADING_LATIN_LOWER,    /* a. b) */
  SYL_HEADING_LATIN_UPPER,    /* A. B) */
  SYL_HEADING_ROMAN_LOWER,    /* ii. iii) */
  SYL_HEADING_LATIN_PAREN,    /* (a) (b) */
  SYL_HEADING_ROMAN_PAREN,    /* (ii) (iii) */
  SYL_HEADING_N_STYLES,
} SylHeadingStyle;

#define SYL_IMPORT_MAX_PARTS 12

typedef struct
{
  SylHeadingStyle  style;
  guint            n_parts;
  guint            parts[SYL_IMPORT_MAX_PARTS];   /* the value alone for other styles */
  gboolean         trailing_dot;
  gboolean         dashed;      /* 1-1, 1-1-2 */
  gboolean         tight;       /* the title follows without a space */
  const char      *end;         /* where the title starts */
} SylHeadingNumber;

gboolean         _syl_import_match_path            (const char        *p,
                                                    SylHeadingNumber  *number);
gboolean         _syl_import_match_heading         (const char        *p,
                                                    gboolean           dot_is_path,
                                                    SylHeadingNumber  *number);
gboolean         _syl_import_skip_bullet           (const char       **p);
const char      *_syl_import_skip_number           (const char        *p);
const char      *_syl_import_skip_separator        (const char        *p);
char            *_syl_import_format_path           (const guint       *parts,
                                                    guint              n_parts);

/* What a list under a heading is, in syl-import-labels.c: the Markdown
 * and the word processors' importers judge their lists alike. */
typedef enum
{
  SYL_IMPORT_LIST_NOTES,    /* what the section says */
  SYL_IMPORT_LIST_NODES,    /* the outline below the heading */
  SYL_IMPORT_LIST_ENTRIES,  /* nodes titled by their first phrase */
} SylImportListRole;

gboolean          _syl_import_item_number          (const char         *title,
                                                    SylHeadingNumber   *number);
gboolean          _syl_import_is_numbered_heading  (const char         *title);
const char       *_syl_import_first_phrase_end     (const char         *text,
                                                    const char        **rest);
SylImportListRole _syl_import_judge_list           (const char * const *items,
                                                    guint               n_items,
                                                    gboolean            ordered,
                                                    gboolean            led_into,
                                                    gboolean            numbered_heading);

/* The tree being built: the nodes still open to children, innermost last.
 * @key is what the format nests by: indentation, or a heading level. */
typedef struct
{
  guint     depth;
  guint     key;
  SylNode  *node;
  gboolean  heading;
} SylImportOpen;

typedef struct
{
  SylImportResult *result;
  GArray          *open;
} SylImportTree;

void             _syl_import_tree_init             (SylImportTree     *tree,
                                                    SylImportResult   *result);
void             _syl_import_tree_clear            (SylImportTree     *tree);
guint            _syl_import_tree_add              (SylImportTree     *tree,
                                                    SylNode           *node,
                                                    guint              depth,
                                                    guint              key,
                                                    gboolean           heading);
SylImportOpen   *_syl_import_tree_top              (SylImportTree     *tree);
void             _syl_import_tree_pop              (SylImportTree     *tree);

G_END_DECLS
