/* syl-test-gen.h: synthetic course outlines, for the benchmarks and tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

char *syl_test_gen_outline (guint    n_nodes,
                            guint32  seed,
                            gsize   *length,
                            guint   *n_made);

G_END_DECLS
