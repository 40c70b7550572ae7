/* syl-util.c: small helpers the core's objects share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

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
