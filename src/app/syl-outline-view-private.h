/* syl-outline-view-private.h: what the parts of the outline view share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "syl-breadcrumb.h"
#include "syl-outline-row.h"
#include "syl-outline-rows.h"
#include "syl-outline-view.h"
#include "syl-search.h"
#include "syl-undo-toast.h"

G_BEGIN_DECLS

struct _SylOutlineView
{
  GtkWidget          parent_instance;

  /* Template widgets. */
  GtkWidget         *content;
  SylBreadcrumb     *breadcrumb;
  GtkOverlay        *overlay;
  GtkScrolledWindow *scroller;
  GtkListView       *list_view;
  GtkWidget         *drop_line;

  SylDocument       *document;
  SylOutlineRows    *rows;
  GtkMultiSelection *selection;
  /* A history step being held back: the rows held for it, the nodes
   * selected when it began, and a safety net should it never end; see
   * syl-outline-view-changes.c. */
  SylOutlineRows    *step_held;
  GPtrArray         *step_selection;
  guint              step_idle;
  /* The row widgets paused since a step began, and what resumes them once
   * the window has painted the step: the frame clock's signal, then an
   * idle. */
  GPtrArray         *paused_rows;
  GdkFrameClock     *resume_clock;
  gulong             resume_paint;
  guint              resume_idle;
  /* The row widgets that are bound now: numbers change with moves, and only
   * these need to show it. */
  GHashTable        *bound_rows;
  /* While a step ends, the row widgets the list bound again, and so
   * numbered already: the renumbering after it passes them by. */
  GHashTable        *renumbered;
  /* Row widgets whose list items went away, for the next ones. */
  GPtrArray         *spare_rows;
  /* The row widget of each list item, held here so that it outlives the
   * list item's teardown, which takes the child away first. */
  GHashTable        *item_rows;
  gboolean           locked;
  /* Review mode: nothing but comments may change. */
  gboolean           read_only;
  /* Only some sections are shown: those with open comments, those in a
   * set (a search's matches and their ancestors), or both; filtering is
   * whether any of them is on.  See syl-outline-view-filter.c. */
  gboolean           filter_open;
  GHashTable        *filter_nodes;
  gboolean           filtering;
  /* The search whose word the rows highlight, or NULL; the rows bound
   * off screen that show it a few at a time, in the frames that follow;
   * see syl-outline-view-find.c. */
  SylSearch         *highlight;
  GPtrArray         *highlight_later;
  guint              highlight_tick;
  /* What the settings ask the rows to show; see
   * syl-outline-view-markers.c. */
  SylRowMarkers      row_markers;
  gboolean           row_durations;

  /* Keeping the rows on screen still through a step, and bringing what
 * changed into view; see syl-outline-view-scroll.c. */
  GdkSurface        *layout_surface;
  gulong             layout_handler;
  SylNode           *steady_node;
  double             steady_y;
  guint              steady_tick;
  GPtrArray         *reveal_nodes;
  guint              reveal_passes;
  gboolean           reveal_scrolled;
  gint64             layout_frame;
  guint              layout_scrolls;
  guint              next_frame_tick;

  /* The section in focus, whose parts are the top rows, or NULL for the
   * whole outline; its ancestors and the place of each when last seen in
   * the document; the first row selected when the step under way began;
   * and the actions the window's menu reaches.  See
   * syl-outline-view-hoist.c. */
  SylNode           *hoisted;
  GPtrArray         *hoist_path;
  GArray            *hoist_places;
  guint              step_position;
  GSimpleActionGroup *menu_actions;

  /* The view's toast on screen, which the next one replaces. */
  SylUndoToast       toast;

  /* Dragging. */
  GPtrArray         *drag_nodes;
  SylOutlineRow     *drop_row;
  double             drop_x;
  double             drop_y;
  gboolean           dragging_over;
  /* Where a release would land now, which is what the indicator shows:
   * no target when a release would do nothing.  Whether the last answer
   * to the pointer's motion took the drop: if not, the release does
   * nothing, whatever the rows under the pointer now say. */
  SylNode           *drop_target;
  SylDropPosition    drop_position;
  gboolean           drop_accepted;
  /* A drop just moved rows under the pointer; see syl-outline-view-scroll.c. */
  gboolean           forget_hover;
  /* Opening a row that a drag rests on: the node waited for, the timer,
   * and the nodes opened that way during this drag. */
  SylNode           *spring_node;
  guint              spring_timeout;
  GPtrArray         *spring_opened;
  guint              leave_timeout;
  GdkDevice         *grabbed_keyboard;
};

/* The moves of the keyboard, which the section in focus may refuse. */
typedef enum
{
  SYL_MOVE_UP,
  SYL_MOVE_DOWN,
  SYL_MOVE_INDENT,
  SYL_MOVE_OUTDENT,
} SylMoveKind;

void       _syl_outline_view_install_actions (GtkWidgetClass  *widget_class);
void       _syl_outline_view_update_actions  (SylOutlineView  *self);
void       _syl_outline_view_setup_dnd       (SylOutlineView  *self);
void       _syl_outline_view_setup_row_dnd   (SylOutlineView  *self,
                                              SylOutlineRow   *row);
void       _syl_outline_view_announce_moved  (SylOutlineView  *self,
                                              SylNode         *node);
void       _syl_outline_view_toast           (SylOutlineView  *self,
                                              const char      *title,
                                              gboolean         undoable);
void       _syl_outline_view_begin_step      (SylOutlineView  *self);
void       _syl_outline_view_end_step        (SylOutlineView  *self);
void       _syl_outline_view_resume_rows     (SylOutlineView  *self);
guint      _syl_outline_view_position_of     (SylOutlineView  *self,
                                              SylNode         *node,
                                              gboolean         reveal);
void       _syl_outline_view_set_expanded    (SylOutlineView  *self,
                                              SylNode         *node,
                                              gboolean         expanded);
SylOutlineRow *_syl_outline_view_find_row    (SylOutlineView  *self,
                                              SylNode         *node);
void       _syl_outline_view_add_shortcuts   (SylOutlineView  *self);
void       _syl_outline_view_rename          (SylOutlineView  *self,
                                              SylNode         *node);
gboolean   _syl_outline_view_structure_frozen (SylOutlineView *self);
const char *_syl_outline_view_why_frozen     (SylOutlineView  *self);
void       _syl_outline_view_build_model     (SylOutlineView  *self);
gboolean   _syl_outline_view_keeps_node      (SylNode         *node,
                                              gpointer         user_data);
void       _syl_outline_view_refilter        (SylOutlineView  *self);
void       _syl_outline_view_clear_highlight (SylOutlineView  *self);
void       _syl_outline_view_hold_still      (SylOutlineView  *self,
                                              GPtrArray       *changing);
void       _syl_outline_view_keep_row_still  (SylOutlineView  *self,
                                              SylNode         *node);
void       _syl_outline_view_reveal          (SylOutlineView  *self,
                                              SylNode * const *nodes,
                                              guint            n_nodes);
void       _syl_outline_view_watch_layout    (SylOutlineView  *self);
void       _syl_outline_view_unwatch_layout  (SylOutlineView  *self);
void       _syl_outline_view_drop_relayout   (SylOutlineView  *self);
void       _syl_outline_view_end_drag        (SylOutlineView  *self);
void       _syl_outline_view_select_nodes    (SylOutlineView  *self,
                                              SylNode * const *nodes,
                                              guint            n_nodes);

/* Focusing on one section: syl-outline-view-hoist.c. */
void       _syl_outline_view_markers_init    (SylOutlineView  *self);
void       _syl_outline_view_markers_attach  (SylOutlineView  *self);
void       _syl_outline_view_markers_detach  (SylOutlineView  *self);
void       _syl_outline_view_show_markers    (SylOutlineView  *self,
                                              SylOutlineRow   *row);
void       _syl_outline_view_refresh_markers (SylOutlineView  *self);

void       _syl_outline_view_hoist_class_init (GtkWidgetClass *widget_class);
void       _syl_outline_view_hoist_init      (SylOutlineView  *self);
void       _syl_outline_view_hoist_attach    (SylOutlineView  *self);
void       _syl_outline_view_hoist_forget    (SylOutlineView  *self);
void       _syl_outline_view_hoist_step_done (SylOutlineView  *self,
                                              SylHistoryDirection direction);
void       _syl_outline_view_hoist_update_actions (SylOutlineView *self,
                                                   gboolean        has_selection);
SylNode   *_syl_outline_view_get_top         (SylOutlineView  *self);
gboolean   _syl_outline_view_is_top          (SylOutlineView  *self,
                                              SylNode         *node);
const char *_syl_outline_view_hoist_refuses  (SylOutlineView  *self,
                                              SylMoveKind      kind,
                                              GPtrArray       *nodes);
void       _syl_outline_view_leave_focus_for (SylOutlineView  *self,
                                              SylNode * const *nodes,
                                              guint            n_nodes);

/* Collapse all, expand all, expand to a level: syl-outline-view-levels.c. */
void       _syl_outline_view_levels_class_init (GtkWidgetClass *widget_class);
void       _syl_outline_view_rows_init       (SylOutlineView  *self);

G_END_DECLS
