/* syl-breadcrumb.c: the path from the course down to the section in focus
 *
 * Above the tree while it shows one section: the course, then each
 * section above the one in focus, as flat buttons that go back up to
 * that level, then the section in focus itself, which is where the
 * designer is and so not a button.  Each crumb shows the number the
 * whole outline gives the section, as the rows do.
 *
 * A long path scrolls rather than pushing the pane wider, and it is kept
 * scrolled to its end, where the section in focus is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-breadcrumb.h"
#include "syl-numbering.h"

/* The widest a crumb gets before it is shortened, and the narrowest the
 * crumbs above the section in focus and that section's own get, in the
 * widths of an average character: in a narrow pane, the crumbs above
 * give way first. */
#define CRUMB_MAX_CHARS 20
#define CRUMB_MIN_CHARS 4
#define CURRENT_MIN_CHARS 14

struct _SylBreadcrumb
{
  GtkWidget          parent_instance;

  /* Template widgets. */
  GtkWidget         *bar;
  GtkWidget         *up_button;
  GtkScrolledWindow *scroller;
  GtkBox            *crumbs;

  /* The nodes from the document's root down to the section in focus, and
   * the button of each but the last. */
  GPtrArray         *path;
  GPtrArray         *buttons;
  /* What the crumbs say, to leave them be when nothing changed. */
  GStrv              texts;
};

G_DEFINE_FINAL_TYPE (SylBreadcrumb, syl_breadcrumb, GTK_TYPE_WIDGET)

enum {
  GO_TO,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* What the crumb of @node says: the course's title for the root, or the
 * number and title of a section, as its row shows them. */
static char *
crumb_text (SylDocument *document,
            SylNode     *node)
{
  g_autofree char *number = NULL;
  const char *title;

  if (syl_node_is_root (node))
    {
      title = syl_document_get_title (document);
      return g_strdup (*title ? title : _("Untitled Course"));
    }
  title = syl_node_get_title (node);
  if (*title == '\0')
    title = _("Untitled");
  number = syl_document_dup_number (document, node);
  if (*number == '\0')
    return g_strdup (title);
  return g_strconcat (number, syl_numbering_separator_after (number), title, NULL);
}

/* How wide @text is, in the widths of an average character: a Chinese
 * character takes two. */
static int
text_columns (const char *text)
{
  int columns = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    columns += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  return columns;
}

static GtkWidget *
crumb_label (const char *text,
             int         min_chars)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_label_set_width_chars (GTK_LABEL (label), MIN (text_columns (text), min_chars));
  gtk_label_set_max_width_chars (GTK_LABEL (label), CRUMB_MAX_CHARS);
  gtk_label_set_single_line_mode (GTK_LABEL (label), TRUE);
  return label;
}

static void
crumb_clicked_cb (SylBreadcrumb *self,
                  GtkButton     *button)
{
  guint index;

  if (g_ptr_array_find (self->buttons, button, &index))
    g_signal_emit (self, signals[GO_TO], 0, g_ptr_array_index (self->path, index));
}

static void
up_clicked_cb (SylBreadcrumb *self)
{
  if (self->path->len >= 2)
    g_signal_emit (self, signals[GO_TO], 0, g_ptr_array_index (self->path, self->path->len - 2));
}

/* The arrow between two crumbs, which a screen reader need not read. */
static void
add_separator (SylBreadcrumb *self)
{
  GtkWidget *separator = gtk_label_new ("›");

  gtk_widget_add_css_class (separator, "separator");
  gtk_accessible_update_state (GTK_ACCESSIBLE (separator), GTK_ACCESSIBLE_STATE_HIDDEN, TRUE, -1);
  gtk_box_append (self->crumbs, separator);
}

static void
add_crumb (SylBreadcrumb *self,
           const char    *text,
           gboolean       current)
{
  GtkWidget *label = crumb_label (text, current ? CURRENT_MIN_CHARS : CRUMB_MIN_CHARS);
  GtkWidget *button;

  gtk_widget_set_tooltip_text (label, text);
  if (current)
    {
      gtk_widget_add_css_class (label, "current");
      gtk_box_append (self->crumbs, label);
      return;
    }
  button = gtk_button_new ();
  gtk_button_set_child (GTK_BUTTON (button), label);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  g_signal_connect_object (button, "clicked", G_CALLBACK (crumb_clicked_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_box_append (self->crumbs, button);
  g_ptr_array_add (self->buttons, button);
}

static void
clear_crumbs (SylBreadcrumb *self)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->crumbs))) != NULL)
    gtk_box_remove (self->crumbs, child);
  g_ptr_array_set_size (self->buttons, 0);
}

/* The texts of the crumbs of @path. */
static GStrv
path_texts (SylDocument *document,
            GPtrArray   *path)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  for (guint i = 0; document != NULL && i < path->len; i++)
    {
      g_autofree char *text = crumb_text (document, g_ptr_array_index (path, i));

      g_strv_builder_add (builder, text);
    }
  return g_strv_builder_end (builder);
}

static gboolean
same_nodes (GPtrArray *a,
            GPtrArray *b)
{
  if (a->len != b->len)
    return FALSE;
  for (guint i = 0; i < a->len; i++)
    if (g_ptr_array_index (a, i) != g_ptr_array_index (b, i))
      return FALSE;
  return TRUE;
}

/**
 * syl_breadcrumb_set_path:
 * @document: (nullable): the document @node is in
 * @node: (nullable): the section in focus, or %NULL for none
 *
 * Shows the path from the course down to @node.  Called again after a
 * change, it rebuilds the crumbs only if what they say changed.
 */
void
syl_breadcrumb_set_path (SylBreadcrumb *self,
                         SylDocument   *document,
                         SylNode       *node)
{
  g_autoptr(GPtrArray) path = g_ptr_array_new_with_free_func (g_object_unref);
  g_auto(GStrv) texts = NULL;

  g_return_if_fail (SYL_IS_BREADCRUMB (self));
  g_return_if_fail (document == NULL || SYL_IS_DOCUMENT (document));
  g_return_if_fail (node == NULL || SYL_IS_NODE (node));

  if (document != NULL)
    for (SylNode *n = node; n != NULL; n = syl_node_get_parent (n))
      g_ptr_array_insert (path, 0, g_object_ref (n));
  texts = path_texts (document, path);
  if (same_nodes (path, self->path) && g_strv_equal ((const char * const *) texts,
                                                     (const char * const *) self->texts))
    return;

  clear_crumbs (self);
  g_ptr_array_unref (self->path);
  self->path = g_steal_pointer (&path);
  g_strfreev (self->texts);
  self->texts = g_steal_pointer (&texts);

  for (guint i = 0; i < self->path->len; i++)
    {
      if (i > 0)
        add_separator (self);
      add_crumb (self, self->texts[i], i == self->path->len - 1);
    }
  gtk_widget_set_sensitive (self->up_button, self->path->len >= 2);
}

/**
 * syl_breadcrumb_dup_text:
 *
 * Returns: (transfer full): what the crumbs say, joined by " › "
 */
char *
syl_breadcrumb_dup_text (SylBreadcrumb *self)
{
  g_return_val_if_fail (SYL_IS_BREADCRUMB (self), NULL);

  return g_strjoinv (" › ", self->texts);
}

/**
 * syl_breadcrumb_get_crumb:
 * @index: 0 for the course
 *
 * Returns: (transfer none) (nullable): the button of a crumb, or the label
 *   of the last one, the section in focus
 */
GtkWidget *
syl_breadcrumb_get_crumb (SylBreadcrumb *self,
                          guint          index)
{
  g_return_val_if_fail (SYL_IS_BREADCRUMB (self), NULL);

  if (index < self->buttons->len)
    return g_ptr_array_index (self->buttons, index);
  if (index + 1 == self->path->len)
    return gtk_widget_get_last_child (GTK_WIDGET (self->crumbs));
  return NULL;
}

/* A path too long for the pane stays scrolled to its end, where the
 * section in focus is. */
static void
adjustment_changed_cb (SylBreadcrumb *self,
                       GtkAdjustment *adjustment)
{
  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment) -
                                        gtk_adjustment_get_page_size (adjustment));
}

GtkWidget *
syl_breadcrumb_new (void)
{
  return g_object_new (SYL_TYPE_BREADCRUMB, NULL);
}

static void
syl_breadcrumb_dispose (GObject *object)
{
  SylBreadcrumb *self = SYL_BREADCRUMB (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_BREADCRUMB);
  g_clear_pointer (&self->buttons, g_ptr_array_unref);
  g_clear_pointer (&self->path, g_ptr_array_unref);
  g_clear_pointer (&self->texts, g_strfreev);

  G_OBJECT_CLASS (syl_breadcrumb_parent_class)->dispose (object);
}

static void
syl_breadcrumb_class_init (SylBreadcrumbClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_breadcrumb_dispose;

  /**
   * SylBreadcrumb::go-to:
   * @node: the node of the crumb: the document's root for the course
   *
   * Emitted when a crumb is clicked, or the button that goes up a level.
   */
  signals[GO_TO] =
    g_signal_new ("go-to", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL, G_TYPE_NONE, 1, SYL_TYPE_NODE);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/syllabus/Syllabus/syl-breadcrumb.ui");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_NAVIGATION);
  gtk_widget_class_bind_template_child (widget_class, SylBreadcrumb, bar);
  gtk_widget_class_bind_template_child (widget_class, SylBreadcrumb, up_button);
  gtk_widget_class_bind_template_child (widget_class, SylBreadcrumb, scroller);
  gtk_widget_class_bind_template_child (widget_class, SylBreadcrumb, crumbs);
  gtk_widget_class_bind_template_callback (widget_class, up_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "breadcrumb");
}

static void
syl_breadcrumb_init (SylBreadcrumb *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->path = g_ptr_array_new_with_free_func (g_object_unref);
  self->buttons = g_ptr_array_new ();
  self->texts = g_new0 (char *, 1);
  g_signal_connect_object (gtk_scrolled_window_get_hadjustment (self->scroller), "changed",
                           G_CALLBACK (adjustment_changed_cb), self, G_CONNECT_SWAPPED);
}
