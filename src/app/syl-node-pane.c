/* syl-node-pane.c: the editor of the selected node, beside the tree
 *
 * Every keystroke goes to the document at once, through its history:
 * nothing waits in a widget to be lost when another node is selected, and
 * Ctrl+Z undoes typing as it undoes moves.  Consecutive typing in one field
 * is one step; leaving the field ends the step.  A duration is the one
 * exception: "1" is no duration on the way to "1 h 30", so it goes to the
 * document as a whole, on Enter or when the focus leaves the field, and
 * the window has it entered before it saves, closes or undoes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-duration.h"
#include "syl-accessible.h"
#include "syl-node-pane-private.h"

G_DEFINE_FINAL_TYPE (SylNodePane, syl_node_pane, GTK_TYPE_WIDGET)

/* Sets an editable's text only when it differs, so the cursor stays put
 * when the model echoes what was just typed. */
void
_syl_node_pane_set_entry_text (GtkEditable *editable,
                               const char  *text)
{
  if (g_strcmp0 (gtk_editable_get_text (editable), text) != 0)
    gtk_editable_set_text (editable, text);
}

static GtkTextBuffer *
notes_buffer (SylNodePane *self)
{
  return gtk_text_view_get_buffer (GTK_TEXT_VIEW (self->notes_view));
}

static void
update_notes (SylNodePane *self)
{
  GtkTextBuffer *buffer = notes_buffer (self);
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  if (g_strcmp0 (text, syl_node_get_notes (self->node)) != 0)
    gtk_text_buffer_set_text (buffer, syl_node_get_notes (self->node), -1);
}

static const char *
duration_hint (void)
{
  return _("Minutes (90), hours and minutes (1 h 30 min, 1.5 h) or 1:30; empty for none");
}

/* Marks the duration field with @error as its tooltip, or with no @error
 * takes the mark away and shows what the field takes. */
static void
mark_duration (SylNodePane  *self,
               const GError *error)
{
  GtkWidget *row = GTK_WIDGET (self->duration_row);
  g_autofree char *message = NULL;

  if (error == NULL)
    {
      gtk_widget_remove_css_class (row, "error");
      gtk_widget_set_tooltip_text (row, duration_hint ());
      return;
    }
  /* The reason, then what the field takes, each on a line of its own. */
  message = g_strdup_printf ("%s\n%s", error->message, duration_hint ());
  gtk_widget_add_css_class (row, "error");
  gtk_widget_set_tooltip_text (row, message);
}

/* Minutes, as the field's title says, when the node's duration is not
 * the one the field last showed, or with @again when it is. */
static void
update_duration (SylNodePane *self,
                 gboolean     again)
{
  int minutes = syl_node_get_duration_minutes (self->node);
  g_autofree char *text = NULL;

  if (minutes == self->shown_duration && !again)
    return;
  self->shown_duration = minutes;
  text = minutes >= 0 ? g_strdup_printf ("%d", minutes) : g_strdup ("");
  mark_duration (self, NULL);
  _syl_node_pane_set_entry_text (GTK_EDITABLE (self->duration_row), text);
}

static SylNode *
chapter_of (SylNode *node)
{
  while (syl_node_get_depth (node) > 1)
    node = syl_node_get_parent (node);
  return node;
}

/* The minutes a chapter's sections add up to, or -1 when none has a
 * duration: the chapter's total is its own duration when it has one. */
static gint64
sections_minutes (SylNode *chapter)
{
  gint64 sum = -1;

  for (guint i = 0; i < syl_node_get_n_children (chapter); i++)
    {
      gint64 minutes = syl_node_get_total_minutes (syl_node_get_child (chapter, i));

      if (minutes >= 0)
        sum = MAX (sum, 0) + minutes;
    }
  return sum;
}

/* "Chapter 1: 6 h 30 min", or, when its sections take longer than the
 * duration the chapter itself was given, by how much.  Returns whether
 * they do. */
static gboolean
append_chapter_total (SylNodePane *self,
                      GString     *text)
{
  SylNode *chapter = chapter_of (self->node);
  gint64 total = syl_node_get_total_minutes (chapter);
  int planned = syl_node_get_duration_minutes (chapter);
  gint64 sections = sections_minutes (chapter);
  g_autofree char *number = NULL;
  g_autofree char *minutes = NULL;

  if (total < 0)
    return FALSE;
  number = syl_document_dup_number (self->document, chapter);
  if (planned >= 0 && sections > planned)
    {
      g_autofree char *goal = syl_format_minutes (planned);
      g_autofree char *over = syl_format_minutes (sections - planned);

      minutes = syl_format_minutes (sections);
      /* Translators: a chapter whose sections take longer than the duration
       * the chapter was given: "Chapter 1: 2 h 30 min of 2 h — 30 min over". */
      g_string_append_printf (text, _("Chapter %s: %s of %s — %s over"), number, minutes, goal,
                              over);
      return TRUE;
    }
  minutes = syl_format_minutes (total);
  /* Translators: the time a chapter takes: "Chapter 1: 6 h 30 min". */
  g_string_append_printf (text, _("Chapter %s: %s"), number, minutes);
  return FALSE;
}

/* "course 11 h 45 min of 12 h", or by how much it is over its target.
 * Returns whether it is. */
static gboolean
append_course_total (SylNodePane *self,
                     GString     *text)
{
  gint64 total = MAX (syl_node_get_total_minutes (syl_document_get_root (self->document)), 0);
  int target = syl_document_get_target_minutes (self->document);
  g_autofree char *minutes = syl_format_minutes (total);
  g_autofree char *goal = NULL;

  if (text->len > 0)
    g_string_append (text, " · ");
  if (target < 0)
    {
      /* Translators: the course's total time: "course 11 h 45 min". */
      g_string_append_printf (text, _("course %s"), minutes);
      return FALSE;
    }
  goal = syl_format_minutes (target);
  if (total > target)
    {
      g_autofree char *over = syl_format_minutes (total - target);

      /* Translators: the course's total time over its target:
       * "course 9 h 30 min of 8 h — 1 h 30 min over". */
      g_string_append_printf (text, _("course %s of %s — %s over"), minutes, goal, over);
      return TRUE;
    }
  /* Translators: the course's total time against its target: "course 11 h of 12 h". */
  g_string_append_printf (text, _("course %s of %s"), minutes, goal);
  return FALSE;
}

/* "Chapter 1: 6 h 30 min · course 11 h 45 min of 12 h", in the colour of
 * a warning when either is over what it was meant to take: the words say
 * so too, for those who do not see the colour. */
static void
update_totals (SylNodePane *self)
{
  GtkWidget *label = GTK_WIDGET (self->totals_label);
  g_autoptr(GString) text = g_string_new (NULL);
  gboolean over = append_chapter_total (self, text);

  if (syl_node_get_total_minutes (syl_document_get_root (self->document)) >= 0 ||
      syl_document_get_target_minutes (self->document) >= 0)
    over |= append_course_total (self, text);
  if (text->len == 0)
    g_string_append (text, _("No durations yet: give sections a duration to see the totals."));
  gtk_label_set_text (self->totals_label, text->str);
  /* Dimmed, the warning colour would be hard to read. */
  if (over)
    {
      gtk_widget_remove_css_class (label, "dim-label");
      gtk_widget_add_css_class (label, "warning");
    }
  else
    {
      gtk_widget_remove_css_class (label, "warning");
      gtk_widget_add_css_class (label, "dim-label");
    }
}

static void
update_fields (SylNodePane *self)
{
  g_autofree char *number = NULL;

  if (self->node == NULL || syl_node_get_parent (self->node) == NULL)
    return;

  /* The text the find bar's match was in may have changed. */
  _syl_node_pane_clear_match (self);
  number = syl_document_dup_number (self->document, self->node);
  SYL_NODE_PANE_UPDATING (self, {
    gtk_label_set_text (self->number_label, number);
    _syl_node_pane_set_entry_text (GTK_EDITABLE (self->title_row), syl_node_get_title (self->node));
    adw_combo_row_set_selected (self->kind_row, syl_node_get_kind (self->node));
    gtk_switch_set_active (self->optional_switch, syl_node_get_optional (self->node));
    update_duration (self, FALSE);
    update_notes (self);
    _syl_node_pane_update_lists (self);
  });
  update_totals (self);
  syl_comments_view_set_node (self->comments_view, self->document, self->node);
}

static void
title_changed_cb (SylNodePane *self)
{
  if (self->updating || self->node == NULL || self->read_only)
    return;
  syl_document_set_string (self->document, self->node, "title",
                           gtk_editable_get_text (GTK_EDITABLE (self->title_row)), TRUE, NULL);
}

static void
kind_changed_cb (SylNodePane *self)
{
  guint kind = adw_combo_row_get_selected (self->kind_row);

  if (self->updating || self->node == NULL || self->read_only || kind > SYL_NODE_KIND_EXAMPLE)
    return;
  syl_document_set_kind (self->document, self->node, kind, NULL);
}

static void
optional_changed_cb (SylNodePane *self)
{
  if (self->updating || self->node == NULL || self->read_only)
    return;
  syl_document_set_boolean (self->document, self->node, "optional",
                            gtk_switch_get_active (self->optional_switch), NULL);
}

/* Typing a duration takes the mark away at once; the document has it on
 * Enter or when the focus leaves the field (syl_node_pane_commit()). */
static void
duration_changed_cb (SylNodePane *self)
{
  int minutes;

  if (self->updating || self->node == NULL || self->read_only)
    return;
  if (syl_parse_duration (gtk_editable_get_text (GTK_EDITABLE (self->duration_row)), &minutes,
                          NULL))
    mark_duration (self, NULL);
}

/**
 * syl_node_pane_commit:
 *
 * Puts a duration typed but not yet entered into the document, as Enter
 * does, so that saving, closing or undoing does not pass it by.  Anything
 * that is no duration is marked and changes nothing.
 *
 * Returns: %FALSE when the duration field holds no duration
 */
gboolean
syl_node_pane_commit (SylNodePane *self)
{
  const char *text;
  g_autoptr(GError) error = NULL;
  int minutes;

  g_return_val_if_fail (SYL_IS_NODE_PANE (self), FALSE);

  if (self->node == NULL || self->read_only || syl_node_get_parent (self->node) == NULL)
    return TRUE;
  text = gtk_editable_get_text (GTK_EDITABLE (self->duration_row));
  if (!syl_parse_duration (text, &minutes, &error))
    {
      mark_duration (self, error);
      return FALSE;
    }
  syl_document_set_int (self->document, self->node, "duration-minutes", minutes, NULL);
  /* "1 h 30" shows as the 90 minutes it was read as, even when the node
   * had them already and nothing changed. */
  SYL_NODE_PANE_UPDATING (self, update_duration (self, TRUE));
  return TRUE;
}

static void
duration_activated_cb (SylNodePane *self)
{
  syl_node_pane_commit (self);
}

static void
duration_leave_cb (SylNodePane *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));

  /* A window on its way out had the duration entered before it asked to
   * save (syl_node_pane_commit()); its document is past changing. */
  if (self->document != NULL && !gtk_widget_in_destruction (GTK_WIDGET (self)) &&
      (root == NULL || !gtk_widget_in_destruction (GTK_WIDGET (root))))
    syl_node_pane_commit (self);
}

static void
notes_changed_cb (SylNodePane *self)
{
  GtkTextBuffer *buffer = notes_buffer (self);
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->updating || self->node == NULL || self->read_only)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  syl_document_set_string (self->document, self->node, "notes", text, TRUE, NULL);
}

/* Leaving a field ends its step: typing there again later is a new one. */
static void
focus_leave_cb (SylNodePane *self)
{
  if (self->document != NULL)
    syl_history_break_merge (syl_document_get_history (self->document));
}

void
_syl_node_pane_watch_focus (SylNodePane *self,
                            GtkWidget   *widget)
{
  GtkEventController *controller = gtk_event_controller_focus_new ();

  g_signal_connect_object (controller, "leave", G_CALLBACK (focus_leave_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (widget, controller);
}

static void
history_applied_cb (SylNodePane *self)
{
  if (self->node != NULL && syl_node_get_parent (self->node) == NULL)
    {
      /* The node left the tree (deleted); the window selects another. */
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }
  update_fields (self);
}

static void
clear_node (SylNodePane *self)
{
  _syl_node_pane_clear_match (self);
  g_clear_object (&self->node);
  self->shown_duration = G_MININT;
  syl_comments_view_set_node (self->comments_view, self->document, NULL);
}

void
syl_node_pane_set_document (SylNodePane *self,
                            SylDocument *document)
{
  g_return_if_fail (SYL_IS_NODE_PANE (self));

  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (syl_document_get_history (self->document), self);
  clear_node (self);
  g_set_object (&self->document, document);
  if (document != NULL)
    g_signal_connect_object (syl_document_get_history (document), "applied",
                             G_CALLBACK (history_applied_cb), self, G_CONNECT_SWAPPED);
  gtk_stack_set_visible_child_name (self->stack, "none");
}

/**
 * syl_node_pane_set_nodes:
 * @nodes: the selected nodes
 *
 * Edits the one selected node, or says that none or several are selected.
 */
void
syl_node_pane_set_nodes (SylNodePane *self,
                         GPtrArray   *nodes)
{
  g_return_if_fail (SYL_IS_NODE_PANE (self));

  if (nodes != NULL && nodes->len == 1 && g_ptr_array_index (nodes, 0) == self->node)
    {
      update_fields (self);
      return;
    }

  clear_node (self);
  if (nodes == NULL || nodes->len == 0 || self->document == NULL)
    {
      gtk_stack_set_visible_child_name (self->stack, "none");
      return;
    }
  if (nodes->len > 1)
    {
      g_autofree char *title = g_strdup_printf (ngettext ("%u Item Selected", "%u Items Selected",
                                                          nodes->len), nodes->len);
      adw_status_page_set_title (ADW_STATUS_PAGE (self->multiple_page), title);
      gtk_stack_set_visible_child_name (self->stack, "multiple");
      return;
    }

  self->node = g_object_ref (g_ptr_array_index (nodes, 0));
  update_fields (self);
  gtk_stack_set_visible_child_name (self->stack, "node");
}

/**
 * syl_node_pane_set_read_only:
 *
 * For review mode: every field shows the node but none changes it, except
 * the comments, which stay open to replies, resolutions and new ones.
 */
void
syl_node_pane_set_read_only (SylNodePane *self,
                             gboolean     read_only)
{
  static const char * const actions[] = {
    "pane.add-objective", "pane.objective-up", "pane.objective-down", "pane.objective-remove",
    "pane.add-example", "pane.example-up", "pane.example-down", "pane.example-remove",
  };

  g_return_if_fail (SYL_IS_NODE_PANE (self));

  self->read_only = !!read_only;
  gtk_editable_set_editable (GTK_EDITABLE (self->title_row), !read_only);
  gtk_editable_set_editable (GTK_EDITABLE (self->duration_row), !read_only);
  gtk_widget_set_sensitive (GTK_WIDGET (self->kind_row), !read_only);
  gtk_widget_set_sensitive (GTK_WIDGET (self->optional_switch), !read_only);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self->notes_view), !read_only);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (self->notes_view), !read_only);
  for (guint i = 0; i < G_N_ELEMENTS (actions); i++)
    gtk_widget_action_set_enabled (GTK_WIDGET (self), actions[i], !read_only);
  _syl_node_pane_lists_read_only (self);
}

/* The threads of the node shown, for tests. */
GtkWidget *
syl_node_pane_get_comments_view (SylNodePane *self)
{
  g_return_val_if_fail (SYL_IS_NODE_PANE (self), NULL);
  return GTK_WIDGET (self->comments_view);
}

/**
 * syl_node_pane_focus_field:
 *
 * Moves the focus to @field of the node shown, which scrolls it into
 * view: the first button of the objectives or the comments, which may
 * have no field yet.
 *
 * Returns: whether the field took the focus; not when several nodes or
 *   none are shown
 */
gboolean
syl_node_pane_focus_field (SylNodePane  *self,
                           SylNodeField  field)
{
  GtkWidget *widget;

  g_return_val_if_fail (SYL_IS_NODE_PANE (self), FALSE);

  if (self->node == NULL ||
      g_strcmp0 (gtk_stack_get_visible_child_name (self->stack), "node") != 0)
    return FALSE;
  switch (field)
    {
    case SYL_NODE_FIELD_TITLE:
      return gtk_widget_grab_focus (GTK_WIDGET (self->title_row));
    case SYL_NODE_FIELD_DURATION:
      return gtk_widget_grab_focus (GTK_WIDGET (self->duration_row));
    case SYL_NODE_FIELD_NOTES:
      return gtk_widget_grab_focus (GTK_WIDGET (self->notes_view));
    case SYL_NODE_FIELD_OBJECTIVES:
      widget = gtk_widget_get_ancestor (GTK_WIDGET (self->objectives_list),
                                        ADW_TYPE_PREFERENCES_GROUP);
      return gtk_widget_child_focus (widget, GTK_DIR_TAB_FORWARD);
    case SYL_NODE_FIELD_COMMENTS:
      return gtk_widget_child_focus (GTK_WIDGET (self->comments_view), GTK_DIR_TAB_FORWARD);
    default:
      g_return_val_if_reached (FALSE);
    }
}

static void
setup_notes (SylNodePane *self)
{
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();
  GtkSourceStyleSchemeManager *schemes = gtk_source_style_scheme_manager_get_default ();
  GtkSourceBuffer *buffer = GTK_SOURCE_BUFFER (notes_buffer (self));
  AdwStyleManager *style = adw_style_manager_get_default ();

  gtk_source_buffer_set_language (buffer, gtk_source_language_manager_get_language (languages,
                                                                                    "markdown"));
  gtk_source_buffer_set_style_scheme (buffer, gtk_source_style_scheme_manager_get_scheme (
                                      schemes, adw_style_manager_get_dark (style) ? "Adwaita-dark"
                                                                                  : "Adwaita"));
  /* One history: the document's.  The buffer's own would undo behind it. */
  gtk_text_buffer_set_enable_undo (GTK_TEXT_BUFFER (buffer), FALSE);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (notes_changed_cb), self,
                           G_CONNECT_SWAPPED);
}

static void
syl_node_pane_dispose (GObject *object)
{
  SylNodePane *self = SYL_NODE_PANE (object);

  syl_node_pane_set_document (self, NULL);
  _syl_node_pane_clear_match (self);
  syl_undo_toast_clear (&self->toast);
  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_NODE_PANE);

  G_OBJECT_CLASS (syl_node_pane_parent_class)->dispose (object);
}

static void
syl_node_pane_class_init (SylNodePaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_node_pane_dispose;

  g_type_ensure (GTK_SOURCE_TYPE_VIEW);
  g_type_ensure (SYL_TYPE_COMMENTS_VIEW);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/syllabus/Syllabus/syl-node-pane.ui");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_bind_template_child (widget_class, SylNodePane, stack);
  gtk_widget_class_bind_template_child (widget_class, SylNodePane, multiple_page);
  gtk_widget_class_bind_template_child (widget_class, SylNodePane, number_label);
  gtk_widget_class_bind_template_child (widget_class, SylNodePane, section_group);
  gtk_widget_class_bind_template_child (widget_class, SylNodePane, title_row);
  gtk_widget_class_bind_template_child (widget_class, SylNodePane, kind_row);
  gtk_widget_class_bind_template_child (widget_class, SylNodePane, optional_switch);
  gtk_widget_class_bind_template_child (widget_class, SylNodePane, duration_row);
  gtk_widget_class_bind_template_child (widget_class, SylNodePane, totals_label);
  gtk_widget_class_bind_template_child (widget_class, SylNodePane, notes_view);
  gtk_widget_class_bind_template_child (widget_class, SylNodePane, objectives_list);
  gtk_widget_class_bind_template_child (widget_class, SylNodePane, examples_box);
  gtk_widget_class_bind_template_child (widget_class, SylNodePane, comments_view);
  gtk_widget_class_bind_template_child (widget_class, SylNodePane, scroller);
  gtk_widget_class_bind_template_callback (widget_class, duration_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, duration_activated_cb);
  gtk_widget_class_bind_template_callback (widget_class, duration_leave_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  _syl_node_pane_install_actions (widget_class);
}

static void
syl_node_pane_init (SylNodePane *self)
{
  gtk_source_init ();
  gtk_widget_init_template (GTK_WIDGET (self));
  self->shown_duration = G_MININT;
  syl_accessible_name_group_list (self->section_group, _("Section"));
  syl_accessible_name_combo_list (self->kind_row);

  gtk_editable_set_enable_undo (GTK_EDITABLE (self->title_row), FALSE);
  gtk_editable_set_enable_undo (GTK_EDITABLE (self->duration_row), FALSE);
  g_signal_connect_object (self->title_row, "changed", G_CALLBACK (title_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->kind_row, "notify::selected", G_CALLBACK (kind_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->optional_switch, "notify::active",
                           G_CALLBACK (optional_changed_cb), self, G_CONNECT_SWAPPED);
  _syl_node_pane_watch_focus (self, GTK_WIDGET (self->title_row));
  _syl_node_pane_watch_focus (self, GTK_WIDGET (self->notes_view));
  setup_notes (self);
  _syl_node_pane_setup_lists (self);
}
