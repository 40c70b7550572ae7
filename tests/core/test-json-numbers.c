/* test-json-numbers.c: numbers in Syllabus format v1, and how messages quote the file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "syl-test-util.h"
#include "syl-json-reader.h"

/* The smallest valid outline, left open for more members. */
#define HEAD "{\"format\": \"syllabus\", \"version\": 1"

/* What an empty outline serializes to, up to its closing brace, so tests
 * can state the whole expected output of a small document. */
#define CANONICAL_EMPTY \
  "{\n" \
  "  \"format\": \"syllabus\",\n" \
  "  \"version\": 1,\n" \
  "  \"title\": \"\",\n" \
  "  \"subtitle\": \"\",\n" \
  "  \"language\": \"\",\n" \
  "  \"authors\": [],\n" \
  "  \"description\": \"\",\n" \
  "  \"children\": []"

/* Loads @text, serializes it and checks the output is exactly @expected,
 * then that the output reads back to the same bytes. */
static void
assert_serializes_to (const char *text,
                      const char *expected)
{
  g_autoptr(SylDocument) document = syl_test_parse (text);
  g_autofree char *output = syl_test_serialize (document);
  g_autoptr(SylDocument) again = syl_test_parse (output);
  g_autofree char *output_again = syl_test_serialize (again);

  g_assert_cmpstr (output, ==, expected);
  g_assert_cmpstr (output_again, ==, expected);
}

static void
test_big_integers (void)
{
  const char *text = HEAD ", \"x-big\": [9007199254740993, -9007199254740993, "
                     "9223372036854775807, -9223372036854775808, 0, -1]}";
  const char *expected = CANONICAL_EMPTY ",\n"
                         "  \"x-big\": [\n"
                         "    9007199254740993,\n"
                         "    -9007199254740993,\n"
                         "    9223372036854775807,\n"
                         "    -9223372036854775808,\n"
                         "    0,\n"
                         "    -1\n"
                         "  ]\n"
                         "}\n";

  assert_serializes_to (text, expected);
}

/* Doubles are written in their shortest form that reads back as the same
 * value, keeping a ".0" or an exponent so they stay doubles. */
static void
test_doubles (void)
{
  const char *text = HEAD ", \"x\": [0.1, 0.5, -3.75, 1.0, 1E2, 1e300, 0.30000000000000004, "
                     "123456789.125, -0.0, 2.5e-5, 2.2250738585072014e-308]}";
  const char *expected = CANONICAL_EMPTY ",\n"
                         "  \"x\": [\n"
                         "    0.1,\n"
                         "    0.5,\n"
                         "    -3.75,\n"
                         "    1.0,\n"
                         "    100.0,\n"
                         "    1e+300,\n"
                         "    0.30000000000000004,\n"
                         "    123456789.125,\n"
                         "    -0.0,\n"
                         "    2.5e-05,\n"
                         "    2.2250738585072014e-308\n"
                         "  ]\n"
                         "}\n";
  const double values[] = { 0.1, 0.5, -3.75, 1.0, 1e2, 1e300, 0.30000000000000004,
                            123456789.125, -0.0, 2.5e-5, 2.2250738585072014e-308 };
  g_autoptr(JsonNode) root = syl_test_parse_json (expected);
  JsonArray *array = json_object_get_array_member (json_node_get_object (root), "x");

  assert_serializes_to (text, expected);

  /* Another JSON reader gets the very same values back. */
  for (guint i = 0; i < G_N_ELEMENTS (values); i++)
    g_assert_true (json_array_get_double_element (array, i) == values[i]);
}

/* Subnormal doubles too: docs/format.md promises the shortest form that
 * reads back as the same value for every number, and Python writes these
 * as 5e-324 and 1e-320.  A subnormal has fewer significant digits than
 * the 15 to 17 a normal double needs, so trying only those gives
 * 4.94065645841247e-324 instead. */
static void
test_doubles_subnormal (void)
{
  const char *text = HEAD ", \"x\": [5e-324, 1e-320]}";
  const char *expected = CANONICAL_EMPTY ",\n"
                         "  \"x\": [\n"
                         "    5e-324,\n"
                         "    1e-320\n"
                         "  ]\n"
                         "}\n";

  assert_serializes_to (text, expected);
}

/* Whole numbers beyond 64 bits are still numbers: "too large", not the
 * wrong type. */
static void
test_huge_duration (void)
{
  const char *cases[][2] = {
    { "99999999999999999999", "children[0].duration_minutes: too large" },
    { "-99999999999999999999", "children[0].duration_minutes: must be 0 or more, not -99999999999999999999" },
    { "45.5", "children[0].duration_minutes: expected a whole number" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *json = g_strdup_printf ("{\"format\": \"syllabus\", \"version\": 1, "
                                               "\"children\": [{\"id\": \"a\", "
                                               "\"duration_minutes\": %s}]}", cases[i][0]);
      g_autoptr(GError) error = NULL;
      g_autoptr(SylDocument) document = syl_document_new_from_data (json, strlen (json), &error);

      g_assert_null (document);
      g_assert_error (error, SYL_ERROR, SYL_ERROR_INVALID);
      g_assert_cmpstr (error->message, ==, cases[i][1]);
    }
}

/* JSON puts no limit on the digits of a number: any that fits a double is
 * read to the value its digits say, however long it is written. */
static void
test_long_numbers (void)
{
  g_autofree char *zeros = g_strnfill (700, '0');
  g_autofree char *one = g_strdup_printf ("1.%.598s", zeros);
  g_autofree char *text = g_strdup_printf (HEAD ", \"x\": [%s, 1%.650se-600, -0.%s5e+650, "
                                           "1%.300s]}", one, zeros, zeros, zeros);
  const char *expected = CANONICAL_EMPTY ",\n"
                         "  \"x\": [\n"
                         "    1.0,\n"
                         "    1e+50,\n"
                         "    -5e-51,\n"
                         "    1e+300\n"
                         "  ]\n"
                         "}\n";
  g_autoptr(JsonNode) root = syl_test_parse_json (expected);
  JsonArray *array = json_object_get_array_member (json_node_get_object (root), "x");

  g_assert_cmpuint (strlen (one), ==, 600);
  assert_serializes_to (text, expected);
  g_assert_true (json_array_get_double_element (array, 0) == 1.0);
  g_assert_true (json_array_get_double_element (array, 1) == 1e50);
  g_assert_true (json_array_get_double_element (array, 2) == -5e-51);
}

/* @text as messages quote it: its first 40 characters, then "…". */
static char *
shorten (const char *text)
{
  const char *end = g_utf8_offset_to_pointer (text, 40);

  return g_strdup_printf ("%.*s…", (int) (end - text), text);
}

/* A bare word of megabytes gives a message of one short line, which still
 * says where the word is. */
static void
test_huge_word_quoted (void)
{
  const gsize size = 10 * 1024 * 1024;
  g_autofree char *word = g_strnfill (size, 'a');
  g_autofree char *text = g_strconcat (HEAD ", \"title\": ", word, "}", NULL);
  g_autofree char *quote = shorten (word);
  g_autofree char *expected = g_strdup_printf ("big.json:1:%zu: expected a value, found “%s”",
                                               strlen (HEAD ", \"title\": ") + 1, quote);
  g_autoptr(GError) error = syl_test_parse_fails (text, strlen (text));
  g_autofree char *message = syl_error_format_for_file ("big.json", error);

  g_assert_error (error, SYL_ERROR, SYL_ERROR_SYNTAX);
  g_assert_cmpuint (strlen (error->message), <, 200);
  g_assert_true (g_str_has_suffix (error->message, "…”"));
  g_assert_cmpstr (message, ==, expected);
}

static void
assert_refused_with (const char *text,
                     const char *expected)
{
  g_autoptr(GError) error = syl_test_parse_fails (text, strlen (text));

  g_assert_cmpstr (error->message, ==, expected);
}

typedef struct
{
  const char *before;           /* the file, around a long string */
  const char *after;
  const char *message_before;   /* the message, around its quote */
  const char *message_after;
} QuoteCase;

static const QuoteCase quote_cases[] = {
  { HEAD ", \"children\": [{\"id\": \"a\", \"kind\": \"", "\"}]}",
    "children[0].kind: unknown kind “", "”; expected section, discussion or example" },
  { HEAD ", \"numbering\": {\"levels\": [\"", "\"]}}",
    "numbering.levels[0]: unknown style “",
    "”; expected decimal-path, chapter-zh, section-zh, zh-comma, zh-paren, decimal-dot, "
    "chapter-en or none" },
  { "{\"format\": \"", "\", \"version\": 1}",
    "not a Syllabus outline: its format is “", "”" },
};

/* Every message that quotes a string of the file cuts it the same way, at
 * a character boundary even where characters take several bytes; forty
 * characters are quoted whole. */
static void
test_long_strings_quoted (void)
{
  g_autoptr(GString) mixed = g_string_new (NULL);
  g_autofree char *forty = NULL;
  g_autofree char *quote = NULL;

  for (guint i = 0; i < 100; i++)
    g_string_append (mixed, i % 2 ? "中" : "é");
  forty = g_strndup (mixed->str, g_utf8_offset_to_pointer (mixed->str, 40) - mixed->str);
  quote = shorten (mixed->str);

  for (guint i = 0; i < G_N_ELEMENTS (quote_cases); i++)
    {
      const QuoteCase *c = &quote_cases[i];
      g_autofree char *text = g_strconcat (c->before, mixed->str, c->after, NULL);
      g_autofree char *expected = g_strconcat (c->message_before, quote, c->message_after, NULL);
      g_autofree char *whole = g_strconcat (c->before, forty, c->after, NULL);
      g_autofree char *expected_whole = g_strconcat (c->message_before, forty,
                                                     c->message_after, NULL);

      assert_refused_with (text, expected);
      assert_refused_with (whole, expected_whole);
    }
}

/* Member names and numbers are quoted alike. */
static void
test_long_tokens_quoted (void)
{
  g_autofree char *name = g_strnfill (100, 'm');
  g_autofree char *digits = g_strnfill (10 * 1024 * 1024, '7');
  g_autofree char *name_quote = shorten (name);
  g_autofree char *digits_quote = shorten (digits);
  g_autofree char *text = NULL;
  g_autofree char *expected = NULL;

  text = g_strdup_printf (HEAD ", \"%s\": 1, \"%s\": 2}", name, name);
  expected = g_strdup_printf ("1:%zu: duplicate member “%s”",
                              strlen (HEAD ", \"") + 100 + strlen ("\": 1, ") + 1, name_quote);
  assert_refused_with (text, expected);
  g_free (text);
  g_free (expected);

  text = g_strdup_printf (HEAD ", \"x\": %s}", digits);
  expected = g_strdup_printf ("1:%zu: number “%s” is too large to represent",
                              strlen (HEAD ", \"x\": ") + 1, digits_quote);
  assert_refused_with (text, expected);
  g_free (text);
  g_free (expected);

  /* The minus sign is the first of the forty characters. */
  text = g_strdup_printf (HEAD ", \"target_minutes\": -%.100s}", digits);
  expected = g_strdup_printf ("target_minutes: must be 0 or more, not -%.39s…", digits);
  assert_refused_with (text, expected);
}

/* Warnings quote the file as errors do. */
static void
test_long_id_quoted (void)
{
  g_autofree char *id = g_strnfill (100, 'x');
  g_autofree char *quote = shorten (id);
  g_autofree char *text = g_strdup_printf (HEAD ", \"children\": [{\"id\": \"%s\"}, "
                                           "{\"id\": \"%s\"}]}", id, id);
  g_autofree char *warning = g_strdup_printf ("children[1]: duplicate id “%s”; "
                                              "a new one was given", quote);
  g_autoptr(SylDocument) document = syl_test_parse (text);

  g_assert_cmpstr (syl_document_get_warnings (document)[0], ==, warning);
  g_assert_null (syl_document_get_warnings (document)[1]);
}

typedef struct
{
  const char *version;
  int         code;
  const char *message;
} VersionCase;

/* A version beyond 64 bits is a whole number, only out of range. */
static void
test_huge_version (void)
{
  const VersionCase cases[] = {
    { "123456789012345678901234567890", SYL_ERROR_INVALID, "version: too large" },
    { "9223372036854775808", SYL_ERROR_INVALID, "version: too large" },
    { "-123456789012345678901234567890", SYL_ERROR_INVALID,
      "version: unknown format version -123456789012345678901234567890" },
    { "9223372036854775807", SYL_ERROR_NEWER_VERSION,
      "made by a newer version of Syllabus (format 9223372036854775807); "
      "this version reads format 1" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = g_strdup_printf ("{\"format\": \"syllabus\", \"version\": %s}",
                                               cases[i].version);
      g_autoptr(GError) error = syl_test_parse_fails (text, strlen (text));

      g_assert_error (error, SYL_ERROR, cases[i].code);
      g_assert_cmpstr (error->message, ==, cases[i].message);
    }
}

/* A number too close to zero for a double is refused as one too large is,
 * rather than silently read as 0; zero itself, written any way, is 0. */
static void
test_underflow (void)
{
  const char *refused[] = { "1e-400", "-1e-400", "2e-324", "0.0001e-320" };
  const char *zeros = HEAD ", \"x\": [0e-400, -0.000e-999, 3e-324, 0.00001e-315]}";
  const char *expected = CANONICAL_EMPTY ",\n"
                         "  \"x\": [\n"
                         "    0.0,\n"
                         "    -0.0,\n"
                         "    5e-324,\n"
                         "    1e-320\n"
                         "  ]\n"
                         "}\n";

  for (guint i = 0; i < G_N_ELEMENTS (refused); i++)
    {
      g_autofree char *text = g_strdup_printf (HEAD ", \"x\": %s}", refused[i]);
      g_autofree char *message = g_strdup_printf ("1:%zu: number “%s” is too close to zero "
                                                  "to represent",
                                                  strlen (HEAD ", \"x\": ") + 1, refused[i]);
      g_autoptr(GError) error = syl_test_parse_fails (text, strlen (text));

      g_assert_error (error, SYL_ERROR, SYL_ERROR_SYNTAX);
      g_assert_cmpstr (error->message, ==, message);
    }

  assert_serializes_to (zeros, expected);
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/numbers/big-integers", test_big_integers);
  g_test_add_func ("/json/numbers/doubles", test_doubles);
  g_test_add_func ("/json/numbers/subnormal-doubles-shortest", test_doubles_subnormal);
  g_test_add_func ("/json/numbers/huge-duration", test_huge_duration);
  g_test_add_func ("/json/numbers/long", test_long_numbers);
  g_test_add_func ("/json/numbers/huge-version", test_huge_version);
  g_test_add_func ("/json/numbers/underflow", test_underflow);
  g_test_add_func ("/json/quotes/huge-word", test_huge_word_quoted);
  g_test_add_func ("/json/quotes/long-strings", test_long_strings_quoted);
  g_test_add_func ("/json/quotes/long-tokens", test_long_tokens_quoted);
  g_test_add_func ("/json/quotes/long-id-warning", test_long_id_quoted);

  return g_test_run ();
}
