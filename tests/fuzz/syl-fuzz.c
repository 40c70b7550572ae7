/* syl-fuzz.c: what the libFuzzer targets share
 *
 * Every target starts here: warnings and criticals abort, so that the
 * fuzzer reports a failed precondition or a reader's complaint as a crash
 * with the input that caused it, and the logs stay quiet otherwise.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "syl-fuzz.h"

static GLogWriterOutput
quiet_writer (GLogLevelFlags   log_level,
              const GLogField *fields,
              gsize            n_fields,
              gpointer         user_data)
{
  if (log_level & (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING))
    return g_log_writer_standard_streams (log_level, fields, n_fields, user_data);
  return G_LOG_WRITER_HANDLED;
}

int
LLVMFuzzerInitialize (int    *argc,
                      char ***argv)
{
  g_log_set_always_fatal (G_LOG_LEVEL_ERROR | G_LOG_LEVEL_CRITICAL | G_LOG_LEVEL_WARNING);
  g_log_set_writer_func (quiet_writer, NULL, NULL);
  return 0;
}

/* Aborts, which libFuzzer reports with the input, when @condition fails. */
void
syl_fuzz_check (gboolean    condition,
                const char *format,
                ...)
{
  va_list args;

  if (condition)
    return;
  va_start (args, format);
  fputs ("syl-fuzz: ", stderr);
  vfprintf (stderr, format, args);
  fputc ('\n', stderr);
  va_end (args);
  abort ();
}

/* Every refusal must explain itself to the user: a message, in UTF-8. */
void
syl_fuzz_check_error (const GError *error)
{
  syl_fuzz_check (error != NULL, "failed without an error");
  syl_fuzz_check (error->message != NULL && error->message[0] != '\0',
                  "an error without a message");
  syl_fuzz_check (g_utf8_validate (error->message, -1, NULL),
                  "an error message that is not UTF-8");
}
