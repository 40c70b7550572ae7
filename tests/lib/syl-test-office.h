/* syl-test-office.h: Word and OpenDocument packages made at test time,
 * and what an import of them gave, as text
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "syl-import.h"

G_BEGIN_DECLS

/* Paragraphs of WordprocessingML, for syl_test_docx()'s body. */
#define SYL_DOCX_P(text) \
  "<w:p><w:r><w:t xml:space=\"preserve\">" text "</w:t></w:r></w:p>"
#define SYL_DOCX_PS(style, text) \
  "<w:p><w:pPr><w:pStyle w:val=\"" style "\"/></w:pPr>" \
  "<w:r><w:t xml:space=\"preserve\">" text "</w:t></w:r></w:p>"
#define SYL_DOCX_PL(num_id, ilvl, text) \
  "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" ilvl "\"/><w:numId w:val=\"" num_id "\"/>" \
  "</w:numPr></w:pPr><w:r><w:t xml:space=\"preserve\">" text "</w:t></w:r></w:p>"

GBytes *syl_test_zip  (const char *first_name,
                       ...) G_GNUC_NULL_TERMINATED;
GBytes *syl_test_docx (const char *body);
GBytes *syl_test_odt  (const char *body);

char   *syl_test_dump_import   (SylImportResult *result);
void    syl_test_assert_import (GBytes          *package,
                                SylImportFormat  format,
                                const char      *expected);

G_END_DECLS
