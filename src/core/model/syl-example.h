/* syl-example.h: a worked example attached to a node
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SYL_TYPE_EXAMPLE (syl_example_get_type ())

G_DECLARE_FINAL_TYPE (SylExample, syl_example, SYL, EXAMPLE, GObject)

SylExample *syl_example_new       (const char *title,
                                   const char *body);
SylExample *syl_example_copy      (SylExample *self);
const char *syl_example_get_id    (SylExample *self);
const char *syl_example_get_title (SylExample *self);
const char *syl_example_get_body  (SylExample *self);

G_END_DECLS
