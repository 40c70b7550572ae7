/* syl-import-zip.c: the parts of a .docx or .odt package, and their XML
 *
 * Word and OpenDocument files are zip archives of XML parts.  A file from
 * anyone may be a zip bomb, a part may be an XML bomb, and a password
 * turns the whole file into an encrypted compound file: each is refused
 * here with a message that says so, before any importer sees a byte.
 * libarchive reads the archive from memory; libxml2's reader streams the
 * XML without a network, a DTD or entity expansion.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <archive.h>
#include <archive_entry.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "syl-import-private.h"

/* No part of a real document comes near this uncompressed. */
#define MAX_PART_SIZE (64 * 1024 * 1024)
/* XML compresses well, but not this well: beyond it is a zip bomb.  Below
 * the floor, which repetitive documents (long tables of empty cells) may
 * reach from a small package, a part is read whatever its ratio. */
#define MAX_RATIO 100
#define MIN_RATIO_LIMIT (8 * 1024 * 1024)
#define CHUNK_SIZE (64 * 1024)

static const guchar zip_magic[] = { 'P', 'K', 3, 4 };
static const guchar cfb_magic[] = { 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1 };

/* memmem() is a GNU extension. */
static gboolean
contains (const void *data,
          gsize       size,
          const void *needle,
          gsize       length)
{
  const guchar *p = data;

  if (length == 0 || size < length)
    return length == 0;
  for (gsize i = 0; i + length <= size; i++)
    if (p[i] == *(const guchar *) needle && memcmp (p + i, needle, length) == 0)
      return TRUE;
  return FALSE;
}

static gboolean
has_magic (GBytes       *bytes,
           const guchar *magic,
           gsize         length)
{
  gsize size;
  const guchar *data = g_bytes_get_data (bytes, &size);

  return size >= length && memcmp (data, magic, length) == 0;
}

/* Whether a compound file holds a stream named @name; names are UTF-16LE
 * in its directory, which no other part of the file looks like. */
static gboolean
cfb_has_stream (GBytes     *bytes,
                const char *name)
{
  gsize size, length = strlen (name);
  const guchar *data = g_bytes_get_data (bytes, &size);
  g_autofree guchar *wide = g_malloc (2 * length);

  for (gsize i = 0; i < length; i++)
    {
      wide[2 * i] = (guchar) name[i];
      wide[2 * i + 1] = 0;
    }
  return contains (data, size, wide, 2 * length);
}

void
_syl_import_set_encrypted_error (GError **error)
{
  g_set_error_literal (error, SYL_ERROR, SYL_ERROR_FAILED,
                       _("the document is password-protected; open it in its word processor, "
                         "remove the password, save it and import it again"));
}

/* An old binary file, or a new one a password has encrypted: both are
 * compound files, which this importer does not read. */
static void
set_compound_error (GBytes  *bytes,
                    GError **error)
{
  if (cfb_has_stream (bytes, "EncryptedPackage") || cfb_has_stream (bytes, "EncryptionInfo"))
    _syl_import_set_encrypted_error (error);
  else
    g_set_error_literal (error, SYL_ERROR, SYL_ERROR_FAILED,
                         _("this is an old binary Word (.doc) or other compound file; only "
                           ".docx and .odt documents are read: save it as .docx first"));
}

static struct archive *
open_archive (GBytes  *package,
              GError **error)
{
  struct archive *archive = archive_read_new ();
  gsize size;
  const void *data = g_bytes_get_data (package, &size);

  /* The central directory, not the local headers, says what a package
   * holds: some writers leave the sizes of the local headers empty. */
  archive_read_support_format_zip_seekable (archive);
  if (archive_read_open_memory (archive, data, size) != ARCHIVE_OK)
    {
      g_set_error_literal (error, SYL_ERROR, SYL_ERROR_SYNTAX,
                           _("the file is damaged: it is not a valid zip package"));
      archive_read_free (archive);
      return NULL;
    }
  return archive;
}

static gsize
part_limit (GBytes *package)
{
  guint64 limit = MAX ((guint64) g_bytes_get_size (package) * MAX_RATIO, MIN_RATIO_LIMIT);

  return (gsize) MIN (limit, MAX_PART_SIZE);
}

/* Reads the current entry in chunks, never past @limit. */
static GBytes *
read_entry (struct archive        *archive,
            struct archive_entry  *entry,
            gsize                  limit,
            GCancellable          *cancellable,
            GError               **error)
{
  g_autoptr(GByteArray) contents = g_byte_array_new ();
  g_autofree guchar *chunk = g_malloc (CHUNK_SIZE);

  if (archive_entry_size_is_set (entry) && archive_entry_size (entry) > (la_int64_t) limit)
    goto too_large;
  for (;;)
    {
      la_ssize_t got = archive_read_data (archive, chunk, CHUNK_SIZE);

      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return NULL;
      if (got == 0)
        break;
      if (got < 0)
        {
          g_set_error_literal (error, SYL_ERROR, SYL_ERROR_SYNTAX,
                               _("the file is damaged: a part of its zip package cannot be "
                                 "read"));
          return NULL;
        }
      if (contents->len + (gsize) got > limit)
        goto too_large;
      g_byte_array_append (contents, chunk, (guint) got);
    }
  return g_byte_array_free_to_bytes (g_steal_pointer (&contents));

too_large:
  g_set_error_literal (error, SYL_ERROR, SYL_ERROR_TOO_LARGE,
                       _("a part of the package is too large once uncompressed; it looks like "
                         "a zip bomb and was not read"));
  return NULL;
}

/**
 * _syl_import_zip_read:
 * @package: a whole zip file
 * @name: the member to read, such as "word/document.xml"
 *
 * Returns: (transfer full): the member's contents; %NULL with @error
 *   set, %G_IO_ERROR_NOT_FOUND when the package has no such member
 */
GBytes *
_syl_import_zip_read (GBytes        *package,
                      const char    *name,
                      GCancellable  *cancellable,
                      GError       **error)
{
  struct archive *archive;
  struct archive_entry *entry;
  GBytes *contents = NULL;
  int status;

  if (g_bytes_get_size (package) == 0)
    {
      g_set_error_literal (error, SYL_ERROR, SYL_ERROR_EMPTY, _("the file is empty"));
      return NULL;
    }
  if (has_magic (package, cfb_magic, sizeof cfb_magic))
    {
      set_compound_error (package, error);
      return NULL;
    }
  archive = open_archive (package, error);
  if (archive == NULL)
    return NULL;

  while ((status = archive_read_next_header (archive, &entry)) == ARCHIVE_OK ||
         status == ARCHIVE_WARN)
    {
      if (g_strcmp0 (archive_entry_pathname (entry), name) != 0)
        continue;
      if (archive_entry_is_encrypted (entry))
        _syl_import_set_encrypted_error (error);
      else
        contents = read_entry (archive, entry, part_limit (package), cancellable, error);
      archive_read_free (archive);
      return contents;
    }
  archive_read_free (archive);

  if (status == ARCHIVE_EOF)
    g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "no %s in the package", name);
  else
    g_set_error_literal (error, SYL_ERROR, SYL_ERROR_SYNTAX,
                         _("the file is damaged: it is not a valid zip package"));
  return NULL;
}

static gboolean
bytes_contain (GBytes     *bytes,
               const char *text)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return contains (data, size, text, strlen (text));
}

/**
 * _syl_import_zip_sniff:
 *
 * Tells a Word or OpenDocument text package by what it says it is: the
 * "mimetype" member of ODF, the content types of OOXML.  A compound file
 * counts as Word, so that the Word importer explains why it is refused.
 *
 * Returns: %SYL_IMPORT_FORMAT_DOCX, %SYL_IMPORT_FORMAT_ODT, or
 *   %SYL_IMPORT_FORMAT_AUTO for anything else
 */
SylImportFormat
_syl_import_zip_sniff (GBytes *bytes)
{
  g_autoptr(GBytes) part = NULL;

  if (has_magic (bytes, cfb_magic, sizeof cfb_magic))
    return SYL_IMPORT_FORMAT_DOCX;
  if (!has_magic (bytes, zip_magic, sizeof zip_magic))
    return SYL_IMPORT_FORMAT_AUTO;

  part = _syl_import_zip_read (bytes, "mimetype", NULL, NULL);
  if (part != NULL && bytes_contain (part, "application/vnd.oasis.opendocument.text"))
    return SYL_IMPORT_FORMAT_ODT;
  g_clear_pointer (&part, g_bytes_unref);
  part = _syl_import_zip_read (bytes, "[Content_Types].xml", NULL, NULL);
  if (part != NULL && bytes_contain (part, "wordprocessingml.document.main+xml"))
    return SYL_IMPORT_FORMAT_DOCX;
  return SYL_IMPORT_FORMAT_AUTO;
}

static void
ignore_xml_error (void        *data,
                  xmlErrorPtr  error)
{
}

static void G_GNUC_PRINTF (2, 3)
ignore_generic_error (void       *data,
                      const char *message,
                      ...)
{
}

/**
 * _syl_import_xml_open:
 * @part: a part read by _syl_import_zip_read()
 *
 * A reader that never touches the network, loads no DTD and expands no
 * entity.  Neither format has a DTD, so a part that declares one, as an
 * XML bomb must, is refused before it is parsed.
 *
 * Returns: (transfer full): the reader, or %NULL with @error set
 */
xmlTextReaderPtr
_syl_import_xml_open (GBytes      *part,
                      const char  *name,
                      GError     **error)
{
  static gsize initialized = 0;
  gsize size;
  const char *data = g_bytes_get_data (part, &size);
  xmlTextReaderPtr reader;

  if (g_once_init_enter (&initialized))
    {
      /* libxml2 must be set up once before threads use it. */
      xmlInitParser ();
      g_once_init_leave (&initialized, 1);
    }
  if (contains (data, size, "<!DOCTYPE", 9) || contains (data, size, "<!ENTITY", 8))
    {
      g_set_error (error, SYL_ERROR, SYL_ERROR_SYNTAX,
                   _("%s declares a DTD or entities, which a real document never has; it was "
                     "refused"), name);
      return NULL;
    }
  if (size > G_MAXINT)
    {
      _syl_import_xml_set_error (name, error);
      return NULL;
    }
  /* Errors are reported as a GError, never on standard error; libxml2
   * keeps its error handlers per thread, so this is the import's own. */
  xmlSetGenericErrorFunc (NULL, ignore_generic_error);
  reader = xmlReaderForMemory (data, (int) size, name, NULL,
                               XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING |
                               XML_PARSE_NOCDATA);
  if (reader == NULL)
    {
      _syl_import_xml_set_error (name, error);
      return NULL;
    }
  xmlTextReaderSetStructuredErrorHandler (reader, ignore_xml_error, NULL);
  return reader;
}

void
_syl_import_xml_set_error (const char  *name,
                           GError     **error)
{
  g_set_error (error, SYL_ERROR, SYL_ERROR_SYNTAX,
               _("the file is damaged: %s is not well-formed XML"), name);
}

/* An attribute's value, or NULL; @name may have a prefix. */
char *
_syl_import_xml_attribute (xmlTextReaderPtr  reader,
                           const char       *name)
{
  xmlChar *value = xmlTextReaderGetAttribute (reader, (const xmlChar *) name);
  char *copy;

  if (value == NULL)
    return NULL;
  copy = g_strdup ((const char *) value);
  xmlFree (value);
  return copy;
}

/* Whether the current node is the element @name (with its prefix). */
gboolean
_syl_import_xml_is (xmlTextReaderPtr  reader,
                    const char       *name)
{
  const xmlChar *current = xmlTextReaderConstName (reader);

  return current != NULL && strcmp ((const char *) current, name) == 0;
}
