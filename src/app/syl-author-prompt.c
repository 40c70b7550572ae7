/* syl-author-prompt.c: the name a reviewer signs with, asked once
 *
 * Comments carry their author's name.  The login name ("root", "zhang")
 * says little to the designer who reads them, so the first comment asks
 * which name to sign with, offering the person's real name, and keeps it
 * in the "comment-author" preference, where Preferences can change it.
 * What was typed in the comment stays until the name is given.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "syl-author-prompt.h"

typedef struct
{
  SylAuthorReadyFunc  ready;
  gpointer            user_data;
  GDestroyNotify      destroy;
  GtkEntry           *entry;
  GSettings          *settings;
} Prompt;

static void
prompt_free (Prompt *prompt)
{
  if (prompt->destroy != NULL)
    prompt->destroy (prompt->user_data);
  g_clear_object (&prompt->settings);
  g_free (prompt);
}

/* The preferences, when their schema is installed: running from the build
 * folder without it, nobody is asked, as nothing could be kept. */
static GSettings *
settings_new (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = source ? g_settings_schema_source_lookup (source, APP_ID, TRUE)
                                             : NULL;

  if (schema == NULL || !g_settings_schema_has_key (schema, "comment-author"))
    return NULL;
  return g_settings_new_full (schema, NULL, NULL);
}

static char *
suggested_name (void)
{
  const char *real = g_get_real_name ();

  if (real != NULL && *real != '\0' && g_strcmp0 (real, "Unknown") != 0)
    return g_strdup (real);
  return g_strdup (g_get_user_name ());
}

static void
response_cb (AdwMessageDialog *dialog,
             const char       *response,
             Prompt           *prompt)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (prompt->entry))));

  if (g_str_equal (response, "sign") && *name != '\0')
    {
      g_settings_set_string (prompt->settings, "comment-author", name);
      prompt->ready (prompt->user_data);
    }
  prompt_free (prompt);
}

static void
entry_changed_cb (AdwMessageDialog *dialog,
                  GtkEditable      *entry)
{
  g_autofree char *name = g_strstrip (g_strdup (gtk_editable_get_text (entry)));

  adw_message_dialog_set_response_enabled (dialog, "sign", *name != '\0');
}

static GtkWidget *
dialog_new (GtkWidget *parent,
            Prompt    *prompt)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (gtk_widget_get_root (parent)),
                                              _("Sign Your Comments"),
                                              _("Others see this name on your comments and "
                                                "replies. You can change it in Preferences."));
  g_autofree char *name = suggested_name ();
  GtkWidget *entry = gtk_entry_new ();

  gtk_editable_set_text (GTK_EDITABLE (entry), name);
  gtk_entry_set_activates_default (GTK_ENTRY (entry), TRUE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Your name"), -1);
  adw_message_dialog_set_extra_child (ADW_MESSAGE_DIALOG (dialog), entry);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "cancel", _("_Cancel"));
  /* Translators: the button that keeps the name comments are signed with. */
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "sign", _("_Sign"));
  adw_message_dialog_set_response_appearance (ADW_MESSAGE_DIALOG (dialog), "sign",
                                              ADW_RESPONSE_SUGGESTED);
  adw_message_dialog_set_default_response (ADW_MESSAGE_DIALOG (dialog), "sign");
  adw_message_dialog_set_close_response (ADW_MESSAGE_DIALOG (dialog), "cancel");
  g_signal_connect_swapped (entry, "changed", G_CALLBACK (entry_changed_cb), dialog);
  g_signal_connect (dialog, "response", G_CALLBACK (response_cb), prompt);
  prompt->entry = GTK_ENTRY (entry);
  return dialog;
}

/**
 * syl_author_prompt_first:
 * @ready: called once a name is kept, to make the comment
 *
 * Asks for the name to sign comments with, if none is kept yet.
 *
 * Returns: %TRUE when it asks; @ready is then called if the person gives
 *   a name, and @destroy frees @user_data either way.  %FALSE when a name
 *   is kept already, or cannot be: the caller goes on, and @user_data is
 *   left to it.
 */
gboolean
syl_author_prompt_first (GtkWidget          *parent,
                         SylAuthorReadyFunc  ready,
                         gpointer            user_data,
                         GDestroyNotify      destroy)
{
  g_autoptr(GSettings) settings = settings_new ();
  g_autofree char *kept = settings ? g_settings_get_string (settings, "comment-author") : NULL;
  Prompt *prompt;
  GtkWidget *dialog;

  if (settings == NULL || *g_strstrip (kept) != '\0')
    return FALSE;

  prompt = g_new0 (Prompt, 1);
  prompt->ready = ready;
  prompt->user_data = user_data;
  prompt->destroy = destroy;
  prompt->settings = g_steal_pointer (&settings);
  dialog = dialog_new (parent, prompt);
  gtk_window_present (GTK_WINDOW (dialog));
  gtk_widget_grab_focus (GTK_WIDGET (prompt->entry));
  return TRUE;
}
