/* syl-import-dialog.h: what an import will create, before it does
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <adwaita.h>

#include "syl-import.h"

G_BEGIN_DECLS

#define SYL_TYPE_IMPORT_DIALOG (syl_import_dialog_get_type ())

G_DECLARE_FINAL_TYPE (SylImportDialog, syl_import_dialog, SYL, IMPORT_DIALOG, AdwWindow)

SylImportDialog *syl_import_dialog_new              (SylImportResult *result,
                                                     const char      *file_name,
                                                     SylDocument     *document,
                                                     SylNode         *parent);
SylImportDialog *syl_import_dialog_new_with_preview (SylImportResult *result,
                                                     SylDocument     *preview,
                                                     const char      *file_name,
                                                     SylDocument     *document,
                                                     SylNode         *parent);
GListModel      *syl_import_dialog_get_preview      (SylImportDialog *self);
GListModel      *syl_import_dialog_get_warnings     (SylImportDialog *self);
GListModel      *syl_import_dialog_get_lines        (SylImportDialog *self);
SylImportResult *syl_import_dialog_get_result       (SylImportDialog *self);
gboolean         syl_import_dialog_get_insert       (SylImportDialog *self);
void             syl_import_dialog_set_insert       (SylImportDialog *self,
                                                     gboolean         insert);
gboolean         syl_import_dialog_import           (SylImportDialog *self);

G_END_DECLS
