/* test-roundtrip.c: out through an export and back in through an import
 *
 * OPML → Syllabus JSON → OPML keeps every outline, title, note and
 * attribute; an outline exported as OPML or Markdown and imported again
 * is the same tree, with the same titles, kinds and (OPML) notes.
 *
 * Needs the importer (syl-import.h, branch "import") and the exporters
 * (syl-export.h, branch "export"): enable it in tests/meson.build once
 * both are merged.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-export.h"
#include "syl-import.h"
#include "syl-test-util.h"
#include "syl-json-reader.h"
#include "syl-json-writer.h"

/* Importing and exporting. */

static SylDocument *
import_text (const char      *text,
             SylImportFormat  format,
             const char      *file_name)
{
  g_autoptr(GBytes) bytes = g_bytes_new (text, strlen (text));
  g_autoptr(GError) error = NULL;
  g_autoptr(SylImportResult) result = syl_import_bytes (bytes, format, NULL, file_name, &error);

  g_assert_no_error (error);
  g_assert_nonnull (result);
  return syl_import_result_create_document (result);
}

static char *
export_text (SylDocument     *document,
             SylExportFormat  format,
             SylExportFlags   flags)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GBytes) bytes = syl_export_document (document, format, flags, &error);

  g_assert_no_error (error);
  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* Through the file format: saved as JSON and loaded again, as a designer
 * would save an imported outline and open it another day. */
static SylDocument *
through_json (SylDocument *document)
{
  g_autoptr(GBytes) json = syl_document_serialize (document);
  g_autoptr(GError) error = NULL;
  SylDocument *loaded = syl_document_new_from_data (g_bytes_get_data (json, NULL),
                                                    g_bytes_get_size (json), &error);

  g_assert_no_error (error);
  return loaded;
}

/* Trees. */

static void
dump_node (GString *out,
           SylNode *node,
           gboolean details)
{
  for (guint i = 0; i < syl_node_get_n_children (node); i++)
    {
      SylNode *child = syl_node_get_child (node, i);

      g_string_append_printf (out, "%*s%s|%s\n", syl_node_get_depth (child) * 2, "",
                              syl_node_kind_to_string (syl_node_get_kind (child)),
                              syl_node_get_title (child));
      if (details && *syl_node_get_notes (child) != '\0')
        g_string_append_printf (out, "%*snotes: %s\n", syl_node_get_depth (child) * 2, "",
                                syl_node_get_notes (child));
      if (details)
        g_string_append_printf (out, "%*sminutes %d%s\n", syl_node_get_depth (child) * 2, "",
                                syl_node_get_duration_minutes (child),
                                syl_node_get_optional (child) ? ", optional" : "");
      dump_node (out, child, details);
    }
}

/* Each node's depth, kind and title, and with @details its notes,
 * duration and whether it is optional. */
static char *
dump_tree (SylDocument *document,
           gboolean     details)
{
  GString *out = g_string_new (NULL);

  dump_node (out, syl_document_get_root (document), details);
  return g_string_free (out, FALSE);
}

/* OPML read back: each <outline>'s attributes, as "name=value" lines,
 * indented by depth. */
typedef struct
{
  GString *out;
  guint    depth;
} OpmlDump;

static void
opml_start_cb (GMarkupParseContext  *context,
               const char           *name,
               const char          **attribute_names,
               const char          **attribute_values,
               gpointer              data,
               GError              **error)
{
  OpmlDump *dump = data;

  if (strcmp (name, "outline") != 0)
    return;
  dump->depth++;
  for (guint i = 0; attribute_names[i] != NULL; i++)
    /* Syllabus gives imported nodes ids of its own. */
    if (strcmp (attribute_names[i], "syllabusId") != 0)
      g_string_append_printf (dump->out, "%*s%s=%s\n", dump->depth * 2, "", attribute_names[i],
                              attribute_values[i]);
}

static void
opml_end_cb (GMarkupParseContext  *context,
             const char           *name,
             gpointer              data,
             GError              **error)
{
  OpmlDump *dump = data;

  if (strcmp (name, "outline") == 0)
    dump->depth--;
}

static char *
dump_opml (const char *opml)
{
  static const GMarkupParser parser = { opml_start_cb, opml_end_cb, NULL, NULL, NULL };
  OpmlDump dump = { g_string_new (NULL), 0 };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, &dump, NULL);
  g_autoptr(GError) error = NULL;
  const char *start = strstr (opml, "<opml");

  g_assert_nonnull (start);
  g_markup_parse_context_parse (context, start, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
  return g_string_free (dump.out, FALSE);
}

/* OPML → JSON → OPML. */

/* An outline as another outliner writes it: attributes Syllabus has no
 * use for, notes over several lines, Chinese and English. */
static const char foreign_opml[] =
  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
  "<opml version=\"2.0\">\n"
  "  <head><title>课程大纲</title><dateCreated>Mon, 01 Jan 2024 00:00:00 GMT</dateCreated></head>\n"
  "  <body>\n"
  "    <outline text=\"第一部分：概述\" _note=\"第一段。&#10;&#10;- 要点\" created=\"2024-01-01\">\n"
  "      <outline text=\"Links &amp; references\" type=\"link\" url=\"https://example.org/?a=1&amp;b=2\"/>\n"
  "      <outline text=\"A &quot;quoted&quot; &amp;lt;title&amp;gt; &lt;b&gt;bold&lt;/b&gt;\" isComment=\"true\" icon=\"star\"/>\n"
  "    </outline>\n"
  "    <outline text=\"Second part\" _status=\"checked\">\n"
  "      <outline text=\"深层\">\n"
  "        <outline text=\"Deeper\" _note=\"One line\"/>\n"
  "      </outline>\n"
  "    </outline>\n"
  "  </body>\n"
  "</opml>\n";

static const char foreign_outlines[] =
  "  text=第一部分：概述\n"
  "  _note=第一段。\n\n- 要点\n"
  "  created=2024-01-01\n"
  "    text=Links & references\n"
  "    type=link\n"
  "    url=https://example.org/?a=1&b=2\n"
  "    text=A \"quoted\" &lt;title&gt; bold\n"
  "    isComment=true\n"
  "    icon=star\n"
  "  text=Second part\n"
  "  _status=checked\n"
  "    text=深层\n"
  "      text=Deeper\n"
  "      _note=One line\n";

static void
test_opml_json_opml (void)
{
  g_autoptr(SylDocument) imported = import_text (foreign_opml, SYL_IMPORT_FORMAT_OPML,
                                                 "course.opml");
  g_autoptr(SylDocument) loaded = through_json (imported);
  g_autofree char *opml = export_text (loaded, SYL_EXPORT_FORMAT_OPML, SYL_EXPORT_DEFAULT);
  g_autofree char *outlines = dump_opml (opml);
  g_autoptr(SylDocument) reimported = NULL;
  g_autoptr(SylDocument) again = NULL;
  g_autofree char *opml_again = NULL;
  g_autofree char *outlines_again = NULL;

  g_assert_cmpstr (outlines, ==, foreign_outlines);
  g_assert_nonnull (strstr (opml, "<title>课程大纲</title>"));

  /* And once more: the second trip changes nothing. */
  reimported = import_text (opml, SYL_IMPORT_FORMAT_OPML, "course.opml");
  again = through_json (reimported);
  opml_again = export_text (again, SYL_EXPORT_FORMAT_OPML, SYL_EXPORT_DEFAULT);
  outlines_again = dump_opml (opml_again);
  g_assert_cmpstr (outlines_again, ==, foreign_outlines);
}

/* Syllabus's OPML, imported, gives the same tree: titles, kinds, notes,
 * durations and optional nodes. */
static void
test_syllabus_opml (void)
{
  const char * const fixtures[] = { "course-zh.syllabus.json", "course-en.syllabus.json" };

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *path = g_build_filename ("export", fixtures[i], NULL);
      g_autoptr(SylDocument) document = syl_test_load_data (path);
      g_autofree char *opml = export_text (document, SYL_EXPORT_FORMAT_OPML, SYL_EXPORT_DEFAULT);
      g_autoptr(SylDocument) imported = import_text (opml, SYL_IMPORT_FORMAT_OPML, "course.opml");
      g_autoptr(SylDocument) loaded = through_json (imported);
      g_autofree char *want = dump_tree (document, TRUE);
      g_autofree char *got = dump_tree (loaded, TRUE);
      g_autofree char *opml_again = export_text (loaded, SYL_EXPORT_FORMAT_OPML,
                                                 SYL_EXPORT_DEFAULT);
      g_autofree char *outlines = dump_opml (opml);
      g_autofree char *outlines_again = dump_opml (opml_again);

      g_test_message ("%s", fixtures[i]);
      syl_test_assert_same_text (got, want);
      syl_test_assert_same_text (outlines_again, outlines);
    }
}

/* Markdown export → import. */

/* Exported with its numbers and kind markers and read back, an outline
 * has the same tree, titles and kinds: the importer takes the numbers
 * off the headings, the markers off the titles, and undoes the escapes. */
static void
test_markdown (void)
{
  const char * const fixtures[] = { "course-zh.syllabus.json", "course-en.syllabus.json" };

  for (guint i = 0; i < G_N_ELEMENTS (fixtures); i++)
    {
      g_autofree char *path = g_build_filename ("export", fixtures[i], NULL);
      g_autoptr(SylDocument) document = syl_test_load_data (path);
      g_autofree char *markdown = export_text (document, SYL_EXPORT_FORMAT_MARKDOWN,
                                               SYL_EXPORT_NONE);
      g_autoptr(SylDocument) imported = import_text (markdown, SYL_IMPORT_FORMAT_MARKDOWN,
                                                     "course.md");
      g_autofree char *want = dump_tree (document, FALSE);
      g_autofree char *got = dump_tree (imported, FALSE);

      g_test_message ("%s", fixtures[i]);
      g_assert_cmpstr (syl_document_get_title (imported), ==, syl_document_get_title (document));
      syl_test_assert_same_text (got, want);
    }
}

/* Without numbers, nothing is left for the importer to guess. */
static void
test_markdown_unnumbered (void)
{
  g_autoptr(SylDocument) document = syl_test_load_data ("export/course-zh.syllabus.json");
  g_autoptr(SylNumbering) none = syl_numbering_new_preset (SYL_NUMBERING_PRESET_NONE);
  g_autofree char *markdown = NULL;
  g_autoptr(SylDocument) imported = NULL;
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;

  syl_document_set_numbering (document, none);
  markdown = export_text (document, SYL_EXPORT_FORMAT_MARKDOWN, SYL_EXPORT_DEFAULT);
  imported = import_text (markdown, SYL_IMPORT_FORMAT_MARKDOWN, "course.md");
  want = dump_tree (document, FALSE);
  got = dump_tree (imported, FALSE);
  syl_test_assert_same_text (got, want);
}

/* The sample course, every note and detail included, comes back as its 6
 * chapters, 42 sections and 107 subsections. */
static void
test_markdown_sample (void)
{
  g_autoptr(SylDocument) document = syl_test_load_sample ();
  g_autofree char *markdown = NULL;
  g_autoptr(SylDocument) imported = NULL;
  g_autofree char *want = NULL;
  g_autofree char *got = NULL;

  markdown = export_text (document, SYL_EXPORT_FORMAT_MARKDOWN, SYL_EXPORT_ALL);
  imported = import_text (markdown, SYL_IMPORT_FORMAT_MARKDOWN, "ai-enterprise-course.md");
  want = dump_tree (document, FALSE);
  got = dump_tree (imported, FALSE);
  syl_test_assert_same_text (got, want);
  g_assert_cmpuint (syl_document_get_n_nodes (imported), ==, 6 + 42 + 107);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/roundtrip/opml-json-opml", test_opml_json_opml);
  g_test_add_func ("/roundtrip/syllabus-opml", test_syllabus_opml);
  g_test_add_func ("/roundtrip/markdown", test_markdown);
  g_test_add_func ("/roundtrip/markdown-unnumbered", test_markdown_unnumbered);
  g_test_add_func ("/roundtrip/markdown-sample", test_markdown_sample);

  return g_test_run ();
}
