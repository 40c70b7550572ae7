/* fuzz-import-office.c: the Word and OpenDocument importers on any bytes
 *
 * Built once per format (FUZZ_FORMAT, set by meson).  An input that
 * starts like a zip file is the whole package, to fuzz the package
 * checks; any other is the main XML part (word/document.xml or
 * content.xml) of a package made here around it, with styles, so that
 * the fuzzer spends its time in our XML reading rather than in zip
 * headers.  Either way the input is refused with an error or becomes an
 * outline that saves and loads back to the very same document.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <string.h>

#include "syl-fuzz.h"
#include "syl-import.h"
#include "syl-json-reader.h"
#include "syl-json-writer.h"

static const char docx_types[] =
  "<Types><Override ContentType=\"application/"
  "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
static const char docx_styles[] =
  "<w:styles xmlns:w=\"w\">"
  "<w:style w:type=\"paragraph\" w:styleId=\"Heading1\"><w:name w:val=\"heading 1\"/></w:style>"
  "<w:style w:type=\"paragraph\" w:styleId=\"B\"><w:basedOn w:val=\"Heading1\"/></w:style>"
  "<w:style w:type=\"paragraph\" w:styleId=\"TOC1\"><w:name w:val=\"toc 1\"/></w:style>"
  "<w:style w:type=\"paragraph\" w:styleId=\"L\"><w:pPr><w:numPr><w:numId w:val=\"1\"/>"
  "</w:numPr></w:pPr></w:style></w:styles>";
static const char docx_numbering[] =
  "<w:numbering xmlns:w=\"w\"><w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\">"
  "<w:numFmt w:val=\"decimal\"/></w:lvl><w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"decimal\"/>"
  "</w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
  "</w:numbering>";
static const char odt_styles[] =
  "<office:document-styles xmlns:office=\"o\" xmlns:style=\"s\" xmlns:text=\"t\"><office:styles>"
  "<style:style style:name=\"H\" style:default-outline-level=\"1\"/>"
  "<text:list-style style:name=\"N\"><text:list-level-style-number text:level=\"1\"/>"
  "</text:list-style></office:styles></office:document-styles>";

static void
add_member (struct archive *archive,
            const char     *name,
            const void     *data,
            gsize           size)
{
  struct archive_entry *entry = archive_entry_new ();

  archive_entry_set_pathname (entry, name);
  archive_entry_set_size (entry, (la_int64_t) size);
  archive_entry_set_filetype (entry, AE_IFREG);
  archive_entry_set_perm (entry, 0644);
  archive_write_header (archive, entry);
  archive_write_data (archive, data, size);
  archive_entry_free (entry);
}

static GBytes *
make_package (const uint8_t *data,
              size_t         size)
{
  struct archive *archive = archive_write_new ();
  gsize capacity = size + 16 * 1024;
  char *buffer = g_malloc (capacity);
  size_t used = 0;

  archive_write_set_format_zip (archive);
  archive_write_set_options (archive, "zip:compression=store");
  archive_write_open_memory (archive, buffer, capacity, &used);
  if (FUZZ_FORMAT == SYL_IMPORT_FORMAT_DOCX)
    {
      add_member (archive, "[Content_Types].xml", docx_types, strlen (docx_types));
      add_member (archive, "word/styles.xml", docx_styles, strlen (docx_styles));
      add_member (archive, "word/numbering.xml", docx_numbering, strlen (docx_numbering));
      add_member (archive, "word/document.xml", data, size);
    }
  else
    {
      add_member (archive, "mimetype", "application/vnd.oasis.opendocument.text", 39);
      add_member (archive, "styles.xml", odt_styles, strlen (odt_styles));
      add_member (archive, "content.xml", data, size);
    }
  archive_write_close (archive);
  archive_write_free (archive);
  return g_bytes_new_take (buffer, used);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SylImportResult) result = NULL;
  g_autoptr(SylDocument) document = NULL;
  g_autoptr(SylDocument) reloaded = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  g_autoptr(GError) error = NULL;
  gboolean whole = size >= 2 && data[0] == 'P' && data[1] == 'K';

  /* A whole package may be no package at all, and be read as text. */
  bytes = whole ? g_bytes_new (data, size) : make_package (data, size);
  result = syl_import_bytes (bytes, SYL_IMPORT_FORMAT_AUTO, NULL, NULL, &error);
  if (result == NULL)
    {
      syl_fuzz_check_error (error);
      return 0;
    }
  syl_fuzz_check (whole || syl_import_result_get_format (result) == FUZZ_FORMAT,
                  "a package read in another format");

  document = syl_import_result_create_document (result);
  saved = syl_document_serialize (document);
  reloaded = syl_document_new_from_data (g_bytes_get_data (saved, NULL),
                                         g_bytes_get_size (saved), &error);
  syl_fuzz_check (reloaded != NULL, "an import that does not load back: %s",
                  error ? error->message : "no error");
  saved_again = syl_document_serialize (reloaded);
  syl_fuzz_check (g_bytes_equal (saved, saved_again), "an import that changes when loaded back");
  return 0;
}
