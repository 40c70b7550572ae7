/* syl-node-pane-find.c: where in the node the find bar's match is
 *
 * The find bar selects the node of a match, and the pane highlights the
 * words matched in the field they are in (the title, the notes, an
 * objective, an example, a comment) and scrolls the field into view.  It
 * takes no focus: the user goes on typing in the find bar, or pressing
 * Enter for the next match.  A field's own text is highlighted, not
 * selected, so the highlight shows without the focus.
 *
 * The highlight goes at the next change to the node, which may have
 * moved the words, or when another node is shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-example-card.h"
#include "syl-node-pane-private.h"

/* The name of the tag that highlights a match in a text view. */
#define MATCH_TAG "syl-find-match"
/* The colours of GNOME Text Editor's search matches, as in the rows. */
#define MATCH_BACKGROUND "#f6d32d"
#define MATCH_FOREGROUND "#000000"
/* How many layouts may pass before the field has its place. */
#define MAX_SCROLL_TRIES 4
/* How much of the pane stays above a match scrolled into view. */
#define SCROLL_ABOVE_FRACTION 0.25

static void
stop_scrolling (SylNodePane *self)
{
  if (self->match_surface != NULL)
    g_clear_signal_handler (&self->match_layout, self->match_surface);
  self->match_layout = 0;
  g_clear_weak_pointer (&self->match_surface);
}

/**
 * _syl_node_pane_clear_match:
 *
 * Takes the highlight of the find bar's match away, if one is shown.
 */
void
_syl_node_pane_clear_match (SylNodePane *self)
{
  GtkWidget *widget = self->match_widget;

  stop_scrolling (self);
  if (widget == NULL)
    return;
  if (GTK_IS_TEXT (widget))
    gtk_text_set_attributes (GTK_TEXT (widget), NULL);
  else if (GTK_IS_LABEL (widget))
    gtk_label_set_attributes (GTK_LABEL (widget), NULL);
  else if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextIter start, end;

      gtk_text_buffer_get_bounds (buffer, &start, &end);
      gtk_text_buffer_remove_tag_by_name (buffer, MATCH_TAG, &start, &end);
    }
  g_clear_object (&self->match_widget);
}

static PangoAttrList *
match_attributes (gsize start,
                  gsize end)
{
  PangoAttrList *attrs = pango_attr_list_new ();
  PangoAttribute *background = pango_attr_background_new (0xf6f6, 0xd3d3, 0x2d2d);
  PangoAttribute *foreground = pango_attr_foreground_new (0x0000, 0x0000, 0x0000);

  background->start_index = foreground->start_index = start;
  background->end_index = foreground->end_index = end;
  pango_attr_list_insert (attrs, background);
  pango_attr_list_insert (attrs, foreground);
  return attrs;
}

/* Highlights bytes @start to @end of the text of @widget, a GtkText, a
 * GtkLabel or a GtkTextView, if it shows @text; returns whether it does. */
static gboolean
highlight (GtkWidget  *widget,
           const char *text,
           gsize       start,
           gsize       end)
{
  g_autoptr(PangoAttrList) attrs = NULL;
  g_autofree char *shown = NULL;

  if (widget == NULL || end > strlen (text))
    return FALSE;
  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (widget));
      GtkTextTagTable *tags = gtk_text_buffer_get_tag_table (buffer);
      GtkTextIter from, to;

      gtk_text_buffer_get_bounds (buffer, &from, &to);
      shown = gtk_text_buffer_get_text (buffer, &from, &to, TRUE);
      if (g_strcmp0 (shown, text) != 0)
        return FALSE;
      if (gtk_text_tag_table_lookup (tags, MATCH_TAG) == NULL)
        gtk_text_buffer_create_tag (buffer, MATCH_TAG, "background", MATCH_BACKGROUND,
                                    "foreground", MATCH_FOREGROUND, NULL);
      gtk_text_buffer_get_iter_at_offset (buffer, &from,
                                          g_utf8_pointer_to_offset (text, text + start));
      gtk_text_buffer_get_iter_at_offset (buffer, &to, g_utf8_pointer_to_offset (text, text + end));
      gtk_text_buffer_apply_tag_by_name (buffer, MATCH_TAG, &from, &to);
      return TRUE;
    }
  attrs = match_attributes (start, end);
  if (GTK_IS_TEXT (widget) && g_strcmp0 (gtk_editable_get_text (GTK_EDITABLE (widget)), text) == 0)
    gtk_text_set_attributes (GTK_TEXT (widget), attrs);
  else if (GTK_IS_LABEL (widget) && g_strcmp0 (gtk_label_get_text (GTK_LABEL (widget)), text) == 0)
    gtk_label_set_attributes (GTK_LABEL (widget), attrs);
  else
    return FALSE;
  return TRUE;
}

/* The GtkText an entry or an entry row edits its text in. */
static GtkWidget *
text_of (GtkWidget *editable)
{
  GtkEditable *delegate;

  if (editable == NULL)
    return NULL;
  delegate = gtk_editable_get_delegate (GTK_EDITABLE (editable));
  return GTK_IS_TEXT (delegate) ? GTK_WIDGET (delegate) : NULL;
}

static GtkWidget *
nth_child (GtkWidget *widget,
           guint      index)
{
  GtkWidget *child = gtk_widget_get_first_child (widget);

  for (guint i = 0; child != NULL && i < index; i++)
    child = gtk_widget_get_next_sibling (child);
  return child;
}

/* The field of @match, and the text it shows, which the match was found
 * in. */
static GtkWidget *
example_field (SylNodePane          *self,
               const SylSearchMatch *match,
               const char          **text)
{
  g_autoptr(SylExample) example = g_list_model_get_item (syl_node_get_examples (self->node),
                                                         match->item);
  GtkWidget *card = nth_child (GTK_WIDGET (self->examples_box), match->item);

  if (example == NULL || !SYL_IS_EXAMPLE_CARD (card))
    return NULL;
  if (match->place == SYL_SEARCH_PLACE_EXAMPLE_TITLE)
    {
      *text = syl_example_get_title (example);
      return text_of (syl_example_card_get_title (SYL_EXAMPLE_CARD (card)));
    }
  *text = syl_example_get_body (example);
  return syl_example_card_get_body (SYL_EXAMPLE_CARD (card));
}

static GtkWidget *
comment_field (SylNodePane          *self,
               const SylSearchMatch *match,
               const char          **text)
{
  GListModel *annotations = syl_node_get_annotations (self->node);
  g_autoptr(SylAnnotation) annotation = g_list_model_get_item (annotations, match->item);
  g_autoptr(SylReply) reply = NULL;
  GObject *comment = G_OBJECT (annotation);

  if (annotation == NULL)
    return NULL;
  *text = syl_annotation_get_text (annotation);
  if (match->place == SYL_SEARCH_PLACE_REPLY)
    {
      reply = g_list_model_get_item (syl_annotation_get_replies (annotation), match->reply);
      if (reply == NULL)
        return NULL;
      *text = syl_reply_get_text (reply);
      comment = G_OBJECT (reply);
    }
  return (GtkWidget *) syl_comments_view_get_text_label (self->comments_view, comment);
}

static GtkWidget *
match_field (SylNodePane          *self,
             const SylSearchMatch *match,
             const char          **text)
{
  const char * const *objectives = syl_node_get_objectives (self->node);

  switch (match->place)
    {
    case SYL_SEARCH_PLACE_TITLE:
      *text = syl_node_get_title (self->node);
      return text_of (GTK_WIDGET (self->title_row));
    case SYL_SEARCH_PLACE_NOTES:
      *text = syl_node_get_notes (self->node);
      return GTK_WIDGET (self->notes_view);
    case SYL_SEARCH_PLACE_OBJECTIVE:
      if (match->item >= g_strv_length ((char **) objectives))
        return NULL;
      *text = objectives[match->item];
      return text_of ((GtkWidget *) gtk_list_box_get_row_at_index (self->objectives_list,
                                                                   match->item));
    case SYL_SEARCH_PLACE_EXAMPLE_TITLE:
    case SYL_SEARCH_PLACE_EXAMPLE_BODY:
      return example_field (self, match, text);
    case SYL_SEARCH_PLACE_COMMENT:
    case SYL_SEARCH_PLACE_REPLY:
      return comment_field (self, match, text);
    default:
      return NULL;
    }
}

/* Where the match is, in the coordinates of the scrolled window: the
 * highlighted words in a text view, the whole field otherwise. */
static gboolean
match_bounds (SylNodePane     *self,
              graphene_rect_t *bounds)
{
  GtkWidget *widget = self->match_widget;
  GtkWidget *scroller = GTK_WIDGET (self->scroller);

  if (gtk_widget_get_width (widget) <= 0 || !gtk_widget_compute_bounds (widget, scroller, bounds))
    return FALSE;
  if (GTK_IS_TEXT_VIEW (widget))
    {
      GtkTextView *view = GTK_TEXT_VIEW (widget);
      GtkTextBuffer *buffer = gtk_text_view_get_buffer (view);
      GtkTextTagTable *tags = gtk_text_buffer_get_tag_table (buffer);
      GtkTextTag *tag = gtk_text_tag_table_lookup (tags, MATCH_TAG);
      GtkTextIter iter;
      GdkRectangle location;
      int x, y;

      gtk_text_buffer_get_start_iter (buffer, &iter);
      if (tag == NULL || (!gtk_text_iter_starts_tag (&iter, tag) &&
                          !gtk_text_iter_forward_to_tag_toggle (&iter, tag)))
        return TRUE;
      gtk_text_view_get_iter_location (view, &iter, &location);
      gtk_text_view_buffer_to_window_coords (view, GTK_TEXT_WINDOW_WIDGET, location.x, location.y,
                                             &x, &y);
      bounds->origin.y += y;
      bounds->size.height = location.height;
    }
  return TRUE;
}

/* Scrolls the match into view, once the pane is laid out with the node's
 * fields in their places: in the layout phase, before it is painted. */
static void
layout_cb (GdkSurface  *surface,
           int          width,
           int          height,
           SylNodePane *self)
{
  GtkAdjustment *adjustment = gtk_scrolled_window_get_vadjustment (self->scroller);
  double page = gtk_adjustment_get_page_size (adjustment);
  double value = gtk_adjustment_get_value (adjustment);
  graphene_rect_t bounds;

  if (self->match_widget == NULL || !match_bounds (self, &bounds))
    {
      if (++self->match_tries >= MAX_SCROLL_TRIES)
        stop_scrolling (self);
      return;
    }
  stop_scrolling (self);
  if (bounds.origin.y < 0 || bounds.origin.y + bounds.size.height > page)
    gtk_adjustment_set_value (adjustment, value + bounds.origin.y - page * SCROLL_ABOVE_FRACTION);
}

static void
scroll_to_match (SylNodePane *self)
{
  GtkNative *native = gtk_widget_get_native (GTK_WIDGET (self));
  GdkSurface *surface = native != NULL ? gtk_native_get_surface (native) : NULL;

  stop_scrolling (self);
  if (surface == NULL || !gtk_widget_get_mapped (GTK_WIDGET (self)))
    return;
  g_set_weak_pointer (&self->match_surface, surface);
  self->match_tries = 0;
  self->match_layout = g_signal_connect_after (surface, "layout", G_CALLBACK (layout_cb), self);
  gtk_widget_queue_allocate (GTK_WIDGET (self->scroller));
}

/**
 * syl_node_pane_show_match:
 * @match: (nullable): a match in the node the pane shows, or %NULL
 *
 * Highlights the words of @match in the field they are in and scrolls
 * the field into view, without taking the focus; with %NULL, or a match
 * of another node, only takes the highlight away.
 */
void
syl_node_pane_show_match (SylNodePane          *self,
                          const SylSearchMatch *match)
{
  const char *text = NULL;
  GtkWidget *field;

  g_return_if_fail (SYL_IS_NODE_PANE (self));

  _syl_node_pane_clear_match (self);
  if (match == NULL || self->node == NULL || match->node != self->node)
    return;
  field = match_field (self, match, &text);
  if (field == NULL || text == NULL || !highlight (field, text, match->start, match->end))
    return;
  self->match_widget = g_object_ref (field);
  scroll_to_match (self);
}

/**
 * syl_node_pane_get_match_widget:
 *
 * Returns: (transfer none) (nullable): the field the find bar's match is
 *   highlighted in: a GtkText, GtkTextView or GtkLabel; for tests
 */
GtkWidget *
syl_node_pane_get_match_widget (SylNodePane *self)
{
  g_return_val_if_fail (SYL_IS_NODE_PANE (self), NULL);
  return self->match_widget;
}
