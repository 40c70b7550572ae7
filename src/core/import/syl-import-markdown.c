/* syl-import-markdown.c: outlines from Markdown
 *
 * Headings (ATX “## Title” and Setext, underlined) are the outline, with
 * skipped levels made contiguous.  What is under a heading becomes its
 * notes, as Markdown, unless it is only a list: then the list is the
 * outline below the heading, nested as it is indented.  A document
 * without headings is its lists.  Nothing inside a code block is read as
 * a heading or an item.  A single top-level heading over the rest is the
 * course's title, as is the “title” of YAML front matter.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "syl-import-private.h"

typedef struct
{
  const char *text;
  guint       number;
  gboolean    code;
} Line;

typedef struct
{
  Line       heading;   /* number 0 for the text before the first heading */
  char      *title;
  guint      level;
  GArray    *body;      /* Line */
} Section;

typedef struct
{
  guint    indent;
  guint    depth;       /* within its list, from 1 */
  guint    line;
  GString *title;
  GString *notes;
} Item;

typedef struct
{
  SylImportResult *result;
  SylImportTree    tree;
  GArray          *sections;
  GRegex          *inline_patterns[7];
  gboolean         have_title;
} Reader;

static void
section_clear (Section *section)
{
  g_free (section->title);
  g_array_unref (section->body);
}

static void
item_clear (Item *item)
{
  g_string_free (item->title, TRUE);
  g_string_free (item->notes, TRUE);
}

/* Inline Markdown in a title: links and images by their text, code,
 * emphasis and HTML tags without their marks, escapes undone. */
static const char * const inline_sources[][2] = {
  { "!\\[([^\\]]*)\\]\\([^)]*\\)", "\\1" },
  { "\\[([^\\]]*)\\]\\([^)]*\\)", "\\1" },
  { "\\[([^\\]]*)\\]\\[[^\\]]*\\]", "\\1" },
  { "`([^`]*)`", "\\1" },
  { "(\\*\\*|__)(.+?)\\1", "\\2" },
  { "(?<![\\w*])\\*(?=\\S)(.+?)(?<=\\S)\\*(?![\\w*])"
    "|(?<!\\w)_(?=\\S)(.+?)(?<=\\S)_(?!\\w)", "\\1\\2" },
  { "<[^>\\s][^>]*>", "" },
};

/* Escaped marks ("\\*") must not take part in emphasis or tags: they are
 * set aside as characters of the private use area first, and put back as
 * the marks themselves at the end. */
#define ESCAPABLE "\\`*_{}[]()#+-.!|<>"
#define SET_ASIDE 0xE000

static char *
set_escapes_aside (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (p[0] == '\\' && p[1] != '\0' && strchr (ESCAPABLE, p[1]) != NULL)
        g_string_append_unichar (out, SET_ASIDE + (guchar) *++p);
      else
        g_string_append_c (out, *p);
    }
  return g_string_free (out, FALSE);
}

static char *
put_escapes_back (const char *text)
{
  GString *out = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= SET_ASIDE && c < SET_ASIDE + 128)
        g_string_append_c (out, (char) (c - SET_ASIDE));
      else
        g_string_append_len (out, p, g_utf8_next_char (p) - p);
    }
  return g_string_free (out, FALSE);
}

static char *
strip_inline (Reader     *reader,
              const char *text)
{
  g_autofree char *result = set_escapes_aside (text);

  for (guint i = 0; i < G_N_ELEMENTS (inline_sources); i++)
    {
      char *next = g_regex_replace (reader->inline_patterns[i], result, -1, 0,
                                    inline_sources[i][1], 0, NULL);

      if (next != NULL)
        {
          g_free (result);
          result = next;
        }
    }
  return put_escapes_back (result);
}

/* Lines. */

static guint
leading_spaces (const char *text)
{
  const char *p = text;

  return _syl_import_measure_indent (&p);
}

/* “```” or “~~~”, at most three spaces in: the fence character and its
 * length, or 0. */
static guint
fence_length (const char *text,
              char       *fence)
{
  guint spaces = 0, n = 0;

  while (text[spaces] == ' ' && spaces < 4)
    spaces++;
  if (spaces > 3 || (text[spaces] != '`' && text[spaces] != '~'))
    return 0;
  *fence = text[spaces];
  while (text[spaces + n] == *fence)
    n++;
  return n >= 3 ? n : 0;
}

/* “## Title ##”: the level, and the title in @title. */
static guint
atx_level (const char  *text,
           char       **title)
{
  guint spaces = 0, level = 0;
  const char *start;
  const char *end;

  while (text[spaces] == ' ')
    spaces++;
  if (spaces > 3)
    return 0;
  while (text[spaces + level] == '#')
    level++;
  start = text + spaces + level;
  if (level == 0 || level > 6 || (*start != '\0' && *start != ' ' && *start != '\t'))
    return 0;

  end = start + strlen (start);
  while (end > start && (end[-1] == ' ' || end[-1] == '\t'))
    end--;
  /* A closing sequence of “#” needs a space before it. */
  {
    const char *hashes = end;

    while (hashes > start && hashes[-1] == '#')
      hashes--;
    if (hashes == start || hashes[-1] == ' ' || hashes[-1] == '\t')
      end = hashes;
  }
  *title = _syl_import_strip (start, end);
  return level;
}

/* “===” or “---” under a paragraph: 1 or 2. */
static guint
setext_level (const char *text)
{
  const char *p = text;
  char mark;

  while (*p == ' ' && p - text < 3)
    p++;
  mark = *p;
  if (mark != '=' && mark != '-')
    return 0;
  while (*p == mark)
    p++;
  while (*p == ' ' || *p == '\t')
    p++;
  return *p == '\0' ? (mark == '=' ? 1 : 2) : 0;
}

/* “- ”, “* ”, “+ ”, “1. ”, “1) ”: where the item's text starts, or NULL. */
static const char *
list_marker (const char *text)
{
  const char *p = _syl_import_skip_spaces (text);
  const char *q = p;

  if (*p == '-' || *p == '*' || *p == '+')
    q = p + 1;
  else
    {
      while (g_ascii_isdigit (*q) && q - p < 9)
        q++;
      if (q == p || (*q != '.' && *q != ')'))
        return NULL;
      q++;
    }
  if (*q != '\0' && *q != ' ' && *q != '\t')
    return NULL;
  return _syl_import_skip_spaces (q);
}

static Section *
add_section (Reader     *reader,
             const Line *heading,
             char       *title,
             guint       level)
{
  Section section = { { NULL }, title, level, g_array_new (FALSE, FALSE, sizeof (Line)) };

  if (heading != NULL)
    section.heading = *heading;
  g_array_append_val (reader->sections, section);
  return &g_array_index (reader->sections, Section, reader->sections->len - 1);
}

/* The paragraph a Setext underline makes a heading of: its lines, taken
 * from the end of @body.  NULL when the line above is no paragraph. */
static char *
take_paragraph (GArray *body,
                Line   *first)
{
  guint start = body->len;
  g_autoptr(GString) text = g_string_new (NULL);

  while (start > 0)
    {
      Line *line = &g_array_index (body, Line, start - 1);

      if (line->code || _syl_import_is_blank (line->text) || list_marker (line->text) != NULL ||
          leading_spaces (line->text) > 3)
        break;
      start--;
    }
  if (start == body->len)
    return NULL;
  *first = g_array_index (body, Line, start);
  for (guint i = start; i < body->len; i++)
    {
      g_autofree char *piece = _syl_import_strip (g_array_index (body, Line, i).text, NULL);

      _syl_import_join (text, piece);
    }
  g_array_set_size (body, start);
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Cuts the lines into sections at the headings. */
static void
read_sections (Reader  *reader,
               char   **lines,
               guint    first,
               guint    n_lines)
{
  Section *section = add_section (reader, NULL, NULL, 0);
  guint open_fence = 0;
  char fence = 0;

  for (guint i = first; i < n_lines; i++)
    {
      Line line = { lines[i], i + 1, open_fence > 0 };
      char mark = 0;
      guint length = fence_length (lines[i], &mark);
      char *title = NULL;
      guint level;

      if (open_fence > 0)
        {
          /* A closing fence is the fence again, and nothing else. */
          if (length >= open_fence && mark == fence &&
              _syl_import_is_blank (lines[i] + strspn (lines[i], " `~")))
            open_fence = 0;
        }
      else if (length > 0)
        {
          open_fence = length;
          fence = mark;
          line.code = TRUE;
        }
      else if ((level = atx_level (lines[i], &title)) > 0)
        {
          section = add_section (reader, &line, title, level);
          continue;
        }
      else if ((level = setext_level (lines[i])) > 0 &&
               (title = take_paragraph (section->body, &line)) != NULL)
        {
          section = add_section (reader, &line, title, level);
          continue;
        }
      g_array_append_val (section->body, line);
    }
}

/* Front matter. */

static char *
yaml_value (const char *text)
{
  g_autofree char *value = _syl_import_strip (text, NULL);
  gsize length = strlen (value);

  if (length >= 2 && (value[0] == '"' || value[0] == '\'') && value[length - 1] == value[0])
    return g_strndup (value + 1, length - 2);
  return g_steal_pointer (&value);
}

static void
front_matter_entry (Reader     *reader,
                    const char *key,
                    const char *value)
{
  g_autofree char *text = yaml_value (value);

  if (*text == '\0')
    return;
  if (strcmp (key, "title") == 0)
    {
      _syl_import_result_set_title (reader->result, text);
      reader->have_title = TRUE;
    }
  else if (strcmp (key, "subtitle") == 0)
    _syl_import_result_set_subtitle (reader->result, text);
  else if (strcmp (key, "description") == 0)
    _syl_import_result_add_description (reader->result, text);
  else if (strcmp (key, "author") == 0 || strcmp (key, "authors") == 0)
    _syl_import_result_add_author (reader->result, text, "");
  else if (strcmp (key, "lang") == 0 || strcmp (key, "language") == 0)
    _syl_import_result_set_language (reader->result, text);
}

/* YAML front matter between “---” lines: the simple “key: value” and
 * “authors:” with “- name” below.  Returns the first line after it. */
static guint
read_front_matter (Reader  *reader,
                   char   **lines,
                   guint    n_lines)
{
  g_autofree char *list_key = NULL;
  guint end = 1;

  if (n_lines < 2 || strcmp (lines[0], "---") != 0)
    return 0;
  while (end < n_lines && strcmp (lines[end], "---") != 0 && strcmp (lines[end], "...") != 0)
    end++;
  if (end == n_lines)
    return 0;

  for (guint i = 1; i < end; i++)
    {
      const char *line = lines[i];
      const char *colon = strchr (line, ':');
      const char *item = _syl_import_skip_spaces (line);

      if (list_key != NULL && item[0] == '-' && (item[1] == ' ' || item[1] == '\0'))
        front_matter_entry (reader, list_key, item + 1);
      else if (colon != NULL && !g_ascii_isspace (line[0]))
        {
          g_autofree char *key = g_ascii_strdown (line, colon - line);

          g_free (list_key);
          list_key = g_strdup (key);
          front_matter_entry (reader, key, colon + 1);
        }
    }
  return end + 1;
}

/* Lists. */

/* @text without up to @columns columns of indentation. */
static const char *
dedent (const char *text,
        guint       columns)
{
  guint indent = 0;

  while (indent < columns && (*text == ' ' || *text == '\t'))
    {
      indent += *text == '\t' ? 4 : 1;
      text++;
    }
  return text;
}

/* A new item, nested by its indentation among the items before it. */
static Item *
add_item (GArray     *items,
          GArray     *indents,
          const Line *line,
          const char *text)
{
  guint indent = leading_spaces (line->text);
  Item item = { indent, 0, line->number, g_string_new (NULL), g_string_new (NULL) };

  while (indents->len > 0 && g_array_index (indents, guint, indents->len - 1) > indent)
    g_array_set_size (indents, indents->len - 1);
  if (indents->len == 0 || g_array_index (indents, guint, indents->len - 1) < indent)
    g_array_append_val (indents, indent);
  item.depth = indents->len;
  _syl_import_join (item.title, text);
  g_array_append_val (items, item);
  return &g_array_index (items, Item, items->len - 1);
}

static void
append_line (GString    *text,
             const char *line,
             gboolean    blank_before)
{
  if (text->len > 0)
    g_string_append (text, blank_before ? "\n\n" : "\n");
  g_string_append (text, line);
}

/* Reads @body as list items.  Lines outside any item go to @stray; with
 * @stray NULL, such a line means the body is not a list, and FALSE. */
static gboolean
collect_items (GArray  *body,
               GArray  *items,
               GString *stray)
{
  g_autoptr(GArray) indents = g_array_new (FALSE, FALSE, sizeof (guint));
  Item *item = NULL;
  gboolean blank = FALSE;

  for (guint i = 0; i < body->len; i++)
    {
      Line *line = &g_array_index (body, Line, i);
      const char *text = list_marker (line->text);
      guint indent = leading_spaces (line->text);

      if (_syl_import_is_blank (line->text) && !line->code)
        {
          blank = TRUE;
          continue;
        }
      /* Four spaces in, after a blank line and outside a list: code. */
      if (text != NULL && !line->code && !(item == NULL && blank && indent >= 4))
        item = add_item (items, indents, line, text);
      else if (item != NULL && !blank && !line->code && item->notes->len == 0)
        {
          g_autofree char *piece = _syl_import_strip (line->text, NULL);

          /* A lazy continuation of the item's own line. */
          _syl_import_join (item->title, piece);
        }
      else if (item != NULL && (indent > item->indent || line->code))
        append_line (item->notes, dedent (line->text, item->indent + 2), blank);
      else if (stray == NULL)
        return FALSE;
      else
        {
          append_line (stray, line->text, blank);
          item = NULL;
        }
      blank = FALSE;
    }
  return TRUE;
}

static SylNode *
new_node (Reader     *reader,
          const char *raw,
          const char *notes)
{
  g_autofree char *clean = strip_inline (reader, raw);
  g_autofree char *title = NULL;
  SylNodeKind kind = SYL_NODE_KIND_SECTION;
  gboolean optional = FALSE;
  SylNode *node;

  title = _syl_import_take_markers (_syl_import_skip_number (clean), &kind, &optional);
  node = syl_node_new (kind, title);
  g_object_set (node, "notes", notes, "optional", optional, NULL);
  return node;
}

static void
place_items (Reader *reader,
             GArray *items,
             guint   base_depth)
{
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);
      g_autoptr(SylNode) node = new_node (reader, item->title->str, item->notes->str);

      _syl_import_tree_add (&reader->tree, node, base_depth + item->depth - 1, G_MAXUINT, FALSE);
    }
}

/* Notes: the body as it is, without blank lines at either end. */
static char *
body_text (GArray *body)
{
  GString *text = g_string_new (NULL);
  guint start = 0, end = body->len;

  while (start < end && _syl_import_is_blank (g_array_index (body, Line, start).text))
    start++;
  while (end > start && _syl_import_is_blank (g_array_index (body, Line, end - 1).text))
    end--;
  for (guint i = start; i < end; i++)
    {
      if (i > start)
        g_string_append_c (text, '\n');
      g_string_append (text, g_array_index (body, Line, i).text);
    }
  return g_string_free (text, FALSE);
}

/* Headings. */

static void
place_heading (Reader  *reader,
               Section *section)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(SylNode) node = NULL;
  g_autofree char *notes = NULL;
  gboolean list = collect_items (section->body, items, NULL) && items->len > 0;
  SylImportOpen *top;
  guint depth;

  g_array_set_clear_func (items, (GDestroyNotify) item_clear);
  while ((top = _syl_import_tree_top (&reader->tree)) != NULL && top->key >= section->level)
    _syl_import_tree_pop (&reader->tree);
  if (top != NULL && section->level > top->key + 1)
    /* Translators: both are Markdown heading levels, such as 1 and 3. */
    _syl_import_result_warn (reader->result, section->heading.number,
                             _("the heading levels skip from %u to %u; it was placed one level "
                               "below the heading before it"),
                             top->key, section->level);

  notes = list ? g_strdup ("") : body_text (section->body);
  node = new_node (reader, section->title, notes);
  depth = _syl_import_tree_add (&reader->tree, node, reader->tree.open->len + 1,
                                section->level, TRUE);
  if (list)
    place_items (reader, items, depth + 1);
}

/* The paragraphs before the outline: bylines give authors, the rest is
 * the description. */
static void
read_preamble (Reader *reader,
               GArray *body)
{
  g_autofree char *text = body_text (body);
  g_auto(GStrv) paragraphs = g_regex_split_simple ("\\n\\s*\\n", text, 0, 0);

  for (guint i = 0; paragraphs[i] != NULL; i++)
    {
      g_autofree char *plain = strip_inline (reader, paragraphs[i]);
      g_autofree char *stripped = _syl_import_strip (plain, NULL);
      g_autoptr(GPtrArray) names = NULL;

      if (*stripped == '\0')
        continue;
      if ((names = _syl_import_parse_byline (stripped)) != NULL)
        {
          for (guint j = 0; j < names->len; j++)
            _syl_import_result_add_author (reader->result, g_ptr_array_index (names, j), "");
        }
      else
        _syl_import_result_add_description (reader->result, paragraphs[i]);
    }
}

/* A lone top-level heading over all the others is the course's title. */
static gboolean
first_is_title (Reader *reader)
{
  Section *sections = (Section *) reader->sections->data;
  guint n = reader->sections->len;
  guint min = G_MAXUINT;
  guint at_min = 0;

  if (reader->have_title || n < 3)
    return FALSE;
  for (guint i = 1; i < n; i++)
    min = MIN (min, sections[i].level);
  for (guint i = 1; i < n; i++)
    at_min += sections[i].level == min;
  return at_min == 1 && sections[1].level == min;
}

static void
read_without_headings (Reader     *reader,
                       GArray     *body,
                       const char *text)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(GString) stray = g_string_new (NULL);

  g_array_set_clear_func (items, (GDestroyNotify) item_clear);
  collect_items (body, items, stray);
  if (items->len == 0)
    {
      /* No headings and no lists: plain text after all. */
      _syl_import_text (reader->result, text, SYL_IMPORT_TEXT_DEFAULT);
      return;
    }
  _syl_import_result_add_description (reader->result, stray->str);
  place_items (reader, items, 1);
}

/**
 * _syl_import_markdown:
 *
 * Reads a Markdown outline into @result.
 */
void
_syl_import_markdown (SylImportResult *result,
                      const char      *text)
{
  Reader reader = { result };
  g_autofree char *copy = g_strdup (text);
  g_autofree char **lines = NULL;
  guint n_lines, first = 1;

  for (guint i = 0; i < G_N_ELEMENTS (inline_sources); i++)
    reader.inline_patterns[i] = g_regex_new (inline_sources[i][0], 0, 0, NULL);
  reader.sections = g_array_new (FALSE, FALSE, sizeof (Section));
  g_array_set_clear_func (reader.sections, (GDestroyNotify) section_clear);
  _syl_import_tree_init (&reader.tree, result);

  lines = _syl_import_split_lines (copy, &n_lines);
  read_sections (&reader, lines, read_front_matter (&reader, lines, n_lines), n_lines);

  if (reader.sections->len == 1)
    read_without_headings (&reader, g_array_index (reader.sections, Section, 0).body, text);
  else
    {
      read_preamble (&reader, g_array_index (reader.sections, Section, 0).body);
      if (first_is_title (&reader))
        {
          Section *title = &g_array_index (reader.sections, Section, 1);
          g_autofree char *plain = strip_inline (&reader, title->title);

          _syl_import_result_set_title (result, plain);
          read_preamble (&reader, title->body);
          first = 2;
        }
      for (guint i = first; i < reader.sections->len &&
           _syl_import_result_go_on (result, 0.5 + 0.5 * i / reader.sections->len); i++)
        place_heading (&reader, &g_array_index (reader.sections, Section, i));
    }

  _syl_import_tree_clear (&reader.tree);
  g_array_unref (reader.sections);
  for (guint i = 0; i < G_N_ELEMENTS (inline_sources); i++)
    g_regex_unref (reader.inline_patterns[i]);
}
