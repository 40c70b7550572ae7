/* test-window.c: the outline window, driven by its actions, under Xvfb
 *
 * Each test opens the sample outline in a real window, runs the actions a
 * designer would, and checks the saved file, the selection and which rows
 * are open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "syl-move-dialog.h"
#include "syl-outline-view-private.h"
#include "syl-row-expander.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"

typedef struct
{
  SylWindow      *window;
  SylDocument    *document;
  SylOutlineView *view;
  char           *original;
  gboolean        saved;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = syl_test_sample_path ();

  f->window = syl_test_open_window (path);
  f->document = syl_window_get_document (f->window);
  f->view = syl_window_get_outline_view (f->window);
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
run (Fixture    *f,
     const char *action)
{
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->view), action, NULL));
  syl_test_wait_settled (f->window);
}

static const char *
title_at (Fixture    *f,
          const char *number)
{
  return syl_node_get_title (syl_test_node_at (f->window, number));
}

static SylNode *
only_selected (Fixture *f)
{
  g_autoptr(GPtrArray) nodes = syl_test_selected (f->window);

  g_assert_cmpuint (nodes->len, ==, 1);
  return g_ptr_array_index (nodes, 0);
}

/* Saves through the window's own action and reads the file back. */
static char *
save_and_read (Fixture *f)
{
  GFile *file = syl_document_get_file (f->document);
  char *contents = NULL;

  /* Saving is done when the action returns. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL));
  g_assert_false (syl_document_get_modified (f->document));
  f->saved = TRUE;
  g_assert_true (g_file_load_contents (file, NULL, &contents, NULL, NULL, NULL));
  return contents;
}

static void
undo_all (Fixture *f)
{
  while (syl_history_get_can_undo (syl_document_get_history (f->document)))
    g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  syl_test_wait_settled (f->window);
}

/* The document is as it was opened; unmodified too unless it was saved
 * in between (then the file on disk holds the saved state). */
static void
assert_original (Fixture *f)
{
  g_autofree char *now = syl_test_serialize (f->document);

  syl_test_assert_same_text (now, f->original);
  g_assert_true (syl_document_get_modified (f->document) == f->saved);
}

/* Opening: the tree has the focus and the first row is selected. */
static void
test_open (Fixture       *f,
           gconstpointer  data)
{
  GtkWidget *list = syl_outline_view_get_list_view (f->view);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));
  GtkSelectionModel *model = GTK_SELECTION_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));

  g_assert_true (only_selected (f) == syl_test_node_at (f->window, "1"));
  g_assert_nonnull (focus);
  g_assert_true (focus == list || gtk_widget_is_ancestor (focus, list));
  /* Chapters open, sections closed: 6 + 42 rows. */
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (model)), ==, 48);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (f->window)), ==,
                   "AI 大模型（类 ChatGPT）的企业应用 — ai-enterprise-course.syllabus.json");
}

/* The undo and redo buttons describe the steps they take back and redo,
 * to assistive technologies and in their tooltips. */
static void
assert_step_tips (Fixture    *f,
                  const char *undo,
                  const char *redo)
{
  const char *names[] = { "undo_button", "redo_button" };
  const char *texts[] = { undo, redo };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GtkWidget *button = GTK_WIDGET (gtk_widget_get_template_child (GTK_WIDGET (f->window),
                                                                     SYL_TYPE_WINDOW,
                                                                     names[i]));
      g_autofree char *error = NULL;
      gboolean handled = FALSE;
      g_autoptr(GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);

      error = gtk_test_accessible_check_property (GTK_ACCESSIBLE (button),
                                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, texts[i]);
      if (error != NULL)
        g_error ("%s: %s", names[i], error);
      g_signal_emit_by_name (button, "query-tooltip", 1, 1, FALSE, tooltip, &handled);
      g_assert_true (handled);
    }
}

static void
test_move_down_up (Fixture       *f,
                   gconstpointer  data)
{
  SylNode *node = syl_test_node_at (f->window, "1.1");
  g_autofree char *saved = NULL;
  g_autofree char *undo_tip = NULL;
  g_autofree char *redo_tip = NULL;

  syl_test_select (f->window, "1.1");
  run (f, "outline.move-down");
  g_assert_true (syl_test_node_at (f->window, "1.2") == node);
  g_assert_true (only_selected (f) == node);
  g_assert_true (syl_document_get_modified (f->document));
  undo_tip = g_strdup_printf ("Undo: %s",
                              syl_history_get_undo_label (syl_document_get_history (f->document)));
  g_assert_true (g_str_has_prefix (undo_tip, "Undo: Move"));
  assert_step_tips (f, undo_tip, "Redo");
  g_assert_true (g_str_has_prefix (gtk_window_get_title (GTK_WINDOW (f->window)), "• "));

  saved = save_and_read (f);
  g_assert_nonnull (strstr (saved, "\"number\": \"1.2\",\n          \"kind\": \"section\",\n          \"title\": \"什么是“大模型、多模态”？\""));

  run (f, "outline.move-up");
  g_assert_true (syl_test_node_at (f->window, "1.1") == node);
  undo_all (f);
  redo_tip = g_strdup_printf ("Redo: %s",
                              syl_history_get_redo_label (syl_document_get_history (f->document)));
  g_assert_true (g_str_has_prefix (redo_tip, "Redo: Move"));
  assert_step_tips (f, "Undo", redo_tip);
  assert_original (f);
}

/* At the end of its chapter, a section moves on into the next chapter. */
static void
test_move_across_chapters (Fixture       *f,
                           gconstpointer  data)
{
  SylNode *node = syl_test_node_at (f->window, "1.10");

  syl_test_select (f->window, "1.10");
  run (f, "outline.move-down");
  g_assert_true (syl_test_node_at (f->window, "2.1") == node);
  g_assert_true (only_selected (f) == node);
  run (f, "outline.move-up");
  g_assert_true (syl_test_node_at (f->window, "1.10") == node);
  undo_all (f);
  assert_original (f);
}

static void
test_indent_outdent (Fixture       *f,
                     gconstpointer  data)
{
  SylNode *node = syl_test_node_at (f->window, "1.3");

  syl_test_select (f->window, "1.3");
  run (f, "outline.indent");
  g_assert_true (syl_test_node_at (f->window, "1.2.1") == node);
  g_assert_true (only_selected (f) == node);
  /* The new parent opened to show it. */
  g_assert_true (syl_node_get_expanded (syl_test_node_at (f->window, "1.2")));

  run (f, "outline.outdent");
  g_assert_true (syl_test_node_at (f->window, "1.3") == node);
  undo_all (f);
  assert_original (f);
}

static gboolean
is_renaming (gpointer data)
{
  Fixture *f = data;
  g_autoptr(GPtrArray) nodes = syl_test_selected (f->window);
  GtkWidget *row;

  if (nodes->len != 1)
    return FALSE;
  row = syl_outline_view_get_row_widget (f->view, g_ptr_array_index (nodes, 0));
  return row != NULL && syl_outline_row_is_renaming (SYL_OUTLINE_ROW (row));
}

static GtkEditable *
focused_editable (Fixture *f)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  g_assert_true (GTK_IS_EDITABLE (focus));
  return GTK_EDITABLE (focus);
}

/* Enter adds a sibling below and renames it in place; Enter commits. */
static void
test_new_sibling_and_rename (Fixture       *f,
                             gconstpointer  data)
{
  SylNode *node;

  syl_test_select (f->window, "1.2");
  run (f, "outline.new-sibling");
  g_assert_true (syl_test_wait_for (is_renaming, f, 2000));
  node = only_selected (f);
  g_assert_true (syl_test_node_at (f->window, "1.3") == node);

  gtk_editable_set_text (focused_editable (f), "新的小节 New section");
  g_signal_emit_by_name (gtk_widget_get_parent (GTK_WIDGET (focused_editable (f))), "activate");
  syl_test_wait_settled (f->window);
  g_assert_cmpstr (syl_node_get_title (node), ==, "新的小节 New section");
  g_assert_false (is_renaming (f));

  /* Ctrl+Enter adds a child. */
  run (f, "outline.new-child");
  g_assert_true (syl_test_wait_for (is_renaming, f, 2000));
  g_assert_true (syl_test_node_at (f->window, "1.3.1") == only_selected (f));

  undo_all (f);
  assert_original (f);
}

static void
test_rename_escape (Fixture       *f,
                    gconstpointer  data)
{
  syl_test_select (f->window, "1.4");
  run (f, "outline.rename");
  g_assert_true (syl_test_wait_for (is_renaming, f, 2000));
  gtk_editable_set_text (focused_editable (f), "Should not stay");
  {
    GtkWidget *entry = gtk_widget_get_parent (GTK_WIDGET (focused_editable (f)));
    /* Escape reaches the entry's shortcut as a key press would. */
    GtkEventController *controller = NULL;
    g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (entry);

    for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
      {
        g_autoptr(GtkEventController) c = g_list_model_get_item (controllers, i);
        if (GTK_IS_SHORTCUT_CONTROLLER (c))
          controller = c;
      }
    g_assert_nonnull (controller);
    {
      g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), 0);
      g_assert_true (gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut), 0, entry, NULL));
    }
  }
  syl_test_wait_settled (f->window);
  g_assert_cmpstr (title_at (f, "1.4"), ==, "算法层面的跃升");
  g_assert_false (syl_history_get_can_undo (syl_document_get_history (f->document)));
}

static void
test_delete_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  SylNode *node = syl_test_node_at (f->window, "1.4");

  syl_test_select (f->window, "1.4");
  run (f, "outline.delete");
  g_assert_cmpstr (title_at (f, "1.4"), ==, "AIGC 的耀眼成果");
  g_assert_null (syl_document_find_node (f->document, syl_node_get_id (node)));
  /* The focus stays where the deleted row was. */
  g_assert_true (only_selected (f) == syl_test_node_at (f->window, "1.4"));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  syl_test_wait_settled (f->window);
  g_assert_true (syl_test_node_at (f->window, "1.4") == node);
  g_assert_true (only_selected (f) == node);
  assert_original (f);
}

static void
test_duplicate (Fixture       *f,
                gconstpointer  data)
{
  SylNode *node = syl_test_node_at (f->window, "1.4");
  SylNode *copy;

  syl_test_select (f->window, "1.4");
  run (f, "outline.duplicate");
  copy = syl_test_node_at (f->window, "1.5");
  g_assert_true (only_selected (f) == copy);
  g_assert_cmpstr (syl_node_get_title (copy), ==, syl_node_get_title (node));
  g_assert_cmpstr (syl_node_get_id (copy), !=, syl_node_get_id (node));
  g_assert_cmpuint (syl_node_get_n_children (copy), ==, 3);
  undo_all (f);
  assert_original (f);
}

static gboolean
has_n_chapters (gpointer data)
{
  Fixture *f = data;
  return syl_node_get_n_children (syl_document_get_root (f->document)) == 7;
}

static void
test_cut_paste (Fixture       *f,
                gconstpointer  data)
{
  SylNode *node = syl_test_node_at (f->window, "1.4");
  g_autofree char *id = g_strdup (syl_node_get_id (node));

  syl_test_select (f->window, "1.4");
  run (f, "outline.cut");
  g_assert_null (syl_document_find_node (f->document, id));

  syl_test_select (f->window, "6");
  run (f, "outline.paste");
  g_assert_true (syl_test_wait_for (has_n_chapters, f, 3000));
  /* Pasted after chapter 6, with its subtree and its id. */
  g_assert_cmpstr (title_at (f, "7"), ==, "算法层面的跃升");
  g_assert_cmpstr (title_at (f, "7.1"), ==, "RNN 到 transformor");
  g_assert_cmpstr (syl_node_get_id (syl_test_node_at (f->window, "7")), ==, id);
  g_assert_true (only_selected (f) == syl_test_node_at (f->window, "7"));
  undo_all (f);
  assert_original (f);
}

/* Moves keep which rows are open, inside the moved subtree too. */
static void
test_expansion_survives_moves (Fixture       *f,
                               gconstpointer  data)
{
  SylNode *section = syl_test_node_at (f->window, "1.4");
  SylNode *chapter = syl_test_node_at (f->window, "1");

  syl_test_select (f->window, "1.4");
  run (f, "outline.expand");
  g_assert_true (syl_node_get_expanded (section));

  syl_test_select (f->window, "1");
  run (f, "outline.move-down");
  g_assert_true (syl_test_node_at (f->window, "2") == chapter);
  g_assert_true (syl_outline_rows_is_open (f->view->rows, section));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  syl_test_wait_settled (f->window);
  g_assert_true (syl_outline_rows_is_open (f->view->rows, section));
  /* Undo selects what it changed. */
  g_assert_true (only_selected (f) == chapter);
  assert_original (f);
}

static void
count_changes_cb (GListModel *model,
                  guint       position,
                  guint       removed,
                  guint       added,
                  guint      *n_changes)
{
  (*n_changes)++;
}

/* The expander of @row shows the row at @position: its arrow is checked
 * when the row is open, and it is indented once for each level above it. */
static void
assert_expander_shows (Fixture       *f,
                       SylOutlineRow *row,
                       guint          position)
{
  GtkWidget *expander = gtk_widget_get_first_child (GTK_WIDGET (row));
  SylNode *node = syl_outline_rows_peek_node (f->view->rows, position);
  guint depth = syl_outline_rows_get_depth (f->view->rows, position);
  GtkWidget *arrow;
  gboolean checked;

  g_assert_true (SYL_IS_ROW_EXPANDER (expander));
  arrow = gtk_widget_get_first_child (expander);
  checked = (gtk_widget_get_state_flags (arrow) & GTK_STATE_FLAG_CHECKED) != 0;
  g_assert_true (checked == syl_node_get_expanded (node));
  g_assert_true (syl_row_expander_get_expanded (SYL_ROW_EXPANDER (expander)) == syl_node_get_expanded (node));
  g_assert_true (syl_row_expander_get_leaf (SYL_ROW_EXPANDER (expander)) ==
                 (syl_node_get_n_children (node) == 0));
  g_assert_cmpuint (syl_row_expander_get_depth (SYL_ROW_EXPANDER (expander)), ==, depth);
  g_assert_cmpuint (depth, ==, syl_node_get_depth (node) - 1);
}

/* The list has the rows that a list made anew from the tree would have,
 * node for node and depth for depth: the changes it heard of since it was
 * made add up to the tree as it is. */
static void
assert_rows_match_tree (Fixture *f)
{
  g_autoptr(SylOutlineRows) fresh = syl_outline_rows_new (syl_outline_rows_get_top (f->view->rows),
                                                          NULL, NULL);
  GListModel *list = G_LIST_MODEL (f->view->rows);
  guint n = g_list_model_get_n_items (G_LIST_MODEL (fresh));

  g_assert_cmpuint (g_list_model_get_n_items (list), ==, n);
  for (guint i = 0; i < n; i++)
    {
      g_assert_true (syl_outline_rows_peek_node (f->view->rows, i) ==
                     syl_outline_rows_peek_node (fresh, i));
      g_assert_cmpuint (syl_outline_rows_get_depth (f->view->rows, i), ==,
                        syl_outline_rows_get_depth (fresh, i));
    }
}

/* Every bound row widget shows the row the list has at its place, and the
 * spare ones show nothing: row widgets are reused and bound lazily. */
static void
assert_rows_consistent (Fixture *f)
{
  GListModel *list = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (f->view->list_view)));
  GHashTableIter iter;
  gpointer key;

  assert_rows_match_tree (f);
  g_hash_table_iter_init (&iter, f->view->bound_rows);
  while (g_hash_table_iter_next (&iter, &key, NULL))
    {
      SylNode *node = syl_outline_row_get_node (key);
      guint position = syl_outline_rows_find (f->view->rows, node);
      g_autoptr(SylNode) item = NULL;

      g_assert_cmpuint (position, !=, GTK_INVALID_LIST_POSITION);
      item = g_list_model_get_item (list, position);
      g_assert_true (item == node);
      assert_expander_shows (f, key, position);
    }
  for (guint i = 0; i < f->view->spare_rows->len; i++)
    g_assert_null (syl_outline_row_get_node (g_ptr_array_index (f->view->spare_rows, i)));
}

/* Clicks the arrow of @node's row with the pointer, as a hand does. */
static void
click_arrow (Fixture *f,
             SylNode *node)
{
  SylOutlineRow *row = _syl_outline_view_find_row (f->view, node);
  GtkWidget *arrow;
  int x, y;

  g_assert_nonnull (row);
  arrow = gtk_widget_get_first_child (gtk_widget_get_first_child (GTK_WIDGET (row)));
  syl_test_screen_point (arrow, 0.5, 0.5, &x, &y);
  syl_test_xdotool ("mousemove %d %d", x, y);
  syl_test_xdotool ("click 1");
  syl_test_wait_settled (f->window);
}

/* A click on a row's arrow opens or closes it and does nothing else: the
 * selection stays.  A row without children has no arrow to click. */
static void
test_arrow_click (Fixture       *f,
                  gconstpointer  data)
{
  SylNode *section = syl_test_node_at (f->window, "1.4");
  SylNode *leaf = syl_test_node_at (f->window, "1.1");
  SylNode *child = syl_node_get_child (section, 0);
  guint n_rows = g_list_model_get_n_items (G_LIST_MODEL (f->view->rows));

  g_assert_false (syl_node_get_expanded (section));
  g_assert_cmpuint (syl_node_get_n_children (section), >, 0);
  syl_test_select (f->window, "1.2");

  click_arrow (f, section);
  g_assert_true (syl_node_get_expanded (section));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->view->rows)), ==,
                    n_rows + syl_node_get_n_children (section));
  g_assert_cmpuint (_syl_outline_view_position_of (f->view, child, FALSE), ==,
                    _syl_outline_view_position_of (f->view, section, FALSE) + 1);
  g_assert_true (only_selected (f) == syl_test_node_at (f->window, "1.2"));
  assert_rows_consistent (f);

  /* Where a row without children has no arrow, a click is one on the
   * row: it selects the row. */
  click_arrow (f, leaf);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->view->rows)), ==,
                    n_rows + syl_node_get_n_children (section));
  g_assert_true (only_selected (f) == leaf);
  syl_test_select (f->window, "1.2");

  click_arrow (f, section);
  g_assert_false (syl_node_get_expanded (section));
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->view->rows)), ==, n_rows);
  g_assert_cmpuint (_syl_outline_view_position_of (f->view, child, FALSE), ==,
                    GTK_INVALID_LIST_POSITION);
  g_assert_true (only_selected (f) == syl_test_node_at (f->window, "1.2"));
  assert_rows_consistent (f);
  assert_original (f);
}

/* Moving a chapter whose rows are all open and undoing it: the list hears
 * of each step as one change, keeps the row widgets of the moved rows, and
 * ends with every row open and the list the same as the tree. */
static void
test_move_as_one_change (Fixture       *f,
                         gconstpointer  data)
{
  GtkWidget *list = syl_outline_view_get_list_view (f->view);
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (list)));
  SylNode *chapter = syl_test_node_at (f->window, "1");
  SylNode *section = syl_test_node_at (f->window, "1.1");
  SylOutlineRow *chapter_row;
  SylOutlineRow *section_row;
  guint n_rows;
  guint n_changes = 0;

  syl_test_select (f->window, "1");
  run (f, "outline.expand-all");
  n_rows = g_list_model_get_n_items (model);
  g_assert_cmpuint (n_rows, >, 48 + 10);
  chapter_row = _syl_outline_view_find_row (f->view, chapter);
  section_row = _syl_outline_view_find_row (f->view, section);
  g_assert_nonnull (chapter_row);
  g_assert_nonnull (section_row);
  g_signal_connect (model, "items-changed", G_CALLBACK (count_changes_cb), &n_changes);

  run (f, "outline.move-down");
  g_assert_true (syl_test_node_at (f->window, "2") == chapter);
  /* Out, in, and the rows under it opened again, all in one. */
  g_assert_cmpuint (n_changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_rows);
  assert_rows_consistent (f);
  /* The moved rows kept their widgets, which show their new list rows. */
  g_assert_true (_syl_outline_view_find_row (f->view, chapter) == chapter_row);
  g_assert_true (_syl_outline_view_find_row (f->view, section) == section_row);
  g_assert_cmpstr (syl_outline_row_get_number (section_row), ==, "2.1");

  n_changes = 0;
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  syl_test_wait_settled (f->window);
  g_assert_cmpuint (n_changes, ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (model), ==, n_rows);
  assert_rows_consistent (f);
  g_assert_true (_syl_outline_view_find_row (f->view, chapter) == chapter_row);
  g_assert_cmpstr (syl_outline_row_get_number (section_row), ==, "1.1");
  g_assert_true (only_selected (f) == chapter);
  g_signal_handlers_disconnect_by_func (model, count_changes_cb, &n_changes);
  assert_original (f);
}

/* The numbers are drawn in a space sized by their length, not measured:
 * in every preset, each one the rows show fits in that space, bold
 * chapter numbers and Chinese numerals included. */
static void
test_numbers_fit (Fixture       *f,
                  gconstpointer  data)
{
  const SylNumberingPreset presets[] = {
    SYL_NUMBERING_PRESET_CHINESE, SYL_NUMBERING_PRESET_ENGLISH_CHAPTERS,
    SYL_NUMBERING_PRESET_DEFAULT,
  };

  syl_test_select (f->window, "1");
  run (f, "outline.expand-all");
  for (guint p = 0; p < G_N_ELEMENTS (presets); p++)
    {
      g_autoptr(SylNumbering) numbering = syl_numbering_new_preset (presets[p]);
      GHashTableIter iter;
      gpointer key;
      guint n_checked = 0;

      syl_document_set_numbering (f->document, numbering);
      syl_test_wait_settled (f->window);
      g_hash_table_iter_init (&iter, f->view->bound_rows);
      while (g_hash_table_iter_next (&iter, &key, NULL))
        {
          GtkWidget *number = syl_outline_row_get_content (key);
          g_autoptr(PangoLayout) layout = NULL;
          g_autofree char *expected = syl_document_dup_number (f->document,
                                                               syl_outline_row_get_node (key));
          int width;

          g_assert_cmpstr (syl_outline_row_get_number (key), ==, expected);
          if (!gtk_widget_get_mapped (number))
            continue;
          layout = gtk_widget_create_pango_layout (number, syl_outline_row_get_number (key));
          pango_layout_get_pixel_size (layout, &width, NULL);
          g_assert_cmpint (width, <=, gtk_widget_get_width (number));
          n_checked++;
        }
      g_assert_cmpuint (n_checked, >, 10);
    }
}

/* Rows that a move passes over stay selected. */
static void
test_selection_survives_moves (Fixture       *f,
                               gconstpointer  data)
{
  SylNode *root = syl_document_get_root (f->document);
  SylNode *chapter = syl_test_node_at (f->window, "1");
  SylNode *selected[] = { syl_test_node_at (f->window, "2"), syl_test_node_at (f->window, "3") };
  g_autoptr(GPtrArray) after = NULL;

  syl_outline_view_select_nodes (f->view, selected, G_N_ELEMENTS (selected));
  g_assert_true (syl_document_move_node (f->document, chapter, root,
                                         syl_node_get_n_children (root) - 1, NULL));
  syl_test_wait_settled (f->window);

  after = syl_test_selected (f->window);
  g_assert_cmpuint (after->len, ==, 2);
  g_assert_true (g_ptr_array_index (after, 0) == selected[0]);
  g_assert_true (g_ptr_array_index (after, 1) == selected[1]);
}

static void
test_undo_redo_selects (Fixture       *f,
                        gconstpointer  data)
{
  SylNode *node = syl_test_node_at (f->window, "3.2.1");

  syl_test_select (f->window, "3.2.1");
  run (f, "outline.outdent");
  syl_test_select (f->window, "6");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  syl_test_wait_settled (f->window);
  g_assert_true (only_selected (f) == node);
  syl_test_select (f->window, "6");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
  syl_test_wait_settled (f->window);
  g_assert_true (only_selected (f) == node);
  g_assert_true (syl_test_node_at (f->window, "3.3") == node);
}

static void
test_lock_structure (Fixture       *f,
                     gconstpointer  data)
{
  syl_test_select (f->window, "1.2");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.lock-structure", NULL));
  syl_test_wait_settled (f->window);
  g_assert_true (syl_outline_view_get_locked (f->view));
  /* Disabled actions do nothing when activated. */
  gtk_widget_activate_action (GTK_WIDGET (f->view), "outline.move-up", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "outline.delete", NULL);
  gtk_widget_activate_action (GTK_WIDGET (f->view), "outline.indent", NULL);
  syl_test_wait_settled (f->window);
  assert_original (f);
  g_assert_false (syl_history_get_can_undo (syl_document_get_history (f->document)));

  /* Renaming stays possible. */
  run (f, "outline.rename");
  g_assert_true (syl_test_wait_for (is_renaming, f, 2000));
}

static GtkWidget *
find_child_of_type (GtkWidget *widget,
                    GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_child_of_type (child, type);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Move To: type part of a title, press Enter. */
static void
test_move_to (Fixture       *f,
              gconstpointer  data)
{
  SylNode *node = syl_test_node_at (f->window, "1.4");
  SylNode *target = syl_test_node_at (f->window, "2");
  GtkWidget *dialog, *entry;

  syl_test_select (f->window, "1.4");
  run (f, "outline.move-to");
  dialog = GTK_WIDGET (syl_test_find_toplevel (SYL_TYPE_MOVE_DIALOG));
  g_assert_nonnull (dialog);
  entry = find_child_of_type (dialog, GTK_TYPE_SEARCH_ENTRY);
  gtk_editable_set_text (GTK_EDITABLE (entry), "为什么是");
  /* Only chapter 2 has this in its title. */
  syl_test_wait_list_shows_only (dialog, target);
  g_signal_emit_by_name (entry, "activate");
  syl_test_wait_settled (f->window);

  g_assert_true (syl_node_get_parent (node) == target);
  g_assert_true (syl_test_node_at (f->window, "2.9") == node);
  g_assert_true (only_selected (f) == node);
  g_assert_null (syl_test_find_toplevel (SYL_TYPE_MOVE_DIALOG));
  undo_all (f);
  assert_original (f);
}

int
main (int   argc,
      char *argv[])
{
  syl_test_gui_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/window/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("open", test_open);
  ADD ("move-down-up", test_move_down_up);
  ADD ("move-across-chapters", test_move_across_chapters);
  ADD ("indent-outdent", test_indent_outdent);
  ADD ("new-sibling-and-rename", test_new_sibling_and_rename);
  ADD ("rename-escape", test_rename_escape);
  ADD ("delete-and-undo", test_delete_and_undo);
  ADD ("duplicate", test_duplicate);
  ADD ("cut-paste", test_cut_paste);
  ADD ("expansion-survives-moves", test_expansion_survives_moves);
  ADD ("undo-redo-selects", test_undo_redo_selects);
  ADD ("move-as-one-change", test_move_as_one_change);
  ADD ("numbers-fit", test_numbers_fit);
  ADD ("selection-survives-moves", test_selection_survives_moves);
  ADD ("lock-structure", test_lock_structure);
  ADD ("move-to", test_move_to);
  ADD ("arrow-click", test_arrow_click);
#undef ADD

  return g_test_run ();
}
