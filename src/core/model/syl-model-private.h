/* syl-model-private.h: what the parts of the core share of the model and
 * nobody else uses
 *
 * The loaders (JSON, import) and the document build and change nodes
 * through these; the application and the tool only through SylDocument.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "syl-annotation.h"
#include "syl-author.h"
#include "syl-error.h"
#include "syl-example.h"
#include "syl-node.h"
#include "syl-numbering.h"
#include "syl-reply.h"

G_BEGIN_DECLS

/* Members of a JSON object that Syllabus does not know, kept in the order
 * they were read so they can be written back unchanged. */
JsonObject *_syl_extra_get               (gpointer     object);
void        _syl_extra_set               (gpointer     object,
                                          JsonObject  *extra);
JsonObject *_syl_json_object_dup         (JsonObject  *object);
void        _syl_extra_copy              (gpointer     from,
                                          gpointer     to);

/* The node, annotation or document that owns an item of a list. */
gpointer    _syl_owner_get               (gpointer     object);
void        _syl_owner_set               (gpointer     object,
                                          gpointer     owner);

SylNode    *_syl_node_new_root           (void);
SylNode    *_syl_node_new_with_id        (const char  *id);
void        _syl_node_set_id             (SylNode     *self,
                                          const char  *id);
void        _syl_node_load               (SylNode     *self,
                                          SylNodeKind  kind,
                                          char        *title,
                                          char        *notes,
                                          char       **objectives,
                                          int          duration_minutes,
                                          gboolean     optional);
void        _syl_node_insert_child       (SylNode     *self,
                                          guint        index,
                                          SylNode     *child);
SylNode    *_syl_node_remove_child       (SylNode     *self,
                                          guint        index);
void        _syl_node_append_children    (SylNode     *self,
                                          GPtrArray   *children);
GListStore *_syl_node_get_example_store  (SylNode     *self);
GListStore *_syl_node_get_annotation_store (SylNode   *self);
void        _syl_node_update_open_annotations (SylNode *self);

void        _syl_example_set_id          (SylExample  *self,
                                          const char  *id);
void        _syl_annotation_set_id       (SylAnnotation *self,
                                          const char  *id);
GListStore *_syl_annotation_get_reply_store (SylAnnotation *self);
SylAnnotation *_syl_annotation_copy_with_ids (SylAnnotation *self);
void        _syl_reply_set_id            (SylReply    *self,
                                          const char  *id);
SylReply   *_syl_reply_copy_with_id      (SylReply    *self);

/* Copies with the same ids that share no object or JSON member with the
 * original, for another thread (see syl-snapshot.c). */
SylAnnotation *_syl_annotation_copy_apart (SylAnnotation *self);
SylReply   *_syl_reply_copy_apart        (SylReply    *self);

void        _syl_set_string_property     (GObject      *object,
                                          char        **field,
                                          const GValue *value,
                                          GParamSpec   *pspec);
char       *_syl_ellipsize               (const char  *text,
                                          guint        max_chars);
/* Text as every file Syllabus writes can carry it (see syl-util.c). */
gboolean    _syl_text_is_dropped         (gunichar     c);
char       *_syl_text_clean              (const char  *text);


char          *_syl_timestamp_now              (void);
char               *_syl_id_new                       (void);

G_END_DECLS
