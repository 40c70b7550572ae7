/* test-pdf.c: outlines laid out on pages, as PDF files and on any surface
 *
 * The PDF is read back with poppler's tools: pdftotext finds the Chinese
 * titles in it (so they were drawn with real glyphs that map back to the
 * text, not boxes), pdffonts lists the embedded CJK font, pdfinfo counts
 * the pages.  The page layout is also drawn on image surfaces, as the
 * print dialog's pages would be.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <poppler.h>
#include <string.h>

#include "syl-page-layout.h"
#include "syl-pdf.h"
#include "syl-test-util.h"

/* The layout's top margin: every chapter starts there, on a new page. */
#define MARGIN_TOP 62.0

/* Writes @document as an A4 PDF to a temporary file and returns its path. */
static char *
write_pdf (SylDocument    *document,
           SylExportFlags  flags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = syl_pdf_render_document (document, flags, SYL_PDF_A4_WIDTH,
                                                      SYL_PDF_A4_HEIGHT, &error);
  char *path = NULL;
  int fd;

  g_assert_no_error (error);
  g_assert_nonnull (bytes);
  g_assert_cmpmem (g_bytes_get_data (bytes, NULL), 5, "%PDF-", 5);
  fd = g_file_open_tmp ("syl-test-XXXXXX.pdf", &path, &error);
  g_assert_no_error (error);
  g_close (fd, NULL);
  g_file_set_contents (path, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);
  return path;
}

/* The standard output of a poppler tool, or NULL (the test is then
 * skipped) when poppler-utils is not installed. */
static char *
run_tool (const char *tool,
          ...)
{
  g_autofree char *program = g_find_program_in_path (tool);
  g_autoptr(GPtrArray) argv = g_ptr_array_new ();
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GError) error = NULL;
  char *out = NULL;
  va_list args;

  if (program == NULL)
    {
      g_test_skip ("poppler-utils is not installed");
      return NULL;
    }
  g_ptr_array_add (argv, program);
  va_start (args, tool);
  for (const char *arg = va_arg (args, const char *); arg != NULL; arg = va_arg (args, const char *))
    g_ptr_array_add (argv, (gpointer) arg);
  va_end (args);
  g_ptr_array_add (argv, NULL);

  process = g_subprocess_newv ((const char * const *) argv->pdata, G_SUBPROCESS_FLAGS_STDOUT_PIPE,
                               &error);
  g_assert_no_error (error);
  g_subprocess_communicate_utf8 (process, NULL, NULL, &out, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpint (g_subprocess_get_exit_status (process), ==, 0);
  return out;
}

static guint
pdf_pages (const char *path)
{
  g_autofree char *info = run_tool ("pdfinfo", path, NULL);
  const char *pages;

  if (info == NULL)
    return 0;
  pages = strstr (info, "\nPages:");
  g_assert_nonnull (pages);
  return (guint) g_ascii_strtoull (pages + strlen ("\nPages:"), NULL, 10);
}

static SylPageLayout *
paginate (SylDocument    *document,
          SylExportFlags  flags,
          double          width,
          double          height)
{
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 10, 10);
  cairo_t *cr = cairo_create (surface);
  SylPageLayout *layout = syl_page_layout_new (document, flags);

  syl_page_layout_paginate (layout, cr, width, height);
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
  return layout;
}

/* The sample's Chinese titles are in the PDF as text. */
static void
test_sample_text (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  g_autofree char *path = write_pdf (document, SYL_EXPORT_DEFAULT);
  g_autofree char *text = run_tool ("pdftotext", "-enc", "UTF-8", path, "-", NULL);

  if (text == NULL)
    return;
  g_assert_nonnull (strstr (text, "AI 大模型（类 ChatGPT）的企业应用"));
  g_assert_nonnull (strstr (text, "段方"));
  for (guint i = 0; i < G_N_ELEMENTS (syl_test_sample_chapters); i++)
    {
      g_autofree char *heading = g_strdup_printf ("%u %s", i + 1, syl_test_sample_chapters[i]);

      g_assert_nonnull (strstr (text, heading));
    }
  g_assert_nonnull (strstr (text, "1.9 【思考】AI 会有自我意识吗？"));
  g_assert_nonnull (strstr (text, "4.1 改良类应用"));
  g_assert_null (strstr (text, "\xef\xbf\xbd"));
  g_unlink (path);
}

/* The fonts are embedded, and Chinese has a real CJK font. */
static void
test_sample_fonts (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  g_autofree char *path = write_pdf (document, SYL_EXPORT_DEFAULT);
  g_autofree char *fonts = run_tool ("pdffonts", path, NULL);
  g_auto(GStrv) lines = NULL;
  guint n_fonts = 0;

  if (fonts == NULL)
    return;
  lines = g_strsplit (fonts, "\n", -1);
  /* Two header lines, then one line a font: name, type, encoding, emb … */
  for (guint i = 2; lines[i] != NULL && lines[i][0] != '\0'; i++)
    {
      g_test_message ("%s", lines[i]);
      g_assert_nonnull (strstr (lines[i], " yes "));
      n_fonts++;
    }
  g_assert_cmpuint (n_fonts, >=, 2);
  g_assert_nonnull (strstr (fonts, "NotoSansCJK"));
  g_assert_nonnull (strstr (fonts, "Identity-H"));
  g_unlink (path);
}

/* Pages: a title page, the contents with page numbers, the chapters each
 * on a new page, a footer with the page number. */
static void
test_sample_pages (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  g_autoptr(SylPageLayout) layout = paginate (document, SYL_EXPORT_DEFAULT, SYL_PDF_A4_WIDTH,
                                              SYL_PDF_A4_HEIGHT);
  g_autofree char *path = write_pdf (document, SYL_EXPORT_DEFAULT);
  guint n_pages = syl_page_layout_get_n_pages (layout);
  guint n_headings;
  const SylPageHeading *headings = syl_page_layout_get_headings (layout, &n_headings);
  g_autofree char *pattern = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *page = NULL;
  g_autofree char *footer = NULL;
  guint chapters = 0;
  guint last_page = 0;

  /* Laid out on an image surface, the pages are the PDF's. */
  if (pdf_pages (path) == 0)
    return;
  g_assert_cmpuint (pdf_pages (path), ==, n_pages);
  g_assert_cmpuint (n_headings, ==, 155);
  for (guint i = 0; i < n_headings; i++)
    {
      g_autofree char *title = NULL;

      g_assert_cmpuint (headings[i].page, >=, last_page);
      last_page = headings[i].page;
      if (headings[i].level != 1)
        continue;
      title = g_strdup_printf ("%u %s", chapters + 1, syl_test_sample_chapters[chapters]);
      g_assert_cmpstr (headings[i].text, ==, title);
      g_assert_cmpfloat (headings[i].y, ==, MARGIN_TOP);
      g_assert_cmpuint (headings[i].page, >, chapters == 0 ? 1 : headings[i - 1].page);
      chapters++;
    }
  g_assert_cmpuint (chapters, ==, 6);
  g_assert_cmpuint (last_page, ==, n_pages - 1);

  /* The contents page gives the page chapter 1 starts on. */
  contents = run_tool ("pdftotext", "-layout", "-enc", "UTF-8", "-f", "2", "-l", "2", path, "-",
                       NULL);
  /* The sample is in Chinese, and so are the PDF's own words. */
  g_assert_true (g_str_has_prefix (g_strchug (contents), "目录"));
  pattern = g_strdup_printf ("\\n\\s*1 AI 大模型的概念和特点\\s+%u\\n", headings[0].page + 1);
  g_assert_true (g_regex_match_simple (pattern, contents, 0, 0));

  page = g_strdup_printf ("%u", headings[0].page + 1);
  footer = g_strdup_printf ("\\n第 %s 页，共 %u 页\\n", page, n_pages);
  g_free (contents);
  contents = run_tool ("pdftotext", "-enc", "UTF-8", "-f", page, "-l", page, path, "-", NULL);
  g_assert_true (g_regex_match_simple (footer, contents, 0, 0));
  g_assert_true (g_str_has_prefix (contents, "1 AI 大模型的概念和特点\n"));
  g_unlink (path);
}

static void
test_chinese_numbering (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  g_autoptr(SylNumbering) chinese = syl_numbering_new_preset (SYL_NUMBERING_PRESET_CHINESE);
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  syl_document_set_numbering (document, chinese);
  path = write_pdf (document, SYL_EXPORT_DEFAULT);
  text = run_tool ("pdftotext", "-enc", "UTF-8", path, "-", NULL);
  if (text == NULL)
    return;
  g_assert_nonnull (strstr (text, "第一章 AI 大模型的概念和特点"));
  g_assert_nonnull (strstr (text, "第一节 什么是“大模型、多模态”？"));
  g_assert_nonnull (strstr (text, "一、RNN 到 transformor"));
  g_assert_nonnull (strstr (text, "第六章 总结"));
  g_unlink (path);
}

/* Notes, objectives, examples and comments as the flags choose. */
static void
test_flags (void)
{
  g_autoptr(SylDocument) document = syl_test_load_data ("export/course-zh.syllabus.json");
  g_autofree char *all_path = write_pdf (document, SYL_EXPORT_ALL);
  g_autofree char *titles_path = write_pdf (document, SYL_EXPORT_NONE);
  g_autofree char *all = run_tool ("pdftotext", "-enc", "UTF-8", all_path, "-", NULL);
  g_autofree char *titles = run_tool ("pdftotext", "-enc", "UTF-8", titles_path, "-", NULL);
  const char * const extras[] = {
    "本章介绍", "无监督学习", "理解机器学习的定义", "示例：房价预测",
    "y = wx + b", "补充一个分类的例子？", "（已由 段方 解决）", "1 小时 30 分钟",
  };

  if (all == NULL)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (extras); i++)
    {
      g_assert_nonnull (strstr (all, extras[i]));
      g_assert_null (strstr (titles, extras[i]));
    }
  g_assert_nonnull (strstr (titles, "第一章 概述"));
  g_assert_nonnull (strstr (titles, "第二节 【思考】AI 会取代程序员吗？"));
  g_assert_nonnull (strstr (titles, "模型 <训练> & \"评估\""));
  g_unlink (all_path);
  g_unlink (titles_path);
}

/* The layout draws on any surface of its size: smaller pages, more of
 * them, each with ink, as the print dialog would draw them. */
static void
test_draw_any_surface (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  g_autoptr(SylPageLayout) a4 = paginate (document, SYL_EXPORT_DEFAULT, SYL_PDF_A4_WIDTH,
                                          SYL_PDF_A4_HEIGHT);
  g_autoptr(SylPageLayout) a5 = paginate (document, SYL_EXPORT_DEFAULT, 420, 595);
  guint n = syl_page_layout_get_n_pages (a5);

  g_assert_cmpuint (n, >, syl_page_layout_get_n_pages (a4));
  for (guint page = 0; page < n; page++)
    {
      cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 420, 595);
      cairo_t *cr = cairo_create (surface);
      guint32 *pixels;
      guint dark = 0;
      guint footer_dark = 0;
      int stride;

      cairo_set_source_rgb (cr, 1, 1, 1);
      cairo_paint (cr);
      syl_page_layout_draw_page (a5, cr, page);
      cairo_surface_flush (surface);
      pixels = (guint32 *) cairo_image_surface_get_data (surface);
      stride = cairo_image_surface_get_stride (surface) / 4;
      for (int y = 0; y < 595; y++)
        for (int x = 0; x < 420; x++)
          if ((pixels[y * stride + x] & 0xff) < 0xe0)
            {
              dark++;
              footer_dark += y > 595 - 50;
            }
      g_assert_cmpuint (dark, >, 50);
      /* The title page has no footer; every other page has one. */
      if (page == 0)
        g_assert_cmpuint (footer_dark, ==, 0);
      else
        g_assert_cmpuint (footer_dark, >, 10);
      cairo_destroy (cr);
      cairo_surface_destroy (surface);
    }
}

/* A block taller than a page goes on over the next pages. */
static void
test_long_notes (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A B");
  g_autoptr(GString) notes = g_string_new (NULL);
  g_autoptr(SylPageLayout) layout = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *path = NULL;
  g_autofree char *text = NULL;

  for (guint i = 0; i < 400; i++)
    g_string_append_printf (notes, "第 %u 行：很长的备注。", i);
  g_assert_true (syl_document_set_string (document, syl_test_find (document, "A"), "notes",
                                          notes->str, FALSE, &error));
  layout = paginate (document, SYL_EXPORT_DEFAULT, SYL_PDF_A4_WIDTH, SYL_PDF_A4_HEIGHT);
  /* Title, contents, A over several pages, B. */
  g_assert_cmpuint (syl_page_layout_get_n_pages (layout), >=, 5);
  path = write_pdf (document, SYL_EXPORT_DEFAULT);
  text = run_tool ("pdftotext", "-enc", "UTF-8", path, "-", NULL);
  if (text == NULL)
    return;
  g_assert_nonnull (strstr (text, "第 0 行"));
  g_assert_nonnull (strstr (text, "第 399 行"));
  g_unlink (path);
}

/* The PDF's own words are in the outline's language whatever the
 * language the tests run in (C), as the other exports' are: Chinese for
 * zh-CN, English for a language Syllabus is not translated into. */
static void
test_language (void)
{
  g_autoptr(SylDocument) document = syl_test_load_data ("export/course-zh.syllabus.json");
  const char * const chinese[] = {
    "\n目录\n", "\n学习目标\n", "\n批注\n", "\n1 小时 30 分钟\n",
    "时长：2 小时 15 分钟（目标：12 小时）",
  };
  const char * const english[] = {
    "\nContents\n", "\nObjectives\n", "\nComments\n", "\n1 h 30 min\n",
    "Duration: 2 h 15 min (target: 12 h)",
  };
  const char * const languages[] = { "zh-CN", "zh-Hans", "ZH_cn.UTF-8", "fr", "zh-TW", "" };

  for (guint i = 0; i < G_N_ELEMENTS (languages); i++)
    {
      gboolean is_chinese = i < 3;
      g_autofree char *path = NULL;
      g_autofree char *text = NULL;

      g_test_message ("language “%s”", languages[i]);
      g_assert_true (syl_document_set_string (document, document, "language", languages[i],
                                              FALSE, NULL));
      path = write_pdf (document, SYL_EXPORT_ALL);
      text = run_tool ("pdftotext", "-enc", "UTF-8", path, "-", NULL);
      g_unlink (path);
      if (text == NULL)
        return;
      /* pdftotext ends pages with a form feed. */
      g_strdelimit (text, "\f", '\n');
      for (guint j = 0; j < G_N_ELEMENTS (chinese); j++)
        {
          g_assert_nonnull (strstr (text, is_chinese ? chinese[j] : english[j]));
          g_assert_null (strstr (text, is_chinese ? english[j] : chinese[j]));
        }
      /* The footer of page 2; pdftotext guesses the spaces from the
       * glyphs' places: "2 / 4" or "2 /4". */
      g_assert_true (g_regex_match_simple (is_chinese ? "\\n第 2 页，共 4 页\\n" : "\\n2 ?/ ?4\\n",
                                           text, 0, 0));
    }
}

/* The page a link goes to, from 1, or 0 when it goes nowhere. */
static int
link_target (PopplerDocument *pdf,
             PopplerAction   *action)
{
  PopplerDest *dest;
  int page;

  if (action->type != POPPLER_ACTION_GOTO_DEST || action->goto_dest.dest == NULL)
    return 0;
  dest = action->goto_dest.dest;
  if (dest->type != POPPLER_DEST_NAMED)
    return dest->page_num;
  /* Poppler 22.12 has no autoptr for its types. */
  dest = poppler_document_find_dest (pdf, dest->named_dest);
  page = dest != NULL ? dest->page_num : 0;
  g_clear_pointer (&dest, poppler_dest_free);
  return page;
}

/* qpdf finds nothing wrong in the sample's PDF (cairo 1.16 broke the
 * cross-reference table of any PDF with links), its metadata are there,
 * and each link of the contents goes to the page of a heading. */
static void
test_sample_valid (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  g_autoptr(SylPageLayout) layout = paginate (document, SYL_EXPORT_DEFAULT, SYL_PDF_A4_WIDTH,
                                              SYL_PDF_A4_HEIGHT);
  g_autofree char *path = write_pdf (document, SYL_EXPORT_DEFAULT);
  g_autofree char *qpdf = g_find_program_in_path ("qpdf");
  g_autofree char *uri = g_filename_to_uri (path, NULL, NULL);
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_autofree char *info = NULL;
  PopplerDocument *pdf;
  g_autoptr(GError) error = NULL;
  PopplerPage *contents;
  const SylPageHeading *headings;
  guint n_headings;
  GList *links;
  guint n_links = 0;
  int status;

  if (qpdf != NULL)
    {
      const char *argv[] = { qpdf, "--check", path, NULL };

      g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL,
                                   &out, &err, &status, &error));
      g_assert_no_error (error);
      g_test_message ("%s%s", out, err);
      g_assert_null (strstr (out, "WARNING"));
      g_assert_null (strstr (err, "WARNING"));
      g_assert_true (g_spawn_check_wait_status (status, NULL));
    }

  info = run_tool ("pdfinfo", "-enc", "UTF-8", path, NULL);
  if (info != NULL)
    {
      g_assert_true (g_str_has_prefix (info, "Title:           AI 大模型（类 ChatGPT）的企业应用\n"));
      g_assert_nonnull (strstr (info, "\nAuthor:          段方\n"));
      g_assert_nonnull (strstr (info, "\nCreationDate:    "));
    }

  pdf = poppler_document_new_from_file (uri, NULL, &error);
  g_assert_no_error (error);
  headings = syl_page_layout_get_headings (layout, &n_headings);
  /* The title page, then the contents. */
  contents = poppler_document_get_page (pdf, 1);
  links = poppler_page_get_link_mapping (contents);
  for (GList *l = links; l != NULL; l = l->next)
    {
      PopplerLinkMapping *mapping = l->data;
      int page = link_target (pdf, mapping->action);
      gboolean found = FALSE;

      g_assert_cmpint (page, >, 2);
      for (guint i = 0; i < n_headings && !found; i++)
        found = (int) headings[i].page + 1 == page;
      g_assert_true (found);
      n_links++;
    }
  poppler_page_free_link_mapping (links);
  g_object_unref (contents);
  g_object_unref (pdf);
  g_assert_cmpuint (n_links, >, 10);
  g_unlink (path);
}

static void
test_invalid_utf8 (void)
{
  g_autoptr(SylDocument) document = syl_test_new_outline ("A");
  g_autoptr(SylNode) bad = syl_node_new (SYL_NODE_KIND_SECTION, "\xc0\xaf");
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = NULL;

  g_assert_true (syl_document_insert_node (document, bad, syl_test_find (document, "A"), 0,
                                           &error));
  bytes = syl_pdf_render_document (document, SYL_EXPORT_DEFAULT, SYL_PDF_A4_WIDTH,
                                   SYL_PDF_A4_HEIGHT, &error);
  g_assert_null (bytes);
  g_assert_error (error, SYL_ERROR, SYL_ERROR_INVALID);
  g_assert_true (g_str_has_prefix (error->message, "children[0].children[0].title: "));
}

typedef struct
{
  double        last;
  guint         n_calls;
  GCancellable *cancellable;
  double        cancel_at;
} Progress;

static void
progress_cb (double   fraction,
             gpointer user_data)
{
  Progress *progress = user_data;

  g_assert_cmpfloat (fraction, >=, progress->last);
  g_assert_cmpfloat (fraction, <=, 1);
  progress->last = fraction;
  progress->n_calls++;
  if (fraction >= progress->cancel_at)
    g_cancellable_cancel (progress->cancellable);
}

/* The PDF made in a thread of its own is the PDF, with a progress that
 * goes up to the end; cancelled while laying out or while drawing, it
 * stops with no PDF. */
static void
test_progress_and_cancel (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) expected = syl_pdf_render_document (document, SYL_EXPORT_ALL, SYL_PDF_A4_WIDTH,
                                                         SYL_PDF_A4_HEIGHT, &error);
  g_autoptr(GCancellable) cancellable = g_cancellable_new ();
  Progress progress = { 0, 0, cancellable, 2 };
  g_autoptr(GBytes) bytes = NULL;
  static const double cancel_at[] = { 0.05, 0.5, 0.9 };

  g_assert_no_error (error);
  bytes = syl_pdf_render_document_full (document, SYL_EXPORT_ALL, SYL_PDF_A4_WIDTH,
                                        SYL_PDF_A4_HEIGHT, cancellable, progress_cb, &progress,
                                        &error);
  g_assert_no_error (error);
  g_assert_true (syl_test_pdf_equal (bytes, expected));
  g_assert_cmpfloat (progress.last, ==, 1);
  g_assert_cmpuint (progress.n_calls, >, 10);

  for (guint i = 0; i < G_N_ELEMENTS (cancel_at); i++)
    {
      g_autoptr(GCancellable) stop = g_cancellable_new ();
      g_autoptr(GError) cancel_error = NULL;
      g_autoptr(GBytes) none = NULL;
      Progress cancelled = { 0, 0, stop, cancel_at[i] };

      none = syl_pdf_render_document_full (document, SYL_EXPORT_ALL, SYL_PDF_A4_WIDTH,
                                           SYL_PDF_A4_HEIGHT, stop, progress_cb, &cancelled,
                                           &cancel_error);
      g_assert_error (cancel_error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
      g_assert_null (none);
      g_assert_cmpfloat (cancelled.last, <, 1);
    }
}

/* Laid out a block at a time, as printing does in slices, the pages are
 * those of a layout made at once. */
static void
test_paginate_in_steps (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  g_autoptr(SylPageLayout) whole = paginate (document, SYL_EXPORT_ALL, SYL_PDF_A4_WIDTH,
                                             SYL_PDF_A4_HEIGHT);
  g_autoptr(SylPageLayout) stepped = syl_page_layout_new (document, SYL_EXPORT_ALL);
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 10, 10);
  cairo_t *cr = cairo_create (surface);
  const SylPageHeading *a, *b;
  guint n_a, n_b, n_steps = 0;
  double last = 0;

  syl_page_layout_paginate_begin (stepped, cr, SYL_PDF_A4_WIDTH, SYL_PDF_A4_HEIGHT);
  while (!syl_page_layout_paginate_step (stepped, 1))
    {
      double progress = syl_page_layout_get_progress (stepped);

      g_assert_cmpfloat (progress, >=, last);
      last = progress;
      n_steps++;
    }
  g_assert_cmpfloat (syl_page_layout_get_progress (stepped), ==, 1);
  g_assert_cmpuint (n_steps, >, 50);
  g_assert_cmpuint (syl_page_layout_get_n_pages (stepped), ==, syl_page_layout_get_n_pages (whole));
  a = syl_page_layout_get_headings (whole, &n_a);
  b = syl_page_layout_get_headings (stepped, &n_b);
  g_assert_cmpuint (n_a, ==, n_b);
  for (guint i = 0; i < n_a; i++)
    {
      g_assert_cmpstr (a[i].text, ==, b[i].text);
      g_assert_cmpuint (a[i].page, ==, b[i].page);
      g_assert_cmpfloat (a[i].y, ==, b[i].y);
    }
  cairo_destroy (cr);
  cairo_surface_destroy (surface);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/pdf/sample/text", test_sample_text);
  g_test_add_func ("/pdf/sample/fonts", test_sample_fonts);
  g_test_add_func ("/pdf/sample/pages", test_sample_pages);
  g_test_add_func ("/pdf/sample/valid", test_sample_valid);
  g_test_add_func ("/pdf/chinese-numbering", test_chinese_numbering);
  g_test_add_func ("/pdf/flags", test_flags);
  g_test_add_func ("/pdf/draw-any-surface", test_draw_any_surface);
  g_test_add_func ("/pdf/long-notes", test_long_notes);
  g_test_add_func ("/pdf/language", test_language);
  g_test_add_func ("/pdf/invalid-utf8", test_invalid_utf8);
  g_test_add_func ("/pdf/progress-and-cancel", test_progress_and_cancel);
  g_test_add_func ("/pdf/paginate-in-steps", test_paginate_in_steps);

  return g_test_run ();
}
