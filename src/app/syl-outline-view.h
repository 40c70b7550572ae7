/* syl-outline-view.h: the outline as a tree that can be restructured
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "syl-document.h"
#include "syl-search.h"

G_BEGIN_DECLS

#define SYL_TYPE_OUTLINE_VIEW (syl_outline_view_get_type ())

G_DECLARE_FINAL_TYPE (SylOutlineView, syl_outline_view, SYL, OUTLINE_VIEW, GtkWidget)

void         syl_outline_view_set_document       (SylOutlineView  *self,
                                                  SylDocument     *document);
GPtrArray   *syl_outline_view_get_selected_nodes (SylOutlineView  *self);
void         syl_outline_view_select_nodes       (SylOutlineView  *self,
                                                  SylNode * const *nodes,
                                                  guint            n_nodes);
gboolean     syl_outline_view_get_locked         (SylOutlineView  *self);
void         syl_outline_view_set_locked         (SylOutlineView  *self,
                                                  gboolean         locked);
gboolean     syl_outline_view_get_read_only      (SylOutlineView  *self);
void         syl_outline_view_set_read_only      (SylOutlineView  *self,
                                                  gboolean         read_only);
void         syl_outline_view_set_filter_open    (SylOutlineView  *self,
                                                  gboolean         filter);
void         syl_outline_view_set_filter_nodes   (SylOutlineView  *self,
                                                  GHashTable      *nodes);
void         syl_outline_view_set_highlight      (SylOutlineView  *self,
                                                  const char      *word);
SylSearch   *syl_outline_view_get_highlight      (SylOutlineView  *self);
void         syl_outline_view_show_nodes         (SylOutlineView  *self,
                                                  SylNode * const *nodes,
                                                  guint            n_nodes);
GtkWidget   *syl_outline_view_get_list_view      (SylOutlineView  *self);
GtkWidget   *syl_outline_view_get_row_widget     (SylOutlineView  *self,
                                                  SylNode         *node);
AdwToast    *syl_outline_view_get_toast          (SylOutlineView  *self);
gboolean     syl_outline_view_get_drop_place     (SylOutlineView  *self,
                                                  SylNode        **target,
                                                  SylDropPosition *position);
SylNode     *syl_outline_view_get_hoisted        (SylOutlineView  *self);
void         syl_outline_view_set_hoisted        (SylOutlineView  *self,
                                                  SylNode         *node);
GtkWidget   *syl_outline_view_get_breadcrumb     (SylOutlineView  *self);
GActionGroup *syl_outline_view_get_menu_actions  (SylOutlineView  *self);
void         syl_outline_view_expand_to_level    (SylOutlineView  *self,
                                                  guint            levels);

G_END_DECLS
