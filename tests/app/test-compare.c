/* test-compare.c: compare mode and the three-way merge in the window,
 * under Xvfb
 *
 * The window's outline is the sample with a move, a rename, a notes edit,
 * a deletion and an addition made through its history; it is compared
 * with the file as it was.  F7, Shift+F7 and Escape are pressed for real
 * with xdotool, through the application's accelerators.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <math.h>
#include <string.h>

#include "syl-backup.h"
#include "syl-compare-view.h"
#include "syl-outline-view-private.h"
#include "syl-test-gen.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"
#include "syl-test-wait.h"
#include "syl-window-private.h"
#include "syl-json-reader.h"

static GtkApplication *application;

typedef struct
{
  SylWindow   *window;
  SylDocument *document;
  char        *dir;
  GFile       *old_file;
  /* The document after the edits, and its history's length. */
  char        *edited;
  guint        n_undo;
} Fixture;

static SylNode *
node_at (Fixture    *f,
         const char *number)
{
  SylNode *node = syl_test_node_at (f->window, number);

  g_assert_nonnull (node);
  return node;
}

/* The old version: the sample with notes on 1.4.1, saved; then the
 * window's outline changes from it, one step each. */
static void
make_versions (Fixture *f)
{
  g_autofree char *old_json = NULL;
  g_autofree char *path = g_build_filename (f->dir, "old.syllabus.json", NULL);
  g_autoptr(SylNode) added = syl_node_new (SYL_NODE_KIND_SECTION, "新增的一节");
  SylNode *gone;

  g_assert_true (syl_document_set_string (f->document, node_at (f, "1.4.1"), "notes",
                                          "循环网络 处理 序列", FALSE, NULL));
  old_json = syl_test_serialize (f->document);
  syl_test_write_text (path, old_json);
  f->old_file = g_file_new_for_path (path);

  g_assert_true (syl_document_set_string (f->document, node_at (f, "1.2"), "title",
                                          "大模型带来了哪些变化？", FALSE, NULL));
  g_assert_true (syl_document_set_string (f->document, node_at (f, "1.4.1"), "notes",
                                          "循环网络 擅长 序列", FALSE, NULL));
  gone = node_at (f, "1.5.2");
  g_assert_true (syl_document_remove_nodes (f->document, &gone, 1, NULL));
  g_assert_true (syl_document_insert_node (f->document, added, node_at (f, "1.6"), 0, NULL));
  g_assert_true (syl_document_move_node (f->document, node_at (f, "1.9"), node_at (f, "2"), 0,
                                         NULL));
  f->edited = syl_test_serialize (f->document);
  f->n_undo = syl_history_get_n_undo (syl_document_get_history (f->document));
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = syl_test_sample_path ();

  f->dir = g_dir_make_tmp ("syl-test-compare-XXXXXX", NULL);
  f->window = syl_test_open_window (path);
  gtk_window_set_application (GTK_WINDOW (f->window), application);
  f->document = syl_window_get_document (f->window);
  make_versions (f);
  syl_test_focus_x (GTK_WIDGET (f->window));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, i - 1);

      if (ADW_IS_MESSAGE_DIALOG (window))
        gtk_window_destroy (window);
    }
  syl_test_close_window (f->window);
  syl_test_remove_tree (f->dir);
  g_clear_object (&f->old_file);
  g_free (f->dir);
  g_free (f->edited);
}

static void
press (const char *keys)
{
  syl_test_xdotool ("key %s", keys);
}

static gboolean
merge_done (gpointer window)
{
  return !syl_window_is_busy (window);
}

static gboolean
comparing (gpointer window)
{
  return syl_window_get_compare_mode (window) && !syl_window_is_busy (window);
}

/* Out of compare mode, with its bar closed: while the bar slides away,
 * the outline is still shorter, and may be scrolled further. */
static gboolean
not_comparing (gpointer window)
{
  SylWindow *self = window;

  return !syl_window_get_compare_mode (self) &&
         !gtk_revealer_get_child_revealed (self->compare_bar) &&
         !gtk_revealer_get_child_revealed (self->job_bar);
}

static SylCompareView *
start_compare (Fixture *f)
{
  g_assert_true (syl_window_compare_file (f->window, f->old_file));
  syl_test_await (comparing, f->window);
  /* The outline view is hidden meanwhile: the compare view is the one
   * to wait for. */
  syl_test_wait_shown (f->window->compare_view);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->stack), ==, "compare");
  g_assert_true (gtk_revealer_get_reveal_child (f->window->compare_bar));
  return SYL_COMPARE_VIEW (f->window->compare_view);
}

/* A row as it reads on screen: its title, then its marks, "|" between;
 * with "(deleted)" first for a greyed row. */
static char *
row_text (SylCompareView *view,
          int             index)
{
  GtkWidget *box = syl_compare_view_reveal_row (view, (guint) index);
  GString *text = g_string_new (NULL);

  g_assert_nonnull (box);
  if (gtk_widget_has_css_class (box, "compare-deleted"))
    g_string_append (text, "(deleted) ");
  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (child != gtk_widget_get_first_child (box))
        g_string_append_c (text, '|');
      g_string_append (text, gtk_label_get_text (GTK_LABEL (child)));
    }
  return g_string_free (text, FALSE);
}

/* The position of the first row whose text starts with @start. */
static int
find_row (SylCompareView *view,
          const char     *start)
{
  GListModel *rows = syl_compare_view_get_rows (view);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(SylCompareRow) row = g_list_model_get_item (rows, i);
      g_autofree char *text = NULL;

      text = g_strdup_printf ("%s%s  %s",
                              syl_compare_row_get_marks (row) & SYL_COMPARE_DELETED
                              ? "(deleted) " : "",
                              syl_compare_row_get_number (row), syl_compare_row_get_title (row));
      if (g_str_has_prefix (text, start))
        return (int) i;
    }
  g_error ("No row starts with %s", start);
}

static GtkWidget *
mark_of (SylCompareView *view,
         int             index,
         const char     *style)
{
  GtkWidget *box = syl_compare_view_reveal_row (view, (guint) index);

  for (GtkWidget *child = gtk_widget_get_first_child (box); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_has_css_class (child, style))
      return child;
  return NULL;
}

static int
selected_index (SylCompareView *view)
{
  guint position = syl_compare_view_get_selected_position (view);

  return position == GTK_INVALID_LIST_POSITION ? -1 : (int) position;
}

static void
assert_unchanged (Fixture *f)
{
  g_autofree char *now = syl_test_serialize (f->document);

  g_assert_cmpstr (now, ==, f->edited);
  g_assert_cmpuint (syl_history_get_n_undo (syl_document_get_history (f->document)), ==,
                    f->n_undo);
}

/* The marks on the rows, the deleted row at its old place. */
static void
test_marks (Fixture       *f,
            gconstpointer  data)
{
  SylCompareView *view = start_compare (f);
  int deleted = find_row (view, "(deleted) ");
  g_autofree char *text = NULL;
  GtkWidget *renamed;

  text = row_text (view, find_row (view, "1.2  "));
  g_assert_cmpstr (text, ==, "1.2  大模型带来了哪些变化？|Renamed");
  renamed = mark_of (view, find_row (view, "1.2  "), "compare-renamed");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (renamed), ==, "Was “大模型带来了什么？”");
  g_clear_pointer (&text, g_free);
  text = row_text (view, find_row (view, "1.4.1  "));
  g_assert_cmpstr (text, ==, "1.4.1  RNN 到 transformor|Edited: notes");
  g_clear_pointer (&text, g_free);
  text = row_text (view, deleted);
  g_assert_cmpstr (text, ==, "(deleted) 1.5.2  AI 的小说|Deleted");
  /* Where it was: after 1.5.1, before what was 1.5.3. */
  g_clear_pointer (&text, g_free);
  text = row_text (view, deleted - 1);
  g_assert_cmpstr (text, ==, "1.5.1  AI 的“诗词歌赋”");
  g_clear_pointer (&text, g_free);
  text = row_text (view, deleted + 1);
  g_assert_cmpstr (text, ==, "1.5.2  AI 绘画");
  g_clear_pointer (&text, g_free);
  text = row_text (view, find_row (view, "1.6.1  "));
  g_assert_cmpstr (text, ==, "1.6.1  新增的一节|Added");
  g_clear_pointer (&text, g_free);
  text = row_text (view, find_row (view, "2.1  "));
  g_assert_cmpstr (text, ==, "2.1  AI 会有自我意识吗？|Moved from 1.9");
  g_assert_cmpuint (syl_compare_view_get_n_steps (view), ==, 5);
  g_assert_true (g_str_has_prefix (gtk_label_get_text (f->window->compare_label),
                                   "Comparing with old.syllabus.json (20"));
  g_assert_true (g_str_has_suffix (gtk_label_get_text (f->window->compare_label),
                                   "): 5 sections changed"));
  assert_unchanged (f);
}

static char *
buffer_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

/* The characters of @view marked as changed. */
static char *
changed_text (GtkTextView *view)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextTag *tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "changed");
  GtkTextIter start, end;

  gtk_text_buffer_get_start_iter (buffer, &start);
  if (!gtk_text_iter_starts_tag (&start, tag) && !gtk_text_iter_forward_to_tag_toggle (&start, tag))
    return g_strdup ("");
  end = start;
  gtk_text_iter_forward_to_tag_toggle (&end, tag);
  return gtk_text_buffer_get_text (buffer, &start, &end, FALSE);
}

static void
assert_selected (SylCompareView *view,
                 const char     *start,
                 int             step)
{
  GtkListBoxRow *change = gtk_list_box_get_selected_row (syl_compare_view_get_changes (view));

  g_assert_cmpint (selected_index (view), ==, find_row (view, start));
  g_assert_nonnull (change);
  g_assert_cmpint (gtk_list_box_row_get_index (change), ==, step);
}

/* F7 and Shift+F7 go through the changes in order, round the ends; an
 * edited node shows its old and new notes side by side. */
static void
test_steps (Fixture       *f,
            gconstpointer  data)
{
  SylCompareView *view = start_compare (f);
  GtkTextView *old_notes = syl_compare_view_get_notes (view, TRUE);
  GtkTextView *new_notes = syl_compare_view_get_notes (view, FALSE);
  g_autofree char *old_text = NULL;
  g_autofree char *new_text = NULL;
  g_autofree char *old_changed = NULL;
  g_autofree char *new_changed = NULL;

  /* Nothing is selected yet: F7 starts at the first change. */
  g_assert_cmpint (selected_index (view), ==, -1);
  press ("F7");
  assert_selected (view, "1.2  ", 0);
  press ("F7");
  assert_selected (view, "1.4.1  ", 1);
  g_assert_true (gtk_widget_get_visible (gtk_widget_get_parent (gtk_widget_get_parent (
    GTK_WIDGET (old_notes)))));
  old_text = buffer_text (old_notes);
  new_text = buffer_text (new_notes);
  g_assert_cmpstr (old_text, ==, "循环网络 处理 序列");
  g_assert_cmpstr (new_text, ==, "循环网络 擅长 序列");
  old_changed = changed_text (old_notes);
  new_changed = changed_text (new_notes);
  g_assert_cmpstr (old_changed, ==, "处理");
  g_assert_cmpstr (new_changed, ==, "擅长");
  press ("F7");
  assert_selected (view, "(deleted) 1.5.2  ", 2);
  press ("F7");
  assert_selected (view, "1.6.1  ", 3);
  press ("F7");
  assert_selected (view, "2.1  ", 4);
  press ("F7");
  assert_selected (view, "1.2  ", 0);
  press ("shift+F7");
  assert_selected (view, "2.1  ", 4);
  press ("shift+F7");
  assert_selected (view, "1.6.1  ", 3);
  /* The course check stayed closed: F7 meant the changes. */
  g_assert_false (adw_flap_get_reveal_flap (f->window->check_flap));
  assert_unchanged (f);
}

static double
outline_scroll (Fixture *f)
{
  SylOutlineView *view = syl_window_get_outline_view (f->window);

  return gtk_adjustment_get_value (gtk_scrolled_window_get_vadjustment (view->scroller));
}

/* Done and Escape bring the outline back as it was: selection, scroll
 * and hoist; F7 opens the course check again. */
static void
test_leave (Fixture       *f,
            gconstpointer  data)
{
  SylOutlineView *outline = syl_window_get_outline_view (f->window);
  SylNode *chapter = node_at (f, "1");
  SylNode *selected = node_at (f, "1.8.3");
  g_autoptr(GPtrArray) nodes = NULL;
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (outline->scroller);
  GtkWidget *done;
  double scroll;

  /* A section selected, scrolled off the top as far as the rows allow. */
  syl_outline_view_select_nodes (outline, &selected, 1);
  syl_test_wait_settled (f->window);
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) -
                                        gtk_adjustment_get_page_size (adjustment));
  syl_test_wait_settled (f->window);
  scroll = outline_scroll (f);
  g_assert_cmpfloat (scroll, >, 0);

  start_compare (f);
  press ("F7");
  done = syl_test_find_button_labelled (GTK_WIDGET (f->window->compare_bar), "_Done");
  g_assert_nonnull (done);
  gtk_widget_activate (done);
  syl_test_await (not_comparing, f->window);
  syl_test_wait_settled (f->window);
  g_assert_cmpstr (gtk_stack_get_visible_child_name (f->window->stack), ==, "document");
  g_assert_false (gtk_revealer_get_reveal_child (f->window->compare_bar));
  nodes = syl_outline_view_get_selected_nodes (outline);
  g_assert_cmpuint (nodes->len, ==, 1);
  g_assert_true (g_ptr_array_index (nodes, 0) == selected);
  g_assert_cmpfloat (outline_scroll (f), ==, scroll);

  /* Hoisted into chapter 1 this time, and left with Escape. */
  syl_outline_view_set_hoisted (outline, chapter);
  syl_outline_view_select_nodes (outline, &selected, 1);
  syl_test_wait_settled (f->window);
  scroll = outline_scroll (f);
  start_compare (f);
  press ("Escape");
  syl_test_await (not_comparing, f->window);
  syl_test_wait_settled (f->window);
  g_assert_true (syl_outline_view_get_hoisted (outline) == chapter);
  g_clear_pointer (&nodes, g_ptr_array_unref);
  nodes = syl_outline_view_get_selected_nodes (outline);
  g_assert_true (nodes->len == 1 && g_ptr_array_index (nodes, 0) == selected);
  g_assert_cmpfloat (outline_scroll (f), ==, scroll);

  press ("F7");
  g_assert_true (adw_flap_get_reveal_flap (f->window->check_flap));
  assert_unchanged (f);
}

/* Undo does nothing in compare mode: it is read-only. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  start_compare (f);
  press ("ctrl+z");
  syl_test_wait_idle ();
  g_assert_true (syl_window_get_compare_mode (f->window));
  assert_unchanged (f);
}

/* A file that is no outline: an error, and no compare mode. */
static void
test_bad_file (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = g_build_filename (f->dir, "broken.json", NULL);
  g_autoptr(GFile) file = NULL;
  AdwMessageDialog *dialog;

  syl_test_write_text (path, "{ oops");
  file = g_file_new_for_path (path);
  g_assert_true (syl_window_compare_file (f->window, file));
  syl_test_await (merge_done, f->window);
  syl_test_wait_settled (f->window);
  dialog = syl_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Compare");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "broken.json:1:3: expected a member name in double quotes, found “oops”");
  g_assert_false (syl_window_get_compare_mode (f->window));
  assert_unchanged (f);
}

static SylAnnotation *
first_comment (SylDocument *document,
               const char  *id)
{
  SylNode *node = syl_document_find_node (document, id);

  if (g_list_model_get_n_items (syl_node_get_annotations (node)) == 0)
    return NULL;
  return g_list_model_get_item (syl_node_get_annotations (node), 0);
}

/* A three-way merge from the window: a comment the author deleted after
 * sending the outline out stays deleted; the reviewer's rename comes in;
 * all in one step. */
static void
test_merge3 (Fixture       *f,
             gconstpointer  data)
{
  g_autofree char *base_path = g_build_filename (f->dir, "sent.syllabus.json", NULL);
  g_autofree char *theirs_path = g_build_filename (f->dir, "reviewer.syllabus.json", NULL);
  g_autoptr(SylAnnotation) comment = syl_annotation_new ("王老师", "这一节可以加一个案例吗？");
  g_autoptr(SylAnnotation) mine = NULL;
  g_autoptr(SylAnnotation) left = NULL;
  g_autoptr(SylDocument) theirs = NULL;
  g_autoptr(GFile) base = NULL;
  g_autoptr(GFile) copy = NULL;
  g_autofree char *json = NULL;
  const char *id = "e76fd488d1c4629d";
  guint n_undo;

  syl_document_add_annotation (f->document, syl_document_find_node (f->document, id), comment);
  json = syl_test_serialize (f->document);
  syl_test_write_text (base_path, json);
  theirs = syl_document_new_from_data (json, strlen (json), NULL);
  g_assert_true (syl_document_set_string (theirs, syl_document_find_node (theirs, "3f9926907e18421f"),
                                          "title", "GPT 的演进", FALSE, NULL));
  g_clear_pointer (&json, g_free);
  json = syl_test_serialize (theirs);
  syl_test_write_text (theirs_path, json);
  mine = first_comment (f->document, id);
  g_assert_true (syl_document_delete_comment (f->document, mine));
  n_undo = syl_history_get_n_undo (syl_document_get_history (f->document));

  base = g_file_new_for_path (base_path);
  copy = g_file_new_for_path (theirs_path);
  g_assert_true (syl_window_merge_files_with_base (f->window, base, &copy, 1));
  syl_test_await (merge_done, f->window);
  syl_test_wait_settled (f->window);
  g_assert_nonnull (syl_test_find_message_dialog ());
  g_assert_cmpstr (adw_message_dialog_get_heading (syl_test_find_message_dialog ()), ==,
                   "Reviews Merged");
  left = first_comment (f->document, id);
  g_assert_null (left);
  g_assert_cmpstr (syl_node_get_title (syl_document_find_node (f->document, "3f9926907e18421f")),
                   ==, "GPT 的演进");
  g_assert_cmpuint (syl_history_get_n_undo (syl_document_get_history (f->document)), ==,
                    n_undo + 1);
}

static double
luminance (const GdkRGBA *color)
{
  double rgb[3] = { color->red, color->green, color->blue };

  for (guint i = 0; i < 3; i++)
    rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : pow ((rgb[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

/* The contrast of @widget's text on the list's background, WCAG's. */
static double
text_contrast (GtkWidget *widget,
               GtkWidget *list)
{
  GtkStyleContext *context = gtk_widget_get_style_context (widget);
  GdkRGBA fg, bg, drawn;
  double a, b;

  gtk_style_context_get_color (context, &fg);
  g_assert_true (gtk_style_context_lookup_color (gtk_widget_get_style_context (list),
                                                 "view_bg_color", &bg));
  drawn.red = fg.alpha * fg.red + (1 - fg.alpha) * bg.red;
  drawn.green = fg.alpha * fg.green + (1 - fg.alpha) * bg.green;
  drawn.blue = fg.alpha * fg.blue + (1 - fg.alpha) * bg.blue;
  a = luminance (&drawn);
  b = luminance (&bg);
  g_test_message ("%s on %s: %.2f", gdk_rgba_to_string (&fg), gdk_rgba_to_string (&bg),
                  (MAX (a, b) + 0.05) / (MIN (a, b) + 0.05));
  return (MAX (a, b) + 0.05) / (MIN (a, b) + 0.05);
}

static void
assert_readable (SylCompareView *view)
{
  GtkWidget *tree = syl_compare_view_get_tree (view);
  const char *marks[][2] = {
    { "1.2  ", "compare-renamed" },
    { "1.4.1  ", "compare-edited" },
    { "(deleted) ", "compare-removed" },
    { "1.6.1  ", "compare-added" },
    { "2.1  ", "compare-moved" },
  };
  int deleted = find_row (view, "(deleted) ");
  GtkWidget *title = gtk_widget_get_first_child (syl_compare_view_reveal_row (view, deleted));

  for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
    {
      GtkWidget *mark = mark_of (view, find_row (view, marks[i][0]), marks[i][1]);

      g_assert_nonnull (mark);
      g_assert_cmpfloat (text_contrast (mark, tree), >=, 4.5);
    }
  g_assert_cmpfloat (text_contrast (title, tree), >=, 4.5);
}

/* The marks and the greyed title of a deleted row reach 4.5:1, in the
 * light style and in the dark one. */
static void
test_contrast (Fixture       *f,
               gconstpointer  data)
{
  SylCompareView *view = start_compare (f);
  AdwStyleManager *manager = adw_style_manager_get_default ();

  assert_readable (view);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  syl_test_wait_frame (GTK_WIDGET (view));
  g_assert_true (adw_style_manager_get_dark (manager));
  assert_readable (view);
  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
}

/* The outline's backups are offered first: choosing one compares with it. */
static void
test_backup (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GFile) dir = syl_backup_get_default_dir ();
  g_autofree char *old_path = g_file_get_path (f->old_file);
  g_autofree char *old_json = syl_test_read_text (old_path);
  g_autoptr(GBytes) bytes = g_bytes_new (old_json, strlen (old_json));
  g_autoptr(GFile) backup = NULL;
  g_autoptr(GError) error = NULL;
  AdwMessageDialog *dialog;
  GtkWidget *list;
  GtkListBoxRow *row;

  backup = syl_backup_keep_bytes (bytes, syl_document_get_file (f->document), dir, 10, &error);
  g_assert_no_error (error);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.compare-with", NULL);
  syl_test_wait_settled (f->window);
  dialog = syl_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Compare With");
  list = syl_test_find_child_of_type (GTK_WIDGET (dialog), GTK_TYPE_LIST_BOX);
  g_assert_nonnull (list);
  row = gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 0);
  g_assert_nonnull (row);
  g_assert_null (gtk_list_box_get_row_at_index (GTK_LIST_BOX (list), 1));
  g_signal_emit_by_name (row, "activate");
  syl_test_await (comparing, f->window);
  syl_test_wait_shown (f->window->compare_view);
  g_assert_null (syl_test_find_message_dialog ());
  g_assert_cmpuint (syl_compare_view_get_n_steps (SYL_COMPARE_VIEW (f->window->compare_view)), ==,
                    5);
  /* Review mode waits until compare mode ends. */
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (f->window), "review-mode"));
  assert_unchanged (f);
}

/* Merging asks for a base first; without one, it merges two ways as
 * before; a base that cannot be read is named in the error, and nothing
 * changes. */
static void
test_ask_base (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *broken_path = g_build_filename (f->dir, "sent.json", NULL);
  g_autoptr(GFile) broken = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  AdwMessageDialog *dialog;

  g_ptr_array_add (files, g_object_ref (f->old_file));
  syl_test_write_text (broken_path, "{ oops");
  broken = g_file_new_for_path (broken_path);
  g_assert_true (syl_window_merge_files_with_base (f->window, broken,
                                                   (GFile * const *) files->pdata, 1));
  syl_test_await (merge_done, f->window);
  syl_test_wait_settled (f->window);
  dialog = syl_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Could Not Merge the Reviews");
  g_assert_cmpstr (adw_message_dialog_get_body (dialog), ==,
                   "sent.json:1:3: expected a member name in double quotes, found “oops”");
  assert_unchanged (f);
  gtk_window_destroy (GTK_WINDOW (dialog));

  _syl_window_ask_base (f->window, files);
  syl_test_wait_settled (f->window);
  dialog = syl_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Merge With a Base?");
  adw_message_dialog_response (dialog, "merge");
  gtk_window_destroy (GTK_WINDOW (dialog));
  syl_test_await (merge_done, f->window);
  syl_test_wait_settled (f->window);
  dialog = syl_test_find_message_dialog ();
  g_assert_nonnull (dialog);
  /* The old version has no comment the outline lacks: a two-way merge
   * takes only comments, so nothing came in. */
  g_assert_cmpstr (adw_message_dialog_get_heading (dialog), ==, "Nothing Merged");
  assert_unchanged (f);
}

/* A deleted section with subsections: greyed with them, one mark and one
 * step at its top; a subsection moved out of it first shows where it
 * went, not in the deleted subtree. */
static void
test_deleted_subtree (Fixture       *f,
                      gconstpointer  data)
{
  SylNode *gone = node_at (f, "1.7");
  SylCompareView *view;
  g_autofree char *text = NULL;
  int top;

  g_assert_true (syl_document_move_node (f->document, node_at (f, "1.7.2"), node_at (f, "3"), 0,
                                         NULL));
  g_assert_true (syl_document_remove_nodes (f->document, &gone, 1, NULL));
  g_free (f->edited);
  f->edited = syl_test_serialize (f->document);
  f->n_undo = syl_history_get_n_undo (syl_document_get_history (f->document));

  view = start_compare (f);
  top = find_row (view, "(deleted) 1.7  ");
  text = row_text (view, top);
  g_assert_cmpstr (text, ==, "(deleted) 1.7  “大模型、多模态”推动了 AI 的“质变 ”|Deleted");
  g_clear_pointer (&text, g_free);
  text = row_text (view, top + 1);
  g_assert_cmpstr (text, ==, "(deleted) 1.7.1  从传统机器学习开始");
  g_clear_pointer (&text, g_free);
  text = row_text (view, top + 2);
  g_assert_cmpstr (text, ==, "(deleted) 1.7.3  大模型带来的“质变 ”");
  g_clear_pointer (&text, g_free);
  text = row_text (view, top + 3);
  g_assert_cmpstr (text, ==, "(deleted) 1.7.4  AIGC 产生的合成数据");
  g_clear_pointer (&text, g_free);
  text = row_text (view, top + 4);
  g_assert_cmpstr (text, ==, "1.7  从 SaaS 到 MaaS");
  g_clear_pointer (&text, g_free);
  text = row_text (view, find_row (view, "3.1  "));
  g_assert_cmpstr (text, ==, "3.1  深度学习开启了“突破 ”|Moved from 1.7.2");
  g_assert_cmpuint (syl_compare_view_get_n_steps (view), ==, 7);

  /* From the deleted section, F7 goes past its subsections. */
  for (guint i = 0; i < 7 && selected_index (view) != top; i++)
    g_assert_true (syl_compare_view_step (view, TRUE));
  g_assert_cmpint (selected_index (view), ==, top);
  press ("F7");
  g_assert_cmpint (selected_index (view), ==, find_row (view, "2.1  "));
  assert_unchanged (f);
}

/* Past 1,000 changes, the list stops and says so; F7 and Shift+F7 go on
 * through the tree. */
static void
test_many (void)
{
  g_autofree char *dir = g_dir_make_tmp ("syl-test-compare-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "big.syllabus.json", NULL);
  g_autofree char *sample = syl_test_sample_path ();
  g_autoptr(GFile) other = g_file_new_for_path (sample);
  g_autofree char *json = NULL;
  SylCompareView *view;
  SylWindow *window;
  GtkListBox *changes;
  guint n_made, n_steps;
  gsize length;

  json = syl_test_gen_outline (1500, 7, &length, &n_made);
  syl_test_write_text (path, json);
  window = syl_test_open_window (path);
  gtk_window_set_application (GTK_WINDOW (window), application);
  g_assert_true (syl_window_compare_file (window, other));
  syl_test_await (comparing, window);
  syl_test_wait_shown (window->compare_view);
  view = SYL_COMPARE_VIEW (window->compare_view);
  changes = syl_compare_view_get_changes (view);
  /* Every node of the outline is new to the sample. */
  n_steps = syl_compare_view_get_n_steps (view);
  g_assert_cmpuint (n_steps, >, n_made);
  g_assert_nonnull (gtk_list_box_get_row_at_index (changes, 999));
  g_assert_null (gtk_list_box_get_row_at_index (changes, 1000));
  g_assert_true (syl_compare_view_step (view, FALSE));
  g_assert_null (gtk_list_box_get_selected_row (changes));
  g_assert_true (syl_compare_view_step (view, TRUE));
  g_assert_cmpint (gtk_list_box_row_get_index (gtk_list_box_get_selected_row (changes)), ==, 0);
  syl_test_close_window (window);
  syl_test_remove_tree (dir);
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
  g_test_add ("/compare/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("marks", test_marks);
  ADD ("steps", test_steps);
  ADD ("leave", test_leave);
  ADD ("read-only", test_read_only);
  ADD ("bad-file", test_bad_file);
  ADD ("merge3", test_merge3);
  ADD ("contrast", test_contrast);
  ADD ("backup", test_backup);
  ADD ("ask-base", test_ask_base);
  ADD ("deleted-subtree", test_deleted_subtree);
  g_test_add_func ("/compare/many", test_many);
#undef ADD

  status = g_test_run ();
  g_object_unref (application);
  return status;
}
