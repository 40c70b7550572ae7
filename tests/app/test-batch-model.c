/* test-batch-model.c: a list model that reports held-back changes as one
 *
 * A listener keeps a copy of the list from nothing but the changes it
 * hears and the items it reads then, as a list view does; after every
 * thaw the copy must equal the list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-batch-model.h"

typedef struct
{
  GListStore    *store;
  SylBatchModel *batch;
  GPtrArray     *copy;     /* what the listener believes the list is */
  GArray        *changes;  /* every change it heard, as three guints */
} Fixture;

static void
copy_items_changed_cb (GListModel *model,
                       guint       position,
                       guint       removed,
                       guint       added,
                       Fixture    *fixture)
{
  guint change[3] = { position, removed, added };

  g_assert_cmpuint (position + removed, <=, fixture->copy->len);
  g_ptr_array_remove_range (fixture->copy, position, removed);
  for (guint i = 0; i < added; i++)
    g_ptr_array_insert (fixture->copy, position + i, g_list_model_get_item (model, position + i));
  g_assert_cmpuint (fixture->copy->len, ==, g_list_model_get_n_items (model));
  g_array_append_vals (fixture->changes, change, 3);
}

static void
fixture_set_up (Fixture       *fixture,
                gconstpointer  data)
{
  fixture->store = g_list_store_new (G_TYPE_OBJECT);
  for (guint i = 0; i < 10; i++)
    {
      g_autoptr(GObject) item = g_object_new (G_TYPE_OBJECT, NULL);
      g_list_store_append (fixture->store, item);
    }
  fixture->batch = syl_batch_model_new (G_LIST_MODEL (fixture->store));
  fixture->copy = g_ptr_array_new_with_free_func (g_object_unref);
  for (guint i = 0; i < 10; i++)
    g_ptr_array_add (fixture->copy, g_list_model_get_item (G_LIST_MODEL (fixture->batch), i));
  fixture->changes = g_array_new (FALSE, FALSE, sizeof (guint));
  g_signal_connect (fixture->batch, "items-changed", G_CALLBACK (copy_items_changed_cb), fixture);
}

static void
fixture_tear_down (Fixture       *fixture,
                   gconstpointer  data)
{
  g_assert_finalize_object (fixture->batch);
  g_clear_pointer (&fixture->copy, g_ptr_array_unref);
  g_clear_pointer (&fixture->changes, g_array_unref);
  g_assert_finalize_object (fixture->store);
}

/* The copy holds the same objects as the store, in the same order. */
static void
assert_copy_is_list (Fixture *fixture)
{
  GListModel *store = G_LIST_MODEL (fixture->store);

  g_assert_cmpuint (fixture->copy->len, ==, g_list_model_get_n_items (store));
  for (guint i = 0; i < fixture->copy->len; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (store, i);
      g_assert_true (g_ptr_array_index (fixture->copy, i) == item);
    }
}

static void
assert_change (Fixture *fixture,
               guint    index,
               guint    position,
               guint    removed,
               guint    added)
{
  g_assert_cmpuint (fixture->changes->len, >=, 3 * (index + 1));
  g_assert_cmpuint (g_array_index (fixture->changes, guint, 3 * index), ==, position);
  g_assert_cmpuint (g_array_index (fixture->changes, guint, 3 * index + 1), ==, removed);
  g_assert_cmpuint (g_array_index (fixture->changes, guint, 3 * index + 2), ==, added);
}

static void
insert_new (GListStore *store,
            guint       position)
{
  g_autoptr(GObject) item = g_object_new (G_TYPE_OBJECT, NULL);
  g_list_store_insert (store, position, item);
}

static void
test_pass_through (Fixture       *fixture,
                   gconstpointer  data)
{
  insert_new (fixture->store, 3);
  g_list_store_remove (fixture->store, 0);

  g_assert_cmpuint (fixture->changes->len, ==, 6);
  assert_change (fixture, 0, 3, 0, 1);
  assert_change (fixture, 1, 0, 1, 0);
  assert_copy_is_list (fixture);
  g_assert_true (g_list_model_get_item_type (G_LIST_MODEL (fixture->batch)) == G_TYPE_OBJECT);
  g_assert_true (syl_batch_model_get_model (fixture->batch) == G_LIST_MODEL (fixture->store));
}

/* An insertion at 2 and, further down, a removal of two: one change from
 * the first changed position to the last, with the untouched items
 * between them counted as removed and added again. */
static void
test_one_change (Fixture       *fixture,
                 gconstpointer  data)
{
  syl_batch_model_freeze (fixture->batch);
  g_assert_true (syl_batch_model_is_frozen (fixture->batch));
  insert_new (fixture->store, 2);
  g_list_store_splice (fixture->store, 8, 2, NULL, 0);
  g_assert_cmpuint (fixture->changes->len, ==, 0);
  syl_batch_model_thaw (fixture->batch);

  g_assert_false (syl_batch_model_is_frozen (fixture->batch));
  g_assert_cmpuint (fixture->changes->len, ==, 3);
  assert_change (fixture, 0, 2, 7, 6);
  assert_copy_is_list (fixture);
}

/* A change undone before the thaw, and a freeze with no change at all,
 * say nothing. */
static void
test_nothing_to_say (Fixture       *fixture,
                     gconstpointer  data)
{
  syl_batch_model_freeze (fixture->batch);
  syl_batch_model_thaw (fixture->batch);
  g_assert_cmpuint (fixture->changes->len, ==, 0);

  syl_batch_model_freeze (fixture->batch);
  insert_new (fixture->store, 3);
  g_list_store_remove (fixture->store, 3);
  syl_batch_model_thaw (fixture->batch);
  g_assert_cmpuint (fixture->changes->len, ==, 0);
  assert_copy_is_list (fixture);
}

/* Freezes nest: only the last thaw speaks. */
static void
test_nested (Fixture       *fixture,
             gconstpointer  data)
{
  syl_batch_model_freeze (fixture->batch);
  syl_batch_model_freeze (fixture->batch);
  g_list_store_remove (fixture->store, 9);
  syl_batch_model_thaw (fixture->batch);
  g_assert_cmpuint (fixture->changes->len, ==, 0);
  insert_new (fixture->store, 0);
  syl_batch_model_thaw (fixture->batch);

  g_assert_cmpuint (fixture->changes->len, ==, 3);
  assert_change (fixture, 0, 0, 10, 10);
  assert_copy_is_list (fixture);

  /* After the thaw, changes go straight through again. */
  g_list_store_remove (fixture->store, 4);
  g_assert_cmpuint (fixture->changes->len, ==, 6);
  assert_change (fixture, 1, 4, 1, 0);
  assert_copy_is_list (fixture);
}

/* One random splice: up to three items removed and up to three added
 * anywhere, the end included. */
static void
random_splice (GListStore *store,
               GRand      *rand)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));
  guint position = g_rand_int_range (rand, 0, n + 1);
  guint removed = g_rand_int_range (rand, 0, 4);
  guint added = g_rand_int_range (rand, 0, 4);
  GObject *items[3];

  removed = MIN (removed, n - position);
  for (guint i = 0; i < added; i++)
    items[i] = g_object_new (G_TYPE_OBJECT, NULL);
  g_list_store_splice (store, position, removed, (gpointer *) items, added);
  for (guint i = 0; i < added; i++)
    g_object_unref (items[i]);
}

/* Batches of random splices, each reported as at most one change that
 * brings the listener's copy to the list. */
static void
test_random (Fixture       *fixture,
             gconstpointer  data)
{
  g_autoptr(GRand) rand = g_rand_new_with_seed (g_test_rand_int ());

  for (guint batch = 0; batch < 500; batch++)
    {
      guint heard = fixture->changes->len;
      guint n_splices = g_rand_int_range (rand, 1, 40);

      syl_batch_model_freeze (fixture->batch);
      for (guint i = 0; i < n_splices; i++)
        random_splice (fixture->store, rand);
      g_assert_cmpuint (fixture->changes->len, ==, heard);
      syl_batch_model_thaw (fixture->batch);

      g_assert_cmpuint (fixture->changes->len, <=, heard + 3);
      assert_copy_is_list (fixture);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add ("/batch-model/pass-through", Fixture, NULL,
              fixture_set_up, test_pass_through, fixture_tear_down);
  g_test_add ("/batch-model/one-change", Fixture, NULL,
              fixture_set_up, test_one_change, fixture_tear_down);
  g_test_add ("/batch-model/nothing-to-say", Fixture, NULL,
              fixture_set_up, test_nothing_to_say, fixture_tear_down);
  g_test_add ("/batch-model/nested", Fixture, NULL,
              fixture_set_up, test_nested, fixture_tear_down);
  g_test_add ("/batch-model/random", Fixture, NULL,
              fixture_set_up, test_random, fixture_tear_down);

  return g_test_run ();
}
