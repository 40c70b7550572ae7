/* syl-window-check.c: the Course Check panel at the window's side
 *
 * The panel (syl-check-panel.c) sits in a flap at the end of the window,
 * beside the editor, shown and hidden with the header bar's button, the
 * main menu or F7.  A wide window keeps it open while the user works
 * through its findings; a narrow one lays it over the outline, and
 * closes it when a finding is chosen so that the node can be seen.
 * Choosing a finding selects its nodes and puts the cursor in the field
 * to fix: the duration for a missing one, the notes of an empty section.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-check-panel.h"
#include "syl-node-pane.h"
#include "syl-window-private.h"

static GSimpleAction *
check_action (SylWindow *self)
{
  return G_SIMPLE_ACTION (g_action_map_lookup_action (G_ACTION_MAP (self), "course-check"));
}

static void
course_check_change_state (GSimpleAction *action,
                           GVariant      *state,
                           gpointer       user_data)
{
  SylWindow *self = user_data;

  /* In compare mode, F7 goes to the next change instead. */
  if (_syl_window_compare_step (self, TRUE))
    return;
  g_simple_action_set_state (action, state);
  adw_flap_set_reveal_flap (self->check_flap, g_variant_get_boolean (state));
}

/* The flap also closes by itself: Escape or a click beside it when it
 * lies over the outline. */
static void
reveal_changed_cb (SylWindow *self)
{
  gboolean revealed = adw_flap_get_reveal_flap (self->check_flap);

  g_simple_action_set_state (check_action (self), g_variant_new_boolean (revealed));
}

/* Where to put the cursor for a finding of @rule. */
static SylNodeField
field_for (SylCheckRules rule)
{
  switch (rule)
    {
    case SYL_CHECK_EMPTY_TITLE:
    case SYL_CHECK_DUPLICATE_TITLE:
      return SYL_NODE_FIELD_TITLE;
    case SYL_CHECK_OVER_TARGET:
    case SYL_CHECK_MISSING_DURATION:
      return SYL_NODE_FIELD_DURATION;
    case SYL_CHECK_MISSING_OBJECTIVES:
      return SYL_NODE_FIELD_OBJECTIVES;
    case SYL_CHECK_OPEN_COMMENTS:
      return SYL_NODE_FIELD_COMMENTS;
    default:
      return SYL_NODE_FIELD_NOTES;
    }
}

/* The nodes of @finding still in the document: the panel may show a
 * finding from before the latest change for a moment. */
static GPtrArray *
live_nodes (SylWindow  *self,
            SylFinding *finding)
{
  GPtrArray *nodes = syl_finding_get_nodes (finding);
  GPtrArray *live = g_ptr_array_new ();

  for (guint i = 0; i < nodes->len; i++)
    {
      SylNode *node = g_ptr_array_index (nodes, i);

      if (syl_document_find_node (self->document, syl_node_get_id (node)) == node)
        g_ptr_array_add (live, node);
    }
  return live;
}

static void
finding_activated_cb (SylWindow     *self,
                      SylFinding    *finding,
                      SylCheckPanel *panel)
{
  g_autoptr(GPtrArray) nodes = NULL;

  if (self->document == NULL)
    return;
  /* The course's own finding is about its target, in its properties. */
  if (syl_finding_get_node (finding) == NULL)
    {
      gtk_widget_activate_action (GTK_WIDGET (self), "win.course-properties", NULL);
      return;
    }

  nodes = live_nodes (self, finding);
  if (nodes->len == 0)
    return;
  if (adw_flap_get_folded (self->check_flap))
    adw_flap_set_reveal_flap (self->check_flap, FALSE);
  syl_outline_view_select_nodes (self->outline_view, (SylNode * const *) nodes->pdata, nodes->len);
  if (nodes->len == 1)
    {
      if (self->narrow)
        gtk_widget_activate_action (GTK_WIDGET (self), "win.show-editor", NULL);
      syl_node_pane_focus_field (SYL_NODE_PANE (self->node_pane),
                                 field_for (syl_finding_get_rule (finding)));
    }
}

static const GActionEntry check_actions[] = {
  { "course-check", NULL, NULL, "false", course_check_change_state },
};

/* Follows the window's document; a window without one has no check. */
void
_syl_window_check_document_changed (SylWindow *self)
{
  syl_check_panel_set_document (self->check_panel, self->document);
  g_simple_action_set_enabled (check_action (self), self->document != NULL);
  if (self->document == NULL)
    adw_flap_set_reveal_flap (self->check_flap, FALSE);
}

void
_syl_window_check_init (SylWindow *self)
{
  g_action_map_add_action_entries (G_ACTION_MAP (self), check_actions,
                                   G_N_ELEMENTS (check_actions), self);
  g_signal_connect_object (self->check_flap, "notify::reveal-flap",
                           G_CALLBACK (reveal_changed_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->check_panel, "finding-activated",
                           G_CALLBACK (finding_activated_cb), self, G_CONNECT_SWAPPED);
}
