/* syl-document-edit.c: every change to a document, as a step in its history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "syl-command.h"
#include "syl-enums.h"

#define LABEL_TITLE_CHARS 40

/* “1.4 算法层面的跃升”, as history labels name a node. */
static char *
describe_node (SylNode *node)
{
  g_autofree char *number = syl_node_dup_number (node);
  g_autofree char *title = _syl_ellipsize (syl_node_get_title (node), LABEL_TITLE_CHARS);

  if (*title == '\0')
    return g_strdup_printf ("“%s”", number);
  return g_strdup_printf ("“%s %s”", number, title);
}

/* The node a list item belongs to, for selecting it after undo. */
static gpointer
subject_of (gpointer object)
{
  while (object != NULL && !SYL_IS_NODE (object) && !SYL_IS_DOCUMENT (object))
    object = _syl_owner_get (object);
  return object;
}

static void
push (SylDocument *self,
      SylCommand  *command,
      const char  *label,
      gpointer     subject)
{
  syl_command_set_label (command, label, subject);
  _syl_history_push (syl_document_get_history (self), command);
}

static gboolean
check_not_root (SylNode  *node,
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

/* Gives new ids to nodes of @node's subtree whose ids are taken. */
static void
make_ids_unique (SylDocument *self,
                 SylNode     *node)
{
  guint n = syl_node_get_n_children (node);

  while (*syl_node_get_id (node) == '\0' || syl_document_find_node (self, syl_node_get_id (node)))
    {
      g_autofree char *id = syl_id_new ();
      _syl_node_set_id (node, id);
    }
  for (guint i = 0; i < n; i++)
    make_ids_unique (self, syl_node_get_child (node, i));
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
      where = describe_node (parent);
      /* Translators: adding a node; the second %s is its new parent. */
      label = g_strdup_printf (_("Add “%s” to %s"), syl_node_get_title (node), where);
    }
  push (self, syl_command_node_insert_new (parent, index, node), label, node);
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
static GPtrArray *
top_nodes (SylNode * const *nodes,
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
    if (!check_not_root (nodes[i], error))
      return FALSE;
  if (n_nodes == 0)
    return TRUE;

  top = top_nodes (nodes, n_nodes);
  if (top->len == 1)
    {
      g_autofree char *what = describe_node (g_ptr_array_index (top, 0));
      label = g_strdup_printf (_("Delete %s"), what);
    }
  else
    label = g_strdup_printf (ngettext ("Delete %u item", "Delete %u items", top->len), top->len);

  /* Removing from the last keeps the earlier ones' indices valid. */
  syl_history_begin_group (history, label);
  for (guint i = top->len; i > 0; i--)
    {
      SylNode *node = g_ptr_array_index (top, i - 1);
      push (self, syl_command_node_remove_new (node), label, syl_node_get_parent (node));
    }
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
      if (!check_not_root (nodes[i], error))
        return FALSE;
      if (syl_node_is_ancestor_of (nodes[i], new_parent))
        {
          g_autofree char *what = describe_node (nodes[i]);
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
  g_autofree char *what = describe_node (node);
  SylNode *before;
  g_autofree char *where = NULL;

  /* Name the neighbour the node will follow, as a person would. */
  before = index > 0 ? syl_node_get_child (new_parent, index - 1) : NULL;
  if (before == node)
    before = syl_node_get_child (new_parent, index);
  if (before != NULL && index > 0)
    {
      where = describe_node (before);
      return g_strdup_printf (_("Move %s after %s"), what, where);
    }
  if (syl_node_is_root (new_parent))
    return g_strdup_printf (_("Move %s to the top"), what);

  where = describe_node (new_parent);
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
  push (self, syl_command_node_move_new (node, new_parent, index), label, node);
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
  g_autofree char *where = describe_node (target);

  if (moving->len == 1)
    what = describe_node (g_ptr_array_index (moving, 0));
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

  moving = top_nodes (nodes, n_nodes);
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
        push (self, syl_command_node_move_new (node, parent, index), label, node);
    }
  syl_history_end_group (history);
  return TRUE;
}

/* Field changes.  Their labels name what changed, in the user's words. */

static char *
field_label (gpointer    object,
             const char *property)
{
  g_autofree char *node = NULL;

  if (SYL_IS_DOCUMENT (object))
    {
      if (g_str_equal (property, "title"))
        return g_strdup (_("Change Course Title"));
      if (g_str_equal (property, "target-minutes"))
        return g_strdup (_("Change Target Duration"));
      return g_strdup (_("Change Course Properties"));
    }
  if (SYL_IS_AUTHOR (object))
    return g_strdup (_("Edit Author"));
  if (SYL_IS_ANNOTATION (object) || SYL_IS_REPLY (object))
    return g_strdup (_("Edit Comment"));

  node = describe_node (subject_of (object));
  if (SYL_IS_EXAMPLE (object))
    return g_strdup_printf (_("Edit Example of %s"), node);
  if (g_str_equal (property, "title"))
    return g_strdup_printf (_("Rename %s"), node);
  if (g_str_equal (property, "notes"))
    return g_strdup_printf (_("Edit Notes of %s"), node);
  if (g_str_equal (property, "objectives"))
    return g_strdup_printf (_("Edit Objectives of %s"), node);
  if (g_str_equal (property, "duration-minutes"))
    return g_strdup_printf (_("Set Duration of %s"), node);
  if (g_str_equal (property, "optional"))
    return g_strdup_printf (_("Change Optional of %s"), node);
  if (g_str_equal (property, "kind"))
    return g_strdup_printf (_("Change Kind of %s"), node);
  return g_strdup_printf (_("Edit %s"), node);
}

static gboolean
set_value (SylDocument  *self,
           gpointer      object,
           const char   *property,
           const GValue *value,
           gboolean      merge,
           GError      **error)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_auto(GValue) current = G_VALUE_INIT;
  g_autofree char *label = NULL;

  if (pspec == NULL || !(pspec->flags & G_PARAM_WRITABLE) || g_str_equal (property, "id") ||
      g_str_equal (property, "expanded"))
    {
      g_set_error (error, SYL_ERROR, SYL_ERROR_FAILED, "%s has no field “%s”",
                   G_OBJECT_TYPE_NAME (object), property);
      return FALSE;
    }
  if (g_param_value_validate (pspec, (GValue *) value))
    {
      g_set_error (error, SYL_ERROR, SYL_ERROR_INVALID, _("“%s” is out of range"), property);
      return FALSE;
    }

  g_value_init (&current, pspec->value_type);
  g_object_get_property (object, property, &current);
  if (g_param_values_cmp (pspec, &current, value) == 0)
    return TRUE;

  label = field_label (object, property);
  push (self, syl_command_set_property_new (object, property, value, merge), label,
        subject_of (object));
  return TRUE;
}

gboolean
syl_document_set_string (SylDocument  *self,
                         gpointer      object,
                         const char   *property,
                         const char   *value,
                         gboolean      merge,
                         GError      **error)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_return_val_if_fail (SYL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (object), FALSE);
  g_return_val_if_fail (property != NULL, FALSE);

  g_value_init (&gvalue, G_TYPE_STRING);
  g_value_set_string (&gvalue, value ? value : "");
  return set_value (self, object, property, &gvalue, merge, error);
}

/* Whole numbers: -1 means unset for the durations. */
gboolean
syl_document_set_int (SylDocument  *self,
                      gpointer      object,
                      const char   *property,
                      int           value,
                      GError      **error)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_return_val_if_fail (SYL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (object), FALSE);

  g_value_init (&gvalue, G_TYPE_INT);
  g_value_set_int (&gvalue, value);
  return set_value (self, object, property, &gvalue, FALSE, error);
}

gboolean
syl_document_set_boolean (SylDocument  *self,
                          gpointer      object,
                          const char   *property,
                          gboolean      value,
                          GError      **error)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_return_val_if_fail (SYL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (object), FALSE);

  g_value_init (&gvalue, G_TYPE_BOOLEAN);
  g_value_set_boolean (&gvalue, value);
  return set_value (self, object, property, &gvalue, FALSE, error);
}

gboolean
syl_document_set_kind (SylDocument  *self,
                       SylNode      *node,
                       SylNodeKind   kind,
                       GError      **error)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_return_val_if_fail (SYL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (SYL_IS_NODE (node), FALSE);

  g_value_init (&gvalue, SYL_TYPE_NODE_KIND);
  g_value_set_enum (&gvalue, kind);
  return set_value (self, node, "kind", &gvalue, FALSE, error);
}

/* Objectives: each change replaces the whole list, which is short. */

static void
set_objectives (SylDocument *self,
                SylNode     *node,
                GPtrArray   *objectives,
                const char  *label,
                gboolean     merge)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_ptr_array_add (objectives, NULL);
  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, objectives->pdata);
  push (self, syl_command_set_property_new (node, "objectives", &value, merge), label, node);
}

static GPtrArray *
dup_objectives (SylNode *node)
{
  const char * const *objectives = syl_node_get_objectives (node);
  GPtrArray *array = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; objectives[i] != NULL; i++)
    g_ptr_array_add (array, g_strdup (objectives[i]));
  return array;
}

void
syl_document_insert_objective (SylDocument *self,
                               SylNode     *node,
                               guint        index,
                               const char  *text)
{
  g_autoptr(GPtrArray) objectives = NULL;
  g_autofree char *label = NULL;
  g_autofree char *what = NULL;

  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_NODE (node));

  objectives = dup_objectives (node);
  g_return_if_fail (index <= objectives->len);

  g_ptr_array_insert (objectives, index, g_strdup (text ? text : ""));
  what = describe_node (node);
  label = g_strdup_printf (_("Add Objective to %s"), what);
  set_objectives (self, node, objectives, label, FALSE);
}

void
syl_document_remove_objective (SylDocument *self,
                               SylNode     *node,
                               guint        index)
{
  g_autoptr(GPtrArray) objectives = NULL;
  g_autofree char *label = NULL;
  g_autofree char *what = NULL;

  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_NODE (node));

  objectives = dup_objectives (node);
  g_return_if_fail (index < objectives->len);

  g_ptr_array_remove_index (objectives, index);
  what = describe_node (node);
  label = g_strdup_printf (_("Remove Objective from %s"), what);
  set_objectives (self, node, objectives, label, FALSE);
}

void
syl_document_move_objective (SylDocument *self,
                             SylNode     *node,
                             guint        from,
                             guint        to)
{
  g_autoptr(GPtrArray) objectives = NULL;
  g_autofree char *label = NULL;
  g_autofree char *what = NULL;
  char *moved;

  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_NODE (node));

  objectives = dup_objectives (node);
  g_return_if_fail (from < objectives->len && to < objectives->len);
  if (from == to)
    return;

  moved = g_ptr_array_steal_index (objectives, from);
  g_ptr_array_insert (objectives, to, moved);
  what = describe_node (node);
  label = g_strdup_printf (_("Reorder Objectives of %s"), what);
  set_objectives (self, node, objectives, label, FALSE);
}

void
syl_document_edit_objective (SylDocument *self,
                             SylNode     *node,
                             guint        index,
                             const char  *text,
                             gboolean     merge)
{
  g_autoptr(GPtrArray) objectives = NULL;
  g_autofree char *label = NULL;

  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_NODE (node));

  objectives = dup_objectives (node);
  g_return_if_fail (index < objectives->len);
  if (g_strcmp0 (g_ptr_array_index (objectives, index), text) == 0)
    return;

  g_free (g_ptr_array_index (objectives, index));
  g_ptr_array_index (objectives, index) = g_strdup (text ? text : "");
  label = field_label (node, "objectives");
  set_objectives (self, node, objectives, label, merge);
}

/* Lists of examples, annotations, replies and authors. */

static void
insert_item (SylDocument *self,
             GListStore  *store,
             gpointer     owner,
             guint        index,
             gpointer     item,
             const char  *label)
{
  g_return_if_fail (index <= g_list_model_get_n_items (G_LIST_MODEL (store)));

  _syl_owner_set (item, owner);
  push (self, syl_command_list_insert_new (store, index, item), label, subject_of (owner));
}

static void
remove_item (SylDocument *self,
             GListStore  *store,
             gpointer     owner,
             guint        index,
             const char  *label)
{
  g_return_if_fail (index < g_list_model_get_n_items (G_LIST_MODEL (store)));

  push (self, syl_command_list_remove_new (store, index), label, subject_of (owner));
}

static void
move_item (SylDocument *self,
           GListStore  *store,
           gpointer     owner,
           guint        from,
           guint        to,
           const char  *label)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  g_return_if_fail (from < n && to < n);
  if (from == to)
    return;

  push (self, syl_command_list_move_new (store, from, to), label, subject_of (owner));
}

static char *
node_label (const char *format,
            SylNode    *node)
{
  g_autofree char *what = describe_node (node);

  return g_strdup_printf (format, what);
}

void
syl_document_insert_example (SylDocument *self,
                             SylNode     *node,
                             guint        index,
                             SylExample  *example)
{
  g_autofree char *label = NULL;

  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_NODE (node));
  g_return_if_fail (SYL_IS_EXAMPLE (example));

  label = node_label (_("Add Example to %s"), node);
  insert_item (self, _syl_node_get_example_store (node), node, index, example, label);
}

void
syl_document_remove_example (SylDocument *self,
                             SylNode     *node,
                             guint        index)
{
  g_autofree char *label = NULL;

  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_NODE (node));

  label = node_label (_("Remove Example from %s"), node);
  remove_item (self, _syl_node_get_example_store (node), node, index, label);
}

void
syl_document_move_example (SylDocument *self,
                           SylNode     *node,
                           guint        from,
                           guint        to)
{
  g_autofree char *label = NULL;

  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_NODE (node));

  label = node_label (_("Reorder Examples of %s"), node);
  move_item (self, _syl_node_get_example_store (node), node, from, to, label);
}

void
syl_document_add_annotation (SylDocument   *self,
                             SylNode       *node,
                             SylAnnotation *annotation)
{
  GListStore *store;
  g_autofree char *label = NULL;

  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_NODE (node));
  g_return_if_fail (SYL_IS_ANNOTATION (annotation));

  store = _syl_node_get_annotation_store (node);
  label = node_label (_("Comment on %s"), node);
  insert_item (self, store, node, g_list_model_get_n_items (G_LIST_MODEL (store)),
               annotation, label);
}

void
syl_document_remove_annotation (SylDocument *self,
                                SylNode     *node,
                                guint        index)
{
  g_autofree char *label = NULL;

  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_NODE (node));

  label = node_label (_("Delete Comment on %s"), node);
  remove_item (self, _syl_node_get_annotation_store (node), node, index, label);
}

/**
 * syl_document_set_resolved:
 * @by: who resolves it; ignored when reopening
 *
 * Resolves or reopens a comment, recording who resolved it and when.
 */
void
syl_document_set_resolved (SylDocument   *self,
                           SylAnnotation *annotation,
                           gboolean       resolved,
                           const char    *by)
{
  SylHistory *history = syl_document_get_history (self);
  g_autofree char *now = NULL;

  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_ANNOTATION (annotation));

  if (syl_annotation_get_resolved (annotation) == !!resolved)
    return;

  now = resolved ? syl_timestamp_now () : g_strdup ("");
  syl_history_begin_group (history, resolved ? _("Resolve Comment") : _("Reopen Comment"));
  syl_document_set_boolean (self, annotation, "resolved", resolved, NULL);
  syl_document_set_string (self, annotation, "resolved-by", resolved && by ? by : "", FALSE, NULL);
  syl_document_set_string (self, annotation, "resolved-at", now, FALSE, NULL);
  syl_history_end_group (history);
}

void
syl_document_add_reply (SylDocument   *self,
                        SylAnnotation *annotation,
                        SylReply      *reply)
{
  GListStore *store;

  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_ANNOTATION (annotation));
  g_return_if_fail (SYL_IS_REPLY (reply));

  store = _syl_annotation_get_reply_store (annotation);
  insert_item (self, store, annotation, g_list_model_get_n_items (G_LIST_MODEL (store)),
               reply, _("Reply to Comment"));
}

void
syl_document_remove_reply (SylDocument   *self,
                           SylAnnotation *annotation,
                           guint          index)
{
  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_ANNOTATION (annotation));

  remove_item (self, _syl_annotation_get_reply_store (annotation), annotation, index,
               _("Delete Reply"));
}

void
syl_document_insert_author (SylDocument *self,
                            guint        index,
                            SylAuthor   *author)
{
  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_AUTHOR (author));

  insert_item (self, G_LIST_STORE (syl_document_get_authors (self)), self, index, author,
               _("Add Author"));
}

void
syl_document_remove_author (SylDocument *self,
                            guint        index)
{
  g_return_if_fail (SYL_IS_DOCUMENT (self));

  remove_item (self, G_LIST_STORE (syl_document_get_authors (self)), self, index,
               _("Remove Author"));
}

void
syl_document_move_author (SylDocument *self,
                          guint        from,
                          guint        to)
{
  g_return_if_fail (SYL_IS_DOCUMENT (self));

  move_item (self, G_LIST_STORE (syl_document_get_authors (self)), self, from, to,
             _("Reorder Authors"));
}
