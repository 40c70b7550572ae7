/* syl-node-tree.c: a node's place in the outline: its parent, children,
 * depth and number
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <inttypes.h>

#include "syl-node-private.h"

/* Adds @delta open comments to the subtree counts of @node and all its
 * ancestors: a change costs the depth of the node, never the document. */
static void
add_open_in_subtree (SylNode *node,
                     int      delta)
{
  if (delta == 0)
    return;
  for (; node != NULL; node = node->parent)
    {
      node->open_in_subtree += delta;
      _syl_node_notify_open (node, TRUE);
    }
}

/* Counts the open comments on @self again after its list of comments or
 * one of their resolutions changed. */
void
_syl_node_update_open_annotations (SylNode *self)
{
  GListModel *annotations = G_LIST_MODEL (self->annotations);
  guint n = g_list_model_get_n_items (annotations);
  guint open = 0;
  int delta;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylAnnotation) annotation = g_list_model_get_item (annotations, i);

      if (!syl_annotation_get_resolved (annotation))
        open++;
    }
  if (open == self->open_here)
    return;

  delta = (int) open - (int) self->open_here;
  self->open_here = open;
  _syl_node_notify_open (self, FALSE);
  add_open_in_subtree (self, delta);
}

/* Adds (@sign 1) or takes away (-1) a child's time of @minutes, -1 when it
 * has none, to the sum of its parent's children. */
static void
count_child_time (SylNode *parent,
                  gint64   minutes,
                  int      sign)
{
  if (minutes < 0)
    return;
  parent->children_minutes += sign * minutes;
  if (sign > 0)
    parent->n_timed_children++;
  else
    parent->n_timed_children--;
}

static gint64
rolled_up_minutes (SylNode *node)
{
  if (node->duration_minutes >= 0 && !node->is_root)
    return node->duration_minutes;
  return node->n_timed_children > 0 ? node->children_minutes : -1;
}

/* The node's own duration or its children's times changed: works out its
 * time again and passes a change on up, which costs the depth of the node
 * at most, never the document. */
void
_syl_node_update_total (SylNode *self)
{
  for (SylNode *node = self; node != NULL; node = node->parent)
    {
      gint64 old = node->total_minutes;
      gint64 now = rolled_up_minutes (node);

      if (now == old)
        return;
      node->total_minutes = now;
      if (node->parent != NULL)
        {
          count_child_time (node->parent, old, -1);
          count_child_time (node->parent, now, 1);
        }
      _syl_node_notify_total (node);
    }
}

/* Renumbers the children from @from on after an insertion or removal. */
static void
reindex_children (SylNode *self,
                  guint    from)
{
  for (guint i = from; i < self->children->len; i++)
    ((SylNode *) g_ptr_array_index (self->children, i))->index = i;
}

void
_syl_node_insert_child (SylNode *self,
                        guint    index,
                        SylNode *child)
{
  g_assert (child->parent == NULL);
  g_assert (index <= self->children->len);

  g_ptr_array_insert (self->children, index, g_object_ref (child));
  child->parent = self;
  reindex_children (self, index);
  add_open_in_subtree (self, (int) child->open_in_subtree);
  count_child_time (self, child->total_minutes, 1);
  _syl_node_update_total (self);
  g_list_model_items_changed (G_LIST_MODEL (self), index, 0, 1);
}

SylNode *
_syl_node_remove_child (SylNode *self,
                        guint    index)
{
  SylNode *child;

  g_assert (index < self->children->len);

  child = g_ptr_array_steal_index (self->children, index);
  child->parent = NULL;
  child->index = 0;
  reindex_children (self, index);
  add_open_in_subtree (self, -(int) child->open_in_subtree);
  count_child_time (self, child->total_minutes, -1);
  _syl_node_update_total (self);
  g_list_model_items_changed (G_LIST_MODEL (self), index, 1, 0);
  return child;
}

/* Appends a whole list of children at once, as loading does: one signal
 * instead of one per child. */
void
_syl_node_append_children (SylNode   *self,
                           GPtrArray *children)
{
  guint first = self->children->len;
  guint open = 0;

  for (guint i = 0; i < children->len; i++)
    {
      SylNode *child = g_ptr_array_index (children, i);

      g_assert (child->parent == NULL);
      child->parent = self;
      child->index = first + i;
      open += child->open_in_subtree;
      count_child_time (self, child->total_minutes, 1);
      g_ptr_array_add (self->children, g_object_ref (child));
    }
  add_open_in_subtree (self, (int) open);
  _syl_node_update_total (self);

  if (children->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), first, 0, children->len);
}

/**
 * syl_node_get_parent:
 *
 * Returns: (transfer none) (nullable): the parent; top-level nodes have the
 *   document's root as parent, and the root and detached nodes have none
 */
SylNode *
syl_node_get_parent (SylNode *self)
{
  g_return_val_if_fail (SYL_IS_NODE (self), NULL);
  return self->parent;
}

gboolean
syl_node_is_root (SylNode *self)
{
  g_return_val_if_fail (SYL_IS_NODE (self), FALSE);
  return self->is_root;
}

guint
syl_node_get_index (SylNode *self)
{
  g_return_val_if_fail (SYL_IS_NODE (self), 0);
  return self->index;
}

/**
 * syl_node_get_depth:
 *
 * Returns: 0 for the root, 1 for a chapter, 2 for its sections, and so on
 */
guint
syl_node_get_depth (SylNode *self)
{
  guint depth = 0;

  g_return_val_if_fail (SYL_IS_NODE (self), 0);

  for (SylNode *node = self; node->parent != NULL; node = node->parent)
    depth++;
  return self->is_root ? 0 : (depth == 0 ? 1 : depth);
}

guint
syl_node_get_n_children (SylNode *self)
{
  g_return_val_if_fail (SYL_IS_NODE (self), 0);
  return self->children->len;
}

/**
 * syl_node_get_child:
 *
 * Returns: (transfer none) (nullable): the child at @index
 */
SylNode *
syl_node_get_child (SylNode *self,
                    guint    index)
{
  g_return_val_if_fail (SYL_IS_NODE (self), NULL);

  if (index >= self->children->len)
    return NULL;
  return g_ptr_array_index (self->children, index);
}

SylNode *
syl_node_get_next_sibling (SylNode *self)
{
  g_return_val_if_fail (SYL_IS_NODE (self), NULL);

  if (self->parent == NULL)
    return NULL;
  return syl_node_get_child (self->parent, self->index + 1);
}

SylNode *
syl_node_get_prev_sibling (SylNode *self)
{
  g_return_val_if_fail (SYL_IS_NODE (self), NULL);

  if (self->parent == NULL || self->index == 0)
    return NULL;
  return syl_node_get_child (self->parent, self->index - 1);
}

/**
 * syl_node_is_ancestor_of:
 *
 * Returns: whether @self is @other or one of its ancestors
 */
gboolean
syl_node_is_ancestor_of (SylNode *self,
                         SylNode *other)
{
  g_return_val_if_fail (SYL_IS_NODE (self), FALSE);
  g_return_val_if_fail (SYL_IS_NODE (other), FALSE);

  for (SylNode *node = other; node != NULL; node = node->parent)
    if (node == self)
      return TRUE;
  return FALSE;
}

/**
 * syl_node_get_height:
 *
 * Returns: the number of levels in the subtree of @self, 1 for a leaf
 */
guint
syl_node_get_height (SylNode *self)
{
  SylNodeIter iter;
  guint height = 0;

  g_return_val_if_fail (SYL_IS_NODE (self), 0);

  syl_node_iter_init (&iter, self);
  while (syl_node_iter_next (&iter, NULL))
    height = MAX (height, iter.depth);
  return height + 1;
}

guint
syl_node_count_descendants (SylNode *self)
{
  SylNodeIter iter;
  guint count = 0;

  g_return_val_if_fail (SYL_IS_NODE (self), 0);

  syl_node_iter_init (&iter, self);
  while (syl_node_iter_next (&iter, NULL))
    count++;
  return count;
}

/**
 * syl_node_iter_init:
 * @root: the node whose descendants are walked; it is not visited itself
 */
void
syl_node_iter_init (SylNodeIter *iter,
                    SylNode     *root)
{
  g_return_if_fail (iter != NULL);
  g_return_if_fail (SYL_IS_NODE (root));

  *iter = (SylNodeIter) { .root = root };
}

/* The node after @node's subtree, going up as far as needed but never
 * past the root of the walk. */
static SylNode *
next_after_subtree (SylNodeIter *iter,
                    SylNode     *node)
{
  while (node != iter->root)
    {
      SylNode *parent = node->parent;

      if (node->index + 1 < parent->children->len)
        return g_ptr_array_index (parent->children, node->index + 1);
      node = parent;
      iter->depth--;
    }
  return NULL;
}

/**
 * syl_node_iter_next:
 * @node: (out) (optional) (transfer none): the next node
 *
 * Moves to the next node in document order: the first child of the last
 * one (unless syl_node_iter_skip_children() was called), else its next
 * sibling, else the next sibling of the nearest ancestor that has one.
 * The parent and index fields make each step cheap, with no stack.
 *
 * Returns: %FALSE when the walk is over
 */
gboolean
syl_node_iter_next (SylNodeIter  *iter,
                    SylNode     **node)
{
  SylNode *next = NULL;

  g_return_val_if_fail (iter != NULL, FALSE);

  if (iter->done)
    return FALSE;
  if (iter->node == NULL)
    next = iter->root->children->len > 0 ? g_ptr_array_index (iter->root->children, 0) : NULL;
  else if (!iter->skip_children && iter->node->children->len > 0)
    next = g_ptr_array_index (iter->node->children, 0);
  else
    next = next_after_subtree (iter, iter->node);

  if (next == NULL)
    {
      iter->done = TRUE;
      iter->node = NULL;
      return FALSE;
    }
  if (iter->node == NULL || next->parent == iter->node)
    iter->depth++;
  iter->node = next;
  iter->skip_children = FALSE;
  if (node != NULL)
    *node = next;
  return TRUE;
}

/**
 * syl_node_iter_get_depth:
 *
 * Returns: how far below the root of the walk the current node is: 1 for
 *   the root's children
 */
guint
syl_node_iter_get_depth (SylNodeIter *iter)
{
  g_return_val_if_fail (iter != NULL, 0);
  return iter->depth;
}

/**
 * syl_node_iter_skip_children:
 *
 * Makes the next step pass over the children of the current node.
 */
void
syl_node_iter_skip_children (SylNodeIter *iter)
{
  g_return_if_fail (iter != NULL);
  iter->skip_children = TRUE;
}

/**
 * syl_node_dup_number:
 *
 * Derives the number from the node's position: `1.4.1`.  Only the path to
 * the root is read, so this is cheap on any document.
 *
 * Returns: (transfer full): the number, "" for the root
 */
char *
syl_node_dup_number (SylNode *self)
{
  guint path[SYL_MAX_OUTLINE_DEPTH + 2];
  guint depth = 0;
  GString *number;

  g_return_val_if_fail (SYL_IS_NODE (self), NULL);

  for (SylNode *node = self; node != NULL && !node->is_root; node = node->parent)
    {
      if (depth == G_N_ELEMENTS (path))
        break;
      path[depth++] = node->index + 1;
    }

  number = g_string_sized_new (depth * 3);
  while (depth > 0)
    {
      depth--;
      g_string_append_printf (number, "%u", path[depth]);
      if (depth > 0)
        g_string_append_c (number, '.');
    }

  return g_string_free (number, FALSE);
}

/**
 * syl_node_get_total_minutes:
 *
 * The time a node takes: its own duration when it has one, or else the
 * sum of its children's, as OmniOutliner rolls durations up.
 *
 * Returns: the minutes, or -1 when nothing in the subtree has a duration
 */
gint64
syl_node_get_total_minutes (SylNode *self)
{
  g_return_val_if_fail (SYL_IS_NODE (self), -1);
  return self->total_minutes;
}

/**
 * syl_format_minutes:
 *
 * Returns: a duration as people write it, in the language of the user
 *   interface: "45 min", "2 h", "6 h 30 min"
 */
char *
syl_format_minutes (gint64 minutes)
{
  return syl_format_minutes_in (NULL, minutes);
}

/**
 * syl_format_minutes_in:
 * @catalogue: (nullable): the language to write in, as exports have it;
 *   %NULL for the user interface's
 *
 * Returns: a duration as people write it: "45 min", "2 h", "6 h 30 min"
 */
char *
syl_format_minutes_in (SylCatalogue *catalogue,
                       gint64        minutes)
{
  /* PRId64 rather than G_GINT64_FORMAT: gettext knows the former, so
   * these strings can be translated. */
  if (minutes < 60)
    return g_strdup_printf (syl_catalogue_gettext (catalogue, "%" PRId64 " min"), minutes);
  if (minutes % 60 == 0)
    return g_strdup_printf (syl_catalogue_gettext (catalogue, "%" PRId64 " h"), minutes / 60);
  return g_strdup_printf (syl_catalogue_gettext (catalogue, "%" PRId64 " h %" PRId64 " min"),
                          minutes / 60, minutes % 60);
}

/**
 * syl_comment_iter_init:
 * @node: the node whose comments are walked
 */
void
syl_comment_iter_init (SylCommentIter *iter,
                       SylNode        *node)
{
  g_return_if_fail (iter != NULL);
  g_return_if_fail (SYL_IS_NODE (node));

  *iter = (SylCommentIter) { .node = node };
}

/* The item at @position of a list whose items stay referenced by the list
 * for the whole walk, so the walk need not hold references of its own. */
static gpointer
borrow_item (GListModel *list,
             guint       position)
{
  GObject *item = g_list_model_get_item (list, position);

  g_object_unref (item);
  return item;
}

/**
 * syl_comment_iter_next:
 * @annotation: (out) (transfer none): the comment, or the one replied to
 * @reply: (out) (optional) (transfer none) (nullable): the reply, or
 *   %NULL when the step is the comment itself
 *
 * Returns: %FALSE when the walk is over
 */
gboolean
syl_comment_iter_next (SylCommentIter  *iter,
                       SylAnnotation  **annotation,
                       SylReply       **reply)
{
  GListModel *annotations;

  g_return_val_if_fail (iter != NULL && iter->node != NULL, FALSE);
  g_return_val_if_fail (annotation != NULL, FALSE);

  if (iter->annotation != NULL)
    {
      GListModel *replies = syl_annotation_get_replies (iter->annotation);

      if (iter->next_reply < g_list_model_get_n_items (replies))
        {
          *annotation = iter->annotation;
          if (reply != NULL)
            *reply = borrow_item (replies, iter->next_reply);
          iter->next_reply++;
          return TRUE;
        }
    }

  annotations = G_LIST_MODEL (iter->node->annotations);
  if (iter->next_annotation >= g_list_model_get_n_items (annotations))
    {
      iter->annotation = NULL;
      return FALSE;
    }
  iter->annotation = borrow_item (annotations, iter->next_annotation++);
  iter->next_reply = 0;
  *annotation = iter->annotation;
  if (reply != NULL)
    *reply = NULL;
  return TRUE;
}
