/* syl-bench.c: measures the document core against json-glib and its targets
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: syl-bench FILE.json [--repeat R]
 *
 * Prints a plain-text report, one line per measurement, each the median of
 * R runs (3 unless told).  The targets are: loading at most 1.5 times as
 * slow as a bare json-glib parse, serializing at most 1.5 times as slow as a
 * bare json-glib generate, moving a chapter and undoing it within 1 ms, and
 * a peak memory of at most 4 times the file's size.  Missing a target is
 * only reported; the exit status is 1 only when an operation fails.
 *
 * Also measured, without targets: searching the document for a Chinese and
 * an English word (beside a bare case-sensitive memmem() over the file, the
 * least any search can cost), and reading a 1 MiB text outline made from
 * the document (see bench_import()).
 */
#define _GNU_SOURCE

#include <json-glib/json-glib.h>
#include <glib/gstdio.h>
#include <errno.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#include "syl-bench-util.h"
#include "syl-check.h"
#include "syl-clipboard.h"
#include "syl-document.h"
#include "syl-error.h"
#include "syl-import.h"
#include "syl-search.h"
#include "syl-document-disk.h"
#include "syl-json-reader.h"
#include "syl-json-writer.h"

#define TARGET_LOAD_RATIO 1.5
#define TARGET_SAVE_RATIO 1.5
#define TARGET_MOVE_UNDO_US 1000
#define TARGET_MEMORY_RATIO 4.0
/* The size of the text outline that the import benchmark reads. */
#define IMPORT_TEXT_SIZE (1024 * 1024)

typedef enum
{
  TARGET_NA,
  TARGET_OK,
  TARGET_MISSED,
} TargetResult;

typedef enum
{
  MEASURE_READ,
  MEASURE_SYLLABUS,
  MEASURE_JSON_GLIB,
} MeasureMode;

typedef struct
{
  const char  *path;
  guint        repeat;
  char        *data;
  gsize        length;
  gboolean     failed;
  gint64       parse_us;
  gint64       generate_us;
  gint64       load_us;
  gint64       serialize_us;
  TargetResult load;
  TargetResult save;
  TargetResult move;
  TargetResult memory;
} Bench;

/* Appends the time elapsed since @start to @samples. */
static void
add_sample (GArray *samples,
            gint64  start)
{
  gint64 elapsed = g_get_monotonic_time () - start;

  g_array_append_val (samples, elapsed);
}

static void
report_ms (const char *name,
           gint64      us)
{
  g_autofree char *value = g_strdup_printf ("%.2f ms", us / 1000.0);

  syl_bench_report_line (name, value, NULL);
}

static void
report_failure (Bench        *bench,
                const char   *name,
                const GError *error)
{
  g_autofree char *note = g_strdup_printf ("FAILED: %s",
                                           error != NULL ? error->message : "no reason given");

  syl_bench_report_line (name, "-", note);
  bench->failed = TRUE;
}

static TargetResult
report_ratio (const char *name,
              double      ratio,
              double      target)
{
  g_autofree char *value = g_strdup_printf ("%.2fx", ratio);
  gboolean ok = ratio <= target;
  g_autofree char *note = g_strdup_printf ("target <= %.1fx  %s", target, ok ? "OK" : "MISSED");

  syl_bench_report_line (name, value, note);
  return ok ? TARGET_OK : TARGET_MISSED;
}

static const char *
target_to_string (TargetResult result)
{
  switch (result)
    {
    case TARGET_OK:
      return "OK";
    case TARGET_MISSED:
      return "MISSED";
    case TARGET_NA:
    default:
      return "n/a";
    }
}

/* Parses the bytes with a bare json-glib parser; keeps the last parser. */
static JsonParser *
bench_parse (Bench *bench)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(JsonParser) parser = NULL;

  for (guint i = 0; i < bench->repeat; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start;

      g_clear_object (&parser);
      parser = json_parser_new ();
      start = g_get_monotonic_time ();
      if (!json_parser_load_from_data (parser, bench->data, bench->length, &error))
        {
          report_failure (bench, "json-glib parse", error);
          return NULL;
        }
      add_sample (samples, start);
    }
  bench->parse_us = syl_bench_median (samples);
  report_ms ("json-glib parse", bench->parse_us);
  return g_steal_pointer (&parser);
}

static void
bench_generate (Bench      *bench,
                JsonParser *parser)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(JsonGenerator) generator = json_generator_new ();

  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json_generator_set_root (generator, json_parser_get_root (parser));
  for (guint i = 0; i < bench->repeat; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autofree char *text = json_generator_to_data (generator, NULL);

      add_sample (samples, start);
    }
  bench->generate_us = syl_bench_median (samples);
  report_ms ("json-glib generate", bench->generate_us);
}

/* Loads the bytes with Syllabus; keeps the last document.  Freeing the
 * documents before it is not timed. */
static SylDocument *
bench_load (Bench *bench)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(SylDocument) document = NULL;

  for (guint i = 0; i < bench->repeat; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start;

      g_clear_object (&document);
      start = g_get_monotonic_time ();
      document = syl_document_new_from_data (bench->data, bench->length, &error);
      if (document == NULL)
        {
          report_failure (bench, "syllabus load", error);
          return NULL;
        }
      add_sample (samples, start);
    }
  bench->load_us = syl_bench_median (samples);
  report_ms ("syllabus load", bench->load_us);
  return g_steal_pointer (&document);
}

/* Reports whether serializing gives back the file exactly, which it should
 * for a file in the canonical layout, as the generator writes them. */
static void
report_round_trip (Bench  *bench,
                   GBytes *bytes)
{
  gsize size;
  const char *text = g_bytes_get_data (bytes, &size);
  gsize i = 0;
  guint line = 1;
  g_autofree char *note = NULL;

  while (i < size && i < bench->length && text[i] == bench->data[i])
    line += text[i++] == '\n';
  if (i == size && i == bench->length)
    {
      syl_bench_report_line ("round trip (serialize = file)", "identical", NULL);
      return;
    }
  note = g_strdup_printf ("first difference at byte %" G_GSIZE_FORMAT ", line %u", i, line);
  syl_bench_report_line ("round trip (serialize = file)", "differs", note);
}

static void
bench_serialize (Bench       *bench,
                 SylDocument *document)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (gint64));

  for (guint i = 0; i < bench->repeat; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GBytes) bytes = syl_document_serialize (document);

      add_sample (samples, start);
      if (bytes == NULL)
        {
          report_failure (bench, "syllabus save (serialize)", NULL);
          return;
        }
      if (i == bench->repeat - 1)
        report_round_trip (bench, bytes);
    }
  bench->serialize_us = syl_bench_median (samples);
  report_ms ("syllabus save (serialize)", bench->serialize_us);
}

static void
bench_save (Bench       *bench,
            SylDocument *document)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *path = g_build_filename (g_get_tmp_dir (), "syl-bench-XXXXXX.json", NULL);
  g_autoptr(GFile) file = NULL;
  int fd = g_mkstemp (path);

  if (fd < 0)
    {
      syl_bench_report_line ("syllabus save (atomic file)", "-", "FAILED: cannot create a temporary file");
      bench->failed = TRUE;
      return;
    }
  close (fd);
  file = g_file_new_for_path (path);
  for (guint i = 0; i < bench->repeat; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();

      if (!syl_document_save (document, file, &error))
        {
          report_failure (bench, "syllabus save (atomic file)", error);
          break;
        }
      add_sample (samples, start);
    }
  g_unlink (path);
  if (samples->len == bench->repeat)
    report_ms ("syllabus save (atomic file)", syl_bench_median (samples));
}

static void
report_ratios (Bench *bench)
{
  if (bench->parse_us > 0 && bench->load_us > 0)
    bench->load = report_ratio ("ratio load / parse",
                                (double) bench->load_us / bench->parse_us,
                                TARGET_LOAD_RATIO);
  if (bench->generate_us > 0 && bench->serialize_us > 0)
    bench->save = report_ratio ("ratio save (serialize) / generate",
                                (double) bench->serialize_us / bench->generate_us,
                                TARGET_SAVE_RATIO);
}

/* Moves @chapter to the end of the root and undoes it, once, timing each
 * half.  Checks that the undo put the chapter back in first place. */
static gboolean
move_and_undo (SylDocument  *document,
               SylNode      *chapter,
               gint64       *move_us,
               gint64       *undo_us,
               GError      **error)
{
  SylNode *root = syl_document_get_root (document);
  guint last = syl_node_get_n_children (root) - 1;
  gint64 start = g_get_monotonic_time ();
  gint64 middle;

  if (!syl_document_move_node (document, chapter, root, last, error))
    return FALSE;
  middle = g_get_monotonic_time ();
  if (!syl_history_undo (syl_document_get_history (document)))
    {
      g_set_error_literal (error, SYL_ERROR, SYL_ERROR_FAILED, "undo failed");
      return FALSE;
    }
  *undo_us = g_get_monotonic_time () - middle;
  *move_us = middle - start;
  if (syl_node_get_index (chapter) != 0 || syl_node_get_parent (chapter) != root)
    {
      g_set_error_literal (error, SYL_ERROR, SYL_ERROR_FAILED,
                           "the chapter is not back in first place after undo");
      return FALSE;
    }
  return TRUE;
}

static void
report_move (Bench   *bench,
             guint    n_descendants,
             GArray  *moves,
             GArray  *undos,
             GArray  *pairs)
{
  g_autofree char *name = g_strdup_printf ("move chapter (%u descendants)", n_descendants);
  g_autofree char *move = g_strdup_printf ("%" G_GINT64_FORMAT " us", syl_bench_median (moves));
  g_autofree char *undo = g_strdup_printf ("%" G_GINT64_FORMAT " us", syl_bench_median (undos));
  gint64 pair_us = syl_bench_median (pairs);
  g_autofree char *pair = g_strdup_printf ("%" G_GINT64_FORMAT " us", pair_us);
  gboolean ok = pair_us <= TARGET_MOVE_UNDO_US;
  g_autofree char *note = g_strdup_printf ("target <= %d us  %s", TARGET_MOVE_UNDO_US,
                                           ok ? "OK" : "MISSED");

  syl_bench_report_line (name, move, NULL);
  syl_bench_report_line ("undo move chapter", undo, NULL);
  syl_bench_report_line ("move + undo", pair, note);
  bench->move = ok ? TARGET_OK : TARGET_MISSED;
}

static void
bench_move (Bench       *bench,
            SylDocument *document)
{
  SylNode *root = syl_document_get_root (document);
  SylNode *chapter = syl_node_get_child (root, 0);
  g_autoptr(GArray) moves = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) undos = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) pairs = g_array_new (FALSE, FALSE, sizeof (gint64));

  if (syl_node_get_n_children (root) < 2)
    {
      syl_bench_report_line ("move chapter", "skipped", "fewer than two chapters");
      return;
    }
  for (guint i = 0; i < bench->repeat; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 move_us;
      gint64 undo_us;
      gint64 pair_us;

      if (!move_and_undo (document, chapter, &move_us, &undo_us, &error))
        {
          report_failure (bench, "move chapter + undo", error);
          return;
        }
      pair_us = move_us + undo_us;
      g_array_append_val (moves, move_us);
      g_array_append_val (undos, undo_us);
      g_array_append_val (pairs, pair_us);
    }
  report_move (bench, syl_node_count_descendants (chapter), moves, undos, pairs);
}

/* Numbers every node under @node, depth first; returns how many. */
static guint
number_subtree (SylNode *node)
{
  guint n_children = syl_node_get_n_children (node);
  guint count = 0;

  for (guint i = 0; i < n_children; i++)
    {
      SylNode *child = syl_node_get_child (node, i);
      g_autofree char *number = syl_node_dup_number (child);

      count += 1 + number_subtree (child);
    }
  return count;
}

static void
bench_number (Bench       *bench,
              SylDocument *document)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *name = NULL;
  guint count = 0;

  for (guint i = 0; i < bench->repeat; i++)
    {
      gint64 start = g_get_monotonic_time ();

      count = number_subtree (syl_document_get_root (document));
      add_sample (samples, start);
    }
  name = g_strdup_printf ("number all nodes (%u nodes)", count);
  report_ms (name, syl_bench_median (samples));
}

/* Times one search of the whole document, R times. */
static void
bench_search_word (Bench       *bench,
                   SylDocument *document,
                   const char  *word)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) scans = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *name = g_strdup_printf ("search “%s” (all fields)", word);
  g_autofree char *scan_name = g_strdup_printf ("  baseline: memmem “%s” in the file", word);
  g_autofree char *note = NULL;
  g_autofree char *value = NULL;
  guint n_matches = 0;
  guint n_found = 0;

  for (guint i = 0; i < bench->repeat; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) matches = syl_document_search (document, word, SYL_SEARCH_ALL);
      const char *p = bench->data;
      const char *end = bench->data + bench->length;
      gsize word_length = strlen (word);

      add_sample (samples, start);
      n_matches = matches->len;

      /* Every occurrence, as a search for the next one would go on. */
      start = g_get_monotonic_time ();
      for (n_found = 0; (p = memmem (p, end - p, word, word_length)) != NULL; p += word_length)
        n_found++;
      add_sample (scans, start);
    }
  note = g_strdup_printf ("%u nodes match", n_matches);
  value = g_strdup_printf ("%.2f ms", syl_bench_median (samples) / 1000.0);
  syl_bench_report_line (name, value, note);
  g_clear_pointer (&note, g_free);
  g_clear_pointer (&value, g_free);
  note = g_strdup_printf ("%u occurrences, case-sensitive", n_found);
  value = g_strdup_printf ("%.2f ms", syl_bench_median (scans) / 1000.0);
  syl_bench_report_line (scan_name, value, note);
}

static void
bench_search (Bench       *bench,
              SylDocument *document)
{
  bench_search_word (bench, document, "算法");
  bench_search_word (bench, document, "recursion");
}

/* The course check of the whole document, and the longest of the slices
 * of CHECK_SLICE nodes that the window runs it in, on idle (as
 * src/app/syl-check-panel.c does). */
#define CHECK_SLICE 1000

static void
bench_check (Bench       *bench,
             SylDocument *document)
{
  g_autoptr(GArray) samples = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) slices = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *note = NULL;
  g_autofree char *value = NULL;
  guint n_findings = 0;

  for (guint i = 0; i < bench->repeat; i++)
    {
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) findings = syl_document_check (document, SYL_CHECK_NO_RULES);
      g_autoptr(SylCheck) check = syl_check_new (document, SYL_CHECK_NO_RULES);
      gint64 longest = 0;
      gboolean done = FALSE;

      add_sample (samples, start);
      n_findings = findings->len;
      while (!done)
        {
          start = g_get_monotonic_time ();
          done = syl_check_run (check, CHECK_SLICE);
          longest = MAX (longest, g_get_monotonic_time () - start);
        }
      g_array_append_val (slices, longest);
    }
  note = g_strdup_printf ("%u findings", n_findings);
  value = g_strdup_printf ("%.2f ms", syl_bench_median (samples) / 1000.0);
  syl_bench_report_line ("course check (all rules)", value, note);
  g_clear_pointer (&value, g_free);
  value = g_strdup_printf ("%.2f ms", syl_bench_median (slices) / 1000.0);
  syl_bench_report_line ("  longest slice of " G_STRINGIFY (CHECK_SLICE) " nodes", value,
                         "what the window runs at a time");
}

/* The document's outline as indented, numbered text, repeated or cut at a
 * line so that it is about IMPORT_TEXT_SIZE bytes. */
static char *
make_text_outline (SylDocument *document)
{
  SylNode *root = syl_document_get_root (document);
  g_autoptr(GPtrArray) chapters = g_ptr_array_new ();
  g_autofree char *outline = NULL;
  GString *text = g_string_new (NULL);
  gsize length;

  for (guint i = 0; i < syl_node_get_n_children (root); i++)
    g_ptr_array_add (chapters, syl_node_get_child (root, i));
  outline = syl_nodes_to_text ((SylNode **) chapters->pdata, chapters->len);
  length = strlen (outline);
  while (length > 0 && text->len < IMPORT_TEXT_SIZE)
    g_string_append_len (text, outline, MIN (length, IMPORT_TEXT_SIZE - text->len));
  while (text->len > 0 && text->str[text->len - 1] != '\n')
    g_string_truncate (text, text->len - 1);
  return g_string_free (text, FALSE);
}

/* Importing a text outline of about 1 MiB, as File → Import… and
 * `syllabus-cli import` do; pasting the same text, which goes through the
 * same importer, is shown beside it. */
static gint64
time_import (const char *text,
             guint      *n_nodes)
{
  g_autoptr(GBytes) bytes = g_bytes_new_static (text, strlen (text));
  g_autoptr(SylImportResult) result = NULL;
  g_autoptr(GError) error = NULL;
  gint64 start = g_get_monotonic_time ();

  result = syl_import_bytes (bytes, SYL_IMPORT_FORMAT_TEXT, "UTF-8", "bench.txt", &error);
  if (result == NULL)
    g_error ("The benchmark's text outline does not import: %s", error->message);
  *n_nodes = g_list_model_get_n_items (syl_import_result_get_nodes (result));
  return g_get_monotonic_time () - start;
}

static void
bench_import (Bench       *bench,
              SylDocument *document)
{
  g_autofree char *text = make_text_outline (document);
  g_autoptr(GArray) imports = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) pastes = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *note = NULL;
  g_autofree char *value = NULL;
  g_autofree char *paste_value = NULL;
  guint n_nodes = 0;

  for (guint i = 0; i < bench->repeat; i++)
    {
      gint64 took = time_import (text, &n_nodes);
      gint64 start = g_get_monotonic_time ();
      g_autoptr(GPtrArray) nodes = syl_nodes_from_text (text);

      g_array_append_val (imports, took);
      add_sample (pastes, start);
    }
  note = g_strdup_printf ("%.2f MiB, %u top nodes", strlen (text) / 1048576.0, n_nodes);
  value = g_strdup_printf ("%.2f ms", syl_bench_median (imports) / 1000.0);
  syl_bench_report_line ("import 1 MiB text outline", value, note);
  paste_value = g_strdup_printf ("%.2f ms", syl_bench_median (pastes) / 1000.0);
  syl_bench_report_line ("  baseline: paste it (clipboard reader)", paste_value, "the same importer");
}

/* In a child process: reads the file, loads it as @mode says, and returns
 * the peak resident size in KiB, or -1.  The loaded data is left for the
 * process's exit to free. */
static long
child_peak_rss (const char  *path,
                MeasureMode  mode)
{
  char *data = NULL;
  gsize length;
  struct rusage usage;

  if (!g_file_get_contents (path, &data, &length, NULL))
    return -1;
  if (mode == MEASURE_SYLLABUS && syl_document_new_from_data (data, length, NULL) == NULL)
    return -1;
  if (mode == MEASURE_JSON_GLIB
      && !json_parser_load_from_data (json_parser_new (), data, length, NULL))
    return -1;
  if (getrusage (RUSAGE_SELF, &usage) != 0)
    return -1;
  return usage.ru_maxrss;
}

/* Forks a child to measure one peak resident size, in KiB, or -1. */
static long
measure_peak_rss (const char  *path,
                  MeasureMode  mode)
{
  int fds[2];
  long result = -1;
  pid_t pid;

  if (pipe (fds) != 0)
    return -1;
  pid = fork ();
  if (pid == 0)
    {
      long peak = child_peak_rss (path, mode);

      close (fds[0]);
      if (write (fds[1], &peak, sizeof peak) != sizeof peak)
        _exit (1);
      _exit (0);
    }
  close (fds[1]);
  if (pid < 0 || read (fds[0], &result, sizeof result) != sizeof result)
    result = -1;
  close (fds[0]);
  if (pid > 0)
    waitpid (pid, NULL, 0);
  return result;
}

static void
report_rss (Bench      *bench,
            const char *name,
            long        kib)
{
  g_autofree char *value = NULL;

  if (kib < 0)
    {
      syl_bench_report_line (name, "-", "FAILED: the child process could not measure it");
      bench->failed = TRUE;
      return;
    }
  value = g_strdup_printf ("%.1f MiB", kib / 1024.0);
  syl_bench_report_line (name, value, NULL);
}

/* Measures the peak memory of reading the file alone, of loading it with
 * Syllabus and of parsing it with json-glib, each in a fresh child. */
static void
bench_memory (Bench *bench)
{
  long read_kib = measure_peak_rss (bench->path, MEASURE_READ);
  long syllabus_kib = measure_peak_rss (bench->path, MEASURE_SYLLABUS);
  long json_kib = measure_peak_rss (bench->path, MEASURE_JSON_GLIB);

  report_rss (bench, "peak RSS: read file (baseline)", read_kib);
  report_rss (bench, "peak RSS: read + syllabus load", syllabus_kib);
  report_rss (bench, "peak RSS: read + json-glib parse", json_kib);
  if (syllabus_kib < 0 || bench->length == 0)
    return;
  bench->memory = report_ratio ("ratio syllabus peak RSS / file size",
                                syllabus_kib * 1024.0 / bench->length, TARGET_MEMORY_RATIO);
  if (read_kib >= 0)
    {
      g_autofree char *value = g_strdup_printf ("%.2fx", (syllabus_kib - read_kib) * 1024.0
                                                          / bench->length);

      syl_bench_report_line ("  (above baseline) / file size", value, "for information");
    }
}

static void
report_header (Bench *bench)
{
  g_autofree char *size = g_strdup_printf ("%.1f MiB", bench->length / 1048576.0);
  g_autofree char *note = g_strdup_printf ("%" G_GSIZE_FORMAT " bytes", bench->length);

  g_print ("syl-bench: %s, median of %u run%s\n", bench->path, bench->repeat,
           bench->repeat == 1 ? "" : "s");
  syl_bench_report_line ("file size", size, note);
}

/* Reads the file; the memory is measured first, while this process is
 * still small, because a forked child starts with its parent's resident
 * pages. */
static gboolean
read_file (Bench   *bench,
           GError **error)
{
  GStatBuf buf;

  if (g_stat (bench->path, &buf) != 0)
    {
      int saved_errno = errno;

      g_set_error (error, G_FILE_ERROR, g_file_error_from_errno (saved_errno),
                   "%s: %s", bench->path, g_strerror (saved_errno));
      return FALSE;
    }
  bench->length = buf.st_size;
  report_header (bench);
  bench_memory (bench);
  return g_file_get_contents (bench->path, &bench->data, &bench->length, error);
}

static void
run_benchmarks (Bench *bench)
{
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(SylDocument) document = NULL;

  parser = bench_parse (bench);
  if (parser != NULL)
    bench_generate (bench, parser);
  g_clear_object (&parser);
  document = bench_load (bench);
  if (document != NULL)
    {
      bench_serialize (bench, document);
      bench_save (bench, document);
    }
  report_ratios (bench);
  if (document != NULL)
    {
      bench_move (bench, document);
      bench_number (bench, document);
      bench_search (bench, document);
      bench_check (bench, document);
      bench_import (bench, document);
    }
}

int
main (int   argc,
      char *argv[])
{
  guint repeat = 3;
  g_autoptr(GError) error = NULL;
  Bench bench = { 0 };

  if (!syl_bench_parse_args ("syl-bench", &argc, &argv, &repeat))
    return 2;
  bench.path = argv[1];
  bench.repeat = repeat;
  if (!read_file (&bench, &error))
    {
      g_printerr ("syl-bench: %s\n", error->message);
      return 1;
    }
  run_benchmarks (&bench);
  g_print ("targets: load %s, save %s, move+undo %s, memory %s\n",
           target_to_string (bench.load), target_to_string (bench.save),
           target_to_string (bench.move), target_to_string (bench.memory));
  g_free (bench.data);
  return bench.failed ? 1 : 0;
}
