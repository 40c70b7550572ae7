/* syl-example.c: a worked example attached to a node
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-model-private.h"

struct _SylExample
{
  GObject  parent_instance;
  char    *id;
  char    *title;
  char    *body;
};

G_DEFINE_FINAL_TYPE (SylExample, syl_example, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_BODY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
syl_example_finalize (GObject *object)
{
  SylExample *self = SYL_EXAMPLE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->body, g_free);

  G_OBJECT_CLASS (syl_example_parent_class)->finalize (object);
}

static char **
field_for_prop (SylExample *self,
                guint       prop_id)
{
  switch (prop_id)
    {
    case PROP_ID:
      return &self->id;
    case PROP_TITLE:
      return &self->title;
    case PROP_BODY:
      return &self->body;
    default:
      return NULL;
    }
}

static void
syl_example_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  char **field = field_for_prop (SYL_EXAMPLE (object), prop_id);

  if (field == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else
    g_value_set_string (value, *field);
}

static void
syl_example_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  char **field = field_for_prop (SYL_EXAMPLE (object), prop_id);

  if (field == NULL)
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
  else
    _syl_set_string_property (object, field, value, pspec);
}

static void
syl_example_class_init (SylExampleClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = syl_example_finalize;
  object_class->get_property = syl_example_get_property;
  object_class->set_property = syl_example_set_property;

  properties[PROP_ID] = g_param_spec_string ("id", NULL, NULL, "", flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_BODY] = g_param_spec_string ("body", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
syl_example_init (SylExample *self)
{
  self->id = _syl_id_new ();
  self->title = g_strdup ("");
  self->body = g_strdup ("");
}

SylExample *
syl_example_new (const char *title,
                 const char *body)
{
  return g_object_new (SYL_TYPE_EXAMPLE,
                       "title", title ? title : "",
                       "body", body ? body : "",
                       NULL);
}

/**
 * syl_example_copy:
 *
 * Returns: (transfer full): a copy of @self with a new id
 */
SylExample *
syl_example_copy (SylExample *self)
{
  SylExample *copy;

  g_return_val_if_fail (SYL_IS_EXAMPLE (self), NULL);

  copy = syl_example_new (self->title, self->body);
  _syl_extra_set (copy, _syl_extra_get (self));
  return copy;
}

void
_syl_example_set_id (SylExample *self,
                     const char *id)
{
  g_object_set (self, "id", id, NULL);
}

const char *
syl_example_get_id (SylExample *self)
{
  g_return_val_if_fail (SYL_IS_EXAMPLE (self), NULL);
  return self->id;
}

const char *
syl_example_get_title (SylExample *self)
{
  g_return_val_if_fail (SYL_IS_EXAMPLE (self), NULL);
  return self->title;
}

const char *
syl_example_get_body (SylExample *self)
{
  g_return_val_if_fail (SYL_IS_EXAMPLE (self), NULL);
  return self->body;
}
