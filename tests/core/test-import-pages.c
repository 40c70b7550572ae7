/* test-import-pages.c: what an import says of each line, and text from PDFs
 *
 * The per-line report that the import preview shows, the choice of what
 * lists under headings become, and the sample outline exported as a PDF
 * by syllabus-cli, turned back into text by pdftotext in the ways people
 * get text out of a PDF, and imported again: it must give the same
 * titles at the same levels, with the same kinds.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-import.h"
#include "syl-test-util.h"

static SylImportResult *
import_fixture (const char *name)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *path = syl_test_data_path ("import", name, NULL);
  g_autoptr(GFile) file = g_file_new_for_path (path);
  SylImportResult *result = syl_import_file (file, SYL_IMPORT_FORMAT_AUTO, NULL, NULL, &error);

  g_assert_no_error (error);
  return result;
}

/* The report as `syllabus-cli import --explain` prints it, without the
 * lines themselves: “role depth” or “role”, one a line. */
static char *
dump_roles (SylImportResult *result)
{
  GString *out = g_string_new (NULL);

  for (guint i = 0; i < syl_import_result_get_n_lines (result); i++)
    {
      guint depth;
      SylImportLineRole role = syl_import_result_get_line (result, i, &depth, NULL);

      g_string_append (out, syl_import_line_role_to_string (role));
      if (depth > 0)
        g_string_append_printf (out, " %u", depth);
      g_string_append_c (out, '\n');
    }
  return g_string_free (out, FALSE);
}

/* Running headers and footers, page numbers in three dresses, the
 * contents page (its body repeats it) and hyphenated words. */
static void
test_report_text (void)
{
  g_autoptr(SylImportResult) result = import_fixture ("text/page-furniture.txt");
  g_autofree char *roles = dump_roles (result);
  const char *text;

  g_assert_cmpstr (roles, ==,
                   "title-block\nblank\n"
                   "contents\ncontents\ncontents\ncontents\nblank\n"
                   "furniture\nfurniture\nfurniture\n"
                   "node 1\nnotes 1\nnotes 1\nnotes 1\nnode 2\nblank\n"
                   "furniture\nfurniture\n"
                   "node 2\nnode 1\nnode 2\nblank\n"
                   "furniture\nfurniture\n"
                   "node 2\nnotes 2\nnotes 2\nblank\n"
                   "furniture\nblank\n");
  g_assert_cmpint (syl_import_result_get_line (result, 8, NULL, &text), ==,
                   SYL_IMPORT_LINE_FURNITURE);
  g_assert_cmpstr (text, ==, "Page 1 of 4");
  /* Nothing here is a list under a heading. */
  g_assert_false (syl_import_result_get_lists_ambiguous (result));
  g_assert_cmpint (syl_import_result_get_lists (result), ==, SYL_IMPORT_LISTS_AUTO);
}

/* Pasted without form feeds or page numbers: the course's title that
 * comes back every page is a running header, but for the title itself;
 * a heading that comes back in every short chapter is no header. */
static void
test_running_title (void)
{
  g_autoptr(GString) text = g_string_new ("Data Literacy\n\n");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = NULL;
  guint furniture = 0;

  for (guint chapter = 1; chapter <= 4; chapter++)
    {
      g_string_append_printf (text, "%u Chapter %u\n", chapter, chapter);
      for (guint section = 1; section <= 6; section++)
        g_string_append_printf (text, "%u.%u Section %u\n", chapter, section, section);
      g_string_append (text, "Exercises\nData Literacy\n");
    }
  bytes = g_bytes_new (text->str, text->len);
  result = syl_import_bytes (bytes, SYL_IMPORT_FORMAT_TEXT, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (syl_import_result_get_title (result), ==, "Data Literacy");
  for (guint i = 0; i < syl_import_result_get_n_lines (result); i++)
    {
      const char *line;
      SylImportLineRole role = syl_import_result_get_line (result, i, NULL, &line);

      if (role == SYL_IMPORT_LINE_FURNITURE)
        {
          g_assert_cmpstr (line, ==, "Data Literacy");
          furniture++;
        }
      if (strcmp (line, "Exercises") == 0)
        g_assert_cmpint (role, ==, SYL_IMPORT_LINE_NODE);
    }
  g_assert_cmpuint (furniture, ==, 4);
  g_assert_cmpuint (syl_import_result_count_nodes (result), ==, 4 * 8);
}

/* Form feeds: the line keeps its text without them. */
static void
test_report_form_feeds (void)
{
  g_autoptr(SylImportResult) result = import_fixture ("pdf/form-feeds.txt");
  g_autofree char *roles = dump_roles (result);
  const char *text;

  g_assert_cmpstr (roles, ==,
                   "title-block\ntitle-block\n"
                   "contents\ncontents\ncontents\ncontents\ncontents\nblank\n"
                   "furniture\nfurniture\n"
                   "node 1\nnode 2\nnotes 2\nblank\nfurniture\n"
                   "furniture\nnode 1\nnode 2\nblank\nfurniture\nblank\n");
  syl_import_result_get_line (result, 2, NULL, &text);
  g_assert_cmpstr (text, ==, "目录");
}

static void
test_report_markdown (void)
{
  g_autoptr(SylImportResult) result = import_fixture ("md/labels-notes.md");
  g_autofree char *roles = dump_roles (result);

  g_assert_cmpstr (roles, ==,
                   "title-block\nblank\nnode 1\nblank\n"
                   "label 1\nblank\nobjectives 1\nobjectives 1\nblank\n"
                   "label 1\nblank\nnotes 1\nnotes 1\nblank\n"
                   "node 2\nblank\nnotes 2\nnotes 2\nblank\n"
                   "node 2\nblank\nnode 1\nblank\n"
                   "label 1\nblank\nobjectives 1\nobjectives 1\nblank\n"
                   "node 2\nblank\nnotes 2\nblank\n");
}

/* OPML has no lines to report. */
static void
test_report_opml (void)
{
  g_autoptr(SylImportResult) result = import_fixture ("opml/basic.opml");

  g_assert_cmpuint (syl_import_result_get_n_lines (result), ==, 0);
  g_assert_false (syl_import_result_get_lists_ambiguous (result));
}

static SylNode *
top_node (SylImportResult *result,
          guint            index)
{
  SylNode *node = g_list_model_get_item (syl_import_result_get_nodes (result), index);

  /* The result holds it. */
  g_object_unref (node);
  return node;
}

/* Headings of two levels with lists under them: the lists are notes,
 * unless the reader chooses otherwise; headings of one level: the lists
 * are the outline below them. */
static void
test_lists_choice (void)
{
  g_autoptr(SylImportResult) notes = import_fixture ("md/labels-notes.md");
  g_autoptr(SylImportResult) sections = NULL;
  g_autoptr(SylImportResult) weeks = import_fixture ("md/headings-lists.md");
  g_autoptr(SylImportResult) weeks_notes = NULL;
  g_autoptr(GError) error = NULL;
  SylNode *types;

  g_assert_true (syl_import_result_get_lists_ambiguous (notes));
  g_assert_cmpint (syl_import_result_get_lists (notes), ==, SYL_IMPORT_LISTS_NOTES);
  types = syl_node_get_child (top_node (notes, 0), 0);
  g_assert_cmpstr (syl_node_get_title (types), ==, "Types");
  g_assert_cmpuint (syl_node_get_n_children (types), ==, 0);
  g_assert_cmpstr (syl_node_get_notes (types), ==, "- numbers\n- text");

  sections = syl_import_result_reread (notes, SYL_IMPORT_LISTS_SECTIONS, &error);
  g_assert_no_error (error);
  g_assert_true (syl_import_result_get_lists_ambiguous (sections));
  g_assert_cmpint (syl_import_result_get_lists (sections), ==, SYL_IMPORT_LISTS_SECTIONS);
  types = syl_node_get_child (top_node (sections, 0), 0);
  g_assert_cmpuint (syl_node_get_n_children (types), ==, 2);
  g_assert_cmpstr (syl_node_get_title (syl_node_get_child (types, 1)), ==, "text");
  g_assert_cmpstr (syl_node_get_notes (types), ==, "");
  /* Labels stay labels whatever the choice. */
  g_assert_cmpstr (syl_node_get_objectives (top_node (sections, 0))[0], ==,
                   "Tell data types apart");
  g_assert_cmpstr (syl_import_result_get_title (sections), ==, "Data Analysis");

  g_assert_true (syl_import_result_get_lists_ambiguous (weeks));
  g_assert_cmpint (syl_import_result_get_lists (weeks), ==, SYL_IMPORT_LISTS_SECTIONS);
  g_assert_cmpuint (syl_node_get_n_children (top_node (weeks, 0)), ==, 3);
  weeks_notes = syl_import_result_reread (weeks, SYL_IMPORT_LISTS_NOTES, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (syl_node_get_n_children (top_node (weeks_notes, 0)), ==, 0);
  g_assert_true (g_str_has_prefix (syl_node_get_notes (top_node (weeks_notes, 0)),
                                   "- Monday: kick-off\n"));
}

/* In text, bullets under numbered headings are items at first, and the
 * heading's notes when chosen so. */
static void
test_lists_choice_text (void)
{
  static const char text[] = "1 Week one\n- Monday\n- Tuesday\n2 Week two\n- Friday\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) items = syl_import_bytes (bytes, SYL_IMPORT_FORMAT_TEXT, NULL, NULL,
                                                       &error);
  g_autoptr(SylImportResult) notes = NULL;
  g_autofree char *roles = NULL;

  g_assert_no_error (error);
  g_assert_true (syl_import_result_get_lists_ambiguous (items));
  g_assert_cmpint (syl_import_result_get_lists (items), ==, SYL_IMPORT_LISTS_SECTIONS);
  g_assert_cmpuint (syl_node_get_n_children (top_node (items, 0)), ==, 2);

  notes = syl_import_result_reread (items, SYL_IMPORT_LISTS_NOTES, &error);
  g_assert_no_error (error);
  g_assert_cmpint (syl_import_result_get_lists (notes), ==, SYL_IMPORT_LISTS_NOTES);
  g_assert_cmpuint (syl_import_result_count_nodes (notes), ==, 2);
  g_assert_cmpstr (syl_node_get_notes (top_node (notes, 0)), ==, "- Monday\n- Tuesday");
  g_assert_cmpstr (syl_node_get_notes (top_node (notes, 1)), ==, "- Friday");
  roles = dump_roles (notes);
  g_assert_cmpstr (roles, ==, "node 1\nnotes 1\nnotes 1\nnode 1\nnotes 1\nblank\n");
}

/* The sample through a PDF. */

/* The output of pdftotext, or NULL when it is not installed. */
static char *
pdf_to_text (const char *pdf,
             gboolean    layout)
{
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", layout ? "-layout" : pdf,
                         layout ? pdf : "-", layout ? "-" : NULL, NULL };
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  int status;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDERR_TO_DEV_NULL,
                     NULL, NULL, &out, NULL, &status, &error))
    {
      g_assert_error (error, G_SPAWN_ERROR, G_SPAWN_ERROR_NOENT);
      return NULL;
    }
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return out;
}

/* Titles, kinds, optional flags and the shape of the tree as in the
 * sample; the notes are not compared, as a PDF lays them out as prose. */
static void
assert_same_outline (SylNode *expected,
                     SylNode *node)
{
  guint n = syl_node_get_n_children (expected);

  g_assert_cmpstr (syl_node_get_title (node), ==, syl_node_get_title (expected));
  g_assert_cmpint (syl_node_get_kind (node), ==, syl_node_get_kind (expected));
  g_assert_cmpint (syl_node_get_optional (node), ==, syl_node_get_optional (expected));
  g_assert_cmpuint (syl_node_get_n_children (node), ==, n);
  for (guint i = 0; i < n; i++)
    assert_same_outline (syl_node_get_child (expected, i), syl_node_get_child (node, i));
}

static void
assert_imports_as_sample (const char  *what,
                          const char  *text,
                          SylDocument *sample)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = NULL;
  g_autoptr(SylDocument) document = NULL;
  SylNode *root;
  SylNode *expected = syl_document_get_root (sample);

  g_test_message ("importing %s", what);
  result = syl_import_bytes (bytes, SYL_IMPORT_FORMAT_TEXT, NULL, "sample.txt", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (syl_import_result_get_n_warnings (result), ==, 0);
  document = syl_import_result_create_document (result);
  root = syl_document_get_root (document);
  g_assert_cmpuint (syl_node_get_n_children (root), ==, syl_node_get_n_children (expected));
  for (guint i = 0; i < syl_node_get_n_children (root); i++)
    assert_same_outline (syl_node_get_child (expected, i), syl_node_get_child (root, i));
  g_assert_cmpstr (syl_document_get_title (document), ==, syl_document_get_title (sample));
}

static char *
without (const char *text,
         const char *pattern)
{
  g_autoptr(GRegex) regex = g_regex_new (pattern, G_REGEX_MULTILINE, 0, NULL);

  return g_regex_replace_literal (regex, text, -1, 0, "", 0, NULL);
}

/* `pdftotext -layout` and plain `pdftotext`, each as written and as a
 * paste from a viewer gives it, without form feeds, and plain text also
 * without its blank lines. */
static void
test_pdf_round_trip (void)
{
  g_autofree char *dir = syl_test_make_temp_dir ("syl-pdf-import-XXXXXX");
  g_autofree char *pdf = g_build_filename (dir, "sample.pdf", NULL);
  g_autofree char *sample_path = syl_test_sample_path ();
  g_autoptr(SylDocument) sample = syl_test_load_sample ();
  SylTestCli *run = syl_test_run_cli ("export", sample_path, "-o", pdf, NULL);

  g_assert_cmpint (run->status, ==, 0);
  syl_test_cli_free (run);

  /* The PDF itself, read by poppler, can be read again with a choice of
   * lists, as the preview does. */
  {
    g_autoptr(GFile) file = g_file_new_for_path (pdf);
    g_autoptr(GError) error = NULL;
    g_autoptr(SylImportResult) result = syl_import_file (file, SYL_IMPORT_FORMAT_AUTO, NULL, NULL,
                                                         &error);
    g_autoptr(SylImportResult) again = NULL;

    g_assert_no_error (error);
    again = syl_import_result_reread (result, SYL_IMPORT_LISTS_SECTIONS, &error);
    g_assert_no_error (error);
    g_assert_cmpuint (syl_import_result_count_nodes (again), ==,
                      syl_import_result_count_nodes (result));
  }

  for (int layout = 0; layout < 2; layout++)
    {
      g_autofree char *text = pdf_to_text (pdf, layout);
      g_autofree char *pasted = NULL;
      g_autofree char *dense = NULL;

      if (text == NULL)
        {
          g_test_skip ("pdftotext is not installed");
          break;
        }
      g_assert_nonnull (strchr (text, '\f'));
      pasted = without (text, "\f");
      dense = without (pasted, "^\\s*\n");
      assert_imports_as_sample (layout ? "-layout" : "plain", text, sample);
      assert_imports_as_sample (layout ? "-layout, pasted" : "plain, pasted", pasted, sample);
      if (!layout)
        assert_imports_as_sample ("plain, pasted, no blank lines", dense, sample);
    }
  syl_test_remove_tree (dir);
}

/* Text as plain pdftotext gives it from a paginated PDF: “Title 2 / 5”,
 * the footer joined to its page number by one space; a contents entry
 * whose number runs into its title (“Chapter 1Reading”), the title
 * wrapped in the body but not on the contents page, a word broken at its
 * own hyphen that the contents page writes whole; and in Chinese, a
 * short sentence under a heading, which is its notes. */
static char *
import_plain_pages (const char * const *pages,
                    guint               n_pages,
                    const char         *footer)
{
  g_autoptr(GString) text = g_string_new (NULL);
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = NULL;
  g_autoptr(SylDocument) document = NULL;
  GString *out = g_string_new (NULL);
  SylNodeIter iter;
  SylNode *node;

  /* Each page but the cover ends in the footer, as pdftotext has it. */
  for (guint i = 0; i < n_pages; i++)
    {
      g_string_append_printf (text, "%s%s\n", i > 0 ? "\f" : "", pages[i]);
      if (i > 0)
        {
          g_string_append_printf (text, footer, i + 1, n_pages);
          g_string_append_c (text, '\n');
        }
    }
  bytes = g_bytes_new (text->str, text->len);
  result = syl_import_bytes (bytes, SYL_IMPORT_FORMAT_TEXT, NULL, NULL, &error);
  g_assert_no_error (error);
  document = syl_import_result_create_document (result);
  g_string_append_printf (out, "%s\n", syl_document_get_title (document));
  syl_node_iter_init (&iter, syl_document_get_root (document));
  while (syl_node_iter_next (&iter, &node))
    {
      const char *notes = syl_node_get_notes (node);

      g_string_append_printf (out, "%u %s%s%s\n", syl_node_iter_get_depth (&iter),
                              syl_node_get_title (node), notes && *notes ? " | " : "",
                              notes ? notes : "");
    }
  return g_string_free (out, FALSE);
}

static void
test_plain_pdf_text (void)
{
  static const char * const english[] = {
    "Data Literacy",
    "Contents\nChapter 1Reading tables and figures 3\n1.1 Columns 3\n1.2 Rows 3\n"
    "Chapter 2Charts 4\n2.1 Bars 4\n2.2 Fine-tuning axes 4\n2.3 Lines 4",
    "Chapter 1 Reading tables and\nfigures\n1.1 Columns\n1.2 Rows",
    "Chapter 2 Charts\n2.1 Bars\n2.2 Fine-\ntuning axes\n2.3 Lines",
  };
  static const char * const chinese[] = {
    "企业培训",
    "目录\n1网络训练 3\n1.1 实践风险 3\n1.2 应用伦理 3\n2数据 4\n2.1 视觉 4",
    "1 网络训练\n1.1 实践风险\n本节讨论实际案例，并给出练习。\n1.2 应用伦理",
    "2 数据\n2.1 视觉\n本节讨论实际案例，并给出练习。",
  };
  g_autofree char *got = import_plain_pages (english, G_N_ELEMENTS (english),
                                             "Data Literacy %u / %u");

  g_assert_cmpstr (got, ==,
                   "Data Literacy\n"
                   "1 Reading tables and figures\n2 Columns\n2 Rows\n"
                   "1 Charts\n2 Bars\n2 Fine-tuning axes\n2 Lines\n");
  g_free (got);
  got = import_plain_pages (chinese, G_N_ELEMENTS (chinese), "企业培训 第 %u 页，共 %u 页");
  g_assert_cmpstr (got, ==,
                   "企业培训\n"
                   "1 网络训练\n2 实践风险 | 本节讨论实际案例，并给出练习。\n2 应用伦理\n"
                   "1 数据\n2 视觉 | 本节讨论实际案例，并给出练习。\n");
}

/* Chinese PDFs often give Kangxi radicals for the ideographs they look
 * like (“第⼀章”, “⼤纲”): they read as the ideographs, numbers too.  The
 * objectives under “课程⽬标” are the course's part, not its title block. */
static void
test_kangxi_radicals (void)
{
  static const char text[] = "宏观经济学课程⼤纲\n\n课程⽬标：\n1. 熟悉宏观经济中的各种⽤语。\n"
                             "2. 运⽤课程中所学的模型。\n\n第⼀章 宏观经济的科学\n"
                             "第⼆章 宏观经济学的数据\n第三章 国民收⼊\n";
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, sizeof text - 1);
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = NULL;
  g_autoptr(SylDocument) document = NULL;
  SylNode *root;

  result = syl_import_bytes (bytes, SYL_IMPORT_FORMAT_TEXT, NULL, NULL, &error);
  g_assert_no_error (error);
  document = syl_import_result_create_document (result);
  root = syl_document_get_root (document);
  g_assert_cmpstr (syl_document_get_title (document), ==, "宏观经济学课程大纲");
  g_assert_cmpuint (syl_node_get_n_children (root), ==, 4);
  g_assert_cmpstr (syl_node_get_title (syl_node_get_child (root, 0)), ==, "课程目标：");
  g_assert_cmpstr (syl_node_get_title (syl_node_get_child (root, 1)), ==, "宏观经济的科学");
  g_assert_cmpstr (syl_node_get_title (syl_node_get_child (root, 2)), ==, "宏观经济学的数据");
  g_assert_cmpstr (syl_node_get_title (syl_node_get_child (root, 3)), ==, "国民收入");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/report/text", test_report_text);
  g_test_add_func ("/import/report/form-feeds", test_report_form_feeds);
  g_test_add_func ("/import/pages/running-title", test_running_title);
  g_test_add_func ("/import/report/markdown", test_report_markdown);
  g_test_add_func ("/import/report/opml", test_report_opml);
  g_test_add_func ("/import/lists/choice", test_lists_choice);
  g_test_add_func ("/import/lists/choice-text", test_lists_choice_text);
  g_test_add_func ("/import/pages/pdf-round-trip", test_pdf_round_trip);
  g_test_add_func ("/import/pages/plain-pdf-text", test_plain_pdf_text);
  g_test_add_func ("/import/pages/kangxi-radicals", test_kangxi_radicals);

  return g_test_run ();
}
