/* test-import-pdf-layout.c: PDFs without bookmarks, read by their layout
 *
 * Each PDF is drawn here with cairo, as a word processor lays out a page:
 * paragraphs wrapped where the next word does not fit, lines that stand
 * on their own, bold or larger headings, indented lists, bullets run
 * together in one paragraph, a centered title, bookmarks over lists.  The
 * import must see what a reader sees.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <cairo-pdf.h>
#include <string.h>

#include "syl-import.h"
#include "syl-test-util.h"

#define PAGE_WIDTH 595
#define PAGE_HEIGHT 842
#define LEFT 60
#define RIGHT 535

typedef struct
{
  GByteArray      *data;
  cairo_surface_t *surface;
  cairo_t         *cr;
  double           y;  /* the baseline of the next line */
} Page;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  g_byte_array_append (closure, data, length);
  return CAIRO_STATUS_SUCCESS;
}

static void
page_begin (Page *page)
{
  page->data = g_byte_array_new ();
  page->surface = cairo_pdf_surface_create_for_stream (write_cb, page->data, PAGE_WIDTH,
                                                       PAGE_HEIGHT);
  page->cr = cairo_create (page->surface);
  page->y = 80;
}

static void
set_font (Page     *page,
          double    size,
          gboolean  bold)
{
  cairo_select_font_face (page->cr, "sans", CAIRO_FONT_SLANT_NORMAL,
                          bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
  cairo_set_font_size (page->cr, size);
}

/* One line at @x, and the usual gap below it. */
static void
put_line (Page       *page,
          double      x,
          double      size,
          gboolean    bold,
          const char *text)
{
  set_font (page, size, bold);
  cairo_move_to (page->cr, x, page->y);
  cairo_show_text (page->cr, text);
  page->y += size * 1.3;
}

/* A blank line's worth of space, as between paragraphs. */
static void
put_gap (Page *page)
{
  page->y += 14;
}

static double
text_width (Page       *page,
            const char *text)
{
  cairo_text_extents_t extents;

  cairo_text_extents (page->cr, text, &extents);
  return extents.x_advance;
}

/* @text wrapped as a word processor wraps it, each line as long as the
 * next word lets it be.  Returns how many lines it took. */
static guint
put_paragraph (Page       *page,
               double      x,
               double      size,
               const char *text)
{
  g_auto(GStrv) words = g_strsplit (text, " ", -1);
  g_autoptr(GString) line = g_string_new (NULL);
  guint n_lines = 0;

  set_font (page, size, FALSE);
  for (guint i = 0; words[i] != NULL; i++)
    {
      g_autofree char *longer = line->len > 0 ? g_strconcat (line->str, " ", words[i], NULL)
                                              : g_strdup (words[i]);

      if (line->len > 0 && x + text_width (page, longer) > RIGHT)
        {
          put_line (page, x, size, FALSE, line->str);
          n_lines++;
          g_string_assign (line, words[i]);
        }
      else
        g_string_assign (line, longer);
    }
  put_line (page, x, size, FALSE, line->str);
  return n_lines + 1;
}

/* A line centered between the margins. */
static void
put_centered (Page       *page,
              double      size,
              gboolean    bold,
              const char *text)
{
  set_font (page, size, bold);
  put_line (page, (LEFT + RIGHT - text_width (page, text)) / 2, size, bold, text);
}

static GBytes *
page_finish (Page *page)
{
  cairo_show_page (page->cr);
  cairo_destroy (page->cr);
  cairo_surface_finish (page->surface);
  g_assert_cmpint (cairo_surface_status (page->surface), ==, CAIRO_STATUS_SUCCESS);
  cairo_surface_destroy (page->surface);
  return g_byte_array_free_to_bytes (page->data);
}

static SylImportResult *
import_pdf (GBytes *bytes)
{
  g_autoptr(GError) error = NULL;
  SylImportResult *result = syl_import_bytes (bytes, SYL_IMPORT_FORMAT_AUTO, NULL, NULL, &error);

  g_assert_no_error (error);
  g_assert_cmpint (syl_import_result_get_format (result), ==, SYL_IMPORT_FORMAT_PDF);
  return result;
}

/* Finishes @page and reads it back, as an imported PDF made a document. */
static SylDocument *
page_document (Page *page)
{
  g_autoptr(GBytes) pdf = page_finish (page);
  g_autoptr(SylImportResult) result = import_pdf (pdf);

  return syl_import_result_create_document (result);
}

static void
assert_outline (SylDocument *document,
                const char  *expected)
{
  g_autofree char *dump = syl_test_dump (document);

  g_assert_cmpstr (dump, ==, expected);
}

static const char prose[] =
  "This paragraph runs over several lines of the page, as a paragraph of notes does in any "
  "handout, so that the page has to wrap it where the next word no longer fits, and it "
  "must come back as one paragraph however many lines it took.";

/* A wrapped paragraph is one paragraph; short lines, each set on a line
 * of its own, stay apart, though they are as close as a paragraph's. */
static void
test_wrapped (void)
{
  Page page;
  g_autoptr(SylDocument) document = NULL;

  page_begin (&page);
  put_line (&page, LEFT, 16, TRUE, "Data");
  g_assert_cmpuint (put_paragraph (&page, LEFT, 11, prose), >=, 3);
  put_gap (&page);
  put_line (&page, LEFT, 16, TRUE, "Models");
  put_line (&page, LEFT, 11, FALSE, "Bring a laptop.");
  put_line (&page, LEFT, 11, FALSE, "Read the first chapter.");

  document = page_document (&page);
  assert_outline (document, "Data Models");
  g_assert_cmpstr (syl_node_get_notes (syl_test_find_title (document, "Data")), ==, prose);
  g_assert_cmpstr (syl_node_get_notes (syl_test_find_title (document, "Models")), ==,
                   "Bring a laptop.\n\nRead the first chapter.");
}

/* Lines in the body's font, none wrapped, each at its own indentation:
 * the lines stay apart, and the indented ones nest under the line above
 * them, as in text copied out of the page. */
static void
test_indented (void)
{
  Page page;
  g_autoptr(SylDocument) document = NULL;

  page_begin (&page);
  put_line (&page, LEFT, 11, FALSE, "Tools");
  put_line (&page, LEFT + 20, 11, FALSE, "Editors");
  put_line (&page, LEFT + 20, 11, FALSE, "Compilers");
  put_line (&page, LEFT + 40, 11, FALSE, "Linkers and loaders");
  put_line (&page, LEFT, 11, FALSE, "Practice");
  put_line (&page, LEFT + 20, 11, FALSE, "Projects");

  document = page_document (&page);
  assert_outline (document,
                  "Tools (Editors Compilers (Linkers and loaders)) Practice (Projects)");
}

/* Bold lines are headings over the lines below them: a list straight
 * under a heading holds its items, a paragraph is its notes. */
static void
test_headings (void)
{
  Page page;
  g_autoptr(SylDocument) document = NULL;

  page_begin (&page);
  put_line (&page, LEFT, 11, TRUE, "Week one");
  put_line (&page, LEFT + 12, 11, FALSE, "\u2022 Reading the first chapter");
  put_line (&page, LEFT + 12, 11, FALSE, "\u2022 Quiz on sets");
  put_gap (&page);
  put_line (&page, LEFT, 11, TRUE, "Week two");
  put_line (&page, LEFT, 11, FALSE, "A week for the project, with no reading.");
  put_gap (&page);
  put_line (&page, LEFT, 11, TRUE, "Week three");
  put_line (&page, LEFT + 12, 11, FALSE, "\u2022 Review");

  document = page_document (&page);
  assert_outline (document,
                  "Week one (Reading the first chapter Quiz on sets) Week two Week three (Review)");
  g_assert_cmpstr (syl_node_get_notes (syl_test_find_title (document, "Week two")), ==,
                   "A week for the project, with no reading.");
}

/* Items typed in one paragraph, “A • B • C”, wrapped over lines, are
 * each an item of the heading above them, as in a Word file. */
static void
test_inline_bullets (void)
{
  Page page;
  g_autoptr(SylDocument) document = NULL;

  page_begin (&page);
  put_line (&page, LEFT, 14, TRUE, "1. Basics");
  g_assert_cmpuint (put_paragraph (&page, LEFT, 14,
                                   "\u2022 Values and variables \u2022 Types and their "
                                   "conversions \u2022 Strings and literals \u2022 Functions "
                                   "and closures \u2022 Modules and packages"), >=, 2);
  put_gap (&page);
  put_line (&page, LEFT, 14, TRUE, "2. Loops");
  put_paragraph (&page, LEFT, 14, "\u2022 For \u2022 While");

  document = page_document (&page);
  assert_outline (document,
                  "Basics (Values and variables Types and their conversions Strings and literals "
                  "Functions and closures Modules and packages) Loops (For While)");
}

/* A title centered over two lines, above headings set at the left, is
 * the document's title, its lines joined. */
static void
test_centered_title (void)
{
  Page page;
  g_autoptr(GBytes) pdf = NULL;
  g_autoptr(SylImportResult) result = NULL;
  g_autoptr(SylDocument) document = NULL;

  page_begin (&page);
  put_centered (&page, 20, TRUE, "A Short History of Science");
  put_centered (&page, 20, TRUE, "in Antarctica");
  put_gap (&page);
  put_line (&page, LEFT, 14, TRUE, "Explorers");
  put_line (&page, LEFT, 11, FALSE, "Scott and Amundsen.");
  put_gap (&page);
  put_line (&page, LEFT, 14, TRUE, "Stations");
  put_line (&page, LEFT, 11, FALSE, "McMurdo and the South Pole.");
  pdf = page_finish (&page);

  result = import_pdf (pdf);
  g_assert_cmpstr (syl_import_result_get_title (result), ==,
                   "A Short History of Science in Antarctica");
  document = syl_import_result_create_document (result);
  assert_outline (document, "Explorers Stations");
  g_assert_cmpstr (syl_node_get_notes (syl_test_find_title (document, "Stations")), ==,
                   "McMurdo and the South Pole.");
}

/* Adds a bookmark named @title that points @above points over the line
 * drawn next, where a word processor points it: at the space above a
 * heading, which the line before may reach into. */
static void
add_bookmark (Page       *page,
              const char *title,
              double      above)
{
  g_autofree char *attributes = g_strdup_printf ("page=1 pos=[%d %d]", LEFT,
                                                 (int) (page->y - 16 - above));

  cairo_pdf_surface_add_outline (page->surface, CAIRO_PDF_OUTLINE_ROOT, title, attributes, 0);
}

/* Under a bookmark, a list numbered as an outline is, and nothing else,
 * is the bookmark's children, nested by their numbers; prose and a
 * bulleted list stay its notes.  The lines just above a bookmark's place
 * are the bookmark's before. */
static void
test_bookmark_items (void)
{
  Page page;
  g_autoptr(SylDocument) document = NULL;

  page_begin (&page);
  add_bookmark (&page, "Week one", 4);
  put_line (&page, LEFT, 16, TRUE, "Week one");
  put_line (&page, LEFT + 20, 11, FALSE, "1.1 Sets");
  put_line (&page, LEFT + 20, 11, FALSE, "1.1.1 Finite sets");
  put_line (&page, LEFT + 20, 11, FALSE, "1.2 Logic");
  page.y += 8;
  add_bookmark (&page, "Week two", 9);
  put_line (&page, LEFT, 16, TRUE, "Week two");
  put_line (&page, LEFT, 11, FALSE, "A week for the project, with no reading.");
  put_gap (&page);
  add_bookmark (&page, "Week three", 4);
  put_line (&page, LEFT, 16, TRUE, "Week three");
  put_line (&page, LEFT, 11, FALSE, "\u2022 Review");
  put_line (&page, LEFT, 11, FALSE, "\u2022 Exam");

  document = page_document (&page);
  assert_outline (document, "Week one (Sets (Finite sets) Logic) Week two Week three");
  g_assert_cmpstr (syl_node_get_notes (syl_test_find_title (document, "Week one")), ==, "");
  g_assert_cmpstr (syl_node_get_notes (syl_test_find_title (document, "Week two")), ==,
                   "A week for the project, with no reading.");
  g_assert_cmpstr (syl_node_get_notes (syl_test_find_title (document, "Week three")), ==,
                   "- Review\n- Exam");
}

int
main (int    argc,
      char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/import/pdf-layout/wrapped", test_wrapped);
  g_test_add_func ("/import/pdf-layout/indented", test_indented);
  g_test_add_func ("/import/pdf-layout/headings", test_headings);
  g_test_add_func ("/import/pdf-layout/inline-bullets", test_inline_bullets);
  g_test_add_func ("/import/pdf-layout/centered-title", test_centered_title);
  g_test_add_func ("/import/pdf-layout/bookmark-items", test_bookmark_items);

  return g_test_run ();
}
