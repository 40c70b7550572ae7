/* syl-json-reader-private.h: what the two halves of the reader share
 *
 * syl-json-reader.c holds the strict JSON machinery: paths, errors,
 * objects, arrays, any value and the typed members.  The format itself,
 * from authors down to nodes, is read in syl-json-reader-outline.c.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-document-private.h"
#include "syl-json-reader.h"
#include "syl-json-scanner-private.h"

G_BEGIN_DECLS

typedef struct
{
  const char *name;      /* a member name, or NULL for an array index */
  guint       index;
} SylJsonFrame;

typedef struct
{
  SylJsonScanner  scanner;
  SylDocument    *document;
  GError         *error;        /* the error that stopped reading */
  GError         *deferred;     /* the first error of type or value */
  GPtrArray      *warnings;
  GHashTable     *node_ids;     /* all three: id → its object, not owned */
  GHashTable     *example_ids;
  GHashTable     *comment_ids;
  SylJsonFrame    frames[SYL_MAX_JSON_DEPTH + 8];
  guint           n_frames;
  char           *format;
  gint64          version;
  gboolean        have_version;
} SylJsonReader;

/* A reader of one object's members: called with the member's value as the
 * current token; it consumes the value. */
typedef gboolean (*SylJsonMemberFunc) (SylJsonReader *reader,
                                       int            known,
                                       const char    *name,
                                       gpointer       data);

static inline SylTokenType
_syl_json_reader_token (SylJsonReader *reader)
{
  return reader->scanner.token;
}

/* The path of warnings and errors. */
void     _syl_json_reader_push_frame        (SylJsonReader       *reader,
                                             const char          *name,
                                             guint                index);
void     _syl_json_reader_pop_frame         (SylJsonReader       *reader);

/* Syntax: these stop reading, with reader->error set. */
gboolean _syl_json_reader_advance           (SylJsonReader       *reader);
gboolean _syl_json_reader_unexpected        (SylJsonReader       *reader,
                                             const char          *expected);
void     _syl_json_reader_defer_error       (SylJsonReader       *reader,
                                             int                  code,
                                             const char          *format,
                                             ...) G_GNUC_PRINTF (3, 4);

/* Values: each consumes the current value. */
gboolean _syl_json_reader_parse_object      (SylJsonReader       *reader,
                                             const char * const  *names,
                                             SylJsonMemberFunc    func,
                                             gpointer             data);
gboolean _syl_json_reader_parse_value       (SylJsonReader       *reader,
                                             JsonNode           **out);
gboolean _syl_json_reader_keep_unknown      (SylJsonReader       *reader,
                                             const char          *name,
                                             JsonObject         **extra);
gboolean _syl_json_reader_skip_wrong_type   (SylJsonReader       *reader,
                                             const char          *message);

/* Typed members: a value of the wrong type is skipped with a deferred error. */
gboolean _syl_json_reader_read_string       (SylJsonReader       *reader,
                                             char               **out);
gboolean _syl_json_reader_read_boolean      (SylJsonReader       *reader,
                                             gboolean            *out);
gboolean _syl_json_reader_read_minutes      (SylJsonReader       *reader,
                                             int                 *out);
gboolean _syl_json_reader_read_date         (SylJsonReader       *reader,
                                             char               **out);
gboolean _syl_json_reader_read_array_of     (SylJsonReader       *reader,
                                             SylJsonMemberFunc    func,
                                             gpointer             data);
gboolean _syl_json_reader_read_object_of    (SylJsonReader       *reader,
                                             const char * const  *names,
                                             SylJsonMemberFunc    func,
                                             gpointer             data);
gboolean _syl_json_reader_string_element_cb (SylJsonReader       *reader,
                                             int                  index,
                                             const char          *name,
                                             gpointer             data);
char    *_syl_json_reader_checked_id        (SylJsonReader       *reader,
                                             char                *id,
                                             GHashTable          *ids);

/* The “numbering” member, in syl-json-reader-numbering.c. */
gboolean _syl_json_reader_read_numbering    (SylJsonReader       *reader,
                                             SylNumbering       **out);

/* The “check” member, in syl-json-reader-check.c. */
gboolean _syl_json_reader_read_check        (SylJsonReader       *reader,
                                             GStrv               *disabled,
                                             JsonObject         **extra);

gboolean _syl_json_read (SylDocument  *document,
                         const char   *data,
                         gsize         length,
                         GError      **error);

G_END_DECLS
