/* test-check.c: the course check finds, for each rule, exactly what it
 * should on small outlines, and the rules a course turns off are kept in
 * its file and changed through its history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-check.h"
#include "syl-test-util.h"

/* Every rule but @rule, to see one rule at a time. */
#define ONLY(rule) (SYL_CHECK_ALL_RULES & ~(rule))

/* The findings, one line each: place, severity, message, rule, and the ids
 * of the nodes a click selects. */
static char *
dump (GPtrArray *findings)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < findings->len; i++)
    {
      SylFinding *finding = g_ptr_array_index (findings, i);
      GPtrArray *nodes = syl_finding_get_nodes (finding);
      g_autofree char *place = syl_finding_dup_place (finding);

      g_string_append_printf (out, "%s: %s: %s [%s] (", place,
                              syl_check_severity_to_string (syl_finding_get_severity (finding)),
                              syl_finding_get_message (finding),
                              syl_check_rule_to_string (syl_finding_get_rule (finding)));
      for (guint j = 0; j < nodes->len; j++)
        g_string_append_printf (out, "%s%s", j > 0 ? " " : "",
                                syl_node_get_id (g_ptr_array_index (nodes, j)));
      g_string_append (out, ")\n");
    }
  return g_string_free (out, FALSE);
}

static char *
check (SylDocument   *document,
       SylCheckRules  disabled)
{
  g_autoptr(GPtrArray) findings = syl_document_check (document, disabled);

  return dump (findings);
}

/* Field edits, through the document as the window makes them. */

static void
set_string (SylDocument *document,
            const char  *id,
            const char  *property,
            const char  *value)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (syl_document_set_string (document, syl_test_find (document, id), property,
                                          value, FALSE, &error));
  g_assert_no_error (error);
}

static void
set_duration (SylDocument *document,
              const char  *id,
              int          minutes)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (syl_document_set_int (document, syl_test_find (document, id),
                                       "duration-minutes", minutes, &error));
  g_assert_no_error (error);
}

static void
set_kind (SylDocument *document,
          const char  *id,
          SylNodeKind  kind)
{
  g_autoptr(GError) error = NULL;

  g_assert_true (syl_document_set_kind (document, syl_test_find (document, id), kind, &error));
  g_assert_no_error (error);
}

static void
add_objective (SylDocument *document,
               const char  *id,
               const char  *text)
{
  syl_document_insert_objective (document, syl_test_find (document, id), 0, text);
}

/* Notes on every node, so that only the rule a test is about finds
 * anything. */
static void
fill_notes (SylDocument *document)
{
  SylNodeIter iter;
  SylNode *node;

  syl_node_iter_init (&iter, syl_document_get_root (document));
  while (syl_node_iter_next (&iter, &node))
    set_string (document, syl_node_get_id (node), "notes", "Notes.");
}

static void
test_clean (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1 A2) B (B1)");
  g_autofree char *found = NULL;

  fill_notes (document);
  found = check (document, SYL_CHECK_NO_RULES);
  g_assert_cmpstr (found, ==, "");
}

static void
test_over_target (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1 A2) B");
  g_autoptr(GError) error = NULL;
  g_autofree char *course = NULL;
  g_autofree char *chapter = NULL;
  g_autofree char *exact = NULL;

  fill_notes (document);
  set_string (document, "A", "title", "Sorting");
  g_assert_true (syl_document_set_string (document, document, "title", "Course", FALSE, &error));
  g_assert_true (syl_document_set_int (document, document, "target-minutes", 80, &error));
  set_duration (document, "A1", 40);
  set_duration (document, "A2", 30);
  set_duration (document, "B", 20);
  course = check (document, ONLY (SYL_CHECK_OVER_TARGET));
  g_assert_cmpstr (course, ==,
                   "Course: error: takes 1 h 30 min, 10 min over its target of 1 h 20 min "
                   "[over-target] ()\n");

  /* The chapter's own hour counts for the course, so the course is on
   * time; its sections take longer than that hour. */
  set_duration (document, "A", 60);
  chapter = check (document, ONLY (SYL_CHECK_OVER_TARGET));
  g_assert_cmpstr (chapter, ==,
                   "1 Sorting: error: its parts take 1 h 10 min, 10 min over its own 1 h "
                   "[over-target] (A)\n");

  set_duration (document, "A", 70);
  set_duration (document, "B", 10);
  exact = check (document, ONLY (SYL_CHECK_OVER_TARGET));
  g_assert_cmpstr (exact, ==, "");
}

static void
test_missing_duration (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1 A2) B (B1 B2) C (C1 C2) D");
  g_autoptr(SylDocument) target_only = syl_test_new_outline ("A (A1) B");
  g_autoptr(GError) error = NULL;
  g_autofree char *unused = NULL;
  g_autofree char *used = NULL;
  g_autofree char *parts = NULL;
  g_autofree char *chapters = NULL;

  /* A course without durations is not asked for them. */
  unused = check (document, ONLY (SYL_CHECK_MISSING_DURATION));
  g_assert_cmpstr (unused, ==, "");

  /* A chapter with none anywhere is one finding; one with a time of its
   * own and none for its sections is timed as a whole. */
  set_duration (document, "A1", 10);
  set_duration (document, "C", 30);
  used = check (document, ONLY (SYL_CHECK_MISSING_DURATION));
  g_assert_cmpstr (used, ==,
                   "1.2 A2: warning: no duration [missing-duration] (A2)\n"
                   "2 B: warning: no duration [missing-duration] (B)\n"
                   "4 D: warning: no duration [missing-duration] (D)\n");

  /* Once one of its sections has a time, the others need one too. */
  set_duration (document, "C1", 10);
  parts = check (document, ONLY (SYL_CHECK_MISSING_DURATION));
  g_assert_cmpstr (parts, ==,
                   "1.2 A2: warning: no duration [missing-duration] (A2)\n"
                   "2 B: warning: no duration [missing-duration] (B)\n"
                   "3.2 C2: warning: no duration [missing-duration] (C2)\n"
                   "4 D: warning: no duration [missing-duration] (D)\n");

  /* A target alone says the course is timed. */
  g_assert_true (syl_document_set_int (target_only, target_only, "target-minutes", 60, &error));
  chapters = check (target_only, ONLY (SYL_CHECK_MISSING_DURATION));
  g_assert_cmpstr (chapters, ==,
                   "1 A: warning: no duration [missing-duration] (A)\n"
                   "2 B: warning: no duration [missing-duration] (B)\n");
}

static void
test_empty_title (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1) B C");
  g_autofree char *found = NULL;

  set_string (document, "A1", "title", "  ");
  /* Full-width spaces are spaces too. */
  set_string (document, "B", "title", "\u3000");
  set_string (document, "C", "title", "");
  found = check (document, ONLY (SYL_CHECK_EMPTY_TITLE));
  g_assert_cmpstr (found, ==,
                   "1.1: error: no title [empty-title] (A1)\n"
                   "2: error: no title [empty-title] (B)\n"
                   "3: error: no title [empty-title] (C)\n");
}

static void
test_empty_section (void)
{
  g_autoptr(SylDocument) document =
    syl_test_new_outline ("A (A1 A2 A3 A4) B (B1 B2 B3 B4) C (C1 (C1a)) D E (E1)");
  g_autoptr(SylExample) example = syl_example_new ("Cards", "");
  g_autofree char *found = NULL;

  /* Only spaces are no notes. */
  set_string (document, "A1", "notes", " \n ");
  set_string (document, "B2", "notes", "Notes.");
  add_objective (document, "B3", "Sort a hand of cards");
  syl_document_insert_example (document, syl_test_find (document, "B4"), 0, example);
  set_kind (document, "E1", SYL_NODE_KIND_DISCUSSION);
  found = check (document, ONLY (SYL_CHECK_EMPTY_SECTION));
  g_assert_cmpstr (found, ==,
                   "1 A: warning: 4 empty sections: no notes, objectives, examples or "
                   "subsections [empty-section] (A1 A2 A3 A4)\n"
                   "2.1 B1: warning: empty: no notes, objectives, examples or subsections "
                   "[empty-section] (B1)\n"
                   "3.1.1 C1a: warning: empty: no notes, objectives, examples or subsections "
                   "[empty-section] (C1a)\n"
                   "4 D: warning: empty: no notes, objectives, examples or subsections "
                   "[empty-section] (D)\n");
}

static void
test_duplicate_title (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1 A2 A3) B (B1) C");
  g_autoptr(SylNumbering) none = syl_numbering_new_preset (SYL_NUMBERING_PRESET_NONE);
  g_autofree char *numbered = NULL;
  g_autofree char *unnumbered = NULL;

  set_string (document, "A1", "title", "Intro");
  /* Folded: full-width letters, case and spaces around do not count. */
  set_string (document, "A2", "title", "ＩＮＴＲＯ");
  set_string (document, "A3", "title", " intro ");
  /* Cousins may share a title. */
  set_string (document, "B1", "title", "Intro");
  set_string (document, "C", "title", "A");
  numbered = check (document, ONLY (SYL_CHECK_DUPLICATE_TITLE));
  g_assert_cmpstr (numbered, ==,
                   "1.2 ＩＮＴＲＯ: warning: same title as 1.1 [duplicate-title] (A2)\n"
                   "1.3 intro: warning: same title as 1.1 [duplicate-title] (A3)\n"
                   "3 A: warning: same title as 1 [duplicate-title] (C)\n");

  syl_document_set_numbering (document, none);
  unnumbered = check (document, ONLY (SYL_CHECK_DUPLICATE_TITLE));
  g_assert_cmpstr (unnumbered, ==,
                   "ＩＮＴＲＯ: warning: same title as an earlier part beside it "
                   "[duplicate-title] (A2)\n"
                   "intro: warning: same title as an earlier part beside it "
                   "[duplicate-title] (A3)\n"
                   "A: warning: same title as an earlier part beside it "
                   "[duplicate-title] (C)\n");
}

static void
test_items_without_notes (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (D1 D2 D3 (D3a) E1 E2 E3)");
  g_autoptr(SylExample) example = syl_example_new ("Cards", "");
  const char *discussions[] = { "D1", "D2", "D3" };
  const char *examples[] = { "E1", "E2", "E3" };
  g_autofree char *found = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (discussions); i++)
    {
      set_kind (document, discussions[i], SYL_NODE_KIND_DISCUSSION);
      set_kind (document, examples[i], SYL_NODE_KIND_EXAMPLE);
    }
  set_string (document, "D2", "notes", "Ask who sorts cards by suit.");
  syl_document_insert_example (document, syl_test_find (document, "E2"), 0, example);
  set_string (document, "E3", "notes", "Five cards.");
  found = check (document, SYL_CHECK_ALL_RULES & ~(SYL_CHECK_DISCUSSION_WITHOUT_NOTES |
                                                   SYL_CHECK_EXAMPLE_WITHOUT_NOTES));
  g_assert_cmpstr (found, ==,
                   "1.1 D1: warning: a discussion without notes, examples or subsections "
                   "[discussion-without-notes] (D1)\n"
                   "1.4 E1: warning: an example without notes, worked examples or subsections "
                   "[example-without-notes] (E1)\n");
}

static void
test_missing_objectives (void)
{
  g_autoptr(SylDocument) document =
    syl_test_new_outline ("A (A1 A2 A3 A4 A5 A6) B (B1 B2 B3) C (C1 C2) D");
  g_autoptr(SylDocument) half = syl_test_new_outline ("A B");
  const char *aimed[] = { "A", "B", "C", "A1", "A2", "B1", "B2", "B3", "C1" };
  g_autofree char *found = NULL;
  g_autofree char *none = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (aimed); i++)
    add_objective (document, aimed[i], "Sort");
  /* An objective of spaces is none. */
  add_objective (document, "D", " ");
  found = check (document, ONLY (SYL_CHECK_MISSING_OBJECTIVES));
  g_assert_cmpstr (found, ==,
                   "1 A: warning: 4 sections without objectives, though most at their level "
                   "have them [missing-objectives] (A3 A4 A5 A6)\n"
                   "3.2 C2: warning: no objectives, though most sections at its level have "
                   "them [missing-objectives] (C2)\n"
                   "4 D: warning: no objectives, though most chapters have them "
                   "[missing-objectives] (D)\n");

  /* One chapter of two is not most. */
  add_objective (half, "A", "Sort");
  none = check (half, ONLY (SYL_CHECK_MISSING_OBJECTIVES));
  g_assert_cmpstr (none, ==, "");
}

static void
test_open_comments (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1) B");
  g_autoptr(SylAnnotation) first = syl_test_comment_new ("c1", "Li", "2026-11-28T09:30:00Z", "?");
  g_autoptr(SylAnnotation) second = syl_test_comment_new ("c2", "Li", "2026-11-28T09:31:00Z", "!");
  g_autoptr(SylAnnotation) resolved = syl_test_comment_new ("c3", "Li", "2026-11-28T09:32:00Z",
                                                            "ok");
  g_autoptr(SylAnnotation) other = syl_test_comment_new ("c4", "Li", "2026-11-28T09:33:00Z", "…");
  g_autofree char *found = NULL;
  g_autofree char *after = NULL;

  syl_document_add_annotation (document, syl_test_find (document, "A1"), first);
  syl_document_add_annotation (document, syl_test_find (document, "A1"), second);
  syl_document_add_annotation (document, syl_test_find (document, "A1"), resolved);
  syl_document_set_resolved (document, resolved, TRUE, "Duan");
  syl_document_add_annotation (document, syl_test_find (document, "B"), other);
  found = check (document, ONLY (SYL_CHECK_OPEN_COMMENTS));
  g_assert_cmpstr (found, ==,
                   "1.1 A1: warning: 2 open comments [open-comments] (A1)\n"
                   "2 B: warning: 1 open comment [open-comments] (B)\n");

  syl_document_set_resolved (document, other, TRUE, "Duan");
  after = check (document, ONLY (SYL_CHECK_OPEN_COMMENTS));
  g_assert_cmpstr (after, ==, "1.1 A1: warning: 2 open comments [open-comments] (A1)\n");
}

/* Several rules on one node are listed in the order of the rules, after
 * the course's own findings. */
static void
test_order (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (A1) B");
  g_autoptr(GError) error = NULL;
  g_autofree char *found = NULL;

  g_assert_true (syl_document_set_int (document, document, "target-minutes", 5, &error));
  set_string (document, "B", "title", "");
  set_duration (document, "A1", 10);
  set_string (document, "A1", "notes", "Notes.");
  found = check (document, SYL_CHECK_NO_RULES);
  g_assert_cmpstr (found, ==,
                   "Untitled Course: error: takes 10 min, 5 min over its target of 5 min "
                   "[over-target] ()\n"
                   "2: error: no title [empty-title] (B)\n"
                   "2: warning: no duration [missing-duration] (B)\n"
                   "2: warning: empty: no notes, objectives, examples or subsections "
                   "[empty-section] (B)\n");
}

/* What a course designer sees of the sample, a course still in outline:
 * one finding per chapter for its empty sections, and its discussions
 * and examples with nothing in them. */
static void
test_sample (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  g_autoptr(GPtrArray) findings = syl_document_check (document, SYL_CHECK_NO_RULES);
  g_autoptr(GString) found = g_string_new (NULL);
  const char *empty = "no notes, objectives, examples or subsections [empty-section]";
  const char *discussion = "a discussion without notes, examples or subsections "
                           "[discussion-without-notes]";
  const char *example = "an example without notes, worked examples or subsections "
                        "[example-without-notes]";
  g_autofree char *want = g_strdup_printf (
    "1 AI 大模型的概念和特点: warning: 23 empty sections: %s\n"
    "1.9 AI 会有自我意识吗？: warning: %s\n"
    "1.10 附件——AIGC 带来的艺术震撼: warning: %s\n"
    "2 为什么是 chatGPT ?: warning: 29 empty sections: %s\n"
    "2.8 附件-chatGPT 的“神迹”: warning: %s\n"
    "3 AIGC 基础: warning: 16 empty sections: %s\n"
    "3.6 chatGPT 能否超过人脑?: warning: %s\n"
    "3.7 附件-chatGPT 使用示例: warning: %s\n"
    "4 类 chatGPT 的企业应用场景举例: warning: 24 empty sections: %s\n"
    "4.9 chatGPT 能否把所有的行业“重新”做一遍？: warning: %s\n"
    "4.10 附件-chatGPT 的某些应用领域示例: warning: %s\n"
    "5 企业如何切入 chatGPT？: warning: 18 empty sections: %s\n"
    "5.6 企业数智化转型能否借助 chatGPT“超车”？: warning: %s\n"
    "5.7 附件-企业数智化的 AI 演进案例: warning: %s\n"
    "6 总结: warning: empty: %s\n",
    empty, discussion, example, empty, example, empty, discussion, example, empty, discussion,
    example, empty, discussion, example, empty);
  GPtrArray *first;

  for (guint i = 0; i < findings->len; i++)
    {
      SylFinding *finding = g_ptr_array_index (findings, i);
      g_autofree char *place = syl_finding_dup_place (finding);

      g_string_append_printf (found, "%s: %s: %s [%s]\n", place,
                              syl_check_severity_to_string (syl_finding_get_severity (finding)),
                              syl_finding_get_message (finding),
                              syl_check_rule_to_string (syl_finding_get_rule (finding)));
    }
  syl_test_assert_same_text (found->str, want);

  /* The first finding selects the 23 sections it counts, in order. */
  first = syl_finding_get_nodes (g_ptr_array_index (findings, 0));
  g_assert_cmpuint (first->len, ==, 23);
  g_assert_cmpstr (syl_node_get_title (g_ptr_array_index (first, 0)), ==,
                   "什么是“大模型、多模态”？");
  g_assert_cmpstr (syl_node_get_title (g_ptr_array_index (first, 22)), ==,
                   "面向行业大模型");
}

/* A check a few nodes at a time finds what one in one go does, and starts
 * again when the document changes in between. */
static void
test_incremental (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  g_autoptr(GPtrArray) whole = syl_document_check (document, SYL_CHECK_NO_RULES);
  g_autofree char *want = dump (whole);
  g_autoptr(SylCheck) sliced = syl_check_new (document, SYL_CHECK_NO_RULES);
  g_autoptr(SylCheck) interrupted = syl_check_new (document, SYL_CHECK_NO_RULES);
  g_autoptr(GPtrArray) changed = NULL;
  g_autofree char *got = NULL;
  g_autofree char *want_changed = NULL;
  g_autofree char *got_changed = NULL;
  guint runs = 0;

  while (!syl_check_run (sliced, 7))
    runs++;
  g_assert_cmpuint (runs, ==, 155 / 7);
  got = dump (syl_check_get_findings (sliced));
  g_assert_cmpstr (got, ==, want);

  /* Half way through, the summary chapter gets notes. */
  g_assert_false (syl_check_run (interrupted, 80));
  set_string (document, syl_node_get_id (syl_node_get_child (syl_document_get_root (document), 5)),
              "notes", "Recap.");
  while (!syl_check_run (interrupted, 7))
    ;
  changed = syl_document_check (document, SYL_CHECK_NO_RULES);
  want_changed = dump (changed);
  got_changed = dump (syl_check_get_findings (interrupted));
  g_assert_cmpuint (changed->len, ==, whole->len - 1);
  g_assert_cmpstr (got_changed, ==, want_changed);
}

/* The names of the rules turned off, as the file keeps them. */
static char *
disabled_names (SylDocument *document)
{
  return g_strjoinv (" ", (char **) syl_document_get_disabled_checks (document));
}

/* Turning a rule off or on is one step, undone like any other; names this
 * version does not know stay, and turn nothing off. */
static void
test_disabled (void)
{
  g_autoptr(SylDocument) document = syl_test_parse (
    SYL_TEST_JSON_HEAD ", \"check\": {\"disabled\": [\"future-rule\", \"empty-section\", "
    "\"future-rule\"]}, \"children\": [{\"id\": \"A\", \"title\": \"A\"}]}");
  SylHistory *history = syl_document_get_history (document);
  g_auto(GStrv) unknown = syl_document_dup_unknown_rules (document);
  g_autofree char *found = NULL;
  g_autofree char *names = NULL;
  g_autofree char *off = NULL;
  g_autofree char *on = NULL;
  g_autofree char *undone = NULL;

  g_assert_cmpint (syl_document_get_disabled_rules (document), ==, SYL_CHECK_EMPTY_SECTION);
  g_assert_cmpuint (g_strv_length (unknown), ==, 1);
  g_assert_cmpstr (unknown[0], ==, "future-rule");
  found = check (document, syl_document_get_disabled_rules (document));
  g_assert_cmpstr (found, ==, "");

  /* Already off: no step. */
  syl_document_set_rule_enabled (document, SYL_CHECK_EMPTY_SECTION, FALSE);
  g_assert_false (syl_history_get_can_undo (history));

  syl_document_set_rule_enabled (document, SYL_CHECK_OPEN_COMMENTS, FALSE);
  off = disabled_names (document);
  g_assert_cmpstr (off, ==, "future-rule empty-section future-rule open-comments");
  g_assert_cmpstr (syl_history_get_undo_label (history), ==, "Turn Off Check “Open comments”");

  syl_document_set_rule_enabled (document, SYL_CHECK_EMPTY_SECTION, TRUE);
  on = disabled_names (document);
  g_assert_cmpstr (on, ==, "future-rule future-rule open-comments");
  g_assert_cmpstr (syl_history_get_undo_label (history), ==, "Turn On Check “Empty sections”");
  g_assert_true (syl_document_get_modified (document));

  g_assert_true (syl_history_undo (history));
  g_assert_true (syl_history_undo (history));
  undone = disabled_names (document);
  g_assert_cmpstr (undone, ==, "future-rule empty-section future-rule");
  g_assert_false (syl_document_get_modified (document));
}

/* The member is written after "numbering", only when a rule is off or
 * it has members of its own, which are kept. */
#define CHECK_HEAD \
  "{\n" \
  "  \"format\": \"syllabus\",\n" \
  "  \"version\": 1,\n" \
  "  \"title\": \"\",\n" \
  "  \"subtitle\": \"\",\n" \
  "  \"language\": \"\",\n" \
  "  \"authors\": [],\n" \
  "  \"description\": \"\",\n" \
  "  \"target_minutes\": 60,\n"
#define CHECK_TAIL \
  "  \"children\": [],\n" \
  "  \"x-tool\": true\n" \
  "}\n"

static void
test_json (void)
{
  const char *full = CHECK_HEAD
    "  \"check\": {\n"
    "    \"disabled\": [\n"
    "      \"missing-duration\",\n"
    "      \"future-rule\"\n"
    "    ],\n"
    "    \"x-tool\": {\n"
    "      \"why\": \"timed later\"\n"
    "    }\n"
    "  },\n" CHECK_TAIL;
  const char *extra_only = CHECK_HEAD
    "  \"check\": {\n"
    "    \"x-tool\": 1\n"
    "  },\n" CHECK_TAIL;
  g_autoptr(SylDocument) document = syl_test_parse (full);
  g_autoptr(SylDocument) kept = syl_test_parse (extra_only);
  g_autoptr(SylDocument) empty = syl_test_parse (CHECK_HEAD "  \"check\": {\"disabled\": []},\n"
                                                 CHECK_TAIL);
  g_autofree char *output = syl_test_serialize (document);
  g_autofree char *kept_output = syl_test_serialize (kept);
  g_autofree char *empty_output = syl_test_serialize (empty);
  g_autofree char *turned_on = NULL;
  g_autofree char *undone = NULL;

  g_assert_cmpstr (output, ==, full);
  g_assert_cmpstr (kept_output, ==, extra_only);
  g_assert_cmpstr (empty_output, ==, CHECK_HEAD CHECK_TAIL);
  g_assert_null (syl_document_get_warnings (document)[0]);

  /* The unknown members stay when the list changes, and undo brings the
   * file back byte for byte. */
  syl_document_set_rule_enabled (document, SYL_CHECK_MISSING_DURATION, TRUE);
  turned_on = syl_test_serialize (document);
  g_assert_nonnull (strstr (turned_on, "\"disabled\": [\n      \"future-rule\"\n    ],\n"
                                       "    \"x-tool\": {"));
  syl_history_undo (syl_document_get_history (document));
  undone = syl_test_serialize (document);
  g_assert_cmpstr (undone, ==, full);
}

static void
test_rule_names (void)
{
  SylCheckRules rule;

  for (guint i = 0; i < SYL_CHECK_N_RULES; i++)
    {
      SylCheckRules nth = syl_check_rule_nth (i);

      g_assert_true (syl_check_rule_from_string (syl_check_rule_to_string (nth), &rule));
      g_assert_cmpint (rule, ==, nth);
      g_assert_nonnull (syl_check_rule_get_title (nth));
      g_assert_nonnull (syl_check_rule_get_description (nth));
    }
  g_assert_false (syl_check_rule_from_string ("Missing-Duration", &rule));
  g_assert_cmpint (syl_check_rule_get_severity (SYL_CHECK_OVER_TARGET), ==, SYL_CHECK_ERROR);
  g_assert_cmpint (syl_check_rule_get_severity (SYL_CHECK_EMPTY_TITLE), ==, SYL_CHECK_ERROR);
  g_assert_cmpint (syl_check_rule_get_severity (SYL_CHECK_EMPTY_SECTION), ==, SYL_CHECK_WARNING);
  g_assert_cmpstr (syl_check_rule_to_string (SYL_CHECK_OPEN_COMMENTS), ==, "open-comments");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/check/clean", test_clean);
  g_test_add_func ("/check/over-target", test_over_target);
  g_test_add_func ("/check/missing-duration", test_missing_duration);
  g_test_add_func ("/check/empty-title", test_empty_title);
  g_test_add_func ("/check/empty-section", test_empty_section);
  g_test_add_func ("/check/duplicate-title", test_duplicate_title);
  g_test_add_func ("/check/items-without-notes", test_items_without_notes);
  g_test_add_func ("/check/missing-objectives", test_missing_objectives);
  g_test_add_func ("/check/open-comments", test_open_comments);
  g_test_add_func ("/check/order", test_order);
  g_test_add_func ("/check/sample", test_sample);
  g_test_add_func ("/check/incremental", test_incremental);
  g_test_add_func ("/check/disabled", test_disabled);
  g_test_add_func ("/check/json", test_json);
  g_test_add_func ("/check/rule-names", test_rule_names);

  return g_test_run ();
}
