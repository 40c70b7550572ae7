/* syl-window-disk.c: the window's watch over its file and its drafts
 *
 * Another program may change or delete the open file.  A GFileMonitor
 * notices on a local disk; it does not fire through the Flatpak document
 * portal, so the file is also checked whenever the window gets the focus,
 * and the document checks it again right before every save.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-backup.h"
#include "syl-file.h"
#include "syl-window-private.h"
#include "syl-document-disk.h"
#include "syl-json-writer.h"

#define DISK_CHECK_DELAY_MS 300

static void
hide_banner (SylWindow *self)
{
  gtk_revealer_set_reveal_child (self->disk_banner, FALSE);
}

static void
set_buttons (SylWindow  *self,
             const char *first_label,
             const char *first_action,
             const char *second_label,
             const char *second_action)
{
  gtk_button_set_label (GTK_BUTTON (self->disk_first_button), first_label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->disk_first_button), first_action);
  gtk_button_set_label (GTK_BUTTON (self->disk_second_button), second_label);
  gtk_actionable_set_action_name (GTK_ACTIONABLE (self->disk_second_button), second_action);
}

static void
show_banner (SylWindow    *self,
             SylDiskState  state)
{
  g_autofree char *name = _syl_window_dup_display_name (self);
  g_autofree char *text = NULL;
  gboolean modified = syl_document_get_modified (self->document);

  if (state == SYL_DISK_STATE_DELETED)
    {
      text = g_strdup_printf (_("“%s” was deleted or moved by another program."), name);
      set_buttons (self, _("_Ignore"), "win.disk-dismiss", _("_Save Again"), "win.save");
    }
  else if (modified)
    {
      text = g_strdup_printf (_("Another program changed “%s”, and this window has unsaved changes."),
                              name);
      set_buttons (self, _("_Keep Mine"), "win.disk-keep", _("_Load Theirs"), "win.disk-reload");
    }
  else
    {
      text = g_strdup_printf (_("Another program changed “%s”."), name);
      set_buttons (self, _("_Ignore"), "win.disk-dismiss", _("_Reload"), "win.disk-reload");
    }
  gtk_label_set_text (self->disk_label, text);
  gtk_revealer_set_reveal_child (self->disk_banner, TRUE);
}

/**
 * _syl_window_check_disk:
 *
 * Compares the file with the version the document knows, and shows or
 * hides the banner accordingly.  A change the user dismissed stays
 * dismissed until the file changes again.
 */
void
_syl_window_check_disk (SylWindow *self)
{
  g_autofree char *now = NULL;
  SylDiskState state;
  GFile *file;

  g_clear_handle_id (&self->disk_check_id, g_source_remove);
  if (self->document == NULL)
    return;

  state = syl_document_check_disk (self->document);
  if (state != SYL_DISK_STATE_CHANGED && state != SYL_DISK_STATE_DELETED)
    {
      hide_banner (self);
      return;
    }

  file = syl_document_get_file (self->document);
  now = syl_file_dup_fingerprint (file);
  if (self->dismissed_fingerprint != NULL && g_strcmp0 (now, self->dismissed_fingerprint) == 0)
    return;
  if (state == SYL_DISK_STATE_DELETED && g_strcmp0 (self->dismissed_fingerprint, "") == 0)
    return;
  show_banner (self, state);
}

static gboolean
disk_check_cb (gpointer user_data)
{
  SylWindow *self = user_data;

  self->disk_check_id = 0;
  _syl_window_check_disk (self);
  return G_SOURCE_REMOVE;
}

static void
monitor_changed_cb (SylWindow         *self,
                    GFile             *file,
                    GFile             *other,
                    GFileMonitorEvent  event)
{
  if (event == G_FILE_MONITOR_EVENT_ATTRIBUTE_CHANGED)
    return;
  g_clear_handle_id (&self->disk_check_id, g_source_remove);
  self->disk_check_id = g_timeout_add (DISK_CHECK_DELAY_MS, disk_check_cb, self);
}

static void
watch_file (SylWindow *self)
{
  GFile *file = self->document ? syl_document_get_file (self->document) : NULL;

  if (self->monitor != NULL)
    {
      g_file_monitor_cancel (self->monitor);
      g_signal_handlers_disconnect_by_data (self->monitor, self);
      g_clear_object (&self->monitor);
    }
  g_clear_pointer (&self->dismissed_fingerprint, g_free);
  if (file == NULL)
    return;

  self->monitor = g_file_monitor_file (file, G_FILE_MONITOR_WATCH_MOVES, NULL, NULL);
  if (self->monitor != NULL)
    g_signal_connect_object (self->monitor, "changed", G_CALLBACK (monitor_changed_cb), self,
                             G_CONNECT_SWAPPED);
}

static void
file_changed_cb (SylWindow *self)
{
  watch_file (self);
  _syl_window_check_disk (self);
}

static void
active_changed_cb (SylWindow *self)
{
  if (gtk_window_is_active (GTK_WINDOW (self)))
    _syl_window_check_disk (self);
}

/**
 * _syl_window_watch_document:
 * @draft_id: (nullable): the draft the document was restored from
 *
 * Starts the autosave and the watch over the file of the window's new
 * document.
 */
void
_syl_window_watch_document (SylWindow  *self,
                            const char *draft_id)
{
  g_clear_object (&self->autosave);
  self->discarded = FALSE;
  hide_banner (self);
  watch_file (self);
  if (self->document == NULL)
    return;

  self->autosave = syl_autosave_new (self->document, NULL, draft_id);
  g_signal_connect_object (self->document, "notify::file", G_CALLBACK (file_changed_cb), self,
                           G_CONNECT_SWAPPED);
  if (syl_document_get_file (self->document) != NULL)
    _syl_window_note_recent (syl_document_get_file (self->document));
  _syl_window_check_disk (self);
}

void
_syl_window_unwatch (SylWindow *self)
{
  g_clear_handle_id (&self->disk_check_id, g_source_remove);
  if (self->monitor != NULL)
    g_file_monitor_cancel (self->monitor);
  g_clear_object (&self->monitor);
  g_clear_object (&self->autosave);
  g_clear_pointer (&self->dismissed_fingerprint, g_free);
}

void
_syl_window_disk_init (SylWindow *self)
{
  g_signal_connect (self, "notify::is-active", G_CALLBACK (active_changed_cb), NULL);
}

/**
 * syl_window_restore_draft:
 *
 * Shows the document @draft holds, modified, as it was before the crash;
 * the draft stays until the document is saved or discarded.
 */
gboolean
syl_window_restore_draft (SylWindow  *self,
                          SylDraft   *draft,
                          GError    **error)
{
  g_autoptr(SylDocument) document = NULL;

  g_return_val_if_fail (SYL_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (SYL_IS_DRAFT (draft), FALSE);

  document = syl_draft_restore (draft, error);
  if (document == NULL)
    return FALSE;
  _syl_window_set_document_full (self, document, syl_draft_get_id (draft));
  return TRUE;
}

/* The banner's actions. */

static void
disk_dismiss_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *param)
{
  SylWindow *self = SYL_WINDOW (widget);
  GFile *file = self->document ? syl_document_get_file (self->document) : NULL;
  char *now = file ? syl_file_dup_fingerprint (file) : NULL;

  g_free (self->dismissed_fingerprint);
  self->dismissed_fingerprint = now ? now : g_strdup ("");
  hide_banner (self);
}

/* Keep mine: the user knows about the other version and chose this one,
 * so the next save replaces it. */
static void
disk_keep_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  SylWindow *self = SYL_WINDOW (widget);

  if (self->document == NULL)
    return;
  syl_document_accept_disk (self->document);
  hide_banner (self);
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (_("Saving will replace the other program’s version")));
}

/* Load theirs: unsaved changes are about to be replaced, so they are kept
 * in the backups folder first; nothing is lost even by a wrong click. */
static void
disk_reload_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  SylWindow *self = SYL_WINDOW (widget);
  g_autoptr(SylDocument) theirs = NULL;
  g_autoptr(GError) error = NULL;
  gboolean had_changes;
  GFile *file;

  if (self->document == NULL || (file = syl_document_get_file (self->document)) == NULL)
    return;

  theirs = syl_document_new_from_file (file, NULL, &error);
  if (theirs == NULL)
    {
      syl_window_show_error (self, _("Could Not Load the Other Version"), error->message);
      return;
    }

  had_changes = syl_document_get_modified (self->document);
  if (had_changes)
    {
      g_autoptr(GBytes) mine = syl_document_serialize (self->document);
      g_autoptr(GFile) backups = syl_backup_get_default_dir ();
      g_autoptr(GFile) kept = syl_backup_keep_bytes (mine, file, backups, SYL_BACKUP_KEEP, &error);

      if (kept == NULL)
        {
          syl_window_show_error (self, _("Could Not Keep Your Version"), error->message);
          return;
        }
      _syl_window_discard_changes (self);
    }

  syl_window_set_document (self, theirs);
  adw_toast_overlay_add_toast (self->toast_overlay,
                               adw_toast_new (had_changes
                                              ? _("Reloaded; your version is in the backups folder")
                                              : _("Reloaded")));
}

void
_syl_window_disk_class_init (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.disk-dismiss", NULL, disk_dismiss_action);
  gtk_widget_class_install_action (widget_class, "win.disk-keep", NULL, disk_keep_action);
  gtk_widget_class_install_action (widget_class, "win.disk-reload", NULL, disk_reload_action);
}
