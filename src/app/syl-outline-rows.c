/* syl-outline-rows.c: the rows of the outline, as one flat list of nodes
 *
 * The outline view shows a tree as a list: each node under the top whose
 * ancestors up to the top are open has a row, in document order.  This
 * model is that list.  Its items are the nodes themselves, each with its
 * depth below the top, and whether a row is open is the node's own
 * "expanded" flag, so that a node moved elsewhere keeps its open rows.
 *
 * GtkTreeListModel, which the view used before, keeps a row object for
 * every open row and forgets the rows of a subtree that is removed, as a
 * move does: the view had to open them again one by one, each a change
 * of its own, and a chapter with thousands of open rows took several
 * frames to move.  Here a change to the children of a node is one change
 * of the list: the rows of the removed children go, and those of the
 * added ones are walked and put in their place.
 *
 * A view holds the model during a history step (syl_outline_rows_hold()):
 * its listeners hear nothing until the step ends, and then one change
 * that covers the rows that differ.  A move is a removal and an insertion
 * in the document; held, the removed rows are kept and put back as they
 * are when the next change adds their node again, so a chapter with
 * thousands of open rows is not walked again.  The list's items are the
 * nodes, so the moved rows are among both the removed and the added items
 * of the one change, and GTK's list view keeps their row widgets.  (Told
 * of the move as two changes instead, the shorter block of rows moving
 * past the other, GTK 4.8 throws away the row widgets of the rows that
 * left and builds new ones: a move of a chapter with its rows on screen
 * took four frames.)
 *
 * The model listens to the children of every node it ever showed.  A
 * node's "expanded" flag changes through syl_outline_rows_set_expanded()
 * or is followed by syl_outline_rows_refresh(): the model does not watch
 * the flags themselves, which every node would have to report.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "syl-outline-rows-private.h"

static void syl_outline_rows_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SylOutlineRows, syl_outline_rows, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      syl_outline_rows_list_model_init))

static GType
syl_outline_rows_get_item_type (GListModel *list)
{
  return SYL_TYPE_NODE;
}

static guint
syl_outline_rows_get_n_items (GListModel *list)
{
  return SYL_OUTLINE_ROWS (list)->rows->len;
}

static gpointer
syl_outline_rows_get_item (GListModel *list,
                           guint       position)
{
  SylOutlineRows *self = SYL_OUTLINE_ROWS (list);

  if (position >= self->rows->len)
    return NULL;
  return g_object_ref (g_array_index (self->rows, Row, position).node);
}

static void
syl_outline_rows_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = syl_outline_rows_get_item_type;
  iface->get_n_items = syl_outline_rows_get_n_items;
  iface->get_item = syl_outline_rows_get_item;
}

static void
clear_rows (GArray *rows)
{
  for (guint i = 0; i < rows->len; i++)
    g_object_unref (g_array_index (rows, Row, i).node);
  g_array_set_size (rows, 0);
}

static void drop_rows (SylOutlineRows *self,
                       const Row      *rows,
                       guint           n);

/* The rows kept for the next change are of no use any more. */
void
_syl_outline_rows_forget_stash (SylOutlineRows *self)
{
  self->stash_root = NULL;
  if (self->stash == NULL)
    return;
  drop_rows (self, (const Row *) (gpointer) self->stash->data, self->stash->len);
  g_array_set_size (self->stash, 0);
}

static void
syl_outline_rows_dispose (GObject *object)
{
  SylOutlineRows *self = SYL_OUTLINE_ROWS (object);
  GHashTableIter iter;
  gpointer node;
  gpointer handler;

  _syl_outline_rows_forget_stash (self);
  g_clear_pointer (&self->stash, g_array_unref);
  g_clear_pointer (&self->shown, g_array_unref);
  g_clear_pointer (&self->doomed, g_ptr_array_unref);

  if (self->watched != NULL)
    {
      g_hash_table_iter_init (&iter, self->watched);
      while (g_hash_table_iter_next (&iter, &node, &handler))
        g_signal_handler_disconnect (node, GPOINTER_TO_SIZE (handler));
      g_clear_pointer (&self->watched, g_hash_table_unref);
    }
  if (self->rows != NULL)
    clear_rows (self->rows);
  g_clear_pointer (&self->index, g_hash_table_unref);
  g_clear_object (&self->top);

  G_OBJECT_CLASS (syl_outline_rows_parent_class)->dispose (object);
}

static void
syl_outline_rows_finalize (GObject *object)
{
  SylOutlineRows *self = SYL_OUTLINE_ROWS (object);

  g_clear_pointer (&self->rows, g_array_unref);

  G_OBJECT_CLASS (syl_outline_rows_parent_class)->finalize (object);
}

static void
syl_outline_rows_class_init (SylOutlineRowsClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = syl_outline_rows_dispose;
  object_class->finalize = syl_outline_rows_finalize;
}

static void
syl_outline_rows_init (SylOutlineRows *self)
{
  self->rows = g_array_new (FALSE, FALSE, sizeof (Row));
  self->stash = g_array_new (FALSE, FALSE, sizeof (Row));
  self->watched = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
}

/* Whether @node shows its children once it has a row. */
static gboolean
shows_children (SylOutlineRows *self,
                SylNode        *node)
{
  return node == self->top || syl_node_get_expanded (node);
}

/* Whether every ancestor of @node up to the top is open, so that it may
 * have a row: cheap, and most changes happen under closed rows. */
static gboolean
may_have_row (SylOutlineRows *self,
              SylNode        *node)
{
  if (node == self->top)
    return TRUE;
  for (SylNode *up = syl_node_get_parent (node); up != NULL; up = syl_node_get_parent (up))
    {
      if (up == self->top)
        return TRUE;
      if (!syl_node_get_expanded (up))
        return FALSE;
    }
  return FALSE;
}

/* Appends the rows of @parent's open subtree to @rows, as the list should
 * have them, its children at @depth. */
static void
append_subtree (SylOutlineRows *self,
                SylNode        *parent,
                guint           depth,
                GArray         *rows)
{
  SylNodeIter iter;
  SylNode *node;

  if (!shows_children (self, parent))
    return;
  syl_node_iter_init (&iter, parent);
  while (syl_node_iter_next (&iter, &node))
    {
      Row row = { node, depth + syl_node_iter_get_depth (&iter) - 1 };

      if (self->filter != NULL && !self->filter (node, self->filter_data))
        {
          syl_node_iter_skip_children (&iter);
          continue;
        }
      g_array_append_val (rows, row);
      if (!syl_node_get_expanded (node))
        syl_node_iter_skip_children (&iter);
    }
}

/* The rows of @parent's open subtree, as the list should have them. */
static GArray *
collect (SylOutlineRows *self,
         SylNode        *parent,
         guint           depth)
{
  GArray *rows = g_array_new (FALSE, FALSE, sizeof (Row));

  append_subtree (self, parent, depth, rows);
  return rows;
}

static void children_changed_cb (GListModel     *model,
                                 guint           position,
                                 guint           removed,
                                 guint           added,
                                 SylOutlineRows *self);

/* Listens to the children of @node from now on. */
static void
watch (SylOutlineRows *self,
       SylNode        *node)
{
  gulong handler;

  if (g_hash_table_contains (self->watched, node))
    return;
  handler = g_signal_connect (node, "items-changed", G_CALLBACK (children_changed_cb), self);
  g_hash_table_insert (self->watched, g_object_ref (node), GSIZE_TO_POINTER (handler));
}

static gboolean
same_row (const Row *a,
          const Row *b)
{
  return a->node == b->node && a->depth == b->depth;
}

/* Compares @old_len rows at @old with @new_len at @new: the rows from
 * @prefix, @removed of the old and @added of the new, are those that
 * differ, between rows alike at both ends.  FALSE when none differs. */
gboolean
_syl_outline_rows_find_difference (const Row *old,
                                   guint      old_len,
                                   const Row *new,
                                   guint      new_len,
                                   guint     *prefix,
                                   guint     *removed,
                                   guint     *added)
{
  guint suffix = 0;

  *prefix = 0;
  while (*prefix < old_len && *prefix < new_len && same_row (&old[*prefix], &new[*prefix]))
    (*prefix)++;
  while (suffix < old_len - *prefix && suffix < new_len - *prefix &&
         same_row (&old[old_len - 1 - suffix], &new[new_len - 1 - suffix]))
    suffix++;
  *removed = old_len - *prefix - suffix;
  *added = new_len - *prefix - suffix;
  return *removed > 0 || *added > 0;
}

/* The list is about to change: while held, what the listeners know is
 * kept first. */
static void
begin_change (SylOutlineRows *self)
{
  if (self->hold_count > 0 && self->shown == NULL)
    self->shown = g_array_copy (self->rows);
  g_clear_pointer (&self->index, g_hash_table_unref);
  self->finds = 0;
}

/* Tells the listeners of a change, unless the model is held. */
static void
report (SylOutlineRows *self,
        guint           position,
        guint           removed,
        guint           added)
{
  if (self->hold_count == 0 && (removed > 0 || added > 0))
    g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
}

/* Lets go of the nodes of @n @rows that left the list.  While held, they
 * live until the release: the rows the listeners know of are told apart
 * from the present ones by their nodes' addresses, which a new node must
 * not take meanwhile. */
static void
drop_rows (SylOutlineRows *self,
           const Row      *rows,
           guint           n)
{
  for (guint i = 0; i < n; i++)
    {
      if (self->doomed != NULL)
        g_ptr_array_add (self->doomed, rows[i].node);
      else
        g_object_unref (rows[i].node);
    }
}

/* Puts @n rows at @start; @owned when their references are the list's
 * to keep, as those of rows put back are. */
static void
insert_rows (SylOutlineRows *self,
             guint           start,
             const Row      *rows,
             guint           n,
             gboolean        owned)
{
  for (guint i = 0; !owned && i < n; i++)
    {
      g_object_ref (rows[i].node);
      watch (self, rows[i].node);
    }
  g_array_insert_vals (self->rows, start, rows, n);
}

/* Puts @wanted in place of the @old_len rows from @start, reporting only
 * the rows that differ. */
static void
splice (SylOutlineRows *self,
        guint           start,
        guint           old_len,
        GArray         *wanted)
{
  const Row *new = (const Row *) (gpointer) wanted->data;
  guint prefix;
  guint removed;
  guint added;

  if (!_syl_outline_rows_find_difference (&g_array_index (self->rows, Row, start), old_len, new,
                                          wanted->len, &prefix, &removed, &added))
    return;

  begin_change (self);
  drop_rows (self, &g_array_index (self->rows, Row, start + prefix), removed);
  g_array_remove_range (self->rows, start + prefix, removed);
  insert_rows (self, start + prefix, &new[prefix], added, FALSE);
  report (self, start + prefix, removed, added);
}

/* Where the rows under @node begin, and the depth of its children's rows;
 * FALSE when @node has no row. */
static gboolean
find_children (SylOutlineRows *self,
               SylNode        *node,
               guint          *start,
               guint          *depth)
{
  guint position;

  if (node == self->top)
    {
      *start = *depth = 0;
      return TRUE;
    }
  position = syl_outline_rows_find (self, node);
  if (position == GTK_INVALID_LIST_POSITION)
    return FALSE;
  *start = position + 1;
  *depth = g_array_index (self->rows, Row, position).depth + 1;
  return TRUE;
}

/* From @from, the position past @n rows at @depth and what lies under
 * them, stopping at the end of their parent's rows. */
static guint
skip_children (SylOutlineRows *self,
               guint           from,
               guint           depth,
               guint           n)
{
  const Row *rows = (const Row *) (gpointer) self->rows->data;
  guint i = from;

  for (; i < self->rows->len && rows[i].depth >= depth; i++)
    {
      if (rows[i].depth == depth && n-- == 0)
        break;
    }
  return i;
}

/* Walks the rows under @node again and puts them in the list. */
static void
sync_rows (SylOutlineRows *self,
           SylNode        *node)
{
  g_autoptr(GArray) wanted = NULL;
  guint start;
  guint depth;

  _syl_outline_rows_forget_stash (self);
  if (!find_children (self, node, &start, &depth))
    return;
  wanted = collect (self, node, depth);
  splice (self, start, skip_children (self, start, depth, G_MAXUINT) - start, wanted);
}

/* The rows of @child and its open subtree, at @depth: those the last
 * change removed when it is their node that comes back. */
static void
append_child (SylOutlineRows *self,
              SylNode        *child,
              guint           depth,
              GArray         *rows,
              gboolean       *owned)
{
  Row row = { child, depth };

  *owned = child == self->stash_root;
  if (*owned)
    {
      guint was = g_array_index (self->stash, Row, 0).depth;

      for (guint i = 0; i < self->stash->len; i++)
        g_array_index (self->stash, Row, i).depth = g_array_index (self->stash, Row, i).depth - was + depth;
      g_array_append_vals (rows, self->stash->data, self->stash->len);
      self->stash_root = NULL;
      g_array_set_size (self->stash, 0);
      return;
    }
  g_array_append_val (rows, row);
  if (syl_node_get_expanded (child))
    append_subtree (self, child, depth + 1, rows);
}

/* @removed children of @node went from @position, and @added came.
 * Their rows alone change: those of the removed children are found by
 * their depth, and those of the added ones walked.  While held, the rows
 * of a single child removed wait in the stash for the next change. */
static void
children_changed (SylOutlineRows *self,
                  SylNode        *node,
                  guint           position,
                  guint           removed,
                  guint           added)
{
  g_autoptr(GArray) wanted = g_array_new (FALSE, FALSE, sizeof (Row));
  gboolean owned = FALSE;
  guint start;
  guint depth;
  guint from;
  guint to;

  if ((removed == 0 && added == 0) || !find_children (self, node, &start, &depth))
    return;
  from = skip_children (self, start, depth, position);
  to = skip_children (self, from, depth, removed);
  if (added == 0)
    {
      begin_change (self);
      if (removed == 1 && self->hold_count > 0)
        {
          self->stash_root = g_array_index (self->rows, Row, from).node;
          g_array_append_vals (self->stash, &g_array_index (self->rows, Row, from), to - from);
        }
      else
        drop_rows (self, &g_array_index (self->rows, Row, from), to - from);
      g_array_remove_range (self->rows, from, to - from);
      report (self, from, to - from, 0);
      return;
    }
  for (guint i = 0; i < added; i++)
    {
      gboolean stashed;

      append_child (self, syl_node_get_child (node, position + i), depth, wanted, &stashed);
      owned |= stashed;
    }
  if (owned && removed == 0 && added == 1)
    {
      begin_change (self);
      insert_rows (self, from, (Row *) (gpointer) wanted->data, wanted->len, TRUE);
      report (self, from, 0, wanted->len);
      return;
    }
  /* Rows put back among others are the list's again through splice(),
   * which takes references of its own. */
  splice (self, from, to - from, wanted);
  if (owned)
    drop_rows (self, (Row *) (gpointer) wanted->data, wanted->len);
}

static void
children_changed_cb (GListModel     *model,
                     guint           position,
                     guint           removed,
                     guint           added,
                     SylOutlineRows *self)
{
  SylNode *node = SYL_NODE (model);
  gboolean putting_back = removed == 0 && added == 1 && self->stash_root != NULL &&
                          syl_node_get_child (node, position) == self->stash_root;

  if (!putting_back)
    _syl_outline_rows_forget_stash (self);
  if (!shows_children (self, node) || !may_have_row (self, node))
    {
      _syl_outline_rows_forget_stash (self);
      return;
    }
  /* A filter may leave out any child: the rows are walked again. */
  if (self->filter != NULL)
    sync_rows (self, node);
  else
    children_changed (self, node, position, removed, added);
}

/**
 * syl_outline_rows_new:
 * @top: the node whose children are the first level of rows
 * @filter: (nullable): which nodes have rows, or %NULL for all
 *
 * Returns: (transfer full): the rows under @top
 */
SylOutlineRows *
syl_outline_rows_new (SylNode              *top,
                      SylOutlineRowsFilter  filter,
                      gpointer              user_data)
{
  SylOutlineRows *self;

  g_return_val_if_fail (SYL_IS_NODE (top), NULL);

  self = g_object_new (SYL_TYPE_OUTLINE_ROWS, NULL);
  self->top = g_object_ref (top);
  self->filter = filter;
  self->filter_data = user_data;
  watch (self, top);
  sync_rows (self, top);
  return self;
}

SylNode *
syl_outline_rows_get_top (SylOutlineRows *self)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_ROWS (self), NULL);
  return self->top;
}

/**
 * syl_outline_rows_peek_node:
 *
 * Returns: (transfer none) (nullable): the node of the row at @position
 */
SylNode *
syl_outline_rows_peek_node (SylOutlineRows *self,
                            guint           position)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_ROWS (self), NULL);

  if (position >= self->rows->len)
    return NULL;
  return g_array_index (self->rows, Row, position).node;
}

/* The depth of the row at @position: 0 for the top's children. */
guint
syl_outline_rows_get_depth (SylOutlineRows *self,
                            guint           position)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_ROWS (self), 0);
  g_return_val_if_fail (position < self->rows->len, 0);

  return g_array_index (self->rows, Row, position).depth;
}

/* The depth @node's row has or would have, from the tree alone. */
guint
syl_outline_rows_depth_of (SylOutlineRows *self,
                           SylNode        *node)
{
  guint depth;
  guint top_depth;

  g_return_val_if_fail (SYL_IS_OUTLINE_ROWS (self), 0);
  g_return_val_if_fail (SYL_IS_NODE (node), 0);

  /* The top may have moved since the rows were made: its depth is
   * looked up again. */
  depth = syl_node_get_depth (node);
  top_depth = syl_node_get_depth (self->top);
  return depth > top_depth ? depth - top_depth - 1 : 0;
}

static void
build_index (SylOutlineRows *self)
{
  self->index = g_hash_table_new (NULL, NULL);
  for (guint i = 0; i < self->rows->len; i++)
    g_hash_table_insert (self->index, g_array_index (self->rows, Row, i).node,
                         GUINT_TO_POINTER (i + 1));
}

/**
 * syl_outline_rows_find:
 *
 * Returns: the position of @node's row, or %GTK_INVALID_LIST_POSITION
 *   when it has none: under a closed row, filtered out, or not under the
 *   top
 */
guint
syl_outline_rows_find (SylOutlineRows *self,
                       SylNode        *node)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_ROWS (self), GTK_INVALID_LIST_POSITION);

  if (self->index == NULL && ++self->finds > FINDS_BEFORE_INDEX)
    build_index (self);
  if (self->index != NULL)
    return GPOINTER_TO_UINT (g_hash_table_lookup (self->index, node)) - 1;
  for (guint i = 0; i < self->rows->len; i++)
    {
      if (g_array_index (self->rows, Row, i).node == node)
        return i;
    }
  return GTK_INVALID_LIST_POSITION;
}

/* Whether @node has a row and it is open. */
gboolean
syl_outline_rows_is_open (SylOutlineRows *self,
                          SylNode        *node)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_ROWS (self), FALSE);

  return syl_node_get_expanded (node) && syl_outline_rows_find (self, node) != GTK_INVALID_LIST_POSITION;
}

/**
 * syl_outline_rows_set_expanded:
 *
 * Opens or closes @node's row: sets the node's flag, and shows or hides
 * the rows under it as one change.
 */
void
syl_outline_rows_set_expanded (SylOutlineRows *self,
                               SylNode        *node,
                               gboolean        expanded)
{
  g_return_if_fail (SYL_IS_OUTLINE_ROWS (self));
  g_return_if_fail (SYL_IS_NODE (node));

  syl_node_set_expanded (node, expanded);
  if (node != self->top && may_have_row (self, node))
    sync_rows (self, node);
}

/**
 * syl_outline_rows_reveal:
 *
 * Opens the rows above @node, as one change.
 *
 * Returns: the position of @node's row, or %GTK_INVALID_LIST_POSITION
 *   when it is not under the top or is filtered out
 */
guint
syl_outline_rows_reveal (SylOutlineRows *self,
                         SylNode        *node)
{
  SylNode *outermost = NULL;
  SylNode *up;

  g_return_val_if_fail (SYL_IS_OUTLINE_ROWS (self), GTK_INVALID_LIST_POSITION);
  g_return_val_if_fail (SYL_IS_NODE (node), GTK_INVALID_LIST_POSITION);

  for (up = syl_node_get_parent (node); up != NULL && up != self->top; up = syl_node_get_parent (up))
    {
      if (!syl_node_get_expanded (up))
        outermost = up;
    }
  if (up == NULL)
    return GTK_INVALID_LIST_POSITION;
  if (outermost != NULL)
    {
      for (up = syl_node_get_parent (node); up != self->top; up = syl_node_get_parent (up))
        syl_node_set_expanded (up, TRUE);
      sync_rows (self, outermost);
    }
  return syl_outline_rows_find (self, node);
}

/**
 * syl_outline_rows_refresh:
 * @node: (nullable): a node whose flags changed below, or %NULL for all
 *
 * Brings the rows under @node in line with the nodes' flags and the
 * filter, which changed without the model's knowing, as one change.
 */
void
syl_outline_rows_refresh (SylOutlineRows *self,
                          SylNode        *node)
{
  g_return_if_fail (SYL_IS_OUTLINE_ROWS (self));

  sync_rows (self, node != NULL ? node : self->top);
}
