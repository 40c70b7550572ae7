/* syl-move-dialog.c: choose where to move nodes by typing
 *
 * Lists every place the nodes can go — the top level and every node that
 * is not one of them or inside them — and filters it by number or title as
 * the designer types.  The move is one step in the history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "syl-move-dialog.h"

struct _SylMoveDialog
{
  AdwWindow          parent_instance;

  GtkSearchEntry    *search_entry;
  GtkLabel          *hint_label;
  GtkListView       *list_view;
  GtkWidget         *move_button;

  SylDocument       *document;
  GPtrArray         *nodes;
  GtkCustomFilter   *filter;
  GtkSingleSelection *selection;
};

G_DEFINE_FINAL_TYPE (SylMoveDialog, syl_move_dialog, ADW_TYPE_WINDOW)

enum {
  MOVED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Every node that can take the moving nodes, in document order. */
static void
collect_places (SylMoveDialog *self,
                SylNode       *root,
                GListStore    *store)
{
  SylNodeIter iter;
  SylNode *node;

  syl_node_iter_init (&iter, root);
  while (syl_node_iter_next (&iter, &node))
    {
      /* Nothing below a node that cannot take them can either. */
      if (!syl_document_check_move (self->document, (SylNode **) self->nodes->pdata,
                                    self->nodes->len, node, NULL))
        syl_node_iter_skip_children (&iter);
      else
        g_list_store_append (store, node);
    }
}

static gboolean
matches (gpointer item,
         gpointer user_data)
{
  SylMoveDialog *self = user_data;
  const char *query = gtk_editable_get_text (GTK_EDITABLE (self->search_entry));
  g_autofree char *number = NULL;
  g_autofree char *folded_title = NULL;
  g_autofree char *folded_query = NULL;

  if (query == NULL || *query == '\0')
    return TRUE;
  if (syl_node_is_root (item))
    return FALSE;

  /* A number can be typed as the path ("1.4") or as shown ("第一章"). */
  number = syl_node_dup_number (item);
  if (g_str_has_prefix (number, query))
    return TRUE;
  g_free (number);
  number = syl_document_dup_number (self->document, item);
  if (*number != '\0' && g_str_has_prefix (number, query))
    return TRUE;
  folded_title = g_utf8_casefold (syl_node_get_title (item), -1);
  folded_query = g_utf8_casefold (query, -1);
  return strstr (folded_title, folded_query) != NULL;
}

static void
setup_item_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_list_item_set_child (item, label);
}

static void
bind_item_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              SylMoveDialog            *self)
{
  SylNode *node = gtk_list_item_get_item (item);
  GtkWidget *label = gtk_list_item_get_child (item);
  g_autofree char *text = NULL;

  if (syl_node_is_root (node))
    {
      gtk_label_set_text (GTK_LABEL (label), _("Top Level (as a chapter)"));
      gtk_widget_set_margin_start (label, 0);
      return;
    }
  text = syl_numbering_format_with_title (syl_document_get_numbering (self->document), node);
  gtk_label_set_text (GTK_LABEL (label), text);
  gtk_widget_set_margin_start (label, 12 * (syl_node_get_depth (node) - 1));
}

static void
selection_changed_cb (SylMoveDialog *self)
{
  gtk_widget_set_sensitive (self->move_button,
                            gtk_single_selection_get_selected_item (self->selection) != NULL);
}

static void
search_changed_cb (SylMoveDialog *self)
{
  gtk_filter_changed (GTK_FILTER (self->filter), GTK_FILTER_CHANGE_DIFFERENT);
  gtk_single_selection_set_selected (self->selection, 0);
}

static void
move_to (SylMoveDialog *self,
         SylNode       *parent)
{
  SylHistory *history = syl_document_get_history (self->document);
  g_autoptr(GError) error = NULL;

  if (parent == NULL)
    return;

  if (!syl_document_move_nodes (self->document, (SylNode **) self->nodes->pdata,
                                self->nodes->len, parent, SYL_DROP_INTO, &error))
    {
      gtk_label_set_text (self->hint_label, error->message);
      return;
    }
  g_signal_emit (self, signals[MOVED], 0, syl_history_get_undo_label (history));
  gtk_window_close (GTK_WINDOW (self));
}

static void
move_clicked_cb (SylMoveDialog *self)
{
  move_to (self, gtk_single_selection_get_selected_item (self->selection));
}

/* The search entry takes Escape for itself; in a dialog, a person
 * expects Escape to close it, as everywhere else in GNOME. */
static void
search_stop_cb (SylMoveDialog *self)
{
  gtk_window_close (GTK_WINDOW (self));
}

static void
search_activate_cb (SylMoveDialog *self)
{
  move_clicked_cb (self);
}

static void
list_activate_cb (SylMoveDialog *self,
                  guint          position)
{
  g_autoptr(SylNode) node = g_list_model_get_item (G_LIST_MODEL (self->selection), position);

  move_to (self, node);
}

static void
syl_move_dialog_dispose (GObject *object)
{
  SylMoveDialog *self = SYL_MOVE_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_MOVE_DIALOG);
  g_clear_object (&self->selection);
  g_clear_object (&self->document);
  g_clear_pointer (&self->nodes, g_ptr_array_unref);

  G_OBJECT_CLASS (syl_move_dialog_parent_class)->dispose (object);
}

static void
syl_move_dialog_class_init (SylMoveDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_move_dialog_dispose;

  /**
   * SylMoveDialog::moved:
   * @label: the history label of the move
   */
  signals[MOVED] = g_signal_new ("moved", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                 0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/syllabus/Syllabus/syl-move-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SylMoveDialog, search_entry);
  gtk_widget_class_bind_template_child (widget_class, SylMoveDialog, hint_label);
  gtk_widget_class_bind_template_child (widget_class, SylMoveDialog, list_view);
  gtk_widget_class_bind_template_child (widget_class, SylMoveDialog, move_button);
  gtk_widget_class_bind_template_callback (widget_class, move_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, search_stop_cb);
  gtk_widget_class_bind_template_callback (widget_class, list_activate_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
syl_move_dialog_init (SylMoveDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  gtk_widget_grab_focus (GTK_WIDGET (self->search_entry));
}

SylMoveDialog *
syl_move_dialog_new (SylDocument *document,
                     GPtrArray   *nodes)
{
  SylMoveDialog *self;
  g_autoptr(GListStore) places = g_list_store_new (SYL_TYPE_NODE);
  GtkFilterListModel *filtered;
  GtkListItemFactory *factory;
  g_autofree char *hint = NULL;

  g_return_val_if_fail (SYL_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (nodes != NULL && nodes->len > 0, NULL);

  self = g_object_new (SYL_TYPE_MOVE_DIALOG, NULL);
  self->document = g_object_ref (document);
  self->nodes = g_ptr_array_ref (nodes);

  g_list_store_append (places, syl_document_get_root (document));
  collect_places (self, syl_document_get_root (document), places);
  self->filter = gtk_custom_filter_new (matches, self, NULL);
  filtered = gtk_filter_list_model_new (G_LIST_MODEL (g_steal_pointer (&places)),
                                        GTK_FILTER (self->filter));
  self->selection = gtk_single_selection_new (G_LIST_MODEL (filtered));
  g_signal_connect_object (self->selection, "notify::selected-item",
                           G_CALLBACK (selection_changed_cb), self, G_CONNECT_SWAPPED);

  factory = gtk_signal_list_item_factory_new ();
  g_signal_connect (factory, "setup", G_CALLBACK (setup_item_cb), NULL);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_item_cb), self, 0);
  gtk_list_view_set_factory (self->list_view, factory);
  g_object_unref (factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (self->selection));
  selection_changed_cb (self);

  hint = g_strdup_printf (ngettext ("Moves the selected item to the end of the place you choose.",
                                    "Moves the %u selected items to the end of the place you choose.",
                                    nodes->len), nodes->len);
  gtk_label_set_text (self->hint_label, hint);
  return self;
}

/**
 * syl_move_dialog_get_nodes:
 *
 * Returns: (transfer none) (element-type SylNode): the nodes the dialog
 *   moves
 */
GPtrArray *
syl_move_dialog_get_nodes (SylMoveDialog *self)
{
  g_return_val_if_fail (SYL_IS_MOVE_DIALOG (self), NULL);
  return self->nodes;
}
