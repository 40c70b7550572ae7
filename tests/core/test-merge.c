/* test-merge.c: reviewers' copies merged back into the author's outline
 *
 * Every case starts from one outline sent out for review.  The author
 * goes on working on it (moving, renaming, deleting sections) while
 * reviewers annotate their copies; the copies are then merged back.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "syl-merge.h"
#include "syl-snapshot.h"
#include "syl-test-util.h"

/* A (A1 A2) B (B1) C, with one comment by the author on A1 that has one
 * reply, and one by a reviewer on B. */
static char *
base_json (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1 A2) B (B1) C");
  g_autoptr(SylAnnotation) mine = syl_test_comment_new ("c-author", "段方", "2026-11-01T09:00:00Z",
                                                        "Is this clear?");
  g_autoptr(SylReply) reply = syl_test_reply_new ("r-base", "Ada", "2026-11-02T09:00:00Z",
                                                  "Mostly.");
  g_autoptr(SylAnnotation) theirs = syl_test_comment_new ("c-reviewer", "Ada",
                                                          "2026-11-03T09:00:00Z",
                                                          "Shorten this section.");

  syl_document_add_annotation (document, syl_test_find (document, "A1"), mine);
  syl_document_add_reply (document, mine, reply);
  syl_document_add_annotation (document, syl_test_find (document, "B"), theirs);
  return syl_test_serialize (document);
}

/* A fresh copy of the outline sent out, as a reviewer or the author has
 * it before changing anything. */
static SylDocument *
base_copy (void)
{
  g_autofree char *json = base_json ();

  return syl_test_parse (json);
}

static SylAnnotation *
find_comment (SylDocument *document,
              const char  *node_id,
              const char  *id)
{
  GListModel *annotations = syl_node_get_annotations (syl_test_find (document, node_id));

  for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
    {
      g_autoptr(SylAnnotation) annotation = g_list_model_get_item (annotations, i);

      if (g_str_equal (syl_annotation_get_id (annotation), id))
        return annotation;
    }
  return NULL;
}

static SylReply *
reply_at (SylAnnotation *annotation,
          guint          index)
{
  g_autoptr(SylReply) reply = g_list_model_get_item (syl_annotation_get_replies (annotation), index);

  g_assert_nonnull (reply);
  return reply;
}

static guint
n_replies (SylAnnotation *annotation)
{
  return g_list_model_get_n_items (syl_annotation_get_replies (annotation));
}

static guint
n_comments (SylDocument *document,
            const char  *node_id)
{
  return g_list_model_get_n_items (syl_node_get_annotations (syl_test_find (document, node_id)));
}

static guint
n_undo (SylDocument *document)
{
  return syl_history_get_n_undo (syl_document_get_history (document));
}

/* The seed of the random numbers, for each merge a test makes. */
#define MERGE_SEED 16

/* Works the merge out on a snapshot of @before, as the window does in a
 * worker thread, and checks that the plan makes on another copy of
 * @before what merging into it directly made: @after, in one step, with
 * the same report. */
static void
assert_plan_merges (const char     *before,
                    SylDocument   **copies,
                    const char    **names,
                    guint           n_copies,
                    const char     *after,
                    SylMergeReport *report)
{
  g_autoptr(SylDocument) twin = syl_test_parse (before);
  g_autoptr(SylDocument) snapshot = syl_document_snapshot (twin);
  g_autoptr(SylMergePlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *merged = NULL;
  g_autofree char *expected_report = syl_merge_report_to_text (report);
  g_autofree char *plan_report = NULL;

  /* Ids made for clashing comments come from the same random numbers. */
  g_random_set_seed (MERGE_SEED);
  plan = syl_merge_plan_new (snapshot, copies, names, n_copies, NULL, &error);
  g_assert_no_error (error);
  g_assert_nonnull (plan);
  plan_report = syl_merge_report_to_text (syl_merge_plan_get_report (plan));
  g_assert_cmpstr (plan_report, ==, expected_report);
  g_assert_true (syl_merge_plan_apply (plan, twin, &error));
  g_assert_no_error (error);
  merged = syl_test_serialize (twin);
  syl_test_assert_same_text (merged, after);
  g_assert_cmpuint (n_undo (twin), ==, syl_merge_report_changed (report) ? 1 : 0);
}

/* Merges @copies (named copy-1.json, copy-2.json, …) into @mine and checks
 * that it is one step, that undo gives back exactly the outline as it was
 * and that redo gives back exactly the merge; and that the merge worked
 * out on a snapshot does the same. */
static SylMergeReport *
merge (SylDocument  *mine,
       SylDocument **copies,
       guint         n_copies)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *before = syl_test_serialize (mine);
  g_autofree char *after = NULL;
  g_autofree char *undone = NULL;
  g_autofree char *redone = NULL;
  g_autoptr(GError) error = NULL;
  SylHistory *history = syl_document_get_history (mine);
  guint steps = n_undo (mine);
  SylMergeReport *report;

  for (guint i = 0; i < n_copies; i++)
    g_ptr_array_add (names, g_strdup_printf ("copy-%u.json", i + 1));
  g_random_set_seed (MERGE_SEED);
  report = syl_document_merge_copies (mine, copies, (const char * const *) names->pdata,
                                      n_copies, &error);
  g_assert_no_error (error);
  g_assert_nonnull (report);
  g_assert_cmpuint (syl_merge_report_get_n_copies (report), ==, n_copies);

  after = syl_test_serialize (mine);
  assert_plan_merges (before, copies, (const char **) names->pdata, n_copies, after, report);
  if (!syl_merge_report_changed (report))
    {
      g_assert_cmpuint (n_undo (mine), ==, steps);
      return report;
    }
  g_assert_cmpuint (n_undo (mine), ==, steps + 1);
  g_assert_true (syl_history_undo (history));
  undone = syl_test_serialize (mine);
  syl_test_assert_same_text (undone, before);
  g_assert_true (syl_history_redo (history));
  redone = syl_test_serialize (mine);
  syl_test_assert_same_text (redone, after);
  return report;
}

static SylMergeReport *
merge_one (SylDocument *mine,
           SylDocument *copy)
{
  return merge (mine, &copy, 1);
}

static void
assert_counts (SylMergeReport *report,
               guint           added_comments,
               guint           added_replies,
               guint           resolutions,
               guint           edits,
               guint           orphans,
               guint           conflicts)
{
  g_assert_cmpuint (syl_merge_report_count (report, SYL_MERGE_ADDED_COMMENT), ==, added_comments);
  g_assert_cmpuint (syl_merge_report_count (report, SYL_MERGE_ADDED_REPLY), ==, added_replies);
  g_assert_cmpuint (syl_merge_report_count (report, SYL_MERGE_RESOLVED), ==, resolutions);
  g_assert_cmpuint (syl_merge_report_count (report, SYL_MERGE_EDITED), ==, edits);
  g_assert_cmpuint (syl_merge_report_count (report, SYL_MERGE_ORPHAN), ==, orphans);
  g_assert_cmpuint (syl_merge_report_count (report, SYL_MERGE_CONFLICT), ==, conflicts);
}

/* A reviewer's new comment arrives with its id, author, time and text, as
 * one step named after the merge. */
static void
test_new_comment (void)
{
  g_autoptr(SylDocument) mine = base_copy ();
  g_autoptr(SylDocument) copy = base_copy ();
  g_autoptr(SylAnnotation) added = syl_test_comment_new ("c-new", "Ada", "2026-11-10T09:00:00Z",
                                                         "Add an exercise.");
  g_autoptr(SylMergeReport) report = NULL;
  SylAnnotation *merged;
  const SylMergeItem *item;
  g_autofree char *summary = NULL;

  syl_document_add_annotation (copy, syl_test_find (copy, "B1"), added);
  report = merge_one (mine, copy);

  assert_counts (report, 1, 0, 0, 0, 0, 0);
  merged = find_comment (mine, "B1", "c-new");
  g_assert_nonnull (merged);
  g_assert_true (merged != added);
  g_assert_cmpstr (syl_annotation_get_author (merged), ==, "Ada");
  g_assert_cmpstr (syl_annotation_get_created (merged), ==, "2026-11-10T09:00:00Z");
  g_assert_cmpstr (syl_annotation_get_text (merged), ==, "Add an exercise.");
  g_assert_cmpuint (syl_node_count_open_annotations (syl_test_find (mine, "B1")), ==, 1);
  g_assert_cmpstr (syl_history_get_undo_label (syl_document_get_history (mine)), ==,
                   "Merge 1 Review");

  item = syl_merge_report_get_item (report, SYL_MERGE_ADDED_COMMENT, 0);
  g_assert_cmpstr (item->source, ==, "copy-1.json");
  g_assert_cmpstr (item->section, ==, "2.1 B1");
  g_assert_cmpstr (item->comment_id, ==, "c-new");
  g_assert_cmpstr (item->text, ==, "Add an exercise.");
  summary = syl_merge_report_dup_summary (report);
  g_assert_cmpstr (summary, ==, "1 new comment.");
}

/* The author moved A1 into C since: the reviewer's comment on A1 and
 * reply to the author's comment follow it there. */
static void
test_moved_section (void)
{
  g_autoptr(SylDocument) mine = base_copy ();
  g_autoptr(SylDocument) copy = base_copy ();
  g_autoptr(SylAnnotation) added = syl_test_comment_new ("c-new", "Ada", "2026-11-10T09:00:00Z",
                                                         "Typo.");
  g_autoptr(SylReply) reply = syl_test_reply_new ("r-new", "Ada", "2026-11-10T09:05:00Z", "Fixed?");
  g_autoptr(SylMergeReport) report = NULL;
  SylNode *a1 = syl_test_find (mine, "A1");

  g_assert_true (syl_document_move_node (mine, a1, syl_test_find (mine, "C"), 0, NULL));
  syl_document_add_annotation (copy, syl_test_find (copy, "A1"), added);
  syl_document_add_reply (copy, find_comment (copy, "A1", "c-author"), reply);
  report = merge_one (mine, copy);

  assert_counts (report, 1, 1, 0, 0, 0, 0);
  g_assert_nonnull (find_comment (mine, "A1", "c-new"));
  g_assert_true (syl_node_get_parent (a1) == syl_test_find (mine, "C"));
  g_assert_cmpuint (n_replies (find_comment (mine, "A1", "c-author")), ==, 2);
  g_assert_cmpstr (syl_reply_get_id (reply_at (find_comment (mine, "A1", "c-author"), 1)), ==,
                   "r-new");
  /* The report names the section as the author's outline has it now. */
  g_assert_cmpstr (syl_merge_report_get_item (report, SYL_MERGE_ADDED_COMMENT, 0)->section, ==,
                   "3.1 A1");
}

/* Renamed and renumbered: chapters swapped, B renamed. */
static void
test_renamed_section (void)
{
  g_autoptr(SylDocument) mine = base_copy ();
  g_autoptr(SylDocument) copy = base_copy ();
  g_autoptr(SylAnnotation) added = syl_test_comment_new ("c-new", "Ada", "2026-11-10T09:00:00Z",
                                                         "Good chapter.");
  g_autoptr(SylMergeReport) report = NULL;

  syl_document_set_string (mine, syl_test_find (mine, "B"), "title", "第二章：新的标题", FALSE, NULL);
  g_assert_true (syl_document_move_node (mine, syl_test_find (mine, "B"),
                                         syl_document_get_root (mine), 0, NULL));
  syl_document_add_annotation (copy, syl_test_find (copy, "B"), added);
  report = merge_one (mine, copy);

  assert_counts (report, 1, 0, 0, 0, 0, 0);
  g_assert_cmpuint (n_comments (mine, "B"), ==, 2);
  g_assert_nonnull (find_comment (mine, "B", "c-new"));
  g_assert_cmpstr (syl_merge_report_get_item (report, SYL_MERGE_ADDED_COMMENT, 0)->section, ==,
                   "1 第二章：新的标题");
}

/* The author deleted A2; a reviewer commented on it.  The comment goes
 * nowhere in the outline but is reported whole, once, however many copies
 * have it. */
static void
test_deleted_section (void)
{
  g_autoptr(SylDocument) mine = base_copy ();
  g_autoptr(SylDocument) copy = base_copy ();
  g_autoptr(SylDocument) second = NULL;
  g_autoptr(SylAnnotation) added = syl_test_comment_new ("c-orphan", "Ada", "2026-11-10T09:00:00Z",
                                                         "Needs a diagram.");
  g_autoptr(SylReply) reply = syl_test_reply_new ("r-orphan", "Bo", "2026-11-10T10:00:00Z",
                                                  "Agreed.");
  g_autoptr(SylMergeReport) report = NULL;
  SylNode *a2 = syl_test_find (mine, "A2");
  SylDocument *copies[2];
  const SylMergeItem *item;
  g_autofree char *text = NULL;
  g_autofree char *json = NULL;

  g_assert_true (syl_document_remove_nodes (mine, &a2, 1, NULL));
  syl_document_add_annotation (copy, syl_test_find (copy, "A2"), added);
  syl_document_add_reply (copy, added, reply);
  json = syl_test_serialize (copy);
  second = syl_test_parse (json);
  copies[0] = copy;
  copies[1] = second;
  report = merge (mine, copies, 2);

  assert_counts (report, 0, 0, 0, 0, 1, 0);
  g_assert_false (syl_merge_report_changed (report));
  item = syl_merge_report_get_item (report, SYL_MERGE_ORPHAN, 0);
  g_assert_cmpstr (item->source, ==, "copy-1.json");
  g_assert_cmpstr (item->section, ==, "1.2 A2");
  g_assert_cmpstr (item->author, ==, "Ada");
  g_assert_cmpstr (item->text, ==, "Needs a diagram.");
  g_assert_cmpuint (g_strv_length (item->replies), ==, 1);
  g_assert_cmpstr (item->replies[0], ==, "Bo: Agreed.");
  g_assert_cmpuint (syl_document_count_open_comments (mine), ==, 2);

  text = syl_merge_report_to_text (report);
  g_assert_cmpstr (text, ==,
                   "1 comment on a deleted section.\n"
                   "\n"
                   "On sections deleted since, so not added to the outline:\n"
                   "copy-1.json, “1.2 A2”, by Ada:\n"
                   "    Needs a diagram.\n"
                   "    — Bo: Agreed.\n");
}

/* Two reviewers replied to the same comment: both replies arrive, oldest
 * first among the replies already there. */
static void
test_concurrent_replies (void)
{
  g_autoptr(SylDocument) mine = base_copy ();
  g_autoptr(SylDocument) first = base_copy ();
  g_autoptr(SylDocument) second = base_copy ();
  g_autoptr(SylReply) late = syl_test_reply_new ("r-late", "Ada", "2026-11-12T09:00:00Z",
                                                 "Later reply");
  g_autoptr(SylReply) early = syl_test_reply_new ("r-early", "Bo", "2026-11-11T09:00:00Z",
                                                  "Earlier reply");
  g_autoptr(SylReply) author = syl_test_reply_new ("r-author", "段方", "2026-11-11T12:00:00Z", "我来改");
  g_autoptr(SylMergeReport) report = NULL;
  SylDocument *copies[2];
  SylAnnotation *comment;

  syl_document_add_reply (mine, find_comment (mine, "B", "c-reviewer"), author);
  syl_document_add_reply (first, find_comment (first, "B", "c-reviewer"), late);
  syl_document_add_reply (second, find_comment (second, "B", "c-reviewer"), early);
  copies[0] = first;
  copies[1] = second;
  report = merge (mine, copies, 2);

  assert_counts (report, 0, 2, 0, 0, 0, 0);
  comment = find_comment (mine, "B", "c-reviewer");
  g_assert_cmpuint (n_replies (comment), ==, 3);
  g_assert_cmpstr (syl_reply_get_id (reply_at (comment, 0)), ==, "r-early");
  g_assert_cmpstr (syl_reply_get_id (reply_at (comment, 1)), ==, "r-author");
  g_assert_cmpstr (syl_reply_get_id (reply_at (comment, 2)), ==, "r-late");
  g_assert_cmpstr (syl_merge_report_get_item (report, SYL_MERGE_ADDED_REPLY, 1)->source, ==,
                   "copy-2.json");
}

/* The same comment changed differently in two copies: the outline keeps
 * its text and gets both versions as replies; merging again adds
 * nothing. */
static void
test_conflicting_edits (void)
{
  g_autoptr(SylDocument) mine = base_copy ();
  g_autoptr(SylDocument) first = base_copy ();
  g_autoptr(SylDocument) second = base_copy ();
  g_autoptr(SylMergeReport) report = NULL;
  g_autoptr(SylMergeReport) again = NULL;
  g_autoptr(SylMergeReport) one_again = NULL;
  SylDocument *copies[2];
  SylAnnotation *comment;
  const SylMergeItem *item;
  g_autofree char *text = NULL;

  syl_document_edit_comment (first, find_comment (first, "B", "c-reviewer"), "Cut it by half.", FALSE);
  syl_document_edit_comment (second, find_comment (second, "B", "c-reviewer"), "Split it in two.", FALSE);
  copies[0] = first;
  copies[1] = second;
  report = merge (mine, copies, 2);

  assert_counts (report, 0, 0, 0, 0, 0, 2);
  comment = find_comment (mine, "B", "c-reviewer");
  g_assert_cmpstr (syl_annotation_get_text (comment), ==, "Shorten this section.");
  g_assert_cmpuint (n_replies (comment), ==, 2);
  g_assert_cmpstr (syl_reply_get_text (reply_at (comment, 0)), ==,
                   "Conflicting version, from copy-1.json:\n\nCut it by half.");
  g_assert_cmpstr (syl_reply_get_text (reply_at (comment, 1)), ==,
                   "Conflicting version, from copy-2.json:\n\nSplit it in two.");
  g_assert_cmpstr (syl_reply_get_author (reply_at (comment, 0)), ==, "Ada");
  item = syl_merge_report_get_item (report, SYL_MERGE_CONFLICT, 1);
  g_assert_cmpstr (item->source, ==, "copy-2.json");
  g_assert_cmpstr (item->section, ==, "2 B");
  g_assert_cmpstr (item->text, ==, "Split it in two.");
  text = syl_merge_report_to_text (report);
  g_assert_nonnull (strstr (text, "copy-1.json, “2 B”, by Ada: “Cut it by half.”\n"));

  /* Merged again, together or one at a time, nothing changes. */
  again = merge (mine, copies, 2);
  g_assert_false (syl_merge_report_changed (again));
  one_again = merge_one (mine, second);
  g_assert_false (syl_merge_report_changed (one_again));
  g_assert_cmpstr (syl_annotation_get_text (comment), ==, "Shorten this section.");
}

/* Changed in one copy only, or the same way in two: the new text. */
static void
test_single_edit (void)
{
  g_autoptr(SylDocument) mine = base_copy ();
  g_autoptr(SylDocument) first = base_copy ();
  g_autoptr(SylDocument) second = base_copy ();
  g_autoptr(SylDocument) third = base_copy ();
  g_autoptr(SylMergeReport) report = NULL;
  SylDocument *copies[3] = { first, second, third };

  syl_document_edit_comment (first, find_comment (first, "B", "c-reviewer"), "Shorter, please.", FALSE);
  syl_document_edit_comment (third, find_comment (third, "B", "c-reviewer"), "Shorter, please.", FALSE);
  syl_document_edit_comment (second, reply_at (find_comment (second, "A1", "c-author"), 0),
                             "Mostly, yes.", FALSE);
  report = merge (mine, copies, 3);

  assert_counts (report, 0, 0, 0, 2, 0, 0);
  g_assert_cmpstr (syl_annotation_get_text (find_comment (mine, "B", "c-reviewer")), ==,
                   "Shorter, please.");
  g_assert_cmpstr (syl_reply_get_text (reply_at (find_comment (mine, "A1", "c-author"), 0)), ==,
                   "Mostly, yes.");
}

/* Resolved in a copy: resolved in the outline, by whom and when the copy
 * says.  The later of two resolutions wins; an open comment in a copy
 * reopens nothing. */
static void
test_resolution (void)
{
  g_autoptr(SylDocument) mine = base_copy ();
  g_autoptr(SylDocument) first = base_copy ();
  g_autoptr(SylDocument) earlier = base_copy ();
  g_autoptr(SylDocument) later = base_copy ();
  g_autoptr(SylDocument) open = base_copy ();
  g_autoptr(SylMergeReport) report = NULL;
  g_autoptr(SylMergeReport) second = NULL;
  g_autoptr(SylMergeReport) third = NULL;
  SylAnnotation *comment = find_comment (mine, "B", "c-reviewer");

  syl_document_set_resolved_full (first, find_comment (first, "B", "c-reviewer"), TRUE, "Ada",
                                  "2026-11-20T10:00:00Z");
  report = merge_one (mine, first);
  assert_counts (report, 0, 0, 1, 0, 0, 0);
  g_assert_true (syl_annotation_get_resolved (comment));
  g_assert_cmpstr (syl_annotation_get_resolved_by (comment), ==, "Ada");
  g_assert_cmpstr (syl_annotation_get_resolved_at (comment), ==, "2026-11-20T10:00:00Z");
  g_assert_cmpuint (syl_node_count_open_annotations (syl_test_find (mine, "B")), ==, 0);

  syl_document_set_resolved_full (earlier, find_comment (earlier, "B", "c-reviewer"), TRUE, "Bo",
                                  "2026-11-19T10:00:00Z");
  syl_document_set_resolved_full (later, find_comment (later, "B", "c-reviewer"), TRUE, "Cy",
                                  "2026-11-21T18:00:00+08:00");
  {
    SylDocument *copies[3] = { earlier, open, later };
    second = merge (mine, copies, 3);
  }
  assert_counts (second, 0, 0, 1, 0, 0, 0);
  g_assert_true (syl_annotation_get_resolved (comment));
  g_assert_cmpstr (syl_annotation_get_resolved_by (comment), ==, "Cy");
  g_assert_cmpstr (syl_annotation_get_resolved_at (comment), ==, "2026-11-21T18:00:00+08:00");

  third = merge_one (mine, open);
  g_assert_false (syl_merge_report_changed (third));
  g_assert_true (syl_annotation_get_resolved (comment));
}

/* Two copies with the same new comment (one reviewer's copy passed on to
 * another): it arrives once, and the other reviewer's reply with it. */
static void
test_same_comment_in_two_copies (void)
{
  g_autoptr(SylDocument) mine = base_copy ();
  g_autoptr(SylDocument) first = base_copy ();
  g_autoptr(SylDocument) second = NULL;
  g_autoptr(SylAnnotation) added = syl_test_comment_new ("c-shared", "Ada", "2026-11-10T09:00:00Z",
                                                         "Same in both.");
  g_autoptr(SylReply) reply = syl_test_reply_new ("r-second", "Bo", "2026-11-11T09:00:00Z",
                                                  "Me too.");
  g_autoptr(SylMergeReport) report = NULL;
  g_autofree char *json = NULL;
  SylDocument *copies[2];

  syl_document_add_annotation (first, syl_test_find (first, "C"), added);
  json = syl_test_serialize (first);
  second = syl_test_parse (json);
  syl_document_add_reply (second, find_comment (second, "C", "c-shared"), reply);
  copies[0] = first;
  copies[1] = second;
  report = merge (mine, copies, 2);

  assert_counts (report, 1, 1, 0, 0, 0, 0);
  g_assert_cmpuint (n_comments (mine, "C"), ==, 1);
  g_assert_cmpuint (n_replies (find_comment (mine, "C", "c-shared")), ==, 1);
}

/* Members Syllabus does not know, on new comments and replies, arrive
 * unchanged. */
static void
test_unknown_members (void)
{
  g_autoptr(SylDocument) mine = base_copy ();
  g_autofree char *base = base_json ();
  g_autoptr(GString) json = g_string_new (base);
  g_autoptr(SylDocument) copy = NULL;
  g_autoptr(SylMergeReport) report = NULL;
  g_autofree char *merged = NULL;
  char *at;

  /* B1's list of annotations, empty. */
  at = strstr (json->str, "\"id\": \"B1\"");
  g_assert_nonnull (at);
  at = strstr (at, "\"annotations\": [");
  g_assert_nonnull (at);
  g_string_insert (json, at - json->str + strlen ("\"annotations\": ["),
                   "{\"id\": \"c-x\", \"text\": \"With extras\", "
                   "\"x-tool\": {\"anchor\": [3, 9], \"colour\": \"红\"}, "
                   "\"replies\": [{\"id\": \"r-x\", \"text\": \"Reply\", \"x-mood\": true}]}");
  copy = syl_test_parse (json->str);
  report = merge_one (mine, copy);

  assert_counts (report, 1, 0, 0, 0, 0, 0);
  merged = syl_test_serialize (mine);
  g_assert_nonnull (strstr (merged, "\"text\": \"With extras\",\n"));
  g_assert_nonnull (strstr (merged, "\"x-tool\": {\n"));
  g_assert_nonnull (strstr (merged, "\"colour\": \"红\""));
  g_assert_nonnull (strstr (merged, "\"x-mood\": true"));
  g_assert_nonnull (find_comment (mine, "B1", "c-x"));
}

/* A file of another outline shares no section: refused, and nothing
 * changes, not even with a good copy before it. */
static void
test_different_document (void)
{
  g_autoptr(SylDocument) mine = base_copy ();
  g_autoptr(SylDocument) good = base_copy ();
  g_autoptr(SylDocument) other = syl_test_new_outline ("X (Y) Z");
  g_autoptr(SylAnnotation) added = syl_test_comment_new ("c-new", "Ada", "2026-11-10T09:00:00Z",
                                                         "New");
  g_autoptr(SylAnnotation) stray = syl_test_comment_new ("c-stray", "Ada", "2026-11-10T09:00:00Z",
                                                         "Stray");
  g_autofree char *before = syl_test_serialize (mine);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  SylDocument *copies[2] = { good, other };
  const char *names[2] = { "good.json", "other.json" };
  SylMergeReport *report;

  syl_document_add_annotation (good, syl_test_find (good, "A"), added);
  syl_document_add_annotation (other, syl_test_find (other, "Y"), stray);
  report = syl_document_merge_copies (mine, copies, names, 2, &error);

  g_assert_null (report);
  g_assert_error (error, SYL_ERROR, SYL_ERROR_NOT_A_COPY);
  g_assert_cmpstr (error->message, ==,
                   "other.json: not a copy of this outline: none of its sections are in the outline");
  after = syl_test_serialize (mine);
  syl_test_assert_same_text (after, before);
  g_assert_cmpuint (n_undo (mine), ==, 0);
}

static char *
write_temp (const char *dir,
            const char *name,
            const char *text)
{
  char *path = g_build_filename (dir, name, NULL);

  syl_test_write_text (path, text);
  return path;
}

/* Copies read from files: named by their file names; a broken file stops
 * the merge, names the file and the line, and changes nothing. */
static void
test_files (void)
{
  g_autofree char *dir = g_dir_make_tmp ("syl-test-merge-XXXXXX", NULL);
  g_autoptr(SylDocument) mine = base_copy ();
  g_autoptr(SylDocument) copy = base_copy ();
  g_autoptr(SylAnnotation) added = syl_test_comment_new ("c-new", "Ada", "2026-11-10T09:00:00Z",
                                                         "New");
  g_autofree char *json = NULL;
  g_autofree char *good_path = NULL;
  g_autofree char *bad_path = NULL;
  g_autofree char *before = syl_test_serialize (mine);
  g_autofree char *after = NULL;
  g_autoptr(GFile) good = NULL;
  g_autoptr(GFile) bad = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SylMergeReport) report = NULL;
  GFile *files[2];

  syl_document_add_annotation (copy, syl_test_find (copy, "C"), added);
  json = syl_test_serialize (copy);
  good_path = write_temp (dir, "reviewer-ada.syllabus.json", json);
  bad_path = write_temp (dir, "broken.json", "{\n  \"format\": \"syllabus\",\n  \"version\": 1,\n  oops\n}\n");
  good = g_file_new_for_path (good_path);
  bad = g_file_new_for_path (bad_path);

  files[0] = good;
  files[1] = bad;
  report = syl_document_merge_files (mine, files, 2, NULL, &error);
  g_assert_null (report);
  g_assert_error (error, SYL_ERROR, SYL_ERROR_SYNTAX);
  g_assert_true (g_str_has_prefix (error->message, "broken.json:4:3: "));
  after = syl_test_serialize (mine);
  syl_test_assert_same_text (after, before);
  g_assert_cmpuint (n_undo (mine), ==, 0);

  g_clear_error (&error);
  report = syl_document_merge_files (mine, files, 1, NULL, &error);
  g_assert_no_error (error);
  assert_counts (report, 1, 0, 0, 0, 0, 0);
  g_assert_cmpstr (syl_merge_report_get_item (report, SYL_MERGE_ADDED_COMMENT, 0)->source, ==,
                   "reviewer-ada.syllabus.json");
  g_assert_nonnull (find_comment (mine, "C", "c-new"));

  g_assert_no_errno (g_remove (good_path));
  g_assert_no_errno (g_remove (bad_path));
  g_assert_no_errno (g_rmdir (dir));
}

/* Everything at once, from three reviewers, undone in one step: the
 * outline is exactly as it was, byte for byte (merge() checks it). */
static void
test_undo_restores (void)
{
  g_autoptr(SylDocument) mine = base_copy ();
  g_autoptr(SylDocument) a = base_copy ();
  g_autoptr(SylDocument) b = base_copy ();
  g_autoptr(SylDocument) c = base_copy ();
  g_autoptr(SylAnnotation) one = syl_test_comment_new ("c-1", "Ada", "2026-11-10T09:00:00Z", "One");
  g_autoptr(SylAnnotation) two = syl_test_comment_new ("c-2", "Bo", "2026-11-10T09:00:00Z", "Two");
  g_autoptr(SylReply) reply = syl_test_reply_new ("r-1", "Cy", "2026-11-10T09:00:00Z", "Reply");
  g_autoptr(SylMergeReport) report = NULL;
  SylDocument *copies[3] = { a, b, c };
  SylNode *a2 = syl_test_find (mine, "A2");
  g_autofree char *summary = NULL;

  g_assert_true (syl_document_remove_nodes (mine, &a2, 1, NULL));
  syl_document_add_annotation (a, syl_test_find (a, "A2"), one);
  syl_document_add_annotation (b, syl_test_find (b, "B1"), two);
  syl_document_add_reply (c, find_comment (c, "A1", "c-author"), reply);
  syl_document_set_resolved_full (c, find_comment (c, "A1", "c-author"), TRUE, "Cy",
                                  "2026-11-12T09:00:00Z");
  syl_document_edit_comment (a, find_comment (a, "B", "c-reviewer"), "Edited in a", FALSE);
  syl_document_edit_comment (b, find_comment (b, "B", "c-reviewer"), "Edited in b", FALSE);
  report = merge (mine, copies, 3);

  assert_counts (report, 1, 1, 1, 0, 1, 2);
  summary = syl_merge_report_dup_summary (report);
  g_assert_cmpstr (summary, ==, "1 new comment, 1 new reply, 1 resolution, "
                                "1 comment on a deleted section, 2 conflicting versions.");
  g_assert_cmpstr (syl_history_get_undo_label (syl_document_get_history (mine)), ==,
                   "Merge 3 Reviews");
  g_assert_cmpuint (syl_document_count_open_comments (mine), ==, 2);
}

/* A reviewer's new comment whose id the outline already uses for a reply
 * (another tool's ids, say) gets a new id, so ids stay unique. */
static void
test_id_clash (void)
{
  g_autoptr(SylDocument) mine = base_copy ();
  g_autoptr(SylDocument) copy = base_copy ();
  g_autoptr(SylAnnotation) added = syl_test_comment_new ("r-base", "Ada", "2026-11-10T09:00:00Z",
                                                         "Clash");
  g_autoptr(SylMergeReport) report = NULL;
  g_autoptr(SylAnnotation) merged = NULL;

  syl_document_add_annotation (copy, syl_test_find (copy, "C"), added);
  report = merge_one (mine, copy);
  assert_counts (report, 1, 0, 0, 0, 0, 0);
  merged = g_list_model_get_item (syl_node_get_annotations (syl_test_find (mine, "C")), 0);
  g_assert_cmpstr (syl_annotation_get_text (merged), ==, "Clash");
  g_assert_cmpstr (syl_annotation_get_id (merged), !=, "r-base");
  g_assert_cmpuint (strlen (syl_annotation_get_id (merged)), ==, 16);
}

static void
test_nothing_new (void)
{
  g_autoptr(SylDocument) mine = base_copy ();
  g_autoptr(SylDocument) copy = base_copy ();
  g_autoptr(SylMergeReport) report = merge_one (mine, copy);
  g_autofree char *text = syl_merge_report_to_text (report);

  assert_counts (report, 0, 0, 0, 0, 0, 0);
  g_assert_cmpstr (text, ==, "Nothing new in the reviews.\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/merge/new-comment", test_new_comment);
  g_test_add_func ("/merge/moved-section", test_moved_section);
  g_test_add_func ("/merge/renamed-section", test_renamed_section);
  g_test_add_func ("/merge/deleted-section", test_deleted_section);
  g_test_add_func ("/merge/concurrent-replies", test_concurrent_replies);
  g_test_add_func ("/merge/conflicting-edits", test_conflicting_edits);
  g_test_add_func ("/merge/single-edit", test_single_edit);
  g_test_add_func ("/merge/resolution", test_resolution);
  g_test_add_func ("/merge/same-comment-in-two-copies", test_same_comment_in_two_copies);
  g_test_add_func ("/merge/unknown-members", test_unknown_members);
  g_test_add_func ("/merge/different-document", test_different_document);
  g_test_add_func ("/merge/files", test_files);
  g_test_add_func ("/merge/undo-restores", test_undo_restores);
  g_test_add_func ("/merge/id-clash", test_id_clash);
  g_test_add_func ("/merge/nothing-new", test_nothing_new);

  return g_test_run ();
}
