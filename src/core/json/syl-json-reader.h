/* syl-json-reader.h: reading Syllabus format v1
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-document.h"

G_BEGIN_DECLS

#define SYL_FORMAT_VERSION 1


SylDocument        *syl_document_new_from_data       (const char      *data,
                                                      gsize            length,
                                                      GError         **error);

G_END_DECLS
