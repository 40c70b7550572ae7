/* fuzz-catalogue.c: any bytes as a GNU .mo catalogue
 *
 * Exports read the catalogue of an outline's language themselves
 * (syl-catalogue.c).  Any input is a catalogue or an error, never both;
 * what a catalogue gives for any message, in any plural form, is UTF-8;
 * the plural form of any number is one the language has.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <inttypes.h>

#include "syl-catalogue.h"
#include "syl-error.h"
#include "syl-fuzz.h"

static const char * const msgids[] = {
  "", "Objectives", "Contents", "hours\004h", "%" PRId64 " min", "%" PRId64 " h %" PRId64 " min",
};

static const gulong numbers[] = {
  0, 1, 2, 3, 4, 5, 10, 11, 12, 19, 20, 21, 22, 100, 101, 111, 1000, 1000000, G_MAXULONG,
};

static void
check_text (const char *text,
            const char *msgid)
{
  syl_fuzz_check (text != NULL && g_utf8_validate (text, -1, NULL),
                  "the translation of “%s” is not UTF-8", msgid);
}

int
LLVMFuzzerTestOneInput (const uint8_t *data,
                        size_t         size)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);
  g_autoptr(GError) error = NULL;
  g_autoptr(SylCatalogue) catalogue = syl_catalogue_new_from_bytes (bytes, &error);
  guint n_plurals;

  syl_fuzz_check ((catalogue == NULL) != (error == NULL), "a catalogue and an error, or neither");
  if (catalogue == NULL)
    {
      syl_fuzz_check (g_error_matches (error, SYL_ERROR, SYL_ERROR_INVALID) &&
                      g_utf8_validate (error->message, -1, NULL), "a bad error");
      return 0;
    }

  for (guint i = 0; i < G_N_ELEMENTS (msgids); i++)
    check_text (syl_catalogue_gettext (catalogue, msgids[i]), msgids[i]);
  n_plurals = syl_catalogue_get_n_plurals (catalogue);
  syl_fuzz_check (n_plurals >= 1 && n_plurals <= 32, "%u plural forms", n_plurals);
  for (guint i = 0; i < G_N_ELEMENTS (numbers); i++)
    {
      gulong index = syl_catalogue_get_plural_index (catalogue, numbers[i]);

      syl_fuzz_check (index < n_plurals, "%lu takes form %lu of %u", numbers[i], index, n_plurals);
      check_text (syl_catalogue_ngettext (catalogue, "%u open comment.", "%u open comments.",
                                          numbers[i]), "%u open comment.");
      check_text (syl_catalogue_ngettext (catalogue, "%" PRIu32 " file", "%" PRIu32 " files",
                                          numbers[i]), "%" PRIu32 " file");
    }
  return 0;
}
