/* fuzz-search-fold.c: the search's fast folding against GLib's
 *
 * Search folds text in runs between characters that folding leaves alone;
 * for any UTF-8 text that must give exactly what normalizing, case-folding
 * and normalizing the whole text again gives.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-fuzz.h"
#include "syl-search.h"

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  g_autofree char *fast = NULL;
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;
  g_autofree char *reference = NULL;

  fast = syl_search_fold (text);
  if (!g_utf8_validate (text, -1, NULL))
    {
      syl_fuzz_check (fast == NULL, "invalid UTF-8 was folded");
      return 0;
    }

  normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  folded = g_utf8_casefold (normal, -1);
  reference = g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
  syl_fuzz_check (g_strcmp0 (fast, reference) == 0, "“%s” folds to “%s”, not “%s”",
                  text, fast, reference);
  return 0;
}
