/* syl-diff.c: what changed between two versions of an outline, by id
 *
 * Nodes, comments and replies are matched by their ids, never by number
 * or title, so a renamed node is one node renamed, not one deleted and
 * another added.  The changes come in the new outline's order: each node's
 * own changes, then the children it lost, then its subtree; the chapters
 * the new outline lost come first.
 *
 * A node moved when its parent changed, or when it left the longest run
 * of its siblings that kept their order (see _syl_diff_reordered()): a
 * deletion or an insertion moves none of the nodes after it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-diff-private.h"
#include "syl-merge-private.h"
#include "syl-model-private.h"

struct _SylDiff
{
  GPtrArray *changes;
};

typedef struct
{
  SylDocument *old_document;
  SylDocument *new_document;
  GPtrArray   *changes;
  GHashTable  *moved;
  GHashTable  *old_comments;
  GHashTable  *new_comments;
} Diff;

static const char * const kind_names[SYL_CHANGE_N_KINDS] = {
  "added", "deleted", "moved", "renamed", "kind", "optional", "duration", "notes",
  "objectives", "examples", "comment-added", "comment-edited", "comment-resolved",
  "comment-reopened", "comment-deleted",
};

const char *
syl_change_kind_to_string (SylChangeKind kind)
{
  g_return_val_if_fail (kind < SYL_CHANGE_N_KINDS, NULL);
  return kind_names[kind];
}

static void
change_free (SylChange *change)
{
  g_free (change->node_id);
  g_free (change->chapter_id);
  g_free (change->title);
  g_free (change->old_number);
  g_free (change->new_number);
  g_free (change->old_parent_id);
  g_free (change->new_parent_id);
  g_free (change->old_value);
  g_free (change->new_value);
  g_free (change->old_excerpt);
  g_free (change->new_excerpt);
  g_free (change->comment_id);
  g_free (change->author);
  g_free (change);
}

static SylNode *
chapter_of (SylNode *node)
{
  while (!syl_node_is_root (syl_node_get_parent (node)))
    node = syl_node_get_parent (node);
  return node;
}

/* The node in the other document with the id of @node, the root for the
 * root. */
static SylNode *
counterpart (SylDocument *document,
             SylNode     *node)
{
  if (syl_node_is_root (node))
    return syl_document_get_root (document);
  return syl_document_find_node (document, syl_node_get_id (node));
}

/* A change to @node; @old is its old version, @new its new one, either
 * %NULL when there is none. */
static SylChange *
add_change (Diff          *diff,
            SylChangeKind  kind,
            SylNode       *old,
            SylNode       *new)
{
  SylChange *change = g_new0 (SylChange, 1);
  SylNode *node = new != NULL ? new : old;

  change->kind = kind;
  change->node_id = g_strdup (syl_node_get_id (node));
  change->chapter_id = g_strdup (syl_node_get_id (chapter_of (node)));
  change->title = g_strdup (syl_node_get_title (node));
  if (old != NULL)
    change->old_number = syl_document_dup_number (diff->old_document, old);
  if (new != NULL)
    change->new_number = syl_document_dup_number (diff->new_document, new);
  g_ptr_array_add (diff->changes, change);
  return change;
}

static void
add_value_change (Diff          *diff,
                  SylChangeKind  kind,
                  SylNode       *old,
                  SylNode       *new,
                  char          *old_value,
                  char          *new_value)
{
  SylChange *change;

  if (g_strcmp0 (old_value, new_value) == 0)
    {
      g_free (old_value);
      g_free (new_value);
      return;
    }
  change = add_change (diff, kind, old, new);
  change->old_value = old_value;
  change->new_value = new_value;
  if (kind == SYL_CHANGE_NOTES)
    _syl_diff_compare_text (change, old_value, new_value);
  else if (kind == SYL_CHANGE_OBJECTIVES || kind == SYL_CHANGE_EXAMPLES)
    _syl_diff_compare_lines (change, old_value, new_value);
}

static void
set_place (SylChange *change,
           SylNode   *old,
           SylNode   *new)
{
  change->old_parent_id = g_strdup (syl_node_get_id (syl_node_get_parent (old)));
  change->new_parent_id = g_strdup (syl_node_get_id (syl_node_get_parent (new)));
  change->old_index = syl_node_get_index (old);
  change->new_index = syl_node_get_index (new);
}

static char *
duration_value (SylNode *node)
{
  int minutes = syl_node_get_duration_minutes (node);

  return minutes < 0 ? g_strdup ("") : g_strdup_printf ("%d", minutes);
}

static void
compare_examples (Diff    *diff,
                  SylNode *old,
                  SylNode *new)
{
  g_autofree char *old_full = _syl_diff_join_examples (old, TRUE);
  g_autofree char *new_full = _syl_diff_join_examples (new, TRUE);
  SylChange *change;

  if (g_str_equal (old_full, new_full))
    return;
  change = add_change (diff, SYL_CHANGE_EXAMPLES, old, new);
  change->old_value = _syl_diff_join_examples (old, FALSE);
  change->new_value = _syl_diff_join_examples (new, FALSE);
  _syl_diff_compare_lines (change, old_full, new_full);
}

static void
compare_fields (Diff    *diff,
                SylNode *old,
                SylNode *new)
{
  add_value_change (diff, SYL_CHANGE_RENAMED, old, new,
                    g_strdup (syl_node_get_title (old)), g_strdup (syl_node_get_title (new)));
  add_value_change (diff, SYL_CHANGE_KIND, old, new,
                    g_strdup (syl_node_kind_to_string (syl_node_get_kind (old))),
                    g_strdup (syl_node_kind_to_string (syl_node_get_kind (new))));
  add_value_change (diff, SYL_CHANGE_OPTIONAL, old, new,
                    g_strdup (syl_node_get_optional (old) ? "true" : "false"),
                    g_strdup (syl_node_get_optional (new) ? "true" : "false"));
  add_value_change (diff, SYL_CHANGE_DURATION, old, new,
                    duration_value (old), duration_value (new));
  add_value_change (diff, SYL_CHANGE_NOTES, old, new,
                    g_strdup (syl_node_get_notes (old)), g_strdup (syl_node_get_notes (new)));
  add_value_change (diff, SYL_CHANGE_OBJECTIVES, old, new,
                    _syl_diff_join_objectives (old), _syl_diff_join_objectives (new));
  compare_examples (diff, old, new);
}

static const char *
comment_id (gpointer comment)
{
  return SYL_IS_ANNOTATION (comment) ? syl_annotation_get_id (comment)
                                     : syl_reply_get_id (comment);
}

static const char *
comment_text (gpointer comment)
{
  return SYL_IS_ANNOTATION (comment) ? syl_annotation_get_text (comment)
                                     : syl_reply_get_text (comment);
}

static const char *
comment_author (gpointer comment)
{
  return SYL_IS_ANNOTATION (comment) ? syl_annotation_get_author (comment)
                                     : syl_reply_get_author (comment);
}

static void
add_comment_change (Diff          *diff,
                    SylChangeKind  kind,
                    SylNode       *old,
                    SylNode       *new,
                    gpointer       before,
                    gpointer       after)
{
  SylChange *change = add_change (diff, kind, old, new);
  gpointer comment = after != NULL ? after : before;

  change->comment_id = g_strdup (comment_id (comment));
  change->author = g_strdup (comment_author (comment));
  change->old_value = before != NULL ? g_strdup (comment_text (before)) : NULL;
  change->new_value = after != NULL ? g_strdup (comment_text (after)) : NULL;
  if (kind == SYL_CHANGE_COMMENT_RESOLVED)
    {
      g_free (change->author);
      change->author = g_strdup (syl_annotation_get_resolved_by (after));
    }
}

/* The comments and replies of @new against those of @old (%NULL for a
 * node that is new), then those @old lost. */
static void
compare_comments (Diff    *diff,
                  SylNode *old,
                  SylNode *new)
{
  SylCommentIter iter;
  SylAnnotation *annotation;
  SylReply *reply;

  syl_comment_iter_init (&iter, new);
  while (syl_comment_iter_next (&iter, &annotation, &reply))
    {
      gpointer after = reply != NULL ? (gpointer) reply : (gpointer) annotation;
      gpointer before = g_hash_table_lookup (diff->old_comments, comment_id (after));

      if (before == NULL)
        {
          add_comment_change (diff, SYL_CHANGE_COMMENT_ADDED, old, new, NULL, after);
          continue;
        }
      if (g_strcmp0 (comment_text (before), comment_text (after)) != 0)
        add_comment_change (diff, SYL_CHANGE_COMMENT_EDITED, old, new, before, after);
      if (reply != NULL || !SYL_IS_ANNOTATION (before) ||
          syl_annotation_get_resolved (before) == syl_annotation_get_resolved (annotation))
        continue;
      add_comment_change (diff, syl_annotation_get_resolved (annotation)
                                  ? SYL_CHANGE_COMMENT_RESOLVED : SYL_CHANGE_COMMENT_REOPENED,
                          old, new, before, after);
    }
  if (old == NULL)
    return;
  syl_comment_iter_init (&iter, old);
  while (syl_comment_iter_next (&iter, &annotation, &reply))
    {
      gpointer before = reply != NULL ? (gpointer) reply : (gpointer) annotation;

      if (!g_hash_table_contains (diff->new_comments, comment_id (before)))
        add_comment_change (diff, SYL_CHANGE_COMMENT_DELETED, old, new, before, NULL);
    }
}

/* The children of @old that the new outline lost, not their subtrees. */
static void
add_deleted_children (Diff    *diff,
                      SylNode *old)
{
  for (guint i = 0; old != NULL && i < syl_node_get_n_children (old); i++)
    {
      SylNode *child = syl_node_get_child (old, i);

      if (syl_document_find_node (diff->new_document, syl_node_get_id (child)) == NULL)
        add_change (diff, SYL_CHANGE_DELETED, child, NULL);
    }
}

/* Marks the children of @new that moved: those that came from another
 * parent, and those that left the order their siblings kept. */
static void
find_moves (Diff    *diff,
            SylNode *new)
{
  SylNode *old = counterpart (diff->old_document, new);
  g_autoptr(GPtrArray) new_ids = g_ptr_array_new ();
  g_autoptr(GPtrArray) old_ids = g_ptr_array_new ();
  g_autoptr(GHashTable) reordered = NULL;
  GHashTableIter iter;
  gpointer id;

  for (guint i = 0; i < syl_node_get_n_children (new); i++)
    {
      SylNode *child = syl_node_get_child (new, i);
      SylNode *before = counterpart (diff->old_document, child);

      if (before == NULL)
        continue;
      if (old == NULL || syl_node_get_parent (before) != old)
        g_hash_table_add (diff->moved, (gpointer) syl_node_get_id (child));
      else
        g_ptr_array_add (new_ids, (gpointer) syl_node_get_id (child));
    }
  for (guint i = 0; old != NULL && i < syl_node_get_n_children (old); i++)
    {
      SylNode *child = syl_node_get_child (old, i);
      SylNode *after = counterpart (diff->new_document, child);

      if (after != NULL && syl_node_get_parent (after) == new)
        g_ptr_array_add (old_ids, (gpointer) syl_node_get_id (after));
    }

  reordered = _syl_diff_reordered (old_ids, new_ids);
  g_hash_table_iter_init (&iter, reordered);
  while (g_hash_table_iter_next (&iter, &id, NULL))
    g_hash_table_add (diff->moved, id);
}

static void
compare_node (Diff    *diff,
              SylNode *new)
{
  SylNode *old = counterpart (diff->old_document, new);

  if (old == NULL)
    add_change (diff, SYL_CHANGE_ADDED, NULL, new);
  else if (g_hash_table_contains (diff->moved, syl_node_get_id (new)))
    set_place (add_change (diff, SYL_CHANGE_MOVED, old, new), old, new);
  if (old != NULL)
    compare_fields (diff, old, new);
  compare_comments (diff, old, new);
  add_deleted_children (diff, old);
  find_moves (diff, new);
}

/**
 * syl_diff_new:
 * @old_document: the outline before
 * @new_document: the outline after
 *
 * Compares two versions of an outline by id.  Neither changes.
 *
 * Returns: (transfer full): the changes, none when the outlines have the
 *   same nodes, fields and comments
 */
SylDiff *
syl_diff_new (SylDocument *old_document,
              SylDocument *new_document)
{
  Diff diff = { old_document, new_document };
  SylDiff *self;
  SylNodeIter iter;
  SylNode *node;

  g_return_val_if_fail (SYL_IS_DOCUMENT (old_document), NULL);
  g_return_val_if_fail (SYL_IS_DOCUMENT (new_document), NULL);

  self = g_new0 (SylDiff, 1);
  self->changes = g_ptr_array_new_with_free_func ((GDestroyNotify) change_free);
  diff.changes = self->changes;
  diff.moved = g_hash_table_new (g_str_hash, g_str_equal);
  diff.old_comments = g_hash_table_new (g_str_hash, g_str_equal);
  diff.new_comments = g_hash_table_new (g_str_hash, g_str_equal);
  _syl_merge_index_comments (diff.old_comments, syl_document_get_root (old_document));
  _syl_merge_index_comments (diff.new_comments, syl_document_get_root (new_document));

  add_deleted_children (&diff, syl_document_get_root (old_document));
  find_moves (&diff, syl_document_get_root (new_document));
  syl_node_iter_init (&iter, syl_document_get_root (new_document));
  while (syl_node_iter_next (&iter, &node))
    compare_node (&diff, node);

  g_hash_table_unref (diff.moved);
  g_hash_table_unref (diff.old_comments);
  g_hash_table_unref (diff.new_comments);
  return self;
}

void
syl_diff_free (SylDiff *self)
{
  if (self == NULL)
    return;
  g_ptr_array_unref (self->changes);
  g_free (self);
}

guint
syl_diff_get_n_changes (SylDiff *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->changes->len;
}

/**
 * syl_diff_get_change:
 *
 * Returns: (transfer none): the change at @index, in the new outline's
 *   order
 */
const SylChange *
syl_diff_get_change (SylDiff *self,
                     guint    index)
{
  g_return_val_if_fail (self != NULL, NULL);
  g_return_val_if_fail (index < self->changes->len, NULL);
  return g_ptr_array_index (self->changes, index);
}
