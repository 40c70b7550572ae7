/* test-lifecycle-gui.c: the window's file under Xvfb: asking before
 * changes are lost, outside changes, failed saves, recent outlines and
 * the remembered window size
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gstdio.h>
#include <string.h>

#include "syl-backup.h"
#include "syl-draft.h"
#include "syl-file.h"
#include "syl-settings.h"
#include "syl-start-page.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"
#include "syl-window-private.h"
#include "syl-storage-private.h"

typedef struct
{
  SylWindow   *window;
  SylDocument *document;
  char        *path;
  char        *original;
} Fixture;

static void
fixture_setup (Fixture       *f,
               gconstpointer  data)
{
  g_autofree char *sample = syl_test_sample_path ();

  f->window = syl_test_open_window (sample);
  f->document = syl_window_get_document (f->window);
  f->path = g_file_get_path (syl_document_get_file (f->document));
  f->original = syl_test_read_text (f->path);
}

static void
fixture_teardown (Fixture       *f,
                  gconstpointer  data)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  gboolean shown = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);
      shown |= window == G_OBJECT (f->window);
    }
  if (shown)
    syl_test_close_window (f->window);
  else
    g_object_unref (f->window);
  g_free (f->path);
  g_free (f->original);
}

static gboolean
has_dialog (gpointer data)
{
  return syl_test_find_message_dialog () != NULL;
}

static gboolean
dialog_gone (gpointer data)
{
  return syl_test_find_message_dialog () == NULL;
}

/* The button of @dialog labelled @label. */
static GtkWidget *
find_button (GtkWidget  *widget,
             const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      if ((found = find_button (child, label)) != NULL)
        return found;
    }
  return NULL;
}

/* Waits for a dialog, checks that its text names @name, and answers by
 * clicking the button, as a person does: the dialog then closes itself
 * before it says what was answered. */
static void
answer_dialog (const char *name,
               const char *response)
{
  AdwMessageDialog *dialog;
  g_autofree char *text = NULL;
  GtkWidget *button;

  g_assert_true (syl_test_wait_for (has_dialog, NULL, 5000));
  dialog = syl_test_find_message_dialog ();
  text = g_strconcat (adw_message_dialog_get_heading (dialog), " ",
                      adw_message_dialog_get_body (dialog), NULL);
  if (name != NULL)
    g_assert_nonnull (strstr (text, name));
  button = find_button (GTK_WIDGET (dialog), adw_message_dialog_get_response_label (dialog, response));
  g_assert_nonnull (button);
  g_signal_emit_by_name (button, "clicked");
  syl_test_await (dialog_gone, NULL);
  /* The window goes on from an idle once the dialog has gone. */
  syl_test_wait_idle ();
}

static void
rename_first (Fixture    *f,
              const char *title)
{
  g_autoptr(GError) error = NULL;

  syl_document_set_string (f->document, syl_test_node_at (f->window, "1"), "title", title,
                           FALSE, &error);
  g_assert_no_error (error);
}

static gboolean
window_gone (gpointer data)
{
  return !gtk_widget_get_visible (GTK_WIDGET (data));
}

static gboolean
window_inactive (gpointer data)
{
  return !gtk_window_is_active (GTK_WINDOW (data));
}

typedef struct
{
  GtkWidget *window;
  int        width;
  int        height;
} OldSize;

/* The window has taken another size than the one it had. */
static gboolean
was_resized (gpointer data)
{
  OldSize *old = data;

  return gtk_widget_get_width (old->window) != old->width &&
         gtk_widget_get_height (old->window) != old->height;
}

/* Another program writes the file: new contents and a new inode. */
static void
rewrite_outside (Fixture    *f,
                 const char *title)
{
  g_autoptr(SylDocument) theirs = syl_test_load_data ("valid/full.syllabus.json");
  g_autofree char *text = NULL;

  syl_document_set_string (theirs, theirs, "title", title, FALSE, NULL);
  text = syl_test_serialize (theirs);
  g_unlink (f->path);
  syl_test_write_text (f->path, text);
}

static gboolean
banner_shown (gpointer data)
{
  SylWindow *window = data;

  return gtk_revealer_get_reveal_child (window->disk_banner);
}

/* Closing. */

static void
test_close_unmodified (Fixture       *f,
                       gconstpointer  data)
{
  gtk_window_close (GTK_WINDOW (f->window));
  syl_test_await (window_gone, f->window);
  g_assert_null (syl_test_find_message_dialog ());
}

static void
test_close_cancel_then_discard (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *after = NULL;

  rename_first (f, "Changed");
  gtk_window_close (GTK_WINDOW (f->window));
  answer_dialog ("ai-enterprise-course.syllabus.json", "cancel");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (f->window)));
  g_assert_true (syl_document_get_modified (f->document));

  gtk_window_close (GTK_WINDOW (f->window));
  answer_dialog ("ai-enterprise-course.syllabus.json", "discard");
  g_assert_true (syl_test_wait_for (window_gone, f->window, 5000));
  after = syl_test_read_text (f->path);
  g_assert_cmpstr (after, ==, f->original);
}

static void
test_close_save (Fixture       *f,
                 gconstpointer  data)
{
  g_autofree char *expected = NULL;
  g_autofree char *after = NULL;

  rename_first (f, "Saved on closing");
  expected = syl_test_serialize (f->document);
  gtk_window_close (GTK_WINDOW (f->window));
  answer_dialog (NULL, "save");
  g_assert_true (syl_test_wait_for (window_gone, f->window, 5000));
  after = syl_test_read_text (f->path);
  syl_test_assert_same_text (after, expected);
}

static void
assert_save_labels (const char *discard,
                    const char *save)
{
  AdwMessageDialog *dialog;

  g_assert_true (syl_test_wait_for (has_dialog, NULL, 5000));
  dialog = syl_test_find_message_dialog ();
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "discard"), ==, discard);
  g_assert_cmpstr (adw_message_dialog_get_response_label (dialog, "save"), ==, save);
  answer_dialog (NULL, "cancel");
}

/* Quitting with one outline changed offers Save and Discard; "All" is for
 * when there are several. */
static void
test_quit_labels (Fixture       *f,
                  gconstpointer  data)
{
  g_autoptr(GtkApplication) application = syl_test_register_application ();
  g_autofree char *sample = syl_test_sample_path ();
  SylWindow *second;

  gtk_window_set_application (GTK_WINDOW (f->window), application);
  rename_first (f, "Changed");
  g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);
  assert_save_labels ("_Discard", "_Save");

  second = syl_test_open_window (sample);
  gtk_window_set_application (GTK_WINDOW (second), application);
  syl_document_set_string (syl_window_get_document (second),
                           syl_test_node_at (second, "1"), "title", "Also changed", FALSE, NULL);
  g_action_group_activate_action (G_ACTION_GROUP (application), "quit", NULL);
  assert_save_labels ("_Discard All", "_Save All");

  syl_test_close_window (second);
  gtk_window_set_application (GTK_WINDOW (f->window), NULL);
}

/* A file that is not an outline: the dialog's heading names the file, the
 * body says what is wrong and in which folder, and the window keeps its
 * outline. */
static void
test_open_error_names_file (Fixture       *f,
                            gconstpointer  data)
{
  g_autofree char *dir = g_path_get_dirname (f->path);
  g_autofree char *bad = g_build_filename (dir, "notoutline.syllabus.json", NULL);
  g_autoptr(GFile) file = g_file_new_for_path (bad);
  g_autofree char *folder_line = NULL;
  AdwMessageDialog *dialog;
  const char *heading, *body;

  syl_test_write_text (bad, "hello world\n");
  syl_window_open_file (f->window, file);
  g_assert_true (syl_test_wait_for (has_dialog, NULL, 5000));
  dialog = syl_test_find_message_dialog ();
  heading = adw_message_dialog_get_heading (dialog);
  body = adw_message_dialog_get_body (dialog);
  g_assert_nonnull (strstr (heading, "notoutline."));
  g_assert_null (strstr (heading, dir));
  g_assert_nonnull (strstr (body, "1:1:"));
  folder_line = g_strdup_printf ("Folder: %s", dir);
  g_assert_nonnull (strstr (body, folder_line));
  answer_dialog (NULL, "close");
  g_assert_true (syl_window_get_document (f->window) == f->document);
}

/* Opening another outline in place of a modified one asks first. */
static void
test_open_in_place_asks (Fixture       *f,
                         gconstpointer  data)
{
  g_autofree char *other_path = syl_test_data_path ("valid", "full.syllabus.json", NULL);
  g_autoptr(GFile) other = g_file_new_for_path (other_path);
  SylDocument *shown;

  rename_first (f, "Changed");
  syl_window_open_file (f->window, other);
  answer_dialog ("ai-enterprise-course.syllabus.json", "cancel");
  g_assert_true (syl_window_get_document (f->window) == f->document);

  syl_window_open_file (f->window, other);
  answer_dialog (NULL, "discard");
  shown = syl_window_get_document (f->window);
  g_assert_true (shown != f->document);
  g_assert_true (g_file_equal (syl_document_get_file (shown), other));
  g_assert_false (syl_document_get_modified (shown));
  f->document = shown;
}

/* Saving. */

static void
test_failed_save_keeps_changes (Fixture       *f,
                                gconstpointer  data)
{
  g_autofree char *after = NULL;

  rename_first (f, "Will not fit");
  _syl_file_set_fail_after (100);
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL);
  _syl_file_set_fail_after (-1);
  answer_dialog ("No space left", "close");

  after = syl_test_read_text (f->path);
  g_assert_cmpstr (after, ==, f->original);
  g_assert_true (syl_document_get_modified (f->document));
  g_assert_cmpstr (syl_node_get_title (syl_test_node_at (f->window, "1")), ==, "Will not fit");
  _syl_window_discard_changes (f->window);
}

static void
test_save_keeps_backup (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GFile) backups = syl_backup_get_default_dir ();
  g_autoptr(GPtrArray) kept = NULL;
  g_autofree char *kept_path = NULL;
  g_autofree char *kept_text = NULL;

  rename_first (f, "New version");
  /* Saving is done when the action returns. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL);
  g_assert_false (syl_document_get_modified (f->document));

  kept = syl_backup_list (backups, syl_document_get_file (f->document));
  g_assert_cmpuint (kept->len, >=, 1);
  kept_path = g_file_get_path (g_ptr_array_index (kept, 0));
  kept_text = syl_test_read_text (kept_path);
  g_assert_cmpstr (kept_text, ==, f->original);
}

/* Outside changes. */

static void
test_outside_change_reload (Fixture       *f,
                            gconstpointer  data)
{
  rewrite_outside (f, "Their version");
  g_assert_true (syl_test_wait_for (banner_shown, f->window, 5000));
  g_assert_nonnull (strstr (gtk_label_get_text (f->window->disk_label),
                            "ai-enterprise-course.syllabus.json"));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.disk-reload", NULL);
  syl_test_wait_settled (f->window);
  f->document = syl_window_get_document (f->window);
  g_assert_cmpstr (syl_document_get_title (f->document), ==, "Their version");
  g_assert_false (banner_shown (f->window));
}

/* With unsaved changes: saving does not overwrite their version, and
 * loading theirs keeps mine in the backups folder. */
static void
test_outside_change_with_unsaved_changes (Fixture       *f,
                                          gconstpointer  data)
{
  g_autofree char *theirs = NULL;
  g_autofree char *after = NULL;
  g_autoptr(GFile) backups = syl_backup_get_default_dir ();
  g_autoptr(GPtrArray) kept = NULL;
  g_autofree char *kept_path = NULL;
  g_autofree char *kept_text = NULL;
  GFile *file = syl_document_get_file (f->document);

  rename_first (f, "My unsaved change");
  rewrite_outside (f, "Their version");
  theirs = syl_test_read_text (f->path);
  g_assert_true (syl_test_wait_for (banner_shown, f->window, 5000));
  g_assert_true (gtk_actionable_get_action_name (GTK_ACTIONABLE (f->window->disk_first_button)) &&
                 g_str_equal (gtk_actionable_get_action_name (GTK_ACTIONABLE (f->window->disk_first_button)),
                              "win.disk-keep"));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL);
  answer_dialog ("Another program changed", "cancel");
  after = syl_test_read_text (f->path);
  g_assert_cmpstr (after, ==, theirs);
  g_assert_true (syl_document_get_modified (f->document));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.disk-reload", NULL);
  syl_test_wait_settled (f->window);
  f->document = syl_window_get_document (f->window);
  g_assert_cmpstr (syl_document_get_title (f->document), ==, "Their version");

  kept = syl_backup_list (backups, file);
  g_assert_cmpuint (kept->len, >=, 1);
  kept_path = g_file_get_path (g_ptr_array_index (kept, 0));
  kept_text = syl_test_read_text (kept_path);
  g_assert_nonnull (strstr (kept_text, "My unsaved change"));
}

static void
test_outside_change_keep_mine (Fixture       *f,
                               gconstpointer  data)
{
  g_autofree char *after = NULL;

  rename_first (f, "Mine wins");
  rewrite_outside (f, "Their version");
  g_assert_true (syl_test_wait_for (banner_shown, f->window, 5000));
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.disk-keep", NULL);
  g_assert_false (banner_shown (f->window));

  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL);
  g_assert_null (syl_test_find_message_dialog ());
  after = syl_test_read_text (f->path);
  g_assert_nonnull (strstr (after, "Mine wins"));
  g_assert_false (syl_document_get_modified (f->document));
}

/* The monitor is not all: focus-in checks too, as the portal needs. */
static void
test_outside_change_seen_on_focus (Fixture       *f,
                                   gconstpointer  data)
{
  GtkWindow *side = syl_test_open_side_window (gtk_label_new ("Elsewhere"), 1010, 0, 200, 200);

  g_file_monitor_cancel (f->window->monitor);
  syl_test_focus_x (GTK_WIDGET (side));
  syl_test_await (window_inactive, f->window);

  /* By the clock: nothing must come of the change while the window is
   * inactive, for longer than the monitor it no longer has would take. */
  rewrite_outside (f, "Their version");
  g_assert_false (syl_test_wait_for (banner_shown, f->window, 500));
  syl_test_focus_x (GTK_WIDGET (f->window));
  g_assert_true (syl_test_wait_for (banner_shown, f->window, 5000));
  gtk_window_destroy (side);
  g_object_unref (side);
}

static void
test_outside_delete (Fixture       *f,
                     gconstpointer  data)
{
  g_assert_cmpint (g_unlink (f->path), ==, 0);
  g_assert_true (syl_test_wait_for (banner_shown, f->window, 5000));
  g_assert_nonnull (strstr (gtk_label_get_text (f->window->disk_label), "deleted"));

  /* Saving again brings the file back. */
  gtk_widget_activate_action (GTK_WIDGET (f->window), "win.save", NULL);
  g_assert_true (g_file_test (f->path, G_FILE_TEST_EXISTS));
  g_assert_false (banner_shown (f->window));
}

/* Recent outlines and the start page. */

static gboolean
recent_has (gpointer data)
{
  GtkRecentManager *manager = gtk_recent_manager_get_default ();
  g_autoptr(GFile) file = g_file_new_for_path (data);
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentInfo *info = gtk_recent_manager_lookup_item (manager, uri, NULL);
  gboolean found = info != NULL && gtk_recent_info_has_application (info, "Syllabus");

  g_clear_pointer (&info, gtk_recent_info_unref);
  return found;
}

static void
open_file_cb (SylStartPage  *page,
              GFile         *file,
              GFile        **opened)
{
  g_set_object (opened, file);
}

/* Each activatable row of @list opens the outline it names, and one of
 * them is @outline. */
static void
assert_rows_open_theirs (SylStartPage *page,
                         GtkWidget    *list,
                         GFile        *outline)
{
  g_autoptr(GFile) opened = NULL;
  gboolean saw_outline = FALSE;

  g_signal_connect (page, "open-file", G_CALLBACK (open_file_cb), &opened);
  for (GtkWidget *row = gtk_widget_get_first_child (list); row != NULL;
       row = gtk_widget_get_next_sibling (row))
    {
      g_autofree char *name = NULL;

      if (!gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)))
        continue;
      g_clear_object (&opened);
      g_signal_emit_by_name (list, "row-activated", row);
      g_assert_nonnull (opened);
      name = g_file_get_basename (opened);
      g_assert_cmpstr (name, ==, adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row)));
      saw_outline |= g_file_equal (opened, outline);
    }
  g_signal_handlers_disconnect_by_func (page, open_file_cb, &opened);
  g_assert_true (saw_outline);
}

static void
test_recent_and_start_page (Fixture       *f,
                            gconstpointer  data)
{
  g_autoptr(SylStartPage) page = NULL;
  g_autofree char *gone_dir = g_dir_make_tmp ("syl-test-gone-XXXXXX", NULL);
  g_autofree char *gone = g_build_filename (gone_dir, "gone.syllabus.json", NULL);
  g_autoptr(GFile) gone_file = g_file_new_for_path (gone);
  g_autoptr(GFile) outline = g_file_new_for_path (f->path);
  GtkWidget *row;
  gboolean saw_missing = FALSE;

  g_assert_true (syl_test_wait_for (recent_has, f->path, 5000));
  _syl_window_note_recent (gone_file);
  g_assert_true (syl_test_wait_for (recent_has, gone, 5000));

  page = g_object_ref_sink (SYL_START_PAGE (syl_start_page_new ()));
  g_assert_cmpuint (syl_start_page_get_n_recent (page), >=, 2);

  /* The missing file is listed as missing, and can be removed. */
  for (row = gtk_widget_get_first_child (GTK_WIDGET (page)); row != NULL;)
    {
      if (ADW_IS_ACTION_ROW (row) && gtk_widget_has_css_class (row, "missing"))
        {
          g_assert_nonnull (strstr (adw_action_row_get_subtitle (ADW_ACTION_ROW (row)),
                                    "File not found"));
          g_assert_false (gtk_list_box_row_get_activatable (GTK_LIST_BOX_ROW (row)));
          saw_missing = TRUE;
          break;
        }
      /* Depth first through the page's widgets. */
      if (gtk_widget_get_first_child (row) != NULL)
        row = gtk_widget_get_first_child (row);
      else
        {
          while (row != NULL && gtk_widget_get_next_sibling (row) == NULL)
            row = gtk_widget_get_parent (row);
          row = row ? gtk_widget_get_next_sibling (row) : NULL;
        }
    }
  g_assert_true (saw_missing);

  assert_rows_open_theirs (page, gtk_widget_get_parent (row), outline);
  g_signal_emit_by_name (syl_test_find_button (row, "edit-delete-symbolic"), "clicked");
  g_assert_false (recent_has (gone));
  g_rmdir (gone_dir);
}

/* The window remembers its size and the outline's width. */
static void
test_window_state_kept (Fixture       *f,
                        gconstpointer  data)
{
  GSettings *settings = syl_settings_get ();
  SylWindow *second;
  OldSize old_size;
  int width;
  int height;

  g_assert_nonnull (settings);
  old_size.window = GTK_WIDGET (f->window);
  old_size.width = gtk_widget_get_width (old_size.window);
  old_size.height = gtk_widget_get_height (old_size.window);
  gtk_window_set_default_size (GTK_WINDOW (f->window), 900, 640);
  syl_test_await (was_resized, &old_size);
  gtk_paned_set_position (f->window->paned, 410);
  syl_test_wait_frame (GTK_WIDGET (f->window->paned));
  gtk_window_close (GTK_WINDOW (f->window));
  syl_test_await (window_gone, f->window);

  g_assert_cmpint (g_settings_get_int (settings, "window-width"), ==, 900);
  g_assert_cmpint (g_settings_get_int (settings, "window-height"), ==, 640);
  g_assert_cmpint (g_settings_get_int (settings, "pane-position"), ==, 410);

  second = g_object_ref_sink (syl_window_new (NULL));
  gtk_window_get_default_size (GTK_WINDOW (second), &width, &height);
  g_assert_cmpint (width, ==, 900);
  g_assert_cmpint (height, ==, 640);
  g_assert_cmpint (gtk_paned_get_position (second->paned), ==, 410);
  gtk_window_destroy (GTK_WINDOW (second));
  g_object_unref (second);
}

/* A draft restored into a window is modified and saves where it belongs. */
static void
test_restore_draft_in_window (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GPtrArray) drafts = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *expected = NULL;
  g_autofree char *after = NULL;
  SylWindow *second;

  rename_first (f, "Kept by the draft");
  expected = syl_test_serialize (f->document);
  g_assert_true (syl_autosave_flush (f->window->autosave, &error));
  g_assert_no_error (error);

  drafts = syl_draft_list (NULL);
  g_assert_cmpuint (drafts->len, ==, 1);
  second = g_object_ref_sink (syl_window_new (NULL));
  g_assert_true (syl_window_restore_draft (second, g_ptr_array_index (drafts, 0), &error));
  g_assert_no_error (error);
  g_assert_true (syl_document_get_modified (syl_window_get_document (second)));

  /* Saving is done when the call returns. */
  _syl_window_save_async (second, FALSE, NULL, NULL);
  after = syl_test_read_text (f->path);
  syl_test_assert_same_text (after, expected);
  g_clear_pointer (&drafts, g_ptr_array_unref);
  drafts = syl_draft_list (NULL);
  g_assert_cmpuint (drafts->len, ==, 0);

  gtk_window_destroy (GTK_WINDOW (second));
  g_object_unref (second);
  _syl_window_discard_changes (f->window);
}

int
main (int   argc,
      char *argv[])
{
  syl_test_gui_init (&argc, &argv);

#define ADD(path, func) \
  g_test_add ("/lifecycle-gui/" path, Fixture, NULL, fixture_setup, func, fixture_teardown)

  ADD ("close/unmodified", test_close_unmodified);
  ADD ("close/cancel-then-discard", test_close_cancel_then_discard);
  ADD ("quit/labels", test_quit_labels);
  ADD ("open/error-names-file", test_open_error_names_file);
  ADD ("close/save", test_close_save);
  ADD ("open/in-place-asks", test_open_in_place_asks);
  ADD ("save/failure-keeps-changes", test_failed_save_keeps_changes);
  ADD ("save/backup", test_save_keeps_backup);
  ADD ("outside/reload", test_outside_change_reload);
  ADD ("outside/unsaved-changes", test_outside_change_with_unsaved_changes);
  ADD ("outside/keep-mine", test_outside_change_keep_mine);
  ADD ("outside/focus", test_outside_change_seen_on_focus);
  ADD ("outside/delete", test_outside_delete);
  ADD ("recent/start-page", test_recent_and_start_page);
  ADD ("state/kept", test_window_state_kept);
  ADD ("draft/restore-in-window", test_restore_draft_in_window);

  return g_test_run ();
}
