/* syl-application.c: the Syllabus application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-application.h"
#include "syl-window.h"

struct _SylApplication
{
  AdwApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (SylApplication, syl_application, ADW_TYPE_APPLICATION)

static const struct
{
  const char *action;
  const char *accels[3];
} accels[] = {
  { "app.new-window", { "<Control>n", NULL } },
  { "app.quit", { "<Control>q", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "win.next-comment", { "F8", NULL } },
  { "win.previous-comment", { "<Shift>F8", NULL } },
  { "win.review-mode", { "<Control><Shift>r", NULL } },
  { "window.close", { "<Control>w", NULL } },
};

static void
new_window_action (GSimpleAction *action,
                   GVariant      *param,
                   gpointer       user_data)
{
  SylWindow *window = syl_window_new (GTK_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (window));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  static const char *developers[] = { "The Syllabus developers", NULL };

  adw_show_about_window (parent,
                         "application-name", _("Syllabus"),
                         "application-icon", APP_ID,
                         "version", PACKAGE_VERSION,
                         "comments", _("Write and restructure course outlines"),
                         "developers", developers,
                         "license-type", GTK_LICENSE_GPL_3_0,
                         "translator-credits", _("translator-credits"),
                         NULL);
}

static const GActionEntry app_actions[] = {
  { "new-window", new_window_action },
  { "quit", quit_action },
  { "about", about_action },
};

static void
syl_application_startup (GApplication *application)
{
  G_APPLICATION_CLASS (syl_application_parent_class)->startup (application);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (application), accels[i].action,
                                           accels[i].accels);
}

static void
syl_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    window = GTK_WINDOW (syl_window_new (GTK_APPLICATION (application)));
  gtk_window_present (window);
}

/* The window already showing @file, if any. */
static SylWindow *
find_window (GtkApplication *application,
             GFile          *file)
{
  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    {
      SylDocument *document;
      GFile *shown;

      if (!SYL_IS_WINDOW (l->data))
        continue;
      document = syl_window_get_document (l->data);
      shown = document ? syl_document_get_file (document) : NULL;
      if (shown != NULL && g_file_equal (shown, file))
        return l->data;
    }
  return NULL;
}

/* An empty window to load into: the active one if it shows nothing. */
static SylWindow *
empty_window (GtkApplication *application)
{
  GtkWindow *active = gtk_application_get_active_window (application);

  if (SYL_IS_WINDOW (active) && syl_window_get_document (SYL_WINDOW (active)) == NULL)
    return SYL_WINDOW (active);
  return syl_window_new (application);
}

/* A file that cannot be opened opens no window: a dialog says which file
 * and why. */
static void
report_open_error (GtkApplication *application,
                   GFile          *file,
                   GError         *error)
{
  g_autofree char *name = g_file_get_parse_name (file);
  g_autofree char *heading = g_strdup_printf (_("Could Not Open “%s”"), name);
  GtkWidget *dialog = adw_message_dialog_new (gtk_application_get_active_window (application),
                                              heading, error->message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_set_application (GTK_WINDOW (dialog), application);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
syl_application_open (GApplication  *application,
                      GFile        **files,
                      int            n_files,
                      const char    *hint)
{
  GtkApplication *gtk_application = GTK_APPLICATION (application);

  for (int i = 0; i < n_files; i++)
    {
      SylWindow *window = find_window (gtk_application, files[i]);
      g_autoptr(GError) error = NULL;
      gboolean fresh;

      if (window != NULL)
        {
          if (g_strcmp0 (hint, "review") == 0)
            syl_window_set_review_mode (window, TRUE);
          gtk_window_present (GTK_WINDOW (window));
          continue;
        }
      window = empty_window (gtk_application);
      fresh = syl_window_get_document (window) == NULL &&
              gtk_window_get_application (GTK_WINDOW (window)) != NULL &&
              !gtk_widget_get_visible (GTK_WIDGET (window));
      if (!syl_window_load_file (window, files[i], &error))
        {
          if (fresh)
            gtk_window_destroy (GTK_WINDOW (window));
          report_open_error (gtk_application, files[i], error);
          continue;
        }
      if (g_strcmp0 (hint, "review") == 0)
        syl_window_set_review_mode (window, TRUE);
      gtk_window_present (GTK_WINDOW (window));
    }
}

static const GOptionEntry option_entries[] = {
  { "review", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Open the outlines in review mode, where only comments can change"), NULL },
  { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, NULL, NULL, N_("[FILE…]") },
  { NULL }
};

/* The files of the command line are opened here rather than by GLib, so
 * that --review can travel with them as the hint of "open", to this
 * instance or to the one already running. */
static int
syl_application_handle_local_options (GApplication *application,
                                      GVariantDict *options)
{
  g_autofree const char **paths = NULL;
  g_autoptr(GPtrArray) files = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GError) error = NULL;
  gboolean review = FALSE;

  g_variant_dict_lookup (options, "review", "b", &review);
  if (!g_variant_dict_lookup (options, G_OPTION_REMAINING, "^a&ay", &paths) || paths == NULL)
    return -1;
  if (!g_application_register (application, NULL, &error))
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  for (guint i = 0; paths[i] != NULL; i++)
    g_ptr_array_add (files, g_file_new_for_commandline_arg (paths[i]));
  g_application_open (application, (GFile **) files->pdata, files->len, review ? "review" : "");
  /* Here, the windows are open and the main loop still has to run. */
  return g_application_get_is_remote (application) ? 0 : -1;
}

static void
syl_application_class_init (SylApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->handle_local_options = syl_application_handle_local_options;
  app_class->startup = syl_application_startup;
  app_class->activate = syl_application_activate;
  app_class->open = syl_application_open;
}

static void
syl_application_init (SylApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
}

SylApplication *
syl_application_new (void)
{
  return g_object_new (SYL_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_HANDLES_OPEN,
                       "resource-base-path", "/io/github/syllabus/Syllabus",
                       NULL);
}
