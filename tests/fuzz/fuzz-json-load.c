/* fuzz-json-load.c: the JSON loader on arbitrary bytes
 *
 * Any input gives either a document or an error with a message, never a
 * crash, a warning or both.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-document.h"
#include "syl-fuzz.h"
#include "syl-json-reader.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylDocument) document = NULL;
  g_autofree char *message = NULL;

  document = syl_document_new_from_data ((const char *) data, size, &error);
  if (document == NULL)
    {
      syl_fuzz_check_error (error);
      /* As the window and syllabus-cli show it. */
      message = syl_error_format_for_file ("fuzz.syllabus.json", error);
      syl_fuzz_check (g_utf8_validate (message, -1, NULL), "the formatted error is not UTF-8");
      return 0;
    }

  syl_fuzz_check (error == NULL, "a document and an error: %s", error ? error->message : "");
  syl_fuzz_check (!syl_document_get_modified (document), "a document just loaded is modified");
  return 0;
}
