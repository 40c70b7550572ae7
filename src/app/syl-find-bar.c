/* syl-find-bar.c: finding a word in the whole course, above the tree
 *
 * Ctrl+F opens the bar.  As the user types, the rows on screen highlight
 * the word at once (see syl-outline-view-find.c), and the bar searches
 * the whole document on idle, a slice of a few milliseconds at a time,
 * so that a keystroke never holds up a frame however large the outline:
 * each keystroke starts the search again.  Once it is done, the bar
 * counts the matches and selects the first one from where the user
 * started typing, as GNOME Text Editor does.
 *
 * A match is one occurrence of the word in one text of a node (its
 * title, notes, an objective, an example, a comment or a reply): Enter,
 * F3 and Ctrl+G go through them one by one in document order, and within
 * a node in the order of the file, so that the pane beside the tree can
 * highlight each in its field.  "3 of 12" counts occurrences, not nodes.
 * Going past the last match wraps to the first, and the count says so.
 *
 * The bar follows the document: a change (typing in the notes, a move)
 * searches it again a moment later, keeping the match shown if it is
 * still there.  The filter button shows only the matching rows and the
 * rows they are in, through the view's filter, which also serves the
 * filter of open comments; both can be on at once.
 *
 * Escape closes the bar: the highlights and the filter go, the selection
 * stays, and the focus goes back to the tree.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-find-bar.h"

/* How long one slice of the search may take on the main thread: well
 * within a frame. */
#define SLICE_US 4000
/* How many nodes the search looks at between looks at the clock. */
#define SLICE_NODES 50
/* After the document changed, how long to wait for more changes before
 * searching it again, so that typing in the notes does not search on
 * every keystroke. */
#define CHANGE_DELAY_MS 300

struct _SylFindBar
{
  GtkWidget        parent_instance;

  /* Template widgets. */
  GtkSearchBar    *search_bar;
  GtkSearchEntry  *entry;
  GtkLabel        *count_label;
  GtkToggleButton *filter_button;

  /* The window's, which outlive the bar's use of them. */
  SylOutlineView  *view;
  SylNodePane     *pane;

  SylDocument     *document;
  /* The word searched, which the field may be ahead of while the user
   * types; and the search for it, if it is a word. */
  char            *searched;
  SylSearch       *search;
  guint            search_idle;
  guint            change_timeout;
  /* The match shown, as an index into the search's matches, or -1; and
   * the match itself, to find it again after the document changed. */
  int              current;
  SylSearchMatch   shown;
  /* Whether going to the match shown wrapped round: 1 from the end to
   * the top, -1 from the top to the end, 0 not. */
  int              wrapped;
  /* Where the word is looked for from as it is typed, and the node that
   * typing selected last: a selection the user made takes its place. */
  SylNode         *origin;
  SylNode         *typed_to;
  /* What to do once the search is done: show the first match from the
   * origin, go to the next (1) or previous (-1) match, look at the rows
   * again after a change. */
  gboolean         show_first;
  int              pending;
  gboolean         refresh_rows;
};

G_DEFINE_FINAL_TYPE (SylFindBar, syl_find_bar, GTK_TYPE_WIDGET)

static const char *
word (SylFindBar *self)
{
  return gtk_editable_get_text (GTK_EDITABLE (self->entry));
}

/* The nodes found, only while there is a search. */
static GArray *
hits (SylFindBar *self)
{
  return syl_search_get_hits (self->search);
}

static guint
n_matches (SylFindBar *self)
{
  return self->search != NULL ? syl_search_get_n_matches (self->search) : 0;
}

static gboolean
searching (SylFindBar *self)
{
  return self->search != NULL && !syl_search_is_done (self->search);
}

/* The first match in @node or after it, or the number of matches. */
static guint
first_match_from (SylFindBar *self,
                  SylNode    *node)
{
  guint hit = syl_search_find_hit (self->search, node);

  if (hit == hits (self)->len)
    return n_matches (self);
  return g_array_index (hits (self), SylSearchHit, hit).first;
}

/* The node found that has the match at @index. */
static const SylSearchHit *
hit_of_match (SylFindBar *self,
              guint       index)
{
  return &g_array_index (hits (self), SylSearchHit,
                         syl_search_find_hit_of_match (self->search, index));
}

static void
update_status (SylFindBar *self)
{
  g_autofree char *text = NULL;
  guint n = n_matches (self);
  guint at = self->current + 1;

  /* Searching again after a change, the count stays until the new one. */
  if (searching (self) && self->refresh_rows)
    return;
  if (self->search == NULL || searching (self))
    text = g_strdup ("");
  else if (n == 0)
    text = g_strdup (_("No results"));
  else if (self->current < 0)
    text = g_strdup_printf (ngettext ("%u match", "%u matches", n), n);
  else if (self->wrapped > 0)
    /* Translators: the match shown and how many there are, after going
     * past the last match to the first: "1 of 12, from the top". */
    text = g_strdup_printf (_("%u of %u, from the top"), at, n);
  else if (self->wrapped < 0)
    /* Translators: after going back past the first match to the last. */
    text = g_strdup_printf (_("%u of %u, from the end"), at, n);
  else
    /* Translators: the match shown and how many there are: "3 of 12". */
    text = g_strdup_printf (_("%u of %u"), at, n);
  gtk_label_set_text (self->count_label, text);
  if (self->search != NULL && !searching (self) && n == 0)
    gtk_widget_add_css_class (GTK_WIDGET (self->entry), "error");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->entry), "error");
}

static gboolean
has_focus (SylFindBar *self)
{
  GtkRoot *root = gtk_widget_get_root (GTK_WIDGET (self));
  GtkWidget *focus = root != NULL ? gtk_root_get_focus (root) : NULL;

  return focus != NULL && gtk_widget_is_ancestor (focus, GTK_WIDGET (self));
}

/* Selects the node of the match at @index and shows the match in the
 * pane.  While the user is in the bar, the focus stays there; from the
 * tree, it goes to the match's row, so that the arrow keys go on from
 * there. */
static void
show_match (SylFindBar *self,
            guint       index,
            int         wrapped)
{
  const SylSearchHit *hit = hit_of_match (self, index);
  g_autoptr(GArray) matches = syl_search_matches_new ();
  const SylSearchMatch *match;

  syl_search_node (self->search, hit->node, matches);
  g_return_if_fail (index - hit->first < matches->len);
  match = &g_array_index (matches, SylSearchMatch, index - hit->first);
  self->current = index;
  self->wrapped = wrapped;
  g_clear_object (&self->shown.node);
  self->shown = *match;
  self->shown.node = g_object_ref (match->node);
  if (has_focus (self))
    syl_outline_view_show_nodes (self->view, &self->shown.node, 1);
  else
    syl_outline_view_select_nodes (self->view, &self->shown.node, 1);
  syl_node_pane_show_match (self->pane, match);
  update_status (self);
}

static SylNode *
first_selected (SylFindBar *self)
{
  g_autoptr(GPtrArray) selected = syl_outline_view_get_selected_nodes (self->view);

  /* The view keeps the nodes selected in the document. */
  return selected->len > 0 ? g_ptr_array_index (selected, 0) : NULL;
}

/* Whether the match shown is still the one selected: a row the user
 * selected since is where the next match is looked for from. */
static gboolean
shown_is_selected (SylFindBar *self)
{
  return self->current >= 0 && self->shown.node != NULL &&
         first_selected (self) == self->shown.node;
}

static void
move (SylFindBar *self,
      gboolean    forward)
{
  guint n = n_matches (self);
  SylNode *from;
  int index;
  int wrapped = 0;

  if (n == 0)
    {
      gtk_widget_error_bell (GTK_WIDGET (self));
      return;
    }
  if (shown_is_selected (self))
    index = self->current + (forward ? 1 : -1);
  else
    {
      from = first_selected (self);
      index = from == NULL ? (forward ? 0 : (int) n - 1)
                           : (int) first_match_from (self, from) - (forward ? 0 : 1);
    }
  if (index >= (int) n)
    {
      index = 0;
      wrapped = 1;
    }
  else if (index < 0)
    {
      index = n - 1;
      wrapped = -1;
    }
  self->typed_to = NULL;
  show_match (self, index, wrapped);
}

/* The rows to show with the filter on: the nodes that match and every
 * node they are in. */
static GHashTable *
matching_rows (SylFindBar *self)
{
  GHashTable *rows = g_hash_table_new_full (NULL, NULL, g_object_unref, NULL);
  GArray *all = hits (self);

  for (guint i = 0; i < all->len; i++)
    for (SylNode *node = g_array_index (all, SylSearchHit, i).node;
         node != NULL && !syl_node_is_root (node) && !g_hash_table_contains (rows, node);
         node = syl_node_get_parent (node))
      g_hash_table_add (rows, g_object_ref (node));
  return rows;
}

static void
set_filter_rows (SylFindBar *self,
                 GHashTable *rows)
{
  syl_outline_view_set_filter_nodes (self->view, rows);
  /* Building the rows again selects the node again, and the pane shows
   * it anew, without the match. */
  if (shown_is_selected (self))
    syl_node_pane_show_match (self->pane, &self->shown);
}

static void
apply_filter (SylFindBar *self)
{
  g_autoptr(GHashTable) rows = NULL;

  if (!gtk_toggle_button_get_active (self->filter_button) || self->search == NULL)
    {
      set_filter_rows (self, NULL);
      return;
    }
  /* The rows stay as they were until the search is done. */
  if (searching (self))
    return;
  rows = matching_rows (self);
  set_filter_rows (self, rows);
}

/* After the document changed: the match shown, if it is still there. */
static void
find_shown_again (SylFindBar *self)
{
  g_autoptr(GArray) matches = syl_search_matches_new ();
  const SylSearchHit *hit;
  guint index;

  self->current = -1;
  if (self->shown.node == NULL)
    return;
  index = syl_search_find_hit (self->search, self->shown.node);
  if (index == hits (self)->len)
    return;
  hit = &g_array_index (hits (self), SylSearchHit, index);
  if (hit->node != self->shown.node)
    return;
  syl_search_node (self->search, hit->node, matches);
  for (guint i = 0; i < matches->len; i++)
    {
      const SylSearchMatch *match = &g_array_index (matches, SylSearchMatch, i);

      if (match->place == self->shown.place && match->item == self->shown.item &&
          match->reply == self->shown.reply && match->start == self->shown.start)
        {
          self->current = hit->first + i;
          return;
        }
    }
}

static void
search_done (SylFindBar *self)
{
  guint n = n_matches (self);

  if (self->show_first)
    {
      guint index = self->origin != NULL ? first_match_from (self, self->origin) : 0;

      self->show_first = FALSE;
      if (n > 0)
        {
          show_match (self, index < n ? index : 0, 0);
          self->typed_to = self->shown.node;
        }
    }
  else
    find_shown_again (self);
  if (self->refresh_rows)
    syl_outline_view_set_highlight (self->view, word (self));
  self->refresh_rows = FALSE;
  apply_filter (self);
  if (self->pending != 0)
    move (self, self->pending > 0);
  self->pending = 0;
  update_status (self);
}

/* One slice of the search: as many nodes as a few milliseconds allow. */
static gboolean
search_slice_cb (gpointer user_data)
{
  SylFindBar *self = user_data;
  gint64 start = g_get_monotonic_time ();

  while (!syl_search_step (self->search, SLICE_NODES))
    if (g_get_monotonic_time () - start >= SLICE_US)
      return G_SOURCE_CONTINUE;
  self->search_idle = 0;
  search_done (self);
  return G_SOURCE_REMOVE;
}

/* Below drawing: a frame waiting to be painted goes first. */
static void
schedule_search (SylFindBar *self)
{
  g_clear_handle_id (&self->change_timeout, g_source_remove);
  if (self->search_idle == 0 && searching (self))
    self->search_idle = g_idle_add_full (G_PRIORITY_DEFAULT_IDLE, search_slice_cb, self, NULL);
}

static void
stop_search (SylFindBar *self)
{
  g_clear_handle_id (&self->search_idle, g_source_remove);
  g_clear_handle_id (&self->change_timeout, g_source_remove);
  g_clear_pointer (&self->search, syl_search_free);
  g_clear_object (&self->shown.node);
  self->current = -1;
  self->wrapped = 0;
  self->pending = 0;
  self->show_first = FALSE;
  self->refresh_rows = FALSE;
}

/* A new word: the rows highlight it at once, the rest waits for the
 * search.  The user's own selection is where it is looked for from. */
static void
start_search (SylFindBar *self)
{
  SylNode *selected = first_selected (self);

  stop_search (self);
  g_free (self->searched);
  self->searched = g_strdup (word (self));
  if (selected == NULL || selected != self->typed_to)
    g_set_object (&self->origin, selected);
  syl_outline_view_set_highlight (self->view, word (self));
  syl_node_pane_show_match (self->pane, NULL);
  if (self->document != NULL && *word (self) != '\0')
    {
      self->search = syl_search_new (self->document, word (self), SYL_SEARCH_ALL);
      self->show_first = TRUE;
      schedule_search (self);
    }
  apply_filter (self);
  update_status (self);
}

static void
search_changed_cb (SylFindBar *self)
{
  if (gtk_search_bar_get_search_mode (self->search_bar))
    start_search (self);
}

static gboolean
change_timeout_cb (gpointer user_data)
{
  SylFindBar *self = user_data;

  self->change_timeout = 0;
  schedule_search (self);
  return G_SOURCE_REMOVE;
}

/* The search starts again by itself after a change; the bar only waits
 * for the changes to pause. */
static void
history_applied_cb (SylFindBar *self)
{
  if (self->search == NULL)
    return;
  self->refresh_rows = TRUE;
  g_clear_handle_id (&self->search_idle, g_source_remove);
  g_clear_handle_id (&self->change_timeout, g_source_remove);
  self->change_timeout = g_timeout_add (CHANGE_DELAY_MS, change_timeout_cb, self);
}

/**
 * syl_find_bar_go:
 * @forward: %TRUE for the next match, %FALSE for the previous one
 *
 * Goes to the next or previous match after the one shown, or from the
 * selected row when the user selected another since, wrapping round at
 * the ends.  With no word yet, opens the bar instead.  While the search
 * is still going, it goes there once the search is done.
 */
void
syl_find_bar_go (SylFindBar *self,
                 gboolean    forward)
{
  g_return_if_fail (SYL_IS_FIND_BAR (self));

  if (self->document == NULL)
    return;
  if (*word (self) == '\0')
    {
      syl_find_bar_open (self);
      return;
    }
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    {
      gtk_search_bar_set_search_mode (self->search_bar, TRUE);
      start_search (self);
      self->show_first = FALSE;
    }
  if (searching (self))
    {
      self->pending = forward ? 1 : -1;
      self->show_first = FALSE;
      schedule_search (self);
      return;
    }
  move (self, forward);
}

static void
activate_cb (SylFindBar *self)
{
  syl_find_bar_go (self, TRUE);
}

static void
next_match_cb (SylFindBar *self)
{
  syl_find_bar_go (self, TRUE);
}

static void
previous_match_cb (SylFindBar *self)
{
  syl_find_bar_go (self, FALSE);
}

static gboolean
previous_shortcut_cb (GtkWidget *widget,
                      GVariant  *args,
                      gpointer   user_data)
{
  syl_find_bar_go (SYL_FIND_BAR (user_data), FALSE);
  return TRUE;
}

static void
stop_search_cb (SylFindBar *self)
{
  syl_find_bar_close (self);
}

static gboolean
close_shortcut_cb (GtkWidget *widget,
                   GVariant  *args,
                   gpointer   user_data)
{
  syl_find_bar_close (SYL_FIND_BAR (user_data));
  return TRUE;
}

static void
filter_toggled_cb (SylFindBar *self)
{
  apply_filter (self);
}

static void
close_clicked_cb (SylFindBar *self)
{
  syl_find_bar_close (self);
}

/* Closing, by Escape, the close button or syl_find_bar_close(): the
 * highlights and the filter go, the selection stays, and the tree takes
 * the focus back. */
static void
search_mode_cb (SylFindBar *self)
{
  g_autoptr(GPtrArray) selected = NULL;

  if (gtk_search_bar_get_search_mode (self->search_bar) || self->view == NULL)
    return;
  stop_search (self);
  gtk_toggle_button_set_active (self->filter_button, FALSE);
  syl_outline_view_set_filter_nodes (self->view, NULL);
  syl_outline_view_set_highlight (self->view, NULL);
  syl_node_pane_show_match (self->pane, NULL);
  update_status (self);
  if (self->document == NULL || gtk_widget_in_destruction (GTK_WIDGET (self)))
    return;
  selected = syl_outline_view_get_selected_nodes (self->view);
  if (selected->len > 0)
    syl_outline_view_select_nodes (self->view, (SylNode **) selected->pdata, selected->len);
  else
    gtk_widget_grab_focus (syl_outline_view_get_list_view (self->view));
}

/**
 * syl_find_bar_open:
 *
 * Shows the bar with the focus in its field, the word there selected, so
 * that typing replaces it, and the word searched again.
 */
void
syl_find_bar_open (SylFindBar *self)
{
  g_return_if_fail (SYL_IS_FIND_BAR (self));

  if (self->document == NULL)
    return;
  if (!gtk_search_bar_get_search_mode (self->search_bar))
    {
      gtk_search_bar_set_search_mode (self->search_bar, TRUE);
      start_search (self);
    }
  gtk_widget_grab_focus (GTK_WIDGET (self->entry));
  gtk_editable_select_region (GTK_EDITABLE (self->entry), 0, -1);
}

void
syl_find_bar_close (SylFindBar *self)
{
  g_return_if_fail (SYL_IS_FIND_BAR (self));
  gtk_search_bar_set_search_mode (self->search_bar, FALSE);
}

gboolean
syl_find_bar_get_open (SylFindBar *self)
{
  g_return_val_if_fail (SYL_IS_FIND_BAR (self), FALSE);
  return gtk_search_bar_get_search_mode (self->search_bar);
}

/**
 * syl_find_bar_set_views:
 *
 * The tree whose rows the bar selects and filters, and the pane that
 * shows where in a node its match is: the window's, set once.
 */
void
syl_find_bar_set_views (SylFindBar     *self,
                        SylOutlineView *view,
                        SylNodePane    *pane)
{
  g_return_if_fail (SYL_IS_FIND_BAR (self));
  g_return_if_fail (SYL_IS_OUTLINE_VIEW (view));
  g_return_if_fail (SYL_IS_NODE_PANE (pane));

  self->view = view;
  self->pane = pane;
}

/**
 * syl_find_bar_set_document:
 *
 * Searches @document from now on; the bar closes.  Call it before the
 * views are given the document, so that they let go of the highlights
 * and the filter of the document before.
 */
void
syl_find_bar_set_document (SylFindBar  *self,
                           SylDocument *document)
{
  g_return_if_fail (SYL_IS_FIND_BAR (self));
  g_return_if_fail (document == NULL || SYL_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  syl_find_bar_close (self);
  stop_search (self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (syl_document_get_history (self->document), self);
  g_clear_object (&self->origin);
  self->typed_to = NULL;
  g_set_object (&self->document, document);
  if (document != NULL)
    g_signal_connect_object (syl_document_get_history (document), "applied",
                             G_CALLBACK (history_applied_cb), self, G_CONNECT_SWAPPED);
}

/* Whether what the bar shows is not yet for the word in its field, or for
 * the document as it is: the field waits for typing to pause, the search
 * goes on, or waits for changes to pause.  For tests and benchmarks. */
gboolean
syl_find_bar_is_searching (SylFindBar *self)
{
  g_return_val_if_fail (SYL_IS_FIND_BAR (self), FALSE);
  if (!syl_find_bar_get_open (self))
    return FALSE;
  return searching (self) || self->change_timeout != 0 ||
         g_strcmp0 (self->searched, word (self)) != 0;
}

guint
syl_find_bar_get_n_matches (SylFindBar *self)
{
  g_return_val_if_fail (SYL_IS_FIND_BAR (self), 0);
  return !searching (self) ? n_matches (self) : 0;
}

/* What the bar says: "3 of 12", "No results"… */
const char *
syl_find_bar_get_status (SylFindBar *self)
{
  g_return_val_if_fail (SYL_IS_FIND_BAR (self), NULL);
  return gtk_label_get_text (self->count_label);
}

GtkWidget *
syl_find_bar_get_entry (SylFindBar *self)
{
  g_return_val_if_fail (SYL_IS_FIND_BAR (self), NULL);
  return GTK_WIDGET (self->entry);
}

GtkWidget *
syl_find_bar_get_filter_button (SylFindBar *self)
{
  g_return_val_if_fail (SYL_IS_FIND_BAR (self), NULL);
  return GTK_WIDGET (self->filter_button);
}

static void
syl_find_bar_dispose (GObject *object)
{
  SylFindBar *self = SYL_FIND_BAR (object);

  stop_search (self);
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (syl_document_get_history (self->document), self);
  g_clear_object (&self->document);
  g_clear_object (&self->origin);
  g_clear_pointer (&self->searched, g_free);
  self->view = NULL;
  self->pane = NULL;
  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_FIND_BAR);

  G_OBJECT_CLASS (syl_find_bar_parent_class)->dispose (object);
}

static void
syl_find_bar_class_init (SylFindBarClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_find_bar_dispose;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/syllabus/Syllabus/syl-find-bar.ui");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_SEARCH);
  gtk_widget_class_bind_template_child (widget_class, SylFindBar, search_bar);
  gtk_widget_class_bind_template_child (widget_class, SylFindBar, entry);
  gtk_widget_class_bind_template_child (widget_class, SylFindBar, count_label);
  gtk_widget_class_bind_template_child (widget_class, SylFindBar, filter_button);
  gtk_widget_class_bind_template_callback (widget_class, search_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
  gtk_widget_class_bind_template_callback (widget_class, next_match_cb);
  gtk_widget_class_bind_template_callback (widget_class, previous_match_cb);
  gtk_widget_class_bind_template_callback (widget_class, stop_search_cb);
  gtk_widget_class_bind_template_callback (widget_class, filter_toggled_cb);
  gtk_widget_class_bind_template_callback (widget_class, close_clicked_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
syl_find_bar_init (SylFindBar *self)
{
  GtkEventController *controller;
  GtkShortcutAction *previous;

  gtk_widget_init_template (GTK_WIDGET (self));
  self->current = -1;

  /* Shift+Enter goes back, as in GNOME Text Editor.  In the bubble phase,
   * an input method that is composing gets the key first. */
  controller = gtk_shortcut_controller_new ();
  previous = gtk_callback_action_new (previous_shortcut_cb, self, NULL);
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
    gtk_shortcut_new (gtk_alternative_trigger_new (
                        gtk_keyval_trigger_new (GDK_KEY_Return, GDK_SHIFT_MASK),
                        gtk_keyval_trigger_new (GDK_KEY_KP_Enter, GDK_SHIFT_MASK)),
                      previous));
  gtk_widget_add_controller (GTK_WIDGET (self->entry), controller);

  /* Escape closes the bar from its buttons too; in the field, the field
   * has it first ("stop-search"). */
  controller = gtk_shortcut_controller_new ();
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller),
    gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                      gtk_callback_action_new (close_shortcut_cb, self, NULL)));
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  g_signal_connect_object (self->search_bar, "notify::search-mode-enabled",
                           G_CALLBACK (search_mode_cb), self, G_CONNECT_SWAPPED);
}
