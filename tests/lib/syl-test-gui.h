/* syl-test-gui.h: helpers for tests of windows under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-test-wait.h"
#include "syl-window.h"

G_BEGIN_DECLS

void       syl_test_gui_init       (int         *argc,
                                    char      ***argv);
SylWindow *syl_test_open_window    (const char  *path);
char      *syl_test_window_outline (SylWindow   *window);
GPtrArray *syl_test_selected       (SylWindow   *window);
SylNode   *syl_test_node_at        (SylWindow   *window,
                                    const char  *number);
void       syl_test_select         (SylWindow   *window,
                                    const char  *number);
void       syl_test_close_window   (SylWindow   *window);
GtkWidget *syl_test_find_button    (GtkWidget   *widget,
                                    const char  *icon);
GtkWidget *syl_test_find_child_of_type (GtkWidget *widget,
                                        GType      type);
char      *syl_test_menu_items     (GMenuModel  *menu);
GtkWidget *syl_test_find_button_labelled (GtkWidget  *widget,
                                          const char *label);
GtkWindow *syl_test_find_toplevel  (GType        type);
/* The message dialog on screen, if there is one. */
AdwMessageDialog *syl_test_find_message_dialog (void);
GtkApplication *syl_test_register_application (void);

/* Driving the X server, for tests with a real pointer and keyboard. */
gboolean   syl_test_can_drive_x       (void);
SylWindow *syl_test_open_window_sized (const char *path,
                                       int         width,
                                       int         height);
void       syl_test_xdotool           (const char *format,
                                       ...) G_GNUC_PRINTF (1, 2);
void       syl_test_press             (const char *keys);
gulong     syl_test_xid               (GtkWidget  *widget);
void       syl_test_screen_point      (GtkWidget  *widget,
                                       double      fraction_x,
                                       double      fraction_y,
                                       int        *x,
                                       int        *y);
GtkWindow *syl_test_open_side_window  (GtkWidget  *child,
                                       int         x,
                                       int         y,
                                       int         width,
                                       int         height);
void       syl_test_focus_x           (GtkWidget  *widget);
void       syl_test_type              (const char *text);

G_END_DECLS
