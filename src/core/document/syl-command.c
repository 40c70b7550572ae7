/* syl-command.c: the steps the history records
 *
 * Commands hold references to the objects they change, never ids or paths:
 * a node removed by one step is the very object that its undo puts back, so
 * ids, unknown members and everything else come back exactly.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-command-private.h"

static gpointer
command_alloc (const SylCommandClass *klass,
               gsize                  size)
{
  SylCommand *command = g_malloc0 (size);

  command->klass = klass;
  return command;
}

void
_syl_command_set_subject (SylCommand *command,
                          gpointer    subject)
{
  /* The document owns the history that owns the command: referencing it
   * would keep it alive for ever.  No subject stands for the document. */
  if (SYL_IS_DOCUMENT (subject))
    subject = NULL;
  g_set_object (&command->subject, subject);
}

void
_syl_command_set_label (SylCommand *command,
                        const char *label,
                        gpointer    subject)
{
  g_free (command->label);
  command->label = g_strdup (label);
  _syl_command_set_subject (command, subject);
}

void
_syl_command_apply (SylCommand  *command,
                    SylDocument *document)
{
  command->klass->apply (command, document);
}

void
_syl_command_revert (SylCommand  *command,
                     SylDocument *document)
{
  command->klass->revert (command, document);
}

gboolean
_syl_command_merge (SylCommand *command,
                    SylCommand *next)
{
  if (!command->mergeable || !next->mergeable || command->klass->merge == NULL)
    return FALSE;
  if (command->klass != next->klass)
    return FALSE;
  return command->klass->merge (command, next);
}

void
_syl_command_free (SylCommand *command)
{
  if (command == NULL)
    return;
  if (command->klass->finalize != NULL)
    command->klass->finalize (command);
  g_free (command->label);
  g_clear_object (&command->subject);
  g_free (command);
}

/* Setting a property: any field of a node, example, annotation, reply,
 * author, or of the document itself. */

typedef struct
{
  SylCommand  parent;
  /* NULL for a property of the document itself, which the command must
   * not reference (see _syl_command_set_label()). */
  GObject    *object;
  GParamSpec *pspec;
  GValue      old_value;
  GValue      new_value;
} SetProperty;

static void
set_property_apply (SylCommand  *command,
                    SylDocument *document)
{
  SetProperty *self = (SetProperty *) command;
  GObject *object = self->object ? self->object : G_OBJECT (document);

  g_object_set_property (object, self->pspec->name, &self->new_value);
}

static void
set_property_revert (SylCommand  *command,
                     SylDocument *document)
{
  SetProperty *self = (SetProperty *) command;
  GObject *object = self->object ? self->object : G_OBJECT (document);

  g_object_set_property (object, self->pspec->name, &self->old_value);
}

static gboolean
set_property_merge (SylCommand *command,
                    SylCommand *next)
{
  SetProperty *self = (SetProperty *) command;
  SetProperty *other = (SetProperty *) next;

  if (self->object != other->object || self->pspec != other->pspec)
    return FALSE;

  g_value_unset (&self->new_value);
  g_value_init (&self->new_value, G_VALUE_TYPE (&other->new_value));
  g_value_copy (&other->new_value, &self->new_value);
  return TRUE;
}

static void
set_property_finalize (SylCommand *command)
{
  SetProperty *self = (SetProperty *) command;

  g_value_unset (&self->old_value);
  g_value_unset (&self->new_value);
  g_clear_object (&self->object);
}

static const SylCommandClass set_property_class = {
  set_property_apply, set_property_revert, set_property_merge, set_property_finalize,
};

SylCommand *
_syl_command_set_property_new (gpointer      object,
                               const char   *property,
                               const GValue *value,
                               gboolean      mergeable)
{
  SetProperty *self = command_alloc (&set_property_class, sizeof *self);

  self->object = SYL_IS_DOCUMENT (object) ? NULL : g_object_ref (object);
  self->pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_assert (self->pspec != NULL);
  g_value_init (&self->old_value, self->pspec->value_type);
  g_object_get_property (object, property, &self->old_value);
  g_value_init (&self->new_value, self->pspec->value_type);
  g_value_transform (value, &self->new_value);
  self->parent.mergeable = mergeable;
  return &self->parent;
}

/* Inserting, removing and moving items of a plain list: examples,
 * annotations, replies, authors. */

typedef struct
{
  SylCommand  parent;
  GListStore *store;
  GObject    *item;
  gpointer    owner;
  guint       from;
  guint       to;
  gboolean    insert;
  gboolean    move;
} ListChange;

static void
list_put (ListChange *self,
          gboolean    forward)
{
  gboolean insert = self->insert == forward;

  if (self->move)
    {
      g_autoptr(GObject) item = g_list_model_get_item (G_LIST_MODEL (self->store),
                                                       forward ? self->from : self->to);
      g_list_store_remove (self->store, forward ? self->from : self->to);
      g_list_store_insert (self->store, forward ? self->to : self->from, item);
    }
  else if (insert)
    {
      _syl_owner_set (self->item, self->owner);
      g_list_store_insert (self->store, self->from, self->item);
    }
  else
    {
      g_list_store_remove (self->store, self->from);
    }

  /* A node's open comments are counted, not looked up: count again. */
  if (!self->move && SYL_IS_NODE (self->owner))
    _syl_node_update_open_annotations (self->owner);
}

static void
list_change_apply (SylCommand  *command,
                   SylDocument *document)
{
  list_put ((ListChange *) command, TRUE);
}

static void
list_change_revert (SylCommand  *command,
                    SylDocument *document)
{
  list_put ((ListChange *) command, FALSE);
}

static void
list_change_finalize (SylCommand *command)
{
  ListChange *self = (ListChange *) command;

  g_clear_object (&self->store);
  g_clear_object (&self->item);
}

static const SylCommandClass list_change_class = {
  list_change_apply, list_change_revert, NULL, list_change_finalize,
};

static ListChange *
list_change_new (GListStore *store,
                 guint       from,
                 guint       to)
{
  ListChange *self = command_alloc (&list_change_class, sizeof *self);

  self->store = g_object_ref (store);
  self->from = from;
  self->to = to;
  return self;
}

SylCommand *
_syl_command_list_insert_new (GListStore *store,
                              guint       index,
                              gpointer    item)
{
  ListChange *self = list_change_new (store, index, index);

  self->insert = TRUE;
  self->item = g_object_ref (item);
  self->owner = _syl_owner_get (item);
  return &self->parent;
}

SylCommand *
_syl_command_list_remove_new (GListStore *store,
                              guint       index)
{
  ListChange *self = list_change_new (store, index, index);

  self->item = g_list_model_get_item (G_LIST_MODEL (store), index);
  self->owner = _syl_owner_get (self->item);
  return &self->parent;
}

SylCommand *
_syl_command_list_move_new (GListStore *store,
                            guint       from,
                            guint       to)
{
  ListChange *self = list_change_new (store, from, to);

  self->move = TRUE;
  return &self->parent;
}

/* The tree: one node goes in, out, or elsewhere.  A move is one removal and
 * one insertion, so models above emit two precise changes. */

typedef struct
{
  SylCommand  parent;
  SylNode    *node;
  SylNode    *old_parent;
  SylNode    *new_parent;
  guint       old_index;
  guint       new_index;
} NodeChange;

static void
node_detach (SylDocument *document,
             SylNode     *parent,
             guint        index,
             gboolean     unregister)
{
  g_autoptr(SylNode) node = _syl_node_remove_child (parent, index);

  if (unregister)
    _syl_document_unregister_subtree (document, node);
}

static void
node_attach (SylDocument *document,
             SylNode     *parent,
             guint        index,
             SylNode     *node,
             gboolean     do_register)
{
  _syl_node_insert_child (parent, index, node);
  if (do_register)
    _syl_document_register_subtree (document, node);
}

static void
node_change_apply (SylCommand  *command,
                   SylDocument *document)
{
  NodeChange *self = (NodeChange *) command;
  gboolean moving = self->old_parent && self->new_parent;

  if (self->old_parent != NULL)
    node_detach (document, self->old_parent, self->old_index, !moving);
  if (self->new_parent != NULL)
    node_attach (document, self->new_parent, self->new_index, self->node, !moving);
}

static void
node_change_revert (SylCommand  *command,
                    SylDocument *document)
{
  NodeChange *self = (NodeChange *) command;
  gboolean moving = self->old_parent && self->new_parent;

  if (self->new_parent != NULL)
    node_detach (document, self->new_parent, self->new_index, !moving);
  if (self->old_parent != NULL)
    node_attach (document, self->old_parent, self->old_index, self->node, !moving);
}

static void
node_change_finalize (SylCommand *command)
{
  NodeChange *self = (NodeChange *) command;

  g_clear_object (&self->node);
  g_clear_object (&self->old_parent);
  g_clear_object (&self->new_parent);
}

static const SylCommandClass node_change_class = {
  node_change_apply, node_change_revert, NULL, node_change_finalize,
};

static NodeChange *
node_change_new (SylNode *node)
{
  NodeChange *self = command_alloc (&node_change_class, sizeof *self);

  self->node = g_object_ref (node);
  return self;
}

SylCommand *
_syl_command_node_insert_new (SylNode *parent,
                              guint    index,
                              SylNode *node)
{
  NodeChange *self = node_change_new (node);

  self->new_parent = g_object_ref (parent);
  self->new_index = index;
  return &self->parent;
}

SylCommand *
_syl_command_node_remove_new (SylNode *node)
{
  NodeChange *self = node_change_new (node);

  self->old_parent = g_object_ref (syl_node_get_parent (node));
  self->old_index = syl_node_get_index (node);
  return &self->parent;
}

/* @new_index is the node's index once the move is done. */
SylCommand *
_syl_command_node_move_new (SylNode *node,
                            SylNode *new_parent,
                            guint    new_index)
{
  NodeChange *self = node_change_new (node);

  self->old_parent = g_object_ref (syl_node_get_parent (node));
  self->old_index = syl_node_get_index (node);
  self->new_parent = g_object_ref (new_parent);
  self->new_index = new_index;
  return &self->parent;
}

/* A group applies its steps in order and undoes them in reverse. */

typedef struct
{
  SylCommand  parent;
  GPtrArray  *commands;
} Group;

static void
group_apply (SylCommand  *command,
             SylDocument *document)
{
  Group *self = (Group *) command;

  for (guint i = 0; i < self->commands->len; i++)
    _syl_command_apply (g_ptr_array_index (self->commands, i), document);
}

static void
group_revert (SylCommand  *command,
              SylDocument *document)
{
  Group *self = (Group *) command;

  for (guint i = self->commands->len; i > 0; i--)
    _syl_command_revert (g_ptr_array_index (self->commands, i - 1), document);
}

static void
group_finalize (SylCommand *command)
{
  g_clear_pointer (&((Group *) command)->commands, g_ptr_array_unref);
}

static const SylCommandClass group_class = {
  group_apply, group_revert, NULL, group_finalize,
};

SylCommand *
_syl_command_group_new (const char *label)
{
  Group *self = command_alloc (&group_class, sizeof *self);

  self->commands = g_ptr_array_new_with_free_func ((GDestroyNotify) _syl_command_free);
  self->parent.label = g_strdup (label);
  return &self->parent;
}

/* Adds a step that has already been applied. */
void
_syl_command_group_add (SylCommand *group,
                        SylCommand *command)
{
  Group *self = (Group *) group;

  g_assert (group->klass == &group_class);

  if (group->subject == NULL && command->subject != NULL)
    group->subject = g_object_ref (command->subject);
  g_ptr_array_add (self->commands, command);
}

guint
_syl_command_group_get_size (SylCommand *group)
{
  return ((Group *) group)->commands->len;
}

static gboolean
command_is_group (SylCommand *command)
{
  return command->klass == &group_class;
}

/* Adds to @subjects what each command of @command belongs to, once each,
 * in the order the commands were made: a group's own subject is only its
 * first command's. */
void
_syl_command_collect_subjects (SylCommand *command,
                               GPtrArray  *subjects)
{
  if (command_is_group (command))
    {
      GPtrArray *commands = ((Group *) command)->commands;

      for (guint i = 0; i < commands->len; i++)
        _syl_command_collect_subjects (g_ptr_array_index (commands, i), subjects);
      return;
    }
  if (command->subject != NULL && !g_ptr_array_find (subjects, command->subject, NULL))
    g_ptr_array_add (subjects, g_object_ref (command->subject));
}
