/* fuzz-import.c: the importers on any bytes
 *
 * Built once per format (FUZZ_FORMAT, set by meson).  Any input is either
 * refused with an error or becomes an outline that saves, and loads back
 * to the very same document: an importer never builds what the file format
 * cannot hold.  Its report of each line is UTF-8 with a level for what
 * belongs to a node, and reading it again with the other choice of lists
 * gives an outline too.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-fuzz.h"
#include "syl-import.h"
#include "syl-json-reader.h"
#include "syl-json-writer.h"

static void
check_lines (SylImportResult *result)
{
  for (guint i = 0; i < syl_import_result_get_n_lines (result); i++)
    {
      const char *text;
      guint depth;
      SylImportLineRole role = syl_import_result_get_line (result, i, &depth, &text);
      gboolean in_node = role == SYL_IMPORT_LINE_NODE || role == SYL_IMPORT_LINE_OBJECTIVES;

      syl_fuzz_check (syl_import_line_role_to_string (role) != NULL, "a line of no role");
      syl_fuzz_check (g_utf8_validate (text, -1, NULL), "a line that is not UTF-8");
      syl_fuzz_check (!in_node || depth >= 1, "a node's line without a level");
    }
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(SylImportResult) result = NULL;
  g_autoptr(SylDocument) document = NULL;
  g_autoptr(SylDocument) reloaded = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  g_autoptr(GError) error = NULL;

  result = syl_import_bytes (bytes, FUZZ_FORMAT, NULL, NULL, &error);
  if (result == NULL)
    {
      syl_fuzz_check_error (error);
      return 0;
    }

  check_lines (result);
  if (syl_import_result_get_lists_ambiguous (result))
    {
      g_autoptr(SylImportResult) again = NULL;

      again = syl_import_result_reread (result, syl_import_result_get_lists (result) ==
                                        SYL_IMPORT_LISTS_NOTES ? SYL_IMPORT_LISTS_SECTIONS
                                                               : SYL_IMPORT_LISTS_NOTES, &error);
      syl_fuzz_check (again != NULL, "a result that cannot be read again: %s",
                      error ? error->message : "no error");
      check_lines (again);
    }

  document = syl_import_result_create_document (result);
  saved = syl_document_serialize (document);
  reloaded = syl_document_new_from_data (g_bytes_get_data (saved, NULL),
                                         g_bytes_get_size (saved), &error);
  syl_fuzz_check (reloaded != NULL, "an import that does not load back: %s",
                  error ? error->message : "no error");
  saved_again = syl_document_serialize (reloaded);
  syl_fuzz_check (g_bytes_equal (saved, saved_again), "an import that changes when loaded back");
  return 0;
}
