/* test-check-panel.c: the Course Check panel in the window, under Xvfb
 *
 * F7 opens it; it lists the sample's findings; a click on one selects
 * its nodes and puts the cursor in the field to fix; fixing it (a
 * duration typed with real keys) takes the finding away; turning a rule
 * off in the panel's menu hides its findings, and Ctrl+Z brings them
 * back.  In a narrow window the panel lies over the outline and gets out
 * of the way when a finding is chosen.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "syl-check-panel.h"
#include "syl-node-pane-private.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"
#include "syl-window-private.h"

/* The application, for its keyboard shortcuts such as F7. */
static GtkApplication *application;

/* A course with one thing to look at: merge sort has no duration. */
static const char small_course[] =
  "{\"format\": \"syllabus\", \"version\": 1, \"title\": \"Algorithms\","
  " \"target_minutes\": 150, \"children\": ["
  "  {\"id\": \"a\", \"title\": \"Sorting\", \"notes\": \"Why sort.\", \"children\": ["
  "    {\"id\": \"a1\", \"title\": \"Insertion sort\", \"notes\": \"Cards.\","
  "     \"duration_minutes\": 30},"
  "    {\"id\": \"a2\", \"title\": \"Merge sort\", \"notes\": \"Halves.\"}]},"
  "  {\"id\": \"b\", \"title\": \"Graphs\", \"notes\": \"Maps.\", \"duration_minutes\": 60}]}";

static SylCheckPanel *
panel_of (SylWindow *window)
{
  return window->check_panel;
}

static gboolean
panel_ready (gpointer data)
{
  SylCheckPanel *panel = data;

  return gtk_widget_get_mapped (GTK_WIDGET (panel)) && !syl_check_panel_get_busy (panel);
}

/* The panel shows the document as it is now. */
static void
await_panel (SylWindow *window)
{
  syl_test_await (panel_ready, panel_of (window));
  syl_test_wait_redrawn ();
}

static SylWindow *
open_window (const char *path,
             int         width)
{
  SylWindow *window = syl_test_open_window_sized (path, width, 700);

  gtk_window_set_application (GTK_WINDOW (window), application);
  syl_test_focus_x (GTK_WIDGET (window));
  return window;
}

static SylWindow *
open_small_course (int width)
{
  g_autofree char *dir = syl_test_make_temp_dir ("syl-test-check-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "algorithms.syllabus.json", NULL);
  SylWindow *window;

  syl_test_write_text (path, small_course);
  window = open_window (path, width);
  syl_test_remove_tree (dir);
  return window;
}

/* The places of the findings the panel lists, one line each, with the
 * heading of each group as "# Heading". */
static char *
listed (SylWindow *window)
{
  GListModel *rows = syl_check_panel_get_rows (panel_of (window));
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < g_list_model_get_n_items (rows); i++)
    {
      g_autoptr(GObject) row = g_list_model_get_item (rows, i);

      if (GTK_IS_STRING_OBJECT (row))
        {
          g_string_append_printf (out, "# %s\n",
                                  gtk_string_object_get_string (GTK_STRING_OBJECT (row)));
        }
      else
        {
          SylFinding *finding = SYL_FINDING (row);
          g_autofree char *place = syl_finding_dup_place (finding);

          g_string_append_printf (out, "%s [%s]\n", place,
                                  syl_check_rule_to_string (syl_finding_get_rule (finding)));
        }
    }
  return g_string_free (out, FALSE);
}

/* The label on screen under @widget that reads @text, or NULL. */
static GtkWidget *
find_label (GtkWidget  *widget,
            const char *text)
{
  if (GTK_IS_LABEL (widget) && gtk_widget_get_mapped (widget) &&
      g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_label (child, text);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* A real click in the middle of @widget, after the time in which GTK
 * would take it for the second click of a double click, which does not
 * activate a row (a person waits that long, too). */
static void
click (GtkWidget *widget)
{
  int double_click_time = 0;
  int x, y;

  g_object_get (gtk_settings_get_default (), "gtk-double-click-time", &double_click_time, NULL);
  syl_test_pump ((guint) double_click_time + 100);
  syl_test_screen_point (widget, 0.5, 0.5, &x, &y);
  syl_test_xdotool ("mousemove %d %d", x, y);
  syl_test_xdotool ("click 1");
  syl_test_sync_x ();
  syl_test_wait_idle ();
  syl_test_wait_redrawn ();
}

/* A click on the panel's row that shows @place. */
static void
click_finding (SylWindow  *window,
               const char *place)
{
  GtkWidget *label = find_label (GTK_WIDGET (panel_of (window)), place);

  if (label == NULL)
    g_error ("no finding “%s” on screen", place);
  click (label);
}

/* The flap slides in: rows are clicked where they end up. */
static gboolean
flap_open (gpointer data)
{
  return adw_flap_get_reveal_progress (data) == 1.0;
}

static gboolean
flap_closed (gpointer data)
{
  return adw_flap_get_reveal_progress (data) == 0.0;
}

static void
open_panel (SylWindow *window)
{
  syl_test_press ("F7");
  syl_test_await (flap_open, window->check_flap);
  await_panel (window);
  g_assert_true (adw_flap_get_reveal_flap (window->check_flap));
  g_assert_true (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (window->check_button)));
}

static gboolean
has_focus_in (GtkWidget *widget)
{
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));

  return focus != NULL && (focus == widget || gtk_widget_is_ancestor (focus, widget));
}

static void
assert_selected (SylWindow  *window,
                 guint       n,
                 const char *first)
{
  g_autoptr(GPtrArray) selected = syl_test_selected (window);

  g_assert_cmpuint (selected->len, ==, n);
  g_assert_true (g_ptr_array_index (selected, 0) == syl_test_node_at (window, first));
}

static gboolean
has_notes (gpointer data)
{
  return g_strcmp0 (syl_node_get_notes (data), "Ask who thinks so.") == 0;
}

/* The sample, a course still in outline, as test-check.c has it. */
static void
test_sample (void)
{
  g_autofree char *path = syl_test_sample_path ();
  SylWindow *window = open_window (path, 1000);
  SylNodePane *pane = SYL_NODE_PANE (window->node_pane);
  g_autofree char *rows = NULL;

  /* Hidden, the panel checks nothing. */
  g_assert_cmpuint (g_list_model_get_n_items (syl_check_panel_get_rows (panel_of (window))), ==, 0);
  open_panel (window);
  rows = listed (window);
  g_assert_cmpstr (rows, ==,
                   "# Warnings\n"
                   "1 AI 大模型的概念和特点 [empty-section]\n"
                   "1.9 AI 会有自我意识吗？ [discussion-without-notes]\n"
                   "1.10 附件——AIGC 带来的艺术震撼 [example-without-notes]\n"
                   "2 为什么是 chatGPT ? [empty-section]\n"
                   "2.8 附件-chatGPT 的“神迹” [example-without-notes]\n"
                   "3 AIGC 基础 [empty-section]\n"
                   "3.6 chatGPT 能否超过人脑? [discussion-without-notes]\n"
                   "3.7 附件-chatGPT 使用示例 [example-without-notes]\n"
                   "4 类 chatGPT 的企业应用场景举例 [empty-section]\n"
                   "4.9 chatGPT 能否把所有的行业“重新”做一遍？ [discussion-without-notes]\n"
                   "4.10 附件-chatGPT 的某些应用领域示例 [example-without-notes]\n"
                   "5 企业如何切入 chatGPT？ [empty-section]\n"
                   "5.6 企业数智化转型能否借助 chatGPT“超车”？ [discussion-without-notes]\n"
                   "5.7 附件-企业数智化的 AI 演进案例 [example-without-notes]\n"
                   "6 总结 [empty-section]\n");

  /* A discussion without notes: its notes, ready to type in. */
  click_finding (window, "1.9 AI 会有自我意识吗？");
  assert_selected (window, 1, "1.9");
  g_assert_true (has_focus_in (GTK_WIDGET (pane->notes_view)));

  /* A chapter's empty sections: all of them, for a look in the tree. */
  click_finding (window, "1 AI 大模型的概念和特点");
  assert_selected (window, 23, "1.1");

  /* Writing the notes of the discussion takes its finding away. */
  click_finding (window, "1.9 AI 会有自我意识吗？");
  syl_test_type ("Ask who thinks so.");
  syl_test_await (has_notes, syl_test_node_at (window, "1.9"));
  await_panel (window);
  g_assert_cmpuint (g_list_model_get_n_items (syl_check_panel_get_rows (panel_of (window))), ==,
                    16 - 1);
  g_assert_null (find_label (GTK_WIDGET (panel_of (window)), "1.9 AI 会有自我意识吗？"));

  /* F7 again hides it. */
  syl_test_press ("F7");
  syl_test_await (flap_closed, window->check_flap);
  g_assert_false (adw_flap_get_reveal_flap (window->check_flap));
  syl_test_close_window (window);
}

static gboolean
shows_clean (gpointer data)
{
  return find_label (GTK_WIDGET (data), "Nothing to Look At") != NULL;
}

static gboolean
switch_off (gpointer data)
{
  return !gtk_switch_get_active (data);
}

/* Typing the missing duration takes the finding away; undo brings it
 * back; turning its rule off hides it, and Ctrl+Z turns the rule on. */
static void
test_fix_and_rules (void)
{
  SylWindow *window = open_small_course (1000);
  SylDocument *document = syl_window_get_document (window);
  SylHistory *history = syl_document_get_history (document);
  SylNodePane *pane = SYL_NODE_PANE (window->node_pane);
  GtkWidget *rules = syl_test_find_child_of_type (GTK_WIDGET (panel_of (window)),
                                                  GTK_TYPE_MENU_BUTTON);
  GtkWidget *rule_switch = syl_check_panel_get_switch (panel_of (window),
                                                       SYL_CHECK_MISSING_DURATION);
  g_autofree char *before = NULL;
  g_autofree char *after_undo = NULL;
  g_autofree char *after_redo = NULL;

  open_panel (window);
  before = listed (window);
  g_assert_cmpstr (before, ==, "# Warnings\n1.2 Merge sort [missing-duration]\n");

  click_finding (window, "1.2 Merge sort");
  assert_selected (window, 1, "1.2");
  g_assert_true (has_focus_in (GTK_WIDGET (pane->duration_row)));
  syl_test_type ("45");
  syl_test_press ("Return");
  g_assert_cmpint (syl_node_get_duration_minutes (syl_test_node_at (window, "1.2")), ==, 45);
  await_panel (window);
  g_assert_cmpuint (g_list_model_get_n_items (syl_check_panel_get_rows (panel_of (window))), ==, 0);
  syl_test_await (shows_clean, panel_of (window));

  syl_test_press ("ctrl+z");
  await_panel (window);
  after_undo = listed (window);
  g_assert_cmpstr (after_undo, ==, before);

  /* The rule's switch, in the panel's menu. */
  g_assert_nonnull (rules);
  click (rules);
  syl_test_wait_shown (rule_switch);
  syl_test_wait_frame (rule_switch);
  syl_test_sync_x ();
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (rule_switch)));
  /* A switch slides before it says it is off. */
  click (rule_switch);
  syl_test_await (switch_off, rule_switch);
  g_assert_cmpstr (syl_document_get_disabled_checks (document)[0], ==, "missing-duration");
  g_assert_cmpstr (syl_history_get_undo_label (history), ==, "Turn Off Check “Missing durations”");
  syl_test_press ("Escape");
  await_panel (window);
  syl_test_await (shows_clean, panel_of (window));

  syl_test_press ("ctrl+z");
  await_panel (window);
  g_assert_null (syl_document_get_disabled_checks (document)[0]);
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (rule_switch)));
  after_redo = listed (window);
  g_assert_cmpstr (after_redo, ==, before);
  g_assert_false (syl_document_get_modified (document));
  syl_test_close_window (window);
}

/* A rule the file turns off that this version does not know is named in
 * the menu of rules; in review mode the switches do not turn. */
static void
test_unknown_and_review (void)
{
  g_autofree char *dir = syl_test_make_temp_dir ("syl-test-check-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "algorithms.syllabus.json", NULL);
  g_autofree char *text = g_strdup_printf ("%.*s, \"check\": {\"disabled\": [\"future-rule\"]}}",
                                           (int) strlen (small_course) - 1, small_course);
  SylWindow *window;
  GtkWidget *rules;
  GtkWidget *rule_switch;
  GtkWidget *popover;

  syl_test_write_text (path, text);
  window = open_window (path, 1000);
  syl_test_remove_tree (dir);
  rules = syl_test_find_child_of_type (GTK_WIDGET (panel_of (window)), GTK_TYPE_MENU_BUTTON);
  rule_switch = syl_check_panel_get_switch (panel_of (window), SYL_CHECK_OPEN_COMMENTS);

  open_panel (window);
  click (rules);
  syl_test_wait_shown (rule_switch);
  popover = GTK_WIDGET (gtk_menu_button_get_popover (GTK_MENU_BUTTON (rules)));
  g_assert_nonnull (find_label (popover, "The file also turns off rules this version does not "
                                         "know: future-rule."));
  g_assert_true (gtk_widget_is_sensitive (rule_switch));
  syl_test_press ("Escape");

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.review-mode", NULL));
  g_assert_false (gtk_widget_is_sensitive (rule_switch));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.review-mode", NULL));
  g_assert_true (gtk_widget_is_sensitive (rule_switch));
  syl_test_close_window (window);
}

static gboolean
is_narrow (gpointer data)
{
  return syl_window_get_narrow (data);
}

/* In a narrow window the panel lies over the outline; a finding chosen,
 * it makes way for the editor, at the field to fix. */
static void
test_narrow (void)
{
  SylWindow *window = open_small_course (360);
  SylNodePane *pane = SYL_NODE_PANE (window->node_pane);

  syl_test_await (is_narrow, window);
  open_panel (window);
  g_assert_true (adw_flap_get_folded (window->check_flap));
  click_finding (window, "1.2 Merge sort");
  g_assert_false (adw_flap_get_reveal_flap (window->check_flap));
  g_assert_false (gtk_toggle_button_get_active (GTK_TOGGLE_BUTTON (window->check_button)));
  assert_selected (window, 1, "1.2");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (pane)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->outline_view)));
  g_assert_true (has_focus_in (GTK_WIDGET (pane->duration_row)));
  syl_test_close_window (window);
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

  g_test_add_func ("/check-panel/sample", test_sample);
  g_test_add_func ("/check-panel/fix-and-rules", test_fix_and_rules);
  g_test_add_func ("/check-panel/unknown-and-review", test_unknown_and_review);
  g_test_add_func ("/check-panel/narrow", test_narrow);

  status = g_test_run ();
  g_object_unref (application);
  return status;
}
