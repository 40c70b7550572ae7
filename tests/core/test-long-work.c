/* test-long-work.c: the core's long work, as the window runs it in a thread
 *
 * Snapshots that equal their document and share nothing with it; exports,
 * the review summary and imports that report their progress and stop when
 * cancelled; atomic writes that, cancelled at any step, leave no file and
 * no temporary behind, and an older file as it was.  Merges worked out
 * on a snapshot are tested with every merge in test-merge.c, and the PDF
 * in test-pdf.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "syl-clipboard.h"
#include "syl-export.h"
#include "syl-import.h"
#include "syl-merge.h"
#include "syl-model-private.h"
#include "syl-review-summary.h"
#include "syl-snapshot.h"
#include "syl-storage-private.h"
#include "syl-test-gen.h"
#include "syl-test-util.h"

/* The outlines snapshots are tried on: every field and unknown member,
 * the sample course, and a generated one with comments. */
static SylDocument *
load_outline (guint which)
{
  g_autofree char *generated = NULL;

  switch (which)
    {
    case 0:
      return syl_test_load_data ("valid/full.syllabus.json");
    case 1:
      return syl_test_load_sample ();
    default:
      generated = syl_test_gen_outline (400, 7, NULL, NULL);
      return syl_test_parse (generated);
    }
}

/* Walks two trees side by side: each node, example, comment and reply of
 * the copy is another object, with its own unknown members, and the same
 * id. */
static void
assert_apart (SylNode *node,
              SylNode *copy)
{
  GListModel *annotations = syl_node_get_annotations (node);
  GListModel *copies = syl_node_get_annotations (copy);

  g_assert_true (node != copy);
  g_assert_cmpstr (syl_node_get_id (node), ==, syl_node_get_id (copy));
  g_assert_true (_syl_extra_get (node) == NULL || _syl_extra_get (node) != _syl_extra_get (copy));
  g_assert_cmpuint (g_list_model_get_n_items (annotations), ==, g_list_model_get_n_items (copies));
  for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
    {
      g_autoptr(SylAnnotation) a = g_list_model_get_item (annotations, i);
      g_autoptr(SylAnnotation) b = g_list_model_get_item (copies, i);

      g_assert_true (a != b);
      g_assert_cmpstr (syl_annotation_get_id (a), ==, syl_annotation_get_id (b));
      g_assert_true (_syl_extra_get (a) == NULL || _syl_extra_get (a) != _syl_extra_get (b));
    }
  g_assert_cmpuint (syl_node_get_n_children (node), ==, syl_node_get_n_children (copy));
  for (guint i = 0; i < syl_node_get_n_children (node); i++)
    assert_apart (syl_node_get_child (node, i), syl_node_get_child (copy, i));
}

/* A snapshot is the same file, unmodified, with an empty history, and a
 * change to it leaves the document as it was. */
static void
test_snapshot_same (void)
{
  for (guint which = 0; which < 3; which++)
    {
      g_autoptr(SylDocument) document = load_outline (which);
      g_autoptr(SylDocument) snapshot = syl_document_snapshot (document);
      g_autofree char *expected = syl_test_serialize (document);
      g_autofree char *copied = syl_test_serialize (snapshot);
      g_autofree char *after = NULL;

      syl_test_assert_same_text (copied, expected);
      g_assert_false (syl_document_get_modified (snapshot));
      g_assert_false (syl_history_get_can_undo (syl_document_get_history (snapshot)));
      g_assert_cmpuint (syl_document_get_n_nodes (snapshot), ==,
                        syl_document_get_n_nodes (document));
      g_assert_true (_syl_extra_get (document) == NULL ||
                     _syl_extra_get (document) != _syl_extra_get (snapshot));
      assert_apart (syl_document_get_root (document), syl_document_get_root (snapshot));

      syl_document_set_string (snapshot, snapshot, "title", "Changed", FALSE, NULL);
      syl_document_remove_nodes (snapshot,
                                 (SylNode *[]) { syl_node_get_child (syl_document_get_root (snapshot), 0) },
                                 1, NULL);
      after = syl_test_serialize (document);
      syl_test_assert_same_text (after, expected);
    }
}

typedef struct
{
  GArray       *fractions;
  GCancellable *cancellable;
  double        cancel_at;     /* cancel once this far, or never when > 1 */
} Progress;

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Progress *progress = user_data;

  g_array_append_val (progress->fractions, fraction);
  if (fraction >= progress->cancel_at)
    g_cancellable_cancel (progress->cancellable);
}

static void
progress_init (Progress *progress,
               double    cancel_at)
{
  progress->fractions = g_array_new (FALSE, FALSE, sizeof (double));
  progress->cancellable = g_cancellable_new ();
  progress->cancel_at = cancel_at;
}

static void
progress_clear (Progress *progress)
{
  g_array_unref (progress->fractions);
  g_object_unref (progress->cancellable);
}

/* The fractions never go back, start after 0 and end at @last. */
static void
assert_fractions (Progress *progress,
                  double    last)
{
  GArray *fractions = progress->fractions;

  g_assert_cmpuint (fractions->len, >, 1);
  for (guint i = 1; i < fractions->len; i++)
    g_assert_cmpfloat (g_array_index (fractions, double, i), >=,
                       g_array_index (fractions, double, i - 1));
  g_assert_cmpfloat (g_array_index (fractions, double, 0), >, 0);
  g_assert_cmpfloat_with_epsilon (g_array_index (fractions, double, fractions->len - 1), last,
                                  1e-9);
}

/* Every format: what the long export writes is what the export writes,
 * with a progress for each node. */
static void
test_export_progress (void)
{
  g_autoptr(SylDocument) document = load_outline (2);

  for (SylExportFormat format = SYL_EXPORT_FORMAT_MARKDOWN; format <= SYL_EXPORT_FORMAT_HTML;
       format++)
    {
      Progress progress;
      g_autoptr(GError) error = NULL;
      g_autoptr(GBytes) expected = syl_export_document (document, format, SYL_EXPORT_ALL, &error);
      g_autoptr(GBytes) bytes = NULL;

      g_assert_no_error (error);
      progress_init (&progress, 2);
      bytes = syl_export_document_full (document, format, SYL_EXPORT_ALL, progress.cancellable,
                                        progress_cb, &progress, &error);
      g_assert_no_error (error);
      g_assert_true (g_bytes_equal (bytes, expected));
      g_assert_cmpuint (progress.fractions->len, ==, syl_document_get_n_nodes (document));
      assert_fractions (&progress, 1);
      progress_clear (&progress);
    }
}

/* Cancelled half-way, or before it starts: no file, and the export stops
 * at once. */
static void
test_export_cancel (void)
{
  g_autoptr(SylDocument) document = load_outline (2);

  for (SylExportFormat format = SYL_EXPORT_FORMAT_MARKDOWN; format <= SYL_EXPORT_FORMAT_HTML;
       format++)
    {
      Progress progress;
      g_autoptr(GError) error = NULL;
      g_autoptr(GError) before_error = NULL;
      g_autoptr(GBytes) bytes = NULL;
      g_autoptr(GBytes) before = NULL;

      progress_init (&progress, 0.5);
      bytes = syl_export_document_full (document, format, SYL_EXPORT_ALL, progress.cancellable,
                                        progress_cb, &progress, &error);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_null (bytes);
      g_assert_cmpfloat (g_array_index (progress.fractions, double, progress.fractions->len - 1),
                         <, 0.51);
      before = syl_export_document_full (document, format, SYL_EXPORT_ALL, progress.cancellable,
                                         NULL, NULL, &before_error);
      g_assert_error (before_error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_null (before);
      progress_clear (&progress);
    }
}

/* The review summary of a snapshot is that of its document. */
static void
test_summary (void)
{
  g_autoptr(SylDocument) document = load_outline (2);
  g_autoptr(SylDocument) snapshot = syl_document_snapshot (document);
  g_autofree char *expected = syl_review_summary (document, SYL_REVIEW_FORMAT_HTML);
  g_autofree char *summary = NULL;
  g_autofree char *cancelled = NULL;
  g_autoptr(GError) error = NULL;
  Progress progress;

  progress_init (&progress, 2);
  summary = syl_review_summary_full (snapshot, SYL_REVIEW_FORMAT_HTML, progress.cancellable,
                                     progress_cb, &progress, &error);
  g_assert_no_error (error);
  syl_test_assert_same_text (summary, expected);
  g_assert_nonnull (strstr (summary, "<section>"));
  g_assert_cmpfloat (g_array_index (progress.fractions, double, progress.fractions->len - 1), <,
                     1);
  progress_clear (&progress);

  progress_init (&progress, 0.3);
  cancelled = syl_review_summary_full (snapshot, SYL_REVIEW_FORMAT_MARKDOWN, progress.cancellable,
                                       progress_cb, &progress, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (cancelled);
  progress_clear (&progress);
}

/* The generated outline in each import format, large enough for many
 * steps of progress. */
static GBytes *
import_input (SylImportFormat format)
{
  g_autoptr(SylDocument) document = load_outline (2);
  g_autoptr(GPtrArray) chapters = g_ptr_array_new ();
  SylNode *root = syl_document_get_root (document);
  SylExportFormat export_format = format == SYL_IMPORT_FORMAT_OPML ? SYL_EXPORT_FORMAT_OPML
                                                                   : SYL_EXPORT_FORMAT_MARKDOWN;
  char *text;

  if (format != SYL_IMPORT_FORMAT_TEXT)
    return syl_export_document (document, export_format, SYL_EXPORT_DEFAULT, NULL);
  for (guint i = 0; i < syl_node_get_n_children (root); i++)
    g_ptr_array_add (chapters, syl_node_get_child (root, i));
  text = syl_nodes_to_text ((SylNode **) chapters->pdata, chapters->len);
  return g_bytes_new_take (text, strlen (text));
}

/* Each importer reports its progress and stops when cancelled, and reads
 * what the plain import reads. */
static void
test_import (void)
{
  static const SylImportFormat formats[] = {
    SYL_IMPORT_FORMAT_TEXT, SYL_IMPORT_FORMAT_MARKDOWN, SYL_IMPORT_FORMAT_OPML,
  };

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      g_autoptr(GBytes) input = import_input (formats[i]);
      g_autoptr(SylImportResult) expected = NULL;
      g_autoptr(SylImportResult) result = NULL;
      g_autoptr(SylImportResult) cancelled = NULL;
      g_autoptr(GError) error = NULL;
      Progress progress;

      expected = syl_import_bytes (input, formats[i], NULL, NULL, &error);
      g_assert_no_error (error);
      progress_init (&progress, 2);
      result = syl_import_bytes_full (input, formats[i], NULL, NULL, progress.cancellable,
                                      progress_cb, &progress, &error);
      g_assert_no_error (error);
      g_assert_cmpuint (syl_import_result_count_nodes (result), ==,
                        syl_import_result_count_nodes (expected));
      g_assert_cmpuint (syl_import_result_count_nodes (result), >=, 400);
      g_assert_cmpuint (progress.fractions->len, >, 2);
      assert_fractions (&progress, g_array_index (progress.fractions, double,
                                                  progress.fractions->len - 1));
      progress_clear (&progress);

      progress_init (&progress, 0.6);
      cancelled = syl_import_bytes_full (input, formats[i], NULL, NULL, progress.cancellable,
                                         progress_cb, &progress, &error);
      g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_null (cancelled);
      progress_clear (&progress);
    }
}

/* The names in @dir, sorted, joined with spaces. */
static char *
list_dir (const char *dir)
{
  g_autoptr(GPtrArray) names = syl_test_list_names (dir, NULL);
  g_autoptr(GString) list = g_string_new (NULL);

  for (guint i = 0; i < names->len; i++)
    g_string_append_printf (list, "%s%s", i ? " " : "", (char *) g_ptr_array_index (names, i));
  return g_string_free (g_steal_pointer (&list), FALSE);
}

/* Cancelled at each step of an atomic write, before the new file takes
 * the old one's place: no new file, no temporary, the old file as it
 * was.  Cancelled later, the file is written all the same. */
static void
test_replace_cancel (void)
{
  static const SylFileStep steps[] = {
    SYL_FILE_STEP_NONE, SYL_FILE_STEP_CREATED, SYL_FILE_STEP_HALF_WRITTEN, SYL_FILE_STEP_WRITTEN,
  };
  g_autofree char *dir = syl_test_make_temp_dir ("syl-test-cancel-XXXXXX");
  g_autofree char *new_path = g_build_filename (dir, "new.pdf", NULL);
  g_autofree char *old_path = g_build_filename (dir, "old.pdf", NULL);
  g_autoptr(GFile) new_file = g_file_new_for_path (new_path);
  g_autoptr(GFile) old_file = g_file_new_for_path (old_path);
  /* Several pieces of WRITE_CHUNK (syl-file.c), so a cancel can come
   * between two. */
  gsize size = 5 * 1024 * 1024 + 17;
  g_autoptr(GBytes) contents = g_bytes_new_take (g_malloc0 (size), size);

  syl_test_write_text (old_path, "old contents");
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    for (guint existing = 0; existing < 2; existing++)
      {
        g_autoptr(GCancellable) cancellable = g_cancellable_new ();
        g_autoptr(GError) error = NULL;
        g_autofree char *names = NULL;
        g_autofree char *old_text = NULL;

        if (steps[i] == SYL_FILE_STEP_NONE)
          g_cancellable_cancel (cancellable);
        _syl_file_set_cancel_at (steps[i], cancellable);
        g_assert_false (syl_file_replace_atomically_full (existing ? old_file : new_file, contents,
                                                          cancellable, &error));
        _syl_file_set_cancel_at (SYL_FILE_STEP_NONE, NULL);
        g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
        names = list_dir (dir);
        g_assert_cmpstr (names, ==, "old.pdf");
        old_text = syl_test_read_text (old_path);
        g_assert_cmpstr (old_text, ==, "old contents");
      }

  /* Once flushed, the file goes in: the cancel came too late. */
  {
    g_autoptr(GCancellable) cancellable = g_cancellable_new ();
    g_autoptr(GError) error = NULL;
    g_autofree char *names = NULL;

    _syl_file_set_cancel_at (SYL_FILE_STEP_SYNCED, cancellable);
    g_assert_true (syl_file_replace_atomically_full (new_file, contents, cancellable, &error));
    _syl_file_set_cancel_at (SYL_FILE_STEP_NONE, NULL);
    g_assert_no_error (error);
    names = list_dir (dir);
    g_assert_cmpstr (names, ==, "new.pdf old.pdf");
  }
  syl_test_remove_tree (dir);
}

/* A merge worked out on a snapshot, from files, with its progress; a
 * plan whose section is gone from the document changes nothing. */
static void
test_merge_plan_files (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  g_autoptr(SylDocument) copy = syl_test_load_sample ();
  g_autoptr(SylDocument) snapshot = syl_document_snapshot (document);
  g_autoptr(SylAnnotation) added = syl_annotation_new ("Reviewer", "Add a quiz.");
  g_autofree char *dir = syl_test_make_temp_dir ("syl-test-plan-XXXXXX");
  g_autofree char *path = g_build_filename (dir, "reviewer.syllabus.json", NULL);
  g_autofree char *copy_json = NULL;
  g_autofree char *before = syl_test_serialize (document);
  g_autofree char *after = NULL;
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(SylMergePlan) plan = NULL;
  g_autoptr(GError) error = NULL;
  SylNode *chapter = syl_node_get_child (syl_document_get_root (copy), 2);
  SylNode *target;
  Progress progress;

  syl_document_add_annotation (copy, chapter, added);
  copy_json = syl_test_serialize (copy);
  syl_test_write_text (path, copy_json);

  progress_init (&progress, 2);
  plan = syl_merge_plan_new_for_files (snapshot, &file, 1, progress.cancellable, progress_cb,
                                       &progress, &error);
  g_assert_no_error (error);
  assert_fractions (&progress, 1);
  progress_clear (&progress);
  g_assert_cmpuint (syl_merge_plan_get_n_changes (plan), ==, 1);
  after = syl_test_serialize (document);
  syl_test_assert_same_text (after, before);

  /* The section the comment goes on is deleted meanwhile. */
  target = syl_document_find_node (document, syl_node_get_id (chapter));
  g_assert_true (syl_document_remove_nodes (document, &target, 1, NULL));
  g_clear_pointer (&before, g_free);
  before = syl_test_serialize (document);
  g_assert_false (syl_merge_plan_apply (plan, document, &error));
  g_assert_error (error, SYL_ERROR, SYL_ERROR_FAILED);
  g_clear_pointer (&after, g_free);
  after = syl_test_serialize (document);
  syl_test_assert_same_text (after, before);
  g_assert_cmpuint (syl_history_get_n_undo (syl_document_get_history (document)), ==, 1);
  syl_test_remove_tree (dir);
}

static void
test_merge_plan_cancel (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  g_autoptr(SylDocument) snapshot = syl_document_snapshot (document);
  g_autofree char *path = syl_test_sample_path ();
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  g_autoptr(SylMergePlan) plan = NULL;
  g_autoptr(GError) error = NULL;

  g_cancellable_cancel (cancellable);
  plan = syl_merge_plan_new_for_files (snapshot, &file, 1, cancellable, NULL, NULL, &error);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
  g_assert_null (plan);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/long-work/snapshot", test_snapshot_same);
  g_test_add_func ("/long-work/export-progress", test_export_progress);
  g_test_add_func ("/long-work/export-cancel", test_export_cancel);
  g_test_add_func ("/long-work/summary", test_summary);
  g_test_add_func ("/long-work/import", test_import);
  g_test_add_func ("/long-work/replace-cancel", test_replace_cancel);
  g_test_add_func ("/long-work/merge-plan-files", test_merge_plan_files);
  g_test_add_func ("/long-work/merge-plan-cancel", test_merge_plan_cancel);

  return g_test_run ();
}
