/* syl-author.c: one author of a course
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-model-private.h"

struct _SylAuthor
{
  GObject  parent_instance;
  char    *name;
  char    *about;
};

G_DEFINE_FINAL_TYPE (SylAuthor, syl_author, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_NAME,
  PROP_ABOUT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
syl_author_finalize (GObject *object)
{
  SylAuthor *self = SYL_AUTHOR (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->about, g_free);

  G_OBJECT_CLASS (syl_author_parent_class)->finalize (object);
}

static void
syl_author_get_property (GObject    *object,
                         guint       prop_id,
                         GValue     *value,
                         GParamSpec *pspec)
{
  SylAuthor *self = SYL_AUTHOR (object);

  if (prop_id == PROP_NAME)
    g_value_set_string (value, self->name);
  else if (prop_id == PROP_ABOUT)
    g_value_set_string (value, self->about);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
syl_author_set_property (GObject      *object,
                         guint         prop_id,
                         const GValue *value,
                         GParamSpec   *pspec)
{
  SylAuthor *self = SYL_AUTHOR (object);

  if (prop_id == PROP_NAME)
    _syl_set_string_property (object, &self->name, value, pspec);
  else if (prop_id == PROP_ABOUT)
    _syl_set_string_property (object, &self->about, value, pspec);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
syl_author_class_init (SylAuthorClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = syl_author_finalize;
  object_class->get_property = syl_author_get_property;
  object_class->set_property = syl_author_set_property;

  properties[PROP_NAME] = g_param_spec_string ("name", NULL, NULL, "", flags);
  properties[PROP_ABOUT] = g_param_spec_string ("about", NULL, NULL, "", flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
syl_author_init (SylAuthor *self)
{
  self->name = g_strdup ("");
  self->about = g_strdup ("");
}

SylAuthor *
syl_author_new (const char *name,
                const char *about)
{
  return g_object_new (SYL_TYPE_AUTHOR,
                       "name", name ? name : "",
                       "about", about ? about : "",
                       NULL);
}

const char *
syl_author_get_name (SylAuthor *self)
{
  g_return_val_if_fail (SYL_IS_AUTHOR (self), NULL);
  return self->name;
}

const char *
syl_author_get_about (SylAuthor *self)
{
  g_return_val_if_fail (SYL_IS_AUTHOR (self), NULL);
  return self->about;
}
