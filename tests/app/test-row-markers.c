/* test-row-markers.c: the rows' markers and durations, under Xvfb
 *
 * Each section's row shows, after its title, what the section has and
 * lacks, and at its end a column of durations, with each chapter's total.
 * The settings say which; the rows on screen follow a change of the
 * settings, of a field in the editor pane, a move and an undo at once,
 * without being built again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-node-pane-private.h"
#include "syl-outline-row.h"
#include "syl-outline-view-private.h"
#include "syl-preferences-window.h"
#include "syl-settings.h"
#include "syl-test-editor.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"
#include "syl-window-private.h"

typedef struct
{
  SylWindow      *window;
  SylDocument    *document;
  SylOutlineView *view;
  SylNodePane    *pane;
  SylHistory     *history;
  GSettings      *settings;
} Fixture;

static void
open_sample (Fixture *f,
             int      width)
{
  g_autofree char *path = syl_test_sample_path ();

  f->window = syl_test_open_window_sized (path, width, 700);
  f->document = syl_window_get_document (f->window);
  f->view = syl_window_get_outline_view (f->window);
  f->pane = SYL_NODE_PANE (f->window->node_pane);
  f->history = syl_document_get_history (f->document);
}

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  /* The settings are kept in memory for the whole program. */
  f->settings = syl_settings_get ();
  g_assert_nonnull (f->settings);
  g_settings_reset (f->settings, "row-markers");
  g_settings_reset (f->settings, "row-durations");
  open_sample (f, 1000);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  syl_test_close_window (f->window);
  g_settings_reset (f->settings, "row-markers");
  g_settings_reset (f->settings, "row-durations");
}

static SylOutlineRow *
row_of (Fixture    *f,
        const char *number)
{
  SylNode *node = syl_test_node_at (f->window, number);
  GtkWidget *row;

  syl_test_wait_settled (f->window);
  row = syl_outline_view_get_row_widget (f->view, node);
  g_assert_nonnull (row);
  return SYL_OUTLINE_ROW (row);
}

static char *
description (Fixture    *f,
             const char *number)
{
  return syl_outline_row_dup_markers_description (row_of (f, number));
}

#define assert_description(f, number, text) G_STMT_START { \
  g_autofree char *said__ = description ((f), (number)); \
  g_assert_cmpstr (said__, ==, (text)); \
} G_STMT_END

/* The markers a row shows, one letter each as in the settings' order:
 * capital when the section has it, small for the ring of what it lacks,
 * nothing for a marker not shown. */
static char *
markers (SylOutlineRow *row)
{
  static const char letters[] = "NOED";
  GtkWidget *box = syl_outline_row_get_markers (row);
  GString *text = g_string_new (NULL);
  guint i = 0;

  if (!gtk_widget_get_visible (box))
    return g_string_free (text, FALSE);
  for (GtkWidget *image = gtk_widget_get_first_child (box); image != NULL;
       image = gtk_widget_get_next_sibling (image), i++)
    {
      gboolean missing = gtk_widget_has_css_class (image, "missing");
      const char *icon = gtk_image_get_icon_name (GTK_IMAGE (image));

      if (!gtk_widget_get_visible (image))
        continue;
      /* The ring differs in shape, not only in shade. */
      g_assert_true (missing == g_str_equal (icon, "syl-marker-missing-symbolic"));
      g_string_append_c (text, missing ? g_ascii_tolower (letters[i]) : letters[i]);
    }
  return g_string_free (text, FALSE);
}

#define assert_markers(f, number, text) G_STMT_START { \
  g_autofree char *shown__ = markers (row_of ((f), (number))); \
  g_assert_cmpstr (shown__, ==, (text)); \
} G_STMT_END

static const char *
duration_text (Fixture    *f,
               const char *number)
{
  GtkLabel *label = syl_outline_row_get_duration_label (row_of (f, number));

  return gtk_widget_get_visible (GTK_WIDGET (label)) ? gtk_label_get_text (label) : NULL;
}

static void
set_flags (Fixture *f,
           guint    markers)
{
  g_settings_set_flags (f->settings, "row-markers", markers);
}

/* The defaults show notes and objectives; the settings change the rows on
 * screen at once, the same row widgets. */
static void
test_settings (Fixture       *f,
               gconstpointer  data)
{
  SylOutlineRow *row = row_of (f, "1.1");

  assert_markers (f, "1.1", "no");
  assert_description (f, "1.1", "No notes, no objectives");
  /* A discussion has no objectives or examples to lack. */
  assert_markers (f, "1.9", "");
  g_assert_null (description (f, "1.9"));

  set_flags (f, SYL_ROW_MARKER_NOTES | SYL_ROW_MARKER_OBJECTIVES | SYL_ROW_MARKER_EXAMPLES |
                SYL_ROW_MARKER_DURATION);
  g_assert_true (row_of (f, "1.1") == row);
  assert_markers (f, "1.1", "noed");
  assert_description (f, "1.1", "No notes, no objectives, no examples, no duration");

  set_flags (f, SYL_ROW_MARKER_EXAMPLES);
  assert_markers (f, "1.1", "e");
  set_flags (f, 0);
  g_assert_true (row_of (f, "1.1") == row);
  assert_markers (f, "1.1", "");
  g_assert_false (gtk_widget_get_visible (syl_outline_row_get_markers (row)));
}

/* Typing notes in the pane marks the row; undo takes the mark away. */
static void
test_editor (Fixture       *f,
             gconstpointer  data)
{
  GtkTextBuffer *buffer;
  SylNode *node = syl_test_node_at (f->window, "1.2");

  set_flags (f, SYL_ROW_MARKER_NOTES | SYL_ROW_MARKER_OBJECTIVES | SYL_ROW_MARKER_DURATION);
  syl_test_select (f->window, "1.2");
  buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (f->pane->notes_view));
  syl_test_type_into_buffer (buffer, "讲清楚");
  g_assert_cmpstr (syl_node_get_notes (node), ==, "讲清楚");
  assert_markers (f, "1.2", "Nod");
  assert_description (f, "1.2", "Notes; no objectives, no duration");

  syl_document_insert_objective (f->document, node, 0, "理解");
  syl_document_insert_objective (f->document, node, 1, "应用");
  assert_markers (f, "1.2", "NOd");
  assert_description (f, "1.2", "Notes, 2 objectives; no duration");

  gtk_editable_set_text (GTK_EDITABLE (f->pane->duration_row), "45");
  g_signal_emit_by_name (gtk_editable_get_delegate (GTK_EDITABLE (f->pane->duration_row)),
                         "activate");
  g_assert_cmpint (syl_node_get_duration_minutes (node), ==, 45);
  assert_markers (f, "1.2", "NOD");
  assert_description (f, "1.2", "Notes, 2 objectives, 45 min");
  g_assert_cmpstr (duration_text (f, "1.2"), ==, "45 min");

  g_assert_true (syl_history_undo (f->history));
  assert_markers (f, "1.2", "NOd");
  g_assert_cmpstr (duration_text (f, "1.2"), ==, NULL);
  g_assert_true (syl_history_undo (f->history));
  g_assert_true (syl_history_undo (f->history));
  assert_markers (f, "1.2", "Nod");
  g_assert_true (syl_history_undo (f->history));
  assert_markers (f, "1.2", "nod");
  assert_description (f, "1.2", "No notes, no objectives, no duration");
  /* The other rows never heard of it. */
  assert_markers (f, "1.1", "nod");
}

/* Examples are a list of their own, which the row listens to. */
static void
test_examples (Fixture       *f,
               gconstpointer  data)
{
  SylNode *node = syl_test_node_at (f->window, "1.3");
  g_autoptr(SylExample) example = syl_example_new ("词频统计", "");

  set_flags (f, SYL_ROW_MARKER_EXAMPLES);
  assert_markers (f, "1.3", "e");
  syl_document_insert_example (f->document, node, 0, example);
  assert_markers (f, "1.3", "E");
  assert_description (f, "1.3", "1 example");
  g_assert_true (syl_history_undo (f->history));
  assert_markers (f, "1.3", "e");
  assert_description (f, "1.3", "No examples");
}

static void
set_minutes (Fixture    *f,
             const char *number,
             int         minutes)
{
  g_assert_true (syl_document_set_int (f->document, syl_test_node_at (f->window, number),
                                       "duration-minutes", minutes, NULL));
}

static double
right_edge (Fixture    *f,
            const char *number)
{
  GtkWidget *label = GTK_WIDGET (syl_outline_row_get_duration_label (row_of (f, number)));
  GtkWidget *list = syl_outline_view_get_list_view (f->view);
  graphene_rect_t bounds;

  /* The top rows on screen, laid out as shown after the change: opening
   * 1.4 scrolled its parts into view. */
  gtk_adjustment_set_value (gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list)), 0);
  syl_test_wait_frame (GTK_WIDGET (f->window));
  g_assert_true (gtk_widget_get_mapped (label));
  g_assert_true (gtk_widget_compute_bounds (label, GTK_WIDGET (f->view), &bounds));
  return bounds.origin.x + bounds.size.width;
}

/* Durations stand in a column at the rows' end; a chapter shows the total
 * of its parts, which follows a move out of it and its undo. */
static void
test_durations (Fixture       *f,
                gconstpointer  data)
{
  GtkLabel *chapter_label;

  /* The sample has no durations: no empty column. */
  g_assert_cmpstr (duration_text (f, "1.1"), ==, NULL);
  _syl_outline_view_set_expanded (f->view, syl_outline_row_get_node (row_of (f, "1.4")), TRUE);

  set_minutes (f, "1.1", 45);
  set_minutes (f, "1.2", 30);
  set_minutes (f, "1.4.1", 15);
  g_assert_cmpstr (duration_text (f, "1.1"), ==, "45 min");
  g_assert_cmpstr (duration_text (f, "1.4.1"), ==, "15 min");
  g_assert_cmpstr (duration_text (f, "1.4"), ==, "Σ 15 min");
  g_assert_cmpstr (duration_text (f, "1"), ==, "Σ 1 h 30 min");
  g_assert_cmpstr (duration_text (f, "1.3"), ==, "");
  chapter_label = syl_outline_row_get_duration_label (row_of (f, "1"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (chapter_label), "total"));
  g_assert_false (gtk_widget_has_css_class (
    GTK_WIDGET (syl_outline_row_get_duration_label (row_of (f, "1.1"))), "total"));

  /* Right-aligned in one column, whatever the depth and the text. */
  g_assert_cmpfloat (right_edge (f, "1"), >, 0);
  g_assert_cmpfloat (right_edge (f, "1"), ==, right_edge (f, "1.1"));
  g_assert_cmpfloat (right_edge (f, "1.1"), ==, right_edge (f, "1.4.1"));
  g_assert_cmpfloat (right_edge (f, "1.1"), ==, right_edge (f, "1.3"));

  /* 1.2 goes to chapter 2: both totals follow, and the undo. */
  g_assert_true (syl_document_move_node (f->document, syl_test_node_at (f->window, "1.2"),
                                         syl_test_node_at (f->window, "2"), 0, NULL));
  g_assert_cmpstr (duration_text (f, "1"), ==, "Σ 1 h");
  g_assert_cmpstr (duration_text (f, "2"), ==, "Σ 30 min");
  g_assert_cmpstr (duration_text (f, "2.1"), ==, "30 min");
  g_assert_true (syl_history_undo (f->history));
  g_assert_cmpstr (duration_text (f, "1"), ==, "Σ 1 h 30 min");
  g_assert_cmpstr (duration_text (f, "2"), ==, "");
  g_assert_true (syl_history_redo (f->history));
  g_assert_cmpstr (duration_text (f, "2"), ==, "Σ 30 min");
  g_assert_true (syl_history_undo (f->history));

  /* A duration of the chapter's own is no total. */
  set_minutes (f, "1", 120);
  g_assert_cmpstr (duration_text (f, "1"), ==, "2 h");
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (chapter_label), "total"));
  g_assert_true (syl_history_undo (f->history));
  g_assert_cmpstr (duration_text (f, "1"), ==, "Σ 1 h 30 min");

  /* Turned off, the column goes at once from the same rows. */
  g_settings_set_boolean (f->settings, "row-durations", FALSE);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (chapter_label)));
  g_assert_true (syl_outline_row_get_duration_label (row_of (f, "1")) == chapter_label);
  g_assert_cmpstr (duration_text (f, "1.1"), ==, NULL);
  g_settings_set_boolean (f->settings, "row-durations", TRUE);
  g_assert_cmpstr (duration_text (f, "1"), ==, "Σ 1 h 30 min");
}

/* Focused on a chapter, or finding, the rows still show and follow. */
static void
test_hoisted_and_filtered (Fixture       *f,
                           gconstpointer  data)
{
  SylNode *chapter = syl_test_node_at (f->window, "2");
  SylNode *section = syl_test_node_at (f->window, "2.1");
  GHashTable *nodes = g_hash_table_new (NULL, NULL);

  syl_outline_view_set_hoisted (f->view, chapter);
  set_minutes (f, "2.1", 20);
  g_assert_cmpstr (duration_text (f, "2.1"), ==, "20 min");
  assert_markers (f, "2.1", "no");
  g_assert_true (syl_history_undo (f->history));
  g_assert_cmpstr (duration_text (f, "2.1"), ==, NULL);
  syl_outline_view_set_hoisted (f->view, NULL);

  g_hash_table_add (nodes, chapter);
  g_hash_table_add (nodes, section);
  syl_outline_view_set_filter_nodes (f->view, nodes);
  set_minutes (f, "2.1", 20);
  g_assert_cmpstr (duration_text (f, "2"), ==, "Σ 20 min");
  syl_document_set_string (f->document, section, "notes", "笔记", FALSE, NULL);
  assert_markers (f, "2.1", "No");
  syl_outline_view_set_filter_nodes (f->view, NULL);
  g_hash_table_unref (nodes);
}

static gboolean
markers_hidden (gpointer data)
{
  return !gtk_widget_get_child_visible (syl_outline_row_get_markers (data));
}

/* The widgets of @type inside @widget, in the order they are shown. */
static void
collect (GtkWidget *widget,
         GType      type,
         GPtrArray *found)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      if (G_TYPE_CHECK_INSTANCE_TYPE (child, type))
        g_ptr_array_add (found, child);
      collect (child, type, found);
    }
}

/* The preferences show the settings, and change the rows at once. */
static void
test_preferences (Fixture       *f,
                  gconstpointer  data)
{
  GtkWidget *preferences = syl_preferences_window_new (GTK_WINDOW (f->window));
  g_autoptr(GPtrArray) checks = g_ptr_array_new ();
  g_autoptr(GPtrArray) switches = g_ptr_array_new ();
  GtkWidget *durations;

  gtk_window_present (GTK_WINDOW (preferences));
  syl_test_wait_shown (preferences);
  collect (preferences, GTK_TYPE_CHECK_BUTTON, checks);
  /* Notes, objectives, examples, duration. */
  g_assert_cmpuint (checks->len, ==, 4);
  g_assert_true (gtk_check_button_get_active (checks->pdata[0]));
  g_assert_true (gtk_check_button_get_active (checks->pdata[1]));
  g_assert_false (gtk_check_button_get_active (checks->pdata[2]));
  g_assert_false (gtk_check_button_get_active (checks->pdata[3]));

  gtk_check_button_set_active (checks->pdata[2], TRUE);
  g_assert_cmpuint (g_settings_get_flags (f->settings, "row-markers"), ==,
                    SYL_ROW_MARKER_NOTES | SYL_ROW_MARKER_OBJECTIVES | SYL_ROW_MARKER_EXAMPLES);
  assert_markers (f, "1.1", "noe");
  gtk_check_button_set_active (checks->pdata[0], FALSE);
  assert_markers (f, "1.1", "oe");

  /* And follow a change made elsewhere. */
  set_flags (f, SYL_ROW_MARKER_DURATION);
  g_assert_false (gtk_check_button_get_active (checks->pdata[1]));
  g_assert_true (gtk_check_button_get_active (checks->pdata[3]));
  assert_markers (f, "1.1", "d");

  /* Keep Backups, then Show Durations. */
  collect (preferences, GTK_TYPE_SWITCH, switches);
  g_assert_cmpuint (switches->len, ==, 2);
  durations = switches->pdata[1];
  g_assert_true (gtk_switch_get_active (GTK_SWITCH (durations)));
  set_minutes (f, "1.1", 10);
  g_assert_cmpstr (duration_text (f, "1.1"), ==, "10 min");
  gtk_switch_set_active (GTK_SWITCH (durations), FALSE);
  g_assert_false (g_settings_get_boolean (f->settings, "row-durations"));
  g_assert_cmpstr (duration_text (f, "1.1"), ==, NULL);
  gtk_window_destroy (GTK_WINDOW (preferences));
}

#define LONG_TITLE "“大模型、多模态”推动了 AI 的“质变”：从传统机器学习到深度学习，再到大模型"

static SylOutlineRow *
long_title_row (Fixture *f)
{
  SylNode *node = syl_test_node_at (f->window, "1.7");

  g_assert_true (syl_document_set_string (f->document, node, "title", LONG_TITLE, FALSE, NULL));
  return row_of (f, "1.7");
}

/* In a narrow window the markers go before a long title is cut. */
static void
test_narrow (Fixture       *f,
             gconstpointer  data)
{
  SylOutlineRow *row;

  /* In a wide window the markers stand beside a long title. */
  row = long_title_row (f);
  syl_test_wait_frame (GTK_WIDGET (f->window));
  g_assert_true (gtk_widget_get_child_visible (syl_outline_row_get_markers (row)));
  syl_test_close_window (f->window);

  open_sample (f, 360);
  row = long_title_row (f);
  g_assert_true (gtk_widget_get_visible (syl_outline_row_get_markers (row)));
  syl_test_await (markers_hidden, row);
  /* A short title keeps them. */
  g_assert_true (gtk_widget_get_child_visible (syl_outline_row_get_markers (row_of (f, "2.2"))));
}

int
main (int   argc,
      char *argv[])
{
  syl_test_gui_init (&argc, &argv);

  g_test_add ("/row-markers/settings", Fixture, NULL, fixture_setup, test_settings,
              fixture_teardown);
  g_test_add ("/row-markers/editor", Fixture, NULL, fixture_setup, test_editor,
              fixture_teardown);
  g_test_add ("/row-markers/examples", Fixture, NULL, fixture_setup, test_examples,
              fixture_teardown);
  g_test_add ("/row-markers/durations", Fixture, NULL, fixture_setup, test_durations,
              fixture_teardown);
  g_test_add ("/row-markers/hoisted-and-filtered", Fixture, NULL, fixture_setup,
              test_hoisted_and_filtered, fixture_teardown);
  g_test_add ("/row-markers/preferences", Fixture, NULL, fixture_setup, test_preferences,
              fixture_teardown);
  g_test_add ("/row-markers/narrow", Fixture, NULL, fixture_setup, test_narrow,
              fixture_teardown);
  return g_test_run ();
}
