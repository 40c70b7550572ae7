/* syl-json-writer.c: writing Syllabus format v1
 *
 * The output is the format's canonical form: members in a fixed order,
 * unknown members after the known ones in the order they were read, two
 * spaces of indent, UTF-8 as it is, and a final newline.  The same document
 * always gives the same bytes, so files diff well and a load followed by a
 * save changes nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "syl-document-private.h"
#include "syl-json-reader.h"
#include "syl-json-writer.h"
#include "syl-json-writer-private.h"

typedef struct
{
  GString *out;
  guint    depth;
  /* Whether the current object or array has had a member yet. */
  gboolean first;
} Writer;

static void
newline (Writer *writer)
{
  g_string_append_c (writer->out, '\n');
  for (guint i = 0; i < writer->depth; i++)
    g_string_append (writer->out, "  ");
}

static void
write_string (Writer     *writer,
              const char *string)
{
  GString *out = writer->out;
  const char *run = string;
  const char *p;

  g_string_append_c (out, '"');
  for (p = string; *p != '\0'; p++)
    {
      guchar c = *p;
      if (c >= 0x20 && c != '"' && c != '\\')
        continue;

      g_string_append_len (out, run, p - run);
      run = p + 1;
      switch (c)
        {
        case '"': g_string_append (out, "\\\""); break;
        case '\\': g_string_append (out, "\\\\"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        default: g_string_append_printf (out, "\\u%04x", c); break;
        }
    }
  g_string_append_len (out, run, p - run);
  g_string_append_c (out, '"');
}

static void
begin (Writer *writer,
       char    bracket)
{
  g_string_append_c (writer->out, bracket);
  writer->depth++;
  writer->first = TRUE;
}

static void
end (Writer   *writer,
     char      bracket,
     gboolean  empty)
{
  writer->depth--;
  if (!empty)
    newline (writer);
  g_string_append_c (writer->out, bracket);
  writer->first = FALSE;
}

static void
key (Writer     *writer,
     const char *name)
{
  if (!writer->first)
    g_string_append_c (writer->out, ',');
  writer->first = FALSE;
  newline (writer);
  write_string (writer, name);
  g_string_append (writer->out, ": ");
}

static void
element (Writer *writer)
{
  if (!writer->first)
    g_string_append_c (writer->out, ',');
  writer->first = FALSE;
  newline (writer);
}

static void
member_string (Writer     *writer,
               const char *name,
               const char *value)
{
  key (writer, name);
  write_string (writer, value ? value : "");
}

static void
member_int (Writer     *writer,
            const char *name,
            gint64      value)
{
  key (writer, name);
  g_string_append_printf (writer->out, "%" G_GINT64_FORMAT, value);
}

static void
member_boolean (Writer     *writer,
                const char *name,
                gboolean    value)
{
  key (writer, name);
  g_string_append (writer->out, value ? "true" : "false");
}

static void write_json_node (Writer *writer, JsonNode *node);

static void
write_json_object (Writer     *writer,
                   JsonObject *object)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  begin (writer, '{');
  json_object_iter_init_ordered (&iter, object);
  while (json_object_iter_next_ordered (&iter, &name, &value))
    {
      key (writer, name);
      write_json_node (writer, value);
    }
  end (writer, '}', json_object_get_size (object) == 0);
}

static void
write_json_array (Writer    *writer,
                  JsonArray *array)
{
  guint n = json_array_get_length (array);

  begin (writer, '[');
  for (guint i = 0; i < n; i++)
    {
      element (writer);
      write_json_node (writer, json_array_get_element (array, i));
    }
  end (writer, ']', n == 0);
}

/* Writes the significant @digits of a number whose first digit stands at
 * 10^@exponent, in plain notation with at least one decimal. */
static void
write_plain (GString    *out,
             const char *digits,
             int         n_digits,
             int         exponent)
{
  if (exponent < 0)
    {
      g_string_append (out, "0.");
      for (int i = -1; i > exponent; i--)
        g_string_append_c (out, '0');
      g_string_append (out, digits);
      return;
    }

  for (int i = 0; i <= exponent; i++)
    g_string_append_c (out, i < n_digits ? digits[i] : '0');
  g_string_append_c (out, '.');
  if (n_digits > exponent + 1)
    g_string_append (out, digits + exponent + 1);
  else
    g_string_append_c (out, '0');
}

/* Writes @value as Python's repr() does, which most JSON tools match: the
 * fewest digits that read back as the same double, in plain notation from
 * 1e-4 up to 1e16 (always with a decimal point) and in exponent notation
 * beyond. */
static void
write_double (Writer *writer,
              double  value)
{
  char buffer[64];
  char digits[32];
  int precision, exponent, n_digits = 0;
  char *e;

  if (value == 0)
    {
      g_string_append (writer->out, signbit (value) ? "-0.0" : "0.0");
      return;
    }
  if (value < 0)
    g_string_append_c (writer->out, '-');

  for (precision = 0; precision < 17; precision++)
    {
      g_snprintf (buffer, sizeof buffer, "%.*e", precision, fabs (value));
      if (g_ascii_strtod (buffer, NULL) == fabs (value))
        break;
    }

  e = strchr (buffer, 'e');
  exponent = atoi (e + 1);
  for (const char *p = buffer; p < e; p++)
    if (g_ascii_isdigit (*p))
      digits[n_digits++] = *p;
  while (n_digits > 1 && digits[n_digits - 1] == '0')
    n_digits--;
  digits[n_digits] = '\0';

  if (exponent >= -4 && exponent < 16)
    write_plain (writer->out, digits, n_digits, exponent);
  else
    g_string_append_printf (writer->out, "%c%s%se%c%02d", digits[0], n_digits > 1 ? "." : "",
                            digits + 1, exponent < 0 ? '-' : '+', ABS (exponent));
}

static void
write_json_node (Writer   *writer,
                 JsonNode *node)
{
  switch (json_node_get_node_type (node))
    {
    case JSON_NODE_OBJECT:
      write_json_object (writer, json_node_get_object (node));
      break;
    case JSON_NODE_ARRAY:
      write_json_array (writer, json_node_get_array (node));
      break;
    case JSON_NODE_NULL:
      g_string_append (writer->out, "null");
      break;
    case JSON_NODE_VALUE:
      if (json_node_get_value_type (node) == G_TYPE_STRING)
        write_string (writer, json_node_get_string (node));
      else if (json_node_get_value_type (node) == G_TYPE_BOOLEAN)
        g_string_append (writer->out, json_node_get_boolean (node) ? "true" : "false");
      else if (json_node_get_value_type (node) == G_TYPE_DOUBLE)
        write_double (writer, json_node_get_double (node));
      else
        g_string_append_printf (writer->out, "%" G_GINT64_FORMAT, json_node_get_int (node));
      break;
    default:
      g_assert_not_reached ();
    }
}

/* Unknown members, after the known ones. */
static void
write_members (Writer     *writer,
               JsonObject *extra)
{
  JsonObjectIter iter;
  const char *name;
  JsonNode *value;

  if (extra == NULL)
    return;

  json_object_iter_init_ordered (&iter, extra);
  while (json_object_iter_next_ordered (&iter, &name, &value))
    {
      key (writer, name);
      write_json_node (writer, value);
    }
}

static void
write_extra (Writer   *writer,
             gpointer  object)
{
  write_members (writer, _syl_extra_get (object));
}

/* Calls @func on every item of @list, as elements of an array member. */
static void
member_list (Writer      *writer,
             const char  *name,
             GListModel  *list,
             void       (*func) (Writer *, gpointer))
{
  guint n = g_list_model_get_n_items (list);

  key (writer, name);
  begin (writer, '[');
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (list, i);

      element (writer);
      func (writer, item);
    }
  end (writer, ']', n == 0);
}

static void
write_author (Writer   *writer,
              gpointer  item)
{
  begin (writer, '{');
  member_string (writer, "name", syl_author_get_name (item));
  member_string (writer, "about", syl_author_get_about (item));
  write_extra (writer, item);
  end (writer, '}', FALSE);
}

static void
write_example (Writer   *writer,
               gpointer  item)
{
  begin (writer, '{');
  member_string (writer, "id", syl_example_get_id (item));
  member_string (writer, "title", syl_example_get_title (item));
  member_string (writer, "body", syl_example_get_body (item));
  write_extra (writer, item);
  end (writer, '}', FALSE);
}

static void
write_reply (Writer   *writer,
             gpointer  item)
{
  begin (writer, '{');
  member_string (writer, "id", syl_reply_get_id (item));
  member_string (writer, "author", syl_reply_get_author (item));
  member_string (writer, "created", syl_reply_get_created (item));
  member_string (writer, "text", syl_reply_get_text (item));
  write_extra (writer, item);
  end (writer, '}', FALSE);
}

static void
write_annotation (Writer   *writer,
                  gpointer  item)
{
  SylAnnotation *annotation = item;

  begin (writer, '{');
  member_string (writer, "id", syl_annotation_get_id (annotation));
  member_string (writer, "author", syl_annotation_get_author (annotation));
  member_string (writer, "created", syl_annotation_get_created (annotation));
  member_string (writer, "text", syl_annotation_get_text (annotation));
  member_boolean (writer, "resolved", syl_annotation_get_resolved (annotation));
  member_string (writer, "resolved_by", syl_annotation_get_resolved_by (annotation));
  member_string (writer, "resolved_at", syl_annotation_get_resolved_at (annotation));
  member_list (writer, "replies", syl_annotation_get_replies (annotation), write_reply);
  write_extra (writer, annotation);
  end (writer, '}', FALSE);
}

static void
member_objectives (Writer  *writer,
                   SylNode *node)
{
  const char * const *objectives = syl_node_get_objectives (node);

  key (writer, "objectives");
  begin (writer, '[');
  for (guint i = 0; objectives[i] != NULL; i++)
    {
      element (writer);
      write_string (writer, objectives[i]);
    }
  end (writer, ']', objectives[0] == NULL);
}

/* Written only when it differs from the default, so that the files of
 * every document that keeps the default stay as they were. */
static void
member_numbering (Writer       *writer,
                  SylNumbering *numbering)
{
  guint n = syl_numbering_get_n_levels (numbering);

  if (syl_numbering_get_preset (numbering) == SYL_NUMBERING_PRESET_DEFAULT &&
      syl_numbering_get_number_items (numbering) && _syl_extra_get (numbering) == NULL)
    return;

  key (writer, "numbering");
  begin (writer, '{');
  key (writer, "levels");
  begin (writer, '[');
  for (guint i = 1; i <= n; i++)
    {
      element (writer);
      write_string (writer, syl_number_style_to_string (syl_numbering_get_style (numbering, i)));
    }
  end (writer, ']', FALSE);
  member_boolean (writer, "number_items", syl_numbering_get_number_items (numbering));
  write_extra (writer, numbering);
  end (writer, '}', FALSE);
}

/* The rules of the course check turned off for this course; written only
 * when some are, or when the file's "check" had members of its own, so
 * that the files of other courses stay as they were. */
static void
member_check (Writer      *writer,
              SylDocument *document)
{
  const char * const *disabled = syl_document_get_disabled_checks (document);
  JsonObject *extra = _syl_document_get_check_extra (document);

  if (disabled[0] == NULL && extra == NULL)
    return;

  key (writer, "check");
  begin (writer, '{');
  if (disabled[0] != NULL)
    {
      key (writer, "disabled");
      begin (writer, '[');
      for (guint i = 0; disabled[i] != NULL; i++)
        {
          element (writer);
          write_string (writer, disabled[i]);
        }
      end (writer, ']', FALSE);
    }
  write_members (writer, extra);
  end (writer, '}', FALSE);
}

static void write_children (Writer          *writer,
                            SylNode         *parent,
                            SylNode * const *nodes,
                            guint            n_nodes,
                            GString         *number);

/* @number is the parent's number; it grows and shrinks on the way down, so
 * numbering the whole document costs nothing extra. */
static void
write_node (Writer  *writer,
            SylNode *node,
            GString *number)
{
  int duration = syl_node_get_duration_minutes (node);

  begin (writer, '{');
  member_string (writer, "id", syl_node_get_id (node));
  member_string (writer, "number", number->str);
  member_string (writer, "kind", syl_node_kind_to_string (syl_node_get_kind (node)));
  member_string (writer, "title", syl_node_get_title (node));
  member_string (writer, "notes", syl_node_get_notes (node));
  member_objectives (writer, node);
  if (duration >= 0)
    member_int (writer, "duration_minutes", duration);
  member_boolean (writer, "optional", syl_node_get_optional (node));
  member_list (writer, "examples", syl_node_get_examples (node), write_example);
  member_list (writer, "annotations", syl_node_get_annotations (node), write_annotation);
  write_children (writer, node, NULL, 0, number);
  write_extra (writer, node);
  end (writer, '}', FALSE);
}

/* The "children" member: those of @parent, or when @parent is NULL,
 * @nodes, numbered as chapters. */
static void
write_children (Writer          *writer,
                SylNode         *parent,
                SylNode * const *nodes,
                guint            n_nodes,
                GString         *number)
{
  guint n = parent != NULL ? syl_node_get_n_children (parent) : n_nodes;
  gsize parent_length = number->len;

  key (writer, "children");
  begin (writer, '[');
  for (guint i = 0; i < n; i++)
    {
      if (parent_length > 0)
        g_string_append_c (number, '.');
      g_string_append_printf (number, "%u", i + 1);

      element (writer);
      write_node (writer, parent != NULL ? syl_node_get_child (parent, i) : nodes[i], number);
      g_string_truncate (number, parent_length);
    }
  end (writer, ']', n == 0);
}

/* The document's members, with @nodes as its chapters, or the document's
 * own when @nodes is NULL. */
static GBytes *
write_document (SylDocument     *document,
                SylNode * const *nodes,
                guint            n_nodes,
                gsize            estimate)
{
  Writer writer = { 0 };
  g_autoptr(GString) number = g_string_new (NULL);
  SylNode *root = nodes == NULL ? syl_document_get_root (document) : NULL;
  int target = syl_document_get_target_minutes (document);

  writer.out = g_string_sized_new (estimate);
  begin (&writer, '{');
  member_string (&writer, "format", "syllabus");
  member_int (&writer, "version", SYL_FORMAT_VERSION);
  member_string (&writer, "title", syl_document_get_title (document));
  member_string (&writer, "subtitle", syl_document_get_subtitle (document));
  member_string (&writer, "language", syl_document_get_language (document));
  member_list (&writer, "authors", syl_document_get_authors (document), write_author);
  member_string (&writer, "description", syl_document_get_description (document));
  if (target >= 0)
    member_int (&writer, "target_minutes", target);
  member_numbering (&writer, syl_document_get_numbering (document));
  member_check (&writer, document);
  write_children (&writer, root, nodes, n_nodes, number);
  write_extra (&writer, document);
  end (&writer, '}', FALSE);
  g_string_append_c (writer.out, '\n');

  return g_string_free_to_bytes (writer.out);
}

/**
 * _syl_json_write:
 *
 * Returns: (transfer full): @document in the canonical form of format v1
 */
GBytes *
_syl_json_write (SylDocument *document)
{
  gsize estimate = 1024 + syl_document_get_n_nodes (document) * 600;

  return write_document (document, NULL, 0, estimate);
}

/**
 * _syl_json_write_subtrees:
 * @nodes: nodes, none inside another, in the order to write them
 *
 * Writes a whole document, with the metadata of a new one, whose chapters
 * are @nodes with their subtrees, numbered from 1, as the clipboard
 * carries them.
 *
 * Returns: (transfer full): the document in the canonical form of format v1
 */
GBytes *
_syl_json_write_subtrees (SylNode * const *nodes,
                          guint            n_nodes)
{
  g_autoptr(SylDocument) empty = syl_document_new ();
  gsize estimate = 1024;

  for (guint i = 0; i < n_nodes; i++)
    estimate += (1 + syl_node_count_descendants (nodes[i])) * 600;
  /* With no nodes, the new document's own empty list is written. */
  return write_document (empty, nodes, n_nodes, estimate);
}

/**
 * syl_document_serialize:
 *
 * Returns: (transfer full): the document in the canonical JSON form
 */
GBytes *
syl_document_serialize (SylDocument *self)
{
  g_return_val_if_fail (SYL_IS_DOCUMENT (self), NULL);
  return _syl_json_write (self);
}
