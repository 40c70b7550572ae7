/* syl-outline-view-find.c: the rows show what the find bar looks for
 *
 * The find bar gives the view its word, and each row on screen finds the
 * word in its own node when it is bound (see syl-outline-row.c): a few
 * hundred nodes at most, whatever the size of the outline, so the rows
 * show the matches at once while the bar is still searching the rest.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-outline-view-private.h"

/* Every row on screen, again. */
static void
refresh_rows (SylOutlineView *self)
{
  GHashTableIter iter;
  gpointer row;

  g_hash_table_iter_init (&iter, self->bound_rows);
  while (g_hash_table_iter_next (&iter, &row, NULL))
    syl_outline_row_set_highlight (row, self->highlight);
}

/**
 * syl_outline_view_set_highlight:
 * @word: (nullable): the word to highlight, or %NULL or "" for none
 *
 * Highlights @word in the rows' titles, and marks the rows whose other
 * texts (notes, objectives, examples, comments) contain it.  Setting the
 * same word again looks at the rows again, after the document changed.
 */
void
syl_outline_view_set_highlight (SylOutlineView *self,
                                const char     *word)
{
  g_return_if_fail (SYL_IS_OUTLINE_VIEW (self));
  g_return_if_fail (word == NULL || g_utf8_validate (word, -1, NULL));

  g_clear_pointer (&self->highlight, syl_search_free);
  if (word != NULL && *word != '\0' && self->document != NULL)
    self->highlight = syl_search_new (self->document, word, SYL_SEARCH_ALL);
  refresh_rows (self);
}

/**
 * syl_outline_view_get_highlight:
 *
 * Returns: (transfer none) (nullable): the search whose word the rows
 *   highlight, for syl_search_node() only
 */
SylSearch *
syl_outline_view_get_highlight (SylOutlineView *self)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_VIEW (self), NULL);
  return self->highlight;
}
