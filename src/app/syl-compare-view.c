/* syl-compare-view.c: the outline with its changes, in compare mode
 *
 * On the left, the current outline as a tree (syl-compare-model.c), each
 * row marked with what changed since the other version: Added, Moved
 * (from its old number), Renamed (the old title in the tooltip), Edited
 * (which fields), Comments, and the deleted rows where they were, greyed
 * and struck through.  On the right, the changed rows grouped by chapter,
 * and below them the selected row's changes: old and new values, and for
 * notes, the two versions side by side with the edited stretch marked.
 *
 * The view is read-only and shows throwaway copies: the window's outline
 * view and its document are left as they are, and come back unchanged
 * when compare mode ends.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "syl-compare-view.h"

/* A list box makes a widget for each row at once: past this many
 * changes, the list stops, and F7 goes on through the tree. */
#define MAX_LISTED 1000

struct _SylCompareView
{
  GtkWidget    parent_instance;

  /* Template widgets. */
  GtkWidget   *paned;
  GtkListView *tree_view;
  GtkListBox  *changes_list;
  GtkWidget   *more_label;
  GtkWidget   *detail_box;
  GtkLabel    *detail_title;
  GtkLabel    *detail_fields;
  GtkWidget   *notes_box;
  GtkTextView *old_notes;
  GtkTextView *new_notes;

  /* The rows point at the changes of the diff: it goes last. */
  SylDiff     *diff;
  GListStore  *rows;
  GtkSingleSelection *selection;
  /* (element-type SylCompareRow GtkWidget) the rows on screen. */
  GHashTable  *shown;
  /* The rows with changes, in order: the steps of F7. */
  GListStore  *steps;
  /* (element-type SylCompareRow guint) the index of each row in rows. */
  GHashTable  *positions;
  /* (element-type utf8 utf8) the title of each chapter, by id. */
  GHashTable  *chapters;
  /* Set while one list follows the other's selection. */
  gboolean     syncing;
};

G_DEFINE_FINAL_TYPE (SylCompareView, syl_compare_view, GTK_TYPE_WIDGET)

static GtkWidget *
mark_new (const char *text,
          const char *style,
          const char *tooltip)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_widget_add_css_class (label, "compare-mark");
  gtk_widget_add_css_class (label, style);
  gtk_widget_set_valign (label, GTK_ALIGN_CENTER);
  if (tooltip != NULL)
    gtk_widget_set_tooltip_text (label, tooltip);
  return label;
}

/* The marks of @row, as labels, in the order the changes are told. */
static GPtrArray *
marks_new (SylCompareRow *row)
{
  SylCompareMarks marks = syl_compare_row_get_marks (row);
  GPtrArray *labels = g_ptr_array_new ();
  const SylChange *change;

  if (marks & SYL_COMPARE_ADDED)
    g_ptr_array_add (labels, mark_new (_("Added"), "compare-added", NULL));
  /* The nodes below a deleted one went with it: greyed, they need no
   * mark of their own. */
  if (syl_compare_row_find_change (row, SYL_CHANGE_DELETED) != NULL)
    g_ptr_array_add (labels, mark_new (_("Deleted"), "compare-removed", NULL));
  if ((change = syl_compare_row_find_change (row, SYL_CHANGE_MOVED)) != NULL)
    {
      g_autofree char *text = NULL;

      /* Translators: a mark in compare mode; %s is the section's old
       * number, such as 1.2. */
      text = g_strdup_printf (_("Moved from %s"), change->old_number);
      g_ptr_array_add (labels, mark_new (text, "compare-moved", NULL));
    }
  if ((change = syl_compare_row_find_change (row, SYL_CHANGE_RENAMED)) != NULL)
    {
      /* Translators: the tooltip of a Renamed mark; %s is the old title. */
      g_autofree char *tooltip = g_strdup_printf (_("Was “%s”"), change->old_value);

      g_ptr_array_add (labels, mark_new (_("Renamed"), "compare-renamed", tooltip));
    }
  if (marks & SYL_COMPARE_EDITED)
    {
      g_autofree char *fields = syl_compare_row_dup_edited (row);
      /* Translators: a mark in compare mode; %s lists the fields, such
       * as "notes, duration". */
      g_autofree char *text = g_strdup_printf (_("Edited: %s"), fields);

      g_ptr_array_add (labels, mark_new (text, "compare-edited", NULL));
    }
  if (marks & SYL_COMPARE_COMMENTS)
    g_ptr_array_add (labels, mark_new (_("Comments"), "compare-comments", NULL));
  return labels;
}

static GtkWidget *
title_label_new (SylCompareRow *row)
{
  g_autofree char *text = g_strdup_printf ("%s  %s", syl_compare_row_get_number (row),
                                           syl_compare_row_get_title (row));
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (label, TRUE);
  gtk_widget_add_css_class (label, "compare-title");
  if (syl_compare_row_get_marks (row) & SYL_COMPARE_DELETED)
    {
      PangoAttrList *attrs = pango_attr_list_new ();

      pango_attr_list_insert (attrs, pango_attr_strikethrough_new (TRUE));
      gtk_label_set_attributes (GTK_LABEL (label), attrs);
      pango_attr_list_unref (attrs);
    }
  return label;
}

/* The list view makes a row's widget once, then binds it to one item
 * after another as it scrolls: a tree of 100,000 rows costs only what
 * the screen shows. */
static void
tree_setup_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item,
               SylCompareView           *self)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  gtk_widget_set_margin_end (box, 12);
  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_list_item_set_child (item, box);
}

static void
tree_bind_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              SylCompareView           *self)
{
  SylCompareRow *row = gtk_list_item_get_item (item);
  GtkWidget *box = gtk_list_item_get_child (item);
  g_autoptr(GPtrArray) marks = marks_new (row);
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (box)) != NULL)
    gtk_box_remove (GTK_BOX (box), child);
  gtk_widget_set_margin_start (box, 12 + 20 * (int) syl_compare_row_get_depth (row));
  gtk_box_append (GTK_BOX (box), title_label_new (row));
  for (guint i = 0; i < marks->len; i++)
    gtk_box_append (GTK_BOX (box), g_ptr_array_index (marks, i));
  if (syl_compare_row_get_marks (row) & SYL_COMPARE_DELETED)
    gtk_widget_add_css_class (box, "compare-deleted");
  else
    gtk_widget_remove_css_class (box, "compare-deleted");
  g_hash_table_insert (self->shown, row, box);
}

static void
tree_unbind_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *item,
                SylCompareView           *self)
{
  SylCompareRow *row = gtk_list_item_get_item (item);

  if (self->shown != NULL && g_hash_table_lookup (self->shown, row) == gtk_list_item_get_child (item))
    g_hash_table_remove (self->shown, row);
}

static GtkWidget *
create_change_row (gpointer item,
                   gpointer user_data)
{
  SylCompareRow *row = item;
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 3);
  GtkWidget *flow = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  g_autoptr(GPtrArray) marks = marks_new (row);

  gtk_widget_set_margin_top (box, 3);
  gtk_widget_set_margin_bottom (box, 3);
  gtk_box_append (GTK_BOX (box), title_label_new (row));
  for (guint i = 0; i < marks->len; i++)
    gtk_box_append (GTK_BOX (flow), g_ptr_array_index (marks, i));
  gtk_box_append (GTK_BOX (box), flow);
  if (syl_compare_row_get_marks (row) & SYL_COMPARE_DELETED)
    gtk_widget_add_css_class (box, "compare-deleted");
  return box;
}

/* A heading before the first change of each chapter. */
static void
changes_header_func (GtkListBoxRow *row,
                     GtkListBoxRow *before,
                     gpointer       user_data)
{
  SylCompareView *self = user_data;
  SylCompareRow *item = g_list_model_get_item (G_LIST_MODEL (self->steps),
                                               gtk_list_box_row_get_index (row));
  SylCompareRow *previous = NULL;
  GtkWidget *header = NULL;

  if (before != NULL)
    previous = g_list_model_get_item (G_LIST_MODEL (self->steps),
                                      gtk_list_box_row_get_index (before));
  if (previous == NULL || g_strcmp0 (syl_compare_row_get_chapter_id (previous),
                                     syl_compare_row_get_chapter_id (item)) != 0)
    {
      const char *title = g_hash_table_lookup (self->chapters,
                                               syl_compare_row_get_chapter_id (item));

      header = gtk_label_new (title);
      gtk_label_set_xalign (GTK_LABEL (header), 0);
      gtk_label_set_ellipsize (GTK_LABEL (header), PANGO_ELLIPSIZE_END);
      gtk_widget_add_css_class (header, "compare-chapter");
      gtk_widget_add_css_class (header, "heading");
    }
  gtk_list_box_row_set_header (row, header);
  g_clear_object (&previous);
  g_object_unref (item);
}

/* Scrolls @row of @list into view, without taking the focus. */
static void
scroll_to_row (GtkListBox    *list,
               GtkListBoxRow *row)
{
  GtkWidget *scroller = gtk_widget_get_ancestor (GTK_WIDGET (list), GTK_TYPE_SCROLLED_WINDOW);
  GtkAdjustment *adjustment;
  graphene_rect_t bounds;
  double top, page;

  if (scroller == NULL || !gtk_widget_compute_bounds (GTK_WIDGET (row), GTK_WIDGET (list), &bounds))
    return;
  adjustment = gtk_scrolled_window_get_vadjustment (GTK_SCROLLED_WINDOW (scroller));
  top = gtk_adjustment_get_value (adjustment);
  page = gtk_adjustment_get_page_size (adjustment);
  if (bounds.origin.y < top)
    gtk_adjustment_set_value (adjustment, bounds.origin.y);
  else if (bounds.origin.y + bounds.size.height > top + page)
    gtk_adjustment_set_value (adjustment, bounds.origin.y + bounds.size.height - page);
}

/* The details of the selected row. */

static void
init_notes (SylCompareView *self)
{
  GtkTextView *views[] = { self->old_notes, self->new_notes };

  /* The edited stretch is underlined as well as tinted, so that it shows
   * without colour too; the text keeps its own colour and contrast. */
  for (guint i = 0; i < G_N_ELEMENTS (views); i++)
    gtk_text_buffer_create_tag (gtk_text_view_get_buffer (views[i]), "changed",
                                "background-rgba", &(GdkRGBA) { 0.96, 0.83, 0.18, 0.35 },
                                "underline", PANGO_UNDERLINE_SINGLE, NULL);
}

/* Sets @view to @text, with the characters from @start to @end (counted
 * from the start, in characters) marked as changed. */
static void
set_notes (GtkTextView *view,
           const char  *text,
           glong        start,
           glong        end)
{
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
  GtkTextIter from, to;

  gtk_text_buffer_set_text (buffer, text != NULL ? text : "", -1);
  if (end <= start)
    return;
  gtk_text_buffer_get_iter_at_offset (buffer, &from, (int) start);
  gtk_text_buffer_get_iter_at_offset (buffer, &to, (int) end);
  gtk_text_buffer_apply_tag_by_name (buffer, "changed", &from, &to);
}

/* Shows the two versions of the notes with what differs between the
 * longest common start and end marked: cheap, and it finds the edited
 * stretch of the usual one edit. */
static void
show_notes (SylCompareView *self,
            const char     *old_text,
            const char     *new_text)
{
  g_autofree gunichar *old_chars = g_utf8_to_ucs4_fast (old_text ? old_text : "", -1, NULL);
  g_autofree gunichar *new_chars = g_utf8_to_ucs4_fast (new_text ? new_text : "", -1, NULL);
  glong n_old = g_utf8_strlen (old_text ? old_text : "", -1);
  glong n_new = g_utf8_strlen (new_text ? new_text : "", -1);
  glong prefix = 0, suffix = 0;

  while (prefix < n_old && prefix < n_new && old_chars[prefix] == new_chars[prefix])
    prefix++;
  while (suffix < n_old - prefix && suffix < n_new - prefix &&
         old_chars[n_old - 1 - suffix] == new_chars[n_new - 1 - suffix])
    suffix++;
  set_notes (self->old_notes, old_text, prefix, n_old - suffix);
  set_notes (self->new_notes, new_text, prefix, n_new - suffix);
}

static const char *
field_label (SylChangeKind kind)
{
  switch (kind)
    {
    case SYL_CHANGE_ADDED: return _("Added");
    case SYL_CHANGE_DELETED: return _("Deleted");
    case SYL_CHANGE_MOVED: return _("Number");
    case SYL_CHANGE_RENAMED: return _("Title");
    case SYL_CHANGE_KIND: return _("Type");
    case SYL_CHANGE_OPTIONAL: return _("Optional");
    case SYL_CHANGE_DURATION: return _("Duration (minutes)");
    case SYL_CHANGE_NOTES: return _("Notes");
    case SYL_CHANGE_OBJECTIVES: return _("Objectives");
    case SYL_CHANGE_EXAMPLES: return _("Examples");
    case SYL_CHANGE_COMMENT_ADDED: return _("Comment added");
    case SYL_CHANGE_COMMENT_EDITED: return _("Comment edited");
    case SYL_CHANGE_COMMENT_RESOLVED: return _("Comment resolved");
    case SYL_CHANGE_COMMENT_REOPENED: return _("Comment reopened");
    case SYL_CHANGE_COMMENT_DELETED: return _("Comment deleted");
    default: g_return_val_if_reached (NULL);
    }
}

/* A value as the details show it, on one line. */
static char *
value_text (SylChangeKind  kind,
            const char    *value)
{
  g_auto(GStrv) lines = NULL;

  if (value == NULL || *value == '\0')
    return g_strdup ("—");
  if (kind == SYL_CHANGE_OPTIONAL)
    return g_strdup (g_str_equal (value, "true") ? _("Yes") : _("No"));
  lines = g_strsplit (value, "\n", -1);
  /* Translators: between the items of a list shown on one line. */
  return g_strjoinv (_("; "), lines);
}

static char *
change_line (const SylChange *change)
{
  g_autofree char *old_value = NULL;
  g_autofree char *new_value = NULL;

  switch (change->kind)
    {
    case SYL_CHANGE_ADDED:
    case SYL_CHANGE_DELETED:
      return g_strdup (field_label (change->kind));
    case SYL_CHANGE_MOVED:
      old_value = g_strdup (change->old_number);
      new_value = g_strdup (change->new_number);
      break;
    case SYL_CHANGE_COMMENT_RESOLVED:
    case SYL_CHANGE_COMMENT_REOPENED:
      /* Translators: a comment change in compare mode, and who made it. */
      return g_strdup_printf (_("%s (%s)"), field_label (change->kind),
                              change->author != NULL ? change->author : "—");
    default:
      old_value = value_text (change->kind, change->old_value);
      new_value = value_text (change->kind, change->new_value);
      break;
    }
  /* Translators: a change in compare mode: the field, its old value and
   * its new one. */
  return g_strdup_printf (_("%s: %s → %s"), field_label (change->kind), old_value, new_value);
}

static void
show_detail (SylCompareView *self,
             SylCompareRow  *row)
{
  g_autoptr(GString) lines = g_string_new (NULL);
  g_autofree char *title = NULL;
  const SylChange *notes = NULL;

  gtk_widget_set_visible (self->detail_box, row != NULL);
  if (row == NULL)
    return;
  title = g_strdup_printf ("%s  %s", syl_compare_row_get_number (row),
                           syl_compare_row_get_title (row));
  gtk_label_set_text (self->detail_title, title);
  for (guint i = 0; i < syl_compare_row_get_n_changes (row); i++)
    {
      const SylChange *change = syl_compare_row_get_change (row, i);
      g_autofree char *line = NULL;

      if (change->kind == SYL_CHANGE_NOTES)
        {
          notes = change;
          continue;
        }
      line = change_line (change);
      if (lines->len > 0)
        g_string_append_c (lines, '\n');
      g_string_append (lines, line);
    }
  if (lines->len == 0 && notes == NULL)
    g_string_append (lines, syl_compare_row_get_marks (row) & SYL_COMPARE_DELETED
                            ? field_label (SYL_CHANGE_DELETED) : _("Not changed"));
  gtk_label_set_text (self->detail_fields, lines->str);
  gtk_widget_set_visible (GTK_WIDGET (self->detail_fields), lines->len > 0);
  gtk_widget_set_visible (self->notes_box, notes != NULL);
  if (notes != NULL)
    show_notes (self, notes->old_value, notes->new_value);
}

static void
tree_selected_cb (SylCompareView *self)
{
  SylCompareRow *item = gtk_single_selection_get_selected_item (self->selection);
  guint step;

  show_detail (self, item);
  if (self->syncing)
    return;
  self->syncing = TRUE;
  if (item != NULL && g_list_store_find (self->steps, item, &step) && step < MAX_LISTED)
    {
      GtkListBoxRow *change = gtk_list_box_get_row_at_index (self->changes_list, (int) step);

      gtk_list_box_select_row (self->changes_list, change);
      scroll_to_row (self->changes_list, change);
    }
  else
    gtk_list_box_unselect_all (self->changes_list);
  self->syncing = FALSE;
}

/* Selects the tree's row at @position and scrolls to it; with @focus,
 * focuses it too. */
static void
select_position (SylCompareView *self,
                 guint           position,
                 gboolean        focus)
{
  GtkWidget *widget;

  gtk_single_selection_set_selected (self->selection, position);
  gtk_widget_activate_action (GTK_WIDGET (self->tree_view), "list.scroll-to-item", "u", position);
  if (!focus)
    return;
  widget = syl_compare_view_reveal_row (self, position);
  if (widget != NULL && gtk_widget_get_parent (widget) != NULL)
    gtk_widget_grab_focus (gtk_widget_get_parent (widget));
  else
    gtk_widget_grab_focus (GTK_WIDGET (self->tree_view));
}

static void
changes_row_selected_cb (SylCompareView *self,
                         GtkListBoxRow  *row)
{
  g_autoptr(SylCompareRow) item = NULL;

  if (self->syncing || row == NULL)
    return;
  item = g_list_model_get_item (G_LIST_MODEL (self->steps), gtk_list_box_row_get_index (row));
  self->syncing = TRUE;
  select_position (self, GPOINTER_TO_UINT (g_hash_table_lookup (self->positions, item)), FALSE);
  self->syncing = FALSE;
}

static void
syl_compare_view_dispose (GObject *object)
{
  SylCompareView *self = SYL_COMPARE_VIEW (object);

  /* The lists unselect as they go, and the details are gone by then. */
  if (self->selection != NULL)
    g_signal_handlers_disconnect_by_data (self->selection, self);
  if (self->changes_list != NULL)
    g_signal_handlers_disconnect_by_data (self->changes_list, self);
  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_COMPARE_VIEW);
  g_clear_pointer (&self->shown, g_hash_table_unref);
  g_clear_object (&self->selection);
  g_clear_object (&self->rows);
  g_clear_object (&self->steps);
  g_clear_pointer (&self->positions, g_hash_table_unref);
  g_clear_pointer (&self->chapters, g_hash_table_unref);
  g_clear_pointer (&self->diff, syl_diff_free);
  G_OBJECT_CLASS (syl_compare_view_parent_class)->dispose (object);
}

static void
syl_compare_view_class_init (SylCompareViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_compare_view_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/syllabus/Syllabus/syl-compare-view.ui");
  gtk_widget_class_bind_template_child (widget_class, SylCompareView, paned);
  gtk_widget_class_bind_template_child (widget_class, SylCompareView, tree_view);
  gtk_widget_class_bind_template_child (widget_class, SylCompareView, changes_list);
  gtk_widget_class_bind_template_child (widget_class, SylCompareView, more_label);
  gtk_widget_class_bind_template_child (widget_class, SylCompareView, detail_box);
  gtk_widget_class_bind_template_child (widget_class, SylCompareView, detail_title);
  gtk_widget_class_bind_template_child (widget_class, SylCompareView, detail_fields);
  gtk_widget_class_bind_template_child (widget_class, SylCompareView, notes_box);
  gtk_widget_class_bind_template_child (widget_class, SylCompareView, old_notes);
  gtk_widget_class_bind_template_child (widget_class, SylCompareView, new_notes);
  gtk_widget_class_bind_template_callback (widget_class, tree_setup_cb);
  gtk_widget_class_bind_template_callback (widget_class, tree_bind_cb);
  gtk_widget_class_bind_template_callback (widget_class, tree_unbind_cb);
  gtk_widget_class_bind_template_callback (widget_class, changes_row_selected_cb);
  /* Escape leaves compare mode, as the bar's Done button does. */
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "win.compare-done", NULL);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
syl_compare_view_init (SylCompareView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  self->steps = g_list_store_new (SYL_TYPE_COMPARE_ROW);
  self->positions = g_hash_table_new (NULL, NULL);
  self->shown = g_hash_table_new (NULL, NULL);
  self->chapters = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  init_notes (self);
}

/**
 * syl_compare_view_new:
 * @diff: (transfer full): the changes
 * @rows: the rows built from @diff (syl_compare_model_new())
 *
 * Returns: (transfer floating): a view of @rows, nothing selected
 */
GtkWidget *
syl_compare_view_new (SylDiff    *diff,
                      GListStore *rows)
{
  g_autoptr(GtkSliceListModel) listed = NULL;
  SylCompareView *self;
  guint n_steps;

  g_return_val_if_fail (diff != NULL, NULL);
  g_return_val_if_fail (G_IS_LIST_STORE (rows), NULL);

  self = g_object_new (SYL_TYPE_COMPARE_VIEW, NULL);
  self->diff = diff;
  self->rows = g_object_ref (rows);
  for (guint i = 0; i < g_list_model_get_n_items (G_LIST_MODEL (rows)); i++)
    {
      g_autoptr(SylCompareRow) row = g_list_model_get_item (G_LIST_MODEL (rows), i);

      g_hash_table_insert (self->positions, row, GUINT_TO_POINTER (i));
      if (syl_compare_row_get_depth (row) == 0)
        g_hash_table_insert (self->chapters, g_strdup (syl_compare_row_get_node_id (row)),
                             g_strdup_printf ("%s  %s", syl_compare_row_get_number (row),
                                              syl_compare_row_get_title (row)));
      /* A step for each row with changes: a deleted subtree is one, at
       * its top. */
      if (syl_compare_row_get_n_changes (row) > 0)
        g_list_store_append (self->steps, row);
    }
  self->selection = gtk_single_selection_new (G_LIST_MODEL (g_object_ref (rows)));
  gtk_single_selection_set_autoselect (self->selection, FALSE);
  gtk_single_selection_set_can_unselect (self->selection, TRUE);
  gtk_single_selection_set_selected (self->selection, GTK_INVALID_LIST_POSITION);
  g_signal_connect_object (self->selection, "notify::selected", G_CALLBACK (tree_selected_cb),
                           self, G_CONNECT_SWAPPED);
  gtk_list_view_set_model (self->tree_view, GTK_SELECTION_MODEL (self->selection));
  listed = gtk_slice_list_model_new (G_LIST_MODEL (g_object_ref (self->steps)), 0, MAX_LISTED);
  gtk_list_box_bind_model (self->changes_list, G_LIST_MODEL (listed), create_change_row,
                           self, NULL);
  n_steps = g_list_model_get_n_items (G_LIST_MODEL (self->steps));
  if (n_steps > MAX_LISTED)
    {
      g_autofree char *more = NULL;

      /* Translators: under the list of changes in compare mode, when it
       * lists only the first ones. */
      more = g_strdup_printf (ngettext ("The first %u changes are listed; F7 goes through all %u.",
                                        "The first %u changes are listed; F7 goes through all %u.",
                                        n_steps), MAX_LISTED, n_steps);
      gtk_label_set_text (GTK_LABEL (self->more_label), more);
    }
  gtk_widget_set_visible (self->more_label, n_steps > MAX_LISTED);
  gtk_list_box_set_header_func (self->changes_list, changes_header_func, self, NULL);
  show_detail (self, NULL);
  return GTK_WIDGET (self);
}

/* Returns: how many rows have changes */
guint
syl_compare_view_get_n_steps (SylCompareView *self)
{
  g_return_val_if_fail (SYL_IS_COMPARE_VIEW (self), 0);
  return g_list_model_get_n_items (G_LIST_MODEL (self->steps));
}

/**
 * syl_compare_view_step:
 * @forward: to the next change rather than the previous one
 *
 * Selects the next (or previous) row with changes after the selected
 * one, going round at the end, and moves the focus to it.
 *
 * Returns: whether there was a change to go to
 */
gboolean
syl_compare_view_step (SylCompareView *self,
                       gboolean        forward)
{
  guint n, at, current;

  g_return_val_if_fail (SYL_IS_COMPARE_VIEW (self), FALSE);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->steps));
  if (n == 0)
    return FALSE;
  current = gtk_single_selection_get_selected (self->selection);
  /* The first step after (or before) the selected row, round at the end;
   * with none selected, the first (or the last). */
  at = forward ? 0 : n - 1;
  for (guint i = 0; current != GTK_INVALID_LIST_POSITION && i < n; i++)
    {
      guint step = forward ? i : n - 1 - i;
      g_autoptr(SylCompareRow) row = g_list_model_get_item (G_LIST_MODEL (self->steps), step);
      guint position = GPOINTER_TO_UINT (g_hash_table_lookup (self->positions, row));

      if (forward ? position > current : position < current)
        {
          at = step;
          break;
        }
    }
  {
    g_autoptr(SylCompareRow) row = g_list_model_get_item (G_LIST_MODEL (self->steps), at);

    select_position (self, GPOINTER_TO_UINT (g_hash_table_lookup (self->positions, row)), TRUE);
  }
  return TRUE;
}

/* Returns: (transfer none) (nullable): the selected row of the tree */
SylCompareRow *
syl_compare_view_get_selected (SylCompareView *self)
{
  g_return_val_if_fail (SYL_IS_COMPARE_VIEW (self), NULL);
  return gtk_single_selection_get_selected_item (self->selection);
}

/* Returns: the position of the selected row of the tree, or
 *   %GTK_INVALID_LIST_POSITION */
guint
syl_compare_view_get_selected_position (SylCompareView *self)
{
  g_return_val_if_fail (SYL_IS_COMPARE_VIEW (self), GTK_INVALID_LIST_POSITION);
  return gtk_single_selection_get_selected (self->selection);
}

GListModel *
syl_compare_view_get_rows (SylCompareView *self)
{
  g_return_val_if_fail (SYL_IS_COMPARE_VIEW (self), NULL);
  return G_LIST_MODEL (self->rows);
}

GtkWidget *
syl_compare_view_get_tree (SylCompareView *self)
{
  g_return_val_if_fail (SYL_IS_COMPARE_VIEW (self), NULL);
  return GTK_WIDGET (self->tree_view);
}

/**
 * syl_compare_view_reveal_row:
 *
 * Scrolls the tree to the row at @position, and lays it out.
 *
 * Returns: (transfer none) (nullable): the widget showing the row, a
 *   box of labels: its title, then its marks
 */
GtkWidget *
syl_compare_view_reveal_row (SylCompareView *self,
                             guint           position)
{
  g_autoptr(SylCompareRow) row = NULL;

  g_return_val_if_fail (SYL_IS_COMPARE_VIEW (self), NULL);

  row = g_list_model_get_item (G_LIST_MODEL (self->rows), position);
  if (row == NULL)
    return NULL;
  gtk_widget_activate_action (GTK_WIDGET (self->tree_view), "list.scroll-to-item", "u", position);
  if (g_hash_table_lookup (self->shown, row) == NULL &&
      gtk_widget_get_mapped (GTK_WIDGET (self->tree_view)))
    /* The list lays out a row it scrolled to on the next frame. */
    gtk_widget_measure (GTK_WIDGET (self->tree_view), GTK_ORIENTATION_VERTICAL, -1,
                        NULL, NULL, NULL, NULL);
  return g_hash_table_lookup (self->shown, row);
}

GtkListBox *
syl_compare_view_get_changes (SylCompareView *self)
{
  g_return_val_if_fail (SYL_IS_COMPARE_VIEW (self), NULL);
  return self->changes_list;
}

/* Returns: (transfer none): the old notes' view, or the new ones' */
GtkTextView *
syl_compare_view_get_notes (SylCompareView *self,
                            gboolean        old)
{
  g_return_val_if_fail (SYL_IS_COMPARE_VIEW (self), NULL);
  return old ? self->old_notes : self->new_notes;
}
