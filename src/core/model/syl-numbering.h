/* syl-numbering.h: how the nodes of an outline are numbered
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "syl-node.h"

G_BEGIN_DECLS

/* The number of one level.  The names in the file ("decimal-path", …) are
 * those of syl_number_style_to_string(), not the nicks of the GType. */
typedef enum
{
  SYL_NUMBER_DECIMAL_PATH,
  SYL_NUMBER_CHAPTER_ZH,
  SYL_NUMBER_SECTION_ZH,
  SYL_NUMBER_ZH_COMMA,
  SYL_NUMBER_ZH_PAREN,
  SYL_NUMBER_DECIMAL_DOT,
  SYL_NUMBER_CHAPTER_EN,
  SYL_NUMBER_NONE,
} SylNumberStyle;

typedef enum
{
  SYL_NUMBERING_PRESET_DEFAULT,
  SYL_NUMBERING_PRESET_CHINESE,
  SYL_NUMBERING_PRESET_ENGLISH_CHAPTERS,
  SYL_NUMBERING_PRESET_NONE,
  SYL_NUMBERING_PRESET_CUSTOM,
} SylNumberingPreset;

#define SYL_TYPE_NUMBERING (syl_numbering_get_type ())

G_DECLARE_FINAL_TYPE (SylNumbering, syl_numbering, SYL, NUMBERING, GObject)

/* A numbering is a value: it never changes once made.  To change the
 * numbering of a document, make a new one and give it to
 * syl_document_set_numbering(). */

SylNumbering       *syl_numbering_new                  (const SylNumberStyle *levels,
                                                        guint                 n_levels,
                                                        gboolean              number_items);
SylNumbering       *syl_numbering_new_preset           (SylNumberingPreset    preset);
SylNumbering       *syl_numbering_with_style           (SylNumbering         *self,
                                                        guint                 level,
                                                        SylNumberStyle        style);
SylNumbering       *syl_numbering_with_number_items    (SylNumbering         *self,
                                                        gboolean              number_items);

guint               syl_numbering_get_n_levels         (SylNumbering         *self);
SylNumberStyle      syl_numbering_get_style            (SylNumbering         *self,
                                                        guint                 level);
gboolean            syl_numbering_get_number_items     (SylNumbering         *self);
SylNumberingPreset  syl_numbering_get_preset           (SylNumbering         *self);
gboolean            syl_numbering_equal                (SylNumbering         *self,
                                                        SylNumbering         *other);

char               *syl_numbering_format               (SylNumbering         *self,
                                                        SylNode              *node);
char               *syl_numbering_format_with_title    (SylNumbering         *self,
                                                        SylNode              *node);
const char         *syl_numbering_separator_after      (const char           *number);

const char         *syl_number_style_to_string         (SylNumberStyle        style);
gboolean            syl_number_style_from_string       (const char           *string,
                                                        SylNumberStyle       *style);
const char         *syl_numbering_preset_to_string     (SylNumberingPreset    preset);
gboolean            syl_numbering_preset_from_string   (const char           *string,
                                                        SylNumberingPreset   *preset);

char               *syl_chinese_numeral                (guint                 n);

G_END_DECLS
