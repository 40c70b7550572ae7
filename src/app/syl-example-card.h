/* syl-example-card.h: one worked example of a node, in its editor
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define SYL_TYPE_EXAMPLE_CARD (syl_example_card_get_type ())

G_DECLARE_FINAL_TYPE (SylExampleCard, syl_example_card, SYL, EXAMPLE_CARD, GtkWidget)

GtkWidget *syl_example_card_new             (guint           index,
                                             guint           n);
guint      syl_example_card_get_index       (SylExampleCard *self);
void       syl_example_card_set_texts       (SylExampleCard *self,
                                             const char     *title,
                                             const char     *body);
void       syl_example_card_set_editable    (SylExampleCard *self,
                                             gboolean        editable);
GtkWidget *syl_example_card_get_title       (SylExampleCard *self);
GtkWidget *syl_example_card_get_body        (SylExampleCard *self);
GtkWidget *syl_example_card_get_placeholder (SylExampleCard *self);

G_END_DECLS
