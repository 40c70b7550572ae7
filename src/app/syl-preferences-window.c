/* syl-preferences-window.c: the application's preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-backup.h"
#include "syl-preferences-window.h"
#include "syl-settings.h"

struct _SylPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GtkWidget            *backups_row;
  GtkWidget            *backups_switch;
  GtkWidget            *author_row;
  GtkWidget            *review_group;
};

G_DEFINE_FINAL_TYPE (SylPreferencesWindow, syl_preferences_window, ADW_TYPE_PREFERENCES_WINDOW)

static void
open_backups_cb (SylPreferencesWindow *self)
{
  g_autoptr(GFile) dir = syl_backup_get_default_dir ();
  g_autofree char *uri = g_file_get_uri (dir);
  g_autoptr(GError) error = NULL;

  /* The folder may not exist before the first backup. */
  g_file_make_directory_with_parents (dir, NULL, NULL);
  if (!g_app_info_launch_default_for_uri (uri, NULL, &error))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                      adw_toast_new (error->message));
}

static void
syl_preferences_window_class_init (SylPreferencesWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/syllabus/Syllabus/syl-preferences-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SylPreferencesWindow, backups_row);
  gtk_widget_class_bind_template_child (widget_class, SylPreferencesWindow, backups_switch);
  gtk_widget_class_bind_template_child (widget_class, SylPreferencesWindow, author_row);
  gtk_widget_class_bind_template_child (widget_class, SylPreferencesWindow, review_group);
  gtk_widget_class_bind_template_callback (widget_class, open_backups_cb);
}

static void
syl_preferences_window_init (SylPreferencesWindow *self)
{
  GSettings *settings = syl_settings_get ();
  g_autofree char *description = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));

  /* Translators: %s is the name of the user's account. */
  description = g_strdup_printf (_("Left empty, comments are signed “%s”."), g_get_real_name ());
  adw_preferences_group_set_description (ADW_PREFERENCES_GROUP (self->review_group), description);

  /* Without the settings schema there is nothing to change or keep. */
  gtk_widget_set_sensitive (self->backups_row, settings != NULL);
  gtk_widget_set_sensitive (self->author_row, settings != NULL);
  if (settings == NULL)
    return;

  g_settings_bind (settings, "keep-backups", self->backups_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "comment-author", self->author_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
}

GtkWidget *
syl_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (SYL_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
}
