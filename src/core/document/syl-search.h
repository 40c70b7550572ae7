/* syl-search.h: finding the nodes whose text contains a word
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-document.h"

G_BEGIN_DECLS

/* The parts of a node that a search looks in. */
typedef enum
{
  SYL_SEARCH_TITLE      = 1 << 0,
  SYL_SEARCH_NOTES      = 1 << 1,
  SYL_SEARCH_OBJECTIVES = 1 << 2,
  SYL_SEARCH_EXAMPLES   = 1 << 3,
  SYL_SEARCH_COMMENTS   = 1 << 4,
  SYL_SEARCH_ALL        = (1 << 5) - 1,
} SylSearchFields;

GPtrArray *syl_document_search (SylDocument     *self,
                                const char      *word,
                                SylSearchFields  fields);
char      *syl_search_fold     (const char      *text);

G_END_DECLS
