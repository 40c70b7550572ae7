/* test-history.c: undo and redo of every operation, merging, the saved state
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-test-util.h"
#include "syl-document-disk.h"

typedef void (*Operation) (SylDocument *document);

static SylNode *
nth (SylDocument *document,
     guint        i)
{
  return syl_node_get_child (syl_document_get_root (document), i);
}

static void op_move (SylDocument *d) { syl_document_move_node (d, nth (d, 0), syl_document_get_root (d), 1, NULL); }
static void op_indent (SylDocument *d) { syl_document_move_node (d, nth (d, 1), nth (d, 0), 0, NULL); }
static void op_remove (SylDocument *d) { SylNode *n = nth (d, 0); syl_document_remove_nodes (d, &n, 1, NULL); }
static void op_title (SylDocument *d) { syl_document_set_string (d, nth (d, 0), "title", "新的标题", TRUE, NULL); }
static void op_notes (SylDocument *d) { syl_document_set_string (d, nth (d, 0), "notes", "Line one\n\n第二段", TRUE, NULL); }
static void op_kind (SylDocument *d) { syl_document_set_kind (d, nth (d, 0), SYL_NODE_KIND_EXAMPLE, NULL); }
static void op_duration (SylDocument *d) { syl_document_set_int (d, nth (d, 0), "duration-minutes", 45, NULL); }
static void op_unset_duration (SylDocument *d) { syl_document_set_int (d, nth (d, 0), "duration-minutes", -1, NULL); }
static void op_optional (SylDocument *d) { syl_document_set_boolean (d, nth (d, 0), "optional", TRUE, NULL); }
static void op_doc_title (SylDocument *d) { syl_document_set_string (d, d, "title", "Course", FALSE, NULL); }
static void op_target (SylDocument *d) { syl_document_set_int (d, d, "target-minutes", 90, NULL); }
static void op_numbering (SylDocument *d) { g_autoptr(SylNumbering) n = syl_numbering_new_preset (SYL_NUMBERING_PRESET_CHINESE); syl_document_set_numbering (d, n); }
static void op_add_objective (SylDocument *d) { syl_document_insert_objective (d, nth (d, 0), 0, "Understand"); }
static void op_edit_objective (SylDocument *d) { syl_document_insert_objective (d, nth (d, 0), 0, "x"); syl_document_edit_objective (d, nth (d, 0), 0, "Explain", TRUE); }

static void
op_move_objective (SylDocument *d)
{
  syl_document_insert_objective (d, nth (d, 0), 0, "one");
  syl_document_insert_objective (d, nth (d, 0), 1, "two");
  syl_document_move_objective (d, nth (d, 0), 0, 1);
  syl_document_remove_objective (d, nth (d, 0), 0);
}

static void
op_insert (SylDocument *d)
{
  g_autoptr(SylNode) node = syl_node_new (SYL_NODE_KIND_DISCUSSION, "讨论");
  syl_document_insert_node (d, node, nth (d, 0), 0, NULL);
}

static void
op_examples (SylDocument *d)
{
  g_autoptr(SylExample) a = syl_example_new ("A", "Body A");
  g_autoptr(SylExample) b = syl_example_new ("B", "Body B");

  syl_document_insert_example (d, nth (d, 1), 0, a);
  syl_document_insert_example (d, nth (d, 1), 1, b);
  syl_document_move_example (d, nth (d, 1), 1, 0);
  syl_document_set_string (d, a, "body", "Edited", TRUE, NULL);
  syl_document_remove_example (d, nth (d, 1), 0);
}

static void
op_annotations (SylDocument *d)
{
  g_autoptr(SylAnnotation) annotation = syl_annotation_new ("审阅人", "Please shorten");
  g_autoptr(SylReply) reply = syl_reply_new ("段方", "Done");

  syl_document_add_annotation (d, nth (d, 1), annotation);
  syl_document_add_reply (d, annotation, reply);
  syl_document_set_resolved (d, annotation, TRUE, "段方");
  syl_document_set_string (d, reply, "text", "Done, thanks", FALSE, NULL);
}

static void
op_remove_annotation (SylDocument *d)
{
  SylNode *node = nth (d, 0);

  if (g_list_model_get_n_items (syl_node_get_annotations (node)) > 0)
    syl_document_remove_annotation (d, node, 0);
}

static void
op_authors (SylDocument *d)
{
  g_autoptr(SylAuthor) author = syl_author_new ("Ann", "Reviewer");

  syl_document_insert_author (d, 0, author);
  syl_document_move_author (d, 0, 1);
  syl_document_set_string (d, author, "about", "Editor", FALSE, NULL);
  syl_document_remove_author (d, 0);
}

static void
op_multi_move (SylDocument *d)
{
  SylNode *nodes[] = { nth (d, 1), syl_node_get_child (nth (d, 0), 0) };
  syl_document_move_nodes (d, nodes, 2, syl_node_get_child (nth (d, 0), 1), SYL_DROP_INTO, NULL);
}

static void
op_duplicate (SylDocument *d)
{
  g_autoptr(SylNode) copy = syl_node_copy (nth (d, 0));
  syl_document_insert_node (d, copy, syl_document_get_root (d), 1, NULL);
}

static const struct
{
  const char *name;
  Operation   run;
} operations[] = {
  { "move", op_move }, { "indent", op_indent }, { "remove", op_remove },
  { "title", op_title }, { "notes", op_notes }, { "kind", op_kind },
  { "duration", op_duration }, { "unset-duration", op_unset_duration },
  { "optional", op_optional }, { "doc-title", op_doc_title }, { "target", op_target },
  { "numbering", op_numbering },
  { "add-objective", op_add_objective }, { "edit-objective", op_edit_objective },
  { "move-objective", op_move_objective }, { "insert", op_insert },
  { "examples", op_examples }, { "annotations", op_annotations },
  { "remove-annotation", op_remove_annotation }, { "authors", op_authors },
  { "multi-move", op_multi_move }, { "duplicate", op_duplicate },
};

/* Each operation, then undo of all its steps, gives back the same bytes;
 * redo of all of them gives the same bytes as after the operation. */
static void
test_undo_redo (gconstpointer data)
{
  Operation run = data;
  g_autoptr(SylDocument) document = syl_test_load_data ("valid/full.syllabus.json");
  SylHistory *history = syl_document_get_history (document);
  g_autofree char *before = syl_test_serialize (document);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  guint steps;

  run (document);
  after = syl_test_serialize (document);
  g_assert_cmpstr (after, !=, before);
  g_assert_true (syl_document_get_modified (document));

  steps = syl_history_get_n_undo (history);
  g_assert_cmpuint (steps, >, 0);
  while (syl_history_undo (history))
    ;
  undone = syl_test_serialize (document);
  g_assert_cmpstr (undone, ==, before);
  g_assert_false (syl_document_get_modified (document));

  while (syl_history_redo (history))
    ;
  redone = syl_test_serialize (document);
  g_assert_cmpstr (redone, ==, after);
  g_assert_cmpuint (syl_history_get_n_undo (history), ==, steps);

  /* With steps on both stacks, nothing the history holds may keep the
   * document alive: a step on the document's own fields once did. */
  syl_history_undo (history);
  g_assert_finalize_object (g_steal_pointer (&document));
}

/* Gives the document back the shape the operations expect: three
 * chapters, the first with two sections.  Adding is a step too. */
static void
ensure_shape (SylDocument *d)
{
  while (syl_node_get_n_children (syl_document_get_root (d)) < 3)
    {
      g_autoptr(SylNode) node = syl_node_new (SYL_NODE_KIND_SECTION, "Chapter");
      syl_document_insert_node (d, node, syl_document_get_root (d), 0, NULL);
    }
  while (syl_node_get_n_children (nth (d, 0)) < 2)
    {
      g_autoptr(SylNode) node = syl_node_new (SYL_NODE_KIND_SECTION, "Section");
      syl_document_insert_node (d, node, nth (d, 0), 0, NULL);
    }
}

/* All operations one after another, undone all the way and redone. */
static void
test_undo_everything (void)
{
  g_autoptr(SylDocument) document = syl_test_load_data ("valid/full.syllabus.json");
  SylHistory *history = syl_document_get_history (document);
  g_autofree char *before = syl_test_serialize (document);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (operations); i++)
    {
      ensure_shape (document);
      operations[i].run (document);
    }
  after = syl_test_serialize (document);

  while (syl_history_undo (history))
    ;
  undone = syl_test_serialize (document);
  g_assert_cmpstr (undone, ==, before);
  while (syl_history_redo (history))
    ;
  redone = syl_test_serialize (document);
  g_assert_cmpstr (redone, ==, after);
}

static void
test_modified (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A B C");
  SylHistory *history = syl_document_get_history (document);

  g_assert_false (syl_document_get_modified (document));
  op_move (document);
  g_assert_true (syl_document_get_modified (document));
  syl_history_undo (history);
  g_assert_false (syl_document_get_modified (document));
  syl_history_redo (history);
  g_assert_true (syl_document_get_modified (document));

  /* Saving makes the current state the clean one. */
  syl_history_mark_saved (history);
  g_assert_true (syl_history_get_at_saved (history));
  syl_history_undo (history);
  g_assert_true (syl_document_get_modified (document));
  syl_history_redo (history);
  g_assert_false (syl_document_get_modified (document));

  /* A new step after undoing past the saved state makes it unreachable. */
  syl_history_undo (history);
  op_indent (document);
  g_assert_true (syl_document_get_modified (document));
  syl_history_undo (history);
  g_assert_true (syl_document_get_modified (document));
  g_assert_false (syl_history_get_can_redo (history) && syl_history_get_at_saved (history));
}

static void
test_merge_typing (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A B");
  SylHistory *history = syl_document_get_history (document);
  SylNode *a = syl_test_find (document, "A");
  SylNode *b = syl_test_find (document, "B");

  syl_document_set_string (document, a, "notes", "H", TRUE, NULL);
  syl_document_set_string (document, a, "notes", "He", TRUE, NULL);
  syl_document_set_string (document, a, "notes", "Hel", TRUE, NULL);
  g_assert_cmpuint (syl_history_get_n_undo (history), ==, 1);

  /* Another field, another node, or a break each start a new step. */
  syl_document_set_string (document, a, "title", "A!", TRUE, NULL);
  g_assert_cmpuint (syl_history_get_n_undo (history), ==, 2);
  syl_document_set_string (document, b, "title", "B!", TRUE, NULL);
  g_assert_cmpuint (syl_history_get_n_undo (history), ==, 3);
  syl_history_break_merge (history);
  syl_document_set_string (document, b, "title", "B!!", TRUE, NULL);
  g_assert_cmpuint (syl_history_get_n_undo (history), ==, 4);

  /* Never across the saved state. */
  syl_history_mark_saved (history);
  syl_document_set_string (document, b, "title", "B!!!", TRUE, NULL);
  g_assert_cmpuint (syl_history_get_n_undo (history), ==, 5);
  syl_history_undo (history);
  g_assert_false (syl_document_get_modified (document));
  g_assert_cmpstr (syl_node_get_title (b), ==, "B!!");

  /* Without merge, each change is a step; an unchanged value is none. */
  syl_document_set_string (document, b, "notes", "x", FALSE, NULL);
  syl_document_set_string (document, b, "notes", "xy", FALSE, NULL);
  syl_document_set_string (document, b, "notes", "xy", FALSE, NULL);
  g_assert_cmpuint (syl_history_get_n_undo (history), ==, 6);

  while (syl_history_undo (history))
    ;
  g_assert_cmpstr (syl_node_get_notes (a), ==, "");
  g_assert_cmpstr (syl_node_get_title (a), ==, "A");
}

static void
test_labels (void)
{
  g_autoptr(SylDocument) document = NULL;
  g_autofree char *path = syl_test_data_path ("..", "..", "data", "samples",
                                              "ai-enterprise-course.syllabus.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SylHistory *history;
  SylNode *chapter1, *chapter2, *section;

  document = syl_document_new_from_file (file, NULL, NULL);
  g_assert_nonnull (document);
  history = syl_document_get_history (document);
  chapter1 = nth (document, 0);
  chapter2 = nth (document, 1);
  section = syl_node_get_child (chapter1, 3);

  g_assert_true (syl_document_move_nodes (document, &section, 1, chapter2, SYL_DROP_INTO, NULL));
  g_assert_cmpstr (syl_history_get_undo_label (history), ==,
                   "Move “1.4 算法层面的跃升” into “2 为什么是 chatGPT ?”");
  g_assert_true (syl_history_undo (history));
  g_assert_cmpstr (syl_history_get_redo_label (history), ==,
                   "Move “1.4 算法层面的跃升” into “2 为什么是 chatGPT ?”");
  g_assert_null (syl_history_get_undo_label (history));

  syl_document_set_string (document, section, "title", "算法", TRUE, NULL);
  g_assert_cmpstr (syl_history_get_undo_label (history), ==, "Rename “1.4 算法层面的跃升”");
}

static void
applied_cb (SylHistory          *history,
            GObject             *subject,
            SylHistoryDirection  direction,
            GPtrArray           *log)
{
  g_ptr_array_add (log, subject);
}

/* After undo and redo the window selects the step's node. */
static void
test_applied_subject (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1) B");
  SylHistory *history = syl_document_get_history (document);
  g_autoptr(GPtrArray) log = g_ptr_array_new ();
  g_autoptr(SylExample) example = syl_example_new ("E", "");

  g_signal_connect (history, "applied", G_CALLBACK (applied_cb), log);
  syl_document_move_node (document, syl_test_find (document, "A1"),
                          syl_test_find (document, "B"), 0, NULL);
  syl_document_insert_example (document, syl_test_find (document, "A"), 0, example);
  syl_document_set_string (document, example, "title", "E2", FALSE, NULL);
  syl_document_set_string (document, document, "title", "T", FALSE, NULL);
  syl_history_undo (history);
  syl_history_undo (history);

  g_assert_cmpuint (log->len, ==, 6);
  g_assert_true (g_ptr_array_index (log, 0) == (gpointer) syl_test_find (document, "A1"));
  g_assert_true (g_ptr_array_index (log, 1) == (gpointer) syl_test_find (document, "A"));
  g_assert_true (g_ptr_array_index (log, 2) == (gpointer) syl_test_find (document, "A"));
  g_assert_true (g_ptr_array_index (log, 3) == (gpointer) document);
  g_assert_true (g_ptr_array_index (log, 5) == (gpointer) syl_test_find (document, "A"));
}

/* What a view holding back its updates sees: "changing" before each
 * command, while the document is still as it was, then "applied". */
typedef struct
{
  SylDocument *document;
  GString     *log;
} ChangeLog;

static void
changing_cb (SylHistory *history,
             ChangeLog  *log)
{
  g_autofree char *outline = syl_test_dump (log->document);

  g_string_append_printf (log->log, "changing[%s] ", outline);
}

static void
log_applied_cb (SylHistory          *history,
                GObject             *subject,
                SylHistoryDirection  direction,
                ChangeLog           *log)
{
  g_autofree char *outline = syl_test_dump (log->document);

  g_string_append_printf (log->log, "applied[%s] ", outline);
}

static void
test_changing (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A B C");
  SylHistory *history = syl_document_get_history (document);
  g_autoptr(GString) text = g_string_new (NULL);
  ChangeLog log = { document, text };

  g_signal_connect (history, "changing", G_CALLBACK (changing_cb), &log);
  g_signal_connect (history, "applied", G_CALLBACK (log_applied_cb), &log);

  syl_document_move_node (document, syl_test_find (document, "A"),
                          syl_document_get_root (document), 2, NULL);
  g_assert_cmpstr (text->str, ==, "changing[A B C] applied[B C A] ");

  g_string_truncate (text, 0);
  syl_history_undo (history);
  syl_history_redo (history);
  g_assert_cmpstr (text->str, ==, "changing[B C A] applied[A B C] changing[A B C] applied[B C A] ");

  /* A group: a "changing" for each command, one "applied" at its end. */
  g_string_truncate (text, 0);
  syl_history_begin_group (history, "Both");
  syl_document_move_node (document, syl_test_find (document, "B"),
                          syl_document_get_root (document), 2, NULL);
  syl_document_move_node (document, syl_test_find (document, "C"),
                          syl_document_get_root (document), 2, NULL);
  syl_history_end_group (history);
  g_assert_cmpstr (text->str, ==, "changing[B C A] changing[C A B] applied[A B C] ");

  /* Nothing to undo or redo: nothing heard. */
  g_string_truncate (text, 0);
  syl_history_redo (history);
  g_assert_cmpstr (text->str, ==, "");
}

static void
test_groups (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A B C");
  SylHistory *history = syl_document_get_history (document);

  syl_history_begin_group (history, "Outer");
  op_move (document);
  syl_history_begin_group (history, "Inner");
  op_title (document);
  op_notes (document);
  syl_history_end_group (history);
  syl_history_end_group (history);

  /* An empty group leaves no step. */
  syl_history_begin_group (history, "Empty");
  syl_history_end_group (history);

  g_assert_cmpuint (syl_history_get_n_undo (history), ==, 1);
  g_assert_cmpstr (syl_history_get_undo_label (history), ==, "Outer");
  syl_history_undo (history);
  g_assert_false (syl_document_get_modified (document));
  {
    g_autofree char *dump = syl_test_dump (document);
    g_assert_cmpstr (dump, ==, "A B C");
  }
}

/* Whether @nodes holds exactly the nodes of @document titled in @titles,
 * a space-separated list, in any order. */
static void
assert_nodes (GPtrArray   *nodes,
              SylDocument *document,
              const char  *titles)
{
  g_auto(GStrv) names = g_strsplit (titles, " ", -1);

  g_assert_cmpuint (nodes->len, ==, *titles ? g_strv_length (names) : 0);
  for (guint i = 0; *titles && names[i] != NULL; i++)
    g_assert_true (g_ptr_array_find (nodes, syl_test_find (document, names[i]), NULL));
}

static void
changing_nodes_cb (SylHistory *history,
                   GPtrArray  *seen)
{
  g_autoptr(GPtrArray) nodes = syl_history_dup_step_nodes (history);

  for (guint i = 0; i < nodes->len; i++)
    g_ptr_array_add (seen, g_object_ref (g_ptr_array_index (nodes, i)));
}

/* Undo and redo select every node a step changed: all the nodes moved or
 * brought back, none that a step took out of the document. */
static void
test_step_nodes (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1 A2) B C D");
  SylHistory *history = syl_document_get_history (document);
  SylNode *moved[] = { syl_test_find (document, "B"), syl_test_find (document, "D") };
  SylNode *removed[] = { syl_test_find (document, "A1"), syl_test_find (document, "C") };
  g_autoptr(GPtrArray) seen = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) log = g_ptr_array_new ();

  g_assert_true (syl_document_move_nodes (document, moved, 2, syl_test_find (document, "A"),
                                          SYL_DROP_INTO, NULL));
  {
    g_autoptr(GPtrArray) nodes = syl_history_dup_step_nodes (history);
    assert_nodes (nodes, document, "B D");
  }

  /* While an undo begins, the nodes it is about to change. */
  g_signal_connect (history, "changing", G_CALLBACK (changing_nodes_cb), seen);
  g_assert_true (syl_history_undo (history));
  assert_nodes (seen, document, "B D");
  g_signal_handlers_disconnect_by_func (history, changing_nodes_cb, seen);
  {
    g_autoptr(GPtrArray) nodes = syl_history_dup_step_nodes (history);
    assert_nodes (nodes, document, "B D");
  }

  /* A deletion: gone while done, all back once undone; the step as a
   * whole still belongs to the first node. */
  g_signal_connect (history, "applied", G_CALLBACK (applied_cb), log);
  g_assert_true (syl_document_remove_nodes (document, removed, 2, NULL));
  g_assert_true (g_ptr_array_index (log, 0) == (gpointer) removed[0]);
  {
    g_autoptr(GPtrArray) nodes = syl_history_dup_step_nodes (history);
    g_assert_cmpuint (nodes->len, ==, 0);
  }
  g_assert_true (syl_history_undo (history));
  {
    g_autoptr(GPtrArray) nodes = syl_history_dup_step_nodes (history);
    assert_nodes (nodes, document, "A1 C");
  }

  /* A field of the document itself: no node. */
  syl_document_set_string (document, document, "title", "T", FALSE, NULL);
  {
    g_autoptr(GPtrArray) nodes = syl_history_dup_step_nodes (history);
    assert_nodes (nodes, document, "");
  }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  for (guint i = 0; i < G_N_ELEMENTS (operations); i++)
    {
      g_autofree char *path = g_strdup_printf ("/history/undo-redo/%s", operations[i].name);
      g_test_add_data_func (path, operations[i].run, test_undo_redo);
    }
  g_test_add_func ("/history/undo-everything", test_undo_everything);
  g_test_add_func ("/history/modified", test_modified);
  g_test_add_func ("/history/merge-typing", test_merge_typing);
  g_test_add_func ("/history/labels", test_labels);
  g_test_add_func ("/history/applied-subject", test_applied_subject);
  g_test_add_func ("/history/groups", test_groups);
  g_test_add_func ("/history/changing", test_changing);
  g_test_add_func ("/history/step-nodes", test_step_nodes);

  return g_test_run ();
}
