/* syl-error.h: the error domain of the Syllabus document core
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

#define SYL_ERROR (syl_error_quark ())

/**
 * SylError:
 * @SYL_ERROR_FAILED: any other failure
 * @SYL_ERROR_SYNTAX: malformed JSON; the message starts with "LINE:COLUMN: "
 * @SYL_ERROR_ENCODING: the text is not UTF-8; the message starts with "LINE:COLUMN: "
 * @SYL_ERROR_EMPTY: the file is empty
 * @SYL_ERROR_NOT_SYLLABUS: valid JSON, but not a Syllabus outline
 * @SYL_ERROR_NEWER_VERSION: a format version this build does not know
 * @SYL_ERROR_INVALID: a member has the wrong type or value; the message starts with "PATH: "
 * @SYL_ERROR_TOO_DEEP: nesting beyond the fixed limits
 * @SYL_ERROR_TOO_LARGE: a file beyond the size Syllabus reads
 * @SYL_ERROR_MOVE: a structural change that would break the tree (a node into itself)
 * @SYL_ERROR_CHANGED_ON_DISK: another program changed the file since it was loaded or saved
 * @SYL_ERROR_NOT_A_COPY: a file to merge is not a copy of the outline: it shares no node
 * @SYL_ERROR_NOT_A_DURATION: text that syl_parse_duration() cannot read as a duration
 */
typedef enum
{
  SYL_ERROR_FAILED,
  SYL_ERROR_SYNTAX,
  SYL_ERROR_ENCODING,
  SYL_ERROR_EMPTY,
  SYL_ERROR_NOT_SYLLABUS,
  SYL_ERROR_NEWER_VERSION,
  SYL_ERROR_INVALID,
  SYL_ERROR_TOO_DEEP,
  SYL_ERROR_TOO_LARGE,
  SYL_ERROR_MOVE,
  SYL_ERROR_CHANGED_ON_DISK,
  SYL_ERROR_NOT_A_COPY,
  SYL_ERROR_NOT_A_DURATION,
} SylError;

/* The deepest outline Syllabus reads or builds: chapters are level 1. */
#define SYL_MAX_OUTLINE_DEPTH 100
/* The deepest JSON nesting the reader accepts (outline levels take two each). */
#define SYL_MAX_JSON_DEPTH 256

GQuark  syl_error_quark           (void);
char   *syl_error_format_for_file (const char   *filename,
                                   const GError *error);

G_END_DECLS
