/* test-review.c: comment threads, resolving, open counts, F8's search and
 * the review summary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-review-summary.h"
#include "syl-test-util.h"
#include "syl-json-reader.h"

/* Adds an open comment with id @id to node @node_id. */
static SylAnnotation *
add_comment (SylDocument *document,
             const char  *node_id,
             const char  *id)
{
  g_autoptr(SylAnnotation) annotation = syl_test_comment_new (id, "Ada", "2026-11-28T09:30:00Z",
                                                              id);

  syl_document_add_annotation (document, syl_test_find (document, node_id), annotation);
  return annotation;
}

static SylAnnotation *
annotation_at (SylNode *node,
               guint    index)
{
  g_autoptr(SylAnnotation) annotation = g_list_model_get_item (syl_node_get_annotations (node),
                                                               index);

  g_assert_nonnull (annotation);
  return annotation;
}

static guint
n_undo (SylDocument *document)
{
  return syl_history_get_n_undo (syl_document_get_history (document));
}

/* The counts recomputed from scratch, to check the cached ones. */
static guint
brute_open_here (SylNode *node)
{
  GListModel *annotations = syl_node_get_annotations (node);
  guint open = 0;

  for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
    {
      g_autoptr(SylAnnotation) annotation = g_list_model_get_item (annotations, i);
      open += !syl_annotation_get_resolved (annotation);
    }
  return open;
}

static guint
assert_counts (SylNode *node)
{
  guint total = brute_open_here (node);

  for (guint i = 0; i < syl_node_get_n_children (node); i++)
    total += assert_counts (syl_node_get_child (node, i));
  g_assert_cmpuint (syl_node_count_open_annotations (node), ==, brute_open_here (node));
  g_assert_cmpuint (syl_node_count_open_in_subtree (node), ==, total);
  g_assert_true (syl_node_has_open_in_subtree (node) == (total > 0));
  return total;
}

/* Threads. */

static void
test_thread (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1) B");
  SylNode *a1 = syl_test_find (document, "A1");
  g_autoptr(SylAnnotation) comment = syl_test_comment_new ("c1", "审阅人", "2026-11-28T09:30:00Z",
                                                           "Add an example?");
  g_autoptr(SylReply) first = syl_test_reply_new ("r1", "段方", "2026-11-28T10:00:00Z", "好的");
  g_autoptr(SylReply) second = syl_test_reply_new ("r2", "审阅人", "2026-11-28T11:00:00Z", "Thanks");
  g_autoptr(SylDocument) reread = NULL;
  g_autofree char *json = NULL;
  SylAnnotation *again;
  g_autoptr(SylReply) reply = NULL;

  syl_document_add_annotation (document, a1, comment);
  syl_document_add_reply (document, comment, first);
  syl_document_add_reply (document, comment, second);
  g_assert_cmpuint (n_undo (document), ==, 3);
  g_assert_true (syl_document_get_comment_node (document, comment) == a1);
  g_assert_true (syl_document_get_comment_node (document, second) == a1);

  json = syl_test_serialize (document);
  reread = syl_document_new_from_data (json, strlen (json), NULL);
  again = annotation_at (syl_test_find (reread, "A1"), 0);
  g_assert_cmpstr (syl_annotation_get_id (again), ==, "c1");
  g_assert_cmpstr (syl_annotation_get_text (again), ==, "Add an example?");
  g_assert_cmpuint (g_list_model_get_n_items (syl_annotation_get_replies (again)), ==, 2);
  reply = g_list_model_get_item (syl_annotation_get_replies (again), 1);
  g_assert_cmpstr (syl_reply_get_id (reply), ==, "r2");
  g_assert_cmpstr (syl_reply_get_author (reply), ==, "审阅人");
  g_assert_cmpuint (syl_node_count_open_annotations (syl_test_find (reread, "A1")), ==, 1);
  g_assert_cmpuint (syl_document_count_open_comments (reread), ==, 1);
}

/* Typing in a comment is one step; undo gives the old text back. */
static void
test_edit (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A B");
  SylAnnotation *comment = add_comment (document, "B", "c1");
  g_autoptr(SylReply) reply = syl_test_reply_new ("r1", "Bo", "2026-11-28T10:00:00Z", "Yes");
  SylHistory *history = syl_document_get_history (document);

  syl_document_add_reply (document, comment, reply);
  syl_history_break_merge (history);
  syl_document_edit_comment (document, comment, "c", TRUE);
  syl_document_edit_comment (document, comment, "cl", TRUE);
  syl_document_edit_comment (document, comment, "clear", TRUE);
  g_assert_cmpstr (syl_annotation_get_text (comment), ==, "clear");
  g_assert_cmpuint (n_undo (document), ==, 3);
  g_assert_cmpstr (syl_history_get_undo_label (history), ==, "Edit Comment");

  syl_history_break_merge (history);
  syl_document_edit_comment (document, reply, "Yes, done", TRUE);
  g_assert_cmpstr (syl_reply_get_text (reply), ==, "Yes, done");
  g_assert_cmpuint (n_undo (document), ==, 4);

  g_assert_true (syl_history_undo (history));
  g_assert_cmpstr (syl_reply_get_text (reply), ==, "Yes");
  g_assert_true (syl_history_undo (history));
  g_assert_cmpstr (syl_annotation_get_text (comment), ==, "c1");
  g_assert_true (syl_history_redo (history));
  g_assert_cmpstr (syl_annotation_get_text (comment), ==, "clear");
}

static void
test_delete (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A B");
  SylNode *b = syl_test_find (document, "B");
  SylAnnotation *first = add_comment (document, "B", "c1");
  SylAnnotation *second = add_comment (document, "B", "c2");
  g_autoptr(SylReply) reply = syl_test_reply_new ("r1", "Bo", "2026-11-28T10:00:00Z", "Yes");
  g_autoptr(SylAnnotation) stranger = syl_test_comment_new ("c9", "X", "", "not in the document");
  SylHistory *history = syl_document_get_history (document);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  syl_document_add_reply (document, second, reply);
  before = syl_test_serialize (document);

  g_assert_true (syl_document_delete_comment (document, reply));
  g_assert_cmpuint (g_list_model_get_n_items (syl_annotation_get_replies (second)), ==, 0);
  g_assert_true (syl_document_delete_comment (document, first));
  g_assert_cmpuint (g_list_model_get_n_items (syl_node_get_annotations (b)), ==, 1);
  g_assert_true (annotation_at (b, 0) == second);
  g_assert_cmpuint (syl_node_count_open_annotations (b), ==, 1);
  g_assert_false (syl_document_delete_comment (document, stranger));
  g_assert_false (syl_document_delete_comment (document, first));

  g_assert_true (syl_history_undo (history));
  g_assert_true (syl_history_undo (history));
  after = syl_test_serialize (document);
  syl_test_assert_same_text (after, before);
  g_assert_cmpuint (syl_node_count_open_annotations (b), ==, 2);
}

static gboolean
is_rfc3339_utc (const char *text)
{
  return g_regex_match_simple ("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$", text, 0, 0);
}

static void
test_resolve_reopen (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A B");
  SylAnnotation *comment = add_comment (document, "A", "c1");
  SylHistory *history = syl_document_get_history (document);
  SylNode *a = syl_test_find (document, "A");
  g_autofree char *resolved_at = NULL;

  syl_document_set_resolved (document, comment, TRUE, "段方");
  g_assert_true (syl_annotation_get_resolved (comment));
  g_assert_cmpstr (syl_annotation_get_resolved_by (comment), ==, "段方");
  g_assert_true (is_rfc3339_utc (syl_annotation_get_resolved_at (comment)));
  g_assert_cmpstr (syl_history_get_undo_label (history), ==, "Resolve Comment");
  g_assert_cmpuint (syl_node_count_open_annotations (a), ==, 0);
  resolved_at = g_strdup (syl_annotation_get_resolved_at (comment));

  /* Resolving what is resolved changes nothing. */
  syl_document_set_resolved (document, comment, TRUE, "Other");
  g_assert_cmpuint (n_undo (document), ==, 2);

  syl_document_set_resolved (document, comment, FALSE, "ignored");
  g_assert_false (syl_annotation_get_resolved (comment));
  g_assert_cmpstr (syl_annotation_get_resolved_by (comment), ==, "");
  g_assert_cmpstr (syl_annotation_get_resolved_at (comment), ==, "");
  g_assert_cmpstr (syl_history_get_undo_label (history), ==, "Reopen Comment");
  g_assert_cmpuint (syl_node_count_open_annotations (a), ==, 1);

  /* Each is one step: undoing the reopening brings who and when back. */
  g_assert_true (syl_history_undo (history));
  g_assert_cmpstr (syl_annotation_get_resolved_by (comment), ==, "段方");
  g_assert_cmpstr (syl_annotation_get_resolved_at (comment), ==, resolved_at);
  g_assert_cmpuint (syl_node_count_open_annotations (a), ==, 0);
  g_assert_true (syl_history_undo (history));
  g_assert_false (syl_annotation_get_resolved (comment));
  g_assert_cmpstr (syl_annotation_get_resolved_by (comment), ==, "");

  syl_document_set_resolved_full (document, comment, TRUE, "Bo", "2026-12-01T08:00:00Z");
  g_assert_cmpstr (syl_annotation_get_resolved_at (comment), ==, "2026-12-01T08:00:00Z");
  g_assert_cmpstr (syl_annotation_get_resolved_by (comment), ==, "Bo");
}

/* Open counts. */

typedef struct
{
  guint here;
  guint subtree;
} Notified;

static void
count_notify_cb (GObject    *object,
                 GParamSpec *pspec,
                 Notified   *notified)
{
  if (g_str_equal (pspec->name, "open-annotations"))
    notified->here++;
  else if (g_str_equal (pspec->name, "open-in-subtree"))
    notified->subtree++;
}

static void
test_open_counts (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1 (A1a) A2) B (B1)");
  SylNode *a = syl_test_find (document, "A");
  SylNode *a1 = syl_test_find (document, "A1");
  SylNode *a1a = syl_test_find (document, "A1a");
  SylNode *b = syl_test_find (document, "B");
  SylNode *root = syl_document_get_root (document);
  SylHistory *history = syl_document_get_history (document);
  Notified on_a1a = { 0 }, on_a = { 0 }, on_b = { 0 };
  SylAnnotation *deep;

  g_signal_connect (a1a, "notify", G_CALLBACK (count_notify_cb), &on_a1a);
  g_signal_connect (a, "notify", G_CALLBACK (count_notify_cb), &on_a);
  g_signal_connect (b, "notify", G_CALLBACK (count_notify_cb), &on_b);

  deep = add_comment (document, "A1a", "c1");
  add_comment (document, "A1a", "c2");
  add_comment (document, "A2", "c3");
  g_assert_cmpuint (syl_node_count_open_annotations (a1a), ==, 2);
  g_assert_cmpuint (syl_node_count_open_in_subtree (a1), ==, 2);
  g_assert_cmpuint (syl_node_count_open_in_subtree (a), ==, 3);
  g_assert_cmpuint (syl_node_count_open_annotations (a), ==, 0);
  g_assert_cmpuint (syl_node_count_open_in_subtree (root), ==, 3);
  g_assert_true (syl_node_has_open_in_subtree (a));
  g_assert_false (syl_node_has_open_in_subtree (b));
  g_assert_cmpuint (on_a1a.here, ==, 2);
  g_assert_cmpuint (on_a.here, ==, 0);
  g_assert_cmpuint (on_a.subtree, ==, 3);
  assert_counts (root);

  /* Resolving counts at once, on the node and up the tree. */
  syl_document_set_resolved (document, deep, TRUE, "Bo");
  g_assert_cmpuint (syl_node_count_open_annotations (a1a), ==, 1);
  g_assert_cmpuint (syl_node_count_open_in_subtree (a), ==, 2);
  g_assert_cmpuint (on_a1a.here, ==, 3);
  assert_counts (root);

  /* Moving a subtree moves its counts; undo moves them back. */
  g_assert_true (syl_document_move_node (document, a1, b, 0, NULL));
  g_assert_cmpuint (syl_node_count_open_in_subtree (a), ==, 1);
  g_assert_cmpuint (syl_node_count_open_in_subtree (b), ==, 1);
  g_assert_true (on_b.subtree > 0);
  assert_counts (root);
  g_assert_true (syl_history_undo (history));
  g_assert_cmpuint (syl_node_count_open_in_subtree (b), ==, 0);
  assert_counts (root);

  /* Removing a node takes its comments out of the count. */
  g_assert_true (syl_document_remove_nodes (document, &a1, 1, NULL));
  g_assert_cmpuint (syl_document_count_open_comments (document), ==, 1);
  assert_counts (root);
  g_assert_true (syl_history_undo (history));
  g_assert_cmpuint (syl_document_count_open_comments (document), ==, 2);

  g_signal_handlers_disconnect_by_data (a1a, &on_a1a);
  g_signal_handlers_disconnect_by_data (a, &on_a);
  g_signal_handlers_disconnect_by_data (b, &on_b);
}

/* A copy of a subtree (duplicate, paste) counts its comments, and they
 * belong to the copy. */
static void
test_open_counts_copy (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1) B");
  g_autoptr(SylNode) copy = NULL;
  SylAnnotation *copied;

  add_comment (document, "A1", "c1");
  add_comment (document, "A", "c2");
  copy = syl_node_copy (syl_test_find (document, "A"));
  g_assert_cmpuint (syl_node_count_open_in_subtree (copy), ==, 2);
  g_assert_true (syl_document_insert_node (document, copy, syl_document_get_root (document), 2,
                                           NULL));
  g_assert_cmpuint (syl_document_count_open_comments (document), ==, 4);
  copied = annotation_at (copy, 0);
  g_assert_true (syl_document_get_comment_node (document, copied) == copy);
  syl_document_set_resolved (document, copied, TRUE, "Bo");
  g_assert_cmpuint (syl_node_count_open_annotations (copy), ==, 0);
  g_assert_cmpuint (syl_document_count_open_comments (document), ==, 3);
  assert_counts (syl_document_get_root (document));
}

/* Counts read from a file match the file. */
static void
test_open_counts_loaded (void)
{
  g_autoptr(SylDocument) document = syl_test_load_data ("valid/full.syllabus.json");
  SylNode *root = syl_document_get_root (document);

  g_assert_cmpuint (assert_counts (root), >, 0);
  g_assert_cmpuint (syl_node_count_open_annotations (syl_node_get_child (root, 0)), ==, 1);
}

/* Many random changes, undos and redos: the cached counts always equal
 * counts made from scratch. */
static void
test_open_counts_random (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1 (A1a A1b) A2) B (B1 B2) C");
  SylHistory *history = syl_document_get_history (document);
  const char *ids[] = { "A", "A1", "A1a", "A1b", "A2", "B", "B1", "B2", "C" };
  GRand *rand = g_rand_new_with_seed (7);

  for (guint step = 0; step < 400; step++)
    {
      SylNode *node = syl_document_find_node (document, ids[g_rand_int_range (rand, 0, 9)]);
      SylNode *other = syl_document_find_node (document, ids[g_rand_int_range (rand, 0, 9)]);
      GListModel *annotations = node ? syl_node_get_annotations (node) : NULL;
      guint n = annotations ? g_list_model_get_n_items (annotations) : 0;

      switch (g_rand_int_range (rand, 0, 6))
        {
        case 0:
          if (node != NULL)
            {
              g_autofree char *id = g_strdup_printf ("c%u", step);
              add_comment (document, syl_node_get_id (node), id);
            }
          break;
        case 1:
          if (n > 0)
            {
              SylAnnotation *annotation = annotation_at (node, g_rand_int_range (rand, 0, n));
              syl_document_set_resolved (document, annotation,
                                         !syl_annotation_get_resolved (annotation), "R");
            }
          break;
        case 2:
          if (n > 0)
            syl_document_remove_annotation (document, node, 0);
          break;
        case 3:
          if (node != NULL && other != NULL)
            syl_document_move_node (document, node, other, 0, NULL);
          break;
        case 4:
          syl_history_undo (history);
          break;
        default:
          syl_history_redo (history);
        }
      assert_counts (syl_document_get_root (document));
    }
  g_rand_free (rand);
}

/* F8 and Shift+F8. */

static const char *
found (SylDocument *document,
       const char  *from,
       gboolean     forward)
{
  SylNode *node = syl_document_find_open_comments (document,
                                                   from ? syl_test_find (document, from) : NULL,
                                                   forward);

  return node ? syl_node_get_id (node) : NULL;
}

static void
test_next_previous (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1 A2 (A2a)) B C (C1) D");
  SylAnnotation *resolved;

  g_assert_null (found (document, NULL, TRUE));
  g_assert_null (found (document, "B", FALSE));

  add_comment (document, "A", "c1");
  add_comment (document, "A2a", "c2");
  add_comment (document, "C", "c3");
  resolved = add_comment (document, "B", "c4");
  syl_document_set_resolved (document, resolved, TRUE, "Bo");

  /* Forward, in document order, a node before its children. */
  g_assert_cmpstr (found (document, NULL, TRUE), ==, "A");
  g_assert_cmpstr (found (document, "A", TRUE), ==, "A2a");
  g_assert_cmpstr (found (document, "A1", TRUE), ==, "A2a");
  g_assert_cmpstr (found (document, "A2a", TRUE), ==, "C");
  g_assert_cmpstr (found (document, "B", TRUE), ==, "C");
  g_assert_cmpstr (found (document, "C", TRUE), ==, "A");
  g_assert_cmpstr (found (document, "C1", TRUE), ==, "A");
  g_assert_cmpstr (found (document, "D", TRUE), ==, "A");

  /* Backward. */
  g_assert_cmpstr (found (document, NULL, FALSE), ==, "C");
  g_assert_cmpstr (found (document, "D", FALSE), ==, "C");
  g_assert_cmpstr (found (document, "C1", FALSE), ==, "C");
  g_assert_cmpstr (found (document, "C", FALSE), ==, "A2a");
  g_assert_cmpstr (found (document, "B", FALSE), ==, "A2a");
  g_assert_cmpstr (found (document, "A2a", FALSE), ==, "A");
  g_assert_cmpstr (found (document, "A2", FALSE), ==, "A");
  g_assert_cmpstr (found (document, "A1", FALSE), ==, "A");
  g_assert_cmpstr (found (document, "A", FALSE), ==, "C");

  /* The only node with open comments finds itself. */
  syl_document_set_resolved (document, annotation_at (syl_test_find (document, "A"), 0), TRUE, "R");
  syl_document_set_resolved (document, annotation_at (syl_test_find (document, "C"), 0), TRUE, "R");
  g_assert_cmpstr (found (document, "A2a", TRUE), ==, "A2a");
  g_assert_cmpstr (found (document, "A2a", FALSE), ==, "A2a");
  g_assert_cmpstr (found (document, "D", FALSE), ==, "A2a");
}

/* The filter keeps nodes with open comments and their ancestors. */
static void
test_filter_predicate (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1 (A1a) A2) B (B1)");
  SylAnnotation *comment;

  comment = add_comment (document, "A1a", "c1");
  g_assert_true (syl_node_has_open_in_subtree (syl_test_find (document, "A")));
  g_assert_true (syl_node_has_open_in_subtree (syl_test_find (document, "A1")));
  g_assert_true (syl_node_has_open_in_subtree (syl_test_find (document, "A1a")));
  g_assert_false (syl_node_has_open_in_subtree (syl_test_find (document, "A2")));
  g_assert_false (syl_node_has_open_in_subtree (syl_test_find (document, "B")));
  g_assert_false (syl_node_has_open_in_subtree (syl_test_find (document, "B1")));

  syl_document_set_resolved (document, comment, TRUE, "Bo");
  g_assert_false (syl_node_has_open_in_subtree (syl_test_find (document, "A")));
  g_assert_false (syl_node_has_open_in_subtree (syl_test_find (document, "A1a")));
}

/* The review summary. */

static SylDocument *
summary_document (void)
{
  SylDocument *document = syl_test_new_outline ("A (A1 A2) B");
  g_autoptr(SylAnnotation) first = syl_test_comment_new ("c1", "Ada <ada@example.org>",
                                                         "2026-11-28T09:30:00Z",
                                                         "Use *fewer* words.\n"
                                                         "See <script>alert(1)</script>\n\n"
                                                         "# Not a heading\n1. not a list");
  g_autoptr(SylAnnotation) done = syl_test_comment_new ("c2", "Bo", "2026-11-28T09:40:00Z",
                                                        "Done already");
  g_autoptr(SylAnnotation) second = syl_test_comment_new ("c3", "", "2026-11-29T08:00:00+08:00",
                                                          "加一个例子");
  g_autoptr(SylReply) reply = syl_test_reply_new ("r1", "段方", "2026-11-28T10:05:00Z", "好的 & done");

  syl_document_set_string (document, document, "title", "算法 & Data", FALSE, NULL);
  syl_document_set_string (document, document, "language", "zh-CN", FALSE, NULL);
  syl_document_set_string (document, syl_test_find (document, "A1"), "title", "Sorting_fast", FALSE, NULL);
  syl_document_add_annotation (document, syl_test_find (document, "A1"), first);
  syl_document_add_reply (document, first, reply);
  syl_document_add_annotation (document, syl_test_find (document, "A1"), done);
  syl_document_set_resolved (document, done, TRUE, "Ada");
  syl_document_add_annotation (document, syl_test_find (document, "B"), second);
  return document;
}

/* The summary's own words are in the outline's language, Chinese here,
 * whatever the language the tests run in. */
static void
test_summary_markdown (void)
{
  g_autoptr(SylDocument) document = summary_document ();
  g_autofree char *markdown = syl_review_summary (document, SYL_REVIEW_FORMAT_MARKDOWN);

  g_assert_cmpstr (markdown, ==,
                   "# 审阅摘要：算法 \\& Data\n"
                   "\n"
                   "2 条未解决的批注。\n"
                   "\n"
                   "## 1.1 Sorting\\_fast\n"
                   "\n"
                   "### Ada \\<ada@example.org\\> · 2026-11-28 09:30 UTC\n"
                   "\n"
                   "Use \\*fewer\\* words.\\\n"
                   "See \\<script\\>alert(1)\\</script\\>\n"
                   "\n"
                   "\\# Not a heading\\\n"
                   "1\\. not a list\n"
                   "\n"
                   "- **段方 · 2026-11-28 10:05 UTC**: 好的 \\& done\n"
                   "\n"
                   "## 2 B\n"
                   "\n"
                   "### 匿名 · 2026-11-29 00:00 UTC\n"
                   "\n"
                   "加一个例子\n"
                   "\n");
}

static void
test_summary_html (void)
{
  g_autoptr(SylDocument) document = summary_document ();
  g_autoptr(SylNumbering) chinese = syl_numbering_new_preset (SYL_NUMBERING_PRESET_CHINESE);
  g_autofree char *html = NULL;

  syl_document_set_numbering (document, chinese);
  html = syl_review_summary (document, SYL_REVIEW_FORMAT_HTML);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n"
                                         "<meta charset=\"utf-8\">\n"
                                         "<title>审阅摘要：算法 &amp; Data</title>\n"));
  g_assert_true (g_str_has_suffix (html, "</body>\n</html>\n"));
  g_assert_nonnull (strstr (html, "\"Noto Sans CJK SC\""));
  g_assert_nonnull (strstr (html, "<h1>审阅摘要：算法 &amp; Data</h1>\n"
                                  "<p class=\"count\">2 条未解决的批注。</p>\n"));
  /* Sections in the document's numbering, comments escaped. */
  g_assert_nonnull (strstr (html, "<section>\n<h2>第一节 Sorting_fast</h2>\n"
                                  "<article class=\"comment\">\n"
                                  "<p class=\"meta\"><strong>Ada &lt;ada@example.org&gt;</strong> · "
                                  "<time datetime=\"2026-11-28T09:30:00Z\">2026-11-28 09:30 UTC</time></p>\n"
                                  "<p>Use *fewer* words.<br>\n"
                                  "See &lt;script&gt;alert(1)&lt;/script&gt;</p>\n"
                                  "<p># Not a heading<br>\n1. not a list</p>\n"
                                  "<div class=\"reply\">\n"
                                  "<p class=\"meta\"><strong>段方</strong> · <time datetime=\"2026-11-28T10:05:00Z\">"
                                  "2026-11-28 10:05 UTC</time></p>\n"
                                  "<p>好的 &amp; done</p>\n</div>\n</article>\n</section>\n"));
  g_assert_nonnull (strstr (html, "<h2>第二章 B</h2>"));
  g_assert_null (strstr (html, "<script>"));
  /* Resolved comments are dealt with. */
  g_assert_null (strstr (html, "Done already"));
}

/* What no file can carry is left out, as the exports leave it out: C0
 * and C1 controls (HTML refuses even their character references) and
 * noncharacters; a line break in a name stays within its byline. */
static void
test_summary_control_characters (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A");
  /* U+0085, U+009F, U+FDD0, U+FFFE and U+1FFFE, spelled in UTF-8. */
  g_autoptr(SylAnnotation) comment = syl_test_comment_new ("c1", "Ada\r\nL\xc2\x85",
                                                           "2026-11-28T09:30:00Z",
                                                           "a\x07" "b\x7f\xc2\x9f" "c\r\n"
                                                           "d\xef\xb7\x90" "e\xef\xbf\xbe"
                                                           "f\xf0\x9f\xbf\xbe" "g");
  g_autoptr(SylReply) reply = syl_test_reply_new ("r1", "B\no", "2026-11-28T10:05:00Z",
                                                  "x\x01y");
  SylNode *a = syl_test_find (document, "A");
  g_autofree char *markdown = NULL;
  g_autofree char *html = NULL;

  syl_document_set_string (document, a, "title", "T\x0citle", FALSE, NULL);
  syl_document_add_annotation (document, a, comment);
  syl_document_add_reply (document, comment, reply);
  markdown = syl_review_summary (document, SYL_REVIEW_FORMAT_MARKDOWN);
  html = syl_review_summary (document, SYL_REVIEW_FORMAT_HTML);

  g_assert_nonnull (strstr (markdown, "## 1 Title\n\n"
                                      "### Ada L · 2026-11-28 09:30 UTC\n\n"
                                      "abc\\\ndefg\n\n"
                                      "- **B o · 2026-11-28 10:05 UTC**: xy\n"));
  g_assert_nonnull (strstr (html, "<h2>1 Title</h2>\n"));
  g_assert_nonnull (strstr (html, "<strong>Ada L</strong>"));
  g_assert_nonnull (strstr (html, "<p>abc<br>\ndefg</p>\n"));
  g_assert_nonnull (strstr (html, "<strong>B o</strong>"));
  g_assert_nonnull (strstr (html, "<p>xy</p>\n"));
  g_assert_null (strstr (html, "&#x"));
}

/* Without a language, as the user interface: English in the tests. */
static void
test_summary_empty (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A B");
  g_autofree char *markdown = syl_review_summary (document, SYL_REVIEW_FORMAT_MARKDOWN);

  g_assert_cmpstr (markdown, ==, "# Review Summary\n\nNo open comments.\n\n");
}

static void
test_summary_formats (void)
{
  SylReviewFormat format = SYL_REVIEW_FORMAT_HTML;

  g_assert_true (syl_review_format_from_string ("markdown", &format));
  g_assert_cmpint (format, ==, SYL_REVIEW_FORMAT_MARKDOWN);
  g_assert_true (syl_review_format_from_string ("HTML", &format));
  g_assert_cmpint (format, ==, SYL_REVIEW_FORMAT_HTML);
  g_assert_false (syl_review_format_from_string ("pdf", &format));
  g_assert_true (syl_review_format_for_filename ("/tmp/a.b/review.md", &format));
  g_assert_cmpint (format, ==, SYL_REVIEW_FORMAT_MARKDOWN);
  g_assert_true (syl_review_format_for_filename ("review.HTM", &format));
  g_assert_cmpint (format, ==, SYL_REVIEW_FORMAT_HTML);
  g_assert_false (syl_review_format_for_filename ("/tmp/a.md/review", &format));
  g_assert_false (syl_review_format_for_filename ("review.txt", &format));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/review/thread", test_thread);
  g_test_add_func ("/review/edit", test_edit);
  g_test_add_func ("/review/delete", test_delete);
  g_test_add_func ("/review/resolve-reopen", test_resolve_reopen);
  g_test_add_func ("/review/open-counts", test_open_counts);
  g_test_add_func ("/review/open-counts-copy", test_open_counts_copy);
  g_test_add_func ("/review/open-counts-loaded", test_open_counts_loaded);
  g_test_add_func ("/review/open-counts-random", test_open_counts_random);
  g_test_add_func ("/review/next-previous", test_next_previous);
  g_test_add_func ("/review/filter-predicate", test_filter_predicate);
  g_test_add_func ("/review/summary/markdown", test_summary_markdown);
  g_test_add_func ("/review/summary/html", test_summary_html);
  g_test_add_func ("/review/summary/control-characters", test_summary_control_characters);
  g_test_add_func ("/review/summary/empty", test_summary_empty);
  g_test_add_func ("/review/summary/formats", test_summary_formats);

  return g_test_run ();
}
