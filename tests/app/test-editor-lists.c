/* test-editor-lists.c: the objectives and examples lists of the node pane, under Xvfb
 *
 * Items are added, moved with ▲ and ▼ and removed, and each step undone
 * and redone; an empty example shows a placeholder.  Tab and Enter are
 * pressed for real with xdotool, as in test-keys.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-example-card.h"
#include "syl-node-pane-private.h"
#include "syl-test-editor.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"
#include "syl-window-private.h"

typedef SylTestEditor Fixture;

static void
redo (Fixture *f)
{
  g_assert_true (syl_history_get_can_redo (f->history));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.redo", NULL));
  syl_test_wait_settled (f->window);
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
  syl_test_wait_frame (list);
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
  syl_test_wait_frame (pane);
  assert_arrows_at_ends (list, 3);
  click_item_button (list, 0, "go-down-symbolic");
  g_assert_cmpstr (syl_node_get_objectives (node)[0], ==, "比较插入排序与归并排序");
  g_assert_cmpstr (syl_node_get_objectives (node)[1], ==, "Explain why sorting matters");
  assert_arrows_at_ends (list, 3);
  click_item_button (list, 1, "go-down-symbolic");
  g_assert_cmpstr (syl_node_get_objectives (node)[2], ==, "Explain why sorting matters");
  assert_arrows_at_ends (list, 3);

  syl_test_editor_undo (f);
  syl_test_editor_undo (f);
  g_assert_cmpstr (syl_node_get_objectives (node)[0], ==, "Explain why sorting matters");
  assert_arrows_at_ends (list, 3);
  syl_test_editor_undo (f);
  assert_arrows_at_ends (list, 2);
  redo (f);
  assert_arrows_at_ends (list, 3);
  click_item_button (list, 1, "user-trash-symbolic");
  g_assert_cmpuint (g_strv_length ((char **) syl_node_get_objectives (node)), ==, 2);
  assert_arrows_at_ends (list, 2);

  while (syl_history_get_can_undo (f->history))
    syl_test_editor_undo (f);
  syl_test_editor_assert_original (f);
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
  syl_test_wait_frame (pane);
  assert_arrows_at_ends (box, 2);
  g_assert_true (gtk_widget_activate_action (pane, "pane.example-down", "u", 1));
  g_assert_cmpuint (syl_history_get_n_undo (f->history), ==, 1);
  click_item_button (box, 1, "go-up-symbolic");
  now_first = g_list_model_get_item (examples, 0);
  g_assert_true (now_first != first);
  assert_arrows_at_ends (box, 2);

  syl_test_editor_undo (f);
  assert_arrows_at_ends (box, 2);
  syl_test_editor_undo (f);
  assert_arrows_at_ends (box, 1);
  redo (f);
  assert_arrows_at_ends (box, 2);
  while (syl_history_get_can_undo (f->history))
    syl_test_editor_undo (f);
  syl_test_editor_assert_original (f);
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
  placeholder = syl_example_card_get_placeholder (SYL_EXAMPLE_CARD (card));
  g_assert_false (gtk_widget_get_visible (placeholder));

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->pane), "pane.add-example", NULL));
  syl_test_wait_frame (GTK_WIDGET (f->pane));
  card = gtk_widget_get_last_child (box);
  body = syl_example_card_get_body (SYL_EXAMPLE_CARD (card));
  placeholder = syl_example_card_get_placeholder (SYL_EXAMPLE_CARD (card));
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

  syl_test_type_into_buffer (buffer, "Split");
  g_assert_false (gtk_widget_get_visible (placeholder));
  syl_test_editor_undo (f);
  g_assert_cmpint (gtk_text_buffer_get_char_count (buffer), ==, 0);
  g_assert_true (gtk_widget_get_mapped (placeholder));
  redo (f);
  g_assert_false (gtk_widget_get_visible (placeholder));
  gtk_text_buffer_set_text (buffer, "", -1);
  syl_test_wait_frame (body);
  g_assert_true (gtk_widget_get_mapped (placeholder));
}

/* Presses @keys ("shift+Tab") for real, through the X server, as the
 * tests of test-keys.c do, then lets GTK handle them. */
static void
press (const char *keys)
{
  syl_test_xdotool ("key %s", keys);
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
  syl_test_wait_frame (GTK_WIDGET (pane));
  card = gtk_widget_get_last_child (GTK_WIDGET (pane->examples_box));
  title = syl_example_card_get_title (SYL_EXAMPLE_CARD (card));
  body = syl_example_card_get_body (SYL_EXAMPLE_CARD (card));
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
    syl_test_editor_undo (f);
  syl_test_editor_assert_original (f);
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
  syl_test_wait_frame (GTK_WIDGET (f->pane));
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
  syl_test_wait_frame (objective_row (f, 0));
  press ("Return");
  g_assert_cmpstrv (syl_node_get_objectives (node), three);
  g_assert_true (focus_in (f, objective_row (f, 1)));
  g_assert_cmpuint (syl_history_get_n_undo (f->history), ==, 5);

  syl_test_editor_undo (f);
  g_assert_cmpstrv (syl_node_get_objectives (node), typed);
  while (syl_history_get_can_undo (f->history))
    syl_test_editor_undo (f);
  syl_test_editor_assert_original (f);
}

int
main (int   argc,
      char *argv[])
{
  syl_test_gui_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/editor/" path, Fixture, NULL, syl_test_editor_setup, func, \
              syl_test_editor_teardown)
  ADD ("objective-arrows", test_objective_arrows);
  ADD ("example-arrows", test_example_arrows);
  ADD ("example-placeholder", test_example_placeholder);
  ADD ("example-tab-order", test_example_tab_order);
  ADD ("objective-return", test_objective_return);
#undef ADD

  return g_test_run ();
}
