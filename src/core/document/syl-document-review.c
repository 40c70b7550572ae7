/* syl-document-review.c: reviewers' comments: editing them, resolving
 * them, and finding the sections that have open ones
 *
 * Every change here is a step in the document's history, as any other
 * edit is.  Finding the next section with open comments reads the counts
 * that every node keeps of the open comments in its subtree, so it skips
 * whole chapters without comments instead of walking them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "syl-command-private.h"

/**
 * syl_document_edit_comment:
 * @comment: a #SylAnnotation or a #SylReply of the document
 * @text: its new text
 * @merge: whether typing right after the last change to the same text
 *   joins that step
 *
 * Changes the text of a comment or a reply, as one step, “Edit Comment”.
 */
void
syl_document_edit_comment (SylDocument *self,
                           gpointer     comment,
                           const char  *text,
                           gboolean     merge)
{
  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_ANNOTATION (comment) || SYL_IS_REPLY (comment));

  syl_document_set_string (self, comment, "text", text, merge, NULL);
}

static gboolean
find_in_store (GListStore *store,
               gpointer    item,
               guint      *index)
{
  return store != NULL && g_list_store_find (store, item, index);
}

/**
 * syl_document_delete_comment:
 * @comment: a #SylAnnotation of a node of the document, or a #SylReply of
 *   one of its annotations
 *
 * Deletes a comment with its replies, or one reply, as one step.
 *
 * Returns: %FALSE if @comment is not in the document
 */
gboolean
syl_document_delete_comment (SylDocument *self,
                             gpointer     comment)
{
  gpointer owner;
  guint index;

  g_return_val_if_fail (SYL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (SYL_IS_ANNOTATION (comment) || SYL_IS_REPLY (comment), FALSE);

  owner = _syl_owner_get (comment);
  if (SYL_IS_REPLY (comment) && SYL_IS_ANNOTATION (owner) &&
      find_in_store (_syl_annotation_get_reply_store (owner), comment, &index))
    {
      _syl_document_remove_reply (self, owner, index);
      return TRUE;
    }
  if (SYL_IS_ANNOTATION (comment) && SYL_IS_NODE (owner) &&
      find_in_store (_syl_node_get_annotation_store (owner), comment, &index))
    {
      syl_document_remove_annotation (self, owner, index);
      return TRUE;
    }
  return FALSE;
}

/**
 * syl_document_get_comment_node:
 * @comment: a #SylAnnotation or a #SylReply
 *
 * Returns: (transfer none) (nullable): the node the comment, or the
 *   comment the reply belongs to, is on; %NULL when it is on none
 */
SylNode *
syl_document_get_comment_node (SylDocument *self,
                               gpointer     comment)
{
  gpointer owner;

  g_return_val_if_fail (SYL_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (SYL_IS_ANNOTATION (comment) || SYL_IS_REPLY (comment), NULL);

  owner = _syl_owner_get (comment);
  if (SYL_IS_ANNOTATION (owner))
    owner = _syl_owner_get (owner);
  return SYL_IS_NODE (owner) ? owner : NULL;
}

/**
 * syl_document_count_open_comments:
 *
 * Returns: the open comments of the whole document
 */
guint
syl_document_count_open_comments (SylDocument *self)
{
  g_return_val_if_fail (SYL_IS_DOCUMENT (self), 0);
  return syl_node_count_open_in_subtree (syl_document_get_root (self));
}

/* The first node with open comments in @node's subtree, @node included,
 * in document order (a node before its children).  Subtrees without any
 * are passed over, so this costs about the depth of the answer. */
static SylNode *
first_open_in (SylNode *node)
{
  SylNodeIter iter;
  SylNode *descendant;

  if (!syl_node_is_root (node) && syl_node_count_open_annotations (node) > 0)
    return node;
  syl_node_iter_init (&iter, node);
  while (syl_node_iter_next (&iter, &descendant))
    {
      if (syl_node_count_open_annotations (descendant) > 0)
        return descendant;
      if (!syl_node_has_open_in_subtree (descendant))
        syl_node_iter_skip_children (&iter);
    }
  return NULL;
}

/* The last one in document order: deepest last child first. */
static SylNode *
last_open_in (SylNode *node)
{
  for (guint i = syl_node_get_n_children (node); i > 0; i--)
    {
      SylNode *child = syl_node_get_child (node, i - 1);

      if (syl_node_has_open_in_subtree (child))
        return last_open_in (child);
    }
  if (!syl_node_is_root (node) && syl_node_count_open_annotations (node) > 0)
    return node;
  return NULL;
}

static SylNode *
next_after (SylNode *from)
{
  guint n = syl_node_get_n_children (from);

  /* Below @from first, then after it and after each of its ancestors. */
  for (guint i = 0; i < n; i++)
    {
      SylNode *child = syl_node_get_child (from, i);

      if (syl_node_has_open_in_subtree (child))
        return first_open_in (child);
    }
  for (SylNode *node = from; node != NULL && !syl_node_is_root (node);
       node = syl_node_get_parent (node))
    {
      for (SylNode *sibling = syl_node_get_next_sibling (node); sibling != NULL;
           sibling = syl_node_get_next_sibling (sibling))
        if (syl_node_has_open_in_subtree (sibling))
          return first_open_in (sibling);
    }
  return NULL;
}

static SylNode *
previous_before (SylNode *from)
{
  /* Before @from come its earlier siblings' subtrees, then its parent,
   * and so on up. */
  for (SylNode *node = from; node != NULL && !syl_node_is_root (node);
       node = syl_node_get_parent (node))
    {
      SylNode *parent = syl_node_get_parent (node);

      for (SylNode *sibling = syl_node_get_prev_sibling (node); sibling != NULL;
           sibling = syl_node_get_prev_sibling (sibling))
        if (syl_node_has_open_in_subtree (sibling))
          return last_open_in (sibling);
      if (parent != NULL && !syl_node_is_root (parent) &&
          syl_node_count_open_annotations (parent) > 0)
        return parent;
    }
  return NULL;
}

/**
 * syl_document_find_open_comments:
 * @from: (nullable): the node to start from, not itself a candidate
 *   unless it is the only node with open comments
 * @forward: %TRUE for the next node in document order, %FALSE for the
 *   previous one
 *
 * Finds the next or previous node with open comments, wrapping round at
 * the end or the start of the outline, as F8 and Shift+F8 do.  Without
 * @from, the search starts before the first node or after the last.
 *
 * Returns: (transfer none) (nullable): the node, or %NULL when no node has
 *   open comments
 */
SylNode *
syl_document_find_open_comments (SylDocument *self,
                                 SylNode     *from,
                                 gboolean     forward)
{
  SylNode *root;
  SylNode *found = NULL;

  g_return_val_if_fail (SYL_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (from == NULL || SYL_IS_NODE (from), NULL);

  root = syl_document_get_root (self);
  if (!syl_node_has_open_in_subtree (root))
    return NULL;
  if (from != NULL && !syl_node_is_root (from) && syl_node_is_ancestor_of (root, from))
    found = forward ? next_after (from) : previous_before (from);
  if (found == NULL)
    found = forward ? first_open_in (root) : last_open_in (root);
  return found;
}

/**
 * syl_document_set_resolved_full:
 * @by: who resolves it; ignored when reopening
 * @at: (nullable): when, in RFC 3339 form, or %NULL for now; ignored when
 *   reopening
 *
 * Resolves or reopens a comment as one step, as syl_document_set_resolved()
 * does, with the time given: merging takes over resolutions made in
 * reviewers' copies with their own times.  A resolved comment can be
 * resolved again by someone else or at another time.
 */
void
syl_document_set_resolved_full (SylDocument   *self,
                                SylAnnotation *annotation,
                                gboolean       resolved,
                                const char    *by,
                                const char    *at)
{
  SylHistory *history;
  g_autofree char *now = NULL;

  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_ANNOTATION (annotation));

  if (!resolved)
    by = at = "";
  else if (at == NULL)
    at = now = _syl_timestamp_now ();
  if (by == NULL)
    by = "";

  history = syl_document_get_history (self);
  syl_history_begin_group (history, resolved ? _("Resolve Comment") : _("Reopen Comment"));
  syl_document_set_boolean (self, annotation, "resolved", resolved, NULL);
  syl_document_set_string (self, annotation, "resolved-by", by, FALSE, NULL);
  syl_document_set_string (self, annotation, "resolved-at", at, FALSE, NULL);
  syl_history_end_group (history);
}
