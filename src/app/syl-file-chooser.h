/* syl-file-chooser.h: choosing a file to open or a place to save
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

/* Called once, with the chosen file or %NULL when the user cancelled. */
typedef void (*SylFileChosenFunc) (GFile    *file,
                                   gpointer  user_data);

void syl_file_chooser_open (GtkWindow         *parent,
                            const char        *title,
                            SylFileChosenFunc  callback,
                            gpointer           user_data);
void syl_file_chooser_save (GtkWindow         *parent,
                            const char        *title,
                            const char        *suggested_name,
                            GFile             *near,
                            SylFileChosenFunc  callback,
                            gpointer           user_data);
void syl_file_chooser_start_near (GtkFileChooser *chooser,
                                  GFile          *file);

G_END_DECLS
