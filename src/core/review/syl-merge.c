/* syl-merge.c: bringing reviewers' comments back into the author's outline
 *
 * Each reviewer annotates a copy of the outline; merging brings their
 * comments back.  Sections are matched by node id and comments and
 * replies by their own ids, never by number or title, so a merge works
 * after the author has moved, renamed or renumbered sections.
 *
 * - A comment or reply the author's document lacks is added, with its id
 *   and unknown members, among the others in order of creation time.
 * - A resolution is taken over when the document's comment is open, or
 *   was resolved earlier: the later resolution wins, with who and when.
 *   An open comment in a copy never reopens a resolved one: that the
 *   reviewer saw it open says nothing about whether it still is.
 * - A comment on a section the author has deleted is not added anywhere:
 *   it was about something that is gone, and put on another section it
 *   would say something about the wrong thing and count as an open
 *   comment there.  It is listed in the report with its whole text and
 *   replies instead, and stays in the reviewer's copy.
 * - A text (of a comment or a reply) changed in the copies: when all the
 *   copies that changed it agree, the document takes the new text, since
 *   only the one who wrote a comment edits it.  When the copies changed it
 *   differently, that is a conflict: the document's text stays, and each
 *   version is added as a reply to the comment, starting with a line that
 *   says it is a conflicting version and from which copy.  Its id is made
 *   from the comment's id and the text, so merging the same copies again
 *   adds nothing twice.
 * - The unknown members of comments the document already has stay as
 *   they are in the document.
 *
 * Without the version the copies were made from, a merge cannot tell an
 * edit in a copy from an edit in the document, nor a comment the author
 * deleted from one a reviewer added: copies merged together are compared
 * with each other, and a comment deleted since comes back.
 *
 * Everything is one step in the history; copies are read and checked
 * before anything changes, so a bad copy changes nothing.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "syl-document-private.h"
#include "syl-merge-private.h"
#include "syl-document-disk.h"

typedef struct
{
  char *text;
  char *author;
  char *source;
} Version;

typedef struct
{
  SylDocument    *self;
  SylMergeReport *report;
  /* The comments and replies of the document by id, those added by this
   * merge included.  Both share one space of ids, as in the format. */
  GHashTable     *comments;
  /* The texts the copies have for comments the document has: object to
   * array of Version, and the objects in the order first met. */
  GHashTable     *versions;
  GPtrArray      *versioned;
  GHashTable     *orphans;
  SylDocument    *copy;
  const char     *source;
  /* For a merge worked out on a snapshot, each change made to it, to make
   * again on the document (syl-merge-plan.c); %NULL otherwise. */
  GPtrArray      *ops;
} Merge;

static const char *
id_of (gpointer comment)
{
  return SYL_IS_ANNOTATION (comment) ? syl_annotation_get_id (comment)
                                     : syl_reply_get_id (comment);
}

static void
record (Merge          *merge,
        SylMergeOpKind  kind,
        const char     *target,
        guint           position,
        gpointer        item,
        const char     *text,
        const char     *at)
{
  if (merge->ops != NULL)
    _syl_merge_record (merge->ops, kind, target, position, item, text, at);
}

static void
version_free (Version *version)
{
  g_free (version->text);
  g_free (version->author);
  g_free (version->source);
  g_free (version);
}

static void
index_node_comments (GHashTable *comments,
                     SylNode    *node)
{
  SylCommentIter iter;
  SylAnnotation *annotation;
  SylReply *reply;

  syl_comment_iter_init (&iter, node);
  while (syl_comment_iter_next (&iter, &annotation, &reply))
    {
      if (reply != NULL)
        g_hash_table_insert (comments, (gpointer) syl_reply_get_id (reply), reply);
      else
        g_hash_table_insert (comments, (gpointer) syl_annotation_get_id (annotation), annotation);
    }
}

/* Every comment and reply below @root, by id. */
void
_syl_merge_index_comments (GHashTable *comments,
                           SylNode    *root)
{
  SylNodeIter iter;
  SylNode *node;

  syl_node_iter_init (&iter, root);
  while (syl_node_iter_next (&iter, &node))
    index_node_comments (comments, node);
}

/* Whether @copy has a node of @self, as every copy of it has. */
static gboolean
shares_nodes (SylDocument *self,
              SylNode     *root)
{
  SylNodeIter iter;
  SylNode *node;

  syl_node_iter_init (&iter, root);
  while (syl_node_iter_next (&iter, &node))
    if (syl_document_find_node (self, syl_node_get_id (node)) != NULL)
      return TRUE;
  return FALSE;
}

static gboolean
check_copy (SylDocument  *self,
            SylDocument  *copy,
            const char   *name,
            GError      **error)
{
  if (shares_nodes (self, syl_document_get_root (copy)))
    return TRUE;
  if (syl_document_get_n_nodes (self) == 0 && syl_document_get_n_nodes (copy) == 0)
    return TRUE;
  g_set_error (error, SYL_ERROR, SYL_ERROR_NOT_A_COPY,
               /* Translators: %s is the file name of a reviewer's copy. */
               _("%s: not a copy of this outline: none of its sections are in the outline"),
               name);
  return FALSE;
}

/* "1.4 Title" for a node of @document. */
static char *
describe (SylDocument *document,
          SylNode     *node)
{
  g_autofree char *text = syl_numbering_format_with_title (syl_document_get_numbering (document),
                                                           node);

  if (*text == '\0')
    return syl_node_dup_number (node);
  return g_steal_pointer (&text);
}

static char *
describe_comment_node (Merge    *merge,
                       gpointer  comment)
{
  SylNode *node = syl_document_get_comment_node (merge->self, comment);

  return node != NULL ? describe (merge->self, node) : g_strdup ("");
}

static void
report (Merge        *merge,
        SylMergeKind  kind,
        gpointer      comment,
        const char   *author,
        const char   *text)
{
  g_autofree char *section = describe_comment_node (merge, comment);
  const char *id = SYL_IS_ANNOTATION (comment) ? syl_annotation_get_id (comment)
                                               : syl_reply_get_id (comment);

  _syl_merge_report_add (merge->report, kind, merge->source, section, id, author, text, NULL);
}

/* Whether RFC 3339 time @a is later than @b; times that do not parse are
 * never later, nor is anything later than them. */
static gboolean
time_later (const char *a,
            const char *b)
{
  g_autoptr(GDateTime) time_a = *a ? g_date_time_new_from_iso8601 (a, NULL) : NULL;
  g_autoptr(GDateTime) time_b = *b ? g_date_time_new_from_iso8601 (b, NULL) : NULL;

  if (time_a != NULL && time_b == NULL)
    return *b == '\0';
  return time_a != NULL && g_date_time_compare (time_a, time_b) > 0;
}

/* Where an item created at @created goes in @items (annotations or
 * replies) to keep them oldest first: after everything not later. */
static guint
position_by_time (GListModel *items,
                  const char *created)
{
  guint position = g_list_model_get_n_items (items);

  while (position > 0)
    {
      g_autoptr(GObject) item = g_list_model_get_item (items, position - 1);
      g_autofree char *other = NULL;

      g_object_get (item, "created", &other, NULL);
      if (!time_later (other, created))
        break;
      position--;
    }
  return position;
}

static void
note_version (Merge      *merge,
              gpointer    comment,
              const char *text,
              const char *author)
{
  GPtrArray *versions = g_hash_table_lookup (merge->versions, comment);
  Version *version = g_new0 (Version, 1);

  if (versions == NULL)
    {
      versions = g_ptr_array_new_with_free_func ((GDestroyNotify) version_free);
      g_hash_table_insert (merge->versions, comment, versions);
      g_ptr_array_add (merge->versioned, comment);
    }
  version->text = g_strdup (text);
  version->author = g_strdup (author);
  version->source = g_strdup (merge->source);
  g_ptr_array_add (versions, version);
}

/* A reply or comment from the copy keeps its id unless the document uses
 * it for something else: ids are unique across comments and replies. */
static void
claim_id (Merge    *merge,
          gpointer  comment)
{
  const char *id = SYL_IS_ANNOTATION (comment) ? syl_annotation_get_id (comment)
                                               : syl_reply_get_id (comment);

  while (*id == '\0' || g_hash_table_contains (merge->comments, id))
    {
      g_autofree char *fresh = _syl_id_new ();

      if (SYL_IS_ANNOTATION (comment))
        _syl_annotation_set_id (comment, fresh);
      else
        _syl_reply_set_id (comment, fresh);
      id = SYL_IS_ANNOTATION (comment) ? syl_annotation_get_id (comment)
                                       : syl_reply_get_id (comment);
    }
  g_hash_table_insert (merge->comments, (gpointer) id, comment);
}

static void
add_reply (Merge         *merge,
           SylAnnotation *annotation,
           SylReply      *theirs)
{
  g_autoptr(SylReply) reply = _syl_reply_copy_with_id (theirs);
  GListModel *replies = syl_annotation_get_replies (annotation);

  guint position;

  claim_id (merge, reply);
  position = position_by_time (replies, syl_reply_get_created (reply));
  _syl_document_insert_reply (merge->self, annotation, position, reply);
  record (merge, SYL_MERGE_OP_INSERT_REPLY, id_of (annotation), position, reply, NULL, NULL);
  report (merge, SYL_MERGE_ADDED_REPLY, reply, syl_reply_get_author (reply),
          syl_reply_get_text (reply));
}

static void
add_comment (Merge         *merge,
             SylNode       *node,
             SylAnnotation *theirs)
{
  g_autoptr(SylAnnotation) annotation = _syl_annotation_copy_with_ids (theirs);
  GListModel *replies = syl_annotation_get_replies (annotation);
  guint position;

  claim_id (merge, annotation);
  for (guint i = 0; i < g_list_model_get_n_items (replies); i++)
    {
      g_autoptr(SylReply) reply = g_list_model_get_item (replies, i);
      claim_id (merge, reply);
    }
  position = position_by_time (syl_node_get_annotations (node),
                               syl_annotation_get_created (annotation));
  _syl_document_insert_annotation (merge->self, node, position, annotation);
  record (merge, SYL_MERGE_OP_INSERT_ANNOTATION, syl_node_get_id (node), position, annotation,
          NULL, NULL);
  report (merge, SYL_MERGE_ADDED_COMMENT, annotation, syl_annotation_get_author (annotation),
          syl_annotation_get_text (annotation));
}

static void
merge_resolution (Merge         *merge,
                  SylAnnotation *mine,
                  SylAnnotation *theirs)
{
  const char *at = syl_annotation_get_resolved_at (theirs);

  if (!syl_annotation_get_resolved (theirs))
    return;
  if (syl_annotation_get_resolved (mine) &&
      !time_later (at, syl_annotation_get_resolved_at (mine)))
    return;

  syl_document_set_resolved_full (merge->self, mine, TRUE,
                                  syl_annotation_get_resolved_by (theirs), at);
  record (merge, SYL_MERGE_OP_RESOLVE, id_of (mine), 0, NULL,
          syl_annotation_get_resolved_by (theirs), at);
  report (merge, SYL_MERGE_RESOLVED, mine, syl_annotation_get_resolved_by (theirs),
          syl_annotation_get_text (mine));
}

static void
merge_existing (Merge         *merge,
                SylAnnotation *mine,
                SylAnnotation *theirs)
{
  GListModel *replies = syl_annotation_get_replies (theirs);
  guint n = g_list_model_get_n_items (replies);

  note_version (merge, mine, syl_annotation_get_text (theirs), syl_annotation_get_author (theirs));
  merge_resolution (merge, mine, theirs);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylReply) reply = g_list_model_get_item (replies, i);
      gpointer existing = g_hash_table_lookup (merge->comments, syl_reply_get_id (reply));

      if (SYL_IS_REPLY (existing))
        note_version (merge, existing, syl_reply_get_text (reply), syl_reply_get_author (reply));
      else
        add_reply (merge, mine, reply);
    }
}

static void
add_orphan (Merge         *merge,
            SylNode       *node,
            SylAnnotation *theirs)
{
  GListModel *replies = syl_annotation_get_replies (theirs);
  guint n = g_list_model_get_n_items (replies);
  g_autofree char *section = describe (merge->copy, node);
  GStrv lines = g_new0 (char *, n + 1);

  if (!g_hash_table_add (merge->orphans, g_strdup (syl_annotation_get_id (theirs))))
    {
      g_free (lines);
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylReply) reply = g_list_model_get_item (replies, i);
      const char *author = syl_reply_get_author (reply);

      lines[i] = g_strdup_printf ("%s: %s", *author ? author : _("Anonymous"),
                                  syl_reply_get_text (reply));
    }
  _syl_merge_report_add (merge->report, SYL_MERGE_ORPHAN, merge->source, section,
                         syl_annotation_get_id (theirs), syl_annotation_get_author (theirs),
                         syl_annotation_get_text (theirs), lines);
}

static void
merge_node (Merge   *merge,
            SylNode *node)
{
  GListModel *annotations = syl_node_get_annotations (node);
  guint n = g_list_model_get_n_items (annotations);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylAnnotation) theirs = g_list_model_get_item (annotations, i);
      gpointer existing = g_hash_table_lookup (merge->comments, syl_annotation_get_id (theirs));
      SylNode *mine = syl_document_find_node (merge->self, syl_node_get_id (node));

      if (SYL_IS_ANNOTATION (existing))
        merge_existing (merge, existing, theirs);
      else if (mine == NULL)
        add_orphan (merge, node, theirs);
      else
        add_comment (merge, mine, theirs);
    }
  for (guint i = 0; i < syl_node_get_n_children (node); i++)
    merge_node (merge, syl_node_get_child (node, i));
}

/* The id of the reply that keeps @text as a conflicting version of
 * @comment: the same for the same text, whichever copy it comes from. */
static char *
conflict_id (gpointer    comment,
             const char *text)
{
  const char *id = SYL_IS_ANNOTATION (comment) ? syl_annotation_get_id (comment)
                                               : syl_reply_get_id (comment);
  g_autofree char *key = g_strconcat (id, "\n", text, NULL);
  g_autofree char *sum = g_compute_checksum_for_string (G_CHECKSUM_SHA256, key, -1);

  return g_strndup (sum, 16);
}

static void
add_conflict (Merge    *merge,
              gpointer  comment,
              Version  *version)
{
  g_autofree char *id = conflict_id (comment, version->text);
  SylAnnotation *annotation = SYL_IS_ANNOTATION (comment) ? comment : _syl_owner_get (comment);
  g_autofree char *text = NULL;
  g_autoptr(SylReply) reply = NULL;

  if (g_hash_table_contains (merge->comments, id))
    return;
  /* Translators: the first line of a reply that keeps a version of a
   * comment that reviewers changed differently; %s is the copy's file. */
  text = g_strdup_printf (_("Conflicting version, from %s:\n\n%s"), version->source,
                          version->text);
  reply = syl_reply_new (version->author, text);
  _syl_reply_set_id (reply, id);
  claim_id (merge, reply);
  syl_document_add_reply (merge->self, annotation, reply);
  record (merge, SYL_MERGE_OP_ADD_REPLY, id_of (annotation), 0, reply, NULL, NULL);
  merge->source = version->source;
  report (merge, SYL_MERGE_CONFLICT, comment, version->author, version->text);
}

/* The texts of @versions that differ from @current, each once. */
static GPtrArray *
changed_versions (GPtrArray  *versions,
                  const char *current)
{
  GPtrArray *changed = g_ptr_array_new ();

  for (guint i = 0; i < versions->len; i++)
    {
      Version *version = g_ptr_array_index (versions, i);
      gboolean seen = g_strcmp0 (version->text, current) == 0;

      for (guint j = 0; j < changed->len && !seen; j++)
        seen = g_str_equal (((Version *) g_ptr_array_index (changed, j))->text, version->text);
      if (!seen)
        g_ptr_array_add (changed, version);
    }
  return changed;
}

static void
merge_texts (Merge    *merge,
             gpointer  comment)
{
  g_autofree char *current = NULL;
  g_autoptr(GPtrArray) changed = NULL;
  g_autofree char *known = NULL;
  Version *version;

  g_object_get (comment, "text", &current, NULL);
  changed = changed_versions (g_hash_table_lookup (merge->versions, comment), current);
  if (changed->len > 1)
    {
      for (guint i = 0; i < changed->len; i++)
        add_conflict (merge, comment, g_ptr_array_index (changed, i));
      return;
    }
  if (changed->len == 0)
    return;

  /* A text kept as a conflicting version before is not taken again. */
  version = g_ptr_array_index (changed, 0);
  known = conflict_id (comment, version->text);
  if (g_hash_table_contains (merge->comments, known))
    return;
  syl_document_edit_comment (merge->self, comment, version->text, FALSE);
  record (merge, SYL_MERGE_OP_EDIT, id_of (comment), 0, NULL, version->text, NULL);
  merge->source = version->source;
  report (merge, SYL_MERGE_EDITED, comment, version->author, version->text);
}

static void
merge_clear (Merge *merge)
{
  g_clear_pointer (&merge->comments, g_hash_table_unref);
  g_clear_pointer (&merge->versions, g_hash_table_unref);
  g_clear_pointer (&merge->versioned, g_ptr_array_unref);
  g_clear_pointer (&merge->orphans, g_hash_table_unref);
}

/**
 * _syl_merge_run:
 * @ops: (nullable): where to record each change made to @self, for a
 *   merge worked out on a snapshot
 * @cancellable: (nullable): checked between copies and between chapters
 *
 * syl_document_merge_copies(), recording its changes when asked to.  A
 * cancelled merge stops in the middle: only one worked out on a snapshot
 * can be cancelled.
 */
SylMergeReport *
_syl_merge_run (SylDocument         *self,
                SylDocument * const *copies,
                const char * const  *names,
                guint                n_copies,
                GPtrArray           *ops,
                GCancellable        *cancellable,
                GError             **error)
{
  Merge merge = { self, NULL };
  SylHistory *history;
  g_autofree char *label = NULL;

  for (guint i = 0; i < n_copies; i++)
    if (!check_copy (self, copies[i], names[i], error))
      return NULL;

  merge.report = _syl_merge_report_new (n_copies);
  merge.comments = g_hash_table_new (g_str_hash, g_str_equal);
  merge.versions = g_hash_table_new_full (NULL, NULL, NULL, (GDestroyNotify) g_ptr_array_unref);
  merge.versioned = g_ptr_array_new ();
  merge.orphans = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  merge.ops = ops;
  _syl_merge_index_comments (merge.comments, syl_document_get_root (self));

  history = syl_document_get_history (self);
  label = _syl_merge_dup_label (n_copies);
  syl_history_begin_group (history, label);
  for (guint i = 0; i < n_copies && !g_cancellable_is_cancelled (cancellable); i++)
    {
      SylNode *root = syl_document_get_root (copies[i]);

      merge.copy = copies[i];
      merge.source = names[i];
      for (guint j = 0; j < syl_node_get_n_children (root); j++)
        if (!g_cancellable_is_cancelled (cancellable))
          merge_node (&merge, syl_node_get_child (root, j));
    }
  for (guint i = 0; i < merge.versioned->len; i++)
    merge_texts (&merge, g_ptr_array_index (merge.versioned, i));
  syl_history_end_group (history);

  merge_clear (&merge);
  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    g_clear_object (&merge.report);
  return merge.report;
}

/* The name of the merge's step in the history. */
char *
_syl_merge_dup_label (guint n_copies)
{
  return g_strdup_printf (ngettext ("Merge %u Review", "Merge %u Reviews", n_copies), n_copies);
}

/**
 * syl_document_merge_copies:
 * @copies: (array length=n_copies): reviewers' copies of @self
 * @names: (array length=n_copies): a name for each, such as its file name,
 *   for the report and errors
 *
 * Brings the comments of @copies into @self, as one step in its history;
 * see the top of syl-merge.c for the rules.  A copy that shares no section
 * with @self is another outline: then nothing changes.
 *
 * Returns: (transfer full): what the merge did, or %NULL with @error set
 */
SylMergeReport *
syl_document_merge_copies (SylDocument         *self,
                           SylDocument * const *copies,
                           const char * const  *names,
                           guint                n_copies,
                           GError             **error)
{
  g_return_val_if_fail (SYL_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (copies != NULL || n_copies == 0, NULL);
  g_return_val_if_fail (names != NULL || n_copies == 0, NULL);

  return _syl_merge_run (self, copies, names, n_copies, NULL, NULL, error);
}

/* The name of @file to show: its base name, in UTF-8. */
static char *
display_name (GFile *file)
{
  g_autofree char *parse_name = g_file_get_parse_name (file);

  return g_path_get_basename (parse_name);
}

/**
 * _syl_merge_read_copies:
 * @progress: (nullable): called from this thread after each file, with
 *   the fraction of the files read
 *
 * Reads @files into @copies and their names into @names; when a file
 * cannot be read, or is no outline, the error names it (and the line,
 * for a syntax error).
 */
gboolean
_syl_merge_read_copies (GFile * const   *files,
                        guint            n_files,
                        GPtrArray       *copies,
                        GPtrArray       *names,
                        GCancellable    *cancellable,
                        SylProgressFunc  progress,
                        gpointer         progress_data,
                        GError         **error)
{
  for (guint i = 0; i < n_files; i++)
    {
      g_autoptr(GError) local_error = NULL;
      char *name = display_name (files[i]);
      SylDocument *copy = syl_document_new_from_file (files[i], cancellable, &local_error);

      g_ptr_array_add (names, name);
      if (copy == NULL)
        {
          g_autofree char *message = NULL;

          if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
            {
              g_propagate_error (error, g_steal_pointer (&local_error));
              return FALSE;
            }
          message = syl_error_format_for_file (name, local_error);
          g_set_error_literal (error, local_error->domain, local_error->code, message);
          return FALSE;
        }
      g_ptr_array_add (copies, copy);
      if (progress != NULL)
        progress ((double) (i + 1) / n_files, progress_data);
      if (g_cancellable_set_error_if_cancelled (cancellable, error))
        return FALSE;
    }
  return TRUE;
}

/**
 * syl_document_merge_files:
 * @files: (array length=n_files): reviewers' copies of @self
 *
 * Reads @files and merges them as syl_document_merge_copies() does, named
 * by their base names.  When a file cannot be read, or is no outline, the
 * error names it (and the line, for a syntax error) and nothing changes.
 *
 * Returns: (transfer full): what the merge did, or %NULL with @error set
 */
SylMergeReport *
syl_document_merge_files (SylDocument   *self,
                          GFile * const *files,
                          guint          n_files,
                          GCancellable  *cancellable,
                          GError       **error)
{
  g_autoptr(GPtrArray) copies = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);

  g_return_val_if_fail (SYL_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (files != NULL || n_files == 0, NULL);

  if (!_syl_merge_read_copies (files, n_files, copies, names, cancellable, NULL, NULL, error))
    return NULL;
  return syl_document_merge_copies (self, (SylDocument * const *) copies->pdata,
                                    (const char * const *) names->pdata, n_files, error);
}
