/* syl-outline-row-a11y.c: what a screen reader says of an outline row
 *
 * A row shows its number, title, badges and comments in separate
 * widgets, which a screen reader would read as unrelated pieces, or not
 * at all: GTK 4.8 gives the focused list item no name of its own.  The
 * row says all of it in one name, in the order a person needs it: where
 * they are, what the item is, how deep, whether it is open.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-outline-row-a11y.h"

static const char *
kind_word (SylNodeKind kind)
{
  switch (kind)
    {
    case SYL_NODE_KIND_DISCUSSION:
      return _("Discussion");
    case SYL_NODE_KIND_EXAMPLE:
      return _("Example");
    case SYL_NODE_KIND_SECTION:
    default:
      return NULL;
    }
}

static void
add_part (GString    *label,
          const char *part)
{
  /* Translators: what separates the parts of what a screen reader says
   * of an outline row, as in "1.3 Title, level 2, 1 open comment". */
  g_string_append (label, _(", "));
  g_string_append (label, part);
}

/**
 * syl_outline_row_dup_accessible_label:
 * @document: the document that numbers @node
 * @node: the row's node
 * @expanded: whether the row is open
 *
 * Returns: (transfer full): "1.3 大模型为什么能产生质变？, level 2, 1 open
 *   comment", with the kind, "optional" and the open or closed state when
 *   they apply
 */
char *
syl_outline_row_dup_accessible_label (SylDocument *document,
                                      SylNode     *node,
                                      gboolean     expanded)
{
  g_autofree char *number = syl_document_dup_number (document, node);
  const char *title = syl_node_get_title (node);
  const char *kind = kind_word (syl_node_get_kind (node));
  guint n_children = syl_node_get_n_children (node);
  guint open = syl_node_count_open_annotations (node);
  GString *label = g_string_new (number);
  g_autofree char *level = NULL;

  if (label->len > 0)
    g_string_append_c (label, ' ');
  g_string_append (label, *title ? title : _("Untitled"));
  if (kind != NULL)
    add_part (label, kind);
  if (syl_node_get_optional (node))
    add_part (label, _("Optional"));
  /* Translators: the depth of a row in the outline, for a screen reader;
   * chapters are level 1. */
  level = g_strdup_printf (_("level %u"), syl_node_get_depth (node));
  add_part (label, level);
  if (n_children > 0)
    {
      g_autofree char *state =
        g_strdup_printf (expanded ? ngettext ("open, %u item", "open, %u items", n_children)
                                  : ngettext ("closed, %u item", "closed, %u items", n_children),
                         n_children);
      add_part (label, state);
    }
  if (open > 0)
    {
      g_autofree char *comments =
        g_strdup_printf (ngettext ("%u open comment", "%u open comments", open), open);
      add_part (label, comments);
    }
  return g_string_free (label, FALSE);
}
