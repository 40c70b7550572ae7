/* syl-merge3-comments.c: the comments of a three-way merge
 *
 * Comments and replies are matched by id.  One that either side deleted
 * stays deleted; one new on either side stays; a text or a resolution
 * that only THEIRS changed is taken.  So a resolution on one side and a
 * reply on the other both stay.  A text both sides changed differently
 * keeps MINE's and is reported as a conflict.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-document-private.h"
#include "syl-merge-private.h"
#include "syl-merge3-private.h"

typedef struct
{
  Merge3     *merge;
  GHashTable *base;
  GHashTable *mine;
  GHashTable *theirs;
  GHashTable *now;
} Comments;

static const char *
text_of (gpointer comment)
{
  return SYL_IS_ANNOTATION (comment) ? syl_annotation_get_text (comment)
                                     : syl_reply_get_text (comment);
}

static char *
resolution_of (SylAnnotation *annotation)
{
  if (!syl_annotation_get_resolved (annotation))
    return g_strdup ("");
  return g_strdup_printf ("%s\n%s", syl_annotation_get_resolved_by (annotation),
                          syl_annotation_get_resolved_at (annotation));
}

static void
merge_text (Comments   *c,
            const char *id,
            gpointer    theirs)
{
  gpointer base = g_hash_table_lookup (c->base, id);
  gpointer mine = g_hash_table_lookup (c->mine, id);
  gpointer now = g_hash_table_lookup (c->now, id);
  const char *t = text_of (theirs);

  if (base == NULL || mine == NULL || now == NULL || g_str_equal (text_of (mine), t))
    return;
  if (g_str_equal (text_of (mine), text_of (base)))
    {
      syl_document_edit_comment (c->merge->self, now, t, FALSE);
      _syl_merge_report_add (c->merge->report, SYL_MERGE_EDITED, c->merge->source, "", id,
                             SYL_IS_ANNOTATION (theirs) ? syl_annotation_get_author (theirs)
                                                        : syl_reply_get_author (theirs),
                             t, NULL);
    }
  else if (!g_str_equal (t, text_of (base)))
    {
      SylNode *node = syl_document_get_comment_node (c->merge->self, now);

      _syl_merge3_conflict (c->merge, syl_node_get_id (node),
                            g_strdup_printf (syl_catalogue_gettext (c->merge->catalogue,
                                                                    "Merge conflict: the other "
                                                                    "version has this text for "
                                                                    "the comment "
                                                                    "“%s”:\n\n%s"),
                                             text_of (mine), t));
    }
}

static void
merge_resolution (Comments      *c,
                  SylAnnotation *theirs)
{
  const char *id = syl_annotation_get_id (theirs);
  gpointer base = g_hash_table_lookup (c->base, id);
  gpointer mine = g_hash_table_lookup (c->mine, id);
  gpointer now = g_hash_table_lookup (c->now, id);
  g_autofree char *b = NULL, *m = NULL, *t = NULL;

  if (!SYL_IS_ANNOTATION (base) || !SYL_IS_ANNOTATION (mine) || !SYL_IS_ANNOTATION (now))
    return;
  b = resolution_of (base);
  m = resolution_of (mine);
  t = resolution_of (theirs);
  if (g_str_equal (m, b) && !g_str_equal (t, b))
    {
      syl_document_set_resolved_full (c->merge->self, now, syl_annotation_get_resolved (theirs),
                                      syl_annotation_get_resolved_by (theirs),
                                      syl_annotation_get_resolved_at (theirs));
      _syl_merge_report_add (c->merge->report, SYL_MERGE_RESOLVED, c->merge->source, "", id,
                             syl_annotation_get_resolved_by (theirs), text_of (theirs), NULL);
    }
}

/* Whether @id is new in THEIRS: neither BASE nor MINE has it. */
static gboolean
is_new (Comments   *c,
        const char *id)
{
  return !g_hash_table_contains (c->base, id) && !g_hash_table_contains (c->mine, id) &&
         !g_hash_table_contains (c->now, id);
}

/* Gives @comment a new id when the merged outline, or BASE or MINE, uses
 * its own for another: ids are unique across comments and replies. */
static void
claim_id (Comments *c,
          gpointer  comment)
{
  const char *id = SYL_IS_ANNOTATION (comment) ? syl_annotation_get_id (comment)
                                               : syl_reply_get_id (comment);
  g_autofree char *fresh = NULL;

  if (!g_hash_table_contains (c->now, id) && !g_hash_table_contains (c->base, id) &&
      !g_hash_table_contains (c->mine, id))
    return;
  fresh = _syl_id_new ();
  if (SYL_IS_ANNOTATION (comment))
    _syl_annotation_set_id (comment, fresh);
  else
    _syl_reply_set_id (comment, fresh);
}

static void
add_reply (Comments      *c,
           SylAnnotation *annotation,
           SylReply      *theirs)
{
  g_autoptr(SylReply) reply = _syl_reply_copy_with_id (theirs);

  syl_document_add_reply (c->merge->self, annotation, reply);
  g_hash_table_insert (c->now, (gpointer) syl_reply_get_id (reply), reply);
  _syl_merge_report_add (c->merge->report, SYL_MERGE_ADDED_REPLY, c->merge->source, "",
                         syl_reply_get_id (reply), syl_reply_get_author (reply),
                         syl_reply_get_text (reply), NULL);
}

static void
add_comment (Comments      *c,
             SylNode       *node,
             SylAnnotation *theirs)
{
  g_autoptr(SylAnnotation) annotation = _syl_annotation_copy_with_ids (theirs);
  GListModel *replies = syl_annotation_get_replies (annotation);

  for (guint i = 0; i < g_list_model_get_n_items (replies); i++)
    {
      g_autoptr(SylReply) reply = g_list_model_get_item (replies, i);

      claim_id (c, reply);
      g_hash_table_insert (c->now, (gpointer) syl_reply_get_id (reply), reply);
    }
  syl_document_add_annotation (c->merge->self, node, annotation);
  _syl_merge_index_comments (c->now, node);
  _syl_merge_report_add (c->merge->report, SYL_MERGE_ADDED_COMMENT, c->merge->source, "",
                         syl_annotation_get_id (annotation),
                         syl_annotation_get_author (annotation),
                         syl_annotation_get_text (annotation), NULL);
}

static void
merge_thread (Comments      *c,
              SylNode       *node,
              SylAnnotation *theirs)
{
  const char *id = syl_annotation_get_id (theirs);
  GListModel *replies = syl_annotation_get_replies (theirs);
  SylAnnotation *now;

  if (is_new (c, id))
    {
      add_comment (c, node, theirs);
      return;
    }
  now = g_hash_table_lookup (c->now, id);
  if (!SYL_IS_ANNOTATION (now))
    return;
  merge_text (c, id, theirs);
  merge_resolution (c, theirs);
  for (guint i = 0; i < g_list_model_get_n_items (replies); i++)
    {
      g_autoptr(SylReply) reply = g_list_model_get_item (replies, i);

      if (is_new (c, syl_reply_get_id (reply)))
        add_reply (c, now, reply);
      else
        merge_text (c, syl_reply_get_id (reply), reply);
    }
}

/* The comments and replies of MINE that THEIRS deleted. */
static GPtrArray *
deleted_by_theirs (Comments *c)
{
  GPtrArray *gone = g_ptr_array_new ();
  SylNodeIter iter;
  SylNode *node;

  syl_node_iter_init (&iter, syl_document_get_root (c->merge->self));
  while (syl_node_iter_next (&iter, &node))
    {
      SylCommentIter comments;
      SylAnnotation *annotation;
      SylReply *reply;
      gboolean annotation_gone = FALSE;

      syl_comment_iter_init (&comments, node);
      while (syl_comment_iter_next (&comments, &annotation, &reply))
        {
          gpointer comment = reply != NULL ? (gpointer) reply : (gpointer) annotation;
          const char *id = reply != NULL ? syl_reply_get_id (reply)
                                         : syl_annotation_get_id (annotation);

          if (reply == NULL)
            annotation_gone = FALSE;
          if (annotation_gone || !g_hash_table_contains (c->base, id) ||
              g_hash_table_contains (c->theirs, id))
            continue;
          g_ptr_array_add (gone, comment);
          annotation_gone = reply == NULL;
        }
    }
  return gone;
}

/**
 * _syl_merge3_comments:
 *
 * Merges the comments of every node the merge keeps.  Comments new in
 * THEIRS on a node the merge dropped are dropped with it.
 */
void
_syl_merge3_comments (Merge3 *merge)
{
  Comments c = { merge };
  g_autoptr(GPtrArray) gone = NULL;
  SylNodeIter iter;
  SylNode *node;

  c.base = g_hash_table_new (g_str_hash, g_str_equal);
  c.mine = g_hash_table_new (g_str_hash, g_str_equal);
  c.theirs = g_hash_table_new (g_str_hash, g_str_equal);
  c.now = g_hash_table_new (g_str_hash, g_str_equal);
  _syl_merge_index_comments (c.base, syl_document_get_root (merge->base));
  _syl_merge_index_comments (c.mine, syl_document_get_root (merge->mine));
  _syl_merge_index_comments (c.theirs, syl_document_get_root (merge->theirs));
  _syl_merge_index_comments (c.now, syl_document_get_root (merge->self));

  gone = deleted_by_theirs (&c);
  for (guint i = 0; i < gone->len; i++)
    syl_document_delete_comment (merge->self, g_ptr_array_index (gone, i));
  g_hash_table_remove_all (c.now);
  _syl_merge_index_comments (c.now, syl_document_get_root (merge->self));

  syl_node_iter_init (&iter, syl_document_get_root (merge->theirs));
  while (syl_node_iter_next (&iter, &node))
    {
      SylNode *target = syl_document_find_node (merge->self, syl_node_get_id (node));
      GListModel *annotations = syl_node_get_annotations (node);

      for (guint i = 0; target != NULL && i < g_list_model_get_n_items (annotations); i++)
        {
          g_autoptr(SylAnnotation) annotation = g_list_model_get_item (annotations, i);

          merge_thread (&c, target, annotation);
        }
    }

  g_hash_table_unref (c.base);
  g_hash_table_unref (c.mine);
  g_hash_table_unref (c.theirs);
  g_hash_table_unref (c.now);
}
