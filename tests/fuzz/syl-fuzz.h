/* syl-fuzz.h: what the libFuzzer targets share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>
#include <stdint.h>

G_BEGIN_DECLS

int  LLVMFuzzerInitialize   (int            *argc,
                             char         ***argv);
int  LLVMFuzzerTestOneInput (const uint8_t  *data,
                             size_t          size);

void syl_fuzz_check         (gboolean        condition,
                             const char     *format,
                             ...) G_GNUC_PRINTF (2, 3);
void syl_fuzz_check_error   (const GError   *error);

G_END_DECLS
