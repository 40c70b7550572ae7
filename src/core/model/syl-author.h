/* syl-author.h: one author of a course
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib-object.h>

G_BEGIN_DECLS

#define SYL_TYPE_AUTHOR (syl_author_get_type ())

G_DECLARE_FINAL_TYPE (SylAuthor, syl_author, SYL, AUTHOR, GObject)

SylAuthor  *syl_author_new       (const char *name,
                                  const char *about);
const char *syl_author_get_name  (SylAuthor  *self);
const char *syl_author_get_about (SylAuthor  *self);

G_END_DECLS
