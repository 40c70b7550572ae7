/* test-hoist.c: focusing on one section, and showing levels, under Xvfb
 *
 * Keys are pressed and rows dragged for real with xdotool, so each goes
 * through the X server, GDK and the outline's controllers as a designer's
 * keyboard and mouse would.  What the tree shows is read from the list
 * view's own model: the rows, by their numbers in the whole outline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "syl-move-dialog.h"
#include "syl-outline-view-private.h"
#include "syl-test-dnd.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"
#include "syl-window-private.h"

#define COURSE "AI 大模型（类 ChatGPT）的企业应用"
#define CHAPTER_2 COURSE " › 2 为什么是 chatGPT ?"
#define CHAPTER_2_ROWS "2.1 2.2 2.3 2.4 2.5 2.6 2.7 2.8"

/* Ctrl+Z is the application's accelerator for win.undo. */
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

  f->window = syl_test_open_window (path);
  gtk_window_set_application (GTK_WINDOW (f->window), application);
  f->document = syl_window_get_document (f->window);
  f->view = syl_window_get_outline_view (f->window);
  f->original = syl_test_serialize (f->document);
  syl_test_focus_x (GTK_WIDGET (f->window));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  g_free (f->original);
  syl_test_close_window (f->window);
}

static void
press (const char *keys)
{
  syl_test_press (keys);
}

static SylNode *
node_at (Fixture    *f,
         const char *number)
{
  return syl_test_node_at (f->window, number);
}

/* The rows the list shows, by their numbers, one space apart. */
static char *
rows (Fixture *f)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (syl_outline_view_get_list_view (f->view))));
  g_autoptr(GString) text = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SylNode) node = g_list_model_get_item (model, i);
      g_autofree char *number = syl_document_dup_number (f->document, node);

      g_string_append_printf (text, "%s%s", i > 0 ? " " : "", number);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
assert_rows (Fixture    *f,
             const char *expected)
{
  g_autofree char *shown = rows (f);

  g_assert_cmpstr (shown, ==, expected);
}

/* The numbers of the nodes under @top down to @levels levels, in the
 * outline's order: the rows that showing that many levels gives. */
static char *
rows_to_level (Fixture *f,
               SylNode *top,
               guint    levels)
{
  g_autoptr(GString) text = g_string_new (NULL);
  SylNodeIter iter;
  SylNode *node;

  syl_node_iter_init (&iter, top);
  while (syl_node_iter_next (&iter, &node))
    {
      g_autofree char *number = syl_document_dup_number (f->document, node);

      if (syl_node_iter_get_depth (&iter) == levels)
        syl_node_iter_skip_children (&iter);
      g_string_append_printf (text, "%s%s", text->len > 0 ? " " : "", number);
    }
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static char *
crumbs (Fixture *f)
{
  GtkWidget *breadcrumb = syl_outline_view_get_breadcrumb (f->view);

  if (!gtk_widget_get_visible (breadcrumb))
    return g_strdup ("");
  return syl_breadcrumb_dup_text (SYL_BREADCRUMB (breadcrumb));
}

static void
assert_crumbs (Fixture    *f,
               const char *expected)
{
  g_autofree char *shown = crumbs (f);

  g_assert_cmpstr (shown, ==, expected);
}

static SylNode *
only_selected (Fixture *f)
{
  g_autoptr(GPtrArray) nodes = syl_test_selected (f->window);

  g_assert_cmpuint (nodes->len, ==, 1);
  return g_ptr_array_index (nodes, 0);
}

static void
assert_original (Fixture *f)
{
  g_autofree char *now = syl_test_serialize (f->document);

  syl_test_assert_same_text (now, f->original);
}

static const char *
toast_title (Fixture *f)
{
  AdwToast *toast = syl_outline_view_get_toast (f->view);

  return toast != NULL ? adw_toast_get_title (toast) : NULL;
}

/* Chapter 2 selected, Ctrl+] focuses on it. */
static void
focus_chapter_2 (Fixture *f)
{
  syl_test_select (f->window, "2");
  press ("ctrl+bracketright");
  g_assert_true (syl_outline_view_get_hoisted (f->view) == node_at (f, "2"));
}

/* Ctrl+] shows only the chapter's parts, under the path to it; the
 * numbers stay those of the whole outline. */
static void
test_focus_shows_subtree (Fixture       *f,
                          gconstpointer  data)
{
  assert_crumbs (f, "");
  focus_chapter_2 (f);

  assert_rows (f, CHAPTER_2_ROWS);
  assert_crumbs (f, CHAPTER_2);
  g_assert_true (only_selected (f) == node_at (f, "2.1"));

  /* Deeper: Down Down Ctrl+] focuses on 2.3. */
  press ("Down");
  press ("Down");
  press ("ctrl+bracketright");
  assert_rows (f, "2.3.1 2.3.2 2.3.3");
  assert_crumbs (f, CHAPTER_2 " › 2.3 GPT 模型的演进");
  g_assert_true (only_selected (f) == node_at (f, "2.3.1"));
  /* Opening rows and going to a parent stay inside: Left on a top row
   * goes nowhere. */
  press ("Left");
  g_assert_true (only_selected (f) == node_at (f, "2.3.1"));
  assert_original (f);
}

/* Alt+arrows move rows inside the chapter in focus; Ctrl+Z undoes. */
static void
test_moves_inside_and_undo (Fixture       *f,
                            gconstpointer  data)
{
  SylNode *gpt = node_at (f, "2.2");

  focus_chapter_2 (f);
  press ("Down");
  press ("alt+Down");
  g_assert_true (node_at (f, "2.3") == gpt);
  g_assert_true (only_selected (f) == gpt);
  assert_rows (f, CHAPTER_2_ROWS);

  press ("alt+Right");
  g_assert_true (node_at (f, "2.2.4") == gpt);
  assert_rows (f, "2.1 2.2 2.2.1 2.2.2 2.2.3 2.2.4 2.3 2.4 2.5 2.6 2.7");
  g_assert_true (only_selected (f) == gpt);

  press ("ctrl+z");
  g_assert_true (node_at (f, "2.3") == gpt);
  press ("ctrl+z");
  g_assert_true (node_at (f, "2.2") == gpt);
  g_assert_true (only_selected (f) == gpt);
  g_assert_true (syl_outline_view_get_hoisted (f->view) == node_at (f, "2"));
  assert_original (f);

  /* Indenting opened the section the part went into, and it stays open. */
  assert_rows (f, "2.1 2.2 2.3 2.3.1 2.3.2 2.3.3 2.4 2.5 2.6 2.7 2.8");

  /* Return adds a part of the chapter, Delete takes it away. */
  press ("Return");
  g_assert_cmpuint (syl_node_get_n_children (node_at (f, "2")), ==, 9);
  press ("Escape");
  press ("Delete");
  g_assert_cmpuint (syl_node_get_n_children (node_at (f, "2")), ==, 8);
  assert_rows (f, "2.1 2.2 2.3 2.3.1 2.3.2 2.3.3 2.4 2.5 2.6 2.7 2.8");
  g_assert_true (syl_outline_view_get_hoisted (f->view) == node_at (f, "2"));
}

/* The top rows cannot leave the chapter in focus by the keys, as in
 * Workflowy: nothing moves, and the toast says why. */
static void
test_edges_refused (Fixture       *f,
                    gconstpointer  data)
{
  focus_chapter_2 (f);

  press ("alt+Up");
  g_assert_cmpstr (toast_title (f), ==, "Already at the top of the section in focus");
  press ("alt+Left");
  g_assert_cmpstr (toast_title (f), ==,
                   "Parts of the section in focus cannot be outdented out of it");
  press ("End");
  g_assert_true (only_selected (f) == node_at (f, "2.8"));
  press ("alt+Down");
  g_assert_cmpstr (toast_title (f), ==, "Already at the bottom of the section in focus");
  assert_original (f);
  assert_rows (f, CHAPTER_2_ROWS);

  /* One level down, outdenting leaves the part in the chapter. */
  syl_test_select (f->window, "2.3.2");
  press ("alt+Left");
  g_assert_cmpstr (syl_node_get_title (node_at (f, "2.4")), ==, "GPT3");
  g_assert_true (syl_outline_view_get_hoisted (f->view) == node_at (f, "2"));
}

/* Drags inside the chapter in focus land where the indicator shows, a
 * drop below the last row at the end of the chapter. */
static void
test_drag_inside (Fixture       *f,
                  gconstpointer  data)
{
  SylNode *openai = node_at (f, "2.1");
  SylNode *gpt = node_at (f, "2.2");
  SylNode *chapter = node_at (f, "2");
  GtkWidget *list = syl_outline_view_get_list_view (f->view);
  int x1, y1, x2, y2;

  focus_chapter_2 (f);
  syl_test_wait_settled (f->window);

  /* The lower quarter of 2.3: after it. */
  syl_test_row_point (f->window, openai, 0.5, &x1, &y1);
  syl_test_row_point (f->window, node_at (f, "2.3"), 0.9, &x2, &y2);
  syl_test_drag_rest (x1, y1, x2, y2, SYL_TEST_HUMAN_REST_MS);
  g_assert_true (syl_test_release_checked (f->window, syl_test_dragged (openai, NULL)));
  g_assert_true (node_at (f, "2.3") == openai);
  g_assert_true (only_selected (f) == openai);

  /* Below the last row: the last part of the chapter, not a chapter. */
  syl_test_row_point (f->window, gpt, 0.5, &x1, &y1);
  syl_test_screen_point (list, 1.0 / 3, 0.95, &x2, &y2);
  syl_test_drag_rest (x1, y1, x2, y2, SYL_TEST_HUMAN_REST_MS);
  g_assert_true (syl_test_release_checked (f->window, syl_test_dragged (gpt, NULL)));
  g_assert_true (syl_node_get_parent (gpt) == chapter);
  g_assert_true (node_at (f, "2.8") == gpt);
  g_assert_cmpuint (syl_node_get_n_children (syl_document_get_root (f->document)), ==, 6);
  assert_rows (f, CHAPTER_2_ROWS);

  press ("ctrl+z");
  press ("ctrl+z");
  assert_original (f);
}

/* The chapter in focus is deleted from elsewhere (a merge, another
 * window): the tree shows the whole outline, the row now where it stood
 * selected; undoing the deletion selects it again, without focusing. */
static void
test_hoisted_deleted (Fixture       *f,
                      gconstpointer  data)
{
  SylNode *chapter = node_at (f, "2");
  SylNode *next = node_at (f, "3");
  g_autoptr(GError) error = NULL;
  g_autofree char *chapters_open = NULL;

  focus_chapter_2 (f);
  press ("Down");
  press ("Down");
  press ("ctrl+bracketright");
  g_assert_true (syl_outline_view_get_hoisted (f->view) == node_at (f, "2.3"));

  g_assert_true (syl_document_remove_nodes (f->document, &chapter, 1, &error));
  g_assert_no_error (error);
  syl_test_wait_settled (f->window);
  g_assert_null (syl_outline_view_get_hoisted (f->view));
  assert_crumbs (f, "");
  g_assert_true (only_selected (f) == next);
  chapters_open = rows_to_level (f, syl_document_get_root (f->document), 2);
  assert_rows (f, chapters_open);

  press ("ctrl+z");
  g_assert_true (node_at (f, "2") == chapter);
  g_assert_null (syl_outline_view_get_hoisted (f->view));
  g_assert_true (only_selected (f) == chapter);
  assert_original (f);
}

/* Undoing the creation of the section in focus goes back up to its
 * parent, with the row where it stood selected. */
static void
test_undo_creation_goes_up (Fixture       *f,
                            gconstpointer  data)
{
  SylNode *last = node_at (f, "2.8");
  SylNode *created;

  focus_chapter_2 (f);
  press ("End");
  press ("Return");
  syl_test_type ("新节");
  press ("Return");
  created = node_at (f, "2.9");
  g_assert_cmpstr (syl_node_get_title (created), ==, "新节");
  g_assert_true (only_selected (f) == created);

  press ("ctrl+bracketright");
  g_assert_true (syl_outline_view_get_hoisted (f->view) == created);
  assert_rows (f, "");
  assert_crumbs (f, CHAPTER_2 " › 2.9 新节");

  /* With no rows, Enter still adds a first part; Escape leaves its title
   * empty, and Ctrl+Z takes it away again. */
  press ("Return");
  press ("Escape");
  assert_rows (f, "2.9.1");
  press ("ctrl+z");
  assert_rows (f, "");

  press ("ctrl+z");
  assert_crumbs (f, CHAPTER_2 " › 2.9 Untitled");
  press ("ctrl+z");
  g_assert_null (syl_node_get_parent (created));
  g_assert_true (syl_outline_view_get_hoisted (f->view) == node_at (f, "2"));
  assert_crumbs (f, CHAPTER_2);
  assert_rows (f, CHAPTER_2_ROWS);
  g_assert_true (only_selected (f) == last);
  assert_original (f);

  /* Redo brings it back into the chapter in focus, selected. */
  press ("ctrl+shift+z");
  g_assert_true (only_selected (f) == syl_node_get_child (node_at (f, "2"), 8));
}

/* Undoing a move into the chapter in focus takes the row out of the
 * tree; the selection stays where it was. */
static void
test_undo_move_out (Fixture       *f,
                    gconstpointer  data)
{
  SylNode *moved = node_at (f, "1.10");
  SylNode *openai = node_at (f, "2.1");

  /* Alt+Down on the last section of chapter 1 moves it into chapter 2. */
  syl_test_select (f->window, "1.10");
  press ("alt+Down");
  g_assert_true (node_at (f, "2.1") == moved);

  syl_test_select (f->window, "2");
  press ("ctrl+bracketright");
  assert_rows (f, "2.1 2.2 2.3 2.4 2.5 2.6 2.7 2.8 2.9");
  g_assert_true (only_selected (f) == moved);

  press ("ctrl+z");
  g_assert_true (node_at (f, "1.10") == moved);
  g_assert_true (syl_outline_view_get_hoisted (f->view) == node_at (f, "2"));
  assert_rows (f, CHAPTER_2_ROWS);
  g_assert_true (only_selected (f) == openai);
  assert_original (f);
}

/* Escape and Ctrl+[ go up a level, the crumbs go up to theirs, the
 * course's to the whole outline; each selects where it came from. */
static void
test_crumbs_go_up (Fixture       *f,
                   gconstpointer  data)
{
  SylBreadcrumb *breadcrumb = SYL_BREADCRUMB (syl_outline_view_get_breadcrumb (f->view));
  int x, y;

  focus_chapter_2 (f);
  press ("Down");
  press ("Down");
  press ("ctrl+bracketright");
  press ("Down");
  press ("ctrl+bracketright");
  assert_crumbs (f, CHAPTER_2 " › 2.3 GPT 模型的演进 › 2.3.2 GPT3");

  press ("Escape");
  g_assert_true (syl_outline_view_get_hoisted (f->view) == node_at (f, "2.3"));
  g_assert_true (only_selected (f) == node_at (f, "2.3.2"));
  press ("ctrl+bracketleft");
  g_assert_true (syl_outline_view_get_hoisted (f->view) == node_at (f, "2"));
  g_assert_true (only_selected (f) == node_at (f, "2.3"));
  assert_rows (f, CHAPTER_2_ROWS);

  /* Clicking the chapter's crumb from deeper down. */
  press ("Down");
  press ("ctrl+bracketright");
  assert_crumbs (f, CHAPTER_2 " › 2.4 chatGPT 站在 GPT 之上");
  syl_test_wait_settled (f->window);
  syl_test_screen_point (syl_breadcrumb_get_crumb (breadcrumb, 1), 0.5, 0.5, &x, &y);
  syl_test_xdotool ("mousemove %d %d click 1", x, y);
  syl_test_wait_settled (f->window);
  g_assert_true (syl_outline_view_get_hoisted (f->view) == node_at (f, "2"));
  g_assert_true (only_selected (f) == node_at (f, "2.4"));

  /* The course's crumb shows everything. */
  syl_test_screen_point (syl_breadcrumb_get_crumb (breadcrumb, 0), 0.5, 0.5, &x, &y);
  syl_test_xdotool ("mousemove %d %d click 1", x, y);
  syl_test_wait_settled (f->window);
  g_assert_null (syl_outline_view_get_hoisted (f->view));
  assert_crumbs (f, "");
  g_assert_true (only_selected (f) == node_at (f, "2"));

  /* With nothing in focus, Escape does nothing. */
  press ("Escape");
  g_assert_null (syl_outline_view_get_hoisted (f->view));
  g_assert_true (only_selected (f) == node_at (f, "2"));
  assert_original (f);
}

/* Ctrl+1…9 show that many levels, Ctrl+Shift+← and → close and open
 * everything; in focus, levels count from its parts and nothing outside
 * changes.  The menu does the same. */
static void
test_levels (Fixture       *f,
             gconstpointer  data)
{
  SylNode *root = syl_document_get_root (f->document);
  SylNode *chapter = node_at (f, "2");
  GActionGroup *menu = syl_outline_view_get_menu_actions (f->view);
  g_autofree char *two = rows_to_level (f, root, 2);
  g_autofree char *all = rows_to_level (f, root, G_MAXUINT);
  g_autofree char *chapter_all = rows_to_level (f, chapter, G_MAXUINT);
  g_auto(GStrv) two_rows = g_strsplit (two, " ", -1);

  syl_test_select (f->window, "2.3");
  press ("ctrl+shift+Left");
  assert_rows (f, "1 2 3 4 5 6");
  /* The selected section gives way to its chapter. */
  g_assert_true (only_selected (f) == chapter);

  press ("ctrl+2");
  assert_rows (f, two);
  g_assert_cmpuint (g_strv_length (two_rows), ==, 48);
  press ("ctrl+shift+Right");
  assert_rows (f, all);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->view->rows)), ==, 155);
  press ("ctrl+1");
  assert_rows (f, "1 2 3 4 5 6");

  /* The menu's Expand to Level 2. */
  g_action_group_activate_action (menu, "expand-to-level", g_variant_new_uint32 (2));
  syl_test_wait_settled (f->window);
  assert_rows (f, two);

  /* In focus on chapter 2: everything under it, then its parts alone. */
  syl_test_select (f->window, "2");
  press ("ctrl+bracketright");
  press ("ctrl+shift+Right");
  assert_rows (f, chapter_all);
  press ("ctrl+1");
  assert_rows (f, CHAPTER_2_ROWS);
  g_action_group_activate_action (menu, "expand-all", NULL);
  syl_test_wait_settled (f->window);
  assert_rows (f, chapter_all);

  /* Chapter 1 is as level 2 left it. */
  g_action_group_activate_action (menu, "whole-outline", NULL);
  syl_test_wait_settled (f->window);
  g_assert_true (syl_node_get_expanded (node_at (f, "1")));
  g_assert_false (syl_node_get_expanded (node_at (f, "1.4")));
  assert_original (f);
}

/* With only open comments shown, the chapter in focus shows only its
 * parts that have some, numbered as in the whole outline. */
static void
test_filter_and_numbers (Fixture       *f,
                         gconstpointer  data)
{
  SylNode *section = node_at (f, "2.3.2");
  g_autoptr(SylAnnotation) comment = syl_annotation_new ("Reviewer", "Cite the paper?");
  SylOutlineRow *row;

  syl_document_add_annotation (f->document, section, comment);
  focus_chapter_2 (f);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.filter-open-comments", NULL);
  syl_test_wait_settled (f->window);
  assert_rows (f, "2.3 2.3.2");
  assert_crumbs (f, CHAPTER_2);

  /* The row shows the number of the whole outline. */
  row = SYL_OUTLINE_ROW (syl_outline_view_get_row_widget (f->view, section));
  g_assert_nonnull (row);
  g_assert_cmpstr (syl_outline_row_get_number (row), ==, "2.3.2");

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.filter-open-comments", NULL);
  syl_test_wait_settled (f->window);
  g_assert_true (syl_outline_view_get_hoisted (f->view) == node_at (f, "2"));
  assert_rows (f, "2.1 2.2 2.3 2.3.1 2.3.2 2.3.3 2.4 2.5 2.6 2.7 2.8");
}

static gboolean
move_dialog_shown (gpointer data)
{
  return syl_test_find_toplevel (SYL_TYPE_MOVE_DIALOG) != NULL;
}

/* Ctrl+M, part of the title of @target, Enter; back to the window. */
static void
move_to (Fixture    *f,
         const char *search,
         SylNode    *target)
{
  SylMoveDialog *dialog;

  press ("ctrl+m");
  syl_test_await (move_dialog_shown, NULL);
  dialog = (SylMoveDialog *) syl_test_find_toplevel (SYL_TYPE_MOVE_DIALOG);
  syl_test_focus_x (GTK_WIDGET (dialog));
  syl_test_type (search);
  syl_test_wait_list_shows_only (GTK_WIDGET (dialog), target);
  press ("Return");
  g_assert_null (syl_test_find_toplevel (SYL_TYPE_MOVE_DIALOG));
  syl_test_focus_x (GTK_WIDGET (f->window));
}

/* Move To… works in the chapter in focus, and can send a part out of it:
 * the part leaves the tree, the row below where it was is selected. */
static void
test_move_to (Fixture       *f,
              gconstpointer  data)
{
  SylNode *gpt = node_at (f, "2.2");
  SylNode *evolution = node_at (f, "2.3");
  SylNode *summary = node_at (f, "6");
  SylNode *after = node_at (f, "2.4");

  focus_chapter_2 (f);
  press ("Down");
  move_to (f, "模型的演进", evolution);
  g_assert_true (syl_node_get_parent (gpt) == evolution);
  g_assert_true (only_selected (f) == gpt);
  assert_rows (f, "2.1 2.2 2.2.1 2.2.2 2.2.3 2.2.4 2.3 2.4 2.5 2.6 2.7");

  move_to (f, "总结", summary);
  g_assert_true (syl_node_get_parent (gpt) == summary);
  g_assert_true (syl_outline_view_get_hoisted (f->view) == node_at (f, "2"));
  assert_rows (f, "2.1 2.2 2.2.1 2.2.2 2.2.3 2.3 2.4 2.5 2.6 2.7");
  g_assert_true (only_selected (f) == after);

  press ("ctrl+z");
  g_assert_true (only_selected (f) == gpt);
  press ("ctrl+z");
  assert_original (f);
  assert_rows (f, "2.1 2.2 2.3 2.3.1 2.3.2 2.3.3 2.4 2.5 2.6 2.7 2.8");
}

/* The chapter the section in focus is in moves: the path follows. */
static void
test_hoisted_moves (Fixture       *f,
                    gconstpointer  data)
{
  SylNode *root = syl_document_get_root (f->document);
  SylNode *chapter = node_at (f, "2");
  g_autoptr(GError) error = NULL;

  focus_chapter_2 (f);
  press ("Down");
  press ("Down");
  press ("ctrl+bracketright");
  g_assert_true (syl_document_move_node (f->document, chapter, root, 2, &error));
  g_assert_no_error (error);
  syl_test_wait_settled (f->window);
  g_assert_true (node_at (f, "3") == chapter);
  assert_crumbs (f, COURSE " › 3 为什么是 chatGPT ? › 3.3 GPT 模型的演进");
  assert_rows (f, "3.3.1 3.3.2 3.3.3");

  press ("ctrl+z");
  assert_crumbs (f, CHAPTER_2 " › 2.3 GPT 模型的演进");
  g_assert_true (syl_outline_view_get_hoisted (f->view) == node_at (f, "2.3"));
  assert_original (f);
}

/* Opening another outline shows all of it. */
static void
test_other_document_resets (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(SylDocument) other = syl_test_load_sample ();
  g_autofree char *chapters_open = NULL;

  focus_chapter_2 (f);
  syl_window_set_document (f->window, other);
  f->document = other;
  syl_test_wait_settled (f->window);
  g_assert_null (syl_outline_view_get_hoisted (f->view));
  assert_crumbs (f, "");
  chapters_open = rows_to_level (f, syl_document_get_root (other), 2);
  assert_rows (f, chapters_open);
}

/* Selecting a section outside the focus from elsewhere in the window
 * (the next open comment, a search) brings the tree up far enough. */
static void
test_select_outside_leaves_focus (Fixture       *f,
                                  gconstpointer  data)
{
  SylNode *inside = node_at (f, "2.5.1");
  SylNode *cousin = node_at (f, "2.1.2");
  SylNode *outside = node_at (f, "1.2");

  focus_chapter_2 (f);
  press ("Down");
  press ("Down");
  press ("Down");
  press ("Down");
  press ("ctrl+bracketright");
  g_assert_true (syl_outline_view_get_hoisted (f->view) == node_at (f, "2.5"));

  syl_outline_view_select_nodes (f->view, &inside, 1);
  g_assert_true (syl_outline_view_get_hoisted (f->view) == node_at (f, "2.5"));
  syl_outline_view_select_nodes (f->view, &cousin, 1);
  g_assert_true (syl_outline_view_get_hoisted (f->view) == node_at (f, "2"));
  g_assert_true (only_selected (f) == cousin);
  syl_outline_view_select_nodes (f->view, &outside, 1);
  g_assert_null (syl_outline_view_get_hoisted (f->view));
  g_assert_true (only_selected (f) == outside);
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
  g_test_add ("/hoist/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("focus-shows-subtree", test_focus_shows_subtree);
  ADD ("moves-inside-and-undo", test_moves_inside_and_undo);
  ADD ("edges-refused", test_edges_refused);
  ADD ("drag-inside", test_drag_inside);
  ADD ("hoisted-deleted", test_hoisted_deleted);
  ADD ("undo-creation-goes-up", test_undo_creation_goes_up);
  ADD ("undo-move-out", test_undo_move_out);
  ADD ("crumbs-go-up", test_crumbs_go_up);
  ADD ("levels", test_levels);
  ADD ("move-to", test_move_to);
  ADD ("hoisted-moves", test_hoisted_moves);
  ADD ("filter-and-numbers", test_filter_and_numbers);
  ADD ("other-document-resets", test_other_document_resets);
  ADD ("select-outside-leaves-focus", test_select_outside_leaves_focus);
#undef ADD

  status = g_test_run ();
  g_object_unref (application);
  return status;
}
