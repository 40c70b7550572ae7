/* syl-merge3-fields.c: the fields and comments of a three-way merge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-diff-private.h"
#include "syl-document-private.h"
#include "syl-merge-private.h"
#include "syl-merge3-private.h"

typedef enum
{
  FIELD_TITLE,
  FIELD_NOTES,
  FIELD_KIND,
  FIELD_OPTIONAL,
  FIELD_DURATION,
  FIELD_OBJECTIVES,
  FIELD_EXAMPLES,
  N_FIELDS,
} Field;

static const char * const field_names[N_FIELDS] = {
  "title", "notes", "kind", "optional", "duration", "objectives", "examples",
};

/* A field of @node as one string that tells every change; %NULL for no
 * node. */
static char *
field_value (SylNode *node,
             Field    field)
{
  if (node == NULL)
    return NULL;
  switch (field)
    {
    case FIELD_TITLE:
      return g_strdup (syl_node_get_title (node));
    case FIELD_NOTES:
      return g_strdup (syl_node_get_notes (node));
    case FIELD_KIND:
      return g_strdup (syl_node_kind_to_string (syl_node_get_kind (node)));
    case FIELD_OPTIONAL:
      return g_strdup (syl_node_get_optional (node) ? "true" : "false");
    case FIELD_DURATION:
      return g_strdup_printf ("%d", syl_node_get_duration_minutes (node));
    case FIELD_OBJECTIVES:
      return _syl_diff_join_objectives (node);
    case FIELD_EXAMPLES:
      return _syl_diff_join_examples (node, TRUE);
    default:
      g_assert_not_reached ();
    }
}

/* What THEIRS had, for the comment that notes a conflict. */
static char *
describe_theirs (Merge3  *merge,
                 SylNode *theirs,
                 Field    field)
{
  SylCatalogue *c = merge->catalogue;
  g_autofree char *list = NULL;

  switch (field)
    {
    case FIELD_TITLE:
      return g_strdup_printf (syl_catalogue_gettext (c, "Merge conflict: the other version "
                                                        "has the title “%s”."),
                              syl_node_get_title (theirs));
    case FIELD_NOTES:
      return g_strdup_printf (syl_catalogue_gettext (c, "Merge conflict: the other version "
                                                        "has these notes:\n\n%s"),
                              syl_node_get_notes (theirs));
    case FIELD_KIND:
      return g_strdup_printf (syl_catalogue_gettext (c, "Merge conflict: the other version "
                                                        "has the kind “%s”."),
                              syl_node_kind_to_string (syl_node_get_kind (theirs)));
    case FIELD_OPTIONAL:
      return g_strdup (syl_node_get_optional (theirs)
                       ? syl_catalogue_gettext (c, "Merge conflict: the other version makes "
                                                   "this section optional.")
                       : syl_catalogue_gettext (c, "Merge conflict: the other version makes "
                                                   "this section required."));
    case FIELD_DURATION:
      list = syl_format_minutes_in (c, MAX (syl_node_get_duration_minutes (theirs), 0));
      return g_strdup_printf (syl_catalogue_gettext (c, "Merge conflict: the other version "
                                                        "has the duration %s."), list);
    case FIELD_OBJECTIVES:
      list = _syl_diff_join_objectives (theirs);
      return g_strdup_printf (syl_catalogue_gettext (c, "Merge conflict: the other version "
                                                        "has these objectives:\n\n%s"), list);
    case FIELD_EXAMPLES:
      list = _syl_diff_join_examples (theirs, FALSE);
      return g_strdup_printf (syl_catalogue_gettext (c, "Merge conflict: the other version "
                                                        "has these examples:\n\n%s"), list);
    default:
      g_assert_not_reached ();
    }
}

static void
set_objectives (SylDocument *document,
                SylNode     *node,
                SylNode     *from)
{
  const char * const *objectives = syl_node_get_objectives (from);

  while (syl_node_get_objectives (node)[0] != NULL)
    syl_document_remove_objective (document, node, 0);
  for (guint i = 0; objectives[i] != NULL; i++)
    syl_document_insert_objective (document, node, i, objectives[i]);
}

/* Whether another node of @document than @node has an example @id:
 * example ids are unique across the outline. */
static gboolean
example_id_used (SylDocument *document,
                 SylNode     *node,
                 const char  *id)
{
  SylNodeIter iter;
  SylNode *other;

  syl_node_iter_init (&iter, syl_document_get_root (document));
  while (syl_node_iter_next (&iter, &other))
    {
      GListModel *examples = syl_node_get_examples (other);

      for (guint i = 0; other != node && i < g_list_model_get_n_items (examples); i++)
        {
          g_autoptr(SylExample) example = g_list_model_get_item (examples, i);

          if (g_str_equal (syl_example_get_id (example), id))
            return TRUE;
        }
    }
  return FALSE;
}

static void
set_examples (SylDocument *document,
              SylNode     *node,
              SylNode     *from)
{
  GListModel *examples = syl_node_get_examples (from);

  while (g_list_model_get_n_items (syl_node_get_examples (node)) > 0)
    syl_document_remove_example (document, node, 0);
  for (guint i = 0; i < g_list_model_get_n_items (examples); i++)
    {
      g_autoptr(SylExample) example = g_list_model_get_item (examples, i);
      g_autoptr(SylExample) copy = syl_example_copy (example);

      if (!example_id_used (document, node, syl_example_get_id (example)))
        _syl_example_set_id (copy, syl_example_get_id (example));
      syl_document_insert_example (document, node, i, copy);
    }
}

/* Sets @field of @node in the merged outline to its value in @from. */
static void
set_field (SylDocument *document,
           SylNode     *node,
           SylNode     *from,
           Field        field)
{
  switch (field)
    {
    case FIELD_TITLE:
      syl_document_set_string (document, node, "title", syl_node_get_title (from), FALSE, NULL);
      break;
    case FIELD_NOTES:
      syl_document_set_string (document, node, "notes", syl_node_get_notes (from), FALSE, NULL);
      break;
    case FIELD_KIND:
      syl_document_set_kind (document, node, syl_node_get_kind (from), NULL);
      break;
    case FIELD_OPTIONAL:
      syl_document_set_boolean (document, node, "optional", syl_node_get_optional (from), NULL);
      break;
    case FIELD_DURATION:
      syl_document_set_int (document, node, "duration-minutes",
                            syl_node_get_duration_minutes (from), NULL);
      break;
    case FIELD_OBJECTIVES:
      set_objectives (document, node, from);
      break;
    case FIELD_EXAMPLES:
      set_examples (document, node, from);
      break;
    default:
      g_assert_not_reached ();
    }
}

/* One field of a kept node: MINE's value, unless only THEIRS changed it
 * (or added the node). */
static void
merge_field (Merge3     *merge,
             const char *id,
             Field       field)
{
  SylNode *node = syl_document_find_node (merge->self, id);
  SylNode *theirs = syl_document_find_node (merge->theirs, id);
  SylNode *mine = syl_document_find_node (merge->mine, id);
  g_autofree char *b = field_value (syl_document_find_node (merge->base, id), field);
  g_autofree char *m = field_value (mine, field);
  g_autofree char *t = field_value (theirs, field);
  g_autofree char *now = field_value (node, field);

  if (node == NULL || t == NULL || g_strcmp0 (m, t) == 0)
    return;
  if (m == NULL || g_strcmp0 (m, b) == 0)
    {
      if (g_strcmp0 (now, t) != 0)
        set_field (merge->self, node, theirs, field);
      if (m != NULL)
        _syl_merge3_took (merge, id, field_names[field]);
      return;
    }
  if (g_strcmp0 (t, b) != 0)
    _syl_merge3_conflict (merge, id, describe_theirs (merge, theirs, field));
}

static const char *
course_conflict (SylCatalogue *c,
                 const char   *property)
{
  if (g_str_equal (property, "title"))
    return syl_catalogue_gettext (c, "Merge conflict: the other version has the course title "
                                     "“%s”.");
  if (g_str_equal (property, "subtitle"))
    return syl_catalogue_gettext (c, "Merge conflict: the other version has the course "
                                     "subtitle “%s”.");
  if (g_str_equal (property, "description"))
    return syl_catalogue_gettext (c, "Merge conflict: the other version has the course "
                                     "description “%s”.");
  return syl_catalogue_gettext (c, "Merge conflict: the other version has the course language "
                                   "“%s”.");
}

/* A field of the course itself, merged as a node's; a conflict is only
 * reported, since no node holds it. */
static void
merge_course_field (Merge3     *merge,
                    const char *property)
{
  g_autofree char *b = NULL, *m = NULL, *t = NULL, *text = NULL;

  g_object_get (merge->base, property, &b, NULL);
  g_object_get (merge->mine, property, &m, NULL);
  g_object_get (merge->theirs, property, &t, NULL);
  if (g_strcmp0 (m, t) == 0 || g_strcmp0 (t, b) == 0)
    return;
  if (g_strcmp0 (m, b) == 0)
    {
      syl_document_set_string (merge->self, merge->self, property, t, FALSE, NULL);
      _syl_merge_report_add (merge->report, SYL_MERGE_TOOK, merge->source, "", NULL, "",
                             property, NULL);
      return;
    }
  text = g_strdup_printf (course_conflict (merge->catalogue, property), t);
  _syl_merge_report_add (merge->report, SYL_MERGE_KEPT, merge->source, "", NULL, "", text, NULL);
}

/**
 * _syl_merge3_fields:
 *
 * Merges the fields of every node the merge keeps, in the merged order,
 * once the tree is merged.
 */
void
_syl_merge3_fields (Merge3 *merge)
{
  const char * const course_fields[] = { "title", "subtitle", "description", "language" };
  SylNodeIter iter;
  SylNode *node;

  for (guint i = 0; i < G_N_ELEMENTS (course_fields); i++)
    merge_course_field (merge, course_fields[i]);
  syl_node_iter_init (&iter, syl_document_get_root (merge->self));
  while (syl_node_iter_next (&iter, &node))
    for (Field field = 0; field < N_FIELDS; field++)
      merge_field (merge, syl_node_get_id (node), field);
}
