/* syl-node.h: one node of a course outline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gio/gio.h>

#include "syl-annotation.h"
#include "syl-catalogue.h"
#include "syl-reply.h"

G_BEGIN_DECLS

typedef enum
{
  SYL_NODE_KIND_SECTION,
  SYL_NODE_KIND_DISCUSSION,
  SYL_NODE_KIND_EXAMPLE,
} SylNodeKind;

#define SYL_TYPE_NODE (syl_node_get_type ())

G_DECLARE_FINAL_TYPE (SylNode, syl_node, SYL, NODE, GObject)

/* A node is a GListModel of its child nodes, so a GtkTreeListModel can wrap
 * the document's root directly.  Every property is writable so that the
 * history can apply commands generically, but nothing outside the core may
 * set them: changes go through SylDocument, which records them for undo. */

SylNode            *syl_node_new                     (SylNodeKind  kind,
                                                      const char  *title);
SylNode            *syl_node_copy                    (SylNode     *self);
const char         *syl_node_get_id                  (SylNode     *self);
SylNodeKind         syl_node_get_kind                (SylNode     *self);
const char         *syl_node_get_title               (SylNode     *self);
const char         *syl_node_get_notes               (SylNode     *self);
const char * const *syl_node_get_objectives          (SylNode     *self);
int                 syl_node_get_duration_minutes    (SylNode     *self);
gboolean            syl_node_get_optional            (SylNode     *self);
GListModel         *syl_node_get_examples            (SylNode     *self);
GListModel         *syl_node_get_annotations         (SylNode     *self);
guint               syl_node_count_open_annotations  (SylNode     *self);
guint               syl_node_count_open_in_subtree   (SylNode     *self);
gboolean            syl_node_has_open_in_subtree     (SylNode     *self);

SylNode            *syl_node_get_parent              (SylNode     *self);
gboolean            syl_node_is_root                 (SylNode     *self);
guint               syl_node_get_index               (SylNode     *self);
guint               syl_node_get_depth               (SylNode     *self);
guint               syl_node_get_n_children          (SylNode     *self);
SylNode            *syl_node_get_child               (SylNode     *self,
                                                      guint        index);
SylNode            *syl_node_get_next_sibling        (SylNode     *self);
SylNode            *syl_node_get_prev_sibling        (SylNode     *self);
gboolean            syl_node_is_ancestor_of          (SylNode     *self,
                                                      SylNode     *other);
guint               syl_node_get_height              (SylNode     *self);
guint               syl_node_count_descendants       (SylNode     *self);
gint64              syl_node_get_total_minutes       (SylNode     *self);
char               *syl_format_minutes               (gint64       minutes);
char               *syl_format_minutes_in            (SylCatalogue *catalogue,
                                                      gint64       minutes);
char               *syl_node_dup_number              (SylNode     *self);

gboolean            syl_node_get_expanded            (SylNode     *self);
void                syl_node_set_expanded            (SylNode     *self,
                                                      gboolean     expanded);

const char         *syl_node_kind_to_string          (SylNodeKind  kind);
gboolean            syl_node_kind_from_string        (const char  *string,
                                                      SylNodeKind *kind);

/**
 * SylNodeIter:
 *
 * A walk over the descendants of a node, each before its children
 * (document order), without recursion: the one way the core and its
 * users visit a subtree.  The tree must not change during the walk.
 *
 * |[<!-- language="C" -->
 * SylNodeIter iter;
 * SylNode *node;
 *
 * syl_node_iter_init (&iter, root);
 * while (syl_node_iter_next (&iter, &node))
 *   visit (node, syl_node_iter_get_depth (&iter));
 * ]|
 */
typedef struct
{
  /*< private >*/
  SylNode  *root;
  SylNode  *node;
  guint     depth;
  gboolean  skip_children;
  gboolean  done;
} SylNodeIter;

void                syl_node_iter_init               (SylNodeIter *iter,
                                                      SylNode     *root);
gboolean            syl_node_iter_next               (SylNodeIter *iter,
                                                      SylNode    **node);
guint               syl_node_iter_get_depth          (SylNodeIter *iter);
void                syl_node_iter_skip_children      (SylNodeIter *iter);

/**
 * SylCommentIter:
 *
 * A walk over a node's comments in the order they are shown: each
 * reviewer's comment, then its replies.  The node must not change during
 * the walk; the comments and replies it gives are the node's own.
 *
 * |[<!-- language="C" -->
 * SylCommentIter iter;
 * SylAnnotation *comment;
 * SylReply *reply;
 *
 * syl_comment_iter_init (&iter, node);
 * while (syl_comment_iter_next (&iter, &comment, &reply))
 *   if (reply == NULL)
 *     show_comment (comment);
 *   else
 *     show_reply (comment, reply);
 * ]|
 */
typedef struct
{
  /*< private >*/
  SylNode       *node;
  SylAnnotation *annotation;
  guint          next_annotation;
  guint          next_reply;
} SylCommentIter;

void                syl_comment_iter_init            (SylCommentIter *iter,
                                                      SylNode        *node);
gboolean            syl_comment_iter_next            (SylCommentIter *iter,
                                                      SylAnnotation **annotation,
                                                      SylReply      **reply);

G_END_DECLS
