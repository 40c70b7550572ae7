/* syl-progress.h: how long work says how far it got
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* The core's long work (exports, the PDF, imports, merges) can be given
 * one of these, and calls it from the thread it runs in, often (each node
 * or page): the callee keeps the latest @fraction and shows it when it
 * likes, such as in a timeout of the main thread.  @fraction goes from 0
 * to 1 and never back. */
typedef void (*SylProgressFunc) (double   fraction,
                                 gpointer user_data);

G_END_DECLS
