/* syl-window.h: a window showing one course outline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "syl-document.h"
#include "syl-draft.h"
#include "syl-outline-view.h"

G_BEGIN_DECLS

#define SYL_TYPE_WINDOW (syl_window_get_type ())

G_DECLARE_FINAL_TYPE (SylWindow, syl_window, SYL, WINDOW, AdwApplicationWindow)

SylWindow      *syl_window_new              (GtkApplication *application);
void            syl_window_set_document     (SylWindow      *self,
                                             SylDocument    *document);
SylDocument    *syl_window_get_document     (SylWindow      *self);
gboolean        syl_window_load_file        (SylWindow      *self,
                                             GFile          *file,
                                             GError        **error);
void            syl_window_open_file        (SylWindow      *self,
                                             GFile          *file);
gboolean        syl_window_restore_draft    (SylWindow      *self,
                                             SylDraft       *draft,
                                             GError        **error);
void            syl_window_take_document    (SylWindow      *self,
                                             SylDocument    *document);
GtkWidget      *syl_window_import_file      (SylWindow      *self,
                                             GFile          *file);
void            syl_window_start_import     (SylWindow      *self,
                                             GFile          *file);
SylOutlineView *syl_window_get_outline_view (SylWindow      *self);
gboolean        syl_window_get_narrow       (SylWindow      *self);
void            syl_window_show_error       (SylWindow      *self,
                                             const char     *heading,
                                             const char     *body);

/* Long work in the background: syl-window-jobs.c. */
gboolean        syl_window_is_busy          (SylWindow      *self);
GtkProgressBar *syl_window_get_job_progress (SylWindow      *self);
guint           syl_window_jobs_running     (void);

/* Review: syl-window-review.c. */
gboolean        syl_window_get_review_mode  (SylWindow      *self);
void            syl_window_set_review_mode  (SylWindow      *self,
                                             gboolean        review_mode);
gboolean        syl_window_merge_files      (SylWindow      *self,
                                             GFile * const  *files,
                                             guint           n_files);
gboolean        syl_window_export_review_summary
                                            (SylWindow      *self,
                                             GFile          *file,
                                             GError        **error);
gboolean        syl_window_merge_files_with_base
                                            (SylWindow      *self,
                                             GFile          *base,
                                             GFile * const  *files,
                                             guint           n_files);
gboolean        syl_window_compare_file     (SylWindow      *self,
                                             GFile          *file);
gboolean        syl_window_get_compare_mode (SylWindow      *self);
void            syl_window_leave_compare_mode
                                            (SylWindow      *self);

G_END_DECLS
