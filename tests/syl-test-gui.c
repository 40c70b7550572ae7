/* syl-test-gui.c: helpers for tests of windows under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <string.h>

#include "syl-test-gui.h"
#include "syl-test-util.h"

void
syl_test_gui_init (int    *argc,
                   char ***argv)
{
  gtk_test_init (argc, argv, NULL);
  adw_init ();
}

/* Runs the main loop for a while, so that frames are drawn and idles run. */
void
syl_test_pump (guint milliseconds)
{
  gint64 end = g_get_monotonic_time () + milliseconds * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (2000);
    }
}

gboolean
syl_test_wait_for (gboolean (*condition) (gpointer),
                   gpointer   data,
                   guint      timeout_ms)
{
  gint64 end = g_get_monotonic_time () + timeout_ms * 1000;

  while (!condition (data))
    {
      if (g_get_monotonic_time () > end)
        return FALSE;
      syl_test_pump (10);
    }
  return TRUE;
}

char *
syl_test_sample_path (void)
{
  return syl_test_data_path ("..", "..", "data", "samples",
                             "ai-enterprise-course.syllabus.json", NULL);
}

/* Opens @path, copied to a temporary folder so saving is harmless, in a
 * window on screen. */
SylWindow *
syl_test_open_window (const char *path)
{
  g_autofree char *dir = g_dir_make_tmp ("syl-test-XXXXXX", NULL);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *copy = g_build_filename (dir, base, NULL);
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  SylWindow *window;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
  file = g_file_new_for_path (copy);

  window = syl_window_new (NULL);
  g_object_ref_sink (window);
  g_assert_true (syl_window_load_file (window, file, &error));
  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (window), 1000, 700);
  gtk_window_present (GTK_WINDOW (window));
  syl_test_pump (300);
  return window;
}

void
syl_test_close_window (SylWindow *window)
{
  gtk_window_destroy (GTK_WINDOW (window));
  syl_test_pump (50);
  g_object_unref (window);
}

char *
syl_test_window_outline (SylWindow *window)
{
  return syl_test_dump (syl_window_get_document (window));
}

GPtrArray *
syl_test_selected (SylWindow *window)
{
  return syl_outline_view_get_selected_nodes (syl_window_get_outline_view (window));
}

/* The node numbered @number ("1.4.1") in the window's document. */
SylNode *
syl_test_node_at (SylWindow  *window,
                  const char *number)
{
  SylNode *node = syl_document_get_root (syl_window_get_document (window));
  g_auto(GStrv) parts = g_strsplit (number, ".", -1);

  for (guint i = 0; parts[i] != NULL && node != NULL; i++)
    node = syl_node_get_child (node, (guint) g_ascii_strtoull (parts[i], NULL, 10) - 1);
  g_assert_nonnull (node);
  return node;
}

void
syl_test_select (SylWindow  *window,
                 const char *number)
{
  SylNode *node = syl_test_node_at (window, number);

  syl_outline_view_select_nodes (syl_window_get_outline_view (window), &node, 1);
  syl_test_pump (50);
}
