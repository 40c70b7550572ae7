/* test-model.c: the outline tree, its list models and its move rules
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-test-util.h"

/* Records items-changed of a list model as "position:removed:added". */
typedef struct
{
  GString *log;
} ChangeLog;

static void
items_changed_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  ChangeLog  *log)
{
  g_string_append_printf (log->log, "%s%s@%u-%u+%u", log->log->len ? " " : "",
                          SYL_IS_NODE (model) && !syl_node_is_root (SYL_NODE (model))
                            ? syl_node_get_title (SYL_NODE (model)) : "root",
                          position, removed, added);
}

static void
watch (SylNode   *node,
       ChangeLog *log)
{
  g_signal_connect (node, "items-changed", G_CALLBACK (items_changed_cb), log);
}

static void
assert_dump (SylDocument *document,
             const char  *expected)
{
  g_autofree char *dump = syl_test_dump (document);

  g_assert_cmpstr (dump, ==, expected);
}

static void
test_numbers (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1 A2 (A2a A2b)) B C (C1)");
  SylNode *root = syl_document_get_root (document);
  g_autofree char *a2b = syl_node_dup_number (syl_test_find (document, "A2b"));
  g_autofree char *c1 = syl_node_dup_number (syl_test_find (document, "C1"));
  g_autofree char *root_number = syl_node_dup_number (root);

  g_assert_cmpstr (a2b, ==, "1.2.2");
  g_assert_cmpstr (c1, ==, "3.1");
  g_assert_cmpstr (root_number, ==, "");
  g_assert_cmpuint (syl_node_get_depth (root), ==, 0);
  g_assert_cmpuint (syl_node_get_depth (syl_test_find (document, "A")), ==, 1);
  g_assert_cmpuint (syl_node_get_depth (syl_test_find (document, "A2a")), ==, 3);
  g_assert_cmpuint (syl_node_get_height (syl_test_find (document, "A")), ==, 3);
  g_assert_cmpuint (syl_node_count_descendants (syl_test_find (document, "A")), ==, 4);
  g_assert_cmpuint (syl_document_get_n_nodes (document), ==, 8);
  g_assert_true (syl_node_get_parent (syl_test_find (document, "A")) == root);
  g_assert_true (syl_node_get_next_sibling (syl_test_find (document, "A1")) ==
                 syl_test_find (document, "A2"));
  g_assert_null (syl_node_get_prev_sibling (syl_test_find (document, "A1")));
  g_assert_false (syl_document_get_modified (document));
}

static void
test_numbers_past_ten (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A B C D E F G H I J K (K1)");
  g_autofree char *k1 = syl_node_dup_number (syl_test_find (document, "K1"));

  g_assert_cmpstr (k1, ==, "11.1");
}

static void
test_list_model (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1 A2) B");
  GListModel *model = G_LIST_MODEL (syl_test_find (document, "A"));
  g_autoptr(SylNode) second = g_list_model_get_item (model, 1);

  g_assert_true (g_list_model_get_item_type (model) == SYL_TYPE_NODE);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, 2);
  g_assert_cmpstr (syl_node_get_title (second), ==, "A2");
  g_assert_null (g_list_model_get_item (model, 2));
}

/* A move is one removal from the old parent and one insertion into the
 * new, never a reset, so GtkTreeListModel keeps every other row. */
static void
test_move_signals (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1 A2 A3) B (B1)");
  ChangeLog log = { g_string_new (NULL) };
  g_autoptr(GError) error = NULL;

  watch (syl_test_find (document, "A"), &log);
  watch (syl_test_find (document, "B"), &log);
  watch (syl_document_get_root (document), &log);

  g_assert_true (syl_document_move_node (document, syl_test_find (document, "A2"),
                                         syl_test_find (document, "B"), 0, &error));
  g_assert_no_error (error);
  g_assert_cmpstr (log.log->str, ==, "A@1-1+0 B@0-0+1");
  assert_dump (document, "A (A1 A3) B (A2 B1)");

  g_string_truncate (log.log, 0);
  g_assert_true (syl_document_move_node (document, syl_test_find (document, "A1"),
                                         syl_test_find (document, "A"), 1, &error));
  g_assert_cmpstr (log.log->str, ==, "A@0-1+0 A@1-0+1");
  assert_dump (document, "A (A3 A1) B (A2 B1)");
  g_string_free (log.log, TRUE);
}

static void
test_move_into_self_refused (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1 (A1a)) B");
  SylNode *a = syl_test_find (document, "A");
  g_autoptr(GError) error = NULL;
  g_autofree char *before = syl_test_serialize (document);
  g_autofree char *after = NULL;

  g_assert_false (syl_document_move_node (document, a, a, 0, &error));
  g_assert_error (error, SYL_ERROR, SYL_ERROR_MOVE);
  g_assert_nonnull (strstr (error->message, "itself"));
  g_clear_error (&error);

  g_assert_false (syl_document_move_node (document, a, syl_test_find (document, "A1a"), 0, &error));
  g_assert_error (error, SYL_ERROR, SYL_ERROR_MOVE);
  g_clear_error (&error);

  g_assert_false (syl_document_move_nodes (document, &a, 1, syl_test_find (document, "A1"),
                                           SYL_DROP_AFTER, &error));
  g_assert_error (error, SYL_ERROR, SYL_ERROR_MOVE);
  g_clear_error (&error);

  g_assert_false (syl_document_move_node (document, syl_document_get_root (document),
                                          a, 0, &error));
  g_assert_error (error, SYL_ERROR, SYL_ERROR_MOVE);

  after = syl_test_serialize (document);
  g_assert_cmpstr (before, ==, after);
  g_assert_false (syl_history_get_can_undo (syl_document_get_history (document)));
  g_assert_false (syl_document_get_modified (document));
}

static void
test_move_out_of_range (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A B");
  g_autoptr(GError) error = NULL;

  g_assert_false (syl_document_move_node (document, syl_test_find (document, "A"),
                                          syl_document_get_root (document), 2, &error));
  g_assert_error (error, SYL_ERROR, SYL_ERROR_MOVE);
  assert_dump (document, "A B");
}

typedef struct
{
  const char      *outline;
  const char      *moving;
  const char      *target;
  SylDropPosition  position;
  const char      *expected;
} DropCase;

static const DropCase drop_cases[] = {
  { "A B C D", "A", "C", SYL_DROP_AFTER, "B C A D" },
  { "A B C D", "D", "A", SYL_DROP_BEFORE, "D A B C" },
  { "A B C D", "A C", "D", SYL_DROP_AFTER, "B D A C" },
  { "A B C D", "C A", "B", SYL_DROP_INTO, "B (A C) D" },
  { "A B C D", "B C", "B", SYL_DROP_AFTER, "A B C D" },
  { "A B C D", "B C", "C", SYL_DROP_BEFORE, "A B C D" },
  { "A B C D", "A D", "B", SYL_DROP_AFTER, "B A D C" },
  { "A (A1 A2) B (B1)", "A1 B1", "A", SYL_DROP_BEFORE, "A1 B1 A (A2) B" },
  { "A (A1 A2) B", "A A1", "B", SYL_DROP_INTO, "B (A (A1 A2))" },
  { "A (A1 A2) B", "A2", "A1", SYL_DROP_INTO, "A (A1 (A2)) B" },
  { "A (A1) B", "A1", "A", SYL_DROP_AFTER, "A A1 B" },
  { "A B", "B", "A", SYL_DROP_INTO, "A (B)" },
};

static void
test_drop (gconstpointer data)
{
  const DropCase *c = data;
  g_autoptr(SylDocument) document = syl_test_new_outline (c->outline);
  g_auto(GStrv) titles = g_strsplit (c->moving, " ", -1);
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  g_autoptr(GError) error = NULL;
  g_autofree char *before = syl_test_serialize (document);
  g_autofree char *after = NULL;
  SylHistory *history = syl_document_get_history (document);

  for (guint i = 0; titles[i] != NULL; i++)
    g_ptr_array_add (nodes, syl_test_find (document, titles[i]));

  g_assert_true (syl_document_move_nodes (document, (SylNode **) nodes->pdata, nodes->len,
                                          syl_test_find (document, c->target), c->position,
                                          &error));
  g_assert_no_error (error);
  assert_dump (document, c->expected);

  /* A multi-node move is one step. */
  if (syl_history_get_can_undo (history))
    {
      g_assert_cmpuint (syl_history_get_n_undo (history), ==, 1);
      g_assert_true (syl_history_undo (history));
    }
  after = syl_test_serialize (document);
  g_assert_cmpstr (before, ==, after);
}

static void
test_remove_and_insert (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1 A2) B C");
  SylNode *nodes[] = { syl_test_find (document, "A1"), syl_test_find (document, "A"),
                       syl_test_find (document, "C") };
  g_autoptr(SylNode) fresh = syl_node_new (SYL_NODE_KIND_DISCUSSION, "New");
  g_autoptr(GError) error = NULL;

  g_assert_true (syl_document_remove_nodes (document, nodes, G_N_ELEMENTS (nodes), &error));
  g_assert_no_error (error);
  assert_dump (document, "B");
  g_assert_null (syl_document_find_node (document, "A2"));
  g_assert_cmpuint (syl_document_get_n_nodes (document), ==, 1);
  g_assert_cmpuint (syl_history_get_n_undo (syl_document_get_history (document)), ==, 1);

  g_assert_true (syl_document_insert_node (document, fresh, syl_test_find (document, "B"), 0,
                                           &error));
  assert_dump (document, "B (New)");
  g_assert_true (syl_document_find_node (document, syl_node_get_id (fresh)) == fresh);
  g_assert_cmpuint (strlen (syl_node_get_id (fresh)), ==, 16);
}

/* A copy gets new ids all through, so it can be pasted beside the
 * original; ids that clash on insertion are replaced too. */
static void
test_copy_new_ids (void)
{
  g_autoptr(SylDocument) document = syl_test_load_data ("valid/full.syllabus.json");
  SylNode *first = syl_node_get_child (syl_document_get_root (document), 0);
  g_autoptr(SylNode) copy = syl_node_copy (first);
  g_autoptr(GError) error = NULL;
  g_autoptr(SylExample) example = NULL;

  g_assert_cmpstr (syl_node_get_title (copy), ==, syl_node_get_title (first));
  g_assert_cmpstr (syl_node_get_id (copy), !=, syl_node_get_id (first));
  g_assert_cmpuint (syl_node_count_descendants (copy), ==, syl_node_count_descendants (first));
  g_assert_null (syl_node_get_parent (copy));
  if (g_list_model_get_n_items (syl_node_get_examples (first)) > 0)
    {
      g_autoptr(SylExample) original = g_list_model_get_item (syl_node_get_examples (first), 0);
      example = g_list_model_get_item (syl_node_get_examples (copy), 0);
      g_assert_cmpstr (syl_example_get_id (example), !=, syl_example_get_id (original));
      g_assert_cmpstr (syl_example_get_body (example), ==, syl_example_get_body (original));
    }

  g_assert_true (syl_document_insert_node (document, copy, syl_document_get_root (document), 1,
                                           &error));
  g_assert_no_error (error);
  g_assert_true (syl_node_get_child (syl_document_get_root (document), 1) == copy);
}

static void
test_depth_limit (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A B");
  SylNode *parent = syl_test_find (document, "A");
  g_autoptr(GError) error = NULL;

  /* Build a chain 100 levels deep under A. */
  for (guint level = 2; level <= SYL_MAX_OUTLINE_DEPTH; level++)
    {
      g_autoptr(SylNode) node = syl_node_new (SYL_NODE_KIND_SECTION, "deep");
      g_assert_true (syl_document_insert_node (document, node, parent, 0, &error));
      parent = node;
    }
  g_assert_cmpuint (syl_node_get_depth (parent), ==, SYL_MAX_OUTLINE_DEPTH);

  /* B cannot go below the deepest node, nor can A's chain go under B. */
  {
    SylNode *b = syl_test_find (document, "B");
    SylNode *a = syl_test_find (document, "A");

    g_assert_false (syl_document_move_node (document, b, parent, 0, &error));
    g_assert_error (error, SYL_ERROR, SYL_ERROR_TOO_DEEP);
    g_clear_error (&error);
    g_assert_false (syl_document_move_node (document, a, b, 0, &error));
    g_assert_error (error, SYL_ERROR, SYL_ERROR_TOO_DEEP);
  }
}

/* Several nodes go in side by side as one step, or none at all. */
static void
test_insert_nodes (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1 (A1a)) B");
  SylHistory *history = syl_document_get_history (document);
  SylNode *parent = syl_test_find (document, "A");
  g_autoptr(SylNode) leaf = syl_node_new (SYL_NODE_KIND_SECTION, "X");
  g_autoptr(SylNode) pair = syl_node_copy (syl_test_find (document, "A1"));
  SylNode *nodes[] = { leaf, pair };
  g_autoptr(GError) error = NULL;

  g_assert_true (syl_document_insert_nodes (document, nodes, 2, parent, 1, "Paste", &error));
  g_assert_no_error (error);
  assert_dump (document, "A (A1 (A1a) X A1 (A1a)) B");
  g_assert_cmpuint (syl_history_get_n_undo (history), ==, 1);
  g_assert_cmpstr (syl_history_get_undo_label (history), ==, "Paste");
  syl_history_undo (history);
  assert_dump (document, "A (A1 (A1a)) B");
}

static void
test_insert_nodes_all_or_nothing (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1) B");
  SylNode *parent = syl_test_find (document, "A");
  g_autoptr(SylNode) leaf = syl_node_new (SYL_NODE_KIND_SECTION, "X");
  g_autoptr(SylNode) pair = syl_node_copy (syl_test_find (document, "A"));
  SylNode *nodes[] = { leaf, pair };
  g_autoptr(GError) error = NULL;

  /* A chain down to level 99; the pair (two levels) would reach 101. */
  for (guint level = 2; level < SYL_MAX_OUTLINE_DEPTH; level++)
    {
      g_autoptr(SylNode) node = syl_node_new (SYL_NODE_KIND_SECTION, "deep");
      g_assert_true (syl_document_insert_node (document, node, parent, 0, NULL));
      parent = node;
    }
  g_assert_cmpuint (syl_node_get_depth (parent), ==, SYL_MAX_OUTLINE_DEPTH - 1);
  {
    guint before = syl_history_get_n_undo (syl_document_get_history (document));

    g_assert_false (syl_document_insert_nodes (document, nodes, 2, parent, 0, "Paste", &error));
    g_assert_error (error, SYL_ERROR, SYL_ERROR_TOO_DEEP);
    g_assert_cmpuint (syl_node_get_n_children (parent), ==, 0);
    g_assert_null (syl_node_get_parent (leaf));
    g_assert_cmpuint (syl_history_get_n_undo (syl_document_get_history (document)), ==, before);
  }
}

static void
test_total_minutes (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1 A2 (A2a A2b)) B");
  SylNode *root = syl_document_get_root (document);

  g_assert_cmpint (syl_node_get_total_minutes (root), ==, -1);
  syl_document_set_int (document, syl_test_find (document, "A1"), "duration-minutes", 30, NULL);
  syl_document_set_int (document, syl_test_find (document, "A2a"), "duration-minutes", 20, NULL);
  syl_document_set_int (document, syl_test_find (document, "A2b"), "duration-minutes", 25, NULL);
  g_assert_cmpint (syl_node_get_total_minutes (syl_test_find (document, "A")), ==, 75);

  /* A duration on a section overrides its parts. */
  syl_document_set_int (document, syl_test_find (document, "A2"), "duration-minutes", 60, NULL);
  g_assert_cmpint (syl_node_get_total_minutes (root), ==, 90);
}

static void
count_cb (GObject    *object,
          GParamSpec *pspec,
          guint      *count)
{
  (*count)++;
}

/* Views hear of a total that changed, and only of one that did. */
static void
test_total_minutes_notify (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1 A2) B (B1)");
  SylHistory *history = syl_document_get_history (document);
  SylNode *a = syl_test_find (document, "A");
  SylNode *b = syl_test_find (document, "B");
  SylNode *a1 = syl_test_find (document, "A1");
  guint a_count = 0;
  guint b_count = 0;

  g_signal_connect (a, "notify::total-minutes", G_CALLBACK (count_cb), &a_count);
  g_signal_connect (b, "notify::total-minutes", G_CALLBACK (count_cb), &b_count);

  syl_document_set_int (document, a1, "duration-minutes", 30, NULL);
  g_assert_cmpuint (a_count, ==, 1);
  g_assert_cmpuint (b_count, ==, 0);
  g_assert_cmpint (syl_node_get_total_minutes (a), ==, 30);

  /* A2 has no duration: A's total stays. */
  syl_document_set_string (document, syl_test_find (document, "A2"), "title", "A2'", FALSE, NULL);
  g_assert_cmpuint (a_count, ==, 1);

  /* Moving A1 into B changes both. */
  g_assert_true (syl_document_move_node (document, a1, b, 0, NULL));
  g_assert_cmpuint (a_count, ==, 2);
  g_assert_cmpuint (b_count, ==, 1);
  g_assert_cmpint (syl_node_get_total_minutes (a), ==, -1);
  g_assert_cmpint (syl_node_get_total_minutes (b), ==, 30);

  g_assert_true (syl_history_undo (history));
  g_assert_cmpuint (a_count, ==, 3);
  g_assert_cmpuint (b_count, ==, 2);
  g_assert_cmpint (syl_node_get_total_minutes (a), ==, 30);
  g_assert_cmpint (syl_node_get_total_minutes (b), ==, -1);
}

/* The rolled-up time of @node worked out from scratch, as the cached one
 * must always be. */
static gint64
reference_minutes (SylNode *node)
{
  gint64 total = -1;

  if (syl_node_get_duration_minutes (node) >= 0 && !syl_node_is_root (node))
    return syl_node_get_duration_minutes (node);
  for (guint i = 0; i < syl_node_get_n_children (node); i++)
    {
      gint64 child = reference_minutes (syl_node_get_child (node, i));

      if (child >= 0)
        total = MAX (total, 0) + child;
    }
  return total;
}

static void
collect_nodes (SylNode   *node,
               GPtrArray *nodes)
{
  g_ptr_array_add (nodes, node);
  for (guint i = 0; i < syl_node_get_n_children (node); i++)
    collect_nodes (syl_node_get_child (node, i), nodes);
}

static void
assert_totals (SylNode *node)
{
  g_assert_cmpint (syl_node_get_total_minutes (node), ==, reference_minutes (node));
  for (guint i = 0; i < syl_node_get_n_children (node); i++)
    assert_totals (syl_node_get_child (node, i));
}

/* One random step on @document: a duration set or cleared, a node added,
 * removed, copied in or moved, or an undo or redo. */
static void
random_step (SylDocument *document,
             GRand       *rand)
{
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  SylNode *root = syl_document_get_root (document);
  SylNode *node;
  SylNode *parent;

  collect_nodes (root, nodes);
  node = g_ptr_array_index (nodes, g_rand_int_range (rand, 1, MAX (2, nodes->len)));
  parent = g_ptr_array_index (nodes, g_rand_int_range (rand, 0, nodes->len));
  if (nodes->len < 2)
    node = NULL;

  switch (g_rand_int_range (rand, 0, 7))
    {
    case 0:
      if (node != NULL)
        syl_document_set_int (document, node, "duration-minutes",
                              g_rand_boolean (rand) ? g_rand_int_range (rand, 0, 120) : -1, NULL);
      break;
    case 1:
      {
        g_autoptr(SylNode) fresh = syl_node_new (SYL_NODE_KIND_SECTION, "new");

        if (g_rand_boolean (rand))
          g_object_set (fresh, "duration-minutes", g_rand_int_range (rand, 0, 90), NULL);
        syl_document_insert_node (document, fresh, parent,
                                  g_rand_int_range (rand, 0, syl_node_get_n_children (parent) + 1), NULL);
      }
      break;
    case 2:
      if (node != NULL)
        syl_document_remove_nodes (document, &node, 1, NULL);
      break;
    case 3:
      if (node != NULL)
        {
          g_autoptr(SylNode) copy = syl_node_copy (node);

          syl_document_insert_node (document, copy, parent, 0, NULL);
        }
      break;
    case 4:
      if (node != NULL && !syl_node_is_ancestor_of (node, parent) && node != parent)
        syl_document_move_node (document, node, parent,
                                g_rand_int_range (rand, 0, syl_node_get_n_children (parent) +
                                                  (syl_node_get_parent (node) == parent ? 0 : 1)),
                                NULL);
      break;
    case 5:
      syl_history_undo (syl_document_get_history (document));
      break;
    default:
      syl_history_redo (syl_document_get_history (document));
      break;
    }
}

/* The times that nodes keep rolled up stay what walking the tree gives,
 * whatever the steps, undone and redone. */
static void
test_total_minutes_random (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1 A2 (A2a A2b)) B (B1) C");
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261129);

  for (guint i = 0; i < 3000; i++)
    {
      random_step (document, rand);
      assert_totals (syl_document_get_root (document));
    }
}

/* The walk by hand, recursive, that the iterator replaces: each node of
 * @node's subtree below it, with its depth below @node. */
static void
reference_walk (SylNode *node,
                guint    depth,
                GString *out)
{
  for (guint i = 0; i < syl_node_get_n_children (node); i++)
    {
      SylNode *child = syl_node_get_child (node, i);

      g_string_append_printf (out, "%s@%u ", syl_node_get_title (child), depth + 1);
      reference_walk (child, depth + 1, out);
    }
}

static char *
iter_walk (SylNode *root)
{
  GString *out = g_string_new (NULL);
  SylNodeIter iter;
  SylNode *node;

  syl_node_iter_init (&iter, root);
  while (syl_node_iter_next (&iter, &node))
    g_string_append_printf (out, "%s@%u ", syl_node_get_title (node), syl_node_iter_get_depth (&iter));
  /* A finished walk stays finished. */
  g_assert_false (syl_node_iter_next (&iter, &node));
  return g_string_free (out, FALSE);
}

static void
assert_walks_agree (SylNode *root)
{
  g_autoptr(GString) expected = g_string_new (NULL);
  g_autofree char *walked = iter_walk (root);

  reference_walk (root, 0, expected);
  g_assert_cmpstr (walked, ==, expected->str);
}

static void
test_iter (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1 A2 (A2a A2b)) B (B1) C");
  SylNode *root = syl_document_get_root (document);
  SylNode *a2 = syl_test_find (document, "A2");
  g_autofree char *whole = iter_walk (root);
  g_autofree char *subtree = iter_walk (a2);
  g_autofree char *leaf = iter_walk (syl_test_find (document, "C"));

  g_assert_cmpstr (whole, ==, "A@1 A1@2 A2@2 A2a@3 A2b@3 B@1 B1@2 C@1 ");
  /* A walk below a node stops at its subtree, never going on to A2's
   * parent's next sibling. */
  g_assert_cmpstr (subtree, ==, "A2a@1 A2b@1 ");
  g_assert_cmpstr (leaf, ==, "");
  g_assert_cmpuint (syl_node_get_height (root), ==, 4);
  g_assert_cmpuint (syl_node_get_height (a2), ==, 2);
  g_assert_cmpuint (syl_node_count_descendants (root), ==, 8);
}

static void
test_iter_skip_children (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1 A2 (A2a A2b)) B (B1) C");
  g_autoptr(GString) out = g_string_new (NULL);
  SylNodeIter iter;
  SylNode *node;

  syl_node_iter_init (&iter, syl_document_get_root (document));
  while (syl_node_iter_next (&iter, &node))
    {
      g_string_append_printf (out, "%s@%u ", syl_node_get_title (node), syl_node_iter_get_depth (&iter));
      if (g_str_equal (syl_node_get_title (node), "A2") || g_str_equal (syl_node_get_title (node), "B"))
        syl_node_iter_skip_children (&iter);
    }
  g_assert_cmpstr (out->str, ==, "A@1 A1@2 A2@2 B@1 C@1 ");
}

/* On trees of every shape that random steps make, the walk visits what
 * the recursive walk visits, in the same order, at the same depths. */
static void
test_iter_random (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1 A2 (A2a A2b)) B (B1) C");
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261206);

  for (guint i = 0; i < 1500; i++)
    {
      g_autoptr(GPtrArray) nodes = g_ptr_array_new ();

      random_step (document, rand);
      collect_nodes (syl_document_get_root (document), nodes);
      assert_walks_agree (g_ptr_array_index (nodes, g_rand_int_range (rand, 0, nodes->len)));
    }
}

/* Each comment, then its replies, in order; a node without comments gives
 * nothing. */
static void
test_comment_iter (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A B");
  SylNode *a = syl_test_find (document, "A");
  g_autoptr(SylAnnotation) first = syl_test_comment_new ("c1", "Ann", "2026-12-01", "first");
  g_autoptr(SylAnnotation) second = syl_test_comment_new ("c2", "Bob", "2026-12-01", "second");
  g_autoptr(SylAnnotation) third = syl_test_comment_new ("c3", "Cy", "2026-12-01", "third");
  g_autoptr(GString) out = g_string_new (NULL);
  SylCommentIter iter;
  SylAnnotation *annotation;
  SylReply *reply;

  syl_document_add_annotation (document, a, first);
  syl_document_add_annotation (document, a, second);
  syl_document_add_annotation (document, a, third);
  for (guint i = 0; i < 2; i++)
    {
      g_autofree char *id = g_strdup_printf ("r%u", i);
      g_autofree char *text = g_strdup_printf ("reply %u", i);
      g_autoptr(SylReply) r = syl_test_reply_new (id, "Dee", "2026-12-02", text);

      syl_document_add_reply (document, first, r);
    }
  {
    g_autoptr(SylReply) r = syl_test_reply_new ("r9", "Eve", "2026-12-03", "late");

    syl_document_add_reply (document, third, r);
  }

  syl_comment_iter_init (&iter, a);
  while (syl_comment_iter_next (&iter, &annotation, &reply))
    g_string_append_printf (out, "%s%s ", syl_annotation_get_text (annotation),
                            reply != NULL ? syl_reply_get_text (reply) : "");
  g_assert_cmpstr (out->str, ==, "first firstreply 0 firstreply 1 second third thirdlate ");
  g_assert_false (syl_comment_iter_next (&iter, &annotation, &reply));

  syl_comment_iter_init (&iter, syl_test_find (document, "B"));
  g_assert_false (syl_comment_iter_next (&iter, &annotation, NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/model/numbers", test_numbers);
  g_test_add_func ("/model/numbers-past-ten", test_numbers_past_ten);
  g_test_add_func ("/model/list-model", test_list_model);
  g_test_add_func ("/model/move-signals", test_move_signals);
  g_test_add_func ("/model/move-into-self-refused", test_move_into_self_refused);
  g_test_add_func ("/model/move-out-of-range", test_move_out_of_range);
  for (guint i = 0; i < G_N_ELEMENTS (drop_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/model/drop/%u", i);
      g_test_add_data_func (path, &drop_cases[i], test_drop);
    }
  g_test_add_func ("/model/remove-and-insert", test_remove_and_insert);
  g_test_add_func ("/model/copy-new-ids", test_copy_new_ids);
  g_test_add_func ("/model/depth-limit", test_depth_limit);
  g_test_add_func ("/model/total-minutes", test_total_minutes);
  g_test_add_func ("/model/total-minutes-random", test_total_minutes_random);
  g_test_add_func ("/model/total-minutes-notify", test_total_minutes_notify);
  g_test_add_func ("/model/iter", test_iter);
  g_test_add_func ("/model/iter-skip-children", test_iter_skip_children);
  g_test_add_func ("/model/iter-random", test_iter_random);
  g_test_add_func ("/model/comment-iter", test_comment_iter);
  g_test_add_func ("/model/insert-nodes", test_insert_nodes);
  g_test_add_func ("/model/insert-nodes-all-or-nothing", test_insert_nodes_all_or_nothing);

  return g_test_run ();
}
