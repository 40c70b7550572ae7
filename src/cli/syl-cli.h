/* syl-cli.h: the subcommands of syllabus-cli
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-document.h"

G_BEGIN_DECLS

/* Exit codes: 0 success, 1 a file is invalid or an operation failed,
 * 2 the command line is wrong. */
#define SYL_CLI_EXIT_FAILURE 1
#define SYL_CLI_EXIT_USAGE   2

typedef struct
{
  const char *name;
  const char *parameters;
  const char *summary;
  const char *description;
  int       (*run) (GOptionContext *context,
                    int             argc,
                    char          **argv);
  const GOptionEntry *options;
} SylCliCommand;

const SylCliCommand *syl_cli_get_commands (guint *n_commands);
int                  syl_cli_run_check    (GOptionContext *context,
                                           int             argc,
                                           char          **argv);
extern const GOptionEntry syl_cli_check_options[];
int                  syl_cli_run_stats    (GOptionContext *context,
                                           int             argc,
                                           char          **argv);
extern const GOptionEntry syl_cli_stats_options[];
int                  syl_cli_run_export   (GOptionContext *context,
                                           int             argc,
                                           char          **argv);
extern const GOptionEntry syl_cli_export_options[];
int                  syl_cli_run_import   (GOptionContext *context,
                                           int             argc,
                                           char          **argv);
extern const GOptionEntry syl_cli_import_options[];
int                  syl_cli_run_review_summary (GOptionContext *context,
                                                 int             argc,
                                                 char          **argv);
extern const GOptionEntry syl_cli_review_summary_options[];
int                  syl_cli_run_merge    (GOptionContext *context,
                                           int             argc,
                                           char          **argv);
extern const GOptionEntry syl_cli_merge_options[];
int                  syl_cli_run_diff     (GOptionContext *context,
                                           int             argc,
                                           char          **argv);
extern const GOptionEntry syl_cli_diff_options[];
SylDocument         *syl_cli_load_by_id   (const char *path);
gboolean             syl_cli_same_file    (const char *a,
                                           const char *b);
SylDocument         *syl_cli_load         (const char *path);
void                 syl_cli_print_error  (const char *path,
                                           const GError *error);
void                 syl_cli_print_warnings (const char  *path,
                                             SylDocument *document);
int                  syl_cli_usage        (GOptionContext *context);
int                  syl_cli_write_output (const char *command,
                                           const char *path,
                                           GBytes     *bytes);

G_END_DECLS
