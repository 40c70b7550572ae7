/* syl-annotation.h: a reviewer's comment on a node, with its replies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

G_BEGIN_DECLS

#define SYL_TYPE_ANNOTATION (syl_annotation_get_type ())

G_DECLARE_FINAL_TYPE (SylAnnotation, syl_annotation, SYL, ANNOTATION, GObject)

SylAnnotation *syl_annotation_new             (const char    *author,
                                               const char    *text);
SylAnnotation *syl_annotation_copy            (SylAnnotation *self);
const char    *syl_annotation_get_id          (SylAnnotation *self);
const char    *syl_annotation_get_author      (SylAnnotation *self);
const char    *syl_annotation_get_created     (SylAnnotation *self);
const char    *syl_annotation_get_text        (SylAnnotation *self);
gboolean       syl_annotation_get_resolved    (SylAnnotation *self);
const char    *syl_annotation_get_resolved_by (SylAnnotation *self);
const char    *syl_annotation_get_resolved_at (SylAnnotation *self);
GListModel    *syl_annotation_get_replies     (SylAnnotation *self);


G_END_DECLS
