/* syl-test-dnd.h: dragging rows with a real pointer, and checking that
 * every drop lands where its indicator showed
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-window.h"

G_BEGIN_DECLS

/* How long a person rests on a target before letting go. */
#define SYL_TEST_HUMAN_REST_MS 1200

SylWindow *syl_test_open_sample_for_drags (void);
GPtrArray *syl_test_dragged        (SylNode     *first,
                                    ...) G_GNUC_NULL_TERMINATED;
void       syl_test_row_point      (SylWindow   *window,
                                    SylNode     *node,
                                    double       fraction,
                                    int         *x,
                                    int         *y);
void       syl_test_drag_to        (int          from_x,
                                    int          from_y,
                                    int          to_x,
                                    int          to_y);
void       syl_test_drag_rest      (int          from_x,
                                    int          from_y,
                                    int          to_x,
                                    int          to_y,
                                    guint        rest_ms);
double     syl_test_scroll_value   (SylWindow   *window);
void       syl_test_scroll_to      (SylWindow   *window,
                                    double       value);
double     syl_test_row_y          (SylWindow   *window,
                                    SylNode     *node);
void       syl_test_assert_indicator (SylWindow *window);
gboolean   syl_test_release_checked  (SylWindow *window,
                                      GPtrArray *dragged);
void       syl_test_cancel_checked   (SylWindow *window);
void       syl_test_wait_drag_over   (SylWindow *window);

G_END_DECLS
