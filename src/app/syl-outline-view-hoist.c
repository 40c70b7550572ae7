/* syl-outline-view-hoist.c: focusing on one section (hoisting)
 *
 * Focusing on a section makes its parts the top rows of the tree: the
 * rows (SylOutlineRows) are made under the section instead of the
 * course, and a breadcrumb above the tree leads back up.  Nothing else
 * changes: the rows are the same nodes, numbered as in the whole outline,
 * and every change is a step in the document's one history.
 *
 * Restructuring stays inside the section in focus, as Workflowy keeps it
 * inside the item zoomed into: the top rows cannot be outdented past it,
 * nor moved up or down out of it with the keys, and drops below the last
 * row land at its end.  Only the Move To dialog, where the designer picks
 * the place by name from the whole outline, can send a section elsewhere;
 * it then leaves the tree and the toast says where it went.
 *
 * A step can take the section in focus out of the document: undoing its
 * creation, deleting it while its parent is in focus in another window,
 * merging reviews.  The view then goes up to the nearest of its ancestors
 * still in the document, which is why their places are kept.  Undoing a
 * move into the section in focus takes the moved rows out of the tree;
 * the selection then stays where they were.
 *
 * Whatever asks from outside the tree to select a section out of sight
 * (the next open comment, a search) brings the tree up as far as needed
 * to show it: see syl_outline_view_select_nodes().
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-outline-view-private.h"

/* The node whose children are the top rows: the section in focus, or the
 * document's root. */
SylNode *
_syl_outline_view_get_top (SylOutlineView *self)
{
  if (self->hoisted != NULL)
    return self->hoisted;
  return self->document != NULL ? syl_document_get_root (self->document) : NULL;
}

gboolean
_syl_outline_view_is_top (SylOutlineView *self,
                          SylNode        *node)
{
  return node != NULL && node == _syl_outline_view_get_top (self);
}

static gboolean
in_document (SylOutlineView *self,
             SylNode        *node)
{
  SylNode *root = syl_document_get_root (self->document);

  return node == root || syl_node_is_ancestor_of (root, node);
}

/* Notes the section in focus and its ancestors, each with its place in
 * its parent, to go back up to the nearest left should a step take the
 * section out of the document. */
static void
remember_path (SylOutlineView *self)
{
  g_ptr_array_set_size (self->hoist_path, 0);
  g_array_set_size (self->hoist_places, 0);
  for (SylNode *n = self->hoisted; n != NULL && !syl_node_is_root (n); n = syl_node_get_parent (n))
    {
      guint place = syl_node_get_index (n);

      g_ptr_array_add (self->hoist_path, g_object_ref (n));
      g_array_append_val (self->hoist_places, place);
    }
}

static void
update_breadcrumb (SylOutlineView *self)
{
  syl_breadcrumb_set_path (self->breadcrumb, self->document, self->hoisted);
  gtk_widget_set_visible (GTK_WIDGET (self->breadcrumb), self->hoisted != NULL);
}

static guint
n_rows (SylOutlineView *self)
{
  return self->rows ? g_list_model_get_n_items (G_LIST_MODEL (self->rows)) : 0;
}

static gboolean
has_selection (SylOutlineView *self)
{
  g_autoptr(GtkBitset) selected = NULL;

  if (self->selection == NULL)
    return FALSE;
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  return !gtk_bitset_is_empty (selected);
}

/* Selects the row at @position, or the last one; with no rows, the list
 * still takes the keyboard, so that Enter adds a first part. */
static void
select_row_at (SylOutlineView *self,
               guint           position)
{
  g_autoptr(SylNode) node = NULL;
  guint n = n_rows (self);

  if (n == 0)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
      return;
    }
  node = g_list_model_get_item (G_LIST_MODEL (self->rows), MIN (position, n - 1));
  _syl_outline_view_select_nodes (self, &node, 1);
}

/* Selects the part of @parent now at @index, or its last one. */
static void
select_part (SylOutlineView *self,
             SylNode        *parent,
             guint           index)
{
  guint n = syl_node_get_n_children (parent);
  SylNode *part;

  if (n == 0)
    {
      gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
      return;
    }
  part = syl_node_get_child (parent, MIN (index, n - 1));
  _syl_outline_view_select_nodes (self, &part, 1);
}

/* Shows @node's parts as the top rows, or the whole outline for %NULL,
 * with nothing selected yet: the caller selects. */
static void
hoist (SylOutlineView *self,
       SylNode        *node)
{
  g_set_object (&self->hoisted, node);
  remember_path (self);
  if (self->selection != NULL)
    gtk_selection_model_unselect_all (GTK_SELECTION_MODEL (self->selection));
  _syl_outline_view_build_model (self);
  update_breadcrumb (self);
  _syl_outline_view_update_actions (self);
}

SylNode *
syl_outline_view_get_hoisted (SylOutlineView *self)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_VIEW (self), NULL);
  return self->hoisted;
}

/**
 * syl_outline_view_set_hoisted:
 * @node: (nullable): a section of the document to focus on, or %NULL (or
 *   the root) for the whole outline
 *
 * Shows only @node's parts, with the path to it above them.  Going down,
 * the first part is selected; going up, the section that was in focus.
 */
void
syl_outline_view_set_hoisted (SylOutlineView *self,
                              SylNode        *node)
{
  g_autoptr(SylNode) previous = NULL;

  g_return_if_fail (SYL_IS_OUTLINE_VIEW (self));
  g_return_if_fail (node == NULL || SYL_IS_NODE (node));

  if (self->document == NULL)
    return;
  g_return_if_fail (node == NULL || in_document (self, node));
  if (node != NULL && syl_node_is_root (node))
    node = NULL;
  if (node == self->hoisted)
    return;

  previous = self->hoisted ? g_object_ref (self->hoisted) : NULL;
  hoist (self, node);
  if (previous != NULL && in_document (self, previous) &&
      (node == NULL || syl_node_is_ancestor_of (node, previous)))
    _syl_outline_view_select_nodes (self, &previous, 1);
  else
    select_row_at (self, 0);
}

/* Leaves the focus, as far up as needed for all of @nodes to have rows:
 * to the nearest ancestor of the section in focus that holds them all. */
void
_syl_outline_view_leave_focus_for (SylOutlineView  *self,
                                   SylNode * const *nodes,
                                   guint            n_nodes)
{
  SylNode *top = self->hoisted;

  if (top == NULL)
    return;
  for (guint i = 0; i < n_nodes; i++)
    {
      /* Nodes out of the document have no row anywhere. */
      if (nodes[i] == NULL || !in_document (self, nodes[i]))
        continue;
      while (top != NULL && !syl_node_is_root (top) && !syl_node_is_ancestor_of (top, nodes[i]))
        top = syl_node_get_parent (top);
    }
  if (top != self->hoisted)
    hoist (self, top != NULL && !syl_node_is_root (top) ? top : NULL);
}

/* The section in focus left the document: the tree goes up to the nearest
 * ancestor still in it, and selects what the step changed, or else the
 * row now where the section stood. */
static void
go_up_to_survivor (SylOutlineView      *self,
                   SylHistoryDirection  direction)
{
  g_autoptr(GPtrArray) path = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) places = g_array_copy (self->hoist_places);
  SylNode *survivor = syl_document_get_root (self->document);
  guint place = 0;

  /* Focusing forgets the path: it is read from a copy. */
  for (guint i = 0; i < self->hoist_path->len; i++)
    g_ptr_array_add (path, g_object_ref (g_ptr_array_index (self->hoist_path, i)));

  for (guint i = 0; i < path->len; i++)
    {
      SylNode *parent = i + 1 < path->len ? g_ptr_array_index (path, i + 1) : survivor;

      if (in_document (self, parent))
        {
          survivor = parent;
          place = g_array_index (places, guint, i);
          break;
        }
    }
  hoist (self, syl_node_is_root (survivor) ? NULL : survivor);

  if (direction != SYL_HISTORY_DO)
    {
      g_autoptr(GPtrArray) nodes = syl_history_dup_step_nodes (syl_document_get_history (self->document));

      _syl_outline_view_select_nodes (self, (SylNode **) nodes->pdata, nodes->len);
    }
  if (!has_selection (self))
    select_part (self, survivor, place);
}

/* A step that took the selected rows out of the tree, as undoing a move
 * into the section in focus does, leaves the selection where they were. */
static void
keep_a_selection (SylOutlineView *self)
{
  if (self->step_position == GTK_INVALID_LIST_POSITION || has_selection (self) ||
      n_rows (self) == 0)
    return;
  select_row_at (self, self->step_position);
}

/* After every step, once the tree shows it: the section in focus may have
 * moved, been renamed, or left the document. */
void
_syl_outline_view_hoist_step_done (SylOutlineView      *self,
                                   SylHistoryDirection  direction)
{
  if (self->hoisted != NULL && !in_document (self, self->hoisted))
    go_up_to_survivor (self, direction);
  else if (self->hoisted != NULL)
    {
      remember_path (self);
      update_breadcrumb (self);
      keep_a_selection (self);
    }
  self->step_position = GTK_INVALID_LIST_POSITION;
}

/* The history is about to change the document, once for each command of a
 * step: the first one notes where the selection was.  Until the step ends,
 * the list's positions are those from before it. */
static void
step_changing_cb (SylOutlineView *self)
{
  g_autoptr(GtkBitset) selected = NULL;

  if (self->hoisted == NULL || self->selection == NULL ||
      self->step_position != GTK_INVALID_LIST_POSITION)
    return;
  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  if (!gtk_bitset_is_empty (selected))
    self->step_position = gtk_bitset_get_minimum (selected);
}

/* A new document: the whole outline shows. */
void
_syl_outline_view_hoist_attach (SylOutlineView *self)
{
  self->step_position = GTK_INVALID_LIST_POSITION;
  g_signal_connect_object (syl_document_get_history (self->document), "changing",
                           G_CALLBACK (step_changing_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->document, "notify::numbering", G_CALLBACK (update_breadcrumb),
                           self, G_CONNECT_SWAPPED);
}

void
_syl_outline_view_hoist_forget (SylOutlineView *self)
{
  g_clear_object (&self->hoisted);
  if (self->hoist_path != NULL)
    remember_path (self);
  if (self->breadcrumb != NULL)
    update_breadcrumb (self);
}

/**
 * _syl_outline_view_hoist_refuses:
 *
 * Returns: (nullable): why moving @nodes so would take one of them out of
 *   the section in focus, or %NULL when it stays in
 */
const char *
_syl_outline_view_hoist_refuses (SylOutlineView *self,
                                 SylMoveKind     kind,
                                 GPtrArray      *nodes)
{
  guint n;

  if (self->hoisted == NULL)
    return NULL;
  n = syl_node_get_n_children (self->hoisted);
  for (guint i = 0; i < nodes->len; i++)
    {
      SylNode *node = g_ptr_array_index (nodes, i);

      if (syl_node_get_parent (node) != self->hoisted)
        continue;
      if (kind == SYL_MOVE_OUTDENT)
        return _("Parts of the section in focus cannot be outdented out of it");
      /* Moving the first part up would take it into the section before. */
      if (kind == SYL_MOVE_UP && syl_node_get_index (node) == 0)
        return _("Already at the top of the section in focus");
      if (kind == SYL_MOVE_DOWN && syl_node_get_index (node) + 1 == n)
        return _("Already at the bottom of the section in focus");
    }
  return NULL;
}

static void
breadcrumb_go_to_cb (SylOutlineView *self,
                     SylNode        *node)
{
  syl_outline_view_set_hoisted (self, node);
}

GtkWidget *
syl_outline_view_get_breadcrumb (SylOutlineView *self)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_VIEW (self), NULL);
  return GTK_WIDGET (self->breadcrumb);
}

/* Actions. */

static void
hoist_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  SylOutlineView *self = SYL_OUTLINE_VIEW (widget);
  g_autoptr(GPtrArray) nodes = syl_outline_view_get_selected_nodes (self);

  if (nodes->len > 0)
    syl_outline_view_set_hoisted (self, g_ptr_array_index (nodes, 0));
}

static void
hoist_up_action (GtkWidget  *widget,
                 const char *name,
                 GVariant   *param)
{
  SylOutlineView *self = SYL_OUTLINE_VIEW (widget);

  if (self->hoisted != NULL)
    syl_outline_view_set_hoisted (self, syl_node_get_parent (self->hoisted));
}

static void
hoist_out_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  syl_outline_view_set_hoisted (SYL_OUTLINE_VIEW (widget), NULL);
}

/* The window's menu cannot reach the view's own actions, which only the
 * view and its children see: it reaches these, which stand for them. */
static const struct
{
  const char *name;
  const char *action;
  const char *param_type;
} menu_actions[] = {
  { "focus-section", "outline.hoist", NULL },
  { "whole-outline", "outline.hoist-out", NULL },
  { "collapse-all", "outline.collapse-all-rows", NULL },
  { "expand-all", "outline.expand-all-rows", NULL },
  { "expand-to-level", "outline.expand-to-level", "u" },
};

static void
menu_action_cb (GSimpleAction *action,
                GVariant      *param,
                gpointer       user_data)
{
  for (guint i = 0; i < G_N_ELEMENTS (menu_actions); i++)
    if (g_str_equal (g_action_get_name (G_ACTION (action)), menu_actions[i].name))
      gtk_widget_activate_action_variant (user_data, menu_actions[i].action, param);
}

GActionGroup *
syl_outline_view_get_menu_actions (SylOutlineView *self)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_VIEW (self), NULL);
  return G_ACTION_GROUP (self->menu_actions);
}

void
_syl_outline_view_hoist_update_actions (SylOutlineView *self,
                                        gboolean        selection)
{
  gboolean has_document = self->document != NULL;
  gboolean enabled[G_N_ELEMENTS (menu_actions)] = {
    has_document && selection, self->hoisted != NULL, has_document, has_document, has_document,
  };

  gtk_widget_action_set_enabled (GTK_WIDGET (self), "outline.hoist-up", self->hoisted != NULL);
  for (guint i = 0; i < G_N_ELEMENTS (menu_actions); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self->menu_actions),
                                                    menu_actions[i].name);

      gtk_widget_action_set_enabled (GTK_WIDGET (self), menu_actions[i].action, enabled[i]);
      g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled[i]);
    }
}

/* The keys of this file and syl-outline-view-levels.c work, as the
 * others, while the list has the focus and no title is being edited.
 * Escape goes up a level only while a section is in focus, and leaves
 * alone a drag, which it cancels. */
static gboolean
shortcut_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  SylOutlineView *self = SYL_OUTLINE_VIEW (widget);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  const char *action = user_data;

  if ((focus != NULL && GTK_IS_EDITABLE (focus)) || self->document == NULL)
    return FALSE;
  if (g_str_equal (action, "outline.hoist-up") &&
      (self->hoisted == NULL || self->drag_nodes != NULL))
    return FALSE;
  return gtk_widget_activate_action_variant (widget, action, args);
}

static void
add_shortcut (GtkShortcutController *controller,
              guint                  keyval,
              GdkModifierType        modifiers,
              const char            *action,
              GVariant              *args)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                                            gtk_callback_action_new (shortcut_cb,
                                                                     (gpointer) action, NULL));

  if (args != NULL)
    gtk_shortcut_set_arguments (shortcut, args);
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

/* Ctrl+] and Ctrl+[ go in and out, as in Dynalist: Alt+→ and Alt+←,
 * Workflowy's, indent and outdent here.  Ctrl+1…9 show that many levels,
 * Ctrl+Shift+← and → close and open everything, next to → and ← for one
 * row and Shift+→ for a row's subtree. */
static void
add_shortcuts (SylOutlineView *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  add_shortcut (shortcuts, GDK_KEY_bracketright, GDK_CONTROL_MASK, "outline.hoist", NULL);
  add_shortcut (shortcuts, GDK_KEY_bracketleft, GDK_CONTROL_MASK, "outline.hoist-up", NULL);
  add_shortcut (shortcuts, GDK_KEY_Escape, 0, "outline.hoist-up", NULL);
  add_shortcut (shortcuts, GDK_KEY_Left, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                "outline.collapse-all-rows", NULL);
  add_shortcut (shortcuts, GDK_KEY_Right, GDK_CONTROL_MASK | GDK_SHIFT_MASK,
                "outline.expand-all-rows", NULL);
  for (guint level = 1; level <= 9; level++)
    {
      add_shortcut (shortcuts, GDK_KEY_0 + level, GDK_CONTROL_MASK, "outline.expand-to-level",
                    g_variant_new_uint32 (level));
      add_shortcut (shortcuts, GDK_KEY_KP_0 + level, GDK_CONTROL_MASK, "outline.expand-to-level",
                    g_variant_new_uint32 (level));
    }
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

void
_syl_outline_view_hoist_init (SylOutlineView *self)
{
  self->hoist_path = g_ptr_array_new_with_free_func (g_object_unref);
  self->hoist_places = g_array_new (FALSE, FALSE, sizeof (guint));
  self->step_position = GTK_INVALID_LIST_POSITION;

  self->menu_actions = g_simple_action_group_new ();
  for (guint i = 0; i < G_N_ELEMENTS (menu_actions); i++)
    {
      const char *type = menu_actions[i].param_type;
      g_autoptr(GSimpleAction) action =
        g_simple_action_new (menu_actions[i].name, type ? G_VARIANT_TYPE (type) : NULL);

      g_signal_connect_object (action, "activate", G_CALLBACK (menu_action_cb), self, 0);
      g_action_map_add_action (G_ACTION_MAP (self->menu_actions), G_ACTION (action));
    }
  add_shortcuts (self);
}

void
_syl_outline_view_hoist_class_init (GtkWidgetClass *widget_class)
{
  g_type_ensure (SYL_TYPE_BREADCRUMB);
  gtk_widget_class_bind_template_child (widget_class, SylOutlineView, breadcrumb);
  gtk_widget_class_bind_template_callback (widget_class, breadcrumb_go_to_cb);
  gtk_widget_class_install_action (widget_class, "outline.hoist", NULL, hoist_action);
  gtk_widget_class_install_action (widget_class, "outline.hoist-up", NULL, hoist_up_action);
  gtk_widget_class_install_action (widget_class, "outline.hoist-out", NULL, hoist_out_action);
}
