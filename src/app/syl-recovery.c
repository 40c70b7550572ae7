/* syl-recovery.c: offering back the drafts of a session that crashed
 *
 * Drafts left in the data folder at start-up belong to a Syllabus that
 * did not close properly.  The user sees each one, by file name and time,
 * and restores them all, throws them away, or decides later (they are
 * offered again next time: nothing is lost by closing the dialog).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-recovery.h"
#include "syl-window.h"

static GtkWidget *
new_row (SylDraft *draft)
{
  GtkWidget *row = adw_action_row_new ();
  g_autofree char *name = syl_draft_dup_display_name (draft);
  g_autoptr(GDateTime) local = g_date_time_to_local (syl_draft_get_time (draft));
  /* Translators: when unsaved changes were last kept, as strftime(3) formats it. */
  g_autofree char *when = g_date_time_format (local, _("%Y-%m-%d %H:%M"));
  GFile *file = syl_draft_get_file (draft);
  g_autofree char *where = file ? g_file_get_parse_name (file) : g_strdup (_("Never saved"));
  /* Translators: %s is a date and time, then a file's place. */
  g_autofree char *subtitle = g_strdup_printf (_("Changes from %s · %s"), when, where);

  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  return row;
}

/* The window to restore @draft into: the one showing its file if that has
 * no changes of its own, else an empty one. */
static SylWindow *
window_for (GtkApplication *application,
            SylDraft       *draft)
{
  GFile *file = syl_draft_get_file (draft);
  GtkWindow *active = gtk_application_get_active_window (application);

  for (GList *l = gtk_application_get_windows (application); l != NULL; l = l->next)
    {
      SylDocument *document = SYL_IS_WINDOW (l->data) ? syl_window_get_document (l->data) : NULL;
      GFile *shown = document ? syl_document_get_file (document) : NULL;

      if (file != NULL && shown != NULL && g_file_equal (shown, file) &&
          !syl_document_get_modified (document))
        return l->data;
    }
  if (SYL_IS_WINDOW (active) && syl_window_get_document (SYL_WINDOW (active)) == NULL)
    return SYL_WINDOW (active);
  return syl_window_new (application);
}

static void
restore_all (GtkApplication *application,
             GPtrArray      *drafts)
{
  g_autoptr(GString) failures = g_string_new (NULL);

  for (guint i = 0; i < drafts->len; i++)
    {
      SylDraft *draft = g_ptr_array_index (drafts, i);
      SylWindow *window = window_for (application, draft);
      g_autoptr(GError) error = NULL;

      if (syl_window_restore_draft (window, draft, &error))
        {
          gtk_window_present (GTK_WINDOW (window));
          continue;
        }
      /* The draft stays on disk, to be offered again. */
      {
        g_autofree char *name = syl_draft_dup_display_name (draft);
        g_string_append_printf (failures, "%s: %s\n", name, error->message);
      }
      if (syl_window_get_document (window) == NULL && !gtk_widget_get_visible (GTK_WIDGET (window)))
        gtk_window_destroy (GTK_WINDOW (window));
    }

  if (failures->len > 0)
    {
      GtkWidget *dialog = adw_message_dialog_new (gtk_application_get_active_window (application),
                                                  _("Some Changes Could Not Be Recovered"),
                                                  failures->str);

      adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
      gtk_window_present (GTK_WINDOW (dialog));
    }
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             GPtrArray        *drafts)
{
  /* The dialog has already left the application when it answers. */
  GtkApplication *application = GTK_APPLICATION (g_application_get_default ());

  if (g_str_equal (response, "restore") && application != NULL)
    restore_all (application, drafts);
  else if (g_str_equal (response, "discard"))
    {
      for (guint i = 0; i < drafts->len; i++)
        syl_draft_delete (g_ptr_array_index (drafts, i), NULL);
    }
}

static void
drafts_unref (gpointer  data,
              GClosure *closure)
{
  g_ptr_array_unref (data);
}

/**
 * syl_recovery_offer:
 * @drafts: (element-type SylDraft): the drafts found at start-up
 *
 * Returns: (transfer none): the dialog offering them
 */
GtkWidget *
syl_recovery_offer (GtkApplication *application,
                    GPtrArray      *drafts)
{
  GtkWindow *parent = gtk_application_get_active_window (application);
  GtkWidget *dialog;
  GtkWidget *list = gtk_list_box_new ();

  g_return_val_if_fail (GTK_IS_APPLICATION (application), NULL);
  g_return_val_if_fail (drafts != NULL && drafts->len > 0, NULL);

  dialog = adw_message_dialog_new (parent, _("Recover Unsaved Changes?"),
                                   g_dngettext (GETTEXT_PACKAGE,
                                                "Syllabus did not close properly. This outline has changes that were never saved:",
                                                "Syllabus did not close properly. These outlines have changes that were never saved:",
                                                drafts->len));
  gtk_window_set_application (GTK_WINDOW (dialog), application);
  gtk_window_set_title (GTK_WINDOW (dialog), _("Recover Unsaved Changes"));
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  gtk_widget_set_focusable (list, FALSE);
  gtk_widget_add_css_class (list, "boxed-list");
  for (guint i = 0; i < drafts->len; i++)
    gtk_list_box_append (GTK_LIST_BOX (list), new_row (g_ptr_array_index (drafts, i)));
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), list);

  adw_message_dialog_add_responses (ADW_MESSAGE_DIALOG (dialog),
                                    "later", _("_Later"),
                                    "discard", _("_Discard"),
                                    "restore", _("_Restore"),
                                    NULL);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "discard",
                                              ADW_RESPONSE_DESTRUCTIVE);
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "restore",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "restore");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "later");
  g_signal_connect_data (dialog, "response", G_CALLBACK (response_cb),
                         g_ptr_array_ref (drafts), drafts_unref, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  /* Enter restores: the list is only there to be read. */
  gtk_widget_grab_focus (gtk_window_get_default_widget (GTK_WINDOW (dialog)));
  return dialog;
}
