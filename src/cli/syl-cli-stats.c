/* syl-cli-stats.c: syllabus-cli stats
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <json-glib/json-glib.h>
#include <stdio.h>

#include "syl-cli.h"

typedef struct
{
  GArray *levels;            /* nodes per level, chapters first */
  guint   kinds[3];
  guint   optional;
  guint   with_duration;
  guint   open;
  guint   resolved;
  guint   replies;
  guint   examples;
  guint   nodes;
} Stats;

static void
count_annotations (Stats   *stats,
                   SylNode *node)
{
  SylCommentIter iter;
  SylAnnotation *annotation;
  SylReply *reply;

  syl_comment_iter_init (&iter, node);
  while (syl_comment_iter_next (&iter, &annotation, &reply))
    {
      if (reply != NULL)
        stats->replies++;
      else if (syl_annotation_get_resolved (annotation))
        stats->resolved++;
      else
        stats->open++;
    }
}

static void
collect (Stats   *stats,
         SylNode *root)
{
  SylNodeIter iter;
  SylNode *node;

  syl_node_iter_init (&iter, root);
  while (syl_node_iter_next (&iter, &node))
    {
      guint level = syl_node_iter_get_depth (&iter);

      if (stats->levels->len < level)
        g_array_set_size (stats->levels, level);
      g_array_index (stats->levels, guint, level - 1)++;
      stats->nodes++;
      stats->kinds[syl_node_get_kind (node)]++;
      stats->optional += syl_node_get_optional (node);
      stats->with_duration += syl_node_get_duration_minutes (node) >= 0;
      stats->examples += g_list_model_get_n_items (syl_node_get_examples (node));
      count_annotations (stats, node);
    }
}

static void
print_text (Stats       *stats,
            SylDocument *document)
{
  gint64 total = syl_node_get_total_minutes (syl_document_get_root (document));
  int target = syl_document_get_target_minutes (document);

  printf (_("Nodes: %u\n"), stats->nodes);
  for (guint i = 0; i < stats->levels->len; i++)
    printf (_("  Level %u: %u\n"), i + 1, g_array_index (stats->levels, guint, i));
  printf (_("Sections: %u, discussions: %u, examples: %u\n"),
          stats->kinds[SYL_NODE_KIND_SECTION], stats->kinds[SYL_NODE_KIND_DISCUSSION],
          stats->kinds[SYL_NODE_KIND_EXAMPLE]);
  printf (_("Optional: %u\n"), stats->optional);
  printf (_("Worked examples in notes: %u\n"), stats->examples);
  if (total >= 0)
    {
      g_autofree char *text = syl_format_minutes (total);
      printf (_("Duration: %s (%u nodes with a duration)\n"), text, stats->with_duration);
    }
  else
    printf ("%s\n", _("Duration: none set"));
  if (target >= 0)
    {
      g_autofree char *text = syl_format_minutes (target);
      printf (_("Target: %s\n"), text);
    }
  printf (_("Comments: %u open, %u resolved, %u replies\n"),
          stats->open, stats->resolved, stats->replies);
}

static void
print_json (Stats       *stats,
            SylDocument *document)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  g_autofree char *text = NULL;
  gint64 total = syl_node_get_total_minutes (syl_document_get_root (document));

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "nodes");
  json_builder_add_int_value (builder, stats->nodes);
  json_builder_set_member_name (builder, "levels");
  json_builder_begin_array (builder);
  for (guint i = 0; i < stats->levels->len; i++)
    json_builder_add_int_value (builder, g_array_index (stats->levels, guint, i));
  json_builder_end_array (builder);
  json_builder_set_member_name (builder, "kinds");
  json_builder_begin_object (builder);
  for (guint i = 0; i < G_N_ELEMENTS (stats->kinds); i++)
    {
      json_builder_set_member_name (builder, syl_node_kind_to_string (i));
      json_builder_add_int_value (builder, stats->kinds[i]);
    }
  json_builder_end_object (builder);
  json_builder_set_member_name (builder, "optional");
  json_builder_add_int_value (builder, stats->optional);
  json_builder_set_member_name (builder, "examples");
  json_builder_add_int_value (builder, stats->examples);
  json_builder_set_member_name (builder, "duration_minutes");
  if (total >= 0)
    json_builder_add_int_value (builder, total);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "nodes_with_duration");
  json_builder_add_int_value (builder, stats->with_duration);
  json_builder_set_member_name (builder, "annotations");
  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "open");
  json_builder_add_int_value (builder, stats->open);
  json_builder_set_member_name (builder, "resolved");
  json_builder_add_int_value (builder, stats->resolved);
  json_builder_set_member_name (builder, "replies");
  json_builder_add_int_value (builder, stats->replies);
  json_builder_end_object (builder);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  printf ("%s\n", text);
}

static gboolean opt_json;

const GOptionEntry syl_cli_stats_options[] = {
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json, N_("Print the figures as JSON"), NULL },
  { NULL }
};

/* Totals roll up: a node's duration counts, or else its children's. */
int
syl_cli_run_stats (GOptionContext  *context,
                   int              argc,
                   char           **argv)
{
  g_autoptr(SylDocument) document = NULL;
  Stats stats = { 0 };

  if (argc != 1)
    return syl_cli_usage (context);

  document = syl_cli_load (argv[0]);
  if (document == NULL)
    return SYL_CLI_EXIT_FAILURE;
  syl_cli_print_warnings (argv[0], document);

  stats.levels = g_array_new (FALSE, TRUE, sizeof (guint));
  collect (&stats, syl_document_get_root (document));
  if (opt_json)
    print_json (&stats, document);
  else
    print_text (&stats, document);
  g_array_unref (stats.levels);
  return fflush (stdout) == 0 ? 0 : SYL_CLI_EXIT_FAILURE;
}
