/* test-import-office-tables.c: Word and OpenDocument tables that hold the outline
 *
 * A table whose rows are the course's chapters or sessions is the
 * outline: its rows become nodes, the topics of its contents their
 * children and its hours their durations.  Every other table (grading,
 * a calendar, requirements) stays a table in the notes.  Each package is
 * made by the test (syl-test-office.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-import.h"
#include "syl-test-office.h"

#define TR(cells) "<w:tr>" cells "</w:tr>"
#define TC(text) "<w:tc>" SYL_DOCX_P (text) "</w:tc>"
#define TC2(first, second) "<w:tc>" SYL_DOCX_P (first) SYL_DOCX_P (second) "</w:tc>"
/* A cell merged with the one above it, and the first of such cells. */
#define TC_START(text) "<w:tc><w:tcPr><w:vMerge w:val=\"restart\"/></w:tcPr>" \
  SYL_DOCX_P (text) "</w:tc>"
#define TC_MERGED "<w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc>"

#define OTR(cells) "<table:table-row>" cells "</table:table-row>"
#define OTC(text) "<table:table-cell><text:p>" text "</text:p></table:table-cell>"

/* Under a heading: a session plan becomes nodes with durations, in hours
 * or, where the header says none, in minutes; the grading table stays a
 * table. */
static void
test_docx_schedule (void)
{
  g_autoptr(GBytes) package = syl_test_docx (
    SYL_DOCX_PS ("Heading1", "Schedule")
    SYL_DOCX_P ("Two sessions a week.")
    "<w:tbl>"
    TR (TC ("Session") TC ("Topics") TC ("Hours"))
    TR (TC ("Session 1: Basics") TC2 ("Variables", "Loops") TC ("2"))
    TR (TC ("Session 2: Functions") TC ("Arguments") TC ("1.5 h"))
    "</w:tbl>"
    SYL_DOCX_PS ("Heading1", "Grading")
    "<w:tbl>"
    TR (TC ("Points") TC ("Assignment") TC ("Due date"))
    TR (TC ("40") TC ("Close readings") TC ("Weekly"))
    TR (TC ("60") TC ("Final paper") TC ("April 27"))
    "</w:tbl>"
    SYL_DOCX_PS ("Heading1", "Labs")
    "<w:tbl>"
    TR (TC ("Lab session") TC ("Duration"))
    TR (TC ("Lesson 1 Setup") TC ("45"))
    TR (TC ("Lesson 2 Tests") TC ("1 h 30 min"))
    "</w:tbl>");

  syl_test_assert_import (package, SYL_IMPORT_FORMAT_DOCX,
                          "title: \n"
                          "Schedule {Two sessions a week.}\n"
                          "  Session 1: Basics [120 min]\n"
                          "    Variables\n"
                          "    Loops\n"
                          "  Session 2: Functions [90 min]\n"
                          "    Arguments\n"
                          "Grading {| Points | Assignment | Due date |\\n| --- | --- | --- |\\n"
                          "| 40 | Close readings | Weekly |\\n| 60 | Final paper | April 27 |}\n"
                          "Labs\n"
                          "  Setup [45 min]\n"
                          "  Tests [90 min]\n");
}

/* A 教学大纲 without heading styles, read as text: the chapters' table
 * with merged cells is the outline below the heading above it, each
 * merged chapter once, with its hours; the other columns are each
 * topic's notes.  The table of marks is left out, with a warning. */
static void
test_docx_merged_chapters (void)
{
  g_autoptr(GBytes) package = syl_test_docx (
    SYL_DOCX_P ("《图像处理》教学大纲")
    SYL_DOCX_P ("一、课程基本信息")
    SYL_DOCX_P ("二、课程教学内容")
    "<w:tbl>"
    TR (TC ("序号") TC ("知识单元（章节）") TC ("知识点") TC ("要求")
        TC ("推荐学时"))
    TR (TC_START ("1") TC_START ("第一章：绪论") TC ("主要内容") TC ("掌握")
        TC_START ("2"))
    TR (TC_MERGED TC_MERGED TC ("发展方向") TC ("了解") TC_MERGED)
    TR (TC ("2") TC ("第二章 变换") TC ("傅里叶变换") TC ("掌握") TC ("4学时"))
    TR (TC ("3") TC ("实验一") TC ("直方图均衡化") TC ("掌握") TC ("2"))
    "</w:tbl>"
    SYL_DOCX_P ("三、课程考核")
    "<w:tbl>"
    TR (TC ("考核环节") TC ("分值"))
    TR (TC ("期末考试") TC ("60"))
    TR (TC ("实验") TC ("40"))
    "</w:tbl>");

  syl_test_assert_import (package, SYL_IMPORT_FORMAT_DOCX,
                          "title: 图像处理\n"
                          "课程基本信息\n"
                          "课程教学内容\n"
                          "  绪论 [120 min]\n"
                          "    主要内容 {**要求**: 掌握}\n"
                          "    发展方向 {**要求**: 了解}\n"
                          "  变换 [240 min]\n"
                          "    傅里叶变换 {**要求**: 掌握}\n"
                          "  实验一 [120 min]\n"
                          "    直方图均衡化 {**要求**: 掌握}\n"
                          "课程考核\n"
                          "warning: a table was left out: without heading styles, the document "
                          "was read "
                          "as plain text\n");
}

/* Without a header that names its columns, a column of chapters
 * numbered in sequence is still the outline; a column numbered as the
 * items of a list (“1、”), a calendar of numbered weeks and a table of
 * one row are facts. */
static void
test_docx_shapes (void)
{
  g_autoptr(GBytes) package = syl_test_docx (
    SYL_DOCX_PS ("Heading1", "内容")
    "<w:tbl>"
    TR (TC ("第一章 绪论") TC ("2"))
    TR (TC ("第二章 方法") TC ("4"))
    TR (TC ("第三章 应用") TC ("2"))
    "</w:tbl>"
    SYL_DOCX_PS ("Heading1", "要求")
    "<w:tbl>"
    TR (TC ("1、基础知识") TC ("1.3"))
    TR (TC ("2、设计能力") TC ("3.1"))
    TR (TC ("3、终身学习") TC ("12.2"))
    "</w:tbl>"
    SYL_DOCX_PS ("Heading1", "Calendar")
    "<w:tbl>"
    TR (TC ("Week") TC ("Date") TC ("Topic"))
    TR (TC ("1") TC ("Jan 10") TC ("Introduction"))
    TR (TC ("2") TC ("Jan 17") TC ("The 1910s"))
    "</w:tbl>"
    SYL_DOCX_PS ("Heading1", "Load")
    "<w:tbl>"
    TR (TC ("Chapter") TC ("Hours"))
    TR (TC ("Basics") TC ("2"))
    "</w:tbl>");

  syl_test_assert_import (package, SYL_IMPORT_FORMAT_DOCX,
                          "title: \n"
                          "内容\n"
                          "  绪论\n"
                          "  方法\n"
                          "  应用\n"
                          "要求 {| 1、基础知识 | 1.3 |\\n| --- | --- |\\n| 2、设计能力 | 3.1 |\\n"
                          "| 3、终身学习 | 12.2 |}\n"
                          "Calendar {| Week | Date | Topic |\\n| --- | --- | --- |\\n"
                          "| 1 | Jan 10 | Introduction |\\n| 2 | Jan 17 | The 1910s |}\n"
                          "Load {| Chapter | Hours |\\n| --- | --- |\\n| Basics | 2 |}\n");
}

/* OpenDocument: a week spanning two rows (the second a covered cell)
 * has both rows' topics, and the sum of their different hours; contents
 * of running text are the week's notes. */
static void
test_odt_plan (void)
{
  g_autoptr(GBytes) package = syl_test_odt (
    "<text:h text:outline-level=\"1\">Plan</text:h>"
    "<table:table>"
    OTR (OTC ("Week") OTC ("Content") OTC ("Hours"))
    OTR (OTC ("Week 1: Setup")
         "<table:table-cell><text:p>Install</text:p><text:p>Configure</text:p>"
         "</table:table-cell>" OTC ("3"))
    OTR ("<table:table-cell table:number-rows-spanned=\"2\"><text:p>Week 2: Use</text:p>"
         "</table:table-cell>" OTC ("Daily work") OTC ("2"))
    OTR ("<table:covered-table-cell/>" OTC ("Review") OTC ("1"))
    "</table:table>"
    "<text:h text:outline-level=\"1\">Labs</text:h>"
    "<table:table>"
    OTR (OTC ("Session") OTC ("Content") OTC ("Hours"))
    OTR (OTC ("Lab 1") OTC ("You will install the tools and check that they run.") OTC ("2"))
    OTR (OTC ("Lab 2") OTC ("You will write a first program and test it.") OTC ("2"))
    "</table:table>");

  syl_test_assert_import (package, SYL_IMPORT_FORMAT_ODT,
                          "title: \n"
                          "Plan\n"
                          "  Week 1: Setup [180 min]\n"
                          "    Install\n"
                          "    Configure\n"
                          "  Week 2: Use [180 min]\n"
                          "    Daily work\n"
                          "    Review\n"
                          "Labs\n"
                          "  Lab 1 [120 min] {**Content**: You will install the tools and check "
                          "that "
                          "they run.}\n"
                          "  Lab 2 [120 min] {**Content**: You will write a first program and "
                          "test it.}\n");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/docx/table-schedule", test_docx_schedule);
  g_test_add_func ("/import/docx/table-merged-chapters", test_docx_merged_chapters);
  g_test_add_func ("/import/docx/table-shapes", test_docx_shapes);
  g_test_add_func ("/import/odt/table-plan", test_odt_plan);
  return g_test_run ();
}
