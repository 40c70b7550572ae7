/* syl-document-edit.c: changes to the structure of an outline
 *
 * Every change to a document is a step in its history.  Here are the
 * insertions, removals and moves of nodes, and the helpers that every
 * kind of change shares; fields and lists are in syl-document-fields.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "syl-command-private.h"

#define LABEL_TITLE_CHARS 40

/* “1.4 算法层面的跃升”, as history labels name a node. */
char *
_syl_describe_node (SylNode *node)
{
  g_autofree char *number = syl_node_dup_number (node);
  g_autofree char *title = _syl_ellipsize (syl_node_get_title (node), LABEL_TITLE_CHARS);

  if (*title == '\0')
    return g_strdup_printf ("“%s”", number);
  return g_strdup_printf ("“%s %s”", number, title);
}

/* The node a list item belongs to, for selecting it after undo. */
gpointer
_syl_subject_of (gpointer object)
{
  while (object != NULL && !SYL_IS_NODE (object) && !SYL_IS_DOCUMENT (object))
    object = _syl_owner_get (object);
  return object;
}

void
_syl_document_push (SylDocument *self,
                    SylCommand  *command,
                    const char  *label,
                    gpointer     subject)
{
  _syl_command_set_label (command, label, subject);
  _syl_history_push (syl_document_get_history (self), command);
}

gboolean
_syl_check_not_root (SylNode  *node,
                     GError  **error)
{
  if (syl_node_is_root (node))
    {
      g_set_error_literal (error, SYL_ERROR, SYL_ERROR_MOVE,
                           _("The root of the outline cannot be moved or removed"));
      return FALSE;
    }
  return TRUE;
}

static void
make_id_unique (SylDocument *self,
                SylNode     *node)
{
  while (*syl_node_get_id (node) == '\0' || syl_document_find_node (self, syl_node_get_id (node)))
    {
      g_autofree char *id = _syl_id_new ();
      _syl_node_set_id (node, id);
    }
}

/* Gives new ids to nodes of @node's subtree whose ids are taken. */
static void
make_ids_unique (SylDocument *self,
                 SylNode     *node)
{
  SylNodeIter iter;
  SylNode *descendant;

  make_id_unique (self, node);
  syl_node_iter_init (&iter, node);
  while (syl_node_iter_next (&iter, &descendant))
    make_id_unique (self, descendant);
}

static gboolean
check_depth (SylNode  *new_parent,
             SylNode  *node,
             GError  **error)
{
  guint new_depth = syl_node_get_depth (new_parent) + 1;

  /* Only a subtree that goes deeper can pass the limit. */
  if (syl_node_get_parent (node) != NULL && new_depth <= syl_node_get_depth (node))
    return TRUE;
  if (new_depth - 1 + syl_node_get_height (node) > SYL_MAX_OUTLINE_DEPTH)
    {
      g_set_error (error, SYL_ERROR, SYL_ERROR_TOO_DEEP,
                   _("The outline cannot be deeper than %u levels"), SYL_MAX_OUTLINE_DEPTH);
      return FALSE;
    }
  return TRUE;
}

/**
 * syl_document_insert_node:
 * @node: a node that is in no tree, with its subtree
 * @parent: the node to insert into (the root for a chapter)
 * @index: its index among @parent's children
 *
 * Ids that are already used in the document are replaced.
 */
gboolean
syl_document_insert_node (SylDocument  *self,
                          SylNode      *node,
                          SylNode      *parent,
                          guint         index,
                          GError      **error)
{
  g_autofree char *label = NULL;
  g_autofree char *where = NULL;

  g_return_val_if_fail (SYL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (SYL_IS_NODE (node), FALSE);
  g_return_val_if_fail (syl_node_get_parent (node) == NULL && !syl_node_is_root (node), FALSE);
  g_return_val_if_fail (SYL_IS_NODE (parent), FALSE);
  g_return_val_if_fail (index <= syl_node_get_n_children (parent), FALSE);

  if (!check_depth (parent, node, error))
    return FALSE;

  make_ids_unique (self, node);
  if (syl_node_is_root (parent))
    label = g_strdup_printf (_("Add “%s”"), syl_node_get_title (node));
  else
    {
      where = _syl_describe_node (parent);
      /* Translators: adding a node; the second %s is its new parent. */
      label = g_strdup_printf (_("Add “%s” to %s"), syl_node_get_title (node), where);
    }
  _syl_document_push (self, _syl_command_node_insert_new (parent, index, node), label, node);
  return TRUE;
}

/**
 * syl_document_insert_nodes:
 * @nodes: nodes that are in no tree, with their subtrees
 * @parent: the node to insert into
 * @index: the index of the first of them among @parent's children
 * @label: the label of the step
 *
 * Inserts several nodes side by side, in order, as one step, as pasting
 * and dropping do.  Either all of them go in or, with an error, none.
 */
gboolean
syl_document_insert_nodes (SylDocument      *self,
                           SylNode * const  *nodes,
                           guint             n_nodes,
                           SylNode          *parent,
                           guint             index,
                           const char       *label,
                           GError          **error)
{
  SylHistory *history;

  g_return_val_if_fail (SYL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (SYL_IS_NODE (parent), FALSE);
  g_return_val_if_fail (index <= syl_node_get_n_children (parent), FALSE);

  for (guint i = 0; i < n_nodes; i++)
    {
      g_return_val_if_fail (SYL_IS_NODE (nodes[i]), FALSE);
      g_return_val_if_fail (syl_node_get_parent (nodes[i]) == NULL, FALSE);
      if (!check_depth (parent, nodes[i], error))
        return FALSE;
    }

  history = syl_document_get_history (self);
  syl_history_begin_group (history, label);
  for (guint i = 0; i < n_nodes; i++)
    syl_document_insert_node (self, nodes[i], parent, index + i, NULL);
  syl_history_end_group (history);
  return TRUE;
}

static int
compare_document_order (gconstpointer a,
                        gconstpointer b)
{
  SylNode *x = *(SylNode **) a;
  SylNode *y = *(SylNode **) b;
  guint dx = syl_node_get_depth (x), dy = syl_node_get_depth (y);

  /* Bring both to the same depth, then to siblings, and compare indices. */
  while (dx > dy)
    {
      if (syl_node_get_parent (x) == y)
        return 1;
      x = syl_node_get_parent (x);
      dx--;
    }
  while (dy > dx)
    {
      if (syl_node_get_parent (y) == x)
        return -1;
      y = syl_node_get_parent (y);
      dy--;
    }
  while (syl_node_get_parent (x) != syl_node_get_parent (y))
    {
      x = syl_node_get_parent (x);
      y = syl_node_get_parent (y);
    }
  return (int) syl_node_get_index (x) - (int) syl_node_get_index (y);
}

/* The nodes in document order, without those inside another one of them:
 * they move or go with their ancestor. */
GPtrArray *
_syl_top_nodes (SylNode * const *nodes,
                guint            n_nodes)
{
  GPtrArray *sorted = g_ptr_array_new ();
  GPtrArray *result = g_ptr_array_new ();

  for (guint i = 0; i < n_nodes; i++)
    if (!g_ptr_array_find (sorted, nodes[i], NULL))
      g_ptr_array_add (sorted, nodes[i]);
  g_ptr_array_sort (sorted, compare_document_order);

  for (guint i = 0; i < sorted->len; i++)
    {
      SylNode *node = g_ptr_array_index (sorted, i);
      SylNode *last = result->len ? g_ptr_array_index (result, result->len - 1) : NULL;

      if (last == NULL || !syl_node_is_ancestor_of (last, node))
        g_ptr_array_add (result, node);
    }

  g_ptr_array_unref (sorted);
  return result;
}

gboolean
syl_document_remove_nodes (SylDocument      *self,
                           SylNode * const  *nodes,
                           guint             n_nodes,
                           GError          **error)
{
  g_autoptr(GPtrArray) top = NULL;
  SylHistory *history = syl_document_get_history (self);
  g_autofree char *label = NULL;

  g_return_val_if_fail (SYL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (nodes != NULL || n_nodes == 0, FALSE);

  for (guint i = 0; i < n_nodes; i++)
    if (!_syl_check_not_root (nodes[i], error))
      return FALSE;
  if (n_nodes == 0)
    return TRUE;

  top = _syl_top_nodes (nodes, n_nodes);
  if (top->len == 1)
    {
      g_autofree char *what = _syl_describe_node (g_ptr_array_index (top, 0));
      label = g_strdup_printf (_("Delete %s"), what);
    }
  else
    label = g_strdup_printf (ngettext ("Delete %u item", "Delete %u items", top->len), top->len);

  /* Removing from the last keeps the earlier ones' indices valid.  Each
   * removal belongs to its node, so that undo brings back and selects them
   * all; the step as a whole still belongs to the first node. */
  syl_history_begin_group (history, label);
  for (guint i = top->len; i > 0; i--)
    {
      SylNode *node = g_ptr_array_index (top, i - 1);
      _syl_document_push (self, _syl_command_node_remove_new (node), label, node);
    }
  _syl_history_set_group_subject (history, g_ptr_array_index (top, 0));
  syl_history_end_group (history);
  return TRUE;
}

/**
 * syl_document_check_move:
 * @new_parent: where the nodes would go
 *
 * Checks, without changing anything, whether @nodes can move into
 * @new_parent: never into themselves or their own descendants, and never
 * deeper than the outline allows.  Views call this while dragging.
 */
gboolean
syl_document_check_move (SylDocument      *self,
                         SylNode * const  *nodes,
                         guint             n_nodes,
                         SylNode          *new_parent,
                         GError          **error)
{
  g_return_val_if_fail (SYL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (SYL_IS_NODE (new_parent), FALSE);

  for (guint i = 0; i < n_nodes; i++)
    {
      if (!_syl_check_not_root (nodes[i], error))
        return FALSE;
      if (syl_node_is_ancestor_of (nodes[i], new_parent))
        {
          g_autofree char *what = _syl_describe_node (nodes[i]);
          g_set_error (error, SYL_ERROR, SYL_ERROR_MOVE,
                       new_parent == nodes[i] ? _("%s cannot be moved into itself")
                                              : _("%s cannot be moved into its own subsection"),
                       what);
          return FALSE;
        }
      if (!check_depth (new_parent, nodes[i], error))
        return FALSE;
    }
  return TRUE;
}

static char *
move_label (SylNode *node,
            SylNode *new_parent,
            guint    index)
{
  g_autofree char *what = _syl_describe_node (node);
  SylNode *before;
  g_autofree char *where = NULL;

  /* Name the neighbour the node will follow, as a person would. */
  before = index > 0 ? syl_node_get_child (new_parent, index - 1) : NULL;
  if (before == node)
    before = syl_node_get_child (new_parent, index);
  if (before != NULL && index > 0)
    {
      where = _syl_describe_node (before);
      return g_strdup_printf (_("Move %s after %s"), what, where);
    }
  if (syl_node_is_root (new_parent))
    return g_strdup_printf (_("Move %s to the top"), what);

  where = _syl_describe_node (new_parent);
  return g_strdup_printf (_("Move %s into %s"), what, where);
}

/**
 * syl_document_move_node:
 * @new_parent: the new parent (the root for a chapter)
 * @index: the node's index among @new_parent's children after the move
 *
 * Moves @node with its subtree.  Moving a node into itself or its own
 * subtree fails with %SYL_ERROR_MOVE and changes nothing.
 */
gboolean
syl_document_move_node (SylDocument  *self,
                        SylNode      *node,
                        SylNode      *new_parent,
                        guint         index,
                        GError      **error)
{
  g_autofree char *label = NULL;
  guint n;

  g_return_val_if_fail (SYL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (SYL_IS_NODE (node), FALSE);
  g_return_val_if_fail (SYL_IS_NODE (new_parent), FALSE);

  if (!syl_document_check_move (self, &node, 1, new_parent, error))
    return FALSE;

  n = syl_node_get_n_children (new_parent);
  if (syl_node_get_parent (node) == new_parent)
    n--;
  if (index > n)
    {
      g_set_error (error, SYL_ERROR, SYL_ERROR_MOVE, _("There is no place %u to move to"), index + 1);
      return FALSE;
    }
  if (syl_node_get_parent (node) == new_parent && syl_node_get_index (node) == index)
    return TRUE;

  label = move_label (node, new_parent, index);
  _syl_document_push (self, _syl_command_node_move_new (node, new_parent, index), label, node);
  return TRUE;
}

/* Where a drop at @target lands: the parent, and the index among the
 * children that stay (not moving) before which the nodes go. */
static SylNode *
resolve_drop (SylNode          *target,
              SylDropPosition   position,
              GPtrArray        *moving,
              guint            *stay_index)
{
  SylNode *parent = position == SYL_DROP_INTO ? target : syl_node_get_parent (target);
  guint end = position == SYL_DROP_INTO ? syl_node_get_n_children (target)
            : syl_node_get_index (target) + (position == SYL_DROP_AFTER ? 1 : 0);

  *stay_index = 0;
  for (guint i = 0; i < end; i++)
    if (!g_ptr_array_find (moving, syl_node_get_child (parent, i), NULL))
      (*stay_index)++;
  return parent;
}

/* The index in @parent's current children before which the stay_index-th
 * staying child stands (or the end). */
static guint
index_of_stay (SylNode   *parent,
               GPtrArray *moving,
               guint      stay_index)
{
  guint n = syl_node_get_n_children (parent);

  for (guint i = 0; i < n; i++)
    {
      if (g_ptr_array_find (moving, syl_node_get_child (parent, i), NULL))
        continue;
      if (stay_index-- == 0)
        return i;
    }
  return n;
}

static char *
drop_label (GPtrArray       *moving,
            SylNode         *target,
            SylDropPosition  position)
{
  g_autofree char *what = NULL;
  g_autofree char *where = _syl_describe_node (target);

  if (moving->len == 1)
    what = _syl_describe_node (g_ptr_array_index (moving, 0));
  else
    what = g_strdup_printf (ngettext ("%u item", "%u items", moving->len), moving->len);

  if (position == SYL_DROP_BEFORE)
    return g_strdup_printf (_("Move %s before %s"), what, where);
  if (position == SYL_DROP_AFTER)
    return g_strdup_printf (_("Move %s after %s"), what, where);
  return g_strdup_printf (_("Move %s into %s"), what, where);
}

/**
 * syl_document_move_nodes:
 * @nodes: the nodes to move, in any order
 * @target: the node they are dropped on
 * @position: before, after or into @target
 *
 * Moves several nodes at once, keeping their order, as one step.  Nodes
 * inside others of @nodes move with them.  @target may be one of @nodes.
 */
gboolean
syl_document_move_nodes (SylDocument      *self,
                         SylNode * const  *nodes,
                         guint             n_nodes,
                         SylNode          *target,
                         SylDropPosition   position,
                         GError          **error)
{
  g_autoptr(GPtrArray) moving = NULL;
  g_autofree char *label = NULL;
  SylHistory *history = syl_document_get_history (self);
  SylNode *parent;
  guint stay_index;

  g_return_val_if_fail (SYL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (SYL_IS_NODE (target), FALSE);
  g_return_val_if_fail (position == SYL_DROP_INTO || !syl_node_is_root (target), FALSE);

  if (n_nodes == 0)
    return TRUE;

  moving = _syl_top_nodes (nodes, n_nodes);
  parent = resolve_drop (target, position, moving, &stay_index);
  if (!syl_document_check_move (self, (SylNode **) moving->pdata, moving->len, parent, error))
    return FALSE;

  label = drop_label (moving, target, position);
  syl_history_begin_group (history, label);
  for (guint i = 0; i < moving->len; i++)
    {
      SylNode *node = g_ptr_array_index (moving, i);
      guint index = index_of_stay (parent, moving, stay_index);

      /* The nodes already moved stand just before that place, in order. */
      if (syl_node_get_parent (node) == parent && syl_node_get_index (node) < index)
        index--;
      if (syl_node_get_parent (node) != parent || syl_node_get_index (node) != index)
        _syl_document_push (self, _syl_command_node_move_new (node, parent, index), label, node);
    }
  syl_history_end_group (history);
  return TRUE;
}
