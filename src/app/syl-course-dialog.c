/* syl-course-dialog.c: the course's title, authors, language and the rest
 *
 * Every change goes to the document as it is typed, so it is a step in the
 * document's one history like any other edit: typing in one field is one
 * step, and the dialog's own Ctrl+Z undoes it.  When the document changes
 * underneath, by undo or otherwise, only the fields whose value changed
 * are set again, so the cursor stays where it is in every other field.
 *
 * libadwaita 1.5 replaces AdwPreferencesWindow with AdwPreferencesDialog.
 * This stays a window on every version: a template names its parent class
 * in its XML and GtkBuilder refuses any other, so the newer dialog would
 * need a second template, and an AdwDialog is no GtkWindow, so closing,
 * focus and shortcuts would differ as well.  Change both together once
 * libadwaita 1.5 is the oldest supported; syl_course_dialog_present() is
 * already the one place that shows it.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-course-dialog-private.h"
#include "syl-duration.h"

G_DEFINE_FINAL_TYPE (SylCourseDialog, syl_course_dialog, ADW_TYPE_PREFERENCES_WINDOW)

enum {
  PROP_0,
  PROP_DOCUMENT,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

/* Whether @tag is a well-formed BCP 47 language tag, or empty.  Any tag
 * already in a file is shown and kept as it is; only typing is checked. */
static gboolean
language_is_valid (const char *tag)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    {
      GRegex *compiled = g_regex_new ("^(?:"
                                      "(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})"
                                      "(?:-[a-z]{4})?"
                                      "(?:-(?:[a-z]{2}|[0-9]{3}))?"
                                      "(?:-(?:[a-z0-9]{5,8}|[0-9][a-z0-9]{3}))*"
                                      "(?:-[0-9a-wyz](?:-[a-z0-9]{2,8})+)*"
                                      "(?:-x(?:-[a-z0-9]{1,8})+)?"
                                      "|x(?:-[a-z0-9]{1,8})+"
                                      "|en-gb-oed|i-[a-z]{3,9}|sgn-be-fr|sgn-be-nl|sgn-ch-de"
                                      ")$",
                                      G_REGEX_CASELESS, 0, NULL);
      g_once_init_leave (&regex, compiled);
    }
  return *tag == '\0' || g_regex_match (regex, tag, 0, NULL);
}

/* Invalid input stays in its field, marked, with the reason as the
 * field's tooltip; the document keeps its last valid value. */
static void
set_row_error (AdwEntryRow *row,
               const char  *message,
               const char  *hint)
{
  if (message != NULL)
    gtk_widget_add_css_class (GTK_WIDGET (row), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (row), "error");
  gtk_widget_set_tooltip_text (GTK_WIDGET (row), message ? message : hint);
}

static const char *
language_hint (void)
{
  return _("A language tag such as zh-CN or en");
}

static const char *
target_hint (void)
{
  return _("Minutes (90), hours and minutes (1 h 30 min, 1.5 h) or 1:30; empty for no target");
}

/* Document to fields. */

/* Sets @editable's text from the document, unless it already shows it,
 * keeping the cursor where it was as far as the text allows. */
void
_syl_course_dialog_show_text (SylCourseDialog *self,
                              GtkEditable     *editable,
                              const char      *text)
{
  int position;

  if (g_strcmp0 (gtk_editable_get_text (editable), text) == 0)
    return;
  position = gtk_editable_get_position (editable);
  self->updating++;
  gtk_editable_set_text (editable, text);
  gtk_editable_set_position (editable, MIN (position, (int) g_utf8_strlen (text, -1)));
  self->updating--;
}

static void
show_description (SylCourseDialog *self)
{
  const char *text = syl_document_get_description (self->document);
  g_autofree char *shown = NULL;
  GtkTextIter start, end, cursor;
  int offset;

  gtk_text_buffer_get_bounds (self->description_buffer, &start, &end);
  shown = gtk_text_buffer_get_text (self->description_buffer, &start, &end, TRUE);
  if (g_strcmp0 (shown, text) == 0)
    return;

  gtk_text_buffer_get_iter_at_mark (self->description_buffer, &cursor,
                                    gtk_text_buffer_get_insert (self->description_buffer));
  offset = gtk_text_iter_get_offset (&cursor);
  self->updating++;
  gtk_text_buffer_set_text (self->description_buffer, text, -1);
  gtk_text_buffer_get_iter_at_offset (self->description_buffer, &cursor, offset);
  gtk_text_buffer_place_cursor (self->description_buffer, &cursor);
  self->updating--;
}

static void
show_target (SylCourseDialog *self)
{
  int target = syl_document_get_target_minutes (self->document);
  g_autofree char *text = syl_duration_to_string (target);

  gtk_widget_set_sensitive (self->clear_target_button, target >= 0);
  /* Always with its unit: "90" alone could be hours as well as minutes. */
  _syl_course_dialog_show_text (self, GTK_EDITABLE (self->target_row), text);
  set_row_error (self->target_row, NULL, target_hint ());
}

static void
show_field (SylCourseDialog *self,
            const char      *property)
{
  GtkEditable *editable = NULL;
  g_autofree char *text = NULL;

  if (g_str_equal (property, "title"))
    editable = GTK_EDITABLE (self->title_row);
  else if (g_str_equal (property, "subtitle"))
    editable = GTK_EDITABLE (self->subtitle_row);
  else if (g_str_equal (property, "language"))
    editable = GTK_EDITABLE (self->language_row);
  else if (g_str_equal (property, "description"))
    show_description (self);
  else if (g_str_equal (property, "target-minutes"))
    show_target (self);
  if (editable == NULL)
    return;

  g_object_get (self->document, property, &text, NULL);
  _syl_course_dialog_show_text (self, editable, text);
  /* Whatever the field held, it now shows the document's language. */
  if (editable == GTK_EDITABLE (self->language_row))
    set_row_error (self->language_row, NULL, language_hint ());
}

static void
document_notify_cb (SylCourseDialog *self,
                    GParamSpec      *pspec)
{
  show_field (self, pspec->name);
}

/* Fields to document. */

void
_syl_course_dialog_set_string (SylCourseDialog *self,
                               gpointer         object,
                               const char      *property,
                               const char      *value)
{
  g_autoptr(GError) error = NULL;

  if (self->updating > 0 || self->document == NULL)
    return;
  if (!syl_document_set_string (self->document, object, property, value, TRUE, &error))
    g_warning ("Could not set %s: %s", property, error->message);
}

static void
title_changed_cb (SylCourseDialog *self)
{
  _syl_course_dialog_set_string (self, self->document, "title",
                                 gtk_editable_get_text (GTK_EDITABLE (self->title_row)));
}

static void
subtitle_changed_cb (SylCourseDialog *self)
{
  _syl_course_dialog_set_string (self, self->document, "subtitle",
                                 gtk_editable_get_text (GTK_EDITABLE (self->subtitle_row)));
}

static void
description_changed_cb (SylCourseDialog *self)
{
  GtkTextIter start, end;
  g_autofree char *text = NULL;

  gtk_text_buffer_get_bounds (self->description_buffer, &start, &end);
  text = gtk_text_buffer_get_text (self->description_buffer, &start, &end, TRUE);
  _syl_course_dialog_set_string (self, self->document, "description", text);
}

/* A tag is half typed on its way to "zh-CN", and "zh" on the way is a tag
 * of its own, so the language goes to the document as a whole, on Enter or
 * when the focus leaves the field: one step, and an invalid tag changes
 * nothing.  It is marked then, and typing a valid one clears the mark. */
static void
language_changed_cb (SylCourseDialog *self)
{
  if (self->updating == 0 &&
      language_is_valid (gtk_editable_get_text (GTK_EDITABLE (self->language_row))))
    set_row_error (self->language_row, NULL, language_hint ());
}

static void
commit_language (SylCourseDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->language_row));
  g_autofree char *message = NULL;

  /* A tag from the file is the designer's to keep, valid or not. */
  if (g_str_equal (text, syl_document_get_language (self->document)))
    {
      set_row_error (self->language_row, NULL, language_hint ());
      return;
    }
  if (language_is_valid (text))
    {
      syl_document_set_string (self->document, self->document, "language", text, FALSE, NULL);
      return;
    }
  message = g_strdup_printf (_("“%s” is not a language tag. Use one such as zh-CN or en: "
                               "the course keeps “%s” until then."),
                             text, syl_document_get_language (self->document));
  set_row_error (self->language_row, message, language_hint ());
}

static void
language_activated_cb (SylCourseDialog *self)
{
  commit_language (self);
}

static void
language_leave_cb (SylCourseDialog *self)
{
  if (self->document != NULL && !gtk_widget_in_destruction (GTK_WIDGET (self)))
    commit_language (self);
}

static void
set_language_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *param)
{
  SylCourseDialog *self = SYL_COURSE_DIALOG (widget);

  syl_document_set_string (self->document, self->document, "language",
                           g_variant_get_string (param, NULL), FALSE, NULL);
  /* The field may hold a tag that was not valid, and no change to show. */
  show_field (self, "language");
}

/* Durations are whole steps: "1 h 30 min" is not a duration until it is
 * typed to the end, so it goes to the document on Enter or when the focus
 * leaves the field, and anything that is no duration is marked then and
 * leaves the document as it was. */
static gboolean
commit_target (SylCourseDialog *self)
{
  const char *text = gtk_editable_get_text (GTK_EDITABLE (self->target_row));
  g_autoptr(GError) error = NULL;
  g_autofree char *message = NULL;
  int minutes;

  if (syl_parse_duration (text, &minutes, &error))
    {
      syl_document_set_int (self->document, self->document, "target-minutes", minutes, NULL);
      /* The same target typed again changes nothing, but the field shows
       * it as it shows every target. */
      show_target (self);
      return TRUE;
    }
  /* The reason, then what the field takes, each on a line of its own. */
  message = g_strdup_printf ("%s\n%s", error->message, target_hint ());
  set_row_error (self->target_row, message, target_hint ());
  return FALSE;
}

static void
target_changed_cb (SylCourseDialog *self)
{
  int minutes;

  /* Typing a valid duration clears the mark at once. */
  if (self->updating == 0 &&
      syl_parse_duration (gtk_editable_get_text (GTK_EDITABLE (self->target_row)), &minutes, NULL))
    set_row_error (self->target_row, NULL, target_hint ());
}

static void
target_activated_cb (SylCourseDialog *self)
{
  if (!commit_target (self))
    adw_preferences_window_add_toast (ADW_PREFERENCES_WINDOW (self),
                                      adw_toast_new (_("The target duration is not a duration")));
}

static void
target_leave_cb (SylCourseDialog *self)
{
  if (self->document != NULL && !gtk_widget_in_destruction (GTK_WIDGET (self)))
    commit_target (self);
}

static void
clear_target_clicked_cb (SylCourseDialog *self)
{
  syl_document_set_int (self->document, self->document, "target-minutes", -1, NULL);
  /* Unset is unset, even when the field held something invalid. */
  _syl_course_dialog_show_text (self, GTK_EDITABLE (self->target_row), "");
  set_row_error (self->target_row, NULL, target_hint ());
}

/* Authors: their rows are in syl-course-dialog-authors.c. */

/* A move is a removal and an insertion: the rows follow once the whole
 * step is done, so that they are not rebuilt in between. */
static void
authors_changed_cb (SylCourseDialog *self)
{
  self->authors_dirty = TRUE;
  if (!syl_history_is_busy (syl_document_get_history (self->document)))
    _syl_course_dialog_sync_authors (self);
}

static void
add_author_clicked_cb (SylCourseDialog *self)
{
  _syl_course_dialog_add_author (self);
}

/* History. */

static void
update_history_actions (SylCourseDialog *self)
{
  SylHistory *history = syl_document_get_history (self->document);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "course.undo",
                                 syl_history_get_can_undo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "course.redo",
                                 syl_history_get_can_redo (history));
}

static void
history_applied_cb (SylCourseDialog *self)
{
  if (self->authors_dirty)
    _syl_course_dialog_sync_authors (self);
  update_history_actions (self);
}

static void
undo_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  SylCourseDialog *self = SYL_COURSE_DIALOG (widget);

  syl_history_undo (syl_document_get_history (self->document));
}

static void
redo_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  SylCourseDialog *self = SYL_COURSE_DIALOG (widget);

  syl_history_redo (syl_document_get_history (self->document));
}

/* Typing in a field, leaving it and coming back makes two steps. */
static void
focus_widget_changed_cb (SylCourseDialog *self)
{
  if (self->document != NULL)
    syl_history_break_merge (syl_document_get_history (self->document));
}

static void
set_document (SylCourseDialog *self,
              SylDocument     *document)
{
  const char *fields[] = { "title", "subtitle", "language", "description", "target-minutes" };

  self->document = g_object_ref (document);
  g_signal_connect_object (document, "notify", G_CALLBACK (document_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (syl_document_get_authors (document), "items-changed",
                           G_CALLBACK (authors_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (syl_document_get_history (document), "applied",
                           G_CALLBACK (history_applied_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (syl_document_get_history (document), "notify",
                           G_CALLBACK (update_history_actions), self, G_CONNECT_SWAPPED);

  for (guint i = 0; i < G_N_ELEMENTS (fields); i++)
    show_field (self, fields[i]);
  _syl_course_dialog_sync_authors (self);
  update_history_actions (self);
}

/* A language or duration typed but not yet entered is kept when the
 * dialog closes. */
static gboolean
syl_course_dialog_close_request (GtkWindow *window)
{
  SylCourseDialog *self = SYL_COURSE_DIALOG (window);

  if (self->document != NULL)
    {
      commit_language (self);
      commit_target (self);
    }
  return GTK_WINDOW_CLASS (syl_course_dialog_parent_class)->close_request (window);
}

static void
syl_course_dialog_dispose (GObject *object)
{
  SylCourseDialog *self = SYL_COURSE_DIALOG (object);

  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (syl_document_get_authors (self->document), self);
      g_signal_handlers_disconnect_by_data (syl_document_get_history (self->document), self);
    }
  g_clear_pointer (&self->author_rows, g_ptr_array_unref);
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_COURSE_DIALOG);

  G_OBJECT_CLASS (syl_course_dialog_parent_class)->dispose (object);
}

static void
syl_course_dialog_get_property (GObject    *object,
                                guint       prop_id,
                                GValue     *value,
                                GParamSpec *pspec)
{
  SylCourseDialog *self = SYL_COURSE_DIALOG (object);

  if (prop_id == PROP_DOCUMENT)
    g_value_set_object (value, self->document);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
syl_course_dialog_set_property (GObject      *object,
                                guint         prop_id,
                                const GValue *value,
                                GParamSpec   *pspec)
{
  SylCourseDialog *self = SYL_COURSE_DIALOG (object);

  if (prop_id == PROP_DOCUMENT)
    set_document (self, g_value_get_object (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
bind_template (GtkWidgetClass *widget_class)
{
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/syllabus/Syllabus/syl-course-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SylCourseDialog, title_row);
  gtk_widget_class_bind_template_child (widget_class, SylCourseDialog, subtitle_row);
  gtk_widget_class_bind_template_child (widget_class, SylCourseDialog, language_row);
  gtk_widget_class_bind_template_child (widget_class, SylCourseDialog, target_row);
  gtk_widget_class_bind_template_child (widget_class, SylCourseDialog, clear_target_button);
  gtk_widget_class_bind_template_child (widget_class, SylCourseDialog, description_buffer);
  gtk_widget_class_bind_template_child (widget_class, SylCourseDialog, authors_group);
  gtk_widget_class_bind_template_child (widget_class, SylCourseDialog, authors_box);
  gtk_widget_class_bind_template_child (widget_class, SylCourseDialog, add_author_button);
  gtk_widget_class_bind_template_callback (widget_class, title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, subtitle_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, language_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, language_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, language_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, target_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, target_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, target_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, clear_target_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, description_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, add_author_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, focus_widget_changed_cb);
}

static void
syl_course_dialog_class_init (SylCourseDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);
  GtkWindowClass *window_class = GTK_WINDOW_CLASS (klass);

  object_class->dispose = syl_course_dialog_dispose;
  object_class->get_property = syl_course_dialog_get_property;
  object_class->set_property = syl_course_dialog_set_property;
  window_class->close_request = syl_course_dialog_close_request;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, SYL_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY |
                         G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  bind_template (widget_class);

  /* The dialog is a window of its own, out of reach of the main window's
   * Ctrl+Z, and its fields keep no history: Ctrl+Z, Ctrl+Shift+Z and
   * Ctrl+Y undo and redo the document's one history.  The template binds
   * them in the capture phase, because GtkText keeps its own Ctrl+Z
   * enabled even with no history to undo, and would swallow the key. */
  gtk_widget_class_install_action (widget_class, "course.undo", NULL, undo_action);
  gtk_widget_class_install_action (widget_class, "course.redo", NULL, redo_action);
  gtk_widget_class_install_action (widget_class, "course.set-language", "s", set_language_action);
}

static void
syl_course_dialog_init (SylCourseDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

SylCourseDialog *
syl_course_dialog_new (SylDocument *document)
{
  g_return_val_if_fail (SYL_IS_DOCUMENT (document), NULL);

  return g_object_new (SYL_TYPE_COURSE_DIALOG, "document", document, NULL);
}

SylDocument *
syl_course_dialog_get_document (SylCourseDialog *self)
{
  g_return_val_if_fail (SYL_IS_COURSE_DIALOG (self), NULL);
  return self->document;
}

/**
 * syl_course_dialog_present:
 * @parent: the window showing the document
 *
 * Shows the dialog over @parent, modal to it.
 */
void
syl_course_dialog_present (SylCourseDialog *self,
                           GtkWidget       *parent)
{
  g_return_if_fail (SYL_IS_COURSE_DIALOG (self));
  g_return_if_fail (GTK_IS_WIDGET (parent));

  gtk_window_set_transient_for (GTK_WINDOW (self), GTK_WINDOW (gtk_widget_get_root (parent)));
  gtk_window_present (GTK_WINDOW (self));
}
