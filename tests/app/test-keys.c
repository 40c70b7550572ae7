/* test-keys.c: the outline's keyboard shortcuts, pressed for real, under Xvfb
 *
 * xdotool presses keys through XTEST, so each one goes through the X
 * server, GDK, the window's controllers and the outline's capture-phase
 * shortcuts exactly as a designer's keyboard would, input focus included.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "syl-move-dialog.h"
#include "syl-node-pane-private.h"
#include "syl-outline-view-private.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"
#include "syl-window-private.h"

/* Ctrl+Z is the application's accelerator for win.undo: the windows
 * belong to a real SylApplication, so it is the application's own table
 * that is tested. */
static GtkApplication *application;

typedef struct
{
  SylWindow      *window;
  SylDocument    *document;
  SylOutlineView *view;
  char           *original;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = syl_test_sample_path ();
  GtkWidget *focus;

  f->window = syl_test_open_window (path);
  gtk_window_set_application (GTK_WINDOW (f->window), application);
  f->document = syl_window_get_document (f->window);
  f->view = syl_window_get_outline_view (f->window);
  f->original = syl_test_serialize (f->document);

  /* Keys go to the window with the X input focus, and in it to the list. */
  syl_test_focus_x (GTK_WIDGET (f->window));
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_nonnull (focus);
  g_assert_true (gtk_widget_is_ancestor (focus, syl_outline_view_get_list_view (f->view)) ||
                 focus == syl_outline_view_get_list_view (f->view));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_free (f->original);
  syl_test_close_window (f->window);
}

/* Presses @keys ("alt+Down") as one chord; returns once GTK has handled
 * it and the windows show what it did. */
static void
press (const char *keys)
{
  syl_test_xdotool ("key %s", keys);
}

static SylNode *
only_selected (Fixture *f)
{
  g_autoptr(GPtrArray) nodes = syl_test_selected (f->window);

  g_assert_cmpuint (nodes->len, ==, 1);
  return g_ptr_array_index (nodes, 0);
}

static guint
n_undo (Fixture *f)
{
  return syl_history_get_n_undo (syl_document_get_history (f->document));
}

/* The document is exactly as it was opened. */
static void
assert_original (Fixture *f)
{
  g_autofree char *now = syl_test_serialize (f->document);

  syl_test_assert_same_text (now, f->original);
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

static const char *
focused_text (Fixture *f)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (f->window));

  g_assert_true (GTK_IS_EDITABLE (focus));
  return gtk_editable_get_text (GTK_EDITABLE (focus));
}

static gboolean
row_expanded (Fixture    *f,
              const char *number)
{
  SylNode *node = syl_test_node_at (f->window, number);

  g_assert_cmpuint (_syl_outline_view_position_of (f->view, node, FALSE), !=, GTK_INVALID_LIST_POSITION);
  return syl_outline_rows_is_open (f->view->rows, node);
}

/* Down Down goes to the third row; Alt+Down moves it; Ctrl+Z puts it
 * back. */
static void
test_move_down_and_undo (Fixture       *f,
                         gconstpointer  data)
{
  SylNode *node = syl_test_node_at (f->window, "1.2");
  SylNode *next = syl_test_node_at (f->window, "1.3");

  g_assert_true (only_selected (f) == syl_test_node_at (f->window, "1"));
  press ("Down");
  press ("Down");
  g_assert_true (only_selected (f) == node);

  press ("alt+Down");
  g_assert_true (syl_test_node_at (f->window, "1.3") == node);
  g_assert_true (syl_test_node_at (f->window, "1.2") == next);
  g_assert_true (only_selected (f) == node);
  g_assert_cmpuint (n_undo (f), ==, 1);

  press ("ctrl+z");
  g_assert_true (syl_test_node_at (f->window, "1.2") == node);
  g_assert_true (only_selected (f) == node);
  g_assert_cmpuint (n_undo (f), ==, 0);
  assert_original (f);
}

/* Ctrl+Z in the notes editor undoes the document's last change, here a
 * move made before the typing, once the typing is undone: one history,
 * whatever has the focus. */
static void
test_undo_from_notes (Fixture       *f,
                      gconstpointer  data)
{
  SylNodePane *pane = SYL_NODE_PANE (f->window->node_pane);
  SylNode *node = syl_test_node_at (f->window, "1.2");

  press ("Down");
  press ("Down");
  press ("alt+Down");
  g_assert_true (syl_test_node_at (f->window, "1.3") == node);

  gtk_widget_grab_focus (GTK_WIDGET (pane->notes_view));
  syl_test_wait_frame (GTK_WIDGET (pane->notes_view));
  syl_test_type ("要点 one");
  g_assert_cmpstr (syl_node_get_notes (node), ==, "要点 one");
  g_assert_cmpuint (n_undo (f), ==, 2);

  press ("ctrl+z");
  g_assert_cmpstr (syl_node_get_notes (node), ==, "");
  press ("ctrl+z");
  g_assert_true (syl_test_node_at (f->window, "1.2") == node);
  assert_original (f);
  press ("ctrl+shift+z");
  g_assert_true (syl_test_node_at (f->window, "1.3") == node);
}

static void
test_indent_outdent (Fixture       *f,
                     gconstpointer  data)
{
  SylNode *node = syl_test_node_at (f->window, "1.3");

  syl_test_select (f->window, "1.3");
  press ("alt+Right");
  g_assert_true (syl_test_node_at (f->window, "1.2.1") == node);
  g_assert_cmpuint (syl_node_get_n_children (syl_test_node_at (f->window, "1")), ==, 9);
  g_assert_true (only_selected (f) == node);

  press ("alt+Left");
  g_assert_true (syl_test_node_at (f->window, "1.3") == node);
  g_assert_true (only_selected (f) == node);
  g_assert_cmpuint (n_undo (f), ==, 2);
  assert_original (f);
}

/* Enter adds a row below and renames it; the Enter that ends renaming
 * belongs to the text field and adds nothing more. */
static void
test_return_adds_and_renames (Fixture       *f,
                              gconstpointer  data)
{
  SylNode *chapter = syl_test_node_at (f->window, "1");
  GtkWidget *focus;
  SylNode *node;

  syl_test_select (f->window, "1.2");
  press ("Return");
  g_assert_true (syl_test_wait_for (is_renaming, f, 2000));
  node = only_selected (f);
  g_assert_true (syl_test_node_at (f->window, "1.3") == node);
  g_assert_cmpuint (syl_node_get_n_children (chapter), ==, 11);

  syl_test_type ("New 新");
  g_assert_cmpstr (focused_text (f), ==, "New 新");
  press ("Return");

  g_assert_false (is_renaming (f));
  g_assert_cmpstr (syl_node_get_title (node), ==, "New 新");
  g_assert_cmpuint (syl_node_get_n_children (chapter), ==, 11);
  g_assert_true (syl_test_node_at (f->window, "1.3") == node);
  g_assert_true (only_selected (f) == node);
  /* The insertion and the title: two steps. */
  g_assert_cmpuint (n_undo (f), ==, 2);
  /* The list has the keys again. */
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_false (GTK_IS_EDITABLE (focus));
}

/* While a title is edited, the outline's keys belong to the text field;
 * Escape gives the old title back. */
static void
test_rename_keys_stay_in_field (Fixture       *f,
                                gconstpointer  data)
{
  SylNode *chapter = syl_test_node_at (f->window, "2");

  syl_test_select (f->window, "2");
  press ("F2");
  g_assert_true (syl_test_wait_for (is_renaming, f, 2000));
  g_assert_cmpstr (focused_text (f), ==, "为什么是 chatGPT ?");

  /* The whole title is selected: Delete empties the field, not the
   * outline; the arrows move the cursor, not the row. */
  press ("Delete");
  g_assert_cmpstr (focused_text (f), ==, "");
  press ("alt+Down");
  press ("alt+Right");
  press ("Left");
  press ("ctrl+d");
  syl_test_type ("Other");
  g_assert_cmpstr (focused_text (f), ==, "Other");
  g_assert_true (is_renaming (f));

  press ("Escape");
  g_assert_false (is_renaming (f));
  g_assert_cmpstr (syl_node_get_title (chapter), ==, "为什么是 chatGPT ?");
  g_assert_true (only_selected (f) == chapter);
  g_assert_cmpuint (n_undo (f), ==, 0);
  g_assert_false (syl_document_get_modified (f->document));
  assert_original (f);
}

static void
test_delete_and_undo (Fixture       *f,
                      gconstpointer  data)
{
  SylNode *node = syl_test_node_at (f->window, "1.4");
  SylNode *next = syl_test_node_at (f->window, "1.5");
  g_autofree char *id = g_strdup (syl_node_get_id (node));

  syl_test_select (f->window, "1.4");
  press ("Delete");
  g_assert_null (syl_document_find_node (f->document, id));
  g_assert_true (syl_test_node_at (f->window, "1.4") == next);
  g_assert_true (only_selected (f) == next);

  press ("ctrl+z");
  g_assert_true (syl_test_node_at (f->window, "1.4") == node);
  g_assert_true (only_selected (f) == node);
  assert_original (f);
}

/* No id of @copy's subtree is one of @original's, and the document finds
 * each of them as the copy's own. */
static void
assert_new_ids (Fixture *f,
                SylNode *copy,
                SylNode *original)
{
  guint n = syl_node_get_n_children (copy);

  g_assert_cmpstr (syl_node_get_title (copy), ==, syl_node_get_title (original));
  g_assert_cmpstr (syl_node_get_id (copy), !=, syl_node_get_id (original));
  g_assert_true (syl_document_find_node (f->document, syl_node_get_id (copy)) == copy);
  g_assert_cmpuint (n, ==, syl_node_get_n_children (original));
  for (guint i = 0; i < n; i++)
    assert_new_ids (f, syl_node_get_child (copy, i), syl_node_get_child (original, i));
}

static void
test_duplicate (Fixture       *f,
                gconstpointer  data)
{
  SylNode *node = syl_test_node_at (f->window, "1.4");
  SylNode *copy;

  syl_test_select (f->window, "1.4");
  press ("ctrl+d");
  copy = syl_test_node_at (f->window, "1.5");
  g_assert_true (copy != node);
  g_assert_true (syl_test_node_at (f->window, "1.4") == node);
  assert_new_ids (f, copy, node);
  g_assert_cmpuint (syl_node_get_n_children (copy), ==, 3);
  g_assert_true (only_selected (f) == copy);
  g_assert_cmpuint (n_undo (f), ==, 1);

  press ("ctrl+z");
  assert_original (f);
}

static gboolean
has_seven_chapters (gpointer data)
{
  Fixture *f = data;

  return syl_node_get_n_children (syl_document_get_root (f->document)) == 7;
}

/* Ctrl+C, another row, Ctrl+V: a copy lands after that row. */
static void
test_copy_paste (Fixture       *f,
                 gconstpointer  data)
{
  SylNode *node = syl_test_node_at (f->window, "1.4");
  SylNode *pasted;

  syl_test_select (f->window, "1.4");
  press ("ctrl+c");
  /* Copying changes nothing. */
  assert_original (f);

  /* End goes to the last row, chapter 6. */
  press ("End");
  g_assert_true (only_selected (f) == syl_test_node_at (f->window, "6"));
  press ("ctrl+v");
  g_assert_true (syl_test_wait_for (has_seven_chapters, f, 3000));
  syl_test_wait_settled (f->window);
  pasted = syl_test_node_at (f->window, "7");
  assert_new_ids (f, pasted, node);
  g_assert_cmpstr (syl_node_get_title (syl_test_node_at (f->window, "7.3")), ==,
                   "跨模态的 CLIP 框架");
  g_assert_true (syl_test_node_at (f->window, "1.4") == node);
  g_assert_true (only_selected (f) == pasted);
  g_assert_cmpuint (n_undo (f), ==, 1);

  press ("ctrl+z");
  assert_original (f);
}

/* Left closes an open row, Right opens it, Shift+Right opens everything
 * below it. */
static void
test_open_close (Fixture       *f,
                 gconstpointer  data)
{
  const char *inner[] = { "1.4", "1.5", "1.6", "1.7", "1.8" };

  g_assert_true (only_selected (f) == syl_test_node_at (f->window, "1"));
  g_assert_true (row_expanded (f, "1"));
  press ("Left");
  g_assert_false (row_expanded (f, "1"));
  g_assert_false (syl_node_get_expanded (syl_test_node_at (f->window, "1")));
  g_assert_true (only_selected (f) == syl_test_node_at (f->window, "1"));

  press ("Right");
  g_assert_true (row_expanded (f, "1"));
  g_assert_true (syl_node_get_expanded (syl_test_node_at (f->window, "1")));
  for (guint i = 0; i < G_N_ELEMENTS (inner); i++)
    g_assert_false (row_expanded (f, inner[i]));

  press ("Left");
  g_assert_false (row_expanded (f, "1"));
  press ("shift+Right");
  g_assert_true (row_expanded (f, "1"));
  for (guint i = 0; i < G_N_ELEMENTS (inner); i++)
    g_assert_true (row_expanded (f, inner[i]));
  /* Nothing else opened. */
  g_assert_false (row_expanded (f, "2.1"));
  g_assert_true (only_selected (f) == syl_test_node_at (f->window, "1"));
  /* Opening and closing rows is no change to the outline. */
  g_assert_cmpuint (n_undo (f), ==, 0);
  assert_original (f);
}

static gboolean
move_dialog_shown (gpointer data)
{
  return syl_test_find_toplevel (SYL_TYPE_MOVE_DIALOG) != NULL;
}

/* Ctrl+M, part of a title, Enter: moved to the end of that place. */
static void
test_move_to (Fixture       *f,
              gconstpointer  data)
{
  SylNode *node = syl_test_node_at (f->window, "1.4");
  SylNode *target = syl_test_node_at (f->window, "2");
  SylMoveDialog *dialog;
  GtkWidget *focus;

  syl_test_select (f->window, "1.4");
  press ("ctrl+m");
  g_assert_true (syl_test_wait_for (move_dialog_shown, NULL, 2000));
  dialog = (SylMoveDialog *) syl_test_find_toplevel (SYL_TYPE_MOVE_DIALOG);
  /* A window manager would give the new dialog the focus. */
  syl_test_focus_x (GTK_WIDGET (dialog));
  /* Only chapter 2 has this in its title. */
  syl_test_type ("为什么是");
  syl_test_wait_list_shows_only (GTK_WIDGET (dialog), target);
  /* The typing went to the search field. */
  focus = gtk_root_get_focus (GTK_ROOT (dialog));
  g_assert_true (GTK_IS_EDITABLE (focus));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (focus)), ==, "为什么是");
  press ("Return");

  g_assert_null (syl_test_find_toplevel (SYL_TYPE_MOVE_DIALOG));
  g_assert_true (syl_node_get_parent (node) == target);
  g_assert_true (syl_test_node_at (f->window, "2.9") == node);
  g_assert_true (only_selected (f) == node);
  g_assert_cmpuint (n_undo (f), ==, 1);

  syl_test_focus_x (GTK_WIDGET (f->window));
  press ("ctrl+z");
  assert_original (f);
}

/* Exactly @nodes are selected, in any order. */
static void
assert_selected_set (Fixture  *f,
                     SylNode **nodes,
                     guint     n_nodes)
{
  g_autoptr(GPtrArray) selected = syl_test_selected (f->window);

  g_assert_cmpuint (selected->len, ==, n_nodes);
  for (guint i = 0; i < n_nodes; i++)
    g_assert_true (g_ptr_array_find (selected, nodes[i], NULL));
}

/* Undo and redo select every node the step changed, not only the first. */
static void
test_undo_selects_every_node (Fixture       *f,
                              gconstpointer  data)
{
  SylNode *nodes[] = {
    syl_test_node_at (f->window, "1.2"),
    syl_test_node_at (f->window, "1.3"),
    syl_test_node_at (f->window, "1.5"),
  };

  syl_outline_view_select_nodes (f->view, nodes, G_N_ELEMENTS (nodes));
  syl_test_wait_settled (f->window);
  press ("alt+Down");
  g_assert_cmpuint (n_undo (f), ==, 1);
  g_assert_false (syl_test_node_at (f->window, "1.2") == nodes[0]);

  syl_test_select (f->window, "2");
  press ("ctrl+z");
  assert_original (f);
  assert_selected_set (f, nodes, G_N_ELEMENTS (nodes));

  syl_test_select (f->window, "2");
  press ("ctrl+shift+z");
  assert_selected_set (f, nodes, G_N_ELEMENTS (nodes));

  /* A deletion undone gives back all it took, selected. */
  press ("Delete");
  press ("ctrl+z");
  assert_selected_set (f, nodes, G_N_ELEMENTS (nodes));
}

static const char *
toast_title (Fixture *f)
{
  AdwToast *toast = syl_outline_view_get_toast (f->view);

  return toast != NULL ? adw_toast_get_title (toast) : NULL;
}

/* Each step's toast replaces the one before at once, so that its Undo
 * undoes the step it names; it goes when that step is undone. */
static void
test_toast_names_latest_step (Fixture       *f,
                              gconstpointer  data)
{
  SylHistory *history = syl_document_get_history (f->document);
  g_autofree char *first = NULL;

  syl_test_select (f->window, "1.4");
  press ("Delete");
  first = g_strdup (syl_history_get_undo_label (history));
  g_assert_cmpstr (toast_title (f), ==, first);

  syl_test_select (f->window, "1.6");
  press ("Delete");
  g_assert_cmpstr (syl_history_get_undo_label (history), !=, first);
  g_assert_cmpstr (toast_title (f), ==, syl_history_get_undo_label (history));

  press ("ctrl+z");
  g_assert_null (toast_title (f));

  /* A refusal's toast gives way to the next step's. */
  syl_test_select (f->window, "1");
  press ("alt+Up");
  g_assert_nonnull (toast_title (f));
  syl_test_select (f->window, "1.3");
  press ("Delete");
  g_assert_cmpstr (toast_title (f), ==, syl_history_get_undo_label (history));
}

static GtkAdjustment *
vadjustment (Fixture *f)
{
  return gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (syl_outline_view_get_list_view (f->view)));
}

/* Where @number's row stands in the list's visible part, which must hold
 * all of it. */
static double
visible_row_y (Fixture    *f,
               const char *number)
{
  GtkWidget *list = syl_outline_view_get_list_view (f->view);
  GtkWidget *row = syl_outline_view_get_row_widget (f->view, syl_test_node_at (f->window, number));
  graphene_rect_t bounds;

  g_assert_nonnull (row);
  g_assert_true (gtk_widget_get_child_visible (gtk_widget_get_parent (row)));
  g_assert_true (gtk_widget_compute_bounds (row, list, &bounds));
  g_assert_cmpfloat (bounds.origin.y, >=, 0);
  g_assert_cmpfloat (bounds.origin.y + bounds.size.height, <=, gtk_widget_get_height (list));
  return bounds.origin.y;
}

/* The list scrolls after a step only when what it changed went out of
 * view, then as little as it can, with the parent's row when it fits. */
static void
test_scroll_only_when_out_of_view (Fixture       *f,
                                   gconstpointer  data)
{
  GtkAdjustment *adjustment = vadjustment (f);
  SylNode *node = syl_test_node_at (f->window, "1.2");
  SylNode *chapter5 = syl_test_node_at (f->window, "5");
  double value;

  /* On screen: nothing scrolls. */
  syl_test_select (f->window, "1.3");
  value = gtk_adjustment_get_value (adjustment);
  press ("alt+Down");
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, value);
  press ("ctrl+z");
  g_assert_cmpfloat (gtk_adjustment_get_value (adjustment), ==, value);

  /* Undoing a move from far below brings the node and its chapter into
   * view at the top, and no further. */
  g_assert_true (syl_document_move_nodes (f->document, &node, 1, chapter5, SYL_DROP_INTO, NULL));
  syl_test_wait_settled (f->window);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  syl_test_wait_settled (f->window);
  value = gtk_adjustment_get_value (adjustment);
  g_assert_cmpfloat (value, >, 0);
  press ("ctrl+z");
  g_assert_true (syl_test_node_at (f->window, "1.2") == node);
  g_assert_cmpfloat (visible_row_y (f, "1"), <, 12);
  visible_row_y (f, "1.2");

  /* Redoing it brings the node into view at the bottom, its chapter too. */
  press ("ctrl+shift+z");
  g_assert_true (syl_test_node_at (f->window, "5.8") == node);
  g_assert_cmpfloat (visible_row_y (f, "5.8"), >, gtk_widget_get_height (syl_outline_view_get_list_view (f->view)) - 60);
  visible_row_y (f, "5");
}

static GtkWidget *
find_shortcuts_window (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_SHORTCUTS_WINDOW (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WIDGET (window);
    }
  return NULL;
}

static gboolean
shortcuts_shown (gpointer data)
{
  return find_shortcuts_window () != NULL;
}

static GtkWidget *
find_stack_switcher (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = GTK_IS_STACK_SWITCHER (child) ? child : find_stack_switcher (child);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Ctrl+? shows the keyboard shortcuts, two pages of them; the page
 * numbers measure as wide as their text, not less (see style.css). */
static void
test_shortcuts_pages (Fixture       *f,
                      gconstpointer  data)
{
  GtkWidget *switcher;
  guint n = 0;

  press ("ctrl+question");
  g_assert_true (syl_test_wait_for (shortcuts_shown, NULL, 2000));
  syl_test_wait_shown (find_shortcuts_window ());
  switcher = find_stack_switcher (find_shortcuts_window ());
  g_assert_nonnull (switcher);
  for (GtkWidget *button = gtk_widget_get_first_child (switcher); button != NULL;
       button = gtk_widget_get_next_sibling (button), n++)
    {
      GtkWidget *label = gtk_button_get_child (GTK_BUTTON (button));
      int min, text_width;

      g_assert_true (GTK_IS_LABEL (label));
      gtk_widget_measure (label, GTK_ORIENTATION_HORIZONTAL, -1, &min, NULL, NULL, NULL);
      pango_layout_get_pixel_size (gtk_label_get_layout (GTK_LABEL (label)), &text_width, NULL);
      g_assert_cmpint (text_width, >, 0);
      g_assert_cmpint (min, ==, text_width);
    }
  g_assert_cmpuint (n, ==, 2);

  press ("Escape");
  g_assert_null (find_shortcuts_window ());
}

int
main (int   argc,
      char *argv[])
{
  int status;

  syl_test_gui_init (&argc, &argv);

  if (!syl_test_can_drive_x ())
    return 77;

  application = syl_test_register_application ();

#define ADD(path, func) \
  g_test_add ("/keys/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("move-down-and-undo", test_move_down_and_undo);
  ADD ("indent-outdent", test_indent_outdent);
  ADD ("undo-from-notes", test_undo_from_notes);
  ADD ("return-adds-and-renames", test_return_adds_and_renames);
  ADD ("rename-keys-stay-in-field", test_rename_keys_stay_in_field);
  ADD ("delete-and-undo", test_delete_and_undo);
  ADD ("duplicate", test_duplicate);
  ADD ("copy-paste", test_copy_paste);
  ADD ("open-close", test_open_close);
  ADD ("move-to", test_move_to);
  ADD ("undo-selects-every-node", test_undo_selects_every_node);
  ADD ("toast-names-latest-step", test_toast_names_latest_step);
  ADD ("scroll-only-when-out-of-view", test_scroll_only_when_out_of_view);
  ADD ("shortcuts-pages", test_shortcuts_pages);
#undef ADD

  status = g_test_run ();
  g_object_unref (application);
  return status;
}
