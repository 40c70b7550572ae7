/* syl-import-report.c: what became of each line of an import
 *
 * A preview that only shows the tree an import gives cannot say why a
 * line is missing from it, or why a heading sits where it does.  So the
 * importers of text note, line by line, what each line became: a node at
 * some depth, the rest of a title, notes, objectives, the title block, a
 * contents page, page furniture, or nothing.  The report keeps its own
 * copy of the lines, as they were before an importer cut or joined them.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-import-private.h"

typedef struct
{
  SylImportLineRole  role;
  guint              depth;
} Mark;

struct _SylImportReport
{
  char   *text;
  char  **lines;
  guint   n_lines;
  Mark   *marks;

  SylImportLists  lists;
  gboolean        lists_ambiguous;
};

SylImportReport *
_syl_import_report_new (const char *text)
{
  SylImportReport *report = g_new0 (SylImportReport, 1);

  report->text = g_strdup (text);
  report->lines = _syl_import_split_lines (report->text, &report->n_lines);
  /* A package (.docx, .odt) has no lines to explain, only its lists. */
  if (*text == '\0')
    report->n_lines = 0;
  report->marks = g_new0 (Mark, report->n_lines);
  for (guint i = 0; i < report->n_lines; i++)
    {
      /* A page break is no part of what the line says. */
      while (report->lines[i][0] == '\f')
        report->lines[i]++;
      report->marks[i].role = _syl_import_is_blank (report->lines[i]) ? SYL_IMPORT_LINE_BLANK
                                                                    : SYL_IMPORT_LINE_DROPPED;
    }
  return report;
}

void
_syl_import_report_free (SylImportReport *report)
{
  if (report == NULL)
    return;
  g_free (report->marks);
  g_free (report->lines);
  g_free (report->text);
  g_free (report);
}

void
_syl_import_result_mark_line (SylImportResult   *self,
                              guint              line,
                              SylImportLineRole  role,
                              guint              depth)
{
  SylImportReport *report = _syl_import_result_get_report (self);

  if (report == NULL || line == 0 || line > report->n_lines)
    return;
  report->marks[line - 1].role = role;
  report->marks[line - 1].depth = depth;
}

SylImportLineRole
_syl_import_result_get_mark (SylImportResult *self,
                             guint            line)
{
  SylImportReport *report = _syl_import_result_get_report (self);

  if (report == NULL || line == 0 || line > report->n_lines)
    return SYL_IMPORT_LINE_DROPPED;
  return report->marks[line - 1].role;
}

/* Line @line was joined to line @from before it was read, as a word
 * hyphenated at the end of @from: it became what @from became, or the
 * rest of its title when @from started a node. */
void
_syl_import_result_follow_mark (SylImportResult *self,
                                guint            from,
                                guint            line)
{
  SylImportReport *report = _syl_import_result_get_report (self);
  Mark *mark;

  if (report == NULL || from == 0 || line == 0 || from > report->n_lines || line > report->n_lines)
    return;
  mark = &report->marks[from - 1];
  report->marks[line - 1].role = mark->role == SYL_IMPORT_LINE_NODE ? SYL_IMPORT_LINE_CONTINUATION
                                                                     : mark->role;
  report->marks[line - 1].depth = mark->depth;
}

/**
 * syl_import_result_get_n_lines:
 *
 * Returns: how many lines the report has: the lines of the input for
 *   text and Markdown, 0 for a format read otherwise (OPML)
 */
guint
syl_import_result_get_n_lines (SylImportResult *self)
{
  SylImportReport *report;

  g_return_val_if_fail (SYL_IS_IMPORT_RESULT (self), 0);

  report = _syl_import_result_get_report (self);
  return report != NULL ? report->n_lines : 0;
}

/**
 * syl_import_result_get_line:
 * @index: from 0 to syl_import_result_get_n_lines() - 1, line @index + 1
 *   of the input
 * @depth: (out) (optional): for a node, notes and objectives, the depth of
 *   the node they belong to, from 1; 0 for the other roles
 * @text: (out) (optional) (transfer none): the line as the input has it
 *
 * Returns: what the line became
 */
SylImportLineRole
syl_import_result_get_line (SylImportResult  *self,
                            guint             index,
                            guint            *depth,
                            const char      **text)
{
  SylImportReport *report;

  g_return_val_if_fail (SYL_IS_IMPORT_RESULT (self), SYL_IMPORT_LINE_DROPPED);
  report = _syl_import_result_get_report (self);
  g_return_val_if_fail (report != NULL && index < report->n_lines, SYL_IMPORT_LINE_DROPPED);

  if (depth != NULL)
    *depth = report->marks[index].depth;
  if (text != NULL)
    *text = report->lines[index];
  return report->marks[index].role;
}

/**
 * syl_import_line_role_to_string:
 *
 * Returns: a name for @role, for tests and the command line: "blank",
 *   "node", "continuation", "notes", "objectives", "label",
 *   "title-block", "contents", "furniture" or "dropped"
 */
const char *
syl_import_line_role_to_string (SylImportLineRole role)
{
  static const char * const names[] = {
    "blank", "node", "continuation", "notes", "objectives", "label", "title-block",
    "contents", "furniture", "dropped",
  };

  g_return_val_if_fail (role <= SYL_IMPORT_LINE_DROPPED, NULL);
  return names[role];
}

/* The importer says what it made of lists under headings, and whether
 * the document left it in doubt. */
void
_syl_import_result_set_lists (SylImportResult *self,
                              SylImportLists   lists,
                              gboolean         ambiguous)
{
  SylImportReport *report = _syl_import_result_get_report (self);

  if (report == NULL)
    return;
  report->lists = lists;
  report->lists_ambiguous = ambiguous;
}

/**
 * syl_import_result_get_lists_ambiguous:
 *
 * Returns: whether the input has lists under headings that could be
 *   either the nodes below them or their notes, so that reading it again
 *   with the other choice (syl_import_result_reread()) gives another
 *   outline
 */
gboolean
syl_import_result_get_lists_ambiguous (SylImportResult *self)
{
  SylImportReport *report;

  g_return_val_if_fail (SYL_IS_IMPORT_RESULT (self), FALSE);

  report = _syl_import_result_get_report (self);
  return report != NULL && report->lists_ambiguous;
}

/**
 * syl_import_result_get_lists:
 *
 * Returns: what lists under headings became: %SYL_IMPORT_LISTS_SECTIONS
 *   or %SYL_IMPORT_LISTS_NOTES, or %SYL_IMPORT_LISTS_AUTO when the input
 *   has none
 */
SylImportLists
syl_import_result_get_lists (SylImportResult *self)
{
  SylImportReport *report;

  g_return_val_if_fail (SYL_IS_IMPORT_RESULT (self), SYL_IMPORT_LISTS_AUTO);

  report = _syl_import_result_get_report (self);
  return report != NULL ? report->lists : SYL_IMPORT_LISTS_AUTO;
}
