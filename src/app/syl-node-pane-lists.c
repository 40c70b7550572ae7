/* syl-node-pane-lists.c: a node's learning objectives and examples
 *
 * The rows are rebuilt only when the number of items changes; otherwise
 * their texts are updated in place, so undoing a change in one row never
 * takes the cursor out of another.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-node-pane-private.h"

#define INDEX_KEY "syl-index"

static guint
index_of (gpointer widget)
{
  return GPOINTER_TO_UINT (g_object_get_data (G_OBJECT (widget), INDEX_KEY));
}

static void
toast (SylNodePane *self,
       const char  *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *item;

  if (overlay == NULL)
    return;
  item = adw_toast_new (title);
  adw_toast_set_button_label (item, _("_Undo"));
  adw_toast_set_action_name (item, "win.undo");
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), item);
}

/* Whether the item at @index of @n has somewhere to go, up or down. */
static gboolean
can_move (guint    index,
          gboolean up,
          guint    n)
{
  return index < n && (up ? index > 0 : index + 1 < n);
}

/* A flat button for the item at @index, or an insensitive one without
 * @action.  An actionable button takes its sensitivity from its action,
 * over any gtk_widget_set_sensitive(), and the pane's actions are enabled
 * for all the items of a list alike: so an arrow with nowhere to go has no
 * action at all. */
static GtkWidget *
icon_button (const char *icon,
             const char *tooltip,
             const char *action,
             guint       index)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon);

  gtk_widget_set_tooltip_text (button, tooltip);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  if (action != NULL)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", index);
    }
  else
    gtk_widget_set_sensitive (button, FALSE);
  return button;
}

/* The up, down and remove buttons of the item at @index of @n.  The rows
 * are rebuilt whenever @n changes, and a move keeps @index and @n, so the
 * arrows stay right through every change and its undoing. */
static void
add_item_buttons (GtkWidget  *box,
                  const char *prefix,
                  guint       index,
                  guint       n)
{
  g_autofree char *up = g_strdup_printf ("pane.%s-up", prefix);
  g_autofree char *down = g_strdup_printf ("pane.%s-down", prefix);
  g_autofree char *remove = g_strdup_printf ("pane.%s-remove", prefix);

  gtk_box_append (GTK_BOX (box), icon_button ("go-up-symbolic", _("Move Up"),
                                              can_move (index, TRUE, n) ? up : NULL, index));
  gtk_box_append (GTK_BOX (box), icon_button ("go-down-symbolic", _("Move Down"),
                                              can_move (index, FALSE, n) ? down : NULL, index));
  gtk_box_append (GTK_BOX (box), icon_button ("user-trash-symbolic", _("Remove"), remove, index));
}

/* Objectives. */

static void
objective_changed_cb (SylNodePane *self,
                      AdwEntryRow *row)
{
  if (self->updating || self->node == NULL || self->read_only)
    return;
  syl_document_edit_objective (self->document, self->node, index_of (row),
                               gtk_editable_get_text (GTK_EDITABLE (row)), TRUE);
}

static guint
n_objectives (SylNodePane *self)
{
  return g_strv_length ((char **) syl_node_get_objectives (self->node));
}

static void
focus_objective (SylNodePane *self,
                 guint        index)
{
  GtkListBoxRow *row = gtk_list_box_get_row_at_index (self->objectives_list, index);

  if (row != NULL)
    gtk_widget_grab_focus (GTK_WIDGET (row));
}

/* Enter starts the next objective, as in an outliner: an empty one after
 * this one, in one step, with the cursor in it. */
static void
objective_activated_cb (SylNodePane *self,
                        AdwEntryRow *row)
{
  guint next = index_of (row) + 1;

  if (self->node == NULL || self->read_only)
    return;
  syl_document_insert_objective (self->document, self->node, next, "");
  focus_objective (self, next);
}

static GtkWidget *
objective_row_new (SylNodePane *self,
                   guint        index,
                   guint        n)
{
  GtkWidget *row = adw_entry_row_new ();
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  g_autofree char *title = g_strdup_printf (_("Objective %u"), index + 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
  g_object_set_data (G_OBJECT (row), INDEX_KEY, GUINT_TO_POINTER (index));
  add_item_buttons (buttons, "objective", index, n);
  adw_entry_row_add_suffix (ADW_ENTRY_ROW (row), buttons);
  g_signal_connect_object (row, "changed", G_CALLBACK (objective_changed_cb), self,
                           G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "entry-activated", G_CALLBACK (objective_activated_cb), self,
                           G_CONNECT_SWAPPED);
  _syl_node_pane_watch_focus (self, row);
  return row;
}

static guint
count_children (GtkWidget *widget)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    n++;
  return n;
}

static void
update_objectives (SylNodePane *self)
{
  const char * const *objectives = syl_node_get_objectives (self->node);
  guint n = g_strv_length ((char **) objectives);
  GtkWidget *list = GTK_WIDGET (self->objectives_list);
  GtkWidget *child;

  if (count_children (list) != n)
    {
      while ((child = gtk_widget_get_first_child (list)) != NULL)
        gtk_list_box_remove (self->objectives_list, child);
      for (guint i = 0; i < n; i++)
        gtk_list_box_append (self->objectives_list, objective_row_new (self, i, n));
    }

  gtk_widget_set_visible (list, n > 0);
  for (guint i = 0; i < n; i++)
    {
      GtkWidget *row = GTK_WIDGET (gtk_list_box_get_row_at_index (self->objectives_list, i));
      _syl_node_pane_set_entry_text (GTK_EDITABLE (row), objectives[i]);
    }
}

/* Examples. */

static SylExample *
example_at (SylNodePane *self,
            guint        index)
{
  return g_list_model_get_item (syl_node_get_examples (self->node), index);
}

static void
example_title_changed_cb (SylNodePane *self,
                          GtkEditable *entry)
{
  g_autoptr(SylExample) example = NULL;

  if (self->updating || self->node == NULL || self->read_only)
    return;
  example = example_at (self, index_of (entry));
  if (example != NULL)
    syl_document_set_string (self->document, example, "title", gtk_editable_get_text (entry),
                             TRUE, NULL);
}

static void
example_body_changed_cb (SylNodePane   *self,
                         GtkTextBuffer *buffer)
{
  g_autoptr(SylExample) example = NULL;
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->updating || self->node == NULL || self->read_only)
    return;
  example = example_at (self, index_of (buffer));
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  if (example != NULL)
    syl_document_set_string (self->document, example, "body", text, TRUE, NULL);
}

static GtkWidget *
example_title_new (SylNodePane *self,
                   guint        index)
{
  GtkWidget *title = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (title), _("Example title"));
  gtk_editable_set_enable_undo (GTK_EDITABLE (title), FALSE);
  g_object_set_data (G_OBJECT (title), INDEX_KEY, GUINT_TO_POINTER (index));
  g_signal_connect_object (title, "changed", G_CALLBACK (example_title_changed_cb), self,
                           G_CONNECT_SWAPPED);
  _syl_node_pane_watch_focus (self, title);
  return title;
}

static void
update_placeholder_cb (GtkTextBuffer *buffer,
                       GtkWidget     *placeholder)
{
  gtk_widget_set_visible (placeholder, gtk_text_buffer_get_char_count (buffer) == 0);
}

/* GtkTextView has no placeholder text: a dimmed label laid over the body,
 * where its text begins, stands in for one while the body is empty.  It
 * takes no clicks, so they reach the text, and assistive technologies
 * read it as the body's placeholder, not as a label of its own. */
static GtkWidget *
body_placeholder_new (GtkTextView *body)
{
  const char *text = _("Walk through the example, step by step");
  GtkWidget *placeholder = g_object_new (GTK_TYPE_LABEL,
                                         "label", text,
                                         "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                                         NULL);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (body);

  gtk_widget_add_css_class (placeholder, "dim-label");
  gtk_widget_set_can_target (placeholder, FALSE);
  gtk_widget_set_halign (placeholder, GTK_ALIGN_START);
  gtk_widget_set_valign (placeholder, GTK_ALIGN_START);
  gtk_widget_set_margin_start (placeholder, gtk_text_view_get_left_margin (body));
  gtk_widget_set_margin_end (placeholder, gtk_text_view_get_right_margin (body));
  gtk_widget_set_margin_top (placeholder, gtk_text_view_get_top_margin (body));
  gtk_label_set_wrap (GTK_LABEL (placeholder), TRUE);
  gtk_label_set_xalign (GTK_LABEL (placeholder), 0);
  gtk_accessible_update_property (GTK_ACCESSIBLE (body), GTK_ACCESSIBLE_PROPERTY_PLACEHOLDER,
                                  text, -1);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (update_placeholder_cb), placeholder, 0);
  update_placeholder_cb (buffer, placeholder);
  return placeholder;
}

/* The body, with its placeholder over it in an overlay. */
static GtkWidget *
example_body_new (SylNodePane *self,
                  GtkWidget   *card,
                  guint        index)
{
  GtkWidget *overlay = gtk_overlay_new ();
  GtkWidget *body = gtk_text_view_new ();
  GtkTextView *view = GTK_TEXT_VIEW (body);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkWidget *placeholder;

  gtk_text_view_set_wrap_mode (view, GTK_WRAP_WORD_CHAR);
  /* The text starts under the title's, which GtkEntry pads by 9 pixels. */
  gtk_text_view_set_left_margin (view, 9);
  gtk_text_view_set_right_margin (view, 9);
  gtk_text_view_set_top_margin (view, 6);
  gtk_text_view_set_bottom_margin (view, 12);
  /* Tab goes on to the item's buttons, as from any other field. */
  gtk_text_view_set_accepts_tab (view, FALSE);
  gtk_widget_set_size_request (body, -1, 80);
  gtk_widget_add_css_class (body, "inline");
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  g_object_set_data (G_OBJECT (buffer), INDEX_KEY, GUINT_TO_POINTER (index));
  g_signal_connect_object (buffer, "changed", G_CALLBACK (example_body_changed_cb), self,
                           G_CONNECT_SWAPPED);
  _syl_node_pane_watch_focus (self, body);

  placeholder = body_placeholder_new (view);
  gtk_overlay_set_child (GTK_OVERLAY (overlay), body);
  gtk_overlay_add_overlay (GTK_OVERLAY (overlay), placeholder);
  g_object_set_data (G_OBJECT (card), "body", body);
  g_object_set_data (G_OBJECT (card), "placeholder", placeholder);
  return overlay;
}

/* The title above the body, and the item's buttons in a column beside
 * both, not in a row with the title: GTK moves the focus among a box's
 * children in the order they stand on screen, top to bottom, then in the
 * direction of the text.  With the buttons in the title's row, Tab went
 * from the title to ▲, and the body came last.  The two columns fill the
 * card's height alike, so they stand level, and the one with the title
 * and the body comes first, as it is read first. */
static GtkWidget *
example_card_new (SylNodePane *self,
                  guint        index,
                  guint        n)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *fields = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GtkWidget *buttons = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *title = example_title_new (self, index);

  gtk_widget_add_css_class (card, "card");
  gtk_widget_set_hexpand (fields, TRUE);
  gtk_widget_set_margin_start (fields, 6);
  gtk_widget_set_margin_top (fields, 6);
  gtk_widget_set_margin_top (buttons, 6);
  gtk_widget_set_margin_end (buttons, 6);
  gtk_box_append (GTK_BOX (fields), title);
  gtk_box_append (GTK_BOX (fields), example_body_new (self, card, index));
  add_item_buttons (buttons, "example", index, n);
  gtk_box_append (GTK_BOX (card), fields);
  gtk_box_append (GTK_BOX (card), buttons);
  g_object_set_data (G_OBJECT (card), "title", title);
  return card;
}

static void
set_buffer_text (GtkTextBuffer *buffer,
                 const char    *text)
{
  g_autofree char *current = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  current = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  if (g_strcmp0 (current, text) != 0)
    gtk_text_buffer_set_text (buffer, text, -1);
}

static void
update_examples (SylNodePane *self)
{
  GListModel *examples = syl_node_get_examples (self->node);
  guint n = g_list_model_get_n_items (examples);
  GtkWidget *box = GTK_WIDGET (self->examples_box);
  GtkWidget *card;
  guint i = 0;

  if (count_children (box) != n)
    {
      while ((card = gtk_widget_get_first_child (box)) != NULL)
        gtk_box_remove (self->examples_box, card);
      for (guint j = 0; j < n; j++)
        gtk_box_append (self->examples_box, example_card_new (self, j, n));
    }

  for (card = gtk_widget_get_first_child (box); card != NULL; card = gtk_widget_get_next_sibling (card))
    {
      g_autoptr(SylExample) example = g_list_model_get_item (examples, i++);
      GtkWidget *body = g_object_get_data (G_OBJECT (card), "body");

      _syl_node_pane_set_entry_text (g_object_get_data (G_OBJECT (card), "title"),
                                     syl_example_get_title (example));
      set_buffer_text (gtk_text_view_get_buffer (GTK_TEXT_VIEW (body)), syl_example_get_body (example));
    }
}

void
_syl_node_pane_update_lists (SylNodePane *self)
{
  update_objectives (self);
  update_examples (self);
  _syl_node_pane_lists_read_only (self);
}

/* In review mode the objectives and examples are shown, not edited; their
 * buttons follow the pane's actions, which are off. */
void
_syl_node_pane_lists_read_only (SylNodePane *self)
{
  gboolean editable = !self->read_only;
  GtkWidget *child;

  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->objectives_list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    gtk_editable_set_editable (GTK_EDITABLE (child), editable);
  for (child = gtk_widget_get_first_child (GTK_WIDGET (self->examples_box)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      gtk_editable_set_editable (g_object_get_data (G_OBJECT (child), "title"), editable);
      gtk_text_view_set_editable (g_object_get_data (G_OBJECT (child), "body"), editable);
    }
}

void
_syl_node_pane_setup_lists (SylNodePane *self)
{
  gtk_widget_set_visible (GTK_WIDGET (self->objectives_list), FALSE);
}

/* Actions of the buttons; the index comes as the target. */

static void
add_objective_action (GtkWidget  *widget,
                      const char *name,
                      GVariant   *param)
{
  SylNodePane *self = SYL_NODE_PANE (widget);
  guint n;

  if (self->node == NULL)
    return;
  n = n_objectives (self);
  syl_document_insert_objective (self->document, self->node, n, "");
  focus_objective (self, n);
}

static void
objective_move_action (GtkWidget  *widget,
                       const char *name,
                       GVariant   *param)
{
  SylNodePane *self = SYL_NODE_PANE (widget);
  guint index = g_variant_get_uint32 (param);
  gboolean up = g_str_has_suffix (name, "-up");

  /* The arrows at the ends have no action, but the action can still be
   * activated by name, with any index. */
  if (self->node != NULL && can_move (index, up, n_objectives (self)))
    syl_document_move_objective (self->document, self->node, index, up ? index - 1 : index + 1);
}

static void
objective_remove_action (GtkWidget  *widget,
                         const char *name,
                         GVariant   *param)
{
  SylNodePane *self = SYL_NODE_PANE (widget);

  if (self->node != NULL)
    syl_document_remove_objective (self->document, self->node, g_variant_get_uint32 (param));
}

static void
add_example_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  SylNodePane *self = SYL_NODE_PANE (widget);
  g_autoptr(SylExample) example = syl_example_new ("", "");
  GtkWidget *card;

  if (self->node == NULL)
    return;
  syl_document_insert_example (self->document, self->node,
                               g_list_model_get_n_items (syl_node_get_examples (self->node)),
                               example);
  card = gtk_widget_get_last_child (GTK_WIDGET (self->examples_box));
  if (card != NULL)
    gtk_widget_grab_focus (g_object_get_data (G_OBJECT (card), "title"));
}

static void
example_move_action (GtkWidget  *widget,
                     const char *name,
                     GVariant   *param)
{
  SylNodePane *self = SYL_NODE_PANE (widget);
  guint index = g_variant_get_uint32 (param);
  gboolean up = g_str_has_suffix (name, "-up");

  if (self->node != NULL
      && can_move (index, up, g_list_model_get_n_items (syl_node_get_examples (self->node))))
    syl_document_move_example (self->document, self->node, index, up ? index - 1 : index + 1);
}

static void
example_remove_action (GtkWidget  *widget,
                       const char *name,
                       GVariant   *param)
{
  SylNodePane *self = SYL_NODE_PANE (widget);
  g_autoptr(SylExample) example = NULL;
  g_autofree char *title = NULL;

  if (self->node == NULL)
    return;
  example = example_at (self, g_variant_get_uint32 (param));
  if (example == NULL)
    return;
  title = *syl_example_get_title (example)
            ? g_strdup_printf (_("Example “%s” removed"), syl_example_get_title (example))
            : g_strdup (_("Example removed"));
  syl_document_remove_example (self->document, self->node, g_variant_get_uint32 (param));
  toast (self, title);
}

void
_syl_node_pane_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "pane.add-objective", NULL, add_objective_action);
  gtk_widget_class_install_action (widget_class, "pane.objective-up", "u", objective_move_action);
  gtk_widget_class_install_action (widget_class, "pane.objective-down", "u", objective_move_action);
  gtk_widget_class_install_action (widget_class, "pane.objective-remove", "u",
                                   objective_remove_action);
  gtk_widget_class_install_action (widget_class, "pane.add-example", NULL, add_example_action);
  gtk_widget_class_install_action (widget_class, "pane.example-up", "u", example_move_action);
  gtk_widget_class_install_action (widget_class, "pane.example-down", "u", example_move_action);
  gtk_widget_class_install_action (widget_class, "pane.example-remove", "u",
                                   example_remove_action);
}
