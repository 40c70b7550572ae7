/* syl-merge-plan.c: a merge worked out in a thread and made afterwards
 *
 * Reading reviewers' copies and comparing them with a large outline takes
 * long, and the window must not freeze meanwhile.  So the merge runs in a
 * worker thread on a snapshot of the document (syl_document_snapshot()),
 * as syl-merge.c merges into any document, and each change it makes to
 * the snapshot is recorded: the comments and replies it adds, with their
 * ids and places, the resolutions it takes over and the texts it changes.
 * Back on the main thread, the plan makes the same changes to the
 * document, as one step of its history, finding each section and comment
 * by its id.
 *
 * That gives the document what a merge into it would have given, as long
 * as it is still what the snapshot was: the window keeps it from
 * changing while the merge runs (see syl-window-jobs.c).  Should it have
 * changed anyway, so that a section or comment is missing, the plan
 * makes no change at all and says so.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "syl-document-private.h"
#include "syl-merge-private.h"
#include "syl-model-private.h"

typedef struct
{
  SylMergeOpKind  kind;
  char           *target;      /* the id of a section, a comment or a reply */
  guint           position;
  GObject        *item;        /* the comment or reply to add */
  char           *text;        /* a new text, or who resolved */
  char           *at;          /* when */
} Op;

struct _SylMergePlan
{
  SylMergeReport *report;
  GPtrArray      *ops;
  guint           n_copies;
};

static void
op_free (Op *op)
{
  g_free (op->target);
  g_clear_object (&op->item);
  g_free (op->text);
  g_free (op->at);
  g_free (op);
}

/* Records a change that the merge made: @item is copied, so that the plan
 * shares nothing with the snapshot and can go to another thread. */
void
_syl_merge_record (GPtrArray      *ops,
                   SylMergeOpKind  kind,
                   const char     *target,
                   guint           position,
                   gpointer        item,
                   const char     *text,
                   const char     *at)
{
  Op *op = g_new0 (Op, 1);

  op->kind = kind;
  op->target = g_strdup (target);
  op->position = position;
  if (SYL_IS_ANNOTATION (item))
    op->item = G_OBJECT (_syl_annotation_copy_apart (item));
  else if (SYL_IS_REPLY (item))
    op->item = G_OBJECT (_syl_reply_copy_apart (item));
  op->text = g_strdup (text);
  op->at = g_strdup (at);
  g_ptr_array_add (ops, op);
}

/* The part of the work reading the copies takes. */
#define READ_SHARE 0.8

typedef struct
{
  SylProgressFunc func;
  gpointer        data;
} Progress;

static void
read_progress_cb (double   fraction,
                  gpointer user_data)
{
  Progress *progress = user_data;

  progress->func (fraction * READ_SHARE, progress->data);
}

/**
 * syl_merge_plan_new:
 * @snapshot: a snapshot of the document to merge into, which the merge
 *   changes as it works the plan out
 * @copies: (array length=n_copies): reviewers' copies of the document
 * @names: (array length=n_copies): a name for each, as for
 *   syl_document_merge_copies()
 * @cancellable: (nullable): checked between copies and between chapters
 *
 * Merges @copies into @snapshot as syl_document_merge_copies() does, in
 * any thread, recording what it changes.
 *
 * Returns: (transfer full): the plan, to apply on the document with
 *   syl_merge_plan_apply(), or %NULL with @error set as
 *   syl_document_merge_copies() sets it, or to %G_IO_ERROR_CANCELLED
 */
SylMergePlan *
syl_merge_plan_new (SylDocument         *snapshot,
                    SylDocument * const *copies,
                    const char * const  *names,
                    guint                n_copies,
                    GCancellable        *cancellable,
                    GError             **error)
{
  g_autoptr(GPtrArray) ops = g_ptr_array_new_with_free_func ((GDestroyNotify) op_free);
  SylMergeReport *report;
  SylMergePlan *self;

  g_return_val_if_fail (SYL_IS_DOCUMENT (snapshot), NULL);
  g_return_val_if_fail (copies != NULL || n_copies == 0, NULL);
  g_return_val_if_fail (names != NULL || n_copies == 0, NULL);

  report = _syl_merge_run (snapshot, copies, names, n_copies, ops, cancellable, error);
  if (report == NULL)
    return NULL;
  self = g_new0 (SylMergePlan, 1);
  self->report = report;
  self->ops = g_steal_pointer (&ops);
  self->n_copies = n_copies;
  return self;
}

/**
 * syl_merge_plan_new_for_files:
 * @snapshot: as for syl_merge_plan_new()
 * @files: (array length=n_files): reviewers' copies of the document
 * @cancellable: (nullable): checked between files and between chapters
 * @progress: (nullable): called from this thread with the fraction done
 *
 * Reads @files and works out their merge as syl_merge_plan_new() does,
 * named by their base names; a file that cannot be read, or is no
 * outline, fails as in syl_document_merge_files().
 *
 * Returns: (transfer full): the plan, or %NULL with @error set
 */
SylMergePlan *
syl_merge_plan_new_for_files (SylDocument     *snapshot,
                              GFile * const   *files,
                              guint            n_files,
                              GCancellable    *cancellable,
                              SylProgressFunc  progress_func,
                              gpointer         progress_data,
                              GError         **error)
{
  g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  Progress progress = { progress_func, progress_data };
  SylMergePlan *self;

  g_return_val_if_fail (SYL_IS_DOCUMENT (snapshot), NULL);
  g_return_val_if_fail (files != NULL || n_files == 0, NULL);

  if (!_syl_merge_read_copies (files, n_files, copies, names, cancellable,
                               progress_func ? read_progress_cb : NULL, &progress, error))
    return NULL;
  self = syl_merge_plan_new (snapshot, (SylDocument * const *) copies->pdata,
                             (const char * const *) names->pdata, n_files, cancellable, error);
  if (self != NULL && progress_func != NULL)
    progress_func (1, progress_data);
  return self;
}

/**
 * syl_merge_plan_get_report:
 *
 * Returns: (transfer none): what the merge does to the document
 */
SylMergeReport *
syl_merge_plan_get_report (SylMergePlan *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return self->report;
}

/**
 * syl_merge_plan_get_n_changes:
 *
 * Returns: how many changes the plan makes, 0 when the copies bring
 *   nothing new
 */
guint
syl_merge_plan_get_n_changes (SylMergePlan *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->ops->len;
}

/* Adds @item (a comment or reply), and its replies, to @comments by id. */
static void
index_item (GHashTable *comments,
            gpointer    item)
{
  if (SYL_IS_ANNOTATION (item))
    {
      GListModel *replies = syl_annotation_get_replies (item);

      g_hash_table_insert (comments, (gpointer) syl_annotation_get_id (item), item);
      for (guint i = 0; i < g_list_model_get_n_items (replies); i++)
        {
          g_autoptr(SylReply) reply = g_list_model_get_item (replies, i);

          g_hash_table_insert (comments, (gpointer) syl_reply_get_id (reply), reply);
        }
    }
  else
    g_hash_table_insert (comments, (gpointer) syl_reply_get_id (item), item);
}

/* Whether the target of each change is in @document or comes with an
 * earlier change, so that the plan can be made whole or not at all. */
static gboolean
plan_fits (SylMergePlan *self,
           SylDocument  *document,
           GHashTable   *comments)
{
  g_autoptr(GHashTable) added = g_hash_table_new (g_str_hash, g_str_equal);

  for (guint i = 0; i < self->ops->len; i++)
    {
      Op *op = g_ptr_array_index (self->ops, i);
      gpointer target = g_hash_table_lookup (comments, op->target);

      if (op->kind == SYL_MERGE_OP_INSERT_ANNOTATION)
        {
          if (syl_document_find_node (document, op->target) == NULL)
            return FALSE;
        }
      else if (target == NULL ? !g_hash_table_contains (added, op->target)
                              : op->kind != SYL_MERGE_OP_EDIT && !SYL_IS_ANNOTATION (target))
        return FALSE;
      if (op->item != NULL)
        index_item (added, op->item);
    }
  return TRUE;
}

/* The place to insert at: the one the merge found, which is there when
 * the document is the snapshot it was worked out on. */
static guint
place_in (GListModel *list,
          guint       position)
{
  return MIN (position, g_list_model_get_n_items (list));
}

static void
op_apply (Op          *op,
          SylDocument *document,
          GHashTable  *comments)
{
  gpointer target = g_hash_table_lookup (comments, op->target);
  SylNode *node;

  switch (op->kind)
    {
    case SYL_MERGE_OP_INSERT_ANNOTATION:
      node = syl_document_find_node (document, op->target);
      _syl_document_insert_annotation (document, node,
                                      place_in (syl_node_get_annotations (node), op->position),
                                      SYL_ANNOTATION (op->item));
      index_item (comments, op->item);
      break;
    case SYL_MERGE_OP_INSERT_REPLY:
      _syl_document_insert_reply (document, target,
                                 place_in (syl_annotation_get_replies (target), op->position),
                                 SYL_REPLY (op->item));
      index_item (comments, op->item);
      break;
    case SYL_MERGE_OP_ADD_REPLY:
      syl_document_add_reply (document, target, SYL_REPLY (op->item));
      index_item (comments, op->item);
      break;
    case SYL_MERGE_OP_RESOLVE:
      syl_document_set_resolved_full (document, target, TRUE, op->text, op->at);
      break;
    case SYL_MERGE_OP_EDIT:
      syl_document_edit_comment (document, target, op->text, FALSE);
      break;
    default:
      g_assert_not_reached ();
    }
}

/**
 * syl_merge_plan_apply:
 * @document: the document of which the plan's snapshot was taken, as it
 *   was then
 *
 * Makes the merge's changes to @document, as one step of its history, the
 * step a merge into @document would have made.  A plan is applied once:
 * the comments it adds go into @document.
 *
 * Returns: %FALSE with @error set (%SYL_ERROR_FAILED) when @document has
 *   changed since the snapshot so that a section or comment of the plan
 *   is missing; then nothing changes
 */
gboolean
syl_merge_plan_apply (SylMergePlan  *self,
                      SylDocument   *document,
                      GError       **error)
{
  g_autoptr(GHashTable) comments = g_hash_table_new (g_str_hash, g_str_equal);
  SylHistory *history;
  g_autofree char *label = NULL;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (SYL_IS_DOCUMENT (document), FALSE);

  _syl_merge_index_comments (comments, syl_document_get_root (document));
  if (!plan_fits (self, document, comments))
    {
      g_set_error_literal (error, SYL_ERROR, SYL_ERROR_FAILED,
                           _("the outline changed while the reviews were merged; "
                             "merge them again"));
      return FALSE;
    }

  history = syl_document_get_history (document);
  label = _syl_merge_dup_label (self->n_copies);
  syl_history_begin_group (history, label);
  for (guint i = 0; i < self->ops->len; i++)
    op_apply (g_ptr_array_index (self->ops, i), document, comments);
  syl_history_end_group (history);
  g_ptr_array_set_size (self->ops, 0);
  return TRUE;
}

void
syl_merge_plan_free (SylMergePlan *self)
{
  if (self == NULL)
    return;
  g_clear_object (&self->report);
  g_ptr_array_unref (self->ops);
  g_free (self);
}
