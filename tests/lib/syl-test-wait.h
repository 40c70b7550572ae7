/* syl-test-wait.h: waiting in tests of windows for what they need next
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-window.h"

G_BEGIN_DECLS

/* The longest a test waits for a condition before it fails. */
#define SYL_TEST_WAIT_MS 10000

gboolean   syl_test_wait_for       (gboolean   (*condition) (gpointer),
                                    gpointer     data,
                                    guint        timeout_ms);
void       syl_test_await_full     (gboolean   (*condition) (gpointer),
                                    gpointer     data,
                                    const char  *what,
                                    const char  *file,
                                    int          line,
                                    const char  *func);
/* Waits until @condition (@data) holds; fails the test, naming the
 * condition, if it does not within SYL_TEST_WAIT_MS. */
#define syl_test_await(condition, data) \
  syl_test_await_full ((condition), (data), #condition, __FILE__, __LINE__, G_STRFUNC)

void       syl_test_wait_idle      (void);
void       syl_test_sync_x         (void);
void       syl_test_wait_frame     (GtkWidget   *widget);
void       syl_test_wait_shown     (GtkWidget   *widget);
void       syl_test_wait_settled   (SylWindow   *window);
void       syl_test_wait_redrawn   (void);
void       syl_test_wait_list_shows_only (GtkWidget *widget,
                                          gpointer   item);

/* Runs the main loop for a time: only for pauses that are part of what a
 * test checks, each with a comment saying why. */
void       syl_test_pump           (guint        milliseconds);

G_END_DECLS
