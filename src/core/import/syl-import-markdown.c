/* syl-import-markdown.c: outlines from Markdown
 *
 * Headings (ATX “## Title” and Setext, underlined) are the outline, with
 * a skipped level nested one below the heading before.  What is under a
 * heading becomes its notes, as Markdown, unless it is only a list: then,
 * where headings of one level make the outline, the list is the outline
 * below the heading, nested as it is indented; where headings of two
 * levels or more do, the list is the heading's notes (the caller may
 * choose otherwise, SylImportLists).  Lists under “Objectives”, “学习目标”
 * or “Key points” go to the node above as its objectives or notes, and
 * a contents page is read once.  A document without headings is its
 * lists.  Nothing inside a code block is read as a heading or an item.
 * A single top-level heading over the rest is the course's title, as is
 * the “title” of YAML front matter.  syl-import-markdown-blocks.c cuts
 * the lines into sections.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "syl-import-markdown-private.h"

typedef SylMarkdownLine Line;
typedef SylMarkdownSection Section;
typedef SylMarkdownItem Item;
typedef SylMarkdownReader Reader;

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
  gboolean code = FALSE;

  for (const char *p = text; *p != '\0'; p++)
    {
      /* In a code span every mark is a character: "`Box<T>`" keeps <T>. */
      if (*p == '`' && (code || strchr (p + 1, '`') != NULL))
        {
          code = !code;
          g_string_append_c (out, *p);
        }
      else if (code && strchr (ESCAPABLE, *p) != NULL)
        g_string_append_unichar (out, SET_ASIDE + (guchar) *p);
      else if (p[0] == '\\' && p[1] != '\0' && strchr (ESCAPABLE, p[1]) != NULL)
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
  guint indent = _syl_import_markdown_leading_spaces (line->text);
  Item item = { indent, 0, line->number, line->number, g_string_new (NULL), g_string_new (NULL),
                g_ascii_isdigit (*_syl_import_skip_spaces (line->text)) };

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

/* “1. The history of” – blank line – “computing”: a title that a blank
 * line broke, as pasting from a PDF or Word does, rather than a second
 * paragraph, which starts a sentence of its own or is one. */
static gboolean
wraps_across_blank (const char *title,
                    const char *line)
{
  g_autofree char *next = _syl_import_strip (line, NULL);
  gsize length = strlen (title);
  gsize next_length = strlen (next);

  if (length == 0 || next_length == 0 || !g_ascii_islower (*next) ||
      _syl_import_markdown_list_marker (line) != NULL)
    return FALSE;
  return strchr (".!?:;", title[length - 1]) == NULL &&
         strchr (".!?:;", next[next_length - 1]) == NULL &&
         g_utf8_strlen (next, -1) <= 60;
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
      const char *text = _syl_import_markdown_list_marker (line->text);
      guint indent = _syl_import_markdown_leading_spaces (line->text);

      if (_syl_import_is_blank (line->text) && !line->code)
        {
          blank = TRUE;
          continue;
        }
      /* Four spaces in, after a blank line and outside a list: code. */
      if (text != NULL && !line->code && !(item == NULL && blank && indent >= 4))
        item = add_item (items, indents, line, text);
      else if (item != NULL && !line->code && item->notes->len == 0 &&
               (!blank || wraps_across_blank (item->title->str, line->text)))
        {
          g_autofree char *piece = _syl_import_strip (line->text, NULL);

          /* A lazy continuation of the item's own line. */
          _syl_import_join (item->title, piece);
          item->title_end = line->number;
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

  /* “\1. Title”: the escape that kept a number from starting a list. */
  title = _syl_import_take_markers (_syl_import_skip_number (clean + (clean[0] == '\\' &&
                                                                      g_ascii_isdigit (clean[1]))),
                                    &kind, &optional);
  node = syl_node_new (kind, title);
  g_object_set (node, "notes", notes, "optional", optional, NULL);
  return node;
}

/* The report: every line of @body that is not blank as @role. */
static void
mark_body (Reader            *reader,
           GArray            *body,
           SylImportLineRole  role,
           guint              depth)
{
  for (guint i = 0; i < body->len; i++)
    {
      Line *line = &g_array_index (body, Line, i);

      if (!_syl_import_is_blank (line->text))
        _syl_import_result_mark_line (reader->result, line->number, role, depth);
    }
}

/* The report: an item's first line starts a node, the rest of its title
 * continues it, and the lines up to the next item are its notes. */
static void
mark_item (Reader *reader,
           Item   *item,
           guint   end,
           guint   depth)
{
  _syl_import_result_mark_line (reader->result, item->line, SYL_IMPORT_LINE_NODE, depth);
  for (guint line = item->line + 1; line < end; line++)
    if (_syl_import_result_get_mark (reader->result, line) != SYL_IMPORT_LINE_BLANK)
      _syl_import_result_mark_line (reader->result, line,
                                    line <= item->title_end ? SYL_IMPORT_LINE_CONTINUATION
                                                            : SYL_IMPORT_LINE_NOTES,
                                    depth);
}

/* @end: the line after the last of the list. */
static void
place_items (Reader *reader,
             GArray *items,
             guint   base_depth,
             guint   end)
{
  _syl_import_markdown_nest_by_numbers (items);
  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);
      g_autoptr(SylNode) node = NULL;
      guint depth;

      _syl_import_markdown_move_trailing_link (item);
      node = new_node (reader, item->title->str, item->notes->str);

      depth = _syl_import_tree_add (&reader->tree, node, base_depth + item->depth - 1, G_MAXUINT,
                                    FALSE);
      mark_item (reader, item, i + 1 < items->len ? g_array_index (items, Item, i + 1).line : end,
                 depth);
    }
}

/* The line after the last of @body, or @fallback when it has none. */
static guint
body_end (GArray *body,
          guint   fallback)
{
  return body->len > 0 ? g_array_index (body, Line, body->len - 1).number + 1 : fallback;
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

/* The heading's text as _syl_import_heading_label() wants it. */
static SylImportLabel
section_label (Reader  *reader,
               Section *section)
{
  g_autofree char *plain = strip_inline (reader, section->title);

  return _syl_import_heading_label (_syl_import_skip_number (plain));
}

/* “### Objectives” or “### Key points” under a node: what is below goes
 * to that node, as its objectives (one per item, or per line) or as a
 * paragraph of its notes under the heading in bold. */
static void
attach_label (Reader         *reader,
              Section        *section,
              SylImportLabel  label,
              SylImportOpen  *owner)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(GString) stray = g_string_new (NULL);
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
  g_auto(GStrv) objectives = NULL;
  g_autofree char *body = body_text (section->body);
  g_autofree char *heading = strip_inline (reader, section->title);

  g_array_set_clear_func (items, (GDestroyNotify) item_clear);
  _syl_import_result_mark_line (reader->result, section->heading.number, SYL_IMPORT_LINE_LABEL,
                                owner->depth);
  if (label == SYL_IMPORT_LABEL_NOTES)
    {
      GString *notes = g_string_new (syl_node_get_notes (owner->node));

      if (notes->len > 0)
        g_string_append (notes, "\n\n");
      g_string_append_printf (notes, "**%s**\n\n%s", heading, body);
      g_object_set (owner->node, "notes", notes->str, NULL);
      g_string_free (notes, TRUE);
      mark_body (reader, section->body, SYL_IMPORT_LINE_NOTES, owner->depth);
      return;
    }

  g_strv_builder_addv (builder, (const char **) syl_node_get_objectives (owner->node));
  collect_items (section->body, items, stray);
  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *plain = strip_inline (reader, g_array_index (items, Item, i).title->str);

      g_strv_builder_add (builder, plain);
    }
  if (items->len == 0)
    {
      g_auto(GStrv) lines = g_strsplit (body, "\n", -1);

      for (guint i = 0; lines[i] != NULL; i++)
        {
          g_autofree char *plain = strip_inline (reader, lines[i]);
          g_autofree char *stripped = _syl_import_strip (plain, NULL);

          if (*stripped != '\0')
            g_strv_builder_add (builder, stripped);
        }
    }
  objectives = g_strv_builder_end (builder);
  g_object_set (owner->node, "objectives", objectives, NULL);
  mark_body (reader, section->body, SYL_IMPORT_LINE_OBJECTIVES, owner->depth);
}

/* What the list of a section's body is: its items' titles, whether all
 * are numbered, and whether a paragraph leads into it. */
static SylImportListRole
judge_items (Section *section,
             GArray  *items)
{
  g_autoptr(GPtrArray) titles = g_ptr_array_new ();
  guint first_line = g_array_index (items, Item, 0).line;
  gboolean led_into = _syl_import_markdown_line_before (section->body, first_line) != NULL;
  gboolean ordered = TRUE;

  for (guint i = 0; i < items->len; i++)
    {
      Item *item = &g_array_index (items, Item, i);

      g_ptr_array_add (titles, item->title->str);
      ordered &= item->ordered;
    }
  return _syl_import_judge_list ((const char * const *) titles->pdata, titles->len, ordered,
                                 led_into, _syl_import_is_numbered_heading (section->title));
}

static void
place_heading (Reader  *reader,
               Section *section)
{
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(SylNode) node = NULL;
  g_autofree char *notes = NULL;
  /* Paragraphs beside the list ("理论 48 学时…" before the weeks) are
   * the heading's notes. */
  g_autoptr(GString) stray = g_string_new (NULL);
  gboolean list = collect_items (section->body, items, stray) && items->len > 0;
  SylImportLabel label = section_label (reader, section);
  SylImportOpen *top;
  guint depth;

  g_array_set_clear_func (items, (GDestroyNotify) item_clear);
  while ((top = _syl_import_tree_top (&reader->tree)) != NULL && top->key >= section->level)
    _syl_import_tree_pop (&reader->tree);
  if (top != NULL && (label == SYL_IMPORT_LABEL_OBJECTIVES || label == SYL_IMPORT_LABEL_NOTES))
    {
      attach_label (reader, section, label, top);
      return;
    }
  /* Unless someone chose, each list on its own, as
   * _syl_import_judge_list() says. */
  if (list && reader->lists_auto)
    {
      switch (judge_items (section, items))
        {
        case SYL_IMPORT_LIST_ENTRIES:
          _syl_import_markdown_title_by_first_phrase (items);
          break;
        case SYL_IMPORT_LIST_NOTES:
          list = FALSE;
          break;
        case SYL_IMPORT_LIST_NODES:
        default:
          break;
        }
    }
  else if (!reader->lists_auto)
    list = list && !reader->lists_are_notes;
  if (top != NULL && section->level > top->key + 1)
    /* Translators: both are Markdown heading levels, such as 1 and 3. */
    _syl_import_result_warn (reader->result, section->heading.number,
                             _("the heading levels skip from %u to %u; it was placed one level "
                               "below the heading before it"),
                             top->key, section->level);

  notes = list ? g_strdup (stray->str) : body_text (section->body);
  node = new_node (reader, section->title, notes);
  depth = _syl_import_tree_add (&reader->tree, node, reader->tree.open->len + 1,
                                section->level, TRUE);
  _syl_import_result_mark_line (reader->result, section->heading.number, SYL_IMPORT_LINE_NODE,
                                depth);
  if (list)
    place_items (reader, items, depth + 1, body_end (section->body, 0));
  else
    mark_body (reader, section->body, SYL_IMPORT_LINE_NOTES, depth);
}

/* The paragraphs before the outline: bylines give authors, the rest is
 * the description. */
static void
read_preamble (Reader *reader,
               GArray *body)
{
  g_autofree char *text = body_text (body);
  g_auto(GStrv) paragraphs = g_regex_split_simple ("\\n\\s*\\n", text, 0, 0);

  mark_body (reader, body, SYL_IMPORT_LINE_TITLE_BLOCK, 0);
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

/* A lone top-level heading over all the others is the course's title.
 * A heading over a contents page or the course's structure ("目录",
 * "课程结构") is no rival to it: it is dropped, and its list lifted. */
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
    if (section_label (reader, &sections[i]) != SYL_IMPORT_LABEL_CONTENTS)
      min = MIN (min, sections[i].level);
  for (guint i = 1; i < n; i++)
    at_min += sections[i].level == min &&
              section_label (reader, &sections[i]) != SYL_IMPORT_LABEL_CONTENTS;
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
  mark_body (reader, body, SYL_IMPORT_LINE_TITLE_BLOCK, 0);
  place_items (reader, items, 1, body_end (body, 0));
}

/* Whether lists under headings are the nodes below them or their notes,
 * where the headings alone make an outline of two levels or more:
 * - items numbered as an outline ("- 1.1 What is the Internet?") are;
 * - under numbered headings ("### 1.1 Types"), unnumbered items are what
 *   the section says: notes;
 * - otherwise the items decide: running text is notes, titles (a reading
 *   list, a list of topics) are the outline below their heading.
 * Where there is one level of headings, the lists are the outline. */
static SylImportLists
lists_by_evidence (guint n_headings,
                   guint n_numbered_headings,
                   guint n_items,
                   guint n_numbered_items,
                   guint n_prose)
{
  if (2 * n_numbered_items > n_items)
    return SYL_IMPORT_LISTS_SECTIONS;
  if (2 * n_numbered_headings > n_headings)
    return SYL_IMPORT_LISTS_NOTES;
  return 2 * n_prose > n_items ? SYL_IMPORT_LISTS_NOTES : SYL_IMPORT_LISTS_SECTIONS;
}

static void
decide_lists (Reader *reader,
              guint   first)
{
  SylImportLists lists = _syl_import_result_get_lists_option (reader->result);
  guint levels = 0, n_levels = 0, n_lists = 0;
  guint n_headings = 0, n_numbered_headings = 0, n_items = 0, n_numbered_items = 0, n_prose = 0;
  g_autoptr(GString) stray = g_string_new (NULL);

  for (guint i = first; i < reader->sections->len; i++)
    {
      Section *section = &g_array_index (reader->sections, Section, i);
      g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));
      SylHeadingNumber number;

      g_array_set_clear_func (items, (GDestroyNotify) item_clear);
      if (section_label (reader, section) != SYL_IMPORT_LABEL_NONE)
        continue;
      if (!(levels & (1u << section->level)))
        n_levels++;
      levels |= 1u << section->level;
      n_headings++;
      n_numbered_headings += _syl_import_is_numbered_heading (section->title);
      g_string_truncate (stray, 0);
      if (!collect_items (section->body, items, stray) || items->len == 0)
        continue;
      n_lists++;
      for (guint j = 0; j < items->len; j++)
        {
          const char *title = g_array_index (items, Item, j).title->str;

          n_items++;
          n_numbered_items += _syl_import_item_number (title, &number);
          n_prose += _syl_import_reads_as_prose (title);
        }
    }
  if (lists == SYL_IMPORT_LISTS_AUTO && n_lists > 0)
    lists = n_levels < 2 ? SYL_IMPORT_LISTS_SECTIONS
                         : lists_by_evidence (n_headings, n_numbered_headings, n_items,
                                              n_numbered_items, n_prose);
  reader->lists_are_notes = lists == SYL_IMPORT_LISTS_NOTES;
  reader->lists_auto = _syl_import_result_get_lists_option (reader->result) == SYL_IMPORT_LISTS_AUTO;
  _syl_import_result_set_lists (reader->result, n_lists > 0 ? lists : SYL_IMPORT_LISTS_AUTO,
                                n_lists > 0);
}

/* A title as contents pages and headings both have it: without inline
 * marks, number, leaders and page number, in folded case. */
static char *
entry_key (Reader     *reader,
           const char *text)
{
  g_autofree char *plain = strip_inline (reader, text);
  g_autofree char *bare = g_strdup (_syl_import_skip_number (plain));

  _syl_import_drop_page_number (bare);
  return g_utf8_casefold (bare, -1);
}

/* A contents page under a “Contents” heading: when the headings after it
 * repeat its entries, it is left out; otherwise its list is the outline. */
static void
place_contents (Reader *reader,
                guint   index)
{
  Section *contents = &g_array_index (reader->sections, Section, index);
  g_autoptr(GArray) items = g_array_new (FALSE, FALSE, sizeof (Item));
  g_autoptr(GString) stray = g_string_new (NULL);
  g_autoptr(GHashTable) later = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  SylImportOpen *top;
  guint found = 0;

  g_array_set_clear_func (items, (GDestroyNotify) item_clear);
  collect_items (contents->body, items, stray);
  for (guint i = index + 1; i < reader->sections->len; i++)
    g_hash_table_add (later, entry_key (reader, g_array_index (reader->sections, Section,
                                                               i).title));
  for (guint i = 0; i < items->len; i++)
    {
      g_autofree char *key = entry_key (reader, g_array_index (items, Item, i).title->str);

      found += g_hash_table_contains (later, key);
      _syl_import_drop_page_number (g_array_index (items, Item, i).title->str);
      g_array_index (items, Item, i).title->len = strlen (g_array_index (items, Item,
                                                                         i).title->str);
    }

  mark_body (reader, contents->body, SYL_IMPORT_LINE_CONTENTS, 0);
  _syl_import_result_mark_line (reader->result, contents->heading.number,
                                SYL_IMPORT_LINE_CONTENTS, 0);
  if (items->len == 0 || found * 2 >= items->len)
    return;
  while ((top = _syl_import_tree_top (&reader->tree)) != NULL && top->key >= contents->level)
    _syl_import_tree_pop (&reader->tree);
  place_items (reader, items, reader->tree.open->len + 1, body_end (contents->body, 0));
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
  g_array_set_clear_func (reader.sections, (GDestroyNotify) _syl_import_markdown_section_clear);
  _syl_import_tree_init (&reader.tree, result);

  _syl_import_result_begin_lines (result, text);
  lines = _syl_import_split_lines (copy, &n_lines);
  _syl_import_markdown_read_sections (&reader, lines,
                                      _syl_import_markdown_front_matter (&reader, lines, n_lines),
                                      n_lines);

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
          _syl_import_result_mark_line (result, title->heading.number,
                                        SYL_IMPORT_LINE_TITLE_BLOCK, 0);
          read_preamble (&reader, title->body);
          first = 2;
        }
      decide_lists (&reader, first);
      for (guint i = first; i < reader.sections->len &&
           _syl_import_result_go_on (result, 0.5 + 0.5 * i / reader.sections->len); i++)
        {
          Section *section = &g_array_index (reader.sections, Section, i);

          if (section_label (&reader, section) == SYL_IMPORT_LABEL_CONTENTS)
            place_contents (&reader, i);
          else
            place_heading (&reader, section);
        }
    }

  _syl_import_tree_clear (&reader.tree);
  g_array_unref (reader.sections);
  for (guint i = 0; i < G_N_ELEMENTS (inline_sources); i++)
    g_regex_unref (reader.inline_patterns[i]);
}
