/* syl-cli-diff.c: syllabus-cli diff, and loading for the three-way merge
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>
#include <unistd.h>

#include "syl-cli.h"
#include "syl-diff.h"

static gboolean opt_json;
static char *opt_color;

const GOptionEntry syl_cli_diff_options[] = {
  { "json", 0, 0, G_OPTION_ARG_NONE, &opt_json,
    N_("Print the changes as JSON (see docs/format.md)"), NULL },
  { "color", 0, 0, G_OPTION_ARG_STRING, &opt_color,
    N_("Colour the output: auto (the default), always or never"), N_("WHEN") },
  { NULL }
};

typedef struct
{
  SylDocument *old_document;
  SylDocument *new_document;
  gboolean     color;
  GString     *out;
} Printer;

/* Loads an outline for comparing or merging by id: an outline whose ids
 * were repaired (missing or duplicate) cannot be matched, so it is
 * refused.  Errors are printed. */
SylDocument *
syl_cli_load_by_id (const char *path)
{
  g_autoptr(SylDocument) document = syl_cli_load (path);

  if (document == NULL)
    return NULL;
  if (syl_document_get_warnings (document)[0] != NULL)
    {
      syl_cli_print_warnings (path, document);
      /* Translators: %s is a file name. */
      fprintf (stderr, _("%s: missing or duplicate ids; outlines are compared by id\n"), path);
      return NULL;
    }
  return g_steal_pointer (&document);
}

/* Whether two paths name one file, which is no comparison. */
gboolean
syl_cli_same_file (const char *a,
                   const char *b)
{
  g_autoptr(GFile) file_a = g_file_new_for_commandline_arg (a);
  g_autoptr(GFile) file_b = g_file_new_for_commandline_arg (b);
  g_autoptr(GFileInfo) info_a = NULL;
  g_autoptr(GFileInfo) info_b = NULL;
  const char *attributes = G_FILE_ATTRIBUTE_ID_FILE;

  if (g_file_equal (file_a, file_b))
    return TRUE;
  info_a = g_file_query_info (file_a, attributes, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  info_b = g_file_query_info (file_b, attributes, G_FILE_QUERY_INFO_NONE, NULL, NULL);
  return info_a != NULL && info_b != NULL &&
         g_strcmp0 (g_file_info_get_attribute_string (info_a, attributes),
                    g_file_info_get_attribute_string (info_b, attributes)) == 0;
}

/* Whether to colour, from --color, NO_COLOR and the terminal. */
static gboolean
parse_color (gboolean *color)
{
  const char *no_color = g_getenv ("NO_COLOR");

  if (opt_color == NULL || g_str_equal (opt_color, "auto"))
    *color = isatty (STDOUT_FILENO) && (no_color == NULL || *no_color == '\0');
  else if (g_str_equal (opt_color, "always"))
    *color = TRUE;
  else if (g_str_equal (opt_color, "never"))
    *color = FALSE;
  else
    return FALSE;
  return TRUE;
}

static void
start_color (Printer    *p,
             const char *code)
{
  if (p->color)
    g_string_append_printf (p->out, "\033[%sm", code);
}

static void
end_color (Printer *p)
{
  if (p->color)
    g_string_append (p->out, "\033[0m");
}

/* "2.1 Title" of the node @id in @document, or of the top level. */
static char *
describe (SylDocument *document,
          const char  *id)
{
  SylNode *node = *id != '\0' ? syl_document_find_node (document, id) : NULL;

  if (node == NULL)
    return g_strdup (_("the top level"));
  return syl_numbering_format_with_title (syl_document_get_numbering (document), node);
}

static void
print_chapter (Printer         *p,
               const SylChange *change)
{
  SylNode *chapter = syl_document_find_node (p->new_document, change->chapter_id);
  SylDocument *document = chapter != NULL ? p->new_document : p->old_document;
  g_autofree char *text = describe (document, change->chapter_id);

  start_color (p, "1");
  g_string_append_printf (p->out, "%s\n", text);
  end_color (p);
}

static char *
one_line (const char *text)
{
  char *line = g_strdup (text != NULL ? text : "");

  return g_strdelimit (line, "\n", ' ');
}

static void
print_detail (Printer         *p,
              const SylChange *c)
{
  g_autofree char *old_value = one_line (c->old_value);
  g_autofree char *new_value = one_line (c->new_value);
  g_autofree char *from = NULL, *to = NULL;

  switch (c->kind)
    {
    case SYL_CHANGE_ADDED:
      g_string_append (p->out, _("added"));
      break;
    case SYL_CHANGE_DELETED:
      g_string_append (p->out, _("deleted"));
      break;
    case SYL_CHANGE_MOVED:
      if (g_str_equal (c->old_parent_id, c->new_parent_id))
        {
          /* Translators: a move among the same siblings: old and new number. */
          g_string_append_printf (p->out, _("moved from %s to %s"), c->old_number, c->new_number);
          break;
        }
      from = describe (p->old_document, c->old_parent_id);
      to = describe (p->new_document, c->new_parent_id);
      /* Translators: a move: old number, new number, old parent, new parent. */
      g_string_append_printf (p->out, _("moved from %s to %s (from “%s” to “%s”)"),
                              c->old_number, c->new_number, from, to);
      break;
    case SYL_CHANGE_RENAMED:
      g_string_append_printf (p->out, _("renamed “%s” → “%s”"), old_value, new_value);
      break;
    case SYL_CHANGE_KIND:
      g_string_append_printf (p->out, _("kind %s → %s"), old_value, new_value);
      break;
    case SYL_CHANGE_OPTIONAL:
      g_string_append (p->out, g_str_equal (new_value, "true") ? _("made optional")
                                                                : _("made required"));
      break;
    case SYL_CHANGE_DURATION:
      /* Translators: minutes before and after; "none" when not set. */
      g_string_append_printf (p->out, _("duration %s → %s min"),
                              *old_value ? old_value : _("none"),
                              *new_value ? new_value : _("none"));
      break;
    case SYL_CHANGE_NOTES:
      /* Translators: words added and removed, then the stretch of text. */
      g_string_append_printf (p->out, _("notes edited (+%u −%u words): “%s” → “%s”"),
                              c->n_added, c->n_removed, c->old_excerpt, c->new_excerpt);
      break;
    case SYL_CHANGE_OBJECTIVES:
      g_string_append_printf (p->out, _("objectives edited (+%u −%u)"), c->n_added, c->n_removed);
      break;
    case SYL_CHANGE_EXAMPLES:
      g_string_append_printf (p->out, _("examples edited (+%u −%u)"), c->n_added, c->n_removed);
      break;
    case SYL_CHANGE_COMMENT_ADDED:
      g_string_append_printf (p->out, _("comment added by %s: “%s”"), c->author, new_value);
      break;
    case SYL_CHANGE_COMMENT_EDITED:
      g_string_append_printf (p->out, _("comment edited: “%s” → “%s”"), old_value, new_value);
      break;
    case SYL_CHANGE_COMMENT_RESOLVED:
      g_string_append_printf (p->out, _("comment resolved by %s: “%s”"), c->author, new_value);
      break;
    case SYL_CHANGE_COMMENT_REOPENED:
      g_string_append_printf (p->out, _("comment reopened: “%s”"), new_value);
      break;
    case SYL_CHANGE_COMMENT_DELETED:
      g_string_append_printf (p->out, _("comment deleted: “%s”"), old_value);
      break;
    default:
      g_assert_not_reached ();
    }
}

static const char *
change_color (SylChangeKind kind)
{
  if (kind == SYL_CHANGE_ADDED || kind == SYL_CHANGE_COMMENT_ADDED)
    return "32";
  if (kind == SYL_CHANGE_DELETED || kind == SYL_CHANGE_COMMENT_DELETED)
    return "31";
  if (kind == SYL_CHANGE_MOVED)
    return "36";
  return "33";
}

static void
print_change (Printer         *p,
              const SylChange *c)
{
  const char *number = c->new_number != NULL ? c->new_number : c->old_number;

  g_string_append (p->out, "  ");
  start_color (p, change_color (c->kind));
  g_string_append_printf (p->out, "%s%s%s: ", number, *number ? " " : "", c->title);
  print_detail (p, c);
  end_color (p);
  g_string_append_c (p->out, '\n');
}

static int
print_text (Printer *p,
            SylDiff *diff)
{
  const char *chapter = NULL;

  for (guint i = 0; i < syl_diff_get_n_changes (diff); i++)
    {
      const SylChange *change = syl_diff_get_change (diff, i);

      if (g_strcmp0 (chapter, change->chapter_id) != 0)
        print_chapter (p, change);
      chapter = change->chapter_id;
      print_change (p, change);
    }
  fputs (p->out->str, stdout);
  return fflush (stdout) == 0 ? 0 : SYL_CLI_EXIT_USAGE;
}

static int
print_json (SylDiff *diff)
{
  g_autoptr(JsonNode) root = syl_diff_to_json (diff);
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autofree char *text = NULL;

  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  text = json_generator_to_data (generator, NULL);
  fputs (text, stdout);
  fputc ('\n', stdout);
  return fflush (stdout) == 0 ? 0 : SYL_CLI_EXIT_USAGE;
}

/* Exit status as diff(1): 0 the same, 1 different, 2 trouble. */
int
syl_cli_run_diff (GOptionContext  *context,
                  int              argc,
                  char           **argv)
{
  g_autoptr(SylDocument) old_document = NULL;
  g_autoptr(SylDocument) new_document = NULL;
  g_autoptr(SylDiff) diff = NULL;
  g_autoptr(GString) out = g_string_new (NULL);
  Printer printer = { NULL };
  int status;

  if (argc != 2)
    return syl_cli_usage (context);
  if (!parse_color (&printer.color))
    {
      /* Translators: %s is what the user gave; keep the three names. */
      fprintf (stderr, _("syllabus-cli diff: unknown --color “%s”; "
                         "expected auto, always or never\n"), opt_color);
      return SYL_CLI_EXIT_USAGE;
    }
  if (syl_cli_same_file (argv[0], argv[1]))
    {
      fprintf (stderr, _("syllabus-cli diff: OLD and NEW are the same file\n"));
      return SYL_CLI_EXIT_USAGE;
    }
  old_document = syl_cli_load_by_id (argv[0]);
  new_document = syl_cli_load_by_id (argv[1]);
  if (old_document == NULL || new_document == NULL)
    return SYL_CLI_EXIT_USAGE;

  diff = syl_diff_new (old_document, new_document);
  printer.old_document = old_document;
  printer.new_document = new_document;
  printer.out = out;
  status = opt_json ? print_json (diff) : print_text (&printer, diff);
  if (status != 0)
    return status;
  return syl_diff_get_n_changes (diff) == 0 ? 0 : SYL_CLI_EXIT_FAILURE;
}
