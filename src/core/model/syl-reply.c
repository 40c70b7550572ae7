/* syl-reply.c: a reply in a reviewer's comment thread
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-model-private.h"

struct _SylReply
{
  GObject  parent_instance;
  char    *id;
  char    *author;
  char    *created;
  char    *text;
};

G_DEFINE_FINAL_TYPE (SylReply, syl_reply, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_AUTHOR,
  PROP_CREATED,
  PROP_TEXT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char **
field_for_prop (SylReply *self,
                guint     prop_id)
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
    default:
      return NULL;
    }
}

static void
syl_reply_finalize (GObject *object)
{
  SylReply *self = SYL_REPLY (object);

  for (guint i = PROP_ID; i < N_PROPS; i++)
    g_clear_pointer (field_for_prop (self, i), g_free);

  G_OBJECT_CLASS (syl_reply_parent_class)->finalize (object);
}

static void
syl_reply_get_property (GObject    *object,
                        guint       prop_id,
                        GValue     *value,
                        GParamSpec *pspec)
{
  char **field = field_for_prop (SYL_REPLY (object), prop_id);

  if (field == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else
    g_value_set_string (value, *field);
}

static void
syl_reply_set_property (GObject      *object,
                        guint         prop_id,
                        const GValue *value,
                        GParamSpec   *pspec)
{
  char **field = field_for_prop (SYL_REPLY (object), prop_id);

  if (field == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else
    _syl_set_string_property (object, field, value, pspec);
}

static void
syl_reply_class_init (SylReplyClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = syl_reply_finalize;
  object_class->get_property = syl_reply_get_property;
  object_class->set_property = syl_reply_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, "", flags);
  properties[PROP_AUTHOR] = g_param_spec_string ("author", NULL, NULL, "", flags);
  properties[PROP_CREATED] = g_param_spec_string ("created", NULL, NULL, "", flags);
  properties[PROP_TEXT] = g_param_spec_string ("text", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
syl_reply_init (SylReply *self)
{
  self->id = _syl_id_new ();
  self->author = g_strdup ("");
  self->created = _syl_timestamp_now ();
  self->text = g_strdup ("");
}

SylReply *
syl_reply_new (const char *author,
               const char *text)
{
  return g_object_new (SYL_TYPE_REPLY,
                       "author", author ? author : "",
                       "text", text ? text : "",
                       NULL);
}

/**
 * syl_reply_copy:
 *
 * Returns: (transfer full): a copy of @self with a new id
 */
SylReply *
syl_reply_copy (SylReply *self)
{
  SylReply *copy;

  g_return_val_if_fail (SYL_IS_REPLY (self), NULL);

  copy = g_object_new (SYL_TYPE_REPLY,
                       "author", self->author,
                       "created", self->created,
                       "text", self->text,
                       NULL);
  _syl_extra_set (copy, _syl_extra_get (self));
  return copy;
}

SylReply *
_syl_reply_copy_with_id (SylReply *self)
{
  SylReply *copy = syl_reply_copy (self);

  _syl_reply_set_id (copy, self->id);
  return copy;
}

/* The same, sharing nothing with @self, not even its unknown members,
 * for a document in another thread. */
SylReply *
_syl_reply_copy_apart (SylReply *self)
{
  SylReply *copy = _syl_reply_copy_with_id (self);

  _syl_extra_copy (self, copy);
  return copy;
}

void
_syl_reply_set_id (SylReply   *self,
                   const char *id)
{
  g_object_set (self, "id", id, NULL);
}

const char *
syl_reply_get_id (SylReply *self)
{
  g_return_val_if_fail (SYL_IS_REPLY (self), NULL);
  return self->id;
}

const char *
syl_reply_get_author (SylReply *self)
{
  g_return_val_if_fail (SYL_IS_REPLY (self), NULL);
  return self->author;
}

const char *
syl_reply_get_created (SylReply *self)
{
  g_return_val_if_fail (SYL_IS_REPLY (self), NULL);
  return self->created;
}

const char *
syl_reply_get_text (SylReply *self)
{
  g_return_val_if_fail (SYL_IS_REPLY (self), NULL);
  return self->text;
}
