/* syl-merge3-tree.c: which nodes a three-way merge keeps, and where
 *
 * Each node's parent is merged as any field is: a side that moved it
 * wins over one that did not, and two sides that moved it to different
 * parents conflict, MINE's place kept.  Among its siblings a node keeps
 * MINE's order, unless only THEIRS put it there (added it, moved it in,
 * or moved it within the parent while MINE did not): then it follows the
 * sibling it follows in THEIRS.
 *
 * A node deleted on one side goes, unless the other side changed it:
 * then MINE's version stays (kept when THEIRS deleted it, gone when MINE
 * did), and the conflict is noted on it or on its nearest kept parent.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-diff-private.h"
#include "syl-document-private.h"
#include "syl-merge3-private.h"

#define ROOT_ID ""

/* The parent id of node @id in @document, "" for the top, %NULL when the
 * document lacks it. */
const char *
_syl_merge3_parent_id (SylDocument *document,
                       const char  *id)
{
  SylNode *node = syl_document_find_node (document, id);

  return node != NULL ? syl_node_get_id (syl_node_get_parent (node)) : NULL;
}

/* "1.4 Title" of node @id in @document, "" when there is none. */
char *
_syl_merge3_describe (SylDocument *document,
                      const char  *id)
{
  SylNode *node = syl_document_find_node (document, id);

  if (node == NULL)
    return g_strdup ("");
  return syl_numbering_format_with_title (syl_document_get_numbering (document), node);
}

static gboolean
same_fields (SylNode *a,
             SylNode *b)
{
  g_autofree char *a_examples = _syl_diff_join_examples (a, TRUE);
  g_autofree char *b_examples = _syl_diff_join_examples (b, TRUE);

  return g_str_equal (syl_node_get_title (a), syl_node_get_title (b)) &&
         g_str_equal (syl_node_get_notes (a), syl_node_get_notes (b)) &&
         syl_node_get_kind (a) == syl_node_get_kind (b) &&
         syl_node_get_optional (a) == syl_node_get_optional (b) &&
         syl_node_get_duration_minutes (a) == syl_node_get_duration_minutes (b) &&
         g_strv_equal (syl_node_get_objectives (a), syl_node_get_objectives (b)) &&
         g_str_equal (a_examples, b_examples) &&
         g_list_model_get_n_items (syl_node_get_annotations (a)) ==
           g_list_model_get_n_items (syl_node_get_annotations (b));
}

/* Whether @document changed node @id since @base: a field, its comments
 * or its place. */
static gboolean
edited (Merge3      *merge,
        SylDocument *document,
        const char  *id)
{
  SylNode *before = syl_document_find_node (merge->base, id);
  SylNode *after = syl_document_find_node (document, id);

  return !same_fields (before, after) ||
         g_strcmp0 (_syl_merge3_parent_id (merge->base, id),
                    _syl_merge3_parent_id (document, id)) != 0;
}

static void
keep (Merge3     *merge,
      const char *id,
      const char *parent_id)
{
  g_hash_table_insert (merge->parent, (gpointer) id, (gpointer) parent_id);
}

/* The merged parent of a node all three outlines have. */
static void
merge_parent (Merge3     *merge,
              const char *id)
{
  const char *b = _syl_merge3_parent_id (merge->base, id);
  const char *m = _syl_merge3_parent_id (merge->mine, id);
  const char *t = _syl_merge3_parent_id (merge->theirs, id);

  if (g_str_equal (m, b) && !g_str_equal (t, b))
    {
      keep (merge, id, t);
      _syl_merge3_took (merge, id, "moved");
      return;
    }
  keep (merge, id, m);
  if (!g_str_equal (m, b) && !g_str_equal (t, b) && !g_str_equal (m, t))
    {
      g_autofree char *where = _syl_merge3_describe (merge->theirs, t);

      _syl_merge3_conflict (merge, id, *t == '\0'
        ? g_strdup (syl_catalogue_gettext (merge->catalogue,
                                           "Merge conflict: the other version moved this "
                                           "section to the top level."))
        : g_strdup_printf (syl_catalogue_gettext (merge->catalogue,
                                                  "Merge conflict: the other version moved "
                                                  "this section into “%s”."), where));
    }
}

/* The node @id, which one side deleted: gone, unless the other changed
 * it. */
static void
merge_deleted (Merge3     *merge,
               const char *id)
{
  gboolean in_mine = syl_document_find_node (merge->mine, id) != NULL;
  SylDocument *other = in_mine ? merge->mine : merge->theirs;
  g_autofree char *what = NULL;

  if (!edited (merge, other, id))
    {
      if (in_mine)
        _syl_merge3_took (merge, id, "deleted");
      return;
    }
  if (in_mine)
    {
      keep (merge, id, _syl_merge3_parent_id (merge->mine, id));
      _syl_merge3_conflict (merge, id,
                            g_strdup (syl_catalogue_gettext (merge->catalogue,
                                                             "Merge conflict: the other version "
                                                             "deleted this section.")));
      return;
    }
  /* MINE deleted it: it stays deleted, and the note goes to the nearest
   * parent that stays, once the tree is known (see fix_orphans()). */
  what = _syl_merge3_describe (merge->theirs, id);
  g_ptr_array_add (merge->conflicts, g_strdup (_syl_merge3_parent_id (merge->theirs, id)));
  g_ptr_array_add (merge->conflicts,
                   g_strdup_printf (syl_catalogue_gettext (merge->catalogue,
                                                           "Merge conflict: the other version "
                                                           "changed “%s”, which this version "
                                                           "deleted."), what));
}

static void
merge_node (Merge3     *merge,
            const char *id)
{
  gboolean b = syl_document_find_node (merge->base, id) != NULL;
  gboolean m = syl_document_find_node (merge->mine, id) != NULL;
  gboolean t = syl_document_find_node (merge->theirs, id) != NULL;

  if (!g_hash_table_add (merge->seen, (gpointer) id))
    return;
  if (b && m && t)
    merge_parent (merge, id);
  else if (b && (m || t))
    merge_deleted (merge, id);
  else if (!b && m)
    keep (merge, id, _syl_merge3_parent_id (merge->mine, id));
  else if (!b && t)
    {
      keep (merge, id, _syl_merge3_parent_id (merge->theirs, id));
      _syl_merge3_took (merge, id, "added");
    }
}

static void
merge_nodes_of (Merge3      *merge,
                SylDocument *document)
{
  SylNodeIter iter;
  SylNode *node;

  syl_node_iter_init (&iter, syl_document_get_root (document));
  while (syl_node_iter_next (&iter, &node))
    merge_node (merge, syl_node_get_id (node));
}

static gboolean
kept (Merge3     *merge,
      const char *id)
{
  return *id == '\0' || g_hash_table_contains (merge->parent, id);
}

/* A node kept under a parent the merge deleted: the parent comes back
 * when MINE has it (THEIRS deleted it, MINE added to it); else the node
 * goes back to MINE's place, or, new in THEIRS, goes too.  Returns
 * whether anything changed. */
static gboolean
fix_orphan (Merge3     *merge,
            const char *id)
{
  const char *parent_id = g_hash_table_lookup (merge->parent, id);
  const char *mine_parent = _syl_merge3_parent_id (merge->mine, id);
  g_autofree char *what = NULL;

  if (kept (merge, parent_id))
    return FALSE;
  if (syl_document_find_node (merge->mine, parent_id) != NULL)
    {
      keep (merge, parent_id, _syl_merge3_parent_id (merge->mine, parent_id));
      _syl_merge3_conflict (merge, parent_id,
                            g_strdup (syl_catalogue_gettext (merge->catalogue,
                                                             "Merge conflict: the other version "
                                                             "deleted this section.")));
      return TRUE;
    }
  if (mine_parent != NULL)
    {
      keep (merge, id, mine_parent);
      return TRUE;
    }
  what = _syl_merge3_describe (merge->theirs, id);
  g_ptr_array_add (merge->conflicts, g_strdup (parent_id));
  g_ptr_array_add (merge->conflicts,
                   g_strdup_printf (syl_catalogue_gettext (merge->catalogue,
                                                           "Merge conflict: the other version "
                                                           "added “%s” to a section this "
                                                           "version deleted."), what));
  g_hash_table_remove (merge->parent, id);
  return TRUE;
}

/* A node whose chain of parents comes back to it: two moves, one on
 * each side, that together would put a node inside itself.  The nodes
 * of MINE on the loop go back to MINE's places. */
static gboolean
fix_loop (Merge3     *merge,
          const char *id)
{
  const char *at = id;
  guint steps = g_hash_table_size (merge->parent) + 1;

  /* A chain that ends under a node the merge drops is fix_orphan()'s. */
  while (at != NULL && *at != '\0' && steps-- > 0)
    at = g_hash_table_lookup (merge->parent, at);
  if (at == NULL || *at == '\0')
    return FALSE;
  for (guint i = 0; i <= g_hash_table_size (merge->parent); i++)
    {
      const char *mine_parent = _syl_merge3_parent_id (merge->mine, at);
      const char *next = g_hash_table_lookup (merge->parent, at);

      if (mine_parent != NULL && !g_str_equal (mine_parent, next))
        {
          keep (merge, at, mine_parent);
          _syl_merge3_conflict (merge, at,
                                g_strdup (syl_catalogue_gettext (merge->catalogue,
                                                                 "Merge conflict: the other "
                                                                 "version moved this section "
                                                                 "so that it would be inside "
                                                                 "itself.")));
          return TRUE;
        }
      at = next;
    }
  g_assert_not_reached ();
}

static void
fix_tree (Merge3 *merge)
{
  gboolean changed = TRUE;

  while (changed)
    {
      g_autofree const char **ids =
        (const char **) g_hash_table_get_keys_as_array (merge->parent, NULL);

      changed = FALSE;
      for (guint i = 0; ids[i] != NULL && !changed; i++)
        if (g_hash_table_contains (merge->parent, ids[i]))
          changed = fix_orphan (merge, ids[i]) || fix_loop (merge, ids[i]);
    }
}

/* The kept children of @parent_id in @document, in its order. */
static GPtrArray *
children_in (Merge3      *merge,
             SylDocument *document,
             const char  *parent_id)
{
  SylNode *parent = *parent_id == '\0' ? syl_document_get_root (document)
                                       : syl_document_find_node (document, parent_id);
  GPtrArray *ids = g_ptr_array_new ();

  for (guint i = 0; parent != NULL && i < syl_node_get_n_children (parent); i++)
    {
      const char *id = syl_node_get_id (syl_node_get_child (parent, i));
      const char *merged = g_hash_table_lookup (merge->parent, id);

      if (merged != NULL && g_str_equal (merged, parent_id))
        g_ptr_array_add (ids, (gpointer) id);
    }
  return ids;
}

/* The ids of @ids that @document has under @parent_id too, in its order. */
static GPtrArray *
common_order (GPtrArray   *ids,
              SylDocument *document,
              const char  *parent_id)
{
  GPtrArray *common = g_ptr_array_new ();

  for (guint i = 0; i < ids->len; i++)
    {
      const char *parent = _syl_merge3_parent_id (document, g_ptr_array_index (ids, i));

      if (parent != NULL && g_str_equal (parent, parent_id))
        g_ptr_array_add (common, g_ptr_array_index (ids, i));
    }
  return common;
}

/* The children of @parent_id that only THEIRS placed where they are. */
static GHashTable *
placed_by_theirs (Merge3     *merge,
                  const char *parent_id,
                  GPtrArray  *mine,
                  GPtrArray  *theirs)
{
  g_autoptr(GPtrArray) base = children_in (merge, merge->base, parent_id);
  g_autoptr(GPtrArray) base_m = common_order (base, merge->mine, parent_id);
  g_autoptr(GPtrArray) base_t = common_order (base, merge->theirs, parent_id);
  g_autoptr(GPtrArray) mine_b = common_order (mine, merge->base, parent_id);
  g_autoptr(GPtrArray) theirs_b = common_order (theirs, merge->base, parent_id);
  g_autoptr(GHashTable) moved_m = NULL;
  g_autoptr(GHashTable) moved_t = NULL;
  GHashTable *placed = g_hash_table_new (g_str_hash, g_str_equal);

  moved_m = _syl_diff_reordered (base_m, mine_b);
  moved_t = _syl_diff_reordered (base_t, theirs_b);

  for (guint i = 0; i < theirs->len; i++)
    {
      const char *id = g_ptr_array_index (theirs, i);
      const char *mine_parent = _syl_merge3_parent_id (merge->mine, id);

      if (mine_parent == NULL || !g_str_equal (mine_parent, parent_id) ||
          (g_hash_table_contains (moved_t, id) && !g_hash_table_contains (moved_m, id)))
        g_hash_table_add (placed, (gpointer) id);
    }
  return placed;
}

/* Puts @id after the nearest sibling before it in @theirs that @order
 * has, or first. */
static void
place_after_theirs (GPtrArray  *order,
                    GPtrArray  *theirs,
                    const char *id)
{
  guint at = 0, index;

  g_ptr_array_find_with_equal_func (theirs, id, g_str_equal, &index);
  while (index-- > 0)
    if (g_ptr_array_find_with_equal_func (order, g_ptr_array_index (theirs, index),
                                          g_str_equal, &at))
      {
        at++;
        break;
      }
  g_ptr_array_insert (order, at, (gpointer) id);
}

static GPtrArray *
order_children (Merge3     *merge,
                const char *parent_id)
{
  g_autoptr(GPtrArray) mine = children_in (merge, merge->mine, parent_id);
  g_autoptr(GPtrArray) theirs = children_in (merge, merge->theirs, parent_id);
  g_autoptr(GHashTable) placed = placed_by_theirs (merge, parent_id, mine, theirs);
  GPtrArray *order = g_ptr_array_new ();

  for (guint i = 0; i < mine->len; i++)
    if (!g_hash_table_contains (placed, g_ptr_array_index (mine, i)))
      g_ptr_array_add (order, g_ptr_array_index (mine, i));
  for (guint i = 0; i < theirs->len; i++)
    if (g_hash_table_contains (placed, g_ptr_array_index (theirs, i)))
      place_after_theirs (order, theirs, g_ptr_array_index (theirs, i));
  return order;
}

/**
 * _syl_merge3_plan_tree:
 *
 * Works out the merged tree: which nodes stay, their parents and the
 * order of each parent's children.
 */
void
_syl_merge3_plan_tree (Merge3 *merge)
{
  GHashTableIter iter;
  gpointer id, parent_id;

  merge_nodes_of (merge, merge->base);
  merge_nodes_of (merge, merge->mine);
  merge_nodes_of (merge, merge->theirs);
  fix_tree (merge);

  g_hash_table_insert (merge->children, (gpointer) ROOT_ID, order_children (merge, ROOT_ID));
  g_hash_table_iter_init (&iter, merge->parent);
  while (g_hash_table_iter_next (&iter, &id, &parent_id))
    if (!g_hash_table_contains (merge->children, id))
      g_hash_table_insert (merge->children, id, order_children (merge, id));
}
