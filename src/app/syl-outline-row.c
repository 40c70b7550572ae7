/* syl-outline-row.c: one row of the outline tree
 *
 * A row shows a node's number, title, badges and open comments, what it
 * has and lacks and its duration (see syl-outline-row-markers.c), and
 * renames it in place.  Rows are recycled as the list scrolls: everything
 * a row shows comes from the node it is bound to, and it lets go of the
 * node when unbound.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-accessible.h"
#include "syl-outline-row-a11y.h"
#include "syl-outline-row-private.h"
#include "syl-outline-view.h"

G_DEFINE_FINAL_TYPE (SylOutlineRow, syl_outline_row, GTK_TYPE_WIDGET)

enum {
  RENAME_DONE,
  TOGGLE_EXPANDED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void update_accessible (SylOutlineRow *self);

static void
update_title (SylOutlineRow *self)
{
  const char *title = syl_node_get_title (self->node);

  /* The highlights were of the old title. */
  gtk_label_set_attributes (self->title_label, NULL);
  gtk_label_set_text (self->title_label, *title ? title : _("Untitled"));
  gtk_widget_set_opacity (GTK_WIDGET (self->title_label), *title ? 1.0 : 0.55);
}

/* The texts other than the title. */
#define INNER_FIELDS (SYL_SEARCH_ALL & ~SYL_SEARCH_TITLE)

/* The find bar's word in the title, in the colours of GNOME Text Editor's
 * search matches, which read in the dark style too. */
static PangoAttrList *
title_highlights (GArray *matches)
{
  PangoAttrList *attrs = NULL;

  for (guint i = 0; i < matches->len; i++)
    {
      const SylSearchMatch *match = &g_array_index (matches, SylSearchMatch, i);
      PangoAttribute *background = pango_attr_background_new (0xf6f6, 0xd3d3, 0x2d2d);
      PangoAttribute *foreground = pango_attr_foreground_new (0x0000, 0x0000, 0x0000);

      if (attrs == NULL)
        attrs = pango_attr_list_new ();
      background->start_index = foreground->start_index = match->start;
      background->end_index = foreground->end_index = match->end;
      pango_attr_list_insert (attrs, background);
      pango_attr_list_insert (attrs, foreground);
    }
  return attrs;
}

/**
 * syl_outline_row_set_highlight:
 * @search: (nullable): the find bar's search, or %NULL for none
 *
 * Highlights where @search's word is in the title, and shows a quiet
 * marker when it is also in the node's other texts.  The row does not
 * keep @search: the view calls this again when the word changes.
 */
void
syl_outline_row_set_highlight (SylOutlineRow *self,
                               SylSearch     *search)
{
  g_autoptr(GArray) matches = NULL;
  g_autoptr(PangoAttrList) attrs = NULL;

  g_return_if_fail (SYL_IS_OUTLINE_ROW (self));

  /* Only the title's matches are located: rows are bound by the hundred
   * as the list scrolls, and a word of one letter occurs dozens of times
   * in a section's notes. */
  self->inner_match = FALSE;
  if (search != NULL && self->node != NULL)
    {
      matches = syl_search_matches_new ();
      syl_search_node_in (search, self->node, SYL_SEARCH_TITLE, matches);
      attrs = title_highlights (matches);
      self->inner_match = syl_search_node_has_match (search, self->node, INNER_FIELDS);
    }
  /* An empty title shows "Untitled", which is not the title. */
  if (attrs != NULL && *syl_node_get_title (self->node) == '\0')
    g_clear_pointer (&attrs, pango_attr_list_unref);
  if (attrs != NULL || gtk_label_get_attributes (self->title_label) != NULL)
    gtk_label_set_attributes (self->title_label, attrs);
  gtk_widget_set_visible (self->find_marker, self->inner_match);
}

static SylSearch *
view_highlight (SylOutlineRow *self)
{
  GtkWidget *view = gtk_widget_get_ancestor (GTK_WIDGET (self), SYL_TYPE_OUTLINE_VIEW);

  return view != NULL ? syl_outline_view_get_highlight (SYL_OUTLINE_VIEW (view)) : NULL;
}

/* After the title changed: the view's word, if any, in the new one. */
static void
highlight_from_view (SylOutlineRow *self)
{
  syl_outline_row_set_highlight (self, view_highlight (self));
}

static void
update_badges (SylOutlineRow *self)
{
  SylNodeKind kind = syl_node_get_kind (self->node);

  gtk_widget_set_visible (GTK_WIDGET (self->kind_badge), kind != SYL_NODE_KIND_SECTION);
  gtk_widget_remove_css_class (GTK_WIDGET (self->kind_badge), "discussion");
  gtk_widget_remove_css_class (GTK_WIDGET (self->kind_badge), "example");
  if (kind == SYL_NODE_KIND_DISCUSSION)
    {
      /* Translators: a badge on a discussion item of the outline (【思考】). */
      gtk_label_set_text (self->kind_badge, _("Discussion"));
      gtk_widget_add_css_class (GTK_WIDGET (self->kind_badge), "discussion");
    }
  else if (kind == SYL_NODE_KIND_EXAMPLE)
    {
      /* Translators: a badge on a worked example of the outline (【示例】). */
      gtk_label_set_text (self->kind_badge, _("Example"));
      gtk_widget_add_css_class (GTK_WIDGET (self->kind_badge), "example");
    }
  gtk_widget_set_visible (GTK_WIDGET (self->optional_badge), syl_node_get_optional (self->node));
}

static void
update_comments (SylOutlineRow *self)
{
  guint open = syl_node_count_open_annotations (self->node);
  g_autofree char *text = g_strdup_printf ("%u", open);

  gtk_widget_set_visible (GTK_WIDGET (self->comments_label), open > 0);
  gtk_label_set_text (self->comments_label, text);
}

/* The widest a title's tooltip gets, in the widths of an average
 * character. */
#define TOOLTIP_COLUMNS 50

/* How wide @text is, in the widths of an average character: a Chinese
 * character takes two. */
static guint
text_columns (const char *text)
{
  guint columns = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    columns += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  return columns;
}

/* Chapters are bold.  The number is bold through its attributes, not the
 * style sheet: GTK 4.8's GtkInscription does not lay its text out again
 * when only the font weight from the style sheet changes, so a row widget
 * reused for a section kept a bold number. */
static void
update_chapter (SylOutlineRow *self)
{
  gboolean chapter = syl_node_get_depth (self->node) == 1;
  g_autoptr(PangoAttrList) attrs = NULL;

  if (chapter == gtk_widget_has_css_class (GTK_WIDGET (self), "chapter"))
    return;
  if (chapter)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "chapter");
      attrs = pango_attr_list_new ();
      pango_attr_list_insert (attrs, pango_attr_weight_new (PANGO_WEIGHT_BOLD));
    }
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "chapter");
  gtk_inscription_set_attributes (self->number_label, attrs);
}

void
syl_outline_row_update_number (SylOutlineRow *self)
{
  g_autofree char *number = NULL;
  guint columns;

  g_return_if_fail (SYL_IS_OUTLINE_ROW (self));

  if (self->node == NULL)
    return;

  /* In the document's numbering style: "1.4", "第一章", or none.  The
   * number is a GtkInscription, sized by its length rather than its text:
   * a move renumbers every row below it, and new text of the same length
   * is then only drawn again, where a label would be measured again. */
  number = syl_document_dup_number (self->document, self->node);
  columns = text_columns (number);
  /* GtkInscription gives itself its text as its accessible name. */
  if (g_strcmp0 (gtk_inscription_get_text (self->number_label), number) != 0)
    gtk_inscription_set_text (self->number_label, number);
  gtk_inscription_set_min_chars (self->number_label, columns);
  gtk_inscription_set_nat_chars (self->number_label, columns);
  gtk_widget_set_visible (GTK_WIDGET (self->number_label), *number != '\0');
  /* Chinese puts no space after "一、" or "（一）". */
  if (*syl_numbering_separator_after (number) == '\0')
    gtk_widget_add_css_class (GTK_WIDGET (self->number_label), "tight");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->number_label), "tight");
  update_chapter (self);
  update_accessible (self);
}

static void
update_accessible (SylOutlineRow *self)
{
  gboolean expanded;
  g_autofree char *label = NULL;

  if (self->node == NULL)
    return;
  /* Through a step, the list rows of a moved chapter close and die, and
   * the rows are numbered and bound again: a screen reader hears once what
   * the row says after it, and the row works it out once, not at every
   * turn (each a message on the accessibility bus). */
  if (self->paused)
    {
      self->accessible_stale = TRUE;
      return;
    }
  self->accessible_stale = FALSE;
  expanded = syl_node_get_expanded (self->node);
  label = syl_outline_row_dup_accessible_label (self->document, self->node, expanded);
  if (g_strcmp0 (label, self->accessible_label) == 0)
    return;
  syl_accessible_set_label (GTK_WIDGET (self), label);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LEVEL,
                                  (int) syl_node_get_depth (self->node), -1);
  if (syl_node_get_n_children (self->node) > 0)
    gtk_accessible_update_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_EXPANDED, expanded,
                                 -1);
  else
    gtk_accessible_reset_state (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_STATE_EXPANDED);
#if GTK_CHECK_VERSION(4, 12, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (self->list_item != NULL && gtk_list_item_get_child (self->list_item) == GTK_WIDGET (self))
    gtk_list_item_set_accessible_label (self->list_item, label);
  G_GNUC_END_IGNORE_DEPRECATIONS
#endif
  g_free (self->accessible_label);
  self->accessible_label = g_steal_pointer (&label);
}

static void
node_notify_cb (SylOutlineRow *self,
                GParamSpec    *pspec,
                SylNode       *node)
{
  /* What a screen reader says of the row follows its title, kind,
   * optional flag and open comments. */
  if (g_str_equal (pspec->name, "title"))
    {
      update_title (self);
      highlight_from_view (self);
      update_accessible (self);
    }
  else if (g_str_equal (pspec->name, "kind"))
    {
      update_badges (self);
      _syl_outline_row_update_markers (self);
      update_accessible (self);
    }
  else if (g_str_equal (pspec->name, "optional"))
    {
      update_badges (self);
      update_accessible (self);
    }
  else if (g_str_equal (pspec->name, "open-annotations"))
    {
      update_comments (self);
      update_accessible (self);
    }
  else if (g_str_equal (pspec->name, "expanded"))
    {
      syl_row_expander_set_expanded (self->expander, syl_node_get_expanded (self->node));
      update_accessible (self);
    }
  else if (g_str_equal (pspec->name, "total-minutes"))
    _syl_outline_row_update_duration (self);
  else if (g_str_equal (pspec->name, "notes") || g_str_equal (pspec->name, "objectives"))
    _syl_outline_row_update_markers (self);
  else if (g_str_equal (pspec->name, "duration-minutes"))
    {
      _syl_outline_row_update_markers (self);
      _syl_outline_row_update_duration (self);
    }
}

/* Rows without children show no arrow. */
static void
update_leaf (SylOutlineRow *self)
{
  syl_row_expander_set_leaf (self->expander, syl_node_get_n_children (self->node) == 0);
  update_accessible (self);
}

/* Ends renaming, keeping the text with @commit.  Only a rename the user
 * ends hands the focus back to the list (@notify): a row that is unbound
 * while renaming may be going away with the whole list. */
static void
finish_rename (SylOutlineRow *self,
               gboolean       commit,
               gboolean       notify)
{
  g_autofree char *text = NULL;

  if (!syl_outline_row_is_renaming (self))
    return;

  text = g_strdup (gtk_editable_get_text (GTK_EDITABLE (self->title_entry)));
  gtk_stack_set_visible_child_name (self->title_stack, "label");
  if (commit && self->node != NULL && syl_node_get_parent (self->node) != NULL &&
      g_strcmp0 (text, syl_node_get_title (self->node)) != 0)
    syl_document_set_string (self->document, self->node, "title", text, FALSE, NULL);
  if (notify)
    g_signal_emit (self, signals[RENAME_DONE], 0);
}

static void
stop_rename (SylOutlineRow *self,
             gboolean       commit)
{
  finish_rename (self, commit, TRUE);
}

static void
title_entry_activate_cb (SylOutlineRow *self)
{
  stop_rename (self, TRUE);
}

static gboolean
cancel_rename_cb (GtkWidget *widget,
                  GVariant  *args,
                  gpointer   user_data)
{
  stop_rename (SYL_OUTLINE_ROW (user_data), FALSE);
  return TRUE;
}

/* Leaving the field keeps what was typed, as file managers do. */
static void
entry_focus_leave_cb (SylOutlineRow *self)
{
  finish_rename (self, TRUE, FALSE);
}

/* Tooltips are made when asked for, not on every bind: setting one on
 * GTK 4.8 asks the X server where the pointer is, and rows are bound by
 * the hundred when the list scrolls or a chapter moves. */
/* Only a title cut short gets a tooltip, and the tooltip's label is as
 * wide as the title up to a limit: GTK's own tooltip label is sized to its
 * narrowest, which breaks Chinese text after every few characters. */
static gboolean
title_query_tooltip_cb (SylOutlineRow *self,
                        int            x,
                        int            y,
                        gboolean       keyboard,
                        GtkTooltip    *tooltip)
{
  const char *title;
  GtkWidget *label;

  if (self->node == NULL || *syl_node_get_title (self->node) == '\0' ||
      !pango_layout_is_ellipsized (gtk_label_get_layout (self->title_label)))
    return FALSE;

  title = syl_node_get_title (self->node);
  label = gtk_label_new (title);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_width_chars (GTK_LABEL (label), (int) MIN (text_columns (title), TOOLTIP_COLUMNS));
  gtk_label_set_max_width_chars (GTK_LABEL (label), TOOLTIP_COLUMNS);
  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_tooltip_set_custom (tooltip, label);
  return TRUE;
}

static gboolean
comments_query_tooltip_cb (SylOutlineRow *self,
                           int            x,
                           int            y,
                           gboolean       keyboard,
                           GtkTooltip    *tooltip)
{
  guint open;
  g_autofree char *text = NULL;

  if (self->node == NULL)
    return FALSE;
  open = syl_node_count_open_annotations (self->node);
  text = g_strdup_printf (ngettext ("%u open comment", "%u open comments", open), open);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static gboolean
marker_query_tooltip_cb (SylOutlineRow *self,
                         int            x,
                         int            y,
                         gboolean       keyboard,
                         GtkTooltip    *tooltip)
{
  SylSearch *search = view_highlight (self);
  g_autofree char *text = NULL;
  guint n;

  if (!self->inner_match || search == NULL || self->node == NULL)
    return FALSE;
  n = syl_search_node_in (search, self->node, INNER_FIELDS, NULL);
  text = g_strdup_printf (ngettext ("%u match in the notes, objectives, examples or comments",
                                    "%u matches in the notes, objectives, examples or comments",
                                    n), n);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* A double click on the title renames, as in file managers, except in
 * review mode, where titles cannot change. */
static void
title_pressed_cb (GtkGestureClick *gesture,
                  int              n_press,
                  double           x,
                  double           y,
                  SylOutlineRow   *self)
{
  GtkWidget *view = gtk_widget_get_ancestor (GTK_WIDGET (self), SYL_TYPE_OUTLINE_VIEW);

  if (view != NULL && syl_outline_view_get_read_only (SYL_OUTLINE_VIEW (view)))
    return;
  if (n_press == 2 && !syl_outline_row_is_renaming (self))
    {
      gtk_gesture_set_state (GTK_GESTURE (gesture), GTK_EVENT_SEQUENCE_CLAIMED);
      syl_outline_row_start_rename (self);
    }
}

static void
syl_outline_row_dispose (GObject *object)
{
  SylOutlineRow *self = SYL_OUTLINE_ROW (object);

  syl_outline_row_resume (self);
  syl_outline_row_unbind (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_OUTLINE_ROW);

  G_OBJECT_CLASS (syl_outline_row_parent_class)->dispose (object);
}

static void
syl_outline_row_class_init (SylOutlineRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_outline_row_dispose;

  signals[RENAME_DONE] =
    g_signal_new ("rename-done", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);
  /**
   * SylOutlineRow::toggle-expanded:
   *
   * The row's arrow was clicked: the view opens or closes the row.
   */
  signals[TOGGLE_EXPANDED] =
    g_signal_new ("toggle-expanded", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  g_type_ensure (SYL_TYPE_ROW_EXPANDER);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/syllabus/Syllabus/syl-outline-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SylOutlineRow, expander);
  gtk_widget_class_bind_template_child (widget_class, SylOutlineRow, number_label);
  gtk_widget_class_bind_template_child (widget_class, SylOutlineRow, title_stack);
  gtk_widget_class_bind_template_child (widget_class, SylOutlineRow, title_label);
  gtk_widget_class_bind_template_child (widget_class, SylOutlineRow, title_entry);
  gtk_widget_class_bind_template_child (widget_class, SylOutlineRow, kind_badge);
  gtk_widget_class_bind_template_child (widget_class, SylOutlineRow, optional_badge);
  gtk_widget_class_bind_template_child (widget_class, SylOutlineRow, comments_label);
  gtk_widget_class_bind_template_child (widget_class, SylOutlineRow, find_marker);
  gtk_widget_class_bind_template_child (widget_class, SylOutlineRow, content_box);
  gtk_widget_class_bind_template_child (widget_class, SylOutlineRow, markers_box);
  gtk_widget_class_bind_template_child (widget_class, SylOutlineRow, notes_marker);
  gtk_widget_class_bind_template_child (widget_class, SylOutlineRow, objectives_marker);
  gtk_widget_class_bind_template_child (widget_class, SylOutlineRow, examples_marker);
  gtk_widget_class_bind_template_child (widget_class, SylOutlineRow, duration_marker);
  gtk_widget_class_bind_template_child (widget_class, SylOutlineRow, duration_label);
  gtk_widget_class_bind_template_callback (widget_class, title_entry_activate_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_TREE_ITEM);
}

static void
expander_toggled_cb (SylOutlineRow *self)
{
  if (self->node != NULL)
    g_signal_emit (self, signals[TOGGLE_EXPANDED], 0);
}

static void
syl_outline_row_init (SylOutlineRow *self)
{
  GtkEventController *controller;
  GtkShortcut *shortcut;

  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect_object (self->expander, "toggled", G_CALLBACK (expander_toggled_cb), self,
                           G_CONNECT_SWAPPED);
  _syl_outline_row_markers_init (self);

  /* Escape is a shortcut in the bubble phase, so an input method that is
   * composing (pinyin, say) gets the key first and keeps it. */
  controller = gtk_shortcut_controller_new ();
  shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                               gtk_callback_action_new (cancel_rename_cb, self, NULL));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
  gtk_widget_add_controller (GTK_WIDGET (self->title_entry), controller);

  gtk_widget_set_has_tooltip (GTK_WIDGET (self->title_label), TRUE);
  g_signal_connect_object (self->title_label, "query-tooltip", G_CALLBACK (title_query_tooltip_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self->comments_label), TRUE);
  g_signal_connect_object (self->comments_label, "query-tooltip",
                           G_CALLBACK (comments_query_tooltip_cb), self, G_CONNECT_SWAPPED);

  gtk_widget_set_has_tooltip (self->find_marker, TRUE);
  g_signal_connect_object (self->find_marker, "query-tooltip", G_CALLBACK (marker_query_tooltip_cb),
                           self, G_CONNECT_SWAPPED);

  controller = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  g_signal_connect_object (controller, "pressed", G_CALLBACK (title_pressed_cb), self, 0);
  gtk_widget_add_controller (GTK_WIDGET (self->title_label), controller);

  controller = gtk_event_controller_focus_new ();
  g_signal_connect_object (controller, "leave", G_CALLBACK (entry_focus_leave_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (GTK_WIDGET (self->title_entry), controller);
}

SylOutlineRow *
syl_outline_row_new (void)
{
  return g_object_new (SYL_TYPE_OUTLINE_ROW, NULL);
}

/**
 * syl_outline_row_bind:
 * @node: the node the row shows
 * @depth: how many levels the row's node is below the first level shown
 *
 * Shows @node in the row.  Binding the row to the node it shows already
 * only renumbers and indents it: GTK 4.8 binds every row below a change
 * anew, and a rename in progress carries on.
 */
void
syl_outline_row_bind (SylOutlineRow *self,
                      SylNode       *node,
                      guint          depth,
                      SylDocument   *document)
{
  g_return_if_fail (SYL_IS_OUTLINE_ROW (self));
  g_return_if_fail (SYL_IS_NODE (node));

  syl_row_expander_set_depth (self->expander, depth);
  if (self->node == node && self->document == document)
    {
      syl_outline_row_update_number (self);
      return;
    }

  syl_outline_row_unbind (self);
  self->node = g_object_ref (node);
  self->document = g_object_ref (document);
  syl_row_expander_set_expanded (self->expander, syl_node_get_expanded (node));

  g_signal_connect_object (self->node, "notify", G_CALLBACK (node_notify_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (self->node, "items-changed", G_CALLBACK (update_leaf), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (syl_node_get_examples (self->node), "items-changed",
                           G_CALLBACK (_syl_outline_row_update_markers), self, G_CONNECT_SWAPPED);
  update_leaf (self);
  update_title (self);
  update_badges (self);
  update_comments (self);
  _syl_outline_row_update_markers (self);
  _syl_outline_row_update_duration (self);
  syl_outline_row_update_number (self);
}

void
syl_outline_row_unbind (SylOutlineRow *self)
{
  g_return_if_fail (SYL_IS_OUTLINE_ROW (self));

  finish_rename (self, TRUE, FALSE);
  syl_outline_row_set_drop_into (self, FALSE);
  if (self->node != NULL)
    {
      GListModel *examples = syl_node_get_examples (self->node);

      g_signal_handlers_disconnect_by_data (self->node, self);
      if (examples != NULL)
        g_signal_handlers_disconnect_by_data (examples, self);
    }
  _syl_outline_row_forget_markers (self);
  g_clear_object (&self->node);
  g_clear_object (&self->document);
  g_clear_pointer (&self->accessible_label, g_free);
}

/**
 * syl_outline_row_pause:
 *
 * Holds back what the row would tell a screen reader until
 * syl_outline_row_resume(): through a history step, a moved row is
 * renumbered and bound again, and a screen reader hears once what it says
 * after the step, when the window has painted it.
 */
void
syl_outline_row_pause (SylOutlineRow *self)
{
  g_return_if_fail (SYL_IS_OUTLINE_ROW (self));
  self->paused = TRUE;
}

/**
 * syl_outline_row_resume:
 *
 * Tells a screen reader what changed while the row was paused.
 */
void
syl_outline_row_resume (SylOutlineRow *self)
{
  g_return_if_fail (SYL_IS_OUTLINE_ROW (self));

  if (!self->paused)
    return;
  self->paused = FALSE;
  if (self->accessible_stale)
    update_accessible (self);
}

gboolean
syl_outline_row_get_paused (SylOutlineRow *self)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_ROW (self), FALSE);
  return self->paused;
}

SylNode *
syl_outline_row_get_node (SylOutlineRow *self)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_ROW (self), NULL);
  return self->node;
}

/**
 * syl_outline_row_set_list_item:
 * @list_item: (nullable): the list item that shows the row
 *
 * Lets the row name its list item on GTK versions that can.
 */
void
syl_outline_row_set_list_item (SylOutlineRow *self,
                               GtkListItem   *list_item)
{
  g_return_if_fail (SYL_IS_OUTLINE_ROW (self));

  self->list_item = list_item;
  g_clear_pointer (&self->accessible_label, g_free);
  update_accessible (self);
}

/* How many levels the row is below the first level shown. */
guint
syl_outline_row_get_depth (SylOutlineRow *self)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_ROW (self), 0);
  return syl_row_expander_get_depth (self->expander);
}

void
syl_outline_row_start_rename (SylOutlineRow *self)
{
  g_return_if_fail (SYL_IS_OUTLINE_ROW (self));

  if (self->node == NULL)
    return;

  gtk_editable_set_text (GTK_EDITABLE (self->title_entry), syl_node_get_title (self->node));
  gtk_stack_set_visible_child_name (self->title_stack, "entry");
  gtk_widget_grab_focus (GTK_WIDGET (self->title_entry));
  gtk_editable_select_region (GTK_EDITABLE (self->title_entry), 0, -1);
}

gboolean
syl_outline_row_is_renaming (SylOutlineRow *self)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_ROW (self), FALSE);
  return g_strcmp0 (gtk_stack_get_visible_child_name (self->title_stack), "entry") == 0;
}

void
syl_outline_row_set_drop_into (SylOutlineRow *self,
                               gboolean       drop_into)
{
  g_return_if_fail (SYL_IS_OUTLINE_ROW (self));

  if (drop_into)
    gtk_widget_add_css_class (GTK_WIDGET (self), "drop-into");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "drop-into");
}

/* Where the row's content starts, after the indentation of its level. */
GtkWidget *
syl_outline_row_get_content (SylOutlineRow *self)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_ROW (self), NULL);
  return GTK_WIDGET (self->number_label);
}

/* The number the row shows, in the document's numbering style. */
const char *
syl_outline_row_get_number (SylOutlineRow *self)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_ROW (self), NULL);
  return gtk_inscription_get_text (self->number_label);
}

/* The number of open comments the row shows, or %NULL when it shows none. */
const char *
syl_outline_row_get_comments (SylOutlineRow *self)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_ROW (self), NULL);

  if (!gtk_widget_get_visible (GTK_WIDGET (self->comments_label)))
    return NULL;
  return gtk_label_get_text (self->comments_label);
}

/* The title's highlights, for tests. */
PangoAttrList *
syl_outline_row_get_title_attributes (SylOutlineRow *self)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_ROW (self), NULL);
  return gtk_label_get_attributes (self->title_label);
}

/* Whether the row shows that its other texts match, for tests. */
gboolean
syl_outline_row_get_inner_match (SylOutlineRow *self)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_ROW (self), FALSE);
  return gtk_widget_get_visible (self->find_marker);
}
