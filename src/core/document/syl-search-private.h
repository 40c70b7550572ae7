/* syl-search-private.h: folding text as searches compare it, for the
 * parts of the search
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-search.h"

G_BEGIN_DECLS

/* Folded characters other than ASCII and the plain ones below, by code
 * point modulo the size: outlines use few of them (full-width punctuation,
 * accented letters), so nearly every lookup hits. */
#define FOLD_CACHE_SIZE 256
#define FOLD_CACHE_MAX_BYTES 24

typedef struct
{
  gunichar c;
  guint8   length;
  char     folded[FOLD_CACHE_MAX_BYTES];
} SylFoldCacheEntry;

/* Where a stretch of the folded text came from in the text: bytes
 * @start to @end, which gave as many bytes one for one (ASCII lowered,
 * plain characters copied), or a cluster that folding changed. */
typedef struct
{
  guint32  folded;
  guint32  start;
  guint32  end;
  gboolean one_to_one;
} SylFoldSegment;

/* Folds texts one after the other, in one buffer, with a cache of the
 * characters folded. */
typedef struct
{
  GString           *buffer;
  /* Where the folded text came from, for a search that locates its
   * matches; NULL when it only asks whether there are any. */
  GArray            *segments;
  SylFoldCacheEntry  cache[FOLD_CACHE_SIZE];
} SylFolder;

void        _syl_folder_init  (SylFolder  *folder,
                               gboolean    segments);
void        _syl_folder_clear (SylFolder  *folder);
const char *_syl_folder_fold  (SylFolder  *folder,
                               const char *text);

G_END_DECLS
