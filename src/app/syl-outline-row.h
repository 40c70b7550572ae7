/* syl-outline-row.h: one row of the outline tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "syl-document.h"
#include "syl-search.h"

G_BEGIN_DECLS

#define SYL_TYPE_OUTLINE_ROW (syl_outline_row_get_type ())

/**
 * SylRowMarkers:
 *
 * What a row's markers show that a section has or lacks; the values of
 * the setting "row-markers".
 */
typedef enum
{
  SYL_ROW_MARKER_NOTES      = 1 << 0,
  SYL_ROW_MARKER_OBJECTIVES = 1 << 1,
  SYL_ROW_MARKER_EXAMPLES   = 1 << 2,
  SYL_ROW_MARKER_DURATION   = 1 << 3,
} SylRowMarkers;

G_DECLARE_FINAL_TYPE (SylOutlineRow, syl_outline_row, SYL, OUTLINE_ROW, GtkWidget)

SylOutlineRow  *syl_outline_row_new            (void);
void            syl_outline_row_bind           (SylOutlineRow  *self,
                                                SylNode        *node,
                                                guint           depth,
                                                SylDocument    *document);
void            syl_outline_row_unbind         (SylOutlineRow  *self);
void            syl_outline_row_pause          (SylOutlineRow  *self);
void            syl_outline_row_resume         (SylOutlineRow  *self);
gboolean        syl_outline_row_get_paused     (SylOutlineRow  *self);
SylNode        *syl_outline_row_get_node       (SylOutlineRow  *self);
guint           syl_outline_row_get_depth      (SylOutlineRow  *self);
void            syl_outline_row_update_number  (SylOutlineRow  *self);
void            syl_outline_row_start_rename   (SylOutlineRow  *self);
gboolean        syl_outline_row_is_renaming    (SylOutlineRow  *self);
void            syl_outline_row_set_drop_into  (SylOutlineRow  *self,
                                                gboolean        drop_into);
GtkWidget      *syl_outline_row_get_content    (SylOutlineRow  *self);
const char     *syl_outline_row_get_number     (SylOutlineRow  *self);
void            syl_outline_row_set_list_item  (SylOutlineRow  *self,
                                                GtkListItem    *list_item);
const char     *syl_outline_row_get_comments   (SylOutlineRow  *self);
void            syl_outline_row_set_highlight  (SylOutlineRow  *self,
                                                SylSearch      *search);
PangoAttrList  *syl_outline_row_get_title_attributes (SylOutlineRow *self);
gboolean        syl_outline_row_get_inner_match (SylOutlineRow *self);
void            syl_outline_row_set_markers    (SylOutlineRow  *self,
                                                SylRowMarkers   markers,
                                                gboolean        durations);
char           *syl_outline_row_dup_markers_description (SylOutlineRow *self);
GtkWidget      *syl_outline_row_get_markers    (SylOutlineRow  *self);
GtkLabel       *syl_outline_row_get_duration_label (SylOutlineRow *self);

G_END_DECLS
