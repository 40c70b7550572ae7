/* test-import-office.c: outlines from Word and OpenDocument files
 *
 * Every package is made by the test (syl-test-office.c).  Each case
 * checks the whole tree (syl_test_dump_import()): titles, levels, kinds,
 * notes as Markdown and objectives; and that bad packages (damaged, encrypted, old .doc, zip
 * and XML bombs) are refused with the message that says why.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-import.h"
#include "syl-test-office.h"
#include "syl-test-util.h"

static void
assert_refused (GBytes     *package,
                const char *file_name,
                int         code,
                const char *message)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = syl_import_bytes (package, SYL_IMPORT_FORMAT_AUTO, NULL,
                                                        file_name, &error);

  g_assert_null (result);
  g_assert_error (error, SYL_ERROR, code);
  g_assert_cmpstr (error->message, ==, message);
}

/* Word. */

static void
test_docx_headings (void)
{
  g_autoptr(GBytes) package = syl_test_docx (
    SYL_DOCX_PS ("Title", "Cloud Basics")
    SYL_DOCX_PS ("Heading1", "1 Introduction")
    SYL_DOCX_PS ("Heading2", "Why the cloud")
    SYL_DOCX_PS ("Heading3", "Costs, etc.")
    SYL_DOCX_PS ("a1", "第二章 部署")
    SYL_DOCX_PS ("a2", "容器")
    SYL_DOCX_PS ("Topic", "A custom topic")
    SYL_DOCX_PS ("SubTopic", "Based on the topic")
    "<w:p><w:pPr><w:outlineLvl w:val=\"0\"/></w:pPr><w:r><w:t>Direct level</w:t></w:r></w:p>"
    SYL_DOCX_PS ("Strong", "A character style is no heading"));

  syl_test_assert_import (package, SYL_IMPORT_FORMAT_DOCX,
                          "title: Cloud Basics\n"
                          "Introduction\n"
                          "  Why the cloud\n"
                          "    Costs, etc.\n"
                          "部署\n"
                          "  容器\n"
                          "  A custom topic\n"
                          "  Based on the topic\n"
                          "Direct level {A character style is no heading}\n");
}

/* Many syllabi name the course in Heading 1, once, and put the outline in
 * the levels below: that heading is the course's title.  A second
 * Heading 1 makes it a chapter again. */
static void
test_docx_lone_top_heading (void)
{
  g_autoptr(GBytes) lone = syl_test_docx (
    SYL_DOCX_PS ("Heading1", "LIT 3313H: Science Fiction")
    SYL_DOCX_PS ("Heading2", "Course Description")
    SYL_DOCX_PS ("Heading2", "Weekly Schedule")
    SYL_DOCX_PS ("Heading3", "Week One: Introduction")
    SYL_DOCX_PS ("Heading3", "Week Two: 1910s"));
  g_autoptr(GBytes) two = syl_test_docx (
    SYL_DOCX_PS ("Heading1", "Basics")
    SYL_DOCX_PS ("Heading2", "Terms")
    SYL_DOCX_PS ("Heading2", "Tools")
    SYL_DOCX_PS ("Heading1", "Practice"));

  syl_test_assert_import (lone, SYL_IMPORT_FORMAT_DOCX,
                          "title: LIT 3313H: Science Fiction\n"
                          "Course Description\n"
                          "Weekly Schedule\n"
                          "  Week One: Introduction\n"
                          "  Week Two: 1910s\n");
  syl_test_assert_import (two, SYL_IMPORT_FORMAT_DOCX,
                          "title: \nBasics\n  Terms\n  Tools\nPractice\n");
}

/* A page laid out in a table (a web page saved as a document, many
 * templates) holds the outline in its cell: the paragraphs are read as
 * the document's, where a real table stays a table. */
static void
test_docx_layout_table (void)
{
  g_autoptr(GBytes) package = syl_test_docx (
    "<w:tbl><w:tr><w:tc>"
    SYL_DOCX_P ("Core Python")
    SYL_DOCX_P ("1. Origin of Python")
    SYL_DOCX_P ("2. Features of Python")
    SYL_DOCX_P ("3. Variables")
    SYL_DOCX_P ("4. Data types")
    SYL_DOCX_P ("5. Operators")
    SYL_DOCX_P ("6. Control statements")
    SYL_DOCX_P ("7. Functions")
    SYL_DOCX_P ("8. Modules")
    SYL_DOCX_P ("9. Files")
    SYL_DOCX_P ("10. Exceptions")
    SYL_DOCX_P ("11. Classes")
    "</w:tc><w:tc>" SYL_DOCX_P ("") "</w:tc></w:tr></w:tbl>");
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = syl_import_bytes (package, SYL_IMPORT_FORMAT_DOCX, NULL,
                                                        NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpuint (syl_import_result_count_nodes (result), ==, 11);
  g_assert_cmpuint (syl_import_result_get_n_warnings (result), ==, 0);
}

/* A list of titles set in on two levels under a heading is the outline
 * below it; a list of sentences stays the heading's notes. */
static void
test_docx_outline_list (void)
{
  g_autoptr(GBytes) package = syl_test_docx (
    SYL_DOCX_PS ("Heading1", "数据库部分")
    SYL_DOCX_PL ("1", "0", "构建数据库系统")
    SYL_DOCX_PL ("1", "1", "安装数据库管理系统")
    SYL_DOCX_PL ("1", "1", "安装客户端")
    SYL_DOCX_PL ("1", "1", "导入数据库备份")
    SYL_DOCX_PS ("Heading1", "Policies")
    SYL_DOCX_PL ("1", "0", "Attendance:")
    SYL_DOCX_PL ("1", "1", "Come to every class; two absences are allowed.")
    SYL_DOCX_PL ("1", "1", "Arrive on time, since quizzes open first."));

  syl_test_assert_import (package, SYL_IMPORT_FORMAT_DOCX,
                          "title: \n"
                          "数据库部分\n"
                          "  构建数据库系统\n"
                          "    安装数据库管理系统\n"
                          "    安装客户端\n"
                          "    导入数据库备份\n"
                          "Policies {- Attendance:\\n  - Come to every class; two absences are "
                          "allowed.\\n"
                          "  - Arrive on time, since quizzes open first.}\n");
}

/* Each list under a heading is judged as a Markdown list is: titles are
 * the outline below it; sentences, a list a paragraph leads into and a
 * list of words under a numbered heading are its notes; a numbered list
 * of entries is titled by their first phrases; a list under Objectives
 * is the objectives.  Reading again with lists as notes keeps them all
 * notes. */
static void
test_docx_lists (void)
{
  g_autoptr(GBytes) package = syl_test_docx (
    SYL_DOCX_PS ("Heading1", "Week One")
    SYL_DOCX_PL ("1", "0", "The Star (1897) H. G. Wells")
    SYL_DOCX_PL ("1", "0", "Sultana’s Dream (1905) Rokeya Sakhawat Hossain")
    SYL_DOCX_PS ("Heading1", "Policies")
    SYL_DOCX_PL ("1", "0", "Come to every class; two absences are allowed.")
    SYL_DOCX_PL ("1", "0", "Late work loses a grade a day.")
    SYL_DOCX_PS ("Heading1", "Materials")
    SYL_DOCX_P ("Buy these books:")
    SYL_DOCX_PL ("1", "0", "The Big Book of Science Fiction")
    SYL_DOCX_PL ("1", "0", "Science Fiction")
    SYL_DOCX_PS ("Heading2", "Objectives")
    SYL_DOCX_PL ("1", "0", "Read closely")
    SYL_DOCX_PL ("1", "0", "Write clearly")
    SYL_DOCX_PS ("Heading1", "Schedule")
    SYL_DOCX_PL ("2", "0", "第 1 周，爬虫基础。HTTP 协议与网页结构。")
    SYL_DOCX_PL ("2", "0", "第 2 周，解析网页。XPath 与 CSS 选择器。")
    SYL_DOCX_P ("理论 16 学时。")
    SYL_DOCX_PS ("Heading1", "1.1 Types")
    SYL_DOCX_PL ("1", "0", "int")
    SYL_DOCX_PL ("1", "0", "float"));
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = NULL;
  g_autoptr(SylImportResult) notes = NULL;
  g_autofree char *dump = NULL;

  syl_test_assert_import (package, SYL_IMPORT_FORMAT_DOCX,
                          "title: \n"
                          "Week One\n"
                          "  The Star (1897) H. G. Wells\n"
                          "  Sultana’s Dream (1905) Rokeya Sakhawat Hossain\n"
                          "Policies {- Come to every class; two absences are allowed.\\n"
                          "- Late work loses a grade a day.}\n"
                          "Materials {Buy these books:\\n\\n- The Big Book of Science Fiction\\n"
                          "- Science Fiction} <Read closely> <Write clearly>\n"
                          "Schedule {理论 16 学时。}\n"
                          "  第 1 周，爬虫基础 {HTTP 协议与网页结构。}\n"
                          "  第 2 周，解析网页 {XPath 与 CSS 选择器。}\n"
                          "Types {- int\\n- float}\n");

  result = syl_import_bytes (package, SYL_IMPORT_FORMAT_AUTO, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_true (syl_import_result_get_lists_ambiguous (result));
  g_assert_cmpint (syl_import_result_get_lists (result), ==, SYL_IMPORT_LISTS_NOTES);
  notes = syl_import_result_reread (result, SYL_IMPORT_LISTS_NOTES, &error);
  g_assert_no_error (error);
  dump = syl_test_dump_import (notes);
  g_assert_cmpstr (dump, ==,
                   "title: \n"
                   "Week One {- The Star (1897) H. G. Wells\\n"
                   "- Sultana’s Dream (1905) Rokeya Sakhawat Hossain}\n"
                   "Policies {- Come to every class; two absences are allowed.\\n"
                   "- Late work loses a grade a day.}\n"
                   "Materials {Buy these books:\\n\\n- The Big Book of Science Fiction\\n"
                   "- Science Fiction} <Read closely> <Write clearly>\n"
                   "Schedule {1. 第 1 周，爬虫基础。HTTP 协议与网页结构。\\n"
                   "1. 第 2 周，解析网页。XPath 与 CSS 选择器。\\n\\n理论 16 学时。}\n"
                   "Types {- int\\n- float}\n");
}

/* Bullets run together in one paragraph, as a lost line break leaves
 * them, are items of their own. */
static void
test_docx_inline_bullets (void)
{
  g_autoptr(GBytes) package = syl_test_docx (
    SYL_DOCX_P ("1. Control flow")
    SYL_DOCX_P ("\u2022 If else \u2022 Conditional expressions \u2022 Switch case")
    SYL_DOCX_P ("2. Loops \u2022 For \u2022 While"));

  syl_test_assert_import (package, SYL_IMPORT_FORMAT_DOCX,
                          "title: \n"
                          "Control flow\n"
                          "  If else\n"
                          "  Conditional expressions\n"
                          "  Switch case\n"
                          "Loops\n"
                          "  For\n"
                          "  While\n");
}

static void
test_docx_notes (void)
{
  g_autoptr(GBytes) package = syl_test_docx (
    SYL_DOCX_PS ("Heading1", "Basics")
    "<w:p><w:r><w:t xml:space=\"preserve\">Plain </w:t></w:r>"
    "<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">bold </w:t></w:r>"
    "<w:r><w:rPr><w:i/></w:rPr><w:t>italic</w:t></w:r>"
    "<w:r><w:rPr><w:b w:val=\"0\"/></w:rPr><w:t xml:space=\"preserve\">, 2*3 and </w:t></w:r>"
    "<w:hyperlink r:id=\"rId9\"><w:r><w:t>a link</w:t></w:r></w:hyperlink>"
    "<w:hyperlink w:anchor=\"_Toc1\"><w:r><w:t xml:space=\"preserve\"> here</w:t></w:r>"
    "</w:hyperlink></w:p>"
    SYL_DOCX_PL ("1", "0", "first")
    SYL_DOCX_PL ("1", "1", "nested")
    SYL_DOCX_PS ("ListBullet", "by style")
    SYL_DOCX_PL ("2", "0", "numbered")
    SYL_DOCX_PS ("Heading2", "学习目标")
    SYL_DOCX_PL ("1", "0", "理解云计算")
    SYL_DOCX_PL ("1", "0", "会部署")
    SYL_DOCX_PS ("Heading1", "Second")
    "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Objectives:</w:t></w:r></w:p>"
    SYL_DOCX_PL ("1", "0", "Explain it")
    SYL_DOCX_P ("Not an objective.")
    SYL_DOCX_PS ("Heading2", "Key points")
    SYL_DOCX_P ("Costs fall.")
    SYL_DOCX_P ("【思考】为什么上云？")
    SYL_DOCX_P ("Think first."));

  syl_test_assert_import (package, SYL_IMPORT_FORMAT_DOCX,
                          "title: \n"
                          "Basics {Plain **bold** *italic*, 2\\*3 and [a "
                          "link](https://example.com/a) here"
                          "\\n\\n- first\\n  - nested\\n- by style\\n1. numbered} <理解云计算> <会部署>\n"
                          "Second {Not an objective.\\n\\n**Key points**\\n\\nCosts fall.} "
                          "<Explain it>\n"
                          "  为什么上云？ (discussion) {Think first.}\n");
}

static void
test_docx_table (void)
{
  g_autoptr(GBytes) package = syl_test_docx (
    "<w:tbl><w:tr><w:tc>" SYL_DOCX_P ("Hours") "</w:tc><w:tc>" SYL_DOCX_P ("32") "</w:tc></w:tr>"
    "</w:tbl>"
    SYL_DOCX_PS ("Heading1", "Plan")
    "<w:tbl><w:tr><w:tc>" SYL_DOCX_P ("Week") "</w:tc><w:tc>" SYL_DOCX_P ("Topic") "</w:tc></w:tr>"
    "<w:tr><w:tc>" SYL_DOCX_P ("1") "</w:tc><w:tc>" SYL_DOCX_P ("A|B") SYL_DOCX_P ("C")
    "</w:tc></w:tr><w:tr><w:tc>" SYL_DOCX_P ("2") "</w:tc></w:tr></w:tbl>"
    SYL_DOCX_P ("After."));

  syl_test_assert_import (package, SYL_IMPORT_FORMAT_DOCX,
                          "title: \n"
                          "description: | Hours | 32 |\\n| --- | --- |\n"
                          "Plan {| Week | Topic |\\n| --- | --- |\\n| 1 | A\\|B<br>C |\\n| 2 |  |"
                          "\\n\\nAfter.}\n");
}

#define TOC_FIELD_BEGIN \
  "<w:p><w:pPr><w:pStyle w:val=\"TOC1\"/></w:pPr>" \
  "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>" \
  "<w:r><w:instrText xml:space=\"preserve\"> TOC \\o \"1-3\" \\h </w:instrText></w:r>" \
  "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" \
  "<w:r><w:t>1 Introduction</w:t></w:r><w:r><w:tab/><w:t>1</w:t></w:r></w:p>"

/* A table of contents is never imported twice, and its page numbers
 * never end up in titles. */
static void
test_docx_toc (void)
{
  g_autoptr(GBytes) field = syl_test_docx (
    SYL_DOCX_PS ("Title", "Course")
    SYL_DOCX_P ("Contents")
    TOC_FIELD_BEGIN
    "<w:p><w:r><w:t>1.1 Scope</w:t></w:r><w:r><w:tab/><w:t>2</w:t></w:r></w:p>"
    "<w:p><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
    SYL_DOCX_PS ("Heading1", "Introduction")
    SYL_DOCX_PS ("Heading2", "Scope"));
  g_autoptr(GBytes) sdt = syl_test_docx (
    "<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val=\"Table of Contents\"/>"
    "</w:docPartObj></w:sdtPr><w:sdtContent>"
    SYL_DOCX_P ("目录")
    SYL_DOCX_P ("第一章 绪论\t1")
    "</w:sdtContent></w:sdt>"
    SYL_DOCX_PS ("a1", "第一章 绪论"));
  /* Without heading styles, the entries TOC1 and TOC2 give the levels. */
  g_autoptr(GBytes) styles_only = syl_test_docx (
    SYL_DOCX_PS ("TOC1", "Introduction\t1")
    SYL_DOCX_PS ("TOC2", "Scope\t2")
    SYL_DOCX_PS ("TOC1", "Methods\tiv")
    SYL_DOCX_P ("Introduction")
    SYL_DOCX_P ("Body text.")
    SYL_DOCX_P ("Scope")
    SYL_DOCX_P ("Methods"));
  /* The heading style wins over a TOC style that disagrees. */
  g_autoptr(GBytes) disagree = syl_test_docx (
    SYL_DOCX_PS ("TOC1", "Introduction\t1")
    SYL_DOCX_PS ("TOC1", "Scope\t2")
    SYL_DOCX_PS ("Heading1", "Introduction")
    SYL_DOCX_PS ("Heading2", "Scope"));
  /* With nothing else, the table of contents is the outline. */
  g_autoptr(GBytes) only = syl_test_docx (
    SYL_DOCX_PS ("TOC1", "Part one ........ 3")
    SYL_DOCX_PS ("TOC2", "Detail\t4"));

  syl_test_assert_import (field, SYL_IMPORT_FORMAT_DOCX,
                          "title: Course\nIntroduction\n  Scope\n");
  syl_test_assert_import (sdt, SYL_IMPORT_FORMAT_DOCX, "title: \n绪论\n");
  syl_test_assert_import (styles_only, SYL_IMPORT_FORMAT_DOCX,
                          "title: \nIntroduction {Body text.}\n  Scope\nMethods\n");
  syl_test_assert_import (only, SYL_IMPORT_FORMAT_DOCX, "title: \nPart one\n  Detail\n");
  syl_test_assert_import (disagree, SYL_IMPORT_FORMAT_DOCX,
                          "title: \nIntroduction\n  Scope\n"
                          "warning: the table of contents puts “Scope” at level 1, its heading "
                          "style at "
                          "level 2; the heading style was followed\n");
}

static void
test_docx_list_outline (void)
{
  g_autoptr(GBytes) package = syl_test_docx (
    SYL_DOCX_P ("Data Course")
    SYL_DOCX_PL ("2", "0", "Collecting")
    SYL_DOCX_PL ("2", "1", "Sources")
    SYL_DOCX_P ("Where data comes from.")
    SYL_DOCX_PL ("2", "2", "Logs")
    SYL_DOCX_PL ("2", "0", "Cleaning"));

  syl_test_assert_import (package, SYL_IMPORT_FORMAT_DOCX,
                          "title: Data Course\n"
                          "Collecting\n"
                          "  Sources {Where data comes from.}\n"
                          "    Logs\n"
                          "Cleaning\n");
}

/* Numbers typed by hand in Normal paragraphs, as many teachers write. */
static void
test_docx_manual_numbers (void)
{
  g_autoptr(GBytes) package = syl_test_docx (
    SYL_DOCX_P ("人工智能导论")
    SYL_DOCX_P ("第一章 概述")
    SYL_DOCX_P ("1.1 历史")
    SYL_DOCX_P ("1.2 现状")
    SYL_DOCX_P ("第二章 方法")
    SYL_DOCX_P ("一、监督学习")
    SYL_DOCX_P ("二、无监督学习")
    "<w:tbl><w:tr><w:tc>" SYL_DOCX_P ("x") "</w:tc></w:tr></w:tbl>");

  syl_test_assert_import (package, SYL_IMPORT_FORMAT_DOCX,
                          "title: 人工智能导论\n"
                          "概述\n  历史\n  现状\n"
                          "方法\n  监督学习\n  无监督学习\n"
                          "warning: a table was left out: without heading styles, the document "
                          "was read "
                          "as plain text\n");
}

/* OpenDocument. */

static void
test_odt (void)
{
  g_autoptr(GBytes) package = syl_test_odt (
    "<text:p text:style-name=\"Title\">Cloud Basics</text:p>"
    "<text:table-of-content><text:index-body>"
    "<text:index-title><text:p>Contents</text:p></text:index-title>"
    "<text:p text:style-name=\"Contents_20_1\">Introduction<text:tab/>1</text:p>"
    "</text:index-body></text:table-of-content>"
    "<text:h text:outline-level=\"1\"><text:number>1.</text:number>Introduction</text:h>"
    "<text:p>Plain\n   <text:span text:style-name=\"B\">bold</text:span>"
    "<text:s text:c=\"2\"/><text:span text:style-name=\"I\">italic</text:span> "
    "<text:a xlink:href=\"https://example.com/b\">link</text:a>"
    "<text:note><text:note-body><text:p>A footnote</text:p></text:note-body></text:note></text:p>"
    "<text:list text:style-name=\"Bullets\"><text:list-item><text:p>point</text:p>"
    "<text:list><text:list-item><text:p>inner</text:p></text:list-item></text:list>"
    "</text:list-item></text:list>"
    "<text:h text:outline-level=\"2\">Objectives</text:h>"
    "<text:list text:style-name=\"Bullets\"><text:list-item><text:p>Know it</text:p>"
    "</text:list-item></text:list>"
    "<text:p text:style-name=\"P1\">A topic by style</text:p>"
    "<table:table><table:table-row><table:table-cell><text:p>a</text:p></table:table-cell>"
    "<table:table-cell><text:p>b</text:p></table:table-cell></table:table-row>"
    "</table:table>"
    "<text:p text:style-name=\"Heading_20_1\">【示例】 Cases</text:p>");

  syl_test_assert_import (package, SYL_IMPORT_FORMAT_ODT,
                          "title: Cloud Basics\n"
                          "Introduction {Plain **bold**  *italic* [link](https://example.com/b)"
                          "\\n\\n- point\\n  - inner} <Know it>\n"
                          "  A topic by style {| a | b |\\n| --- | --- |}\n"
                          "Cases (example)\n");
}

static void
test_odt_list_outline (void)
{
  g_autoptr(GBytes) package = syl_test_odt (
    "<text:list text:style-name=\"Numbers\"><text:list-item><text:p>One</text:p>"
    "<text:list><text:list-item><text:p>One A</text:p></text:list-item></text:list>"
    "</text:list-item><text:list-item><text:p>Two</text:p></text:list-item></text:list>");

  syl_test_assert_import (package, SYL_IMPORT_FORMAT_ODT, "title: \nOne\n  One A\nTwo\n");
}

/* OpenDocument's lists are judged as Word's are. */
static void
test_odt_lists (void)
{
  g_autoptr(GBytes) package = syl_test_odt (
    "<text:h text:outline-level=\"1\">Week One</text:h>"
    "<text:list text:style-name=\"Bullets\">"
    "<text:list-item><text:p>The Star</text:p></text:list-item>"
    "<text:list-item><text:p>Mechanopolis</text:p></text:list-item></text:list>"
    "<text:h text:outline-level=\"1\">Effort</text:h>"
    "<text:p>Each week, expect to spend four hours on:</text:p>"
    "<text:list text:style-name=\"Bullets\">"
    "<text:list-item><text:p>Lectures</text:p></text:list-item>"
    "<text:list-item><text:p>Labs</text:p></text:list-item></text:list>");

  syl_test_assert_import (package, SYL_IMPORT_FORMAT_ODT,
                          "title: \n"
                          "Week One\n"
                          "  The Star\n"
                          "  Mechanopolis\n"
                          "Effort {Each week, expect to spend four hours on:\\n\\n- Lectures\\n- "
                          "Labs}\n");
}

/* Files as python3-docx and python3-odf write them, with their real
 * namespaces, settings and default styles. */
static void
test_generated (void)
{
  g_autofree char *script = syl_test_data_path ("import", "office", "make-office.py", NULL);
  g_autofree char *dir = g_dir_make_tmp ("syl-office-XXXXXX", NULL);
  const char *python = g_file_test ("/usr/bin/python3", G_FILE_TEST_IS_EXECUTABLE)
                       ? "/usr/bin/python3" : "python3";
  const char *argv[] = { python, script, dir, NULL };
  g_autofree char *docx_path = g_build_filename (dir, "course.docx", NULL);
  g_autofree char *odt_path = g_build_filename (dir, "course.odt", NULL);
  g_autoptr(GError) error = NULL;
  g_autofree char *docx = NULL;
  g_autofree char *odt = NULL;
  g_autoptr(GBytes) docx_bytes = NULL;
  g_autoptr(GBytes) odt_bytes = NULL;
  gsize docx_size, odt_size;
  int status;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, NULL, NULL, &status,
                &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, &error) &&
      g_error_matches (error, G_SPAWN_EXIT_ERROR, 77))
    {
      syl_test_remove_tree (dir);
      g_test_skip ("python3-docx or python3-odf is missing (build-aux/setup-debian)");
      return;
    }
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (docx_path, &docx, &docx_size, NULL));
  g_assert_true (g_file_get_contents (odt_path, &odt, &odt_size, NULL));
  syl_test_remove_tree (dir);
  docx_bytes = g_bytes_new_take (g_steal_pointer (&docx), docx_size);
  odt_bytes = g_bytes_new_take (g_steal_pointer (&odt), odt_size);

  syl_test_assert_import (docx_bytes, SYL_IMPORT_FORMAT_DOCX,
                          "title: 云计算基础\n"
                          "概述 {本章介绍**云计算**的*基本概念*。\\n\\n- 按需使用\\n- 按量计费} "
                          "<理解云计算的定义> <了解服务模式>\n"
                          "  服务模式 {| 模式 | 例子 |\\n| --- | --- |\\n| SaaS | 邮箱 |}\n"
                          "    哪种模式最常见？ (discussion)\n"
                          "部署\n");
  syl_test_assert_import (odt_bytes, SYL_IMPORT_FORMAT_ODT,
                          "title: \n"
                          "绪论 {正文**重要**，见[链接](https://example.com)} <理解概念> <掌握方法>\n"
                          "  背景 {| 甲 | 乙 |\\n| --- | --- |\\n| 1 | 2 |}\n");
}

/* Bad packages. */

static void
test_empty (void)
{
  g_autoptr(GBytes) docx = syl_test_docx ("");
  g_autoptr(GBytes) odt = syl_test_odt ("<text:p/>");
  const char *message = "there is no outline in the file: no headings, list items or lines of text";

  assert_refused (docx, NULL, SYL_ERROR_EMPTY, message);
  assert_refused (odt, NULL, SYL_ERROR_EMPTY, message);
}

static void
test_damaged (void)
{
  g_autoptr(GBytes) docx = syl_test_docx (SYL_DOCX_PS ("Heading1", "Intro"));
  g_autoptr(GBytes) cut = g_bytes_new_from_bytes (docx, 0, g_bytes_get_size (docx) / 2);
  g_autoptr(GBytes) no_document = syl_test_zip ("word/styles.xml", "<a/>", NULL);
  g_autoptr(GBytes) bad_xml = syl_test_zip ("content.xml", "<office:document-content>", NULL);
  g_autoptr(GBytes) not_zip = g_bytes_new_static ("PK\3\4 but nothing else", 20);
  g_autoptr(GBytes) empty = g_bytes_new_static ("", 0);

  /* A cut package has lost its central directory. */
  assert_refused (cut, "course.docx", SYL_ERROR_SYNTAX,
                  "the file is damaged: it is not a valid zip package");
  assert_refused (empty, "course.docx", SYL_ERROR_EMPTY, "the file is empty");
  assert_refused (not_zip, "course.docx", SYL_ERROR_SYNTAX,
                  "the file is damaged: it is not a valid zip package");
  assert_refused (no_document, "course.docx", SYL_ERROR_NOT_SYLLABUS,
                  "this is not a Word document: the package has no word/document.xml");
  assert_refused (bad_xml, "course.odt", SYL_ERROR_SYNTAX,
                  "the file is damaged: content.xml is not well-formed XML");
}

/* A compound file: the eight bytes of its signature, then a directory
 * entry named in UTF-16LE. */
static GBytes *
make_compound (const char *stream)
{
  GByteArray *data = g_byte_array_new ();
  static const guchar magic[] = { 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1 };
  guchar zero[512] = { 0 };

  g_byte_array_append (data, magic, sizeof magic);
  g_byte_array_append (data, zero, sizeof zero);
  for (const char *p = stream; *p != '\0'; p++)
    {
      guchar wide[2] = { (guchar) *p, 0 };

      g_byte_array_append (data, wide, 2);
    }
  g_byte_array_append (data, zero, sizeof zero);
  return g_byte_array_free_to_bytes (data);
}

static void
test_compound (void)
{
  g_autoptr(GBytes) encrypted = make_compound ("EncryptedPackage");
  g_autoptr(GBytes) doc = make_compound ("WordDocument");
  /* ODF encrypts the parts, which its manifest lists with their keys. */
  g_autoptr(GBytes) odt = syl_test_zip (
    "mimetype", "application/vnd.oasis.opendocument.text",
    "content.xml", "\x8f\x02 not XML once encrypted",
    "META-INF/manifest.xml",
    "<manifest:manifest><manifest:file-entry manifest:full-path=\"content.xml\">"
    "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\"/>"
    "</manifest:file-entry></manifest:manifest>", NULL);

  assert_refused (encrypted, "course.docx", SYL_ERROR_FAILED,
                  "the document is password-protected; open it in its word processor, remove "
                  "the password, save it and import it again");
  assert_refused (odt, NULL, SYL_ERROR_FAILED,
                  "the document is password-protected; open it in its word processor, remove "
                  "the password, save it and import it again");
  assert_refused (doc, "course.doc", SYL_ERROR_FAILED,
                  "this is an old binary Word (.doc) or other compound file; only .docx and "
                  ".odt documents are read: save it as .docx first");
}

/* Beyond the 8 MiB any part may have, and over 100 times its package. */
#define SPACES (9 * 1024 * 1024)

static void
test_bombs (void)
{
  g_autofree char *zeros = g_malloc (SPACES + 1);
  g_autoptr(GBytes) zip_bomb = NULL;
  g_autoptr(GBytes) xml_bomb = syl_test_zip (
    "mimetype", "application/vnd.oasis.opendocument.text",
    "content.xml", "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
    "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
    "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">]>"
    "<lolz>&lol3;</lolz>", NULL);

  memset (zeros, ' ', SPACES);
  zeros[SPACES] = '\0';
  zip_bomb = syl_test_zip ("[Content_Types].xml", "wordprocessingml.document.main+xml",
                           "word/document.xml", zeros, NULL);
  g_assert_cmpuint (g_bytes_get_size (zip_bomb), <, 80 * 1024);

  assert_refused (zip_bomb, NULL, SYL_ERROR_TOO_LARGE,
                  "a part of the package is too large once uncompressed; it looks like a zip "
                  "bomb and was not read");
  assert_refused (xml_bomb, NULL, SYL_ERROR_SYNTAX,
                  "content.xml declares a DTD or entities, which a real document never has; it "
                  "was refused");
}

static void
test_format_names (void)
{
  SylImportFormat format;

  g_assert_cmpstr (syl_import_format_to_string (SYL_IMPORT_FORMAT_DOCX), ==, "docx");
  g_assert_cmpstr (syl_import_format_to_string (SYL_IMPORT_FORMAT_ODT), ==, "odt");
  g_assert_true (syl_import_format_from_string ("DOCX", &format));
  g_assert_cmpint (format, ==, SYL_IMPORT_FORMAT_DOCX);
  g_assert_true (syl_import_format_from_string ("odt", &format));
  g_assert_cmpint (format, ==, SYL_IMPORT_FORMAT_ODT);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/docx/headings", test_docx_headings);
  g_test_add_func ("/import/docx/lone-top-heading", test_docx_lone_top_heading);
  g_test_add_func ("/import/docx/layout-table", test_docx_layout_table);
  g_test_add_func ("/import/docx/outline-list", test_docx_outline_list);
  g_test_add_func ("/import/docx/lists", test_docx_lists);
  g_test_add_func ("/import/docx/inline-bullets", test_docx_inline_bullets);
  g_test_add_func ("/import/docx/notes", test_docx_notes);
  g_test_add_func ("/import/docx/table", test_docx_table);
  g_test_add_func ("/import/docx/toc", test_docx_toc);
  g_test_add_func ("/import/docx/list-outline", test_docx_list_outline);
  g_test_add_func ("/import/docx/manual-numbers", test_docx_manual_numbers);
  g_test_add_func ("/import/odt/document", test_odt);
  g_test_add_func ("/import/odt/list-outline", test_odt_list_outline);
  g_test_add_func ("/import/odt/lists", test_odt_lists);
  g_test_add_func ("/import/office/generated", test_generated);
  g_test_add_func ("/import/office/empty", test_empty);
  g_test_add_func ("/import/office/damaged", test_damaged);
  g_test_add_func ("/import/office/compound", test_compound);
  g_test_add_func ("/import/office/bombs", test_bombs);
  g_test_add_func ("/import/office/format-names", test_format_names);

  return g_test_run ();
}
