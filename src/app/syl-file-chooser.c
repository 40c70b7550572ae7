/* syl-file-chooser.c: choosing a file to open or a place to save
 *
 * GTK 4.10 replaced GtkFileChooserNative with GtkFileDialog.  Debian 12 has
 * GTK 4.8, so the native chooser is used there; a newer GTK, as in the
 * Flatpak runtime, gets the dialog.  Both go through the file chooser
 * portal inside Flatpak, so the sandbox needs no file system access.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-file-chooser.h"

typedef struct
{
  SylFileChosenFunc callback;
  gpointer          user_data;
  gboolean          save;
} Chosen;

static Chosen *
chosen_new (SylFileChosenFunc callback,
            gpointer          user_data)
{
  Chosen *chosen = g_new0 (Chosen, 1);

  chosen->callback = callback;
  chosen->user_data = user_data;
  return chosen;
}

static void
chosen_finish (Chosen *chosen,
               GFile  *file)
{
  chosen->callback (file, chosen->user_data);
  g_free (chosen);
}

static GListStore *
new_filters (void)
{
  GListStore *filters = g_list_store_new (GTK_TYPE_FILE_FILTER);
  g_autoptr(GtkFileFilter) outlines = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) json = gtk_file_filter_new ();

  gtk_file_filter_set_name (outlines, _("Syllabus Outlines"));
  gtk_file_filter_add_pattern (outlines, "*.syllabus.json");
  gtk_file_filter_add_mime_type (outlines, "application/x-syllabus+json");
  gtk_file_filter_set_name (json, _("All JSON Files"));
  gtk_file_filter_add_mime_type (json, "application/json");
  gtk_file_filter_add_pattern (json, "*.json");
  g_list_store_append (filters, outlines);
  g_list_store_append (filters, json);
  return filters;
}

#if GTK_CHECK_VERSION (4, 10, 0)
G_GNUC_BEGIN_IGNORE_DEPRECATIONS

static void
dialog_done_cb (GObject      *source,
                GAsyncResult *result,
                gpointer      user_data)
{
  GtkFileDialog *dialog = GTK_FILE_DIALOG (source);
  Chosen *chosen = user_data;
  g_autoptr(GFile) file = NULL;

  if (chosen->save)
    file = gtk_file_dialog_save_finish (dialog, result, NULL);
  else
    file = gtk_file_dialog_open_finish (dialog, result, NULL);
  chosen_finish (user_data, file);
}

static void
run_dialog (GtkWindow  *parent,
            const char *title,
            const char *suggested_name,
            GFile      *near,
            Chosen     *chosen)
{
  g_autoptr(GtkFileDialog) dialog = gtk_file_dialog_new ();
  g_autoptr(GListStore) filters = new_filters ();
  g_autoptr(GFile) folder = near != NULL ? g_file_get_parent (near) : NULL;

  gtk_file_dialog_set_title (dialog, title);
  if (folder != NULL)
    gtk_file_dialog_set_initial_folder (dialog, folder);
  gtk_file_dialog_set_modal (dialog, TRUE);
  gtk_file_dialog_set_filters (dialog, G_LIST_MODEL (filters));
  chosen->save = suggested_name != NULL;
  if (suggested_name != NULL)
    {
      gtk_file_dialog_set_initial_name (dialog, suggested_name);
      gtk_file_dialog_save (dialog, parent, NULL, dialog_done_cb, chosen);
    }
  else
    gtk_file_dialog_open (dialog, parent, NULL, dialog_done_cb, chosen);
}

G_GNUC_END_IGNORE_DEPRECATIONS
#else

static void
native_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    Chosen          *chosen)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
  chosen_finish (chosen, file);
  g_object_unref (dialog);
}

static void
run_dialog (GtkWindow  *parent,
            const char *title,
            const char *suggested_name,
            GFile      *near,
            Chosen     *chosen)
{
  gboolean save = suggested_name != NULL;
  GtkFileChooserNative *dialog;
  g_autoptr(GListStore) filters = new_filters ();

  dialog = gtk_file_chooser_native_new (title, parent,
                                        save ? GTK_FILE_CHOOSER_ACTION_SAVE
                                             : GTK_FILE_CHOOSER_ACTION_OPEN,
                                        save ? _("_Save") : _("_Open"), _("_Cancel"));
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (dialog), TRUE);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (filters)); i++)
    {
      g_autoptr(GtkFileFilter) filter = g_list_model_get_item (G_LIST_MODEL (filters), i);
      gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (dialog), filter);
    }
  syl_file_chooser_start_near (GTK_FILE_CHOOSER (dialog), near);
  if (save)
    gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (dialog), suggested_name);
  g_signal_connect (dialog, "response", G_CALLBACK (native_response_cb), chosen);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (dialog));
}

#endif

/**
 * syl_file_chooser_start_near:
 * @file: (nullable): the outline's file, or %NULL when it has none
 *
 * Makes @chooser start in the folder of @file, where the files that go
 * with an outline are, rather than in the folder the program was started
 * from.
 */
void
syl_file_chooser_start_near (GtkFileChooser *chooser,
                             GFile          *file)
{
  g_autoptr(GFile) folder = file != NULL ? g_file_get_parent (file) : NULL;

  if (folder != NULL)
    gtk_file_chooser_set_current_folder (chooser, folder, NULL);
}

/**
 * syl_file_chooser_open:
 *
 * Asks for an outline to open; @callback gets it, or %NULL.
 */
void
syl_file_chooser_open (GtkWindow         *parent,
                       const char        *title,
                       SylFileChosenFunc  callback,
                       gpointer           user_data)
{
  g_return_if_fail (callback != NULL);
  run_dialog (parent, title, NULL, NULL, chosen_new (callback, user_data));
}

/**
 * syl_file_chooser_save:
 * @near: (nullable): a file in the folder to start in
 *
 * Asks where to save, suggesting @suggested_name; @callback gets the
 * place, or %NULL.  The chooser itself asks before replacing a file.
 */
void
syl_file_chooser_save (GtkWindow         *parent,
                       const char        *title,
                       const char        *suggested_name,
                       GFile             *near,
                       SylFileChosenFunc  callback,
                       gpointer           user_data)
{
  g_return_if_fail (callback != NULL);
  g_return_if_fail (suggested_name != NULL);
  run_dialog (parent, title, suggested_name, near, chosen_new (callback, user_data));
}
