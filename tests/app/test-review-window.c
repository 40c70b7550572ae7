/* test-review-window.c: comments, F8, the filter, review mode and merging
 * in the window, under Xvfb
 *
 * Keys are pressed for real with xdotool, through the application's own
 * accelerators; buttons of the comment cards are activated as a click
 * would.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "syl-node-pane-private.h"
#include "syl-outline-view-private.h"
#include "syl-test-dnd.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"
#include "syl-window-private.h"
#include "syl-json-reader.h"

#define ME "测试者"

static GtkApplication *application;

typedef struct
{
  SylWindow      *window;
  SylDocument    *document;
  SylOutlineView *view;
  SylNodePane    *pane;
  char           *dir;
  char           *original;
} Fixture;

static void
comment (SylDocument *document,
         const char  *number_path,
         const char  *id,
         const char  *author,
         const char  *text)
{
  SylNode *node = syl_document_get_root (document);
  g_auto(GStrv) parts = g_strsplit (number_path, ".", -1);
  g_autoptr(SylAnnotation) annotation = g_object_new (SYL_TYPE_ANNOTATION, "id", id,
                                                      "author", author,
                                                      "created", "2026-11-28T09:30:00Z",
                                                      "text", text, NULL);

  for (guint i = 0; parts[i] != NULL; i++)
    node = syl_node_get_child (node, (guint) g_ascii_strtoull (parts[i], NULL, 10) - 1);
  syl_document_add_annotation (document, node, annotation);
}

/* The sample course with comments: 1.2 has an open thread with a reply
 * and a resolved one, 1.4.1 and chapter 3 have open ones; one of chapter
 * 3's is by the user. */
static char *
write_commented_sample (const char *dir)
{
  g_autofree char *sample = syl_test_sample_path ();
  g_autofree char *text = syl_test_read_text (sample);
  g_autoptr(SylDocument) document = syl_document_new_from_data (text, strlen (text), NULL);
  g_autoptr(SylReply) reply = g_object_new (SYL_TYPE_REPLY, "id", "r1", "author", "段方",
                                            "created", "2026-11-28T10:00:00Z",
                                            "text", "好的，下周补上。", NULL);
  g_autofree char *json = NULL;
  char *path = g_build_filename (dir, "commented.syllabus.json", NULL);
  g_autoptr(SylAnnotation) first = NULL;
  g_autoptr(SylAnnotation) second = NULL;

  comment (document, "1.2", "c1", "王老师", "这一节可以加一个企业案例吗？");
  comment (document, "1.2", "c2", "Ada", "Typo in the title.");
  comment (document, "1.4.1", "c3", "Ada", "Shorten this example.");
  comment (document, "3", "c4", "李审阅", "本章时长偏长。");
  comment (document, "3", "c5", ME, "My own remark.");
  first = g_list_model_get_item (syl_node_get_annotations (syl_node_get_child (
            syl_node_get_child (syl_document_get_root (document), 0), 1)), 0);
  second = g_list_model_get_item (syl_node_get_annotations (syl_node_get_child (
             syl_node_get_child (syl_document_get_root (document), 0), 1)), 1);
  syl_document_add_reply (document, first, reply);
  syl_document_set_resolved_full (document, second, TRUE, "段方", "2026-11-28T12:00:00Z");
  json = syl_test_serialize (document);
  syl_test_write_text (path, json);
  return path;
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  g_autofree char *path = NULL;

  g_settings_set_string (settings, "comment-author", ME);
  f->dir = g_dir_make_tmp ("syl-test-review-XXXXXX", NULL);
  path = data ? syl_test_sample_path () : write_commented_sample (f->dir);
  f->window = syl_test_open_window (path);
  gtk_window_set_application (GTK_WINDOW (f->window), application);
  f->document = syl_window_get_document (f->window);
  f->view = syl_window_get_outline_view (f->window);
  f->pane = SYL_NODE_PANE (f->window->node_pane);
  f->original = syl_test_serialize (f->document);
  syl_test_focus_x (GTK_WIDGET (f->window));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  /* Dialogs a test left open. */
  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (ADW_IS_MESSAGE_DIALOG (window))
        gtk_window_destroy (window);
    }
  syl_test_close_window (f->window);
  syl_test_remove_tree (f->dir);
  g_free (f->dir);
  g_free (f->original);
}

static void
press (const char *keys)
{
  syl_test_xdotool ("key %s", keys);
}

static guint
n_undo (Fixture *f)
{
  return syl_history_get_n_undo (syl_document_get_history (f->document));
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

/* Finding widgets in the editor's comment cards. */

typedef gboolean (*Match) (GtkWidget  *widget,
                           const char *text);

static GtkWidget *
find_widget (GtkWidget  *root,
             Match       match,
             const char *text)
{
  if (match (root, text))
    return root;
  for (GtkWidget *child = gtk_widget_get_first_child (root); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_widget (child, match, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static gboolean
is_entry_with_placeholder (GtkWidget  *widget,
                           const char *text)
{
  return GTK_IS_ENTRY (widget) &&
         g_strcmp0 (gtk_entry_get_placeholder_text (GTK_ENTRY (widget)), text) == 0;
}

static gboolean
is_button (GtkWidget  *widget,
           const char *text)
{
  const char *tooltip;

  if (!GTK_IS_BUTTON (widget))
    return FALSE;
  tooltip = gtk_widget_get_tooltip_text (widget);
  return g_strcmp0 (gtk_button_get_label (GTK_BUTTON (widget)), text) == 0 ||
         g_strcmp0 (tooltip, text) == 0;
}

static gboolean
is_label (GtkWidget  *widget,
          const char *text)
{
  return GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0;
}

/* The card of the thread whose text is @text. */
static GtkWidget *
card_of (Fixture    *f,
         const char *text)
{
  GtkWidget *view = syl_node_pane_get_comments_view (f->pane);
  GtkWidget *label = find_widget (view, is_label, text);

  g_assert_nonnull (label);
  while (label != NULL && !gtk_widget_has_css_class (label, "comment-thread"))
    label = gtk_widget_get_parent (label);
  g_assert_nonnull (label);
  return label;
}

static void
click (GtkWidget  *root,
       const char *button)
{
  GtkWidget *widget = find_widget (root, is_button, button);

  g_assert_nonnull (widget);
  g_signal_emit_by_name (widget, "clicked");
  syl_test_wait_redrawn ();
}

static void
type_into (GtkWidget  *widget,
           const char *text)
{
  gtk_widget_grab_focus (widget);
  syl_test_wait_frame (widget);
  syl_test_type (text);
}

static const char *
badge (Fixture    *f,
       const char *number)
{
  GtkWidget *row = syl_outline_view_get_row_widget (f->view, syl_test_node_at (f->window, number));

  g_assert_nonnull (row);
  return syl_outline_row_get_comments (SYL_OUTLINE_ROW (row));
}

static const char *
header_count (Fixture *f)
{
  GObject *content = gtk_widget_get_template_child (GTK_WIDGET (f->window), SYL_TYPE_WINDOW,
                                                    "comments_count");

  return adw_button_content_get_label (ADW_BUTTON_CONTENT (content));
}

static SylAnnotation *
annotation_at (Fixture    *f,
               const char *number,
               guint       index)
{
  GListModel *annotations = syl_node_get_annotations (syl_test_node_at (f->window, number));
  g_autoptr(SylAnnotation) annotation = g_list_model_get_item (annotations, index);

  g_assert_nonnull (annotation);
  return annotation;
}

/* Adding, replying, resolving. */

/* Typing a comment and Enter adds it under the user's name, counts it in
 * the tree and the header bar; Ctrl+Z takes it back. */
static void
test_add_comment (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *view = syl_node_pane_get_comments_view (f->pane);
  SylNode *node = syl_test_node_at (f->window, "1.1");
  SylAnnotation *added;

  g_assert_null (badge (f, "1.1"));
  g_assert_cmpstr (header_count (f), ==, "4");
  syl_test_select (f->window, "1.1");
  type_into (find_widget (view, is_entry_with_placeholder, "Add a comment…"), "请补充一个案例");
  press ("Return");

  g_assert_cmpuint (g_list_model_get_n_items (syl_node_get_annotations (node)), ==, 1);
  added = annotation_at (f, "1.1", 0);
  g_assert_cmpstr (syl_annotation_get_author (added), ==, ME);
  g_assert_cmpstr (syl_annotation_get_text (added), ==, "请补充一个案例");
  g_assert_cmpstr (badge (f, "1.1"), ==, "1");
  g_assert_cmpstr (header_count (f), ==, "5");
  g_assert_cmpuint (n_undo (f), ==, 1);
  /* The user's own comment can be edited and deleted. */
  g_assert_nonnull (find_widget (card_of (f, "请补充一个案例"), is_button, "Edit"));
  g_assert_nonnull (find_widget (card_of (f, "请补充一个案例"), is_button, "Delete"));

  press ("ctrl+z");
  g_assert_cmpuint (g_list_model_get_n_items (syl_node_get_annotations (node)), ==, 0);
  g_assert_null (badge (f, "1.1"));
  g_assert_cmpstr (header_count (f), ==, "4");
  assert_original (f);
}

static void
count_changed_cb (guint *changes)
{
  (*changes)++;
}

/* Moving a chapter takes its open comments out of the document and puts
 * them back: the header bar's count stays as it is, and is not even set
 * again.  Deleting the chapter sets it once, and so does the undo. */
static void
test_count_through_move (Fixture       *f,
                         gconstpointer  data)
{
  GObject *content = gtk_widget_get_template_child (GTK_WIDGET (f->window), SYL_TYPE_WINDOW,
                                                    "comments_count");
  SylNode *root = syl_document_get_root (f->document);
  SylNode *chapter = NULL;
  g_autofree char *number = NULL;
  g_autofree char *fewer = NULL;
  guint changes = 0;
  guint index;

  for (guint i = 0; i + 1 < syl_node_get_n_children (root) && chapter == NULL; i++)
    {
      if (syl_node_count_open_in_subtree (syl_node_get_child (root, i)) > 0)
        chapter = syl_node_get_child (root, i);
    }
  g_assert_nonnull (chapter);
  index = syl_node_get_index (chapter);
  number = g_strdup_printf ("%u", index + 1);
  fewer = g_strdup_printf ("%u", 4 - syl_node_count_open_in_subtree (chapter));
  g_assert_cmpstr (header_count (f), ==, "4");
  g_signal_connect_swapped (content, "notify::label", G_CALLBACK (count_changed_cb), &changes);

  syl_test_select (f->window, number);
  press ("alt+Down");
  g_assert_cmpuint (syl_node_get_index (chapter), ==, index + 1);
  press ("ctrl+z");
  g_assert_cmpuint (syl_node_get_index (chapter), ==, index);
  g_assert_cmpstr (header_count (f), ==, "4");
  g_assert_cmpuint (changes, ==, 0);

  press ("Delete");
  g_assert_null (syl_node_get_parent (chapter));
  g_assert_cmpstr (header_count (f), ==, fewer);
  g_assert_cmpuint (changes, ==, 1);
  press ("ctrl+z");
  g_assert_cmpstr (header_count (f), ==, "4");
  g_assert_cmpuint (changes, ==, 2);
  g_signal_handlers_disconnect_by_data (content, &changes);
  assert_original (f);
}

/* The first comment, with no name kept, asks which name to sign with:
 * Cancel keeps the text in its field and adds nothing; Sign keeps the
 * name and adds the comment signed with it. */
static void
test_first_comment_asks_name (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GSettings) settings = g_settings_new (APP_ID);
  GtkWidget *view = syl_node_pane_get_comments_view (f->pane);
  GtkWidget *entry = find_widget (view, is_entry_with_placeholder, "Add a comment…");
  SylNode *node = syl_test_node_at (f->window, "1.1");
  AdwMessageDialog *dialog;
  GtkWidget *name;
  g_autofree char *kept = NULL;

  g_settings_set_string (settings, "comment-author", "");
  syl_test_select (f->window, "1.1");
  type_into (entry, "请补充一个案例");
  press ("Return");
  dialog = syl_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Sign Your Comments");
  adw_message_dialog_response (dialog, "cancel");
  gtk_window_destroy (GTK_WINDOW (dialog));
  syl_test_wait_settled (f->window);
  g_assert_cmpuint (g_list_model_get_n_items (syl_node_get_annotations (node)), ==, 0);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "请补充一个案例");

  press ("Return");
  dialog = syl_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  name = adw_message_dialog_get_extra_child (dialog);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (name)), !=, "");
  gtk_editable_set_text (GTK_EDITABLE (name), "  王审阅  ");
  adw_message_dialog_response (dialog, "sign");
  gtk_window_destroy (GTK_WINDOW (dialog));
  syl_test_wait_settled (f->window);

  kept = g_settings_get_string (settings, "comment-author");
  g_assert_cmpstr (kept, ==, "王审阅");
  g_assert_cmpuint (g_list_model_get_n_items (syl_node_get_annotations (node)), ==, 1);
  g_assert_cmpstr (syl_annotation_get_author (annotation_at (f, "1.1", 0)), ==, "王审阅");
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (entry)), ==, "");
}

static void
test_reply_and_resolve (Fixture       *f,
                        gconstpointer  data)
{
  SylAnnotation *thread = annotation_at (f, "1.2", 0);
  GtkWidget *view = syl_node_pane_get_comments_view (f->pane);
  GtkWidget *expander;
  SylReply *reply;

  syl_test_select (f->window, "1.2");
  g_assert_cmpstr (badge (f, "1.2"), ==, "1");
  expander = find_widget (view, is_label, "1 resolved");
  g_assert_nonnull (expander);

  type_into (find_widget (card_of (f, "这一节可以加一个企业案例吗？"), is_entry_with_placeholder, "Reply…"),
             "已补充");
  press ("Return");
  g_assert_cmpuint (g_list_model_get_n_items (syl_annotation_get_replies (thread)), ==, 2);
  reply = g_list_model_get_item (syl_annotation_get_replies (thread), 1);
  g_object_unref (reply);
  g_assert_cmpstr (syl_reply_get_text (reply), ==, "已补充");
  g_assert_cmpstr (syl_reply_get_author (reply), ==, ME);
  g_assert_nonnull (find_widget (card_of (f, "这一节可以加一个企业案例吗？"), is_label, "已补充"));

  /* Resolving: the badge goes, the thread folds away under "2 resolved". */
  click (card_of (f, "这一节可以加一个企业案例吗？"), "Resolve");
  g_assert_true (syl_annotation_get_resolved (thread));
  g_assert_cmpstr (syl_annotation_get_resolved_by (thread), ==, ME);
  g_assert_null (badge (f, "1.2"));
  g_assert_cmpstr (header_count (f), ==, "3");
  g_assert_nonnull (find_widget (view, is_label, "2 resolved"));

  /* Folded away, but there: opened, the thread can be reopened. */
  g_assert_null (find_widget (view, is_label, "这一节可以加一个企业案例吗？"));
  expander = find_widget (view, is_label, "2 resolved");
  while (!GTK_IS_EXPANDER (expander))
    expander = gtk_widget_get_parent (expander);
  gtk_expander_set_expanded (GTK_EXPANDER (expander), TRUE);
  syl_test_wait_frame (expander);
  click (card_of (f, "这一节可以加一个企业案例吗？"), "Reopen");
  g_assert_false (syl_annotation_get_resolved (thread));
  g_assert_cmpstr (badge (f, "1.2"), ==, "1");
  g_assert_cmpstr (header_count (f), ==, "4");
  g_assert_cmpuint (n_undo (f), ==, 3);
}

/* Only one's own comments have Edit and Delete; typing in an edited
 * comment is one step. */
static void
test_edit_and_delete_own (Fixture       *f,
                          gconstpointer  data)
{
  SylAnnotation *mine = annotation_at (f, "3", 1);
  GtkWidget *editor;

  syl_test_select (f->window, "3");
  g_assert_null (find_widget (card_of (f, "本章时长偏长。"), is_button, "Edit"));
  g_assert_null (find_widget (card_of (f, "本章时长偏长。"), is_button, "Delete"));

  click (card_of (f, "My own remark."), "Edit");
  editor = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (GTK_IS_TEXT_VIEW (editor));
  press ("ctrl+End");
  syl_test_type (" 再改");
  g_assert_cmpstr (syl_annotation_get_text (mine), ==, "My own remark. 再改");
  g_assert_cmpuint (n_undo (f), ==, 1);
  press ("Escape");
  g_assert_nonnull (find_widget (card_of (f, "My own remark. 再改"), is_label, "My own remark. 再改"));

  click (card_of (f, "My own remark. 再改"), "Delete");
  g_assert_cmpuint (g_list_model_get_n_items (syl_node_get_annotations (syl_test_node_at (f->window, "3"))),
                    ==, 1);
  g_assert_cmpstr (badge (f, "3"), ==, "1");
  syl_test_focus_x (GTK_WIDGET (f->window));
  press ("ctrl+z");
  press ("ctrl+z");
  assert_original (f);
}

/* F8 and Shift+F8, with real keys: the next and previous sections with
 * open comments, round the ends, opening rows on the way. */
static void
test_f8 (Fixture       *f,
         gconstpointer  data)
{
  g_assert_true (only_selected (f) == syl_test_node_at (f->window, "1"));
  g_assert_false (syl_node_get_expanded (syl_test_node_at (f->window, "1.4")));

  press ("F8");
  g_assert_true (only_selected (f) == syl_test_node_at (f->window, "1.2"));
  press ("F8");
  g_assert_true (only_selected (f) == syl_test_node_at (f->window, "1.4.1"));
  g_assert_true (syl_node_get_expanded (syl_test_node_at (f->window, "1.4")));
  g_assert_nonnull (syl_outline_view_get_row_widget (f->view, syl_test_node_at (f->window, "1.4.1")));
  press ("F8");
  g_assert_true (only_selected (f) == syl_test_node_at (f->window, "3"));
  press ("F8");
  g_assert_true (only_selected (f) == syl_test_node_at (f->window, "1.2"));
  press ("shift+F8");
  g_assert_true (only_selected (f) == syl_test_node_at (f->window, "3"));
  press ("shift+F8");
  g_assert_true (only_selected (f) == syl_test_node_at (f->window, "1.4.1"));
  /* The editor shows the section's threads. */
  g_assert_nonnull (card_of (f, "Shorten this example."));
  g_assert_cmpuint (n_undo (f), ==, 0);
}

/* Without open comments, F8 stays where it is. */
static void
test_f8_none (Fixture       *f,
              gconstpointer  data)
{
  SylNode *first = syl_test_node_at (f->window, "1");

  g_assert_true (only_selected (f) == first);
  press ("F8");
  g_assert_true (only_selected (f) == first);
  press ("shift+F8");
  g_assert_true (only_selected (f) == first);
}

/* The nodes of the rows, in order. */
static char *
visible_rows (Fixture *f)
{
  GListModel *rows = G_LIST_MODEL (f->view->rows);
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SylNode) node = g_list_model_get_item (rows, i);
      g_autofree char *number = syl_node_dup_number (node);

      g_string_append_printf (out, "%s%s", out->len ? " " : "", number);
    }
  return g_string_free (out, FALSE);
}

static void
test_filter (Fixture       *f,
             gconstpointer  data)
{
  guint all = g_list_model_get_n_items (G_LIST_MODEL (f->view->rows));
  g_autofree char *filtered = NULL;
  g_autofree char *after_resolve = NULL;
  GVariant *state;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.filter-open-comments", NULL));
  syl_test_wait_settled (f->window);
  state = g_action_group_get_action_state (G_ACTION_GROUP (f->window), "filter-open-comments");
  g_assert_true (g_variant_get_boolean (state));
  g_variant_unref (state);
  filtered = visible_rows (f);
  g_assert_cmpstr (filtered, ==, "1 1.2 1.4 1.4.1 3");

  /* Moving is off while filtered, by key too. */
  syl_test_select (f->window, "1.2");
  gtk_widget_activate_action (GTK_WIDGET (f->view), "outline.move-down", NULL);
  press ("alt+Down");
  press ("Delete");
  assert_original (f);
  press ("F8");
  g_assert_true (only_selected (f) == syl_test_node_at (f->window, "1.4.1"));

  /* A section whose last open comment is resolved leaves the list. */
  syl_document_set_resolved (f->document, annotation_at (f, "1.4.1", 0), TRUE, ME);
  syl_test_wait_settled (f->window);
  after_resolve = visible_rows (f);
  g_assert_cmpstr (after_resolve, ==, "1 1.2 3");

  /* All rows are back, and moves with them. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.filter-open-comments", NULL));
  syl_test_wait_settled (f->window);
  g_assert_cmpuint (g_list_model_get_n_items (G_LIST_MODEL (f->view->rows)), >=, all);
  syl_test_select (f->window, "1.2");
  press ("alt+Down");
  g_assert_cmpstr (syl_node_get_id (syl_test_node_at (f->window, "1.3")), ==,
                   syl_node_get_id (only_selected (f)));
  g_assert_cmpuint (n_undo (f), ==, 2);
}

/* Review mode: typing in the title, keys that restructure, renaming and
 * dragging change nothing; commenting works, and undo reaches only what
 * was done in review mode. */
static void
test_review_mode (Fixture       *f,
                  gconstpointer  data)
{
  SylNode *moved = syl_test_node_at (f->window, "1.3");
  GtkWidget *view = syl_node_pane_get_comments_view (f->pane);
  g_autofree char *before_review = NULL;
  g_autofree char *now = NULL;
  int x1, y1, x2, y2;

  /* A change to the course before review mode. */
  syl_test_select (f->window, "1.3");
  press ("alt+Down");
  g_assert_true (syl_test_node_at (f->window, "1.4") == moved);
  before_review = syl_test_serialize (f->document);

  press ("ctrl+shift+r");
  g_assert_true (syl_window_get_review_mode (f->window));
  g_assert_true (gtk_revealer_get_reveal_child (GTK_REVEALER (
    gtk_widget_get_template_child (GTK_WIDGET (f->window), SYL_TYPE_WINDOW, "review_bar"))));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (f->window), "review-mode"));

  syl_test_select (f->window, "1.2");
  press ("alt+Down");
  press ("alt+Right");
  press ("Delete");
  press ("F2");
  g_assert_false (syl_outline_row_is_renaming (SYL_OUTLINE_ROW (
    syl_outline_view_get_row_widget (f->view, syl_test_node_at (f->window, "1.2")))));
  type_into (GTK_WIDGET (f->pane->title_row), "XYZ");
  type_into (GTK_WIDGET (f->pane->notes_view), "notes");
  g_assert_false (gtk_widget_is_sensitive (GTK_WIDGET (f->pane->kind_row)));
  syl_test_select (f->window, "1.2");
  syl_test_screen_point (syl_outline_view_get_row_widget (f->view, syl_test_node_at (f->window, "1.2")),
                         0.3, 0.5, &x1, &y1);
  syl_test_screen_point (syl_outline_view_get_row_widget (f->view, syl_test_node_at (f->window, "2")),
                         0.3, 0.5, &x2, &y2);
  syl_test_xdotool ("mousemove %d %d", x1, y1);
  syl_test_xdotool ("mousedown 1");
  for (int i = 1; i <= 10; i++)
    syl_test_xdotool ("mousemove %d %d", x1 + (x2 - x1) * i / 10, y1 + (y2 - y1) * i / 10);
  syl_test_xdotool ("mouseup 1");
  syl_test_wait_drag_over (f->window);
  now = syl_test_serialize (f->document);
  syl_test_assert_same_text (now, before_review);
  g_assert_cmpuint (n_undo (f), ==, 1);
  {
    guint windows = g_list_model_get_n_items (gtk_window_get_toplevels ());

    /* The course's properties do not open either. */
    gtk_widget_activate_action (GTK_WIDGET (f->window), "win.course-properties", NULL);
    /* Had the action done anything, it would be done now. */
    syl_test_wait_idle ();
    g_assert_cmpuint (g_list_model_get_n_items (gtk_window_get_toplevels ()), ==, windows);
  }

  /* Commenting works. */
  syl_test_select (f->window, "1.2");
  type_into (find_widget (view, is_entry_with_placeholder, "Add a comment…"), "Reviewed.");
  press ("Return");
  g_assert_cmpuint (n_undo (f), ==, 2);
  g_assert_cmpstr (syl_annotation_get_text (annotation_at (f, "1.2", 2)), ==, "Reviewed.");

  /* Ctrl+Z takes the comment back, but not the move made before. */
  syl_test_select (f->window, "1.2");
  press ("ctrl+z");
  g_assert_cmpuint (n_undo (f), ==, 1);
  press ("ctrl+z");
  g_assert_cmpuint (n_undo (f), ==, 1);
  g_assert_true (syl_test_node_at (f->window, "1.4") == moved);
  press ("ctrl+shift+z");
  g_assert_cmpuint (n_undo (f), ==, 2);

  /* Out of review mode, everything is editable and undoable again. */
  press ("ctrl+shift+r");
  g_assert_false (syl_window_get_review_mode (f->window));
  press ("ctrl+z");
  press ("ctrl+z");
  assert_original (f);
}

/* Merging. */

static gboolean
merge_done (gpointer window)
{
  return !syl_window_is_busy (window);
}

static GFile *
write_copy (Fixture    *f,
            const char *name,
            const char *text)
{
  g_autofree char *path = g_build_filename (f->dir, name, NULL);

  syl_test_write_text (path, text);
  return g_file_new_for_path (path);
}

/* A reviewer's copy merged in the window: a report, one step that Ctrl+Z
 * undoes, exactly. */
static void
test_merge (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(SylDocument) copy = syl_document_new_from_data (f->original, strlen (f->original), NULL);
  g_autoptr(SylAnnotation) added = syl_annotation_new ("Reviewer B", "Add a quiz here.");
  g_autoptr(GListModel) none = NULL;
  g_autofree char *json = NULL;
  g_autoptr(GFile) file = NULL;
  g_autoptr(SylAnnotation) resolved = NULL;
  AdwMessageDialog *dialog;

  syl_document_add_annotation (copy, syl_node_get_child (syl_document_get_root (copy), 1), added);
  resolved = g_list_model_get_item (syl_node_get_annotations (syl_node_get_child (syl_node_get_child (
                                      syl_document_get_root (copy), 0), 1)), 0);
  syl_document_set_resolved_full (copy, resolved, TRUE, "Reviewer B", "2026-12-01T08:00:00Z");
  json = syl_test_serialize (copy);
  file = write_copy (f, "reviewer-b.syllabus.json", json);

  g_assert_true (syl_window_merge_files (f->window, &file, 1));
  syl_test_await (merge_done, f->window);
  syl_test_wait_settled (f->window);
  dialog = syl_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Reviews Merged");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==, "1 new comment, 1 resolution.");
  g_assert_cmpuint (n_undo (f), ==, 1);
  g_assert_cmpstr (badge (f, "2"), ==, "1");
  g_assert_null (badge (f, "1.2"));
  g_assert_cmpstr (header_count (f), ==, "4");

  /* A click on a response answers and closes the dialog. */
  adw_message_dialog_response (dialog, "close");
  gtk_window_close (GTK_WINDOW (dialog));
  syl_test_wait_settled (f->window);
  g_assert_null (syl_test_find_message_dialog ());
  syl_test_focus_x (GTK_WIDGET (f->window));
  press ("ctrl+z");
  assert_original (f);
  g_assert_null (badge (f, "2"));
  g_assert_cmpstr (badge (f, "1.2"), ==, "1");
}

/* A broken copy: an error that names the file, and nothing changes. */
static void
test_merge_broken (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GFile) file = write_copy (f, "broken.json", "{\n  \"format\": \"syllabus\",\n  oops\n}\n");
  AdwMessageDialog *dialog;

  /* The merge starts, and fails in the background. */
  g_assert_true (syl_window_merge_files (f->window, &file, 1));
  syl_test_await (merge_done, f->window);
  syl_test_wait_settled (f->window);
  dialog = syl_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Merge the Reviews");
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_body (dialog), "broken.json:3:3: "));
  g_assert_cmpuint (n_undo (f), ==, 0);
  assert_original (f);
}

static void
test_export_summary (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *html_path = g_build_filename (f->dir, "summary.html", NULL);
  g_autofree char *md_path = g_build_filename (f->dir, "summary.md", NULL);
  g_autoptr(GFile) html = g_file_new_for_path (html_path);
  g_autoptr(GFile) md = g_file_new_for_path (md_path);
  g_autoptr(GError) error = NULL;
  g_autofree char *html_text = NULL;
  g_autofree char *md_text = NULL;

  g_assert_true (syl_window_export_review_summary (f->window, html, &error));
  g_assert_no_error (error);
  g_assert_true (syl_window_export_review_summary (f->window, md, &error));
  html_text = syl_test_read_text (html_path);
  md_text = syl_test_read_text (md_path);
  g_assert_true (g_str_has_prefix (html_text, "<!DOCTYPE html>\n"));
  g_assert_nonnull (strstr (html_text, "这一节可以加一个企业案例吗？"));
  g_assert_null (strstr (html_text, "Typo in the title."));
  /* In the sample's language, Chinese, not the user interface's. */
  g_assert_true (g_str_has_prefix (md_text, "# 审阅摘要："));
  g_assert_nonnull (strstr (md_text, "\n4 条未解决的批注。\n"));
  g_assert_nonnull (strstr (md_text, "\n## 1.4.1 "));
}

static gboolean
has_file_chooser (gpointer data)
{
  GtkFileChooser **chooser = data;
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER (window) && gtk_widget_get_visible (GTK_WIDGET (window)))
        *chooser = GTK_FILE_CHOOSER (window);
    }
  return *chooser != NULL;
}

static gboolean
has_current_folder (gpointer data)
{
  g_autoptr(GFile) folder = gtk_file_chooser_get_current_folder (data);

  return folder != NULL;
}

/* The review summary's chooser starts in the outline's folder, with a name
 * made from the outline's. */
static void
test_summary_chooser (Fixture       *f,
                      gconstpointer  data)
{
  GtkFileChooser *chooser = NULL;
  g_autoptr(GFile) folder = NULL;
  g_autoptr(GFile) expected = g_file_get_parent (syl_document_get_file (f->document));
  g_autofree char *name = NULL;

  g_action_group_activate_action (G_ACTION_GROUP (f->window), "review-summary", NULL);
  g_assert_true (syl_test_wait_for (has_file_chooser, &chooser, 5000));
  /* The chooser reads the folder before it shows where it is. */
  g_assert_true (syl_test_wait_for (has_current_folder, chooser, 5000));
  folder = gtk_file_chooser_get_current_folder (chooser);
  name = gtk_file_chooser_get_current_name (chooser);
  g_assert_nonnull (folder);
  g_assert_true (g_file_equal (folder, expected));
  g_assert_cmpstr (name, ==, "commented — review summary.md");
  gtk_window_destroy (GTK_WINDOW (chooser));
  syl_test_wait_idle ();
}

/* The application's window that shows @file, if there is one. */
static SylWindow *
window_showing (GFile *file)
{
  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    {
      SylDocument *document = SYL_IS_WINDOW (l->data) ? syl_window_get_document (l->data) : NULL;

      if (document != NULL && syl_document_get_file (document) != NULL &&
          g_file_equal (syl_document_get_file (document), file))
        return l->data;
    }
  return NULL;
}

static gboolean
window_shows_file (gpointer data)
{
  return window_showing (data) != NULL;
}

/* syllabus --review FILE: the option travels as the hint of "open". */
static void
test_review_option (Fixture       *f,
                    gconstpointer  data)
{
  GApplicationClass *klass = G_APPLICATION_GET_CLASS (application);
  g_autoptr(GVariantDict) options = g_variant_dict_new (NULL);
  g_autofree char *path = write_commented_sample (f->dir);
  const char *paths[] = { path, NULL };
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SylWindow *opened = NULL;

  g_variant_dict_insert (options, "review", "b", TRUE);
  g_variant_dict_insert_value (options, G_OPTION_REMAINING, g_variant_new_bytestring_array (paths, -1));
  g_assert_cmpint (klass->handle_local_options (G_APPLICATION (application), options), ==, -1);
  syl_test_await (window_shows_file, file);
  opened = window_showing (file);
  g_assert_true (syl_window_get_review_mode (opened));
  g_assert_false (syl_window_get_review_mode (f->window));
  gtk_window_destroy (GTK_WINDOW (opened));
  syl_test_wait_idle ();
}

/* Review mode belongs to the outline opened for review: reading the same
 * file again keeps it, another outline opened in the window does not. */
static void
test_review_mode_stays_with_file (Fixture       *f,
                                  gconstpointer  data)
{
  g_autofree char *sample = syl_test_sample_path ();
  g_autoptr(GFile) other = g_file_new_for_path (sample);

  syl_window_set_review_mode (f->window, TRUE);
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.disk-reload", NULL));
  syl_test_wait_settled (f->window);
  g_assert_true (syl_window_get_document (f->window) != f->document);
  g_assert_true (syl_window_get_review_mode (f->window));

  syl_window_open_file (f->window, other);
  syl_test_await (window_shows_file, other);
  syl_test_wait_settled (f->window);
  g_assert_true (g_file_equal (syl_document_get_file (syl_window_get_document (f->window)), other));
  g_assert_false (syl_window_get_review_mode (f->window));
  g_assert_false (syl_outline_view_get_read_only (f->view));
  f->document = syl_window_get_document (f->window);
}

/* The keyboard shortcuts window lists F8, Shift+F8 and review mode. */
static void
test_help_overlay (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource ("/io/github/syllabus/Syllabus/gtk/help-overlay.ui");
  const char *wanted[] = { "F8", "&lt;Shift&gt;F8", "&lt;Control&gt;&lt;Shift&gt;r" };
  g_autoptr(GBytes) bytes = g_resources_lookup_data ("/io/github/syllabus/Syllabus/gtk/help-overlay.ui",
                                                     0, NULL);
  g_autofree char *xml = g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));

  g_assert_nonnull (gtk_builder_get_object (builder, "help_overlay"));
  for (guint i = 0; i < G_N_ELEMENTS (wanted); i++)
    {
      g_autofree char *property = g_strdup_printf (">%s</property>", wanted[i]);
      g_assert_nonnull (strstr (xml, property));
    }
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
  g_test_add ("/review-window/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("add-comment", test_add_comment);
  ADD ("count-through-move", test_count_through_move);
  ADD ("first-comment-asks-name", test_first_comment_asks_name);
  ADD ("reply-and-resolve", test_reply_and_resolve);
  ADD ("edit-and-delete-own", test_edit_and_delete_own);
  ADD ("f8", test_f8);
  g_test_add ("/review-window/f8-none", Fixture, "plain", fixture_setup, test_f8_none,
              fixture_teardown);
  ADD ("filter", test_filter);
  ADD ("review-mode", test_review_mode);
  ADD ("merge", test_merge);
  ADD ("merge-broken", test_merge_broken);
  ADD ("export-summary", test_export_summary);
  ADD ("summary-chooser", test_summary_chooser);
  ADD ("review-option", test_review_option);
  ADD ("review-mode-stays-with-file", test_review_mode_stays_with_file);
  ADD ("help-overlay", test_help_overlay);
#undef ADD

  status = g_test_run ();
  g_object_unref (application);
  return status;
}
