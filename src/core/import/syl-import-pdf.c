/* syl-import-pdf.c: outlines from PDF files, with poppler
 *
 * A PDF with bookmarks (an outline) gives its tree: each bookmark is a
 * node, and the text from its destination to the next bookmark's is its
 * notes.  A PDF without them is turned into text, a paragraph or heading
 * a line, which the text importer reads as it reads text copied out of
 * a PDF (syl-import-pdf-text.c).  Either way the running headers and
 * footers that repeat on every page are left out first.
 *
 * Poppler parses the whole file, so it is guarded: files over 512 MiB
 * are refused before poppler sees them, and the pages read are capped in
 * number and in time.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <poppler.h>
#include <string.h>

#include "syl-import-pdf-private.h"

#define MAX_PDF_SIZE (G_GINT64_CONSTANT (512) << 20)
#define MAX_PAGES 5000
/* Poppler takes well under a second for a page of text; a file that
 * takes this long is built to make it work, not a course. */
#define MAX_SECONDS 120
/* Bookmarks nested deeper than this are a loop or an attack. */
#define MAX_BOOKMARK_DEPTH 32
#define MAX_BOOKMARKS 100000
/* A gap between two words this many times their height is a tab's. */
#define GAP_EMS 4

typedef struct
{
  SylNode  *node;
  char     *title;        /* as the bookmark has it, with its number */
  guint     depth;
  guint     page;         /* from 0, G_MAXUINT when it goes nowhere */
  double    top;          /* in points from the page's top */
  gboolean  from_bottom;  /* top is still from the bottom, as PDF has it */
  GString  *notes;
  gboolean  optional;     /* its heading's small print says so */
  GString  *items;        /* its text, a paragraph a line, while each has an outline's number */
  gboolean  only_items;
} Mark;

typedef struct
{
  SylImportResult *result;
  PopplerDocument *document;
  GArray          *lines;   /* of SylPdfLine */
  GArray          *heights; /* of double, the pages' heights */
  GArray          *marks;   /* of Mark */
} Reader;

static void
line_clear (SylPdfLine *line)
{
  g_free (line->text);
}

static void
mark_clear (Mark *mark)
{
  g_clear_object (&mark->node);
  g_free (mark->title);
  g_string_free (mark->notes, TRUE);
  g_string_free (mark->items, TRUE);
}

/**
 * _syl_import_is_pdf:
 *
 * Returns: whether @bytes start as a PDF file does, with “%PDF-”
 */
gboolean
_syl_import_is_pdf (GBytes *bytes)
{
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  return size >= 5 && memcmp (data, "%PDF-", 5) == 0;
}

/* A page's text as poppler gives it: the text, one box for each of its
 * characters, and runs of characters in one font, in order. */
typedef struct
{
  PopplerRectangle *rects;
  guint             n_rects;
  GList            *runs;   /* the runs not before the line being read */
  guint             page;
  double            width;
} PageText;

/* The font size and boldness most of the characters of @start to @end
 * (character offsets) have.  Lines come in order, so the runs before
 * this one are left behind for good. */
static void
line_style (PageText   *page,
            guint       start,
            guint       end,
            SylPdfLine *line)
{
  guint best = 0;

  while (page->runs != NULL &&
         (guint) ((PopplerTextAttributes *) page->runs->data)->end_index < start)
    page->runs = page->runs->next;
  for (GList *l = page->runs; l != NULL; l = l->next)
    {
      PopplerTextAttributes *run = l->data;
      guint from = MAX ((guint) run->start_index, start);
      guint to = MIN ((guint) run->end_index + 1, end);

      if ((guint) run->start_index >= end)
        break;
      if (to <= from || to - from <= best)
        continue;
      best = to - from;
      line->size = run->font_size;
      line->bold = run->font_name != NULL &&
                   (strstr (run->font_name, "Bold") != NULL ||
                    strstr (run->font_name, "Black") != NULL ||
                    strstr (run->font_name, "Heavy") != NULL);
    }
}

/* Coordinates and sizes within what a page can have. */
static double
sane (double value)
{
  return isfinite (value) ? CLAMP (value, -100000, 100000) : 0;
}

/* How wide the first word of the line from @from (character @start of
 * the page) is: up to a space, or one character of Chinese, which breaks
 * anywhere.  Whether it would have fitted at the end of the line before
 * tells a wrapped line from one that starts anew. */
static double
first_word_width (PageText   *page,
                  const char *from,
                  guint       start,
                  guint       end)
{
  double left = G_MAXDOUBLE, right = 0;
  guint i = start;

  for (const char *p = from; i < end && i < page->n_rects; p = g_utf8_next_char (p), i++)
    {
      gunichar c = g_utf8_get_char (p);
      PopplerRectangle *box = &page->rects[i];

      if (g_unichar_isspace (c) || box->x2 <= box->x1)
        {
          if (right > 0)
            break;
          continue;
        }
      left = MIN (left, box->x1);
      right = MAX (right, box->x2);
      if (g_unichar_iswide (c))
        break;
    }
  return right > 0 ? right - left : 0;
}

/* The text of the line from @from (character @start of the page) to @to,
 * stripped: where a wide gap parts two words, as between a contents
 * entry and its page number at the margin, two spaces part them, as in
 * pdftotext's layout. */
static char *
line_text (PageText   *page,
           const char *from,
           const char *to,
           guint       start)
{
  g_autoptr(GString) text = g_string_new (NULL);
  double last_right = 0;
  guint i = start;

  for (const char *p = from; p < to; p = g_utf8_next_char (p), i++)
    {
      gunichar c = g_utf8_get_char (p);
      PopplerRectangle *box = i < page->n_rects ? &page->rects[i] : NULL;

      if (box != NULL && box->x2 > box->x1 && !g_unichar_isspace (c))
        {
          if (last_right > 0 && box->x1 - last_right > GAP_EMS * (box->y2 - box->y1))
            g_string_append (text, g_str_has_suffix (text->str, " ") ? " " : "  ");
          last_right = box->x2;
        }
      g_string_append_unichar (text, c);
    }
  return _syl_import_strip (text->str, NULL);
}

/* Adds the line from @from to @to, characters @start to @end of the
 * page's text, if it has text. */
static void
add_line (GArray     *lines,
          PageText   *page,
          const char *from,
          const char *to,
          guint       start,
          guint       end)
{
  SylPdfLine line = { NULL, page->page, G_MAXDOUBLE, 0, G_MAXDOUBLE, 0, 0, 0, page->width, FALSE,
                     FALSE };

  line.text = line_text (page, from, to, start);
  if (*line.text == '\0')
    {
      g_free (line.text);
      return;
    }
  for (guint i = start; i < end && i < page->n_rects; i++)
    {
      PopplerRectangle *box = &page->rects[i];

      /* Spaces that poppler adds between words have no real box. */
      if (box->x2 <= box->x1)
        continue;
      line.top = MIN (line.top, box->y1);
      line.bottom = MAX (line.bottom, box->y2);
      line.left = MIN (line.left, box->x1);
      line.right = MAX (line.right, box->x2);
    }
  if (line.top == G_MAXDOUBLE)
    line.top = line.bottom = line.left = line.right = 0;
  line.first_word = first_word_width (page, from, start, end);
  line_style (page, start, end, &line);
  /* A broken file can give any number, which later becomes an integer. */
  line.top = sane (line.top);
  line.bottom = sane (line.bottom);
  line.left = sane (line.left);
  line.right = sane (line.right);
  line.first_word = sane (line.first_word);
  line.size = sane (line.size);
  g_array_append_val (lines, line);
}

/* Poppler's text of a page has its lines in reading order, apart by
 * newlines. */
static void
read_page_text (Reader      *reader,
                PopplerPage *page,
                guint        index)
{
  g_autofree char *text = NULL;
  PageText page_text = { NULL, 0, NULL, index };
  GList *attributes;
  const char *line_start;
  guint start = 0, offset = 0;
  double width, height;

  poppler_page_get_size (page, &width, &height);
  height = sane (height);
  page_text.width = sane (width);
  g_array_append_val (reader->heights, height);
  text = poppler_page_get_text (page);
  if (text == NULL || !g_utf8_validate (text, -1, NULL) ||
      !poppler_page_get_text_layout (page, &page_text.rects, &page_text.n_rects))
    return;
  attributes = page_text.runs = poppler_page_get_text_attributes (page);
  line_start = text;
  for (const char *p = text;; p = g_utf8_next_char (p), offset++)
    {
      if (*p != '\n' && *p != '\0')
        continue;
      add_line (reader->lines, &page_text, line_start, p, start, offset);
      start = offset + 1;
      line_start = p + 1;
      if (*p == '\0')
        break;
    }
  poppler_page_free_text_attributes (attributes);
  g_free (page_text.rects);
}

static void
read_page (Reader *reader,
           guint   index)
{
  /* Poppler 22.12 has no autoptr for its types. */
  PopplerPage *page = poppler_document_get_page (reader->document, index);
  double none = 0;

  if (page == NULL)
    {
      g_array_append_val (reader->heights, none);
      return;
    }
  read_page_text (reader, page, index);
  g_object_unref (page);
}

static gboolean
read_pages (Reader  *reader,
            GError **error)
{
  int n_pages = poppler_document_get_n_pages (reader->document);
  gint64 deadline = g_get_monotonic_time () + MAX_SECONDS * G_USEC_PER_SEC;

  if (n_pages > MAX_PAGES)
    {
      g_set_error (error, SYL_ERROR, SYL_ERROR_TOO_LARGE,
                   _("this PDF has %d pages; Syllabus reads at most %d"), n_pages, MAX_PAGES);
      return FALSE;
    }
  /* Reading the pages is the first half of the work: the text importer
   * reports the second, from 0.5 on. */
  for (int i = 0; i < n_pages && _syl_import_result_go_on (reader->result, 0.5 * i / n_pages); i++)
    {
      if (g_get_monotonic_time () > deadline)
        {
          g_set_error (error, SYL_ERROR, SYL_ERROR_TOO_LARGE,
                       _("reading this PDF took too long; it stopped at page %d of %d"),
                       i + 1, n_pages);
          return FALSE;
        }
      read_page (reader, i);
    }
  _syl_import_pdf_mark_furniture (reader->lines, n_pages);
  return TRUE;
}

/* Bookmarks. */

/* The page and height of a bookmark's destination. */
static void
resolve_dest (Reader        *reader,
              PopplerAction *action,
              Mark          *mark)
{
  PopplerDest *dest = NULL;
  PopplerDest *found = NULL;

  if (action != NULL && action->type == POPPLER_ACTION_GOTO_DEST)
    dest = action->goto_dest.dest;
  if (dest != NULL && dest->type == POPPLER_DEST_NAMED && dest->named_dest != NULL)
    dest = found = poppler_document_find_dest (reader->document, dest->named_dest);
  if (dest != NULL && dest->page_num >= 1)
    {
      mark->page = dest->page_num - 1;
      /* PDF measures from the bottom; without a height, the top. */
      mark->top = dest->change_top ? sane (dest->top) : 0;
      mark->from_bottom = dest->change_top;
    }
  g_clear_pointer (&found, poppler_dest_free);
}

static void
read_index (Reader           *reader,
            PopplerIndexIter *iter,
            guint             depth)
{
  do
    {
      PopplerAction *action = poppler_index_iter_get_action (iter);
      PopplerIndexIter *child;
      Mark mark = { NULL, NULL, depth, G_MAXUINT, 0, FALSE, g_string_new (NULL), FALSE,
                    g_string_new (NULL), TRUE };

      mark.title = g_strdup (action != NULL && action->any.title != NULL ? action->any.title : "");
      resolve_dest (reader, action, &mark);
      g_clear_pointer (&action, poppler_action_free);
      g_array_append_val (reader->marks, mark);

      child = poppler_index_iter_get_child (iter);
      if (child != NULL && depth < MAX_BOOKMARK_DEPTH)
        read_index (reader, child, depth + 1);
      g_clear_pointer (&child, poppler_index_iter_free);
    }
  while (reader->marks->len < MAX_BOOKMARKS && poppler_index_iter_next (iter));
}

/* Heights from the bottom become heights from the top, now that the
 * pages' sizes are known; a bookmark that goes nowhere keeps the place of
 * the one before it. */
static void
place_marks (Reader *reader)
{
  guint page = 0;
  double top = 0;

  for (guint i = 0; i < reader->marks->len; i++)
    {
      Mark *mark = &g_array_index (reader->marks, Mark, i);

      if (mark->page >= reader->heights->len)
        {
          mark->page = page;
          mark->top = top;
          continue;
        }
      if (mark->from_bottom)
        mark->top = g_array_index (reader->heights, double, mark->page) - mark->top;
      page = mark->page;
      top = mark->top;
    }
}

/* Whether @line comes before @mark's destination: its middle does.  A
 * heading's box starts a little above the place its bookmark names, and
 * the place may be well above it, in the space over the heading, where
 * the bottom of the line before reaches. */
static gboolean
is_before (const SylPdfLine *line,
           const Mark       *mark)
{
  return line->page < mark->page ||
         (line->page == mark->page && (line->top + line->bottom) / 2 <= mark->top + 2);
}

/* @text without its white space, to compare a title with the lines
 * that show it, which the page may break or space differently. */
static char *
squeeze (const char *text)
{
  GString *squeezed = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (squeezed, g_utf8_get_char (p));
  return g_string_free (squeezed, FALSE);
}

/* Whether @text starts with the number of a part of an outline, “1.2”
 * or “第三章”, rather than that of a list in notes, “1.” or “(a)”. */
static gboolean
starts_outline_number (const char *text)
{
  SylHeadingNumber number;

  if (!_syl_import_match_heading (text, TRUE, &number))
    return FALSE;
  switch (number.style)
    {
    case SYL_HEADING_PATH:
      return number.n_parts >= 2;
    case SYL_HEADING_ZH_PART:
    case SYL_HEADING_ZH_CHAPTER:
    case SYL_HEADING_ZH_SECTION:
    case SYL_HEADING_ZH_LESSON:
    case SYL_HEADING_EN_PART:
    case SYL_HEADING_EN_CHAPTER:
    case SYL_HEADING_EN_MODULE:
      return TRUE;
    default:
      return FALSE;
    }
}

/* Keeps @line in @mark's items while every paragraph under the
 * bookmark starts with the number of a part of an outline: the finer
 * outline that a PDF's bookmarks stop short of (“L01_A” over “1.1 What
 * is the Internet?”).  A bulleted or numbered list, as our export writes
 * one in notes, stays notes. */
static void
note_item (Mark               *mark,
           const SylPdfLayout *layout,
           const SylPdfLine   *line,
           const SylPdfLine   *previous)
{
  if (!mark->only_items)
    return;
  if (previous != NULL && _syl_import_pdf_continues (layout, line, previous, TRUE))
    _syl_import_join (mark->items, line->text);
  else if (starts_outline_number (line->text))
    g_string_append_printf (mark->items, "%s%s", mark->items->len > 0 ? "\n" : "", line->text);
  else
    mark->only_items = FALSE;
}

/* Gives each line of text to the bookmark whose part of the document it
 * is in, leaving out the heading that shows the bookmark's title.  A
 * bookmark that points back, before the one above it, gets no text. */
static void
collect_notes (Reader *reader)
{
  g_autoptr(GString) heading = g_string_new (NULL);
  g_autofree char *title = NULL;
  const SylPdfLine *previous = NULL;
  SylPdfLayout layout;
  Mark *current = NULL;
  gboolean in_heading = FALSE;
  gboolean optional;
  guint next = 0;

  _syl_import_pdf_layout_init (&layout, reader->lines);
  for (guint i = 0; i < reader->lines->len; i++)
    {
      const SylPdfLine *line = &g_array_index (reader->lines, SylPdfLine, i);

      while (next < reader->marks->len &&
             !is_before (line, &g_array_index (reader->marks, Mark, next)))
        {
          current = &g_array_index (reader->marks, Mark, next++);
          g_free (title);
          title = squeeze (current->title);
          g_string_truncate (heading, 0);
          in_heading = TRUE;
          previous = NULL;
        }
      if (current == NULL || line->furniture)
        continue;
      if (in_heading)
        {
          g_autofree char *squeezed = squeeze (line->text);

          g_string_append (heading, squeezed);
          if (g_str_has_prefix (title, heading->str))
            {
              in_heading = heading->len < strlen (title);
              continue;
            }
          in_heading = FALSE;
        }
      if (previous == NULL && _syl_import_pdf_is_meta (line, layout.body, &optional))
        {
          current->optional = optional;
          continue;
        }
      _syl_import_pdf_join_line (current->notes, &layout, line, previous);
      note_item (current, &layout, line, previous);
      previous = line;
    }
}

/* The bookmark's title without its number, with its kind and whether it
 * is optional taken from its markers. */
static SylNode *
mark_node (const Mark *mark)
{
  SylHeadingNumber number;
  SylNodeKind kind = SYL_NODE_KIND_SECTION;
  gboolean optional = FALSE;
  const char *start = _syl_import_skip_spaces (mark->title);
  g_autofree char *title = NULL;
  SylNode *node;

  if (_syl_import_match_heading (start, TRUE, &number) && *_syl_import_skip_spaces (number.end))
    start = _syl_import_skip_spaces (number.end);
  title = _syl_import_take_markers (start, &kind, &optional);
  node = syl_node_new (kind, title);
  g_object_set (node, "optional", optional || mark->optional, "notes", mark->notes->str, NULL);
  return node;
}

/* How deep the nodes of @nodes go, themselves at depth 1. */
static guint
depth_of (GPtrArray *nodes)
{
  guint deepest = 0;

  for (guint i = 0; i < nodes->len; i++)
    {
      SylNodeIter iter;
      SylNode *node;

      syl_node_iter_init (&iter, g_ptr_array_index (nodes, i));
      deepest = MAX (deepest, 1);
      while (syl_node_iter_next (&iter, &node))
        deepest = MAX (deepest, syl_node_iter_get_depth (&iter) + 1);
    }
  return deepest;
}

/* A bookmark under which there is nothing but a list has the list's
 * items as its children, read as the text importer reads a pasted list,
 * numbers and all, rather than as its notes. */
static void
add_items (SylNode    *node,
           const Mark *mark,
           guint       depth)
{
  g_autoptr(SylImportResult) items = NULL;
  g_autoptr(GPtrArray) nodes = NULL;

  if (!mark->only_items || mark->items->len == 0)
    return;
  items = _syl_import_result_new (SYL_IMPORT_FORMAT_TEXT);
  _syl_import_text (items, mark->items->str, SYL_IMPORT_TEXT_PASTE);
  nodes = _syl_import_result_steal_nodes (items);
  if (nodes->len == 0 || depth + depth_of (nodes) > SYL_MAX_OUTLINE_DEPTH)
    return;
  for (guint i = 0; i < nodes->len; i++)
    _syl_node_insert_child (node, i, g_ptr_array_index (nodes, i));
  g_object_set (node, "notes", "", NULL);
}

static void
build_tree (Reader *reader)
{
  SylImportTree tree;

  _syl_import_tree_init (&tree, reader->result);
  for (guint i = 0; i < reader->marks->len; i++)
    {
      const Mark *mark = &g_array_index (reader->marks, Mark, i);
      g_autoptr(SylNode) node = mark_node (mark);
      guint depth = _syl_import_tree_add (&tree, node, mark->depth, 0, TRUE);

      add_items (node, mark, depth);
    }
  _syl_import_tree_clear (&tree);
}

/* The title and authors from the PDF's metadata, as our export writes
 * them, the authors apart by commas, where the text had none. */
static void
read_metadata (Reader *reader)
{
  g_autofree char *title = poppler_document_get_title (reader->document);
  g_autofree char *author = poppler_document_get_author (reader->document);

  if (title != NULL && g_utf8_validate (title, -1, NULL) &&
      *syl_import_result_get_title (reader->result) == '\0')
    {
      g_strstrip (title);
      if (*title != '\0')
        _syl_import_result_set_title (reader->result, title);
    }
  if (author != NULL && g_utf8_validate (author, -1, NULL) &&
      g_list_model_get_n_items (syl_import_result_get_authors (reader->result)) == 0)
    {
      g_auto(GStrv) names = g_strsplit (author, ",", 0);

      for (guint i = 0; names[i] != NULL; i++)
        if (*g_strstrip (names[i]) != '\0')
          _syl_import_result_add_author (reader->result, names[i], "");
    }
}

static PopplerDocument *
open_document (GBytes  *bytes,
               GError **error)
{
  g_autoptr(GError) local_error = NULL;
  PopplerDocument *document;

  if (g_bytes_get_size (bytes) > MAX_PDF_SIZE)
    {
      g_set_error (error, SYL_ERROR, SYL_ERROR_TOO_LARGE,
                   _("the PDF file is larger than 512 MiB, more than Syllabus reads"));
      return NULL;
    }
  document = poppler_document_new_from_bytes (bytes, NULL, &local_error);
  if (document != NULL)
    return document;
  if (g_error_matches (local_error, POPPLER_ERROR, POPPLER_ERROR_ENCRYPTED))
    g_set_error_literal (error, SYL_ERROR, SYL_ERROR_FAILED,
                         _("this PDF is password-protected; remove the password and import it "
                           "again"));
  else
    /* Poppler's own reason, “PDF document is damaged”, says no more. */
    g_set_error_literal (error, SYL_ERROR, SYL_ERROR_FAILED,
                         _("this PDF file is damaged or is not a PDF file"));
  return NULL;
}

/**
 * _syl_import_pdf:
 *
 * Reads an outline from a PDF file: see the top of this file.
 *
 * Returns: %FALSE with @error set when the file cannot be read, is
 *   encrypted, too large, or has no text and no bookmarks
 */
gboolean
_syl_import_pdf (SylImportResult  *result,
                 GBytes           *bytes,
                 GError          **error)
{
  Reader reader = { result };
  PopplerIndexIter *index;
  gboolean ok = FALSE;

  reader.document = open_document (bytes, error);
  if (reader.document == NULL)
    return FALSE;
  reader.lines = g_array_new (FALSE, FALSE, sizeof (SylPdfLine));
  g_array_set_clear_func (reader.lines, (GDestroyNotify) line_clear);
  reader.heights = g_array_new (FALSE, FALSE, sizeof (double));
  reader.marks = g_array_new (FALSE, FALSE, sizeof (Mark));
  g_array_set_clear_func (reader.marks, (GDestroyNotify) mark_clear);

  index = poppler_index_iter_new (reader.document);
  if (index != NULL)
    read_index (&reader, index, 1);
  g_clear_pointer (&index, poppler_index_iter_free);

  if (!read_pages (&reader, error))
    goto out;
  ok = TRUE;
  if (reader.marks->len > 0)
    {
      place_marks (&reader);
      collect_notes (&reader);
      build_tree (&reader);
    }
  else if (reader.lines->len > 0)
    {
      g_autoptr(GByteArray) hints = NULL;
      g_autofree char *text = _syl_import_pdf_to_text (reader.lines, &hints);

      _syl_import_text_with_hints (result, text, SYL_IMPORT_TEXT_DEFAULT, hints->data, hints->len);
    }
  else
    {
      g_set_error_literal (error, SYL_ERROR, SYL_ERROR_EMPTY,
                           _("this PDF has no text; it may be scanned, and Syllabus cannot "
                             "read text in images"));
      ok = FALSE;
    }
  if (ok)
    read_metadata (&reader);

out:
  g_array_unref (reader.marks);
  g_array_unref (reader.heights);
  g_array_unref (reader.lines);
  g_object_unref (reader.document);
  return ok;
}
