/* syl-check-row.c: one row of the Course Check panel
 *
 * The panel's list holds two kinds of items: the heading of a group of
 * findings (a GtkStringObject, "Errors" or "Warnings") and the findings
 * themselves.  A row shows either, so that the list view can recycle
 * rows across both.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-check-row.h"
#include "syl-check.h"

struct _SylCheckRow
{
  GtkWidget  parent_instance;

  /* Template widgets. */
  GtkStack  *stack;
  GtkLabel  *heading_label;
  GtkImage  *icon;
  GtkLabel  *place_label;
  GtkLabel  *message_label;
};

G_DEFINE_FINAL_TYPE (SylCheckRow, syl_check_row, GTK_TYPE_WIDGET)

static void
show_finding (SylCheckRow *self,
              SylFinding  *finding)
{
  gboolean error = syl_finding_get_severity (finding) == SYL_CHECK_ERROR;
  g_autofree char *place = syl_finding_dup_place (finding);
  const char *message = syl_finding_get_message (finding);
  g_autofree char *description = NULL;

  gtk_image_set_from_icon_name (self->icon, error ? "dialog-error-symbolic"
                                                  : "dialog-warning-symbolic");
  gtk_widget_remove_css_class (GTK_WIDGET (self->icon), error ? "warning" : "error");
  gtk_widget_add_css_class (GTK_WIDGET (self->icon), error ? "error" : "warning");
  gtk_label_set_text (self->place_label, place);
  gtk_label_set_text (self->message_label, message);
  /* Translators: what a screen reader says of a finding of the course
   * check: "Error: 2.3 Sorting: no title". */
  description = g_strdup_printf (error ? _("Error: %s: %s") : _("Warning: %s: %s"), place,
                                 message);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  description, -1);
  gtk_stack_set_visible_child_name (self->stack, "finding");
}

/**
 * syl_check_row_set_item:
 * @item: a #SylFinding, or a #GtkStringObject with the heading of a group
 */
void
syl_check_row_set_item (SylCheckRow *self,
                        GObject     *item)
{
  g_return_if_fail (SYL_IS_CHECK_ROW (self));

  if (SYL_IS_FINDING (item))
    {
      show_finding (self, SYL_FINDING (item));
      return;
    }
  g_return_if_fail (GTK_IS_STRING_OBJECT (item));
  gtk_label_set_text (self->heading_label, gtk_string_object_get_string (GTK_STRING_OBJECT (item)));
  gtk_accessible_reset_property (GTK_ACCESSIBLE (self), GTK_ACCESSIBLE_PROPERTY_LABEL);
  gtk_stack_set_visible_child_name (self->stack, "heading");
}

static void
syl_check_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SYL_TYPE_CHECK_ROW);

  G_OBJECT_CLASS (syl_check_row_parent_class)->dispose (object);
}

static void
syl_check_row_class_init (SylCheckRowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  G_OBJECT_CLASS (klass)->dispose = syl_check_row_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/syllabus/Syllabus/syl-check-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SylCheckRow, stack);
  gtk_widget_class_bind_template_child (widget_class, SylCheckRow, heading_label);
  gtk_widget_class_bind_template_child (widget_class, SylCheckRow, icon);
  gtk_widget_class_bind_template_child (widget_class, SylCheckRow, place_label);
  gtk_widget_class_bind_template_child (widget_class, SylCheckRow, message_label);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
syl_check_row_init (SylCheckRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GtkWidget *
syl_check_row_new (void)
{
  return g_object_new (SYL_TYPE_CHECK_ROW, NULL);
}
