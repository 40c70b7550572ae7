/* syl-outline-view-levels.c: collapse all, expand all, expand to a level
 *
 * Each works on the rows the tree shows, the whole outline or the parts
 * of the section in focus, and counts levels from its top rows: level 1
 * is the top rows alone, so "expand to level 1" is "collapse all".
 *
 * The nodes remember which rows are open, as they do for a row opened by
 * hand, and everything deeper than the level is closed too, so that
 * opening one of those rows later shows only its own parts.  Then the rows
 * follow: every top row closes and what is open opens again, behind the
 * view's SylBatchModel, so that the list hears of it all as one change
 * however many rows open (see syl-outline-view-changes.c).  Expanding
 * 100,000 nodes costs one walk over them, the tree model's own work, and
 * the list laying out one screen of rows.
 *
 * The selected rows stay selected; one that closing hides gives way to
 * its nearest ancestor still shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-outline-view-private.h"

/* Opens the nodes under @top down to @levels levels of rows, and closes
 * those below. */
static void
mark_levels (SylNode *top,
             guint    levels)
{
  SylNodeIter iter;
  SylNode *node;

  syl_node_iter_init (&iter, top);
  while (syl_node_iter_next (&iter, &node))
    if (syl_node_get_n_children (node) > 0)
      syl_node_set_expanded (node, syl_node_iter_get_depth (&iter) < levels);
}

/* Closes every top row: the rows below them go with them. */
static void
close_top_rows (SylOutlineView *self)
{
  guint n = g_list_model_get_n_items (gtk_tree_list_model_get_model (self->tree_model));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_child_row (self->tree_model, i);

      if (row != NULL && gtk_tree_list_row_get_expanded (row))
        gtk_tree_list_row_set_expanded (row, FALSE);
    }
}

/* The node itself or its nearest ancestor that has a row at @levels. */
static SylNode *
shown_ancestor (SylNode *node,
                guint    top_depth,
                guint    levels)
{
  while (node != NULL && syl_node_get_depth (node) - top_depth > levels)
    node = syl_node_get_parent (node);
  return node;
}

/**
 * syl_outline_view_expand_to_level:
 * @levels: how many levels of rows to show, 1 for the top rows alone;
 *   %G_MAXUINT for all
 *
 * Opens the rows down to @levels and closes the rest, keeping the
 * selection in sight.
 */
void
syl_outline_view_expand_to_level (SylOutlineView *self,
                                  guint           levels)
{
  g_autoptr(GPtrArray) selected = NULL;
  g_autoptr(GPtrArray) shown = g_ptr_array_new ();
  SylNode *top;
  guint top_depth;

  g_return_if_fail (SYL_IS_OUTLINE_VIEW (self));
  g_return_if_fail (levels > 0);

  if (self->batch == NULL)
    return;
  top = _syl_outline_view_get_top (self);
  top_depth = syl_node_get_depth (top);
  selected = syl_outline_view_get_selected_nodes (self);
  for (guint i = 0; i < selected->len; i++)
    {
      SylNode *node = shown_ancestor (g_ptr_array_index (selected, i), top_depth, levels);

      if (node != NULL && !g_ptr_array_find (shown, node, NULL))
        g_ptr_array_add (shown, node);
    }

  syl_batch_model_freeze (self->batch);
  /* Rows closing tell their nodes so: the marks come after. */
  close_top_rows (self);
  mark_levels (top, levels);
  _syl_outline_view_tree_changed_cb (self, 0, 0,
                                     g_list_model_get_n_items (G_LIST_MODEL (self->tree_model)),
                                     G_LIST_MODEL (self->tree_model));
  _syl_outline_view_flush_expand (self);
  syl_batch_model_thaw (self->batch);

  if (shown->len > 0)
    _syl_outline_view_select_nodes (self, (SylNode **) shown->pdata, shown->len);
}

static void
collapse_all_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *param)
{
  syl_outline_view_expand_to_level (SYL_OUTLINE_VIEW (widget), 1);
}

static void
expand_everything_action (GtkWidget  *widget,
                          const char *name,
                          GVariant   *param)
{
  syl_outline_view_expand_to_level (SYL_OUTLINE_VIEW (widget), G_MAXUINT);
}

static void
expand_to_level_action (GtkWidget  *widget,
                        const char *name,
                        GVariant   *param)
{
  guint levels = g_variant_get_uint32 (param);

  if (levels > 0)
    syl_outline_view_expand_to_level (SYL_OUTLINE_VIEW (widget), levels);
}

void
_syl_outline_view_levels_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "outline.collapse-all-rows", NULL,
                                   collapse_all_action);
  gtk_widget_class_install_action (widget_class, "outline.expand-all-rows", NULL,
                                   expand_everything_action);
  gtk_widget_class_install_action (widget_class, "outline.expand-to-level", "u",
                                   expand_to_level_action);
}
