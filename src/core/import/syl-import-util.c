/* syl-import-util.c: text helpers that every importer shares
 *
 * Joining lines that a PDF or a narrow page broke, taking the kind
 * markers out of titles, and the tree that headings and list items are
 * placed into.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-import-private.h"

/* Lines. */

/**
 * _syl_import_fold_radicals:
 * @text: (inout): UTF-8 text
 *
 * Text copied out of a Chinese PDF often has Kangxi radicals where the
 * ideographs they look like belong (“第⼀章” with U+2F00 for “一”), as
 * its fonts map them: each becomes its ideograph, so that numbers and
 * titles read as they look.  Both are three bytes long, so @text is
 * changed in place.
 */
void
_syl_import_fold_radicals (char *text)
{
  for (char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      gunichar ideograph;

      if (c < 0x2f00 || c > 0x2fd5 ||
          g_unichar_fully_decompose (c, TRUE, &ideograph, 1) != 1 ||
          g_unichar_to_utf8 (ideograph, NULL) != 3)
        continue;
      g_unichar_to_utf8 (ideograph, p);
    }
}

/**
 * _syl_import_split_lines:
 * @text: (inout): the text, which is cut into lines where it breaks
 *
 * Line breaks are LF, CR LF or CR alone, each one break.
 *
 * Returns: (transfer container): the lines, pointing into @text; line
 *   N of the text is element N - 1
 */
char **
_syl_import_split_lines (char  *text,
                         guint *n_lines)
{
  GPtrArray *lines = g_ptr_array_new ();
  char *start = text;

  for (char *p = text;; p++)
    {
      if (*p == '\0')
        {
          g_ptr_array_add (lines, start);
          break;
        }
      if (*p == '\n' || *p == '\r')
        {
          gboolean crlf = p[0] == '\r' && p[1] == '\n';

          *p = '\0';
          g_ptr_array_add (lines, start);
          if (crlf)
            p++;
          start = p + 1;
        }
    }
  *n_lines = lines->len;
  g_ptr_array_add (lines, NULL);
  return (char **) g_ptr_array_free (lines, FALSE);
}

/* Indentation in spaces: a tab counts as four, an ideographic space, as
 * wide as two, as two, and a no-break space, as web pages give, as one. */
guint
_syl_import_measure_indent (const char **p)
{
  guint indent = 0;

  for (;; *p = g_utf8_next_char (*p))
    {
      gunichar c = g_utf8_get_char (*p);

      if (c == ' ' || c == 0x00a0)
        indent += 1;
      else if (c == '\t')
        indent += 4;
      else if (c == 0x3000)
        indent += 2;
      else
        return indent;
    }
}

const char *
_syl_import_skip_spaces (const char *p)
{
  while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  return p;
}

/* A copy without white space at either end, ideographic spaces included;
 * @end may be NULL for the end of the string. */
char *
_syl_import_strip (const char *start,
                   const char *end)
{
  const char *last = NULL;

  if (end == NULL)
    end = start + strlen (start);
  start = _syl_import_skip_spaces (start);
  last = start;
  for (const char *p = start; p < end; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      last = g_utf8_next_char (p);
  return g_strndup (start, MAX (last, start) - start);
}

gboolean
_syl_import_is_blank (const char *line)
{
  return *_syl_import_skip_spaces (line) == '\0';
}

/* “=====”, “----”, “* * *”, “————”, box drawing: lines that only
 * decorate.  A single character is not one: “-” alone is an empty bullet. */
gboolean
_syl_import_is_decoration (const char *line)
{
  guint count = 0;

  for (const char *p = line; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (g_unichar_isspace (c))
        continue;
      if (!(c < 0x80 && strchr ("=-_*~#+", (char) c) != NULL) &&
          c != 0x2014 && c != 0xff1d && !(c >= 0x2500 && c <= 0x257f))
        return FALSE;
      count++;
    }
  return count >= 2;
}

/* Characters. */

/* Han ideographs and kana: scripts written without spaces between words. */
gboolean
_syl_import_is_cjk (gunichar c)
{
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) ||
         (c >= 0xf900 && c <= 0xfaff) || (c >= 0x20000 && c <= 0x3ffff) ||
         (c >= 0x3040 && c <= 0x30ff) || c == 0x3007;
}

/* Punctuation that sits next to Chinese text without spaces: the CJK
 * symbols block, full-width forms, and the dashes, quotes and ellipses
 * that Chinese shares with other scripts (——, “”, ‘’, …). */
gboolean
_syl_import_is_wide_punct (gunichar c)
{
  return (c >= 0x3000 && c <= 0x303f && c != 0x3007) || (c >= 0xff00 && c <= 0xffef) ||
         (c >= 0x2010 && c <= 0x2027) || (c >= 0xfe30 && c <= 0xfe4f) || c == 0x00b7;
}

/* Text that cannot start a line of its own: it continues the one before,
 * as “”吗?” after “中国的“痛”. */
gboolean
_syl_import_starts_with_closing (const char *text)
{
  static const gunichar closing[] = {
    0x201d, 0x2019, 0xff09, 0x300b, 0x300d, 0x300f, 0x3011, 0x3009, 0xff0c, 0x3002,
    0x3001, 0xff1b, 0xff1a, 0xff1f, 0xff01, 0x2026, ')', ']', '}', ',', '.', ';', ':',
    '!', '?', '%',
  };
  gunichar c = g_utf8_get_char (text);

  for (guint i = 0; i < G_N_ELEMENTS (closing); i++)
    if (c == closing[i])
      return TRUE;
  return FALSE;
}

static gboolean
is_opening (gunichar c)
{
  return c == '(' || c == '[' || c == '{' || c == 0x201c || c == 0x2018 || c == 0xab;
}

static gboolean
needs_space (const GString *text,
             const char    *fragment)
{
  const char *last_p = g_utf8_find_prev_char (text->str, text->str + text->len);
  gunichar last = g_utf8_get_char (last_p);
  gunichar next = g_utf8_get_char (fragment);

  if (g_unichar_isspace (last) || g_unichar_isspace (next))
    return FALSE;
  if (_syl_import_is_wide_punct (last) || _syl_import_is_wide_punct (next))
    return FALSE;
  if (is_opening (last) || _syl_import_starts_with_closing (fragment))
    return FALSE;
  /* “大数据/” + “AI”, and a word that breaks at its hyphen. */
  if (last == '/' ||
      (last == '-' && last_p > text->str &&
       !g_unichar_isspace (g_utf8_get_char (g_utf8_prev_char (last_p)))))
    return FALSE;
  return !(_syl_import_is_cjk (last) && _syl_import_is_cjk (next));
}

/**
 * _syl_import_join:
 * @text: a title or paragraph being put back together
 * @fragment: the next line of it, without white space at its ends
 *
 * Joins a line that the page broke: with nothing between Chinese
 * characters, or next to Chinese punctuation; with one space between
 * Latin words or digits, and between a Chinese character and a Latin one,
 * as Chinese authors write “RNN 到 transformer”.
 */
void
_syl_import_join (GString    *text,
                  const char *fragment)
{
  if (*fragment == '\0')
    return;
  if (text->len > 0 && needs_space (text, fragment))
    g_string_append_c (text, ' ');
  g_string_append (text, fragment);
}

/**
 * _syl_import_append_bulleted:
 * @paragraph: a paragraph, without newlines
 * @indent: the spaces to start each line after the first with
 *
 * Appends @paragraph to @text with the bullets in it each starting a line
 * of its own, as the text importer reads bullets: “Functions • Function
 * expressions • Optional parameters”, where a line break was lost (in a
 * Word paragraph) or the page wrapped items that run on (in a PDF).
 */
void
_syl_import_append_bulleted (GString    *text,
                             const char *paragraph,
                             guint       indent)
{
  g_auto(GStrv) pieces = g_strsplit (paragraph, " \u2022 ", -1);

  for (guint i = 0; pieces[i] != NULL; i++)
    {
      if (i > 0)
        {
          g_string_append_c (text, '\n');
          for (guint j = 0; j < indent; j++)
            g_string_append_c (text, ' ');
          g_string_append (text, "\u2022 ");
        }
      g_string_append (text, pieces[i]);
    }
}

/* Markers. */

typedef struct
{
  const char  *text;
  SylNodeKind  kind;
  gboolean     optional;
} Marker;

static const Marker markers[] = {
  { "【思考】", SYL_NODE_KIND_DISCUSSION, FALSE },
  { "【讨论】", SYL_NODE_KIND_DISCUSSION, FALSE },
  { "【示例】", SYL_NODE_KIND_EXAMPLE, FALSE },
  { "【案例】", SYL_NODE_KIND_EXAMPLE, FALSE },
  { "[Discussion]", SYL_NODE_KIND_DISCUSSION, FALSE },
  { "[Example]", SYL_NODE_KIND_EXAMPLE, FALSE },
  { "（可选）", SYL_NODE_KIND_SECTION, TRUE },
  { "(可选)", SYL_NODE_KIND_SECTION, TRUE },
  { "（选修）", SYL_NODE_KIND_SECTION, TRUE },
  { "(选修)", SYL_NODE_KIND_SECTION, TRUE },
  { "【可选】", SYL_NODE_KIND_SECTION, TRUE },
  { "【选修】", SYL_NODE_KIND_SECTION, TRUE },
  { "(optional)", SYL_NODE_KIND_SECTION, TRUE },
  { "[optional]", SYL_NODE_KIND_SECTION, TRUE },
};

/* The first marker in @text, compared without case for the English ones. */
static const Marker *
find_marker (const char  *text,
             const char **found)
{
  const Marker *first = NULL;

  *found = NULL;
  for (const char *p = text; *p != '\0' && first == NULL; p++)
    {
      /* Every marker starts with “[”, “(”, “【” or “（”: a quick test of
       * the first byte skips the rest of a title. */
      if (*p != '[' && *p != '(' && *p != '\xe3' && *p != '\xef')
        continue;
      for (guint i = 0; i < G_N_ELEMENTS (markers); i++)
        if (*p == markers[i].text[0] &&
            g_ascii_strncasecmp (p, markers[i].text, strlen (markers[i].text)) == 0)
          {
            first = &markers[i];
            *found = p;
            break;
          }
    }
  return first;
}

/**
 * _syl_import_take_markers:
 * @raw: a title as written
 * @kind: (inout): set to the kind of the first kind marker, if any
 * @optional: (inout): set when a marker says the node is optional
 *
 * “【思考】” and “【讨论】” make a discussion, “【示例】” and “【案例】” an
 * example, “[Discussion]” and “[Example]” likewise; “(可选)” and
 * “(optional)” make the node optional.  Markers leave the title.
 *
 * Returns: (transfer full): the title without markers, stripped
 */
char *
_syl_import_take_markers (const char  *raw,
                          SylNodeKind *kind,
                          gboolean    *optional)
{
  g_autoptr(GString) title = g_string_new (raw);
  gboolean kind_seen = FALSE;
  const Marker *marker;
  const char *found;

  while ((marker = find_marker (title->str, &found)) != NULL)
    {
      gsize at = found - title->str;
      gsize length = strlen (marker->text);

      /* “A 【示例】 B” becomes “A B”, not “A  B”. */
      if (at > 0 && title->str[at - 1] == ' ' && title->str[at + length] == ' ')
        length++;
      g_string_erase (title, at, length);
      if (marker->optional)
        *optional = TRUE;
      else if (!kind_seen)
        {
          *kind = marker->kind;
          kind_seen = TRUE;
        }
    }
  return _syl_import_strip (title->str, NULL);
}

/* The language of the titles, when their script says it. */

typedef struct
{
  guint han;
  guint kana;
  guint latin;
  guint simplified;
  guint traditional;
} Scripts;

/* Common characters that differ between simplified and traditional
 * Chinese, pair by pair: 这/這, 个/個, … */
static const char simplified_chars[] =
  "这个们来时为说国对会发经么产学长开还没样实现应业动过问题关数据网络云计"
  "调访论标结务与质级类场练训讲课节设义导机进";
static const char traditional_chars[] =
  "這個們來時為說國對會發經麼產學長開還沒樣實現應業動過問題關數據網絡雲計"
  "調訪論標結務與質級類場練訓講課節設義導機進";

static void
count_title_scripts (SylNode *node,
                     Scripts *scripts)
{
  for (const char *p = syl_node_get_title (node); *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);

      if (c >= 0x3040 && c <= 0x30ff)
        scripts->kana++;
      else if (_syl_import_is_cjk (c))
        {
          scripts->han++;
          if (g_utf8_strchr (simplified_chars, -1, c) != NULL &&
              g_utf8_strchr (traditional_chars, -1, c) == NULL)
            scripts->simplified++;
          else if (g_utf8_strchr (traditional_chars, -1, c) != NULL &&
                   g_utf8_strchr (simplified_chars, -1, c) == NULL)
            scripts->traditional++;
        }
      else if (g_unichar_isalpha (c))
        scripts->latin++;
    }
}

static void
count_scripts (SylNode *node,
               Scripts *scripts)
{
  SylNodeIter iter;
  SylNode *descendant;

  count_title_scripts (node, scripts);
  syl_node_iter_init (&iter, node);
  while (syl_node_iter_next (&iter, &descendant))
    count_title_scripts (descendant, scripts);
}

/* "zh-CN" or "zh-TW" for Chinese in simplified or traditional characters,
 * "zh" when they do not tell, "ja" for Japanese, "" for anything else:
 * Latin letters do not say which language they write. */
const char *
_syl_import_guess_language (SylImportResult *result)
{
  GListModel *nodes = syl_import_result_get_nodes (result);
  Scripts scripts = { 0 };

  for (guint i = 0; i < g_list_model_get_n_items (nodes); i++)
    {
      g_autoptr(SylNode) node = g_list_model_get_item (nodes, i);

      count_scripts (node, &scripts);
    }
  /* A Chinese character stands for a word, a Latin letter for a part of
   * one; “AI”, “GPT” and product names are common in Chinese titles. */
  if (scripts.kana > 0 && scripts.kana * 10 >= scripts.han)
    return "ja";
  if (scripts.han == 0 || scripts.han * 3 < scripts.latin)
    return "";
  if (scripts.simplified > scripts.traditional)
    return "zh-CN";
  if (scripts.traditional > scripts.simplified)
    return "zh-TW";
  return "zh";
}

/* The tree. */

void
_syl_import_tree_init (SylImportTree   *tree,
                       SylImportResult *result)
{
  tree->result = result;
  tree->open = g_array_new (FALSE, FALSE, sizeof (SylImportOpen));
}

void
_syl_import_tree_clear (SylImportTree *tree)
{
  g_clear_pointer (&tree->open, g_array_unref);
}

SylImportOpen *
_syl_import_tree_top (SylImportTree *tree)
{
  if (tree->open->len == 0)
    return NULL;
  return &g_array_index (tree->open, SylImportOpen, tree->open->len - 1);
}

void
_syl_import_tree_pop (SylImportTree *tree)
{
  g_array_set_size (tree->open, tree->open->len - 1);
}

/**
 * _syl_import_tree_add:
 * @node: a new node, which the tree takes a reference to
 * @depth: where it should go: 1 for the top
 *
 * Places @node under the nearest open node less deep than @depth.  A node
 * that would skip a level goes just below the deepest open node, and one
 * beyond the deepest outline Syllabus allows goes beside that node.
 *
 * Returns: the depth it went to
 */
guint
_syl_import_tree_add (SylImportTree *tree,
                      SylNode       *node,
                      guint          depth,
                      guint          key,
                      gboolean       heading)
{
  SylImportOpen open = { 0, key, node, heading };

  depth = CLAMP (depth, 1, SYL_MAX_OUTLINE_DEPTH);
  while (tree->open->len >= depth)
    _syl_import_tree_pop (tree);
  open.depth = tree->open->len + 1;

  if (tree->open->len == 0)
    _syl_import_result_add_node (tree->result, node);
  else
    {
      SylNode *parent = _syl_import_tree_top (tree)->node;

      _syl_node_insert_child (parent, syl_node_get_n_children (parent), node);
    }
  g_array_append_val (tree->open, open);
  return open.depth;
}

/* Sentences. */

/**
 * _syl_import_ends_sentence:
 *
 * Whether @text ends as a sentence does: a full stop (not leaders), or
 * “。”, “！”, “；”.
 */
gboolean
_syl_import_ends_sentence (const char *text)
{
  static const char * const ends[] = { "。", "！", "!", "；", ";" };

  if (g_str_has_suffix (text, ".") && !g_str_has_suffix (text, ".."))
    return TRUE;
  if (g_str_has_suffix (text, "。。"))
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (ends); i++)
    if (g_str_has_suffix (text, ends[i]))
      return TRUE;
  return FALSE;
}

/* The length of @text in columns: a Chinese character says about as
 * much as two Latin letters, so “本节讨论实际案例，并给出练习。” is a
 * sentence as long as “This part works through a case.” */
static glong
columns (const char *text)
{
  glong n = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    n += g_unichar_iswide (g_utf8_get_char (p)) ? 2 : 1;
  return n;
}

/**
 * _syl_import_is_prose:
 *
 * Prose, as under a heading in a Word file, rather than a title: a long
 * line with sentence punctuation, or a shorter one that ends a sentence.
 */
gboolean
_syl_import_is_prose (const char *text)
{
  glong length = columns (text);
  gboolean inner = strstr (text, "，") || strstr (text, "。") || strstr (text, ", ") ||
                   strstr (text, ". ");

  return (length >= 40 && (inner || _syl_import_ends_sentence (text))) ||
         (length >= 20 && _syl_import_ends_sentence (text));
}
