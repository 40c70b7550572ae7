/* syl-error.c
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-error.h"

G_DEFINE_QUARK (syl-error-quark, syl_error)

/* Positional messages start with "LINE:COLUMN: ", so they join the file name
 * the way compilers print them and editors jump to them. */
static gboolean
message_has_position (const char *message)
{
  const char *p = message;
  int fields = 0;

  while (fields < 2)
    {
      if (!g_ascii_isdigit (*p))
        return FALSE;
      while (g_ascii_isdigit (*p))
        p++;
      if (*p != ':')
        return FALSE;
      p++;
      fields++;
    }

  return *p == ' ';
}

/**
 * syl_error_format_for_file:
 * @filename: the name to show for the file
 * @error: an error from loading it
 *
 * Returns: `FILE:LINE:COLUMN: message` for errors at a place in the text,
 *   `FILE: message` for the others.
 */
char *
syl_error_format_for_file (const char   *filename,
                           const GError *error)
{
  g_return_val_if_fail (filename != NULL, NULL);
  g_return_val_if_fail (error != NULL, NULL);

  if (message_has_position (error->message))
    return g_strdup_printf ("%s:%s", filename, error->message);

  return g_strdup_printf ("%s: %s", filename, error->message);
}
