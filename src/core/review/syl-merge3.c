/* syl-merge3.c: a three-way merge of two versions of an outline
 *
 * Two people changed copies of one outline: MINE, the document merged
 * into, and THEIRS, starting from BASE.  Nodes, comments and replies are
 * matched by id.  For every field of every node (and each node's place,
 * see syl-merge3-tree.c):
 *
 * - a change made on one side only is taken;
 * - the same change made on both sides is taken once;
 * - different changes on both sides are a conflict: MINE's value stays,
 *   and an open comment by "Syllabus" on the node says what THEIRS had,
 *   in the outline's language, so that the window's comment navigation
 *   leads to it.  The report lists it too.
 *
 * Comments are merged by id (syl-merge3-comments.c): one deleted on
 * either side stays deleted, new ones and new replies from both sides
 * stay, and a resolution or reopening on one side is taken.
 *
 * Everything is one step in MINE's history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "syl-diff-private.h"
#include "syl-document-private.h"
#include "syl-json-reader.h"
#include "syl-json-writer.h"
#include "syl-merge-private.h"
#include "syl-merge3-private.h"

#define CONFLICT_AUTHOR "Syllabus"

void
_syl_merge3_took (Merge3     *merge,
                  const char *node_id,
                  const char *what)
{
  SylDocument *document = syl_document_find_node (merge->theirs, node_id) != NULL
                          ? merge->theirs : merge->base;
  g_autofree char *section = _syl_merge3_describe (document, node_id);

  _syl_merge_report_add (merge->report, SYL_MERGE_TOOK, merge->source, section, NULL, "", what,
                         NULL);
}

/* Notes a conflict on node @node_id (of MINE or THEIRS), taking @text. */
void
_syl_merge3_conflict (Merge3     *merge,
                      const char *node_id,
                      char       *text)
{
  g_ptr_array_add (merge->conflicts, g_strdup (node_id));
  g_ptr_array_add (merge->conflicts, text);
}

/* The nearest node of the merged outline at or above @id, which may be
 * a node of THEIRS or BASE only; %NULL at the top. */
static SylNode *
nearest_kept (Merge3     *merge,
              const char *id)
{
  while (id != NULL && *id != '\0')
    {
      SylNode *node = syl_document_find_node (merge->self, id);
      const char *parent;

      if (node != NULL)
        return node;
      parent = _syl_merge3_parent_id (merge->theirs, id);
      id = parent != NULL ? parent : _syl_merge3_parent_id (merge->base, id);
    }
  return NULL;
}

/* The id of the comment that notes @text on @node: the same each time,
 * so that merging again adds no second one. */
static char *
conflict_id (SylNode    *node,
             const char *text)
{
  g_autofree char *key = g_strconcat ("merge3\n", syl_node_get_id (node), "\n", text, NULL);
  g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);

  return g_strndup (sum, 16);
}

static gboolean
has_comment (SylNode    *node,
             const char *id)
{
  GListModel *annotations = syl_node_get_annotations (node);

  for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
    {
      g_autoptr(SylAnnotation) annotation = g_list_model_get_item (annotations, i);

      if (g_str_equal (syl_annotation_get_id (annotation), id))
        return TRUE;
    }
  return FALSE;
}

/* Each conflict becomes an open comment on its node, or on the nearest
 * node above it that the merge kept; one on no node is only reported. */
static void
note_conflicts (Merge3 *merge)
{
  for (guint i = 0; i + 1 < merge->conflicts->len; i += 2)
    {
      const char *text = g_ptr_array_index (merge->conflicts, i + 1);
      SylNode *node = nearest_kept (merge, g_ptr_array_index (merge->conflicts, i));
      g_autofree char *section = NULL;
      g_autofree char *id = NULL;
      g_autoptr(SylAnnotation) annotation = NULL;

      section = node != NULL ? syl_numbering_format_with_title (
                                 syl_document_get_numbering (merge->self), node)
                             : g_strdup ("");
      _syl_merge_report_add (merge->report, SYL_MERGE_KEPT, merge->source, section, NULL,
                             CONFLICT_AUTHOR, text, NULL);
      if (node == NULL)
        continue;
      id = conflict_id (node, text);
      if (has_comment (node, id))
        continue;
      annotation = syl_annotation_new (CONFLICT_AUTHOR, text);
      _syl_annotation_set_id (annotation, id);
      syl_document_add_annotation (merge->self, node, annotation);
    }
}

/* Node @id as child @index of @parent: moved there, or new and empty.
 * Returns it, or %NULL when it cannot go there (too deep). */
static SylNode *
place (Merge3     *merge,
       SylNode    *parent,
       guint       index,
       const char *id)
{
  SylNode *node = syl_document_find_node (merge->self, id);
  g_autoptr(SylNode) fresh = NULL;

  if (node == NULL)
    {
      fresh = _syl_node_new_with_id (id);
      return syl_document_insert_node (merge->self, fresh, parent, index, NULL) ? fresh : NULL;
    }
  if (syl_node_get_parent (node) == parent && syl_node_get_index (node) == index)
    return node;
  return syl_document_move_node (merge->self, node, parent, index, NULL) ? node : NULL;
}

/* Deletes the nodes the merge does not keep, each with its subtree. */
static void
remove_dropped (Merge3 *merge)
{
  g_autoptr(GPtrArray) gone = g_ptr_array_new ();
  SylNodeIter iter;
  SylNode *node;

  syl_node_iter_init (&iter, syl_document_get_root (merge->self));
  while (syl_node_iter_next (&iter, &node))
    if (!g_hash_table_contains (merge->parent, syl_node_get_id (node)))
      {
        g_ptr_array_add (gone, node);
        syl_node_iter_skip_children (&iter);
      }
  if (gone->len > 0)
    syl_document_remove_nodes (merge->self, (SylNode * const *) gone->pdata, gone->len, NULL);
}

/* Puts the children of each kept node in their merged order, parents
 * before children, so that no node is ever moved into its own subtree,
 * adding the nodes new in THEIRS as empty ones that _syl_merge3_fields()
 * fills. */
void
_syl_merge3_apply_tree (Merge3 *merge)
{
  g_autoptr(GQueue) parents = g_queue_new ();
  SylNode *parent;

  g_queue_push_tail (parents, syl_document_get_root (merge->self));
  while ((parent = g_queue_pop_head (parents)) != NULL)
    {
      GPtrArray *order = g_hash_table_lookup (merge->children, syl_node_get_id (parent));

      for (guint i = 0, index = 0; order != NULL && i < order->len; i++)
        {
          SylNode *node = place (merge, parent, index, g_ptr_array_index (order, i));

          if (node == NULL)
            continue;
          g_queue_push_tail (parents, node);
          index++;
        }
    }
  remove_dropped (merge);
}

static gboolean
check_ids (SylDocument  *document,
           const char   *name,
           GError      **error)
{
  if (syl_document_get_warnings (document)[0] == NULL)
    return TRUE;
  g_set_error (error, SYL_ERROR, SYL_ERROR_INVALID,
               /* Translators: %s is a file name.  A three-way merge matches
                * nodes by id, so it cannot work on repaired ids. */
               _("%s: missing or duplicate ids; a three-way merge needs the ids as they were"),
               name);
  return FALSE;
}

/* Whether @document shares a node with @base, as versions of one outline
 * do; two empty outlines are versions of each other too. */
static gboolean
check_related (SylDocument  *base,
               SylDocument  *document,
               const char   *name,
               GError      **error)
{
  SylNodeIter iter;
  SylNode *node;

  if (syl_document_get_n_nodes (base) == 0 || syl_document_get_n_nodes (document) == 0)
    return TRUE;
  syl_node_iter_init (&iter, syl_document_get_root (document));
  while (syl_node_iter_next (&iter, &node))
    if (syl_document_find_node (base, syl_node_get_id (node)) != NULL)
      return TRUE;
  g_set_error (error, SYL_ERROR, SYL_ERROR_NOT_A_COPY,
               /* Translators: %s is a file name, or MINE. */
               _("%s: not a version of BASE: none of its sections are in BASE"), name);
  return FALSE;
}

/* A copy of @document as it is now, which the merge reads while it
 * changes @document. */
static SylDocument *
snapshot (SylDocument *document)
{
  g_autoptr(GBytes) bytes = syl_document_serialize (document);

  return syl_document_new_from_data (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                     NULL);
}

/**
 * syl_document_merge3:
 * @self: MINE: the outline to merge into
 * @base: the version both sides started from
 * @theirs: the other side
 * @theirs_name: a name for @theirs, such as its file name, for the report
 *
 * Merges the changes of @theirs since @base into @self, as one step in
 * its history; see the top of syl-merge3.c for the rules.  Outlines whose
 * ids were repaired on loading are refused and nothing changes.
 *
 * Returns: (transfer full): what the merge did, with the conflicts under
 *   %SYL_MERGE_KEPT, or %NULL with @error set
 */
SylMergeReport *
syl_document_merge3 (SylDocument  *self,
                     SylDocument  *base,
                     SylDocument  *theirs,
                     const char   *theirs_name,
                     GError      **error)
{
  g_autoptr(SylDocument) mine = NULL;
  Merge3 merge = { self };
  SylHistory *history;

  g_return_val_if_fail (SYL_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (SYL_IS_DOCUMENT (base), NULL);
  g_return_val_if_fail (SYL_IS_DOCUMENT (theirs), NULL);
  g_return_val_if_fail (theirs_name != NULL, NULL);

  if (!check_ids (base, "BASE", error) || !check_ids (self, "MINE", error) ||
      !check_ids (theirs, theirs_name, error) || !check_related (base, self, "MINE", error) ||
      !check_related (base, theirs, theirs_name, error))
    return NULL;

  mine = snapshot (self);
  merge.mine = mine;
  merge.base = base;
  merge.theirs = theirs;
  merge.source = theirs_name;
  merge.report = _syl_merge_report_new (1);
  merge.catalogue = syl_catalogue_get_for_language (syl_document_get_language (self));
  merge.parent = g_hash_table_new (g_str_hash, g_str_equal);
  merge.seen = g_hash_table_new (g_str_hash, g_str_equal);
  merge.children = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                          (GDestroyNotify) g_ptr_array_unref);
  merge.conflicts = g_ptr_array_new_with_free_func (g_free);

  history = syl_document_get_history (self);
  /* Translators: the name of the step in the history. */
  syl_history_begin_group (history, _("Merge Changes"));
  _syl_merge3_plan_tree (&merge);
  _syl_merge3_apply_tree (&merge);
  _syl_merge3_fields (&merge);
  _syl_merge3_comments (&merge);
  note_conflicts (&merge);
  syl_history_end_group (history);

  g_hash_table_unref (merge.parent);
  g_hash_table_unref (merge.children);
  g_hash_table_unref (merge.seen);
  g_ptr_array_unref (merge.conflicts);
  return merge.report;
}
