/* syl-outline-rows-hold.c: the rows held through a history step
 *
 * While held, the rows change with the tree but their listeners hear of
 * nothing; at the release, they hear of the rows that differ as one
 * change.  A moved node is then among both the removed and the added
 * items of that change, so GTK's list view keeps its row widget, and the
 * rows of a subtree removed and added again meanwhile are put back as
 * they were rather than walked again (syl-outline-rows.c).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-outline-rows-private.h"

/* Tells the listeners how the rows differ from what they heard of last:
 * the rows between the ones that are alike at both ends changed. */
static void
report_held (SylOutlineRows *self)
{
  g_autoptr(GArray) shown = g_steal_pointer (&self->shown);
  guint prefix;
  guint removed;
  guint added;

  if (shown != NULL &&
      _syl_outline_rows_find_difference ((const Row *) (gpointer) shown->data, shown->len,
                                         (const Row *) (gpointer) self->rows->data, self->rows->len,
                                         &prefix, &removed, &added))
    g_list_model_items_changed (G_LIST_MODEL (self), prefix, removed, added);
}

/**
 * syl_outline_rows_hold:
 *
 * Holds back the changes of the list until the matching
 * syl_outline_rows_release(): meanwhile its items are already the new
 * ones, but the listeners hear of nothing, so nothing may read the list
 * through a listener before the release.  Holds nest.
 */
void
syl_outline_rows_hold (SylOutlineRows *self)
{
  g_return_if_fail (SYL_IS_OUTLINE_ROWS (self));

  if (self->hold_count++ == 0)
    self->doomed = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * syl_outline_rows_release:
 *
 * Ends a hold.  When it was the last one, reports the rows that differ
 * from before the hold as one change.
 */
void
syl_outline_rows_release (SylOutlineRows *self)
{
  g_autoptr(GPtrArray) doomed = NULL;

  g_return_if_fail (SYL_IS_OUTLINE_ROWS (self));
  g_return_if_fail (self->hold_count > 0);

  if (self->hold_count > 1)
    {
      self->hold_count--;
      return;
    }
  _syl_outline_rows_forget_stash (self);
  /* The removed nodes stay alive while the listeners may read them. */
  doomed = g_steal_pointer (&self->doomed);
  self->hold_count = 0;
  report_held (self);
}
