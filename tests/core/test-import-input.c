/* test-import-input.c: what an import refuses, and how it reads the rest
 *
 * Empty and binary input, text in an unknown encoding and malformed OPML
 * are refused with a message that says why, and where; no input, however
 * mangled, crashes an importer.  The format is told by the file's name or
 * contents; outlines too deep are flattened at the deepest level.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-import.h"
#include "syl-test-util.h"
#include "syl-json-reader.h"
#include "syl-json-writer.h"

/* Refused input. */

static GError *
import_error (const char      *data,
              gsize            size,
              SylImportFormat  format,
              const char      *encoding)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  GError *error = NULL;
  g_autoptr(SylImportResult) result = syl_import_bytes (bytes, format, encoding, NULL, &error);

  g_assert_null (result);
  g_assert_nonnull (error);
  g_assert_true (error->domain == SYL_ERROR);
  return error;
}

static void
assert_refused (const char      *data,
                gsize            size,
                SylImportFormat  format,
                int              code,
                const char      *message)
{
  g_autoptr(GError) error = import_error (data, size, format, NULL);

  g_assert_cmpint (error->code, ==, code);
  g_assert_cmpstr (error->message, ==, message);
}

static void
test_empty (void)
{
  static const char * const empties[] = { "", " ", "\n\n\t\n", "\xef\xbb\xbf", "\xef\xbb\xbf\r\n",
                                          "\xe3\x80\x80\n", "\xff\xfe", "\xfe\xff\0 \0\n" };

  for (guint i = 0; i < G_N_ELEMENTS (empties); i++)
    {
      gsize size = i == G_N_ELEMENTS (empties) - 1 ? 6 : strlen (empties[i]);

      assert_refused (empties[i], size, SYL_IMPORT_FORMAT_AUTO, SYL_ERROR_EMPTY,
                      "the file is empty");
      assert_refused (empties[i], size, SYL_IMPORT_FORMAT_OPML, SYL_ERROR_EMPTY,
                      "the file is empty");
    }
  /* Only decoration: nothing to import. */
  assert_refused ("=====\n==\n", 9, SYL_IMPORT_FORMAT_TEXT, SYL_ERROR_EMPTY,
                  "there is no outline in the file: no headings, list items or lines of text");
}

static void
test_binary (void)
{
  static const guchar png[] = { 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H',
                                'D', 'R', 0, 0, 1, 0, 0, 0, 1, 0, 8, 6, 0, 0, 0 };
  static const char nuls[] = "1 Intro\0\0\0\x01\x02 1.1 Why\0";
  g_autoptr(GString) controls = g_string_new (NULL);

  assert_refused ((const char *) png, sizeof png, SYL_IMPORT_FORMAT_AUTO, SYL_ERROR_ENCODING,
                  "this is binary data, not text");
  assert_refused (nuls, sizeof nuls - 1, SYL_IMPORT_FORMAT_TEXT, SYL_ERROR_ENCODING,
                  "this is binary data, not text");
  for (guint i = 0; i < 200; i++)
    g_string_append_c (controls, i % 2 ? 'a' : '\x07');
  assert_refused (controls->str, controls->len, SYL_IMPORT_FORMAT_TEXT, SYL_ERROR_ENCODING,
                  "this is binary data, not text");
  /* Told to read it as text; without a format it is read as a PDF. */
  assert_refused ("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", 15, SYL_IMPORT_FORMAT_TEXT, SYL_ERROR_ENCODING,
                  "this is a PDF file, not text; extract its text first, for example with "
                  "pdftotext, and import that");
  assert_refused ("PK\003\004\024\0\006\0", 8, SYL_IMPORT_FORMAT_TEXT, SYL_ERROR_ENCODING,
                  "this is a ZIP archive, such as a Word (.docx) file, not text; save it as plain "
                  "text first");
  assert_refused ("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\0\0", 10, SYL_IMPORT_FORMAT_TEXT,
                  SYL_ERROR_ENCODING,
                  "this is a Microsoft Office file (.doc), not text; save it as plain text first");
  assert_refused ("{\\rtf1\\ansi 1 Intro}", 20, SYL_IMPORT_FORMAT_TEXT, SYL_ERROR_ENCODING,
                  "this is a Rich Text (RTF) file; save it as plain text first");
  assert_refused ("\xff\xfe\0\0" "1\0\0\0", 8, SYL_IMPORT_FORMAT_TEXT, SYL_ERROR_ENCODING,
                  "the text is in UTF-32, which Syllabus does not import; save it as UTF-8");
}

/* Text in an 8-bit Western encoding, or in Big5, is refused where it
 * cannot be read, never converted into the wrong characters. */
static void
test_unknown_encoding (void)
{
  const char *latin1 = "1 Caf\xe9 au lait\n1.1 Na\xefve\n";
  g_autoptr(GError) error = import_error (latin1, strlen (latin1), SYL_IMPORT_FORMAT_TEXT, NULL);
  g_autoptr(GBytes) bytes = g_bytes_new (latin1, strlen (latin1));
  g_autoptr(SylImportResult) result = NULL;
  g_autoptr(SylNode) first = NULL;
  const char *big5_source = "第一章 概論\n第一節 資料與資訊的關係\n第二節 電腦網路與雲端運算\n";
  gsize size;
  g_autofree char *big5 = g_convert (big5_source, -1, "BIG5", "UTF-8", NULL, &size, NULL);

  g_assert_cmpint (error->code, ==, SYL_ERROR_ENCODING);
  g_assert_cmpstr (error->message, ==,
                   "1:6: the text is neither UTF-8, UTF-16 nor GB18030 (the byte 0xE9 cannot be "
                   "read); save it as UTF-8, or give its encoding");

  /* Given its encoding, it is read. */
  g_clear_error (&error);
  result = syl_import_bytes (bytes, SYL_IMPORT_FORMAT_TEXT, "ISO-8859-1", NULL, &error);
  g_assert_no_error (error);
  first = g_list_model_get_item (syl_import_result_get_nodes (result), 0);
  g_assert_cmpstr (syl_node_get_title (first), ==, "Café au lait");
  g_assert_cmpstr (syl_import_result_get_encoding (result), ==, "ISO-8859-1");

  g_assert_nonnull (big5);
  g_clear_error (&error);
  error = import_error (big5, size, SYL_IMPORT_FORMAT_TEXT, NULL);
  g_assert_cmpint (error->code, ==, SYL_ERROR_ENCODING);
  g_assert_true (g_str_has_prefix (error->message, "1:"));
  g_assert_nonnull (strstr (error->message, "neither UTF-8, UTF-16 nor GB18030"));
}

static void
test_explicit_encoding (void)
{
  g_autofree char *path = syl_test_data_path ("import", "text", "gb18030.txt", NULL);
  g_autofree char *gb = syl_test_read_text (path);
  g_autoptr(GBytes) bytes = g_bytes_new (gb, strlen (gb));
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = syl_import_bytes (bytes, SYL_IMPORT_FORMAT_AUTO, "GBK", NULL,
                                                        &error);

  g_assert_no_error (error);
  g_assert_cmpstr (syl_import_result_get_title (result), ==, "数据分析入门");
  g_assert_cmpstr (syl_import_result_get_encoding (result), ==, "GBK");
  g_clear_object (&result);

  g_clear_error (&error);
  error = import_error (gb, strlen (gb), SYL_IMPORT_FORMAT_AUTO, "UTF-8");
  g_assert_cmpint (error->code, ==, SYL_ERROR_ENCODING);
  g_assert_true (g_str_has_prefix (error->message,
                                   "the text is not valid UTF-8: the bytes at offset 0"));

  g_clear_error (&error);
  error = import_error (gb, strlen (gb), SYL_IMPORT_FORMAT_AUTO, "NO-SUCH-ENCODING");
  g_assert_cmpstr (error->message, ==, "unknown encoding “NO-SUCH-ENCODING”");
}

/* Malformed OPML: the XML error, with the line and column it is at. */
static void
test_malformed_opml (void)
{
  static const struct { const char *text; int code; const char *message; } cases[] = {
    { "<?xml version=\"1.0\"?>\n<opml version=\"2.0\">\n<body>\n<outline text=\"a\">\n"
      "</outlin>\n</body>\n</opml>\n",
      SYL_ERROR_SYNTAX, "5:10: malformed XML: Element “outlin” was closed, but the currently "
                        "open element is “outline”" },
    { "<opml version=\"2.0\">\n<body>\n<outline text=\"Tom &nbsp; Jerry\"/>\n</body>\n</opml>\n",
      SYL_ERROR_SYNTAX, NULL },
    { "<opml version=\"2.0\">\n<body>\n<outline text=\"a\">\n", SYL_ERROR_SYNTAX, NULL },
    { "<html>\n<body><p>Hello</p></body>\n</html>\n", SYL_ERROR_INVALID,
      "1:1: not an OPML file: the root element is <html>, not <opml>" },
    { "<opml version=\"2.0\"><head><title>T</title></head></opml>", SYL_ERROR_INVALID,
      "not an OPML outline: the file has no <body>" },
    { "<opml version=\"2.0\"><body><outline text=\"a\"></body></opml>", SYL_ERROR_SYNTAX, NULL },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GError) error = import_error (cases[i].text, strlen (cases[i].text),
                                              SYL_IMPORT_FORMAT_OPML, NULL);

      g_test_message ("case %u: %s", i, error->message);
      g_assert_cmpint (error->code, ==, cases[i].code);
      if (cases[i].message != NULL)
        g_assert_cmpstr (error->message, ==, cases[i].message);
      else
        g_assert_true (g_regex_match_simple ("^[0-9]+:[0-9]+: malformed XML: .+", error->message,
                                             0, 0));
    }

  /* The unknown entity is named with its line. */
  {
    g_autoptr(GError) error = import_error (cases[1].text, strlen (cases[1].text),
                                            SYL_IMPORT_FORMAT_OPML, NULL);

    g_assert_true (g_str_has_prefix (error->message, "3:"));
    g_assert_nonnull (strstr (error->message, "nbsp"));
  }
  /* The file that ends too soon, at its last line. */
  {
    g_autoptr(GError) error = import_error (cases[2].text, strlen (cases[2].text),
                                            SYL_IMPORT_FORMAT_OPML, NULL);

    g_assert_true (g_str_has_prefix (error->message, "4:"));
  }
}

/* An outline deeper than Syllabus allows is placed at the deepest level. */
/* Found by fuzzing: GMarkup quotes the broken character it stopped at,
 * and the message must still be UTF-8 to be shown. */
static void
test_error_message_is_utf8 (void)
{
  static const struct {
    const char *dir, *name;
    SylImportFormat format;
    int code;
    const char *message;
  } cases[] = {
    { "opml", "broken-character-in-error.opml", SYL_IMPORT_FORMAT_OPML, SYL_ERROR_SYNTAX,
      "malformed XML" },
    /* A declared encoding of control characters and broken bytes. */
    { "opml", "bogus-encoding-name.opml", SYL_IMPORT_FORMAT_OPML, SYL_ERROR_ENCODING,
      "not the name of an encoding" },
    /* A UTF-8 byte order mark, then a byte no UTF-8 has, which iconv let
     * through: the outline would have saved a file that does not load. */
    { "md", "bom-then-broken-byte.md", SYL_IMPORT_FORMAT_MARKDOWN, SYL_ERROR_ENCODING,
      "17:8: the text is not valid UTF-8 (the byte 0xF6 cannot be read)" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = syl_test_data_path ("import", cases[i].dir, cases[i].name, NULL);
      g_autofree char *data = NULL;
      gsize size = 0;
      g_autoptr(GError) error = NULL;

      g_assert_true (g_file_get_contents (path, &data, &size, NULL));
      error = import_error (data, size, cases[i].format, NULL);
      g_assert_error (error, SYL_ERROR, cases[i].code);
      g_assert_true (g_utf8_validate (error->message, -1, NULL));
      g_assert_nonnull (strstr (error->message, cases[i].message));
    }
}

static void
test_depth_limit (void)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GString) opml = g_string_new ("<opml version=\"2.0\"><body>\n");
  g_autoptr(GBytes) text_bytes = NULL;
  g_autoptr(GBytes) opml_bytes = NULL;
  g_autoptr(SylImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SylDocument) document = NULL;
  guint line;

  for (guint i = 0; i < SYL_MAX_OUTLINE_DEPTH + 10; i++)
    {
      g_string_append_printf (text, "%*sN%u\n", (int) i, "", i);
      g_string_append_printf (opml, "<outline text=\"N%u\">\n", i);
    }
  for (guint i = 0; i < SYL_MAX_OUTLINE_DEPTH + 10; i++)
    g_string_append (opml, "</outline>");
  g_string_append (opml, "</body></opml>\n");

  text_bytes = g_bytes_new (text->str, text->len);
  result = syl_import_bytes (text_bytes, SYL_IMPORT_FORMAT_TEXT, NULL, NULL, &error);
  g_assert_no_error (error);
  document = syl_import_result_create_document (result);
  /* The root counts as a level of its own. */
  g_assert_cmpuint (syl_node_get_height (syl_document_get_root (document)), ==,
                    SYL_MAX_OUTLINE_DEPTH + 1);
  g_clear_object (&document);
  g_clear_object (&result);

  opml_bytes = g_bytes_new (opml->str, opml->len);
  result = syl_import_bytes (opml_bytes, SYL_IMPORT_FORMAT_AUTO, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (syl_import_result_get_format (result), ==, SYL_IMPORT_FORMAT_OPML);
  document = syl_import_result_create_document (result);
  /* The root counts as a level of its own. */
  g_assert_cmpuint (syl_node_get_height (syl_document_get_root (document)), ==,
                    SYL_MAX_OUTLINE_DEPTH + 1);
  g_assert_cmpuint (syl_import_result_get_n_warnings (result), ==, 1);
  g_assert_cmpstr (syl_import_result_get_warning (result, 0, &line), ==,
                   "outlines nested deeper than 100 levels were placed at level 100");
  g_assert_cmpuint (line, ==, SYL_MAX_OUTLINE_DEPTH + 2);
}

/* The format comes from the name, then from the contents; a format that
 * is given wins over both. */
static void
test_format_detection (void)
{
  static const struct { const char *text; const char *name; SylImportFormat format;
                        SylImportFormat expected; } cases[] = {
    { "<opml version=\"2.0\"><body><outline text=\"a\"/></body></opml>", NULL,
      SYL_IMPORT_FORMAT_AUTO, SYL_IMPORT_FORMAT_OPML },
    { "  <?xml version=\"1.0\"?><opml><body><outline text=\"a\"/></body></opml>", "x.txt",
      SYL_IMPORT_FORMAT_AUTO, SYL_IMPORT_FORMAT_TEXT },
    { "# Title\n\n## A\n", NULL, SYL_IMPORT_FORMAT_AUTO, SYL_IMPORT_FORMAT_MARKDOWN },
    { "Intro\n```\ncode\n```\n", NULL, SYL_IMPORT_FORMAT_AUTO, SYL_IMPORT_FORMAT_MARKDOWN },
    { "1 A\n1.1 B\n", NULL, SYL_IMPORT_FORMAT_AUTO, SYL_IMPORT_FORMAT_TEXT },
    { "1 A\n1.1 B\n", "outline.MD", SYL_IMPORT_FORMAT_AUTO, SYL_IMPORT_FORMAT_MARKDOWN },
    { "- A\n- B\n", "outline.markdown", SYL_IMPORT_FORMAT_AUTO, SYL_IMPORT_FORMAT_MARKDOWN },
    { "# A\n", "notes.txt", SYL_IMPORT_FORMAT_AUTO, SYL_IMPORT_FORMAT_TEXT },
    { "# A\n", "notes.md", SYL_IMPORT_FORMAT_TEXT, SYL_IMPORT_FORMAT_TEXT },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autoptr(GBytes) bytes = g_bytes_new (cases[i].text, strlen (cases[i].text));
      g_autoptr(GError) error = NULL;
      g_autoptr(SylImportResult) result = syl_import_bytes (bytes, cases[i].format, NULL,
                                                            cases[i].name, &error);

      g_assert_no_error (error);
      g_assert_cmpint (syl_import_result_get_format (result), ==, cases[i].expected);
    }
}

static void
test_format_names (void)
{
  SylImportFormat format;

  g_assert_true (syl_import_format_from_string ("text", &format));
  g_assert_cmpint (format, ==, SYL_IMPORT_FORMAT_TEXT);
  g_assert_true (syl_import_format_from_string ("Markdown", &format));
  g_assert_cmpint (format, ==, SYL_IMPORT_FORMAT_MARKDOWN);
  g_assert_true (syl_import_format_from_string ("md", &format));
  g_assert_cmpint (format, ==, SYL_IMPORT_FORMAT_MARKDOWN);
  g_assert_true (syl_import_format_from_string ("opml", &format));
  g_assert_cmpint (format, ==, SYL_IMPORT_FORMAT_OPML);
  g_assert_false (syl_import_format_from_string ("doc", &format));
  g_assert_cmpstr (syl_import_format_to_string (SYL_IMPORT_FORMAT_OPML), ==, "opml");
}

static void
check_import (GString         *text,
              SylImportFormat  format)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text->str, text->len);
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = syl_import_bytes (bytes, format, NULL, NULL, &error);
  g_autoptr(SylDocument) document = NULL;
  g_autoptr(SylDocument) reloaded = NULL;
  g_autoptr(GBytes) json = NULL;

  if (result == NULL)
    {
      g_assert_error (error, SYL_ERROR, error->code);
      g_assert_cmpstr (error->message, !=, "");
      return;
    }
  document = syl_import_result_create_document (result);
  json = syl_document_serialize (document);
  reloaded = syl_document_new_from_data (g_bytes_get_data (json, NULL), g_bytes_get_size (json),
                                         &error);
  g_assert_no_error (error);
  g_assert_cmpuint (syl_document_get_n_nodes (reloaded), ==,
                    syl_import_result_count_nodes (result));
}

/* Fixtures with bytes changed, cut and pasted in: every format reads
 * each one or refuses it with a message, never crashes, and whatever it
 * reads makes a document that saves and loads again. */
static void
test_mangled_input (void)
{
  static const char * const names[] = {
    "seed-ai-enterprise-course.txt", "import/pdf/chinese-runs.txt", "import/text/skips.txt",
    "import/md/headings-lists.md", "import/opml/syllabus-attributes.opml",
  };
  static const char * const pieces[] = {
    "\n", " ", "1.1 ", "第一章", "、", "（一）", "- ", "#", "<outline text=\"", "\"/>",
    "</outline>", "【思考】", "\t", "\u3000", "》", "《", "——", "...", "```", "(可选)", "\r",
  };
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261128);

  for (guint n = 0; n < G_N_ELEMENTS (names); n++)
    {
      g_autofree char *path = syl_test_data_path (names[n], NULL);
      g_autofree char *text = syl_test_read_text (path);

      for (guint round = 0; round < 40; round++)
        {
          g_autoptr(GString) mangled = g_string_new (text);

          for (int k = g_rand_int_range (rand, 1, 10); k > 0 && mangled->len > 0; k--)
            {
              gsize at = g_rand_int_range (rand, 0, mangled->len);

              switch (g_rand_int_range (rand, 0, 3))
                {
                case 0:
                  mangled->str[at] = (char) g_rand_int_range (rand, 1, 256);
                  break;
                case 1:
                  g_string_erase (mangled, at, MIN (mangled->len - at, 20));
                  break;
                default:
                  g_string_insert (mangled, at,
                                   pieces[g_rand_int_range (rand, 0, G_N_ELEMENTS (pieces))]);
                  break;
                }
            }
          for (guint format = SYL_IMPORT_FORMAT_AUTO; format <= SYL_IMPORT_FORMAT_OPML; format++)
            check_import (mangled, format);
        }
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/refused/empty", test_empty);
  g_test_add_func ("/import/refused/binary", test_binary);
  g_test_add_func ("/import/refused/unknown-encoding", test_unknown_encoding);
  g_test_add_func ("/import/refused/malformed-opml", test_malformed_opml);
  g_test_add_func ("/import/refused/mangled-input", test_mangled_input);
  g_test_add_func ("/import/refused/error-message-is-utf8", test_error_message_is_utf8);
  g_test_add_func ("/import/encoding/explicit", test_explicit_encoding);
  g_test_add_func ("/import/depth-limit", test_depth_limit);
  g_test_add_func ("/import/format/detection", test_format_detection);
  g_test_add_func ("/import/format/names", test_format_names);

  return g_test_run ();
}
