/* syl-json-reader.c: the strict JSON machinery of the reader
 *
 * One pass over the text builds the document directly, without an
 * intermediate JSON tree, so loading costs little more than parsing.
 * Syntax errors stop at once.  Errors of type or value are kept until the
 * end, because "this is not a Syllabus outline" or "made by a newer
 * version" explain them better when the format or version says so.
 *
 * This file knows JSON and the typed members of the format; what the
 * members of an outline are is in syl-json-reader-outline.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <string.h>

#include "syl-json-reader-private.h"

void
_syl_json_reader_push_frame (SylJsonReader *reader,
                             const char    *name,
                             guint          index)
{
  g_assert (reader->n_frames < G_N_ELEMENTS (reader->frames));
  reader->frames[reader->n_frames].name = name;
  reader->frames[reader->n_frames].index = index;
  reader->n_frames++;
}

void
_syl_json_reader_pop_frame (SylJsonReader *reader)
{
  reader->n_frames--;
}

/* The path to the current member: `children[2].children[0].title`. */
static char *
dup_path (SylJsonReader *reader)
{
  GString *path = g_string_new (NULL);

  for (guint i = 0; i < reader->n_frames; i++)
    {
      SylJsonFrame *frame = &reader->frames[i];

      if (frame->name == NULL)
        g_string_append_printf (path, "[%u]", frame->index);
      else
        {
          if (path->len > 0)
            g_string_append_c (path, '.');
          g_string_append (path, frame->name);
        }
    }

  return g_string_free (path, FALSE);
}

gboolean
_syl_json_reader_advance (SylJsonReader *reader)
{
  return _syl_json_scanner_next (&reader->scanner, &reader->error);
}

static gboolean G_GNUC_PRINTF (3, 4)
error_at (SylJsonReader *reader,
          int            code,
          const char    *format,
          ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  return _syl_json_scanner_error_at (&reader->scanner, reader->scanner.token_start,
                                     &reader->error, code, "%s", message);
}

gboolean
_syl_json_reader_unexpected (SylJsonReader *reader,
                             const char    *expected)
{
  g_autofree char *found = _syl_json_scanner_describe (&reader->scanner);

  /* Translators: the first %s is what was expected, such as “a value”; the
   * second is what was found instead, such as “x” or end of file. */
  return error_at (reader, SYL_ERROR_SYNTAX, _("expected %s, found %s"), expected, found);
}

/* Keeps the first error of type or value for the end; see the top. */
void
_syl_json_reader_defer_error (SylJsonReader *reader,
                              int            code,
                              const char    *format,
                              ...)
{
  g_autofree char *message = NULL;
  g_autofree char *path = NULL;
  va_list args;

  if (reader->deferred != NULL)
    return;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  path = dup_path (reader);
  if (*path != '\0')
    reader->deferred = g_error_new (SYL_ERROR, code, "%s: %s", path, message);
  else
    reader->deferred = g_error_new_literal (SYL_ERROR, code, message);
}

static void G_GNUC_PRINTF (2, 3)
warn (SylJsonReader *reader,
      const char    *format,
      ...)
{
  g_autofree char *message = NULL;
  g_autofree char *path = dup_path (reader);
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_ptr_array_add (reader->warnings, g_strdup_printf ("%s: %s", path, message));
}

static gboolean
enter (SylJsonReader *reader)
{
  if (++reader->scanner.depth > SYL_MAX_JSON_DEPTH)
    return error_at (reader, SYL_ERROR_TOO_DEEP, _("nesting deeper than %u levels"),
                     SYL_MAX_JSON_DEPTH);
  return _syl_json_reader_advance (reader);
}

static gboolean
leave (SylJsonReader *reader)
{
  reader->scanner.depth--;
  return _syl_json_reader_advance (reader);
}

static int
lookup (const char * const *names,
        const char         *name)
{
  for (int i = 0; names[i] != NULL; i++)
    if (strcmp (names[i], name) == 0)
      return i;
  return -1;
}

static gboolean
is_single_quote (SylJsonReader *reader)
{
  return _syl_json_reader_token (reader) == SYL_TOKEN_OTHER && *reader->scanner.token_start == '\'';
}

static gboolean
expect_member_name (SylJsonReader *reader)
{
  if (_syl_json_reader_token (reader) == SYL_TOKEN_STRING)
    return TRUE;
  if (is_single_quote (reader))
    return error_at (reader, SYL_ERROR_SYNTAX, _("strings must be in double quotes"));
  return _syl_json_reader_unexpected (reader, _("a member name in double quotes"));
}

/* Notes @name as seen in this object, or fails if it was seen before. */
static gboolean
note_member (SylJsonReader  *reader,
             int             known,
             const char     *name,
             guint64        *seen_known,
             GHashTable    **seen)
{
  if (known >= 0 ? (*seen_known & (G_GUINT64_CONSTANT (1) << known)) != 0
                 : (*seen != NULL && g_hash_table_contains (*seen, name)))
    {
      g_autofree char *quoted = _syl_json_scanner_abbreviate (name, -1);

      return error_at (reader, SYL_ERROR_SYNTAX, _("duplicate member “%s”"), quoted);
    }

  if (known >= 0)
    *seen_known |= G_GUINT64_CONSTANT (1) << known;
  else
    {
      if (*seen == NULL)
        *seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
      g_hash_table_add (*seen, g_strdup (name));
    }
  return TRUE;
}

static gboolean
parse_member (SylJsonReader       *reader,
              const char * const  *names,
              SylJsonMemberFunc    func,
              gpointer             data,
              guint64             *seen_known,
              GHashTable         **seen)
{
  g_autofree char *name = NULL;
  int known;

  if (!expect_member_name (reader))
    return FALSE;

  name = g_strndup (reader->scanner.string->str, reader->scanner.string->len);
  known = names ? lookup (names, name) : -1;
  if (!note_member (reader, known, name, seen_known, seen))
    return FALSE;

  if (!_syl_json_reader_advance (reader))
    return FALSE;
  if (_syl_json_reader_token (reader) != SYL_TOKEN_COLON)
    return _syl_json_reader_unexpected (reader, _("“:” after the member name"));
  if (!_syl_json_reader_advance (reader))
    return FALSE;

  _syl_json_reader_push_frame (reader, known >= 0 ? names[known] : name, 0);
  if (!func (reader, known, name, data))
    return FALSE;
  _syl_json_reader_pop_frame (reader);
  return TRUE;
}

/* Reads the object whose “{” is the current token.  Known members (from
 * @names) are reported by index, each at most once; any other member by
 * name, with -1. */
gboolean
_syl_json_reader_parse_object (SylJsonReader      *reader,
                               const char * const *names,
                               SylJsonMemberFunc   func,
                               gpointer            data)
{
  g_autoptr(GHashTable) seen = NULL;
  guint64 seen_known = 0;

  if (!enter (reader))
    return FALSE;
  if (_syl_json_reader_token (reader) == SYL_TOKEN_END_OBJECT)
    return leave (reader);

  for (;;)
    {
      if (!parse_member (reader, names, func, data, &seen_known, &seen))
        return FALSE;
      if (_syl_json_reader_token (reader) == SYL_TOKEN_END_OBJECT)
        return leave (reader);
      if (_syl_json_reader_token (reader) != SYL_TOKEN_COMMA)
        return _syl_json_reader_unexpected (reader, _("“,” or “}”"));
      if (!_syl_json_reader_advance (reader))
        return FALSE;
      if (_syl_json_reader_token (reader) == SYL_TOKEN_END_OBJECT)
        return error_at (reader, SYL_ERROR_SYNTAX, _("trailing comma before “}”"));
    }
}

/* Reads the array whose “[” is the current token, calling @func for each
 * element with the element as the current token. */
static gboolean
parse_array (SylJsonReader     *reader,
             SylJsonMemberFunc  func,
             gpointer           data)
{
  if (!enter (reader))
    return FALSE;
  if (_syl_json_reader_token (reader) == SYL_TOKEN_END_ARRAY)
    return leave (reader);

  for (guint index = 0;; index++)
    {
      _syl_json_reader_push_frame (reader, NULL, index);
      if (!func (reader, index, NULL, data))
        return FALSE;
      _syl_json_reader_pop_frame (reader);

      if (_syl_json_reader_token (reader) == SYL_TOKEN_END_ARRAY)
        return leave (reader);
      if (_syl_json_reader_token (reader) != SYL_TOKEN_COMMA)
        return _syl_json_reader_unexpected (reader, _("“,” or “]”"));
      if (!_syl_json_reader_advance (reader))
        return FALSE;
      if (_syl_json_reader_token (reader) == SYL_TOKEN_END_ARRAY)
        return error_at (reader, SYL_ERROR_SYNTAX, _("trailing comma before “]”"));
    }
}

/* Generic values, for members Syllabus does not know. */

static gboolean
generic_member_cb (SylJsonReader *reader,
                   int            known,
                   const char    *name,
                   gpointer       data)
{
  JsonNode *value = NULL;

  if (!_syl_json_reader_parse_value (reader, data ? &value : NULL))
    return FALSE;
  if (data != NULL)
    json_object_set_member (data, name, value);
  return TRUE;
}

static gboolean
generic_element_cb (SylJsonReader *reader,
                    int            known,
                    const char    *name,
                    gpointer       data)
{
  JsonNode *value = NULL;

  if (!_syl_json_reader_parse_value (reader, data ? &value : NULL))
    return FALSE;
  if (data != NULL)
    json_array_add_element (data, value);
  return TRUE;
}

static JsonNode *
scalar_node (SylJsonReader *reader)
{
  JsonNode *node = json_node_alloc ();

  switch (_syl_json_reader_token (reader))
    {
    case SYL_TOKEN_STRING:
      return json_node_init_string (node, reader->scanner.string->str);
    case SYL_TOKEN_INT:
      return json_node_init_int (node, reader->scanner.int_value);
    case SYL_TOKEN_DOUBLE:
      return json_node_init_double (node, reader->scanner.double_value);
    case SYL_TOKEN_TRUE:
    case SYL_TOKEN_FALSE:
      return json_node_init_boolean (node, _syl_json_reader_token (reader) == SYL_TOKEN_TRUE);
    default:
      return json_node_init_null (node);
    }
}

static gboolean
parse_container (SylJsonReader  *reader,
                 JsonNode      **out)
{
  if (_syl_json_reader_token (reader) == SYL_TOKEN_BEGIN_OBJECT)
    {
      g_autoptr(JsonObject) object = out ? json_object_new () : NULL;

      if (!_syl_json_reader_parse_object (reader, NULL, generic_member_cb, object))
        return FALSE;
      if (out)
        *out = json_node_init_object (json_node_alloc (), object);
    }
  else
    {
      g_autoptr(JsonArray) array = out ? json_array_new () : NULL;

      if (!parse_array (reader, generic_element_cb, array))
        return FALSE;
      if (out)
        *out = json_node_init_array (json_node_alloc (), array);
    }
  return TRUE;
}

/* Reads any value into @out, or only checks it when @out is NULL. */
gboolean
_syl_json_reader_parse_value (SylJsonReader  *reader,
                              JsonNode      **out)
{
  switch (_syl_json_reader_token (reader))
    {
    case SYL_TOKEN_BEGIN_OBJECT:
    case SYL_TOKEN_BEGIN_ARRAY:
      return parse_container (reader, out);
    case SYL_TOKEN_STRING:
    case SYL_TOKEN_INT:
    case SYL_TOKEN_DOUBLE:
    case SYL_TOKEN_TRUE:
    case SYL_TOKEN_FALSE:
    case SYL_TOKEN_NULL:
      if (out)
        *out = scalar_node (reader);
      return _syl_json_reader_advance (reader);
    default:
      if (is_single_quote (reader))
        return error_at (reader, SYL_ERROR_SYNTAX, _("strings must be in double quotes"));
      return _syl_json_reader_unexpected (reader, _("a value"));
    }
}

/* An unknown member: kept in @extra, to be written back as it was. */
gboolean
_syl_json_reader_keep_unknown (SylJsonReader  *reader,
                               const char     *name,
                               JsonObject    **extra)
{
  JsonNode *value = NULL;

  if (!_syl_json_reader_parse_value (reader, &value))
    return FALSE;
  if (*extra == NULL)
    *extra = json_object_new ();
  json_object_set_member (*extra, name, value);
  return TRUE;
}

/* Typed members.  A value of the wrong type is skipped with a deferred
 * error, so that reading goes on to find syntax errors and the format. */

gboolean
_syl_json_reader_skip_wrong_type (SylJsonReader *reader,
                                  const char    *message)
{
  _syl_json_reader_defer_error (reader, SYL_ERROR_INVALID, "%s", message);
  return _syl_json_reader_parse_value (reader, NULL);
}

gboolean
_syl_json_reader_read_string (SylJsonReader  *reader,
                              char          **out)
{
  if (_syl_json_reader_token (reader) != SYL_TOKEN_STRING)
    return _syl_json_reader_skip_wrong_type (reader, _("expected a string"));

  g_free (*out);
  *out = g_strndup (reader->scanner.string->str, reader->scanner.string->len);
  /* On a syntax error right after the string, callers that keep it in a
   * local would leak it: a failed read leaves nothing. */
  if (!_syl_json_reader_advance (reader))
    {
      g_clear_pointer (out, g_free);
      return FALSE;
    }
  return TRUE;
}

gboolean
_syl_json_reader_read_boolean (SylJsonReader *reader,
                               gboolean      *out)
{
  SylTokenType type = _syl_json_reader_token (reader);

  if (type != SYL_TOKEN_TRUE && type != SYL_TOKEN_FALSE)
    return _syl_json_reader_skip_wrong_type (reader, _("expected true or false"));

  *out = type == SYL_TOKEN_TRUE;
  return _syl_json_reader_advance (reader);
}

/* Whole numbers beyond 64 bits arrive as doubles: still whole numbers, and
 * out of range either way. */
static void
defer_big_minutes (SylJsonReader *reader)
{
  GString *number = reader->scanner.number_text;
  g_autofree char *text = NULL;

  if (reader->scanner.double_value > 0)
    {
      _syl_json_reader_defer_error (reader, SYL_ERROR_INVALID, _("too large"));
      return;
    }
  text = _syl_json_scanner_abbreviate (number->str, number->len);
  _syl_json_reader_defer_error (reader, SYL_ERROR_INVALID, _("must be 0 or more, not %s"), text);
}

/* A count of minutes: a whole number from 0, or null for none. */
gboolean
_syl_json_reader_read_minutes (SylJsonReader *reader,
                               int           *out)
{
  gint64 value = reader->scanner.int_value;

  if (_syl_json_reader_token (reader) == SYL_TOKEN_NULL)
    {
      *out = -1;
      return _syl_json_reader_advance (reader);
    }
  if (_syl_json_reader_token (reader) == SYL_TOKEN_DOUBLE && reader->scanner.is_big_integer)
    {
      defer_big_minutes (reader);
      return _syl_json_reader_advance (reader);
    }
  if (_syl_json_reader_token (reader) != SYL_TOKEN_INT)
    return _syl_json_reader_skip_wrong_type (reader, _("expected a whole number"));

  if (value < 0)
    _syl_json_reader_defer_error (reader, SYL_ERROR_INVALID,
                                  _("must be 0 or more, not %" PRId64), value);
  else if (value > G_MAXINT)
    _syl_json_reader_defer_error (reader, SYL_ERROR_INVALID, _("too large"));
  else
    *out = (int) value;
  return _syl_json_reader_advance (reader);
}

gboolean
_syl_json_reader_string_element_cb (SylJsonReader *reader,
                                    int            index,
                                    const char    *name,
                                    gpointer       data)
{
  char *string = NULL;

  if (!_syl_json_reader_read_string (reader, &string))
    return FALSE;
  if (string != NULL)
    g_ptr_array_add (data, string);
  return TRUE;
}

gboolean
_syl_json_reader_read_array_of (SylJsonReader     *reader,
                                SylJsonMemberFunc  func,
                                gpointer           data)
{
  if (_syl_json_reader_token (reader) != SYL_TOKEN_BEGIN_ARRAY)
    return _syl_json_reader_skip_wrong_type (reader, _("expected an array"));
  return parse_array (reader, func, data);
}

gboolean
_syl_json_reader_read_object_of (SylJsonReader      *reader,
                                 const char * const *names,
                                 SylJsonMemberFunc   func,
                                 gpointer            data)
{
  if (_syl_json_reader_token (reader) != SYL_TOKEN_BEGIN_OBJECT)
    return _syl_json_reader_skip_wrong_type (reader, _("expected an object"));
  return _syl_json_reader_parse_object (reader, names, func, data);
}

/* Reads @count digits at @p as a number, or returns -1. */
static int
digits_at (const char *p,
           guint       count)
{
  int value = 0;

  for (guint i = 0; i < count; i++)
    {
      if (!g_ascii_isdigit (p[i]))
        return -1;
      value = value * 10 + (p[i] - '0');
    }
  return value;
}

/* RFC 3339 section 5.6, exactly: 2026-11-28T09:30:00Z, with optional
 * fractions of a second and a numeric offset.  GLib's ISO 8601 parser also
 * takes week dates, ordinal dates and basic formats, which other tools
 * reading the file would not. */
static gboolean
is_rfc3339 (const char *text)
{
  int year = digits_at (text, 4);
  int month, day;
  const char *p = text + 19;

  if (strlen (text) < 20 || year < 0 || text[4] != '-' || text[7] != '-' ||
      (text[10] != 'T' && text[10] != 't') || text[13] != ':' || text[16] != ':')
    return FALSE;
  month = digits_at (text + 5, 2);
  day = digits_at (text + 8, 2);
  if (month < 1 || month > 12 || day < 1 || !g_date_valid_dmy (day, month, MAX (year, 1)) ||
      digits_at (text + 11, 2) < 0 || digits_at (text + 11, 2) > 23 ||
      digits_at (text + 14, 2) < 0 || digits_at (text + 14, 2) > 59 ||
      digits_at (text + 17, 2) < 0 || digits_at (text + 17, 2) > 60)
    return FALSE;

  if (*p == '.')
    {
      const char *start = ++p;
      while (g_ascii_isdigit (*p))
        p++;
      if (p == start)
        return FALSE;
    }
  if ((*p == 'Z' || *p == 'z') && p[1] == '\0')
    return TRUE;
  return (*p == '+' || *p == '-') && strlen (p) == 6 && p[3] == ':' &&
         digits_at (p + 1, 2) >= 0 && digits_at (p + 1, 2) <= 23 &&
         digits_at (p + 4, 2) >= 0 && digits_at (p + 4, 2) <= 59;
}

/* A date and time, or "" for none. */
gboolean
_syl_json_reader_read_date (SylJsonReader  *reader,
                            char          **out)
{
  if (!_syl_json_reader_read_string (reader, out) || *out == NULL)
    return reader->error == NULL;

  /* The path points at the value just read. */
  if (**out != '\0' && !is_rfc3339 (*out))
    _syl_json_reader_defer_error (reader, SYL_ERROR_INVALID,
                                  _("expected an RFC 3339 date and time, "
                                   "such as 2026-11-28T09:30:00Z"));
  return TRUE;
}

/* Ids: repaired, never refused, since a tool that forgot one loses nothing
 * by Syllabus giving a new one. */
char *
_syl_json_reader_checked_id (SylJsonReader *reader,
                             char          *id,
                             GHashTable    *ids)
{
  if (id == NULL || *id == '\0')
    {
      warn (reader, _("missing id; a new one was given"));
      g_free (id);
      id = _syl_id_new ();
    }
  else if (g_hash_table_contains (ids, id))
    {
      g_autofree char *quoted = _syl_json_scanner_abbreviate (id, -1);

      warn (reader, _("duplicate id “%s”; a new one was given"), quoted);
      g_free (id);
      id = _syl_id_new ();
    }

  while (g_hash_table_contains (ids, id))
    {
      g_free (id);
      id = _syl_id_new ();
    }
  g_hash_table_add (ids, g_strdup (id));
  return id;
}

/**
 * syl_document_new_from_data:
 * @data: the text of a Syllabus outline
 * @length: its length in bytes
 *
 * Reads a document.  Problems that can be repaired without losing anything,
 * such as duplicate ids, are repaired and listed by
 * syl_document_get_warnings().
 *
 * Returns: (transfer full): the document, or %NULL with @error set
 */
SylDocument *
syl_document_new_from_data (const char  *data,
                            gsize        length,
                            GError     **error)
{
  g_autoptr(SylDocument) self = syl_document_new ();

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  if (!_syl_json_read (self, data, length, error))
    return NULL;

  return g_steal_pointer (&self);
}
