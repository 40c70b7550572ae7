/* syl-window.c: a window showing one course outline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-node-pane.h"
#include "syl-start-page.h"
#include "syl-window-private.h"
#include "syl-document-disk.h"

G_DEFINE_FINAL_TYPE (SylWindow, syl_window, ADW_TYPE_APPLICATION_WINDOW)

/* The title says which course and file this is, and whether it has
 * unsaved changes, as GNOME Text Editor does with its "•". */
static void
update_title (SylWindow *self)
{
  g_autofree char *title = NULL;
  g_autofree char *subtitle = NULL;
  GFile *file;
  const char *course;

  if (self->document == NULL)
    {
      adw_window_title_set_title (self->window_title, _("Syllabus"));
      adw_window_title_set_subtitle (self->window_title, NULL);
      gtk_window_set_title (GTK_WINDOW (self), _("Syllabus"));
      return;
    }

  course = syl_document_get_title (self->document);
  file = syl_document_get_file (self->document);
  subtitle = file ? g_file_get_basename (file) : g_strdup (_("Not saved"));
  title = g_strdup_printf ("%s%s", syl_document_get_modified (self->document) ? "• " : "",
                           *course ? course : _("Untitled Course"));
  adw_window_title_set_title (self->window_title, title);
  adw_window_title_set_subtitle (self->window_title, subtitle);
  {
    g_autofree char *window_title = g_strdup_printf ("%s — %s", title, subtitle);

    /* Every step in the history comes here.  GTK 4.8 sends a title to the
     * X server and to a screen reader even when it is the same. */
    if (g_strcmp0 (gtk_window_get_title (GTK_WINDOW (self)), window_title) != 0)
      gtk_window_set_title (GTK_WINDOW (self), window_title);
  }
}

/* Sets a tooltip only when it changes: setting one on GTK 4.8 asks the X
 * server where the pointer is, and the window's tooltips follow every step
 * in the history. */
void
_syl_window_set_tooltip (GtkWidget  *widget,
                         const char *text)
{
  if (g_strcmp0 (gtk_widget_get_tooltip_text (widget), text) != 0)
    gtk_widget_set_tooltip_text (widget, text);
}

/* "Undo: Move “Intro”", or "Undo" when there is nothing to undo. */
static char *
dup_step_tip (SylWindow *self,
              gboolean   redo)
{
  SylHistory *history = self->document ? syl_document_get_history (self->document) : NULL;
  const char *label = NULL;

  if (history != NULL)
    label = redo ? syl_history_get_redo_label (history) : syl_history_get_undo_label (history);
  if (label == NULL)
    return g_strdup (redo ? _("Redo") : _("Undo"));
  return g_strdup_printf (redo ? _("Redo: %s") : _("Undo: %s"), label);
}

/* The undo and redo buttons name their step when asked for a tooltip, not
 * after every step: setting a tooltip on GTK 4.8 asks the X server where
 * the pointer is. */
static gboolean
step_query_tooltip_cb (GtkWidget  *button,
                       int         x,
                       int         y,
                       gboolean    keyboard,
                       GtkTooltip *tooltip,
                       SylWindow  *self)
{
  g_autofree char *text = dup_step_tip (self, button == self->redo_button);

  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static void
update_undo (SylWindow *self)
{
  SylHistory *history = self->document ? syl_document_get_history (self->document) : NULL;
  g_autofree char *undo_tip = dup_step_tip (self, FALSE);
  g_autofree char *redo_tip = dup_step_tip (self, TRUE);

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.undo",
                                 history != NULL && syl_history_get_can_undo (history));
  gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.redo",
                                 history != NULL && syl_history_get_can_redo (history));
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->undo_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, undo_tip, -1);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->redo_button),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, redo_tip, -1);
}

static void
update_pane (SylWindow *self)
{
  g_autoptr(GPtrArray) nodes = syl_outline_view_get_selected_nodes (self->outline_view);

  syl_node_pane_set_nodes (SYL_NODE_PANE (self->node_pane), nodes);
}

static void
history_applied_cb (SylWindow *self)
{
  update_undo (self);
  update_pane (self);
}

static void
selection_changed_cb (SylWindow *self)
{
  update_pane (self);
}

void
syl_window_set_document (SylWindow   *self,
                         SylDocument *document)
{
  g_return_if_fail (SYL_IS_WINDOW (self));
  g_return_if_fail (document == NULL || SYL_IS_DOCUMENT (document));

  _syl_window_set_document_full (self, document, NULL);
}

/* A designer can start moving rows at once: the tree has the focus and
 * its first row is selected. */
static void
focus_outline (SylWindow *self)
{
  SylNode *root;
  SylNode *first;

  if (self->document == NULL)
    return;
  root = syl_document_get_root (self->document);
  first = syl_node_get_child (root, 0);
  if (first != NULL)
    syl_outline_view_select_nodes (self->outline_view, &first, 1);
  else
    gtk_widget_grab_focus (syl_outline_view_get_list_view (self->outline_view));
}

/* @draft_id: the recovery draft @document was restored from, if any */
void
_syl_window_set_document_full (SylWindow   *self,
                               SylDocument *document,
                               const char  *draft_id)
{
  /* A merge is for the document it started with (syl-window-review.c). */
  if (_syl_window_job_blocks_editing (self) && document != self->document)
    _syl_window_cancel_job (self);
  /* Compare mode showed the changes of the document it started with. */
  if (document != self->document)
    syl_window_leave_compare_mode (self);
  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (self->document, self);
      g_signal_handlers_disconnect_by_data (syl_document_get_history (self->document), self);
    }
  g_set_object (&self->document, document);
  _syl_window_find_set_document (self);
  syl_node_pane_set_document (SYL_NODE_PANE (self->node_pane), document);
  syl_outline_view_set_document (self->outline_view, document);

  if (document != NULL)
    {
      g_signal_connect_object (document, "notify::modified", G_CALLBACK (update_title), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::modified",
                               G_CALLBACK (_syl_window_update_inhibit), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::title", G_CALLBACK (update_title), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::file", G_CALLBACK (update_title), self,
                               G_CONNECT_SWAPPED);
      g_signal_connect_object (syl_document_get_history (document), "applied",
                               G_CALLBACK (history_applied_cb), self, G_CONNECT_SWAPPED);
    }

  _syl_window_watch_numbering (self);
  _syl_window_watch_document (self, draft_id);
  _syl_window_update_inhibit (self);
  gtk_stack_set_visible_child_name (self->stack, document ? "document" : "empty");
  _syl_window_update_actions (self);
  _syl_window_update_layout (self);
  update_title (self);
  update_undo (self);
  update_pane (self);
  _syl_window_review_document_changed (self);
  _syl_window_check_document_changed (self);
  focus_outline (self);
}

SylDocument *
syl_window_get_document (SylWindow *self)
{
  g_return_val_if_fail (SYL_IS_WINDOW (self), NULL);
  return self->document;
}

SylOutlineView *
syl_window_get_outline_view (SylWindow *self)
{
  g_return_val_if_fail (SYL_IS_WINDOW (self), NULL);
  return self->outline_view;
}

/**
 * syl_window_load_file:
 *
 * Loads @file into the window.  On failure the window is unchanged.
 */
gboolean
syl_window_load_file (SylWindow  *self,
                      GFile      *file,
                      GError    **error)
{
  g_autoptr(SylDocument) document = NULL;

  g_return_val_if_fail (SYL_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  document = syl_document_new_from_file (file, NULL, error);
  if (document == NULL)
    return FALSE;

  syl_window_set_document (self, document);
  return TRUE;
}

/**
 * syl_window_take_document:
 * @document: a document no window shows, such as a new import
 *
 * Shows @document in this window if it shows none yet, or else in a new
 * window, so that no open outline is replaced.  The document counts as
 * unsaved work: closing asks, and the autosave keeps a draft of it.
 */
void
syl_window_take_document (SylWindow   *self,
                          SylDocument *document)
{
  SylWindow *window = self;

  g_return_if_fail (SYL_IS_WINDOW (self));
  g_return_if_fail (SYL_IS_DOCUMENT (document));

  if (self->document != NULL)
    window = syl_window_new (gtk_window_get_application (GTK_WINDOW (self)));
  syl_history_mark_unsaved (syl_document_get_history (document));
  syl_window_set_document (window, document);
  gtk_window_present (GTK_WINDOW (window));
}

void
syl_window_show_error (SylWindow  *self,
                       const char *heading,
                       const char *body)
{
  GtkWidget *dialog = adw_message_dialog_new (GTK_WINDOW (self), heading, body);

  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
start_page_open_cb (SylWindow *self,
                    GFile     *file)
{
  syl_window_open_file (self, file);
}

/* The rows exist only once the window is on screen: focus the first one
 * then, so the first arrow key already moves. */
static void
syl_window_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (syl_window_parent_class)->map (widget);
  focus_outline (SYL_WINDOW (widget));
}

static void
syl_window_realize (GtkWidget *widget)
{
  _syl_window_adapt_to_default_size (SYL_WINDOW (widget));
  GTK_WIDGET_CLASS (syl_window_parent_class)->realize (widget);
}

static void
syl_window_size_allocate (GtkWidget *widget,
                          int        width,
                          int        height,
                          int        baseline)
{
  GTK_WIDGET_CLASS (syl_window_parent_class)->size_allocate (widget, width, height, baseline);
  _syl_window_adapt_to_width (SYL_WINDOW (widget), width);
}

static void
syl_window_dispose (GObject *object)
{
  SylWindow *self = SYL_WINDOW (object);

  /* The job goes on in the background until it notices. */
  _syl_window_cancel_job (self);
  _syl_window_unwatch (self);
  if (self->inhibit_cookie != 0 && gtk_window_get_application (GTK_WINDOW (self)) != NULL)
    gtk_application_uninhibit (gtk_window_get_application (GTK_WINDOW (self)),
                               self->inhibit_cookie);
  self->inhibit_cookie = 0;
  _syl_window_stop_adapting (self);
  if (self->document != NULL)
    syl_outline_view_set_document (self->outline_view, NULL);
  g_clear_object (&self->document);
  g_clear_object (&self->print_settings);
  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_WINDOW);

  G_OBJECT_CLASS (syl_window_parent_class)->dispose (object);
}

/* Kept to the end: a document that outlives the window reaches them
 * through its handlers until then. */
static void
syl_window_finalize (GObject *object)
{
  SylWindow *self = SYL_WINDOW (object);

  g_clear_object (&self->numbering_actions);
  g_clear_object (&self->review_root);
  g_clear_object (&self->review_file);

  G_OBJECT_CLASS (syl_window_parent_class)->finalize (object);
}

static void
syl_window_class_init (SylWindowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_window_dispose;
  object_class->finalize = syl_window_finalize;
  widget_class->map = syl_window_map;
  GTK_WINDOW_CLASS (klass)->close_request = _syl_window_close_request;
  widget_class->realize = syl_window_realize;
  widget_class->size_allocate = syl_window_size_allocate;

  g_type_ensure (SYL_TYPE_OUTLINE_VIEW);
  g_type_ensure (SYL_TYPE_NODE_PANE);
  g_type_ensure (SYL_TYPE_START_PAGE);
  g_type_ensure (SYL_TYPE_CHECK_PANEL);
  g_type_ensure (SYL_TYPE_FIND_BAR);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/syllabus/Syllabus/syl-window.ui");
  gtk_widget_class_bind_template_child (widget_class, SylWindow, window_title);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, undo_button);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, redo_button);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, lock_button);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, toast_overlay);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, stack);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, paned);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, outline_view);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, node_pane);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, disk_banner);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, disk_label);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, disk_first_button);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, disk_second_button);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, start_page);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, back_button);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, review_bar);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, review_button);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, comments_button);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, comments_count);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, check_button);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, check_flap);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, check_panel);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, find_bar);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, compare_bar);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, compare_label);
  gtk_widget_class_bind_template_child (widget_class, SylWindow, compare_bin);

  gtk_widget_class_bind_template_callback (widget_class, start_page_open_cb);
  _syl_window_actions_class_init (widget_class);
  _syl_window_disk_class_init (widget_class);
  _syl_window_adaptive_class_init (widget_class);
  _syl_window_jobs_class_init (widget_class);
}

static void
syl_window_init (SylWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _syl_window_numbering_init (self);
  _syl_window_disk_init (self);
  _syl_window_file_init (self);
  _syl_window_review_init (self);
  _syl_window_compare_init (self);
  _syl_window_find_init (self);
  /* The menu's Focus on Section, Collapse All and the like. */
  gtk_widget_insert_action_group (GTK_WIDGET (self), "view",
                                  syl_outline_view_get_menu_actions (self->outline_view));
  _syl_window_check_init (self);

  g_signal_connect_object (self->outline_view, "selection-changed",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->undo_button, "query-tooltip",
                           G_CALLBACK (step_query_tooltip_cb), self, 0);
  g_signal_connect_object (self->redo_button, "query-tooltip",
                           G_CALLBACK (step_query_tooltip_cb), self, 0);
  syl_window_set_document (self, NULL);
}

SylWindow *
syl_window_new (GtkApplication *application)
{
  return g_object_new (SYL_TYPE_WINDOW, "application", application, NULL);
}
