/* fuzz-merge.c: merging any reviewer's copy into an outline
 *
 * The input is read as the reviewer's copy.  The merge either refuses it
 * and leaves the outline as it was, or is one step that undo takes back
 * to the very same JSON, and redo brings again.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-fuzz.h"
#include "syl-merge.h"
#include "syl-json-reader.h"
#include "syl-json-writer.h"

/* The author's outline: sections moved about, comments with replies, one
 * resolved, and members Syllabus does not know. */
static const char mine_json[] =
  "{\"format\": \"syllabus\", \"version\": 1, \"title\": \"Course\", \"children\": ["
  " {\"id\": \"a\", \"title\": \"A\", \"annotations\": ["
  "   {\"id\": \"c1\", \"author\": \"Ada\", \"created\": \"2026-01-01T00:00:00Z\","
  "    \"text\": \"Why?\", \"replies\": [{\"id\": \"r1\", \"author\": \"Bo\","
  "    \"created\": \"2026-01-02T00:00:00Z\", \"text\": \"Because.\"}]}],"
  "  \"children\": [{\"id\": \"a1\", \"title\": \"A1\"}, {\"id\": \"a2\", \"title\": \"A2\","
  "   \"annotations\": [{\"id\": \"c2\", \"author\": \"Ada\", \"created\": \"2026-01-03T00:00:00Z\","
  "    \"text\": \"Done\", \"resolved\": true, \"resolvedBy\": \"Bo\","
  "    \"resolvedAt\": \"2026-01-04T00:00:00Z\", \"x-mood\": \"fine\"}]}]},"
  " {\"id\": \"b\", \"title\": \"B\", \"x-colour\": \"red\"}]}";

static char *
serialize (SylDocument *document)
{
  g_autoptr(GBytes) bytes = syl_document_serialize (document);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(SylDocument) mine = syl_document_new_from_data (mine_json, strlen (mine_json), NULL);
  g_autoptr(SylDocument) theirs = NULL;
  g_autoptr(SylMergeReport) report = NULL;
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *merged = NULL;
  g_autofree char *redone = NULL;
  const char *names[] = { "theirs.syllabus.json" };
  SylHistory *history;

  syl_fuzz_check (mine != NULL, "the author's outline does not load");
  theirs = syl_document_new_from_data ((const char *) data, size, NULL);
  if (theirs == NULL)
    return 0;

  before = serialize (mine);
  history = syl_document_get_history (mine);
  report = syl_document_merge_copies (mine, &theirs, names, 1, &error);
  merged = serialize (mine);
  if (report == NULL)
    {
      syl_fuzz_check_error (error);
      syl_fuzz_check (strcmp (before, merged) == 0, "a refused merge changed the outline");
      return 0;
    }

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
