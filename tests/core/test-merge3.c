/* test-merge3.c: comparing outlines by id, and merging them three ways
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-diff.h"
#include "syl-json-reader.h"
#include "syl-merge3.h"
#include "syl-test-util.h"

/* A copy of @document with the same ids. */
static SylDocument *
copy_of (SylDocument *document)
{
  g_autofree char *text = syl_test_serialize (document);

  return syl_test_parse (text);
}

/* The node at @path, child indices from the top: "0.3.1" is 1.4.2. */
static SylNode *
at (SylDocument *document,
    const char  *path)
{
  g_auto(GStrv) parts = g_strsplit (path, ".", -1);
  SylNode *node = syl_document_get_root (document);

  for (guint i = 0; parts[i] != NULL; i++)
    node = syl_node_get_child (node, atoi (parts[i]));
  g_assert_nonnull (node);
  return node;
}

/* The node of @document with the id of @other's node at @path. */
static SylNode *
same (SylDocument *document,
      SylDocument *other,
      const char  *path)
{
  return syl_document_find_node (document, syl_node_get_id (at (other, path)));
}

/* The kinds of the changes from @a to @b, space separated. */
static char *
diff_kinds (SylDocument *a,
            SylDocument *b)
{
  g_autoptr(SylDiff) diff = syl_diff_new (a, b);
  g_autoptr(GString) kinds = g_string_new (NULL);

  for (guint i = 0; i < syl_diff_get_n_changes (diff); i++)
    {
      if (i > 0)
        g_string_append_c (kinds, ' ');
      g_string_append (kinds, syl_change_kind_to_string (syl_diff_get_change (diff, i)->kind));
    }
  return g_string_free (g_steal_pointer (&kinds), FALSE);
}

static SylMergeReport *
merge (SylDocument *mine,
       SylDocument *base,
       SylDocument *theirs)
{
  g_autoptr(GError) error = NULL;
  SylMergeReport *report = syl_document_merge3 (mine, base, theirs, "theirs", &error);

  g_assert_no_error (error);
  g_assert_nonnull (report);
  return report;
}

static void
rename_node (SylDocument *document,
             SylNode     *node,
             const char  *title)
{
  g_assert_true (syl_document_set_string (document, node, "title", title, FALSE, NULL));
}

static void
test_one_side (void)
{
  g_autoptr(SylDocument) base = syl_test_load_sample ();
  g_autoptr(SylDocument) mine = copy_of (base);
  g_autoptr(SylDocument) theirs = copy_of (base);
  g_autoptr(SylMergeReport) report = NULL;
  g_autoptr(SylMergeReport) again = NULL;
  g_autofree char *kinds = NULL;
  SylNode *moved;

  /* MINE moves 1.2 to the end of chapter 2; THEIRS renames it and sets
   * the duration of 1.3. */
  g_assert_true (syl_document_move_node (mine, at (mine, "0.1"), at (mine, "1"),
                                         syl_node_get_n_children (at (mine, "1")), NULL));
  rename_node (theirs, at (theirs, "0.1"), "Renamed");
  g_assert_true (syl_document_set_int (theirs, at (theirs, "0.2"), "duration-minutes", 45, NULL));

  report = merge (mine, base, theirs);
  moved = same (mine, base, "0.1");
  g_assert_true (syl_node_get_parent (moved) == same (mine, base, "1"));
  g_assert_cmpstr (syl_node_get_title (moved), ==, "Renamed");
  g_assert_cmpint (syl_node_get_duration_minutes (same (mine, base, "0.2")), ==, 45);
  g_assert_cmpuint (syl_merge_report_count (report, SYL_MERGE_KEPT), ==, 0);
  g_assert_cmpuint (syl_merge_report_count (report, SYL_MERGE_TOOK), ==, 2);

  /* Merging the same again changes nothing more. */
  kinds = diff_kinds (theirs, mine);
  g_assert_cmpstr (kinds, ==, "moved");
  again = merge (mine, base, theirs);
  g_assert_cmpuint (syl_merge_report_count (again, SYL_MERGE_KEPT), ==, 0);
}

static void
test_same_change (void)
{
  g_autoptr(SylDocument) base = syl_test_load_sample ();
  g_autoptr(SylDocument) mine = copy_of (base);
  g_autoptr(SylDocument) theirs = copy_of (base);
  g_autoptr(SylMergeReport) report = NULL;
  g_autofree char *kinds = NULL;

  rename_node (mine, at (mine, "0.0"), "Both");
  rename_node (theirs, at (theirs, "0.0"), "Both");
  g_assert_true (syl_document_remove_nodes (mine, (SylNode *[]) { at (mine, "2") }, 1, NULL));
  g_assert_true (syl_document_remove_nodes (theirs, (SylNode *[]) { at (theirs, "2") }, 1, NULL));
  report = merge (mine, base, theirs);
  kinds = diff_kinds (theirs, mine);
  g_assert_cmpstr (kinds, ==, "");
  g_assert_cmpuint (syl_merge_report_count (report, SYL_MERGE_KEPT), ==, 0);
  g_assert_cmpuint (syl_merge_report_count (report, SYL_MERGE_TOOK), ==, 0);
}

static gboolean
has_conflict_comment (SylNode    *node,
                      const char *words)
{
  GListModel *annotations = syl_node_get_annotations (node);

  for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
    {
      g_autoptr(SylAnnotation) annotation = g_list_model_get_item (annotations, i);

      if (g_str_equal (syl_annotation_get_author (annotation), "Syllabus") &&
          !syl_annotation_get_resolved (annotation) &&
          strstr (syl_annotation_get_text (annotation), words) != NULL)
        return TRUE;
    }
  return FALSE;
}

static void
test_conflict_title (void)
{
  g_autoptr(SylDocument) base = syl_test_load_sample ();
  g_autoptr(SylDocument) mine = copy_of (base);
  g_autoptr(SylDocument) theirs = copy_of (base);
  g_autoptr(SylMergeReport) report = NULL;
  g_autoptr(SylMergeReport) again = NULL;
  SylNode *node;

  rename_node (mine, at (mine, "0.0"), "Mine");
  rename_node (theirs, at (theirs, "0.0"), "Theirs");
  report = merge (mine, base, theirs);
  node = same (mine, base, "0.0");
  g_assert_cmpstr (syl_node_get_title (node), ==, "Mine");
  g_assert_cmpuint (syl_merge_report_count (report, SYL_MERGE_KEPT), ==, 1);
  g_assert_true (has_conflict_comment (node, "“Theirs”"));
  g_assert_cmpuint (g_list_model_get_n_items (syl_node_get_annotations (node)), ==, 1);
  g_assert_cmpuint (syl_document_count_open_comments (mine), >=, 1);

  /* Merging again notes the conflict again, but adds no second comment. */
  again = merge (mine, base, theirs);
  g_assert_cmpuint (g_list_model_get_n_items (syl_node_get_annotations (node)), ==, 1);
}

static void
test_conflict_move (void)
{
  g_autoptr(SylDocument) base = syl_test_load_sample ();
  g_autoptr(SylDocument) mine = copy_of (base);
  g_autoptr(SylDocument) theirs = copy_of (base);
  g_autoptr(SylMergeReport) report = NULL;
  SylNode *node;

  g_assert_true (syl_document_move_node (mine, at (mine, "0.0"), at (mine, "1"), 0, NULL));
  g_assert_true (syl_document_move_node (theirs, at (theirs, "0.0"), at (theirs, "2"), 0, NULL));
  report = merge (mine, base, theirs);
  node = same (mine, base, "0.0");
  g_assert_true (syl_node_get_parent (node) == same (mine, base, "1"));
  g_assert_cmpuint (syl_node_get_index (node), ==, 0);
  g_assert_cmpuint (syl_merge_report_count (report, SYL_MERGE_KEPT), ==, 1);
  g_assert_true (has_conflict_comment (node, "移"));
}

static void
test_conflict_delete_edit (void)
{
  g_autoptr(SylDocument) base = syl_test_load_sample ();
  g_autoptr(SylDocument) mine = copy_of (base);
  g_autoptr(SylDocument) theirs = copy_of (base);
  g_autoptr(SylMergeReport) report = NULL;
  SylNode *node;

  rename_node (mine, at (mine, "0.2"), "Edited");
  g_assert_true (syl_document_remove_nodes (theirs, (SylNode *[]) { at (theirs, "0.2") }, 1,
                                            NULL));
  report = merge (mine, base, theirs);
  node = same (mine, base, "0.2");
  g_assert_nonnull (node);
  g_assert_cmpstr (syl_node_get_title (node), ==, "Edited");
  g_assert_cmpuint (syl_merge_report_count (report, SYL_MERGE_KEPT), ==, 1);
  g_assert_true (has_conflict_comment (node, "删除"));
}

static void
test_move_and_edit (void)
{
  g_autoptr(SylDocument) base = syl_test_load_sample ();
  g_autoptr(SylDocument) mine = copy_of (base);
  g_autoptr(SylDocument) theirs = copy_of (base);
  g_autoptr(SylMergeReport) report = NULL;
  SylNode *node;

  g_assert_true (syl_document_move_node (theirs, at (theirs, "0.3"), at (theirs, "3"), 1, NULL));
  g_assert_true (syl_document_set_string (mine, at (mine, "0.3"), "notes", "新的笔记", FALSE,
                                          NULL));
  report = merge (mine, base, theirs);
  node = same (mine, base, "0.3");
  g_assert_true (syl_node_get_parent (node) == same (mine, base, "3"));
  g_assert_cmpuint (syl_node_get_index (node), ==, 1);
  g_assert_cmpstr (syl_node_get_notes (node), ==, "新的笔记");
  g_assert_cmpuint (syl_merge_report_count (report, SYL_MERGE_KEPT), ==, 0);
}

/* BASE with one open comment on 1.1, and MINE and THEIRS copies of it. */
static SylDocument *
with_comment (void)
{
  SylDocument *base = syl_test_load_sample ();
  g_autoptr(SylAnnotation) comment = syl_test_comment_new ("c1", "Ada", "2026-11-28T09:30:00Z",
                                                           "Why?");

  syl_document_add_annotation (base, at (base, "0.0"), comment);
  return base;
}

static SylAnnotation *
comment_of (SylNode *node)
{
  GListModel *annotations = syl_node_get_annotations (node);
  g_autoptr(SylAnnotation) annotation = NULL;

  if (g_list_model_get_n_items (annotations) == 0)
    return NULL;
  annotation = g_list_model_get_item (annotations, 0);
  return annotation;
}

static void
test_comment_deleted (void)
{
  g_autoptr(SylDocument) base = with_comment ();
  g_autoptr(SylDocument) mine = copy_of (base);
  g_autoptr(SylDocument) theirs = copy_of (base);
  g_autoptr(SylMergeReport) report = NULL;

  g_assert_true (syl_document_delete_comment (mine, comment_of (at (mine, "0.0"))));
  syl_document_set_resolved (theirs, comment_of (at (theirs, "0.0")), TRUE, "Bo");
  report = merge (mine, base, theirs);
  g_assert_null (comment_of (at (mine, "0.0")));

  /* The other way round too. */
  g_clear_object (&mine);
  g_clear_object (&report);
  mine = copy_of (base);
  syl_document_set_resolved (mine, comment_of (at (mine, "0.0")), TRUE, "Bo");
  g_assert_true (syl_document_delete_comment (theirs, comment_of (at (theirs, "0.0"))));
  report = merge (mine, base, theirs);
  g_assert_null (comment_of (at (mine, "0.0")));
}

static void
test_resolve_and_reply (void)
{
  g_autoptr(SylDocument) base = with_comment ();
  g_autoptr(SylDocument) mine = copy_of (base);
  g_autoptr(SylDocument) theirs = copy_of (base);
  g_autoptr(SylMergeReport) report = NULL;
  g_autoptr(SylReply) reply = syl_test_reply_new ("r1", "Bo", "2026-11-29T09:30:00Z", "Because.");
  SylAnnotation *comment;

  syl_document_set_resolved_full (mine, comment_of (at (mine, "0.0")), TRUE, "Ada",
                                  "2026-11-30T09:30:00Z");
  syl_document_add_reply (theirs, comment_of (at (theirs, "0.0")), reply);
  report = merge (mine, base, theirs);
  comment = comment_of (at (mine, "0.0"));
  g_assert_true (syl_annotation_get_resolved (comment));
  g_assert_cmpuint (g_list_model_get_n_items (syl_annotation_get_replies (comment)), ==, 1);
  g_assert_cmpuint (syl_merge_report_count (report, SYL_MERGE_ADDED_REPLY), ==, 1);

  /* Resolved by THEIRS, reply by MINE: the same. */
  g_clear_object (&mine);
  g_clear_object (&theirs);
  g_clear_object (&report);
  mine = copy_of (base);
  theirs = copy_of (base);
  syl_document_set_resolved_full (theirs, comment_of (at (theirs, "0.0")), TRUE, "Ada",
                                  "2026-11-30T09:30:00Z");
  g_clear_object (&reply);
  reply = syl_test_reply_new ("r1", "Bo", "2026-11-29T09:30:00Z", "Because.");
  syl_document_add_reply (mine, comment_of (at (mine, "0.0")), reply);
  report = merge (mine, base, theirs);
  comment = comment_of (at (mine, "0.0"));
  g_assert_true (syl_annotation_get_resolved (comment));
  g_assert_cmpstr (syl_annotation_get_resolved_by (comment), ==, "Ada");
  g_assert_cmpuint (g_list_model_get_n_items (syl_annotation_get_replies (comment)), ==, 1);
}

static void
test_comment_text_conflict (void)
{
  g_autoptr(SylDocument) base = with_comment ();
  g_autoptr(SylDocument) mine = copy_of (base);
  g_autoptr(SylDocument) theirs = copy_of (base);
  g_autoptr(SylMergeReport) report = NULL;

  syl_document_edit_comment (mine, comment_of (at (mine, "0.0")), "Why, mine?", FALSE);
  syl_document_edit_comment (theirs, comment_of (at (theirs, "0.0")), "Why, theirs?", FALSE);
  report = merge (mine, base, theirs);
  g_assert_cmpstr (syl_annotation_get_text (comment_of (at (mine, "0.0"))), ==, "Why, mine?");
  g_assert_cmpuint (syl_merge_report_count (report, SYL_MERGE_KEPT), ==, 1);
  g_assert_true (has_conflict_comment (at (mine, "0.0"), "Why, theirs?"));
}

static void
test_course_fields (void)
{
  g_autoptr(SylDocument) base = syl_test_load_sample ();
  g_autoptr(SylDocument) mine = copy_of (base);
  g_autoptr(SylDocument) theirs = copy_of (base);
  g_autoptr(SylMergeReport) report = NULL;

  syl_document_set_string (theirs, theirs, "title", "New title", FALSE, NULL);
  syl_document_set_string (mine, mine, "subtitle", "Mine", FALSE, NULL);
  syl_document_set_string (theirs, theirs, "subtitle", "Theirs", FALSE, NULL);
  report = merge (mine, base, theirs);
  g_assert_cmpstr (syl_document_get_title (mine), ==, "New title");
  g_assert_cmpstr (syl_document_get_subtitle (mine), ==, "Mine");
  g_assert_cmpuint (syl_merge_report_count (report, SYL_MERGE_KEPT), ==, 1);
  /* Written in the course's language: the sample is in Chinese. */
  g_assert_cmpstr (syl_merge_report_get_item (report, SYL_MERGE_KEPT, 0)->text, ==,
                   "合并冲突：另一版本的课程副标题为“Theirs”。");
}

static void
test_refuse_unrelated (void)
{
  g_autoptr(SylDocument) base = syl_test_load_sample ();
  g_autoptr(SylDocument) mine = copy_of (base);
  g_autoptr(SylDocument) other = syl_test_new_outline ("A (A1 A2) B");
  g_autofree char *before = syl_test_serialize (mine);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  SylMergeReport *report = syl_document_merge3 (mine, base, other, "other", &error);

  g_assert_null (report);
  g_assert_error (error, SYL_ERROR, SYL_ERROR_NOT_A_COPY);
  after = syl_test_serialize (mine);
  g_assert_cmpstr (before, ==, after);
}

static void
test_diff_pairs (void)
{
  g_autoptr(SylDocument) base = with_comment ();
  g_autoptr(SylDocument) other = copy_of (base);
  g_autoptr(SylAnnotation) added = syl_test_comment_new ("c2", "Bo", "2026-11-29T09:30:00Z",
                                                         "More?");
  g_autofree char *kinds = NULL;
  g_autofree char *same_kinds = NULL;
  g_autoptr(SylDiff) diff = NULL;
  const SylChange *change;

  same_kinds = diff_kinds (base, other);
  g_assert_cmpstr (same_kinds, ==, "");

  /* Move and rename, kind and duration, delete, comments. */
  g_assert_true (syl_document_move_node (other, at (other, "0.1"), at (other, "1"), 0, NULL));
  rename_node (other, at (other, "1.0"), "Moved");
  g_assert_true (syl_document_set_kind (other, at (other, "0.1"), SYL_NODE_KIND_DISCUSSION, NULL));
  g_assert_true (syl_document_set_int (other, at (other, "0.1"), "duration-minutes", 30, NULL));
  g_assert_true (syl_document_remove_nodes (other, (SylNode *[]) { at (other, "0.2") }, 1, NULL));
  syl_document_set_resolved (other, comment_of (at (other, "0.0")), TRUE, "Bo");
  syl_document_add_annotation (other, at (other, "0.0"), added);
  g_assert_true (syl_document_set_string (other, at (other, "0.0"), "notes",
                                          "大模型 is big", FALSE, NULL));
  kinds = diff_kinds (base, other);
  g_assert_cmpstr (kinds, ==,
                   "deleted notes comment-resolved comment-added kind duration moved renamed");

  diff = syl_diff_new (base, other);
  change = syl_diff_get_change (diff, 1);
  g_assert_cmpstr (change->old_number, ==, "1.1");
  g_assert_cmpuint (change->n_added, ==, 5);
  g_assert_cmpstr (change->new_excerpt, ==, "大模型 is big");
  change = syl_diff_get_change (diff, 6);
  g_assert_cmpstr (change->old_number, ==, "1.2");
  g_assert_cmpstr (change->new_number, ==, "2.1");
  g_assert_cmpstr (change->old_parent_id, ==, syl_node_get_id (at (base, "0")));
  g_assert_cmpstr (change->new_parent_id, ==, syl_node_get_id (at (base, "1")));
  change = syl_diff_get_change (diff, 7);
  g_assert_cmpstr (change->new_value, ==, "Moved");

  /* Reopen and delete. */
  g_clear_pointer (&kinds, g_free);
  syl_document_set_resolved (base, comment_of (at (base, "0.0")), TRUE, "Bo");
  g_clear_object (&other);
  other = copy_of (base);
  syl_document_set_resolved (other, comment_of (at (other, "0.0")), FALSE, NULL);
  kinds = diff_kinds (base, other);
  g_assert_cmpstr (kinds, ==, "comment-reopened");
  g_clear_pointer (&kinds, g_free);
  g_assert_true (syl_document_delete_comment (other, comment_of (at (other, "0.0"))));
  kinds = diff_kinds (base, other);
  g_assert_cmpstr (kinds, ==, "comment-deleted");
}

/* A random edit of @document, from @rand. */
static void
random_edit (SylDocument *document,
             GRand       *rand)
{
  SylNode *root = syl_document_get_root (document);
  guint n_chapters = syl_node_get_n_children (root);
  SylNode *chapter = syl_node_get_child (root, g_rand_int_range (rand, 0, n_chapters));
  SylNode *node = chapter;
  g_autofree char *text = g_strdup_printf ("edit %u", g_rand_int (rand));

  if (syl_node_get_n_children (chapter) > 0 && g_rand_boolean (rand))
    node = syl_node_get_child (chapter,
                               g_rand_int_range (rand, 0, syl_node_get_n_children (chapter)));
  switch (g_rand_int_range (rand, 0, 8))
    {
    case 0:
      rename_node (document, node, text);
      break;
    case 1:
      syl_document_set_string (document, node, "notes", text, FALSE, NULL);
      break;
    case 2:
      syl_document_set_int (document, node, "duration-minutes", g_rand_int_range (rand, 1, 200),
                            NULL);
      break;
    case 3:
      if (node != chapter)
        syl_document_move_node (document, node, root, g_rand_int_range (rand, 0, n_chapters),
                                NULL);
      break;
    case 4:
      if (syl_node_get_n_children (root) > 2)
        syl_document_remove_nodes (document, &node, 1, NULL);
      break;
    case 5:
      {
        g_autoptr(SylNode) fresh = syl_node_new (SYL_NODE_KIND_SECTION, text);
        syl_document_insert_node (document, fresh, chapter, 0, NULL);
      }
      break;
    case 6:
      {
        g_autoptr(SylAnnotation) comment = syl_annotation_new ("Ada", text);
        syl_document_add_annotation (document, node, comment);
      }
      break;
    default:
      syl_document_set_kind (document, node, SYL_NODE_KIND_EXAMPLE, NULL);
      break;
    }
}

static void
test_random (void)
{
  g_autoptr(SylDocument) base = syl_test_load_sample ();
  g_autofree char *base_text = syl_test_serialize (base);

  for (guint32 seed = 1; seed <= 25; seed++)
    {
      g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
      g_autoptr(SylDocument) x = copy_of (base);
      g_autoptr(SylDocument) mine = NULL;
      g_autoptr(SylDocument) other = NULL;
      g_autoptr(SylMergeReport) r1 = NULL;
      g_autoptr(SylMergeReport) r2 = NULL;
      g_autoptr(SylMergeReport) r3 = NULL;
      g_autofree char *x_text = NULL;
      g_autofree char *one = NULL;
      g_autofree char *two = NULL;
      g_autofree char *kinds = NULL;
      g_autoptr(SylDocument) twin = NULL;

      for (guint i = g_rand_int_range (rand, 1, 8); i > 0; i--)
        random_edit (x, rand);
      x_text = syl_test_serialize (x);

      /* merge (base, X, base) == X */
      mine = copy_of (x);
      other = syl_test_parse (base_text);
      r1 = merge (mine, other, other);
      one = syl_test_serialize (mine);
      syl_test_assert_same_text (one, x_text);

      /* merge (base, base, X) == X */
      g_clear_object (&mine);
      mine = syl_test_parse (base_text);
      r2 = merge (mine, other, x);
      two = syl_test_serialize (mine);
      syl_test_assert_same_text (two, x_text);

      /* Identical sides: nothing to tell after. */
      g_clear_object (&mine);
      mine = copy_of (x);
      twin = copy_of (x);
      r3 = merge (mine, other, twin);
      g_assert_cmpuint (syl_merge_report_count (r3, SYL_MERGE_KEPT), ==, 0);
      kinds = diff_kinds (x, mine);
      g_assert_cmpstr (kinds, ==, "");
    }
}

static void
test_refuse_repaired_ids (void)
{
  g_autoptr(SylDocument) base = syl_test_parse (SYL_TEST_JSON_HEAD ", \"children\": ["
                                                "{\"id\": \"a\", \"title\": \"A\"},"
                                                "{\"id\": \"a\", \"title\": \"B\"}]}");
  g_autoptr(SylDocument) mine = syl_test_load_sample ();
  g_autoptr(SylDocument) theirs = copy_of (mine);
  g_autofree char *before = syl_test_serialize (mine);
  g_autofree char *after = NULL;
  g_autoptr(GError) error = NULL;
  SylMergeReport *report = syl_document_merge3 (mine, base, theirs, "theirs", &error);

  g_assert_null (report);
  g_assert_error (error, SYL_ERROR, SYL_ERROR_INVALID);
  after = syl_test_serialize (mine);
  g_assert_cmpstr (before, ==, after);
}

/* BASE: two chapters with sections, a comment with a reply, one resolved. */
static const char base_json[] =
  "{\"format\": \"syllabus\", \"version\": 1, \"title\": \"Course\", \"children\": ["
  " {\"id\": \"a\", \"title\": \"A\", \"notes\": \"大模型 notes\", \"annotations\": ["
  "   {\"id\": \"c1\", \"author\": \"Ada\", \"created\": \"2026-01-01T00:00:00Z\","
  "    \"text\": \"Why?\", \"replies\": [{\"id\": \"r1\", \"author\": \"Bo\","
  "    \"created\": \"2026-01-02T00:00:00Z\", \"text\": \"Because.\"}]}],"
  "  \"children\": [{\"id\": \"a1\", \"title\": \"A1\", \"duration_minutes\": 30},"
  "   {\"id\": \"a2\", \"title\": \"A2\", \"objectives\": [\"x\", \"y\"],"
  "   \"annotations\": [{\"id\": \"c2\", \"author\": \"Ada\","
  "    \"created\": \"2026-01-03T00:00:00Z\","
  "    \"text\": \"Done\", \"resolved\": true, \"resolvedBy\": \"Bo\","
  "    \"resolvedAt\": \"2026-01-04T00:00:00Z\"}]}]},"
  " {\"id\": \"b\", \"title\": \"B\", \"children\": [{\"id\": \"b1\", \"title\": \"B1\"}]}]}";

/* MINE: BASE with A2 moved under B, A1 renamed, B1 deleted and c1 resolved. */
static const char mine_json[] =
  "{\"format\": \"syllabus\", \"version\": 1, \"title\": \"Course\", \"children\": ["
  " {\"id\": \"a\", \"title\": \"A\", \"notes\": \"大模型 notes\", \"annotations\": ["
  "   {\"id\": \"c1\", \"author\": \"Ada\", \"created\": \"2026-01-01T00:00:00Z\","
  "    \"text\": \"Why?\", \"resolved\": true, \"resolvedBy\": \"Ada\","
  "    \"resolvedAt\": \"2026-01-05T00:00:00Z\", \"replies\": [{\"id\": \"r1\", \"author\": \"Bo\","
  "    \"created\": \"2026-01-02T00:00:00Z\", \"text\": \"Because.\"}]}],"
  "  \"children\": [{\"id\": \"a1\", \"title\": \"A1 renamed\", \"duration_minutes\": 30}]},"
  " {\"id\": \"b\", \"title\": \"B\", \"children\": ["
  "   {\"id\": \"a2\", \"title\": \"A2\", \"objectives\": [\"x\", \"y\"],"
  "   \"annotations\": [{\"id\": \"c2\", \"author\": \"Ada\","
  "    \"created\": \"2026-01-03T00:00:00Z\","
  "    \"text\": \"Done\", \"resolved\": true, \"resolvedBy\": \"Bo\","
  "    \"resolvedAt\": \"2026-01-04T00:00:00Z\"}]}]}]}";

/* Inputs fuzz-merge3 found: a new comment in THEIRS whose reply reuses
 * the id of a reply MINE has, and a node added under one the merge drops
 * under a node it moves.  The merged outline has unique ids, and nothing
 * differs between it and itself reloaded. */
static void
test_fuzz_regressions (gconstpointer data)
{
  g_autofree char *path = syl_test_data_path ("..", "fuzz", "corpus", "fuzz-merge3",
                                              (const char *) data, NULL);
  g_autoptr(SylDocument) base = syl_test_parse (base_json);
  g_autoptr(SylDocument) mine = syl_test_parse (mine_json);
  g_autoptr(SylDocument) theirs = syl_test_load_path (path);
  g_autoptr(SylMergeReport) report = merge (mine, base, theirs);
  g_autofree char *text = syl_test_serialize (mine);
  g_autoptr(SylDocument) again = syl_test_parse (text);
  g_autofree char *kinds = diff_kinds (mine, again);

  g_assert_null (syl_document_get_warnings (again)[0]);
  g_assert_cmpstr (kinds, ==, "");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/merge3/one-side", test_one_side);
  g_test_add_func ("/merge3/same-change", test_same_change);
  g_test_add_func ("/merge3/move-and-edit", test_move_and_edit);
  g_test_add_func ("/merge3/conflict/title", test_conflict_title);
  g_test_add_func ("/merge3/conflict/move", test_conflict_move);
  g_test_add_func ("/merge3/conflict/delete-edit", test_conflict_delete_edit);
  g_test_add_func ("/merge3/comment-deleted", test_comment_deleted);
  g_test_add_func ("/merge3/resolve-and-reply", test_resolve_and_reply);
  g_test_add_func ("/merge3/random", test_random);
  g_test_add_func ("/merge3/refuse-repaired-ids", test_refuse_repaired_ids);
  g_test_add_func ("/merge3/conflict/comment-text", test_comment_text_conflict);
  g_test_add_func ("/merge3/course-fields", test_course_fields);
  g_test_add_func ("/merge3/refuse-unrelated", test_refuse_unrelated);
  g_test_add_func ("/diff/pairs", test_diff_pairs);
  g_test_add_data_func ("/merge3/fuzz/reused-reply-id", "reused-reply-id.json",
                        test_fuzz_regressions);
  g_test_add_data_func ("/merge3/fuzz/orphan-chain", "orphan-chain.json", test_fuzz_regressions);
  return g_test_run ();
}
