/* test-pdf-roundtrip.c: an outline survives a trip through a PDF
 *
 * Outlines of a few hundred nodes, in English and in Chinese, numbered in
 * each of the styles Syllabus offers, are exported to PDF by our own
 * export and brought back four ways: from the PDF with its bookmarks,
 * from the same pages without them, and from their text as pdftotext
 * gives it, with its layout and without (as a PDF viewer copies it).
 * Every way must give the same titles at the same levels; the kinds and
 * numbers may be worked out again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "syl-import.h"
#include "syl-pdf.h"
#include "syl-test-util.h"

typedef enum
{
  WAY_BOOKMARKS,
  WAY_PAGES,
  WAY_LAYOUT_TEXT,
  WAY_PLAIN_TEXT,
} Way;

static const char * const way_names[] = { "bookmarks", "pages", "layout-text", "plain-text" };

static const char * const english_words[] = {
  "data", "models", "training", "review", "ethics", "practice", "networks", "language",
  "vision", "agents", "evaluation", "deployment", "security", "privacy", "teams", "strategy",
  "costs", "tools", "prompts", "retrieval", "fine-tuning", "metrics", "risks", "governance",
};

static const char * const chinese_words[] = {
  "数据", "模型", "训练", "评估", "伦理", "实践", "网络", "语言", "视觉", "智能体", "部署",
  "安全", "隐私", "团队", "战略", "成本", "工具", "提示词", "检索", "微调", "指标", "风险",
  "治理", "应用",
};

/* A title of two to four words, never one that reads as a number. */
static char *
make_title (GRand    *rand,
            gboolean  chinese)
{
  const char * const *words = chinese ? chinese_words : english_words;
  guint n_words = chinese ? G_N_ELEMENTS (chinese_words) : G_N_ELEMENTS (english_words);
  guint length = g_rand_int_range (rand, 2, 5);
  GString *title = g_string_new (NULL);

  for (guint i = 0; i < length; i++)
    {
      const char *word = words[g_rand_int_range (rand, 0, n_words)];

      if (i > 0 && !chinese)
        g_string_append_c (title, ' ');
      if (i == 0 && !chinese)
        {
          g_string_append_unichar (title, g_unichar_toupper (g_utf8_get_char (word)));
          g_string_append (title, g_utf8_next_char (word));
        }
      else
        g_string_append (title, word);
      if (chinese && i == 1 && length > 2)
        g_string_append (title, "与");
    }
  return g_string_free (title, FALSE);
}

static SylNode *
add_node (SylDocument *document,
          SylNode     *parent,
          GRand       *rand,
          gboolean     chinese)
{
  g_autofree char *title = make_title (rand, chinese);
  SylNode *node = syl_node_new (SYL_NODE_KIND_SECTION, title);
  g_autoptr(GError) error = NULL;

  g_assert_true (syl_document_insert_node (document, node, parent,
                                           syl_node_get_n_children (parent), &error));
  g_assert_no_error (error);
  g_object_unref (node);
  return node;
}

/* Chapters of sections, some with subsections, some with notes: three
 * levels, as deep as the export's bookmarks go. */
static SylDocument *
make_outline (guint32             seed,
              gboolean            chinese,
              SylNumberingPreset  preset)
{
  SylDocument *document = syl_document_new ();
  g_autoptr(GRand) rand = g_rand_new_with_seed (seed);
  g_autoptr(SylNumbering) numbering = syl_numbering_new_preset (preset);
  SylNode *root = syl_document_get_root (document);

  syl_document_set_string (document, document, "title",
                           chinese ? "企业大模型应用培训" : "Applied Models for Teams", FALSE, NULL);
  syl_document_set_string (document, document, "language", chinese ? "zh-CN" : "en", FALSE,
                           NULL);
  syl_document_set_numbering (document, numbering);
  for (guint c = 0; c < 14; c++)
    {
      SylNode *chapter = add_node (document, root, rand, chinese);
      guint n_sections = g_rand_int_range (rand, 4, 9);

      for (guint s = 0; s < n_sections; s++)
        {
          SylNode *section = add_node (document, chapter, rand, chinese);

          if (g_rand_int_range (rand, 0, 3) == 0)
            syl_document_set_string (document, section, "notes",
                                     chinese ? "本节讨论实际案例，并给出练习。"
                                             : "This part works through a real case, then an exercise.",
                                     FALSE, NULL);
          if (g_rand_int_range (rand, 0, 2) == 0)
            for (guint k = g_rand_int_range (rand, 2, 5); k > 0; k--)
              add_node (document, section, rand, chinese);
        }
    }
  return document;
}

/* Each node as "depth title", a line each. */
static char *
describe (SylNode *root)
{
  GString *out = g_string_new (NULL);
  SylNodeIter iter;
  SylNode *node;
  guint n = 0;

  syl_node_iter_init (&iter, root);
  while (syl_node_iter_next (&iter, &node))
    {
      g_string_append_printf (out, "%u %s\n", syl_node_iter_get_depth (&iter),
                              syl_node_get_title (node));
      n++;
    }
  g_assert_cmpuint (n, >=, 100);
  return g_string_free (out, FALSE);
}

static char *
temp_path (const char *dir,
           const char *name)
{
  return g_build_filename (dir, name, NULL);
}

/* Runs a tool from poppler-utils or qpdf; FALSE, with the test skipped,
 * when it is not installed. */
static gboolean
run_tool (const char * const *argv)
{
  g_autofree char *program = g_find_program_in_path (argv[0]);
  g_autoptr(GError) error = NULL;
  int status;

  if (program == NULL)
    {
      g_autofree char *why = g_strdup_printf ("%s is not installed", argv[0]);

      g_test_skip (why);
      return FALSE;
    }
  g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL,
                               G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                               NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  return TRUE;
}

static GBytes *
read_bytes (const char *path)
{
  char *data = NULL;
  gsize size;
  g_autoptr(GError) error = NULL;

  g_file_get_contents (path, &data, &size, &error);
  g_assert_no_error (error);
  return g_bytes_new_take (data, size);
}

/* The outline brought back from @pdf in the @way; NULL when the tool it
 * needs is missing. */
static char *
bring_back (const char *dir,
            const char *pdf,
            Way         way)
{
  g_autofree char *pages = temp_path (dir, "pages.pdf");
  g_autofree char *text = temp_path (dir, "text.txt");
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(SylImportResult) result = NULL;
  g_autoptr(SylDocument) document = NULL;
  g_autoptr(GError) error = NULL;
  SylImportFormat format = SYL_IMPORT_FORMAT_TEXT;

  switch (way)
    {
    case WAY_BOOKMARKS:
      bytes = read_bytes (pdf);
      format = SYL_IMPORT_FORMAT_PDF;
      break;
    case WAY_PAGES:
      {
        const char *argv[] = { "qpdf", "--empty", "--pages", pdf, "--", pages, NULL };

        if (!run_tool (argv))
          return NULL;
        bytes = read_bytes (pages);
        format = SYL_IMPORT_FORMAT_PDF;
      }
      break;
    case WAY_LAYOUT_TEXT:
    case WAY_PLAIN_TEXT:
      {
        const char *argv[] = { "pdftotext", "-enc", "UTF-8",
                               way == WAY_LAYOUT_TEXT ? "-layout" : "-raw", pdf, text, NULL };

        if (!run_tool (argv))
          return NULL;
        bytes = read_bytes (text);
      }
      break;
    default:
      g_assert_not_reached ();
    }

  result = syl_import_bytes (bytes, format, NULL, NULL, &error);
  g_assert_no_error (error);
  document = syl_import_result_create_document (result);
  return describe (syl_document_get_root (document));
}

typedef struct
{
  gboolean            chinese;
  SylNumberingPreset  preset;
  Way                 way;
} Trip;

/* Two outlines for each trip: rules that fit one by chance fail the
 * other (the second once had a heading broken at “fine-” / “tuning”). */
static const guint32 seeds[] = { 2026, 4242 };

static void
check_trip (const Trip *trip,
            guint32     seed)
{
  g_autoptr(SylDocument) outline = make_outline (seed + trip->preset, trip->chinese,
                                                 trip->preset);
  g_autofree char *dir = syl_test_make_temp_dir ("syl-roundtrip-XXXXXX");
  g_autofree char *pdf = temp_path (dir, "course.pdf");
  g_autofree char *expected = describe (syl_document_get_root (outline));
  g_autofree char *got = NULL;
  g_autoptr(GBytes) bytes = NULL;
  g_autoptr(GError) error = NULL;

  g_test_message ("outline %u", seed);
  bytes = syl_pdf_render_document (outline, SYL_EXPORT_DEFAULT, SYL_PDF_A4_WIDTH,
                                   SYL_PDF_A4_HEIGHT, &error);
  g_assert_no_error (error);
  g_file_set_contents (pdf, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes), &error);
  g_assert_no_error (error);

  got = bring_back (dir, pdf, trip->way);
  if (got != NULL)
    syl_test_assert_same_text (got, expected);
  syl_test_remove_tree (dir);
}

static void
test_trip (gconstpointer data)
{
  for (guint i = 0; i < G_N_ELEMENTS (seeds); i++)
    check_trip (data, seeds[i]);
}

static const struct
{
  const char         *name;
  SylNumberingPreset  preset;
  gboolean            text_too;
} styles[] = {
  { "decimal", SYL_NUMBERING_PRESET_DEFAULT, TRUE },
  { "chinese", SYL_NUMBERING_PRESET_CHINESE, TRUE },
  { "chapters", SYL_NUMBERING_PRESET_ENGLISH_CHAPTERS, TRUE },
  /* Without numbers, plain text no longer says the levels; the PDF does,
   * by its bookmarks or its fonts.  In text only the contents page could,
   * and it lists two levels of the three (indented only by -layout): the
   * subsections' level is not in the text at all. */
  { "none", SYL_NUMBERING_PRESET_NONE, FALSE },
};

int
main (int   argc,
      char *argv[])
{
  g_autoptr(GPtrArray) trips = g_ptr_array_new_with_free_func (g_free);

  g_test_init (&argc, &argv, NULL);
  for (guint language = 0; language < 2; language++)
    for (guint s = 0; s < G_N_ELEMENTS (styles); s++)
      for (Way way = WAY_BOOKMARKS; way <= WAY_PLAIN_TEXT; way++)
        {
          Trip *trip = g_new0 (Trip, 1);
          g_autofree char *path = NULL;

          if (way >= WAY_LAYOUT_TEXT && !styles[s].text_too)
            {
              g_free (trip);
              continue;
            }
          trip->chinese = language == 1;
          trip->preset = styles[s].preset;
          trip->way = way;
          g_ptr_array_add (trips, trip);
          path = g_strdup_printf ("/pdf/roundtrip/%s/%s/%s", language ? "chinese" : "english",
                                  styles[s].name, way_names[way]);
          g_test_add_data_func (path, trip, test_trip);
        }
  return g_test_run ();
}
