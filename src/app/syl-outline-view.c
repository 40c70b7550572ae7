/* syl-outline-view.c: the outline as a tree that can be restructured
 *
 * A GtkListView over the rows of the document's nodes (SylOutlineRows),
 * a flat list whose items are the nodes themselves, each open or closed
 * as its node remembers ("expanded"), so that moved rows stay open.  The
 * view never changes the document itself except through SylDocument, so
 * every change is in the history.  The rows are held during a whole
 * history step, so that the list hears of it in as few changes as can be
 * and keeps the row widgets of what moved; see syl-outline-view-changes.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-accessible.h"
#include "syl-outline-view-private.h"

G_DEFINE_FINAL_TYPE (SylOutlineView, syl_outline_view, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_DOCUMENT,
  PROP_LOCKED,
  PROP_READ_ONLY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  SELECTION_CHANGED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/**
 * _syl_outline_view_position_of:
 * @reveal: whether to open the rows above @node first
 *
 * Returns: the position of @node's row, or %GTK_INVALID_LIST_POSITION
 *   when it has none: outside the section in focus, filtered out, or
 *   (without @reveal) under a closed row
 */
guint
_syl_outline_view_position_of (SylOutlineView *self,
                               SylNode        *node,
                               gboolean        reveal)
{
  if (self->rows == NULL)
    return GTK_INVALID_LIST_POSITION;
  if (reveal)
    return syl_outline_rows_reveal (self->rows, node);
  return syl_outline_rows_find (self->rows, node);
}

/* Opens or closes @node's row; the node remembers it. */
void
_syl_outline_view_set_expanded (SylOutlineView *self,
                                SylNode        *node,
                                gboolean        expanded)
{
  if (self->rows != NULL)
    syl_outline_rows_set_expanded (self->rows, node, expanded);
  else
    syl_node_set_expanded (node, expanded);
}

static void
refresh_numbers (SylOutlineView *self)
{
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    {
      if (self->renumbered == NULL || !g_hash_table_contains (self->renumbered, row))
        syl_outline_row_update_number (row);
    }
}

/* After every step, done, undone or redone: open what was open, renumber
 * the rows on screen, and after undo and redo show what changed. */
static void
history_applied_cb (SylOutlineView      *self,
                    GObject             *subject,
                    SylHistoryDirection  direction,
                    SylHistory          *history)
{
  _syl_outline_view_refilter (self);
  /* Ending the step binds every row the change covers again, and binding
   * numbers a row: on a move of the first chapter that is all of them,
   * and numbering each twice, with what a screen reader says of it, was a
   * tenth of the step's work. */
  self->renumbered = g_hash_table_new (NULL, NULL);
  _syl_outline_view_end_step (self);
  refresh_numbers (self);
  g_clear_pointer (&self->renumbered, g_hash_table_unref);
  _syl_outline_view_update_actions (self);

  syl_undo_toast_step_applied (&self->toast);

  if (direction != SYL_HISTORY_DO)
    {
      g_autoptr(GPtrArray) nodes = syl_history_dup_step_nodes (history);

      if (nodes->len > 0)
        _syl_outline_view_select_nodes (self, (SylNode **) nodes->pdata, nodes->len);
    }
  _syl_outline_view_hoist_step_done (self, direction);
}

static void
selection_changed_cb (SylOutlineView *self)
{
  _syl_outline_view_update_actions (self);
  g_signal_emit (self, signals[SELECTION_CHANGED], 0);
}

static void
clear_document (SylOutlineView *self)
{
  if (self->document != NULL)
    {
      g_signal_handlers_disconnect_by_data (syl_document_get_history (self->document), self);
      g_signal_handlers_disconnect_by_data (self->document, self);
      _syl_outline_view_markers_detach (self);
    }
  gtk_list_view_set_model (self->list_view, NULL);
  _syl_outline_view_end_step (self);
  _syl_outline_view_resume_rows (self);
  _syl_outline_view_hoist_forget (self);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  g_clear_object (&self->document);
  /* A search's highlight and matches were of this document. */
  _syl_outline_view_clear_highlight (self);
  g_clear_pointer (&self->filter_nodes, g_hash_table_unref);
  self->filtering = self->filter_open;
}

/* Chapters start open, so a designer sees the sections at once. */
static void
open_chapters (SylOutlineView *self)
{
  SylNode *root = syl_document_get_root (self->document);
  guint n = syl_node_get_n_children (root);

  for (guint i = 0; i < n; i++)
    {
      SylNode *chapter = syl_node_get_child (root, i);
      if (syl_node_get_n_children (chapter) > 0)
        syl_node_set_expanded (chapter, TRUE);
    }
}

static void select_nodes (SylOutlineView  *self,
                          SylNode * const *nodes,
                          guint            n_nodes,
                          gboolean         focus);

static gboolean
list_has_focus (SylOutlineView *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && (focus == GTK_WIDGET (self->list_view) ||
                           gtk_widget_is_ancestor (focus, GTK_WIDGET (self->list_view)));
}

/* Makes the tree over the document or the section in focus, filtered or
 * not, keeping the selection, and the focus if the list had it:
 * switching a filter builds it again, perhaps from the find bar, where
 * the user is typing. */
void
_syl_outline_view_build_model (SylOutlineView *self)
{
  g_autoptr(GPtrArray) selected = syl_outline_view_get_selected_nodes (self);
  gboolean focus = list_has_focus (self) || !gtk_widget_get_mapped (GTK_WIDGET (self));

  gtk_list_view_set_model (self->list_view, NULL);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  if (self->document == NULL)
    return;

  /* The list's items are the nodes themselves: a node that moves is the
   * same item before and after, so the list view keeps its row widget
   * when it hears of the move as one change (see
   * syl-outline-view-changes.c). */
  self->rows = syl_outline_rows_new (_syl_outline_view_get_top (self),
                                     self->filtering ? _syl_outline_view_keeps_node : NULL, self);
  self->selection = gtk_multi_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  g_signal_connect_object (self->selection, "selection-changed",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  if (selected->len > 0)
    select_nodes (self, (SylNode **) selected->pdata, selected->len, focus);
  selection_changed_cb (self);
}

void
syl_outline_view_set_document (SylOutlineView *self,
                               SylDocument    *document)
{
  g_return_if_fail (SYL_IS_OUTLINE_VIEW (self));
  g_return_if_fail (!document || SYL_IS_DOCUMENT (document));

  if (self->document == document)
    return;

  clear_document (self);
  if (document != NULL)
    {
      self->document = g_object_ref (document);
      open_chapters (self);
      g_signal_connect_object (syl_document_get_history (document), "changing",
                               G_CALLBACK (_syl_outline_view_begin_step), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (syl_document_get_history (document), "applied",
                               G_CALLBACK (history_applied_cb), self, G_CONNECT_SWAPPED);
      g_signal_connect_object (document, "notify::numbering", G_CALLBACK (refresh_numbers), self,
                               G_CONNECT_SWAPPED);
      _syl_outline_view_hoist_attach (self);
      _syl_outline_view_markers_attach (self);
      _syl_outline_view_build_model (self);
    }
  else
    {
      selection_changed_cb (self);
    }

  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DOCUMENT]);
}

/**
 * syl_outline_view_get_selected_nodes:
 *
 * Returns: (transfer container): the selected nodes, in document order
 */
GPtrArray *
syl_outline_view_get_selected_nodes (SylOutlineView *self)
{
  GPtrArray *nodes = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GtkBitset) selected = NULL;
  GtkBitsetIter iter;
  guint position;

  g_return_val_if_fail (SYL_IS_OUTLINE_VIEW (self), nodes);

  if (self->selection == NULL)
    return nodes;

  /* While a step is held back, the list's positions are those from before
   * it: the selection is the one saved when it began. */
  if (self->step_selection != NULL)
    {
      for (guint i = 0; i < self->step_selection->len; i++)
        g_ptr_array_add (nodes, g_object_ref (g_ptr_array_index (self->step_selection, i)));
      return nodes;
    }

  selected = gtk_selection_model_get_selection (GTK_SELECTION_MODEL (self->selection));
  for (gboolean ok = gtk_bitset_iter_init_first (&iter, selected, &position); ok;
       ok = gtk_bitset_iter_next (&iter, &position))
    {
      SylNode *node = g_list_model_get_item (G_LIST_MODEL (self->rows), position);

      if (node != NULL)
        g_ptr_array_add (nodes, node);
    }
  return nodes;
}

/* Puts the keyboard focus on @node's row, so that the next arrow key moves
 * from there.  Scrolling to a row does not do that on GTK 4.8. */
static void
focus_row (SylOutlineView *self,
           SylNode        *node)
{
  SylOutlineRow *row = _syl_outline_view_find_row (self, node);

  if (row == NULL && gtk_widget_get_mapped (GTK_WIDGET (self->list_view)))
    {
      /* The list lays out a row it scrolled to on the next frame. */
      gtk_widget_measure (GTK_WIDGET (self->list_view), GTK_ORIENTATION_VERTICAL, -1,
                          NULL, NULL, NULL, NULL);
      row = _syl_outline_view_find_row (self, node);
    }
  if (row != NULL && gtk_widget_get_parent (GTK_WIDGET (row)) != NULL)
    gtk_widget_grab_focus (gtk_widget_get_parent (GTK_WIDGET (row)));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->list_view));
}

/* Selects those of @nodes that the tree can show, opening their
 * ancestors, and with @focus focuses the first of them in the outline's
 * order.  The list scrolls only if one of them is not wholly on screen
 * once it is laid out, and then as little as it can.  Nodes outside the
 * section in focus are left out. */
static void
select_nodes (SylOutlineView  *self,
              SylNode * const *nodes,
              guint            n_nodes,
              gboolean         focus)
{
  g_autoptr(GtkBitset) wanted = gtk_bitset_new_empty ();
  g_autoptr(GtkBitset) all = NULL;
  guint first = GTK_INVALID_LIST_POSITION;
  SylNode *first_node = NULL;

  if (self->selection == NULL)
    return;

  /* Opening the rows above one node moves the rows of those before it:
   * the positions are taken once all are open. */
  for (guint i = 0; i < n_nodes; i++)
    _syl_outline_view_position_of (self, nodes[i], TRUE);
  for (guint i = 0; i < n_nodes; i++)
    {
      guint position = _syl_outline_view_position_of (self, nodes[i], FALSE);

      if (position == GTK_INVALID_LIST_POSITION)
        continue;
      gtk_bitset_add (wanted, position);
      if (position < first)
        {
          first = position;
          first_node = nodes[i];
        }
    }
  if (first == GTK_INVALID_LIST_POSITION)
    return;

  /* A row the list has no widget for is off screen: the list must scroll
   * to it to make one.  Any other waits for the layout. */
  if (!gtk_widget_get_mapped (GTK_WIDGET (self->list_view)) ||
      _syl_outline_view_find_row (self, first_node) == NULL)
    gtk_widget_activate_action (GTK_WIDGET (self->list_view), "list.scroll-to-item", "u", first);
  all = gtk_bitset_new_range (0, g_list_model_get_n_items (G_LIST_MODEL (self->rows)));
  gtk_selection_model_set_selection (GTK_SELECTION_MODEL (self->selection), wanted, all);
  if (focus)
    focus_row (self, first_node);
  _syl_outline_view_reveal (self, nodes, n_nodes);
}

/**
 * syl_outline_view_select_nodes:
 *
 * Selects @nodes, opening their ancestors, and focuses the first of them
 * in the outline's order.  The list scrolls only if one of them is not
 * wholly on screen once it is laid out, and then as little as it can.
 * When some of them are outside the section in focus, the tree goes up
 * as far as needed to show them.
 */
void
syl_outline_view_select_nodes (SylOutlineView  *self,
                               SylNode * const *nodes,
                               guint            n_nodes)
{
  g_return_if_fail (SYL_IS_OUTLINE_VIEW (self));

  _syl_outline_view_leave_focus_for (self, nodes, n_nodes);
  select_nodes (self, nodes, n_nodes, TRUE);
}

/* The view's own steps never leave the section in focus. */
void
_syl_outline_view_select_nodes (SylOutlineView  *self,
                                SylNode * const *nodes,
                                guint            n_nodes)
{
  select_nodes (self, nodes, n_nodes, TRUE);
}

/**
 * syl_outline_view_show_nodes:
 *
 * Selects @nodes as syl_outline_view_select_nodes() does, but leaves the
 * keyboard focus where it is: the find bar shows its matches while the
 * user types, perhaps with an input method that is composing a word.
 */
void
syl_outline_view_show_nodes (SylOutlineView  *self,
                             SylNode * const *nodes,
                             guint            n_nodes)
{
  g_return_if_fail (SYL_IS_OUTLINE_VIEW (self));

  _syl_outline_view_leave_focus_for (self, nodes, n_nodes);
  select_nodes (self, nodes, n_nodes, FALSE);
}

gboolean
syl_outline_view_get_locked (SylOutlineView *self)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_VIEW (self), FALSE);
  return self->locked;
}

/**
 * syl_outline_view_set_locked:
 *
 * Locks the structure against accidental restructuring: no drags, no
 * moves, no insertions or deletions.  Renaming stays possible.
 */
void
syl_outline_view_set_locked (SylOutlineView *self,
                             gboolean        locked)
{
  g_return_if_fail (SYL_IS_OUTLINE_VIEW (self));

  if (self->locked == !!locked)
    return;
  self->locked = !!locked;
  _syl_outline_view_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_LOCKED]);
}

gboolean
syl_outline_view_get_read_only (SylOutlineView *self)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_VIEW (self), FALSE);
  return self->read_only;
}

/**
 * syl_outline_view_set_read_only:
 *
 * For review mode: besides the structure, as syl_outline_view_set_locked()
 * locks it, titles cannot be changed.  Selecting, opening rows, copying
 * and dragging text out stay possible.
 */
void
syl_outline_view_set_read_only (SylOutlineView *self,
                                gboolean        read_only)
{
  g_return_if_fail (SYL_IS_OUTLINE_VIEW (self));

  if (self->read_only == !!read_only)
    return;
  self->read_only = !!read_only;
  _syl_outline_view_update_actions (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_READ_ONLY]);
}

GtkWidget *
syl_outline_view_get_list_view (SylOutlineView *self)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_VIEW (self), NULL);
  return GTK_WIDGET (self->list_view);
}

/* Says what a step did, or why it was refused, in the view's one toast. */
void
_syl_outline_view_toast (SylOutlineView *self,
                         const char     *title,
                         gboolean        undoable)
{
  syl_undo_toast_show (&self->toast, GTK_WIDGET (self), title, undoable);
}

/* Tells a screen reader where moved nodes went ("Moved to 2.4"): the
 * rows' numbers change, but the focus stays where it was. */
void
_syl_outline_view_announce_moved (SylOutlineView *self,
                                  SylNode        *node)
{
  g_autofree char *number = syl_document_dup_number (self->document, node);
  g_autofree char *message = NULL;

  if (*number != '\0')
    /* Translators: said by a screen reader after a move; %s is a number such as 2.4. */
    message = g_strdup_printf (_("Moved to %s"), number);
  else
    /* Translators: said by a screen reader after a move in an outline without numbers. */
    message = g_strdup_printf (_("Moved to level %u"), syl_node_get_depth (node));
  syl_accessible_announce (GTK_WIDGET (self), message);
}

/* The view's toast, while it is up and names the latest step: for tests. */
AdwToast *
syl_outline_view_get_toast (SylOutlineView *self)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_VIEW (self), NULL);
  return syl_undo_toast_get (&self->toast);
}

SylOutlineRow *
_syl_outline_view_find_row (SylOutlineView *self,
                            SylNode        *node)
{
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    if (syl_outline_row_get_node (row) == node)
      return row;
  return NULL;
}

/**
 * syl_outline_view_get_row_widget:
 *
 * Returns: (nullable) (transfer none): the row showing @node, if it is
 *   on screen
 */
GtkWidget *
syl_outline_view_get_row_widget (SylOutlineView *self,
                                 SylNode        *node)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_VIEW (self), NULL);
  return (GtkWidget *) _syl_outline_view_find_row (self, node);
}

/* Starts renaming @node in place, once its row is on screen. */
void
_syl_outline_view_rename (SylOutlineView *self,
                          SylNode        *node)
{
  SylOutlineRow *row;

  syl_outline_view_select_nodes (self, &node, 1);
  row = _syl_outline_view_find_row (self, node);
  if (row == NULL)
    {
      /* The list lays out new rows on the next frame. */
      gtk_widget_measure (GTK_WIDGET (self->list_view), GTK_ORIENTATION_VERTICAL, -1,
                          NULL, NULL, NULL, NULL);
      row = _syl_outline_view_find_row (self, node);
    }
  if (row != NULL)
    syl_outline_row_start_rename (row);
}

static void
syl_outline_view_dispose (GObject *object)
{
  SylOutlineView *self = SYL_OUTLINE_VIEW (object);

  clear_document (self);
  _syl_outline_view_end_drag (self);
  _syl_outline_view_unwatch_layout (self);
  syl_undo_toast_clear (&self->toast);
  g_clear_object (&self->menu_actions);
  g_clear_pointer (&self->filter_nodes, g_hash_table_unref);
  _syl_outline_view_clear_highlight (self);
  g_clear_pointer (&self->drag_nodes, g_ptr_array_unref);
  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_OUTLINE_VIEW);
  g_clear_pointer (&self->spare_rows, g_ptr_array_unref);
  g_clear_pointer (&self->item_rows, g_hash_table_unref);

  G_OBJECT_CLASS (syl_outline_view_parent_class)->dispose (object);
}

static void
syl_outline_view_finalize (GObject *object)
{
  SylOutlineView *self = SYL_OUTLINE_VIEW (object);

  g_clear_pointer (&self->bound_rows, g_hash_table_unref);
  g_clear_pointer (&self->reveal_nodes, g_ptr_array_unref);
  g_clear_pointer (&self->spring_opened, g_ptr_array_unref);
  g_clear_pointer (&self->highlight_later, g_ptr_array_unref);
  g_clear_pointer (&self->hoist_path, g_ptr_array_unref);
  g_clear_pointer (&self->hoist_places, g_array_unref);

  G_OBJECT_CLASS (syl_outline_view_parent_class)->finalize (object);
}

static void
syl_outline_view_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SylOutlineView *self = SYL_OUTLINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      g_value_set_object (value, self->document);
      break;
    case PROP_LOCKED:
      g_value_set_boolean (value, self->locked);
      break;
    case PROP_READ_ONLY:
      g_value_set_boolean (value, self->read_only);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_outline_view_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SylOutlineView *self = SYL_OUTLINE_VIEW (object);

  switch (prop_id)
    {
    case PROP_DOCUMENT:
      syl_outline_view_set_document (self, g_value_get_object (value));
      break;
    case PROP_LOCKED:
      syl_outline_view_set_locked (self, g_value_get_boolean (value));
      break;
    case PROP_READ_ONLY:
      syl_outline_view_set_read_only (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_outline_view_realize (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (syl_outline_view_parent_class)->realize (widget);
  _syl_outline_view_watch_layout (SYL_OUTLINE_VIEW (widget));
}

static void
syl_outline_view_unrealize (GtkWidget *widget)
{
  _syl_outline_view_unwatch_layout (SYL_OUTLINE_VIEW (widget));
  GTK_WIDGET_CLASS (syl_outline_view_parent_class)->unrealize (widget);
}

static void
syl_outline_view_class_init (SylOutlineViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  widget_class->realize = syl_outline_view_realize;
  widget_class->unrealize = syl_outline_view_unrealize;
  object_class->dispose = syl_outline_view_dispose;
  object_class->finalize = syl_outline_view_finalize;
  object_class->get_property = syl_outline_view_get_property;
  object_class->set_property = syl_outline_view_set_property;

  properties[PROP_DOCUMENT] =
    g_param_spec_object ("document", NULL, NULL, SYL_TYPE_DOCUMENT,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_LOCKED] =
    g_param_spec_boolean ("locked", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_READ_ONLY] =
    g_param_spec_boolean ("read-only", NULL, NULL, FALSE,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SylOutlineView::selection-changed:
   *
   * Emitted when other nodes are selected, or another document shown.
   */
  signals[SELECTION_CHANGED] =
    g_signal_new ("selection-changed", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/syllabus/Syllabus/syl-outline-view.ui");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_bind_template_child (widget_class, SylOutlineView, content);
  gtk_widget_class_bind_template_child (widget_class, SylOutlineView, overlay);
  gtk_widget_class_bind_template_child (widget_class, SylOutlineView, scroller);
  gtk_widget_class_bind_template_child (widget_class, SylOutlineView, list_view);
  gtk_widget_class_bind_template_child (widget_class, SylOutlineView, drop_line);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);

  _syl_outline_view_install_actions (widget_class);
  _syl_outline_view_hoist_class_init (widget_class);
  _syl_outline_view_levels_class_init (widget_class);
}

static void
syl_outline_view_init (SylOutlineView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  _syl_outline_view_hoist_init (self);
  _syl_outline_view_markers_init (self);

  self->reveal_nodes = g_ptr_array_new_with_free_func (g_object_unref);
  self->spring_opened = g_ptr_array_new_with_free_func (g_object_unref);
  self->highlight_later = g_ptr_array_new_with_free_func (g_object_unref);
  _syl_outline_view_rows_init (self);

  _syl_outline_view_setup_dnd (self);
  _syl_outline_view_add_shortcuts (self);
}
