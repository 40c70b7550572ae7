/* syl-annotation.c: a reviewer's comment on a node, with its replies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-model-private.h"

struct _SylAnnotation
{
  GObject     parent_instance;
  char       *id;
  char       *author;
  char       *created;
  char       *text;
  char       *resolved_by;
  char       *resolved_at;
  GListStore *replies;
  gboolean    resolved;
};

G_DEFINE_FINAL_TYPE (SylAnnotation, syl_annotation, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_AUTHOR,
  PROP_CREATED,
  PROP_TEXT,
  PROP_RESOLVED_BY,
  PROP_RESOLVED_AT,
  PROP_RESOLVED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char **
field_for_prop (SylAnnotation *self,
                guint          prop_id)
{
  switch (prop_id)
    {
    case PROP_ID:
      return &self->id;
    case PROP_AUTHOR:
      return &self->author;
    case PROP_CREATED:
      return &self->created;
    case PROP_TEXT:
      return &self->text;
    case PROP_RESOLVED_BY:
      return &self->resolved_by;
    case PROP_RESOLVED_AT:
      return &self->resolved_at;
    default:
      return NULL;
    }
}

static void
syl_annotation_dispose (GObject *object)
{
  SylAnnotation *self = SYL_ANNOTATION (object);

  g_clear_object (&self->replies);

  G_OBJECT_CLASS (syl_annotation_parent_class)->dispose (object);
}

static void
syl_annotation_finalize (GObject *object)
{
  SylAnnotation *self = SYL_ANNOTATION (object);

  for (guint i = PROP_ID; i < PROP_RESOLVED; i++)
    g_clear_pointer (field_for_prop (self, i), g_free);

  G_OBJECT_CLASS (syl_annotation_parent_class)->finalize (object);
}

static void
syl_annotation_get_property (GObject    *object,
                             guint       prop_id,
                             GValue     *value,
                             GParamSpec *pspec)
{
  SylAnnotation *self = SYL_ANNOTATION (object);
  char **field = field_for_prop (self, prop_id);

  if (field != NULL)
    g_value_set_string (value, *field);
  else if (prop_id == PROP_RESOLVED)
    g_value_set_boolean (value, self->resolved);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
syl_annotation_set_property (GObject      *object,
                             guint         prop_id,
                             const GValue *value,
                             GParamSpec   *pspec)
{
  SylAnnotation *self = SYL_ANNOTATION (object);
  char **field = field_for_prop (self, prop_id);

  if (field != NULL)
    {
      _syl_set_string_property (object, field, value, pspec);
    }
  else if (prop_id == PROP_RESOLVED)
    {
      if (self->resolved != !!g_value_get_boolean (value))
        {
          gpointer owner = _syl_owner_get (self);

          self->resolved = !!g_value_get_boolean (value);
          if (SYL_IS_NODE (owner))
            _syl_node_update_open_annotations (owner);
          g_object_notify_by_pspec (object, pspec);
        }
    }
  else
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_annotation_class_init (SylAnnotationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = syl_annotation_dispose;
  object_class->finalize = syl_annotation_finalize;
  object_class->get_property = syl_annotation_get_property;
  object_class->set_property = syl_annotation_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, "", flags);
  properties[PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, "", flags);
  properties[PROP_CREATED] = g_param_spec_string ("created", NULL, NULL, "", flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", flags);
  properties[PROP_RESOLVED_BY] = g_param_spec_string ("resolved-by", NULL, NULL, "", flags);
  properties[PROP_RESOLVED_AT] = g_param_spec_string ("resolved-at", NULL, NULL, "", flags);
  properties[PROP_RESOLVED] = g_param_spec_boolean ("resolved", NULL, NULL, FALSE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
syl_annotation_init (SylAnnotation *self)
{
  self->id = _syl_id_new ();
  self->author = g_strdup ("");
  self->created = _syl_timestamp_now ();
  self->text = g_strdup ("");
  self->resolved_by = g_strdup ("");
  self->resolved_at = g_strdup ("");
  self->replies = g_list_store_new (SYL_TYPE_REPLY);
}

SylAnnotation *
syl_annotation_new (const char *author,
                    const char *text)
{
  return g_object_new (SYL_TYPE_ANNOTATION,
                       "author", author ? author : "",
                       "text", text ? text : "",
                       NULL);
}

static SylAnnotation *
copy_annotation (SylAnnotation *self,
                 gboolean       keep_ids)
{
  SylAnnotation *copy;
  guint n;

  copy = g_object_new (SYL_TYPE_ANNOTATION,
                       "author", self->author,
                       "created", self->created,
                       "text", self->text,
                       "resolved", self->resolved,
                       "resolved-by", self->resolved_by,
                       "resolved-at", self->resolved_at,
                       NULL);
  if (keep_ids)
    _syl_annotation_set_id (copy, self->id);
  _syl_extra_set (copy, _syl_extra_get (self));

  n = g_list_model_get_n_items (G_LIST_MODEL (self->replies));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylReply) reply = g_list_model_get_item (G_LIST_MODEL (self->replies), i);
      g_autoptr(SylReply) reply_copy = keep_ids ? _syl_reply_copy_with_id (reply)
                                                : syl_reply_copy (reply);

      _syl_owner_set (reply_copy, copy);
      g_list_store_append (copy->replies, reply_copy);
    }

  return copy;
}

/**
 * syl_annotation_copy:
 *
 * Returns: (transfer full): a copy of @self and its replies, with new ids
 */
SylAnnotation *
syl_annotation_copy (SylAnnotation *self)
{
  g_return_val_if_fail (SYL_IS_ANNOTATION (self), NULL);
  return copy_annotation (self, FALSE);
}

/* The same comment for another document, as merging brings it over: ids,
 * replies and unknown members included. */
SylAnnotation *
_syl_annotation_copy_with_ids (SylAnnotation *self)
{
  return copy_annotation (self, TRUE);
}

/* The same, sharing nothing with @self, not even its unknown members,
 * for a document in another thread. */
SylAnnotation *
_syl_annotation_copy_apart (SylAnnotation *self)
{
  SylAnnotation *copy = copy_annotation (self, TRUE);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (self->replies));

  _syl_extra_copy (self, copy);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) reply = g_list_model_get_item (G_LIST_MODEL (self->replies), i);
      g_autoptr(GObject) reply_copy = g_list_model_get_item (G_LIST_MODEL (copy->replies), i);

      _syl_extra_copy (reply, reply_copy);
    }
  return copy;
}

void
_syl_annotation_set_id (SylAnnotation *self,
                        const char    *id)
{
  g_object_set (self, "id", id, NULL);
}

GListStore *
_syl_annotation_get_reply_store (SylAnnotation *self)
{
  return self->replies;
}

/**
 * _syl_timestamp_now:
 *
 * Returns: the current time in RFC 3339 form, in UTC, to the second
 */
char *
_syl_timestamp_now (void)
{
  g_autoptr(GDateTime) now = g_date_time_new_now_utc ();

  return g_date_time_format (now, "%Y-%m-%dT%H:%M:%SZ");
}

const char *
syl_annotation_get_id (SylAnnotation *self)
{
  g_return_val_if_fail (SYL_IS_ANNOTATION (self), NULL);
  return self->id;
}

const char *
syl_annotation_get_author (SylAnnotation *self)
{
  g_return_val_if_fail (SYL_IS_ANNOTATION (self), NULL);
  return self->author;
}

const char *
syl_annotation_get_created (SylAnnotation *self)
{
  g_return_val_if_fail (SYL_IS_ANNOTATION (self), NULL);
  return self->created;
}

const char *
syl_annotation_get_text (SylAnnotation *self)
{
  g_return_val_if_fail (SYL_IS_ANNOTATION (self), NULL);
  return self->text;
}

gboolean
syl_annotation_get_resolved (SylAnnotation *self)
{
  g_return_val_if_fail (SYL_IS_ANNOTATION (self), FALSE);
  return self->resolved;
}

const char *
syl_annotation_get_resolved_by (SylAnnotation *self)
{
  g_return_val_if_fail (SYL_IS_ANNOTATION (self), NULL);
  return self->resolved_by;
}

const char *
syl_annotation_get_resolved_at (SylAnnotation *self)
{
  g_return_val_if_fail (SYL_IS_ANNOTATION (self), NULL);
  return self->resolved_at;
}

GListModel *
syl_annotation_get_replies (SylAnnotation *self)
{
  g_return_val_if_fail (SYL_IS_ANNOTATION (self), NULL);
  return G_LIST_MODEL (self->replies);
}
