/* syl-outline-row-layout.c: lays out the parts of an outline row
 *
 * The parts of a row stand in a line, as in a horizontal GtkBox, with one
 * difference: when the row is too narrow, the yielding part (the row
 * markers) goes before the title is cut.  A box would do the opposite,
 * since it gives the room left first to the part that needs least to
 * reach its natural width.  The title takes all the room the others
 * leave, so what follows it stands at the row's end.  The column part
 * (the duration) is as wide as a sample text while the yielding part is
 * shown, so that the yielding parts of all rows stand in a column; in a
 * narrow row it is only as wide as its own text, and leaves the rest to
 * the title.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-outline-row-layout.h"

/* The yielding part stays while the title keeps this much room, or its
 * whole width if it is shorter: a title is never cut for the markers in
 * a narrow window (360 pixels leave a title less than this), and in a
 * wide one a long title is still readable beside them. */
#define TITLE_ROOM 280

struct _SylOutlineRowLayout
{
  GtkLayoutManager  parent_instance;

  /* Children of the widget laid out, which owns them. */
  GtkWidget        *title;
  GtkWidget        *yielding;
  GtkWidget        *column;
  char             *column_sample;
  /* The sample's width in the column's font, worked out when first laid
   * out, or -1. */
  int               column_width;
};

G_DEFINE_FINAL_TYPE (SylOutlineRowLayout, syl_outline_row_layout, GTK_TYPE_LAYOUT_MANAGER)

static int
column_width (SylOutlineRowLayout *self)
{
  if (self->column_width < 0)
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (self->column,
                                                                      self->column_sample);

      pango_layout_get_pixel_size (layout, &self->column_width, NULL);
    }
  return self->column_width;
}

static void
syl_outline_row_layout_measure (GtkLayoutManager *manager,
                                GtkWidget        *widget,
                                GtkOrientation    orientation,
                                int               for_size,
                                int              *minimum,
                                int              *natural,
                                int              *minimum_baseline,
                                int              *natural_baseline)
{
  SylOutlineRowLayout *self = SYL_OUTLINE_ROW_LAYOUT (manager);

  *minimum = *natural = 0;
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_min, child_nat;

      if (!gtk_widget_should_layout (child))
        continue;
      gtk_widget_measure (child, orientation, -1, &child_min, &child_nat, NULL, NULL);
      if (orientation == GTK_ORIENTATION_VERTICAL)
        {
          *minimum = MAX (*minimum, child_min);
          *natural = MAX (*natural, child_nat);
        }
      else
        {
          /* The parts other than the title are short, and are shown
           * whole; the yielding one needs no room at all. */
          *minimum += child == self->yielding ? 0 : child == self->title ? child_min : child_nat;
          *natural += child == self->column ? MAX (child_nat, column_width (self)) : child_nat;
        }
    }
}

static int
natural_width (GtkWidget *child)
{
  int natural;

  gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, NULL, &natural, NULL, NULL);
  return natural;
}

/* Whether the yielding part fits in @room beside the title. */
static gboolean
yielding_fits (SylOutlineRowLayout *self,
               int                  room)
{
  int title_min = 0, title_nat = 0;

  if (self->yielding == NULL || !gtk_widget_get_visible (self->yielding))
    return FALSE;
  if (self->title != NULL)
    gtk_widget_measure (self->title, GTK_ORIENTATION_HORIZONTAL, -1,
                        &title_min, &title_nat, NULL, NULL);
  return room - natural_width (self->yielding) >= MAX (title_min, MIN (title_nat, TITLE_ROOM));
}

static void
syl_outline_row_layout_allocate (GtkLayoutManager *manager,
                                 GtkWidget        *widget,
                                 int               width,
                                 int               height,
                                 int               baseline)
{
  SylOutlineRowLayout *self = SYL_OUTLINE_ROW_LAYOUT (manager);
  gboolean rtl = gtk_widget_get_direction (widget) == GTK_TEXT_DIR_RTL;
  gboolean show_yielding;
  int column_extra = 0;
  int room = width;
  int x = 0;

  /* The room the title and the yielding part share. */
  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (gtk_widget_should_layout (child) && child != self->title && child != self->yielding)
      room -= natural_width (child);

  /* The column's room beyond its text, given to the yielding part. */
  if (self->column != NULL && gtk_widget_should_layout (self->column))
    column_extra = MAX (column_width (self) - natural_width (self->column), 0);
  show_yielding = yielding_fits (self, room - column_extra);
  if (self->yielding != NULL && gtk_widget_get_child_visible (self->yielding) != show_yielding)
    gtk_widget_set_child_visible (self->yielding, show_yielding);
  if (show_yielding)
    room -= natural_width (self->yielding) + column_extra;

  for (GtkWidget *child = gtk_widget_get_first_child (widget);
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      int child_width;

      if (!gtk_widget_should_layout (child) || (child == self->yielding && !show_yielding))
        continue;
      if (child == self->title)
        {
          int title_min;

          gtk_widget_measure (child, GTK_ORIENTATION_HORIZONTAL, -1, &title_min, NULL, NULL, NULL);
          child_width = MAX (room, title_min);
        }
      else if (child == self->column && show_yielding)
        child_width = natural_width (child) + column_extra;
      else
        child_width = natural_width (child);
      gtk_widget_size_allocate (child,
                                &(GtkAllocation) { rtl ? width - x - child_width : x, 0,
                                                   child_width, height },
                                baseline);
      x += child_width;
    }
}

static void
syl_outline_row_layout_finalize (GObject *object)
{
  SylOutlineRowLayout *self = SYL_OUTLINE_ROW_LAYOUT (object);

  g_free (self->column_sample);

  G_OBJECT_CLASS (syl_outline_row_layout_parent_class)->finalize (object);
}

static void
syl_outline_row_layout_class_init (SylOutlineRowLayoutClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkLayoutManagerClass *layout_class = GTK_LAYOUT_MANAGER_CLASS (klass);

  object_class->finalize = syl_outline_row_layout_finalize;
  layout_class->measure = syl_outline_row_layout_measure;
  layout_class->allocate = syl_outline_row_layout_allocate;
}

static void
syl_outline_row_layout_init (SylOutlineRowLayout *self)
{
  self->column_width = -1;
}

/**
 * syl_outline_row_layout_new:
 * @title: the child that takes the room the others leave
 * @yielding: the child that goes first when the row is narrow
 * @column: the child after it, the last
 * @column_sample: a text as wide as @column should be beside @yielding
 *
 * The children are children of the widget the layout is set on, which
 * keeps them for as long as it keeps the layout.
 */
GtkLayoutManager *
syl_outline_row_layout_new (GtkWidget  *title,
                            GtkWidget  *yielding,
                            GtkWidget  *column,
                            const char *column_sample)
{
  SylOutlineRowLayout *self;

  g_return_val_if_fail (GTK_IS_WIDGET (title), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (yielding), NULL);
  g_return_val_if_fail (GTK_IS_WIDGET (column), NULL);
  g_return_val_if_fail (column_sample != NULL, NULL);

  self = g_object_new (SYL_TYPE_OUTLINE_ROW_LAYOUT, NULL);
  self->title = title;
  self->yielding = yielding;
  self->column = column;
  self->column_sample = g_strdup (column_sample);
  return GTK_LAYOUT_MANAGER (self);
}
