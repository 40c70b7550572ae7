/* test-import-labels.c: headings that name a part of a section
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-import-private.h"

typedef struct
{
  const char     *title;
  SylImportLabel  label;
} Case;

static const Case cases[] = {
  { "学习目标", SYL_IMPORT_LABEL_OBJECTIVES },
  { "学 习 目 标：", SYL_IMPORT_LABEL_OBJECTIVES },
  { "**Learning Objectives:**", SYL_IMPORT_LABEL_OBJECTIVES },
  { "Objectives", SYL_IMPORT_LABEL_OBJECTIVES },
  { "【重点】", SYL_IMPORT_LABEL_NOTES },
  { "Key points", SYL_IMPORT_LABEL_NOTES },
  { "KEY POINTS", SYL_IMPORT_LABEL_NOTES },
  { "目　录", SYL_IMPORT_LABEL_CONTENTS },
  { "Table of Contents", SYL_IMPORT_LABEL_CONTENTS },
  /* Headings of the outline itself, even when they contain a label. */
  { "学习目标的设定方法", SYL_IMPORT_LABEL_NONE },
  { "Objectives and key results in practice", SYL_IMPORT_LABEL_NONE },
  { "大模型为什么能产生质变？", SYL_IMPORT_LABEL_NONE },
  { "", SYL_IMPORT_LABEL_NONE },
  { "   ", SYL_IMPORT_LABEL_NONE },
};

static void
test_labels (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_test_message ("%s", cases[i].title);
      g_assert_cmpint (_syl_import_heading_label (cases[i].title), ==, cases[i].label);
    }
}

static void
test_long_heading (void)
{
  g_autoptr(GString) title = g_string_new (NULL);

  /* A heading far longer than any label is never one, and is not copied
   * whole to find out. */
  for (guint i = 0; i < 10000; i++)
    g_string_append (title, "目标");
  g_assert_cmpint (_syl_import_heading_label (title->str), ==, SYL_IMPORT_LABEL_NONE);
}

typedef struct
{
  const char *item;
  gboolean    prose;
} ProseCase;

static const ProseCase prose_cases[] = {
  { "The Star (1897) H. G. Wells", FALSE },
  { "[Ken Liu, Paper Menagerie (2012)](https://gizmodo.com/read-ken-lius-amazing-story-that-swept-the-hugo-nebula-5958919)", FALSE },
  { "1.2 Network edge (\"Ch1-1_Ch1-3\" 15:44~25:43)", FALSE },
  { "安装数据库管理系统的客户端（SSMS）", FALSE },
  { "Come to every class; two absences are allowed without a note.", TRUE },
  { "课程名称：网络爬虫技术", TRUE },
  { "Instructor: Dr. Salter", TRUE },
  { "本节讨论实际案例，并给出练习。", TRUE },
  { "A title that goes on and on well past what any heading of an outline would ever hold in a row", TRUE },
};

static void
test_prose (void)
{
  for (gsize i = 0; i < G_N_ELEMENTS (prose_cases); i++)
    {
      g_test_message ("%s", prose_cases[i].item);
      g_assert_cmpint (_syl_import_reads_as_prose (prose_cases[i].item), ==, prose_cases[i].prose);
    }
}

/* Each rule of _syl_import_judge_list(), in the order it applies. */
static void
test_judge_list (void)
{
  static const char * const numbered[] = { "2.1 Types", "2.2 Values", "Summary." };
  static const char * const titles[] = { "The Star (1897) H. G. Wells", "Mechanopolis (1913)" };
  static const char * const sentences[] = { "Come to every class.", "Late work loses a grade." };
  static const char * const entries[] = { "第 1 周，爬虫基础。HTTP 协议。",
                                          "第 2 周，解析网页。XPath 与 CSS。" };
  static const char * const fields[] = { "Instructor: Dr. Salter", "Room: TCH 236B", "Credits" };

  g_assert_cmpint (_syl_import_judge_list (numbered, 3, FALSE, TRUE, TRUE), ==,
                   SYL_IMPORT_LIST_NODES);
  g_assert_cmpint (_syl_import_judge_list (titles, 2, FALSE, FALSE, FALSE), ==,
                   SYL_IMPORT_LIST_NODES);
  g_assert_cmpint (_syl_import_judge_list (titles, 2, FALSE, TRUE, FALSE), ==,
                   SYL_IMPORT_LIST_NOTES);
  g_assert_cmpint (_syl_import_judge_list (titles, 2, FALSE, FALSE, TRUE), ==,
                   SYL_IMPORT_LIST_NOTES);
  g_assert_cmpint (_syl_import_judge_list (sentences, 2, FALSE, FALSE, FALSE), ==,
                   SYL_IMPORT_LIST_NOTES);
  g_assert_cmpint (_syl_import_judge_list (entries, 2, TRUE, FALSE, FALSE), ==,
                   SYL_IMPORT_LIST_ENTRIES);
  g_assert_cmpint (_syl_import_judge_list (entries, 2, FALSE, FALSE, FALSE), ==,
                   SYL_IMPORT_LIST_NOTES);
  /* "Credits" has no first phrase: the numbered fields are notes. */
  g_assert_cmpint (_syl_import_judge_list (fields, 3, TRUE, FALSE, FALSE), ==,
                   SYL_IMPORT_LIST_NOTES);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/labels/words", test_labels);
  g_test_add_func ("/import/labels/long", test_long_heading);
  g_test_add_func ("/import/labels/prose", test_prose);
  g_test_add_func ("/import/labels/judge-list", test_judge_list);
  return g_test_run ();
}
