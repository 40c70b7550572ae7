/* test-numbering.c: numbering styles, Chinese numerals, the “numbering”
 * member, its history step and `syllabus-cli outline --numbering`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "syl-test-util.h"
#include "syl-json-reader.h"

/* Helpers. */

static void
assert_number (SylNumbering *numbering,
               SylDocument  *document,
               const char   *id,
               const char   *expected)
{
  g_autofree char *number = syl_numbering_format (numbering, syl_test_find (document, id));

  g_assert_cmpstr (number, ==, expected);
}

static void
assert_preset_number (SylNumberingPreset  preset,
                      SylDocument        *document,
                      const char         *id,
                      const char         *expected)
{
  g_autoptr(SylNumbering) numbering = syl_numbering_new_preset (preset);

  assert_number (numbering, document, id, expected);
}

/* Chinese numerals. */

static void
test_numeral_values (void)
{
  static const struct { guint n; const char *text; } cases[] = {
    { 0, "零" }, { 1, "一" }, { 2, "二" }, { 9, "九" }, { 10, "十" }, { 11, "十一" },
    { 12, "十二" }, { 19, "十九" }, { 20, "二十" }, { 21, "二十一" }, { 99, "九十九" },
    { 100, "一百" }, { 101, "一百零一" }, { 105, "一百零五" }, { 110, "一百一十" },
    { 111, "一百一十一" }, { 120, "一百二十" }, { 200, "二百" }, { 310, "三百一十" },
    { 999, "九百九十九" }, { 1000, "一千" }, { 1001, "一千零一" }, { 1010, "一千零一十" },
    { 1100, "一千一百" }, { 1234, "一千二百三十四" }, { 2005, "二千零五" },
    { 9999, "九千九百九十九" }, { 10000, "一万" }, { 10001, "一万零一" },
    { 10010, "一万零一十" }, { 10100, "一万零一百" }, { 11000, "一万一千" },
    { 100000, "十万" }, { 110000, "十一万" }, { 1000000, "一百万" }, { 10000000, "一千万" },
    { 100000000, "一亿" }, { 100000001, "一亿零一" }, { 100010000, "一亿零一万" },
    { 100001000, "一亿零一千" }, { G_MAXUINT, "四十二亿九千四百九十六万七千二百九十五" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = syl_chinese_numeral (cases[i].n);

      g_assert_cmpstr (text, ==, cases[i].text);
    }
}

static int
digit_of (gunichar c)
{
  static const char digits[] = "零一二三四五六七八九";
  int value = 0;

  for (const char *p = digits; *p != '\0'; p = g_utf8_next_char (p), value++)
    if (g_utf8_get_char (p) == c)
      return value;
  return -1;
}

static guint64
unit_of (gunichar c)
{
  const char *units[] = { "十", "百", "千", "万", "亿" };
  const guint64 values[] = { 10, 100, 1000, 10000, 100000000 };

  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (g_utf8_get_char (units[i]) == c)
      return values[i];
  return 0;
}

/* Reads a numeral back, strictly: a unit needs a digit before it, except
 * 十 at the very start; 零 is never followed by a unit.  -1 if invalid. */
static gint64
parse_numeral (const char *text)
{
  guint64 total = 0, group = 0, digit = 0;
  gboolean have_digit = FALSE, after_zero = FALSE;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      int d = digit_of (c);
      guint64 unit = unit_of (c);

      if (d >= 0)
        {
          digit = d;
          have_digit = d > 0;
          after_zero = d == 0;
          continue;
        }
      if (unit == 0 || after_zero || (!have_digit && !(unit == 10 && p == text)))
        return -1;
      if (unit < 10000)
        group += (have_digit ? digit : 1) * unit;
      else if (unit == 10000)
        total += (group + digit) * unit;
      else
        total = (total + group + digit) * unit;
      if (unit >= 10000)
        group = 0;
      digit = 0;
      have_digit = FALSE;
    }
  return total + group + digit;
}

/* Every numeral up to 99999 reads back as its number, and keeps the rules
 * of the spoken form. */
static void
test_numeral_structure (void)
{
  for (guint n = 0; n < 100000; n++)
    {
      g_autofree char *text = syl_chinese_numeral (n);
      gboolean teen = n >= 10 && n <= 19;

      g_assert_cmpint (parse_numeral (text), ==, n);
      g_assert_null (strstr (text, "零零"));
      g_assert_false (g_str_has_prefix (text, "一十"));
      g_assert_cmpint (g_str_has_prefix (text, "十"), ==, teen);
      if (n > 0)
        g_assert_false (g_str_has_suffix (text, "零"));
      if (n < 10000)
        g_assert_cmpint (g_utf8_strlen (text, -1), <=, 7);
      if (n >= 100 && n < 1000)
        g_assert_cmpint (strstr (text, "一十") != NULL, ==, n / 10 % 10 == 1);
    }
}

/* Styles and presets. */

#define DEEP_OUTLINE "A (A1 (A1a (A1a1 (A1a1x (A1a1x1 (A1a1x1y)) A1a1z)))) B (B1 (B1a B1b) B2)"

static void
test_presets (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline (DEEP_OUTLINE);
  const struct { const char *id; const char *chinese; const char *english; const char *path; }
  cases[] = {
    { "A", "第一章", "Chapter 1", "1" },
    { "A1", "第一节", "1.1", "1.1" },
    { "A1a", "一、", "1.1.1", "1.1.1" },
    { "A1a1", "（一）", "1.1.1.1", "1.1.1.1" },
    { "A1a1x", "1.", "1.1.1.1.1", "1.1.1.1.1" },
    { "A1a1x1", "1.", "1.1.1.1.1.1", "1.1.1.1.1.1" },
    { "A1a1x1y", "1.", "1.1.1.1.1.1.1", "1.1.1.1.1.1.1" },
    { "A1a1z", "2.", "1.1.1.1.2", "1.1.1.1.2" },
    { "B", "第二章", "Chapter 2", "2" },
    { "B1", "第一节", "2.1", "2.1" },
    { "B1b", "二、", "2.1.2", "2.1.2" },
    { "B2", "第二节", "2.2", "2.2" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      assert_preset_number (SYL_NUMBERING_PRESET_CHINESE, document, cases[i].id, cases[i].chinese);
      assert_preset_number (SYL_NUMBERING_PRESET_ENGLISH_CHAPTERS, document, cases[i].id,
                            cases[i].english);
      assert_preset_number (SYL_NUMBERING_PRESET_DEFAULT, document, cases[i].id, cases[i].path);
      assert_preset_number (SYL_NUMBERING_PRESET_NONE, document, cases[i].id, "");
    }
  /* The document's own numbering is the default one. */
  g_assert_cmpint (syl_numbering_get_preset (syl_document_get_numbering (document)), ==,
                   SYL_NUMBERING_PRESET_DEFAULT);
  assert_number (syl_document_get_numbering (document), document, "B1b", "2.1.2");
}

static void
test_preset_identity (void)
{
  static const SylNumberStyle english_long[] = {
    SYL_NUMBER_CHAPTER_EN, SYL_NUMBER_DECIMAL_PATH, SYL_NUMBER_DECIMAL_PATH,
  };
  g_autoptr(SylNumbering) long_form = syl_numbering_new (english_long, 3, FALSE);
  g_autoptr(SylNumbering) english = syl_numbering_new_preset (SYL_NUMBERING_PRESET_ENGLISH_CHAPTERS);
  g_autoptr(SylNumbering) custom = syl_numbering_with_style (english, 3, SYL_NUMBER_ZH_COMMA);
  g_autoptr(SylNumbering) custom_items = syl_numbering_with_number_items (custom, FALSE);

  for (SylNumberingPreset p = 0; p < SYL_NUMBERING_PRESET_CUSTOM; p++)
    {
      g_autoptr(SylNumbering) numbering = syl_numbering_new_preset (p);
      SylNumberingPreset parsed;

      g_assert_cmpint (syl_numbering_get_preset (numbering), ==, p);
      g_assert_true (syl_numbering_get_number_items (numbering));
      g_assert_true (syl_numbering_preset_from_string (syl_numbering_preset_to_string (p), &parsed));
      g_assert_cmpint (parsed, ==, p);
    }

  /* A repeated last style changes nothing, and items are a choice apart. */
  g_assert_cmpint (syl_numbering_get_preset (long_form), ==, SYL_NUMBERING_PRESET_ENGLISH_CHAPTERS);
  g_assert_false (syl_numbering_equal (long_form, english));
  g_assert_cmpuint (syl_numbering_get_n_levels (long_form), ==, 3);

  g_assert_cmpint (syl_numbering_get_preset (custom), ==, SYL_NUMBERING_PRESET_CUSTOM);
  g_assert_cmpuint (syl_numbering_get_n_levels (custom), ==, 3);
  g_assert_cmpint (syl_numbering_get_style (custom, 2), ==, SYL_NUMBER_DECIMAL_PATH);
  g_assert_cmpint (syl_numbering_get_style (custom, 3), ==, SYL_NUMBER_ZH_COMMA);
  g_assert_cmpint (syl_numbering_get_style (custom, 50), ==, SYL_NUMBER_ZH_COMMA);
  g_assert_false (syl_numbering_get_number_items (custom_items));
  g_assert_true (syl_numbering_equal (custom, custom_items) == FALSE);
  g_assert_false (syl_numbering_preset_from_string ("custom", &(SylNumberingPreset) { 0 }));
}

static void
test_style_names (void)
{
  const char *names[] = { "decimal-path", "chapter-zh", "section-zh", "zh-comma", "zh-paren",
                          "decimal-dot", "chapter-en", "none" };
  SylNumberStyle style;

  for (SylNumberStyle s = 0; s <= SYL_NUMBER_NONE; s++)
    {
      g_assert_cmpstr (syl_number_style_to_string (s), ==, names[s]);
      g_assert_true (syl_number_style_from_string (names[s], &style));
      g_assert_cmpint (style, ==, s);
    }
  g_assert_false (syl_number_style_from_string ("roman", &style));
  g_assert_false (syl_number_style_from_string ("Chapter-EN", &style));
}

/* Chinese numbers past ten, at every Chinese level. */
static void
test_chinese_past_ten (void)
{
  g_autoptr(GString) spec = g_string_new ("C1 (S (T (");
  g_autoptr(SylDocument) document = NULL;

  for (guint i = 1; i <= 12; i++)
    g_string_append_printf (spec, "P%u ", i);
  g_string_append (spec, "))) ");
  for (guint i = 2; i <= 111; i++)
    g_string_append_printf (spec, "C%u%s", i, i == 21 ? " (D1 D2 D3 D4 D5 D6 D7 D8 D9 D10 D11) " : " ");
  document = syl_test_new_outline (spec->str);

  assert_preset_number (SYL_NUMBERING_PRESET_CHINESE, document, "C10", "第十章");
  assert_preset_number (SYL_NUMBERING_PRESET_CHINESE, document, "C11", "第十一章");
  assert_preset_number (SYL_NUMBERING_PRESET_CHINESE, document, "C20", "第二十章");
  assert_preset_number (SYL_NUMBERING_PRESET_CHINESE, document, "C21", "第二十一章");
  assert_preset_number (SYL_NUMBERING_PRESET_CHINESE, document, "C101", "第一百零一章");
  assert_preset_number (SYL_NUMBERING_PRESET_CHINESE, document, "C110", "第一百一十章");
  assert_preset_number (SYL_NUMBERING_PRESET_CHINESE, document, "C111", "第一百一十一章");
  assert_preset_number (SYL_NUMBERING_PRESET_CHINESE, document, "D11", "第十一节");
  assert_preset_number (SYL_NUMBERING_PRESET_CHINESE, document, "P10", "（十）");
  assert_preset_number (SYL_NUMBERING_PRESET_CHINESE, document, "P12", "（十二）");
  assert_preset_number (SYL_NUMBERING_PRESET_ENGLISH_CHAPTERS, document, "C111", "Chapter 111");
  assert_preset_number (SYL_NUMBERING_PRESET_ENGLISH_CHAPTERS, document, "D11", "21.11");
}

static void
test_format_with_title (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline (DEEP_OUTLINE);
  g_autoptr(SylNumbering) chinese = syl_numbering_new_preset (SYL_NUMBERING_PRESET_CHINESE);
  g_autoptr(SylNumbering) none = syl_numbering_new_preset (SYL_NUMBERING_PRESET_NONE);
  const struct { const char *id; const char *text; } cases[] = {
    { "A", "第一章 A" }, { "A1", "第一节 A1" }, { "A1a", "一、A1a" }, { "A1a1", "（一）A1a1" },
    { "A1a1x", "1. A1a1x" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = syl_numbering_format_with_title (chinese, syl_test_find (document,
                                                                                  cases[i].id));
      g_autofree char *bare = syl_numbering_format_with_title (none, syl_test_find (document,
                                                                               cases[i].id));

      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_cmpstr (bare, ==, cases[i].id);
    }

  g_assert_cmpstr (syl_numbering_separator_after (""), ==, "");
  g_assert_cmpstr (syl_numbering_separator_after ("1.4"), ==, " ");
  g_assert_cmpstr (syl_numbering_separator_after ("1."), ==, " ");
  g_assert_cmpstr (syl_numbering_separator_after ("第十一章"), ==, " ");
  g_assert_cmpstr (syl_numbering_separator_after ("Chapter 2"), ==, " ");
  g_assert_cmpstr (syl_numbering_separator_after ("十一、"), ==, "");
  g_assert_cmpstr (syl_numbering_separator_after ("（十二）"), ==, "");
}

/* Items: discussions and examples, numbered or not. */

/* A node, left open, whose id and title are @id. */
#define NODE(id) "{\"id\": \"" id "\", \"title\": \"" id "\""
#define DISCUSSION ", \"kind\": \"discussion\"}"
#define EXAMPLE ", \"kind\": \"example\""
#define CHILDREN ", \"children\": ["

#define ITEMS_JSON(numbering) \
  "{\"format\": \"syllabus\", \"version\": 1, " numbering "\"children\": [" \
  NODE ("S1") CHILDREN NODE ("S1a") "}]}, " \
  NODE ("D") DISCUSSION ", " \
  NODE ("S2") "}, " \
  NODE ("E") EXAMPLE CHILDREN NODE ("X") "}]}, " \
  NODE ("S3") CHILDREN NODE ("S3a") "}, " NODE ("S3d") DISCUSSION ", " \
  NODE ("S3b") CHILDREN NODE ("S3b1") "}]}]}]}"

static void
test_number_items (void)
{
  g_autoptr(SylDocument) document = syl_test_parse (
    ITEMS_JSON ("\"numbering\": {\"number_items\": false}, "));
  SylNumbering *own = syl_document_get_numbering (document);
  g_autoptr(SylNumbering) preset = syl_numbering_new_preset (SYL_NUMBERING_PRESET_CHINESE);
  g_autoptr(SylNumbering) chinese = syl_numbering_with_number_items (preset, FALSE);
  g_autoptr(SylNumbering) with_items = syl_numbering_with_number_items (own, TRUE);
  const struct { const char *id; const char *path; const char *chinese; const char *all; }
  cases[] = {
    { "S1", "1", "第一章", "1" }, { "S1a", "1.1", "第一节", "1.1" },
    { "D", "", "", "2" }, { "S2", "2", "第二章", "3" }, { "E", "", "", "4" },
    { "X", "", "", "4.1" }, { "S3", "3", "第三章", "5" }, { "S3a", "3.1", "第一节", "5.1" },
    { "S3d", "", "", "5.2" }, { "S3b", "3.2", "第二节", "5.3" },
    { "S3b1", "3.2.1", "一、", "5.3.1" },
  };

  g_assert_cmpint (syl_numbering_get_preset (chinese), ==, SYL_NUMBERING_PRESET_CHINESE);
  g_assert_false (syl_numbering_get_number_items (own));
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *file_number = syl_node_dup_number (syl_test_find (document, cases[i].id));
      g_autofree char *shown = syl_document_dup_number (document, syl_test_find (document,
                                                                                 cases[i].id));

      assert_number (own, document, cases[i].id, cases[i].path);
      assert_number (chinese, document, cases[i].id, cases[i].chinese);
      assert_number (with_items, document, cases[i].id, cases[i].all);
      g_assert_cmpstr (shown, ==, cases[i].path);
      /* The file's number counts every node, whatever the numbering. */
      g_assert_cmpstr (file_number, ==, cases[i].all);
    }
}

/* The “numbering” member. */

#define CANONICAL_HEAD \
  "{\n" \
  "  \"format\": \"syllabus\",\n" \
  "  \"version\": 1,\n" \
  "  \"title\": \"算法\",\n" \
  "  \"subtitle\": \"\",\n" \
  "  \"language\": \"zh-CN\",\n" \
  "  \"authors\": [],\n" \
  "  \"description\": \"\",\n" \
  "  \"target_minutes\": 90,\n"

#define CANONICAL_TAIL \
  "  \"children\": [\n" \
  "    {\n" \
  "      \"id\": \"a\",\n" \
  "      \"number\": \"1\",\n" \
  "      \"kind\": \"section\",\n" \
  "      \"title\": \"概述\",\n" \
  "      \"notes\": \"\",\n" \
  "      \"objectives\": [],\n" \
  "      \"optional\": false,\n" \
  "      \"examples\": [],\n" \
  "      \"annotations\": [],\n" \
  "      \"children\": []\n" \
  "    }\n" \
  "  ]\n" \
  "}\n"

#define CANONICAL_NUMBERING \
  "  \"numbering\": {\n" \
  "    \"levels\": [\n" \
  "      \"chapter-zh\",\n" \
  "      \"section-zh\",\n" \
  "      \"zh-comma\"\n" \
  "    ],\n" \
  "    \"number_items\": false,\n" \
  "    \"x-tool\": {\n" \
  "      \"colour\": \"red\"\n" \
  "    }\n" \
  "  },\n"

static void
test_json_round_trip (void)
{
  const char *text = CANONICAL_HEAD CANONICAL_NUMBERING CANONICAL_TAIL;
  g_autoptr(SylDocument) document = syl_test_parse (text);
  g_autofree char *output = syl_test_serialize (document);
  SylNumbering *numbering = syl_document_get_numbering (document);

  g_assert_cmpstr (output, ==, text);
  g_assert_cmpuint (syl_numbering_get_n_levels (numbering), ==, 3);
  g_assert_cmpint (syl_numbering_get_style (numbering, 1), ==, SYL_NUMBER_CHAPTER_ZH);
  g_assert_cmpint (syl_numbering_get_style (numbering, 4), ==, SYL_NUMBER_ZH_COMMA);
  g_assert_false (syl_numbering_get_number_items (numbering));
  assert_number (numbering, document, "a", "第一章");
}

/* Compact input is written in canonical form, members in their order. */
static void
test_json_canonical (void)
{
  g_autoptr(SylDocument) document = syl_test_parse (
    "{\"children\": [{\"id\": \"a\", \"title\": \"概述\"}], "
    "\"numbering\": {\"x-tool\": {\"colour\": \"red\"}, \"number_items\": false, "
    "\"levels\": [\"chapter-zh\", \"section-zh\", \"zh-comma\"]}, \"target_minutes\": 90, "
    "\"format\": \"syllabus\", \"version\": 1, \"title\": \"算法\", \"language\": \"zh-CN\"}");
  g_autofree char *output = syl_test_serialize (document);

  g_assert_cmpstr (output, ==, CANONICAL_HEAD CANONICAL_NUMBERING CANONICAL_TAIL);
}

/* The default numbering is never written, so files that keep it do not
 * change; anything else, unknown members included, is. */
static void
test_json_default (void)
{
  const char *defaults[] = {
    "{}",
    "{\"levels\": [\"decimal-path\"]}",
    "{\"levels\": [\"decimal-path\", \"decimal-path\"], \"number_items\": true}",
  };
  g_autofree char *path = syl_test_sample_path ();
  g_autofree char *sample = syl_test_read_text (path);
  g_autoptr(SylDocument) document = syl_test_parse (sample);
  g_autofree char *output = syl_test_serialize (document);
  g_autoptr(SylDocument) kept = syl_test_parse (
    CANONICAL_HEAD "  \"numbering\": {\"x-tool\": 1},\n" CANONICAL_TAIL);
  g_autofree char *kept_output = syl_test_serialize (kept);

  syl_test_assert_same_text (output, sample);
  g_assert_null (strstr (output, "\"numbering\""));

  for (guint i = 0; i < G_N_ELEMENTS (defaults); i++)
    {
      g_autofree char *text = g_strdup_printf (CANONICAL_HEAD "  \"numbering\": %s,\n" CANONICAL_TAIL,
                                               defaults[i]);
      g_autoptr(SylDocument) loaded = syl_test_parse (text);
      g_autofree char *written = syl_test_serialize (loaded);

      g_assert_cmpstr (written, ==, CANONICAL_HEAD CANONICAL_TAIL);
    }

  g_assert_cmpstr (kept_output, ==, CANONICAL_HEAD
                   "  \"numbering\": {\n"
                   "    \"levels\": [\n"
                   "      \"decimal-path\"\n"
                   "    ],\n"
                   "    \"number_items\": true,\n"
                   "    \"x-tool\": 1\n"
                   "  },\n"
                   CANONICAL_TAIL);
}

/* Each bad value is refused with its path; the fixtures in tests/data/bad
 * say the same for whole files. */
static void
test_json_errors (void)
{
  const struct { const char *value; const char *message; } cases[] = {
    { "[\"chapter-zh\"]", "numbering: expected an object" },
    { "{\"levels\": [\"chapter-zh\", \"section-zh\", \"roman\"]}",
      "numbering.levels[2]: unknown style “roman”; expected decimal-path, chapter-zh, "
      "section-zh, zh-comma, zh-paren, decimal-dot, chapter-en or none" },
    { "{\"number_items\": 1}", "numbering.number_items: expected true or false" },
    { "{\"levels\": \"none\"}", "numbering.levels: expected an array" },
    { "{\"levels\": [null]}", "numbering.levels[0]: expected a string" },
    { "{\"levels\": []}", "numbering.levels: expected at least one style" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf (CANONICAL_HEAD "  \"numbering\": %s,\n" CANONICAL_TAIL,
                                               cases[i].value);
      g_autoptr(GError) error = NULL;
      g_autoptr(SylDocument) document = syl_document_new_from_data (text, strlen (text), &error);

      g_assert_null (document);
      g_assert_error (error, SYL_ERROR, SYL_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* Changing the numbering: one step, undone and redone exactly. */

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 guint      *count)
{
  (*count)++;
}

static void
test_set_numbering (void)
{
  g_autofree char *path = syl_test_sample_path ();
  g_autofree char *sample = syl_test_read_text (path);
  g_autoptr(SylDocument) document = syl_test_parse (sample);
  SylHistory *history = syl_document_get_history (document);
  SylNode *first = syl_node_get_child (syl_document_get_root (document), 0);
  g_autoptr(SylNumbering) chinese = syl_numbering_new_preset (SYL_NUMBERING_PRESET_CHINESE);
  g_autoptr(SylNumbering) same = syl_numbering_new_preset (SYL_NUMBERING_PRESET_CHINESE);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_autofree char *number = NULL;
  guint notified = 0;

  g_signal_connect (document, "notify::numbering", G_CALLBACK (count_notify_cb), &notified);

  syl_document_set_numbering (document, chinese);
  after = syl_test_serialize (document);
  number = syl_document_dup_number (document, first);
  g_assert_cmpstr (number, ==, "第一章");
  g_assert_cmpuint (notified, ==, 1);
  g_assert_cmpuint (syl_history_get_n_undo (history), ==, 1);
  g_assert_cmpstr (syl_history_get_undo_label (history), ==, "Change Numbering");
  g_assert_true (syl_document_get_modified (document));
  g_assert_nonnull (strstr (after, "  \"numbering\": {\n    \"levels\": [\n      \"chapter-zh\",\n"));
  /* The caller's object is not the document's. */
  g_assert_true (syl_document_get_numbering (document) != chinese);

  /* The same numbering again is no step. */
  syl_document_set_numbering (document, same);
  g_assert_cmpuint (syl_history_get_n_undo (history), ==, 1);
  g_assert_cmpuint (notified, ==, 1);

  g_assert_true (syl_history_undo (history));
  undone = syl_test_serialize (document);
  syl_test_assert_same_text (undone, sample);
  g_assert_cmpuint (notified, ==, 2);
  g_assert_false (syl_document_get_modified (document));
  g_assert_cmpint (syl_numbering_get_preset (syl_document_get_numbering (document)), ==,
                   SYL_NUMBERING_PRESET_DEFAULT);

  g_assert_true (syl_history_redo (history));
  redone = syl_test_serialize (document);
  g_assert_cmpstr (redone, ==, after);
  g_assert_cmpuint (notified, ==, 3);
}

/* A change keeps the unknown members of the document's numbering. */
static void
test_set_numbering_keeps_unknown (void)
{
  const char *text = CANONICAL_HEAD CANONICAL_NUMBERING CANONICAL_TAIL;
  g_autoptr(SylDocument) document = syl_test_parse (text);
  g_autoptr(SylNumbering) english = syl_numbering_new_preset (SYL_NUMBERING_PRESET_ENGLISH_CHAPTERS);
  g_autoptr(SylNumbering) with_items = NULL;
  g_autofree char *changed = NULL;
  g_autofree char *undone = NULL;

  syl_document_set_numbering (document, english);
  changed = syl_test_serialize (document);
  g_assert_nonnull (strstr (changed,
                            "  \"numbering\": {\n"
                            "    \"levels\": [\n"
                            "      \"chapter-en\",\n"
                            "      \"decimal-path\"\n"
                            "    ],\n"
                            "    \"number_items\": true,\n"
                            "    \"x-tool\": {\n"));

  with_items = syl_numbering_with_number_items (syl_document_get_numbering (document), FALSE);
  syl_document_set_numbering (document, with_items);
  g_assert_cmpuint (syl_history_get_n_undo (syl_document_get_history (document)), ==, 2);

  g_assert_true (syl_history_undo (syl_document_get_history (document)));
  g_assert_true (syl_history_undo (syl_document_get_history (document)));
  undone = syl_test_serialize (document);
  g_assert_cmpstr (undone, ==, text);
}

/* syllabus-cli outline. */

static void
test_cli_outline_presets (void)
{
  g_autofree char *sample = syl_test_sample_path ();
  g_autofree char *chinese_path = syl_test_data_path ("ai-enterprise-course.outline-chinese.txt",
                                                      NULL);
  g_autofree char *default_path = syl_test_data_path ("ai-enterprise-course.outline.txt", NULL);
  g_autofree char *chinese = syl_test_read_text (chinese_path);
  g_autofree char *plain = syl_test_read_text (default_path);
  g_autoptr(SylTestCli) run = syl_test_run_cli ("outline", "--numbering=chinese", sample, NULL);
  g_autoptr(SylTestCli) defaults = syl_test_run_cli ("outline", "--numbering=default", sample,
                                                     NULL);
  g_autoptr(SylTestCli) english = syl_test_run_cli ("outline", "--numbering", "english", sample,
                                                    NULL);
  g_autoptr(SylTestCli) bad = syl_test_run_cli ("outline", "--numbering=roman", sample, NULL);

  g_assert_cmpint (run->status, ==, 0);
  g_assert_cmpstr (run->err, ==, "");
  g_assert_cmpstr (run->out, ==, chinese);
  g_assert_true (g_str_has_prefix (run->out, "第一章 AI 大模型的概念和特点\n"
                                             "  第一节 什么是“大模型、多模态”？\n"));
  g_assert_nonnull (strstr (run->out, "\n    一、RNN 到 transformor\n"));
  g_assert_nonnull (strstr (run->out, "\n  第十节 附件——AIGC 带来的艺术震撼\n"));

  g_assert_cmpstr (defaults->out, ==, plain);
  g_assert_true (g_str_has_prefix (english->out, "Chapter 1 AI 大模型的概念和特点\n"
                                                 "  1.1 什么是“大模型、多模态”？\n"));

  g_assert_cmpint (bad->status, ==, 2);
  g_assert_cmpstr (bad->out, ==, "");
  g_assert_cmpstr (bad->err, ==, "syllabus-cli outline: unknown numbering “roman”; "
                                 "expected default, chinese, english or none\n");
}

/* Without --numbering, the outline's own numbering, items included. */
static void
test_cli_outline_own (void)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("syl-test-numbering-XXXXXX", &error);
  g_autofree char *path = NULL;
  g_autoptr(SylTestCli) own = NULL;
  g_autoptr(SylTestCli) overridden = NULL;

  g_assert_no_error (error);
  path = g_build_filename (dir, "items.syllabus.json", NULL);
  g_file_set_contents (path, ITEMS_JSON ("\"numbering\": {\"levels\": [\"chapter-zh\", "
                                         "\"section-zh\", \"none\"], \"number_items\": false}, "),
                       -1, &error);
  g_assert_no_error (error);

  own = syl_test_run_cli ("outline", path, NULL);
  overridden = syl_test_run_cli ("outline", "--numbering=english", path, NULL);

  g_assert_cmpint (own->status, ==, 0);
  g_assert_cmpstr (own->out, ==,
                   "第一章 S1\n  第一节 S1a\nD\n第二章 S2\nE\n  X\n第三章 S3\n"
                   "  第一节 S3a\n  S3d\n  第二节 S3b\n    S3b1\n");
  /* A preset replaces the styles; the items stay unnumbered. */
  g_assert_cmpstr (overridden->out, ==,
                   "Chapter 1 S1\n  1.1 S1a\nD\nChapter 2 S2\nE\n  X\nChapter 3 S3\n"
                   "  3.1 S3a\n  S3d\n  3.2 S3b\n    3.2.1 S3b1\n");

  g_assert_cmpint (g_unlink (path), ==, 0);
  g_assert_cmpint (g_rmdir (dir), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/numbering/numeral/values", test_numeral_values);
  g_test_add_func ("/numbering/numeral/structure", test_numeral_structure);
  g_test_add_func ("/numbering/presets", test_presets);
  g_test_add_func ("/numbering/preset-identity", test_preset_identity);
  g_test_add_func ("/numbering/style-names", test_style_names);
  g_test_add_func ("/numbering/chinese-past-ten", test_chinese_past_ten);
  g_test_add_func ("/numbering/format-with-title", test_format_with_title);
  g_test_add_func ("/numbering/number-items", test_number_items);
  g_test_add_func ("/numbering/json/round-trip", test_json_round_trip);
  g_test_add_func ("/numbering/json/canonical", test_json_canonical);
  g_test_add_func ("/numbering/json/default", test_json_default);
  g_test_add_func ("/numbering/json/errors", test_json_errors);
  g_test_add_func ("/numbering/set", test_set_numbering);
  g_test_add_func ("/numbering/set-keeps-unknown", test_set_numbering_keeps_unknown);
  g_test_add_func ("/numbering/cli/presets", test_cli_outline_presets);
  g_test_add_func ("/numbering/cli/own", test_cli_outline_own);

  return g_test_run ();
}
