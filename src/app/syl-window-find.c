/* syl-window-find.c: the window's find bar and its actions
 *
 * "win.find" (Ctrl+F) opens the bar above the tree; "win.find-next" and
 * "win.find-previous" (Enter and Shift+Enter in the bar, F3 and Ctrl+G
 * anywhere in the window, with Shift to go back) go from match to match.
 * The bar itself is SylFindBar, in syl-find-bar.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-node-pane.h"
#include "syl-window-private.h"

static void
find_activate (GSimpleAction *action,
               GVariant      *parameter,
               gpointer       user_data)
{
  SylWindow *self = user_data;

  syl_find_bar_open (self->find_bar);
}

static void
find_next_activate (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  SylWindow *self = user_data;

  syl_find_bar_go (self->find_bar, TRUE);
}

static void
find_previous_activate (GSimpleAction *action,
                        GVariant      *parameter,
                        gpointer       user_data)
{
  SylWindow *self = user_data;

  syl_find_bar_go (self->find_bar, FALSE);
}

static const GActionEntry find_actions[] = {
  { "find", find_activate },
  { "find-next", find_next_activate },
  { "find-previous", find_previous_activate },
};

void
_syl_window_find_init (SylWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), find_actions, G_N_ELEMENTS (find_actions),
                                   self);
  syl_find_bar_set_views (self->find_bar, self->outline_view, SYL_NODE_PANE (self->node_pane));
}

/* Before the views are given the new document: the bar closes, and they
 * let go of its highlights and filter. */
void
_syl_window_find_set_document (SylWindow *self)
{
  syl_find_bar_set_document (self->find_bar, self->document);
  for (guint i = 0; i < G_N_ELEMENTS (find_actions); i++)
    {
      GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), find_actions[i].name);

      g_simple_action_set_enabled (G_SIMPLE_ACTION (action), self->document != NULL);
    }
}
