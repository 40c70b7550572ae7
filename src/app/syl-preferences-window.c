/* syl-preferences-window.c: the application's preferences
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-backup.h"
#include "syl-outline-row.h"
#include "syl-preferences-window.h"
#include "syl-settings.h"

struct _SylPreferencesWindow
{
  AdwPreferencesWindow  parent_instance;

  GtkWidget            *backups_row;
  GtkWidget            *backups_switch;
  GtkWidget            *author_row;
  GtkWidget            *review_group;
  GtkWidget            *rows_group;
  GtkWidget            *notes_check;
  GtkWidget            *objectives_check;
  GtkWidget            *examples_check;
  GtkWidget            *duration_check;
  GtkWidget            *durations_switch;
  /* Set while the checks follow the setting, so that they do not write it
   * back half changed. */
  gboolean              reading_markers;
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

/* The check of each marker, in the order of the flags' bits. */
static void
marker_checks (SylPreferencesWindow *self,
               GtkCheckButton       *checks[4])
{
  checks[0] = GTK_CHECK_BUTTON (self->notes_check);
  checks[1] = GTK_CHECK_BUTTON (self->objectives_check);
  checks[2] = GTK_CHECK_BUTTON (self->examples_check);
  checks[3] = GTK_CHECK_BUTTON (self->duration_check);
}

static const SylRowMarkers marker_flags[4] = {
  SYL_ROW_MARKER_NOTES,
  SYL_ROW_MARKER_OBJECTIVES,
  SYL_ROW_MARKER_EXAMPLES,
  SYL_ROW_MARKER_DURATION,
};

static void
markers_changed_cb (SylPreferencesWindow *self,
                    const char           *key,
                    GSettings            *settings)
{
  guint markers = g_settings_get_flags (settings, "row-markers");
  GtkCheckButton *checks[4];

  marker_checks (self, checks);
  self->reading_markers = TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (marker_flags); i++)
    gtk_check_button_set_active (checks[i], (markers & marker_flags[i]) != 0);
  self->reading_markers = FALSE;
}

static void
marker_toggled_cb (SylPreferencesWindow *self)
{
  GSettings *settings = syl_settings_get ();
  GtkCheckButton *checks[4];
  guint markers = 0;

  if (self->reading_markers || settings == NULL)
    return;
  marker_checks (self, checks);
  for (guint i = 0; i < G_N_ELEMENTS (marker_flags); i++)
    if (gtk_check_button_get_active (checks[i]))
      markers |= marker_flags[i];
  g_settings_set_flags (settings, "row-markers", markers);
}

/* A flags setting has no binding to a check for each flag. */
static void
bind_marker_checks (SylPreferencesWindow *self,
                    GSettings            *settings)
{
  GtkCheckButton *checks[4];

  markers_changed_cb (self, NULL, settings);
  g_signal_connect_object (settings, "changed::row-markers", G_CALLBACK (markers_changed_cb),
                           self, G_CONNECT_SWAPPED);
  marker_checks (self, checks);
  for (guint i = 0; i < G_N_ELEMENTS (checks); i++)
    g_signal_connect_object (checks[i], "toggled", G_CALLBACK (marker_toggled_cb), self,
                             G_CONNECT_SWAPPED);
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
  gtk_widget_class_bind_template_child (widget_class, SylPreferencesWindow, rows_group);
  gtk_widget_class_bind_template_child (widget_class, SylPreferencesWindow, notes_check);
  gtk_widget_class_bind_template_child (widget_class, SylPreferencesWindow, objectives_check);
  gtk_widget_class_bind_template_child (widget_class, SylPreferencesWindow, examples_check);
  gtk_widget_class_bind_template_child (widget_class, SylPreferencesWindow, duration_check);
  gtk_widget_class_bind_template_child (widget_class, SylPreferencesWindow, durations_switch);
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
  gtk_widget_set_sensitive (self->rows_group, settings != NULL);
  if (settings == NULL)
    return;

  g_settings_bind (settings, "keep-backups", self->backups_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "comment-author", self->author_row, "text",
                   G_SETTINGS_BIND_DEFAULT);
  g_settings_bind (settings, "row-durations", self->durations_switch, "active",
                   G_SETTINGS_BIND_DEFAULT);
  bind_marker_checks (self, settings);
}

GtkWidget *
syl_preferences_window_new (GtkWindow *parent)
{
  return g_object_new (SYL_TYPE_PREFERENCES_WINDOW,
                       "transient-for", parent,
                       "modal", TRUE,
                       NULL);
}
