/* syl-accessible.c: what the window tells assistive technologies
 *
 * GTK 4.8 names a button without a label after what it contains, so an
 * icon button is announced as "GtkImage" and its tooltip only as a
 * description.  Every icon button of ours is made here, or has its name
 * in its template, so that a screen reader says what it does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-accessible.h"

/**
 * syl_icon_button_new:
 * @icon_name: a symbolic icon
 * @label: what the button does, translated: its tooltip and its name
 *
 * Returns: (transfer floating): a flat button showing @icon_name
 */
GtkWidget *
syl_icon_button_new (const char *icon_name,
                     const char *label)
{
  GtkWidget *button = gtk_button_new_from_icon_name (icon_name);

  gtk_widget_set_tooltip_text (button, label);
  syl_accessible_set_label (button, label);
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (button, "flat");
  return button;
}

void
syl_accessible_set_label (GtkWidget  *widget,
                          const char *label)
{
  gtk_accessible_update_property (GTK_ACCESSIBLE (widget), GTK_ACCESSIBLE_PROPERTY_LABEL, label,
                                  -1);
}

/**
 * syl_accessible_announce:
 * @widget: the widget the message is about
 * @message: what a screen reader should say now, translated
 *
 * GTK 4.14 can announce a message; on older GTK the caller's own
 * accessible name change is what a screen reader hears.
 */
void
syl_accessible_announce (GtkWidget  *widget,
                         const char *message)
{
#if GTK_CHECK_VERSION(4, 14, 0)
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  if (gtk_check_version (4, 14, 0) == NULL)
    gtk_accessible_announce (GTK_ACCESSIBLE (widget), message,
                             GTK_ACCESSIBLE_ANNOUNCEMENT_PRIORITY_MEDIUM);
  G_GNUC_END_IGNORE_DEPRECATIONS
#else
  (void) widget;
  (void) message;
#endif
}

static GtkWidget *
find_descendant (GtkWidget *widget,
                 GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_descendant (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * syl_accessible_name_group_list:
 * @group: a preferences group
 * @label: what its rows are about, translated
 *
 * libadwaita 1.2 keeps a group's list to itself and leaves it unnamed, so
 * a screen reader announces it as "GtkListBox" when it takes the focus.
 */
void
syl_accessible_name_group_list (AdwPreferencesGroup *group,
                                const char          *label)
{
  GtkWidget *list = find_descendant (GTK_WIDGET (group), GTK_TYPE_LIST_BOX);

  if (list != NULL)
    syl_accessible_set_label (list, label);
}

/**
 * syl_accessible_name_combo_list:
 * @row: a combo row
 *
 * libadwaita 1.2's combo rows keep the list of their choices unnamed; it
 * is named after the row, as a screen reader says it when it opens.
 */
void
syl_accessible_name_combo_list (AdwComboRow *row)
{
  GtkWidget *list = find_descendant (GTK_WIDGET (row), GTK_TYPE_LIST_VIEW);
  g_autofree char *title = syl_accessible_dup_row_title (ADW_PREFERENCES_ROW (row));

  if (list != NULL)
    syl_accessible_set_label (list, title);
}

/**
 * syl_accessible_dup_row_title:
 * @row: a preferences row
 *
 * Returns: (transfer full): the row's title as a screen reader should say
 *   it, without the underscore that marks its mnemonic
 */
char *
syl_accessible_dup_row_title (AdwPreferencesRow *row)
{
  const char *title = adw_preferences_row_get_title (row);
  GString *text = g_string_new (NULL);

  if (!adw_preferences_row_get_use_underline (row))
    return g_strdup (title);
  for (const char *p = title; *p != '\0'; p++)
    {
      /* "__" is a real underscore; a single one marks the mnemonic. */
      if (*p == '_' && p[1] != '\0')
        p++;
      g_string_append_c (text, *p);
    }
  return g_string_free (text, FALSE);
}
