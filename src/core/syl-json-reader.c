/* syl-json-reader.c: reading Syllabus format v1
 *
 * One pass over the text builds the document directly, without an
 * intermediate JSON tree, so loading costs little more than parsing.
 * Syntax errors stop at once.  Errors of type or value are kept until the
 * end, because "this is not a Syllabus outline" or "made by a newer
 * version" explain them better when the format or version says so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "syl-core-private.h"
#include "syl-json-reader.h"
#include "syl-json-scanner.h"

typedef struct
{
  const char *name;      /* a member name, or NULL for an array index */
  guint       index;
} Frame;

typedef struct
{
  SylJsonScanner  scanner;
  SylDocument    *document;
  GError         *error;        /* the error that stopped reading */
  GError         *deferred;     /* the first error of type or value */
  GPtrArray      *warnings;
  GHashTable     *node_ids;     /* all three: id → its object, not owned */
  GHashTable     *example_ids;
  GHashTable     *comment_ids;
  Frame           frames[SYL_MAX_JSON_DEPTH + 8];
  guint           n_frames;
  char           *format;
  gint64          version;
  gboolean        have_version;
} Reader;

/* A reader of one object's members: called with the member's value as the
 * current token; it consumes the value. */
typedef gboolean (*MemberFunc) (Reader     *reader,
                                int         known,
                                const char *name,
                                gpointer    data);

static gboolean parse_value (Reader *reader, JsonNode **out);

static void
push_frame (Reader     *reader,
            const char *name,
            guint       index)
{
  g_assert (reader->n_frames < G_N_ELEMENTS (reader->frames));
  reader->frames[reader->n_frames].name = name;
  reader->frames[reader->n_frames].index = index;
  reader->n_frames++;
}

static void
pop_frame (Reader *reader)
{
  reader->n_frames--;
}

/* The path to the current member: `children[2].children[0].title`. */
static char *
dup_path (Reader *reader)
{
  GString *path = g_string_new (NULL);

  for (guint i = 0; i < reader->n_frames; i++)
    {
      Frame *frame = &reader->frames[i];

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

static gboolean
advance (Reader *reader)
{
  return syl_json_scanner_next (&reader->scanner, &reader->error);
}

static SylTokenType
token (Reader *reader)
{
  return reader->scanner.token;
}

static gboolean G_GNUC_PRINTF (3, 4)
error_at (Reader     *reader,
          int         code,
          const char *format,
          ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  return syl_json_scanner_error_at (&reader->scanner, reader->scanner.token_start,
                                    &reader->error, code, "%s", message);
}

static gboolean
unexpected (Reader     *reader,
            const char *expected)
{
  g_autofree char *found = syl_json_scanner_describe (&reader->scanner);

  /* Translators: the first %s is what was expected, such as “a value”; the
   * second is what was found instead, such as “x” or end of file. */
  return error_at (reader, SYL_ERROR_SYNTAX, _("expected %s, found %s"), expected, found);
}

/* Keeps the first error of type or value for the end; see the top. */
static void G_GNUC_PRINTF (3, 4)
defer_error (Reader     *reader,
             int         code,
             const char *format,
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
warn (Reader     *reader,
      const char *format,
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
enter (Reader *reader)
{
  if (++reader->scanner.depth > SYL_MAX_JSON_DEPTH)
    return error_at (reader, SYL_ERROR_TOO_DEEP, _("nesting deeper than %u levels"),
                     SYL_MAX_JSON_DEPTH);
  return advance (reader);
}

static gboolean
leave (Reader *reader)
{
  reader->scanner.depth--;
  return advance (reader);
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
is_single_quote (Reader *reader)
{
  return token (reader) == SYL_TOKEN_OTHER && *reader->scanner.token_start == '\'';
}

static gboolean
expect_member_name (Reader *reader)
{
  if (token (reader) == SYL_TOKEN_STRING)
    return TRUE;
  if (is_single_quote (reader))
    return error_at (reader, SYL_ERROR_SYNTAX, _("strings must be in double quotes"));
  return unexpected (reader, _("a member name in double quotes"));
}

/* Notes @name as seen in this object, or fails if it was seen before. */
static gboolean
note_member (Reader      *reader,
             int          known,
             const char  *name,
             guint64     *seen_known,
             GHashTable **seen)
{
  if (known >= 0 ? (*seen_known & (G_GUINT64_CONSTANT (1) << known)) != 0
                 : (*seen != NULL && g_hash_table_contains (*seen, name)))
    return error_at (reader, SYL_ERROR_SYNTAX, _("duplicate member “%s”"), name);

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
parse_member (Reader             *reader,
              const char * const *names,
              MemberFunc          func,
              gpointer            data,
              guint64            *seen_known,
              GHashTable        **seen)
{
  g_autofree char *name = NULL;
  int known;

  if (!expect_member_name (reader))
    return FALSE;

  name = g_strndup (reader->scanner.string->str, reader->scanner.string->len);
  known = names ? lookup (names, name) : -1;
  if (!note_member (reader, known, name, seen_known, seen))
    return FALSE;

  if (!advance (reader))
    return FALSE;
  if (token (reader) != SYL_TOKEN_COLON)
    return unexpected (reader, _("“:” after the member name"));
  if (!advance (reader))
    return FALSE;

  push_frame (reader, known >= 0 ? names[known] : name, 0);
  if (!func (reader, known, name, data))
    return FALSE;
  pop_frame (reader);
  return TRUE;
}

/* Reads the object whose “{” is the current token.  Known members (from
 * @names) are reported by index, each at most once; any other member by
 * name, with -1. */
static gboolean
parse_object (Reader             *reader,
              const char * const *names,
              MemberFunc          func,
              gpointer            data)
{
  g_autoptr(GHashTable) seen = NULL;
  guint64 seen_known = 0;

  if (!enter (reader))
    return FALSE;
  if (token (reader) == SYL_TOKEN_END_OBJECT)
    return leave (reader);

  for (;;)
    {
      if (!parse_member (reader, names, func, data, &seen_known, &seen))
        return FALSE;
      if (token (reader) == SYL_TOKEN_END_OBJECT)
        return leave (reader);
      if (token (reader) != SYL_TOKEN_COMMA)
        return unexpected (reader, _("“,” or “}”"));
      if (!advance (reader))
        return FALSE;
      if (token (reader) == SYL_TOKEN_END_OBJECT)
        return error_at (reader, SYL_ERROR_SYNTAX, _("trailing comma before “}”"));
    }
}

/* Reads the array whose “[” is the current token, calling @func for each
 * element with the element as the current token. */
static gboolean
parse_array (Reader     *reader,
             MemberFunc  func,
             gpointer    data)
{
  if (!enter (reader))
    return FALSE;
  if (token (reader) == SYL_TOKEN_END_ARRAY)
    return leave (reader);

  for (guint index = 0;; index++)
    {
      push_frame (reader, NULL, index);
      if (!func (reader, index, NULL, data))
        return FALSE;
      pop_frame (reader);

      if (token (reader) == SYL_TOKEN_END_ARRAY)
        return leave (reader);
      if (token (reader) != SYL_TOKEN_COMMA)
        return unexpected (reader, _("“,” or “]”"));
      if (!advance (reader))
        return FALSE;
      if (token (reader) == SYL_TOKEN_END_ARRAY)
        return error_at (reader, SYL_ERROR_SYNTAX, _("trailing comma before “]”"));
    }
}

/* Generic values, for members Syllabus does not know. */

static gboolean
generic_member_cb (Reader     *reader,
                   int         known,
                   const char *name,
                   gpointer    data)
{
  JsonNode *value = NULL;

  if (!parse_value (reader, data ? &value : NULL))
    return FALSE;
  if (data != NULL)
    json_object_set_member (data, name, value);
  return TRUE;
}

static gboolean
generic_element_cb (Reader     *reader,
                    int         known,
                    const char *name,
                    gpointer    data)
{
  JsonNode *value = NULL;

  if (!parse_value (reader, data ? &value : NULL))
    return FALSE;
  if (data != NULL)
    json_array_add_element (data, value);
  return TRUE;
}

static JsonNode *
scalar_node (Reader *reader)
{
  JsonNode *node = json_node_alloc ();

  switch (token (reader))
    {
    case SYL_TOKEN_STRING:
      return json_node_init_string (node, reader->scanner.string->str);
    case SYL_TOKEN_INT:
      return json_node_init_int (node, reader->scanner.int_value);
    case SYL_TOKEN_DOUBLE:
      return json_node_init_double (node, reader->scanner.double_value);
    case SYL_TOKEN_TRUE:
    case SYL_TOKEN_FALSE:
      return json_node_init_boolean (node, token (reader) == SYL_TOKEN_TRUE);
    default:
      return json_node_init_null (node);
    }
}

static gboolean
parse_container (Reader    *reader,
                 JsonNode **out)
{
  if (token (reader) == SYL_TOKEN_BEGIN_OBJECT)
    {
      g_autoptr(JsonObject) object = out ? json_object_new () : NULL;

      if (!parse_object (reader, NULL, generic_member_cb, object))
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
static gboolean
parse_value (Reader    *reader,
             JsonNode **out)
{
  switch (token (reader))
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
      return advance (reader);
    default:
      if (is_single_quote (reader))
        return error_at (reader, SYL_ERROR_SYNTAX, _("strings must be in double quotes"));
      return unexpected (reader, _("a value"));
    }
}

/* An unknown member: kept in @extra, to be written back as it was. */
static gboolean
keep_unknown (Reader      *reader,
              const char  *name,
              JsonObject **extra)
{
  JsonNode *value = NULL;

  if (!parse_value (reader, &value))
    return FALSE;
  if (*extra == NULL)
    *extra = json_object_new ();
  json_object_set_member (*extra, name, value);
  return TRUE;
}

/* Typed members.  A value of the wrong type is skipped with a deferred
 * error, so that reading goes on to find syntax errors and the format. */

static gboolean
skip_wrong_type (Reader     *reader,
                 const char *message)
{
  defer_error (reader, SYL_ERROR_INVALID, "%s", message);
  return parse_value (reader, NULL);
}

static gboolean
read_string (Reader  *reader,
             char   **out)
{
  if (token (reader) != SYL_TOKEN_STRING)
    return skip_wrong_type (reader, _("expected a string"));

  g_free (*out);
  *out = g_strndup (reader->scanner.string->str, reader->scanner.string->len);
  return advance (reader);
}

static gboolean
read_boolean (Reader   *reader,
              gboolean *out)
{
  if (token (reader) != SYL_TOKEN_TRUE && token (reader) != SYL_TOKEN_FALSE)
    return skip_wrong_type (reader, _("expected true or false"));

  *out = token (reader) == SYL_TOKEN_TRUE;
  return advance (reader);
}

/* A count of minutes: a whole number from 0, or null for none. */
static gboolean
read_minutes (Reader *reader,
              int    *out)
{
  gint64 value = reader->scanner.int_value;

  if (token (reader) == SYL_TOKEN_NULL)
    {
      *out = -1;
      return advance (reader);
    }
  /* Whole numbers beyond 64 bits arrive as doubles. */
  if (token (reader) == SYL_TOKEN_DOUBLE && reader->scanner.is_big_integer)
    {
      if (reader->scanner.double_value > 0)
        defer_error (reader, SYL_ERROR_INVALID, _("too large"));
      else
        defer_error (reader, SYL_ERROR_INVALID, _("must be 0 or more, not %s"),
                     reader->scanner.number_text);
      return advance (reader);
    }
  if (token (reader) != SYL_TOKEN_INT)
    return skip_wrong_type (reader, _("expected a whole number"));

  if (value < 0)
    defer_error (reader, SYL_ERROR_INVALID, _("must be 0 or more, not %" G_GINT64_FORMAT), value);
  else if (value > G_MAXINT)
    defer_error (reader, SYL_ERROR_INVALID, _("too large"));
  else
    *out = (int) value;
  return advance (reader);
}

static gboolean
string_element_cb (Reader     *reader,
                   int         index,
                   const char *name,
                   gpointer    data)
{
  char *string = NULL;

  if (!read_string (reader, &string))
    return FALSE;
  if (string != NULL)
    g_ptr_array_add (data, string);
  return TRUE;
}

static gboolean
read_array_of (Reader     *reader,
               MemberFunc  func,
               gpointer    data)
{
  if (token (reader) != SYL_TOKEN_BEGIN_ARRAY)
    return skip_wrong_type (reader, _("expected an array"));
  return parse_array (reader, func, data);
}

static gboolean
read_object_of (Reader             *reader,
                const char * const *names,
                MemberFunc          func,
                gpointer            data)
{
  if (token (reader) != SYL_TOKEN_BEGIN_OBJECT)
    return skip_wrong_type (reader, _("expected an object"));
  return parse_object (reader, names, func, data);
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
static gboolean
read_date (Reader  *reader,
           char   **out)
{
  if (!read_string (reader, out) || *out == NULL)
    return reader->error == NULL;

  /* The path points at the value just read. */
  if (**out != '\0' && !is_rfc3339 (*out))
    defer_error (reader, SYL_ERROR_INVALID,
                 _("expected an RFC 3339 date and time, such as 2026-11-28T09:30:00Z"));
  return TRUE;
}

/* Ids: repaired, never refused, since a tool that forgot one loses nothing
 * by Syllabus giving a new one. */
static char *
checked_id (Reader     *reader,
            char       *id,
            GHashTable *ids)
{
  if (id == NULL || *id == '\0')
    {
      warn (reader, _("missing id; a new one was given"));
      g_free (id);
      id = syl_id_new ();
    }
  else if (g_hash_table_contains (ids, id))
    {
      warn (reader, _("duplicate id “%s”; a new one was given"), id);
      g_free (id);
      id = syl_id_new ();
    }

  while (g_hash_table_contains (ids, id))
    {
      g_free (id);
      id = syl_id_new ();
    }
  g_hash_table_add (ids, g_strdup (id));
  return id;
}

/* Authors. */

static const char * const author_names[] = { "name", "about", NULL };

typedef struct
{
  char       *fields[2];
  JsonObject *extra;
} AuthorData;

static gboolean
author_member_cb (Reader     *reader,
                  int         known,
                  const char *name,
                  gpointer    data)
{
  AuthorData *author = data;

  if (known < 0)
    return keep_unknown (reader, name, &author->extra);
  return read_string (reader, &author->fields[known]);
}

static gboolean
author_element_cb (Reader     *reader,
                   int         index,
                   const char *name,
                   gpointer    data)
{
  AuthorData author = { { NULL, NULL }, NULL };
  g_autoptr(SylAuthor) object = NULL;
  gboolean ok = read_object_of (reader, author_names, author_member_cb, &author);

  object = syl_author_new (author.fields[0], author.fields[1]);
  _syl_extra_set (object, author.extra);
  g_list_store_append (data, object);

  g_free (author.fields[0]);
  g_free (author.fields[1]);
  g_clear_pointer (&author.extra, json_object_unref);
  return ok;
}

/* Examples, annotations and replies share one shape: string members, a
 * few typed ones, unknown ones kept.  Each is read into an ItemData and
 * turned into its object at the end. */

enum { ITEM_ID, ITEM_TITLE, ITEM_BODY, ITEM_AUTHOR, ITEM_CREATED, ITEM_TEXT,
       ITEM_RESOLVED_BY, ITEM_RESOLVED_AT, ITEM_RESOLVED, ITEM_REPLIES, N_ITEM_FIELDS };

static const char * const item_names[] = {
  "id", "title", "body", "author", "created", "text",
  "resolved_by", "resolved_at", "resolved", "replies", NULL
};

typedef struct
{
  char       *fields[ITEM_RESOLVED];
  gboolean    resolved;
  GPtrArray  *replies;
  JsonObject *extra;
  gboolean    is_example;
  gboolean    is_reply;
  gboolean    has_id;
} ItemData;

static gboolean reply_element_cb (Reader *, int, const char *, gpointer);

static GHashTable *
ids_for (Reader   *reader,
         ItemData *item)
{
  return item->is_example ? reader->example_ids : reader->comment_ids;
}

/* Checks an id as soon as it is read, so that a comment is checked before
 * its replies, as a node is before its children. */
static gboolean
read_item_id (Reader   *reader,
              ItemData *item)
{
  if (!read_string (reader, &item->fields[ITEM_ID]))
    return FALSE;

  pop_frame (reader);
  item->fields[ITEM_ID] = checked_id (reader, item->fields[ITEM_ID], ids_for (reader, item));
  push_frame (reader, "id", 0);
  item->has_id = TRUE;
  return TRUE;
}

static gboolean
item_member_cb (Reader     *reader,
                int         known,
                const char *name,
                gpointer    data)
{
  ItemData *item = data;
  gboolean applies;

  /* Members of another kind of item are unknown here, and kept. */
  if (item->is_example)
    applies = known == ITEM_ID || known == ITEM_TITLE || known == ITEM_BODY;
  else
    applies = known >= ITEM_ID && known != ITEM_TITLE && known != ITEM_BODY &&
              (!item->is_reply || known <= ITEM_TEXT);

  if (!applies)
    return keep_unknown (reader, name, &item->extra);
  if (known == ITEM_ID)
    return read_item_id (reader, item);
  if (known == ITEM_RESOLVED)
    return read_boolean (reader, &item->resolved);
  if (known == ITEM_REPLIES)
    return read_array_of (reader, reply_element_cb, item->replies);
  if (known == ITEM_CREATED)
    return read_date (reader, &item->fields[known]);
  if (known == ITEM_RESOLVED_AT)
    return read_date (reader, &item->fields[known]);
  return read_string (reader, &item->fields[known]);
}

static void
item_data_clear (ItemData *item)
{
  for (guint i = 0; i < G_N_ELEMENTS (item->fields); i++)
    g_free (item->fields[i]);
  g_clear_pointer (&item->replies, g_ptr_array_unref);
  g_clear_pointer (&item->extra, json_object_unref);
}

static gboolean
read_item (Reader   *reader,
           ItemData *item)
{
  if (!read_object_of (reader, item_names, item_member_cb, item))
    return FALSE;

  if (!item->has_id)
    item->fields[ITEM_ID] = checked_id (reader, NULL, ids_for (reader, item));

  /* A comment from a tool that records no time keeps having none. */
  if (!item->is_example && item->fields[ITEM_CREATED] == NULL)
    item->fields[ITEM_CREATED] = g_strdup ("");
  return TRUE;
}

static gboolean
example_element_cb (Reader     *reader,
                    int         index,
                    const char *name,
                    gpointer    data)
{
  ItemData item = { .is_example = TRUE };
  SylExample *example;

  if (!read_item (reader, &item))
    {
      item_data_clear (&item);
      return FALSE;
    }

  example = syl_example_new (item.fields[ITEM_TITLE], item.fields[ITEM_BODY]);
  _syl_example_set_id (example, item.fields[ITEM_ID]);
  _syl_extra_set (example, item.extra);
  g_ptr_array_add (data, example);
  item_data_clear (&item);
  return TRUE;
}

static gboolean
reply_element_cb (Reader     *reader,
                  int         index,
                  const char *name,
                  gpointer    data)
{
  ItemData item = { .is_reply = TRUE };
  SylReply *reply;

  if (!read_item (reader, &item))
    {
      item_data_clear (&item);
      return FALSE;
    }

  reply = g_object_new (SYL_TYPE_REPLY,
                        "author", item.fields[ITEM_AUTHOR],
                        "created", item.fields[ITEM_CREATED],
                        "text", item.fields[ITEM_TEXT],
                        NULL);
  _syl_reply_set_id (reply, item.fields[ITEM_ID]);
  _syl_extra_set (reply, item.extra);
  g_ptr_array_add (data, reply);
  item_data_clear (&item);
  return TRUE;
}

static SylAnnotation *
annotation_from_item (Reader   *reader,
                      ItemData *item)
{
  SylAnnotation *annotation;
  GListStore *replies;

  annotation = g_object_new (SYL_TYPE_ANNOTATION,
                             "author", item->fields[ITEM_AUTHOR],
                             "created", item->fields[ITEM_CREATED],
                             "text", item->fields[ITEM_TEXT],
                             "resolved", item->resolved,
                             "resolved-by", item->fields[ITEM_RESOLVED_BY],
                             "resolved-at", item->fields[ITEM_RESOLVED_AT],
                             NULL);
  _syl_annotation_set_id (annotation, item->fields[ITEM_ID]);
  _syl_extra_set (annotation, item->extra);

  replies = _syl_annotation_get_reply_store (annotation);
  for (guint i = 0; i < item->replies->len; i++)
    _syl_owner_set (g_ptr_array_index (item->replies, i), annotation);
  g_list_store_splice (replies, 0, 0, item->replies->pdata, item->replies->len);
  return annotation;
}

static gboolean
annotation_element_cb (Reader     *reader,
                       int         index,
                       const char *name,
                       gpointer    data)
{
  ItemData item = { 0 };
  gboolean ok;

  item.replies = g_ptr_array_new_with_free_func (g_object_unref);
  ok = read_item (reader, &item);
  if (ok)
    g_ptr_array_add (data, annotation_from_item (reader, &item));
  item_data_clear (&item);
  return ok;
}

/* Nodes. */

enum { NODE_ID, NODE_NUMBER, NODE_KIND, NODE_TITLE, NODE_NOTES, NODE_OBJECTIVES,
       NODE_DURATION, NODE_OPTIONAL, NODE_EXAMPLES, NODE_ANNOTATIONS, NODE_CHILDREN };

static const char * const node_names[] = {
  "id", "number", "kind", "title", "notes", "objectives", "duration_minutes",
  "optional", "examples", "annotations", "children", NULL
};

typedef struct
{
  SylNode     *node;
  guint        level;
  char        *title;
  char        *notes;
  GPtrArray   *objectives;
  int          duration;
  gboolean     optional;
  SylNodeKind  kind;
  GPtrArray   *examples;
  GPtrArray   *annotations;
  GPtrArray   *children;
  JsonObject  *extra;
  gboolean     has_id;
} NodeData;

typedef struct
{
  GPtrArray *nodes;
  guint      level;
} ChildrenData;

static gboolean node_element_cb (Reader *, int, const char *, gpointer);

static gboolean
read_kind (Reader      *reader,
           SylNodeKind *kind)
{
  g_autofree char *name = NULL;

  if (!read_string (reader, &name))
    return FALSE;
  if (name != NULL && !syl_node_kind_from_string (name, kind))
    defer_error (reader, SYL_ERROR_INVALID,
                 _("unknown kind “%s”; expected section, discussion or example"), name);
  return TRUE;
}

static gboolean
read_node_id (Reader   *reader,
              NodeData *node)
{
  char *id = NULL;

  if (!read_string (reader, &id))
    return FALSE;

  /* Report the node, not its id member, in a warning. */
  pop_frame (reader);
  id = checked_id (reader, id, reader->node_ids);
  push_frame (reader, "id", 0);
  _syl_node_set_id (node->node, id);
  node->has_id = TRUE;
  g_free (id);
  return TRUE;
}

static gboolean
node_member_cb (Reader     *reader,
                int         known,
                const char *name,
                gpointer    data)
{
  NodeData *node = data;
  ChildrenData children = { node->children, node->level + 1 };

  switch (known)
    {
    case NODE_ID:
      return read_node_id (reader, node);
    case NODE_NUMBER:
      /* Derived from the position; written for readers, never trusted. */
      return parse_value (reader, NULL);
    case NODE_KIND:
      return read_kind (reader, &node->kind);
    case NODE_TITLE:
      return read_string (reader, &node->title);
    case NODE_NOTES:
      return read_string (reader, &node->notes);
    case NODE_OBJECTIVES:
      return read_array_of (reader, string_element_cb, node->objectives);
    case NODE_DURATION:
      return read_minutes (reader, &node->duration);
    case NODE_OPTIONAL:
      return read_boolean (reader, &node->optional);
    case NODE_EXAMPLES:
      return read_array_of (reader, example_element_cb, node->examples);
    case NODE_ANNOTATIONS:
      return read_array_of (reader, annotation_element_cb, node->annotations);
    case NODE_CHILDREN:
      return read_array_of (reader, node_element_cb, &children);
    default:
      return keep_unknown (reader, name, &node->extra);
    }
}

static void
node_data_init (NodeData *node,
                guint     level)
{
  memset (node, 0, sizeof *node);
  node->node = _syl_node_new_with_id ("");
  node->level = level;
  node->duration = -1;
  node->objectives = g_ptr_array_new_with_free_func (g_free);
  node->examples = g_ptr_array_new_with_free_func (g_object_unref);
  node->annotations = g_ptr_array_new_with_free_func (g_object_unref);
  node->children = g_ptr_array_new_with_free_func (g_object_unref);
}

static void
node_data_clear (NodeData *node)
{
  g_clear_object (&node->node);
  g_free (node->title);
  g_free (node->notes);
  g_ptr_array_unref (node->objectives);
  g_ptr_array_unref (node->examples);
  g_ptr_array_unref (node->annotations);
  g_ptr_array_unref (node->children);
  g_clear_pointer (&node->extra, json_object_unref);
}

static void
set_owner_all (GPtrArray *items,
               gpointer   owner)
{
  for (guint i = 0; i < items->len; i++)
    _syl_owner_set (g_ptr_array_index (items, i), owner);
}

static void
node_data_finish (NodeData *node)
{
  SylNode *self = node->node;
  GListStore *examples = _syl_node_get_example_store (self);
  GListStore *annotations = _syl_node_get_annotation_store (self);

  g_ptr_array_add (node->objectives, NULL);
  _syl_node_load (self, node->kind, g_steal_pointer (&node->title),
                  g_steal_pointer (&node->notes),
                  (char **) g_ptr_array_steal (node->objectives, NULL),
                  node->duration, node->optional);
  _syl_extra_set (self, node->extra);

  set_owner_all (node->examples, self);
  g_list_store_splice (examples, 0, 0, node->examples->pdata, node->examples->len);
  set_owner_all (node->annotations, self);
  g_list_store_splice (annotations, 0, 0, node->annotations->pdata, node->annotations->len);
  _syl_node_append_children (self, node->children);
}

static gboolean
node_element_cb (Reader     *reader,
                 int         index,
                 const char *name,
                 gpointer    data)
{
  ChildrenData *children = data;
  NodeData node;
  gboolean ok;

  if (children->level > SYL_MAX_OUTLINE_DEPTH)
    {
      if (reader->deferred == NULL)
        reader->deferred = g_error_new (SYL_ERROR, SYL_ERROR_TOO_DEEP,
                                        _("the outline is deeper than %u levels"),
                                        SYL_MAX_OUTLINE_DEPTH);
      return parse_value (reader, NULL);
    }

  if (token (reader) != SYL_TOKEN_BEGIN_OBJECT)
    return skip_wrong_type (reader, _("expected an object"));

  node_data_init (&node, children->level);
  ok = parse_object (reader, node_names, node_member_cb, &node);
  if (ok)
    {
      if (!node.has_id)
        {
          char *id = checked_id (reader, NULL, reader->node_ids);

          _syl_node_set_id (node.node, id);
          g_free (id);
        }
      node_data_finish (&node);
      g_ptr_array_add (children->nodes, g_object_ref (node.node));
    }
  node_data_clear (&node);
  return ok;
}

/* The document. */

enum { DOC_FORMAT, DOC_VERSION, DOC_TITLE, DOC_SUBTITLE, DOC_LANGUAGE, DOC_AUTHORS,
       DOC_DESCRIPTION, DOC_TARGET, DOC_CHILDREN };

static const char * const document_names[] = {
  "format", "version", "title", "subtitle", "language", "authors", "description",
  "target_minutes", "children", NULL
};

typedef struct
{
  char       *strings[DOC_DESCRIPTION + 1];
  int         target;
  GListStore *authors;
  GPtrArray  *children;
  JsonObject *extra;
  gboolean    format_seen;
  gboolean    version_is_int;
} DocumentData;

static gboolean
read_version (Reader       *reader,
              DocumentData *document)
{
  reader->have_version = TRUE;
  document->version_is_int = token (reader) == SYL_TOKEN_INT;
  reader->version = reader->scanner.int_value;
  return parse_value (reader, NULL);
}

static gboolean
read_format (Reader       *reader,
             DocumentData *document)
{
  document->format_seen = TRUE;
  if (token (reader) != SYL_TOKEN_STRING)
    return parse_value (reader, NULL);
  return read_string (reader, &reader->format);
}

static gboolean
document_member_cb (Reader     *reader,
                    int         known,
                    const char *name,
                    gpointer    data)
{
  DocumentData *document = data;
  ChildrenData children = { document->children, 1 };

  switch (known)
    {
    case DOC_FORMAT:
      return read_format (reader, document);
    case DOC_VERSION:
      return read_version (reader, document);
    case DOC_AUTHORS:
      return read_array_of (reader, author_element_cb, document->authors);
    case DOC_TARGET:
      return read_minutes (reader, &document->target);
    case DOC_CHILDREN:
      return read_array_of (reader, node_element_cb, &children);
    case DOC_TITLE:
    case DOC_SUBTITLE:
    case DOC_LANGUAGE:
    case DOC_DESCRIPTION:
      return read_string (reader, &document->strings[known]);
    default:
      return keep_unknown (reader, name, &document->extra);
    }
}

static const char *
describe_type (SylTokenType type)
{
  switch (type)
    {
    case SYL_TOKEN_BEGIN_ARRAY:
      return _("an array");
    case SYL_TOKEN_STRING:
      return _("a string");
    case SYL_TOKEN_INT:
    case SYL_TOKEN_DOUBLE:
      return _("a number");
    case SYL_TOKEN_TRUE:
    case SYL_TOKEN_FALSE:
      return _("a boolean");
    default:
      return _("null");
    }
}

/* Reads the whole text: a single object and nothing after it. */
static gboolean
read_top (Reader       *reader,
          DocumentData *document)
{
  if (!advance (reader))
    return FALSE;

  if (token (reader) == SYL_TOKEN_BEGIN_OBJECT)
    {
      if (!parse_object (reader, document_names, document_member_cb, document))
        return FALSE;
    }
  else
    {
      SylTokenType type = token (reader);

      if (!parse_value (reader, NULL))
        return FALSE;
      if (reader->deferred == NULL)
        reader->deferred = g_error_new (SYL_ERROR, SYL_ERROR_NOT_SYLLABUS,
                                        _("not a Syllabus outline: the top level is %s, not an object"),
                                        describe_type (type));
      document->format_seen = TRUE;
      reader->format = g_strdup ("syllabus");
      document->version_is_int = reader->have_version = TRUE;
      reader->version = SYL_FORMAT_VERSION;
    }

  if (token (reader) != SYL_TOKEN_EOF)
    return unexpected (reader, _("the end of the file"));
  return TRUE;
}

/* Says why the document is not one this version reads, if it is not. */
static GError *
check_format (Reader       *reader,
              DocumentData *document)
{
  if (!document->format_seen)
    return g_error_new (SYL_ERROR, SYL_ERROR_NOT_SYLLABUS,
                        _("not a Syllabus outline: it has no “format”: “syllabus” member"));
  if (reader->format == NULL)
    return g_error_new (SYL_ERROR, SYL_ERROR_INVALID, "format: %s", _("expected a string"));
  if (strcmp (reader->format, "syllabus") != 0)
    return g_error_new (SYL_ERROR, SYL_ERROR_NOT_SYLLABUS,
                        _("not a Syllabus outline: its format is “%s”"), reader->format);
  if (!reader->have_version)
    return g_error_new (SYL_ERROR, SYL_ERROR_INVALID,
                        _("version: missing; this version of Syllabus reads format %d"),
                        SYL_FORMAT_VERSION);
  if (!document->version_is_int)
    return g_error_new (SYL_ERROR, SYL_ERROR_INVALID, "version: %s", _("expected a whole number"));
  if (reader->version < 1)
    return g_error_new (SYL_ERROR, SYL_ERROR_INVALID,
                        _("version: unknown format version %" G_GINT64_FORMAT), reader->version);
  if (reader->version > SYL_FORMAT_VERSION)
    return g_error_new (SYL_ERROR, SYL_ERROR_NEWER_VERSION,
                        _("made by a newer version of Syllabus (format %" G_GINT64_FORMAT "); "
                          "this version reads format %d"),
                        reader->version, SYL_FORMAT_VERSION);
  return NULL;
}

static void
apply_document (Reader       *reader,
                DocumentData *data)
{
  SylDocument *document = reader->document;
  GListStore *authors = G_LIST_STORE (syl_document_get_authors (document));
  SylNode *root = syl_document_get_root (document);
  g_autoptr(GPtrArray) items = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_authors = g_list_model_get_n_items (G_LIST_MODEL (data->authors));

  g_object_set (document,
                "title", data->strings[DOC_TITLE],
                "subtitle", data->strings[DOC_SUBTITLE],
                "language", data->strings[DOC_LANGUAGE],
                "description", data->strings[DOC_DESCRIPTION],
                "target-minutes", data->target,
                NULL);
  _syl_extra_set (document, data->extra);

  for (guint i = 0; i < n_authors; i++)
    {
      SylAuthor *author = g_list_model_get_item (G_LIST_MODEL (data->authors), i);

      _syl_owner_set (author, document);
      g_ptr_array_add (items, author);
    }
  g_list_store_splice (authors, 0, 0, items->pdata, items->len);

  _syl_node_append_children (root, data->children);
  for (guint i = 0; i < data->children->len; i++)
    _syl_document_register_subtree (document, g_ptr_array_index (data->children, i));
  _syl_document_take_warnings (document, g_steal_pointer (&reader->warnings));
}

static void
reader_clear (Reader       *reader,
              DocumentData *data)
{
  syl_json_scanner_clear (&reader->scanner);
  g_clear_error (&reader->deferred);
  g_clear_pointer (&reader->warnings, g_ptr_array_unref);
  g_clear_pointer (&reader->node_ids, g_hash_table_unref);
  g_clear_pointer (&reader->example_ids, g_hash_table_unref);
  g_clear_pointer (&reader->comment_ids, g_hash_table_unref);
  g_clear_pointer (&reader->format, g_free);

  for (guint i = 0; i < G_N_ELEMENTS (data->strings); i++)
    g_free (data->strings[i]);
  g_clear_object (&data->authors);
  g_clear_pointer (&data->children, g_ptr_array_unref);
  g_clear_pointer (&data->extra, json_object_unref);
}

static gboolean
is_blank (const char *data,
          gsize       length)
{
  for (gsize i = 0; i < length; i++)
    if (!g_ascii_isspace (data[i]))
      return FALSE;
  return TRUE;
}

/**
 * syl_json_read:
 * @document: a new, empty document to fill
 *
 * Reads Syllabus format v1 into @document.
 */
gboolean
syl_json_read (SylDocument  *document,
               const char   *data,
               gsize         length,
               GError      **error)
{
  Reader reader = { 0 };
  DocumentData doc = { { NULL }, -1 };
  GError *format_error = NULL;
  gboolean ok = FALSE;

  if (is_blank (data, length))
    {
      g_set_error_literal (error, SYL_ERROR, SYL_ERROR_EMPTY, _("the file is empty"));
      return FALSE;
    }

  reader.document = document;
  reader.warnings = g_ptr_array_new_with_free_func (g_free);
  reader.node_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader.example_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader.comment_ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  doc.authors = g_list_store_new (SYL_TYPE_AUTHOR);
  doc.children = g_ptr_array_new_with_free_func (g_object_unref);

  if (!syl_json_scanner_init (&reader.scanner, data, length, &reader.error) ||
      !read_top (&reader, &doc))
    g_propagate_error (error, g_steal_pointer (&reader.error));
  else if ((format_error = check_format (&reader, &doc)) != NULL)
    g_propagate_error (error, format_error);
  else if (reader.deferred != NULL)
    g_propagate_error (error, g_steal_pointer (&reader.deferred));
  else
    {
      apply_document (&reader, &doc);
      ok = TRUE;
    }

  reader_clear (&reader, &doc);
  return ok;
}
