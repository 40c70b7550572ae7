/* syl-start-page.c: what a window shows before it has a document
 *
 * New, Open… and the outlines opened lately, from GtkRecentManager.  A
 * recent outline whose file is gone is shown as such, not hidden, so the
 * user learns it moved; it can be removed from the list.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-accessible.h"
#include "syl-application.h"
#include "syl-start-page.h"

#define MAX_RECENT 12

struct _SylStartPage
{
  GtkWidget         parent_instance;

  GtkWidget        *status_page;
  GtkWidget        *recent_box;
  GtkListBox       *recent_list;

  GtkRecentManager *manager;
  guint             n_recent;
  /* The URIs of the rows, in their order. */
  GPtrArray        *uris;
};

G_DEFINE_FINAL_TYPE (SylStartPage, syl_start_page, GTK_TYPE_WIDGET)

enum {
  OPEN_FILE,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void refresh (SylStartPage *self);

/* The URI of the row that holds @widget. */
static const char *
uri_of (SylStartPage *self,
        GtkWidget    *widget)
{
  GtkWidget *row = gtk_widget_get_ancestor (widget, GTK_TYPE_LIST_BOX_ROW);

  return g_ptr_array_index (self->uris, gtk_list_box_row_get_index (GTK_LIST_BOX_ROW (row)));
}

static void
remove_clicked_cb (GtkButton    *button,
                   SylStartPage *self)
{
  g_autofree char *uri = g_strdup (uri_of (self, GTK_WIDGET (button)));
  g_autoptr(GError) error = NULL;

  if (!gtk_recent_manager_remove_item (self->manager, uri, &error))
    g_warning ("Could not remove %s from the recent outlines: %s", uri, error->message);
  refresh (self);
}

static GtkWidget *
new_row (SylStartPage  *self,
         GtkRecentInfo *info)
{
  const char *uri = gtk_recent_info_get_uri (info);
  g_autoptr(GFile) file = g_file_new_for_uri (uri);
  g_autoptr(GFile) parent = g_file_get_parent (file);
  g_autofree char *name = g_file_get_basename (file);
  g_autofree char *where = parent ? g_file_get_parse_name (parent) : g_strdup (uri);
  gboolean exists = !g_file_is_native (file) || g_file_query_exists (file, NULL);
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *remove = syl_icon_button_new ("edit-delete-symbolic", _("Remove From List"));

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), name);
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  if (exists)
    adw_action_row_set_subtitle (ADW_ACTION_ROW (row), where);
  else
    {
      /* Translators: a recent outline whose file is gone; %s is its folder. */
      g_autofree char *missing = g_strdup_printf (_("File not found in %s"), where);

      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), missing);
      gtk_widget_add_css_class (row, "missing");
    }
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), exists);

  g_signal_connect (remove, "clicked", G_CALLBACK (remove_clicked_cb), self);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), remove);
  return row;
}

static int
compare_newest_first (gconstpointer a,
                      gconstpointer b)
{
  GtkRecentInfo *first = *(GtkRecentInfo **) a;
  GtkRecentInfo *second = *(GtkRecentInfo **) b;

  return g_date_time_compare (gtk_recent_info_get_modified (second),
                              gtk_recent_info_get_modified (first));
}

static GPtrArray *
our_items (GtkRecentManager *manager)
{
  GList *items = gtk_recent_manager_get_items (manager);
  GPtrArray *ours = g_ptr_array_new_with_free_func ((GDestroyNotify) gtk_recent_info_unref);

  for (GList *l = items; l != NULL; l = l->next)
    {
      if (gtk_recent_info_has_application (l->data, SYL_RECENT_APP_NAME))
        g_ptr_array_add (ours, gtk_recent_info_ref (l->data));
    }
  g_list_free_full (items, (GDestroyNotify) gtk_recent_info_unref);
  g_ptr_array_sort (ours, compare_newest_first);
  return ours;
}

static void
refresh (SylStartPage *self)
{
  g_autoptr(GPtrArray) items = NULL;
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (self->recent_list))) != NULL)
    gtk_list_box_remove (self->recent_list, child);
  g_ptr_array_set_size (self->uris, 0);

  items = self->manager ? our_items (self->manager) : g_ptr_array_new ();
  self->n_recent = MIN (items->len, MAX_RECENT);
  for (guint i = 0; i < self->n_recent; i++)
    {
      GtkRecentInfo *info = g_ptr_array_index (items, i);

      gtk_list_box_append (self->recent_list, new_row (self, info));
      g_ptr_array_add (self->uris, g_strdup (gtk_recent_info_get_uri (info)));
    }
  gtk_widget_set_visible (self->recent_box, self->n_recent > 0);
}

static void
row_activated_cb (SylStartPage  *self,
                  GtkListBoxRow *row)
{
  g_autoptr(GFile) file = g_file_new_for_uri (uri_of (self, GTK_WIDGET (row)));

  g_signal_emit (self, signals[OPEN_FILE], 0, file);
}

static void
syl_start_page_dispose (GObject *object)
{
  SylStartPage *self = SYL_START_PAGE (object);

  if (self->manager != NULL)
    g_signal_handlers_disconnect_by_data (self->manager, self);
  g_clear_object (&self->manager);
  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_START_PAGE);

  G_OBJECT_CLASS (syl_start_page_parent_class)->dispose (object);
}

static void
syl_start_page_finalize (GObject *object)
{
  SylStartPage *self = SYL_START_PAGE (object);

  g_clear_pointer (&self->uris, g_ptr_array_unref);

  G_OBJECT_CLASS (syl_start_page_parent_class)->finalize (object);
}

static void
syl_start_page_class_init (SylStartPageClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_start_page_dispose;
  object_class->finalize = syl_start_page_finalize;

  /**
   * SylStartPage::open-file:
   * @file: the recent outline the user chose
   */
  signals[OPEN_FILE] = g_signal_new ("open-file", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                     0, NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_FILE);

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/syllabus/Syllabus/syl-start-page.ui");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_bind_template_child (widget_class, SylStartPage, status_page);
  gtk_widget_class_bind_template_child (widget_class, SylStartPage, recent_box);
  gtk_widget_class_bind_template_child (widget_class, SylStartPage, recent_list);
  gtk_widget_class_bind_template_callback (widget_class, row_activated_cb);
}

static void
set_manager (SylStartPage     *self,
             GtkRecentManager *manager)
{
  g_return_if_fail (SYL_IS_START_PAGE (self));
  g_return_if_fail (manager == NULL || GTK_IS_RECENT_MANAGER (manager));

  if (self->manager != NULL)
    g_signal_handlers_disconnect_by_data (self->manager, self);
  g_set_object (&self->manager, manager);
  if (manager != NULL)
    g_signal_connect_swapped (manager, "changed", G_CALLBACK (refresh), self);
  refresh (self);
}

static void
syl_start_page_init (SylStartPage *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->uris = g_ptr_array_new_with_free_func (g_free);
  set_manager (self, gtk_recent_manager_get_default ());
}

GtkWidget *
syl_start_page_new (void)
{
  return g_object_new (SYL_TYPE_START_PAGE, NULL);
}

guint
syl_start_page_get_n_recent (SylStartPage *self)
{
  g_return_val_if_fail (SYL_IS_START_PAGE (self), 0);
  return self->n_recent;
}
