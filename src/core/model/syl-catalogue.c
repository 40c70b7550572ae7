/* syl-catalogue.c: translations in the language of an outline
 *
 * An exported file is read by the course's audience, so its headings
 * ("Objectives", "Contents", "45 min") are in the language of the
 * outline, whatever the language of the desktop that exports it.  The C
 * library's gettext() speaks only the language of the process, and
 * switching it (setlocale(), uselocale(), $LANGUAGE) is neither
 * thread-safe nor possible where only the C.UTF-8 locale is installed,
 * so Syllabus reads the GNU .mo catalogue of the outline's language
 * itself.
 *
 * The file is read whole and checked before anything in it is used: the
 * magic number in either byte order, the revision, every table and every
 * string within the file and ending in NUL.  A file that fails any check
 * is no catalogue at all.  Strings with system-dependent parts, such as
 * "%<PRId64> min", which msgfmt keeps in tables of their own, are put
 * together as the C library does.  Messages are found by binary search
 * in the original strings, which msgfmt sorts; translations are checked
 * to be UTF-8 when they are used.
 *
 * A catalogue never changes once read, so any thread may look up
 * messages in it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <inttypes.h>
#include <string.h>

#include "syl-catalogue-private.h"
#include "syl-error.h"

#define MO_MAGIC 0x950412de
#define MO_MAGIC_SWAPPED 0xde120495
#define SEGMENTS_END 0xffffffff
/* Far beyond any real catalogue (Syllabus's is some 30 kB): a bigger
 * file is not read at all. */
#define MAX_FILE_SIZE (16 * 1024 * 1024)
/* The system-dependent strings, put together, may not take more than
 * this, so that no file can make many of them out of the same bytes. */
#define MAX_EXPANDED_SIZE (1024 * 1024)

typedef struct
{
  const char *msgid;        /* NUL-terminated: the singular, with any context */
  const char *msgstr;       /* the forms, each ending in NUL */
  gsize       msgstr_size;  /* the forms' bytes, without the last NUL */
} Message;

struct _SylCatalogue
{
  GBytes        *bytes;
  Message       *messages;     /* the static strings, sorted by msgid */
  gsize          n_messages;
  Message       *sysdep;       /* the system-dependent ones, sorted too */
  gsize          n_sysdep;
  GPtrArray     *expanded;     /* their text */
  SylPluralRule *plural;
};

/* The file, and the byte order of its numbers. */
typedef struct
{
  const guchar *data;
  gsize         size;
  gboolean      swapped;
  gsize         expanded_size;
} Reader;

static gboolean
read_u32 (const Reader *self,
          guint64       offset,
          guint32      *value)
{
  guint32 raw;

  if (offset > self->size || self->size - offset < 4)
    return FALSE;
  memcpy (&raw, self->data + offset, 4);
  *value = self->swapped ? GUINT32_SWAP_LE_BE (raw) : raw;
  return TRUE;
}

/* Whether @count entries of @entry_size bytes fit at @offset. */
static gboolean
table_fits (const Reader *self,
            guint32       offset,
            guint32       count,
            guint         entry_size)
{
  return offset <= self->size && (guint64) count * entry_size <= self->size - offset;
}

/* A string of the static tables: @length bytes at @offset, then a NUL. */
static gboolean
read_string (const Reader *self,
             guint32       table,
             guint32       index,
             const char  **string,
             gsize        *length)
{
  guint32 len;
  guint32 offset;

  if (!read_u32 (self, (guint64) table + 8 * (guint64) index, &len) ||
      !read_u32 (self, (guint64) table + 8 * (guint64) index + 4, &offset) ||
      offset >= self->size || len > self->size - offset - 1 || self->data[offset + len] != '\0')
    return FALSE;
  *string = (const char *) self->data + offset;
  *length = len;
  return TRUE;
}

static gboolean
fail (GError    **error,
      const char *problem)
{
  g_set_error (error, SYL_ERROR, SYL_ERROR_INVALID, "not a valid GNU message catalogue: %s",
               problem);
  return FALSE;
}

/* System-dependent strings. */

/* What a system-dependent segment stands for here, as the C library's
 * gettext has it: the length modifier of an <inttypes.h> format macro
 * ("PRId64" is "ld" on 64-bit Linux), or glibc's "I" flag.  NULL for any
 * other name: the strings using it are left out. */
static char *
segment_value (const char *name)
{
  static const struct { const char *size; const char *format; } sizes[] = {
    { "8", PRIu8 }, { "16", PRIu16 }, { "32", PRIu32 }, { "64", PRIu64 },
    { "LEAST8", PRIuLEAST8 }, { "LEAST16", PRIuLEAST16 }, { "LEAST32", PRIuLEAST32 },
    { "LEAST64", PRIuLEAST64 }, { "FAST8", PRIuFAST8 }, { "FAST16", PRIuFAST16 },
    { "FAST32", PRIuFAST32 }, { "FAST64", PRIuFAST64 }, { "MAX", PRIuMAX },
    { "PTR", PRIuPTR },
  };

  if (strcmp (name, "I") == 0)
    return g_strdup ("I");
  if (strncmp (name, "PRI", 3) != 0 || name[3] == '\0' || strchr ("diouxX", name[3]) == NULL)
    return NULL;
  for (guint i = 0; i < G_N_ELEMENTS (sizes); i++)
    if (strcmp (name + 4, sizes[i].size) == 0)
      {
        /* The macros differ only in their last letter: "lu", "ld", "lx". */
        char *value = g_strdup (sizes[i].format);

        value[strlen (value) - 1] = name[3];
        return value;
      }
  return NULL;
}

/* The values of the segments, NULL for those not known here. */
static GPtrArray *
read_segments (const Reader  *self,
               guint32        n_segments,
               guint32        table,
               GError       **error)
{
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);

  if (!table_fits (self, table, n_segments, 8))
    {
      fail (error, "the table of segments is past the end");
      return NULL;
    }
  for (guint32 i = 0; i < n_segments; i++)
    {
      guint32 length;
      guint32 offset;

      read_u32 (self, (guint64) table + 8 * (guint64) i, &length);
      read_u32 (self, (guint64) table + 8 * (guint64) i + 4, &offset);
      if (length == 0 || offset > self->size || length > self->size - offset ||
          self->data[offset + length - 1] != '\0')
        {
          fail (error, "a segment name is past the end or has no NUL");
          return NULL;
        }
      g_ptr_array_add (values, segment_value ((const char *) self->data + offset));
    }
  return g_steal_pointer (&values);
}

/* Puts together the string described at @offset: static segments
 * alternating with segments.  Returns FALSE for a broken file; sets
 * *@string to NULL for a string using a segment not known here. */
static gboolean
expand_string (Reader     *self,
               guint32     offset,
               GPtrArray  *values,
               GString   **string)
{
  g_autoptr(GString) out = g_string_new (NULL);
  guint32 cursor;
  guint32 size;
  guint32 ref = 0;
  gboolean known = TRUE;

  if (!read_u32 (self, offset, &cursor))
    return FALSE;
  for (guint64 pair = (guint64) offset + 4; ; pair += 8)
    {
      if (!read_u32 (self, pair, &size) || !read_u32 (self, pair + 4, &ref) ||
          cursor > self->size || size > self->size - cursor)
        return FALSE;
      g_string_append_len (out, (const char *) self->data + cursor, size);
      cursor += size;
      if (ref == SEGMENTS_END)
        break;
      if (ref >= values->len)
        return FALSE;
      if (g_ptr_array_index (values, ref) == NULL)
        known = FALSE;
      else
        g_string_append (out, g_ptr_array_index (values, ref));
      self->expanded_size += size + 1;
      if (self->expanded_size > MAX_EXPANDED_SIZE)
        return FALSE;
    }
  /* The last static segment ends the string with its NUL. */
  if (size == 0 || self->data[cursor - 1] != '\0')
    return FALSE;
  self->expanded_size += size;
  if (self->expanded_size > MAX_EXPANDED_SIZE)
    return FALSE;
  g_string_truncate (out, out->len - 1);
  *string = known ? g_steal_pointer (&out) : NULL;
  return TRUE;
}

static int
compare_messages (gconstpointer a,
                  gconstpointer b)
{
  return strcmp (((const Message *) a)->msgid, ((const Message *) b)->msgid);
}

/* Reads the system-dependent strings into a table of their own: sorting
 * them is cheap, since MAX_EXPANDED_SIZE bounds them, where sorting the
 * whole file could take long. */
static gboolean
read_sysdep_strings (SylCatalogue  *self,
                     Reader        *reader,
                     GError       **error)
{
  guint32 n_segments, segments, n_strings, originals, translations;
  g_autoptr(GPtrArray) values = NULL;

  if (!read_u32 (reader, 28, &n_segments) || !read_u32 (reader, 32, &segments) ||
      !read_u32 (reader, 36, &n_strings) || !read_u32 (reader, 40, &originals) ||
      !read_u32 (reader, 44, &translations))
    return fail (error, "the header is cut short");
  if (n_strings == 0)
    return TRUE;
  if (!table_fits (reader, originals, n_strings, 4) ||
      !table_fits (reader, translations, n_strings, 4))
    return fail (error, "a table of system-dependent strings is past the end");
  if ((values = read_segments (reader, n_segments, segments, error)) == NULL)
    return FALSE;

  self->sysdep = g_new (Message, n_strings);
  for (guint32 i = 0; i < n_strings; i++)
    {
      g_autoptr(GString) msgid = NULL;
      g_autoptr(GString) msgstr = NULL;
      guint32 id_offset, str_offset;

      read_u32 (reader, (guint64) originals + 4 * (guint64) i, &id_offset);
      read_u32 (reader, (guint64) translations + 4 * (guint64) i, &str_offset);
      if (!expand_string (reader, id_offset, values, &msgid) ||
          !expand_string (reader, str_offset, values, &msgstr))
        return fail (error, "a system-dependent string is broken");
      if (msgid == NULL || msgstr == NULL)
        continue;
      self->sysdep[self->n_sysdep++] = (Message) { msgid->str, msgstr->str, msgstr->len };
      g_ptr_array_add (self->expanded, g_string_free (g_steal_pointer (&msgid), FALSE));
      g_ptr_array_add (self->expanded, g_string_free (g_steal_pointer (&msgstr), FALSE));
    }
  qsort (self->sysdep, self->n_sysdep, sizeof (Message), compare_messages);
  return TRUE;
}

/* Loading. */

static gboolean
read_header (Reader   *reader,
             guint32  *revision,
             GError  **error)
{
  guint32 magic;

  if (reader->size > MAX_FILE_SIZE)
    return fail (error, "the file is too large");
  if (!read_u32 (reader, 0, &magic))
    return fail (error, "the file is too short");
  if (magic != MO_MAGIC && magic != MO_MAGIC_SWAPPED)
    return fail (error, "wrong magic number");
  reader->swapped = magic == MO_MAGIC_SWAPPED;
  if (!read_u32 (reader, 4, revision) || reader->size < 28)
    return fail (error, "the header is cut short");
  /* Major revisions 0 and 1 are this format; minor revision 1 adds the
   * system-dependent strings, and later ones may add what this reader
   * can skip. */
  if ((*revision >> 16) > 1)
    return fail (error, "unknown revision");
  return TRUE;
}

static gboolean
read_static_strings (SylCatalogue  *self,
                     Reader        *reader,
                     GError       **error)
{
  guint32 n_strings, originals, translations, hash_size, hash_table;

  read_u32 (reader, 8, &n_strings);
  read_u32 (reader, 12, &originals);
  read_u32 (reader, 16, &translations);
  read_u32 (reader, 20, &hash_size);
  read_u32 (reader, 24, &hash_table);
  if (!table_fits (reader, originals, n_strings, 8) ||
      !table_fits (reader, translations, n_strings, 8) ||
      (hash_size > 0 && !table_fits (reader, hash_table, hash_size, 4)))
    return fail (error, "a table is past the end");

  self->messages = g_new (Message, n_strings);
  for (guint32 i = 0; i < n_strings; i++)
    {
      Message *message = &self->messages[self->n_messages];
      gsize length;

      if (!read_string (reader, originals, i, &message->msgid, &length) ||
          !read_string (reader, translations, i, &message->msgstr, &message->msgstr_size))
        return fail (error, "a string is past the end or has no NUL");
      /* msgfmt leaves out what is not translated; a file may not. */
      if (message->msgstr_size > 0)
        self->n_messages++;
    }
  return TRUE;
}

static const Message *
search (const Message *messages,
        gsize          n_messages,
        const char    *msgid)
{
  gsize low = 0;
  gsize high = n_messages;

  while (low < high)
    {
      gsize middle = low + (high - low) / 2;
      int order = strcmp (msgid, messages[middle].msgid);

      if (order == 0)
        return &messages[middle];
      if (order < 0)
        high = middle;
      else
        low = middle + 1;
    }
  return NULL;
}

static const Message *
find_message (SylCatalogue *self,
              const char   *msgid)
{
  const Message *message = search (self->messages, self->n_messages, msgid);

  return message != NULL ? message : search (self->sysdep, self->n_sysdep, msgid);
}

/**
 * syl_catalogue_new_from_bytes:
 * @bytes: a GNU .mo file
 *
 * Returns: (transfer full): the catalogue, or %NULL with @error set
 *   (%SYL_ERROR_INVALID) when @bytes is not a whole, valid catalogue
 */
SylCatalogue *
syl_catalogue_new_from_bytes (GBytes  *bytes,
                              GError **error)
{
  g_autoptr(SylCatalogue) self = g_new0 (SylCatalogue, 1);
  Reader reader = { 0 };
  guint32 revision;
  const Message *header;

  g_return_val_if_fail (bytes != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self->bytes = g_bytes_ref (bytes);
  self->expanded = g_ptr_array_new_with_free_func (g_free);
  reader.data = g_bytes_get_data (bytes, &reader.size);
  if (!read_header (&reader, &revision, error) ||
      !read_static_strings (self, &reader, error) ||
      ((revision & 0xffff) >= 1 && !read_sysdep_strings (self, &reader, error)))
    return NULL;

  header = find_message (self, "");
  self->plural = _syl_plural_rule_new_from_header (header != NULL ? header->msgstr : NULL);
  return g_steal_pointer (&self);
}

/**
 * syl_catalogue_new_from_file:
 *
 * Returns: (transfer full): the catalogue in @path, or %NULL with @error
 *   set: a #GFileError, or %SYL_ERROR_INVALID
 */
SylCatalogue *
syl_catalogue_new_from_file (const char  *path,
                             GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;
  GError *local_error = NULL;
  SylCatalogue *self;
  char *contents = NULL;
  gsize length = 0;
  GStatBuf info;

  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (g_stat (path, &info) == 0 && info.st_size > MAX_FILE_SIZE)
    {
      g_set_error (error, SYL_ERROR, SYL_ERROR_INVALID,
                   "%s: not a valid GNU message catalogue: the file is too large", path);
      return NULL;
    }
  /* Read, not mapped: a file cut short while mapped would crash us. */
  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  bytes = g_bytes_new_take (contents, length);
  self = syl_catalogue_new_from_bytes (bytes, &local_error);
  if (self == NULL)
    {
      g_propagate_prefixed_error (error, local_error, "%s: ", path);
      return NULL;
    }
  return self;
}

/**
 * _syl_catalogue_new_source:
 *
 * Returns: (transfer full): a catalogue without messages, which gives
 *   every message in the language of the sources, English
 */
SylCatalogue *
_syl_catalogue_new_source (void)
{
  SylCatalogue *self = g_new0 (SylCatalogue, 1);

  self->expanded = g_ptr_array_new_with_free_func (g_free);
  self->plural = _syl_plural_rule_new_from_header (NULL);
  return self;
}

void
syl_catalogue_free (SylCatalogue *self)
{
  if (self == NULL)
    return;
  g_clear_pointer (&self->bytes, g_bytes_unref);
  g_clear_pointer (&self->messages, g_free);
  g_clear_pointer (&self->sysdep, g_free);
  g_clear_pointer (&self->expanded, g_ptr_array_unref);
  g_clear_pointer (&self->plural, _syl_plural_rule_free);
  g_free (self);
}

/* Looking messages up. */

/* The @index-th form of the translation of @msgid, or NULL when the
 * catalogue has none that is valid UTF-8. */
static const char *
find_form (SylCatalogue *self,
           const char   *msgid,
           gulong        index)
{
  const Message *message = find_message (self, msgid);
  const char *form;
  const char *end;

  if (message == NULL)
    return NULL;
  form = message->msgstr;
  end = message->msgstr + message->msgstr_size;
  for (; index > 0 && form < end; index--)
    form += strlen (form) + 1;
  if (form >= end || *form == '\0' || !g_utf8_validate (form, -1, NULL))
    return NULL;
  return form;
}

/**
 * syl_catalogue_gettext:
 * @self: (nullable): a catalogue, or %NULL for the language of the user
 *   interface
 *
 * Returns: the translation of @msgid, or @msgid itself
 */
const char *
syl_catalogue_gettext (SylCatalogue *self,
                       const char   *msgid)
{
  const char *form;

  g_return_val_if_fail (msgid != NULL, NULL);

  if (self == NULL)
    return g_dgettext (GETTEXT_PACKAGE, msgid);
  form = find_form (self, msgid, 0);
  return form != NULL ? form : msgid;
}

/**
 * syl_catalogue_ngettext:
 * @self: (nullable): a catalogue, or %NULL for the language of the user
 *   interface
 *
 * Returns: the form of the translation that @n takes, or @msgid for 1
 *   and @msgid_plural for any other number when there is none
 */
const char *
syl_catalogue_ngettext (SylCatalogue *self,
                        const char   *msgid,
                        const char   *msgid_plural,
                        gulong        n)
{
  const char *form;

  g_return_val_if_fail (msgid != NULL, NULL);
  g_return_val_if_fail (msgid_plural != NULL, NULL);

  if (self == NULL)
    return g_dngettext (GETTEXT_PACKAGE, msgid, msgid_plural, n);
  form = find_form (self, msgid, _syl_plural_rule_eval (self->plural, n));
  if (form != NULL)
    return form;
  return n == 1 ? msgid : msgid_plural;
}

/**
 * syl_catalogue_get_n_plurals:
 *
 * Returns: how many plural forms the catalogue's language has
 */
guint
syl_catalogue_get_n_plurals (SylCatalogue *self)
{
  g_return_val_if_fail (self != NULL, 2);
  return _syl_plural_rule_get_n_plurals (self->plural);
}

/**
 * syl_catalogue_get_plural_index:
 *
 * Returns: which plural form @n takes, from 0
 */
gulong
syl_catalogue_get_plural_index (SylCatalogue *self,
                                gulong        n)
{
  g_return_val_if_fail (self != NULL, n != 1);
  return _syl_plural_rule_eval (self->plural, n);
}
