/* syl-document.h: a course outline, its metadata and its history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "syl-annotation.h"
#include "syl-author.h"
#include "syl-error.h"
#include "syl-example.h"
#include "syl-history.h"
#include "syl-node.h"
#include "syl-numbering.h"
#include "syl-reply.h"

G_BEGIN_DECLS

#define SYL_TYPE_DOCUMENT (syl_document_get_type ())

G_DECLARE_FINAL_TYPE (SylDocument, syl_document, SYL, DOCUMENT, GObject)

typedef enum
{
  SYL_DROP_BEFORE,
  SYL_DROP_AFTER,
  SYL_DROP_INTO,
} SylDropPosition;

/* Making one; loading and saving are in syl-json-reader.h and
 * syl-document-disk.h. */
SylDocument        *syl_document_new                 (void);
const char * const *syl_document_get_warnings        (SylDocument     *self);
GFile              *syl_document_get_file            (SylDocument     *self);
gboolean            syl_document_get_modified        (SylDocument     *self);

/* Reading. */
const char         *syl_document_get_title           (SylDocument     *self);
const char         *syl_document_get_subtitle        (SylDocument     *self);
const char         *syl_document_get_language        (SylDocument     *self);
const char         *syl_document_get_description     (SylDocument     *self);
int                 syl_document_get_target_minutes  (SylDocument     *self);
GListModel         *syl_document_get_authors         (SylDocument     *self);
SylNode            *syl_document_get_root            (SylDocument     *self);
SylHistory         *syl_document_get_history         (SylDocument     *self);
SylNode            *syl_document_find_node           (SylDocument     *self,
                                                      const char      *id);
guint               syl_document_get_n_nodes         (SylDocument     *self);
SylNumbering       *syl_document_get_numbering       (SylDocument     *self);
char               *syl_document_dup_number          (SylDocument     *self,
                                                      SylNode         *node);
const char * const *syl_document_get_disabled_checks (SylDocument     *self);

/* Structure: every call is one step in the history. */
gboolean            syl_document_insert_node         (SylDocument     *self,
                                                      SylNode         *node,
                                                      SylNode         *parent,
                                                      guint            index,
                                                      GError         **error);
gboolean            syl_document_insert_nodes        (SylDocument     *self,
                                                      SylNode * const *nodes,
                                                      guint            n_nodes,
                                                      SylNode         *parent,
                                                      guint            index,
                                                      const char      *label,
                                                      GError         **error);
gboolean            syl_document_remove_nodes        (SylDocument     *self,
                                                      SylNode * const *nodes,
                                                      guint            n_nodes,
                                                      GError         **error);
gboolean            syl_document_move_node           (SylDocument     *self,
                                                      SylNode         *node,
                                                      SylNode         *new_parent,
                                                      guint            index,
                                                      GError         **error);
gboolean            syl_document_move_nodes          (SylDocument     *self,
                                                      SylNode * const *nodes,
                                                      guint            n_nodes,
                                                      SylNode         *target,
                                                      SylDropPosition  position,
                                                      GError         **error);
gboolean            syl_document_check_move          (SylDocument     *self,
                                                      SylNode * const *nodes,
                                                      guint            n_nodes,
                                                      SylNode         *new_parent,
                                                      GError         **error);

/* Fields of the document, a node, an example, an author, an annotation or a
 * reply, named by property.  With @merge, a change to the same property of
 * the same object right after the last one joins that step (typing). */
gboolean            syl_document_set_string          (SylDocument     *self,
                                                      gpointer         object,
                                                      const char      *property,
                                                      const char      *value,
                                                      gboolean         merge,
                                                      GError         **error);
gboolean            syl_document_set_int             (SylDocument     *self,
                                                      gpointer         object,
                                                      const char      *property,
                                                      int              value,
                                                      GError         **error);
gboolean            syl_document_set_boolean         (SylDocument     *self,
                                                      gpointer         object,
                                                      const char      *property,
                                                      gboolean         value,
                                                      GError         **error);
gboolean            syl_document_set_kind            (SylDocument     *self,
                                                      SylNode         *node,
                                                      SylNodeKind      kind,
                                                      GError         **error);
void                syl_document_set_numbering       (SylDocument     *self,
                                                      SylNumbering    *numbering);
void                syl_document_set_disabled_checks (SylDocument     *self,
                                                      const char * const *names,
                                                      const char      *label);

/* Objectives: an ordered list of short lines on a node. */
void                syl_document_insert_objective    (SylDocument     *self,
                                                      SylNode         *node,
                                                      guint            index,
                                                      const char      *text);
void                syl_document_remove_objective    (SylDocument     *self,
                                                      SylNode         *node,
                                                      guint            index);
void                syl_document_move_objective      (SylDocument     *self,
                                                      SylNode         *node,
                                                      guint            from,
                                                      guint            to);
void                syl_document_edit_objective      (SylDocument     *self,
                                                      SylNode         *node,
                                                      guint            index,
                                                      const char      *text,
                                                      gboolean         merge);

/* Lists of objects: examples and annotations of a node, replies of an
 * annotation, authors of the document.  @owner is the node, annotation or
 * document the list belongs to. */
void                syl_document_insert_example      (SylDocument     *self,
                                                      SylNode         *node,
                                                      guint            index,
                                                      SylExample      *example);
void                syl_document_remove_example      (SylDocument     *self,
                                                      SylNode         *node,
                                                      guint            index);
void                syl_document_move_example        (SylDocument     *self,
                                                      SylNode         *node,
                                                      guint            from,
                                                      guint            to);
void                syl_document_add_annotation      (SylDocument     *self,
                                                      SylNode         *node,
                                                      SylAnnotation   *annotation);
void                syl_document_remove_annotation   (SylDocument     *self,
                                                      SylNode         *node,
                                                      guint            index);
void                syl_document_set_resolved        (SylDocument     *self,
                                                      SylAnnotation   *annotation,
                                                      gboolean         resolved,
                                                      const char      *by);
void                syl_document_add_reply           (SylDocument     *self,
                                                      SylAnnotation   *annotation,
                                                      SylReply        *reply);
void                syl_document_insert_author       (SylDocument     *self,
                                                      guint            index,
                                                      SylAuthor       *author);
void                syl_document_remove_author       (SylDocument     *self,
                                                      guint            index);
void                syl_document_move_author         (SylDocument     *self,
                                                      guint            from,
                                                      guint            to);

/* Reviewers' comments, beyond the lists above (syl-document-review.c).
 * A comment is a #SylAnnotation or a #SylReply. */
void                syl_document_edit_comment        (SylDocument     *self,
                                                      gpointer         comment,
                                                      const char      *text,
                                                      gboolean         merge);
gboolean            syl_document_delete_comment      (SylDocument     *self,
                                                      gpointer         comment);
SylNode            *syl_document_get_comment_node    (SylDocument     *self,
                                                      gpointer         comment);
void                syl_document_set_resolved_full   (SylDocument     *self,
                                                      SylAnnotation   *annotation,
                                                      gboolean         resolved,
                                                      const char      *by,
                                                      const char      *at);
guint               syl_document_count_open_comments (SylDocument     *self);
SylNode            *syl_document_find_open_comments  (SylDocument     *self,
                                                      SylNode         *from,
                                                      gboolean         forward);

G_END_DECLS
