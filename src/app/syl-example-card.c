/* syl-example-card.c: one worked example of a node, in its editor
 *
 * A card shows the title and the body of the example at its index among
 * the node's examples, with buttons to move it up or down and to remove
 * it, which are the node pane's actions.  The card changes nothing itself:
 * what the user types, it passes on with its "edited" signal, and the
 * node pane makes the change through the document.
 *
 * The cards are built again only when the number of examples changes, and
 * a move keeps both the index and the number: so a card's arrows stay
 * right through every change and its undoing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-accessible.h"
#include "syl-example-card.h"
#include "syl-node-pane-private.h"

struct _SylExampleCard
{
  GtkWidget    parent_instance;

  /* Template widgets. */
  GtkWidget   *columns;
  GtkEntry    *title_entry;
  GtkTextView *body_view;
  GtkWidget   *placeholder_label;
  GtkWidget   *up_button;
  GtkWidget   *down_button;
  GtkWidget   *remove_button;

  guint        index;
  /* Set while the card shows the example's texts, so that the change is
   * not taken for the user's edit. */
  guint        updating;
};

G_DEFINE_FINAL_TYPE (SylExampleCard, syl_example_card, GTK_TYPE_WIDGET)

enum {
  EDITED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static GtkTextBuffer *
body_buffer (SylExampleCard *self)
{
  return gtk_text_view_get_buffer (self->body_view);
}

static void
title_changed_cb (SylExampleCard *self)
{
  if (!self->updating)
    g_signal_emit (self, signals[EDITED], 0, "title",
                   gtk_editable_get_text (GTK_EDITABLE (self->title_entry)));
}

/* The placeholder stands in for the body's text while there is none. */
static void
body_changed_cb (SylExampleCard *self,
                 GtkTextBuffer  *buffer)
{
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  gtk_widget_set_visible (self->placeholder_label, gtk_text_buffer_get_char_count (buffer) == 0);
  if (self->updating)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  g_signal_emit (self, signals[EDITED], 0, "body", text);
}

/**
 * syl_example_card_set_texts:
 *
 * Shows the example's texts, changing only those that differ, so that
 * undoing a change never takes the cursor out of a field.
 */
void
syl_example_card_set_texts (SylExampleCard *self,
                            const char     *title,
                            const char     *body)
{
  GtkTextBuffer *buffer;
  g_autofree char *current = NULL;
  GtkTextIter start, end;

  g_return_if_fail (SYL_IS_EXAMPLE_CARD (self));

  buffer = body_buffer (self);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  current = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  self->updating++;
  _syl_node_pane_set_entry_text (GTK_EDITABLE (self->title_entry), title);
  if (g_strcmp0 (current, body) != 0)
    gtk_text_buffer_set_text (buffer, body, -1);
  self->updating--;
}

/* In review mode the examples are shown, not edited. */
void
syl_example_card_set_editable (SylExampleCard *self,
                               gboolean        editable)
{
  g_return_if_fail (SYL_IS_EXAMPLE_CARD (self));

  gtk_editable_set_editable (GTK_EDITABLE (self->title_entry), editable);
  gtk_text_view_set_editable (self->body_view, editable);
}

/* The example's index among the node's examples. */
guint
syl_example_card_get_index (SylExampleCard *self)
{
  g_return_val_if_fail (SYL_IS_EXAMPLE_CARD (self), 0);
  return self->index;
}

/* The title's field, which an added example focuses. */
GtkWidget *
syl_example_card_get_title (SylExampleCard *self)
{
  g_return_val_if_fail (SYL_IS_EXAMPLE_CARD (self), NULL);
  return GTK_WIDGET (self->title_entry);
}

GtkWidget *
syl_example_card_get_body (SylExampleCard *self)
{
  g_return_val_if_fail (SYL_IS_EXAMPLE_CARD (self), NULL);
  return GTK_WIDGET (self->body_view);
}

GtkWidget *
syl_example_card_get_placeholder (SylExampleCard *self)
{
  g_return_val_if_fail (SYL_IS_EXAMPLE_CARD (self), NULL);
  return self->placeholder_label;
}

/**
 * syl_example_card_new:
 * @index: the example's index among the node's @n examples
 */
GtkWidget *
syl_example_card_new (guint index,
                      guint n)
{
  SylExampleCard *self = g_object_new (SYL_TYPE_EXAMPLE_CARD, NULL);
  /* Translators: the name a screen reader gives an example's card. */
  g_autofree char *name = g_strdup_printf (_("Example %u"), index + 1);

  self->index = index;
  syl_accessible_set_label (GTK_WIDGET (self), name);
  _syl_node_pane_set_item_actions (self->up_button, self->down_button, self->remove_button,
                                   "example", index, n);
  return GTK_WIDGET (self);
}

static void
syl_example_card_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SYL_TYPE_EXAMPLE_CARD);

  G_OBJECT_CLASS (syl_example_card_parent_class)->dispose (object);
}

static void
syl_example_card_class_init (SylExampleCardClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_example_card_dispose;

  /**
   * SylExampleCard::edited:
   * @field: "title" or "body"
   * @text: the field's text, after each keystroke
   */
  signals[EDITED] = g_signal_new ("edited", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST,
                                  0, NULL, NULL, NULL, G_TYPE_NONE, 2,
                                  G_TYPE_STRING, G_TYPE_STRING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/syllabus/Syllabus/syl-example-card.ui");
  gtk_widget_class_bind_template_child (widget_class, SylExampleCard, columns);
  gtk_widget_class_bind_template_child (widget_class, SylExampleCard, title_entry);
  gtk_widget_class_bind_template_child (widget_class, SylExampleCard, body_view);
  gtk_widget_class_bind_template_child (widget_class, SylExampleCard, placeholder_label);
  gtk_widget_class_bind_template_child (widget_class, SylExampleCard, up_button);
  gtk_widget_class_bind_template_child (widget_class, SylExampleCard, down_button);
  gtk_widget_class_bind_template_child (widget_class, SylExampleCard, remove_button);
  gtk_widget_class_bind_template_callback (widget_class, title_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, body_changed_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  /* A card is a group, as the box it replaces was. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
syl_example_card_init (SylExampleCard *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
