/* syl-test-util.h: helpers shared by the core's tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <json-glib/json-glib.h>

#include "syl-document.h"

G_BEGIN_DECLS

/* The smallest valid outline, left open for more members. */
#define SYL_TEST_JSON_HEAD "{\"format\": \"syllabus\", \"version\": 1"

char        *syl_test_data_path   (const char  *first,
                                   ...) G_GNUC_NULL_TERMINATED;
SylDocument *syl_test_load_data   (const char  *name);
SylDocument *syl_test_load_path   (const char  *path);
char        *syl_test_serialize   (SylDocument *document);
SylDocument *syl_test_new_outline (const char  *spec);
char        *syl_test_dump        (SylDocument *document);
void         syl_test_assert_same_text (const char *a,
                                        const char *b);
char        *syl_test_read_text        (const char *path);
char        *syl_test_read_file        (const char *path,
                                        gsize      *length);
void         syl_test_write_text       (const char *path,
                                        const char *text);
char        *syl_test_sample_path      (void);
SylNode     *syl_test_find        (SylDocument *document,
                                   const char  *title);
SylNode     *syl_test_find_title  (SylDocument *document,
                                   const char  *title);
SylDocument *syl_test_load_sample (void);
SylDocument *syl_test_parse       (const char  *json);
SylDocument *syl_test_parse_length (const char *text,
                                    gsize       length);
GError      *syl_test_parse_fails (const char  *text,
                                   gsize        length);
JsonNode    *syl_test_parse_json  (const char  *text);

/* Comments and replies with all their fields given. */
SylAnnotation *syl_test_comment_new (const char *id,
                                     const char *author,
                                     const char *created,
                                     const char *text);
SylReply      *syl_test_reply_new   (const char *id,
                                     const char *author,
                                     const char *created,
                                     const char *text);

/* The titles of the sample's chapters, in order. */
#define SYL_TEST_N_SAMPLE_CHAPTERS 6
extern const char * const syl_test_sample_chapters[SYL_TEST_N_SAMPLE_CHAPTERS];

/* Folders for a test to write in. */
char        *syl_test_make_temp_dir (const char *tmpl);
void         syl_test_remove_tree   (const char *path);

/* Whether two PDF files are the same but for when they were made. */
gboolean     syl_test_pdf_equal     (GBytes     *a,
                                     GBytes     *b);
GPtrArray   *syl_test_list_names    (const char *path,
                                     const char *suffix);

/* One finished run of syllabus-cli, the program $SYL_CLI names. */
typedef struct
{
  int    status;    /* its exit status: a crash fails the test instead */
  char  *out;       /* its standard output, with a NUL after the end */
  gsize  out_size;  /* the length of out, which binary output needs */
  char  *err;       /* its standard error, always UTF-8 text */
} SylTestCli;

typedef enum
{
  SYL_TEST_CLI_TEXT   = 0,       /* the output must be UTF-8 text */
  SYL_TEST_CLI_BINARY = 1 << 0,  /* the output may be anything, a PDF say */
} SylTestCliFlags;

void        syl_test_cli_free      (SylTestCli         *run);
SylTestCli *syl_test_run_cli       (const char         *first,
                                    ...) G_GNUC_NULL_TERMINATED;
SylTestCli *syl_test_run_cli_in    (const char         *cwd,
                                    const char         *first,
                                    ...) G_GNUC_NULL_TERMINATED;
SylTestCli *syl_test_run_cli_argv  (const char * const *args);
SylTestCli *syl_test_run_cli_full  (const char         *cwd,
                                    int                 stdout_fd,
                                    SylTestCliFlags     flags,
                                    const char * const *args);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylTestCli, syl_test_cli_free)

G_END_DECLS
