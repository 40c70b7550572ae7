/* syl-test-util.h: helpers shared by the core's tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-document.h"

G_BEGIN_DECLS

char        *syl_test_data_path   (const char  *first,
                                   ...) G_GNUC_NULL_TERMINATED;
SylDocument *syl_test_load_data   (const char  *name);
char        *syl_test_serialize   (SylDocument *document);
SylDocument *syl_test_new_outline (const char  *spec);
char        *syl_test_dump        (SylDocument *document);
void         syl_test_assert_same_text (const char *a,
                                        const char *b);
char        *syl_test_read_text        (const char *path);
void         syl_test_write_text       (const char *path,
                                        const char *text);
char        *syl_test_sample_path      (void);
SylNode     *syl_test_find        (SylDocument *document,
                                   const char  *title);

G_END_DECLS
