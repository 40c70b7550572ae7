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

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/import/labels/words", test_labels);
  g_test_add_func ("/import/labels/long", test_long_heading);
  return g_test_run ();
}
