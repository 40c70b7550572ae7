/* test-desktop.c: the application on the desktop, under Xvfb
 *
 * The Keyboard Shortcuts window lists every key the application and the
 * outline respond to; the About window says what the metainfo says; the
 * application's icon is found; a window 360 pixels wide shows one pane at
 * a time, with the buttons of the bars under their text, and lets the
 * designer go back and forth.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>

#include "syl-about.h"
#include "syl-application.h"
#include "syl-import-dialog.h"
#include "syl-node-pane-private.h"
#include "syl-outline-row.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"
#include "syl-window-private.h"

#define RESOURCE_PATH "/io/github/syllabus/Syllabus/"

/* A key as "<Control>z", the same for every way of writing it. */
static char *
accel_key (guint           keyval,
           GdkModifierType modifiers)
{
  /* The keypad's keys do what the main keys do, and the overlay shows
   * the main ones. */
  if (keyval == GDK_KEY_KP_Enter)
    keyval = GDK_KEY_Return;
  else if (keyval == GDK_KEY_KP_Delete)
    keyval = GDK_KEY_Delete;
  else if (keyval >= GDK_KEY_KP_0 && keyval <= GDK_KEY_KP_9)
    keyval = GDK_KEY_0 + (keyval - GDK_KEY_KP_0);
  return gtk_accelerator_name (gdk_keyval_to_lower (keyval), modifiers);
}

static char *
parsed_key (const char *accelerator)
{
  guint keyval = 0;
  GdkModifierType modifiers = 0;

  g_assert_true (gtk_accelerator_parse (accelerator, &keyval, &modifiers));
  return accel_key (keyval, modifiers);
}

/* Adds the keys of @part of an accelerator: one key, or a range such as
 * "<Control>1...<Control>9", which GtkShortcutLabel shows as one. */
static void
add_overlay_key (GHashTable *keys,
                 const char *part)
{
  g_auto(GStrv) ends = g_strsplit (part, "...", 2);
  guint first = 0, last = 0;
  GdkModifierType modifiers = 0, last_modifiers = 0;

  if (ends[1] == NULL)
    {
      g_hash_table_add (keys, parsed_key (part));
      return;
    }
  g_assert_true (gtk_accelerator_parse (ends[0], &first, &modifiers));
  g_assert_true (gtk_accelerator_parse (ends[1], &last, &last_modifiers));
  g_assert_cmpuint (modifiers, ==, last_modifiers);
  g_assert_cmpuint (first, <, last);
  for (guint keyval = first; keyval <= last; keyval++)
    g_hash_table_add (keys, accel_key (keyval, modifiers));
}

/* Every key the help overlay shows, from the .ui in the resources. */
static GHashTable *
overlay_keys (void)
{
  g_autoptr(GtkBuilder) builder = gtk_builder_new_from_resource (RESOURCE_PATH "gtk/help-overlay.ui");
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);
  GHashTable *keys = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *accelerator = NULL;
      g_auto(GStrv) parts = NULL;

      if (!GTK_IS_SHORTCUTS_SHORTCUT (l->data))
        continue;
      g_object_get (l->data, "accelerator", &accelerator, NULL);
      parts = g_strsplit (accelerator ? accelerator : "", " ", -1);
      for (guint i = 0; parts[i] != NULL; i++)
        if (*parts[i] != '\0')
          add_overlay_key (keys, parts[i]);
    }
  g_assert_cmpuint (g_hash_table_size (keys), >, 20);
  return keys;
}

static void
assert_in_overlay (GHashTable *keys,
                   const char *key,
                   const char *what)
{
  if (!g_hash_table_contains (keys, key))
    g_error ("%s has the key %s, which the Keyboard Shortcuts window does not show", what, key);
}

/* The application, started once: it stays on the session bus until the
 * program ends. */
static SylApplication *
started_application (void)
{
  static SylApplication *application;
  g_autoptr(GError) error = NULL;

  if (application != NULL)
    return application;
  application = syl_application_new ();
  /* Not unique, so it starts here even when another one runs. */
  g_application_set_flags (G_APPLICATION (application),
                           G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (G_APPLICATION (application), NULL, &error));
  g_assert_no_error (error);
  return application;
}

static void
test_shortcuts_application (void)
{
  SylApplication *application = started_application ();
  g_autoptr(GHashTable) keys = overlay_keys ();
  g_auto(GStrv) actions = gtk_application_list_action_descriptions (GTK_APPLICATION (application));
  guint n_accels = 0;

  for (guint i = 0; actions[i] != NULL; i++)
    {
      g_auto(GStrv) accels = gtk_application_get_accels_for_action (GTK_APPLICATION (application),
                                                                    actions[i]);
      for (guint j = 0; accels[j] != NULL; j++, n_accels++)
        {
          g_autofree char *key = parsed_key (accels[j]);
          assert_in_overlay (keys, key, actions[i]);
        }
    }
  /* Open, save, undo, redo and the rest: the list was really read. */
  g_assert_cmpuint (n_accels, >=, 10);
}

/* The shortcuts @widget's own code added, not those of its class. */
static guint
add_widget_shortcuts (GtkWidget  *widget,
                      GHashTable *keys,
                      const char *what)
{
  g_autoptr(GListModel) controllers = gtk_widget_observe_controllers (widget);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (controllers); i++)
    {
      g_autoptr(GtkEventController) controller = g_list_model_get_item (controllers, i);

      if (!GTK_IS_SHORTCUT_CONTROLLER (controller) ||
          g_strcmp0 (gtk_event_controller_get_name (controller), "gtk-widget-class-shortcuts") == 0)
        continue;
      for (guint j = 0; j < g_list_model_get_n_items (G_LIST_MODEL (controller)); j++)
        {
          g_autoptr(GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (controller), j);
          GtkShortcutTrigger *trigger = gtk_shortcut_get_trigger (shortcut);
          g_autofree char *key = NULL;

          g_assert_true (GTK_IS_KEYVAL_TRIGGER (trigger));
          key = accel_key (gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)),
                           gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)));
          assert_in_overlay (keys, key, what);
          n++;
        }
    }
  return n;
}

static guint
add_tree_shortcuts (GtkWidget  *widget,
                    GHashTable *keys,
                    const char *what)
{
  guint n = add_widget_shortcuts (widget, keys, what);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n += add_tree_shortcuts (child, keys, what);
  return n;
}

/* The outline's keys are caught before the list sees them, by a
 * controller of its own; the row's Escape cancels a rename. */
static void
test_shortcuts_outline (void)
{
  g_autoptr(GHashTable) keys = overlay_keys ();
  GtkWidget *view = g_object_ref_sink (g_object_new (SYL_TYPE_OUTLINE_VIEW, NULL));
  GtkWidget *row = g_object_ref_sink (GTK_WIDGET (syl_outline_row_new ()));

  g_assert_cmpuint (add_widget_shortcuts (view, keys, "The outline"), >=, 19);
  g_assert_cmpuint (add_tree_shortcuts (row, keys, "An outline row"), >=, 1);
  g_object_unref (row);
  g_object_unref (view);
}

static void
test_about_english (void)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *about = syl_about_window_new_from_metainfo (RESOURCE_PATH APP_ID ".metainfo.xml",
                                                         &error);
  AdwAboutWindow *window;

  g_assert_no_error (error);
  g_assert_true (ADW_IS_ABOUT_WINDOW (about));
  window = ADW_ABOUT_WINDOW (about);
  g_assert_cmpstr (adw_about_window_get_application_name (window), ==, "Syllabus");
  g_assert_cmpstr (adw_about_window_get_application_icon (window), ==, APP_ID);
  g_assert_cmpstr (adw_about_window_get_version (window), ==, PACKAGE_VERSION);
  g_assert_cmpstr (adw_about_window_get_comments (window), ==,
                   "Write and restructure course outlines");
  g_assert_cmpstr (adw_about_window_get_developer_name (window), ==, "The Syllabus developers");
  g_assert_cmpint (adw_about_window_get_license_type (window), ==, GTK_LICENSE_GPL_3_0);
  g_assert_cmpstr (adw_about_window_get_website (window), ==,
                   "https://github.com/syllabus/syllabus");
  g_assert_cmpstr (adw_about_window_get_issue_url (window), ==,
                   "https://github.com/syllabus/syllabus/issues");
  g_assert_cmpstr (adw_about_window_get_release_notes_version (window), ==, PACKAGE_VERSION);
  g_assert_true (g_str_has_prefix (adw_about_window_get_release_notes (window),
                                   "<p>The first release of Syllabus.</p><ul><li>"));
  g_assert_true (g_str_has_suffix (adw_about_window_get_release_notes (window),
                                   "<li>In English and Simplified Chinese</li></ul>"));
  gtk_window_destroy (GTK_WINDOW (about));
}

static void
test_about_missing (void)
{
  g_autoptr(GError) error = NULL;
  GtkWidget *about = syl_about_window_new_from_metainfo (RESOURCE_PATH "nothing.metainfo.xml",
                                                         &error);

  g_assert_null (about);
  g_assert_error (error, G_RESOURCE_ERROR, G_RESOURCE_ERROR_NOT_FOUND);
}

/* The window's icon is the application's, found in the resources before
 * the application is installed. */
static void
test_icon (void)
{
  GtkIconTheme *theme = gtk_icon_theme_get_for_display (gdk_display_get_default ());

  g_assert_nonnull (started_application ());
  g_assert_cmpstr (gtk_window_get_default_icon_name (), ==, APP_ID);
  g_assert_true (gtk_icon_theme_has_icon (theme, APP_ID));
  g_assert_true (gtk_icon_theme_has_icon (theme, APP_ID "-symbolic"));
}

static gboolean
is_narrow (gpointer data)
{
  return syl_window_get_narrow (data);
}

static gboolean
is_wide (gpointer data)
{
  return !syl_window_get_narrow (data);
}

static void
assert_panes (SylWindow *window,
              gboolean   outline,
              gboolean   editor)
{
  g_assert_cmpint (gtk_widget_get_visible (GTK_WIDGET (window->outline_view)), ==, outline);
  g_assert_cmpint (gtk_widget_get_visible (window->node_pane), ==, editor);
  g_assert_cmpint (gtk_widget_get_visible (window->edit_button), ==, outline && !editor);
  g_assert_cmpint (gtk_widget_get_visible (window->back_button), ==, editor && !outline);
}

/* The bars under the header bar: their buttons beside their text in a
 * wide window, under it in a narrow one. */
static void
assert_bars_stacked (SylWindow *window,
                     gboolean   stacked)
{
  GtkRevealer *bars[] = { window->disk_banner, window->review_bar };
  GtkOrientation expected = stacked ? GTK_ORIENTATION_VERTICAL : GTK_ORIENTATION_HORIZONTAL;

  for (guint i = 0; i < G_N_ELEMENTS (bars); i++)
    g_assert_cmpint (gtk_orientable_get_orientation (GTK_ORIENTABLE (gtk_revealer_get_child (bars[i]))),
                     ==, expected);
}

/* The banner about another program's changes, with its longest text. */
static void
show_disk_banner (SylWindow *window)
{
  gtk_label_set_text (window->disk_label, "Another program changed "
                      "“ai-enterprise-course.syllabus.json”, and this window has unsaved changes.");
  gtk_button_set_label (GTK_BUTTON (window->disk_first_button), "_Keep Mine");
  gtk_button_set_label (GTK_BUTTON (window->disk_second_button), "_Load Theirs");
  gtk_revealer_set_reveal_child (window->disk_banner, TRUE);
  gtk_revealer_set_reveal_child (window->review_bar, TRUE);
  syl_test_wait_redrawn ();
}

static void
test_narrow (void)
{
  g_autofree char *path = syl_test_sample_path ();
  g_autoptr(GPtrArray) selected = NULL;
  SylWindow *window;
  int minimum;

  /* GNOME and phone shells show only a close button. */
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);
  window = syl_test_open_window_sized (path, 360, 700);
  g_assert_true (syl_test_wait_for (is_narrow, window, 2000));
  syl_test_wait_redrawn ();
  assert_panes (window, TRUE, FALSE);
  g_assert_cmpint (gdk_surface_get_width (gtk_native_get_surface (GTK_NATIVE (window))), <=, 360);
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);

  /* With the bars shown too, the window fits the screen. */
  show_disk_banner (window);
  assert_bars_stacked (window, TRUE);
  gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1,
                      &minimum, NULL, NULL, NULL);
  g_assert_cmpint (minimum, <=, 360);
  gtk_revealer_set_reveal_child (window->disk_banner, FALSE);
  gtk_revealer_set_reveal_child (window->review_bar, FALSE);

  /* To the editor of the selected row and back, with the keyboard's focus
   * following. */
  syl_test_select (window, "1.2");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-editor", NULL));
  syl_test_wait_redrawn ();
  assert_panes (window, FALSE, TRUE);
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)),
                                         GTK_WIDGET (SYL_NODE_PANE (window->node_pane)->title_row)));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-outline", NULL));
  syl_test_wait_redrawn ();
  assert_panes (window, TRUE, FALSE);
  g_assert_true (gtk_widget_is_ancestor (gtk_window_get_focus (GTK_WINDOW (window)),
                                         GTK_WIDGET (window->outline_view)));
  selected = syl_test_selected (window);
  g_assert_cmpuint (selected->len, ==, 1);

  /* Wide again: both, side by side. */
  syl_test_xdotool ("windowsize --sync %lu 1000 700", syl_test_xid (GTK_WIDGET (window)));
  g_assert_true (syl_test_wait_for (is_wide, window, 2000));
  syl_test_wait_redrawn ();
  assert_panes (window, TRUE, TRUE);
  g_assert_false (gtk_widget_get_visible (window->back_button));
  g_assert_false (gtk_widget_get_visible (window->edit_button));
  assert_bars_stacked (window, FALSE);

  syl_test_close_window (window);
}

static gboolean
import_dialog_shown (gpointer data)
{
  return syl_test_find_toplevel (SYL_TYPE_IMPORT_DIALOG) != NULL;
}

static gboolean
message_shown (gpointer data)
{
  return syl_test_find_message_dialog () != NULL;
}

/* Closes every toplevel the test left open: windows, dialogs. */
static void
close_toplevels (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  while (g_list_model_get_n_items (toplevels) > 0)
    {
      g_autoptr(GtkWindow) window = g_list_model_get_item (toplevels, 0);

      gtk_window_destroy (window);
    }
  syl_test_wait_idle ();
}

/* A file that is no outline, opened as from the command line or a file
 * manager, is imported: the dialog shows what it gives.  One that cannot
 * be read says why, and opens nothing else. */
static void
test_open_imports (void)
{
  SylApplication *application = started_application ();
  g_autofree char *path = syl_test_data_path ("import", "md", "atx.md", NULL);
  g_autofree char *dir = syl_test_make_temp_dir ("syl-open-XXXXXX");
  g_autofree char *bad_path = g_build_filename (dir, "course.docx", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GFile) bad = g_file_new_for_path (bad_path);
  SylImportDialog *dialog;
  AdwMessageDialog *message;

  g_application_open (G_APPLICATION (application), &file, 1, "");
  syl_test_await (import_dialog_shown, NULL);
  dialog = SYL_IMPORT_DIALOG (syl_test_find_toplevel (SYL_TYPE_IMPORT_DIALOG));
  g_assert_cmpint (syl_import_result_get_format (syl_import_dialog_get_result (dialog)), ==,
                   SYL_IMPORT_FORMAT_MARKDOWN);
  g_assert_cmpuint (g_list_model_get_n_items (syl_import_result_get_nodes (syl_import_dialog_get_result (dialog))),
                    >, 0);
  g_assert_null (syl_test_find_message_dialog ());
  close_toplevels ();

  syl_test_write_text (bad_path, "PK\x03\x04 not a zip archive");
  g_application_open (G_APPLICATION (application), &bad, 1, "");
  syl_test_await (message_shown, NULL);
  message = syl_test_find_message_dialog ();
  g_assert_true (g_str_has_prefix (adw_message_dialog_get_heading (message), "Could Not Import"));
  g_assert_null (syl_test_find_toplevel (SYL_TYPE_IMPORT_DIALOG));
  close_toplevels ();
  syl_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  syl_test_gui_init (&argc, &argv);

  g_test_add_func ("/desktop/shortcuts/application", test_shortcuts_application);
  g_test_add_func ("/desktop/shortcuts/outline", test_shortcuts_outline);
  g_test_add_func ("/desktop/about/english", test_about_english);
  g_test_add_func ("/desktop/about/missing", test_about_missing);
  g_test_add_func ("/desktop/icon", test_icon);
  g_test_add_func ("/desktop/narrow", test_narrow);
  g_test_add_func ("/desktop/open-imports", test_open_imports);

  return g_test_run ();
}
