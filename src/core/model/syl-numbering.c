/* syl-numbering.c: how the nodes of an outline are numbered
 *
 * A numbering is a style for each level of the outline, the last one
 * standing for every deeper level, and whether discussions and examples
 * get numbers.  It is an immutable value, so a document can hand it out
 * and its history can keep old ones: nothing can change a numbering
 * behind the document's back.
 *
 * Numbers are derived from positions by walking up from a node, never by
 * walking the document, so numbering one row of a large outline is cheap.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-model-private.h"
#include "syl-enums.h"
#include "syl-numbering.h"

struct _SylNumbering
{
  GObject         parent_instance;

  SylNumberStyle *levels;
  guint           n_levels;
  gboolean        number_items;
};

G_DEFINE_FINAL_TYPE (SylNumbering, syl_numbering, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NUMBER_ITEMS,
  PROP_PRESET,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* The names in the file.  They are part of the format: never rename one. */
static const char * const style_names[] = {
  [SYL_NUMBER_DECIMAL_PATH] = "decimal-path",
  [SYL_NUMBER_CHAPTER_ZH] = "chapter-zh",
  [SYL_NUMBER_SECTION_ZH] = "section-zh",
  [SYL_NUMBER_ZH_COMMA] = "zh-comma",
  [SYL_NUMBER_ZH_PAREN] = "zh-paren",
  [SYL_NUMBER_DECIMAL_DOT] = "decimal-dot",
  [SYL_NUMBER_CHAPTER_EN] = "chapter-en",
  [SYL_NUMBER_NONE] = "none",
};

static const char * const preset_names[] = {
  [SYL_NUMBERING_PRESET_DEFAULT] = "default",
  [SYL_NUMBERING_PRESET_CHINESE] = "chinese",
  [SYL_NUMBERING_PRESET_ENGLISH_CHAPTERS] = "english",
  [SYL_NUMBERING_PRESET_NONE] = "none",
  [SYL_NUMBERING_PRESET_CUSTOM] = "custom",
};

static const SylNumberStyle default_levels[] = { SYL_NUMBER_DECIMAL_PATH };
static const SylNumberStyle chinese_levels[] = {
  SYL_NUMBER_CHAPTER_ZH, SYL_NUMBER_SECTION_ZH, SYL_NUMBER_ZH_COMMA,
  SYL_NUMBER_ZH_PAREN, SYL_NUMBER_DECIMAL_DOT,
};
static const SylNumberStyle english_levels[] = { SYL_NUMBER_CHAPTER_EN, SYL_NUMBER_DECIMAL_PATH };
static const SylNumberStyle none_levels[] = { SYL_NUMBER_NONE };

typedef struct
{
  const SylNumberStyle *levels;
  guint                 n_levels;
} PresetLevels;

static const PresetLevels presets[] = {
  [SYL_NUMBERING_PRESET_DEFAULT] = { default_levels, G_N_ELEMENTS (default_levels) },
  [SYL_NUMBERING_PRESET_CHINESE] = { chinese_levels, G_N_ELEMENTS (chinese_levels) },
  [SYL_NUMBERING_PRESET_ENGLISH_CHAPTERS] = { english_levels, G_N_ELEMENTS (english_levels) },
  [SYL_NUMBERING_PRESET_NONE] = { none_levels, G_N_ELEMENTS (none_levels) },
};

static void
syl_numbering_finalize (GObject *object)
{
  SylNumbering *self = SYL_NUMBERING (object);

  g_clear_pointer (&self->levels, g_free);

  G_OBJECT_CLASS (syl_numbering_parent_class)->finalize (object);
}

static void
syl_numbering_get_property (GObject    *object,
                            guint       prop_id,
                            GValue     *value,
                            GParamSpec *pspec)
{
  SylNumbering *self = SYL_NUMBERING (object);

  switch (prop_id)
    {
    case PROP_NUMBER_ITEMS:
      g_value_set_boolean (value, self->number_items);
      break;
    case PROP_PRESET:
      g_value_set_enum (value, syl_numbering_get_preset (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_numbering_class_init (SylNumberingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = syl_numbering_finalize;
  object_class->get_property = syl_numbering_get_property;

  properties[PROP_NUMBER_ITEMS] =
    g_param_spec_boolean ("number-items", NULL, NULL, TRUE, flags);
  properties[PROP_PRESET] =
    g_param_spec_enum ("preset", NULL, NULL, SYL_TYPE_NUMBERING_PRESET,
                       SYL_NUMBERING_PRESET_DEFAULT, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
syl_numbering_init (SylNumbering *self)
{
}

/**
 * syl_numbering_new:
 * @levels: (array length=n_levels): the style of level 1, 2, …; the last
 *   one also numbers every deeper level
 * @n_levels: at least 1
 * @number_items: whether discussions and examples get numbers
 *
 * Returns: (transfer full): a new numbering
 */
SylNumbering *
syl_numbering_new (const SylNumberStyle *levels,
                   guint                 n_levels,
                   gboolean              number_items)
{
  SylNumbering *self;

  g_return_val_if_fail (levels != NULL && n_levels > 0, NULL);
  for (guint i = 0; i < n_levels; i++)
    g_return_val_if_fail (levels[i] <= SYL_NUMBER_NONE, NULL);

  self = g_object_new (SYL_TYPE_NUMBERING, NULL);
  self->levels = g_memdup2 (levels, n_levels * sizeof *levels);
  self->n_levels = n_levels;
  self->number_items = !!number_items;
  return self;
}

/**
 * syl_numbering_new_preset:
 * @preset: any preset but %SYL_NUMBERING_PRESET_CUSTOM
 *
 * Returns: (transfer full): the preset's numbering, with numbered items
 */
SylNumbering *
syl_numbering_new_preset (SylNumberingPreset preset)
{
  g_return_val_if_fail (preset < SYL_NUMBERING_PRESET_CUSTOM, NULL);

  return syl_numbering_new (presets[preset].levels, presets[preset].n_levels, TRUE);
}

/**
 * syl_numbering_with_style:
 * @level: 1 for chapters, 2 for their sections, …
 *
 * Levels between the last one of @self and @level take the last style,
 * as they did, so only @level changes.
 *
 * Returns: (transfer full): a copy of @self with @style at @level
 */
SylNumbering *
syl_numbering_with_style (SylNumbering   *self,
                          guint           level,
                          SylNumberStyle  style)
{
  g_autofree SylNumberStyle *levels = NULL;
  guint n;

  g_return_val_if_fail (SYL_IS_NUMBERING (self), NULL);
  g_return_val_if_fail (level >= 1 && level <= SYL_MAX_OUTLINE_DEPTH, NULL);

  n = MAX (self->n_levels, level);
  levels = g_new (SylNumberStyle, n);
  for (guint i = 0; i < n; i++)
    levels[i] = syl_numbering_get_style (self, i + 1);
  levels[level - 1] = style;
  return syl_numbering_new (levels, n, self->number_items);
}

/**
 * syl_numbering_with_number_items:
 *
 * Returns: (transfer full): a copy of @self that numbers discussions and
 *   examples or not
 */
SylNumbering *
syl_numbering_with_number_items (SylNumbering *self,
                                 gboolean      number_items)
{
  g_return_val_if_fail (SYL_IS_NUMBERING (self), NULL);

  return syl_numbering_new (self->levels, self->n_levels, number_items);
}

/**
 * syl_numbering_get_n_levels:
 *
 * Returns: how many levels have a style of their own, as in the file
 */
guint
syl_numbering_get_n_levels (SylNumbering *self)
{
  g_return_val_if_fail (SYL_IS_NUMBERING (self), 1);
  return self->n_levels;
}

/**
 * syl_numbering_get_style:
 * @level: 1 for chapters; any level from 1, also past the last one
 */
SylNumberStyle
syl_numbering_get_style (SylNumbering *self,
                         guint         level)
{
  g_return_val_if_fail (SYL_IS_NUMBERING (self), SYL_NUMBER_DECIMAL_PATH);
  g_return_val_if_fail (level >= 1, SYL_NUMBER_DECIMAL_PATH);

  return self->levels[MIN (level, self->n_levels) - 1];
}

gboolean
syl_numbering_get_number_items (SylNumbering *self)
{
  g_return_val_if_fail (SYL_IS_NUMBERING (self), TRUE);
  return self->number_items;
}

/* The levels that matter: a style repeated at the end changes nothing,
 * since the last style numbers the deeper levels anyway. */
static guint
significant_levels (const SylNumberStyle *levels,
                    guint                 n_levels)
{
  while (n_levels > 1 && levels[n_levels - 2] == levels[n_levels - 1])
    n_levels--;
  return n_levels;
}

static gboolean
same_levels (const SylNumberStyle *a,
             guint                 n_a,
             const SylNumberStyle *b,
             guint                 n_b)
{
  n_a = significant_levels (a, n_a);
  n_b = significant_levels (b, n_b);
  return n_a == n_b && memcmp (a, b, n_a * sizeof *a) == 0;
}

/**
 * syl_numbering_get_preset:
 *
 * Compares the styles of the levels only: whether items are numbered is
 * a choice of its own, made with any preset.
 *
 * Returns: the preset whose styles @self has, or %SYL_NUMBERING_PRESET_CUSTOM
 */
SylNumberingPreset
syl_numbering_get_preset (SylNumbering *self)
{
  g_return_val_if_fail (SYL_IS_NUMBERING (self), SYL_NUMBERING_PRESET_CUSTOM);

  for (guint i = 0; i < G_N_ELEMENTS (presets); i++)
    if (same_levels (self->levels, self->n_levels, presets[i].levels, presets[i].n_levels))
      return i;
  return SYL_NUMBERING_PRESET_CUSTOM;
}

/**
 * syl_numbering_equal:
 *
 * Returns: whether @self and @other number every outline the same way
 */
gboolean
syl_numbering_equal (SylNumbering *self,
                     SylNumbering *other)
{
  g_return_val_if_fail (SYL_IS_NUMBERING (self), FALSE);
  g_return_val_if_fail (SYL_IS_NUMBERING (other), FALSE);

  return self->number_items == other->number_items &&
         same_levels (self->levels, self->n_levels, other->levels, other->n_levels);
}

/* Formatting. */

static gboolean
is_item (SylNode *node)
{
  return syl_node_get_kind (node) != SYL_NODE_KIND_SECTION;
}

/* Whether @node has a number: without numbered items, a discussion or an
 * example has none, and neither has anything inside one, since its number
 * would go through a number that is not shown. */
static gboolean
is_numbered (SylNumbering *self,
             SylNode      *node)
{
  if (self->number_items)
    return TRUE;
  for (; node != NULL && !syl_node_is_root (node); node = syl_node_get_parent (node))
    if (is_item (node))
      return FALSE;
  return TRUE;
}

/* The 1-based position of @node among its numbered siblings.  Without
 * numbered items, only the siblings before @node are read. */
static guint
count_position (SylNumbering *self,
                SylNode      *node)
{
  SylNode *parent = syl_node_get_parent (node);
  guint index = syl_node_get_index (node);
  guint position = 1;

  if (self->number_items || parent == NULL)
    return index + 1;
  for (guint i = 0; i < index; i++)
    if (!is_item (syl_node_get_child (parent, i)))
      position++;
  return position;
}

/* “1.4.2”: the positions on the path from the chapter down to @node. */
static char *
format_path (SylNumbering *self,
             SylNode      *node)
{
  guint path[SYL_MAX_OUTLINE_DEPTH + 2];
  guint depth = 0;
  GString *number;

  for (; node != NULL && !syl_node_is_root (node); node = syl_node_get_parent (node))
    {
      if (depth == G_N_ELEMENTS (path))
        break;
      path[depth++] = count_position (self, node);
    }

  number = g_string_sized_new (depth * 3);
  while (depth > 0)
    {
      depth--;
      g_string_append_printf (number, "%u", path[depth]);
      if (depth > 0)
        g_string_append_c (number, '.');
    }
  return g_string_free (number, FALSE);
}

/* The styles that show one position, the node's own. */
static char *
format_position (SylNumberStyle style,
                 guint          position)
{
  g_autofree char *numeral = NULL;

  switch (style)
    {
    case SYL_NUMBER_DECIMAL_DOT:
      return g_strdup_printf ("%u.", position);
    case SYL_NUMBER_CHAPTER_EN:
      /* Not translated: the style is English, whatever the language of
       * the interface; another language would be another style. */
      return g_strdup_printf ("Chapter %u", position);
    default:
      break;
    }

  numeral = syl_chinese_numeral (position);
  switch (style)
    {
    case SYL_NUMBER_CHAPTER_ZH:
      return g_strdup_printf ("第%s章", numeral);
    case SYL_NUMBER_SECTION_ZH:
      return g_strdup_printf ("第%s节", numeral);
    case SYL_NUMBER_ZH_COMMA:
      return g_strdup_printf ("%s、", numeral);
    case SYL_NUMBER_ZH_PAREN:
      return g_strdup_printf ("（%s）", numeral);
    default:
      g_return_val_if_reached (g_strdup (""));
    }
}

/**
 * syl_numbering_format:
 *
 * The number of @node by its position, in the style of its level: “1.4”,
 * “第一章”, “（二）”, or "" for a node that has none.  Like
 * syl_node_dup_number(), only the path to the root is read (and, when
 * items are not numbered, the siblings before each node on it).
 *
 * Returns: (transfer full): the number, "" for the root
 */
char *
syl_numbering_format (SylNumbering *self,
                      SylNode      *node)
{
  SylNumberStyle style;

  g_return_val_if_fail (SYL_IS_NUMBERING (self), NULL);
  g_return_val_if_fail (SYL_IS_NODE (node), NULL);

  if (syl_node_is_root (node) || !is_numbered (self, node))
    return g_strdup ("");

  style = syl_numbering_get_style (self, syl_node_get_depth (node));
  if (style == SYL_NUMBER_NONE)
    return g_strdup ("");
  if (style == SYL_NUMBER_DECIMAL_PATH)
    return format_path (self, node);
  return format_position (style, count_position (self, node));
}

/**
 * syl_numbering_separator_after:
 * @number: a number made by syl_numbering_format()
 *
 * What goes between a number and the title after it: a space, except
 * after a full-width punctuation mark such as “、” or “）”, whose glyph
 * already holds the space (“一、概述”, “（一）概述”); nothing after no
 * number.
 *
 * Returns: " " or ""
 */
const char *
syl_numbering_separator_after (const char *number)
{
  gunichar last;

  g_return_val_if_fail (number != NULL, "");

  if (*number == '\0')
    return "";
  last = g_utf8_get_char (g_utf8_find_prev_char (number, number + strlen (number)));
  if (g_unichar_ispunct (last) && g_unichar_iswide (last))
    return "";
  return " ";
}

/**
 * syl_numbering_format_with_title:
 *
 * Returns: (transfer full): “第一章 概述”, “一、概述”, or the title alone
 *   for a node without a number, or the number alone for one without a
 *   title, as every place that shows a node with its number writes it
 */
char *
syl_numbering_format_with_title (SylNumbering *self,
                                 SylNode      *node)
{
  g_autofree char *number = NULL;
  const char *title;

  g_return_val_if_fail (SYL_IS_NUMBERING (self), NULL);
  g_return_val_if_fail (SYL_IS_NODE (node), NULL);

  number = syl_numbering_format (self, node);
  title = syl_node_get_title (node);
  if (*title == '\0')
    return g_steal_pointer (&number);
  return g_strconcat (number, syl_numbering_separator_after (number), title, NULL);
}

/* Names. */

const char *
syl_number_style_to_string (SylNumberStyle style)
{
  g_return_val_if_fail (style <= SYL_NUMBER_NONE, NULL);
  return style_names[style];
}

gboolean
syl_number_style_from_string (const char     *string,
                              SylNumberStyle *style)
{
  g_return_val_if_fail (string != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (style_names); i++)
    if (strcmp (style_names[i], string) == 0)
      {
        *style = i;
        return TRUE;
      }
  return FALSE;
}

/**
 * syl_numbering_preset_to_string:
 *
 * Returns: "default", "chinese", "english", "none" or "custom", as
 *   `syllabus-cli outline --numbering` takes them
 */
const char *
syl_numbering_preset_to_string (SylNumberingPreset preset)
{
  g_return_val_if_fail (preset <= SYL_NUMBERING_PRESET_CUSTOM, NULL);
  return preset_names[preset];
}

/* Accepts every name but "custom", which names no numbering. */
gboolean
syl_numbering_preset_from_string (const char         *string,
                                  SylNumberingPreset *preset)
{
  g_return_val_if_fail (string != NULL, FALSE);

  for (guint i = 0; i < SYL_NUMBERING_PRESET_CUSTOM; i++)
    if (strcmp (preset_names[i], string) == 0)
      {
        *preset = i;
        return TRUE;
      }
  return FALSE;
}

/* Chinese numerals. */

static const char * const zh_digits[] = {
  "零", "一", "二", "三", "四", "五", "六", "七", "八", "九",
};
static const char * const zh_places[] = { "", "十", "百", "千" };
static const char * const zh_groups[] = { "", "万", "亿" };

/* One group of four digits, 1 to 9999: 三千零五, 一百一十.  Zeros inside
 * the group read as one 零; zeros at its end are not read.  A number that
 * starts with ten says 十, not 一十, but 一十 is kept inside a number
 * (一百一十, 一万零一十). */
static void
append_group (GString *out,
              guint    group)
{
  static const guint place_values[] = { 1, 10, 100, 1000 };
  gboolean at_start = out->len == 0;
  gboolean started = FALSE;
  gboolean zero = FALSE;

  for (int place = 3; place >= 0; place--)
    {
      guint digit = group / place_values[place] % 10;

      if (digit == 0)
        {
          zero = started;
          continue;
        }
      if (zero)
        g_string_append (out, zh_digits[0]);
      if (!(digit == 1 && place == 1 && at_start && !started))
        g_string_append (out, zh_digits[digit]);
      g_string_append (out, zh_places[place]);
      started = TRUE;
      zero = FALSE;
    }
}

/**
 * syl_chinese_numeral:
 *
 * Writes @n in Chinese numerals as they are read: 十, 十一, 二十一,
 * 一百零一, 一百一十, 一千零一, 一万零一十, up to 四十二亿九千四百九十六万七千二百九十五.
 *
 * Returns: (transfer full): the numeral, 零 for 0
 */
char *
syl_chinese_numeral (guint n)
{
  guint groups[3] = { n % 10000, n / 10000 % 10000, n / 100000000 };
  gboolean skipped = FALSE;
  GString *out;

  if (n == 0)
    return g_strdup (zh_digits[0]);

  out = g_string_new (NULL);
  for (int i = 2; i >= 0; i--)
    {
      if (groups[i] == 0)
        {
          skipped = out->len > 0;
          continue;
        }
      /* A gap of zeros before a group is read as one 零: 一万零一, 一亿零一千. */
      if (out->len > 0 && (skipped || groups[i] < 1000))
        g_string_append (out, zh_digits[0]);
      append_group (out, groups[i]);
      g_string_append (out, zh_groups[i]);
      skipped = FALSE;
    }
  return g_string_free (out, FALSE);
}
