/* syl-outline-ops.c: restructuring an outline from the keyboard
 *
 * The window's Alt+arrow keys move the selected nodes one place at a time.
 * A selection is handled in runs of consecutive siblings: each run moves as
 * one block, as a single node would, so a selection of separate nodes
 * keeps its shape, and nodes inside other selected nodes move with them.
 * Every run is placed and checked before anything moves, so a move that is
 * impossible for one run changes nothing at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "syl-command-private.h"
#include "syl-outline-ops.h"

typedef enum
{
  OP_UP,
  OP_DOWN,
  OP_INDENT,
  OP_OUTDENT,
} Op;

/* Where a run goes in its new parent: next to a node that stays where it
 * is, or at one end. */
typedef enum
{
  PLACE_BEFORE,
  PLACE_AFTER,
  PLACE_START,
  PLACE_END,
} Place;

typedef struct
{
  GPtrArray *nodes;    /* consecutive siblings in order, not owned */
  SylNode   *parent;   /* the new parent */
  SylNode   *anchor;   /* for PLACE_BEFORE and PLACE_AFTER */
  Place      place;
} Run;

typedef gboolean (*ResolveFunc) (GPtrArray  *runs,
                                 guint       index,
                                 GError    **error);

static void
run_free (Run *run)
{
  g_ptr_array_unref (run->nodes);
  g_free (run);
}

static SylNode *
run_first (Run *run)
{
  return g_ptr_array_index (run->nodes, 0);
}

static SylNode *
run_last (Run *run)
{
  return g_ptr_array_index (run->nodes, run->nodes->len - 1);
}

static void
run_place (Run     *run,
           SylNode *parent,
           SylNode *anchor,
           Place    place)
{
  run->parent = parent;
  run->anchor = anchor;
  run->place = place;
}

/* Splits @top, in document order and none inside another, into runs. */
static GPtrArray *
split_runs (GPtrArray *top)
{
  GPtrArray *runs = g_ptr_array_new_with_free_func ((GDestroyNotify) run_free);
  Run *run = NULL;

  for (guint i = 0; i < top->len; i++)
    {
      SylNode *node = g_ptr_array_index (top, i);

      if (run == NULL || syl_node_get_prev_sibling (node) != run_last (run))
        {
          run = g_new0 (Run, 1);
          run->nodes = g_ptr_array_new ();
          g_ptr_array_add (runs, run);
        }
      g_ptr_array_add (run->nodes, node);
    }
  return runs;
}

/* Up: before the previous sibling, or else across to the end of the
 * parent's previous sibling, the neighbouring section. */
static gboolean
resolve_up (GPtrArray  *runs,
            guint       index,
            GError    **error)
{
  Run *run = g_ptr_array_index (runs, index);
  SylNode *parent = syl_node_get_parent (run_first (run));
  SylNode *prev = syl_node_get_prev_sibling (run_first (run));
  SylNode *neighbour = syl_node_get_prev_sibling (parent);

  if (prev != NULL)
    run_place (run, parent, prev, PLACE_BEFORE);
  else if (neighbour != NULL)
    run_place (run, neighbour, NULL, PLACE_END);
  else
    {
      g_set_error_literal (error, SYL_ERROR, SYL_ERROR_MOVE, _("Already at the top"));
      return FALSE;
    }
  return TRUE;
}

static gboolean
resolve_down (GPtrArray  *runs,
              guint       index,
              GError    **error)
{
  Run *run = g_ptr_array_index (runs, index);
  SylNode *parent = syl_node_get_parent (run_last (run));
  SylNode *next = syl_node_get_next_sibling (run_last (run));
  SylNode *neighbour = syl_node_get_next_sibling (parent);

  if (next != NULL)
    run_place (run, parent, next, PLACE_AFTER);
  else if (neighbour != NULL)
    run_place (run, neighbour, NULL, PLACE_START);
  else
    {
      g_set_error_literal (error, SYL_ERROR, SYL_ERROR_MOVE, _("Already at the bottom"));
      return FALSE;
    }
  return TRUE;
}

/* Indent: the last children of the previous sibling. */
static gboolean
resolve_indent (GPtrArray  *runs,
                guint       index,
                GError    **error)
{
  Run *run = g_ptr_array_index (runs, index);
  SylNode *prev = syl_node_get_prev_sibling (run_first (run));

  if (prev == NULL)
    {
      g_autofree char *what = _syl_describe_node (run_first (run));

      g_set_error (error, SYL_ERROR, SYL_ERROR_MOVE,
                   _("%s cannot be indented: it is the first at its level"), what);
      return FALSE;
    }
  run_place (run, prev, NULL, PLACE_END);
  return TRUE;
}

/* Outdent: right after the parent, and the siblings that follow stay in
 * the parent, as in Workflowy rather than in a word processor. */
static gboolean
resolve_outdent (GPtrArray  *runs,
                 guint       index,
                 GError    **error)
{
  Run *run = g_ptr_array_index (runs, index);
  SylNode *parent = syl_node_get_parent (run_first (run));
  SylNode *anchor = parent;

  if (syl_node_is_root (parent))
    {
      g_autofree char *what = _syl_describe_node (run_first (run));

      g_set_error (error, SYL_ERROR, SYL_ERROR_MOVE,
                   _("%s cannot be outdented: it is already a chapter"), what);
      return FALSE;
    }

  /* An earlier run from the same parent lands right after it first; this
   * one follows that run, so that the order holds. */
  for (guint i = index; i > 0; i--)
    {
      Run *earlier = g_ptr_array_index (runs, i - 1);

      if (syl_node_get_parent (run_first (earlier)) == parent)
        {
          anchor = run_last (earlier);
          break;
        }
    }
  run_place (run, syl_node_get_parent (parent), anchor, PLACE_AFTER);
  return TRUE;
}

static const ResolveFunc resolvers[] = {
  [OP_UP] = resolve_up,
  [OP_DOWN] = resolve_down,
  [OP_INDENT] = resolve_indent,
  [OP_OUTDENT] = resolve_outdent,
};

static char *
op_label (Op         op,
          GPtrArray *top)
{
  g_autofree char *what = NULL;
  guint n = top->len;

  if (n > 1)
    switch (op)
      {
      case OP_UP:
        return g_strdup_printf (ngettext ("Move %u item up", "Move %u items up", n), n);
      case OP_DOWN:
        return g_strdup_printf (ngettext ("Move %u item down", "Move %u items down", n), n);
      case OP_INDENT:
        return g_strdup_printf (ngettext ("Indent %u item", "Indent %u items", n), n);
      default:
        return g_strdup_printf (ngettext ("Outdent %u item", "Outdent %u items", n), n);
      }

  what = _syl_describe_node (g_ptr_array_index (top, 0));
  switch (op)
    {
    case OP_UP:
      /* Translators: %s is a node, as “1.2 Title”. */
      return g_strdup_printf (_("Move %s Up"), what);
    case OP_DOWN:
      return g_strdup_printf (_("Move %s Down"), what);
    case OP_INDENT:
      return g_strdup_printf (_("Indent %s"), what);
    default:
      return g_strdup_printf (_("Outdent %s"), what);
    }
}

/* Moves @node to stand before the child of @parent now at @position, or
 * last when @position is the number of children. */
static void
move_to (SylDocument *self,
         SylNode     *node,
         SylNode     *parent,
         guint        position,
         const char  *label)
{
  if (syl_node_get_parent (node) == parent)
    {
      guint index = syl_node_get_index (node);

      /* The node leaves its place before it takes the new one. */
      if (index < position)
        position--;
      if (index == position)
        return;
    }
  _syl_document_push (self, _syl_command_node_move_new (node, parent, position), label, node);
}

/* Places are read when the run moves, since earlier runs may have moved
 * its anchor's neighbours. */
static void
apply_run (SylDocument *self,
           Run         *run,
           const char  *label)
{
  guint position;

  if (run->place == PLACE_BEFORE)
    position = syl_node_get_index (run->anchor);
  else if (run->place == PLACE_AFTER)
    position = syl_node_get_index (run->anchor) + 1;
  else if (run->place == PLACE_START)
    position = 0;
  else
    position = syl_node_get_n_children (run->parent);

  for (guint i = 0; i < run->nodes->len; i++)
    {
      SylNode *node = g_ptr_array_index (run->nodes, i);

      if (i > 0)
        position = syl_node_get_index (g_ptr_array_index (run->nodes, i - 1)) + 1;
      move_to (self, node, run->parent, position, label);
    }
}

static gboolean
check_nodes (SylDocument      *self,
             SylNode * const  *nodes,
             guint             n_nodes,
             GError          **error)
{
  for (guint i = 0; i < n_nodes; i++)
    {
      g_return_val_if_fail (SYL_IS_NODE (nodes[i]), FALSE);
      if (!_syl_check_not_root (nodes[i], error))
        return FALSE;
      g_return_val_if_fail (syl_document_find_node (self, syl_node_get_id (nodes[i])) == nodes[i],
                            FALSE);
    }
  return TRUE;
}

static gboolean
restructure (SylDocument      *self,
             SylNode * const  *nodes,
             guint             n_nodes,
             Op                op,
             GError          **error)
{
  SylHistory *history = syl_document_get_history (self);
  g_autoptr(GPtrArray) top = NULL;
  g_autoptr(GPtrArray) runs = NULL;
  g_autofree char *label = NULL;

  if (!check_nodes (self, nodes, n_nodes, error))
    return FALSE;
  if (n_nodes == 0)
    return TRUE;

  top = _syl_top_nodes (nodes, n_nodes);
  runs = split_runs (top);
  for (guint i = 0; i < runs->len; i++)
    {
      Run *run = g_ptr_array_index (runs, i);

      if (!resolvers[op] (runs, i, error) ||
          !syl_document_check_move (self, (SylNode **) run->nodes->pdata, run->nodes->len,
                                    run->parent, error))
        return FALSE;
    }

  label = op_label (op, top);
  syl_history_begin_group (history, label);
  for (guint i = 0; i < runs->len; i++)
    apply_run (self, g_ptr_array_index (runs, i), label);
  syl_history_end_group (history);
  return TRUE;
}

/**
 * syl_document_move_up:
 * @nodes: the selected nodes, in any order
 *
 * Moves the nodes one place up among their siblings.  A first child moves
 * across to the end of its parent's previous sibling; a node with nowhere
 * to go fails with %SYL_ERROR_MOVE.
 */
gboolean
syl_document_move_up (SylDocument      *self,
                      SylNode * const  *nodes,
                      guint             n_nodes,
                      GError          **error)
{
  g_return_val_if_fail (SYL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (nodes != NULL || n_nodes == 0, FALSE);

  return restructure (self, nodes, n_nodes, OP_UP, error);
}

/**
 * syl_document_move_down:
 * @nodes: the selected nodes, in any order
 *
 * Moves the nodes one place down among their siblings.  A last child moves
 * across to the start of its parent's next sibling; a node with nowhere to
 * go fails with %SYL_ERROR_MOVE.
 */
gboolean
syl_document_move_down (SylDocument      *self,
                        SylNode * const  *nodes,
                        guint             n_nodes,
                        GError          **error)
{
  g_return_val_if_fail (SYL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (nodes != NULL || n_nodes == 0, FALSE);

  return restructure (self, nodes, n_nodes, OP_DOWN, error);
}

/**
 * syl_document_indent:
 * @nodes: the selected nodes, in any order
 *
 * Makes the nodes the last children of the sibling just above them.  A
 * first child has none and fails with %SYL_ERROR_MOVE; a subtree that
 * would pass the depth limit fails with %SYL_ERROR_TOO_DEEP.
 */
gboolean
syl_document_indent (SylDocument      *self,
                     SylNode * const  *nodes,
                     guint             n_nodes,
                     GError          **error)
{
  g_return_val_if_fail (SYL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (nodes != NULL || n_nodes == 0, FALSE);

  return restructure (self, nodes, n_nodes, OP_INDENT, error);
}

/**
 * syl_document_outdent:
 * @nodes: the selected nodes, in any order
 *
 * Makes the nodes siblings of their parent, in order, right after it; the
 * siblings that followed them stay in the parent.  A chapter fails with
 * %SYL_ERROR_MOVE.
 */
gboolean
syl_document_outdent (SylDocument      *self,
                      SylNode * const  *nodes,
                      guint             n_nodes,
                      GError          **error)
{
  g_return_val_if_fail (SYL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (nodes != NULL || n_nodes == 0, FALSE);

  return restructure (self, nodes, n_nodes, OP_OUTDENT, error);
}

/**
 * syl_drop_position_for_y:
 * @y: where the pointer is, from the top of a row
 * @height: the row's height
 *
 * Where a drop on a row lands: its upper quarter means before the row's
 * node, its lower quarter after it, and the half between into it, as its
 * last child.  Every node can take children, whatever its kind, so the
 * middle always means into.  A @y above or below the row counts as its
 * nearest edge; a row without height takes drops into it.
 */
SylDropPosition
syl_drop_position_for_y (double y,
                         double height)
{
  if (!(height > 0))
    return SYL_DROP_INTO;

  y = CLAMP (y, 0, height);
  if (y < height / 4)
    return SYL_DROP_BEFORE;
  if (y >= height * 3 / 4)
    return SYL_DROP_AFTER;
  return SYL_DROP_INTO;
}
