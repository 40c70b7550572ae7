/* syl-batch-model.c: a list model that can hold back its changes and
 * report them as one
 *
 * SylBatchModel shows the items of another list model as they are.  While
 * it is frozen, it keeps the changes of that model to itself and, when it
 * is thawed, reports them as a single change that covers them all.
 *
 * A list view pays for every change it hears of: it moves, rebinds and
 * measures rows each time, and throws away the row widgets of removed
 * items at once.  A history step may change the rows many times, and a
 * move removes the moved rows before it adds them again; through this
 * model, the view hears of the whole step once and keeps the widgets.
 *
 * While frozen, the model's items are already the new ones though its
 * listeners have not heard of the change yet, so a freeze must not outlast
 * the code that makes the changes: nothing may read the model through a
 * listener (a list view's layout, say) before the thaw.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-batch-model.h"

struct _SylBatchModel
{
  GObject     parent_instance;
  GListModel *model;
  guint       freeze_count;

  /* The change held back, in the model's present positions: the items
   * from @position, @added long, stand where @removed items stood. */
  gboolean    pending;
  guint       position;
  guint       removed;
  guint       added;
};

static void syl_batch_model_list_model_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SylBatchModel, syl_batch_model, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL,
                                                      syl_batch_model_list_model_init))

static GType
syl_batch_model_get_item_type (GListModel *list)
{
  return g_list_model_get_item_type (SYL_BATCH_MODEL (list)->model);
}

static guint
syl_batch_model_get_n_items (GListModel *list)
{
  return g_list_model_get_n_items (SYL_BATCH_MODEL (list)->model);
}

static gpointer
syl_batch_model_get_item (GListModel *list,
                          guint       position)
{
  return g_list_model_get_item (SYL_BATCH_MODEL (list)->model, position);
}

static void
syl_batch_model_list_model_init (GListModelInterface *iface)
{
  iface->get_item_type = syl_batch_model_get_item_type;
  iface->get_n_items = syl_batch_model_get_n_items;
  iface->get_item = syl_batch_model_get_item;
}

/* Widens the change held back so that it also covers the change of
 * @removed items at @position by @added.  Items outside the span it
 * covers are untouched by every change held back so far. */
static void
hold_back (SylBatchModel *self,
           guint          position,
           guint          removed,
           guint          added)
{
  guint start;
  guint end;

  if (!self->pending)
    {
      self->pending = TRUE;
      self->position = position;
      self->removed = removed;
      self->added = added;
      return;
    }

  /* The span in present positions before this change, grown to take it
   * in; what it grows by on either side was never changed, so it counts
   * as removed and added alike. */
  start = MIN (self->position, position);
  end = MAX (self->position + self->added, position + removed);
  self->removed += (self->position - start) + (end - (self->position + self->added));
  self->added = end - removed + added - start;
  self->position = start;
}

static void
model_items_changed_cb (SylBatchModel *self,
                        guint          position,
                        guint          removed,
                        guint          added,
                        GListModel    *model)
{
  if (self->freeze_count == 0)
    g_list_model_items_changed (G_LIST_MODEL (self), position, removed, added);
  else
    hold_back (self, position, removed, added);
}

static void
syl_batch_model_dispose (GObject *object)
{
  SylBatchModel *self = SYL_BATCH_MODEL (object);

  if (self->model != NULL)
    g_signal_handlers_disconnect_by_data (self->model, self);
  g_clear_object (&self->model);

  G_OBJECT_CLASS (syl_batch_model_parent_class)->dispose (object);
}

static void
syl_batch_model_class_init (SylBatchModelClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = syl_batch_model_dispose;
}

static void
syl_batch_model_init (SylBatchModel *self)
{
}

/**
 * syl_batch_model_new:
 * @model: the model to show
 *
 * Returns: (transfer full): a model with the items of @model
 */
SylBatchModel *
syl_batch_model_new (GListModel *model)
{
  SylBatchModel *self;

  g_return_val_if_fail (G_IS_LIST_MODEL (model), NULL);

  self = g_object_new (SYL_TYPE_BATCH_MODEL, NULL);
  self->model = g_object_ref (model);
  g_signal_connect_swapped (model, "items-changed", G_CALLBACK (model_items_changed_cb), self);
  return self;
}

/**
 * syl_batch_model_get_model:
 *
 * Returns: (transfer none): the model whose items this one shows
 */
GListModel *
syl_batch_model_get_model (SylBatchModel *self)
{
  g_return_val_if_fail (SYL_IS_BATCH_MODEL (self), NULL);
  return self->model;
}

/**
 * syl_batch_model_freeze:
 *
 * Holds back the changes of the model until the matching
 * syl_batch_model_thaw().  Freezes nest.
 */
void
syl_batch_model_freeze (SylBatchModel *self)
{
  g_return_if_fail (SYL_IS_BATCH_MODEL (self));
  self->freeze_count++;
}

/**
 * syl_batch_model_thaw:
 *
 * Ends a freeze.  When it was the last one and the model changed meanwhile,
 * reports everything that changed as one change.
 */
void
syl_batch_model_thaw (SylBatchModel *self)
{
  g_return_if_fail (SYL_IS_BATCH_MODEL (self));
  g_return_if_fail (self->freeze_count > 0);

  if (--self->freeze_count > 0 || !self->pending)
    return;
  self->pending = FALSE;
  if (self->removed > 0 || self->added > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), self->position, self->removed, self->added);
}

gboolean
syl_batch_model_is_frozen (SylBatchModel *self)
{
  g_return_val_if_fail (SYL_IS_BATCH_MODEL (self), FALSE);
  return self->freeze_count > 0;
}
