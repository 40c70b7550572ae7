/* fuzz-merge3.c: merging any outline three ways, and comparing it
 *
 * The input is read as THEIRS, merged into a fixed MINE from a fixed
 * BASE.  The merge either refuses it and leaves MINE as it was, or is one
 * step that undo takes back to the very same JSON and redo brings again;
 * the merged outline saves with unique ids, and compared with itself
 * reloaded has no changes.  The diff of BASE and the input runs too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-diff.h"
#include "syl-fuzz.h"
#include "syl-json-reader.h"
#include "syl-json-writer.h"
#include "syl-merge3.h"

/* BASE: two chapters with sections, a comment with a reply, one resolved. */
static const char base_json[] =
  "{\"format\": \"syllabus\", \"version\": 1, \"title\": \"Course\", \"children\": ["
  " {\"id\": \"a\", \"title\": \"A\", \"notes\": \"大模型 notes\", \"annotations\": ["
  "   {\"id\": \"c1\", \"author\": \"Ada\", \"created\": \"2026-01-01T00:00:00Z\","
  "    \"text\": \"Why?\", \"replies\": [{\"id\": \"r1\", \"author\": \"Bo\","
  "    \"created\": \"2026-01-02T00:00:00Z\", \"text\": \"Because.\"}]}],"
  "  \"children\": [{\"id\": \"a1\", \"title\": \"A1\", \"duration_minutes\": 30},"
  "   {\"id\": \"a2\", \"title\": \"A2\", \"objectives\": [\"x\", \"y\"],"
  "   \"annotations\": [{\"id\": \"c2\", \"author\": \"Ada\","
  "    \"created\": \"2026-01-03T00:00:00Z\","
  "    \"text\": \"Done\", \"resolved\": true, \"resolvedBy\": \"Bo\","
  "    \"resolvedAt\": \"2026-01-04T00:00:00Z\"}]}]},"
  " {\"id\": \"b\", \"title\": \"B\", \"children\": [{\"id\": \"b1\", \"title\": \"B1\"}]}]}";

/* MINE: BASE with A2 moved under B, A1 renamed, B1 deleted and c1 resolved. */
static const char mine_json[] =
  "{\"format\": \"syllabus\", \"version\": 1, \"title\": \"Course\", \"children\": ["
  " {\"id\": \"a\", \"title\": \"A\", \"notes\": \"大模型 notes\", \"annotations\": ["
  "   {\"id\": \"c1\", \"author\": \"Ada\", \"created\": \"2026-01-01T00:00:00Z\","
  "    \"text\": \"Why?\", \"resolved\": true, \"resolvedBy\": \"Ada\","
  "    \"resolvedAt\": \"2026-01-05T00:00:00Z\", \"replies\": [{\"id\": \"r1\", \"author\": \"Bo\","
  "    \"created\": \"2026-01-02T00:00:00Z\", \"text\": \"Because.\"}]}],"
  "  \"children\": [{\"id\": \"a1\", \"title\": \"A1 renamed\", \"duration_minutes\": 30}]},"
  " {\"id\": \"b\", \"title\": \"B\", \"children\": ["
  "   {\"id\": \"a2\", \"title\": \"A2\", \"objectives\": [\"x\", \"y\"],"
  "   \"annotations\": [{\"id\": \"c2\", \"author\": \"Ada\","
  "    \"created\": \"2026-01-03T00:00:00Z\","
  "    \"text\": \"Done\", \"resolved\": true, \"resolvedBy\": \"Bo\","
  "    \"resolvedAt\": \"2026-01-04T00:00:00Z\"}]}]}]}";

static char *
serialize (SylDocument *document)
{
  g_autoptr(GBytes) bytes = syl_document_serialize (document);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* The merged outline saves with nothing to repair, and nothing changed
 * between it and its reload. */
static void
check_merged (SylDocument *mine,
              const char  *merged)
{
  g_autoptr(SylDocument) again = syl_document_new_from_data (merged, strlen (merged), NULL);
  g_autoptr(SylDiff) diff = NULL;

  syl_fuzz_check (again != NULL, "the merged outline does not load");
  syl_fuzz_check (syl_document_get_warnings (again)[0] == NULL,
                  "the merged outline has ids to repair");
  diff = syl_diff_new (mine, again);
  syl_fuzz_check (syl_diff_get_n_changes (diff) == 0, "the merged outline differs from its reload");
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(SylDocument) base = syl_document_new_from_data (base_json, strlen (base_json), NULL);
  g_autoptr(SylDocument) mine = syl_document_new_from_data (mine_json, strlen (mine_json), NULL);
  g_autoptr(SylDocument) theirs = NULL;
  g_autoptr(SylMergeReport) report = NULL;
  g_autoptr(SylDiff) diff = NULL;
  g_autoptr(JsonNode) json = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *merged = NULL;
  g_autofree char *redone = NULL;
  SylHistory *history;

  syl_fuzz_check (base != NULL && mine != NULL, "the fixed outlines do not load");
  theirs = syl_document_new_from_data ((const char *) data, size, NULL);
  if (theirs == NULL)
    return 0;

  diff = syl_diff_new (base, theirs);
  json = syl_diff_to_json (diff);
  syl_fuzz_check (json != NULL, "no JSON for a diff");

  before = serialize (mine);
  history = syl_document_get_history (mine);
  report = syl_document_merge3 (mine, base, theirs, "theirs.syllabus.json", &error);
  merged = serialize (mine);
  if (report == NULL)
    {
      syl_fuzz_check_error (error);
      syl_fuzz_check (strcmp (before, merged) == 0, "a refused merge changed the outline");
      return 0;
    }
  check_merged (mine, merged);

  if (syl_history_get_can_undo (history))
    {
      syl_history_undo (history);
      after = serialize (mine);
      syl_fuzz_check (strcmp (before, after) == 0, "undo of a merge is not the outline before");
      syl_history_redo (history);
      redone = serialize (mine);
      syl_fuzz_check (strcmp (merged, redone) == 0, "redo of a merge is not the merge");
    }
  else
    syl_fuzz_check (strcmp (before, merged) == 0, "a merge with no step changed the outline");
  return 0;
}
