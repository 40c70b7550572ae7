/* syl-compare-model.c: the rows of compare mode, a tree with its changes
 *
 * Compare mode shows the current outline as a tree in which every row
 * carries its changes since the other version, and the nodes that the
 * current outline lost stand where they were, marked deleted.  The rows
 * are one flat list in document order, each with its depth, so that the
 * view needs no tree model and the steps between changes are a walk
 * along the list.
 *
 * The rows only point at the changes, which the SylDiff owns: whoever
 * holds the list keeps the diff for as long.  The list is built from two
 * documents that nothing else changes meanwhile, so it can be built in a
 * worker thread.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-compare-model.h"

struct _SylCompareRow
{
  GObject          parent_instance;

  guint            depth;
  char            *node_id;
  char            *chapter_id;
  char            *number;
  char            *title;
  SylCompareMarks  marks;
  /* (element-type SylChange) owned by the diff. */
  GPtrArray       *changes;
};

G_DEFINE_FINAL_TYPE (SylCompareRow, syl_compare_row, G_TYPE_OBJECT)

static void
syl_compare_row_finalize (GObject *object)
{
  SylCompareRow *self = SYL_COMPARE_ROW (object);

  g_free (self->node_id);
  g_free (self->chapter_id);
  g_free (self->number);
  g_free (self->title);
  g_ptr_array_unref (self->changes);
  G_OBJECT_CLASS (syl_compare_row_parent_class)->finalize (object);
}

static void
syl_compare_row_class_init (SylCompareRowClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = syl_compare_row_finalize;
}

static void
syl_compare_row_init (SylCompareRow *self)
{
  self->changes = g_ptr_array_new ();
}

guint
syl_compare_row_get_depth (SylCompareRow *self)
{
  g_return_val_if_fail (SYL_IS_COMPARE_ROW (self), 0);
  return self->depth;
}

const char *
syl_compare_row_get_node_id (SylCompareRow *self)
{
  g_return_val_if_fail (SYL_IS_COMPARE_ROW (self), NULL);
  return self->node_id;
}

const char *
syl_compare_row_get_chapter_id (SylCompareRow *self)
{
  g_return_val_if_fail (SYL_IS_COMPARE_ROW (self), NULL);
  return self->chapter_id;
}

const char *
syl_compare_row_get_number (SylCompareRow *self)
{
  g_return_val_if_fail (SYL_IS_COMPARE_ROW (self), NULL);
  return self->number;
}

const char *
syl_compare_row_get_title (SylCompareRow *self)
{
  g_return_val_if_fail (SYL_IS_COMPARE_ROW (self), NULL);
  return self->title;
}

SylCompareMarks
syl_compare_row_get_marks (SylCompareRow *self)
{
  g_return_val_if_fail (SYL_IS_COMPARE_ROW (self), 0);
  return self->marks;
}

guint
syl_compare_row_get_n_changes (SylCompareRow *self)
{
  g_return_val_if_fail (SYL_IS_COMPARE_ROW (self), 0);
  return self->changes->len;
}

const SylChange *
syl_compare_row_get_change (SylCompareRow *self,
                            guint          index)
{
  g_return_val_if_fail (SYL_IS_COMPARE_ROW (self), NULL);
  g_return_val_if_fail (index < self->changes->len, NULL);
  return g_ptr_array_index (self->changes, index);
}

/* Returns: (nullable): the row's change of @kind */
const SylChange *
syl_compare_row_find_change (SylCompareRow *self,
                             SylChangeKind  kind)
{
  g_return_val_if_fail (SYL_IS_COMPARE_ROW (self), NULL);

  for (guint i = 0; i < self->changes->len; i++)
    {
      const SylChange *change = g_ptr_array_index (self->changes, i);

      if (change->kind == kind)
        return change;
    }
  return NULL;
}

static const char *
field_name (SylChangeKind kind)
{
  switch (kind)
    {
    /* Translators: the fields an Edited mark in compare mode names,
     * as in "Edited: notes, duration". */
    case SYL_CHANGE_KIND: return _("type");
    case SYL_CHANGE_OPTIONAL: return _("optional");
    case SYL_CHANGE_DURATION: return _("duration");
    case SYL_CHANGE_NOTES: return _("notes");
    case SYL_CHANGE_OBJECTIVES: return _("objectives");
    case SYL_CHANGE_EXAMPLES: return _("examples");
    default: return NULL;
    }
}

/**
 * syl_compare_row_dup_edited:
 *
 * Returns: (nullable): the fields edited, in the desktop's language and
 *   joined with commas, or %NULL when none was
 */
char *
syl_compare_row_dup_edited (SylCompareRow *self)
{
  g_autoptr(GString) fields = g_string_new (NULL);

  g_return_val_if_fail (SYL_IS_COMPARE_ROW (self), NULL);

  for (guint i = 0; i < self->changes->len; i++)
    {
      const SylChange *change = g_ptr_array_index (self->changes, i);
      const char *name = field_name (change->kind);

      if (name == NULL)
        continue;
      if (fields->len > 0)
        /* Translators: between the fields an Edited mark names. */
        g_string_append (fields, _(", "));
      g_string_append (fields, name);
    }
  return fields->len > 0 ? g_string_free (g_steal_pointer (&fields), FALSE) : NULL;
}

static SylCompareMarks
mark_for (SylChangeKind kind)
{
  switch (kind)
    {
    case SYL_CHANGE_ADDED: return SYL_COMPARE_ADDED;
    case SYL_CHANGE_DELETED: return SYL_COMPARE_DELETED;
    case SYL_CHANGE_MOVED: return SYL_COMPARE_MOVED;
    case SYL_CHANGE_RENAMED: return SYL_COMPARE_RENAMED;
    case SYL_CHANGE_COMMENT_ADDED:
    case SYL_CHANGE_COMMENT_EDITED:
    case SYL_CHANGE_COMMENT_RESOLVED:
    case SYL_CHANGE_COMMENT_REOPENED:
    case SYL_CHANGE_COMMENT_DELETED:
      return SYL_COMPARE_COMMENTS;
    default:
      return SYL_COMPARE_EDITED;
    }
}

typedef struct
{
  SylDocument *old_document;
  SylDocument *new_document;
  GListStore  *rows;
  /* (element-type utf8 GPtrArray) the changes of each node, by id. */
  GHashTable  *changes;
} Build;

static SylNode *
chapter_of (SylNode *node)
{
  while (!syl_node_is_root (syl_node_get_parent (node)))
    node = syl_node_get_parent (node);
  return node;
}

static void
add_row (Build       *build,
         SylDocument *document,
         SylNode     *node,
         guint        depth,
         gboolean     deleted)
{
  SylCompareRow *row = g_object_new (SYL_TYPE_COMPARE_ROW, NULL);
  GPtrArray *changes = g_hash_table_lookup (build->changes, syl_node_get_id (node));

  row->depth = depth;
  row->node_id = g_strdup (syl_node_get_id (node));
  row->chapter_id = g_strdup (syl_node_get_id (chapter_of (node)));
  row->number = syl_document_dup_number (document, node);
  row->title = g_strdup (syl_node_get_title (node));
  if (deleted)
    row->marks |= SYL_COMPARE_DELETED;
  for (guint i = 0; changes != NULL && i < changes->len; i++)
    {
      const SylChange *change = g_ptr_array_index (changes, i);

      /* A deleted node's subtree went with it: the comments on it are
       * not changes of their own. */
      if (deleted && change->kind != SYL_CHANGE_DELETED)
        continue;
      row->marks |= mark_for (change->kind);
      g_ptr_array_add (row->changes, (gpointer) change);
    }
  g_list_store_append (build->rows, row);
  g_object_unref (row);
}

/* @node, a child the current outline lost, with its subtree: but not the
 * nodes of it that are still there, moved elsewhere, which show there. */
static void
add_deleted (Build   *build,
             SylNode *node,
             guint    depth)
{
  SylNodeIter iter;
  SylNode *child;

  add_row (build, build->old_document, node, depth, TRUE);
  syl_node_iter_init (&iter, node);
  while (syl_node_iter_next (&iter, &child))
    {
      if (syl_document_find_node (build->new_document, syl_node_get_id (child)) != NULL)
        syl_node_iter_skip_children (&iter);
      else
        add_row (build, build->old_document, child, depth + syl_node_iter_get_depth (&iter),
                 TRUE);
    }
}

/* The children of @node, a node of the current outline, and of @old, its
 * old version if it had one, merged: each child the current one lost
 * goes back at its old index.  This walks two trees in step, which
 * SylNodeIter cannot; it recurses as deep as the outline, no deeper. */
static void
add_children (Build   *build,
              SylNode *node,
              SylNode *old,
              guint    depth)
{
  g_autoptr(GPtrArray) lost = g_ptr_array_new ();
  guint next_lost = 0;
  guint n = syl_node_get_n_children (node);

  for (guint i = 0; old != NULL && i < syl_node_get_n_children (old); i++)
    {
      SylNode *child = syl_node_get_child (old, i);

      if (syl_document_find_node (build->new_document, syl_node_get_id (child)) == NULL)
        g_ptr_array_add (lost, child);
    }
  for (guint i = 0; i <= n; i++)
    {
      SylNode *child;

      while (next_lost < lost->len &&
             (i == n || syl_node_get_index (g_ptr_array_index (lost, next_lost)) <= i))
        add_deleted (build, g_ptr_array_index (lost, next_lost++), depth);
      if (i == n)
        break;
      child = syl_node_get_child (node, i);
      add_row (build, build->new_document, child, depth, FALSE);
      add_children (build, child,
                    syl_document_find_node (build->old_document, syl_node_get_id (child)),
                    depth + 1);
    }
}

/**
 * syl_compare_model_new:
 * @old_document: the other version
 * @new_document: the current one
 * @diff: the changes from @old_document to @new_document
 *
 * Returns: (transfer full): the rows, #SylCompareRow: the current
 *   outline with the deleted nodes where they were
 */
GListStore *
syl_compare_model_new (SylDocument *old_document,
                       SylDocument *new_document,
                       SylDiff     *diff)
{
  Build build = { old_document, new_document };

  g_return_val_if_fail (SYL_IS_DOCUMENT (old_document), NULL);
  g_return_val_if_fail (SYL_IS_DOCUMENT (new_document), NULL);
  g_return_val_if_fail (diff != NULL, NULL);

  build.rows = g_list_store_new (SYL_TYPE_COMPARE_ROW);
  build.changes = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                         (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < syl_diff_get_n_changes (diff); i++)
    {
      const SylChange *change = syl_diff_get_change (diff, i);
      GPtrArray *changes = g_hash_table_lookup (build.changes, change->node_id);

      if (changes == NULL)
        {
          changes = g_ptr_array_new ();
          g_hash_table_insert (build.changes, change->node_id, changes);
        }
      g_ptr_array_add (changes, (gpointer) change);
    }
  add_children (&build, syl_document_get_root (new_document),
                syl_document_get_root (old_document), 0);
  g_hash_table_unref (build.changes);
  return build.rows;
}
