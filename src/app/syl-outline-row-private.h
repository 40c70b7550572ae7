/* syl-outline-row-private.h: what the parts of an outline row share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-outline-row.h"
#include "syl-row-expander.h"

G_BEGIN_DECLS

struct _SylOutlineRow
{
  GtkWidget       parent_instance;

  SylRowExpander  *expander;
  GtkInscription  *number_label;
  GtkStack        *title_stack;
  GtkLabel        *title_label;
  GtkEntry        *title_entry;
  GtkLabel        *kind_badge;
  GtkLabel        *optional_badge;
  GtkLabel        *comments_label;
  GtkWidget       *find_marker;
  GtkWidget       *content_box;
  GtkWidget       *markers_box;
  GtkImage        *notes_marker;
  GtkImage        *objectives_marker;
  GtkImage        *examples_marker;
  GtkImage        *duration_marker;
  GtkLabel        *duration_label;

  SylNode         *node;
  SylDocument     *document;

  /* Whether the row waits to tell a screen reader what it says until a
   * history step is over and painted; see syl_outline_row_pause(). */
  gboolean         paused;

  /* Whether the find bar's word is in the node's other texts, which the
   * title cannot show. */
  gboolean         inner_match;

  /* What a screen reader says of the row, kept to tell it only of real
   * changes: a move renumbers every row below it. */
  char            *accessible_label;
  /* Whether what a screen reader says changed while the row was paused,
   * and is told when it resumes. */
  gboolean         accessible_stale;
  /* The list item showing the row, not referenced: it owns the row.  GTK
   * 4.12 and later can name it, which is what gets the focus. */
  GtkListItem     *list_item;

  /* What the view's settings ask the row to show: the markers, and the
   * durations.  See syl-outline-row-markers.c. */
  SylRowMarkers    markers;
  gboolean         durations;
  /* What the markers said last, so that typing in the notes does not
   * make the description anew at each key. */
  guint            markers_key;
};

void _syl_outline_row_markers_init   (SylOutlineRow *self);
void _syl_outline_row_update_markers (SylOutlineRow *self);
void _syl_outline_row_update_duration (SylOutlineRow *self);
void _syl_outline_row_forget_markers (SylOutlineRow *self);

G_END_DECLS
