/* syl-clipboard.c: nodes as the clipboard and drag and drop carry them
 *
 * Two forms: a whole Syllabus document, which keeps everything, for
 * Syllabus itself; and a numbered, indented outline in plain text, for
 * every other application.  Plain text from elsewhere is read back into
 * nodes by the text importer, as well as it can be: from an indented
 * list, a numbered one, or a table of contents copied out of a PDF.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-clipboard.h"
#include "syl-command-private.h"
#include "syl-import-private.h"
#include "syl-json-writer.h"
#include "syl-json-reader.h"
#include "syl-json-writer-private.h"

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
  return _syl_json_write_subtrees ((SylNode **) top->pdata, top->len);
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
append_line (GString *out,
             SylNode *node,
             guint    base_depth)
{
  g_autofree char *number = syl_node_dup_number (node);
  const char *title = syl_node_get_title (node);
  guint depth = syl_node_get_depth (node);

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
}

static void
append_text (GString *out,
             SylNode *node,
             guint    base_depth)
{
  SylNodeIter iter;
  SylNode *descendant;

  append_line (out, node, base_depth);
  syl_node_iter_init (&iter, node);
  while (syl_node_iter_next (&iter, &descendant))
    append_line (out, descendant, base_depth);
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

/**
 * syl_nodes_from_text:
 * @text: plain text, as other applications put on the clipboard
 *
 * Reads the text as syl-import-text.c reads a file, so that pasting and
 * importing agree: headings by their numbers (“1.4.1”, “第一章”, “一、”,
 * “（一）”), other lines by their indentation (a tab counts as four
 * spaces, an ideographic space as two), list items under the heading
 * before them, prose into the notes of the node above it, kind markers
 * (“【思考】”, “【示例】”) out of titles.  Unlike a file, pasted text
 * has no title block: every line before the first heading is a node.
 *
 * Returns: (transfer full) (element-type SylNode): the top nodes, new and
 *   detached, none for blank text
 */
GPtrArray *
syl_nodes_from_text (const char *text)
{
  g_autofree char *valid = NULL;
  g_autoptr(SylImportResult) result = NULL;
  const char *start;

  g_return_val_if_fail (text != NULL, NULL);

  valid = g_utf8_make_valid (text, -1);
  start = valid;
  /* Text from Windows may start with a byte order mark. */
  if (g_str_has_prefix (start, "\xef\xbb\xbf"))
    start += 3;
  result = _syl_import_result_new (SYL_IMPORT_FORMAT_TEXT);
  _syl_import_text (result, start, SYL_IMPORT_TEXT_PASTE);
  return _syl_import_result_steal_nodes (result);
}
