/* syl-window-import.c: File → Import…
 *
 * The file is read first; what it gives is shown in a SylImportDialog,
 * and only the designer's choice there changes anything: a new outline,
 * through syl_window_take_document(), or an insert into this window's
 * outline, one step of its history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-file-chooser.h"
#include "syl-import-dialog.h"
#include "syl-window-private.h"

static void
open_document_cb (SylImportDialog *dialog,
                  SylDocument     *document,
                  SylWindow       *self)
{
  syl_window_take_document (self, document);
}

/* The imported nodes are selected, so the designer sees where they went
 * and can move them on at once. */
static void
inserted_cb (SylImportDialog *dialog,
             SylNode         *parent,
             guint            index,
             guint            n_nodes,
             SylWindow       *self)
{
  g_autoptr(GPtrArray) nodes = g_ptr_array_new ();
  g_autofree char *text = NULL;
  guint total = 0;

  for (guint i = index; i < index + n_nodes && i < syl_node_get_n_children (parent); i++)
    {
      SylNode *node = syl_node_get_child (parent, i);

      g_ptr_array_add (nodes, node);
      total += 1 + syl_node_count_descendants (node);
    }
  syl_outline_view_select_nodes (self->outline_view, (SylNode **) nodes->pdata, nodes->len);
  text = g_strdup_printf (ngettext ("%u item imported", "%u items imported", total), total);
  adw_toast_overlay_add_toast (self->toast_overlay, adw_toast_new (text));
}

/**
 * syl_window_import_file:
 * @file: a text, Markdown or OPML file
 *
 * Reads @file and shows what it gives in a dialog, from which the
 * designer opens it as a new outline or inserts it below the selected
 * node.  A file that cannot be read is reported in a message instead.
 *
 * Returns: (transfer none) (nullable): the dialog, or %NULL
 */
GtkWidget *
syl_window_import_file (SylWindow *self,
                        GFile     *file)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = NULL;
  g_autoptr(GPtrArray) selected = NULL;
  g_autofree char *name = NULL;
  SylImportDialog *dialog;
  SylNode *parent = NULL;

  g_return_val_if_fail (SYL_IS_WINDOW (self), NULL);
  g_return_val_if_fail (G_IS_FILE (file), NULL);

  name = g_file_get_basename (file);
  result = syl_import_file (file, SYL_IMPORT_FORMAT_AUTO, NULL, NULL, &error);
  if (result == NULL)
    {
      g_autofree char *heading = g_strdup_printf (_("Could Not Import “%s”"), name);
      g_autofree char *body = syl_error_format_for_file (name, error);

      syl_window_show_error (self, heading, body);
      return NULL;
    }

  if (self->document != NULL)
    {
      selected = syl_outline_view_get_selected_nodes (self->outline_view);
      parent = selected->len > 0 ? g_ptr_array_index (selected, 0)
                                 : syl_document_get_root (self->document);
    }
  dialog = syl_import_dialog_new (result, name, self->document, parent);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (self));
  g_signal_connect_object (dialog, "open-document", G_CALLBACK (open_document_cb), self, 0);
  g_signal_connect_object (dialog, "inserted", G_CALLBACK (inserted_cb), self, 0);
  gtk_window_present (GTK_WINDOW (dialog));
  return GTK_WIDGET (dialog);
}

static void
import_response_cb (GtkNativeDialog *chooser,
                    int              response,
                    SylWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr(GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));

      syl_window_import_file (self, file);
    }
  g_object_unref (chooser);
}

static void
add_import_filters (GtkFileChooser *chooser)
{
  g_autoptr(GtkFileFilter) outlines = gtk_file_filter_new ();
  g_autoptr(GtkFileFilter) all = gtk_file_filter_new ();
  static const char * const patterns[] = {
    "*.txt", "*.text", "*.md", "*.markdown", "*.opml",
  };

  gtk_file_filter_set_name (outlines, _("Text, Markdown and OPML"));
  for (guint i = 0; i < G_N_ELEMENTS (patterns); i++)
    gtk_file_filter_add_pattern (outlines, patterns[i]);
  gtk_file_filter_add_mime_type (outlines, "text/plain");
  gtk_file_filter_add_mime_type (outlines, "text/markdown");
  gtk_file_filter_add_mime_type (outlines, "text/x-opml+xml");
  gtk_file_filter_set_name (all, _("All Files"));
  gtk_file_filter_add_pattern (all, "*");
  gtk_file_chooser_add_filter (chooser, outlines);
  gtk_file_chooser_add_filter (chooser, all);
}

void
_syl_window_import_action (GtkWidget  *widget,
                           const char *name,
                           GVariant   *param)
{
  SylWindow *self = SYL_WINDOW (widget);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Import Outline"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_OPEN, _("_Import"), _("_Cancel"));
  add_import_filters (GTK_FILE_CHOOSER (chooser));
  if (self->document != NULL)
    syl_file_chooser_start_near (GTK_FILE_CHOOSER (chooser), syl_document_get_file (self->document));
  g_signal_connect (chooser, "response", G_CALLBACK (import_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}
