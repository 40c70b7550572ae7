/* syl-node-pane.c: the selected node, beside the tree
 *
 * Read-only for now: the node's number, title and kind.  The full editor
 * takes this place in its own issue.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "syl-node-pane.h"

struct _SylNodePane
{
  GtkWidget  parent_instance;

  GtkStack  *stack;
  GtkWidget *multiple_page;
  GtkLabel  *number_label;
  GtkLabel  *title_label;
  GtkLabel  *details_label;

  SylNode   *node;
};

G_DEFINE_FINAL_TYPE (SylNodePane, syl_node_pane, GTK_TYPE_WIDGET)

static const char *
kind_name (SylNode *node)
{
  guint depth = syl_node_get_depth (node);

  switch (syl_node_get_kind (node))
    {
    case SYL_NODE_KIND_DISCUSSION:
      return _("Discussion");
    case SYL_NODE_KIND_EXAMPLE:
      return _("Example");
    case SYL_NODE_KIND_SECTION:
    default:
      /* Whether a section is a chapter follows from its level. */
      return depth == 1 ? _("Chapter") : depth == 2 ? _("Section") : _("Subsection");
    }
}

static void
update (SylNodePane *self)
{
  g_autofree char *number = NULL;
  g_autofree char *count = NULL;
  g_autoptr(GString) details = NULL;
  const char *title;
  guint n;

  if (self->node == NULL || syl_node_get_parent (self->node) == NULL)
    return;

  number = syl_node_dup_number (self->node);
  title = syl_node_get_title (self->node);
  n = syl_node_get_n_children (self->node);
  gtk_label_set_text (self->number_label, number);
  gtk_label_set_text (self->title_label, *title ? title : _("Untitled"));
  count = g_strdup_printf (ngettext ("%u part", "%u parts", n), n);
  details = g_string_new (kind_name (self->node));
  if (n > 0)
    g_string_append_printf (details, " · %s", count);
  if (syl_node_get_optional (self->node))
    g_string_append_printf (details, " · %s", _("Optional"));
  gtk_label_set_text (self->details_label, details->str);
}

static void
clear_node (SylNodePane *self)
{
  if (self->node != NULL)
    g_signal_handlers_disconnect_by_data (self->node, self);
  g_clear_object (&self->node);
}

/**
 * syl_node_pane_set_nodes:
 * @nodes: the selected nodes
 *
 * Shows the one selected node, or says that none or several are selected.
 */
void
syl_node_pane_set_nodes (SylNodePane *self,
                         GPtrArray   *nodes)
{
  g_return_if_fail (SYL_IS_NODE_PANE (self));

  clear_node (self);
  if (nodes == NULL || nodes->len == 0)
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
  g_signal_connect_object (self->node, "notify", G_CALLBACK (update), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->node, "items-changed", G_CALLBACK (update), self,
                           G_CONNECT_SWAPPED);
  update (self);
  gtk_stack_set_visible_child_name (self->stack, "node");
}

static void
syl_node_pane_dispose (GObject *object)
{
  SylNodePane *self = SYL_NODE_PANE (object);

  clear_node (self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_NODE_PANE);

  G_OBJECT_CLASS (syl_node_pane_parent_class)->dispose (object);
}

static void
syl_node_pane_class_init (SylNodePaneClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_node_pane_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/syllabus/Syllabus/syl-node-pane.ui");
  gtk_widget_class_bind_template_child (widget_class, SylNodePane, stack);
  gtk_widget_class_bind_template_child (widget_class, SylNodePane, multiple_page);
  gtk_widget_class_bind_template_child (widget_class, SylNodePane, number_label);
  gtk_widget_class_bind_template_child (widget_class, SylNodePane, title_label);
  gtk_widget_class_bind_template_child (widget_class, SylNodePane, details_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
syl_node_pane_init (SylNodePane *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
