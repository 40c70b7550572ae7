/* test-find.c: the find bar, with keys pressed for real, under Xvfb
 *
 * The outline below has the word "AI" once in each kind of text: a
 * chapter's title, a section's notes only, a reply to a comment, a title
 * written in full-width letters, an objective; and Chinese sections that
 * do not have it.  Keys go through the X server (xdotool), the window's
 * accelerators and the find bar's field as a designer's would; words are
 * typed the same way, Chinese and full-width letters included.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "syl-find-bar.h"
#include "syl-node-pane.h"
#include "syl-outline-row.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"
#include "syl-window-private.h"

static const char outline_json[] =
  SYL_TEST_JSON_HEAD ", \"title\": \"Find\", \"children\": ["
  " {\"title\": \"Intro to AI\", \"children\": ["
  "   {\"title\": \"History\", \"notes\": \"The AI winter came twice.\"},"
  "   {\"title\": \"Ethics\", \"annotations\": [{\"id\": \"c1\", \"author\": \"Li\","
  "     \"created\": \"2024-01-02T03:04:05Z\", \"text\": \"Needs sources\", \"replies\": ["
  "       {\"id\": \"r1\", \"author\": \"Bo\", \"created\": \"2024-01-03T03:04:05Z\","
  "        \"text\": \"Cite the AI act\"}]}]}]},"
  " {\"title\": \"Search\", \"children\": ["
  "   {\"title\": \"ＡＩ in games\"},"
  "   {\"title\": \"Planning\", \"objectives\": [\"Describe AI planning\"]}]},"
  " {\"title\": \"机器学习\", \"notes\": \"深度学习是机器学习的一种。\","
  "  \"children\": ["
  "   {\"title\": \"深度学习\"}]}"
  "]}";

/* The matches of "ai", in order: the node and the text it is in. */
static const char * const ai_matches[] = { "1", "1.1", "1.2", "2.1", "2.2" };

static GtkApplication *application;

typedef struct
{
  char           *dir;
  SylWindow      *window;
  SylDocument    *document;
  SylOutlineView *view;
  SylFindBar     *bar;
  /* The word rows_show_word() checks. */
  const char     *word;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *path = NULL;

  f->dir = syl_test_make_temp_dir ("syl-test-find-XXXXXX");
  path = g_build_filename (f->dir, "find.syllabus.json", NULL);
  syl_test_write_text (path, outline_json);
  f->window = syl_test_open_window (path);
  gtk_window_set_application (GTK_WINDOW (f->window), application);
  f->document = syl_window_get_document (f->window);
  f->view = syl_window_get_outline_view (f->window);
  f->bar = f->window->find_bar;
  syl_test_focus_x (GTK_WIDGET (f->window));
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  syl_test_close_window (f->window);
  syl_test_remove_tree (f->dir);
  g_free (f->dir);
}

static gboolean
search_done (gpointer data)
{
  return !syl_find_bar_is_searching (data);
}

static gboolean
bar_open (gpointer data)
{
  return syl_find_bar_get_open (data);
}

/* Opens the bar with Ctrl+F and types @word into it, for real. */
static void
find (Fixture    *f,
      const char *word)
{
  GtkWidget *entry = syl_find_bar_get_entry (f->bar);

  syl_test_press ("ctrl+f");
  syl_test_await (bar_open, f->bar);
  syl_test_wait_idle ();
  g_assert_true (gtk_widget_has_focus (entry) ||
                 gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)), entry));
  syl_test_press ("ctrl+a BackSpace");
  syl_test_type (word);
  syl_test_wait_idle ();
  syl_test_await (search_done, f->bar);
  syl_test_wait_settled (f->window);
}

/* The number of the one node selected. */
static char *
selected_number (Fixture *f)
{
  g_autoptr(GPtrArray) nodes = syl_test_selected (f->window);

  g_assert_cmpuint (nodes->len, ==, 1);
  return syl_document_dup_number (f->document, g_ptr_array_index (nodes, 0));
}

static void
assert_at (Fixture    *f,
           const char *number,
           const char *status)
{
  g_autofree char *selected = selected_number (f);

  g_assert_cmpstr (selected, ==, number);
  g_assert_cmpstr (syl_find_bar_get_status (f->bar), ==, status);
}

/* Presses @keys and waits until the window shows what they did. */
static void
press (Fixture    *f,
       const char *keys)
{
  syl_test_press (keys);
  syl_test_wait_idle ();
  syl_test_await (search_done, f->bar);
  syl_test_wait_settled (f->window);
}

static SylOutlineRow *
row_of (Fixture    *f,
        const char *number)
{
  GtkWidget *row = syl_outline_view_get_row_widget (f->view, syl_test_node_at (f->window, number));

  g_assert_nonnull (row);
  return SYL_OUTLINE_ROW (row);
}

/* The bytes of the row's title that are highlighted, as "start-end"
 * pairs, each range once whatever the number of attributes on it. */
static char *
highlights (Fixture    *f,
            const char *number)
{
  PangoAttrList *attrs = syl_outline_row_get_title_attributes (row_of (f, number));
  g_autoptr(GString) ranges = g_string_new (NULL);
  GSList *list = attrs != NULL ? pango_attr_list_get_attributes (attrs) : NULL;

  for (GSList *l = list; l != NULL; l = l->next)
    {
      PangoAttribute *attr = l->data;

      if (attr->klass->type == PANGO_ATTR_BACKGROUND)
        g_string_append_printf (ranges, "%s%u-%u", ranges->len > 0 ? " " : "", attr->start_index,
                                attr->end_index);
    }
  g_slist_free_full (list, (GDestroyNotify) pango_attribute_destroy);
  return g_string_free (g_steal_pointer (&ranges), FALSE);
}

static void
assert_highlights (Fixture    *f,
                   const char *number,
                   const char *expected)
{
  g_autofree char *found = highlights (f, number);

  g_test_message ("row %s", number);
  g_assert_cmpstr (found, ==, expected);
}

/* The rows the tree shows, by number, in order. */
static char *
shown_rows (Fixture *f)
{
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (
                        syl_outline_view_get_list_view (f->view))));
  g_autoptr(GString) rows = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SylNode) node = g_list_model_get_item (model, i);
      g_autofree char *number = syl_document_dup_number (f->document, node);

      g_string_append_printf (rows, "%s%s", i > 0 ? " " : "", number);
    }
  return g_string_free (g_steal_pointer (&rows), FALSE);
}

static void
assert_rows (Fixture    *f,
             const char *expected)
{
  g_autofree char *rows = shown_rows (f);

  g_assert_cmpstr (rows, ==, expected);
}

/* Typing counts the matches, highlights them in the titles on screen,
 * marks the rows whose other texts match, and selects the first. */
static void
test_count_and_highlight (Fixture       *f,
                          gconstpointer  data)
{
  find (f, "ai");
  g_assert_cmpuint (syl_find_bar_get_n_matches (f->bar), ==, G_N_ELEMENTS (ai_matches));
  assert_at (f, "1", "1 of 5");

  /* "Intro to " is 9 bytes; "ＡＩ" is two characters of 3 bytes. */
  assert_highlights (f, "1", "9-11");
  assert_highlights (f, "2.1", "0-6");
  assert_highlights (f, "1.1", "");
  assert_highlights (f, "3", "");
  /* The notes, the reply and the objective have it; the title does not. */
  g_assert_true (syl_outline_row_get_inner_match (row_of (f, "1.1")));
  g_assert_true (syl_outline_row_get_inner_match (row_of (f, "1.2")));
  g_assert_true (syl_outline_row_get_inner_match (row_of (f, "2.2")));
  g_assert_false (syl_outline_row_get_inner_match (row_of (f, "1")));
  g_assert_false (syl_outline_row_get_inner_match (row_of (f, "3")));

  /* A longer word that no text has. */
  syl_test_type ("z");
  syl_test_wait_idle ();
  syl_test_await (search_done, f->bar);
  g_assert_cmpstr (syl_find_bar_get_status (f->bar), ==, "No results");
  assert_highlights (f, "1", "");
  g_assert_false (syl_outline_row_get_inner_match (row_of (f, "1.1")));
}

/* Enter, F3 and Ctrl+G go forward, match by match; Shift+Enter, Shift+F3
 * and Ctrl+Shift+G back; both wrap round at the ends and say so. */
static void
test_next_and_previous (Fixture       *f,
                        gconstpointer  data)
{
  find (f, "ai");
  assert_at (f, "1", "1 of 5");
  press (f, "Return");
  assert_at (f, "1.1", "2 of 5");
  press (f, "F3");
  assert_at (f, "1.2", "3 of 5");
  press (f, "ctrl+g");
  assert_at (f, "2.1", "4 of 5");
  press (f, "Return");
  assert_at (f, "2.2", "5 of 5");
  press (f, "Return");
  assert_at (f, "1", "1 of 5, from the top");
  press (f, "shift+Return");
  assert_at (f, "2.2", "5 of 5, from the end");
  press (f, "shift+F3");
  assert_at (f, "2.1", "4 of 5");
  press (f, "ctrl+shift+g");
  assert_at (f, "1.2", "3 of 5");

  /* The field kept the focus all along, so typing goes on there. */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)),
                                         GTK_WIDGET (f->bar)));

  /* A row the user selects is where the next match is looked for from. */
  syl_test_select (f->window, "2");
  press (f, "F3");
  assert_at (f, "2.1", "4 of 5");
}

/* A match only in the notes selects the node, and the pane highlights
 * the word in its notes; a match in a reply, in the reply. */
static void
test_pane_shows_match (Fixture       *f,
                       gconstpointer  data)
{
  SylNodePane *pane = SYL_NODE_PANE (f->window->node_pane);
  GtkWidget *widget;
  GtkTextBuffer *buffer;
  GtkTextTag *tag;
  GtkTextIter start, end;
  g_autofree char *marked = NULL;
  PangoAttrList *attrs;

  find (f, "ai");
  press (f, "Return");
  assert_at (f, "1.1", "2 of 5");
  widget = syl_node_pane_get_match_widget (pane);
  g_assert_true (GTK_IS_TEXT_VIEW (widget));
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
  tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "syl-find-match");
  g_assert_nonnull (tag);
  gtk_text_buffer_get_start_iter (buffer, &start);
  g_assert_true (gtk_text_iter_forward_to_tag_toggle (&start, tag));
  end = start;
  g_assert_true (gtk_text_iter_forward_to_tag_toggle (&end, tag));
  marked = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  g_assert_cmpstr (marked, ==, "AI");
  g_assert_cmpint (gtk_text_iter_get_offset (&start), ==, 4);

  press (f, "Return");
  assert_at (f, "1.2", "3 of 5");
  widget = syl_node_pane_get_match_widget (pane);
  g_assert_true (GTK_IS_LABEL (widget));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (widget)), ==, "Cite the AI act");
  attrs = gtk_label_get_attributes (GTK_LABEL (widget));
  g_assert_nonnull (attrs);
  g_assert_true (gtk_widget_is_drawable (widget));

  /* The notes lost their highlight; the objective has it now. */
  press (f, "Return");
  press (f, "Return");
  assert_at (f, "2.2", "5 of 5");
  widget = syl_node_pane_get_match_widget (pane);
  g_assert_true (GTK_IS_TEXT (widget));
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (widget)), ==, "Describe AI planning");
  g_assert_nonnull (gtk_text_get_attributes (GTK_TEXT (widget)));
}

/* The filter shows only the rows that match and the rows they are in,
 * and goes along with the filter of open comments. */
static void
test_filter (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *button = syl_find_bar_get_filter_button (f->bar);

  assert_rows (f, "1 1.1 1.2 2 2.1 2.2 3 3.1");
  find (f, "ai");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  syl_test_wait_settled (f->window);
  assert_rows (f, "1 1.1 1.2 2 2.1 2.2");
  /* The field keeps the focus, for the next word. */
  g_assert_true (gtk_widget_is_ancestor (gtk_root_get_focus (GTK_ROOT (f->window)),
                                         GTK_WIDGET (f->bar)));

  /* Another word, typed while the filter is on. */
  find (f, "学习");
  assert_rows (f, "3 3.1");
  find (f, "ai");
  assert_rows (f, "1 1.1 1.2 2 2.1 2.2");

  /* Both filters: the rows that match and have open comments. */
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.filter-open-comments",
                                             NULL));
  syl_test_wait_settled (f->window);
  assert_rows (f, "1 1.2");
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), FALSE);
  syl_test_wait_settled (f->window);
  assert_rows (f, "1 1.2");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.filter-open-comments",
                                             NULL));
  syl_test_wait_settled (f->window);
  assert_rows (f, "1 1.1 1.2 2 2.1 2.2 3 3.1");

  /* Closing the bar turns its filter off; Escape closes it from its
   * buttons too. */
  gtk_toggle_button_set_active (GTK_TOGGLE_BUTTON (button), TRUE);
  syl_test_wait_settled (f->window);
  assert_rows (f, "1 1.1 1.2 2 2.1 2.2");
  gtk_widget_grab_focus (button);
  press (f, "Escape");
  g_assert_false (syl_find_bar_get_open (f->bar));
  assert_rows (f, "1 1.1 1.2 2 2.1 2.2 3 3.1");
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (button)));
}

/* Escape closes the bar: the selection stays, the highlights go, and the
 * tree has the focus again, so the arrow keys go on from the match. */
static void
test_escape (Fixture       *f,
             gconstpointer  data)
{
  GtkWidget *list = syl_outline_view_get_list_view (f->view);
  GtkWidget *focus;

  find (f, "ai");
  press (f, "Return");
  press (f, "Return");
  assert_at (f, "1.2", "3 of 5");
  press (f, "Escape");
  g_assert_false (syl_find_bar_get_open (f->bar));
  assert_at (f, "1.2", "");
  assert_highlights (f, "1", "");
  g_assert_false (syl_outline_row_get_inner_match (row_of (f, "1.1")));
  g_assert_null (syl_node_pane_get_match_widget (SYL_NODE_PANE (f->window->node_pane)));
  focus = gtk_root_get_focus (GTK_ROOT (f->window));
  g_assert_true (focus == list || gtk_widget_is_ancestor (focus, list));
  press (f, "Down");
  assert_at (f, "2", "");

  /* Ctrl+F again: the word is still there, and found again. */
  press (f, "ctrl+f");
  syl_test_await (search_done, f->bar);
  g_assert_cmpstr (gtk_editable_get_text (GTK_EDITABLE (syl_find_bar_get_entry (f->bar))), ==,
                   "ai");
  g_assert_cmpuint (syl_find_bar_get_n_matches (f->bar), ==, 5);
  assert_highlights (f, "1", "9-11");
}

/* Full-width letters find half-width ones, and the other way round. */
static void
test_width (Fixture       *f,
            gconstpointer  data)
{
  find (f, "ＡＩ");
  g_assert_cmpuint (syl_find_bar_get_n_matches (f->bar), ==, 5);
  assert_highlights (f, "1", "9-11");
  assert_highlights (f, "2.1", "0-6");
  find (f, "ａｉ ｉｎ");
  g_assert_cmpuint (syl_find_bar_get_n_matches (f->bar), ==, 1);
  assert_at (f, "2.1", "1 of 1");
  assert_highlights (f, "2.1", "0-9");
}

/* Chinese finds Chinese, in titles and notes, and nothing else. */
static void
test_chinese (Fixture       *f,
              gconstpointer  data)
{
  find (f, "机器学习");
  g_assert_cmpuint (syl_find_bar_get_n_matches (f->bar), ==, 2);
  assert_at (f, "3", "1 of 2");
  assert_highlights (f, "3", "0-12");
  g_assert_true (syl_outline_row_get_inner_match (row_of (f, "3")));
  assert_highlights (f, "3.1", "");
  press (f, "Return");
  assert_at (f, "3", "2 of 2");
  g_assert_true (GTK_IS_TEXT_VIEW (syl_node_pane_get_match_widget (
                   SYL_NODE_PANE (f->window->node_pane))));
}

/* How often @word is in @text, counted plainly: Chinese has no case. */
static guint
count_in (const char *text,
          const char *word)
{
  guint n = 0;

  for (const char *p = strstr (text, word); p != NULL; p = strstr (p + strlen (word), word))
    n++;
  return n;
}

static guint
count_in_node (SylNode    *node,
               const char *word)
{
  const char * const *objectives = syl_node_get_objectives (node);
  GListModel *examples = syl_node_get_examples (node);
  GListModel *comments = syl_node_get_annotations (node);
  guint n = count_in (syl_node_get_title (node), word) + count_in (syl_node_get_notes (node), word);

  for (guint i = 0; objectives != NULL && objectives[i] != NULL; i++)
    n += count_in (objectives[i], word);
  for (guint i = 0; i < g_list_model_get_n_items (examples); i++)
    {
      g_autoptr(SylExample) example = g_list_model_get_item (examples, i);

      n += count_in (syl_example_get_title (example), word);
      n += count_in (syl_example_get_body (example), word);
    }
  for (guint i = 0; i < g_list_model_get_n_items (comments); i++)
    {
      g_autoptr(SylAnnotation) comment = g_list_model_get_item (comments, i);
      GListModel *replies = syl_annotation_get_replies (comment);

      n += count_in (syl_annotation_get_text (comment), word);
      for (guint j = 0; j < g_list_model_get_n_items (replies); j++)
        {
          g_autoptr(SylReply) reply = g_list_model_get_item (replies, j);

          n += count_in (syl_reply_get_text (reply), word);
        }
    }
  return n;
}

/* The sample course is in Chinese: the bar counts every occurrence of a
 * Chinese word in it, as a plain count over every text does. */
static void
test_chinese_sample (Fixture       *f,
                     gconstpointer  data)
{
  g_autofree char *path = syl_test_sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SylNodeIter iter;
  SylNode *node;
  guint expected = 0;

  g_assert_true (syl_window_load_file (f->window, file, NULL));
  f->document = syl_window_get_document (f->window);
  syl_test_wait_settled (f->window);
  syl_node_iter_init (&iter, syl_document_get_root (f->document));
  while (syl_node_iter_next (&iter, &node))
    expected += count_in_node (node, "大模型");
  g_assert_cmpuint (expected, >, 10);

  find (f, "大模型");
  g_assert_cmpuint (syl_find_bar_get_n_matches (f->bar), ==, expected);
}

/* Whether every row the list has bound highlights its title if and only
 * if it has the fixture's word, case and width aside. */
static gboolean
rows_show_word (gpointer data)
{
  Fixture *f = data;
  g_autoptr(SylSearch) search = syl_search_new (f->document, f->word, SYL_SEARCH_TITLE);
  SylNodeIter iter;
  SylNode *node;
  guint n_rows = 0;

  syl_node_iter_init (&iter, syl_document_get_root (f->document));
  while (syl_node_iter_next (&iter, &node))
    {
      GtkWidget *row = syl_outline_view_get_row_widget (f->view, node);
      PangoAttrList *attrs;

      if (row == NULL)
        continue;
      n_rows++;
      attrs = syl_outline_row_get_title_attributes (SYL_OUTLINE_ROW (row));
      if ((attrs != NULL) != (syl_search_node (search, node, NULL) > 0))
        return FALSE;
    }
  return n_rows > 20;
}

/* The rows bound off screen show the word a few at a time, in the frames
 * after the keystroke, and all of them do in the end, including those
 * scrolled into view meanwhile. */
static void
test_rows_off_screen (Fixture       *f,
                      gconstpointer  data)
{
  g_autofree char *path = syl_test_sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  GtkWidget *scroller;
  GtkAdjustment *adjustment;

  g_assert_true (syl_window_load_file (f->window, file, NULL));
  f->document = syl_window_get_document (f->window);
  syl_test_wait_settled (f->window);
  find (f, "ai");
  f->word = "ai";
  syl_test_await (rows_show_word, f);
  scroller = gtk_widget_get_ancestor (syl_outline_view_get_list_view (f->view),
                                      GTK_TYPE_SCROLLED_WINDOW);
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) / 2);
  syl_test_await (rows_show_word, f);
  find (f, "ａｉｇｃ");
  f->word = "aigc";
  syl_test_await (rows_show_word, f);
  gtk_adjustment_set_value (adjustment, 0);
  syl_test_await (rows_show_word, f);
}

/* A change to the document searches it again: the count follows, and
 * the match shown stays the one shown. */
static void
test_follows_changes (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *status = NULL;

  find (f, "ai");
  press (f, "Return");
  press (f, "Return");
  assert_at (f, "1.2", "3 of 5");
  g_assert_true (syl_document_set_string (f->document, syl_test_node_at (f->window, "3.1"),
                                          "notes", "AI once more", FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (syl_find_bar_is_searching (f->bar));
  syl_test_await (search_done, f->bar);
  assert_at (f, "1.2", "3 of 6");
  g_assert_true (syl_outline_row_get_inner_match (row_of (f, "3.1")));

  /* A title that gains the word is highlighted at once. */
  g_assert_true (syl_document_set_string (f->document, syl_test_node_at (f->window, "3"),
                                          "title", "AI 机器学习", FALSE, &error));
  g_assert_no_error (error);
  assert_highlights (f, "3", "0-2");
  syl_test_await (search_done, f->bar);
  status = g_strdup (syl_find_bar_get_status (f->bar));
  g_assert_cmpstr (status, ==, "3 of 7");
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
  g_test_add ("/find/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)
  ADD ("count-and-highlight", test_count_and_highlight);
  ADD ("next-and-previous", test_next_and_previous);
  ADD ("pane-shows-match", test_pane_shows_match);
  ADD ("filter", test_filter);
  ADD ("escape", test_escape);
  ADD ("width", test_width);
  ADD ("chinese", test_chinese);
  ADD ("chinese-sample", test_chinese_sample);
  ADD ("follows-changes", test_follows_changes);
  ADD ("rows-off-screen", test_rows_off_screen);
#undef ADD

  status = g_test_run ();
  g_object_unref (application);
  return status;
}
