/* syl-window-private.h: what the parts of the window share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-autosave.h"
#include "syl-check-panel.h"
#include "syl-export.h"
#include "syl-find-bar.h"
#include "syl-window.h"

G_BEGIN_DECLS

/* Narrower than this, the window shows one pane at a time.  It must stay
 * above what the two panes need side by side (their width-requests in
 * syl-window.ui, 521 pixels with the handle), so that a window held at
 * that width by its panes still switches to one. */
#define SYL_WINDOW_NARROW_WIDTH 600

typedef struct _SylWindowJob SylWindowJob;

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
  GtkRevealer          *disk_banner;
  GtkLabel             *disk_label;
  GtkWidget            *disk_first_button;
  GtkWidget            *disk_second_button;
  GtkWidget            *start_page;
  GtkWidget            *back_button;
  GtkWidget            *edit_button;
  GtkRevealer          *review_bar;
  GtkWidget            *review_button;
  GtkWidget            *comments_button;
  AdwButtonContent     *comments_count;
  GtkWidget            *check_button;
  AdwFlap              *check_flap;
  SylCheckPanel        *check_panel;
  SylFindBar           *find_bar;
  GtkRevealer          *compare_bar;
  GtkLabel             *compare_label;
  AdwBin               *compare_bin;

  /* Compare mode: the SylCompareView, in compare_bin, while it is on;
   * see syl-window-compare.c. */
  GtkWidget            *compare_view;

  SylDocument          *document;
  SylAutosave          *autosave;
  GFileMonitor         *monitor;
  guint                 disk_check_id;
  /* The file as it was when the user dismissed the banner about it. */
  char                 *dismissed_fingerprint;
  /* The user chose to lose the unsaved changes: close without asking. */
  gboolean              discarded;
  /* While there are unsaved changes, the session asks before logging out. */
  guint                 inhibit_cookie;

  /* See syl-window-adaptive.c. */
  gboolean              narrow;
  gboolean              showing_editor;
  guint                 adapt_source;

  /* The actions "numbering.preset" and "numbering.items"; see
   * syl-window-numbering.c. */
  GSimpleActionGroup   *numbering_actions;

  /* Review mode, for the file it was turned on for; see
   * syl-window-review.c.  In it, the steps in the history before it
   * began, and how many steps undone since can be redone. */
  gboolean              review;
  GFile                *review_file;
  guint                 review_undo_floor;
  guint                 review_redo_steps;
  /* The root whose open comments the header bar counts, the count it
   * shows (G_MAXUINT before the first), and whether a history step
   * changed it meanwhile. */
  SylNode              *review_root;
  guint                 comments_shown;
  gboolean              comments_stale;

  /* Long work and its bar: see syl-window-jobs.c. */
  GtkRevealer          *job_bar;
  GtkLabel             *job_label;
  GtkProgressBar       *job_progress;
  GtkWidget            *job_cancel_button;
  SylWindowJob         *job;
  guint                 job_timeout_id;

  /* The settings of the last print in this window, so that the next one
   * starts with the same printer and paper. */
  GtkPrintSettings     *print_settings;
};

/* Each part of the window sets itself up with a hook named after it:
 * _syl_window_<part>_class_init() from the class_init of SylWindow, for
 * what it installs in the class, and _syl_window_<part>_init() from its
 * init, for what it sets up in each window. */
void _syl_window_actions_class_init  (GtkWidgetClass *widget_class);
void _syl_window_adaptive_class_init (GtkWidgetClass *widget_class);
void _syl_window_check_init          (SylWindow      *self);
void _syl_window_compare_init        (SylWindow      *self);
void _syl_window_disk_class_init     (GtkWidgetClass *widget_class);
void _syl_window_disk_init           (SylWindow      *self);
void _syl_window_file_init           (SylWindow      *self);
void _syl_window_numbering_init      (SylWindow      *self);
void _syl_window_review_init         (SylWindow      *self);
void _syl_window_jobs_class_init     (GtkWidgetClass *widget_class);
void _syl_window_find_init           (SylWindow      *self);

/* syl-window-find.c: the find bar follows the window's document. */
void _syl_window_find_set_document   (SylWindow      *self);

void _syl_window_set_tooltip     (GtkWidget      *widget,
                                  const char     *text);
void _syl_window_update_actions  (SylWindow      *self);
void _syl_window_watch_numbering (SylWindow      *self);

/* syl-window.c */
void     _syl_window_set_document_full (SylWindow           *self,
                                        SylDocument         *document,
                                        const char          *draft_id);

/* syl-window-file.c: saving, and asking before changes are lost. */
char    *_syl_window_dup_display_name  (SylWindow           *self);
GtkWidget *_syl_file_error_dialog_new (GtkWindow         *parent,
                                       const char        *format,
                                       GFile             *file,
                                       const char        *message);
void     _syl_window_note_recent       (GFile               *file);
void     _syl_window_save_async        (SylWindow           *self,
                                        gboolean             choose_file,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
gboolean _syl_window_save_finish       (SylWindow           *self,
                                        GAsyncResult        *result);
void     _syl_window_confirm_async     (SylWindow           *self,
                                        GAsyncReadyCallback  callback,
                                        gpointer             user_data);
gboolean _syl_window_confirm_finish    (SylWindow           *self,
                                        GAsyncResult        *result);
void     _syl_window_discard_changes   (SylWindow           *self);
void     _syl_add_save_responses       (AdwMessageDialog    *dialog,
                                        const char          *discard_label,
                                        const char          *save_label);
void     _syl_window_update_inhibit    (SylWindow           *self);
gboolean _syl_window_close_request     (GtkWindow           *window);

/* syl-window-disk.c: autosave, and changes by other programs. */
void     _syl_window_watch_document    (SylWindow           *self,
                                        const char          *draft_id);
void     _syl_window_unwatch           (SylWindow           *self);
void     _syl_window_check_disk        (SylWindow           *self);

/* Export and print, in syl-window-export.c. */
void _syl_window_open_exported_action (GtkWidget *widget,
                                       const char *name,
                                       GVariant   *param);
void _syl_window_export_action   (GtkWidget      *widget,
                                  const char     *name,
                                  GVariant       *param);
void _syl_window_print_action    (GtkWidget      *widget,
                                  const char     *name,
                                  GVariant       *param);

/* Long work in the background: syl-window-jobs.c. */
SylWindowJob *_syl_window_job_start           (SylWindow      *self,
                                               const char     *label,
                                               gboolean        blocks_editing);
SylWindowJob *_syl_window_job_ref             (SylWindowJob   *job);
void          _syl_window_job_unref           (SylWindowJob   *job);
GCancellable *_syl_window_job_get_cancellable (SylWindowJob   *job);
SylWindow    *_syl_window_job_dup_window      (SylWindowJob   *job);
void          _syl_window_job_progress_cb     (double          fraction,
                                               gpointer        user_data);
void          _syl_window_job_finish          (SylWindowJob   *job);
gboolean      _syl_window_is_busy             (SylWindow      *self);
gboolean      _syl_window_job_blocks_editing  (SylWindow      *self);
void          _syl_window_cancel_job          (SylWindow      *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylWindowJob, _syl_window_job_unref)

/* The long exports: syl-window-export.c. */
void _syl_window_export_in_background  (SylWindow       *self,
                                        GFile           *file,
                                        gboolean         pdf,
                                        SylExportFormat  format,
                                        SylExportFlags   flags);
void _syl_window_save_summary_in_background (SylWindow *self,
                                             GFile     *file);

void _syl_window_update_layout            (SylWindow      *self);
void _syl_window_adapt_to_width           (SylWindow      *self,
                                           int             width);
void _syl_window_adapt_to_default_size    (SylWindow      *self);
void _syl_window_stop_adapting            (SylWindow      *self);
void _syl_window_import_action   (GtkWidget      *widget,
                                  const char     *name,
                                  GVariant       *param);

/* The Course Check panel: syl-window-check.c. */
void     _syl_window_check_document_changed  (SylWindow      *self);

/* Compare mode: syl-window-compare.c. */
gboolean _syl_window_compare_step            (SylWindow      *self,
                                              gboolean        forward);
void     _syl_window_compare_update_actions  (SylWindow      *self);

/* Review mode and the review actions: syl-window-review.c. */
void     _syl_window_review_document_changed (SylWindow      *self);
gboolean _syl_window_review_allows           (SylWindow      *self,
                                              gboolean        redo);
void     _syl_window_sync_numbering          (SylWindow      *self);
void     _syl_window_show_merge_report       (SylWindow      *self,
                                              gboolean        changed,
                                              const char     *summary,
                                              const char     *text);

/* Merging with a base: syl-window-merge3.c. */
GError  *_syl_window_named_error             (GFile          *file,
                                              GError         *error);
void     _syl_window_ask_base                (SylWindow      *self,
                                              GPtrArray      *files);

G_END_DECLS
