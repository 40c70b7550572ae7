/* syl-undo-toast.h: the toast that names the last step, with Undo
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

/* The one toast a widget keeps on screen, in the widget's instance struct;
 * all zeros is none.  See syl-undo-toast.c. */
typedef struct
{
  AdwToast *toast;
  /* Whether a step has come since it was shown. */
  gboolean  stale;
  guint     idle;
  /* When it began to come in, 0 while it waits behind other toasts; a
   * tick on the overlay watches for that moment. */
  gint64     shown;
  GtkWidget *overlay;
  guint      tick;
} SylUndoToast;

void      syl_undo_toast_show         (SylUndoToast *self,
                                       GtkWidget    *widget,
                                       const char   *title,
                                       gboolean      undoable);
void      syl_undo_toast_step_applied (SylUndoToast *self);
void      syl_undo_toast_clear        (SylUndoToast *self);
AdwToast *syl_undo_toast_get          (SylUndoToast *self);

G_END_DECLS
