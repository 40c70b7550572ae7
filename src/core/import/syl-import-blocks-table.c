/* syl-import-blocks-table.c: a word processor's table that holds the outline
 *
 * Most tables in a syllabus are facts: grading, contacts, the objectives
 * against the degree's requirements; they stay tables, in the notes.
 * But Chinese 教学大纲 and many course plans give their content as a
 * table whose rows are the chapters or sessions: “知识单元（章节） | 知识点
 * | 推荐学时”, “Session | Topics | Hours”.  Such a table is the outline.
 * It is told by its shape: a header row naming a column of titles
 * (chapter, unit, session, week…) beside a column of contents or of
 * hours, or, without such a header, a column of numbered titles
 * (“第一章…”, “Week 1…”).
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-duration.h"
#include "syl-import-blocks-private.h"

typedef enum
{
  COLUMN_OTHER,
  COLUMN_TITLE,
  COLUMN_CONTENT,
  COLUMN_HOURS,
} ColumnRole;

typedef struct
{
  const char *word;
  ColumnRole  role;
} ColumnWord;

/* Compared within the header, casefolded and without spaces, in this
 * order: “知识单元（章节）” names titles, “知识点” contents, “推荐学时”
 * hours.  Single characters (“章”, “节”) are left out: “考核环节” names
 * no chapter. */
static const ColumnWord column_words[] = {
  { "学时", COLUMN_HOURS },
  { "课时", COLUMN_HOURS },
  { "时数", COLUMN_HOURS },
  { "时长", COLUMN_HOURS },
  { "小时", COLUMN_HOURS },
  { "hours", COLUMN_HOURS },
  { "hour", COLUMN_HOURS },
  { "hrs", COLUMN_HOURS },
  { "duration", COLUMN_HOURS },
  { "minutes", COLUMN_HOURS },
  { "章节", COLUMN_TITLE },
  { "章次", COLUMN_TITLE },
  { "单元", COLUMN_TITLE },
  { "课题", COLUMN_TITLE },
  { "主题", COLUMN_TITLE },
  { "模块", COLUMN_TITLE },
  { "周次", COLUMN_TITLE },
  { "讲次", COLUMN_TITLE },
  { "课次", COLUMN_TITLE },
  { "chapter", COLUMN_TITLE },
  { "unit", COLUMN_TITLE },
  { "module", COLUMN_TITLE },
  { "session", COLUMN_TITLE },
  { "lesson", COLUMN_TITLE },
  { "lecture", COLUMN_TITLE },
  { "week", COLUMN_TITLE },
  { "title", COLUMN_TITLE },
  { "知识点", COLUMN_CONTENT },
  { "内容", COLUMN_CONTENT },
  { "要点", COLUMN_CONTENT },
  { "topic", COLUMN_CONTENT },
  { "content", COLUMN_CONTENT },
};

typedef struct
{
  GPtrArray *rows;       /* of GPtrArray of GString, the cells' plain text */
  guint      first;      /* the first row of the body */
  int        title;      /* the columns, or -1 */
  int        content;
  int        hours;
  gboolean   in_hours;   /* its bare numbers count hours, not minutes */
  gboolean   children;   /* the contents are topics, not prose */
} Shape;

void
_syl_import_table_entry_free (SylImportTableEntry *entry)
{
  g_free (entry->title);
  g_string_free (entry->notes, TRUE);
  g_free (entry);
}

static const char *
cell (GPtrArray *rows,
      guint      row,
      int        column)
{
  GPtrArray *cells = g_ptr_array_index (rows, row);

  if (column < 0 || (guint) column >= cells->len)
    return "";
  return ((GString *) g_ptr_array_index (cells, column))->str;
}

static char *
header_key (const char *text)
{
  g_autoptr(GString) key = g_string_new (NULL);

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      g_string_append_unichar (key, g_utf8_get_char (p));
  return g_utf8_casefold (key->str, -1);
}

static ColumnRole
column_role (const char *header)
{
  g_autofree char *key = header_key (header);

  /* A long header is a sentence, not the name of a column. */
  if (g_utf8_strlen (key, -1) > 24)
    return COLUMN_OTHER;
  for (gsize i = 0; i < G_N_ELEMENTS (column_words); i++)
    if (strstr (key, column_words[i].word) != NULL)
      return column_words[i].role;
  return COLUMN_OTHER;
}

/* Whether every cell of the column's body that is not empty is a bare
 * number: a row's index or a week's, not a title. */
static gboolean
column_is_numbers (const Shape *shape,
                   int          column)
{
  for (guint i = shape->first; i < shape->rows->len; i++)
    {
      const char *text = cell (shape->rows, i, column);

      if (*text != '\0' && text[strspn (text, "0123456789.")] != '\0')
        return FALSE;
    }
  return TRUE;
}

/* “第一章：绪论”, “Unit 2”, “Week 3: Loops”, “第 3 周”: the title of a
 * unit of a course, numbered in sequence.  “1、自然科学基础” is only an
 * item of a list. */
static gboolean
is_unit_title (const char *text)
{
  static const char * const words[] = { "week ", "session ", "class ", "day ", "lecture ", "lab " };
  static const char * const zh_units[] = { "周", "次", "天" };
  const char *p = _syl_import_skip_spaces (text);
  SylHeadingNumber number;

  if (_syl_import_match_heading (p, TRUE, &number) &&
      number.style >= SYL_HEADING_ZH_PART && number.style <= SYL_HEADING_EN_MODULE)
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (words); i++)
    if (g_ascii_strncasecmp (p, words[i], strlen (words[i])) == 0 &&
        g_ascii_isdigit (p[strlen (words[i])]))
      return TRUE;
  if (!g_str_has_prefix (p, "第"))
    return FALSE;
  p += strlen ("第");
  while (*p != '\0')
    {
      gunichar c = g_utf8_get_char (p);

      if (!g_ascii_isdigit (*p) && *p != ' ' &&
          g_utf8_strchr ("一二三四五六七八九十百零〇两", -1, c) == NULL)
        break;
      p = g_utf8_next_char (p);
    }
  for (guint i = 0; i < G_N_ELEMENTS (zh_units); i++)
    if (g_str_has_prefix (p, zh_units[i]))
      return TRUE;
  return FALSE;
}

/* How many cells of the column's rows from @first hold a unit's title,
 * and how many hold text at all. */
static void
count_numbered (GPtrArray *rows,
                guint      first,
                int        column,
                guint     *n_numbered,
                guint     *n_text)
{
  *n_numbered = *n_text = 0;
  for (guint i = first; i < rows->len; i++)
    {
      const char *text = cell (rows, i, column);

      if (*text == '\0')
        continue;
      (*n_text)++;
      *n_numbered += is_unit_title (text);
    }
}

/* Whether the bare numbers of a column of time count hours: “学时”,
 * “Hours” say so; “Duration”, “时长（分钟）” count minutes, as a duration
 * field reads a bare number. */
static gboolean
counts_hours (const char *header)
{
  static const char * const hour_words[] = { "学时", "课时", "时数", "小时", "hour", "hrs" };
  g_autofree char *key = header_key (header);

  if (strstr (key, "min") != NULL || strstr (key, "分钟") != NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (hour_words); i++)
    if (strstr (key, hour_words[i]) != NULL)
      return TRUE;
  return FALSE;
}

static void
read_header (Shape *shape)
{
  GPtrArray *header = g_ptr_array_index (shape->rows, 0);
  int fallback = -1;

  for (guint c = 0; c < header->len; c++)
    {
      const char *text = cell (shape->rows, 0, c);
      ColumnRole role = column_role (text);

      if (role == COLUMN_HOURS && shape->hours < 0)
        {
          shape->hours = c;
          shape->in_hours = counts_hours (text);
        }
      else if (role == COLUMN_TITLE && shape->title < 0 && !column_is_numbers (shape, c))
        shape->title = c;
      else if (role == COLUMN_CONTENT && fallback < 0)
        fallback = c;
    }
  /* “周次 | 教学内容 | 学时”: with weeks numbered alone, the contents are
   * the titles. */
  if (shape->title < 0)
    shape->title = fallback;
  else
    shape->content = fallback;
}

/* Without a header that names it, a column of numbered titles
 * (“第一章 绪论”, “Week 1: Basics”) is the outline's. */
static void
find_numbered_column (Shape *shape)
{
  guint n_columns = ((GPtrArray *) g_ptr_array_index (shape->rows, 0))->len;

  for (guint c = 0; c < n_columns && shape->title < 0; c++)
    {
      guint n_numbered, n_text;

      count_numbered (shape->rows, 0, c, &n_numbered, &n_text);
      if (n_text >= 3 && 3 * n_numbered >= 2 * n_text)
        {
          shape->title = c;
          shape->first = 0;
        }
    }
}

/* Whether most of the column's lines read as running text; a unit's
 * title (“第一章：绪论”) reads as a field, but is none. */
static gboolean
column_is_prose (const Shape *shape,
                 int          column)
{
  guint n = 0, n_prose = 0;

  for (guint i = shape->first; i < shape->rows->len; i++)
    {
      g_auto(GStrv) lines = g_strsplit (cell (shape->rows, i, column), "\n", -1);

      for (guint j = 0; lines[j] != NULL; j++)
        {
          if (*lines[j] == '\0')
            continue;
          n++;
          n_prose += _syl_import_reads_as_prose (lines[j]) && !is_unit_title (lines[j]);
        }
    }
  return 2 * n_prose > n;
}

static gboolean
read_shape (Shape *shape)
{
  guint n_numbered, n_text;

  shape->first = 1;
  shape->title = shape->content = shape->hours = -1;
  if (shape->rows->len < 3)
    return FALSE;
  read_header (shape);
  if (shape->title < 0)
    {
      shape->hours = shape->content = -1;
      find_numbered_column (shape);
    }
  if (shape->title < 0 || column_is_prose (shape, shape->title))
    return FALSE;
  count_numbered (shape->rows, shape->first, shape->title, &n_numbered, &n_text);
  if (n_text < 2)
    return FALSE;
  /* A column of titles alone beside facts (“Topic | Room”) is a table
   * of facts; with hours, contents or numbers it is a plan. */
  if (shape->hours < 0 && shape->content < 0 && 2 * n_numbered < n_text)
    return FALSE;
  shape->children = shape->content >= 0 && !column_is_prose (shape, shape->content);
  return TRUE;
}

/* “2”, “2 学时”, “1.5h”, “90 min”: in minutes, or -1. */
static int
read_minutes (const Shape *shape,
              const char  *text)
{
  g_autofree char *copy = g_strdup (text);
  g_autoptr(GString) duration = NULL;
  char *unit;
  int minutes;

  /* A class hour (学时, 课时) is read as an hour, as the plan counts it. */
  if ((unit = strstr (copy, "学时")) != NULL || (unit = strstr (copy, "课时")) != NULL)
    *unit = '\0';
  g_strstrip (copy);
  if (*copy == '\0')
    return -1;
  duration = g_string_new (copy);
  if (copy[strspn (copy, "0123456789.")] == '\0')
    g_string_append (duration, shape->in_hours ? " h" : " min");
  if (!syl_parse_duration (duration->str, &minutes, NULL) || minutes <= 0)
    return -1;
  return minutes;
}

static SylImportTableEntry *
new_entry (GPtrArray  *entries,
           const char *title,
           guint       level)
{
  SylImportTableEntry *entry = g_new0 (SylImportTableEntry, 1);

  entry->title = _syl_import_strip (title, NULL);
  g_strdelimit (entry->title, "\n", ' ');
  entry->notes = g_string_new (NULL);
  entry->level = level;
  entry->minutes = -1;
  g_ptr_array_add (entries, entry);
  return entry;
}

/* The other columns of a row (“要求 | 掌握”) are its notes, headed by
 * their header; numbers alone (a row's index) are left out. */
static void
add_other_cells (const Shape         *shape,
                 guint                row,
                 SylImportTableEntry *entry)
{
  GPtrArray *cells = g_ptr_array_index (shape->rows, row);

  for (guint c = 0; c < cells->len; c++)
    {
      const char *text = cell (shape->rows, row, c);

      if ((int) c == shape->title || (int) c == shape->hours ||
          ((int) c == shape->content && shape->children) || *text == '\0' ||
          column_is_numbers (shape, c))
        continue;
      if (entry->notes->len > 0)
        g_string_append (entry->notes, "\n\n");
      if (shape->first > 0 && *cell (shape->rows, 0, c) != '\0')
        {
          g_string_append (entry->notes, "**");
          _syl_import_blocks_append_escaped (entry->notes, cell (shape->rows, 0, c));
          g_string_append (entry->notes, "**: ");
        }
      _syl_import_blocks_append_escaped (entry->notes, text);
    }
}

/* The row's topics, one a line of its contents' cell, as children of
 * @node; the row's other cells go to its one topic, or else to @node. */
static void
add_row (const Shape         *shape,
         GPtrArray           *entries,
         SylImportTableEntry *node,
         guint                row)
{
  g_auto(GStrv) topics = g_strsplit (cell (shape->rows, row, shape->content), "\n", -1);
  SylImportTableEntry *last = NULL;
  guint n = 0;

  for (guint i = 0; shape->children && topics[i] != NULL; i++)
    if (*topics[i] != '\0')
      {
        last = new_entry (entries, topics[i], 2);
        n++;
      }
  add_other_cells (shape, row, n == 1 ? last : node);
}

/* The hours of a chapter's rows: the same on each, or given once in a
 * merged cell, they are the chapter's; different, they are each row's,
 * and the chapter's time is their sum. */
typedef struct
{
  int      first;
  int      sum;
  gboolean same;
} Hours;

static void
add_hours (Hours *hours,
           int    minutes)
{
  if (minutes < 0)
    return;
  if (hours->first < 0)
    {
      hours->first = hours->sum = minutes;
      return;
    }
  hours->same &= minutes == hours->first;
  hours->sum = MIN ((gint64) hours->sum + minutes, G_MAXINT / 2);
}

static void
finish_hours (SylImportTableEntry *node,
              Hours               *hours)
{
  if (node != NULL)
    node->minutes = hours->same ? hours->first : hours->sum;
  *hours = (Hours) { -1, -1, TRUE };
}

static GPtrArray *
make_entries (const Shape *shape)
{
  GPtrArray *entries =
    g_ptr_array_new_with_free_func ((GDestroyNotify) _syl_import_table_entry_free);
  SylImportTableEntry *node = NULL;
  g_autofree char *title = NULL;
  Hours hours = { -1, -1, TRUE };

  for (guint i = shape->first; i < shape->rows->len; i++)
    {
      const char *text = cell (shape->rows, i, shape->title);

      /* A merged cell continues the chapter above; so does its title
       * written again on each of its rows. */
      if (*text != '\0' && g_strcmp0 (text, title) != 0)
        {
          finish_hours (node, &hours);
          node = new_entry (entries, text, 1);
          g_free (title);
          title = g_strdup (text);
        }
      if (node == NULL)
        continue;
      add_row (shape, entries, node, i);
      add_hours (&hours, read_minutes (shape, cell (shape->rows, i, shape->hours)));
    }
  finish_hours (node, &hours);
  return entries;
}

/**
 * _syl_import_table_outline:
 * @rows: the table's rows, of its cells' plain text, a line a paragraph
 *
 * Returns: (transfer full) (nullable): the table's rows as the nodes of
 *   an outline, level 1 the rows' titles and level 2 their topics, or
 *   %NULL for a table of facts
 */
GPtrArray *
_syl_import_table_outline (GPtrArray *rows)
{
  Shape shape = { rows };

  if (!read_shape (&shape))
    return NULL;
  return make_entries (&shape);
}

/* Tables in a document read as text. */

/* Without heading styles a document is read as text: a table that holds
 * the outline goes there as a list under the heading above it, which the
 * text importer nests; @entries keeps its rows for
 * _syl_import_table_give_details(). */
void
_syl_import_table_append_text (GString   *text,
                               GPtrArray *outline,
                               GPtrArray *entries)
{
  for (guint i = 0; i < outline->len; i++)
    {
      SylImportTableEntry *entry = g_ptr_array_index (outline, i);

      g_string_append (text, entry->level > 1 ? "  - " : "- ");
      g_string_append (text, entry->title);
      g_string_append_c (text, '\n');
      g_ptr_array_add (entries, entry);
    }
}

/* Whether @node is the one the text importer made of @entry's line: the
 * row's title ends with the node's, as the importer takes off numbers
 * only (“第一章：绪论” gives “绪论”).  If so, the node gets what the line
 * could not carry. */
static gboolean
give_entry (const SylImportTableEntry *entry,
            SylNode                   *node)
{
  const char *title = syl_node_get_title (node);

  if (*title == '\0' || !g_str_has_suffix (entry->title, title))
    return FALSE;
  if (entry->minutes > 0)
    g_object_set (node, "duration-minutes", entry->minutes, NULL);
  if (entry->notes->len > 0 && *syl_node_get_notes (node) == '\0')
    g_object_set (node, "notes", entry->notes->str, NULL);
  return TRUE;
}

/* The text importer knows no durations nor notes in a list: the nodes it
 * made of the tables' rows, in their order, get them here. */
void
_syl_import_table_give_details (SylImportResult *result,
                                GPtrArray       *entries)
{
  GListModel *nodes = syl_import_result_get_nodes (result);
  guint next = 0;

  for (guint i = 0; i < g_list_model_get_n_items (nodes) && next < entries->len; i++)
    {
      g_autoptr(SylNode) top = g_list_model_get_item (nodes, i);
      SylNodeIter iter;
      SylNode *node;

      next += give_entry (g_ptr_array_index (entries, next), top);
      syl_node_iter_init (&iter, top);
      while (next < entries->len && syl_node_iter_next (&iter, &node))
        next += give_entry (g_ptr_array_index (entries, next), node);
    }
}
