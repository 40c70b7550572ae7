/* syl-window-file.c: the window's document and its file: saving, asking
 * before changes are lost, autosave, and changes made by other programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-application.h"
#include "syl-backup.h"
#include "syl-error.h"
#include "syl-file-chooser.h"
#include "syl-node-pane.h"
#include "syl-settings.h"
#include "syl-window-private.h"
#include "syl-document-disk.h"

#define RECENT_MIME_TYPE "application/x-syllabus+json"

/**
 * _syl_window_dup_display_name:
 *
 * Returns: (transfer full): how dialogs name the window's document: its
 *   file's name, or the course title while it has no file
 */
char *
_syl_window_dup_display_name (SylWindow *self)
{
  GFile *file = self->document ? syl_document_get_file (self->document) : NULL;
  const char *title = self->document ? syl_document_get_title (self->document) : "";

  if (file != NULL)
    return g_file_get_basename (file);
  return g_strdup (*title ? title : _("Untitled Course"));
}

void
_syl_window_note_recent (GFile *file)
{
  g_autofree char *uri = g_file_get_uri (file);
  GtkRecentData data = {
    .mime_type = (char *) RECENT_MIME_TYPE,
    .app_name = (char *) SYL_RECENT_APP_NAME,
    .app_exec = (char *) "syllabus %u",
  };

  gtk_recent_manager_add_full (gtk_recent_manager_get_default (), uri, &data);
}

static GFile *
backup_dir (void)
{
  GSettings *settings = syl_settings_get ();

  if (settings != NULL && !g_settings_get_boolean (settings, "keep-backups"))
    return NULL;
  return syl_backup_get_default_dir ();
}

/* What an error dialog about @file says under its heading, which names
 * the file: what went wrong, then the folder the file is in.  A whole path
 * in the heading was broken across lines anywhere, as words are not. */
static char *
file_error_body (GFile      *file,
                 const char *message)
{
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *folder = parent != NULL ? g_file_get_parse_name (parent) : NULL;
  g_autofree char *where = NULL;

  if (folder == NULL)
    return g_strdup (message);
  /* Translators: under what went wrong with a file that could not be
   * opened or saved: the folder the file is in. */
  where = g_strdup_printf (_("Folder: %s"), folder);
  return g_strdup_printf ("%s\n\n%s", message, where);
}

/* @text with a zero-width space after each dot, dash and underscore, where
 * a file name may break across lines. */
static char *
breakable_name (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      g_string_append_c (out, *p);
      if (*p == '.' || *p == '-' || *p == '_')
        g_string_append (out, "\u200B");
    }
  return g_string_free (out, FALSE);
}

/**
 * _syl_file_error_dialog_new:
 * @format: the heading, with a %s for the file's name
 *
 * A dialog that says what went wrong with @file.  GTK broke a long file
 * name in a heading that did not fit anywhere, with a hyphen
 * ("syllabus.jso-n"), which reads as part of the name, and in Chinese
 * inside the words before it: here it breaks only after a dot, a dash or
 * an underscore, and with no hyphen.
 *
 * Returns: (transfer floating): the dialog, to present
 */
GtkWidget *
_syl_file_error_dialog_new (GtkWindow  *parent,
                            const char *format,
                            GFile      *file,
                            const char *message)
{
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *breakable = breakable_name (name);
  g_autofree char *heading = NULL;
  g_autofree char *markup = NULL;
  g_autofree char *body = file_error_body (file, message);
  GtkWidget *dialog = adw_message_dialog_new (parent, NULL, body);

  heading = g_markup_printf_escaped (format, breakable);
  markup = g_strdup_printf ("<span insert_hyphens=\"false\">%s</span>", heading);
  adw_message_dialog_set_heading_use_markup (ADW_MESSAGE_DIALOG (dialog), TRUE);
  adw_message_dialog_set_heading (ADW_MESSAGE_DIALOG (dialog), markup);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  return dialog;
}

static GtkWidget *
new_dialog (SylWindow  *self,
            const char *heading,
            const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  return dialog;
}

/**
 * _syl_add_save_responses:
 *
 * The "discard" and "save" answers of a question about unsaved changes,
 * after a "cancel" the dialog already has; saving is the default.
 */
void
_syl_add_save_responses (AdwMessageDialog *dialog,
                         const char       *discard_label,
                         const char       *save_label)
{
  adw_message_dialog_add_responses (dialog, "discard", discard_label, "save", save_label, NULL);
  adw_message_dialog_set_response_appearance (dialog, "discard", ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (dialog, "save", ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (dialog, "save");
  adw_message_dialog_set_close_response (dialog, "cancel");
}

/* Enter answers with the suggested response, as in other GNOME apps,
 * rather than with whichever button comes first. */
static void
present_focusing_default (GtkWidget *dialog)
{
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (gtk_window_get_default_widget (GTK_WINDOW (dialog)));
}

/* Saving: a GTask that ends TRUE once the document is on disk, and FALSE
 * when the user cancelled or saving failed (which the user was shown). */

static void save_to (GTask *task, GFile *file, SylSaveFlags flags);

static void
save_chosen_cb (GFile    *file,
                gpointer  user_data)
{
  g_autoptr(GTask) task = user_data;

  if (file == NULL)
    g_task_return_boolean (task, FALSE);
  else
    save_to (g_steal_pointer (&task), file, SYL_SAVE_NONE);
}

static void
choose_and_save (GTask *task)
{
  SylWindow *self = g_task_get_source_object (task);
  g_autofree char *name = NULL;
  g_autofree char *suggested = NULL;
  GFile *file = syl_document_get_file (self->document);

  if (file != NULL)
    suggested = g_file_get_basename (file);
  else
    {
      name = _syl_window_dup_display_name (self);
      suggested = g_strdup_printf ("%s.syllabus.json", name);
    }
  syl_file_chooser_save (GTK_WINDOW (self), _("Save Outline"), suggested, file,
                         save_chosen_cb, task);
}

static void
conflict_response_cb (AdwMessageDialog *dialog,
                      const char       *response,
                      GTask            *task)
{
  GFile *file = g_task_get_task_data (task);

  if (g_str_equal (response, "overwrite"))
    save_to (task, file, SYL_SAVE_OVERWRITE_CHANGES);
  else if (g_str_equal (response, "save-as"))
    choose_and_save (task);
  else
    {
      g_task_return_boolean (task, FALSE);
      g_object_unref (task);
    }
}

/* The file changed on disk since it was loaded: saving now would throw the
 * other program's version away, so the user decides. */
static void
ask_about_conflict (GTask *task,
                    GFile *file)
{
  SylWindow *self = g_task_get_source_object (task);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *body = g_strdup_printf (_("Another program changed “%s” after it was opened here. "
                                             "Saving now replaces that version with this one."),
                                           name);
  GtkWidget *dialog = new_dialog (self, _("File Changed by Another Program"), body);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "save-as", _("Save _As…"),
                                    "overwrite", _("_Replace"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "overwrite",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "save-as");
  /* The file to replace, if the user says so. */
  g_task_set_task_data (task, g_object_ref (file), g_object_unref);
  g_signal_connect (dialog, "response", G_CALLBACK (conflict_response_cb), task);
  present_focusing_default (dialog);
}

static void
save_to (GTask        *task,
         GFile        *file,
         SylSaveFlags  flags)
{
  SylWindow *self = g_task_get_source_object (task);
  g_autoptr(GFile) backups = backup_dir ();
  g_autoptr(GError) error = NULL;

  if (syl_document_save_full (self->document, file, flags, backups, &error))
    {
      _syl_window_note_recent (file);
      _syl_window_check_disk (self);
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }

  if (g_error_matches (error, SYL_ERROR, SYL_ERROR_CHANGED_ON_DISK))
    {
      ask_about_conflict (task, file);
      return;
    }

  /* The file on disk is as it was and the document still modified: the
   * user can try again elsewhere, and the draft keeps the changes. */
  gtk_window_present (GTK_WINDOW (_syl_file_error_dialog_new (GTK_WINDOW (self),
                                                              _("Could Not Save “%s”"),
                                                              file, error->message)));
  g_task_return_boolean (task, FALSE);
  g_object_unref (task);
}

/**
 * _syl_window_save_async:
 * @choose_file: ask where to save even when the document has a file
 *
 * Saves the window's document, asking where when it has no file yet and
 * what to do when another program changed the file.
 */
void
_syl_window_save_async (SylWindow           *self,
                        gboolean             choose_file,
                        GAsyncReadyCallback  callback,
                        gpointer             user_data)
{
  GTask *task = g_task_new (self, NULL, callback, user_data);
  GFile *file;

  g_task_set_source_tag (task, _syl_window_save_async);
  if (self->document == NULL)
    {
      g_task_return_boolean (task, FALSE);
      g_object_unref (task);
      return;
    }

  /* The file has the duration typed but not yet entered, as the user sees it. */
  syl_node_pane_commit (SYL_NODE_PANE (self->node_pane));
  file = syl_document_get_file (self->document);
  if (choose_file || file == NULL)
    choose_and_save (task);
  else
    save_to (task, file, SYL_SAVE_NONE);
}

gboolean
_syl_window_save_finish (SylWindow     *self,
                         GAsyncResult  *result)
{
  return g_task_propagate_boolean (G_TASK (result), NULL);
}

/* Asking before unsaved changes are lost: a GTask that ends TRUE when the
 * caller may go on (the changes were saved, or the user discarded them). */

static void
confirm_saved_cb (GObject      *source,
                  GAsyncResult *result,
                  gpointer      user_data)
{
  g_autoptr(GTask) task = user_data;

  g_task_return_boolean (task, _syl_window_save_finish (SYL_WINDOW (source), result));
}

static gboolean
may_go_on_cb (gpointer user_data)
{
  g_autoptr(GTask) task = user_data;

  g_task_return_boolean (task, TRUE);
  return G_SOURCE_REMOVE;
}

static gboolean
may_not_go_on_cb (gpointer user_data)
{
  g_autoptr(GTask) task = user_data;

  g_task_return_boolean (task, FALSE);
  return G_SOURCE_REMOVE;
}

/* The answer reaches the caller, which may close the window, only once
 * the dialog has gone: a message dialog says what was answered before it
 * lets go of itself, and the window it is transient for must outlive it. */
static void
confirm_response_cb (AdwMessageDialog *dialog,
                     const char       *response,
                     GTask            *task)
{
  SylWindow *self = g_task_get_source_object (task);

  if (g_str_equal (response, "save"))
    {
      _syl_window_save_async (self, FALSE, confirm_saved_cb, task);
      return;
    }
  if (g_str_equal (response, "discard"))
    {
      _syl_window_discard_changes (self);
      g_idle_add (may_go_on_cb, task);
    }
  else
    g_idle_add (may_not_go_on_cb, task);
}

void
_syl_window_confirm_async (SylWindow           *self,
                           GAsyncReadyCallback  callback,
                           gpointer             user_data)
{
  GTask *task = g_task_new (self, NULL, callback, user_data);
  g_autofree char *name = NULL;
  g_autofree char *body = NULL;
  GtkWidget *dialog;

  if (self->document == NULL || !syl_document_get_modified (self->document))
    {
      g_task_return_boolean (task, TRUE);
      g_object_unref (task);
      return;
    }

  name = _syl_window_dup_display_name (self);
  body = g_strdup_printf (_("“%s” has unsaved changes. Changes you do not save are lost."), name);
  dialog = new_dialog (self, _("Save Changes?"), body);
  _syl_add_save_responses (ADW_MESSAGE_DIALOG (dialog), _("_Discard"), _("_Save"));
  g_signal_connect (dialog, "response", G_CALLBACK (confirm_response_cb), task);
  present_focusing_default (dialog);
}

gboolean
_syl_window_confirm_finish (SylWindow     *self,
                            GAsyncResult  *result)
{
  return g_task_propagate_boolean (G_TASK (result), NULL);
}

/**
 * _syl_window_discard_changes:
 *
 * The user chose to throw the unsaved changes away: the recovery draft
 * goes too, and the window may close without asking again.
 */
void
_syl_window_discard_changes (SylWindow *self)
{
  if (self->autosave != NULL)
    syl_autosave_discard (self->autosave);
  self->discarded = TRUE;
}

/* Opening a file in this window, in place of its document. */

static void
load_in_place (SylWindow *self,
               GFile     *file)
{
  g_autoptr(GError) error = NULL;

  if (!syl_window_load_file (self, file, &error))
    gtk_window_present (GTK_WINDOW (_syl_file_error_dialog_new (GTK_WINDOW (self),
                                                                _("Could Not Open “%s”"),
                                                                file, error->message)));
}

static void
open_confirmed_cb (GObject      *source,
                   GAsyncResult *result,
                   gpointer      user_data)
{
  g_autoptr(GFile) file = user_data;
  SylWindow *self = SYL_WINDOW (source);

  if (_syl_window_confirm_finish (self, result))
    load_in_place (self, file);
}

/**
 * syl_window_open_file:
 *
 * Shows @file in this window, after asking about unsaved changes, or
 * brings forward the window that already shows it.
 */
void
syl_window_open_file (SylWindow *self,
                      GFile     *file)
{
  GtkApplication *application;

  g_return_if_fail (SYL_IS_WINDOW (self));
  g_return_if_fail (G_IS_FILE (file));

  application = gtk_window_get_application (GTK_WINDOW (self));
  for (GList *l = application ? gtk_application_get_windows (application) : NULL; l; l = l->next)
    {
      SylDocument *document = SYL_IS_WINDOW (l->data) ? syl_window_get_document (l->data) : NULL;
      GFile *shown = document ? syl_document_get_file (document) : NULL;

      if (shown != NULL && g_file_equal (shown, file))
        {
          gtk_window_present (l->data);
          return;
        }
    }

  _syl_window_confirm_async (self, open_confirmed_cb, g_object_ref (file));
}

/**
 * _syl_window_update_inhibit:
 *
 * Asks the session not to log out while the window has unsaved changes,
 * so GNOME shows the user which application holds them.
 */
void
_syl_window_update_inhibit (SylWindow *self)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));
  gboolean modified = self->document != NULL && syl_document_get_modified (self->document);

  if (application == NULL || modified == (self->inhibit_cookie != 0))
    return;
  if (modified)
    self->inhibit_cookie = gtk_application_inhibit (application, GTK_WINDOW (self),
                                                    GTK_APPLICATION_INHIBIT_LOGOUT,
                                                    _("There are unsaved changes"));
  else
    {
      gtk_application_uninhibit (application, self->inhibit_cookie);
      self->inhibit_cookie = 0;
    }
}

/* Closing. */

static void
close_confirmed_cb (GObject      *source,
                    GAsyncResult *result,
                    gpointer      user_data)
{
  SylWindow *self = SYL_WINDOW (source);

  if (!_syl_window_confirm_finish (self, result))
    return;
  self->discarded = TRUE;
  gtk_window_close (GTK_WINDOW (self));
}

static void
save_window_state (SylWindow *self)
{
  GSettings *settings = syl_settings_get ();
  int width;
  int height;

  if (settings == NULL)
    return;
  gtk_window_get_default_size (GTK_WINDOW (self), &width, &height);
  g_settings_delay (settings);
  g_settings_set_boolean (settings, "window-maximized", gtk_window_is_maximized (GTK_WINDOW (self)));
  if (!gtk_window_is_maximized (GTK_WINDOW (self)) && width > 0 && height > 0)
    {
      g_settings_set_int (settings, "window-width", width);
      g_settings_set_int (settings, "window-height", height);
    }
  if (self->document != NULL)
    g_settings_set_int (settings, "pane-position", gtk_paned_get_position (self->paned));
  g_settings_apply (settings);
}

/* A new window takes the size and the split between its panes that the
 * last one closed had. */
void
_syl_window_file_init (SylWindow *self)
{
  GSettings *settings = syl_settings_get ();

  if (settings == NULL)
    return;
  gtk_window_set_default_size (GTK_WINDOW (self),
                               MAX (360, g_settings_get_int (settings, "window-width")),
                               MAX (294, g_settings_get_int (settings, "window-height")));
  if (g_settings_get_boolean (settings, "window-maximized"))
    gtk_window_maximize (GTK_WINDOW (self));
  gtk_paned_set_position (self->paned, MAX (200, g_settings_get_int (settings, "pane-position")));
}

/**
 * _syl_window_close_request:
 *
 * A window with unsaved changes asks before it closes; the close goes on
 * once they are saved or discarded.
 */
gboolean
_syl_window_close_request (GtkWindow *window)
{
  SylWindow *self = SYL_WINDOW (window);

  /* A duration typed but not yet entered is a change to save or discard. */
  if (!self->discarded && self->document != NULL)
    syl_node_pane_commit (SYL_NODE_PANE (self->node_pane));
  if (!self->discarded && self->document != NULL && syl_document_get_modified (self->document))
    {
      _syl_window_confirm_async (self, close_confirmed_cb, NULL);
      return TRUE;
    }

  save_window_state (self);
  return FALSE;
}
