/* syl-application.c: the Syllabus application
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-about.h"
#include "syl-application.h"
#include "syl-preferences-window.h"
#include "syl-recovery.h"
#include "syl-window-private.h"

struct _SylApplication
{
  AdwApplication  parent_instance;

  /* Drafts are offered once, when the first window opens. */
  gboolean        recovery_checked;
  /* The windows still to save before quitting. */
  GPtrArray      *quit_queue;
};

G_DEFINE_FINAL_TYPE (SylApplication, syl_application, ADW_TYPE_APPLICATION)

static const struct
{
  const char *action;
  const char *accels[3];
} accels[] = {
  { "app.new-window", { "<Control>n", NULL } },
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "win.open", { "<Control>o", NULL } },
  { "win.save", { "<Control>s", NULL } },
  { "win.save-as", { "<Control><Shift>s", NULL } },
  { "win.print", { "<Control>p", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.redo", { "<Control><Shift>z", "<Control>y", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
  { "win.next-comment", { "F8", NULL } },
  { "win.previous-comment", { "<Shift>F8", NULL } },
  { "win.review-mode", { "<Control><Shift>r", NULL } },
  { "win.course-check", { "F7", NULL } },
  /* F7 itself goes to the next change in compare mode; see
   * syl-window-check.c. */
  { "win.compare-previous", { "<Shift>F7", NULL } },
  { "win.find", { "<Control>f", NULL } },
  { "win.find-next", { "<Control>g", "F3", NULL } },
  { "win.find-previous", { "<Control><Shift>g", "<Shift>F3", NULL } },
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

static GPtrArray *
modified_windows (GtkApplication *application)
{
  GPtrArray *windows = g_ptr_array_new_with_free_func (g_object_unref);

  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    {
      SylDocument *document = SYL_IS_WINDOW (l->data) ? syl_window_get_document (l->data) : NULL;

      if (document != NULL && syl_document_get_modified (document))
        g_ptr_array_add (windows, g_object_ref (l->data));
    }
  return windows;
}

static void
close_all (GtkApplication *application)
{
  GList *windows = g_list_copy (gtk_application_get_windows (application));

  for (GList *l = windows; l != NULL; l = l->next)
    gtk_window_close (l->data);
  g_list_free (windows);
}

static gboolean
close_all_idle_cb (gpointer user_data)
{
  g_autoptr(GtkApplication) application = user_data;

  close_all (application);
  return G_SOURCE_REMOVE;
}

/* Closes every window once the dialog that asked has gone: a message
 * dialog says what was answered before it lets go of itself, and a window
 * it is transient for must outlive it. */
static void
close_all_later (GtkApplication *application)
{
  g_idle_add (close_all_idle_cb, g_object_ref (application));
}

static void save_next (SylApplication *self);

static void
quit_saved_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  SylApplication *self = user_data;

  /* A save the user cancelled or that failed stops quitting: the window
   * with its changes stays open. */
  if (!_syl_window_save_finish (SYL_WINDOW (source), result))
    {
      g_clear_pointer (&self->quit_queue, g_ptr_array_unref);
      return;
    }
  save_next (self);
}

static void
save_next (SylApplication *self)
{
  g_autoptr(SylWindow) window = NULL;

  if (self->quit_queue->len == 0)
    {
      g_clear_pointer (&self->quit_queue, g_ptr_array_unref);
      close_all (GTK_APPLICATION (self));
      return;
    }
  window = g_ptr_array_steal_index (self->quit_queue, 0);
  gtk_window_present (GTK_WINDOW (window));
  _syl_window_save_async (window, FALSE, quit_saved_cb, self);
}

static void
quit_response_cb (AdwMessageDialog *dialog,
                  const char       *response,
                  SylApplication   *self)
{
  if (g_str_equal (response, "discard"))
    {
      for (guint i = 0; i < self->quit_queue->len; i++)
        _syl_window_discard_changes (g_ptr_array_index (self->quit_queue, i));
      g_clear_pointer (&self->quit_queue, g_ptr_array_unref);
      close_all_later (GTK_APPLICATION (self));
    }
  else if (g_str_equal (response, "save"))
    save_next (self);
  else
    g_clear_pointer (&self->quit_queue, g_ptr_array_unref);
}

/* One question for all the documents with unsaved changes, naming them. */
static void
ask_before_quitting (SylApplication *self)
{
  g_autoptr(GString) names = g_string_new (NULL);
  GtkWidget *dialog;
  guint n = self->quit_queue->len;

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *name = _syl_window_dup_display_name (g_ptr_array_index (self->quit_queue, i));
      g_string_append_printf (names, "%s• %s", i ? "\n" : "", name);
    }

  dialog = adw_message_dialog_new (gtk_application_get_active_window (GTK_APPLICATION (self)),
                                   _("Save Changes Before Quitting?"), NULL);
  gtk_window_set_title (GTK_WINDOW (dialog), _("Save Changes Before Quitting?"));
  adw_message_dialog_format_body (ADW_MESSAGE_DIALOG (dialog), "%s\n\n%s",
                                  g_dngettext (GETTEXT_PACKAGE,
                                               "This outline has unsaved changes:",
                                               "These outlines have unsaved changes:", n),
                                  names->str);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  /* "All" only where there are several. */
  if (n == 1)
    _syl_add_save_responses (ADW_MESSAGE_DIALOG (dialog), _("_Discard"), _("_Save"));
  else
    _syl_add_save_responses (ADW_MESSAGE_DIALOG (dialog), _("_Discard All"), _("_Save All"));
  g_signal_connect (dialog, "response", G_CALLBACK (quit_response_cb), self);
  gtk_window_present (GTK_WINDOW (dialog));
  /* Enter answers with the suggested response, as in other GNOME apps. */
  gtk_widget_grab_focus (gtk_window_get_default_widget (GTK_WINDOW (dialog)));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *param,
             gpointer       user_data)
{
  SylApplication *self = user_data;

  if (self->quit_queue != NULL)
    return;  /* Already asking. */
  self->quit_queue = modified_windows (GTK_APPLICATION (self));
  if (self->quit_queue->len == 0)
    {
      g_clear_pointer (&self->quit_queue, g_ptr_array_unref);
      close_all (GTK_APPLICATION (self));
      return;
    }
  ask_before_quitting (self);
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *param,
                    gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_window_present (GTK_WINDOW (syl_preferences_window_new (parent)));
}

/* The About window says what the metainfo says, in the same words and
 * translations as the software centre. */
static void
about_action (GSimpleAction *action,
              GVariant      *param,
              gpointer       user_data)
{
  GtkWindow *parent = gtk_application_get_active_window (GTK_APPLICATION (user_data));
  g_autoptr(GError) error = NULL;
  GtkWidget *about;

  about = syl_about_window_new_from_metainfo ("/io/github/syllabus/Syllabus/" APP_ID ".metainfo.xml",
                                              &error);
  if (about == NULL)
    {
      g_warning ("Could not build the About window: %s", error->message);
      return;
    }
  adw_about_window_set_translator_credits (ADW_ABOUT_WINDOW (about), _("translator-credits"));
  gtk_window_set_transient_for (GTK_WINDOW (about), parent);
  gtk_window_present (GTK_WINDOW (about));
}

static const GActionEntry app_actions[] = {
  { "new-window", new_window_action },
  { "quit", quit_action },
  { "preferences", preferences_action },
  { "about", about_action },
};

static void
syl_application_startup (GApplication *application)
{
  G_APPLICATION_CLASS (syl_application_parent_class)->startup (application);

  /* Window managers and task switchers show the application's icon, which
   * the resources carry until it is installed. */
  gtk_window_set_default_icon_name (APP_ID);

  g_action_map_add_action_entries (G_ACTION_MAP (application), app_actions,
                                   G_N_ELEMENTS (app_actions), application);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (application), accels[i].action,
                                           accels[i].accels);
}

/* Drafts left by a Syllabus that crashed are offered when the first
 * window is up, over it. */
static void
offer_recovery (SylApplication *self)
{
  g_autoptr(GPtrArray) drafts = NULL;

  if (self->recovery_checked)
    return;
  self->recovery_checked = TRUE;
  drafts = syl_draft_list (NULL);
  if (drafts->len > 0)
    syl_recovery_offer (GTK_APPLICATION (self), drafts);
}

static void
syl_application_activate (GApplication *application)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (application));

  if (window == NULL)
    window = GTK_WINDOW (syl_window_new (GTK_APPLICATION (application)));
  gtk_window_present (window);
  offer_recovery (SYL_APPLICATION (application));
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
  GtkWidget *dialog = _syl_file_error_dialog_new (gtk_application_get_active_window (application),
                                                  _("Could Not Open “%s”"), file,
                                                  error->message);

  gtk_window_set_application (GTK_WINDOW (dialog), application);
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Whether @file is a Syllabus outline, by its name: a document of another
 * kind (.docx, .pdf, .md, .txt, .opml) is imported instead, as a person
 * who opens their Word file with Syllabus means. */
static gboolean
is_outline_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *lower = name != NULL ? g_ascii_strdown (name, -1) : NULL;

  return lower == NULL || g_str_has_suffix (lower, ".json");
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
      if (!is_outline_file (files[i]))
        {
          /* The import dialog shows what the file gives, over the start
           * page, or says why it cannot be read. */
          gtk_window_present (GTK_WINDOW (window));
          syl_window_start_import (window, files[i]);
          continue;
        }
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
  offer_recovery (SYL_APPLICATION (application));
}

static void
syl_application_finalize (GObject *object)
{
  SylApplication *self = SYL_APPLICATION (object);

  g_clear_pointer (&self->quit_queue, g_ptr_array_unref);
  G_OBJECT_CLASS (syl_application_parent_class)->finalize (object);
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

  G_OBJECT_CLASS (klass)->finalize = syl_application_finalize;

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
