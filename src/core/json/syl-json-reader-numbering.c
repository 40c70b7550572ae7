/* syl-json-reader-numbering.c: reading the “numbering” member
 *
 * {"levels": ["chapter-zh", "section-zh"], "number_items": true}, read
 * with the machinery of syl-json-reader.c: errors of type or value are
 * deferred with their path, unknown members are kept.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "syl-json-reader-private.h"
#include "syl-numbering.h"

enum { NUMBERING_LEVELS, NUMBERING_NUMBER_ITEMS };

static const char * const numbering_names[] = { "levels", "number_items", NULL };

typedef struct
{
  GArray     *levels;
  guint       n_elements;   /* including those in error */
  gboolean    number_items;
  JsonObject *extra;
} NumberingData;

static gboolean
level_element_cb (SylJsonReader *reader,
                  int            index,
                  const char    *name,
                  gpointer       data)
{
  NumberingData *numbering = data;
  g_autofree char *style_name = NULL;
  g_autofree char *quoted = NULL;
  SylNumberStyle style;

  numbering->n_elements++;
  if (!_syl_json_reader_read_string (reader, &style_name))
    return FALSE;
  if (style_name == NULL)
    return TRUE;

  if (syl_number_style_from_string (style_name, &style))
    {
      g_array_append_val (numbering->levels, style);
      return TRUE;
    }

  quoted = _syl_json_scanner_abbreviate (style_name, -1);
  _syl_json_reader_defer_error (reader, SYL_ERROR_INVALID,
                                _("unknown style “%s”; expected decimal-path, chapter-zh, "
                                 "section-zh, zh-comma, zh-paren, decimal-dot, chapter-en "
                                 "or none"),
                                quoted);
  return TRUE;
}

/* An empty list would leave the outline with no style for any level. */
static gboolean
read_levels (SylJsonReader *reader,
             NumberingData *numbering)
{
  gboolean is_array = _syl_json_reader_token (reader) == SYL_TOKEN_BEGIN_ARRAY;

  if (!_syl_json_reader_read_array_of (reader, level_element_cb, numbering))
    return FALSE;
  if (is_array && numbering->n_elements == 0)
    _syl_json_reader_defer_error (reader, SYL_ERROR_INVALID, _("expected at least one style"));
  return TRUE;
}

static gboolean
numbering_member_cb (SylJsonReader *reader,
                     int            known,
                     const char    *name,
                     gpointer       data)
{
  NumberingData *numbering = data;

  switch (known)
    {
    case NUMBERING_LEVELS:
      return read_levels (reader, numbering);
    case NUMBERING_NUMBER_ITEMS:
      return _syl_json_reader_read_boolean (reader, &numbering->number_items);
    default:
      return _syl_json_reader_keep_unknown (reader, name, &numbering->extra);
    }
}

/**
 * _syl_json_reader_read_numbering:
 * @out: (out) (transfer full): the numbering, when the value is an object
 *
 * Reads the value of “numbering”.  Missing members take their defaults:
 * decimal paths at every level, numbered items.
 */
gboolean
_syl_json_reader_read_numbering (SylJsonReader  *reader,
                                 SylNumbering  **out)
{
  static const SylNumberStyle default_level = SYL_NUMBER_DECIMAL_PATH;
  NumberingData numbering = { NULL, 0, TRUE, NULL };
  gboolean ok;

  numbering.levels = g_array_new (FALSE, FALSE, sizeof (SylNumberStyle));
  ok = _syl_json_reader_read_object_of (reader, numbering_names, numbering_member_cb, &numbering);

  if (ok && reader->deferred == NULL)
    {
      g_clear_object (out);
      if (numbering.levels->len > 0)
        *out = syl_numbering_new ((SylNumberStyle *) (gpointer) numbering.levels->data,
                                  numbering.levels->len, numbering.number_items);
      else
        *out = syl_numbering_new (&default_level, 1, numbering.number_items);
      _syl_extra_set (*out, numbering.extra);
    }

  g_array_unref (numbering.levels);
  g_clear_pointer (&numbering.extra, json_object_unref);
  return ok;
}
