/* syl-row-expander.c: the indentation and arrow of an outline row
 *
 * GtkTreeExpander works only with GtkTreeListModel's row objects, which
 * the outline view no longer uses (see syl-outline-rows.c).  This widget
 * draws what it drew, with the same measures: an indentation for each
 * level above the row, the arrow that opens and closes it, and the row's
 * content.  It knows nothing of the tree: the row tells it its depth and
 * whether it is open, and hears from it when the arrow is clicked.
 *
 * The arrow is only drawn: a screen reader hears whether the row is open
 * from the row itself, and the keyboard opens and closes rows with the
 * outline's own keys.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-row-expander.h"

/* GtkTreeExpander's measures under Adwaita: a 16-pixel indentation and
 * 4 pixels of spacing for each level, and a 16-pixel arrow. */
#define ARROW_SIZE 16
#define SPACING 4
#define INDENT_WIDTH (ARROW_SIZE + SPACING)

struct _SylRowExpander
{
  GtkWidget  parent_instance;

  GtkWidget *arrow;
  GtkWidget *child;
  guint      depth;
  gboolean   expanded;
  gboolean   leaf;
};

enum {
  PROP_0,
  PROP_CHILD,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  TOGGLED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

G_DEFINE_FINAL_TYPE (SylRowExpander, syl_row_expander, GTK_TYPE_WIDGET)

static void
update_arrow (SylRowExpander *self)
{
  gtk_image_set_from_icon_name (GTK_IMAGE (self->arrow),
                                self->expanded ? "pan-down-symbolic" : "pan-end-symbolic");
  if (self->expanded)
    gtk_widget_set_state_flags (self->arrow, GTK_STATE_FLAG_CHECKED, FALSE);
  else
    gtk_widget_unset_state_flags (self->arrow, GTK_STATE_FLAG_CHECKED);
  /* A row without children keeps the arrow's place, so that titles stay
   * aligned, but shows nothing there. */
  gtk_widget_set_opacity (self->arrow, self->leaf ? 0.0 : 1.0);
}

static void
arrow_pressed_cb (SylRowExpander *self,
                  int             n_press,
                  double          x,
                  double          y,
                  GtkGesture     *gesture)
{
  if (self->leaf)
    return;
  /* The click opens or closes the row and nothing else: the list does not
   * also select the row or start a drag from it. */
  gtk_gesture_set_state (gesture, GTK_EVENT_SEQUENCE_CLAIMED);
  g_signal_emit (self, signals[TOGGLED], 0);
}

static void
syl_row_expander_dispose (GObject *object)
{
  SylRowExpander *self = SYL_ROW_EXPANDER (object);

  g_clear_pointer (&self->arrow, gtk_widget_unparent);
  g_clear_pointer (&self->child, gtk_widget_unparent);

  G_OBJECT_CLASS (syl_row_expander_parent_class)->dispose (object);
}

static void
syl_row_expander_get_property (GObject    *object,
                               guint       prop_id,
                               GValue     *value,
                               GParamSpec *pspec)
{
  SylRowExpander *self = SYL_ROW_EXPANDER (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      g_value_set_object (value, self->child);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_row_expander_set_property (GObject      *object,
                               guint         prop_id,
                               const GValue *value,
                               GParamSpec   *pspec)
{
  SylRowExpander *self = SYL_ROW_EXPANDER (object);

  switch (prop_id)
    {
    case PROP_CHILD:
      syl_row_expander_set_child (self, g_value_get_object (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_row_expander_class_init (SylRowExpanderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_row_expander_dispose;
  object_class->get_property = syl_row_expander_get_property;
  object_class->set_property = syl_row_expander_set_property;

  properties[PROP_CHILD] =
    g_param_spec_object ("child", NULL, NULL, GTK_TYPE_WIDGET,
                         G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SylRowExpander::toggled:
   *
   * The arrow was clicked: the row should open or close.
   */
  signals[TOGGLED] = g_signal_new ("toggled", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                   NULL, NULL, NULL, G_TYPE_NONE, 0);

  gtk_widget_class_set_css_name (widget_class, "rowexpander");
  /* Only a frame for the row's content: a screen reader hears the row. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_PRESENTATION);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BOX_LAYOUT);
}

static void
syl_row_expander_init (SylRowExpander *self)
{
  GtkEventController *click;

  gtk_box_layout_set_spacing (GTK_BOX_LAYOUT (gtk_widget_get_layout_manager (GTK_WIDGET (self))),
                              SPACING);
  self->arrow = g_object_new (GTK_TYPE_IMAGE,
                              "accessible-role", GTK_ACCESSIBLE_ROLE_PRESENTATION,
                              "pixel-size", ARROW_SIZE,
                              "valign", GTK_ALIGN_CENTER,
                              NULL);
  gtk_widget_add_css_class (self->arrow, "expander-arrow");
  gtk_widget_set_parent (self->arrow, GTK_WIDGET (self));
  click = GTK_EVENT_CONTROLLER (gtk_gesture_click_new ());
  g_signal_connect_object (click, "pressed", G_CALLBACK (arrow_pressed_cb), self, G_CONNECT_SWAPPED);
  gtk_widget_add_controller (self->arrow, click);
  update_arrow (self);
}

GtkWidget *
syl_row_expander_new (void)
{
  return g_object_new (SYL_TYPE_ROW_EXPANDER, NULL);
}

GtkWidget *
syl_row_expander_get_child (SylRowExpander *self)
{
  g_return_val_if_fail (SYL_IS_ROW_EXPANDER (self), NULL);
  return self->child;
}

void
syl_row_expander_set_child (SylRowExpander *self,
                            GtkWidget      *child)
{
  g_return_if_fail (SYL_IS_ROW_EXPANDER (self));
  g_return_if_fail (child == NULL || GTK_IS_WIDGET (child));

  if (self->child == child)
    return;
  g_clear_pointer (&self->child, gtk_widget_unparent);
  if (child != NULL)
    {
      self->child = child;
      gtk_widget_set_parent (child, GTK_WIDGET (self));
    }
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_CHILD]);
}

guint
syl_row_expander_get_depth (SylRowExpander *self)
{
  g_return_val_if_fail (SYL_IS_ROW_EXPANDER (self), 0);
  return self->depth;
}

/* One indentation for each level above the row. */
void
syl_row_expander_set_depth (SylRowExpander *self,
                            guint           depth)
{
  g_return_if_fail (SYL_IS_ROW_EXPANDER (self));

  if (self->depth == depth)
    return;
  self->depth = depth;
  gtk_widget_set_margin_start (self->arrow, (int) MIN (depth, G_MAXINT / INDENT_WIDTH) * INDENT_WIDTH);
}

gboolean
syl_row_expander_get_expanded (SylRowExpander *self)
{
  g_return_val_if_fail (SYL_IS_ROW_EXPANDER (self), FALSE);
  return self->expanded;
}

void
syl_row_expander_set_expanded (SylRowExpander *self,
                               gboolean        expanded)
{
  g_return_if_fail (SYL_IS_ROW_EXPANDER (self));

  if (self->expanded == !!expanded)
    return;
  self->expanded = !!expanded;
  update_arrow (self);
}

gboolean
syl_row_expander_get_leaf (SylRowExpander *self)
{
  g_return_val_if_fail (SYL_IS_ROW_EXPANDER (self), FALSE);
  return self->leaf;
}

/* A row without children shows no arrow. */
void
syl_row_expander_set_leaf (SylRowExpander *self,
                           gboolean        leaf)
{
  g_return_if_fail (SYL_IS_ROW_EXPANDER (self));

  if (self->leaf == !!leaf)
    return;
  self->leaf = !!leaf;
  update_arrow (self);
}
