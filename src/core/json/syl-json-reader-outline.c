/* syl-json-reader-outline.c: reading Syllabus format v1 into a document
 *
 * The members of the format, from the document down to replies, read with
 * the machinery of syl-json-reader.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>
#include <string.h>

#include "syl-json-reader-private.h"

/* Authors. */

static const char * const author_names[] = { "name", "about", NULL };

typedef struct
{
  char       *fields[2];
  JsonObject *extra;
} AuthorData;

static gboolean
author_member_cb (SylJsonReader *reader,
                  int            known,
                  const char    *name,
                  gpointer       data)
{
  AuthorData *author = data;

  if (known < 0)
    return _syl_json_reader_keep_unknown (reader, name, &author->extra);
  return _syl_json_reader_read_string (reader, &author->fields[known]);
}

static gboolean
author_element_cb (SylJsonReader *reader,
                   int            index,
                   const char    *name,
                   gpointer       data)
{
  AuthorData author = { { NULL, NULL }, NULL };
  g_autoptr(SylAuthor) object = NULL;
  gboolean ok = _syl_json_reader_read_object_of (reader, author_names, author_member_cb, &author);

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

static gboolean reply_element_cb (SylJsonReader *, int, const char *, gpointer);

static GHashTable *
ids_for (SylJsonReader *reader,
         ItemData      *item)
{
  return item->is_example ? reader->example_ids : reader->comment_ids;
}

/* Checks an id as soon as it is read, so that a comment is checked before
 * its replies, as a node is before its children. */
static gboolean
read_item_id (SylJsonReader *reader,
              ItemData      *item)
{
  if (!_syl_json_reader_read_string (reader, &item->fields[ITEM_ID]))
    return FALSE;

  _syl_json_reader_pop_frame (reader);
  item->fields[ITEM_ID] = _syl_json_reader_checked_id (reader, item->fields[ITEM_ID],
                                                       ids_for (reader, item));
  _syl_json_reader_push_frame (reader, "id", 0);
  item->has_id = TRUE;
  return TRUE;
}

static gboolean
item_member_cb (SylJsonReader *reader,
                int            known,
                const char    *name,
                gpointer       data)
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
    return _syl_json_reader_keep_unknown (reader, name, &item->extra);
  if (known == ITEM_ID)
    return read_item_id (reader, item);
  if (known == ITEM_RESOLVED)
    return _syl_json_reader_read_boolean (reader, &item->resolved);
  if (known == ITEM_REPLIES)
    return _syl_json_reader_read_array_of (reader, reply_element_cb, item->replies);
  if (known == ITEM_CREATED)
    return _syl_json_reader_read_date (reader, &item->fields[known]);
  if (known == ITEM_RESOLVED_AT)
    return _syl_json_reader_read_date (reader, &item->fields[known]);
  return _syl_json_reader_read_string (reader, &item->fields[known]);
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
read_item (SylJsonReader *reader,
           ItemData      *item)
{
  if (!_syl_json_reader_read_object_of (reader, item_names, item_member_cb, item))
    return FALSE;

  if (!item->has_id)
    item->fields[ITEM_ID] = _syl_json_reader_checked_id (reader, NULL, ids_for (reader, item));

  /* A comment from a tool that records no time keeps having none. */
  if (!item->is_example && item->fields[ITEM_CREATED] == NULL)
    item->fields[ITEM_CREATED] = g_strdup ("");
  return TRUE;
}

static gboolean
example_element_cb (SylJsonReader *reader,
                    int            index,
                    const char    *name,
                    gpointer       data)
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
reply_element_cb (SylJsonReader *reader,
                  int            index,
                  const char    *name,
                  gpointer       data)
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
annotation_from_item (SylJsonReader *reader,
                      ItemData      *item)
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
annotation_element_cb (SylJsonReader *reader,
                       int            index,
                       const char    *name,
                       gpointer       data)
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

static gboolean node_element_cb (SylJsonReader *, int, const char *, gpointer);

static gboolean
read_kind (SylJsonReader *reader,
           SylNodeKind   *kind)
{
  g_autofree char *name = NULL;
  g_autofree char *quoted = NULL;

  if (!_syl_json_reader_read_string (reader, &name))
    return FALSE;
  if (name == NULL || syl_node_kind_from_string (name, kind))
    return TRUE;

  quoted = _syl_json_scanner_abbreviate (name, -1);
  _syl_json_reader_defer_error (reader, SYL_ERROR_INVALID,
                                _("unknown kind “%s”; "
                                 "expected section, discussion or example"),
                                quoted);
  return TRUE;
}

static gboolean
read_node_id (SylJsonReader *reader,
              NodeData      *node)
{
  char *id = NULL;

  if (!_syl_json_reader_read_string (reader, &id))
    return FALSE;

  /* Report the node, not its id member, in a warning. */
  _syl_json_reader_pop_frame (reader);
  id = _syl_json_reader_checked_id (reader, id, reader->node_ids);
  _syl_json_reader_push_frame (reader, "id", 0);
  _syl_node_set_id (node->node, id);
  node->has_id = TRUE;
  g_free (id);
  return TRUE;
}

static gboolean
node_member_cb (SylJsonReader *reader,
                int            known,
                const char    *name,
                gpointer       data)
{
  NodeData *node = data;
  ChildrenData children = { node->children, node->level + 1 };

  switch (known)
    {
    case NODE_ID:
      return read_node_id (reader, node);
    case NODE_NUMBER:
      /* Derived from the position; written for readers, never trusted. */
      return _syl_json_reader_parse_value (reader, NULL);
    case NODE_KIND:
      return read_kind (reader, &node->kind);
    case NODE_TITLE:
      return _syl_json_reader_read_string (reader, &node->title);
    case NODE_NOTES:
      return _syl_json_reader_read_string (reader, &node->notes);
    case NODE_OBJECTIVES:
      return _syl_json_reader_read_array_of (reader, _syl_json_reader_string_element_cb,
                                             node->objectives);
    case NODE_DURATION:
      return _syl_json_reader_read_minutes (reader, &node->duration);
    case NODE_OPTIONAL:
      return _syl_json_reader_read_boolean (reader, &node->optional);
    case NODE_EXAMPLES:
      return _syl_json_reader_read_array_of (reader, example_element_cb, node->examples);
    case NODE_ANNOTATIONS:
      return _syl_json_reader_read_array_of (reader, annotation_element_cb, node->annotations);
    case NODE_CHILDREN:
      return _syl_json_reader_read_array_of (reader, node_element_cb, &children);
    default:
      return _syl_json_reader_keep_unknown (reader, name, &node->extra);
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
  _syl_node_update_open_annotations (self);
  _syl_node_append_children (self, node->children);
}

static gboolean
node_element_cb (SylJsonReader *reader,
                 int            index,
                 const char    *name,
                 gpointer       data)
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
      return _syl_json_reader_parse_value (reader, NULL);
    }

  if (_syl_json_reader_token (reader) != SYL_TOKEN_BEGIN_OBJECT)
    return _syl_json_reader_skip_wrong_type (reader, _("expected an object"));

  node_data_init (&node, children->level);
  ok = _syl_json_reader_parse_object (reader, node_names, node_member_cb, &node);
  if (ok)
    {
      if (!node.has_id)
        {
          char *id = _syl_json_reader_checked_id (reader, NULL, reader->node_ids);

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
       DOC_DESCRIPTION, DOC_TARGET, DOC_NUMBERING, DOC_CHECK, DOC_CHILDREN };

static const char * const document_names[] = {
  "format", "version", "title", "subtitle", "language", "authors", "description",
  "target_minutes", "numbering", "check", "children", NULL
};

typedef struct
{
  char         *strings[DOC_DESCRIPTION + 1];
  int           target;
  SylNumbering *numbering;
  GStrv         disabled_checks;
  JsonObject   *check_extra;
  GListStore   *authors;
  GPtrArray    *children;
  JsonObject   *extra;
  gboolean      format_seen;
  gboolean      version_is_int;
  gboolean      version_is_big;  /* beyond 64 bits, so reader->version is clamped */
  char         *version_text;    /* as written, shortened for messages */
} DocumentData;

static gboolean
read_version (SylJsonReader *reader,
              DocumentData  *document)
{
  SylJsonScanner *scanner = &reader->scanner;

  reader->have_version = TRUE;
  document->version_is_big = scanner->token == SYL_TOKEN_DOUBLE && scanner->is_big_integer;
  document->version_is_int = scanner->token == SYL_TOKEN_INT || document->version_is_big;
  if (document->version_is_int)
    document->version_text = _syl_json_scanner_abbreviate (scanner->number_text->str,
                                                           scanner->number_text->len);

  /* A whole number beyond 64 bits is still a whole number, only too large
   * or too small for any format; its sign is all that counts. */
  if (document->version_is_big)
    reader->version = scanner->double_value > 0 ? G_MAXINT64 : G_MININT64;
  else
    reader->version = scanner->int_value;
  return _syl_json_reader_parse_value (reader, NULL);
}

static gboolean
read_format (SylJsonReader *reader,
             DocumentData  *document)
{
  document->format_seen = TRUE;
  if (_syl_json_reader_token (reader) != SYL_TOKEN_STRING)
    return _syl_json_reader_parse_value (reader, NULL);
  return _syl_json_reader_read_string (reader, &reader->format);
}

static gboolean
document_member_cb (SylJsonReader *reader,
                    int            known,
                    const char    *name,
                    gpointer       data)
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
      return _syl_json_reader_read_array_of (reader, author_element_cb, document->authors);
    case DOC_TARGET:
      return _syl_json_reader_read_minutes (reader, &document->target);
    case DOC_NUMBERING:
      return _syl_json_reader_read_numbering (reader, &document->numbering);
    case DOC_CHECK:
      return _syl_json_reader_read_check (reader, &document->disabled_checks,
                                          &document->check_extra);
    case DOC_CHILDREN:
      return _syl_json_reader_read_array_of (reader, node_element_cb, &children);
    case DOC_TITLE:
    case DOC_SUBTITLE:
    case DOC_LANGUAGE:
    case DOC_DESCRIPTION:
      return _syl_json_reader_read_string (reader, &document->strings[known]);
    default:
      return _syl_json_reader_keep_unknown (reader, name, &document->extra);
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
read_top (SylJsonReader *reader,
          DocumentData  *document)
{
  if (!_syl_json_reader_advance (reader))
    return FALSE;

  if (_syl_json_reader_token (reader) == SYL_TOKEN_BEGIN_OBJECT)
    {
      if (!_syl_json_reader_parse_object (reader, document_names, document_member_cb, document))
        return FALSE;
    }
  else
    {
      SylTokenType type = _syl_json_reader_token (reader);

      if (!_syl_json_reader_parse_value (reader, NULL))
        return FALSE;
      if (reader->deferred == NULL)
        reader->deferred = g_error_new (SYL_ERROR, SYL_ERROR_NOT_SYLLABUS,
                                        _("not a Syllabus outline: "
                                          "the top level is %s, not an object"),
                                        describe_type (type));
      document->format_seen = TRUE;
      reader->format = g_strdup ("syllabus");
      document->version_is_int = reader->have_version = TRUE;
      reader->version = SYL_FORMAT_VERSION;
    }

  if (_syl_json_reader_token (reader) != SYL_TOKEN_EOF)
    return _syl_json_reader_unexpected (reader, _("the end of the file"));
  return TRUE;
}

/* Says why the document is not one this version reads, if it is not. */
static GError *
check_format (SylJsonReader *reader,
              DocumentData  *document)
{
  if (!document->format_seen)
    return g_error_new (SYL_ERROR, SYL_ERROR_NOT_SYLLABUS,
                        _("not a Syllabus outline: it has no “format”: “syllabus” member"));
  if (reader->format == NULL)
    return g_error_new (SYL_ERROR, SYL_ERROR_INVALID, "format: %s", _("expected a string"));
  if (strcmp (reader->format, "syllabus") != 0)
    {
      g_autofree char *quoted = _syl_json_scanner_abbreviate (reader->format, -1);

      return g_error_new (SYL_ERROR, SYL_ERROR_NOT_SYLLABUS,
                          _("not a Syllabus outline: its format is “%s”"), quoted);
    }
  if (!reader->have_version)
    return g_error_new (SYL_ERROR, SYL_ERROR_INVALID,
                        _("version: missing; this version of Syllabus reads format %d"),
                        SYL_FORMAT_VERSION);
  if (!document->version_is_int)
    return g_error_new (SYL_ERROR, SYL_ERROR_INVALID, "version: %s", _("expected a whole number"));
  if (document->version_is_big && reader->version > 0)
    return g_error_new (SYL_ERROR, SYL_ERROR_INVALID, "version: %s", _("too large"));
  if (reader->version < 1)
    return g_error_new (SYL_ERROR, SYL_ERROR_INVALID,
                        _("version: unknown format version %s"), document->version_text);
  if (reader->version > SYL_FORMAT_VERSION)
    return g_error_new (SYL_ERROR, SYL_ERROR_NEWER_VERSION,
                        _("made by a newer version of Syllabus (format %" PRId64 "); "
                          "this version reads format %d"),
                        reader->version, SYL_FORMAT_VERSION);
  return NULL;
}

static void
apply_document (SylJsonReader *reader,
                DocumentData  *data)
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
  if (data->numbering != NULL)
    g_object_set (document, "numbering", data->numbering, NULL);
  g_object_set (document, "disabled-checks", data->disabled_checks, NULL);
  _syl_document_set_check_extra (document, data->check_extra);
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
reader_clear (SylJsonReader *reader,
              DocumentData  *data)
{
  _syl_json_scanner_clear (&reader->scanner);
  g_clear_error (&reader->deferred);
  g_clear_pointer (&reader->warnings, g_ptr_array_unref);
  g_clear_pointer (&reader->node_ids, g_hash_table_unref);
  g_clear_pointer (&reader->example_ids, g_hash_table_unref);
  g_clear_pointer (&reader->comment_ids, g_hash_table_unref);
  g_clear_pointer (&reader->format, g_free);

  for (guint i = 0; i < G_N_ELEMENTS (data->strings); i++)
    g_free (data->strings[i]);
  g_clear_object (&data->authors);
  g_clear_object (&data->numbering);
  g_clear_pointer (&data->disabled_checks, g_strfreev);
  g_clear_pointer (&data->check_extra, json_object_unref);
  g_clear_pointer (&data->children, g_ptr_array_unref);
  g_clear_pointer (&data->extra, json_object_unref);
  g_clear_pointer (&data->version_text, g_free);
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
 * _syl_json_read:
 * @document: a new, empty document to fill
 *
 * Reads Syllabus format v1 into @document.
 */
gboolean
_syl_json_read (SylDocument  *document,
                const char   *data,
                gsize         length,
                GError      **error)
{
  SylJsonReader reader = { 0 };
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

  if (!_syl_json_scanner_init (&reader.scanner, data, length, &reader.error) ||
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
