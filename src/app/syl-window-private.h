/* syl-window-private.h: what the parts of the window share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-window.h"

G_BEGIN_DECLS

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

  SylDocument          *document;
};

void _syl_window_install_actions (GtkWidgetClass *widget_class);
void _syl_window_update_actions  (SylWindow      *self);
void _syl_window_focus_outline   (SylWindow      *self);
void _syl_window_setup_numbering (SylWindow      *self);
void _syl_window_watch_numbering (SylWindow      *self);
void _syl_window_save            (SylWindow      *self,
                                  GFile          *file);

/* Review mode and the review actions: syl-window-review.c. */
void     _syl_window_install_review          (GtkWidgetClass *widget_class);
void     _syl_window_setup_review            (SylWindow      *self);
void     _syl_window_review_document_changed (SylWindow      *self);
gboolean _syl_window_review_allows           (SylWindow      *self,
                                              gboolean        redo);
void     _syl_window_sync_numbering          (SylWindow      *self);

G_END_DECLS
