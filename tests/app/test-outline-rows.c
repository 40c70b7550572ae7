/* test-outline-rows.c: the outline's rows follow the tree, change by change
 *
 * After every change of the document, and every row opened or closed, the
 * rows are compared with rows made anew from the tree, and with a copy
 * kept up to date from nothing but the changes the model reported: the
 * list and its listeners never disagree.  Held, as during a history step
 * in the window, the model reports nothing until the release, and then
 * one change.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <gtk/gtk.h>

#include "syl-outline-rows.h"
#include "syl-test-util.h"

/* A listener's copy of the list, kept from the changes it hears of. */
typedef struct
{
  GPtrArray *items;
  guint      n_changes;
} Mirror;

static void
mirror_changed_cb (GListModel *model,
                   guint       position,
                   guint       removed,
                   guint       added,
                   Mirror     *mirror)
{
  g_assert_cmpuint (position + removed, <=, mirror->items->len);
  g_ptr_array_remove_range (mirror->items, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (mirror->items, (int) (position + i), g_list_model_get_item (model, position + i));
  g_assert_cmpuint (mirror->items->len, ==, g_list_model_get_n_items (model));
  mirror->n_changes++;
}

static void
mirror_init (Mirror         *mirror,
             SylOutlineRows *rows)
{
  GListModel *model = G_LIST_MODEL (rows);

  mirror->items = g_ptr_array_new_with_free_func (g_object_unref);
  mirror->n_changes = 0;
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    g_ptr_array_add (mirror->items, g_list_model_get_item (model, i));
  g_signal_connect (rows, "items-changed", G_CALLBACK (mirror_changed_cb), mirror);
}

/* The rows as a walk of the tree gives them, by hand: each node under an
 * open one, with its depth below @top, unless @filter leaves it out. */
static void
expected_rows (SylNode              *parent,
               guint                 depth,
               SylOutlineRowsFilter  filter,
               gpointer              data,
               GPtrArray            *nodes,
               GArray               *depths)
{
  for (guint i = 0; i < syl_node_get_n_children (parent); i++)
    {
      SylNode *child = syl_node_get_child (parent, i);

      if (filter != NULL && !filter (child, data))
        continue;
      g_ptr_array_add (nodes, child);
      g_array_append_val (depths, depth);
      if (syl_node_get_expanded (child))
        expected_rows (child, depth + 1, filter, data, nodes, depths);
    }
}

static void
assert_rows (SylOutlineRows       *rows,
             Mirror               *mirror,
             SylOutlineRowsFilter  filter,
             gpointer              data)
{
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  g_autoptr(GArray) depths = g_array_new (FALSE, FALSE, sizeof (guint));
  GListModel *model = G_LIST_MODEL (rows);

  expected_rows (syl_outline_rows_get_top (rows), 0, filter, data, nodes, depths);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, nodes->len);
  g_assert_cmpuint (mirror->items->len, ==, nodes->len);
  for (guint i = 0; i < nodes->len; i++)
    {
      SylNode *node = g_ptr_array_index (nodes, i);

      g_assert_true (syl_outline_rows_peek_node (rows, i) == node);
      g_assert_true (g_ptr_array_index (mirror->items, i) == node);
      g_assert_cmpuint (syl_outline_rows_get_depth (rows, i), ==, g_array_index (depths, guint, i));
      g_assert_cmpuint (syl_outline_rows_depth_of (rows, node), ==, g_array_index (depths, guint, i));
      g_assert_cmpuint (syl_outline_rows_find (rows, node), ==, i);
    }
}

/* Any node of the document but the root, picked by @rand, or the root
 * when there is no other. */
static SylNode *
random_node (SylDocument *document,
             GRand       *rand)
{
  g_autoptr(GPtrArray) all = g_ptr_array_new ();
  SylNodeIter iter;
  SylNode *node;

  syl_node_iter_init (&iter, syl_document_get_root (document));
  while (syl_node_iter_next (&iter, &node))
    g_ptr_array_add (all, node);
  /* Removals may have emptied the outline. */
  if (all->len == 0)
    return syl_document_get_root (document);
  return g_ptr_array_index (all, g_rand_int_range (rand, 0, (int) all->len));
}

/* One random change: a move (the step a drag or Alt+arrow makes), an
 * insertion, a removal, undo, redo, or a row opened or closed. */
static void
random_step (SylDocument    *document,
             SylOutlineRows *rows,
             GRand          *rand)
{
  SylHistory *history = syl_document_get_history (document);
  SylNode *node = random_node (document, rand);
  SylNode *target = random_node (document, rand);
  g_autoptr(GError) error = NULL;

  if (syl_node_is_root (node) || syl_node_is_root (target))
    {
      g_autoptr(SylNode) fresh = syl_node_new (SYL_NODE_KIND_SECTION, "first");

      g_assert_true (syl_document_insert_node (document, fresh, syl_document_get_root (document), 0,
                                               &error));
      return;
    }
  switch (g_rand_int_range (rand, 0, 7))
    {
    case 0:
    case 1:
      /* Refused when @target is inside @node: nothing changes then. */
      syl_document_move_nodes (document, &node, 1, target,
                               (SylDropPosition) g_rand_int_range (rand, 0, 3), &error);
      break;
    case 2:
      {
        g_autoptr(SylNode) fresh = syl_node_new (SYL_NODE_KIND_SECTION, "new");
        guint index = g_rand_int_range (rand, 0, (int) syl_node_get_n_children (target) + 1);

        g_assert_true (syl_document_insert_node (document, fresh, target, index, &error));
      }
      break;
    case 3:
      g_assert_true (syl_document_remove_nodes (document, &node, 1, &error));
      break;
    case 4:
      syl_history_undo (history);
      break;
    case 5:
      syl_history_redo (history);
      break;
    default:
      syl_outline_rows_set_expanded (rows, node, !syl_node_get_expanded (node));
      break;
    }
}

/* Hundreds of random steps over the sample, every one checked. */
static void
test_random_steps (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  g_autoptr(SylOutlineRows) rows = syl_outline_rows_new (syl_document_get_root (document), NULL, NULL);
  Mirror mirror;

  mirror_init (&mirror, rows);
  assert_rows (rows, &mirror, NULL, NULL);
  for (guint i = 0; i < 400; i++)
    {
      random_step (document, rows, rand);
      assert_rows (rows, &mirror, NULL, NULL);
    }
  g_assert_cmpuint (mirror.n_changes, >, 0);
  g_signal_handlers_disconnect_by_data (rows, &mirror);
  g_ptr_array_unref (mirror.items);
}

/* Random steps again, one to four at a time inside a hold, sometimes
 * nested: the listeners hear nothing until the last release, then at
 * most one change, after which they agree with the tree. */
static void
test_random_held (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  g_autoptr(SylOutlineRows) rows = syl_outline_rows_new (syl_document_get_root (document), NULL, NULL);
  guint held_changes = 0;
  Mirror mirror;

  mirror_init (&mirror, rows);
  for (guint i = 0; i < 300; i++)
    {
      guint n_steps = (guint) g_rand_int_range (rand, 1, 5);
      gboolean nested = g_rand_boolean (rand);
      guint before = mirror.n_changes;

      syl_outline_rows_hold (rows);
      for (guint j = 0; j < n_steps; j++)
        {
          if (nested && j == 1)
            syl_outline_rows_hold (rows);
          random_step (document, rows, rand);
        }
      if (nested && n_steps > 1)
        syl_outline_rows_release (rows);
      g_assert_cmpuint (mirror.n_changes, ==, before);
      syl_outline_rows_release (rows);
      g_assert_cmpuint (mirror.n_changes, <=, before + 1);
      held_changes += mirror.n_changes - before;
      assert_rows (rows, &mirror, NULL, NULL);
    }
  g_assert_cmpuint (held_changes, >, 0);
  g_signal_handlers_disconnect_by_data (rows, &mirror);
  g_ptr_array_unref (mirror.items);
}

/* Moving a chapter whose rows are all open is one removal and one
 * insertion of all its rows, which stay open. */
static void
test_move_open_chapter (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  SylNode *root = syl_document_get_root (document);
  SylNode *chapter = syl_node_get_child (root, 0);
  g_autoptr(SylOutlineRows) rows = NULL;
  g_autoptr(GError) error = NULL;
  SylNodeIter iter;
  SylNode *node;
  guint n_open = 1;
  Mirror mirror;

  syl_node_set_expanded (chapter, TRUE);
  syl_node_iter_init (&iter, chapter);
  while (syl_node_iter_next (&iter, &node))
    {
      syl_node_set_expanded (node, TRUE);
      n_open++;
    }
  rows = syl_outline_rows_new (root, NULL, NULL);
  mirror_init (&mirror, rows);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (rows)), >=, n_open);

  g_assert_true (syl_document_move_node (document, chapter, root, syl_node_get_n_children (root) - 1,
                                         &error));
  g_assert_cmpuint (mirror.n_changes, ==, 2);
  assert_rows (rows, &mirror, NULL, NULL);
  g_assert_true (syl_outline_rows_peek_node (rows, g_list_model_get_n_items (G_LIST_MODEL (rows)) - n_open)
                 == chapter);

  g_assert_true (syl_history_undo (syl_document_get_history (document)));
  g_assert_cmpuint (mirror.n_changes, ==, 4);
  assert_rows (rows, &mirror, NULL, NULL);
  g_assert_true (syl_outline_rows_peek_node (rows, 0) == chapter);

  /* Held, as in the window, the move is one change from the chapter's
   * old place to its new one, and the rows keep their depths when the
   * chapter goes under another one. */
  syl_outline_rows_hold (rows);
  g_assert_true (syl_document_move_node (document, chapter, root, 1, &error));
  syl_outline_rows_release (rows);
  g_assert_cmpuint (mirror.n_changes, ==, 5);
  assert_rows (rows, &mirror, NULL, NULL);
  syl_outline_rows_hold (rows);
  g_assert_true (syl_document_move_node (document, chapter, syl_node_get_child (root, 0), 0, &error));
  g_assert_true (syl_node_get_parent (chapter) != root);
  syl_outline_rows_release (rows);
  g_assert_cmpuint (mirror.n_changes, ==, 6);
  assert_rows (rows, &mirror, NULL, NULL);
  syl_outline_rows_hold (rows);
  g_assert_true (syl_history_undo (syl_document_get_history (document)));
  g_assert_true (syl_history_undo (syl_document_get_history (document)));
  syl_outline_rows_release (rows);
  g_assert_cmpuint (mirror.n_changes, ==, 7);
  assert_rows (rows, &mirror, NULL, NULL);
  g_assert_true (syl_outline_rows_peek_node (rows, 0) == chapter);
  g_signal_handlers_disconnect_by_data (rows, &mirror);
  g_ptr_array_unref (mirror.items);
}

/* Leaves out the examples and what is under them. */
static gboolean
no_examples (SylNode  *node,
             gpointer  data)
{
  (*(guint *) data)++;
  return syl_node_get_kind (node) != SYL_NODE_KIND_EXAMPLE;
}

/* A section in focus as the top, a filter, opening to a node deep under
 * closed rows, and a refresh after flags changed behind the model's back. */
static void
test_top_filter_reveal (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  SylNode *root = syl_document_get_root (document);
  SylNode *chapter = syl_node_get_child (root, 0);
  SylNode *deep = NULL;
  g_autoptr(SylOutlineRows) rows = NULL;
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());
  SylNodeIter iter;
  SylNode *node;
  guint calls = 0;
  Mirror mirror;

  syl_node_iter_init (&iter, chapter);
  while (syl_node_iter_next (&iter, &node))
    {
      syl_node_set_expanded (node, FALSE);
      if (syl_node_iter_get_depth (&iter) >= 2 && syl_node_get_kind (node) != SYL_NODE_KIND_EXAMPLE &&
          deep == NULL)
        deep = node;
    }
  g_assert_nonnull (deep);

  rows = syl_outline_rows_new (chapter, no_examples, &calls);
  mirror_init (&mirror, rows);
  g_assert_cmpuint (calls, >, 0);
  assert_rows (rows, &mirror, no_examples, &calls);
  g_assert_cmpuint (syl_outline_rows_find (rows, deep), ==, GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (syl_outline_rows_find (rows, root), ==, GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (syl_outline_rows_reveal (rows, syl_node_get_child (root, 1)), ==,
                    GTK_INVALID_LIST_POSITION);

  g_assert_cmpuint (syl_outline_rows_reveal (rows, deep), ==, syl_outline_rows_find (rows, deep));
  g_assert_cmpuint (syl_outline_rows_find (rows, deep), !=, GTK_INVALID_LIST_POSITION);
  g_assert_cmpuint (mirror.n_changes, ==, 1);
  assert_rows (rows, &mirror, no_examples, &calls);

  /* Flags changed without the model: a refresh brings the rows in line,
   * as one change. */
  syl_node_iter_init (&iter, chapter);
  while (syl_node_iter_next (&iter, &node))
    syl_node_set_expanded (node, g_rand_boolean (rand));
  syl_outline_rows_refresh (rows, NULL);
  g_assert_cmpuint (mirror.n_changes, <=, 2);
  assert_rows (rows, &mirror, no_examples, &calls);

  for (guint i = 0; i < 200; i++)
    {
      random_step (document, rows, rand);
      /* The chapter itself may have been removed, or moved under another. */
      if (syl_node_get_parent (chapter) != NULL)
        assert_rows (rows, &mirror, no_examples, &calls);
    }
  g_signal_handlers_disconnect_by_data (rows, &mirror);
  g_ptr_array_unref (mirror.items);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/outline-rows/random-steps", test_random_steps);
  g_test_add_func ("/outline-rows/random-held", test_random_held);
  g_test_add_func ("/outline-rows/move-open-chapter", test_move_open_chapter);
  g_test_add_func ("/outline-rows/top-filter-reveal", test_top_filter_reveal);

  return g_test_run ();
}
