/* syl-history.c: the one undo/redo history of a document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-command-private.h"
#include "syl-enums.h"

struct _SylHistory
{
  GObject      parent_instance;

  SylDocument *document;      /* owns us; not referenced */
  GPtrArray   *undo_stack;
  GPtrArray   *redo_stack;
  GPtrArray   *groups;        /* groups being built, innermost last */
  /* The length of the undo stack when the document was saved, or -1 when
   * that state cannot be reached by undo or redo any more. */
  gint64       saved_depth;
  gboolean     merge_broken;
  gboolean     busy;
  /* What the step last done, undone or redone belongs to; see
   * syl_history_dup_step_nodes(). */
  GPtrArray   *step_subjects;
};

G_DEFINE_FINAL_TYPE (SylHistory, syl_history, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_CAN_UNDO,
  PROP_CAN_REDO,
  PROP_UNDO_LABEL,
  PROP_REDO_LABEL,
  PROP_AT_SAVED,
  N_PROPS
};

enum {
  CHANGING,
  APPLIED,
  N_SIGNALS
};

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
syl_history_finalize (GObject *object)
{
  SylHistory *self = SYL_HISTORY (object);

  /* Undo steps refer to each other's nodes; free the newest first. */
  while (self->redo_stack->len > 0)
    g_ptr_array_remove_index (self->redo_stack, 0);
  while (self->undo_stack->len > 0)
    g_ptr_array_remove_index (self->undo_stack, self->undo_stack->len - 1);
  g_clear_pointer (&self->undo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->redo_stack, g_ptr_array_unref);
  g_clear_pointer (&self->groups, g_ptr_array_unref);
  g_clear_pointer (&self->step_subjects, g_ptr_array_unref);

  G_OBJECT_CLASS (syl_history_parent_class)->finalize (object);
}

static void
syl_history_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  SylHistory *self = SYL_HISTORY (object);

  switch (prop_id)
    {
    case PROP_CAN_UNDO:
      g_value_set_boolean (value, syl_history_get_can_undo (self));
      break;
    case PROP_CAN_REDO:
      g_value_set_boolean (value, syl_history_get_can_redo (self));
      break;
    case PROP_UNDO_LABEL:
      g_value_set_string (value, syl_history_get_undo_label (self));
      break;
    case PROP_REDO_LABEL:
      g_value_set_string (value, syl_history_get_redo_label (self));
      break;
    case PROP_AT_SAVED:
      g_value_set_boolean (value, syl_history_get_at_saved (self));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_history_class_init (SylHistoryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->finalize = syl_history_finalize;
  object_class->get_property = syl_history_get_property;

  properties[PROP_CAN_UNDO] = g_param_spec_boolean ("can-undo", NULL, NULL, FALSE, flags);
  properties[PROP_CAN_REDO] = g_param_spec_boolean ("can-redo", NULL, NULL, FALSE, flags);
  properties[PROP_UNDO_LABEL] = g_param_spec_string ("undo-label", NULL, NULL, NULL, flags);
  properties[PROP_REDO_LABEL] = g_param_spec_string ("redo-label", NULL, NULL, NULL, flags);
  properties[PROP_AT_SAVED] = g_param_spec_boolean ("at-saved", NULL, NULL, TRUE, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SylHistory::changing:
   *
   * Emitted just before a command changes the document: when it is done,
   * undone or redone.  A step made of a group of commands emits it once for
   * each of them, then #SylHistory::applied once, so that a view can hold
   * back its updates from the first change of a step to its end.
   */
  signals[CHANGING] =
    g_signal_new ("changing",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 0);

  /**
   * SylHistory::applied:
   * @subject: the node the step belongs to, or the document
   * @direction: whether the step was done, undone or redone
   *
   * Emitted after every step, so that views can select what it changed.
   */
  signals[APPLIED] =
    g_signal_new ("applied",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_OBJECT, SYL_TYPE_HISTORY_DIRECTION);
}

static void
syl_history_init (SylHistory *self)
{
  self->undo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) _syl_command_free);
  self->redo_stack = g_ptr_array_new_with_free_func ((GDestroyNotify) _syl_command_free);
  self->groups = g_ptr_array_new_with_free_func ((GDestroyNotify) _syl_command_free);
  self->step_subjects = g_ptr_array_new_with_free_func (g_object_unref);
}

SylHistory *
_syl_history_new (SylDocument *document)
{
  SylHistory *self = g_object_new (SYL_TYPE_HISTORY, NULL);

  self->document = document;
  return self;
}

static void
notify_all (SylHistory *self)
{
  for (guint i = 1; i < N_PROPS; i++)
    g_object_notify_by_pspec (G_OBJECT (self), properties[i]);
}

static void
set_step_subjects (SylHistory *self,
                   SylCommand *command)
{
  g_ptr_array_set_size (self->step_subjects, 0);
  _syl_command_collect_subjects (command, self->step_subjects);
}

static void
emit_changing (SylHistory *self,
               SylCommand *command)
{
  set_step_subjects (self, command);
  g_signal_emit (self, signals[CHANGING], 0);
}

static void
emit_applied (SylHistory          *self,
              SylCommand          *command,
              SylHistoryDirection  direction)
{
  set_step_subjects (self, command);
  notify_all (self);
  g_signal_emit (self, signals[APPLIED], 0,
                 command->subject ? command->subject : G_OBJECT (self->document),
                 direction);
}

static SylCommand *
top_of (GPtrArray *stack)
{
  return stack->len > 0 ? g_ptr_array_index (stack, stack->len - 1) : NULL;
}

static void
record (SylHistory *self,
        SylCommand *command)
{
  SylCommand *top = top_of (self->undo_stack);

  g_ptr_array_set_size (self->redo_stack, 0);
  if (self->saved_depth > (gint64) self->undo_stack->len)
    self->saved_depth = -1;

  /* Typing joins the previous step, but never across the saved state. */
  if (top != NULL && !self->merge_broken &&
      self->saved_depth != (gint64) self->undo_stack->len &&
      _syl_command_merge (top, command))
    {
      _syl_command_free (command);
      emit_applied (self, top, SYL_HISTORY_DO);
      return;
    }

  g_ptr_array_add (self->undo_stack, command);
  self->merge_broken = FALSE;
  emit_applied (self, command, SYL_HISTORY_DO);
}

/* Applies @command to the document and records it: the only way anything
 * in a document changes after it is loaded. */
void
_syl_history_push (SylHistory *self,
                   SylCommand *command)
{
  SylCommand *group = top_of (self->groups);

  g_return_if_fail (!self->busy);

  emit_changing (self, command);
  self->busy = TRUE;
  _syl_command_apply (command, self->document);
  self->busy = FALSE;

  if (group != NULL)
    _syl_command_group_add (group, command);
  else
    record (self, command);
}

/**
 * syl_history_begin_group:
 * @label: the label of the whole step
 *
 * Everything pushed until the matching syl_history_end_group() becomes one
 * step, undone and redone as a whole.  Groups nest.
 */
void
syl_history_begin_group (SylHistory *self,
                         const char *label)
{
  g_return_if_fail (SYL_IS_HISTORY (self));

  g_ptr_array_add (self->groups, _syl_command_group_new (label));
}

/**
 * _syl_history_set_group_subject:
 * @subject: the node the step belongs to
 *
 * Makes the innermost group being built belong to @subject, rather than to
 * its first command's.
 */
void
_syl_history_set_group_subject (SylHistory *self,
                                gpointer    subject)
{
  g_return_if_fail (SYL_IS_HISTORY (self));
  g_return_if_fail (self->groups->len > 0);

  _syl_command_set_subject (top_of (self->groups), subject);
}

void
syl_history_end_group (SylHistory *self)
{
  SylCommand *group;
  SylCommand *outer;

  g_return_if_fail (SYL_IS_HISTORY (self));
  g_return_if_fail (self->groups->len > 0);

  group = g_ptr_array_steal_index (self->groups, self->groups->len - 1);
  outer = top_of (self->groups);

  if (_syl_command_group_get_size (group) == 0)
    _syl_command_free (group);
  else if (outer != NULL)
    _syl_command_group_add (outer, group);
  else
    {
      self->merge_broken = TRUE;
      record (self, group);
      self->merge_broken = TRUE;
    }
}

/**
 * syl_history_break_merge:
 *
 * Makes the next step a step of its own even if it could join the last
 * one, as when the focus leaves a text field.
 */
void
syl_history_break_merge (SylHistory *self)
{
  g_return_if_fail (SYL_IS_HISTORY (self));
  self->merge_broken = TRUE;
}

static gboolean
step (SylHistory          *self,
      GPtrArray           *from,
      GPtrArray           *to,
      SylHistoryDirection  direction)
{
  SylCommand *command;

  if (from->len == 0 || self->groups->len > 0 || self->busy)
    return FALSE;

  emit_changing (self, top_of (from));
  command = g_ptr_array_steal_index (from, from->len - 1);
  self->busy = TRUE;
  if (direction == SYL_HISTORY_UNDO)
    _syl_command_revert (command, self->document);
  else
    _syl_command_apply (command, self->document);
  self->busy = FALSE;
  g_ptr_array_add (to, command);
  self->merge_broken = TRUE;
  emit_applied (self, command, direction);
  return TRUE;
}

/* Whether @node is in a document's tree, not in a subtree taken out. */
static gboolean
in_tree (SylNode *node)
{
  SylNode *top = node;

  while (syl_node_get_parent (top) != NULL)
    top = syl_node_get_parent (top);
  return top != node && syl_node_is_root (top);
}

/**
 * syl_history_dup_step_nodes:
 *
 * The nodes that the step last done, undone or redone changed and that are
 * still in the document, in the order the step changed them: the moved
 * nodes of a move, the nodes a deletion took away once it is undone, the
 * node whose notes were edited.  A step that changed only the document's
 * own fields has none.  During #SylHistory::changing, the nodes that the
 * command about to be applied changes, so that a view can tell them from
 * what stays.
 *
 * Returns: (transfer container) (element-type SylNode): the nodes
 */
GPtrArray *
syl_history_dup_step_nodes (SylHistory *self)
{
  GPtrArray *nodes = g_ptr_array_new_with_free_func (g_object_unref);

  g_return_val_if_fail (SYL_IS_HISTORY (self), nodes);

  for (guint i = 0; i < self->step_subjects->len; i++)
    {
      GObject *subject = g_ptr_array_index (self->step_subjects, i);

      if (SYL_IS_NODE (subject) && in_tree (SYL_NODE (subject)))
        g_ptr_array_add (nodes, g_object_ref (subject));
    }
  return nodes;
}

gboolean
syl_history_undo (SylHistory *self)
{
  g_return_val_if_fail (SYL_IS_HISTORY (self), FALSE);
  return step (self, self->undo_stack, self->redo_stack, SYL_HISTORY_UNDO);
}

gboolean
syl_history_redo (SylHistory *self)
{
  g_return_val_if_fail (SYL_IS_HISTORY (self), FALSE);
  return step (self, self->redo_stack, self->undo_stack, SYL_HISTORY_REDO);
}

gboolean
syl_history_get_can_undo (SylHistory *self)
{
  g_return_val_if_fail (SYL_IS_HISTORY (self), FALSE);
  return self->undo_stack->len > 0;
}

gboolean
syl_history_get_can_redo (SylHistory *self)
{
  g_return_val_if_fail (SYL_IS_HISTORY (self), FALSE);
  return self->redo_stack->len > 0;
}

const char *
syl_history_get_undo_label (SylHistory *self)
{
  SylCommand *top;

  g_return_val_if_fail (SYL_IS_HISTORY (self), NULL);
  top = top_of (self->undo_stack);
  return top ? top->label : NULL;
}

const char *
syl_history_get_redo_label (SylHistory *self)
{
  SylCommand *top;

  g_return_val_if_fail (SYL_IS_HISTORY (self), NULL);
  top = top_of (self->redo_stack);
  return top ? top->label : NULL;
}

gboolean
syl_history_is_busy (SylHistory *self)
{
  g_return_val_if_fail (SYL_IS_HISTORY (self), FALSE);
  return self->busy;
}

guint
syl_history_get_n_undo (SylHistory *self)
{
  g_return_val_if_fail (SYL_IS_HISTORY (self), 0);
  return self->undo_stack->len;
}

gboolean
syl_history_get_at_saved (SylHistory *self)
{
  g_return_val_if_fail (SYL_IS_HISTORY (self), FALSE);
  return self->saved_depth == (gint64) self->undo_stack->len;
}

void
syl_history_mark_saved (SylHistory *self)
{
  g_return_if_fail (SYL_IS_HISTORY (self));
  self->saved_depth = self->undo_stack->len;
  self->merge_broken = TRUE;
  notify_all (self);
}

/**
 * syl_history_mark_unsaved:
 *
 * Makes the document count as modified at every point of its history, as
 * a recovered draft is: its changes were never saved, even though the
 * steps that made them are gone.
 */
void
syl_history_mark_unsaved (SylHistory *self)
{
  g_return_if_fail (SYL_IS_HISTORY (self));
  self->saved_depth = -1;
  self->merge_broken = TRUE;
  notify_all (self);
}
