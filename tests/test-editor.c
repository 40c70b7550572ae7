/* test-editor.c: editing a node in the pane beside the tree, under Xvfb
 *
 * Each field is edited as a designer would, then the saved file, the
 * history and the tree are checked, and each edit is undone.  The keys
 * that go from field to field, Tab and Enter, are pressed for real with
 * xdotool, as in test-keys.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-node-pane-private.h"
#include "syl-outline-row.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"
#include "syl-window-private.h"

typedef struct
{
  SylWindow   *window;
  SylDocument *document;
  SylNodePane *pane;
  SylHistory  *history;
  char        *original;
  gboolean     saved;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = syl_test_data_path ("valid", "full.syllabus.json", NULL);

  f->window = syl_test_open_window (path);
  f->document = syl_window_get_document (f->window);
  f->pane = SYL_NODE_PANE (f->window->node_pane);
  f->history = syl_document_get_history (f->document);
  f->original = syl_test_serialize (f->document);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_free (f->original);
  syl_test_close_window (f->window);
}

static void
undo (Fixture *f)
{
  g_assert_true (syl_history_get_can_undo (f->history));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  syl_test_pump (50);
}

static void
assert_original (Fixture *f)
{
  g_autofree char *now = syl_test_serialize (f->document);

  syl_test_assert_same_text (now, f->original);
  /* After a save in between, the original is a change against the disk. */
  g_assert_true (syl_document_get_modified (f->document) == f->saved);
}

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
  syl_test_pump (20);
}

static void
type_into_buffer (GtkTextBuffer *buffer,
                  const char    *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    gtk_text_buffer_insert_at_cursor (buffer, p, g_utf8_next_char (p) - p);
  syl_test_pump (20);
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

  undo (f);
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

  undo (f);
  g_assert_false (syl_node_get_optional (node));
  g_assert_false (gtk_switch_get_active (f->pane->optional_switch));
  undo (f);
  g_assert_cmpint (syl_node_get_kind (node), ==, SYL_NODE_KIND_SECTION);
  g_assert_cmpuint (adw_combo_row_get_selected (f->pane->kind_row), ==, SYL_NODE_KIND_SECTION);
  assert_original (f);
}

/* Enter in an entry row. */
static void
enter (AdwEntryRow *row)
{
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (row)), "activate");
  syl_test_pump (20);
}

/* Empties @editable, as Ctrl+A and Backspace would. */
static void
clear_entry (GtkEditable *editable)
{
  gtk_editable_delete_text (editable, 0, -1);
  syl_test_pump (20);
}

/* Gives the window the X input focus, and @widget the window's focus. */
static void
focus (Fixture   *f,
       GtkWidget *widget)
{
  syl_test_focus_x (GTK_WIDGET (f->window));
  g_assert_true (gtk_widget_grab_focus (widget));
  syl_test_pump (100);
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

  undo (f);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "135");
  while (syl_history_get_can_undo (f->history))
    undo (f);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "");
  assert_original (f);
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
  syl_test_pump (20);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "2 h");
  enter (f->pane->duration_row);
  g_assert_cmpint (syl_node_get_duration_minutes (node), ==, 120);
  g_assert_cmpuint (syl_history_get_n_undo (f->history), ==, 3);
  undo (f);
  undo (f);
  g_assert_cmpstr (gtk_editable_get_text (entry), ==, "90");
  g_assert_false (syl_node_get_optional (node));

  /* Undo undoes the typing, as it does in every other field. */
  clear_entry (entry);
  type_into (entry, "2 h");
  undo (f);
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
    undo (f);
  assert_original (f);
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

  undo (f);
  g_assert_true (gtk_widget_has_css_class (totals, "warning"));
  undo (f);
  undo (f);
  syl_test_select (f->window, "1.2");
  g_assert_false (gtk_widget_has_css_class (totals, "warning"));
  assert_original (f);
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
  type_into_buffer (buffer, "\n\n## 小结\n- *one*");
  g_assert_cmpstr (syl_node_get_notes (node), ==,
                   "Insertion sort, step by step.\n\n## 小结\n- *one*");
  g_assert_cmpuint (syl_history_get_n_undo (f->history), ==, 1);
  assert_saved (f, "\"notes\": \"Insertion sort, step by step.\\n\\n## 小结\\n- *one*\"");
  undo (f);
  g_assert_cmpstr (syl_node_get_notes (node), ==, "Insertion sort, step by step.");
  assert_original (f);
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
  type_into_buffer (buffer, "写了一半");
  syl_test_select (f->window, "2");
  g_assert_nonnull (strstr (syl_node_get_notes (node), "写了一半"));

  undo (f);
  g_assert_cmpstr (syl_node_get_notes (node), ==, "Insertion sort, step by step.");
  selected = syl_test_selected (f->window);
  g_assert_cmpuint (selected->len, ==, 1);
  g_assert_true (g_ptr_array_index (selected, 0) == node);
  assert_original (f);
}

static void
test_objectives (Fixture       *f,
                 gconstpointer  data)
{
  SylNode *node = syl_test_node_at (f->window, "1");
  GtkListBoxRow *row;

  syl_test_select (f->window, "1");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), "pane.add-objective", NULL));
  syl_test_pump (20);
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
    undo (f);
  assert_original (f);
}

static void
test_examples (Fixture       *f,
               gconstpointer  data)
{
  SylNode *node = syl_test_node_at (f->window, "1");
  GListModel *examples = syl_node_get_examples (node);
  GtkWidget *card;
  g_autoptr(SylExample) added = NULL;

  syl_test_select (f->window, "1");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), "pane.add-example", NULL));
  syl_test_pump (20);
  g_assert_cmpuint (g_list_model_get_n_items (examples), ==, 2);
  card = gtk_widget_get_last_child (GTK_WIDGET (f->pane->examples_box));
  type_into (GTK_EDITABLE (g_object_get_data (G_OBJECT (card), "title")), "归并");
  type_into_buffer (gtk_text_view_get_buffer (g_object_get_data (G_OBJECT (card), "body")),
                    "Split, sort, merge.");
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
  syl_test_pump (20);
  g_assert_cmpuint (g_list_model_get_n_items (examples), ==, 1);

  /* The removal is undone first, and brings back the same example. */
  undo (f);
  {
    g_autoptr(SylExample) first = g_list_model_get_item (examples, 0);
    g_assert_true (first == added);
  }
  while (syl_history_get_can_undo (f->history))
    undo (f);
  assert_original (f);
}

static void
redo (Fixture *f)
{
  g_assert_true (syl_history_get_can_redo (f->history));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
  syl_test_pump (50);
}

/* Of the items in @list, only the first's ▲ and the last's ▼ are
 * insensitive, and there are @n of them. */
static void
assert_arrows_at_ends (GtkWidget *list,
                       guint      n)
{
  guint i = 0;

  for (GtkWidget *item = gtk_widget_get_first_child (list); item != NULL;
       item = gtk_widget_get_next_sibling (item), i++)
    {
      GtkWidget *up = syl_test_find_button (item, "go-up-symbolic");
      GtkWidget *down = syl_test_find_button (item, "go-down-symbolic");

      g_assert_nonnull (up);
      g_assert_nonnull (down);
      g_assert_cmpint (gtk_widget_is_sensitive (up), ==, i > 0);
      g_assert_cmpint (gtk_widget_is_sensitive (down), ==, i + 1 < n);
      g_assert_true (gtk_widget_is_sensitive (syl_test_find_button (item, "user-trash-symbolic")));
    }
  g_assert_cmpuint (i, ==, n);
}

/* Clicks the button of the @index-th item of @list showing @icon, which
 * must be sensitive, as only such a button takes a click. */
static void
click_item_button (GtkWidget  *list,
                   guint       index,
                   const char *icon)
{
  GtkWidget *item = gtk_widget_get_first_child (list);
  GtkWidget *button;

  for (guint i = 0; i < index && item != NULL; i++)
    item = gtk_widget_get_next_sibling (item);
  g_assert_nonnull (item);
  button = syl_test_find_button (item, icon);
  g_assert_nonnull (button);
  g_assert_true (gtk_widget_is_sensitive (button));
  g_signal_emit_by_name (button, "clicked");
  syl_test_pump (20);
}

/* ▲ on the first objective and ▼ on the last are insensitive, through
 * adding, moving, removing, undo and redo; their actions do nothing. */
static void
test_objective_arrows (Fixture       *f,
                       gconstpointer  data)
{
  SylNode *node = syl_test_node_at (f->window, "1");
  GtkWidget *list = GTK_WIDGET (f->pane->objectives_list);
  GtkWidget *pane = GTK_WIDGET (f->pane);

  syl_test_select (f->window, "1");
  assert_arrows_at_ends (list, 2);
  g_assert_true (gtk_widget_activate_action (pane, "pane.objective-up", "u", 0));
  g_assert_true (gtk_widget_activate_action (pane, "pane.objective-down", "u", 1));
  g_assert_true (gtk_widget_activate_action (pane, "pane.objective-down", "u", 7));
  g_assert_cmpuint (syl_history_get_n_undo (f->history), ==, 0);

  g_assert_true (gtk_widget_activate_action (pane, "pane.add-objective", NULL));
  syl_test_pump (20);
  assert_arrows_at_ends (list, 3);
  click_item_button (list, 0, "go-down-symbolic");
  g_assert_cmpstr (syl_node_get_objectives (node)[0], ==, "比较插入排序与归并排序");
  g_assert_cmpstr (syl_node_get_objectives (node)[1], ==, "Explain why sorting matters");
  assert_arrows_at_ends (list, 3);
  click_item_button (list, 1, "go-down-symbolic");
  g_assert_cmpstr (syl_node_get_objectives (node)[2], ==, "Explain why sorting matters");
  assert_arrows_at_ends (list, 3);

  undo (f);
  undo (f);
  g_assert_cmpstr (syl_node_get_objectives (node)[0], ==, "Explain why sorting matters");
  assert_arrows_at_ends (list, 3);
  undo (f);
  assert_arrows_at_ends (list, 2);
  redo (f);
  assert_arrows_at_ends (list, 3);
  click_item_button (list, 1, "user-trash-symbolic");
  g_assert_cmpuint (g_strv_length ((char **) syl_node_get_objectives (node)), ==, 2);
  assert_arrows_at_ends (list, 2);

  while (syl_history_get_can_undo (f->history))
    undo (f);
  assert_original (f);
  assert_arrows_at_ends (list, 2);
}

/* The same for the examples, from one example, whose arrows both are. */
static void
test_example_arrows (Fixture       *f,
                     gconstpointer  data)
{
  GListModel *examples = syl_node_get_examples (syl_test_node_at (f->window, "1"));
  GtkWidget *box = GTK_WIDGET (f->pane->examples_box);
  GtkWidget *pane = GTK_WIDGET (f->pane);
  g_autoptr(SylExample) first = g_list_model_get_item (examples, 0);
  g_autoptr(SylExample) now_first = NULL;

  syl_test_select (f->window, "1");
  assert_arrows_at_ends (box, 1);
  g_assert_true (gtk_widget_activate_action (pane, "pane.example-up", "u", 0));
  g_assert_true (gtk_widget_activate_action (pane, "pane.example-down", "u", 0));
  g_assert_cmpuint (syl_history_get_n_undo (f->history), ==, 0);

  g_assert_true (gtk_widget_activate_action (pane, "pane.add-example", NULL));
  syl_test_pump (20);
  assert_arrows_at_ends (box, 2);
  g_assert_true (gtk_widget_activate_action (pane, "pane.example-down", "u", 1));
  g_assert_cmpuint (syl_history_get_n_undo (f->history), ==, 1);
  click_item_button (box, 1, "go-up-symbolic");
  now_first = g_list_model_get_item (examples, 0);
  g_assert_true (now_first != first);
  assert_arrows_at_ends (box, 2);

  undo (f);
  assert_arrows_at_ends (box, 2);
  undo (f);
  assert_arrows_at_ends (box, 1);
  redo (f);
  assert_arrows_at_ends (box, 2);
  while (syl_history_get_can_undo (f->history))
    undo (f);
  assert_original (f);
}

/* An empty example body shows a dimmed placeholder where its text would
 * begin, which clicks go through; any text hides it. */
static void
test_example_placeholder (Fixture       *f,
                          gconstpointer  data)
{
  GtkWidget *box = GTK_WIDGET (f->pane->examples_box);
  GtkWidget *card, *body, *placeholder;
  GtkTextBuffer *buffer;
  graphene_rect_t bounds;
  GtkWidget *picked;

  syl_test_select (f->window, "1");
  card = gtk_widget_get_first_child (box);
  g_assert_false (gtk_widget_get_visible (g_object_get_data (G_OBJECT (card), "placeholder")));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), "pane.add-example", NULL));
  syl_test_pump (50);
  card = gtk_widget_get_last_child (box);
  body = g_object_get_data (G_OBJECT (card), "body");
  placeholder = g_object_get_data (G_OBJECT (card), "placeholder");
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (body));
  g_assert_true (GTK_IS_LABEL (placeholder));
  g_assert_true (gtk_widget_get_mapped (placeholder));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (placeholder)), ==,
                   "Walk through the example, step by step");
  g_assert_true (gtk_widget_has_css_class (placeholder, "dim-label"));
  /* It stands where the text begins, and a click there reaches the text. */
  g_assert_true (gtk_widget_compute_bounds (placeholder, body, &bounds));
  g_assert_cmpfloat (bounds.origin.x, ==, gtk_text_view_get_left_margin (GTK_TEXT_VIEW (body)));
  g_assert_cmpfloat (bounds.origin.y, ==, gtk_text_view_get_top_margin (GTK_TEXT_VIEW (body)));
  g_assert_true (gtk_widget_compute_bounds (placeholder, card, &bounds));
  picked = gtk_widget_pick (card, bounds.origin.x + 4, bounds.origin.y + 4, GTK_PICK_DEFAULT);
  g_assert_true (picked == body || gtk_widget_is_ancestor (picked, body));

  type_into_buffer (buffer, "Split");
  g_assert_false (gtk_widget_get_visible (placeholder));
  undo (f);
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, 0);
  g_assert_true (gtk_widget_get_mapped (placeholder));
  redo (f);
  g_assert_false (gtk_widget_get_visible (placeholder));
  gtk_text_buffer_set_text (buffer, "", -1);
  syl_test_pump (20);
  g_assert_true (gtk_widget_get_mapped (placeholder));
}

/* Presses @keys ("shift+Tab") for real, through the X server, as the
 * tests of test-keys.c do, then lets GTK handle them. */
static void
press (const char *keys)
{
  syl_test_xdotool ("key %s", keys);
  syl_test_pump (100);
}

/* Gives the window the X input focus, for real keys; FALSE to skip. */
static gboolean
focus_window (Fixture *f)
{
  if (!syl_test_can_drive_x ())
    return FALSE;
  syl_test_focus_x (GTK_WIDGET (f->window));
  return TRUE;
}

/* Whether the focus is on @widget or in it. */
static gboolean
focus_in (Fixture   *f,
          GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

/* Tab goes from an example's title to its body, then to its buttons, so
 * that what is typed after it lands in the body, and no space presses a
 * button. */
static void
test_example_tab_order (Fixture       *f,
                        gconstpointer  data)
{
  SylNodePane *pane = f->pane;
  GListModel *examples = syl_node_get_examples (syl_test_node_at (f->window, "2"));
  g_autoptr(SylExample) first = NULL;
  g_autoptr(SylExample) second = NULL;
  GtkWidget *card, *title, *body;

  if (!focus_window (f))
    return;
  syl_test_select (f->window, "2");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "pane.add-example", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (pane), "pane.add-example", NULL));
  syl_test_pump (100);
  card = gtk_widget_get_last_child (GTK_WIDGET (pane->examples_box));
  title = g_object_get_data (G_OBJECT (card), "title");
  body = g_object_get_data (G_OBJECT (card), "body");
  g_assert_true (focus_in (f, title));

  syl_test_type ("Merge sort");
  press ("Tab");
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == body);
  syl_test_type ("Split it, sort both halves, merge them.");
  first = g_list_model_get_item (examples, 0);
  second = g_list_model_get_item (examples, 1);
  g_assert_cmpstr (syl_example_get_title (second), ==, "Merge sort");
  g_assert_cmpstr (syl_example_get_body (second), ==, "Split it, sort both halves, merge them.");
  g_assert_cmpstr (syl_example_get_title (first), ==, "");
  g_assert_cmpstr (syl_example_get_body (first), ==, "");
  /* Two insertions, the title and the body. */
  g_assert_cmpuint (syl_history_get_n_undo (f->history), ==, 4);

  /* Then the card's buttons, but for its ▼, insensitive on the last card. */
  press ("Tab");
  g_assert_true (focus_in (f, syl_test_find_button (card, "go-up-symbolic")));
  press ("Tab");
  g_assert_true (focus_in (f, syl_test_find_button (card, "user-trash-symbolic")));
  press ("shift+Tab");
  press ("shift+Tab");
  g_assert_true (gtk_root_get_focus (GTK_ROOT (f->window)) == body);
  press ("shift+Tab");
  g_assert_true (focus_in (f, title));
  g_assert_cmpuint (g_list_model_get_n_items (examples), ==, 2);
  g_assert_cmpuint (syl_history_get_n_undo (f->history), ==, 4);
  while (syl_history_get_can_undo (f->history))
    undo (f);
  assert_original (f);
}

static GtkWidget *
objective_row (Fixture *f,
               guint    index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (f->pane->objectives_list, index);

  g_assert_nonnull (row);
  return GTK_WIDGET (row);
}

/* Enter in an objective starts the next one, right after it, in one step,
 * with the cursor in it, as in an outliner. */
static void
test_objective_return (Fixture       *f,
                       gconstpointer  data)
{
  SylNode *node = syl_test_node_at (f->window, "2");
  const char *two[] = { "Read a syllabus", "", NULL };
  const char *typed[] = { "Read a syllabus", "Write one", NULL };
  const char *three[] = { "Read a syllabus", "", "Write one", NULL };

  if (!focus_window (f))
    return;
  syl_test_select (f->window, "2");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), "pane.add-objective", NULL));
  syl_test_pump (100);
  g_assert_true (focus_in (f, objective_row (f, 0)));
  syl_test_type ("Read a syllabus");
  press ("Return");
  g_assert_cmpstrv (syl_node_get_objectives (node), two);
  g_assert_true (focus_in (f, objective_row (f, 1)));
  /* The insertion, the typing, the next insertion. */
  g_assert_cmpuint (syl_history_get_n_undo (f->history), ==, 3);
  syl_test_type ("Write one");
  g_assert_cmpstrv (syl_node_get_objectives (node), typed);

  gtk_widget_grab_focus (objective_row (f, 0));
  syl_test_pump (100);
  press ("Return");
  g_assert_cmpstrv (syl_node_get_objectives (node), three);
  g_assert_true (focus_in (f, objective_row (f, 1)));
  g_assert_cmpuint (syl_history_get_n_undo (f->history), ==, 5);

  undo (f);
  g_assert_cmpstrv (syl_node_get_objectives (node), typed);
  while (syl_history_get_can_undo (f->history))
    undo (f);
  assert_original (f);
}

static void
test_empty_states (Fixture       *f,
                   gconstpointer  data)
{
  SylOutlineView *view = syl_window_get_outline_view (f->window);
  SylNode *nodes[] = { syl_test_node_at (f->window, "1"), syl_test_node_at (f->window, "2") };

  syl_outline_view_select_nodes (view, nodes, 2);
  syl_test_pump (20);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->pane->stack), ==, "multiple");
  syl_outline_view_select_nodes (view, nodes, 1);
  syl_test_pump (20);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->pane->stack), ==, "node");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (view), "outline.delete", NULL));
  syl_test_pump (20);
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
  syl_test_pump (50);
  g_assert_cmpstr (row_number (f, "1"), ==, "第一章");
  g_assert_cmpstr (row_number (f, "1.2"), ==, "第二节");
  g_assert_cmpstr (gtk_label_get_text (f->pane->number_label), ==, "第二节");

  /* Discussions unnumbered: 1.2 is one, so it shows no number. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "numbering.items", NULL);
  syl_test_pump (50);
  g_assert_cmpstr (row_number (f, "1.2"), ==, "");
  saved = saved_text (f);
  g_assert_nonnull (strstr (saved, "\"numbering\": {\n    \"levels\": [\n      \"chapter-zh\""));
  g_assert_nonnull (strstr (saved, "\"number_items\": false"));

  undo (f);
  g_assert_cmpstr (row_number (f, "1.2"), ==, "第二节");
  undo (f);
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
  g_test_add ("/editor/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("title", test_title);
  ADD ("kind-and-optional", test_kind_and_optional);
  ADD ("duration", test_duration);
  ADD ("duration-not-entered", test_duration_not_entered);
  ADD ("totals-over", test_totals_over);
  ADD ("notes", test_notes);
  ADD ("undo-after-selecting-another", test_undo_after_selecting_another);
  ADD ("objectives", test_objectives);
  ADD ("examples", test_examples);
  ADD ("objective-arrows", test_objective_arrows);
  ADD ("example-arrows", test_example_arrows);
  ADD ("example-placeholder", test_example_placeholder);
  ADD ("example-tab-order", test_example_tab_order);
  ADD ("objective-return", test_objective_return);
  ADD ("empty-states", test_empty_states);
  ADD ("numbering", test_numbering);
#undef ADD

  return g_test_run ();
}
