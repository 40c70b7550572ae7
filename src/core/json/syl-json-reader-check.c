/* syl-json-reader-check.c: reading the “check” member
 *
 * {"disabled": ["missing-duration", "open-comments"]}: the rules of the
 * course check turned off for this course.  The names are kept as they
 * are, those this version does not know included, so that a course keeps
 * what a newer version turned off; the check warns about them (see
 * syl_document_dup_unknown_rules()).  Unknown members are kept.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-json-reader-private.h"

enum { CHECK_DISABLED };

static const char * const check_names[] = { "disabled", NULL };

typedef struct
{
  GPtrArray  *disabled;
  JsonObject *extra;
} CheckData;

static gboolean
check_member_cb (SylJsonReader *reader,
                 int            known,
                 const char    *name,
                 gpointer       data)
{
  CheckData *check = data;

  if (known == CHECK_DISABLED)
    return _syl_json_reader_read_array_of (reader, _syl_json_reader_string_element_cb,
                                           check->disabled);
  return _syl_json_reader_keep_unknown (reader, name, &check->extra);
}

/**
 * _syl_json_reader_read_check:
 * @disabled: (out) (transfer full): the names of the rules turned off
 * @extra: (out) (transfer full): the object's unknown members, or %NULL
 *
 * Reads the value of “check”.  A missing “disabled” turns nothing off.
 */
gboolean
_syl_json_reader_read_check (SylJsonReader  *reader,
                             GStrv          *disabled,
                             JsonObject    **extra)
{
  CheckData check = { g_ptr_array_new_with_free_func (g_free), NULL };
  gboolean ok;

  ok = _syl_json_reader_read_object_of (reader, check_names, check_member_cb, &check);
  if (ok && reader->deferred == NULL)
    {
      g_strfreev (*disabled);
      g_ptr_array_add (check.disabled, NULL);
      *disabled = (GStrv) g_ptr_array_free (g_steal_pointer (&check.disabled), FALSE);
      g_clear_pointer (extra, json_object_unref);
      *extra = g_steal_pointer (&check.extra);
    }

  g_clear_pointer (&check.disabled, g_ptr_array_unref);
  g_clear_pointer (&check.extra, json_object_unref);
  return ok;
}
