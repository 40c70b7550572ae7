/* syl-util.c: small helpers the core's objects share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-model-private.h"

static GQuark
extra_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("syl-extra");
  return quark;
}

static GQuark
owner_quark (void)
{
  static GQuark quark;

  if (G_UNLIKELY (quark == 0))
    quark = g_quark_from_static_string ("syl-owner");
  return quark;
}

/* Unknown members are never edited by Syllabus, so copies of an object can
 * share one JsonObject. */
JsonObject *
_syl_extra_get (gpointer object)
{
  return g_object_get_qdata (G_OBJECT (object), extra_quark ());
}

void
_syl_extra_set (gpointer    object,
                JsonObject *extra)
{
  if (extra != NULL && json_object_get_size (extra) == 0)
    extra = NULL;

  g_object_set_qdata_full (G_OBJECT (object), extra_quark (),
                           extra ? json_object_ref (extra) : NULL,
                           (GDestroyNotify) json_object_unref);
}

static JsonObject *copy_object (JsonObject *object);

/* json_node_copy() shares a value too, counting its references without
 * atomic operations: a value is made anew. */
static JsonNode *
copy_value (JsonNode *node)
{
  JsonNode *copy = json_node_new (JSON_NODE_TYPE (node));
  GType type;

  if (JSON_NODE_HOLDS_NULL (node))
    return copy;
  type = json_node_get_value_type (node);
  if (type == G_TYPE_INT64)
    json_node_set_int (copy, json_node_get_int (node));
  else if (type == G_TYPE_DOUBLE)
    json_node_set_double (copy, json_node_get_double (node));
  else if (type == G_TYPE_BOOLEAN)
    json_node_set_boolean (copy, json_node_get_boolean (node));
  else
    json_node_set_string (copy, json_node_get_string (node));
  return copy;
}

static JsonArray *
copy_array (JsonArray *array)
{
  guint n = json_array_get_length (array);
  JsonArray *copy = json_array_sized_new (n);

  for (guint i = 0; i < n; i++)
    {
      JsonNode *element = json_array_get_element (array, i);

      switch (JSON_NODE_TYPE (element))
        {
        case JSON_NODE_OBJECT:
          json_array_add_object_element (copy, copy_object (json_node_get_object (element)));
          break;
        case JSON_NODE_ARRAY:
          json_array_add_array_element (copy, copy_array (json_node_get_array (element)));
          break;
        case JSON_NODE_VALUE:
        case JSON_NODE_NULL:
        default:
          json_array_add_element (copy, copy_value (element));
          break;
        }
    }
  return copy;
}

/* json_node_copy() shares the objects and arrays inside; this does not. */
static JsonObject *
copy_object (JsonObject *object)
{
  JsonObject *copy = json_object_new ();
  g_autoptr(GList) members = json_object_get_members (object);

  /* The members come in the order they were read. */
  for (GList *l = members; l != NULL; l = l->next)
    {
      JsonNode *member = json_object_get_member (object, l->data);

      switch (JSON_NODE_TYPE (member))
        {
        case JSON_NODE_OBJECT:
          json_object_set_object_member (copy, l->data,
                                         copy_object (json_node_get_object (member)));
          break;
        case JSON_NODE_ARRAY:
          json_object_set_array_member (copy, l->data, copy_array (json_node_get_array (member)));
          break;
        case JSON_NODE_VALUE:
        case JSON_NODE_NULL:
        default:
          json_object_set_member (copy, l->data, copy_value (member));
          break;
        }
    }
  return copy;
}

/**
 * _syl_extra_copy:
 *
 * Gives @to a copy of the unknown members of @from, in place of those it
 * may share with it.  json-glib counts the references of its objects
 * without atomic operations, so two threads must never hold the same
 * one: copies for another thread (syl-snapshot.c) share none.
 */
void
_syl_extra_copy (gpointer from,
                 gpointer to)
{
  JsonObject *extra = _syl_extra_get (from);
  g_autoptr(JsonObject) copy = extra != NULL ? copy_object (extra) : NULL;

  _syl_extra_set (to, copy);
}

/* A deep copy of unknown members, which can then be used in another
 * thread than the original: json-glib's reference counts are not atomic. */
JsonObject *
_syl_json_object_dup (JsonObject *object)
{
  return object != NULL ? copy_object (object) : NULL;
}

gpointer
_syl_owner_get (gpointer object)
{
  return g_object_get_qdata (G_OBJECT (object), owner_quark ());
}

/* The owner is not referenced: an item lives in its owner's list, and the
 * history holds both while the item is out of it. */
void
_syl_owner_set (gpointer object,
                gpointer owner)
{
  g_object_set_qdata (G_OBJECT (object), owner_quark (), owner);
}

/* Sets a string field from a property value, notifying only on change. */
void
_syl_set_string_property (GObject      *object,
                          char        **field,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  const char *string = g_value_get_string (value);

  if (g_strcmp0 (*field, string) == 0)
    return;

  g_free (*field);
  *field = g_strdup (string ? string : "");
  g_object_notify_by_pspec (object, pspec);
}

/* Shortens a title for a history label, in characters, not bytes. */
char *
_syl_ellipsize (const char *text,
                guint       max_chars)
{
  glong length = g_utf8_strlen (text, -1);
  const char *end;

  if (length <= (glong) max_chars)
    return g_strdup (text);

  end = g_utf8_offset_to_pointer (text, max_chars - 1);
  return g_strdup_printf ("%.*s…", (int) (end - text), text);
}

/* Characters no file Syllabus writes can carry: C0 and C1 controls other
 * than tab and line feed (XML 1.0 refuses most of them, HTML all, and
 * none is visible), and Unicode's noncharacters, which are parse errors
 * in HTML and two of which XML refuses too. */
gboolean
_syl_text_is_dropped (gunichar c)
{
  if (c == '\t' || c == '\n')
    return FALSE;
  return c < 0x20 || (c >= 0x7f && c <= 0x9f)
         || (c >= 0xfdd0 && c <= 0xfdef) || (c & 0xfffe) == 0xfffe;
}

/**
 * _syl_text_clean:
 * @text: valid UTF-8
 *
 * What the exports and the review summary write of a text.
 *
 * Returns: (transfer full): @text with line ends made "\n" and the
 *   characters of _syl_text_is_dropped() left out
 */
char *
_syl_text_clean (const char *text)
{
  GString *out = g_string_sized_new (strlen (text));

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c == '\r')
        {
          if (p[1] != '\n')
            g_string_append_c (out, '\n');
          continue;
        }
      if (_syl_text_is_dropped (c))
        continue;
      g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (out, FALSE);
}
