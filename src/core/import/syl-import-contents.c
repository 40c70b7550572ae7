/* syl-import-contents.c: the contents page of text from a PDF
 *
 * A contents page lists the headings with their page numbers, with or
 * without leaders.  When the body repeats its entries, the page is left
 * out and lends the body its levels; otherwise it is the outline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-import-pages-private.h"

/* How many lines of a contents page may have no page number in a row, as
 * a part's title (“第一篇”) over the chapters. */
#define MAX_CONTENTS_GAP 1

/* The line is an entry with its page number (“1.1 背景 …… 3”), or the
 * entry of a contents page laid out as plain pdftotext does, its page
 * number alone on the next line read. */
static gboolean
is_entry (Pages *pages,
          guint  i,
          guint *number_line)
{
  g_autofree char *copy = g_strdup (pages->lines[i]);
  char *cut;
  guint next;

  *number_line = 0;
  if (_syl_import_is_bare_number (_syl_import_skip_spaces (pages->lines[i])))
    return FALSE;
  if (_syl_import_find_page_number (copy, &cut) > 0)
    return TRUE;
  next = _syl_import_pages_next_read_line (pages, i);
  if (next < pages->n_lines &&
      _syl_import_is_bare_number (_syl_import_skip_spaces (pages->lines[next])))
    {
      *number_line = next + 1;
      return TRUE;
    }
  return FALSE;
}

/* “Chapter 1Networks”: plain pdftotext runs a contents entry's number
 * into its title when the two are set in different fonts.  Puts a space
 * after the number when that makes it one, so that the entry's key is
 * its title's, as in the body. */
static void
unglue_number (char **line)
{
  const char *p = *line;
  g_autofree char *spaced = NULL;

  if (_syl_import_skip_number (p) != p)
    return;
  while (*p != '\0' && !(g_ascii_isdigit (*p) && *(p + 1) != '\0' && !g_ascii_isdigit (p[1]) &&
                         p[1] != '.' && !g_ascii_isspace (p[1])))
    p++;
  if (*p == '\0' || p - *line > 16 || !g_unichar_isalpha (g_utf8_get_char (p + 1)))
    return;
  spaced = g_strdup_printf ("%.*s %s", (int) (p + 1 - *line), *line, p + 1);
  if (_syl_import_skip_number (spaced) > spaced + (p + 1 - *line))
    {
      g_free (*line);
      *line = g_steal_pointer (&spaced);
    }
}

/**
 * _syl_import_contents_key:
 *
 * A key to find a contents entry's heading again in the body: the title
 * without its number, leaders, page number and spaces, in folded case.
 */
char *
_syl_import_contents_key (const char *line)
{
  g_autofree char *copy = _syl_import_strip (line, NULL);
  g_autoptr(GString) key = g_string_new (NULL);

  _syl_import_drop_page_number (copy);
  _syl_import_drop_leaders (copy);
  unglue_number (&copy);
  for (const char *p = _syl_import_skip_number (copy); *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)) && g_utf8_get_char (p) != 0x3000)
      g_string_append_unichar (key, g_utf8_get_char (p));
  return g_utf8_casefold (key->str, -1);
}

/* The run of entries from @start: its end, and in @entries the lines of
 * the entries and of their page numbers. */
static guint
read_contents (Pages  *pages,
               guint   start,
               GArray *entries,
               guint  *n_entries)
{
  guint gap = 0, end = start;
  guint i = start;

  *n_entries = 0;
  if (i < pages->n_lines && (pages->skip[i] || _syl_import_is_blank (pages->lines[i])))
    i = _syl_import_pages_next_read_line (pages, i);
  for (; i < pages->n_lines; i = _syl_import_pages_next_read_line (pages, i))
    {
      guint number_line;

      /* Plain pdftotext may put page numbers after several entries. */
      if (_syl_import_is_bare_number (_syl_import_skip_spaces (pages->lines[i])))
        g_array_append_val (entries, i);
      else if (is_entry (pages, i, &number_line))
        {
          g_array_append_val (entries, i);
          (*n_entries)++;
          if (number_line > 0)
            {
              number_line--;
              g_array_append_val (entries, number_line);
              i = number_line;
            }
          end = i + 1;
          gap = 0;
        }
      else if (++gap <= MAX_CONTENTS_GAP)
        g_array_append_val (entries, i);
      else
        break;
    }
  /* A part's title after the last entry is the body's. */
  while (entries->len > 0 && g_array_index (entries, guint, entries->len - 1) >= end)
    g_array_set_size (entries, entries->len - 1);
  return end;
}

/* Whether most entries come back as headings after the contents page. */
static gboolean
body_repeats (Pages  *pages,
              GArray *entries,
              guint   end)
{
  g_autoptr(GHashTable) later = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  guint found = 0, n = 0;

  for (guint i = end; i < pages->n_lines; i++)
    if (!pages->skip[i] && !_syl_import_is_blank (pages->lines[i]))
      g_hash_table_add (later, _syl_import_contents_key (pages->lines[i]));
  for (guint k = 0; k < entries->len; k++)
    {
      const char *line = pages->lines[g_array_index (entries, guint, k)];
      g_autofree char *key = NULL;

      if (_syl_import_is_bare_number (_syl_import_skip_spaces (line)))
        continue;
      key = _syl_import_contents_key (line);
      n++;
      found += g_hash_table_contains (later, key);
    }
  return n > 0 && found * 2 >= n;
}

/* Where the contents page starts: after a “Contents” or “目录” line, or
 * at a run of three entries that end in page numbers with leaders. */
static gboolean
find_contents_start (Pages *pages,
                     guint *label,
                     guint *start)
{
  for (guint i = 0; i < pages->n_lines; i++)
    {
      g_autofree char *text = NULL;
      char *cut;
      guint strong = 0;

      if (pages->skip[i] || _syl_import_is_blank (pages->lines[i]))
        continue;
      text = _syl_import_strip (pages->lines[i], NULL);
      if (_syl_import_heading_label (text) == SYL_IMPORT_LABEL_CONTENTS)
        {
          *label = i + 1;
          *start = i + 1;
          return TRUE;
        }
      for (guint j = i, k = 0; k < 3 && j < pages->n_lines;
           k++, j = _syl_import_pages_next_read_line (pages, j))
        {
          g_autofree char *copy = g_strdup (pages->lines[j]);

          strong += _syl_import_find_page_number (copy, &cut) == 2;
        }
      if (strong == 3)
        {
          *label = 0;
          *start = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* The levels of a contents page's entries, by their indentation: the
 * least indented are chapters.  The body's headings may have no numbers,
 * and then these levels are all that tells a chapter from a section. */
static GHashTable *
entry_levels (Pages  *pages,
              GArray *entries)
{
  g_autoptr(GArray) indents = g_array_new (FALSE, FALSE, sizeof (guint));
  GHashTable *levels = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  for (int pass = 0; pass < 2; pass++)
    for (guint k = 0; k < entries->len; k++)
      {
        guint i = g_array_index (entries, guint, k);
        const char *p = pages->lines[i];
        guint indent = _syl_import_measure_indent (&p);
        guint rank = 0;
        guint number_line;

        /* A part's title without a page number may be a running title. */
        if (!is_entry (pages, i, &number_line))
          continue;
        while (rank < indents->len && g_array_index (indents, guint, rank) < indent)
          rank++;
        if (pass == 0 && (rank == indents->len || g_array_index (indents, guint, rank) != indent))
          g_array_insert_val (indents, rank, indent);
        else if (pass == 1)
          {
            char *key = _syl_import_contents_key (p);

            /* The first entry of a title keeps it, as the body's first does. */
            if (g_hash_table_contains (levels, key))
              g_free (key);
            else
              g_hash_table_insert (levels, key,
                                   GUINT_TO_POINTER (MIN (rank + 1, SYL_MAX_OUTLINE_DEPTH)));
          }
      }
  g_hash_table_remove (levels, "");
  return levels;
}

/* The contents page: left out when the body repeats its headings (the
 * body has the notes, and nothing is imported twice); otherwise it is the
 * outline, without its page numbers. */
void
_syl_import_pages_find_contents (Pages *pages)
{
  g_autoptr(GArray) entries = g_array_new (FALSE, FALSE, sizeof (guint));
  guint label, start, end, n_entries;

  if (!find_contents_start (pages, &label, &start))
    return;
  end = read_contents (pages, start, entries, &n_entries);
  if (n_entries < 2)
    return;
  if (label > 0)
    _syl_import_pages_drop_line (pages, label - 1, SYL_IMPORT_LINE_CONTENTS);
  if (body_repeats (pages, entries, end))
    {
      pages->levels = entry_levels (pages, entries);
      for (guint k = 0; k < entries->len; k++)
        _syl_import_pages_drop_line (pages, g_array_index (entries, guint, k),
                                     SYL_IMPORT_LINE_CONTENTS);
      return;
    }
  for (guint k = 0; k < entries->len; k++)
    {
      guint i = g_array_index (entries, guint, k);

      if (_syl_import_is_bare_number (_syl_import_skip_spaces (pages->lines[i])))
        _syl_import_pages_drop_line (pages, i, SYL_IMPORT_LINE_CONTENTS);
      else
        _syl_import_drop_page_number (pages->lines[i]);
    }
}
