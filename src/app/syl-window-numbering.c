/* syl-window-numbering.c: choosing the document's numbering style
 *
 * Two stateful actions, "numbering.preset" ("default", "chinese",
 * "english", "none") and "numbering.items", follow the document's
 * numbering, which changes through the history like any edit.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-window-private.h"

/* The numbering is part of the course: review mode does not change it. */
void
_syl_window_sync_numbering (SylWindow *self)
{
  GActionMap *map = G_ACTION_MAP (self->numbering_actions);
  GAction *preset = g_action_map_lookup_action (map, "preset");
  GAction *items = g_action_map_lookup_action (map, "items");
  SylNumbering *numbering;
  gboolean enabled = self->document != NULL && !syl_window_get_review_mode (self) &&
                     !_syl_window_job_blocks_editing (self);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (preset), enabled);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (items), enabled);
  if (self->document == NULL)
    return;

  numbering = syl_document_get_numbering (self->document);
  g_simple_action_set_state (G_SIMPLE_ACTION (preset), g_variant_new_string (
                             syl_numbering_preset_to_string (syl_numbering_get_preset (numbering))));
  g_simple_action_set_state (G_SIMPLE_ACTION (items),
                             g_variant_new_boolean (syl_numbering_get_number_items (numbering)));
}

static void
preset_change_state (GSimpleAction *action,
                     GVariant      *state,
                     gpointer       user_data)
{
  SylWindow *self = user_data;
  SylNumberingPreset preset;
  g_autoptr(SylNumbering) styles = NULL;
  g_autoptr(SylNumbering) numbering = NULL;
  gboolean items;

  if (self->document == NULL ||
      !syl_numbering_preset_from_string (g_variant_get_string (state, NULL), &preset) ||
      preset == SYL_NUMBERING_PRESET_CUSTOM)
    return;

  /* Only the styles change; whether items are numbered stays. */
  items = syl_numbering_get_number_items (syl_document_get_numbering (self->document));
  styles = syl_numbering_new_preset (preset);
  numbering = syl_numbering_with_number_items (styles, items);
  syl_document_set_numbering (self->document, numbering);
}

static void
items_change_state (GSimpleAction *action,
                    GVariant      *state,
                    gpointer       user_data)
{
  SylWindow *self = user_data;
  g_autoptr(SylNumbering) numbering = NULL;

  if (self->document == NULL)
    return;
  numbering = syl_numbering_with_number_items (syl_document_get_numbering (self->document),
                                               g_variant_get_boolean (state));
  syl_document_set_numbering (self->document, numbering);
}

/* Follows the document: its numbering changes on undo and redo too. */
void
_syl_window_watch_numbering (SylWindow *self)
{
  if (self->document != NULL)
    g_signal_connect_object (self->document, "notify::numbering", G_CALLBACK (_syl_window_sync_numbering), self,
                             G_CONNECT_SWAPPED);
  _syl_window_sync_numbering (self);
}

void
_syl_window_numbering_init (SylWindow *self)
{
  GSimpleActionGroup *group = g_simple_action_group_new ();
  GSimpleAction *action;

  self->numbering_actions = group;
  action = g_simple_action_new_stateful ("preset", G_VARIANT_TYPE_STRING,
                                         g_variant_new_string ("default"));
  g_signal_connect_object (action, "change-state", G_CALLBACK (preset_change_state), self, 0);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
  g_object_unref (action);

  action = g_simple_action_new_stateful ("items", NULL, g_variant_new_boolean (TRUE));
  g_signal_connect_object (action, "change-state", G_CALLBACK (items_change_state), self, 0);
  g_action_map_add_action (G_ACTION_MAP (group), G_ACTION (action));
  g_object_unref (action);

  gtk_widget_insert_action_group (GTK_WIDGET (self), "numbering", G_ACTION_GROUP (group));
}
