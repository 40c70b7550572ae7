/* test-rows.c: a row widget shows its own node's state and nothing else
 *
 * The list reuses row widgets for other nodes as it scrolls, as rows open
 * and close, and when the document or the filter changes.  Whatever a row
 * showed for its last node (a chapter's bold number, the shading of a
 * drop, a badge, a count of comments, a tooltip) must be gone when it
 * shows the next.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-outline-row.h"
#include "syl-outline-row-a11y.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"

static GtkWidget *
descendant_with_class (GtkWidget  *widget,
                       const char *css_class)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (gtk_widget_has_css_class (child, css_class))
        return child;
      if ((found = descendant_with_class (child, css_class)) != NULL)
        return found;
    }
  return NULL;
}

/* Whether the number is drawn bold: set in its attributes, since the
 * style sheet's weight does not reach a GtkInscription on GTK 4.8. */
static gboolean
number_is_bold (SylOutlineRow *row)
{
  PangoAttrList *attrs = gtk_inscription_get_attributes (GTK_INSCRIPTION (syl_outline_row_get_content (row)));
  g_autoptr(PangoAttrIterator) iter = NULL;
  PangoAttrInt *weight;

  if (attrs == NULL)
    return FALSE;
  iter = pango_attr_list_get_iterator (attrs);
  weight = (PangoAttrInt *) pango_attr_iterator_get (iter, PANGO_ATTR_WEIGHT);
  return weight != NULL && weight->value >= PANGO_WEIGHT_BOLD;
}

static gboolean
title_has_tooltip (SylOutlineRow *row)
{
  GtkWidget *title = descendant_with_class (GTK_WIDGET (row), "title");
  g_autoptr(GtkTooltip) tooltip = g_object_new (GTK_TYPE_TOOLTIP, NULL);
  gboolean shown = FALSE;

  g_signal_emit_by_name (title, "query-tooltip", 1, 1, FALSE, tooltip, &shown);
  return shown;
}

static gboolean
badge_shown (SylOutlineRow *row,
             const char    *css_class)
{
  GtkWidget *badge = descendant_with_class (GTK_WIDGET (row), css_class);

  return badge != NULL && gtk_widget_get_visible (badge);
}

/* Everything @row shows is of @node, in @document. */
static void
assert_row_shows (SylOutlineRow *row,
                  SylNode       *node,
                  SylDocument   *document)
{
  g_autofree char *number = syl_document_dup_number (document, node);
  GtkWidget *title = descendant_with_class (GTK_WIDGET (row), "title");
  gboolean chapter = syl_node_get_depth (node) == 1;
  SylNodeKind kind = syl_node_get_kind (node);
  guint open = syl_node_count_open_annotations (node);

  g_assert_true (syl_outline_row_get_node (row) == node);
  g_assert_cmpstr (syl_outline_row_get_number (row), ==, number);
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, syl_node_get_title (node));
  g_assert_cmpint (gtk_widget_has_css_class (GTK_WIDGET (row), "chapter"), ==, chapter);
  g_assert_cmpint (number_is_bold (row), ==, chapter);
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "drop-into"));
  g_assert_cmpint (badge_shown (row, "discussion"), ==, kind == SYL_NODE_KIND_DISCUSSION);
  g_assert_cmpint (badge_shown (row, "example"), ==, kind == SYL_NODE_KIND_EXAMPLE);
  g_assert_cmpint (badge_shown (row, "optional"), ==, syl_node_get_optional (node));
  if (open == 0)
    g_assert_null (syl_outline_row_get_comments (row));
  else
    {
      g_autofree char *count = g_strdup_printf ("%u", open);
      g_assert_cmpstr (syl_outline_row_get_comments (row), ==, count);
    }
}

/* Binds @row to @node at the depth the outline view gives it. */
static void
bind (SylOutlineRow *row,
      SylNode       *node,
      SylDocument   *document)
{
  syl_outline_row_bind (row, node, syl_node_get_depth (node) - 1, document);
  g_assert_cmpuint (syl_outline_row_get_depth (row), ==, syl_node_get_depth (node) - 1);
}

/* One row widget bound to a chapter that is the target of a drop and has
 * a comment, then to plain sections, a discussion and an example. */
static void
test_rebind_shows_only_the_new_node (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  SylNode *root = syl_document_get_root (document);
  SylNode *chapter = syl_node_get_child (root, 0);
  SylNode *sequence[] = {
    syl_node_get_child (chapter, 1),
    syl_node_get_child (chapter, 8),
    syl_node_get_child (chapter, 9),
    syl_node_get_child (chapter, 2),
    chapter,
    syl_node_get_child (chapter, 0),
  };
  GtkWidget *window = gtk_window_new ();
  SylOutlineRow *row = syl_outline_row_new ();
  g_autoptr(SylAnnotation) comment = syl_test_comment_new ("c1", "Reviewer", "2026-01-01T00:00:00Z",
                                                           "Too long");

  g_assert_cmpint (syl_node_get_kind (sequence[1]), ==, SYL_NODE_KIND_DISCUSSION);
  g_assert_cmpint (syl_node_get_kind (sequence[2]), ==, SYL_NODE_KIND_EXAMPLE);
  syl_document_add_annotation (document, chapter, comment);
  syl_document_set_boolean (document, chapter, "optional", TRUE, NULL);

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (row));
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 40);
  gtk_window_present (GTK_WINDOW (window));

  bind (row, chapter, document);
  syl_outline_row_set_drop_into (row, TRUE);
  syl_test_wait_shown (window);
  g_assert_true (number_is_bold (row));
  g_assert_nonnull (syl_outline_row_get_comments (row));

  for (guint i = 0; i < G_N_ELEMENTS (sequence); i++)
    {
      bind (row, sequence[i], document);
      syl_test_wait_frame (GTK_WIDGET (row));
      assert_row_shows (row, sequence[i], document);
      /* The titles fit in 600 pixels: no tooltip. */
      g_assert_false (title_has_tooltip (row));
      syl_outline_row_set_drop_into (row, TRUE);
      syl_outline_row_unbind (row);
      g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (row), "drop-into"));
    }

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A title cut short has its whole text as a tooltip; one that fits has
 * none. */
static void
test_tooltip_only_when_cut (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  SylNode *root = syl_document_get_root (document);
  SylNode *section = syl_node_get_child (syl_node_get_child (root, 0), 6);
  GtkWidget *window = gtk_window_new ();
  SylOutlineRow *row = syl_outline_row_new ();

  gtk_window_set_child (GTK_WINDOW (window), GTK_WIDGET (row));
  gtk_window_set_default_size (GTK_WINDOW (window), 700, 40);
  gtk_window_present (GTK_WINDOW (window));
  bind (row, section, document);
  syl_test_wait_shown (window);
  g_assert_false (title_has_tooltip (row));

  syl_document_set_string (document, section, "title",
                           "“大模型、多模态”推动了 AI 的“质变”：从感知智能到认知智能，"
                           "再到生成式人工智能的企业应用全景与落地路径分析", FALSE, NULL);
  /* Whether the title is cut short is known once the row is laid out. */
  syl_test_wait_frame (GTK_WIDGET (row));
  g_assert_true (title_has_tooltip (row));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* Every row on screen, at least @at_least of them, shows its own node. */
static void
assert_all_rows (SylWindow *window,
                 guint      at_least)
{
  SylOutlineView *view = syl_window_get_outline_view (window);
  SylDocument *document = syl_window_get_document (window);
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (syl_outline_view_get_list_view (view))));
  guint n = g_list_model_get_n_items (model), seen = 0;

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylNode) node = g_list_model_get_item (model, i);
      GtkWidget *row = syl_outline_view_get_row_widget (view, node);

      if (row == NULL)
        continue;
      assert_row_shows (SYL_OUTLINE_ROW (row), node, document);
      seen++;
    }
  g_assert_cmpuint (seen, >=, at_least);
}

static void
set_all_chapters_open (SylWindow *window,
                       gboolean   open)
{
  SylNode *root = syl_document_get_root (syl_window_get_document (window));

  for (guint i = 0; i < syl_node_get_n_children (root); i++)
    {
      g_autofree char *number = g_strdup_printf ("%u", i + 1);

      syl_test_select (window, number);
      g_assert_true (gtk_widget_activate_action (GTK_WIDGET (syl_window_get_outline_view (window)),
                                                 open ? "outline.expand" : "outline.collapse", NULL));
    }
  syl_test_wait_settled (window);
}

/* In the window: the rows after closing and opening chapters, scrolling
 * to the end and back, filtering by comments and back, and reloading the
 * file, when the list hands row widgets from chapters to sections. */
static void
test_window_rows_after_reuse (void)
{
  g_autofree char *path = syl_test_sample_path ();
  SylWindow *window = syl_test_open_window_sized (path, 900, 700);
  SylOutlineView *view = syl_window_get_outline_view (window);
  SylDocument *document = syl_window_get_document (window);
  GtkWidget *list = syl_outline_view_get_list_view (view);
  GtkAdjustment *adjustment = gtk_scrollable_get_vadjustment (GTK_SCROLLABLE (list));
  g_autoptr(SylAnnotation) comment = syl_test_comment_new ("c1", "Reviewer", "2026-01-01T00:00:00Z",
                                                           "Shorter, please");

  assert_all_rows (window, 10);
  set_all_chapters_open (window, FALSE);
  assert_all_rows (window, 6);
  set_all_chapters_open (window, TRUE);
  assert_all_rows (window, 10);

  gtk_adjustment_set_value (adjustment, gtk_adjustment_get_upper (adjustment));
  syl_test_wait_settled (window);
  assert_all_rows (window, 10);
  gtk_adjustment_set_value (adjustment, 0);
  syl_test_wait_settled (window);
  assert_all_rows (window, 10);

  syl_document_add_annotation (document, syl_test_node_at (window, "2.3"), comment);
  syl_outline_view_set_filter_open (view, TRUE);
  syl_test_wait_settled (window);
  /* Chapter 2 and its section 2.3. */
  assert_all_rows (window, 2);
  syl_outline_view_set_filter_open (view, FALSE);
  syl_test_wait_settled (window);
  assert_all_rows (window, 10);

  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.save", NULL));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (window), "win.disk-reload", NULL));
  syl_test_wait_settled (window);
  g_assert_true (syl_window_get_document (window) != document);
  assert_all_rows (window, 10);

  syl_test_close_window (window);
}

/* In the window: every row shows its own node and number after moving the
 * first chapter to the end, which renumbers every chapter and section,
 * and after undoing and redoing it.  Ending a step binds the rows again
 * and numbers them then; the other rows are numbered after it. */
static void
test_window_rows_after_move (void)
{
  g_autofree char *path = syl_test_sample_path ();
  SylWindow *window = syl_test_open_window_sized (path, 900, 700);
  SylDocument *document = syl_window_get_document (window);
  SylHistory *history = syl_document_get_history (document);
  SylNode *root = syl_document_get_root (document);
  SylNode *chapter = syl_node_get_child (root, 0);
  guint last = syl_node_get_n_children (root) - 1;
  g_autoptr(GError) error = NULL;

  assert_all_rows (window, 10);
  g_assert_true (syl_document_move_node (document, chapter, root, last, &error));
  g_assert_no_error (error);
  syl_test_wait_settled (window);
  g_assert_cmpuint (syl_node_get_index (chapter), ==, last);
  assert_all_rows (window, 10);

  g_assert_true (syl_history_undo (history));
  syl_test_wait_settled (window);
  g_assert_cmpuint (syl_node_get_index (chapter), ==, 0);
  assert_all_rows (window, 10);

  g_assert_true (syl_history_redo (history));
  syl_test_wait_settled (window);
  g_assert_cmpuint (syl_node_get_index (chapter), ==, last);
  assert_all_rows (window, 10);

  syl_test_close_window (window);
}

/* How many rows on screen say something else to a screen reader than what
 * they show; @seen counts the rows looked at. */
static guint
count_stale_labels (SylWindow *window,
                    guint     *seen)
{
  SylOutlineView *view = syl_window_get_outline_view (window);
  SylDocument *document = syl_window_get_document (window);
  GListModel *model = G_LIST_MODEL (gtk_list_view_get_model (GTK_LIST_VIEW (syl_outline_view_get_list_view (view))));
  guint stale = 0;

  *seen = 0;
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(SylNode) node = g_list_model_get_item (model, i);
      GtkWidget *row = syl_outline_view_get_row_widget (view, node);
      g_autofree char *label = NULL;
      g_autofree char *wrong = NULL;

      if (row == NULL)
        continue;
      label = syl_outline_row_dup_accessible_label (document, node, syl_node_get_expanded (node));
      wrong = gtk_test_accessible_check_property (GTK_ACCESSIBLE (row),
                                                  GTK_ACCESSIBLE_PROPERTY_LABEL, label);
      stale += wrong != NULL;
      (*seen)++;
    }
  return stale;
}

typedef struct
{
  SylWindow *window;
  guint      paints;
  guint      stale;
} FirstPaint;

static void
first_paint_cb (GdkFrameClock *clock,
                FirstPaint    *paint)
{
  guint seen;

  if (paint->paints++ == 0)
    paint->stale = count_stale_labels (paint->window, &seen);
}

static void
assert_labels_right (SylWindow *window)
{
  guint seen;

  g_assert_cmpuint (count_stale_labels (window, &seen), ==, 0);
  g_assert_cmpuint (seen, >=, 10);
}

/* In the window: what the rows say to a screen reader follows a move that
 * renumbers them all, but only once the move is painted, so that the
 * window paints it sooner; steps that come faster than that, as an undo
 * and a redo in one go, leave every row saying the right thing. */
static void
test_window_labels_after_move (void)
{
  g_autofree char *path = syl_test_sample_path ();
  SylWindow *window = syl_test_open_window_sized (path, 900, 700);
  SylDocument *document = syl_window_get_document (window);
  SylHistory *history = syl_document_get_history (document);
  SylNode *root = syl_document_get_root (document);
  SylNode *chapter = syl_node_get_child (root, 0);
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));
  FirstPaint paint = { window, 0, 0 };
  g_autoptr(GError) error = NULL;
  gulong handler;

  syl_test_wait_settled (window);
  assert_labels_right (window);
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (first_paint_cb), &paint);
  g_assert_true (syl_document_move_node (document, chapter, root,
                                         syl_node_get_n_children (root) - 1, &error));
  g_assert_no_error (error);
  syl_test_wait_settled (window);
  g_signal_handler_disconnect (clock, handler);
  g_assert_cmpuint (paint.paints, >, 0);
  /* The step's own frame was painted before the rows were told. */
  g_assert_cmpuint (paint.stale, >=, 10);
  assert_labels_right (window);

  g_assert_true (syl_history_undo (history));
  g_assert_true (syl_history_redo (history));
  g_assert_true (syl_history_undo (history));
  syl_test_wait_settled (window);
  g_assert_cmpuint (syl_node_get_index (chapter), ==, 0);
  assert_labels_right (window);

  syl_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  syl_test_gui_init (&argc, &argv);

  g_test_add_func ("/rows/rebind-shows-only-the-new-node", test_rebind_shows_only_the_new_node);
  g_test_add_func ("/rows/tooltip-only-when-cut", test_tooltip_only_when_cut);
  g_test_add_func ("/rows/window-rows-after-reuse", test_window_rows_after_reuse);
  g_test_add_func ("/rows/window-rows-after-move", test_window_rows_after_move);
  g_test_add_func ("/rows/window-labels-after-move", test_window_labels_after_move);

  return g_test_run ();
}
