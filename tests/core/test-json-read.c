/* test-json-read.c: what the reader of Syllabus format v1 makes of line
 * breaks, byte order marks, escapes, dates and text that is no JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "syl-json-reader.h"
#include "syl-test-util.h"

/* Specific reader behaviours. */

static void
test_utf8_bom (void)
{
  const char *text = "\xEF\xBB\xBF" SYL_TEST_JSON_HEAD ", \"title\": \"Bom\"}";
  g_autoptr(SylDocument) document = syl_test_parse_length (text, strlen (text));
  g_autoptr(SylDocument) plain = syl_test_parse_length (text + 3, strlen (text + 3));
  g_autofree char *output = syl_test_serialize (document);
  g_autofree char *plain_output = syl_test_serialize (plain);

  g_assert_cmpstr (syl_document_get_title (document), ==, "Bom");
  /* Syllabus never writes a byte order mark. */
  g_assert_true (g_str_has_prefix (output, "{\n"));
  g_assert_cmpstr (output, ==, plain_output);
}

static char *
lf_to_crlf (const char *text)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);

  return g_strjoinv ("\r\n", lines);
}

static void
test_crlf (void)
{
  const char *lf = "{\n"
                   "  \"format\": \"syllabus\",\n"
                   "  \"version\": 1,\n"
                   "  \"title\": \"Windows\",\n"
                   "  \"children\": [\n"
                   "    {\"id\": \"a\", \"title\": \"A\"}\n"
                   "  ]\n"
                   "}\n";
  g_autofree char *crlf = lf_to_crlf (lf);
  g_autoptr(SylDocument) lf_document = syl_test_parse_length (lf, strlen (lf));
  g_autoptr(SylDocument) crlf_document = syl_test_parse_length (crlf, strlen (crlf));
  g_autofree char *lf_output = syl_test_serialize (lf_document);
  g_autofree char *crlf_output = syl_test_serialize (crlf_document);

  g_assert_nonnull (strstr (crlf, "\r\n"));
  g_assert_cmpstr (syl_document_get_title (crlf_document), ==, "Windows");
  g_assert_cmpstr (crlf_output, ==, lf_output);
  g_assert_null (strchr (crlf_output, '\r'));
}

typedef struct
{
  const char *lf_text;
  const char *message;
} PositionCase;

/* Each \r\n is one line break: lines and columns are those an editor
 * shows, whatever the line endings. */
static void
test_crlf_error_positions (void)
{
  const PositionCase cases[] = {
    { "{\n  \"format\": \"syllabus\",\n  \"version\": 1\n  \"title\": \"x\"\n}\n",
      "4:3: expected “,” or “}”, found “\"”" },
    { "{\n\n\n  \"format\": tru\n}\n",
      "4:13: expected a value, found “tru”" },
    { "{\n  \"format\": \"syllabus\",\n  \"version\": 1,\n  \"title\": \"é\\x\"\n}\n",
      "4:14: invalid escape “\\x” in a string" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *crlf = lf_to_crlf (cases[i].lf_text);
      g_autoptr(GError) lf_error = syl_test_parse_fails (cases[i].lf_text,
                                                         strlen (cases[i].lf_text));
      g_autoptr(GError) crlf_error = syl_test_parse_fails (crlf, strlen (crlf));

      g_assert_cmpint (crlf_error->code, ==, SYL_ERROR_SYNTAX);
      g_assert_cmpstr (lf_error->message, ==, cases[i].message);
      g_assert_cmpstr (crlf_error->message, ==, cases[i].message);
    }
}

static void
test_duration_null (void)
{
  const char *text = SYL_TEST_JSON_HEAD ", \"target_minutes\": null, \"children\": ["
                     "{\"id\": \"a\", \"title\": \"A\", \"duration_minutes\": null},"
                     "{\"id\": \"b\", \"title\": \"B\", \"duration_minutes\": 0}]}";
  g_autoptr(SylDocument) document = syl_test_parse_length (text, strlen (text));
  g_autofree char *output = syl_test_serialize (document);
  g_auto(GStrv) parts = NULL;

  g_assert_cmpint (syl_document_get_target_minutes (document), ==, -1);
  g_assert_cmpint (syl_node_get_duration_minutes (syl_test_find (document, "a")), ==, -1);
  /* Zero is a duration, not the absence of one. */
  g_assert_cmpint (syl_node_get_duration_minutes (syl_test_find (document, "b")), ==, 0);

  g_assert_null (strstr (output, "target_minutes"));
  g_assert_null (strstr (output, "null"));
  parts = g_strsplit (output, "\"duration_minutes\": 0,", -1);
  g_assert_cmpuint (g_strv_length (parts), ==, 2);
  g_assert_null (strstr (parts[0], "duration_minutes"));
}

static const char *
node_number (JsonObject *parent,
             guint       index)
{
  JsonArray *children = json_object_get_array_member (parent, "children");

  return json_object_get_string_member (json_array_get_object_element (children, index),
                                        "number");
}

static void
test_number_ignored (void)
{
  const char *text = SYL_TEST_JSON_HEAD ", \"children\": ["
                     "{\"id\": \"a\", \"number\": \"7\", \"children\": ["
                     "{\"id\": \"a1\", \"number\": \"7.7\"}, {\"id\": \"a2\", \"number\": null}]},"
                     "{\"id\": \"b\", \"number\": 3}]}";
  g_autoptr(SylDocument) document = syl_test_parse_length (text, strlen (text));
  g_autofree char *output = syl_test_serialize (document);
  g_autoptr(JsonNode) root = syl_test_parse_json (output);
  JsonObject *top = json_node_get_object (root);
  JsonObject *a = json_array_get_object_element (json_object_get_array_member (top, "children"), 0);
  g_auto(GStrv) parts = g_strsplit (output, "\"number\"", -1);

  g_assert_null (syl_document_get_warnings (document)[0]);
  g_assert_cmpstr (node_number (top, 0), ==, "1");
  g_assert_cmpstr (node_number (a, 0), ==, "1.1");
  g_assert_cmpstr (node_number (a, 1), ==, "1.2");
  g_assert_cmpstr (node_number (top, 1), ==, "2");
  /* Written once per node, never kept as an unknown member too. */
  g_assert_cmpuint (g_strv_length (parts), ==, 4 + 1);
}

static void
test_unicode_escapes (void)
{
  const char *text = SYL_TEST_JSON_HEAD
                     ", \"title\": \"caf\\u00e9 \\ud83d\\ude00 \\u2028 \\u4E2D a\\/b\"}";
  const char *raw = "café 😀 \xE2\x80\xA8 中 a/b";
  g_autoptr(SylDocument) document = syl_test_parse_length (text, strlen (text));
  g_autofree char *output = syl_test_serialize (document);
  g_autofree char *title_line = g_strdup_printf ("  \"title\": \"%s\",\n", raw);

  g_assert_cmpstr (syl_document_get_title (document), ==, raw);
  g_assert_nonnull (strstr (output, title_line));
  /* Nothing is escaped but quotes, backslashes and control characters. */
  g_assert_null (strstr (output, "\\u"));
  g_assert_null (strstr (output, "\\/"));
}

static void
test_control_characters (void)
{
  const char *title = "a\nb\tc\001d\"e\\f\r\b\f\037g\177h";
  const char *expected = "{\n"
                         "  \"format\": \"syllabus\",\n"
                         "  \"version\": 1,\n"
                         "  \"title\": \"a\\nb\\tc\\u0001d\\\"e\\\\f\\r\\b\\f\\u001fg\177h\",\n"
                         "  \"subtitle\": \"\",\n"
                         "  \"language\": \"\",\n"
                         "  \"authors\": [],\n"
                         "  \"description\": \"\",\n"
                         "  \"children\": []\n"
                         "}\n";
  g_autoptr(SylDocument) document = syl_document_new ();
  g_autoptr(SylDocument) reloaded = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *output = NULL;

  syl_document_set_string (document, document, "title", title, FALSE, &error);
  g_assert_no_error (error);
  output = syl_test_serialize (document);
  g_assert_cmpstr (output, ==, expected);

  reloaded = syl_test_parse_length (output, strlen (output));
  g_assert_cmpstr (syl_document_get_title (reloaded), ==, title);
  root = syl_test_parse_json (output);
  g_assert_cmpstr (json_object_get_string_member (json_node_get_object (root), "title"), ==, title);
}

/* The seed text is what the outline was typed from, not JSON: it must be
 * refused with a syntax error at its first character, not misread. */
static void
test_seed_text_refused (void)
{
  g_autofree char *path = syl_test_data_path ("seed-ai-enterprise-course.txt", NULL);
  g_autofree char *contents = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  const char *first;
  guint line = 1;
  gsize length;

  contents = syl_test_read_file (path, &length);
  first = contents + strspn (contents, " \t\r\n");
  for (const char *p = contents; p < first; p++)
    line += *p == '\n';
  g_assert_cmpint (*first, ==, '=');
  g_assert_true (first == contents || first[-1] == '\n');

  error = syl_test_parse_fails (contents, length);
  g_assert_error (error, SYL_ERROR, SYL_ERROR_SYNTAX);
  expected = g_strdup_printf ("%u:1: expected a value, found “=”", line);
  g_assert_cmpstr (error->message, ==, expected);
}

/* Dates: what the reader accepts must be what docs/format.md calls RFC
 * 3339 and what data/syllabus.schema.json's "timestamp" pattern matches,
 * or Syllabus would refuse files the schema allows, and keep and write
 * back dates the schema refuses. */

typedef struct
{
  const char *date;
  gboolean    valid;
} DateCase;

static const DateCase date_cases[] = {
  { "2026-11-28T09:30:00Z", TRUE },
  { "2026-11-28T09:30:00+01:00", TRUE },
  { "2026-11-28T09:30:00-00:00", TRUE },
  { "2026-11-28T09:30:00.123Z", TRUE },
  /* RFC 3339, 5.6: "T" and "Z" may be lower case. */
  { "2026-11-28t09:30:00Z", TRUE },
  { "2026-11-28T09:30:00z", TRUE },
  { "2026-11-28t09:30:00z", TRUE },
  /* ISO 8601 forms that RFC 3339 does not allow. */
  { "2026-11-28T09:30:00", FALSE },
  { "2026-11-28T09:30Z", FALSE },
  { "2026-11-28 09:30:00Z", FALSE },
  { "20261128T093000Z", FALSE },
  { "2026-11-28T093000Z", FALSE },
  { "2026-W48-5T09:30:00Z", FALSE },
  { "2026-332T09:30:00Z", FALSE },
  { "2026-11-28T09:30:00+0100", FALSE },
  { "2026-11-28T09:30:00+01", FALSE },
  { "2026-11-28T09:30:00,5Z", FALSE },
};

static GRegex *
schema_timestamp_regex (void)
{
  const char *schema_path = g_getenv ("SYL_SCHEMA");
  g_autofree char *schema = NULL;
  g_autoptr(JsonNode) root = NULL;
  g_autoptr(GError) error = NULL;
  JsonObject *defs;
  GRegex *regex;

  g_assert_nonnull (schema_path);
  schema = syl_test_read_file (schema_path, NULL);
  root = syl_test_parse_json (schema);
  defs = json_object_get_object_member (json_node_get_object (root), "$defs");
  regex = g_regex_new (json_object_get_string_member (json_object_get_object_member (defs, "timestamp"),
                                                      "pattern"),
                       0, 0, &error);
  g_assert_no_error (error);
  return regex;
}

static void
test_rfc3339_dates (void)
{
  g_autoptr(GRegex) regex = schema_timestamp_regex ();
  g_autoptr(GString) wrong = g_string_new (NULL);

  for (guint i = 0; i < G_N_ELEMENTS (date_cases); i++)
    {
      const DateCase *c = &date_cases[i];
      g_autofree char *text = g_strdup_printf (SYL_TEST_JSON_HEAD
                                               ", \"children\": [{\"id\": \"a\", "
                                               "\"annotations\": [{\"created\": \"%s\"}]}]}",
                                               c->date);
      g_autoptr(GError) error = NULL;
      g_autoptr(SylDocument) document = syl_document_new_from_data (text, strlen (text), &error);

      /* The table itself agrees with the schema. */
      g_assert_cmpint (g_regex_match (regex, c->date, 0, NULL), ==, c->valid);

      if (c->valid && document == NULL)
        g_string_append_printf (wrong, " refused %s (%s);", c->date, error->message);
      else if (!c->valid && document != NULL)
        g_string_append_printf (wrong, " accepted %s;", c->date);
      else if (!c->valid)
        g_assert_error (error, SYL_ERROR, SYL_ERROR_INVALID);
    }

  /* All disagreements at once, rather than the first. */
  g_assert_cmpstr (wrong->str, ==, "");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/json/read/utf8-bom", test_utf8_bom);
  g_test_add_func ("/json/read/crlf", test_crlf);
  g_test_add_func ("/json/read/crlf-error-positions", test_crlf_error_positions);
  g_test_add_func ("/json/read/duration-null", test_duration_null);
  g_test_add_func ("/json/read/number-ignored", test_number_ignored);
  g_test_add_func ("/json/strings/unicode-escapes", test_unicode_escapes);
  g_test_add_func ("/json/strings/control-characters", test_control_characters);
  g_test_add_func ("/json/read/seed-text-refused", test_seed_text_refused);
  g_test_add_func ("/json/read/rfc3339-dates", test_rfc3339_dates);

  return g_test_run ();
}
