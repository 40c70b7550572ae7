/* test-outline-ops.c: Alt+arrow restructuring and the drop zones of a row
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-outline-ops.h"
#include "syl-test-util.h"
#include "syl-document-disk.h"

typedef gboolean (*OpFunc) (SylDocument      *self,
                            SylNode * const  *nodes,
                            guint             n_nodes,
                            GError          **error);

typedef struct
{
  const char *name;
  OpFunc      func;
} Op;

static const Op ops[] = {
  { "up", syl_document_move_up },
  { "down", syl_document_move_down },
  { "indent", syl_document_indent },
  { "outdent", syl_document_outdent },
};

enum { UP, DOWN, INDENT, OUTDENT };

typedef struct
{
  const char *outline;
  guint       op;
  const char *selection;   /* titles, in the order passed */
  const char *expected;    /* the outline after, or NULL when it must fail */
} OpCase;

static const OpCase op_cases[] = {
  /* Up: among siblings, across to the end of the neighbouring parent. */
  { "A B C", UP, "B", "B A C" },
  { "A B C", UP, "C", "A C B" },
  { "A (A1 A2) B (B1 B2)", UP, "B1", "A (A1 A2 B1) B (B2)" },
  { "A (A1 A2) B (B1 B2)", UP, "B1 B2", "A (A1 A2 B1 B2) B" },
  { "A B C D", UP, "C D", "A C D B" },
  { "A B C D", UP, "D B", "B A D C" },
  { "A B (B1 B2) C", UP, "B1 B", "B (B1 B2) A C" },
  { "A (A1 (A1a) A2 (A2a))", UP, "A2a", "A (A1 (A1a A2a) A2)" },
  { "A (A1) B (B1) C (C1)", UP, "C1 B1", "A (A1 B1) B (C1) C" },
  { "A B", UP, "A", NULL },
  { "A (A1) B", UP, "A1", NULL },
  { "A (A1 (A1a)) B (B1 (B1a))", UP, "B1a", NULL },
  { "A B C", UP, "C A", NULL },
  /* Down: symmetric, to the start of the neighbouring parent. */
  { "A B C", DOWN, "B", "A C B" },
  { "A (A1 A2) B (B1)", DOWN, "A2", "A (A1) B (A2 B1)" },
  { "A (A1 A2) B", DOWN, "A2 A1", "A B (A1 A2)" },
  { "A B C D", DOWN, "A B", "C A B D" },
  { "A B C D", DOWN, "C A", "B A D C" },
  { "A (A1) B (B1) C (C1)", DOWN, "A1 B1", "A B (A1) C (B1 C1)" },
  { "A B", DOWN, "B", NULL },
  { "A (A1) B (B1)", DOWN, "B1", NULL },
  { "A (A1 (A1a)) B (B1 (B1a))", DOWN, "A1a", NULL },
  { "A B C", DOWN, "A C", NULL },
  /* Indent: the last children of the previous sibling. */
  { "A B C", INDENT, "B", "A (B) C" },
  { "A (A1) B C", INDENT, "B", "A (A1 B) C" },
  { "A B C D", INDENT, "C B", "A (B C) D" },
  { "A B C D", INDENT, "B D", "A (B) C (D)" },
  { "A B (B1) C", INDENT, "B1 B", "A (B (B1)) C" },
  { "A (A1 A2) B (B1 B2)", INDENT, "A2 B2", "A (A1 (A2)) B (B1 (B2))" },
  { "A B", INDENT, "A", NULL },
  { "A (A1) B", INDENT, "A1", NULL },
  { "A B C", INDENT, "B A", NULL },
  /* Outdent: right after the parent; the following siblings stay. */
  { "A (A1 A2 A3) B", OUTDENT, "A2", "A (A1 A3) A2 B" },
  { "A (A1 A2 A3) B", OUTDENT, "A2 A1", "A (A3) A1 A2 B" },
  { "A (A1 A2 A3) B", OUTDENT, "A3 A1", "A (A2) A1 A3 B" },
  { "A (A1 A2 (A2a) A3)", OUTDENT, "A3 A2a A1", "A (A2 A2a) A1 A3" },
  { "A (A1) B (B1)", OUTDENT, "B1 A1", "A A1 B B1" },
  { "A (A1 (A1a A1b))", OUTDENT, "A1a", "A (A1 (A1b) A1a)" },
  { "A (A1 (A1a))", OUTDENT, "A1 A1a", "A A1 (A1a)" },
  { "A B", OUTDENT, "A", NULL },
  { "A (A1) B", OUTDENT, "A1 B", NULL },
};

static GPtrArray *
find_all (SylDocument *document,
          const char  *titles)
{
  g_auto(GStrv) names = g_strsplit (titles, " ", -1);
  GPtrArray *nodes = g_ptr_array_new ();

  for (guint i = 0; names[i] != NULL; i++)
    g_ptr_array_add (nodes, syl_test_find (document, names[i]));
  return nodes;
}

static void
assert_dump (SylDocument *document,
             const char  *expected)
{
  g_autofree char *dump = syl_test_dump (document);

  g_assert_cmpstr (dump, ==, expected);
}

/* A success is one step that undo takes back to the very same bytes; a
 * failure changes nothing and records nothing. */
static void
test_op (gconstpointer data)
{
  const OpCase *c = data;
  g_autoptr(SylDocument) document = syl_test_new_outline (c->outline);
  g_autoptr(GPtrArray) nodes = find_all (document, c->selection);
  SylHistory *history = syl_document_get_history (document);
  g_autofree char *before = syl_test_serialize (document);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = ops[c->op].func (document, (SylNode **) nodes->pdata, nodes->len, &error);
  if (c->expected == NULL)
    {
      g_assert_false (ok);
      g_assert_error (error, SYL_ERROR, SYL_ERROR_MOVE);
      after = syl_test_serialize (document);
      g_assert_cmpstr (after, ==, before);
      g_assert_cmpuint (syl_history_get_n_undo (history), ==, 0);
      g_assert_false (syl_document_get_modified (document));
      return;
    }

  g_assert_no_error (error);
  g_assert_true (ok);
  assert_dump (document, c->expected);
  g_assert_cmpuint (syl_history_get_n_undo (history), ==, 1);
  after = syl_test_serialize (document);

  g_assert_true (syl_history_undo (history));
  undone = syl_test_serialize (document);
  g_assert_cmpstr (undone, ==, before);
  g_assert_true (syl_history_redo (history));
  g_clear_pointer (&undone, g_free);
  undone = syl_test_serialize (document);
  g_assert_cmpstr (undone, ==, after);
}

static void
assert_label (OpFunc       func,
              const char  *selection,
              const char  *expected)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1 A2 A3 A4) B");
  g_autoptr(GPtrArray) nodes = find_all (document, selection);
  SylHistory *history = syl_document_get_history (document);

  g_assert_true (func (document, (SylNode **) nodes->pdata, nodes->len, NULL));
  g_assert_cmpstr (syl_history_get_undo_label (history), ==, expected);
}

static void
test_labels (void)
{
  assert_label (syl_document_move_up, "A2", "Move “1.2 A2” Up");
  assert_label (syl_document_move_down, "A2", "Move “1.2 A2” Down");
  assert_label (syl_document_indent, "A2", "Indent “1.2 A2”");
  assert_label (syl_document_outdent, "A2", "Outdent “1.2 A2”");
  assert_label (syl_document_move_up, "A3 A2", "Move 2 items up");
  assert_label (syl_document_move_down, "A1 A3", "Move 2 items down");
  assert_label (syl_document_indent, "A2 A3 A4", "Indent 3 items");
  assert_label (syl_document_outdent, "A2 A3 A4", "Outdent 3 items");
  /* A node inside another selected one is not counted. */
  assert_label (syl_document_move_down, "A A2", "Move “1 A” Down");
}

static void
test_errors (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1) B");
  SylNode *a = syl_test_find (document, "A");
  SylNode *b = syl_test_find (document, "B");
  SylNode *a1 = syl_test_find (document, "A1");
  SylNode *root = syl_document_get_root (document);
  g_autoptr(GError) error = NULL;

  g_assert_false (syl_document_move_up (document, &a, 1, &error));
  g_assert_error (error, SYL_ERROR, SYL_ERROR_MOVE);
  g_assert_cmpstr (error->message, ==, "Already at the top");
  g_clear_error (&error);

  g_assert_false (syl_document_move_down (document, &b, 1, &error));
  g_assert_cmpstr (error->message, ==, "Already at the bottom");
  g_clear_error (&error);

  g_assert_false (syl_document_indent (document, &a1, 1, &error));
  g_assert_error (error, SYL_ERROR, SYL_ERROR_MOVE);
  g_assert_nonnull (strstr (error->message, "“1.1 A1”"));
  g_clear_error (&error);

  g_assert_false (syl_document_outdent (document, &b, 1, &error));
  g_assert_error (error, SYL_ERROR, SYL_ERROR_MOVE);
  g_assert_nonnull (strstr (error->message, "“2 B”"));
  g_clear_error (&error);

  g_assert_false (syl_document_indent (document, &root, 1, &error));
  g_assert_error (error, SYL_ERROR, SYL_ERROR_MOVE);

  g_assert_cmpuint (syl_history_get_n_undo (syl_document_get_history (document)), ==, 0);
  assert_dump (document, "A (A1) B");
}

static void
test_empty_selection (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A B");
  g_autoptr(GError) error = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (ops); i++)
    {
      g_assert_true (ops[i].func (document, NULL, 0, &error));
      g_assert_no_error (error);
    }
  g_assert_cmpuint (syl_history_get_n_undo (syl_document_get_history (document)), ==, 0);
}

/* B's subtree is 100 levels deep; under A it would be 101. */
static void
test_depth_limit (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A B");
  SylNode *b = syl_test_find (document, "B");
  SylNode *parent = b;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  guint n_undo;

  for (guint level = 2; level <= SYL_MAX_OUTLINE_DEPTH; level++)
    {
      g_autoptr(SylNode) node = syl_node_new (SYL_NODE_KIND_SECTION, "deep");
      g_assert_true (syl_document_insert_node (document, node, parent, 0, &error));
      parent = node;
    }
  n_undo = syl_history_get_n_undo (syl_document_get_history (document));
  before = syl_test_serialize (document);

  g_assert_false (syl_document_indent (document, &b, 1, &error));
  g_assert_error (error, SYL_ERROR, SYL_ERROR_TOO_DEEP);
  after = syl_test_serialize (document);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpuint (syl_history_get_n_undo (syl_document_get_history (document)), ==, n_undo);

  /* Moving keeps the depth, so it is allowed. */
  g_assert_true (syl_document_move_up (document, &b, 1, NULL));
  g_assert_true (syl_node_get_child (syl_document_get_root (document), 0) == b);
}

/* On a real outline, with examples, comments and unknown members: one undo
 * gives back the exact bytes. */
static void
test_sample_undo (void)
{
  g_autofree char *path = syl_test_data_path ("..", "..", "data", "samples",
                                              "ai-enterprise-course.syllabus.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SylDocument) document = syl_document_new_from_file (file, NULL, NULL);
  SylHistory *history = syl_document_get_history (document);
  SylNode *chapter = syl_node_get_child (syl_document_get_root (document), 1);
  SylNode *nodes[] = { syl_node_get_child (chapter, 3), syl_node_get_child (chapter, 2) };
  g_autofree char *before = syl_test_serialize (document);

  for (guint i = 0; i < G_N_ELEMENTS (ops); i++)
    {
      g_autofree char *after = NULL;

      g_assert_true (ops[i].func (document, nodes, G_N_ELEMENTS (nodes), NULL));
      g_assert_cmpuint (syl_history_get_n_undo (history), ==, 1);
      g_assert_true (syl_history_undo (history));
      after = syl_test_serialize (document);
      g_assert_cmpstr (after, ==, before);
      g_assert_false (syl_document_get_modified (document));
    }
}

/* A random outline of @n nodes; the titles are their ids, N0, N1, … */
static SylDocument *
random_outline (guint n)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("N0");
  GPtrArray *all = g_ptr_array_new ();

  g_ptr_array_add (all, syl_document_get_root (document));
  g_ptr_array_add (all, syl_test_find (document, "N0"));
  for (guint i = 1; i < n; i++)
    {
      g_autofree char *title = g_strdup_printf ("N%u", i);
      g_autoptr(SylNode) node = syl_node_new (SYL_NODE_KIND_SECTION, title);
      SylNode *parent = g_ptr_array_index (all, g_test_rand_int_range (0, all->len));
      guint index = g_test_rand_int_range (0, syl_node_get_n_children (parent) + 1);

      g_assert_true (syl_document_insert_node (document, node, parent, index, NULL));
      g_ptr_array_add (all, node);
    }
  g_ptr_array_unref (all);
  return g_steal_pointer (&document);
}

static void
collect (SylNode   *parent,
         GPtrArray *nodes)
{
  for (guint i = 0; i < syl_node_get_n_children (parent); i++)
    {
      g_ptr_array_add (nodes, syl_node_get_child (parent, i));
      collect (syl_node_get_child (parent, i), nodes);
    }
}

/* Any selection and any operation: either one step that undo reverses
 * exactly, or an error and no change. */
static void
test_random (void)
{
  for (guint round = 0; round < 300; round++)
    {
      g_autoptr(SylDocument) document = random_outline (g_test_rand_int_range (1, 12));
      g_autoptr(GPtrArray) all = g_ptr_array_new ();
      g_autoptr(GPtrArray) selection = g_ptr_array_new ();
      SylHistory *history = syl_document_get_history (document);
      guint n_undo = syl_history_get_n_undo (history);
      g_autofree char *before = NULL;
      g_autofree char *after = NULL;
      guint n_nodes = syl_document_get_n_nodes (document);
      g_autoptr(GError) error = NULL;
      const Op *op = &ops[g_test_rand_int_range (0, G_N_ELEMENTS (ops))];

      collect (syl_document_get_root (document), all);
      for (guint i = g_test_rand_int_range (1, 4); i > 0; i--)
        g_ptr_array_add (selection, g_ptr_array_index (all, g_test_rand_int_range (0, all->len)));
      before = syl_test_serialize (document);

      if (op->func (document, (SylNode **) selection->pdata, selection->len, &error))
        {
          g_assert_cmpuint (syl_history_get_n_undo (history), ==, n_undo + 1);
          g_assert_cmpuint (syl_document_get_n_nodes (document), ==, n_nodes);
          g_assert_true (syl_history_undo (history));
        }
      else
        g_assert_error (error, SYL_ERROR, SYL_ERROR_MOVE);
      after = syl_test_serialize (document);
      g_assert_cmpstr (after, ==, before);
    }
}

typedef struct
{
  double          y;
  SylDropPosition expected;
} DropZone;

static void
test_drop_zones (void)
{
  const double h = 40;
  const double epsilon = 1e-6;
  const DropZone zones[] = {
    { 0, SYL_DROP_BEFORE },
    { h / 4 - epsilon, SYL_DROP_BEFORE },
    { h / 4, SYL_DROP_INTO },
    { h / 2, SYL_DROP_INTO },
    { 3 * h / 4 - epsilon, SYL_DROP_INTO },
    { 3 * h / 4, SYL_DROP_AFTER },
    { h, SYL_DROP_AFTER },
    { -5, SYL_DROP_BEFORE },
    { -1e9, SYL_DROP_BEFORE },
    { h + 5, SYL_DROP_AFTER },
    { 1e9, SYL_DROP_AFTER },
  };

  for (guint i = 0; i < G_N_ELEMENTS (zones); i++)
    {
      g_test_message ("y = %g", zones[i].y);
      g_assert_cmpint (syl_drop_position_for_y (zones[i].y, h), ==, zones[i].expected);
    }

  /* Rows of another height scale with it. */
  g_assert_cmpint (syl_drop_position_for_y (7.4, 30), ==, SYL_DROP_BEFORE);
  g_assert_cmpint (syl_drop_position_for_y (7.5, 30), ==, SYL_DROP_INTO);
  g_assert_cmpint (syl_drop_position_for_y (22.5, 30), ==, SYL_DROP_AFTER);
  /* A row that has no height yet takes drops into it. */
  g_assert_cmpint (syl_drop_position_for_y (0, 0), ==, SYL_DROP_INTO);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (op_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/outline-ops/%s/%u", ops[op_cases[i].op].name, i);
      g_test_add_data_func (path, &op_cases[i], test_op);
    }
  g_test_add_func ("/outline-ops/labels", test_labels);
  g_test_add_func ("/outline-ops/errors", test_errors);
  g_test_add_func ("/outline-ops/empty-selection", test_empty_selection);
  g_test_add_func ("/outline-ops/depth-limit", test_depth_limit);
  g_test_add_func ("/outline-ops/sample-undo", test_sample_undo);
  g_test_add_func ("/outline-ops/random", test_random);
  g_test_add_func ("/outline-ops/drop-zones", test_drop_zones);

  return g_test_run ();
}
