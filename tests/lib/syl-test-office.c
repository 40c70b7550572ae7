/* syl-test-office.c: Word and OpenDocument packages made at test time,
 * and what an import of them gave, as text
 *
 * Fixtures are never binaries edited by hand: each test writes the XML
 * it needs and zips it here with libarchive.  The styles and numberings
 * are those a test may name: Word's built-in headings in English and
 * Chinese, a custom style with an outline level and one based on it,
 * the TOC styles, a bulleted list (numId 1) and a numbered one (numId 2).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <string.h>

#include "syl-test-office.h"

static void
add_member (struct archive *archive,
            const char     *name,
            const char     *contents)
{
  struct archive_entry *entry = archive_entry_new ();
  gsize size = strlen (contents);

  archive_entry_set_pathname (entry, name);
  archive_entry_set_size (entry, (la_int64_t) size);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  g_assert_cmpint (archive_write_header (archive, entry), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_data (archive, contents, size), ==, (la_ssize_t) size);
  archive_entry_free (entry);
}

/**
 * syl_test_zip:
 * @first_name: a member's name, followed by its contents, then more
 *   pairs, then %NULL
 *
 * Returns: (transfer full): the zip file
 */
GBytes *
syl_test_zip (const char *first_name,
              ...)
{
  struct archive *archive = archive_write_new ();
  gsize capacity = 64 * 1024 * 1024;
  g_autofree char *buffer = g_malloc (capacity);
  size_t used = 0;
  va_list args;

  g_assert_cmpint (archive_write_set_format_zip (archive), ==, ARCHIVE_OK);
  g_assert_cmpint (archive_write_open_memory (archive, buffer, capacity, &used), ==, ARCHIVE_OK);
  va_start (args, first_name);
  for (const char *name = first_name; name != NULL; name = va_arg (args, const char *))
    add_member (archive, name, va_arg (args, const char *));
  va_end (args);
  g_assert_cmpint (archive_write_close (archive), ==, ARCHIVE_OK);
  archive_write_free (archive);
  return g_bytes_new (buffer, used);
}

#define W_NS "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" " \
             "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""

static const char content_types[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
  "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
  "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
  "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";

#define STYLE(id, name, extra) \
  "<w:style w:type=\"paragraph\" w:styleId=\"" id "\"><w:name w:val=\"" name "\"/>" extra \
  "</w:style>"

static const char styles[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<w:styles " W_NS ">"
  STYLE ("Normal", "Normal", "")
  STYLE ("Title", "Title", "<w:basedOn w:val=\"Normal\"/>")
  STYLE ("Heading1", "heading 1", "<w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr>")
  STYLE ("Heading2", "heading 2", "<w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr>")
  STYLE ("Heading3", "heading 3", "<w:pPr><w:outlineLvl w:val=\"2\"/></w:pPr>")
  STYLE ("a1", "标题 1", "")
  STYLE ("a2", "标题 2", "")
  STYLE ("Topic", "Course Topic", "<w:pPr><w:outlineLvl w:val=\"1\"/></w:pPr>")
  STYLE ("SubTopic", "Course Subtopic", "<w:basedOn w:val=\"Topic\"/>")
  STYLE ("TOC1", "toc 1", "")
  STYLE ("TOC2", "toc 2", "")
  STYLE ("ListBullet", "List Bullet", "<w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr>")
  "<w:style w:type=\"character\" w:styleId=\"Strong\"><w:name w:val=\"heading 1\"/></w:style>"
  "</w:styles>";

#define LEVEL(ilvl, format) \
  "<w:lvl w:ilvl=\"" ilvl "\"><w:numFmt w:val=\"" format "\"/></w:lvl>"

static const char numbering[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<w:numbering " W_NS ">"
  "<w:abstractNum w:abstractNumId=\"10\">" LEVEL ("0", "bullet") LEVEL ("1", "bullet")
  "</w:abstractNum>"
  "<w:abstractNum w:abstractNumId=\"20\">" LEVEL ("0", "decimal") LEVEL ("1", "decimal")
  LEVEL ("2", "lowerLetter") "</w:abstractNum>"
  "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"10\"/></w:num>"
  "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"20\"/></w:num>"
  "</w:numbering>";

static const char rels[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
  "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
  "<Relationship Id=\"rId9\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
  "relationships/hyperlink\" Target=\"https://example.com/a\" TargetMode=\"External\"/>"
  "</Relationships>";

/**
 * syl_test_docx:
 * @body: the paragraphs and tables of w:body
 *
 * Returns: (transfer full): a .docx with @body, the styles, numberings
 *   and a link rId9 to https://example.com/a
 */
GBytes *
syl_test_docx (const char *body)
{
  g_autofree char *document = g_strconcat ("<?xml version=\"1.0\" encoding=\"UTF-8\" "
                                           "standalone=\"yes\"?>\n<w:document " W_NS "><w:body>",
                                           body, "</w:body></w:document>", NULL);

  return syl_test_zip ("[Content_Types].xml", content_types,
                       "word/_rels/document.xml.rels", rels,
                       "word/document.xml", document,
                       "word/styles.xml", styles,
                       "word/numbering.xml", numbering,
                       NULL);
}

#define ODF_NS \
  "xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" " \
  "xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" " \
  "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" " \
  "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" " \
  "xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" " \
  "xmlns:xlink=\"http://www.w3.org/1999/xlink\""

static const char odt_styles[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<office:document-styles " ODF_NS " office:version=\"1.3\"><office:styles>"
  "<style:style style:name=\"Title\" style:family=\"paragraph\"/>"
  "<style:style style:name=\"Heading_20_1\" style:display-name=\"Heading 1\" "
  "style:family=\"paragraph\" style:default-outline-level=\"1\"/>"
  "<style:style style:name=\"Topic\" style:family=\"paragraph\" "
  "style:default-outline-level=\"2\"/>"
  "<style:style style:name=\"Contents_20_1\" style:display-name=\"Contents 1\" "
  "style:family=\"paragraph\"/>"
  "<style:style style:name=\"Contents_20_2\" style:display-name=\"Contents 2\" "
  "style:family=\"paragraph\"/>"
  "<text:list-style style:name=\"Numbers\"><text:list-level-style-number text:level=\"1\"/>"
  "<text:list-level-style-number text:level=\"2\"/></text:list-style>"
  "<text:list-style style:name=\"Bullets\"><text:list-level-style-bullet text:level=\"1\"/>"
  "</text:list-style>"
  "</office:styles><office:master-styles><style:master-page style:name=\"Standard\">"
  "<style:header><text:p>Page header</text:p></style:header></style:master-page>"
  "</office:master-styles></office:document-styles>";

/**
 * syl_test_odt:
 * @body: the contents of office:text
 *
 * Returns: (transfer full): an .odt with @body, the styles above and
 *   automatic text styles B (bold), I (italic) and P1 (based on Topic)
 */
GBytes *
syl_test_odt (const char *body)
{
  g_autofree char *content = g_strconcat (
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content " ODF_NS
    " office:version=\"1.3\"><office:automatic-styles>"
    "<style:style style:name=\"B\" style:family=\"text\">"
    "<style:text-properties fo:font-weight=\"bold\"/></style:style>"
    "<style:style style:name=\"I\" style:family=\"text\">"
    "<style:text-properties fo:font-style=\"italic\"/></style:style>"
    "<style:style style:name=\"P1\" style:family=\"paragraph\" "
    "style:parent-style-name=\"Topic\"/>"
    "</office:automatic-styles><office:body><office:text>",
    body, "</office:text></office:body></office:document-content>", NULL);

  return syl_test_zip ("mimetype", "application/vnd.oasis.opendocument.text",
                       "content.xml", content,
                       "styles.xml", odt_styles,
                       NULL);
}

/* One line a node: its depth as indentation, its title, its kind when
 * not a section, its duration, its notes and objectives. */
static void
dump_node (GString *out,
           SylNode *node,
           guint    depth)
{
  const char *notes = syl_node_get_notes (node);
  const char * const *objectives = syl_node_get_objectives (node);

  for (guint i = 0; i < depth; i++)
    g_string_append (out, "  ");
  g_string_append (out, syl_node_get_title (node));
  if (syl_node_get_kind (node) != SYL_NODE_KIND_SECTION)
    g_string_append_printf (out, " (%s)", syl_node_kind_to_string (syl_node_get_kind (node)));
  if (syl_node_get_duration_minutes (node) >= 0)
    g_string_append_printf (out, " [%d min]", syl_node_get_duration_minutes (node));
  if (*notes != '\0')
    {
      g_autoptr(GString) escaped = g_string_new (notes);

      g_string_replace (escaped, "\n", "\\n", 0);
      g_string_append_printf (out, " {%s}", escaped->str);
    }
  for (guint i = 0; objectives != NULL && objectives[i] != NULL; i++)
    g_string_append_printf (out, " <%s>", objectives[i]);
  g_string_append_c (out, '\n');
}

/**
 * syl_test_dump_import:
 * @result: what an import gave
 *
 * The whole result as text, for a test to compare at once: the title,
 * the description, a line a node (indented by its depth, with its kind,
 * duration, notes in {} and objectives in <>), then the warnings.
 *
 * Returns: (transfer full): the text
 */
char *
syl_test_dump_import (SylImportResult *result)
{
  GListModel *nodes = syl_import_result_get_nodes (result);
  GString *out = g_string_new (NULL);

  g_string_append_printf (out, "title: %s\n", syl_import_result_get_title (result));
  if (*syl_import_result_get_description (result) != '\0')
    {
      g_autoptr(GString) description = g_string_new (syl_import_result_get_description (result));

      g_string_replace (description, "\n", "\\n", 0);
      g_string_append_printf (out, "description: %s\n", description->str);
    }
  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(SylNode) top = g_list_model_get_item (nodes, i);
      SylNodeIter iter;
      SylNode *node;

      dump_node (out, top, 0);
      syl_node_iter_init (&iter, top);
      while (syl_node_iter_next (&iter, &node))
        dump_node (out, node, syl_node_iter_get_depth (&iter));
    }
  for (guint i = 0; i < syl_import_result_get_n_warnings (result); i++)
    g_string_append_printf (out, "warning: %s\n", syl_import_result_get_warning (result, i, NULL));
  return g_string_free (out, FALSE);
}

/**
 * syl_test_assert_import:
 * @package: the file's bytes
 * @format: the format the import must find
 * @expected: what syl_test_dump_import() must give
 *
 * Imports @package, telling its format by its contents, and checks the
 * whole result.
 */
void
syl_test_assert_import (GBytes          *package,
                        SylImportFormat  format,
                        const char      *expected)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = syl_import_bytes (package, SYL_IMPORT_FORMAT_AUTO, NULL,
                                                        NULL, &error);
  g_autofree char *dump = NULL;

  g_assert_no_error (error);
  g_assert_cmpint (syl_import_result_get_format (result), ==, format);
  dump = syl_test_dump_import (result);
  g_assert_cmpstr (dump, ==, expected);
}
