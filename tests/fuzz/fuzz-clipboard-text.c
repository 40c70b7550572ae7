/* fuzz-clipboard-text.c: plain text pasted or dropped from elsewhere
 *
 * Any text becomes nodes, or none, never a crash; the nodes nest no deeper
 * than an outline may, have UTF-8 titles even when the text was not UTF-8
 * (a drag from another program may carry anything), and survive the
 * clipboard's own JSON form unchanged.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-clipboard.h"
#include "syl-fuzz.h"

static void
check_subtree (SylNode *node,
               guint    depth)
{
  guint n = syl_node_get_n_children (node);

  syl_fuzz_check (depth <= SYL_MAX_OUTLINE_DEPTH, "a node at depth %u", depth);
  syl_fuzz_check (g_utf8_validate (syl_node_get_title (node), -1, NULL),
                  "a title that is not UTF-8");
  for (guint i = 0; i < n; i++)
    check_subtree (syl_node_get_child (node, i), depth + 1);
}

static char *
outline_text (GPtrArray *nodes)
{
  return syl_nodes_to_text ((SylNode **) nodes->pdata, nodes->len);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  /* Clipboards hand over text as a C string: it ends at the first NUL. */
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autoptr(GPtrArray) nodes = NULL;
  g_autoptr(GPtrArray) again = NULL;
  g_autoptr(GBytes) json = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  nodes = syl_nodes_from_text (text);
  syl_fuzz_check (nodes != NULL, "no array for the text");
  for (guint i = 0; i < nodes->len; i++)
    check_subtree (g_ptr_array_index (nodes, i), 1);
  if (nodes->len == 0)
    return 0;

  json = syl_nodes_to_json ((SylNode **) nodes->pdata, nodes->len);
  again = syl_nodes_from_json (g_bytes_get_data (json, NULL), g_bytes_get_size (json), &error);
  syl_fuzz_check (again != NULL, "the nodes' JSON does not load: %s",
                  error ? error->message : "no error");
  before = outline_text (nodes);
  after = outline_text (again);
  syl_fuzz_check (g_strcmp0 (before, after) == 0, "the nodes changed through JSON");
  return 0;
}
