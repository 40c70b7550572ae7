/* syl-document-fields.c: changes to fields, objectives and lists
 *
 * The structure of the outline changes in syl-document-edit.c; these are
 * the edits inside a node, an annotation, an author or the document.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "syl-command-private.h"
#include "syl-enums.h"

/* Field changes.  Their labels name what changed, in the user's words. */

static char *
field_label (gpointer    object,
             const char *property)
{
  g_autofree char *node = NULL;

  if (SYL_IS_DOCUMENT (object))
    {
      if (g_str_equal (property, "title"))
        return g_strdup (_("Change Course Title"));
      if (g_str_equal (property, "target-minutes"))
        return g_strdup (_("Change Target Duration"));
      if (g_str_equal (property, "numbering"))
        return g_strdup (_("Change Numbering"));
      return g_strdup (_("Change Course Properties"));
    }
  if (SYL_IS_AUTHOR (object))
    return g_strdup (_("Edit Author"));
  if (SYL_IS_ANNOTATION (object) || SYL_IS_REPLY (object))
    return g_strdup (_("Edit Comment"));

  node = _syl_describe_node (_syl_subject_of (object));
  if (SYL_IS_EXAMPLE (object))
    return g_strdup_printf (_("Edit Example of %s"), node);
  if (g_str_equal (property, "title"))
    return g_strdup_printf (_("Rename %s"), node);
  if (g_str_equal (property, "notes"))
    return g_strdup_printf (_("Edit Notes of %s"), node);
  if (g_str_equal (property, "objectives"))
    return g_strdup_printf (_("Edit Objectives of %s"), node);
  if (g_str_equal (property, "duration-minutes"))
    return g_strdup_printf (_("Set Duration of %s"), node);
  if (g_str_equal (property, "optional"))
    return g_strdup_printf (_("Change Optional of %s"), node);
  if (g_str_equal (property, "kind"))
    return g_strdup_printf (_("Change Kind of %s"), node);
  return g_strdup_printf (_("Edit %s"), node);
}

static gboolean
set_value (SylDocument  *self,
           gpointer      object,
           const char   *property,
           const GValue *value,
           gboolean      merge,
           GError      **error)
{
  GParamSpec *pspec = g_object_class_find_property (G_OBJECT_GET_CLASS (object), property);
  g_auto(GValue) current = G_VALUE_INIT;
  g_autofree char *label = NULL;

  if (pspec == NULL || !(pspec->flags & G_PARAM_WRITABLE) || g_str_equal (property, "id") ||
      g_str_equal (property, "expanded"))
    {
      g_set_error (error, SYL_ERROR, SYL_ERROR_FAILED, "%s has no field “%s”",
                   G_OBJECT_TYPE_NAME (object), property);
      return FALSE;
    }
  if (g_param_value_validate (pspec, (GValue *) value))
    {
      g_set_error (error, SYL_ERROR, SYL_ERROR_INVALID, _("“%s” is out of range"), property);
      return FALSE;
    }

  g_value_init (&current, pspec->value_type);
  g_object_get_property (object, property, &current);
  if (g_param_values_cmp (pspec, &current, value) == 0)
    return TRUE;

  label = field_label (object, property);
  _syl_document_push (self, _syl_command_set_property_new (object, property, value, merge),
                      label, _syl_subject_of (object));
  return TRUE;
}

gboolean
syl_document_set_string (SylDocument  *self,
                         gpointer      object,
                         const char   *property,
                         const char   *value,
                         gboolean      merge,
                         GError      **error)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_return_val_if_fail (SYL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (object), FALSE);
  g_return_val_if_fail (property != NULL, FALSE);

  g_value_init (&gvalue, G_TYPE_STRING);
  g_value_set_string (&gvalue, value ? value : "");
  return set_value (self, object, property, &gvalue, merge, error);
}

/* Whole numbers: -1 means unset for the durations. */
gboolean
syl_document_set_int (SylDocument  *self,
                      gpointer      object,
                      const char   *property,
                      int           value,
                      GError      **error)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_return_val_if_fail (SYL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (object), FALSE);

  g_value_init (&gvalue, G_TYPE_INT);
  g_value_set_int (&gvalue, value);
  return set_value (self, object, property, &gvalue, FALSE, error);
}

gboolean
syl_document_set_boolean (SylDocument  *self,
                          gpointer      object,
                          const char   *property,
                          gboolean      value,
                          GError      **error)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_return_val_if_fail (SYL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (G_IS_OBJECT (object), FALSE);

  g_value_init (&gvalue, G_TYPE_BOOLEAN);
  g_value_set_boolean (&gvalue, value);
  return set_value (self, object, property, &gvalue, FALSE, error);
}

gboolean
syl_document_set_kind (SylDocument  *self,
                       SylNode      *node,
                       SylNodeKind   kind,
                       GError      **error)
{
  g_auto(GValue) gvalue = G_VALUE_INIT;

  g_return_val_if_fail (SYL_IS_DOCUMENT (self), FALSE);
  g_return_val_if_fail (SYL_IS_NODE (node), FALSE);

  g_value_init (&gvalue, SYL_TYPE_NODE_KIND);
  g_value_set_enum (&gvalue, kind);
  return set_value (self, node, "kind", &gvalue, FALSE, error);
}

/**
 * syl_document_set_numbering:
 * @numbering: how to number the outline from now on
 *
 * One step, “Change Numbering”, unless @numbering numbers every node as
 * the document's already does.  The document keeps the unknown members of
 * its own numbering, as every edited object keeps its own; @numbering
 * itself is not kept, so the caller may reuse it.
 */
void
syl_document_set_numbering (SylDocument  *self,
                            SylNumbering *numbering)
{
  SylNumbering *current;
  g_autoptr(SylNumbering) copy = NULL;
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_NUMBERING (numbering));

  current = syl_document_get_numbering (self);
  if (syl_numbering_equal (current, numbering))
    return;

  /* A copy takes the unknown members, so the caller's object stays as it is. */
  copy = syl_numbering_with_number_items (numbering, syl_numbering_get_number_items (numbering));
  _syl_extra_set (copy, _syl_extra_get (current));
  g_value_init (&value, SYL_TYPE_NUMBERING);
  g_value_set_object (&value, copy);
  _syl_document_push (self, _syl_command_set_property_new (self, "numbering", &value, FALSE),
                      _("Change Numbering"), self);
}

/**
 * syl_document_set_disabled_checks:
 * @names: the names of the course check's rules to turn off, as the file
 *   keeps them (see syl-check.h)
 * @label: (nullable): what the step is called in the Undo menu, or %NULL
 *   for “Change Course Check”
 *
 * One step, unless @names are the names the document has already.
 */
void
syl_document_set_disabled_checks (SylDocument        *self,
                                  const char * const *names,
                                  const char         *label)
{
  static const char * const none[] = { NULL };
  g_auto(GValue) value = G_VALUE_INIT;

  g_return_if_fail (SYL_IS_DOCUMENT (self));

  if (names == NULL)
    names = none;
  if (g_strv_equal (syl_document_get_disabled_checks (self), names))
    return;

  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, names);
  _syl_document_push (self, _syl_command_set_property_new (self, "disabled-checks", &value, FALSE),
                      label != NULL ? label : _("Change Course Check"), self);
}

/* Objectives: each change replaces the whole list, which is short. */

static void
set_objectives (SylDocument *self,
                SylNode     *node,
                GPtrArray   *objectives,
                const char  *label,
                gboolean     merge)
{
  g_auto(GValue) value = G_VALUE_INIT;

  g_ptr_array_add (objectives, NULL);
  g_value_init (&value, G_TYPE_STRV);
  g_value_set_boxed (&value, objectives->pdata);
  _syl_document_push (self, _syl_command_set_property_new (node, "objectives", &value, merge),
                      label, node);
}

static GPtrArray *
dup_objectives (SylNode *node)
{
  const char * const *objectives = syl_node_get_objectives (node);
  GPtrArray *array = g_ptr_array_new_with_free_func (g_free);

  for (guint i = 0; objectives[i] != NULL; i++)
    g_ptr_array_add (array, g_strdup (objectives[i]));
  return array;
}

void
syl_document_insert_objective (SylDocument *self,
                               SylNode     *node,
                               guint        index,
                               const char  *text)
{
  g_autoptr(GPtrArray) objectives = NULL;
  g_autofree char *label = NULL;
  g_autofree char *what = NULL;

  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_NODE (node));

  objectives = dup_objectives (node);
  g_return_if_fail (index <= objectives->len);

  g_ptr_array_insert (objectives, index, g_strdup (text ? text : ""));
  what = _syl_describe_node (node);
  label = g_strdup_printf (_("Add Objective to %s"), what);
  set_objectives (self, node, objectives, label, FALSE);
}

void
syl_document_remove_objective (SylDocument *self,
                               SylNode     *node,
                               guint        index)
{
  g_autoptr(GPtrArray) objectives = NULL;
  g_autofree char *label = NULL;
  g_autofree char *what = NULL;

  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_NODE (node));

  objectives = dup_objectives (node);
  g_return_if_fail (index < objectives->len);

  g_ptr_array_remove_index (objectives, index);
  what = _syl_describe_node (node);
  label = g_strdup_printf (_("Remove Objective from %s"), what);
  set_objectives (self, node, objectives, label, FALSE);
}

void
syl_document_move_objective (SylDocument *self,
                             SylNode     *node,
                             guint        from,
                             guint        to)
{
  g_autoptr(GPtrArray) objectives = NULL;
  g_autofree char *label = NULL;
  g_autofree char *what = NULL;
  char *moved;

  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_NODE (node));

  objectives = dup_objectives (node);
  g_return_if_fail (from < objectives->len && to < objectives->len);
  if (from == to)
    return;

  moved = g_ptr_array_steal_index (objectives, from);
  g_ptr_array_insert (objectives, to, moved);
  what = _syl_describe_node (node);
  label = g_strdup_printf (_("Reorder Objectives of %s"), what);
  set_objectives (self, node, objectives, label, FALSE);
}

void
syl_document_edit_objective (SylDocument *self,
                             SylNode     *node,
                             guint        index,
                             const char  *text,
                             gboolean     merge)
{
  g_autoptr(GPtrArray) objectives = NULL;
  g_autofree char *label = NULL;

  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_NODE (node));

  objectives = dup_objectives (node);
  g_return_if_fail (index < objectives->len);
  if (g_strcmp0 (g_ptr_array_index (objectives, index), text) == 0)
    return;

  g_free (g_ptr_array_index (objectives, index));
  g_ptr_array_index (objectives, index) = g_strdup (text ? text : "");
  label = field_label (node, "objectives");
  set_objectives (self, node, objectives, label, merge);
}

/* Lists of examples, annotations, replies and authors. */

static void
insert_item (SylDocument *self,
             GListStore  *store,
             gpointer     owner,
             guint        index,
             gpointer     item,
             const char  *label)
{
  g_return_if_fail (index <= g_list_model_get_n_items (G_LIST_MODEL (store)));

  _syl_owner_set (item, owner);
  _syl_document_push (self, _syl_command_list_insert_new (store, index, item), label,
                      _syl_subject_of (owner));
}

static void
remove_item (SylDocument *self,
             GListStore  *store,
             gpointer     owner,
             guint        index,
             const char  *label)
{
  g_return_if_fail (index < g_list_model_get_n_items (G_LIST_MODEL (store)));

  _syl_document_push (self, _syl_command_list_remove_new (store, index), label,
                      _syl_subject_of (owner));
}

static void
move_item (SylDocument *self,
           GListStore  *store,
           gpointer     owner,
           guint        from,
           guint        to,
           const char  *label)
{
  guint n = g_list_model_get_n_items (G_LIST_MODEL (store));

  g_return_if_fail (from < n && to < n);
  if (from == to)
    return;

  _syl_document_push (self, _syl_command_list_move_new (store, from, to), label,
                      _syl_subject_of (owner));
}

static char *
node_label (const char *format,
            SylNode    *node)
{
  g_autofree char *what = _syl_describe_node (node);

  return g_strdup_printf (format, what);
}

void
syl_document_insert_example (SylDocument *self,
                             SylNode     *node,
                             guint        index,
                             SylExample  *example)
{
  g_autofree char *label = NULL;

  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_NODE (node));
  g_return_if_fail (SYL_IS_EXAMPLE (example));

  label = node_label (_("Add Example to %s"), node);
  insert_item (self, _syl_node_get_example_store (node), node, index, example, label);
}

void
syl_document_remove_example (SylDocument *self,
                             SylNode     *node,
                             guint        index)
{
  g_autofree char *label = NULL;

  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_NODE (node));

  label = node_label (_("Remove Example from %s"), node);
  remove_item (self, _syl_node_get_example_store (node), node, index, label);
}

void
syl_document_move_example (SylDocument *self,
                           SylNode     *node,
                           guint        from,
                           guint        to)
{
  g_autofree char *label = NULL;

  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_NODE (node));

  label = node_label (_("Reorder Examples of %s"), node);
  move_item (self, _syl_node_get_example_store (node), node, from, to, label);
}

void
syl_document_add_annotation (SylDocument   *self,
                             SylNode       *node,
                             SylAnnotation *annotation)
{
  g_return_if_fail (SYL_IS_NODE (node));

  _syl_document_insert_annotation (self, node,
                                   g_list_model_get_n_items (syl_node_get_annotations (node)),
                                   annotation);
}

void
_syl_document_insert_annotation (SylDocument   *self,
                                 SylNode       *node,
                                 guint          index,
                                 SylAnnotation *annotation)
{
  g_autofree char *label = NULL;

  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_NODE (node));
  g_return_if_fail (SYL_IS_ANNOTATION (annotation));

  label = node_label (_("Comment on %s"), node);
  insert_item (self, _syl_node_get_annotation_store (node), node, index, annotation, label);
}

void
syl_document_remove_annotation (SylDocument *self,
                                SylNode     *node,
                                guint        index)
{
  g_autofree char *label = NULL;

  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_NODE (node));

  label = node_label (_("Delete Comment on %s"), node);
  remove_item (self, _syl_node_get_annotation_store (node), node, index, label);
}

/**
 * syl_document_set_resolved:
 * @by: who resolves it; ignored when reopening
 *
 * Resolves or reopens a comment, recording who resolved it and when.
 */
void
syl_document_set_resolved (SylDocument   *self,
                           SylAnnotation *annotation,
                           gboolean       resolved,
                           const char    *by)
{
  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_ANNOTATION (annotation));

  if (syl_annotation_get_resolved (annotation) == !!resolved)
    return;
  syl_document_set_resolved_full (self, annotation, resolved, by, NULL);
}

void
syl_document_add_reply (SylDocument   *self,
                        SylAnnotation *annotation,
                        SylReply      *reply)
{
  g_return_if_fail (SYL_IS_ANNOTATION (annotation));

  _syl_document_insert_reply (self, annotation,
                              g_list_model_get_n_items (syl_annotation_get_replies (annotation)),
                              reply);
}

void
_syl_document_insert_reply (SylDocument   *self,
                            SylAnnotation *annotation,
                            guint          index,
                            SylReply      *reply)
{
  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_ANNOTATION (annotation));
  g_return_if_fail (SYL_IS_REPLY (reply));

  insert_item (self, _syl_annotation_get_reply_store (annotation), annotation, index, reply,
               _("Reply to Comment"));
}

void
_syl_document_remove_reply (SylDocument   *self,
                            SylAnnotation *annotation,
                            guint          index)
{
  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_ANNOTATION (annotation));

  remove_item (self, _syl_annotation_get_reply_store (annotation), annotation, index,
               _("Delete Reply"));
}

void
syl_document_insert_author (SylDocument *self,
                            guint        index,
                            SylAuthor   *author)
{
  g_return_if_fail (SYL_IS_DOCUMENT (self));
  g_return_if_fail (SYL_IS_AUTHOR (author));

  insert_item (self, G_LIST_STORE (syl_document_get_authors (self)), self, index, author,
               _("Add Author"));
}

void
syl_document_remove_author (SylDocument *self,
                            guint        index)
{
  g_return_if_fail (SYL_IS_DOCUMENT (self));

  remove_item (self, G_LIST_STORE (syl_document_get_authors (self)), self, index,
               _("Remove Author"));
}

void
syl_document_move_author (SylDocument *self,
                          guint        from,
                          guint        to)
{
  g_return_if_fail (SYL_IS_DOCUMENT (self));

  move_item (self, G_LIST_STORE (syl_document_get_authors (self)), self, from, to,
             _("Reorder Authors"));
}
