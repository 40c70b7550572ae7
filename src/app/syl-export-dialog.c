/* syl-export-dialog.c: choose a format and what to include, then a file
 *
 * The dialog offers the formats a course is handed on in, PDF first, and
 * switches for what goes in besides the titles.  A format with no place
 * for something (OPML has none for objectives, examples or comments)
 * greys its switch out.  Export asks for a file with a name made from the
 * outline's, and closes the dialog: the window exports in the background
 * (see SylExportDialog::file-chosen), with its progress in the window.
 * Without a window to do so, the dialog writes the file itself, and on a
 * failure stays open under a message that says why, so the designer can
 * choose another place and nothing is lost.
 *
 * Exporting reads the document and never changes it, so it is not a step
 * in its history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-accessible.h"
#include "syl-export-dialog.h"
#include "syl-file-chooser.h"
#include "syl-file.h"
#include "syl-pdf.h"

struct _SylExportDialog
{
  AdwWindow    parent_instance;

  AdwPreferencesGroup *format_group;
  AdwComboRow *format_row;
  GtkWidget   *notes_row;
  GtkWidget   *objectives_row;
  GtkWidget   *examples_row;
  GtkWidget   *durations_row;
  GtkWidget   *annotations_row;
  GtkSwitch   *notes_switch;
  GtkSwitch   *objectives_switch;
  GtkSwitch   *examples_switch;
  GtkSwitch   *durations_switch;
  GtkSwitch   *annotations_switch;

  SylDocument *document;
};

G_DEFINE_FINAL_TYPE (SylExportDialog, syl_export_dialog, ADW_TYPE_WINDOW)

enum {
  EXPORTED,
  FILE_CHOSEN,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* In the order of the format row's list in syl-export-dialog.ui. */
static const struct
{
  gboolean        pdf;
  SylExportFormat format;
  const char     *extension;
  const char     *mime_type;
  SylExportFlags  supported;
} formats[] = {
  { TRUE, 0, "pdf", "application/pdf", SYL_EXPORT_ALL },
  { FALSE, SYL_EXPORT_FORMAT_HTML, "html", "text/html", SYL_EXPORT_ALL },
  { FALSE, SYL_EXPORT_FORMAT_MARKDOWN, "md", "text/markdown", SYL_EXPORT_ALL },
  { FALSE, SYL_EXPORT_FORMAT_OPML, "opml", "text/x-opml+xml",
    SYL_EXPORT_NOTES | SYL_EXPORT_DURATIONS },
  { FALSE, SYL_EXPORT_FORMAT_TEXT, "txt", "text/plain", SYL_EXPORT_ALL },
};

static guint
selected_format (SylExportDialog *self)
{
  return MIN (adw_combo_row_get_selected (self->format_row), G_N_ELEMENTS (formats) - 1);
}

static void
format_changed_cb (SylExportDialog *self)
{
  SylExportFlags supported = formats[selected_format (self)].supported;

  gtk_widget_set_sensitive (self->notes_row, supported & SYL_EXPORT_NOTES);
  gtk_widget_set_sensitive (self->objectives_row, supported & SYL_EXPORT_OBJECTIVES);
  gtk_widget_set_sensitive (self->examples_row, supported & SYL_EXPORT_EXAMPLES);
  gtk_widget_set_sensitive (self->durations_row, supported & SYL_EXPORT_DURATIONS);
  gtk_widget_set_sensitive (self->annotations_row, supported & SYL_EXPORT_ANNOTATIONS);
}

/**
 * syl_export_dialog_get_pdf:
 *
 * Returns: whether the chosen format is PDF
 */
gboolean
syl_export_dialog_get_pdf (SylExportDialog *self)
{
  g_return_val_if_fail (SYL_IS_EXPORT_DIALOG (self), FALSE);
  return formats[selected_format (self)].pdf;
}

/**
 * syl_export_dialog_get_format:
 *
 * Returns: the chosen format, when it is not PDF
 */
SylExportFormat
syl_export_dialog_get_format (SylExportDialog *self)
{
  g_return_val_if_fail (SYL_IS_EXPORT_DIALOG (self), SYL_EXPORT_FORMAT_MARKDOWN);
  return formats[selected_format (self)].format;
}

/**
 * syl_export_dialog_get_flags:
 *
 * Returns: what the switches include, as far as the chosen format can
 */
SylExportFlags
syl_export_dialog_get_flags (SylExportDialog *self)
{
  SylExportFlags flags = SYL_EXPORT_NONE;

  g_return_val_if_fail (SYL_IS_EXPORT_DIALOG (self), SYL_EXPORT_NONE);

  if (gtk_switch_get_active (self->notes_switch))
    flags |= SYL_EXPORT_NOTES;
  if (gtk_switch_get_active (self->objectives_switch))
    flags |= SYL_EXPORT_OBJECTIVES;
  if (gtk_switch_get_active (self->examples_switch))
    flags |= SYL_EXPORT_EXAMPLES;
  if (gtk_switch_get_active (self->durations_switch))
    flags |= SYL_EXPORT_DURATIONS;
  if (gtk_switch_get_active (self->annotations_switch))
    flags |= SYL_EXPORT_ANNOTATIONS;
  return flags & formats[selected_format (self)].supported;
}

/**
 * syl_export_dialog_suggest_name:
 *
 * Returns: (transfer full): the file name the file chooser suggests
 */
char *
syl_export_dialog_suggest_name (SylExportDialog *self)
{
  g_return_val_if_fail (SYL_IS_EXPORT_DIALOG (self), NULL);

  return syl_export_suggest_file_name (self->document, formats[selected_format (self)].extension);
}

/**
 * syl_export_dialog_export:
 *
 * Returns: (transfer full): the document in the chosen format, or %NULL
 *   with @error set
 */
GBytes *
syl_export_dialog_export (SylExportDialog  *self,
                          GError          **error)
{
  SylExportFlags flags;
  guint format;

  g_return_val_if_fail (SYL_IS_EXPORT_DIALOG (self), NULL);

  format = selected_format (self);
  flags = syl_export_dialog_get_flags (self);
  if (formats[format].pdf)
    return syl_pdf_render_document (self->document, flags, SYL_PDF_A4_WIDTH,
                                    SYL_PDF_A4_HEIGHT, error);
  return syl_export_document (self->document, formats[format].format, flags, error);
}

/**
 * syl_export_dialog_export_to_file:
 *
 * Exports the document in the chosen format and replaces @file with it,
 * atomically: on failure @file is as it was.  The dialog emits
 * SylExportDialog::exported on success.
 */
gboolean
syl_export_dialog_export_to_file (SylExportDialog  *self,
                                  GFile            *file,
                                  GError          **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (SYL_IS_EXPORT_DIALOG (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = syl_export_dialog_export (self, error);
  if (bytes == NULL || !syl_file_replace_atomically (file, bytes, error))
    return FALSE;
  g_signal_emit (self, signals[EXPORTED], 0, file);
  return TRUE;
}

static void
show_error (SylExportDialog *self,
            const char      *message)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), _("Could Not Export"), message);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/**
 * syl_export_dialog_choose_file:
 * @file: where to export, as the file chooser gave it
 *
 * Does what choosing @file in the file chooser does: hands the export to
 * a handler of SylExportDialog::file-chosen, such as the window's, which
 * runs it in the background, or else exports at once; then closes the
 * dialog, unless that export failed.
 */
void
syl_export_dialog_choose_file (SylExportDialog *self,
                               GFile           *file)
{
  g_autoptr(GError) error = NULL;
  gboolean handled = FALSE;

  g_return_if_fail (SYL_IS_EXPORT_DIALOG (self));
  g_return_if_fail (G_IS_FILE (file));

  g_signal_emit (self, signals[FILE_CHOSEN], 0, file, &handled);
  if (!handled && !syl_export_dialog_export_to_file (self, file, &error))
    {
      show_error (self, error->message);
      return;
    }
  gtk_window_close (GTK_WINDOW (self));
}

static void
chooser_response_cb (GtkNativeDialog *chooser,
                     int              response,
                     SylExportDialog *self)
{
  g_autoptr(GFile) file = NULL;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (chooser));
  g_object_unref (chooser);
  if (file != NULL)
    syl_export_dialog_choose_file (self, file);
}

static void
export_clicked_cb (SylExportDialog *self)
{
  guint format = selected_format (self);
  g_autoptr(GtkFileFilter) filter = gtk_file_filter_new ();
  g_autofree char *pattern = g_strdup_printf ("*.%s", formats[format].extension);
  g_autofree char *name = syl_export_dialog_suggest_name (self);
  gpointer format_name = adw_combo_row_get_selected_item (self->format_row);
  GtkFileChooserNative *chooser;

  chooser = gtk_file_chooser_native_new (_("Export Outline"), GTK_WINDOW (self),
                                         GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  syl_file_chooser_start_near (GTK_FILE_CHOOSER (chooser), syl_document_get_file (self->document));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (chooser), name);
  if (format_name != NULL)
    gtk_file_filter_set_name (filter, gtk_string_object_get_string (format_name));
  gtk_file_filter_add_pattern (filter, pattern);
  gtk_file_filter_add_mime_type (filter, formats[format].mime_type);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (chooser), filter);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  g_signal_connect_object (chooser, "response", G_CALLBACK (chooser_response_cb), self, 0);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (chooser));
}

static void
syl_export_dialog_dispose (GObject *object)
{
  SylExportDialog *self = SYL_EXPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_EXPORT_DIALOG);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (syl_export_dialog_parent_class)->dispose (object);
}

static void
syl_export_dialog_class_init (SylExportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_export_dialog_dispose;

  /**
   * SylExportDialog::exported:
   * @file: the file written
   */
  signals[EXPORTED] = g_signal_new ("exported", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                    0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);
  /**
   * SylExportDialog::file-chosen:
   * @file: where to export
   *
   * The designer chose where to export.  A handler that exports, with the
   * dialog's choices, returns %TRUE; otherwise the dialog exports itself.
   */
  signals[FILE_CHOSEN] = g_signal_new ("file-chosen", G_TYPE_FROM_CLASS (klass),
                                       G_SIGNAL_RUN_LAST, 0, g_signal_accumulator_true_handled,
                                       NULL, NULL, G_TYPE_BOOLEAN, 1, G_TYPE_FILE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/syllabus/Syllabus/syl-export-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SylExportDialog, format_group);
  gtk_widget_class_bind_template_child (widget_class, SylExportDialog, format_row);
  gtk_widget_class_bind_template_child (widget_class, SylExportDialog, notes_row);
  gtk_widget_class_bind_template_child (widget_class, SylExportDialog, objectives_row);
  gtk_widget_class_bind_template_child (widget_class, SylExportDialog, examples_row);
  gtk_widget_class_bind_template_child (widget_class, SylExportDialog, durations_row);
  gtk_widget_class_bind_template_child (widget_class, SylExportDialog, annotations_row);
  gtk_widget_class_bind_template_child (widget_class, SylExportDialog, notes_switch);
  gtk_widget_class_bind_template_child (widget_class, SylExportDialog, objectives_switch);
  gtk_widget_class_bind_template_child (widget_class, SylExportDialog, examples_switch);
  gtk_widget_class_bind_template_child (widget_class, SylExportDialog, durations_switch);
  gtk_widget_class_bind_template_child (widget_class, SylExportDialog, annotations_switch);
  gtk_widget_class_bind_template_callback (widget_class, format_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, export_clicked_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
syl_export_dialog_init (SylExportDialog *self)
{
  g_autofree char *format = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  format = syl_accessible_dup_row_title (ADW_PREFERENCES_ROW (self->format_row));
  syl_accessible_name_combo_list (self->format_row);
  syl_accessible_name_group_list (self->format_group, format);
  format_changed_cb (self);
}

SylExportDialog *
syl_export_dialog_new (SylDocument *document)
{
  SylExportDialog *self;

  g_return_val_if_fail (SYL_IS_DOCUMENT (document), NULL);

  self = g_object_new (SYL_TYPE_EXPORT_DIALOG, NULL);
  self->document = g_object_ref (document);
  return self;
}

SylDocument *
syl_export_dialog_get_document (SylExportDialog *self)
{
  g_return_val_if_fail (SYL_IS_EXPORT_DIALOG (self), NULL);
  return self->document;
}
