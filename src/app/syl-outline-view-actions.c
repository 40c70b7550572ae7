/* syl-outline-view-actions.c: what the outline view does, by keyboard too
 *
 * Everything a drag can do has a key, as Workflowy and Dynalist have
 * taught outliners to expect, and each action is one step in the history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "syl-clipboard.h"
#include "syl-move-dialog.h"
#include "syl-outline-ops.h"
#include "syl-outline-view-private.h"

#define CLIPBOARD_MIME_TYPE "application/x-syllabus+json"

typedef gboolean (*MoveFunc) (SylDocument      *document,
                              SylNode * const  *nodes,
                              guint             n_nodes,
                              GError          **error);

/* Actions that change the structure; the lock turns them off. */
static const char * const structure_actions[] = {
  "outline.move-up", "outline.move-down", "outline.indent", "outline.outdent",
  "outline.new-sibling", "outline.new-child", "outline.delete", "outline.duplicate",
  "outline.cut", "outline.paste", "outline.move-to",
};

/* Actions that need a selection. */
static const char * const selection_actions[] = {
  "outline.move-up", "outline.move-down", "outline.indent", "outline.outdent",
  "outline.new-child", "outline.delete", "outline.duplicate", "outline.copy",
  "outline.cut", "outline.rename", "outline.move-to", "outline.expand",
  "outline.collapse", "outline.expand-all",
};

static gboolean
in_list (const char * const *list,
         guint               n,
         const char         *name)
{
  for (guint i = 0; i < n; i++)
    if (g_str_equal (list[i], name))
      return TRUE;
  return FALSE;
}

void
_syl_outline_view_update_actions (SylOutlineView *self)
{
  static const char * const all[] = {
    "outline.move-up", "outline.move-down", "outline.indent", "outline.outdent",
    "outline.new-sibling", "outline.new-child", "outline.delete", "outline.duplicate",
    "outline.copy", "outline.cut", "outline.paste", "outline.rename", "outline.move-to",
    "outline.expand", "outline.collapse", "outline.expand-all",
  };
  g_autoptr(GPtrArray) selected = syl_outline_view_get_selected_nodes (self);
  gboolean has_document = self->document != NULL;

  _syl_outline_view_hoist_update_actions (self, selected->len > 0);

  for (guint i = 0; i < G_N_ELEMENTS (all); i++)
    {
      gboolean enabled = has_document;

      if (in_list (structure_actions, G_N_ELEMENTS (structure_actions), all[i]))
        enabled = enabled && !_syl_outline_view_structure_frozen (self);
      if (g_str_equal (all[i], "outline.rename"))
        enabled = enabled && !self->read_only;
      if (in_list (selection_actions, G_N_ELEMENTS (selection_actions), all[i]))
        enabled = enabled && selected->len > 0;
      gtk_widget_action_set_enabled (GTK_WIDGET (self), all[i], enabled);
    }
}

static void
report_error (SylOutlineView *self,
              GError         *error)
{
  if (error != NULL)
    _syl_outline_view_toast (self, error->message, FALSE);
  else
    gtk_widget_error_bell (GTK_WIDGET (self));
}

static const MoveFunc move_funcs[] = {
  [SYL_MOVE_UP] = syl_document_move_up,
  [SYL_MOVE_DOWN] = syl_document_move_down,
  [SYL_MOVE_INDENT] = syl_document_indent,
  [SYL_MOVE_OUTDENT] = syl_document_outdent,
};

/* Runs a move on the selection, then selects the moved nodes again. */
static void
run_move (SylOutlineView *self,
          SylMoveKind     kind)
{
  g_autoptr(GPtrArray) nodes = syl_outline_view_get_selected_nodes (self);
  g_autoptr(GError) error = NULL;
  const char *refused;

  if (nodes->len == 0)
    return;
  refused = _syl_outline_view_hoist_refuses (self, kind, nodes);
  if (refused != NULL)
    {
      _syl_outline_view_toast (self, refused, FALSE);
      return;
    }
  if (!move_funcs[kind] (self->document, (SylNode **) nodes->pdata, nodes->len, &error))
    {
      report_error (self, error);
      return;
    }
  syl_outline_view_select_nodes (self, (SylNode **) nodes->pdata, nodes->len);
  _syl_outline_view_announce_moved (self, g_ptr_array_index (nodes, 0));
}

static void
move_up_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  run_move (SYL_OUTLINE_VIEW (widget), SYL_MOVE_UP);
}

static void
move_down_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  run_move (SYL_OUTLINE_VIEW (widget), SYL_MOVE_DOWN);
}

static void
indent_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  run_move (SYL_OUTLINE_VIEW (widget), SYL_MOVE_INDENT);
}

static void
outdent_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  run_move (SYL_OUTLINE_VIEW (widget), SYL_MOVE_OUTDENT);
}

static SylNode *
last_selected (SylOutlineView *self)
{
  g_autoptr(GPtrArray) nodes = syl_outline_view_get_selected_nodes (self);

  if (nodes->len == 0)
    return NULL;
  return g_object_ref (g_ptr_array_index (nodes, nodes->len - 1));
}

static void
insert_and_rename (SylOutlineView *self,
                   SylNode        *parent,
                   guint           index)
{
  g_autoptr(SylNode) node = syl_node_new (SYL_NODE_KIND_SECTION, "");
  g_autoptr(GError) error = NULL;

  if (!syl_document_insert_node (self->document, node, parent, index, &error))
    {
      report_error (self, error);
      return;
    }
  _syl_outline_view_rename (self, node);
}

static void
new_sibling_action (GtkWidget  *widget,
                    const char *name,
                    GVariant   *param)
{
  SylOutlineView *self = SYL_OUTLINE_VIEW (widget);
  g_autoptr(SylNode) after = last_selected (self);
  SylNode *top = _syl_outline_view_get_top (self);

  if (after == NULL)
    insert_and_rename (self, top, syl_node_get_n_children (top));
  else
    insert_and_rename (self, syl_node_get_parent (after), syl_node_get_index (after) + 1);
}

static void
new_child_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  SylOutlineView *self = SYL_OUTLINE_VIEW (widget);
  g_autoptr(SylNode) parent = last_selected (self);

  if (parent != NULL)
    insert_and_rename (self, parent, syl_node_get_n_children (parent));
}

/* After a deletion, the focus goes where the first deleted node was, in
 * the rows the tree shows. */
static SylNode *
neighbour_after_delete (SylOutlineView *self,
                        GPtrArray      *nodes)
{
  SylNode *first = g_ptr_array_index (nodes, 0);
  SylNode *candidate = syl_node_get_next_sibling (g_ptr_array_index (nodes, nodes->len - 1));

  if (candidate == NULL || g_ptr_array_find (nodes, candidate, NULL))
    candidate = syl_node_get_prev_sibling (first);
  if (candidate == NULL && !_syl_outline_view_is_top (self, syl_node_get_parent (first)))
    candidate = syl_node_get_parent (first);
  return candidate;
}

static gboolean
delete_selection (SylOutlineView *self,
                  const char     *toast_format)
{
  g_autoptr(GPtrArray) nodes = syl_outline_view_get_selected_nodes (self);
  SylHistory *history = syl_document_get_history (self->document);
  g_autoptr(GError) error = NULL;
  SylNode *next;

  if (nodes->len == 0)
    return FALSE;
  next = neighbour_after_delete (self, nodes);
  if (!syl_document_remove_nodes (self->document, (SylNode **) nodes->pdata, nodes->len, &error))
    {
      report_error (self, error);
      return FALSE;
    }
  if (next != NULL && syl_node_get_parent (next) != NULL)
    syl_outline_view_select_nodes (self, &next, 1);
  _syl_outline_view_toast (self, syl_history_get_undo_label (history), TRUE);
  return TRUE;
}

static void
delete_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  delete_selection (SYL_OUTLINE_VIEW (widget), NULL);
}

/* Inserts @nodes after @after (or at the end), as one step, and selects
 * them. */
static void
insert_nodes_after (SylOutlineView *self,
                    GPtrArray      *nodes,
                    SylNode        *after,
                    const char     *label)
{
  SylNode *parent = after ? syl_node_get_parent (after) : _syl_outline_view_get_top (self);
  guint index = after ? syl_node_get_index (after) + 1 : syl_node_get_n_children (parent);
  g_autoptr(GError) error = NULL;

  if (nodes->len == 0)
    return;

  if (!syl_document_insert_nodes (self->document, (SylNode **) nodes->pdata, nodes->len, parent,
                                  index, label, &error))
    {
      report_error (self, error);
      return;
    }
  syl_outline_view_select_nodes (self, (SylNode **) nodes->pdata, nodes->len);
}

/* Each copy goes right after its original, all in one step. */
static void
duplicate_action (GtkWidget  *widget,
                  const char *name,
                  GVariant   *param)
{
  SylOutlineView *self = SYL_OUTLINE_VIEW (widget);
  g_autoptr(GPtrArray) nodes = syl_outline_view_get_selected_nodes (self);
  g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func (g_object_unref);
  SylHistory *history = syl_document_get_history (self->document);
  g_autoptr(GError) error = NULL;
  g_autofree char *label = NULL;

  if (nodes->len == 0)
    return;

  label = g_strdup_printf (ngettext ("Duplicate %u Item", "Duplicate %u Items", nodes->len),
                           nodes->len);
  syl_history_begin_group (history, label);
  for (guint i = 0; i < nodes->len && error == NULL; i++)
    {
      SylNode *node = g_ptr_array_index (nodes, i);
      gboolean inside = FALSE;

      /* A node inside another selected one is copied with it. */
      for (guint j = 0; j < i && !inside; j++)
        inside = syl_node_is_ancestor_of (g_ptr_array_index (nodes, j), node);
      if (inside)
        continue;
      g_ptr_array_add (copies, syl_node_copy (node));
      syl_document_insert_node (self->document, g_ptr_array_index (copies, copies->len - 1),
                                syl_node_get_parent (node), syl_node_get_index (node) + 1, &error);
    }
  syl_history_end_group (history);

  if (error != NULL)
    report_error (self, error);
  else
    syl_outline_view_select_nodes (self, (SylNode **) copies->pdata, copies->len);
}

/* The clipboard carries the nodes as a Syllabus document for Syllabus, and
 * as a numbered outline for every other application. */
static void
copy_selection (SylOutlineView *self)
{
  g_autoptr(GPtrArray) nodes = syl_outline_view_get_selected_nodes (self);
  g_autoptr(GBytes) json = NULL;
  g_autoptr(GBytes) text = NULL;
  GdkContentProvider *providers[2];
  g_autoptr(GdkContentProvider) provider = NULL;
  char *plain;

  if (nodes->len == 0)
    return;

  json = syl_nodes_to_json ((SylNode **) nodes->pdata, nodes->len);
  plain = syl_nodes_to_text ((SylNode **) nodes->pdata, nodes->len);
  text = g_bytes_new_take (plain, strlen (plain));
  providers[0] = gdk_content_provider_new_for_bytes (CLIPBOARD_MIME_TYPE, json);
  providers[1] = gdk_content_provider_new_for_bytes ("text/plain;charset=utf-8", text);
  provider = gdk_content_provider_new_union (providers, 2);
  gdk_clipboard_set_content (gtk_widget_get_clipboard (GTK_WIDGET (self)), provider);
}

static void
copy_action (GtkWidget  *widget,
             const char *name,
             GVariant   *param)
{
  copy_selection (SYL_OUTLINE_VIEW (widget));
}

static void
cut_action (GtkWidget  *widget,
            const char *name,
            GVariant   *param)
{
  SylOutlineView *self = SYL_OUTLINE_VIEW (widget);

  copy_selection (self);
  delete_selection (self, NULL);
}

static void
paste_nodes (SylOutlineView *self,
             GPtrArray      *nodes)
{
  g_autoptr(SylNode) after = last_selected (self);
  g_autofree char *label = NULL;

  if (nodes == NULL || nodes->len == 0)
    {
      _syl_outline_view_toast (self, _("Nothing to paste"), FALSE);
      return;
    }
  label = g_strdup_printf (ngettext ("Paste %u Item", "Paste %u Items", nodes->len), nodes->len);
  insert_nodes_after (self, nodes, after, label);
}

static void
paste_text_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(SylOutlineView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autofree char *text = gdk_clipboard_read_text_finish (GDK_CLIPBOARD (source), result, &error);
  g_autoptr(GPtrArray) nodes = NULL;

  if (text == NULL || self->document == NULL)
    {
      if (error != NULL)
        _syl_outline_view_toast (self, error->message, FALSE);
      return;
    }
  nodes = syl_nodes_from_text (text);
  paste_nodes (self, nodes);
}

static void
paste_json_done (SylOutlineView *self,
                 GBytes         *bytes)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GPtrArray) nodes = syl_nodes_from_json (g_bytes_get_data (bytes, NULL),
                                                    g_bytes_get_size (bytes), &error);

  if (nodes == NULL)
    {
      _syl_outline_view_toast (self, error->message, FALSE);
      return;
    }
  paste_nodes (self, nodes);
}

static void
paste_splice_cb (GObject      *source,
                 GAsyncResult *result,
                 gpointer      user_data)
{
  g_autoptr(SylOutlineView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  if (g_output_stream_splice_finish (G_OUTPUT_STREAM (source), result, &error) < 0)
    {
      _syl_outline_view_toast (self, error->message, FALSE);
      return;
    }
  bytes = g_memory_output_stream_steal_as_bytes (G_MEMORY_OUTPUT_STREAM (source));
  if (self->document != NULL)
    paste_json_done (self, bytes);
}

static void
paste_json_cb (GObject      *source,
               GAsyncResult *result,
               gpointer      user_data)
{
  g_autoptr(SylOutlineView) self = user_data;
  g_autoptr(GError) error = NULL;
  g_autoptr(GInputStream) stream = gdk_clipboard_read_finish (GDK_CLIPBOARD (source), result,
                                                              NULL, &error);
  g_autoptr(GOutputStream) memory = NULL;

  if (stream == NULL)
    {
      _syl_outline_view_toast (self, error->message, FALSE);
      return;
    }
  memory = g_memory_output_stream_new_resizable ();
  g_output_stream_splice_async (memory, stream,
                                G_OUTPUT_STREAM_SPLICE_CLOSE_SOURCE | G_OUTPUT_STREAM_SPLICE_CLOSE_TARGET,
                                G_PRIORITY_DEFAULT, NULL, paste_splice_cb, g_object_ref (self));
}

static void
paste_action (GtkWidget  *widget,
              const char *name,
              GVariant   *param)
{
  SylOutlineView *self = SYL_OUTLINE_VIEW (widget);
  GdkClipboard *clipboard = gtk_widget_get_clipboard (widget);
  GdkContentFormats *formats = gdk_clipboard_get_formats (clipboard);
  static const char *mime_types[] = { CLIPBOARD_MIME_TYPE, NULL };

  if (gdk_content_formats_contain_mime_type (formats, CLIPBOARD_MIME_TYPE))
    gdk_clipboard_read_async (clipboard, mime_types, G_PRIORITY_DEFAULT, NULL, paste_json_cb,
                              g_object_ref (self));
  else
    gdk_clipboard_read_text_async (clipboard, NULL, paste_text_cb, g_object_ref (self));
}

static void
rename_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  SylOutlineView *self = SYL_OUTLINE_VIEW (widget);
  g_autoptr(GPtrArray) nodes = syl_outline_view_get_selected_nodes (self);

  if (nodes->len > 0)
    _syl_outline_view_rename (self, g_ptr_array_index (nodes, 0));
}

static SylNode *
first_selected (SylOutlineView *self)
{
  g_autoptr(GPtrArray) nodes = syl_outline_view_get_selected_nodes (self);

  return nodes->len > 0 ? g_object_ref (g_ptr_array_index (nodes, 0)) : NULL;
}

static void
set_row_expanded (SylOutlineView *self,
                  SylNode        *node,
                  gboolean        expanded)
{
  /* The rows under an open row follow their nodes' flags too: Shift+→
   * on an open chapter, whose nodes were just all marked open, opens
   * everything under it. */
  _syl_outline_view_position_of (self, node, TRUE);
  _syl_outline_view_set_expanded (self, node, expanded);
}

/* Right opens a closed row, or goes to the first child of an open one. */
static void
expand_action (GtkWidget  *widget,
               const char *name,
               GVariant   *param)
{
  SylOutlineView *self = SYL_OUTLINE_VIEW (widget);
  g_autoptr(SylNode) node = first_selected (self);
  SylNode *child;

  if (node == NULL || syl_node_get_n_children (node) == 0)
    return;
  if (!syl_node_get_expanded (node))
    {
      set_row_expanded (self, node, TRUE);
      return;
    }
  child = syl_node_get_child (node, 0);
  syl_outline_view_select_nodes (self, &child, 1);
}

/* Left closes an open row, or goes to the parent of a closed one. */
static void
collapse_action (GtkWidget  *widget,
                 const char *name,
                 GVariant   *param)
{
  SylOutlineView *self = SYL_OUTLINE_VIEW (widget);
  g_autoptr(SylNode) node = first_selected (self);
  SylNode *parent;

  if (node == NULL)
    return;
  if (syl_node_get_expanded (node) && syl_node_get_n_children (node) > 0)
    {
      set_row_expanded (self, node, FALSE);
      return;
    }
  parent = syl_node_get_parent (node);
  if (parent != NULL && !_syl_outline_view_is_top (self, parent))
    syl_outline_view_select_nodes (self, &parent, 1);
}

static void
mark_subtree_expanded (SylNode *node)
{
  SylNodeIter iter;
  SylNode *descendant;

  if (syl_node_get_n_children (node) > 0)
    syl_node_set_expanded (node, TRUE);
  syl_node_iter_init (&iter, node);
  while (syl_node_iter_next (&iter, &descendant))
    if (syl_node_get_n_children (descendant) > 0)
      syl_node_set_expanded (descendant, TRUE);
}

/* Shift+Right opens the whole subtree. */
static void
expand_all_action (GtkWidget  *widget,
                   const char *name,
                   GVariant   *param)
{
  SylOutlineView *self = SYL_OUTLINE_VIEW (widget);
  g_autoptr(SylNode) node = first_selected (self);

  if (node == NULL)
    return;
  mark_subtree_expanded (node);
  set_row_expanded (self, node, TRUE);
}

static void
moved_cb (SylOutlineView *self,
          const char     *label,
          SylMoveDialog  *dialog)
{
  GPtrArray *nodes = syl_move_dialog_get_nodes (dialog);

  /* Nodes sent out of the section in focus leave the tree, which stays. */
  _syl_outline_view_select_nodes (self, (SylNode **) nodes->pdata, nodes->len);
  _syl_outline_view_toast (self, label, TRUE);
}

static void
show_move_dialog (SylOutlineView *self,
                  GPtrArray      *nodes)
{
  SylMoveDialog *dialog = syl_move_dialog_new (self->document, nodes);

  g_signal_connect_object (dialog, "moved", G_CALLBACK (moved_cb), self, G_CONNECT_SWAPPED);
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (gtk_widget_get_root (GTK_WIDGET (self))));
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
move_to_action (GtkWidget  *widget,
                const char *name,
                GVariant   *param)
{
  SylOutlineView *self = SYL_OUTLINE_VIEW (widget);
  g_autoptr(GPtrArray) nodes = syl_outline_view_get_selected_nodes (self);

  if (nodes->len > 0)
    show_move_dialog (self, nodes);
}

/* Keys work while the list has the focus, never while a title is being
 * edited: there they belong to the text field and its input method.  A key
 * that would change the outline in review mode or while it is filtered
 * says why it does nothing, so the designer does not press it again. */
static gboolean
shortcut_cb (GtkWidget *widget,
             GVariant  *args,
             gpointer   user_data)
{
  SylOutlineView *self = SYL_OUTLINE_VIEW (widget);
  GtkWidget *focus = gtk_root_get_focus (gtk_widget_get_root (widget));
  const char *action = g_variant_get_string (args, NULL);
  gboolean edits = in_list (structure_actions, G_N_ELEMENTS (structure_actions), action) ||
                   g_str_equal (action, "outline.rename");

  if (focus != NULL && GTK_IS_EDITABLE (focus))
    return FALSE;
  if (self->document == NULL)
    return FALSE;
  if (edits && _syl_outline_view_why_frozen (self) != NULL &&
      (self->read_only || !g_str_equal (action, "outline.rename")))
    {
      _syl_outline_view_toast (self, _syl_outline_view_why_frozen (self), FALSE);
      return TRUE;
    }
  return gtk_widget_activate_action (widget, action, NULL);
}

static void
add_shortcut (GtkShortcutController *controller,
              guint                  keyval,
              GdkModifierType        modifiers,
              const char            *action)
{
  GtkShortcut *shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (keyval, modifiers),
                                            gtk_callback_action_new (shortcut_cb, NULL, NULL));

  gtk_shortcut_set_arguments (shortcut, g_variant_new_string (action));
  gtk_shortcut_controller_add_shortcut (controller, shortcut);
}

/* The keys are caught before the list's own, which would take Enter to
 * activate a row and the arrows with Alt for nothing. */
void
_syl_outline_view_add_shortcuts (SylOutlineView *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcutController *shortcuts = GTK_SHORTCUT_CONTROLLER (controller);

  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  add_shortcut (shortcuts, GDK_KEY_Up, GDK_ALT_MASK, "outline.move-up");
  add_shortcut (shortcuts, GDK_KEY_Down, GDK_ALT_MASK, "outline.move-down");
  add_shortcut (shortcuts, GDK_KEY_Right, GDK_ALT_MASK, "outline.indent");
  add_shortcut (shortcuts, GDK_KEY_Left, GDK_ALT_MASK, "outline.outdent");
  add_shortcut (shortcuts, GDK_KEY_Return, 0, "outline.new-sibling");
  add_shortcut (shortcuts, GDK_KEY_KP_Enter, 0, "outline.new-sibling");
  add_shortcut (shortcuts, GDK_KEY_Return, GDK_CONTROL_MASK, "outline.new-child");
  add_shortcut (shortcuts, GDK_KEY_KP_Enter, GDK_CONTROL_MASK, "outline.new-child");
  add_shortcut (shortcuts, GDK_KEY_Delete, 0, "outline.delete");
  add_shortcut (shortcuts, GDK_KEY_KP_Delete, 0, "outline.delete");
  add_shortcut (shortcuts, GDK_KEY_d, GDK_CONTROL_MASK, "outline.duplicate");
  add_shortcut (shortcuts, GDK_KEY_c, GDK_CONTROL_MASK, "outline.copy");
  add_shortcut (shortcuts, GDK_KEY_x, GDK_CONTROL_MASK, "outline.cut");
  add_shortcut (shortcuts, GDK_KEY_v, GDK_CONTROL_MASK, "outline.paste");
  add_shortcut (shortcuts, GDK_KEY_F2, 0, "outline.rename");
  add_shortcut (shortcuts, GDK_KEY_m, GDK_CONTROL_MASK, "outline.move-to");
  add_shortcut (shortcuts, GDK_KEY_Right, 0, "outline.expand");
  add_shortcut (shortcuts, GDK_KEY_Left, 0, "outline.collapse");
  add_shortcut (shortcuts, GDK_KEY_Right, GDK_SHIFT_MASK, "outline.expand-all");
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

void
_syl_outline_view_install_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "outline.move-up", NULL, move_up_action);
  gtk_widget_class_install_action (widget_class, "outline.move-down", NULL, move_down_action);
  gtk_widget_class_install_action (widget_class, "outline.indent", NULL, indent_action);
  gtk_widget_class_install_action (widget_class, "outline.outdent", NULL, outdent_action);
  gtk_widget_class_install_action (widget_class, "outline.new-sibling", NULL, new_sibling_action);
  gtk_widget_class_install_action (widget_class, "outline.new-child", NULL, new_child_action);
  gtk_widget_class_install_action (widget_class, "outline.delete", NULL, delete_action);
  gtk_widget_class_install_action (widget_class, "outline.duplicate", NULL, duplicate_action);
  gtk_widget_class_install_action (widget_class, "outline.copy", NULL, copy_action);
  gtk_widget_class_install_action (widget_class, "outline.cut", NULL, cut_action);
  gtk_widget_class_install_action (widget_class, "outline.paste", NULL, paste_action);
  gtk_widget_class_install_action (widget_class, "outline.rename", NULL, rename_action);
  gtk_widget_class_install_action (widget_class, "outline.move-to", NULL, move_to_action);
  gtk_widget_class_install_action (widget_class, "outline.expand", NULL, expand_action);
  gtk_widget_class_install_action (widget_class, "outline.collapse", NULL, collapse_action);
  gtk_widget_class_install_action (widget_class, "outline.expand-all", NULL, expand_all_action);
}

