/* syl-clipboard.c: nodes as the clipboard and drag and drop carry them
 *
 * Two forms: a whole Syllabus document, which keeps everything, for
 * Syllabus itself; and a numbered, indented outline in plain text, for
 * every other application.  Plain text from elsewhere is read back into
 * nodes as well as it can be: from an indented list, a numbered one, or a
 * table of contents copied out of a PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-clipboard.h"
#include "syl-command.h"
#include "syl-json-writer.h"

/**
 * syl_nodes_to_json:
 * @nodes: the selected nodes, in any order
 *
 * Nodes inside others of @nodes go with them, and are not repeated.
 *
 * Returns: (transfer full): a complete Syllabus document whose chapters
 *   are the nodes' subtrees, in document order
 */
GBytes *
syl_nodes_to_json (SylNode * const *nodes,
                   guint            n_nodes)
{
  g_autoptr(GPtrArray) top = NULL;

  g_return_val_if_fail (nodes != NULL || n_nodes == 0, NULL);
  for (guint i = 0; i < n_nodes; i++)
    g_return_val_if_fail (SYL_IS_NODE (nodes[i]) && !syl_node_is_root (nodes[i]), NULL);

  top = _syl_top_nodes (nodes, n_nodes);
  return syl_json_write_subtrees ((SylNode **) top->pdata, top->len);
}

/* Takes the chapters out of @document, last first, so that no child is
 * renumbered on the way. */
static GPtrArray *
take_chapters (SylDocument *document)
{
  SylNode *root = syl_document_get_root (document);
  guint n = syl_node_get_n_children (root);
  GPtrArray *nodes = g_ptr_array_new_full (n, g_object_unref);

  g_ptr_array_set_size (nodes, n);
  for (guint i = n; i > 0; i--)
    {
      SylNode *node = _syl_node_remove_child (root, i - 1);

      _syl_document_unregister_subtree (document, node);
      g_ptr_array_index (nodes, i - 1) = node;
    }
  return nodes;
}

/**
 * syl_nodes_from_json:
 * @data: a Syllabus document, as syl_nodes_to_json() gives
 * @length: its length in bytes
 *
 * Reads the document with the normal reader, so anything it refuses is
 * refused here with the same error.  The nodes keep their ids;
 * syl_document_insert_node() replaces those that clash.
 *
 * Returns: (transfer full) (element-type SylNode): the document's
 *   chapters, detached, or %NULL with @error set
 */
GPtrArray *
syl_nodes_from_json (const char  *data,
                     gsize        length,
                     GError     **error)
{
  g_autoptr(SylDocument) document = NULL;

  g_return_val_if_fail (data != NULL || length == 0, NULL);

  document = syl_document_new_from_data (data != NULL ? data : "", length, error);
  if (document == NULL)
    return NULL;
  return take_chapters (document);
}

/* Plain text out: “1.4 Title”, two spaces a level. */

static void
append_text (GString *out,
             SylNode *node,
             guint    base_depth)
{
  g_autofree char *number = syl_node_dup_number (node);
  const char *title = syl_node_get_title (node);
  guint depth = syl_node_get_depth (node);
  guint n = syl_node_get_n_children (node);

  for (guint d = base_depth; d < depth; d++)
    g_string_append (out, "  ");
  g_string_append (out, number);
  if (*title != '\0')
    {
      gsize start = out->len + 1;

      g_string_append_c (out, ' ');
      g_string_append (out, title);
      /* A title with a line break would read back as two nodes. */
      for (gsize i = start; i < out->len; i++)
        if (out->str[i] == '\n' || out->str[i] == '\r')
          out->str[i] = ' ';
    }
  g_string_append_c (out, '\n');

  for (guint i = 0; i < n; i++)
    append_text (out, syl_node_get_child (node, i), base_depth);
}

/**
 * syl_nodes_to_text:
 * @nodes: the selected nodes, in any order
 *
 * The subtrees as a numbered outline, one line a node, with two spaces of
 * indent for each level below the highest of the nodes.  The numbers are
 * the nodes' own in their document.
 *
 * Returns: (transfer full): the text, with a final newline, or "" for no
 *   nodes
 */
char *
syl_nodes_to_text (SylNode * const *nodes,
                   guint            n_nodes)
{
  g_autoptr(GPtrArray) top = NULL;
  GString *out;
  guint base_depth = G_MAXUINT;

  g_return_val_if_fail (nodes != NULL || n_nodes == 0, NULL);
  for (guint i = 0; i < n_nodes; i++)
    g_return_val_if_fail (SYL_IS_NODE (nodes[i]) && !syl_node_is_root (nodes[i]), NULL);

  out = g_string_new (NULL);
  top = _syl_top_nodes (nodes, n_nodes);
  for (guint i = 0; i < top->len; i++)
    base_depth = MIN (base_depth, syl_node_get_depth (g_ptr_array_index (top, i)));
  for (guint i = 0; i < top->len; i++)
    append_text (out, g_ptr_array_index (top, i), base_depth);
  return g_string_free (out, FALSE);
}

/* Plain text in.  Each non-blank line is a node; what it starts with
 * (indentation, a bullet, a number) says where it goes, and is not part of
 * its title. */

#define CHINESE_NUMERALS "一二三四五六七八九十百千零〇两"

typedef struct
{
  guint        indent;      /* in spaces */
  guint        level;       /* the depth a number or chapter mark implies, or 0 */
  guint        depth;       /* where it goes, in the unit of the text */
  SylNodeKind  kind;
  char        *title;
} Line;

static void
line_clear (Line *line)
{
  g_free (line->title);
}

static gboolean
skip_prefix (const char **p,
             const char  *prefix)
{
  if (!g_str_has_prefix (*p, prefix))
    return FALSE;
  *p += strlen (prefix);
  return TRUE;
}

static const char *
skip_spaces (const char *p)
{
  while (*p != '\0' && g_unichar_isspace (g_utf8_get_char (p)))
    p = g_utf8_next_char (p);
  return p;
}

/* Indentation in spaces: a tab counts as four, an ideographic space, as
 * wide as two, as two, and a no-break space, as web pages give, as one. */
static guint
measure_indent (const char **p)
{
  guint indent = 0;

  for (;; *p = g_utf8_next_char (*p))
    {
      gunichar c = g_utf8_get_char (*p);

      if (c == ' ' || c == 0x00A0)
        indent += 1;
      else if (c == '\t')
        indent += 4;
      else if (c == 0x3000)
        indent += 2;
      else
        return indent;
    }
}

static gboolean
skip_bullet (const char **p)
{
  const char *q = *p;

  /* “-” and “*” also start words, as in “-5” or “*bold*”, so they are
   * bullets only before a space; “•” always is one. */
  if (!skip_prefix (&q, "•") && !skip_prefix (&q, "-") && !skip_prefix (&q, "*"))
    return FALSE;
  if (*q != '\0' && !g_unichar_isspace (g_utf8_get_char (q)) && !g_str_has_prefix (*p, "•"))
    return FALSE;
  *p = q;
  return TRUE;
}

/* “1”, “1.4”, “1.4.1.”, followed by a space or nothing: returns the number
 * of parts, or 0.  Parts of more than three digits are years, as in
 * “2024 年度回顾”, not numbers of an outline. */
static guint
skip_number (const char **p)
{
  const char *q = *p;
  guint parts = 0;

  for (;;)
    {
      const char *start = q;

      while (g_ascii_isdigit (*q))
        q++;
      if (q == start || q - start > 3)
        return 0;
      parts++;
      if (q[0] != '.' || !g_ascii_isdigit (q[1]))
        break;
      q++;
    }
  if (*q == '.')
    q++;
  if (*q != '\0' && !g_unichar_isspace (g_utf8_get_char (q)))
    return 0;
  *p = q;
  return parts;
}

static const char *
skip_numerals (const char *p)
{
  for (;; p = g_utf8_next_char (p))
    {
      if (*p == '\0')
        return p;
      if (!g_ascii_isdigit (*p) && g_utf8_strchr (CHINESE_NUMERALS, -1, g_utf8_get_char (p)) == NULL)
        return p;
    }
}

/* “第一章”, “第2节”: returns the level the unit implies, or 0. */
static guint
skip_chapter (const char **p)
{
  static const struct { const char *unit; guint level; } units[] = {
    { "章", 1 }, { "篇", 1 }, { "部分", 1 }, { "单元", 1 }, { "讲", 1 }, { "课", 1 },
    { "节", 2 },
  };
  const char *q = *p;

  if (!skip_prefix (&q, "第") || skip_numerals (q) == q)
    return 0;
  q = skip_numerals (q);
  for (guint i = 0; i < G_N_ELEMENTS (units); i++)
    if (skip_prefix (&q, units[i].unit))
      {
        if (!skip_prefix (&q, "："))
          skip_prefix (&q, ":");
        *p = q;
        return units[i].level;
      }
  return 0;
}

/* “一、”, “1、”, “（一）”, “(1)”. */
static gboolean
skip_enumeration (const char **p)
{
  const char *q = *p;
  gboolean parenthesized = skip_prefix (&q, "（") || skip_prefix (&q, "(");
  const char *end = skip_numerals (q);

  if (end == q)
    return FALSE;
  if (parenthesized ? !skip_prefix (&end, "）") && !skip_prefix (&end, ")")
                    : !skip_prefix (&end, "、"))
    return FALSE;
  *p = end;
  return TRUE;
}

/* Removes the kind markers from @title, and returns the kind the first
 * one names. */
static SylNodeKind
take_markers (GString *title)
{
  static const struct { const char *text; SylNodeKind kind; } markers[] = {
    { "【思考】", SYL_NODE_KIND_DISCUSSION },
    { "【讨论】", SYL_NODE_KIND_DISCUSSION },
    { "【示例】", SYL_NODE_KIND_EXAMPLE },
    { "【案例】", SYL_NODE_KIND_EXAMPLE },
  };
  SylNodeKind kind = SYL_NODE_KIND_SECTION;
  const char *first = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (markers); i++)
    {
      const char *found = strstr (title->str, markers[i].text);

      if (found != NULL && (first == NULL || found < first))
        {
          first = found;
          kind = markers[i].kind;
        }
    }
  for (guint i = 0; i < G_N_ELEMENTS (markers); i++)
    g_string_replace (title, markers[i].text, "", 0);
  return kind;
}

/* Drops white space at both ends, ideographic spaces included. */
static char *
dup_trimmed (const char *text)
{
  const char *start = skip_spaces (text);
  const char *end = start;

  for (const char *p = start; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      end = g_utf8_next_char (p);
  return g_strndup (start, end - start);
}

/* Reads one line, or returns FALSE for a blank one. */
static gboolean
parse_line (const char *text,
            Line       *line)
{
  const char *p = text;
  const char *content;
  g_autoptr(GString) title = NULL;

  line->indent = measure_indent (&p);
  if (*skip_spaces (p) == '\0')
    return FALSE;

  if (skip_bullet (&p))
    p = skip_spaces (p);
  content = p;
  if ((line->level = skip_number (&p)) == 0 && (line->level = skip_chapter (&p)) == 0)
    skip_enumeration (&p);

  /* A line that is nothing but its number ("第一节") keeps it as its title. */
  title = g_string_new (*skip_spaces (p) != '\0' ? p : content);
  line->kind = take_markers (title);
  line->title = dup_trimmed (title->str);
  return TRUE;
}

/* The lines of @text, without the blank ones. */
static GArray *
parse_lines (const char *text)
{
  g_autofree char *valid = g_utf8_make_valid (text, -1);
  const char *start = valid;
  g_auto(GStrv) rows = NULL;
  GArray *lines = g_array_new (FALSE, TRUE, sizeof (Line));

  g_array_set_clear_func (lines, (GDestroyNotify) line_clear);
  /* Text from Windows may start with a byte order mark. */
  skip_prefix (&start, "\xef\xbb\xbf");
  /* Splitting at either end of CR LF leaves blank rows, which are skipped. */
  rows = g_strsplit_set (start, "\r\n", -1);
  for (guint i = 0; rows[i] != NULL; i++)
    {
      Line line = { 0 };

      if (parse_line (rows[i], &line))
        g_array_append_val (lines, line);
    }
  return lines;
}

/* How deep each line goes: by its indentation; or, when no line is
 * indented more than another but some carry outline numbers, as in text
 * copied from `syllabus-cli outline` without its indentation or from the
 * table of contents of a PDF, by its number.  A line without a number then
 * stays at the depth of the line before it. */
static void
measure_depths (GArray *lines)
{
  gboolean flat = TRUE;
  gboolean numbered = FALSE;

  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);

      flat = flat && line->indent == g_array_index (lines, Line, 0).indent;
      numbered = numbered || line->level > 0;
    }

  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);

      if (!flat || !numbered)
        line->depth = line->indent;
      else if (line->level > 0)
        line->depth = line->level;
      else
        line->depth = i > 0 ? g_array_index (lines, Line, i - 1).depth : 1;
    }
}

typedef struct
{
  guint    depth;
  SylNode *node;
} Open;

/* Each line goes into the nearest line above it that is less deep, or to
 * the top.  A line less deep than the first goes to the top too. */
static GPtrArray *
build_tree (GArray *lines)
{
  GPtrArray *top = g_ptr_array_new_with_free_func (g_object_unref);
  g_autoptr(GArray) open = g_array_new (FALSE, FALSE, sizeof (Open));

  for (guint i = 0; i < lines->len; i++)
    {
      Line *line = &g_array_index (lines, Line, i);
      Open node = { line->depth, syl_node_new (line->kind, line->title) };

      /* Close the lines this one is not inside; past the depth limit, a
       * line becomes a sibling of the deepest node rather than its child. */
      while (open->len > 0 &&
             (g_array_index (open, Open, open->len - 1).depth >= line->depth ||
              open->len >= SYL_MAX_OUTLINE_DEPTH))
        g_array_set_size (open, open->len - 1);

      if (open->len == 0)
        g_ptr_array_add (top, node.node);
      else
        {
          SylNode *parent = g_array_index (open, Open, open->len - 1).node;

          _syl_node_insert_child (parent, syl_node_get_n_children (parent), node.node);
          g_object_unref (node.node);
        }
      g_array_append_val (open, node);
    }
  return top;
}

/**
 * syl_nodes_from_text:
 * @text: plain text, as other applications put on the clipboard
 *
 * Makes a node of every non-blank line.  Lines nest by their indentation
 * (spaces; a tab counts as four, an ideographic space as two), or by their
 * outline numbers when no line is indented more than another.  A leading
 * outline number (“1.4.1”), bullet (“-”, “*”, “•”) or Chinese enumeration
 * (“一、”, “（一）”, “第一章”) is not part of the title.  The markers
 * “【思考】” and “【讨论】” make a discussion, “【示例】” and “【案例】”
 * an example.  Nothing nests deeper than an outline may.
 *
 * Returns: (transfer full) (element-type SylNode): the top nodes, new and
 *   detached, none for blank text
 */
GPtrArray *
syl_nodes_from_text (const char *text)
{
  g_autoptr(GArray) lines = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  lines = parse_lines (text);
  measure_depths (lines);
  return build_tree (lines);
}
