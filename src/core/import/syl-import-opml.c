/* syl-import-opml.c: outlines from OPML 1.0 and 2.0
 *
 * Each <outline> is a node: “text” its title, with any HTML in it taken
 * out, and “_note” its notes.  The attributes that Syllabus's own OPML
 * export writes (syllabusId, syllabusKind, syllabusMinutes,
 * syllabusOptional) come back onto the node; any other attribute is kept
 * in the node's unknown member “opml”, so that it is saved in the outline
 * and written back by the OPML export.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "syl-import-private.h"

typedef struct
{
  SylImportResult     *result;
  GMarkupParseContext *context;
  const char          *text;
  GArray              *line_starts;
  SylImportTree        tree;
  GHashTable          *ids;
  GString             *head_text;
  gboolean             in_head_field;
  gboolean             seen_body;
  gboolean             warned_depth;
  guint                outline_depth;
} Reader;

/* Where the element being read starts.  GMarkup reports where it is,
 * which after a start tag is the next tag, often on the next line; the
 * tag's own “<” is found back from there. */
static void
element_position (Reader *reader,
                  guint  *line_out,
                  guint  *column_out)
{
  int line = 0, column = 0;
  const char *p;
  const char *start;

  g_markup_parse_context_get_position (reader->context, &line, &column);
  *line_out = (guint) MAX (line, 1);
  *column_out = (guint) MAX (column, 1);
  if (line < 1 || (guint) line > reader->line_starts->len)
    return;

  p = g_array_index (reader->line_starts, const char *, line - 1);
  for (int i = 1; i < column && *p != '\0' && *p != '\n'; i++)
    p = g_utf8_next_char (p);
  while (p > reader->text)
    {
      if (*--p == '\n')
        line--;
      else if (*p == '<')
        break;
    }
  start = g_array_index (reader->line_starts, const char *, MAX (line, 1) - 1);
  *line_out = (guint) MAX (line, 1);
  *column_out = (guint) g_utf8_strlen (start, p - start) + 1;
}

static guint
current_line (Reader *reader)
{
  guint line, column;

  element_position (reader, &line, &column);
  return line;
}

static GArray *
find_line_starts (const char *text)
{
  GArray *starts = g_array_new (FALSE, FALSE, sizeof (const char *));

  g_array_append_val (starts, text);
  for (const char *p = strchr (text, '\n'); p != NULL; p = strchr (p + 1, '\n'))
    {
      const char *start = p + 1;

      g_array_append_val (starts, start);
    }
  return starts;
}

static gboolean G_GNUC_PRINTF (4, 5)
fail (Reader      *reader,
      GError     **error,
      int          code,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  guint line, column;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);
  element_position (reader, &line, &column);
  g_set_error (error, SYL_ERROR, code, "%u:%u: %s", line, column, message);
  return FALSE;
}

/* HTML in titles. */

static const struct { const char *name; const char *text; } entities[] = {
  { "amp", "&" }, { "lt", "<" }, { "gt", ">" }, { "quot", "\"" }, { "apos", "'" },
  { "nbsp", " " }, { "mdash", "—" }, { "ndash", "–" }, { "hellip", "…" },
  { "lsquo", "‘" }, { "rsquo", "’" }, { "ldquo", "“" }, { "rdquo", "”" },
  { "laquo", "«" }, { "raquo", "»" }, { "middot", "·" }, { "copy", "©" },
  { "reg", "®" }, { "trade", "™" },
};

/* Decodes the entity at @p (after its “&”), appending it to @out, and
 * returns what follows it; or NULL for text that is no entity. */
static const char *
decode_entity (const char *p,
               GString    *out)
{
  const char *end = strchr (p, ';');
  gunichar c;

  if (end == NULL || end - p > 10)
    return NULL;
  if (*p == '#')
    {
      gboolean hex = p[1] == 'x' || p[1] == 'X';
      char *number_end;

      c = (gunichar) g_ascii_strtoull (p + 1 + hex, &number_end, hex ? 16 : 10);
      if (number_end != end || !g_unichar_validate (c) || c == 0)
        return NULL;
      g_string_append_unichar (out, c);
      return end + 1;
    }
  for (guint i = 0; i < G_N_ELEMENTS (entities); i++)
    if ((gsize) (end - p) == strlen (entities[i].name) &&
        strncmp (p, entities[i].name, end - p) == 0)
      {
        g_string_append (out, entities[i].text);
        return end + 1;
      }
  return NULL;
}

/* A title from “text”, which outliners may fill with HTML: tags out,
 * entities decoded, white space collapsed. */
static char *
plain_title (const char *html)
{
  g_autoptr(GString) out = g_string_new (NULL);
  gboolean space = FALSE;

  for (const char *p = html; *p != '\0';)
    {
      const char *next;

      if (*p == '<' && strchr (p, '>') != NULL)
        {
          p = strchr (p, '>') + 1;
          continue;
        }
      if (*p == '&' && (next = decode_entity (p + 1, out)) != NULL)
        {
          p = next;
          space = FALSE;
          continue;
        }
      if (g_unichar_isspace (g_utf8_get_char (p)))
        {
          if (!space && out->len > 0)
            g_string_append_c (out, ' ');
          space = TRUE;
          p = g_utf8_next_char (p);
          continue;
        }
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
      space = FALSE;
      p = g_utf8_next_char (p);
    }
  return _syl_import_strip (out->str, NULL);
}

/* Outlines. */

typedef struct
{
  const char *text;
  const char *note;
  const char *id;
  const char *kind;
  const char *minutes;
  const char *optional;
  JsonObject *others;
} Attributes;

static void
sort_attributes (const char **names,
                 const char **values,
                 Attributes  *attributes)
{
  for (guint i = 0; names[i] != NULL; i++)
    {
      if (strcmp (names[i], "text") == 0)
        attributes->text = values[i];
      else if (strcmp (names[i], "_note") == 0)
        attributes->note = values[i];
      else if (strcmp (names[i], "syllabusId") == 0)
        attributes->id = values[i];
      else if (strcmp (names[i], "syllabusKind") == 0)
        attributes->kind = values[i];
      else if (strcmp (names[i], "syllabusMinutes") == 0)
        attributes->minutes = values[i];
      else if (strcmp (names[i], "syllabusOptional") == 0)
        attributes->optional = values[i];
      else
        {
          if (attributes->others == NULL)
            attributes->others = json_object_new ();
          json_object_set_string_member (attributes->others, names[i], values[i]);
        }
    }
}

static void
apply_kind (Reader      *reader,
            SylNode     *node,
            const char  *value)
{
  SylNodeKind kind;

  if (syl_node_kind_from_string (value, &kind))
    g_object_set (node, "kind", kind, NULL);
  else
    _syl_import_result_warn (reader->result, current_line (reader),
                             _("unknown syllabusKind “%s”; expected section, discussion or "
                               "example"),
                             value);
}

static void
apply_minutes (Reader     *reader,
               SylNode    *node,
               const char *value)
{
  guint64 minutes;

  if (g_ascii_string_to_unsigned (value, 10, 0, G_MAXINT, &minutes, NULL))
    g_object_set (node, "duration-minutes", (int) minutes, NULL);
  else
    _syl_import_result_warn (reader->result, current_line (reader),
                             _("syllabusMinutes “%s” is not a whole number of minutes; "
                               "it was left out"),
                             value);
}

static void
apply_optional (Reader     *reader,
                SylNode    *node,
                const char *value)
{
  if (strcmp (value, "true") == 0 || strcmp (value, "false") == 0)
    g_object_set (node, "optional", strcmp (value, "true") == 0, NULL);
  else
    _syl_import_result_warn (reader->result, current_line (reader),
                             _("syllabusOptional “%s” is neither true nor false; it was left out"),
                             value);
}

/* Keeps an id from an earlier export when it is one, and unique. */
static void
apply_id (Reader     *reader,
          SylNode    *node,
          const char *id)
{
  if (id != NULL && *id != '\0' && !g_hash_table_contains (reader->ids, id))
    _syl_node_set_id (node, id);
  else if (id != NULL)
    _syl_import_result_warn (reader->result, current_line (reader),
                             *id == '\0' ? _("empty syllabusId; a new id was given")
                                         : _("duplicate syllabusId “%s”; a new id was given"),
                             id);
  g_hash_table_add (reader->ids, g_strdup (syl_node_get_id (node)));
}

static SylNode *
new_outline (Reader      *reader,
             const char **names,
             const char **values)
{
  Attributes attributes = { NULL };
  g_autofree char *title = NULL;
  SylNodeKind kind = SYL_NODE_KIND_SECTION;
  gboolean optional = FALSE;
  SylNode *node;

  sort_attributes (names, values, &attributes);
  {
    g_autofree char *plain = plain_title (attributes.text != NULL ? attributes.text : "");

    /* Markers count only where the attributes do not say otherwise. */
    title = _syl_import_take_markers (plain, &kind, &optional);
  }
  node = syl_node_new (kind, title);
  g_object_set (node,
                "notes", attributes.note != NULL ? attributes.note : "",
                "optional", optional,
                NULL);
  if (attributes.kind != NULL)
    apply_kind (reader, node, attributes.kind);
  if (attributes.minutes != NULL)
    apply_minutes (reader, node, attributes.minutes);
  if (attributes.optional != NULL)
    apply_optional (reader, node, attributes.optional);
  apply_id (reader, node, attributes.id);

  if (attributes.others != NULL)
    {
      g_autoptr(JsonObject) extra = json_object_new ();

      json_object_set_object_member (extra, "opml", attributes.others);
      _syl_extra_set (node, extra);
    }
  return node;
}

static void
add_outline (Reader      *reader,
             const char **names,
             const char **values)
{
  g_autoptr(SylNode) node = new_outline (reader, names, values);

  reader->outline_depth++;
  if (reader->outline_depth > SYL_MAX_OUTLINE_DEPTH && !reader->warned_depth)
    {
      _syl_import_result_warn (reader->result, current_line (reader),
                               _("outlines nested deeper than %u levels were placed at level %u"),
                               SYL_MAX_OUTLINE_DEPTH, SYL_MAX_OUTLINE_DEPTH);
      reader->warned_depth = TRUE;
    }
  _syl_import_tree_add (&reader->tree, node, reader->outline_depth, 0, TRUE);
}

/* The parser. */

static gboolean
check_root (Reader       *reader,
            const char   *name,
            const char  **names,
            const char  **values,
            GError      **error)
{
  if (strcmp (name, "opml") != 0)
    return fail (reader, error, SYL_ERROR_INVALID,
                 _("not an OPML file: the root element is <%s>, not <opml>"), name);
  for (guint i = 0; names[i] != NULL; i++)
    if (strcmp (names[i], "version") == 0 && !g_str_has_prefix (values[i], "1.") &&
        !g_str_has_prefix (values[i], "2."))
      _syl_import_result_warn (reader->result, current_line (reader),
                               _("OPML version %s is unknown; it was read as OPML 2.0"),
                               values[i]);
  return TRUE;
}

static void
start_element (GMarkupParseContext  *context,
               const char           *name,
               const char          **names,
               const char          **values,
               gpointer              data,
               GError              **error)
{
  Reader *reader = data;
  const GSList *stack = g_markup_parse_context_get_element_stack (context);
  const char *parent = stack->next != NULL ? stack->next->data : NULL;

  if (parent == NULL)
    check_root (reader, name, names, values, error);
  else if (strcmp (name, "outline") == 0 &&
           (strcmp (parent, "body") == 0 || strcmp (parent, "outline") == 0))
    add_outline (reader, names, values);
  else if (strcmp (parent, "opml") == 0 && strcmp (name, "body") == 0)
    reader->seen_body = TRUE;
  else if (strcmp (parent, "head") == 0 &&
           (strcmp (name, "title") == 0 || strcmp (name, "ownerName") == 0))
    {
      reader->in_head_field = TRUE;
      g_string_truncate (reader->head_text, 0);
    }
}

static void
end_element (GMarkupParseContext  *context,
             const char           *name,
             gpointer              data,
             GError              **error)
{
  Reader *reader = data;
  g_autofree char *text = NULL;

  if (strcmp (name, "outline") == 0 && reader->outline_depth > 0)
    {
      reader->outline_depth--;
      return;
    }
  if (!reader->in_head_field)
    return;

  reader->in_head_field = FALSE;
  text = plain_title (reader->head_text->str);
  if (*text == '\0')
    return;
  if (strcmp (name, "title") == 0)
    _syl_import_result_set_title (reader->result, text);
  else
    _syl_import_result_add_author (reader->result, text, "");
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              data,
         GError              **error)
{
  Reader *reader = data;

  if (reader->in_head_field)
    g_string_append_len (reader->head_text, text, length);
}

static const GMarkupParser parser = { start_element, end_element, text_cb, NULL, NULL };

/* GMarkup starts its messages with “Error on line N char M: ”, in
 * GLib's translation; ours start with “LINE:COLUMN: ”, as the JSON
 * reader's do, so that the CLI prints FILE:LINE:COLUMN.  This is where
 * the parser stopped, not where the element started. */
static void
report_syntax_error (Reader  *reader,
                     GError  *markup_error,
                     GError **error)
{
  int line = 0, column = 0;
  g_autofree char *prefix = NULL;
  g_autofree char *inner = NULL;
  g_autofree char *valid = NULL;
  const char *message = markup_error->message;

  g_markup_parse_context_get_position (reader->context, &line, &column);
  prefix = g_strdup_printf (g_dgettext ("glib20", "Error on line %d char %d: "), line, column);
  if (g_str_has_prefix (message, prefix))
    message += strlen (prefix);
  /* Entity errors carry a prefix of their own. */
  inner = g_strdup_printf (g_dgettext ("glib20", "Error on line %d: "), line);
  if (g_str_has_prefix (message, inner))
    message += strlen (inner);
  /* GMarkup quotes the offending text, which may be a broken character:
   * the message must stay UTF-8 to be shown. */
  valid = g_utf8_make_valid (message, -1);
  /* Translators: the message starts with LINE:COLUMN; the last %s is the
   * XML parser's own message. */
  g_set_error (error, SYL_ERROR, SYL_ERROR_SYNTAX, _("%d:%d: malformed XML: %s"),
               line, column, valid);
}

/* The text is given to the parser in pieces of this size, between which
 * the import can be cancelled. */
#define PARSE_CHUNK (64 * 1024)

/* %FALSE with @error set on a syntax error, or without when cancelled. */
static gboolean
parse_in_pieces (Reader      *reader,
                 const char  *text,
                 GError     **error)
{
  gsize length = strlen (text);

  for (gsize done = 0; done < length; done += PARSE_CHUNK)
    if (!_syl_import_result_go_on (reader->result, (double) done / length) ||
        !g_markup_parse_context_parse (reader->context, text + done,
                                       MIN (PARSE_CHUNK, length - done), error))
      return FALSE;
  return g_markup_parse_context_end_parse (reader->context, error);
}

gboolean
_syl_import_opml (SylImportResult  *result,
                  const char       *text,
                  GError          **error)
{
  Reader reader = { result };
  g_autoptr(GError) local = NULL;
  gboolean ok;

  reader.context = g_markup_parse_context_new (&parser, G_MARKUP_TREAT_CDATA_AS_TEXT,
                                               &reader, NULL);
  reader.text = text;
  reader.line_starts = find_line_starts (text);
  reader.ids = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  reader.head_text = g_string_new (NULL);
  _syl_import_tree_init (&reader.tree, result);

  /* A failure without an error is a cancelled import, which the caller
   * reports. */
  ok = parse_in_pieces (&reader, text, &local);
  if (!ok && local != NULL && local->domain == G_MARKUP_ERROR)
    report_syntax_error (&reader, local, error);
  else if (!ok && local != NULL)
    g_propagate_error (error, g_steal_pointer (&local));
  else if (ok && !reader.seen_body)
    {
      g_set_error_literal (error, SYL_ERROR, SYL_ERROR_INVALID,
                           _("not an OPML outline: the file has no <body>"));
      ok = FALSE;
    }

  _syl_import_tree_clear (&reader.tree);
  g_string_free (reader.head_text, TRUE);
  g_hash_table_unref (reader.ids);
  g_array_unref (reader.line_starts);
  g_markup_parse_context_free (reader.context);
  return ok;
}
