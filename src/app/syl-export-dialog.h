/* syl-export-dialog.h: choose a format and what to include, then a file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "syl-document.h"
#include "syl-export.h"

G_BEGIN_DECLS

#define SYL_TYPE_EXPORT_DIALOG (syl_export_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SylExportDialog, syl_export_dialog, SYL, EXPORT_DIALOG, AdwWindow)

SylExportDialog *syl_export_dialog_new            (SylDocument     *document);
SylDocument     *syl_export_dialog_get_document   (SylExportDialog *self);
gboolean         syl_export_dialog_get_pdf        (SylExportDialog *self);
SylExportFormat  syl_export_dialog_get_format     (SylExportDialog *self);
SylExportFlags   syl_export_dialog_get_flags      (SylExportDialog *self);
char            *syl_export_dialog_suggest_name   (SylExportDialog *self);
GBytes          *syl_export_dialog_export         (SylExportDialog *self,
                                                   GError         **error);
gboolean         syl_export_dialog_export_to_file (SylExportDialog *self,
                                                   GFile           *file,
                                                   GError         **error);
void             syl_export_dialog_choose_file    (SylExportDialog *self,
                                                   GFile           *file);

G_END_DECLS
