/* syl-command.h: the steps the history records (private to the core)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-document-private.h"

G_BEGIN_DECLS

typedef struct _SylCommand SylCommand;

typedef struct
{
  void     (*apply)    (SylCommand  *command,
                        SylDocument *document);
  void     (*revert)   (SylCommand  *command,
                        SylDocument *document);
  /* Takes @next into @command when both are typing in the same field. */
  gboolean (*merge)    (SylCommand  *command,
                        SylCommand  *next);
  void     (*finalize) (SylCommand  *command);
} SylCommandClass;

struct _SylCommand
{
  const SylCommandClass *klass;
  char                  *label;
  /* What the step belongs to: the node that the window selects after an
   * undo or a redo, or the document itself. */
  GObject               *subject;
  gboolean               mergeable;
};

SylCommand *_syl_command_set_property_new (gpointer     object,
                                           const char  *property,
                                           const GValue *value,
                                           gboolean     mergeable);
SylCommand *_syl_command_list_insert_new  (GListStore  *store,
                                           guint        index,
                                           gpointer     item);
SylCommand *_syl_command_list_remove_new  (GListStore  *store,
                                           guint        index);
SylCommand *_syl_command_list_move_new    (GListStore  *store,
                                           guint        from,
                                           guint        to);
SylCommand *_syl_command_node_insert_new  (SylNode     *parent,
                                           guint        index,
                                           SylNode     *node);
SylCommand *_syl_command_node_remove_new  (SylNode     *node);
SylCommand *_syl_command_node_move_new    (SylNode     *node,
                                           SylNode     *new_parent,
                                           guint        new_index);
SylCommand *_syl_command_group_new        (const char  *label);
void        _syl_command_group_add        (SylCommand  *group,
                                           SylCommand  *command);
guint       _syl_command_group_get_size   (SylCommand  *group);
void        _syl_command_collect_subjects (SylCommand  *command,
                                           GPtrArray   *subjects);

void        _syl_command_set_subject      (SylCommand  *command,
                                           gpointer     subject);
void        _syl_command_set_label        (SylCommand  *command,
                                           const char  *label,
                                           gpointer     subject);
void        _syl_command_apply            (SylCommand  *command,
                                           SylDocument *document);
void        _syl_command_revert           (SylCommand  *command,
                                           SylDocument *document);
gboolean    _syl_command_merge            (SylCommand  *command,
                                           SylCommand  *next);
void        _syl_command_free             (SylCommand  *command);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylCommand, _syl_command_free)

void        _syl_history_push            (SylHistory  *self,
                                          SylCommand  *command);

/* Shared by the files that change a document (syl-document-edit.c and the
 * others): labels, subjects and recording one step. */
char       *_syl_describe_node           (SylNode         *node);
gpointer    _syl_subject_of              (gpointer         object);
void        _syl_document_push           (SylDocument     *self,
                                          SylCommand      *command,
                                          const char      *label,
                                          gpointer         subject);
GPtrArray  *_syl_top_nodes               (SylNode * const *nodes,
                                          guint            n_nodes);
gboolean    _syl_check_not_root          (SylNode         *node,
                                          GError         **error);

void        _syl_history_set_group_subject (SylHistory *self,
                                            gpointer    subject);

G_END_DECLS
