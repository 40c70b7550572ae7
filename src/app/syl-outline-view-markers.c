/* syl-outline-view-markers.c: the rows show what the settings ask
 *
 * The settings "row-markers" and "row-durations" say which markers the
 * rows show and whether they end in a column of durations (see
 * syl-outline-row-markers.c).  The view reads them once, hands them to
 * each row it binds, and to the rows bound when one changes, so the
 * rows on screen follow a change at once without the list being built
 * again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-outline-view-private.h"
#include "syl-settings.h"

/* What the schema's defaults say, for when it is not installed. */
#define DEFAULT_MARKERS (SYL_ROW_MARKER_NOTES | SYL_ROW_MARKER_OBJECTIVES)

/* The duration column is left out of a document without any duration, where
 * it would be an empty strip at the end of every row. */
static gboolean
shows_durations (SylOutlineView *self)
{
  return self->row_durations && self->document != NULL &&
         syl_node_get_total_minutes (syl_document_get_root (self->document)) >= 0;
}

/**
 * _syl_outline_view_show_markers:
 *
 * Tells @row what to show; the view calls it on every row it binds.
 */
void
_syl_outline_view_show_markers (SylOutlineView *self,
                                SylOutlineRow  *row)
{
  syl_outline_row_set_markers (row, self->row_markers, shows_durations (self));
}

void
_syl_outline_view_refresh_markers (SylOutlineView *self)
{
  GHashTableIter iter;
  gpointer row;

  if (self->bound_rows == NULL)
    return;
  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    _syl_outline_view_show_markers (self, row);
}

static void
settings_changed_cb (SylOutlineView *self,
                     const char     *key,
                     GSettings      *settings)
{
  self->row_markers = g_settings_get_flags (settings, "row-markers");
  self->row_durations = g_settings_get_boolean (settings, "row-durations");
  _syl_outline_view_refresh_markers (self);
}

void
_syl_outline_view_markers_init (SylOutlineView *self)
{
  GSettings *settings = syl_settings_get ();

  self->row_markers = DEFAULT_MARKERS;
  self->row_durations = TRUE;
  if (settings == NULL)
    return;
  g_signal_connect_object (settings, "changed::row-markers", G_CALLBACK (settings_changed_cb),
                           self, G_CONNECT_SWAPPED);
  g_signal_connect_object (settings, "changed::row-durations", G_CALLBACK (settings_changed_cb),
                           self, G_CONNECT_SWAPPED);
  settings_changed_cb (self, NULL, settings);
}

/* The first duration in the document brings the column, and the last one
 * removed takes it away. */
static void
root_total_cb (SylOutlineView *self)
{
  _syl_outline_view_refresh_markers (self);
}

void
_syl_outline_view_markers_attach (SylOutlineView *self)
{
  g_signal_connect_object (syl_document_get_root (self->document), "notify::total-minutes",
                           G_CALLBACK (root_total_cb), self, G_CONNECT_SWAPPED);
}

void
_syl_outline_view_markers_detach (SylOutlineView *self)
{
  g_signal_handlers_disconnect_by_func (syl_document_get_root (self->document), root_total_cb,
                                        self);
}
