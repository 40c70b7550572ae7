/* syl-node-pane-lists.c: a node's learning objectives and examples
 *
 * The rows, and the examples' cards (SylExampleCard, in
 * syl-example-card.c), are rebuilt only when the number of items changes;
 * otherwise their texts are updated in place, so undoing a change in one
 * row never takes the cursor out of another.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-accessible.h"
#include "syl-example-card.h"
#include "syl-node-pane-private.h"

/* Whether the item at @index of @n has somewhere to go, up or down. */
static gboolean
can_move (guint    index,
          gboolean up,
          guint    n)
{
  return index < n && (up ? index > 0 : index + 1 < n);
}

/* Gives @button the pane's @action for the item at @index, or makes it
 * insensitive without @action.  An actionable button takes its
 * sensitivity from its action, over any gtk_widget_set_sensitive(), and
 * the pane's actions are enabled for all the items of a list alike: so an
 * arrow with nowhere to go has no action at all. */
static void
set_item_action (GtkWidget  *button,
                 const char *action,
                 guint       index)
{
  if (action != NULL)
    {
      gtk_actionable_set_action_name (GTK_ACTIONABLE (button), action);
      gtk_actionable_set_action_target (GTK_ACTIONABLE (button), "u", index);
    }
  else
    gtk_widget_set_sensitive (button, FALSE);
}

/**
 * _syl_node_pane_set_item_actions:
 * @prefix: "objective" or "example", for the actions "pane.@prefix-up"…
 *
 * Gives the up, down and remove buttons of the item at @index of @n their
 * actions.  The items are rebuilt whenever @n changes, and a move keeps
 * @index and @n, so the arrows stay right through every change and its
 * undoing.
 */
void
_syl_node_pane_set_item_actions (GtkWidget  *up,
                                 GtkWidget  *down,
                                 GtkWidget  *remove,
                                 const char *prefix,
                                 guint       index,
                                 guint       n)
{
  g_autofree char *up_action = g_strdup_printf ("pane.%s-up", prefix);
  g_autofree char *down_action = g_strdup_printf ("pane.%s-down", prefix);
  g_autofree char *remove_action = g_strdup_printf ("pane.%s-remove", prefix);

  set_item_action (up, can_move (index, TRUE, n) ? up_action : NULL, index);
  set_item_action (down, can_move (index, FALSE, n) ? down_action : NULL, index);
  set_item_action (remove, remove_action, index);
}

/* Objectives. */

static void
objective_changed_cb (SylNodePane *self,
                      AdwEntryRow *row)
{
  if (self->updating || self->node == NULL || self->read_only)
    return;
  syl_document_edit_objective (self->document, self->node,
                               gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)),
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
  guint next = gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)) + 1;

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
  GtkWidget *up = syl_icon_button_new ("go-up-symbolic", _("Move Up"));
  GtkWidget *down = syl_icon_button_new ("go-down-symbolic", _("Move Down"));
  GtkWidget *remove = syl_icon_button_new ("user-trash-symbolic", _("Remove"));
  g_autofree char *title = g_strdup_printf (_("Objective %u"), index + 1);

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  gtk_editable_set_enable_undo (GTK_EDITABLE (row), FALSE);
  _syl_node_pane_set_item_actions (up, down, remove, "objective", index, n);
  gtk_box_append (GTK_BOX (buttons), up);
  gtk_box_append (GTK_BOX (buttons), down);
  gtk_box_append (GTK_BOX (buttons), remove);
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

/* What the user types in a card goes to the document at once. */
static void
example_edited_cb (SylNodePane    *self,
                   const char     *field,
                   const char     *text,
                   SylExampleCard *card)
{
  g_autoptr(SylExample) example = NULL;

  if (self->updating || self->node == NULL || self->read_only)
    return;
  example = example_at (self, syl_example_card_get_index (card));
  if (example != NULL)
    syl_document_set_string (self->document, example, field, text, TRUE, NULL);
}

static GtkWidget *
example_card_new (SylNodePane *self,
                  guint        index,
                  guint        n)
{
  GtkWidget *card = syl_example_card_new (index, n);

  g_signal_connect_object (card, "edited", G_CALLBACK (example_edited_cb), self,
                           G_CONNECT_SWAPPED);
  _syl_node_pane_watch_focus (self, syl_example_card_get_title (SYL_EXAMPLE_CARD (card)));
  _syl_node_pane_watch_focus (self, syl_example_card_get_body (SYL_EXAMPLE_CARD (card)));
  return card;
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

      syl_example_card_set_texts (SYL_EXAMPLE_CARD (card), syl_example_get_title (example),
                                  syl_example_get_body (example));
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
    syl_example_card_set_editable (SYL_EXAMPLE_CARD (child), editable);
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
    gtk_widget_grab_focus (syl_example_card_get_title (SYL_EXAMPLE_CARD (card)));
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
  syl_undo_toast_show (&self->toast, GTK_WIDGET (self), title, TRUE);
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
