/* syl-node-pane-private.h: what the parts of the node editor share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>
#include <gtksourceview/gtksource.h>

#include "syl-comments-view.h"
#include "syl-node-pane.h"
#include "syl-undo-toast.h"

G_BEGIN_DECLS

struct _SylNodePane
{
  GtkWidget        parent_instance;

  /* Template widgets. */
  GtkStack        *stack;
  GtkWidget       *multiple_page;
  GtkLabel        *number_label;
  AdwPreferencesGroup *section_group;
  AdwEntryRow     *title_row;
  AdwComboRow     *kind_row;
  GtkSwitch       *optional_switch;
  AdwEntryRow     *duration_row;
  GtkLabel        *totals_label;
  GtkSourceView   *notes_view;
  GtkListBox      *objectives_list;
  GtkBox          *examples_box;
  SylCommentsView *comments_view;

  SylDocument     *document;
  SylNode         *node;
  /* The duration the field last showed, G_MININT for none: a change to
   * another field leaves a duration typed but not yet entered alone. */
  int              shown_duration;
  /* Review mode: only the comments can be changed. */
  gboolean         read_only;
  /* Set while the pane writes the model's values into its widgets, so
   * their change signals are not taken for the user's edits. */
  guint            updating;
  /* The toast after an example is removed. */
  SylUndoToast     toast;

  /* The find bar's match shown: the field it is highlighted in, and the
   * window's surface while the pane waits for its layout to scroll the
   * match into view; see syl-node-pane-find.c. */
  GtkScrolledWindow *scroller;
  GtkWidget       *match_widget;
  GdkSurface      *match_surface;
  gulong           match_layout;
  guint            match_tries;
};

/* Runs @code with the widgets' change handlers quiet. */
#define SYL_NODE_PANE_UPDATING(self, code) \
  G_STMT_START { (self)->updating++; code; (self)->updating--; } G_STMT_END

void _syl_node_pane_setup_lists      (SylNodePane *self);
void _syl_node_pane_update_lists     (SylNodePane *self);
void _syl_node_pane_install_actions  (GtkWidgetClass *widget_class);
void _syl_node_pane_set_entry_text   (GtkEditable *editable,
                                      const char  *text);
void _syl_node_pane_watch_focus      (SylNodePane *self,
                                      GtkWidget   *widget);
void _syl_node_pane_lists_read_only  (SylNodePane *self);
void _syl_node_pane_clear_match      (SylNodePane *self);
void _syl_node_pane_set_item_actions (GtkWidget   *up,
                                      GtkWidget   *down,
                                      GtkWidget   *remove,
                                      const char  *prefix,
                                      guint        index,
                                      guint        n);

G_END_DECLS
