/* syl-import-pages.c: what printed pages add to a text outline
 *
 * Text pulled out of a PDF (pdftotext, with or without -layout, or
 * select-all and paste from a viewer) carries what the pages had besides
 * the outline: form feeds between pages, running headers and footers,
 * page numbers (“2 / 16”, “第 3 页，共 16 页”, “Page 3 of 16”, “- 3 -”),
 * words hyphenated at line ends, and a contents page whose entries end in
 * page numbers, with or without leaders (syl-import-contents.c).  All of
 * it is found before the text importer reads the lines, and each line
 * found is marked in the result's report, so that the preview can say
 * what was left out.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-import-pages-private.h"

/* How many lines at each end of a page may be a header or a footer. */
#define EDGE_LINES 2
/* A line that recurs this many times or more, at an even distance of a
 * page's length, is a running header or footer even without form feeds;
 * the document's title may run on shorter pages.  Headings that come back
 * in every chapter, “Exercises” say, must not: chapters are shorter. */
#define MIN_RECURRENCES 4
#define MIN_PAGE_LINES 25
#define MIN_TITLE_PAGE_LINES 8
/* Lines longer than this are prose, and join no further: a file of lines
 * that all end in a hyphen must not be copied over and over. */
#define MAX_JOINED_BYTES 2000

/* Page numbers. */

static const char * const page_patterns[] = {
  "^[0-9]{1,4}\\s*/\\s*[0-9]{1,4}$",                                          /* 2 / 16 */
  "^(共\\s*[0-9]{1,4}\\s*页\\s*[,，、]?\\s*)?第\\s*[0-9]{1,4}\\s*页"
  "(\\s*[,，、/]?\\s*共\\s*[0-9]{1,4}\\s*页)?$",                               /* 第 3 页，共 16 页 */
  "^page\\s+[0-9]{1,4}(\\s*(of|/)\\s*[0-9]{1,4})?$",                          /* Page 3 of 16 */
  "^[-–—]\\s*[0-9]{1,4}\\s*[-–—]$",                                           /* - 3 - */
};

static GRegex *
page_regex (void)
{
  static GRegex *regex;

  if (g_once_init_enter (&regex))
    {
      g_autoptr(GString) source = g_string_new (NULL);

      for (guint i = 0; i < G_N_ELEMENTS (page_patterns); i++)
        g_string_append_printf (source, "%s(?:%s)", i > 0 ? "|" : "", page_patterns[i]);
      /* Not G_REGEX_OPTIMIZE: PCRE's JIT reads past the end of a string,
       * which Memcheck reports in every test that imports text. */
      g_once_init_leave (&regex, g_regex_new (source->str, G_REGEX_CASELESS, 0, NULL));
    }
  return regex;
}

gboolean
_syl_import_is_bare_number (const char *text)
{
  gsize digits = strspn (text, "0123456789");
  gsize roman = strspn (text, "ivxlc");

  return (digits > 0 && digits <= 4 && text[digits] == '\0') ||
         (roman > 0 && roman <= 6 && text[roman] == '\0');
}

/* “2 / 16”, “第 3 页”, “Page 3 of 16”, “- 3 -”: a page number in any of its
 * dresses, alone on the line, or after a running title and wide spaces
 * (“Course title        第 2 页，共 16 页”). */
static gboolean
is_page_label (const char *line)
{
  g_autofree char *text = _syl_import_strip (line, NULL);
  const char *wide = NULL;

  if (g_regex_match (page_regex (), text, 0, NULL))
    return TRUE;
  for (const char *p = text; (p = strstr (p, "   ")) != NULL; p++)
    wide = p;
  return wide != NULL && g_regex_match (page_regex (), _syl_import_skip_spaces (wide), 0, NULL);
}

/* Takes a page number in any of its dresses off the end of @line, after
 * a single space: pdftotext without -layout joins a running footer's
 * title and its “6 / 27” with one space, and only the title recurs. */
static void
cut_page_label (char *line)
{
  for (char *p = strchr (line, ' '); p != NULL; p = strchr (p + 1, ' '))
    if (g_regex_match (page_regex (), _syl_import_skip_spaces (p), 0, NULL))
      {
        *p = '\0';
        g_strchomp (line);
        return;
      }
}

/* Leaders and page numbers. */

/* Moves @p back over the leaders before it: dots, “…”, “·”, “．”, and
 * the spaces between them; counts the dots in @dots. */
static char *
skip_leaders_back (char  *line,
                   char  *p,
                   guint *dots)
{
  for (;;)
    {
      if (p > line && (p[-1] == '.' || p[-1] == ' ' || p[-1] == '\t' || p[-1] == '_'))
        *dots += *--p != ' ' && *p != '\t';
      else if (p - line >= 3 && (strncmp (p - 3, "…", 3) == 0 || strncmp (p - 3, "．", 3) == 0))
        {
          *dots += p[-1] == '\xa6' ? 3 : 1;
          p -= 3;
        }
      else if (p - line >= 2 && strncmp (p - 2, "·", 2) == 0)
        {
          (*dots)++;
          p -= 2;
        }
      else if (p - line >= 3 && strncmp (p - 3, "\u3000", 3) == 0)
        p -= 3;
      else
        return p;
    }
}

/* Where a trailing page number of @line starts, after its leaders: the
 * strength of the evidence, 2 for leaders or wide spaces, 1 for a single
 * space, 0 for none. */
guint
_syl_import_find_page_number (char  *line,
                              char **cut)
{
  char *end = line + strlen (line);
  char *digits;
  char *p;
  guint dots = 0;

  while (end > line && g_ascii_isspace (end[-1]))
    end--;
  digits = end;
  while (digits > line && g_ascii_isdigit (digits[-1]) && end - digits < 4)
    digits--;
  if (digits == end || digits == line || g_ascii_isdigit (digits[-1]))
    return 0;
  p = skip_leaders_back (line, digits, &dots);
  *cut = p;
  if (p == line || p == digits)
    return 0;
  if (dots >= 2 || digits - p >= 2)
    return 2;
  return 1;
}

/**
 * _syl_import_drop_leaders:
 *
 * “1.1 背景 ........ 3”: takes the leaders and page number of a contents
 * entry off @line.  Three dots with a page number, or four without, are
 * leaders; “Wait...” keeps its ellipsis.
 */
void
_syl_import_drop_leaders (char *line)
{
  char *end = line + strlen (line);
  char *digits;
  char *p;
  guint dots = 0;

  while (end > line && g_ascii_isspace (end[-1]))
    end--;
  digits = end;
  while (digits > line && g_ascii_isdigit (digits[-1]) && end - digits < 4)
    digits--;
  p = skip_leaders_back (line, digits, &dots);
  if (dots >= 4 || (dots >= 3 && digits < end))
    *p = '\0';
}

/**
 * _syl_import_drop_page_number:
 *
 * Takes a trailing page number, with its leaders or spaces, off a line
 * known to be an entry of a contents page.
 */
void
_syl_import_drop_page_number (char *line)
{
  char *cut;

  if (_syl_import_find_page_number (line, &cut) > 0)
    *cut = '\0';
}

/* Running headers and footers. */

void
_syl_import_pages_drop_line (Pages             *pages,
                             guint              i,
                             SylImportLineRole  role)
{
  pages->skip[i] = TRUE;
  _syl_import_result_mark_line (pages->result, i + 1, role, 0);
}

/* Form feeds: pdftotext starts each page's first line with one. */
static void
find_pages (Pages *pages)
{
  guint first = 0;

  g_array_append_val (pages->page_starts, first);
  for (guint i = 0; i < pages->n_lines; i++)
    {
      if (pages->lines[i][0] != '\f')
        continue;
      while (pages->lines[i][0] == '\f')
        pages->lines[i]++;
      g_array_append_val (pages->page_starts, i);
    }
}

/* The key a running line is compared by: itself, without a page number
 * at either end, so that “Course title   7” is one line on every page.
 * A number after leaders stays: “第一章 绪论 …… 1” is a contents entry,
 * not the heading “第一章 绪论” at the top of its page.  @shape says
 * which ends lost a number: 1 the start, 2 the end. */
static char *
running_key (const char *line,
             guint      *shape)
{
  g_autofree char *text = _syl_import_strip (line, NULL);
  const char *start = text + strspn (text, "0123456789");
  char *key = _syl_import_strip (start, NULL);
  gsize length = strlen (key);
  char *cut;

  cut_page_label (key);
  if (_syl_import_find_page_number (key, &cut) > 0 &&
      strspn (cut, " \t0123456789") == strlen (cut))
    *cut = '\0';
  *shape = (start != text ? 1 : 0) | (strlen (key) != length ? 2 : 0);
  return key;
}

/* Records the @shape of a running line's key; a key whose lines lost
 * their numbers at different ends is marked mixed, as G_MAXUINT. */
static void
note_shape (GHashTable *shapes,
            const char *key,
            guint       shape)
{
  guint seen = GPOINTER_TO_UINT (g_hash_table_lookup (shapes, key));

  if (seen == 0)
    g_hash_table_insert (shapes, g_strdup (key), GUINT_TO_POINTER (shape + 1));
  else if (seen != shape + 1)
    g_hash_table_insert (shapes, g_strdup (key), GUINT_TO_POINTER (G_MAXUINT));
}

/* Whether lines of @key at the edges of @count pages run over the pages.
 * On two pages only, they must also carry their numbers alike: a short
 * document's contents entry “1网络训练 3” and the heading “1 网络训练”
 * may both open a page, and are no running header. */
static gboolean
runs (GHashTable *shapes,
      const char *key,
      guint       count,
      guint       threshold)
{
  return count >= threshold &&
         (count > 2 || GPOINTER_TO_UINT (g_hash_table_lookup (shapes, key)) != G_MAXUINT);
}

static guint
count_filled (Pages *pages,
              guint  start,
              guint  end)
{
  guint n = 0;

  for (guint i = start; i < end; i++)
    n += !_syl_import_is_blank (pages->lines[i]);
  return n;
}

/* Adds the lines at the top and bottom of page @page to @edges, as
 * key → number of pages, once a page even where the two edges of a short
 * page meet; with @mark, drops those that recur. */
static void
visit_edges (Pages      *pages,
             guint       page,
             GHashTable *edges,
             GHashTable *shapes,
             gboolean    mark)
{
  g_autoptr(GHashTable) here = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint start = g_array_index (pages->page_starts, guint, page);
  guint end = page + 1 < pages->page_starts->len ? g_array_index (pages->page_starts, guint,
                                                                  page + 1) : pages->n_lines;
  guint threshold = MAX (2, (pages->page_starts->len - 1) / 2);

  for (int side = 0; side < 2; side++)
    {
      guint seen = 0;

      /* The top of the first page is the document's own title, and so is
       * all of a cover page, which has only the title and its byline. */
      if (page == 0 && (side == 0 || count_filled (pages, start, end) <= 2 * EDGE_LINES))
        continue;
      for (guint k = 0; k < end - start && seen < EDGE_LINES; k++)
        {
          guint i = side == 0 ? start + k : end - 1 - k;
          g_autofree char *key = NULL;
          guint count, shape;

          /* Page numbers found already are looked past. */
          if (_syl_import_is_blank (pages->lines[i]) || pages->skip[i])
            continue;
          seen++;
          key = running_key (pages->lines[i], &shape);
          if (*key == '\0')
            continue;
          count = GPOINTER_TO_UINT (g_hash_table_lookup (edges, key));
          if (!mark)
            note_shape (shapes, key, shape);
          if (!mark && g_hash_table_add (here, g_strdup (key)))
            g_hash_table_insert (edges, g_strdup (key), GUINT_TO_POINTER (count + 1));
          else if (mark && runs (shapes, key, count, threshold))
            _syl_import_pages_drop_line (pages, i, SYL_IMPORT_LINE_FURNITURE);
        }
    }
}

static void
find_running_lines_by_page (Pages *pages)
{
  g_autoptr(GHashTable) edges = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) shapes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (guint page = 0; page < pages->page_starts->len; page++)
    visit_edges (pages, page, edges, shapes, FALSE);
  for (guint page = 0; page < pages->page_starts->len; page++)
    visit_edges (pages, page, edges, shapes, TRUE);
}

/* Without form feeds, as when text is pasted from a viewer: a line that
 * comes back at an even distance, every page's length. */
static gboolean
recurs_evenly (GArray   *at,
               gboolean  is_title)
{
  guint min = G_MAXUINT, max = 0;

  if (at->len < MIN_RECURRENCES)
    return FALSE;
  for (guint k = 1; k < at->len; k++)
    {
      guint gap = g_array_index (at, guint, k) - g_array_index (at, guint, k - 1);

      min = MIN (min, gap);
      max = MAX (max, gap);
    }
  return min >= (is_title ? MIN_TITLE_PAGE_LINES : MIN_PAGE_LINES) &&
         max - min <= MAX (3, min / 4);
}

static guint
first_line (Pages *pages)
{
  guint i = 0;

  while (i < pages->n_lines && _syl_import_is_blank (pages->lines[i]))
    i++;
  return i;
}

static void
find_running_lines_by_distance (Pages *pages)
{
  g_autoptr(GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                      (GDestroyNotify) g_array_unref);
  GHashTableIter iter;
  GArray *at;

  for (guint i = 0; i < pages->n_lines; i++)
    {
      g_autofree char *key = NULL;

      if (pages->skip[i] || _syl_import_is_blank (pages->lines[i]))
        continue;
      key = _syl_import_strip (pages->lines[i], NULL);
      /* Headings such as “Objectives” come back in every chapter. */
      if (_syl_import_heading_label (key) != SYL_IMPORT_LABEL_NONE)
        continue;
      at = g_hash_table_lookup (seen, key);
      if (at == NULL)
        {
          at = g_array_new (FALSE, FALSE, sizeof (guint));
          g_hash_table_insert (seen, g_steal_pointer (&key), at);
        }
      g_array_append_val (at, i);
    }
  g_hash_table_iter_init (&iter, seen);
  while (g_hash_table_iter_next (&iter, NULL, (gpointer *) &at))
    {
      gboolean is_title = g_array_index (at, guint, 0) == first_line (pages);

      /* The title at the top stays the title. */
      if (recurs_evenly (at, is_title))
        for (guint k = is_title ? 1 : 0; k < at->len; k++)
          _syl_import_pages_drop_line (pages, g_array_index (at, guint, k),
                                       SYL_IMPORT_LINE_FURNITURE);
    }
}

static void
find_furniture (Pages *pages)
{
  gboolean form_feeds = pages->page_starts->len >= 2;

  for (guint i = 0; i < pages->n_lines; i++)
    if (is_page_label (pages->lines[i]))
      {
        guint next = i + 1;

        _syl_import_pages_drop_line (pages, i, SYL_IMPORT_LINE_FURNITURE);
        /* Pasted from a viewer, without form feeds: the page numbers
         * show where the pages end. */
        if (!form_feeds && next < pages->n_lines)
          g_array_append_val (pages->page_starts, next);
      }

  if (pages->page_starts->len >= 2)
    find_running_lines_by_page (pages);
  else
    find_running_lines_by_distance (pages);
}

/* A bare number at the bottom of a page is its number.  This comes after
 * the contents page, whose last page number may be the page's last line. */
static void
find_page_numbers (Pages *pages)
{
  for (guint page = 1; page < pages->page_starts->len; page++)
    {
      guint i = g_array_index (pages->page_starts, guint, page);

      while (i > 0 && (_syl_import_is_blank (pages->lines[i - 1]) || pages->skip[i - 1]))
        i--;
      if (i > 0 && _syl_import_is_bare_number (_syl_import_skip_spaces (pages->lines[i - 1])))
        _syl_import_pages_drop_line (pages, i - 1, SYL_IMPORT_LINE_FURNITURE);
    }
}

/* Hyphenation. */

/* Prefixes that English writes with a hyphen: “self-\nstudy” stays
 * “self-study”. */
static const char * const hyphen_prefixes[] = {
  "self", "well", "non", "cross", "co", "ex", "multi", "semi", "anti", "pre", "post", "long",
  "short", "high", "low", "full", "part", "half", "one", "two", "three", "real", "hands",
  "open", "end", "face", "first", "second", "third", "e", "x", "t", "up", "on", "off",
};

/* The next line that is read, past furniture and the blank lines around
 * a page break; or @n_lines. */
guint
_syl_import_pages_next_read_line (Pages *pages,
                                  guint  i)
{
  for (i++; i < pages->n_lines; i++)
    if (!pages->skip[i] && !_syl_import_is_blank (pages->lines[i]))
      return i;
  return pages->n_lines;
}

/* Adds to @words each hyphenated word of @line that no line end broke,
 * in lower case: “fine-tuning” for “Fine-tuning”. */
static void
collect_hyphenated (GHashTable *words,
                    const char *line)
{
  for (const char *p = strchr (line, '-'); p != NULL; p = strchr (p + 1, '-'))
    {
      const char *start = p, *end = p + 1;

      while (start > line && g_ascii_isalpha (start[-1]))
        start--;
      while (g_ascii_isalpha (*end))
        end++;
      if (start < p && end > p + 1)
        g_hash_table_add (words, g_ascii_strdown (start, end - start));
    }
}

/* Whether the hyphen of @piece, broken at a line's end before @rest,
 * belongs to the word: a prefix English keeps hyphenated (self-, well-,
 * non-, …), or a word the text writes with its hyphen elsewhere. */
static gboolean
keeps_hyphen (Pages      *pages,
              const char *piece,
              const char *rest)
{
  gsize n = 0;
  g_autofree char *word = NULL;

  for (guint k = 0; k < G_N_ELEMENTS (hyphen_prefixes); k++)
    if (strcmp (piece, hyphen_prefixes[k]) == 0)
      return TRUE;
  while (g_ascii_isalpha (rest[n]))
    n++;
  word = g_strdup_printf ("%s-%.*s", piece, (int) n, rest);
  return g_hash_table_contains (pages->hyphenated, word);
}

/* “infor-” / “mation”: a word a line end broke.  The rule: join when the
 * line ends in a letter and a hyphen, and the next line read starts with
 * a lowercase letter; the hyphen goes unless the word keeps it, as in
 * “self-” / “study”, or “fine-” / “tuning” where the text writes
 * “fine-tuning” elsewhere.  Only Latin letters: Chinese has no
 * hyphenation.  Returns whether line @i was joined to the next, which it
 * may be again. */
static gboolean
join_hyphen (Pages *pages,
             guint  i)
{
  const char *line = pages->lines[i];
  gsize length = strlen (line);
  const char *word;
  g_autofree char *piece = NULL;
  char *joined;
  guint next;
  gboolean prefix;

  while (length > 0 && g_ascii_isspace (line[length - 1]))
    length--;
  if (pages->skip[i] || length < 3 || length > MAX_JOINED_BYTES || line[length - 1] != '-' ||
      !g_ascii_isalpha (line[length - 2]))
    return FALSE;
  next = _syl_import_pages_next_read_line (pages, i);
  if (next == pages->n_lines || !g_ascii_islower (*_syl_import_skip_spaces (pages->lines[next])))
    return FALSE;

  word = line + length - 1;
  while (word > line && g_ascii_isalpha (word[-1]))
    word--;
  piece = g_ascii_strdown (word, line + length - 1 - word);
  prefix = keeps_hyphen (pages, piece, _syl_import_skip_spaces (pages->lines[next]));
  joined = g_strdup_printf ("%.*s%s", (int) (length - (prefix ? 0 : 1)), line,
                            _syl_import_skip_spaces (pages->lines[next]));
  g_ptr_array_add (pages->owned, joined);
  pages->lines[i] = joined;
  _syl_import_pages_drop_line (pages, next, SYL_IMPORT_LINE_CONTINUATION);
  return TRUE;
}

static void
join_hyphens (Pages *pages)
{
  pages->hyphenated = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  for (guint i = 0; i < pages->n_lines; i++)
    collect_hyphenated (pages->hyphenated, pages->lines[i]);
  for (guint i = 0; i < pages->n_lines; i++)
    while (join_hyphen (pages, i))
      ;
  g_clear_pointer (&pages->hyphenated, g_hash_table_unref);
}

/**
 * _syl_import_read_pages:
 * @lines: (inout): the lines of the text, which may be changed to point
 *   elsewhere: past form feeds, or to lines joined here
 * @skip: (out caller-allocates): set for each line the importer must not
 *   read, as if it were not there
 * @levels: (out) (transfer full) (optional): the levels of the entries of
 *   a contents page that the body repeats, by _syl_import_contents_key(),
 *   or %NULL when there is none
 *
 * Finds page furniture, the contents page and hyphenated words.
 *
 * Returns: (transfer full): the lines made here, to free after reading
 */
GPtrArray *
_syl_import_read_pages (SylImportResult  *result,
                        char            **lines,
                        guint             n_lines,
                        gboolean         *skip,
                        GHashTable      **levels)
{
  Pages pages = { result, lines, n_lines, skip };

  pages.page_starts = g_array_new (FALSE, FALSE, sizeof (guint));
  pages.owned = g_ptr_array_new_with_free_func (g_free);
  find_pages (&pages);
  find_furniture (&pages);
  _syl_import_pages_find_contents (&pages);
  find_page_numbers (&pages);
  join_hyphens (&pages);
  g_array_unref (pages.page_starts);
  if (levels != NULL)
    *levels = g_steal_pointer (&pages.levels);
  g_clear_pointer (&pages.levels, g_hash_table_unref);
  return pages.owned;
}
