/* syl-export-opml.c: an outline as OPML 2.0
 *
 * Each node is an <outline> whose `text` is its title alone, without its
 * number, since outliners number their rows themselves; its notes are in
 * `_note`, as OPML editors keep them.  What OPML has no attribute for goes
 * in attributes of Syllabus's own, which other outliners keep and ignore:
 * `syllabusId`, `syllabusKind` (for discussions and examples),
 * `syllabusMinutes` (the node's own duration, when it has one) and
 * `syllabusOptional`.
 *
 * The OPML importer keeps the attributes it does not know in the node's
 * unknown member "opml", as { "name": "value", … }; they are written back
 * here after the others, so that OPML read into Syllabus and written out
 * again keeps them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "syl-document-private.h"
#include "syl-export-private.h"

/* The attributes this file writes itself: a kept attribute of the same
 * name is older and must not be written twice. */
static const char * const own_attributes[] = {
  "text", "_note", "syllabusId", "syllabusKind", "syllabusMinutes", "syllabusOptional", NULL,
};

static void
append_attribute (GString    *out,
                  const char *name,
                  const char *value)
{
  g_string_append_printf (out, " %s=\"", name);
  _syl_export_append_xml (out, value, TRUE);
  g_string_append_c (out, '"');
}

/* Whether @name is an XML name without a colon (a colon would need a
 * namespace declaration), so the file stays well-formed. */
static gboolean
is_xml_name (const char *name)
{
  if (*name == '\0' || !g_utf8_validate (name, -1, NULL))
    return FALSE;
  for (const char *p = name; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gboolean start = g_unichar_isalpha (c) || c == '_';

      if (!start && (p == name || !(g_unichar_isdigit (c) || c == '-' || c == '.')))
        return FALSE;
    }
  return TRUE;
}

/* A kept value as the attribute it came from: strings as they are,
 * numbers and booleans as OPML would have written them. */
static char *
kept_value (JsonNode *node)
{
  char buffer[G_ASCII_DTOSTR_BUF_SIZE];
  const char *string;

  if (!JSON_NODE_HOLDS_VALUE (node))
    return NULL;
  switch (json_node_get_value_type (node))
    {
    case G_TYPE_STRING:
      string = json_node_get_string (node);
      return string != NULL && g_utf8_validate (string, -1, NULL) ? g_strdup (string) : NULL;
    case G_TYPE_INT64:
      return g_strdup_printf ("%" G_GINT64_FORMAT, json_node_get_int (node));
    case G_TYPE_DOUBLE:
      return g_strdup (g_ascii_dtostr (buffer, sizeof buffer, json_node_get_double (node)));
    case G_TYPE_BOOLEAN:
      return g_strdup (json_node_get_boolean (node) ? "true" : "false");
    default:
      return NULL;
    }
}

static void
append_kept_attributes (GString *out,
                        SylNode *node)
{
  JsonObject *extra = _syl_extra_get (node);
  JsonNode *opml = extra != NULL ? json_object_get_member (extra, "opml") : NULL;
  g_autoptr(GList) names = NULL;

  if (opml == NULL || !JSON_NODE_HOLDS_OBJECT (opml))
    return;

  names = json_object_get_members (json_node_get_object (opml));
  for (GList *l = names; l != NULL; l = l->next)
    {
      const char *name = l->data;
      g_autofree char *value = NULL;

      if (!is_xml_name (name) || g_strv_contains (own_attributes, name))
        continue;
      value = kept_value (json_object_get_member (json_node_get_object (opml), name));
      if (value != NULL)
        append_attribute (out, name, value);
    }
}

static gboolean
looks_like_entity (const char *p)
{
  gsize n = strspn (p, "#abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

  return n > 0 && p[n] == ';';
}

/* OPML's "text" holds HTML, and importers (Syllabus's among them) strip
 * tags and decode entities from it; a title that contains "<b>" or
 * "&amp;" literally is written so that it reads back the same.  A lone
 * "&" stays as it is, as other outliners write it. */
static char *
html_text (const char *title)
{
  GString *out = g_string_sized_new (strlen (title));

  for (const char *p = title; *p != '\0'; p++)
    {
      if (*p == '<')
        g_string_append (out, "&lt;");
      else if (*p == '>')
        g_string_append (out, "&gt;");
      else if (*p == '&' && looks_like_entity (p + 1))
        g_string_append (out, "&amp;");
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static void
append_node (SylExportContext *context,
             SylNode          *node,
             guint             depth)
{
  GString *out = context->out;
  g_autofree char *clean = _syl_export_clean (syl_node_get_title (node));
  g_autofree char *title = html_text (clean);
  int minutes = syl_node_get_duration_minutes (node);
  guint n = syl_node_get_n_children (node);

  g_string_append_printf (out, "%*s<outline", depth * 2 + 2, "");
  append_attribute (out, "text", title);
  if (_syl_export_has (context, SYL_EXPORT_NOTES) && *syl_node_get_notes (node) != '\0')
    {
      g_autofree char *notes = _syl_export_clean (syl_node_get_notes (node));

      append_attribute (out, "_note", notes);
    }
  append_attribute (out, "syllabusId", syl_node_get_id (node));
  if (syl_node_get_kind (node) != SYL_NODE_KIND_SECTION)
    append_attribute (out, "syllabusKind", syl_node_kind_to_string (syl_node_get_kind (node)));
  if (_syl_export_has (context, SYL_EXPORT_DURATIONS) && minutes >= 0)
    g_string_append_printf (out, " syllabusMinutes=\"%d\"", minutes);
  if (syl_node_get_optional (node))
    g_string_append (out, " syllabusOptional=\"true\"");
  append_kept_attributes (out, node);

  if (n == 0)
    {
      g_string_append (out, "/>\n");
      return;
    }
  g_string_append (out, ">\n");
  for (guint i = 0; i < n && _syl_export_go_on (context); i++)
    append_node (context, syl_node_get_child (node, i), depth + 1);
  g_string_append_printf (out, "%*s</outline>\n", depth * 2 + 2, "");
}

/* The authors' names, which OPML has one element for. */
static char *
owner_names (SylDocument *document)
{
  GListModel *authors = syl_document_get_authors (document);
  GString *names = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (authors); i++)
    {
      g_autoptr(SylAuthor) author = g_list_model_get_item (authors, i);
      g_autofree char *name = _syl_export_one_line (syl_author_get_name (author));

      if (*name == '\0')
        continue;
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, name);
    }
  return g_string_free (names, FALSE);
}

void
_syl_export_opml (SylExportContext *context)
{
  SylNode *root = syl_document_get_root (context->document);
  g_autofree char *title = _syl_export_one_line (syl_document_get_title (context->document));
  g_autofree char *owner = owner_names (context->document);
  GString *out = context->out;

  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        "<opml version=\"2.0\">\n"
                        "  <head>\n"
                        "    <title>");
  _syl_export_append_xml (out, title, FALSE);
  g_string_append (out, "</title>\n");
  if (*owner != '\0')
    {
      g_string_append (out, "    <ownerName>");
      _syl_export_append_xml (out, owner, FALSE);
      g_string_append (out, "</ownerName>\n");
    }
  g_string_append (out, "  </head>\n"
                        "  <body>\n");
  for (guint i = 0; i < syl_node_get_n_children (root) && _syl_export_go_on (context); i++)
    append_node (context, syl_node_get_child (root, i), 1);
  g_string_append (out, "  </body>\n"
                        "</opml>\n");
}
