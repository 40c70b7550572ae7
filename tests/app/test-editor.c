/* test-editor.c: editing a node in the pane beside the tree, under Xvfb
 *
 * Each field is edited as a designer would, then the saved file, the
 * history and the tree are checked, and each edit is undone.  The lists of
 * objectives and examples have more tests in test-editor-lists.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-example-card.h"
#include "syl-node-pane-private.h"
#include "syl-outline-row.h"
#include "syl-test-editor.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"
#include "syl-window-private.h"
#include "syl-document-disk.h"

typedef SylTestEditor Fixture;

static char *
saved_text (Fixture *f)
{
  char *contents = NULL;

  g_assert_true (syl_document_save (f->document, NULL, NULL));
  f->saved = TRUE;
  g_assert_true (g_file_load_contents (syl_document_get_file (f->document), NULL, &contents,
                                       NULL, NULL, NULL));
  return contents;
}

/* Types @text one character at a time into @editable, as keys would. */
static void
type_into (GtkEditable *editable,
           const char  *text)
{
  gtk_editable_set_position (editable, -1);
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      int position = gtk_editable_get_position (editable);
      gtk_editable_insert_text (editable, p, g_utf8_next_char (p) - p, &position);
      gtk_editable_set_position (editable, position);
    }
  syl_test_wait_frame (GTK_WIDGET (editable));
}

/* Saves and checks that the file holds @needle. */
static void
assert_saved (Fixture    *f,
              const char *needle)
{
  g_autofree char *saved = saved_text (f);

  if (strstr (saved, needle) == NULL)
    g_error ("the saved file lacks “%s”", needle);
}

static void
test_title (Fixture       *f,
            gconstpointer  data)
{
  SylNode *node = syl_test_node_at (f->window, "1.2");
  GtkWidget *row;
  g_autofree char *saved = NULL;

  syl_test_select (f->window, "1.2");
  type_into (GTK_EDITABLE (f->pane->title_row), "——新");
  g_assert_cmpstr (syl_node_get_title (node), ==, "讨论：哪种排序最快？——新");
  /* One step for all the typing, and the tree shows it at once. */
  g_assert_cmpuint (syl_history_get_n_undo (f->history), ==, 1);
  row = syl_outline_view_get_row_widget (syl_window_get_outline_view (f->window), node);
  g_assert_nonnull (row);
  saved = saved_text (f);
  g_assert_nonnull (strstr (saved, "\"title\": \"讨论：哪种排序最快？——新\""));

  syl_test_editor_undo (f);
  g_assert_cmpstr (syl_node_get_title (node), ==, "讨论：哪种排序最快？");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->pane->title_row)), ==,
                   "讨论：哪种排序最快？");
}

static void
test_kind_and_optional (Fixture       *f,
                        gconstpointer  data)
{
  SylNode *node = syl_test_node_at (f->window, "2");

  syl_test_select (f->window, "2");
  adw_combo_row_set_selected (f->pane->kind_row, SYL_NODE_KIND_EXAMPLE);
  g_assert_cmpint (syl_node_get_kind (node), ==, SYL_NODE_KIND_EXAMPLE);
  gtk_switch_set_active (f->pane->optional_switch, TRUE);
  g_assert_true (syl_node_get_optional (node));
  g_assert_cmpuint (syl_history_get_n_undo (f->history), ==, 2);
  assert_saved (f, "\"number\": \"2\",\n      \"kind\": \"example\",\n      \"title\": \"图算法\"");
  assert_saved (f, "\"objectives\": [],\n      \"optional\": true,");

  syl_test_editor_undo (f);
  g_assert_false (syl_node_get_optional (node));
  g_assert_false (gtk_switch_get_active (f->pane->optional_switch));
  syl_test_editor_undo (f);
  g_assert_cmpint (syl_node_get_kind (node), ==, SYL_NODE_KIND_SECTION);
  g_assert_cmpuint (adw_combo_row_get_selected (f->pane->kind_row), ==, SYL_NODE_KIND_SECTION);
  syl_test_editor_assert_original (f);
}

/* Enter in an entry row. */
static void
enter (AdwEntryRow *row)
{
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (row)), "activate");
  syl_test_wait_frame (GTK_WIDGET (row));
}

/* Empties @editable, as Ctrl+A and Backspace would. */
static void
clear_entry (GtkEditable *editable)
{
  gtk_editable_delete_text (editable, 0, -1);
  syl_test_wait_frame (GTK_WIDGET (editable));
}

/* Gives the window the X input focus, and @widget the window's focus. */
static void
focus (Fixture   *f,
       GtkWidget *widget)
{
  syl_test_focus_x (GTK_WIDGET (f->window));
  g_assert_true (gtk_widget_grab_focus (widget));
  syl_test_wait_frame (widget);
}

static gboolean
duration_marked (Fixture *f)
{
  return gtk_widget_has_css_class (GTK_WIDGET (f->pane->duration_row), "error");
}

/* A duration goes in whole, on Enter or when the focus leaves the field,
 * as people type it; each is a step, each undone. */
static void
test_duration (Fixture       *f,
               gconstpointer  data)
{
  SylNode *node = syl_test_node_at (f->window, "2");
  GtkEditable *entry = GTK_EDITABLE (f->pane->duration_row);

  syl_test_select (f->window, "2");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  /* "4" is no duration on the way to "45". */
  type_into (entry, "45");
  g_assert_cmpint (syl_node_get_duration_minutes (node), ==, -1);
  g_assert_cmpuint (syl_history_get_n_undo (f->history), ==, 0);
  enter (f->pane->duration_row);
  g_assert_cmpint (syl_node_get_duration_minutes (node), ==, 45);
  g_assert_cmpuint (syl_history_get_n_undo (f->history), ==, 1);
  /* Rolled up: chapter 1 has 90 minutes, the course now 135 of 720. */
  g_assert_cmpstr (gtk_label_get_text (f->pane->totals_label), ==,
                   "Chapter 2: 45 min · course 2 h 15 min of 12 h");
  assert_saved (f, "\"objectives\": [],\n      \"duration_minutes\": 45,\n      \"optional\": false,");

  /* No duration: marked with the reason, and no part of it is stored,
   * though "1h 30" on the way is a duration. */
  clear_entry (entry);
  type_into (entry, "1h 30x");
  enter (f->pane->duration_row);
  g_assert_true (duration_marked (f));
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (f->pane->duration_row)), ==,
                   "“1h 30x” is not a duration\n"
                   "Minutes (90), hours and minutes (1 h 30 min, 1.5 h) or 1:30; empty for none");
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "1h 30x");
  g_assert_cmpint (syl_node_get_duration_minutes (node), ==, 45);
  g_assert_cmpuint (syl_history_get_n_undo (f->history), ==, 1);
  /* Nor when the focus leaves. */
  focus (f, GTK_WIDGET (f->pane->duration_row));
  focus (f, GTK_WIDGET (f->pane->title_row));
  g_assert_true (duration_marked (f));
  g_assert_cmpint (syl_node_get_duration_minutes (node), ==, 45);
  g_assert_cmpuint (syl_history_get_n_undo (f->history), ==, 1);

  /* Hours and minutes: the mark goes as soon as they are typed, and they
   * show as the minutes they were read as. */
  clear_entry (entry);
  type_into (entry, "1h 30");
  g_assert_false (duration_marked (f));
  g_assert_cmpint (syl_node_get_duration_minutes (node), ==, 45);
  enter (f->pane->duration_row);
  g_assert_cmpint (syl_node_get_duration_minutes (node), ==, 90);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "90");
  g_assert_false (duration_marked (f));
  g_assert_cmpuint (syl_history_get_n_undo (f->history), ==, 2);
  g_assert_cmpstr (gtk_label_get_text (f->pane->totals_label), ==,
                   "Chapter 2: 1 h 30 min · course 3 h of 12 h");

  /* A duration goes in when the focus leaves, too. */
  focus (f, GTK_WIDGET (f->pane->duration_row));
  clear_entry (entry);
  type_into (entry, "2:15");
  g_assert_cmpint (syl_node_get_duration_minutes (node), ==, 90);
  focus (f, GTK_WIDGET (f->pane->title_row));
  g_assert_cmpint (syl_node_get_duration_minutes (node), ==, 135);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "135");
  g_assert_cmpuint (syl_history_get_n_undo (f->history), ==, 3);

  /* Empty is none. */
  clear_entry (entry);
  enter (f->pane->duration_row);
  g_assert_cmpint (syl_node_get_duration_minutes (node), ==, -1);
  g_assert_false (duration_marked (f));
  g_assert_cmpuint (syl_history_get_n_undo (f->history), ==, 4);

  syl_test_editor_undo (f);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "135");
  while (syl_history_get_can_undo (f->history))
    syl_test_editor_undo (f);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  syl_test_editor_assert_original (f);
}

static gboolean
saved_with_changes (gpointer data)
{
  Fixture *f = data;

  return syl_history_get_n_undo (f->history) > 0 && !syl_document_get_modified (f->document);
}

/* Saving and undoing do not pass by a duration typed but not yet entered. */
static void
test_duration_not_entered (Fixture       *f,
                           gconstpointer  data)
{
  SylNode *node = syl_test_node_at (f->window, "2");
  GtkEditable *entry = GTK_EDITABLE (f->pane->duration_row);
  g_autofree char *contents = NULL;

  syl_test_select (f->window, "2");
  type_into (entry, "1.5h");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL));
  g_assert_true (syl_test_wait_for (saved_with_changes, f, 5000));
  g_assert_cmpint (syl_node_get_duration_minutes (node), ==, 90);
  g_assert_cmpuint (syl_history_get_n_undo (f->history), ==, 1);
  g_assert_true (g_file_load_contents (syl_document_get_file (f->document), NULL, &contents,
                                       NULL, NULL, NULL));
  g_assert_nonnull (strstr (contents, "\"objectives\": [],\n      \"duration_minutes\": 90,"));
  f->saved = TRUE;

  /* A change to another field leaves it as it is, to be entered. */
  clear_entry (entry);
  type_into (entry, "2 h");
  gtk_switch_set_active (f->pane->optional_switch, TRUE);
  syl_test_wait_frame (GTK_WIDGET (f->pane->optional_switch));
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "2 h");
  enter (f->pane->duration_row);
  g_assert_cmpint (syl_node_get_duration_minutes (node), ==, 120);
  g_assert_cmpuint (syl_history_get_n_undo (f->history), ==, 3);
  syl_test_editor_undo (f);
  syl_test_editor_undo (f);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "90");
  g_assert_false (syl_node_get_optional (node));

  /* Undo undoes the typing, as it does in every other field. */
  clear_entry (entry);
  type_into (entry, "2 h");
  syl_test_editor_undo (f);
  g_assert_cmpint (syl_node_get_duration_minutes (node), ==, 90);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "90");
  g_assert_cmpuint (syl_history_get_n_undo (f->history), ==, 1);

  /* What the window calls before it closes. */
  clear_entry (entry);
  type_into (entry, "3 h");
  g_assert_false (syl_document_get_modified (f->document));
  g_assert_true (syl_node_pane_commit (f->pane));
  g_assert_cmpint (syl_node_get_duration_minutes (node), ==, 180);
  g_assert_true (syl_document_get_modified (f->document));
  /* Nothing more to enter. */
  g_assert_true (syl_node_pane_commit (f->pane));
  g_assert_cmpuint (syl_history_get_n_undo (f->history), ==, 2);
  clear_entry (entry);
  type_into (entry, "soon");
  g_assert_false (syl_node_pane_commit (f->pane));
  g_assert_true (duration_marked (f));
  g_assert_cmpint (syl_node_get_duration_minutes (node), ==, 180);

  while (syl_history_get_can_undo (f->history))
    syl_test_editor_undo (f);
  syl_test_editor_assert_original (f);
}

/* A chapter whose sections take longer than the chapter was given, and a
 * course longer than its target, say by how much, in the warning colour. */
static void
test_totals_over (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *totals = GTK_WIDGET (f->pane->totals_label);

  syl_test_select (f->window, "1.2");
  g_assert_cmpstr (gtk_label_get_text (f->pane->totals_label), ==,
                   "Chapter 1: 1 h 30 min · course 1 h 30 min of 12 h");
  g_assert_false (gtk_widget_has_css_class (totals, "warning"));
  g_assert_true (gtk_widget_has_css_class (totals, "dim-label"));

  /* 45 and 60 minutes of sections in a chapter of 90. */
  type_into (GTK_EDITABLE (f->pane->duration_row), "1小时");
  enter (f->pane->duration_row);
  g_assert_cmpstr (gtk_label_get_text (f->pane->totals_label), ==,
                   "Chapter 1: 1 h 45 min of 1 h 30 min — 15 min over · course 1 h 30 min of 12 h");
  g_assert_true (gtk_widget_has_css_class (totals, "warning"));
  g_assert_false (gtk_widget_has_css_class (totals, "dim-label"));

  syl_test_select (f->window, "2");
  g_assert_cmpstr (gtk_label_get_text (f->pane->totals_label), ==, "course 1 h 30 min of 12 h");
  g_assert_false (gtk_widget_has_css_class (totals, "warning"));
  type_into (GTK_EDITABLE (f->pane->duration_row), "11 h");
  enter (f->pane->duration_row);
  g_assert_cmpstr (gtk_label_get_text (f->pane->totals_label), ==,
                   "Chapter 2: 11 h · course 12 h 30 min of 12 h — 30 min over");
  g_assert_true (gtk_widget_has_css_class (totals, "warning"));

  /* Right on target is not over. */
  gtk_editable_set_text (GTK_EDITABLE (f->pane->duration_row), "10:30");
  enter (f->pane->duration_row);
  g_assert_cmpstr (gtk_label_get_text (f->pane->totals_label), ==,
                   "Chapter 2: 10 h 30 min · course 12 h of 12 h");
  g_assert_false (gtk_widget_has_css_class (totals, "warning"));
  g_assert_true (gtk_widget_has_css_class (totals, "dim-label"));

  syl_test_editor_undo (f);
  g_assert_true (gtk_widget_has_css_class (totals, "warning"));
  syl_test_editor_undo (f);
  syl_test_editor_undo (f);
  syl_test_select (f->window, "1.2");
  g_assert_false (gtk_widget_has_css_class (totals, "warning"));
  syl_test_editor_assert_original (f);
}

static void
test_notes (Fixture       *f,
            gconstpointer  data)
{
  SylNode *node = syl_test_node_at (f->window, "1.1");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (f->pane->notes_view));
  GtkTextIter end;

  syl_test_select (f->window, "1.1");
  gtk_text_buffer_get_end_iter (buffer, &end);
  gtk_text_buffer_place_cursor (buffer, &end);
  syl_test_type_into_buffer (buffer, "\n\n## 小结\n- *one*");
  g_assert_cmpstr (syl_node_get_notes (node), ==,
                   "Insertion sort, step by step.\n\n## 小结\n- *one*");
  g_assert_cmpuint (syl_history_get_n_undo (f->history), ==, 1);
  assert_saved (f, "\"notes\": \"Insertion sort, step by step.\\n\\n## 小结\\n- *one*\"");
  syl_test_editor_undo (f);
  g_assert_cmpstr (syl_node_get_notes (node), ==, "Insertion sort, step by step.");
  syl_test_editor_assert_original (f);
}

/* Typing, selecting another node, then undoing brings the text back and
 * selects the node it belongs to. */
static void
test_undo_after_selecting_another (Fixture       *f,
                                   gconstpointer  data)
{
  SylNode *node = syl_test_node_at (f->window, "1.1");
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (f->pane->notes_view));
  g_autoptr(GPtrArray) selected = NULL;

  syl_test_select (f->window, "1.1");
  syl_test_type_into_buffer (buffer, "写了一半");
  syl_test_select (f->window, "2");
  g_assert_nonnull (strstr (syl_node_get_notes (node), "写了一半"));

  syl_test_editor_undo (f);
  g_assert_cmpstr (syl_node_get_notes (node), ==, "Insertion sort, step by step.");
  selected = syl_test_selected (f->window);
  g_assert_cmpuint (selected->len, ==, 1);
  g_assert_true (g_ptr_array_index (selected, 0) == node);
  syl_test_editor_assert_original (f);
}

static void
test_objectives (Fixture       *f,
                 gconstpointer  data)
{
  SylNode *node = syl_test_node_at (f->window, "1");
  GtkListBoxRow *row;

  syl_test_select (f->window, "1");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), "pane.add-objective", NULL));
  syl_test_wait_frame (GTK_WIDGET (f->pane));
  row = gtk_list_box_get_row_at_index (f->pane->objectives_list, 2);
  g_assert_nonnull (row);
  type_into (GTK_EDITABLE (row), "Compare sorts");
  g_assert_cmpstr (syl_node_get_objectives (node)[2], ==, "Compare sorts");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), "pane.objective-up", "u", 2));
  g_assert_cmpstr (syl_node_get_objectives (node)[1], ==, "Compare sorts");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), "pane.objective-remove", "u", 0));
  g_assert_cmpuint (g_strv_length ((char **) syl_node_get_objectives (node)), ==, 2);
  g_assert_cmpstr (syl_node_get_objectives (node)[0], ==, "Compare sorts");

  assert_saved (f, "\"objectives\": [\n        \"Compare sorts\",\n        \"比较插入排序与归并排序\"\n      ]");
  /* Add, typing, move, remove: four steps. */
  g_assert_cmpuint (syl_history_get_n_undo (f->history), ==, 4);
  while (syl_history_get_can_undo (f->history))
    syl_test_editor_undo (f);
  syl_test_editor_assert_original (f);
}

static void
test_examples (Fixture       *f,
               gconstpointer  data)
{
  SylNode *node = syl_test_node_at (f->window, "1");
  GListModel *examples = syl_node_get_examples (node);
  GtkWidget *card;
  GtkTextView *body;
  g_autoptr(SylExample) added = NULL;

  syl_test_select (f->window, "1");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), "pane.add-example", NULL));
  syl_test_wait_frame (GTK_WIDGET (f->pane));
  g_assert_cmpuint (g_list_model_get_n_items (examples), ==, 2);
  card = gtk_widget_get_last_child (GTK_WIDGET (f->pane->examples_box));
  body = GTK_TEXT_VIEW (syl_example_card_get_body (SYL_EXAMPLE_CARD (card)));
  type_into (GTK_EDITABLE (syl_example_card_get_title (SYL_EXAMPLE_CARD (card))), "归并");
  syl_test_type_into_buffer (gtk_text_view_get_buffer (body), "Split, sort, merge.");
  added = g_list_model_get_item (examples, 1);
  g_assert_cmpstr (syl_example_get_title (added), ==, "归并");
  g_assert_cmpstr (syl_example_get_body (added), ==, "Split, sort, merge.");
  assert_saved (f, "\"title\": \"归并\",\n          \"body\": \"Split, sort, merge.\"");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), "pane.example-up", "u", 1));
  {
    g_autoptr(SylExample) first = g_list_model_get_item (examples, 0);
    g_assert_true (first == added);
  }
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), "pane.example-remove", "u", 0));
  syl_test_wait_frame (GTK_WIDGET (f->pane));
  g_assert_cmpuint (g_list_model_get_n_items (examples), ==, 1);

  /* The removal is undone first, and brings back the same example. */
  syl_test_editor_undo (f);
  {
    g_autoptr(SylExample) first = g_list_model_get_item (examples, 0);
    g_assert_true (first == added);
  }
  while (syl_history_get_can_undo (f->history))
    syl_test_editor_undo (f);
  syl_test_editor_assert_original (f);
}

static void
test_empty_states (Fixture       *f,
                   gconstpointer  data)
{
  SylOutlineView *view = syl_window_get_outline_view (f->window);
  SylNode *nodes[] = { syl_test_node_at (f->window, "1"), syl_test_node_at (f->window, "2") };

  syl_outline_view_select_nodes (view, nodes, 2);
  syl_test_wait_settled (f->window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->pane->stack), ==, "multiple");
  syl_outline_view_select_nodes (view, nodes, 1);
  syl_test_wait_settled (f->window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->pane->stack), ==, "node");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "outline.delete", NULL));
  syl_test_wait_settled (f->window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->pane->stack), ==, "node");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (f->pane->title_row)), ==, "图算法");
}

static const char *
row_number (Fixture    *f,
            const char *path)
{
  GtkWidget *row = syl_outline_view_get_row_widget (syl_window_get_outline_view (f->window),
                                                    syl_test_node_at (f->window, path));

  g_assert_nonnull (row);
  return syl_outline_row_get_number (SYL_OUTLINE_ROW (row));
}

/* The numbering style is chosen from the menu, shown in the tree and the
 * editor at once, saved, and undone like any edit. */
static void
test_numbering (Fixture       *f,
                gconstpointer  data)
{
  g_autofree char *saved = NULL;

  syl_test_select (f->window, "1.2");
  gtk_widget_activate_action (GTK_WIDGET (f->window), "numbering.preset", "s", "chinese");
  syl_test_wait_settled (f->window);
  g_assert_cmpstr (row_number (f, "1"), ==, "第一章");
  g_assert_cmpstr (row_number (f, "1.2"), ==, "第二节");
  g_assert_cmpstr (gtk_label_get_text (f->pane->number_label), ==, "第二节");

  /* Discussions unnumbered: 1.2 is one, so it shows no number. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "numbering.items", NULL);
  syl_test_wait_settled (f->window);
  g_assert_cmpstr (row_number (f, "1.2"), ==, "");
  saved = saved_text (f);
  g_assert_nonnull (strstr (saved, "\"numbering\": {\n    \"levels\": [\n      \"chapter-zh\""));
  g_assert_nonnull (strstr (saved, "\"number_items\": false"));

  syl_test_editor_undo (f);
  g_assert_cmpstr (row_number (f, "1.2"), ==, "第二节");
  syl_test_editor_undo (f);
  g_assert_cmpstr (row_number (f, "1"), ==, "1");
  g_assert_cmpstr (row_number (f, "1.2"), ==, "1.2");
  {
    g_autofree char *now = syl_test_serialize (f->document);
    syl_test_assert_same_text (now, f->original);
  }
}

int
main (int   argc,
      char *argv[])
{
  syl_test_gui_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/editor/" path, Fixture, NULL, syl_test_editor_setup, func, \
              syl_test_editor_teardown)
  ADD ("title", test_title);
  ADD ("kind-and-optional", test_kind_and_optional);
  ADD ("duration", test_duration);
  ADD ("duration-not-entered", test_duration_not_entered);
  ADD ("totals-over", test_totals_over);
  ADD ("notes", test_notes);
  ADD ("undo-after-selecting-another", test_undo_after_selecting_another);
  ADD ("objectives", test_objectives);
  ADD ("examples", test_examples);
  ADD ("empty-states", test_empty_states);
  ADD ("numbering", test_numbering);
#undef ADD

  return g_test_run ();
}
