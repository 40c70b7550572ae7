/* syl-outline-rows.h: the rows of the outline, as one flat list of nodes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "syl-node.h"

G_BEGIN_DECLS

#define SYL_TYPE_OUTLINE_ROWS (syl_outline_rows_get_type ())

G_DECLARE_FINAL_TYPE (SylOutlineRows, syl_outline_rows, SYL, OUTLINE_ROWS, GObject)

/**
 * SylOutlineRowsFilter:
 * @node: a node under the top
 * @user_data: the data given with the filter
 *
 * Returns: whether @node has a row; a node without one hides its subtree
 */
typedef gboolean (*SylOutlineRowsFilter) (SylNode  *node,
                                          gpointer  user_data);

SylOutlineRows *syl_outline_rows_new          (SylNode              *top,
                                               SylOutlineRowsFilter  filter,
                                               gpointer              user_data);
SylNode        *syl_outline_rows_get_top      (SylOutlineRows       *self);
SylNode        *syl_outline_rows_peek_node    (SylOutlineRows       *self,
                                               guint                 position);
guint           syl_outline_rows_get_depth    (SylOutlineRows       *self,
                                               guint                 position);
guint           syl_outline_rows_depth_of     (SylOutlineRows       *self,
                                               SylNode              *node);
guint           syl_outline_rows_find         (SylOutlineRows       *self,
                                               SylNode              *node);
gboolean        syl_outline_rows_is_open      (SylOutlineRows       *self,
                                               SylNode              *node);
void            syl_outline_rows_set_expanded (SylOutlineRows       *self,
                                               SylNode              *node,
                                               gboolean              expanded);
guint           syl_outline_rows_reveal       (SylOutlineRows       *self,
                                               SylNode              *node);
void            syl_outline_rows_refresh      (SylOutlineRows       *self,
                                               SylNode              *node);
void            syl_outline_rows_hold         (SylOutlineRows       *self);
void            syl_outline_rows_release      (SylOutlineRows       *self);

G_END_DECLS
