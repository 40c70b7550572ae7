/* syl-diff-json.c: the changes between two outlines, as JSON for tools
 *
 * The form is described in docs/format.md and data/syllabus-diff.schema.json.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-diff-private.h"

static void
add_string (JsonBuilder *builder,
            const char  *name,
            const char  *value)
{
  if (value == NULL)
    return;
  json_builder_set_member_name (builder, name);
  json_builder_add_string_value (builder, value);
}

static void
add_int (JsonBuilder *builder,
         const char  *name,
         gint64       value)
{
  json_builder_set_member_name (builder, name);
  json_builder_add_int_value (builder, value);
}

static void
add_change (JsonBuilder     *builder,
            const SylChange *change)
{
  json_builder_begin_object (builder);
  add_string (builder, "kind", syl_change_kind_to_string (change->kind));
  add_string (builder, "node", change->node_id);
  add_string (builder, "chapter", change->chapter_id);
  add_string (builder, "title", change->title);
  add_string (builder, "oldNumber", change->old_number);
  add_string (builder, "newNumber", change->new_number);
  if (change->kind == SYL_CHANGE_MOVED)
    {
      add_string (builder, "oldParent", change->old_parent_id);
      add_string (builder, "newParent", change->new_parent_id);
      add_int (builder, "oldIndex", change->old_index);
      add_int (builder, "newIndex", change->new_index);
    }
  add_string (builder, "comment", change->comment_id);
  add_string (builder, "author", change->author);
  add_string (builder, "old", change->old_value);
  add_string (builder, "new", change->new_value);
  if (change->kind == SYL_CHANGE_NOTES || change->kind == SYL_CHANGE_OBJECTIVES ||
      change->kind == SYL_CHANGE_EXAMPLES)
    {
      add_int (builder, "added", change->n_added);
      add_int (builder, "removed", change->n_removed);
    }
  add_string (builder, "oldExcerpt", change->old_excerpt);
  add_string (builder, "newExcerpt", change->new_excerpt);
  json_builder_end_object (builder);
}

/**
 * syl_diff_to_json:
 *
 * Returns: (transfer full): an object with "format": "syllabus-diff",
 *   "version": 1, "same" and the array "changes", in order
 */
JsonNode *
syl_diff_to_json (SylDiff *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  guint n;

  g_return_val_if_fail (self != NULL, NULL);

  n = syl_diff_get_n_changes (self);
  json_builder_begin_object (builder);
  add_string (builder, "format", "syllabus-diff");
  add_int (builder, "version", 1);
  json_builder_set_member_name (builder, "same");
  json_builder_add_boolean_value (builder, n == 0);
  json_builder_set_member_name (builder, "changes");
  json_builder_begin_array (builder);
  for (guint i = 0; i < n; i++)
    add_change (builder, syl_diff_get_change (self, i));
  json_builder_end_array (builder);
  json_builder_end_object (builder);
  return json_builder_get_root (builder);
}
