/* fuzz-json-roundtrip.c: load, save, load again
 *
 * Whatever the loader accepts, it must accept again once saved, with
 * nothing left to repair, and the second load must be the same document:
 * saving it again gives the same bytes.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-document.h"
#include "syl-fuzz.h"
#include "syl-json-reader.h"
#include "syl-json-writer.h"

/* The first place where @a and @b differ, for the report. */
static gsize
first_difference (GBytes *a,
                  GBytes *b)
{
  gsize a_size, b_size, i = 0;
  const char *a_data = g_bytes_get_data (a, &a_size);
  const char *b_data = g_bytes_get_data (b, &b_size);

  while (i < a_size && i < b_size && a_data[i] == b_data[i])
    i++;
  return i;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(SylDocument) first = NULL;
  g_autoptr(SylDocument) second = NULL;
  g_autoptr(GBytes) saved = NULL;
  g_autoptr(GBytes) saved_again = NULL;
  g_autoptr(GError) error = NULL;
  const char * const *warnings;
  gsize length;
  const char *text;

  first = syl_document_new_from_data ((const char *) data, size, NULL);
  if (first == NULL)
    return 0;

  saved = syl_document_serialize (first);
  text = g_bytes_get_data (saved, &length);
  syl_fuzz_check (g_utf8_validate (text, length, NULL), "the saved file is not UTF-8");

  second = syl_document_new_from_data (text, length, &error);
  syl_fuzz_check (second != NULL, "the saved file does not load: %s",
                  error ? error->message : "no error");
  warnings = syl_document_get_warnings (second);
  syl_fuzz_check (warnings == NULL || warnings[0] == NULL,
                  "the saved file needs repairs: %s", warnings ? warnings[0] : "");

  saved_again = syl_document_serialize (second);
  syl_fuzz_check (g_bytes_equal (saved, saved_again),
                  "saving the reloaded document differs at byte %" G_GSIZE_FORMAT,
                  first_difference (saved, saved_again));
  syl_fuzz_check (syl_document_get_n_nodes (first) == syl_document_get_n_nodes (second),
                  "%u nodes became %u", syl_document_get_n_nodes (first),
                  syl_document_get_n_nodes (second));
  return 0;
}
