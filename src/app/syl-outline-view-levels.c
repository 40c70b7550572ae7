/* syl-outline-view-levels.c: collapse all, expand all, expand to a level
 *
 * Each works on the rows the tree shows, the whole outline or the parts
 * of the section in focus, and counts levels from its top rows: level 1
 * is the top rows alone, so "expand to level 1" is "collapse all".
 *
 * The nodes remember which rows are open, as they do for a row opened by
 * hand, and everything deeper than the level is closed too, so that
 * opening one of those rows later shows only its own parts.  Then the rows
 * follow, as one change however many rows open or close (see
 * syl-outline-rows.c).  Expanding 100,000 nodes costs two walks over them
 * and the list laying out one screen of rows.
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

  if (self->rows == NULL)
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

  /* The list hears of the rows that differ as one change. */
  mark_levels (top, levels);
  syl_outline_rows_refresh (self->rows, NULL);

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
