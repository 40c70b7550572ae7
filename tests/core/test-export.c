/* test-export.c: Markdown, plain text, OPML and HTML exports
 *
 * Two small fixtures, one Chinese (numbered 第一章, 第一节, 一、) and one
 * English (Chapter 1, unnumbered discussions, seven levels, titles full of
 * Markdown and HTML specials), are exported in each format and compared
 * with answer files written by hand in tests/data/export.  The sample
 * course is exported in every format and checked for structure.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-export.h"
#include "syl-test-util.h"
#include "syl-json-reader.h"

#define NO_EXTRAS SYL_EXPORT_NONE

static SylDocument *
load_fixture (const char *name)
{
  g_autofree char *path = g_build_filename ("export", name, NULL);

  return syl_test_load_data (path);
}

static char *
export_text (SylDocument     *document,
             SylExportFormat  format,
             SylExportFlags   flags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = syl_export_document (document, format, flags, &error);
  gsize size;
  const char *data;

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  data = g_bytes_get_data (bytes, &size);
  g_assert_true (g_utf8_validate (data, size, NULL));
  g_assert_null (memchr (data, '\0', size));
  return g_strndup (data, size);
}

static char *
read_answer (const char *name)
{
  g_autofree char *path = syl_test_data_path ("export", name, NULL);

  return syl_test_read_text (path);
}

static void
assert_answer (const char      *fixture,
               SylExportFormat  format,
               SylExportFlags   flags,
               const char      *answer)
{
  g_autoptr(SylDocument) document = load_fixture (fixture);
  g_autofree char *text = export_text (document, format, flags);
  g_autofree char *expected = read_answer (answer);

  syl_test_assert_same_text (text, expected);
}

/* The HTML from <body> on: the head is mostly the style sheet, checked
 * on its own in test_html_head(). */
static void
assert_html_body (const char *fixture,
                  const char *answer)
{
  g_autoptr(SylDocument) document = load_fixture (fixture);
  g_autofree char *html = export_text (document, SYL_EXPORT_FORMAT_HTML, SYL_EXPORT_DEFAULT);
  g_autofree char *expected = read_answer (answer);
  const char *body = strstr (html, "\n<body>\n");

  g_assert_nonnull (body);
  syl_test_assert_same_text (body + 1, expected);
}

/* XML. */

typedef struct
{
  GHashTable *counts;     /* element name → how many */
  GPtrArray  *texts;      /* the text attribute of each <outline> */
  GPtrArray  *notes;      /* its _note, or NULL */
} XmlStats;

static void
xml_start_cb (GMarkupParseContext  *context,
              const char           *name,
              const char          **attribute_names,
              const char          **attribute_values,
              gpointer              data,
              GError              **error)
{
  XmlStats *stats = data;
  guint count = GPOINTER_TO_UINT (g_hash_table_lookup (stats->counts, name));
  const char *text = NULL;
  const char *note = NULL;

  g_hash_table_insert (stats->counts, g_strdup (name), GUINT_TO_POINTER (count + 1));
  if (strcmp (name, "outline") != 0)
    return;
  for (guint i = 0; attribute_names[i] != NULL; i++)
    if (strcmp (attribute_names[i], "text") == 0)
      text = attribute_values[i];
    else if (strcmp (attribute_names[i], "_note") == 0)
      note = attribute_values[i];
  g_assert_nonnull (text);
  g_ptr_array_add (stats->texts, g_strdup (text));
  g_ptr_array_add (stats->notes, g_strdup (note));
}

static void
xml_stats_clear (XmlStats *stats)
{
  g_hash_table_unref (stats->counts);
  g_ptr_array_unref (stats->texts);
  g_ptr_array_unref (stats->notes);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (XmlStats, xml_stats_clear)

/* Parses @text as XML, which OPML is and the HTML export also is (it
 * closes every element); fails on any error. */
static void
parse_xml (const char *text,
           XmlStats   *stats)
{
  static const GMarkupParser parser = { xml_start_cb, NULL, NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = NULL;
  g_autoptr(GError) error = NULL;
  const char *start = text;

  stats->counts = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  stats->texts = g_ptr_array_new_with_free_func (g_free);
  stats->notes = g_ptr_array_new_with_free_func (g_free);

  /* GMarkup reads neither the XML declaration nor a doctype. */
  if (g_str_has_prefix (start, "<?xml"))
    start = strchr (start, '\n') + 1;
  if (g_str_has_prefix (start, "<!DOCTYPE html>\n"))
    start += strlen ("<!DOCTYPE html>\n");
  context = g_markup_parse_context_new (&parser, 0, stats, NULL);
  g_markup_parse_context_parse (context, start, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
}

static guint
count_elements (XmlStats   *stats,
                const char *name)
{
  return GPOINTER_TO_UINT (g_hash_table_lookup (stats->counts, name));
}

/* Runs xmllint on @text; its exit status, or -1 when it is not installed. */
static int
run_xmllint (const char *text,
             const char *option,
             char      **output)
{
  g_autofree char *xmllint = g_find_program_in_path ("xmllint");
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *err = NULL;

  if (xmllint == NULL)
    return -1;
  process = g_subprocess_new (G_SUBPROCESS_FLAGS_STDIN_PIPE | G_SUBPROCESS_FLAGS_STDOUT_PIPE |
                              G_SUBPROCESS_FLAGS_STDERR_PIPE, &error,
                              xmllint, option, "--xpath", "count(//section | //outline)", "-",
                              NULL);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, text, NULL, output, &err, &error);
  g_assert_no_error (error);
  return g_subprocess_get_exit_status (process);
}

/* Markdown. */

static void
test_markdown_chinese (void)
{
  assert_answer ("course-zh.syllabus.json", SYL_EXPORT_FORMAT_MARKDOWN, SYL_EXPORT_DEFAULT,
                 "course-zh.md");
}

static void
test_markdown_chinese_titles (void)
{
  assert_answer ("course-zh.syllabus.json", SYL_EXPORT_FORMAT_MARKDOWN, NO_EXTRAS,
                 "course-zh.titles.md");
}

static void
test_markdown_chinese_all (void)
{
  assert_answer ("course-zh.syllabus.json", SYL_EXPORT_FORMAT_MARKDOWN, SYL_EXPORT_ALL,
                 "course-zh.all.md");
}

static void
test_markdown_english (void)
{
  assert_answer ("course-en.syllabus.json", SYL_EXPORT_FORMAT_MARKDOWN, SYL_EXPORT_DEFAULT,
                 "course-en.md");
}

/* Plain text. */

static void
test_text_chinese (void)
{
  assert_answer ("course-zh.syllabus.json", SYL_EXPORT_FORMAT_TEXT, SYL_EXPORT_DEFAULT,
                 "course-zh.txt");
}

static void
test_text_chinese_titles (void)
{
  assert_answer ("course-zh.syllabus.json", SYL_EXPORT_FORMAT_TEXT, NO_EXTRAS,
                 "course-zh.titles.txt");
}

static void
test_text_chinese_all (void)
{
  assert_answer ("course-zh.syllabus.json", SYL_EXPORT_FORMAT_TEXT, SYL_EXPORT_ALL,
                 "course-zh.all.txt");
}

static void
test_text_english (void)
{
  assert_answer ("course-en.syllabus.json", SYL_EXPORT_FORMAT_TEXT, SYL_EXPORT_DEFAULT,
                 "course-en.txt");
}

/* OPML. */

static void
test_opml_chinese (void)
{
  assert_answer ("course-zh.syllabus.json", SYL_EXPORT_FORMAT_OPML, SYL_EXPORT_DEFAULT,
                 "course-zh.opml");
}

static void
test_opml_english_titles (void)
{
  assert_answer ("course-en.syllabus.json", SYL_EXPORT_FORMAT_OPML, NO_EXTRAS,
                 "course-en.titles.opml");
}

/* An XML parser gives back each title and note exactly, line breaks and
 * specials included. */
static void
test_opml_values (void)
{
  g_autoptr(SylDocument) document = load_fixture ("course-zh.syllabus.json");
  g_autofree char *opml = export_text (document, SYL_EXPORT_FORMAT_OPML, SYL_EXPORT_DEFAULT);
  g_auto(XmlStats) stats = { 0 };

  parse_xml (opml, &stats);
  g_assert_cmpuint (count_elements (&stats, "outline"), ==, syl_document_get_n_nodes (document));
  g_assert_cmpstr (g_ptr_array_index (stats.texts, 0), ==, "概述");
  g_assert_cmpstr (g_ptr_array_index (stats.notes, 0), ==,
                   syl_node_get_notes (syl_document_find_node (document, "ch1")));
  /* "text" is HTML to outliners, so a literal "<" is written as "&lt;" in it. */
  g_assert_cmpstr (g_ptr_array_index (stats.texts, 5), ==, "模型 &lt;训练&gt; & \"评估\"");
  g_assert_null (g_ptr_array_index (stats.notes, 5));
  g_assert_cmpstr (g_ptr_array_index (stats.notes, 6), ==, "# 不是标题\n使用 MNIST。");
}

/* HTML. */

static void
test_html_chinese (void)
{
  assert_html_body ("course-zh.syllabus.json", "course-zh.body.html");
}

static void
test_html_english (void)
{
  assert_html_body ("course-en.syllabus.json", "course-en.body.html");
}

static void
test_html_head (void)
{
  g_autoptr(SylDocument) document = load_fixture ("course-zh.syllabus.json");
  g_autofree char *html = export_text (document, SYL_EXPORT_FORMAT_HTML, SYL_EXPORT_DEFAULT);
  g_autofree char *head = g_strndup (html, strstr (html, "<body>") - html);

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n"
                                         "<meta charset=\"utf-8\"/>\n"));
  g_assert_nonnull (strstr (head, "<title>机器学习入门</title>"));
  g_assert_nonnull (strstr (head, "font-family: \"Noto Sans CJK SC\", \"Source Han Sans SC\", "
                                  "\"PingFang SC\",\n  \"Microsoft YaHei\", sans-serif"));
  g_assert_nonnull (strstr (head, "@media print {"));
  g_assert_nonnull (strstr (head, "section.level-1 { break-before: page; }"));
  g_assert_nonnull (strstr (head, "nav.toc { background: none; padding: 0; break-after: page; }"));
  /* Standalone: nothing to fetch, nothing to run. */
  g_assert_null (strstr (html, "<script"));
  g_assert_null (strstr (html, "<link"));
  g_assert_null (strstr (html, "src="));
  g_assert_null (strstr (html, "url("));
}

static void
test_html_no_language (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (B)");
  g_autofree char *html = export_text (document, SYL_EXPORT_FORMAT_HTML, SYL_EXPORT_DEFAULT);
  g_auto(XmlStats) stats = { 0 };

  g_assert_true (g_str_has_prefix (html, "<!DOCTYPE html>\n<html>\n"));
  g_assert_nonnull (strstr (html, "<title>Untitled Course</title>"));
  parse_xml (html, &stats);
  g_assert_cmpuint (count_elements (&stats, "section"), ==, 2);
}

/* The sample course in every format. */

static guint
count_lines_starting (const char *text,
                      const char *prefix)
{
  g_auto(GStrv) lines = g_strsplit (text, "\n", -1);
  guint n = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    n += g_str_has_prefix (lines[i], prefix);
  return n;
}

static void
test_sample_markdown (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  g_autofree char *markdown = export_text (document, SYL_EXPORT_FORMAT_MARKDOWN,
                                           SYL_EXPORT_DEFAULT);

  g_assert_true (g_str_has_prefix (markdown, "# AI 大模型（类 ChatGPT）的企业应用\n"));
  for (guint i = 0; i < G_N_ELEMENTS (syl_test_sample_chapters); i++)
    {
      g_autofree char *line = g_strdup_printf ("\n## %u %s\n", i + 1, syl_test_sample_chapters[i]);

      g_assert_nonnull (strstr (markdown, line));
    }
  g_assert_cmpuint (count_lines_starting (markdown, "## "), ==, 6);
  g_assert_cmpuint (count_lines_starting (markdown, "### "), ==, 42);
  g_assert_cmpuint (count_lines_starting (markdown, "#### "), ==, 107);
  g_assert_nonnull (strstr (markdown, "\n### 1.9 【思考】AI 会有自我意识吗？\n"));
}

/* The lines of @text after its header are those of @outline_file (as
 * `syllabus-cli outline` prints them) but for what the export adds: the
 * kind markers before the titles of discussions and examples, and
 * "(可选)" after the one optional chapter: the sample is in Chinese. */
static void
assert_outline_lines (const char *text,
                      const char *outline_file)
{
  g_autofree char *path = syl_test_data_path (outline_file, NULL);
  g_autofree char *outline = syl_test_read_text (path);
  g_auto(GStrv) want = g_strsplit (outline, "\n", -1);
  g_auto(GStrv) got = NULL;
  guint markers = 0;
  guint optional = 0;

  g_assert_nonnull (strstr (text, "\n\n"));
  got = g_strsplit (strstr (text, "\n\n") + 2, "\n", -1);
  g_assert_cmpuint (g_strv_length (got), ==, g_strv_length (want));
  for (guint i = 0; want[i] != NULL; i++)
    {
      g_autoptr(GString) line = g_string_new (got[i]);

      markers += g_string_replace (line, "【思考】", "", 1) + g_string_replace (line, "【示例】", "", 1);
      optional += g_string_replace (line, "  (可选)", "", 1);
      g_assert_cmpstr (line->str, ==, want[i]);
    }
  /* Five discussions and five examples. */
  g_assert_cmpuint (markers, ==, 10);
  g_assert_cmpuint (optional, ==, 1);
}

static void
test_sample_text (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  g_autofree char *text = export_text (document, SYL_EXPORT_FORMAT_TEXT, SYL_EXPORT_DEFAULT);

  g_assert_true (g_str_has_prefix (text, "AI 大模型（类 ChatGPT）的企业应用\n"
                                         "段方 — 某世界 100 强企业大数据/AI 总设计师 教授 "
                                         "北京大学博士后\n\n1 AI 大模型的概念和特点\n"));
  assert_outline_lines (text, "ai-enterprise-course.outline.txt");
  g_assert_nonnull (strstr (text, "\n  1.9 【思考】AI 会有自我意识吗？\n"));
  g_assert_nonnull (strstr (text, "\n  1.10 【示例】附件——AIGC 带来的艺术震撼\n"));
}

static void
test_sample_opml (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  g_autofree char *opml = export_text (document, SYL_EXPORT_FORMAT_OPML, SYL_EXPORT_DEFAULT);
  g_autofree char *count = NULL;
  g_auto(XmlStats) stats = { 0 };
  int status;

  parse_xml (opml, &stats);
  g_assert_cmpuint (count_elements (&stats, "opml"), ==, 1);
  g_assert_cmpuint (count_elements (&stats, "outline"), ==, 155);
  g_assert_cmpuint (syl_document_get_n_nodes (document), ==, 155);
  g_assert_cmpstr (g_ptr_array_index (stats.texts, 0), ==, syl_test_sample_chapters[0]);

  status = run_xmllint (opml, "--nonet", &count);
  if (status == -1)
    {
      g_test_skip ("xmllint is not installed (libxml2-utils)");
      return;
    }
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (g_strstrip (count), ==, "155");
}

static void
test_sample_html (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  g_autofree char *html = export_text (document, SYL_EXPORT_FORMAT_HTML, SYL_EXPORT_DEFAULT);
  g_autofree char *count = NULL;
  g_auto(XmlStats) stats = { 0 };
  int status;

  parse_xml (html, &stats);
  g_assert_cmpuint (count_elements (&stats, "section"), ==, 155);
  g_assert_cmpuint (count_elements (&stats, "h2"), ==, 6 + 1);
  g_assert_cmpuint (count_elements (&stats, "h3"), ==, 42);
  g_assert_cmpuint (count_elements (&stats, "h4"), ==, 107);
  /* The contents list the three levels, each entry a link. */
  g_assert_cmpuint (count_elements (&stats, "a"), ==, 155);
  for (guint i = 0; i < G_N_ELEMENTS (syl_test_sample_chapters); i++)
    {
      g_autofree char *escaped = g_markup_escape_text (syl_test_sample_chapters[i], -1);
      g_autofree char *heading = g_strdup_printf ("<span class=\"number\">%u</span> %s</h2>",
                                                  i + 1, escaped);

      g_assert_nonnull (strstr (html, heading));
    }

  status = run_xmllint (html, "--html", &count);
  if (status == -1)
    {
      g_test_skip ("xmllint is not installed (libxml2-utils)");
      return;
    }
  /* libxml2's HTML parser knows HTML 4 and only warns about <section>. */
  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (g_strstrip (count), ==, "155");
}

/* Numbering. */

static void
test_numbering_chinese (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  g_autoptr(SylNumbering) chinese = syl_numbering_new_preset (SYL_NUMBERING_PRESET_CHINESE);
  g_autofree char *text = NULL;
  g_autofree char *markdown = NULL;
  g_autofree char *html = NULL;
  g_autofree char *opml = NULL;

  syl_document_set_numbering (document, chinese);
  text = export_text (document, SYL_EXPORT_FORMAT_TEXT, NO_EXTRAS);
  markdown = export_text (document, SYL_EXPORT_FORMAT_MARKDOWN, NO_EXTRAS);
  html = export_text (document, SYL_EXPORT_FORMAT_HTML, NO_EXTRAS);
  opml = export_text (document, SYL_EXPORT_FORMAT_OPML, NO_EXTRAS);

  g_assert_nonnull (strstr (text, "\n第一章 AI 大模型的概念和特点\n  第一节 什么是“大模型、多模态”？\n"));
  g_assert_nonnull (strstr (text, "\n    一、RNN 到 transformor\n"));
  g_assert_nonnull (strstr (text, "\n第六章 总结\n"));
  g_assert_nonnull (strstr (markdown, "\n## 第一章 AI 大模型的概念和特点\n"));
  g_assert_nonnull (strstr (markdown, "\n#### 一、RNN 到 transformor\n"));
  g_assert_nonnull (strstr (markdown, "\n### 第九节 【思考】AI 会有自我意识吗？\n"));
  g_assert_nonnull (strstr (html, "<h2><span class=\"number\">第二章</span> 为什么是 chatGPT ?</h2>"));
  g_assert_nonnull (strstr (html, "<h4><span class=\"number\">一、</span>RNN 到 transformor</h4>"));
  /* OPML titles carry no numbers, whatever the numbering. */
  g_assert_null (strstr (opml, "第一章"));
  g_assert_nonnull (strstr (opml, "<outline text=\"AI 大模型的概念和特点\""));
}

static void
test_numbering_chinese_outline (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  g_autoptr(SylNumbering) chinese = syl_numbering_new_preset (SYL_NUMBERING_PRESET_CHINESE);
  g_autofree char *text = NULL;

  syl_document_set_numbering (document, chinese);
  text = export_text (document, SYL_EXPORT_FORMAT_TEXT, NO_EXTRAS);
  assert_outline_lines (text, "ai-enterprise-course.outline-chinese.txt");
}

/* Escaping. */

static SylDocument *
outline_from_json (const char *json)
{
  g_autoptr(GError) error = NULL;
  SylDocument *document = syl_document_new_from_data (json, strlen (json), &error);

  g_assert_no_error (error);
  return document;
}

static void
test_escaping_titles (void)
{
  g_autoptr(SylDocument) document = outline_from_json (
    "{\"format\": \"syllabus\", \"version\": 1, \"numbering\": {\"levels\": [\"none\"]},"
    " \"children\": [{\"id\": \"a\", \"title\": \"1. <b>&amp;</b> \\\"q\\\" 'x' *y* _z_ [l](u) `c`\"},"
    " {\"id\": \"b\", \"title\": \"# Hash & C#\"}, {\"id\": \"c\", \"title\": \"- dash\"},"
    " {\"id\": \"d\", \"title\": \"+ plus\"}, {\"id\": \"e\", \"title\": \"2) paren\"},"
    " {\"id\": \"f\", \"title\": \"> quote\"}, {\"id\": \"g\", \"title\": \"back\\\\slash ~~s~~ ##\"}]}");
  g_autofree char *markdown = export_text (document, SYL_EXPORT_FORMAT_MARKDOWN, NO_EXTRAS);
  g_autofree char *html = export_text (document, SYL_EXPORT_FORMAT_HTML, NO_EXTRAS);
  g_autofree char *opml = export_text (document, SYL_EXPORT_FORMAT_OPML, NO_EXTRAS);
  g_auto(XmlStats) stats = { 0 };

  g_assert_cmpstr (markdown, ==,
                   "#\n\n"
                   "## 1\\. \\<b\\>\\&amp;\\</b\\> \"q\" 'x' \\*y\\* \\_z\\_ \\[l\\](u) \\`c\\`\n\n"
                   "## \\# Hash & C#\n\n"
                   "## \\- dash\n\n"
                   "## \\+ plus\n\n"
                   "## 2\\) paren\n\n"
                   "## \\> quote\n\n"
                   "## back\\\\slash \\~\\~s\\~\\~ \\##\n");
  g_assert_nonnull (strstr (html, "<h2>1. &lt;b&gt;&amp;amp;&lt;/b&gt; \"q\" 'x' *y* _z_ [l](u) `c`</h2>"));
  g_assert_nonnull (strstr (html, "<h2># Hash &amp; C#</h2>"));
  g_assert_nonnull (strstr (opml, "text=\"1. &amp;lt;b&amp;gt;&amp;amp;amp;&amp;lt;/b&amp;gt; "
                                  "&quot;q&quot; 'x'"));
  /* Escaped for HTML, which is what "text" holds, then for XML. */
  parse_xml (opml, &stats);
  g_assert_cmpstr (g_ptr_array_index (stats.texts, 0), ==,
                   "1. &lt;b&gt;&amp;amp;&lt;/b&gt; \"q\" 'x' *y* _z_ [l](u) `c`");
}

/* Characters XML or HTML cannot hold are dropped (controls; noncharacters,
 * which are parse errors in HTML), and every file stays valid. */
static void
test_escaping_control_characters (void)
{
  g_autoptr(SylDocument) document = outline_from_json (
    "{\"format\": \"syllabus\", \"version\": 1, \"title\": \"T\\u0007\","
    " \"children\": [{\"id\": \"a\", \"title\": \"A\\u0001B\\u001fC\\u007f\\u0085D"
    "\\ufdd0\\ufffe\\ud83f\\udffe\","
    " \"notes\": \"line\\r\\nbreak\\u000b\\ttab\"}]}");
  g_autofree char *opml = export_text (document, SYL_EXPORT_FORMAT_OPML, SYL_EXPORT_DEFAULT);
  g_autofree char *html = export_text (document, SYL_EXPORT_FORMAT_HTML, SYL_EXPORT_DEFAULT);
  g_autofree char *markdown = export_text (document, SYL_EXPORT_FORMAT_MARKDOWN,
                                           SYL_EXPORT_DEFAULT);
  g_auto(XmlStats) opml_stats = { 0 };
  g_auto(XmlStats) html_stats = { 0 };

  parse_xml (opml, &opml_stats);
  parse_xml (html, &html_stats);
  g_assert_cmpstr (g_ptr_array_index (opml_stats.texts, 0), ==, "ABCD");
  g_assert_cmpstr (g_ptr_array_index (opml_stats.notes, 0), ==, "line\nbreak\ttab");
  g_assert_nonnull (strstr (html, "<title>T</title>"));
  g_assert_nonnull (strstr (markdown, "\n## 1 ABCD\n\nline\nbreak\ttab\n"));
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A (B)");
  g_autoptr(SylNode) bad = syl_node_new (SYL_NODE_KIND_SECTION, "caf\xe9");
  g_autoptr(SylExample) example = syl_example_new ("ok", "\xff\xfe");
  SylNode *b = syl_test_find (document, "B");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  syl_document_insert_example (document, b, 0, example);
  bytes = syl_export_document (document, SYL_EXPORT_FORMAT_HTML, SYL_EXPORT_DEFAULT, &error);
  g_assert_null (bytes);
  g_assert_error (error, SYL_ERROR, SYL_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "children[0].children[0].examples[0].body: "));
  g_clear_error (&error);

  syl_document_remove_example (document, b, 0);
  g_assert_true (syl_document_insert_node (document, bad, syl_document_get_root (document), 1,
                                           &error));
  for (SylExportFormat format = 0; format <= SYL_EXPORT_FORMAT_HTML; format++)
    {
      bytes = syl_export_document (document, format, SYL_EXPORT_NONE, &error);
      g_assert_null (bytes);
      g_assert_error (error, SYL_ERROR, SYL_ERROR_INVALID);
      g_assert_true (g_str_has_prefix (error->message, "children[1].title: "));
      g_clear_error (&error);
    }
}

static void
test_empty_document (void)
{
  g_autoptr(SylDocument) document = syl_document_new ();

  for (SylExportFormat format = 0; format <= SYL_EXPORT_FORMAT_HTML; format++)
    {
      g_autofree char *text = export_text (document, format, SYL_EXPORT_ALL);

      if (format == SYL_EXPORT_FORMAT_OPML || format == SYL_EXPORT_FORMAT_HTML)
        {
          g_auto(XmlStats) stats = { 0 };

          parse_xml (text, &stats);
          g_assert_cmpuint (count_elements (&stats, "outline") + count_elements (&stats, "nav"),
                            ==, 0);
        }
      else if (format == SYL_EXPORT_FORMAT_MARKDOWN)
        g_assert_cmpstr (text, ==, "#\n");
      else
        g_assert_cmpstr (text, ==, "");
    }
}

/* Names. */

static void
test_format_names (void)
{
  SylExportFormat format;

  for (SylExportFormat f = 0; f <= SYL_EXPORT_FORMAT_HTML; f++)
    {
      g_assert_true (syl_export_format_from_string (syl_export_format_to_string (f), &format));
      g_assert_cmpint (format, ==, f);
      g_assert_true (syl_export_format_from_string (syl_export_format_get_extension (f), &format));
      g_assert_cmpint (format, ==, f);
    }
  g_assert_true (syl_export_format_from_string ("MD", &format));
  g_assert_cmpint (format, ==, SYL_EXPORT_FORMAT_MARKDOWN);
  g_assert_false (syl_export_format_from_string ("pdf", &format));
  g_assert_false (syl_export_format_from_string ("", &format));
  g_assert_cmpstr (syl_export_format_get_extension (SYL_EXPORT_FORMAT_TEXT), ==, "txt");
}

static void
test_suggest_file_name (void)
{
  g_autoptr(SylDocument) fixture = load_fixture ("course-zh.syllabus.json");
  g_autoptr(SylDocument) titled = outline_from_json (
    "{\"format\": \"syllabus\", \"version\": 1, \"title\": \"A/B: C? <D>\"}");
  g_autoptr(SylDocument) hidden = outline_from_json (
    "{\"format\": \"syllabus\", \"version\": 1, \"title\": \"..dots\"}");
  g_autoptr(SylDocument) untitled = syl_document_new ();
  g_autofree char *from_file = syl_export_suggest_file_name (fixture, "pdf");
  g_autofree char *from_title = syl_export_suggest_file_name (titled, "md");
  g_autofree char *no_dot = syl_export_suggest_file_name (hidden, "html");
  g_autofree char *no_title = syl_export_suggest_file_name (untitled, "txt");

  g_assert_cmpstr (from_file, ==, "course-zh.pdf");
  g_assert_cmpstr (from_title, ==, "A-B- C- -D-.md");
  g_assert_cmpstr (no_dot, ==, "dots.html");
  g_assert_cmpstr (no_title, ==, "Untitled Course.txt");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/export/markdown/chinese", test_markdown_chinese);
  g_test_add_func ("/export/markdown/chinese-titles-only", test_markdown_chinese_titles);
  g_test_add_func ("/export/markdown/chinese-everything", test_markdown_chinese_all);
  g_test_add_func ("/export/markdown/english-deep", test_markdown_english);
  g_test_add_func ("/export/text/chinese", test_text_chinese);
  g_test_add_func ("/export/text/chinese-titles-only", test_text_chinese_titles);
  g_test_add_func ("/export/text/chinese-everything", test_text_chinese_all);
  g_test_add_func ("/export/text/english-deep", test_text_english);
  g_test_add_func ("/export/opml/chinese", test_opml_chinese);
  g_test_add_func ("/export/opml/english-titles-only", test_opml_english_titles);
  g_test_add_func ("/export/opml/values", test_opml_values);
  g_test_add_func ("/export/html/chinese", test_html_chinese);
  g_test_add_func ("/export/html/english-deep", test_html_english);
  g_test_add_func ("/export/html/head", test_html_head);
  g_test_add_func ("/export/html/no-language", test_html_no_language);
  g_test_add_func ("/export/sample/markdown", test_sample_markdown);
  g_test_add_func ("/export/sample/text", test_sample_text);
  g_test_add_func ("/export/sample/opml", test_sample_opml);
  g_test_add_func ("/export/sample/html", test_sample_html);
  g_test_add_func ("/export/numbering/chinese", test_numbering_chinese);
  g_test_add_func ("/export/numbering/chinese-outline", test_numbering_chinese_outline);
  g_test_add_func ("/export/escaping/titles", test_escaping_titles);
  g_test_add_func ("/export/escaping/control-characters", test_escaping_control_characters);
  g_test_add_func ("/export/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/export/empty-document", test_empty_document);
  g_test_add_func ("/export/format-names", test_format_names);
  g_test_add_func ("/export/suggest-file-name", test_suggest_file_name);

  return g_test_run ();
}
