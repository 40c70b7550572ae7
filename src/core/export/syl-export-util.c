/* syl-export-util.c: what the exporters of each format share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-export-private.h"
#include "syl-model-private.h"

static gboolean
language_is_chinese (const char *language)
{
  return g_ascii_strncasecmp (language, "zh", 2) == 0 &&
         (language[2] == '\0' || language[2] == '-' || language[2] == '_');
}

/* Sets up @context for @document, without an output. */
void
_syl_export_context_init (SylExportContext *context,
                          SylDocument      *document,
                          SylExportFlags    flags)
{
  context->document = document;
  context->numbering = syl_document_get_numbering (document);
  context->flags = flags;
  context->chinese = language_is_chinese (syl_document_get_language (document));
  context->catalogue = syl_catalogue_get_for_language (syl_document_get_language (document));
  context->out = NULL;
}

gboolean
_syl_export_has (SylExportContext *context,
                 SylExportFlags    flag)
{
  return (context->flags & flag) != 0;
}

/**
 * _syl_export_clean:
 * @text: valid UTF-8
 *
 * The exporters' and the PDF library's name for _syl_text_clean(), which
 * the review summary shares; the PDF library sees only this header.
 *
 * Returns: (transfer full): @text as every format can carry it
 */
char *
_syl_export_clean (const char *text)
{
  return _syl_text_clean (text);
}

/**
 * _syl_export_one_line:
 *
 * A title or a name on one line: where a format puts it, a line break
 * would end it.
 *
 * Returns: (transfer full): @text cleaned, with line breaks and tabs as
 *   spaces, without spaces at either end
 */
char *
_syl_export_one_line (const char *text)
{
  char *line = _syl_export_clean (text);

  for (char *p = line; *p != '\0'; p++)
    if (*p == '\n' || *p == '\t')
      *p = ' ';
  return g_strstrip (line);
}

/**
 * _syl_export_append_xml:
 * @attribute: whether the text is an attribute value in double quotes
 *
 * Appends @text escaped for XML and HTML.  In an attribute, line breaks
 * and tabs become character references, since a parser would turn them
 * into spaces (attribute-value normalisation); OPML's `_note` keeps its
 * paragraphs that way.
 */
void
_syl_export_append_xml (GString    *out,
                        const char *text,
                        gboolean    attribute)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      switch (c)
        {
        case '&': g_string_append (out, "&amp;"); continue;
        case '<': g_string_append (out, "&lt;"); continue;
        case '>': g_string_append (out, "&gt;"); continue;
        case '"': g_string_append (out, attribute ? "&quot;" : "\""); continue;
        case '\n': g_string_append (out, attribute ? "&#10;" : "\n"); continue;
        case '\t': g_string_append (out, attribute ? "&#9;" : "\t"); continue;
        case '\r': g_string_append (out, attribute ? "&#10;" : "\n");
          if (p[1] == '\n')
            p++;
          continue;
        default:
          break;
        }
      if (!_syl_text_is_dropped (c))
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
}

/**
 * _syl_export_kind_marker:
 *
 * The marker designers write before the title of a discussion or a worked
 * example, in the outline's language: 【思考】 and 【示例】 in Chinese,
 * "[Discussion] " and "[Example] " otherwise.  They are not translated
 * with the interface: they belong to the outline's text, and importing it
 * back reads exactly these markers as the node's kind.
 *
 * Returns: the marker, "" for a section
 */
const char *
_syl_export_kind_marker (SylExportContext *context,
                         SylNode          *node)
{
  switch (syl_node_get_kind (node))
    {
    case SYL_NODE_KIND_DISCUSSION:
      return context->chinese ? "【思考】" : "[Discussion] ";
    case SYL_NODE_KIND_EXAMPLE:
      return context->chinese ? "【示例】" : "[Example] ";
    case SYL_NODE_KIND_SECTION:
    default:
      return "";
    }
}

/**
 * _syl_export_space_after:
 * @label: a label such as "Example:", in the outline's language
 *
 * Returns: " " between @label and what follows it, or "" after a
 *   full-width character such as the colon of "示例：", which holds its
 *   own space
 */
const char *
_syl_export_space_after (const char *label)
{
  const char *last = g_utf8_find_prev_char (label, label + strlen (label));

  return last != NULL && g_unichar_iswide (g_utf8_get_char (last)) ? "" : " ";
}

/**
 * _syl_export_label:
 *
 * Returns: (transfer full): what follows the number of @node: its kind
 *   marker and its title, on one line
 */
char *
_syl_export_label (SylExportContext *context,
                   SylNode          *node)
{
  g_autofree char *title = _syl_export_one_line (syl_node_get_title (node));
  const char *marker = _syl_export_kind_marker (context, node);

  if (*title == '\0')
    return g_strchomp (g_strdup (marker));
  return g_strconcat (marker, title, NULL);
}

/**
 * _syl_export_node_meta:
 *
 * Returns: (transfer full) (nullable): “45 min · optional”: the node's
 *   duration (its own, or the sum of its children's) when durations are
 *   exported, and whether it is optional; %NULL for neither
 */
char *
_syl_export_node_meta (SylExportContext *context,
                       SylNode          *node)
{
  gint64 minutes = syl_node_get_total_minutes (node);
  g_autofree char *duration = NULL;
  gboolean optional = syl_node_get_optional (node);

  if (_syl_export_has (context, SYL_EXPORT_DURATIONS) && minutes >= 0)
    duration = syl_format_minutes_in (context->catalogue, minutes);
  if (duration != NULL && optional)
    /* Translators: after a node's title in an export: its duration, and
     * that it may be skipped, as in “45 min · optional”. */
    return g_strdup_printf (syl_catalogue_gettext (context->catalogue, "%s · optional"), duration);
  if (optional)
    /* Translators: after a node's title in an export: it may be skipped. */
    return g_strdup (syl_catalogue_gettext (context->catalogue, "optional"));
  return g_steal_pointer (&duration);
}

/**
 * _syl_export_course_meta:
 *
 * Returns: (transfer full) (nullable): the course's total duration and its
 *   target, when durations are exported and there is either
 */
char *
_syl_export_course_meta (SylExportContext *context)
{
  SylCatalogue *catalogue = context->catalogue;
  gint64 total = syl_node_get_total_minutes (syl_document_get_root (context->document));
  int target = syl_document_get_target_minutes (context->document);
  g_autofree char *total_text = NULL;
  g_autofree char *target_text = NULL;

  if (!_syl_export_has (context, SYL_EXPORT_DURATIONS) || (total < 0 && target < 0))
    return NULL;

  if (total >= 0)
    total_text = syl_format_minutes_in (catalogue, total);
  if (target >= 0)
    target_text = syl_format_minutes_in (catalogue, target);
  if (total_text != NULL && target_text != NULL)
    /* Translators: the planned length of a whole course, then the length
     * it should have, as in “Duration: 11 h 30 min (target: 12 h)”. */
    return g_strdup_printf (syl_catalogue_gettext (catalogue, "Duration: %s (target: %s)"),
                            total_text, target_text);
  if (total_text != NULL)
    return g_strdup_printf (syl_catalogue_gettext (catalogue, "Duration: %s"), total_text);
  /* Translators: the length a course should have, when its parts have none yet. */
  return g_strdup_printf (syl_catalogue_gettext (catalogue, "Target duration: %s"), target_text);
}

/**
 * short_date:
 *
 * Returns: (transfer full): the date of an RFC 3339 time stamp,
 *   “2026-11-28”, or the time stamp itself if it is something else
 */
static char *
short_date (const char *timestamp)
{
  gboolean is_date = strlen (timestamp) >= 10;

  for (guint i = 0; is_date && i < 10; i++)
    is_date = (i == 4 || i == 7) ? timestamp[i] == '-' : g_ascii_isdigit (timestamp[i]);
  if (is_date)
    return g_strndup (timestamp, 10);
  return _syl_export_one_line (timestamp);
}

static char *
by_line (SylExportContext *context,
         const char       *author,
         const char       *created)
{
  g_autofree char *name = _syl_export_one_line (author);
  g_autofree char *date = short_date (created);

  if (*name == '\0' && *date == '\0')
    /* Translators: who wrote a comment, when the comment does not say. */
    return g_strdup (syl_catalogue_gettext (context->catalogue, "Unknown author"));
  if (*date == '\0')
    return g_steal_pointer (&name);
  if (*name == '\0')
    return g_steal_pointer (&date);
  /* Translators: who wrote a comment and when: “Ada Lovelace, 2026-11-28”. */
  return g_strdup_printf (syl_catalogue_gettext (context->catalogue, "%s, %s"), name, date);
}

/**
 * _syl_export_annotation_by:
 *
 * Returns: (transfer full): who wrote @annotation and when: “Ada
 *   Lovelace, 2026-11-28”
 */
char *
_syl_export_annotation_by (SylExportContext *context,
                           SylAnnotation    *annotation)
{
  return by_line (context, syl_annotation_get_author (annotation),
                  syl_annotation_get_created (annotation));
}

char *
_syl_export_reply_by (SylExportContext *context,
                      SylReply         *reply)
{
  return by_line (context, syl_reply_get_author (reply), syl_reply_get_created (reply));
}

/**
 * _syl_export_resolved:
 *
 * Returns: (transfer full) (nullable): “(resolved by Ada Lovelace)” for a
 *   resolved comment, %NULL for an open one
 */
char *
_syl_export_resolved (SylExportContext *context,
                      SylAnnotation    *annotation)
{
  g_autofree char *by = _syl_export_one_line (syl_annotation_get_resolved_by (annotation));

  if (!syl_annotation_get_resolved (annotation))
    return NULL;
  if (*by == '\0')
    /* Translators: marks a reviewer's comment that has been dealt with. */
    return g_strdup (syl_catalogue_gettext (context->catalogue, "(resolved)"));
  /* Translators: marks a reviewer's comment that has been dealt with; %s: who. */
  return g_strdup_printf (syl_catalogue_gettext (context->catalogue, "(resolved by %s)"), by);
}
