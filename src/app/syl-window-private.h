/* syl-window-private.h: what the parts of the window share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-window.h"

G_BEGIN_DECLS

/* Narrower than this, the window shows one pane at a time.  It must stay
 * above what the two panes need side by side (their width-requests in
 * syl-window.ui, 521 pixels with the handle), so that a window held at
 * that width by its panes still switches to one. */
#define SYL_WINDOW_NARROW_WIDTH 600

struct _SylWindow
{
  AdwApplicationWindow  parent_instance;

  /* Template widgets. */
  AdwWindowTitle       *window_title;
  GtkWidget            *undo_button;
  GtkWidget            *redo_button;
  GtkWidget            *lock_button;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  GtkPaned             *paned;
  SylOutlineView       *outline_view;
  GtkWidget            *node_pane;
  GtkWidget            *back_button;
  GtkWidget            *edit_button;

  SylDocument          *document;

  /* See syl-window-adaptive.c. */
  gboolean              narrow;
  gboolean              showing_editor;
  guint                 adapt_source;
};

void _syl_window_install_actions (GtkWidgetClass *widget_class);
void _syl_window_update_actions  (SylWindow      *self);
void _syl_window_focus_outline   (SylWindow      *self);
void _syl_window_setup_numbering (SylWindow      *self);
void _syl_window_watch_numbering (SylWindow      *self);
void _syl_window_save            (SylWindow      *self,
                                  GFile          *file);

void _syl_window_install_adaptive_actions (GtkWidgetClass *widget_class);
void _syl_window_update_layout            (SylWindow      *self);
void _syl_window_adapt_to_width           (SylWindow      *self,
                                           int             width);
void _syl_window_adapt_to_default_size    (SylWindow      *self);
void _syl_window_stop_adapting            (SylWindow      *self);

G_END_DECLS
