/* test-l10n.c: in Simplified Chinese, no English is left on screen
 *
 * Runs with LANGUAGE=zh_CN in the zh_CN.UTF-8 locale, with the catalogue
 * just built in the build folder, and reads every text the windows show:
 * labels, tooltips, placeholders, menus, drop-down lists and window titles
 * of the outline window (wide and narrow, with and without an outline),
 * the course and Move To dialogs, the find bar, the Keyboard Shortcuts
 * window and the About window.  A Latin word fails the test unless the outline itself
 * contains it (the sample course is about ChatGPT and AIGC) or it is a
 * name no one translates, such as JSON or a language tag.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <locale.h>

#include "syl-about.h"
#include "syl-check-panel.h"
#include "syl-i18n.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"
#include "syl-window-private.h"

/* Names that stay as they are in Chinese text, the application's own
 * among them (po/README.md). */
static const char *names[] = {
  "Syllabus", "JSON", "Markdown", "GNU", "GPL", "UTF", "RFC",
  /* Keys, as printed on keyboards. */
  "Alt", "Ctrl", "Shift",
  /* Language tags, shown next to the languages' names. */
  "zh", "CN", "TW", "en", "fr", "de", "ja", "ko", "es",
  NULL
};

/* The English numbering preset shows what its numbers look like. */
static const char *samples[] = { "Chapter 1 · 1.1 · 1.1.1", NULL };

typedef struct
{
  GHashTable *allowed;
  GPtrArray  *english;
} Checker;

static Checker checker;

static void
add_words (const char *text)
{
  g_autoptr(GRegex) word = g_regex_new ("[A-Za-z]+", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;

  g_regex_match (word, text, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    g_hash_table_add (checker.allowed, g_match_info_fetch (match, 0));
}

/* The words of the outline's own text, which stay as the author wrote
 * them; member names and the values of "kind" or "id" are not shown. */
static void
add_document_words (JsonNode   *node,
                    const char *member)
{
  static const char *hidden[] = { "format", "id", "kind", "language", "numbering", NULL };

  if (member != NULL && g_strv_contains (hidden, member))
    return;
  if (JSON_NODE_HOLDS_OBJECT (node))
    {
      JsonObject *object = json_node_get_object (node);
      g_autoptr(GList) members = json_object_get_members (object);

      for (GList *l = members; l != NULL; l = l->next)
        add_document_words (json_object_get_member (object, l->data), l->data);
    }
  else if (JSON_NODE_HOLDS_ARRAY (node))
    {
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        add_document_words (json_array_get_element (array, i), member);
    }
  else if (json_node_get_value_type (node) == G_TYPE_STRING)
    add_words (json_node_get_string (node));
}

static void
checker_init (const char *sample)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  checker.allowed = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  checker.english = g_ptr_array_new_with_free_func (g_free);
  for (guint i = 0; names[i] != NULL; i++)
    g_hash_table_add (checker.allowed, g_strdup (names[i]));
  g_assert_true (json_parser_load_from_file (parser, sample, &error));
  g_assert_no_error (error);
  add_document_words (json_parser_get_root (parser), NULL);
}

static void
check_text (const char *text,
            const char *where)
{
  /* Links, file names, folders (of the recent outlines on the start
   * page) and commands are what they are. */
  g_autoptr(GRegex) verbatim = g_regex_new ("https?://\\S+|(?<!\\S)/\\S+|[\\w.-]+\\.json\\b|"
                                            "syllabus-cli",
                                            0, 0, NULL);
  g_autoptr(GRegex) word = g_regex_new ("[A-Za-z]{2,}", 0, 0, NULL);
  g_autoptr(GMatchInfo) match = NULL;
  g_autofree char *rest = NULL;

  if (text == NULL || g_strv_contains (samples, text))
    return;
  rest = g_regex_replace_literal (verbatim, text, -1, 0, "", 0, NULL);
  g_regex_match (word, rest, 0, &match);
  for (; g_match_info_matches (match); g_match_info_next (match, NULL))
    {
      g_autofree char *found = g_match_info_fetch (match, 0);

      if (!g_hash_table_contains (checker.allowed, found))
        {
          g_ptr_array_add (checker.english, g_strdup_printf ("%s: “%s”", where, text));
          return;
        }
    }
}

static void
check_menu (GMenuModel *menu,
            const char *where)
{
  for (int i = 0; i < g_menu_model_get_n_items (menu); i++)
    {
      g_autofree char *label = NULL;
      g_autoptr(GMenuLinkIter) links = g_menu_model_iterate_item_links (menu, i);
      GMenuModel *link;

      if (g_menu_model_get_item_attribute (menu, i, G_MENU_ATTRIBUTE_LABEL, "s", &label))
        check_text (label, where);
      while (g_menu_link_iter_get_next (links, NULL, &link))
        {
          check_menu (link, where);
          g_object_unref (link);
        }
    }
}

static void
check_list (GListModel *model,
            const char *where)
{
  if (!GTK_IS_STRING_LIST (model))
    return;
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    check_text (gtk_string_list_get_string (GTK_STRING_LIST (model), i), where);
}

/* Every text @widget and its descendants show, but not what the user
 * typed into an entry or a text view, nor GTK's names of keys. */
static void
check_widget (GtkWidget *widget)
{
  const char *where = G_OBJECT_TYPE_NAME (widget);
  const char *tooltip = gtk_widget_get_tooltip_text (widget);

  if (GTK_IS_SHORTCUT_LABEL (widget))
    return;
  check_text (tooltip, where);
  if (GTK_IS_LABEL (widget))
    check_text (gtk_label_get_text (GTK_LABEL (widget)), where);
  if (GTK_IS_TEXT (widget))
    check_text (gtk_text_get_placeholder_text (GTK_TEXT (widget)), where);
  if (GTK_IS_WINDOW (widget))
    check_text (gtk_window_get_title (GTK_WINDOW (widget)), where);
  if (GTK_IS_MENU_BUTTON (widget) && gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)))
    check_menu (gtk_menu_button_get_menu_model (GTK_MENU_BUTTON (widget)), where);
  if (GTK_IS_DROP_DOWN (widget))
    check_list (gtk_drop_down_get_model (GTK_DROP_DOWN (widget)), where);
  if (ADW_IS_COMBO_ROW (widget))
    check_list (adw_combo_row_get_model (ADW_COMBO_ROW (widget)), where);

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    check_widget (child);
}

static void
assert_all_chinese (void)
{
  for (guint i = 0; i < checker.english->len; i++)
    g_test_message ("English on screen: %s", (char *) g_ptr_array_index (checker.english, i));
  if (checker.english->len > 0)
    g_test_fail_printf ("%u texts are still in English; the first: %s", checker.english->len,
                        (char *) g_ptr_array_index (checker.english, 0));
  g_ptr_array_set_size (checker.english, 0);
}

/* Every window on screen now, checked. */
static void
check_toplevels (void)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i);

      if (gtk_widget_get_visible (window))
        check_widget (window);
    }
}

static void
close_other_windows (SylWindow *keep)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = g_list_model_get_n_items (toplevels); i > 0; i--)
    {
      g_autoptr(GtkWidget) window = g_list_model_get_item (toplevels, i - 1);

      if (window != GTK_WIDGET (keep))
        gtk_window_destroy (GTK_WINDOW (window));
    }
  syl_test_wait_redrawn ();
}

static void
test_catalogue (void)
{
  /* Without it every other test here would only see English. */
  g_assert_cmpstr (_("Undo"), !=, "Undo");
  g_assert_cmpstr (g_dpgettext2 (GETTEXT_PACKAGE, "shortcut window", "Undo"), !=, "Undo");
}

static void
test_window (void)
{
  g_autofree char *path = syl_test_sample_path ();
  SylWindow *window = syl_test_open_window (path);

  check_toplevels ();
  assert_all_chinese ();

  /* A change: the undo button's tooltip names it; a toast. */
  syl_test_select (window, "1.2");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->outline_view),
                                             "outline.move-down", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.lock-structure", NULL));
  syl_test_wait_redrawn ();
  check_toplevels ();
  assert_all_chinese ();

  syl_test_close_window (window);
}

static void
test_window_empty (void)
{
  SylWindow *window = g_object_ref_sink (syl_window_new (NULL));

  gtk_window_present (GTK_WINDOW (window));
  syl_test_wait_shown (GTK_WIDGET (window));
  check_toplevels ();
  assert_all_chinese ();
  syl_test_close_window (window);
}

static gboolean
is_narrow (gpointer data)
{
  return syl_window_get_narrow (data);
}

static void
test_window_narrow (void)
{
  g_autofree char *path = syl_test_sample_path ();
  SylWindow *window = syl_test_open_window_sized (path, 360, 700);

  syl_test_await (is_narrow, window);
  check_toplevels ();
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.show-editor", NULL));
  syl_test_wait_redrawn ();
  check_toplevels ();
  assert_all_chinese ();
  syl_test_close_window (window);
}

static void
test_dialogs (void)
{
  g_autofree char *path = syl_test_sample_path ();
  SylWindow *window = syl_test_open_window (path);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.course-properties", NULL));
  syl_test_wait_redrawn ();
  check_toplevels ();
  assert_all_chinese ();
  close_other_windows (window);

  syl_test_select (window, "1.2");
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window->outline_view),
                                             "outline.move-to", NULL));
  syl_test_wait_redrawn ();
  check_toplevels ();
  assert_all_chinese ();
  close_other_windows (window);

  syl_test_close_window (window);
}

static gboolean
check_panel_ready (gpointer data)
{
  SylCheckPanel *panel = data;

  return gtk_widget_get_mapped (data) && !syl_check_panel_get_busy (panel) &&
         g_list_model_get_n_items (syl_check_panel_get_rows (panel)) > 0;
}

/* The Course Check panel with errors and warnings, and its menu of rules. */
static void
test_check_panel (void)
{
  g_autofree char *path = syl_test_sample_path ();
  SylWindow *window = syl_test_open_window (path);
  SylDocument *document = syl_window_get_document (window);
  g_autoptr(GError) error = NULL;

  /* Over its target, so that there are errors too. */
  g_assert_true (syl_document_set_int (document, document, "target-minutes", 5, &error));
  g_assert_true (syl_document_set_int (document, syl_test_node_at (window, "1"),
                                       "duration-minutes", 10, &error));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.course-check", NULL));
  syl_test_await (check_panel_ready, window->check_panel);
  syl_test_wait_redrawn ();
  check_toplevels ();
  assert_all_chinese ();
  syl_test_close_window (window);
}

static gboolean
find_done (gpointer data)
{
  return !syl_find_bar_is_searching (data);
}

/* The find bar, open, with a count, after wrapping round, and with no
 * results: every word of it in Chinese. */
static void
test_find_bar (void)
{
  g_autofree char *path = syl_test_sample_path ();
  SylWindow *window = syl_test_open_window (path);
  GtkWidget *entry = syl_find_bar_get_entry (window->find_bar);
  g_autofree char *one = NULL;

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find", NULL));
  syl_test_wait_redrawn ();
  g_assert_true (syl_find_bar_get_open (window->find_bar));
  check_toplevels ();
  assert_all_chinese ();

  gtk_editable_set_text (GTK_EDITABLE (entry), "大模型");
  syl_test_await (find_done, window->find_bar);
  syl_test_wait_redrawn ();
  g_assert_cmpuint (syl_find_bar_get_n_matches (window->find_bar), >, 1);
  one = g_strdup_printf ("1 of %u", syl_find_bar_get_n_matches (window->find_bar));
  g_assert_cmpstr (syl_find_bar_get_status (window->find_bar), !=, one);
  check_toplevels ();
  assert_all_chinese ();

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.find-previous", NULL));
  syl_test_await (find_done, window->find_bar);
  syl_test_wait_redrawn ();
  check_toplevels ();
  assert_all_chinese ();

  gtk_editable_set_text (GTK_EDITABLE (entry), "没有这个词");
  syl_test_await (find_done, window->find_bar);
  syl_test_wait_redrawn ();
  g_assert_cmpstr (syl_find_bar_get_status (window->find_bar), !=, "No results");
  check_toplevels ();
  assert_all_chinese ();

  syl_test_close_window (window);
}

static void
test_shortcuts_window (void)
{
  g_autoptr(GtkBuilder) builder =
    gtk_builder_new_from_resource ("/io/github/syllabus/Syllabus/gtk/help-overlay.ui");
  GtkWidget *overlay = GTK_WIDGET (gtk_builder_get_object (builder, "help_overlay"));
  g_autoptr(GSList) objects = gtk_builder_get_objects (builder);

  /* The titles of the sections not shown yet, too. */
  for (GSList *l = objects; l != NULL; l = l->next)
    {
      g_autofree char *title = NULL;

      if (GTK_IS_SHORTCUTS_SHORTCUT (l->data) || GTK_IS_SHORTCUTS_GROUP (l->data))
        {
          g_object_get (l->data, "title", &title, NULL);
          check_text (title, G_OBJECT_TYPE_NAME (l->data));
        }
    }
  /* Not presented: GTK 4.8's shortcuts window warns of a label's negative
   * width whatever its text, and the labels exist without it. */
  check_widget (overlay);
  assert_all_chinese ();
  gtk_window_destroy (GTK_WINDOW (overlay));
}

static void
test_about (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GRegex) tags = g_regex_new ("<[^>]*>", 0, 0, NULL);
  g_autofree char *notes = NULL;
  GtkWidget *about = syl_about_window_new_from_metainfo ("/io/github/syllabus/Syllabus/"
                                                         APP_ID ".metainfo.xml", &error);

  g_assert_no_error (error);
  g_assert_cmpstr (adw_about_window_get_application_name (ADW_ABOUT_WINDOW (about)), ==,
                   _("Syllabus"));
  g_assert_cmpstr (adw_about_window_get_comments (ADW_ABOUT_WINDOW (about)), ==,
                   _("Write and restructure course outlines"));
  notes = g_regex_replace_literal (tags, adw_about_window_get_release_notes (ADW_ABOUT_WINDOW (about)),
                                   -1, 0, "", 0, NULL);
  g_assert_cmpstr (notes, !=, "");
  check_text (notes, "release notes");
  gtk_window_present (GTK_WINDOW (about));
  syl_test_wait_shown (GTK_WIDGET (about));
  check_widget (about);
  assert_all_chinese ();
  gtk_window_destroy (GTK_WINDOW (about));
}

int
main (int   argc,
      char *argv[])
{
  g_autofree char *sample = NULL;
  g_autofree char *data_home = NULL;

  /* gtk_test_init () would switch to the C locale. */
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  g_setenv ("LC_ALL", "zh_CN.UTF-8", TRUE);
  if (setlocale (LC_ALL, "") == NULL)
    {
      printf ("Bail out! The zh_CN.UTF-8 locale is not installed: "
              "run build-aux/setup-debian as root, or locale-gen zh_CN.UTF-8\n");
      return 1;
    }
  /* As the application's main () does: run from the build folder, this
   * finds the catalogue just built there, with nothing installed. */
  g_unsetenv ("SYL_LOCALE_DIR");
  syl_i18n_init ();

  /* As syl_test_gui_init () does: drafts, backups and recent files go to
   * a folder of the test's own, never the user's, so outlines other runs
   * opened are not listed on the start page. */
  data_home = g_dir_make_tmp ("syl-test-data-XXXXXX", NULL);
  if (data_home == NULL)
    {
      printf ("Bail out! Cannot make a temporary folder\n");
      return 1;
    }
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);

  g_test_init (&argc, &argv, NULL);
  gtk_init ();
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-decoration-layout", "appmenu:close", NULL);

  sample = syl_test_sample_path ();
  checker_init (sample);

  g_test_add_func ("/l10n/catalogue", test_catalogue);
  g_test_add_func ("/l10n/window", test_window);
  g_test_add_func ("/l10n/window-empty", test_window_empty);
  g_test_add_func ("/l10n/window-narrow", test_window_narrow);
  g_test_add_func ("/l10n/dialogs", test_dialogs);
  g_test_add_func ("/l10n/check-panel", test_check_panel);
  g_test_add_func ("/l10n/find-bar", test_find_bar);
  g_test_add_func ("/l10n/shortcuts-window", test_shortcuts_window);
  g_test_add_func ("/l10n/about", test_about);

  return g_test_run ();
}
