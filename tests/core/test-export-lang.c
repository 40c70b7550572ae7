/* test-export-lang.c: exports follow the outline's language, not the desktop's
 *
 * The program runs as a program of Syllabus does (syl_i18n_init(), the
 * catalogue the build made), in the C.UTF-8 locale with LANGUAGE=C, an
 * English desktop where glibc could not switch to Chinese even if asked:
 * a zh-CN outline is still exported with Chinese headings, in Markdown,
 * plain text, HTML and the review summary, by the library and by
 * syllabus-cli.  The tests that need a Chinese desktop run again in a
 * child process with LANGUAGE=zh_CN: there an English or French outline
 * is exported in English, and an outline without a language in Chinese,
 * as the user interface is.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <string.h>

#include "syl-export.h"
#include "syl-i18n.h"
#include "syl-review-summary.h"
#include "syl-test-util.h"

/* What the Chinese and the English exports of course-zh say. */
typedef struct
{
  const char *markdown[7];
  const char *text[6];
  const char *html[6];
  const char *summary[3];
} Expected;

static const Expected chinese = {
  { "\n*时长：2 小时 15 分钟（目标：12 小时）*\n", "\n*1 小时 30 分钟*\n", "\n**学习目标**\n",
    "\n> **示例：** 房价预测\n", "\n**批注**\n", "- **韩梅梅，2026-11-20** *（已由 段方 解决）*: ",
    "\n*可选*\n" },
  { "\n时长：2 小时 15 分钟（目标：12 小时）\n", "\n第一章 概述  (1 小时 30 分钟)\n",
    "\n    学习目标\n", "\n    示例：房价预测\n", "\n    批注\n", "  (可选)\n" },
  { "<h2 id=\"toc-heading\">目录</h2>", "<p class=\"label\">学习目标</p>",
    "<p class=\"label\">示例：房价预测</p>", "<p class=\"label\">批注</p>",
    "<p class=\"meta\">1 小时 30 分钟</p>", "<p class=\"meta\">可选</p>" },
  { "# 审阅摘要：机器学习入门\n\n2 条未解决的批注。\n\n", "\n### 匿名 · 2026-11-28 09:00 UTC\n",
    "\n（无内容）\n" },
};

static const Expected english = {
  { "\n*Duration: 2 h 15 min (target: 12 h)*\n", "\n*1 h 30 min*\n", "\n**Objectives**\n",
    "\n> **Example:** 房价预测\n", "\n**Comments**\n", "- **韩梅梅, 2026-11-20** *(resolved by 段方)*: ",
    "\n*optional*\n" },
  { "\nDuration: 2 h 15 min (target: 12 h)\n", "\n第一章 概述  (1 h 30 min)\n",
    "\n    Objectives\n", "\n    Example: 房价预测\n", "\n    Comments\n", "  (optional)\n" },
  { "<h2 id=\"toc-heading\">Contents</h2>", "<p class=\"label\">Objectives</p>",
    "<p class=\"label\">Example: 房价预测</p>", "<p class=\"label\">Comments</p>",
    "<p class=\"meta\">1 h 30 min</p>", "<p class=\"meta\">optional</p>" },
  { "# Review Summary: 机器学习入门\n\n2 open comments.\n\n", "\n### Anonymous · 2026-11-28 09:00 UTC\n",
    "\n(no text)\n" },
};

/* The Chinese fixture, with two more open comments (one anonymous and
 * empty) for the review summary, in @language. */
static SylDocument *
load_course (const char *language)
{
  g_autoptr(SylDocument) document = syl_test_load_data ("export/course-zh.syllabus.json");
  g_autoptr(SylAnnotation) anonymous = syl_test_comment_new ("c-anon", "", "2026-11-28T09:00:00Z",
                                                             "");
  g_autoptr(GError) error = NULL;

  g_assert_true (syl_document_set_string (document, document, "language", language, FALSE,
                                          &error));
  g_assert_no_error (error);
  syl_document_add_annotation (document, syl_test_find (document, "s12"),
                               anonymous);
  return g_steal_pointer (&document);
}

static char *
export_text (SylDocument     *document,
             SylExportFormat  format)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = syl_export_document (document, format, SYL_EXPORT_ALL, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

static void
assert_contains (const char         *text,
                 const char * const *wanted,
                 guint               n_wanted,
                 const char * const *unwanted)
{
  for (guint i = 0; i < n_wanted; i++)
    {
      if (strstr (text, wanted[i]) == NULL)
        g_error ("“%s” is not in:\n%s", wanted[i], text);
      if (strstr (text, unwanted[i]) != NULL)
        g_error ("“%s” should not be in:\n%s", unwanted[i], text);
    }
}

/* Every export of @language in @expected, none in @other. */
static void
assert_exports (const char     *language,
                const Expected *expected,
                const Expected *other)
{
  g_autoptr(SylDocument) document = load_course (language);
  g_autofree char *markdown = export_text (document, SYL_EXPORT_FORMAT_MARKDOWN);
  g_autofree char *text = export_text (document, SYL_EXPORT_FORMAT_TEXT);
  g_autofree char *html = export_text (document, SYL_EXPORT_FORMAT_HTML);
  g_autofree char *summary = syl_review_summary (document, SYL_REVIEW_FORMAT_MARKDOWN);
  g_autofree char *summary_html = syl_review_summary (document, SYL_REVIEW_FORMAT_HTML);

  g_test_message ("language “%s”", language);
  assert_contains (markdown, expected->markdown, G_N_ELEMENTS (expected->markdown),
                   other->markdown);
  assert_contains (text, expected->text, G_N_ELEMENTS (expected->text), other->text);
  assert_contains (html, expected->html, G_N_ELEMENTS (expected->html), other->html);
  assert_contains (summary, expected->summary, G_N_ELEMENTS (expected->summary), other->summary);
  g_assert_null (strstr (summary_html, other == &chinese ? "审阅摘要" : "Review Summary"));
}

/* The user interface's language, as the programs set it up. */
static gboolean
ui_is_chinese (void)
{
  return strcmp (_("Objectives"), "学习目标") == 0;
}

/* On an English desktop. */

static void
test_chinese_course (void)
{
  const char *tags[] = { "zh-CN", "zh_CN", "zh-Hans-CN", "zh-Hans", "ZH-cn", "zh_CN.UTF-8" };

  g_assert_false (ui_is_chinese ());
  for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
    assert_exports (tags[i], &chinese, &english);
}

static void
test_other_languages (void)
{
  const char *tags[] = { "en", "fr", "zh-TW", "" };

  for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
    assert_exports (tags[i], &english, &chinese);
}

/* The review summary counts in Chinese as the catalogue says, with its
 * one plural form, for one comment as for several. */
static void
test_summary_counts (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A B");
  g_autoptr(SylAnnotation) first = syl_test_comment_new ("c1", "Ada", "2026-11-28T09:00:00Z", "a");
  g_autoptr(SylAnnotation) second = syl_test_comment_new ("c2", "Bo", "2026-11-28T09:00:00Z", "b");
  g_autofree char *none = NULL;
  g_autofree char *one = NULL;
  g_autofree char *two = NULL;

  syl_document_set_string (document, document, "language", "zh-CN", FALSE, NULL);
  none = syl_review_summary (document, SYL_REVIEW_FORMAT_MARKDOWN);
  syl_document_add_annotation (document, syl_test_find (document, "A"), first);
  one = syl_review_summary (document, SYL_REVIEW_FORMAT_HTML);
  syl_document_add_annotation (document, syl_test_find (document, "B"), second);
  two = syl_review_summary (document, SYL_REVIEW_FORMAT_MARKDOWN);

  g_assert_cmpstr (none, ==, "# 审阅摘要\n\n没有未解决的批注。\n\n");
  g_assert_nonnull (strstr (one, "<h1>审阅摘要</h1>\n<p class=\"count\">1 条未解决的批注。</p>\n"));
  g_assert_true (g_str_has_prefix (two, "# 审阅摘要\n\n2 条未解决的批注。\n\n## 1 A\n"));
}

/* syllabus-cli, on an English desktop. */
static void
test_cli (void)
{
  g_autofree char *course = syl_test_data_path ("export", "course-zh.syllabus.json", NULL);
  g_autoptr(SylTestCli) markdown = syl_test_run_cli ("export", "--to", "markdown",
                                                     "--annotations", course, NULL);
  g_autoptr(SylTestCli) text = syl_test_run_cli ("export", "--to", "text", course, NULL);
  g_autoptr(SylTestCli) html = syl_test_run_cli ("export", "--to", "html", course, NULL);
  g_autoptr(SylTestCli) summary = syl_test_run_cli ("review-summary", course, NULL);

  g_assert_cmpint (markdown->status, ==, 0);
  g_assert_nonnull (strstr (markdown->out, "\n*时长：2 小时 15 分钟（目标：12 小时）*\n"));
  g_assert_nonnull (strstr (markdown->out, "\n**学习目标**\n"));
  g_assert_nonnull (strstr (markdown->out, "\n> **示例：** 房价预测\n"));
  g_assert_nonnull (strstr (markdown->out, "\n**批注**\n"));
  g_assert_null (strstr (markdown->out, "Objectives"));
  g_assert_cmpint (text->status, ==, 0);
  g_assert_nonnull (strstr (text->out, "\n    学习目标\n"));
  g_assert_cmpint (html->status, ==, 0);
  g_assert_nonnull (strstr (html->out, "<h2 id=\"toc-heading\">目录</h2>"));
  g_assert_cmpint (summary->status, ==, 0);
  g_assert_true (g_str_has_prefix (summary->out, "# 审阅摘要：机器学习入门\n\n1 条未解决的批注。\n"));
}

/* On a Chinese desktop, in a child process. */

static void
run_on_chinese_desktop (void)
{
  g_setenv ("LANGUAGE", "zh_CN", TRUE);
  g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_INHERIT_STDERR);
  g_setenv ("LANGUAGE", "C", TRUE);
  g_test_trap_assert_passed ();
}

static void
test_chinese_desktop (void)
{
  const char *tags[] = { "en", "en-US", "fr", "zh-TW" };
  g_autofree char *course = NULL;
  g_autofree char *en = NULL;
  g_autoptr(SylTestCli) run = NULL;

  if (!g_test_subprocess ())
    {
      run_on_chinese_desktop ();
      return;
    }

  g_assert_true (ui_is_chinese ());
  /* Any language Syllabus is not translated into: English. */
  for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
    assert_exports (tags[i], &english, &chinese);
  /* No language: the user interface's. */
  assert_exports ("", &chinese, &english);
  assert_exports ("zh-CN", &chinese, &english);

  /* And syllabus-cli, which runs with this process's LANGUAGE. */
  course = syl_test_data_path ("export", "course-zh.syllabus.json", NULL);
  en = g_build_filename (g_get_tmp_dir (), "syl-test-export-lang-en.syllabus.json", NULL);
  {
    g_autoptr(SylDocument) document = load_course ("en");
    g_autofree char *json = syl_test_serialize (document);

    syl_test_write_text (en, json);
  }
  run = syl_test_run_cli ("export", "--to", "markdown", en, NULL);
  g_assert_cmpint (run->status, ==, 0);
  g_assert_nonnull (strstr (run->out, "\n**Objectives**\n"));
  g_assert_null (strstr (run->out, "学习目标"));
  g_unlink (en);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  /* An English desktop, except in the children that ask for Chinese. */
  if (!g_test_subprocess ())
    g_setenv ("LANGUAGE", "C", TRUE);
  g_unsetenv ("SYL_LOCALE_DIR");
  syl_i18n_init ();

  g_test_add_func ("/export-lang/chinese-course", test_chinese_course);
  g_test_add_func ("/export-lang/other-languages", test_other_languages);
  g_test_add_func ("/export-lang/summary-counts", test_summary_counts);
  g_test_add_func ("/export-lang/cli", test_cli);
  g_test_add_func ("/export-lang/chinese-desktop", test_chinese_desktop);

  return g_test_run ();
}
