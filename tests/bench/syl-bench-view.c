/* syl-bench-view.c: measures the outline window on a big document
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: syl-bench-view FILE.json [--repeat R]
 *
 * Needs a display; run-bench.sh starts Xvfb when there is none.  Prints a
 * plain-text report in the style of syl-bench, each figure the median of R
 * runs (3 unless told): loading the file, opening it in a window until the
 * first frame is painted, scrolling the list, and moving the big first
 * chapter to the end and undoing it, both on a bare document and with the
 * window showing it.  The window's moves are measured twice: with a few
 * sections of the chapter open, and with all of it open, which is also
 * scrolled; they stop repeating after a minute.  Last, expanding every
 * row from all closed and collapsing them all again.
 *
 * A frame is painted when the window's frame clock says "after-paint".  A
 * scroll's frame time is the work it causes: setting the position plus the
 * frame from "before-paint" on; "set to painted" adds the wait for the
 * frame clock.  Frames should take less than 16 ms; missing that is only
 * reported, and the exit status is 1 only when an operation fails or a row
 * that was open comes back closed.
 */
#include <adwaita.h>
#include <sys/resource.h>
#include <time.h>

#include "syl-bench-util.h"
#include "syl-outline-view-private.h"
#include "syl-window.h"
#include "syl-document-disk.h"

#define TARGET_FRAME_US 16000
#define WINDOW_WIDTH 1000
#define WINDOW_HEIGHT 700
#define SCROLL_STEPS 50
/* How many sections of the first chapter are opened down to a leaf. */
#define N_OPEN_SECTIONS 4
/* The moves on the live window are repeated R times but at least
 * LIVE_MIN_RUNS times, or fewer once they have taken this long.  A step
 * takes a few milliseconds, and on a shared machine the median of three
 * was at the mercy of one slow moment. */
#define LIVE_MIN_RUNS 11
#define LIVE_TIME_LIMIT_US (60 * G_USEC_PER_SEC)
/* Giving up on a frame that does not come. */
#define FRAME_TIMEOUT_MS 30000
/* The window is idle once no frame was painted for this long. */
#define SETTLE_QUIET_US (150 * 1000)
#define SETTLE_MAX_US (5 * G_USEC_PER_SEC)

typedef struct
{
  const char *path;
  GFile      *file;
  guint       repeat;
  goffset     size;
  gboolean    failed;
} Bench;

/* Counts the frames a window paints and when each started and ended. */
typedef struct
{
  GdkFrameClock *clock;
  gulong         before_paint_id;
  gulong         after_paint_id;
  guint          n_painted;
  gint64         frame_start;
  gint64         painted_at;
  /* The main thread's CPU time when the last frame was painted. */
  gint64         painted_cpu;
} FrameWatch;

/* One kind of step on the live window, over R runs: the time until the
 * call returned and until the next frame was painted; how many changes the
 * tree model announced, how many of them the list heard and how many rows
 * it bound meanwhile; and how many row widgets it made until the frame. */
typedef struct
{
  GArray *returned;
  GArray *painted;
  GArray *cpu;
  GArray *changes;
  GArray *heard;
  GArray *bound;
  GArray *made;
} StepSamples;

/* What the view did during a step. */
typedef struct
{
  GtkListItemFactory *factory;
  GListModel         *model;
  GListModel         *list_model;
  gulong              bind_id;
  gulong              setup_id;
  gulong              changed_id;
  gulong              heard_id;
  guint               n_bound;
  guint               n_made;
  guint               n_changes;
  guint               n_heard;
} ViewCounters;

static GArray *
samples_new (void)
{
  return g_array_new (FALSE, FALSE, sizeof (gint64));
}

static void
samples_add (GArray *samples,
             gint64  value)
{
  g_array_append_val (samples, value);
}

/* The CPU time this thread has used, in microseconds.  Other processes on a
 * busy machine stretch the wall-clock time of a step, but not this. */
static gint64
thread_cpu_us (void)
{
  struct timespec now;

  if (clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now) != 0)
    return 0;
  return (gint64) now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
}

static gint64
worst (GArray *samples)
{
  gint64 result = 0;

  for (guint i = 0; i < samples->len; i++)
    result = MAX (result, g_array_index (samples, gint64, i));
  return result;
}

/* A frame time, against the 16 ms a smooth frame may take. */
static void
report_frame (const char *name,
              gint64      us)
{
  const char *note = us < TARGET_FRAME_US ? "target < 16 ms  OK" : "target < 16 ms  MISSED";

  syl_bench_report_duration (name, us, note);
}

static void
report_count (const char *name,
              guint       count,
              const char *note)
{
  g_autofree char *value = g_strdup_printf ("%u", count);

  syl_bench_report_line (name, value, note);
}

static void
report_failure (Bench      *bench,
                const char *name,
                const char *reason)
{
  g_autofree char *note = g_strdup_printf ("FAILED: %s", reason != NULL ? reason : "no reason given");

  syl_bench_report_line (name, "-", note);
  bench->failed = TRUE;
}

static void
before_paint_cb (GdkFrameClock *clock,
                 FrameWatch    *watch)
{
  watch->frame_start = g_get_monotonic_time ();
}

static void
after_paint_cb (GdkFrameClock *clock,
                FrameWatch    *watch)
{
  watch->painted_at = g_get_monotonic_time ();
  watch->painted_cpu = thread_cpu_us ();
  watch->n_painted++;
}

/* Starts watching the frames of @window, which must be realized. */
static void
frame_watch_start (FrameWatch *watch,
                   GtkWindow  *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  watch->clock = g_object_ref (gdk_surface_get_frame_clock (surface));
  watch->before_paint_id = g_signal_connect (watch->clock, "before-paint",
                                             G_CALLBACK (before_paint_cb), watch);
  watch->after_paint_id = g_signal_connect (watch->clock, "after-paint",
                                            G_CALLBACK (after_paint_cb), watch);
}

static void
frame_watch_stop (FrameWatch *watch)
{
  if (watch->clock == NULL)
    return;
  g_clear_signal_handler (&watch->before_paint_id, watch->clock);
  g_clear_signal_handler (&watch->after_paint_id, watch->clock);
  g_clear_object (&watch->clock);
}

static gboolean
timeout_cb (gpointer user_data)
{
  gboolean *timed_out = user_data;

  *timed_out = TRUE;
  return G_SOURCE_REMOVE;
}

/* Runs the main loop until the window paints its next frame; returns FALSE
 * if none came in time. */
static gboolean
wait_for_paint (FrameWatch *watch)
{
  guint target = watch->n_painted + 1;
  gboolean timed_out = FALSE;
  guint timeout_id = g_timeout_add (FRAME_TIMEOUT_MS, timeout_cb, &timed_out);

  while (watch->n_painted < target && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timeout_id);
  return !timed_out;
}

/* Runs the main loop for @us microseconds. */
static void
pump (gint64 us)
{
  gint64 end = g_get_monotonic_time () + us;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (1000);
    }
}

/* Runs the main loop until the window stops painting, so that the next
 * measurement starts from an idle window. */
static void
settle (FrameWatch *watch)
{
  gint64 start = g_get_monotonic_time ();
  gint64 quiet_since = start;
  guint seen = watch->n_painted;

  for (gint64 now = start;
       now - quiet_since < SETTLE_QUIET_US && now - start < SETTLE_MAX_US;
       now = g_get_monotonic_time ())
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      if (watch->n_painted != seen)
        {
          seen = watch->n_painted;
          quiet_since = g_get_monotonic_time ();
        }
      g_usleep (1000);
    }
}

static void
close_window (SylWindow  *window,
              FrameWatch *watch)
{
  frame_watch_stop (watch);
  gtk_window_destroy (GTK_WINDOW (window));
  pump (50 * 1000);
  g_object_unref (window);
}

static SylOutlineView *
window_view (SylWindow *window)
{
  return syl_window_get_outline_view (window);
}

static guint
window_n_rows (SylWindow *window)
{
  return g_list_model_get_n_items (G_LIST_MODEL (window_view (window)->rows));
}

/* Whether @node has a row in the list and the row is open. */
static gboolean
row_is_expanded (SylOutlineView *view,
                 SylNode        *node)
{
  return syl_outline_rows_is_open (view->rows, node);
}

/* Appends @node and every node under it that is marked open. */
static void
collect_expanded (SylNode   *node,
                  GPtrArray *nodes)
{
  guint n_children = syl_node_get_n_children (node);

  if (n_children == 0 || !syl_node_get_expanded (node))
    return;
  g_ptr_array_add (nodes, node);
  for (guint i = 0; i < n_children; i++)
    collect_expanded (syl_node_get_child (node, i), nodes);
}

/* Reports whether the chapter's row is open after a step, and how many of
 * the rows under it that were open before, @nodes, still are. */
static void
report_open_rows (Bench          *bench,
                  const char     *name,
                  SylOutlineView *view,
                  SylNode        *chapter,
                  GPtrArray      *nodes)
{
  gboolean chapter_open = row_is_expanded (view, chapter);
  guint n_open = 0;
  g_autofree char *note = NULL;

  for (guint i = 0; i < nodes->len; i++)
    n_open += row_is_expanded (view, g_ptr_array_index (nodes, i));
  note = g_strdup_printf ("%u of %u open rows under it still open%s", n_open, nodes->len,
                          chapter_open && n_open == nodes->len ? "" : "  FAILED");
  syl_bench_report_line (name, chapter_open ? "yes" : "NO", note);
  if (!chapter_open || n_open != nodes->len)
    bench->failed = TRUE;
}

/* Loads the document with no window, R times; keeps the last one. */
static SylDocument *
bench_bare_load (Bench *bench)
{
  g_autoptr(GArray) samples = samples_new ();
  g_autoptr(SylDocument) document = NULL;

  for (guint i = 0; i < bench->repeat; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start;

      g_clear_object (&document);
      start = g_get_monotonic_time ();
      document = syl_document_new_from_file (bench->file, NULL, &error);
      if (document == NULL)
        {
          report_failure (bench, "load (bare model)", error->message);
          return NULL;
        }
      samples_add (samples, g_get_monotonic_time () - start);
    }
  syl_bench_report_duration ("load (bare model)", syl_bench_median (samples), NULL);
  return g_steal_pointer (&document);
}

/* Moves the first chapter to the end of the root and back by undo, R
 * times, with no window: only the calls are timed. */
static void
bench_bare_move (Bench       *bench,
                 SylDocument *document)
{
  SylNode *root = syl_document_get_root (document);
  SylNode *chapter = syl_node_get_child (root, 0);
  guint last = syl_node_get_n_children (root) - 1;
  g_autoptr(GArray) moves = samples_new ();
  g_autoptr(GArray) undos = samples_new ();

  for (guint i = 0; i < bench->repeat; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 start = g_get_monotonic_time ();
      gint64 middle;

      if (!syl_document_move_node (document, chapter, root, last, &error))
        {
          report_failure (bench, "move chapter (bare model)", error->message);
          return;
        }
      middle = g_get_monotonic_time ();
      if (!syl_history_undo (syl_document_get_history (document)))
        {
          report_failure (bench, "undo (bare model)", "undo failed");
          return;
        }
      samples_add (undos, g_get_monotonic_time () - middle);
      samples_add (moves, middle - start);
    }
  syl_bench_report_duration ("move chapter (bare model)", syl_bench_median (moves), NULL);
  syl_bench_report_duration ("undo (bare model)", syl_bench_median (undos), NULL);
  if (syl_node_get_index (chapter) != 0)
    report_failure (bench, "undo (bare model)", "the chapter is not back in first place");
}

/* Opens the file in a new window, presents it and waits for its first
 * frame; @load_us is the time until the file was in the window, @frame_us
 * until the frame was painted.  The window watches its frames in @watch. */
static SylWindow *
open_window (Bench       *bench,
             FrameWatch  *watch,
             gint64      *load_us,
             gint64      *frame_us,
             GError     **error)
{
  gint64 start = g_get_monotonic_time ();
  SylWindow *window = g_object_ref_sink (syl_window_new (NULL));

  if (!syl_window_load_file (window, bench->file, error))
    {
      gtk_window_destroy (GTK_WINDOW (window));
      g_object_unref (window);
      return NULL;
    }
  *load_us = g_get_monotonic_time () - start;
  gtk_window_set_default_size (GTK_WINDOW (window), WINDOW_WIDTH, WINDOW_HEIGHT);
  gtk_widget_realize (GTK_WIDGET (window));
  frame_watch_start (watch, GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
  if (!wait_for_paint (watch))
    {
      g_set_error_literal (error, SYL_ERROR, SYL_ERROR_FAILED, "no frame was painted");
      close_window (window, watch);
      return NULL;
    }
  *frame_us = watch->painted_at - start;
  return window;
}

/* What draws the frames: under Xvfb, GTK's default GL renderer runs on
 * Mesa's software rasterizer (llvmpipe), whose threads paint each frame
 * while the main thread waits, and which takes some 80 MiB more memory;
 * run-bench.sh asks for the cairo renderer. */
static void
report_renderer (SylWindow *window)
{
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  g_autofree char *note = g_strdup_printf ("on %s", G_OBJECT_TYPE_NAME (gdk_display_get_default ()));

  syl_bench_report_line ("renderer", renderer != NULL ? G_OBJECT_TYPE_NAME (renderer) : "none",
                         note);
}

/* Opens the file in a window R times; keeps the last window open. */
static SylWindow *
bench_open (Bench      *bench,
            FrameWatch *watch)
{
  g_autoptr(GArray) loads = samples_new ();
  g_autoptr(GArray) frames = samples_new ();
  SylWindow *window = NULL;

  for (guint i = 0; i < bench->repeat; i++)
    {
      g_autoptr(GError) error = NULL;
      gint64 load_us;
      gint64 frame_us;

      if (window != NULL)
        close_window (window, watch);
      window = open_window (bench, watch, &load_us, &frame_us, &error);
      if (window == NULL)
        {
          report_failure (bench, "open to first frame", error->message);
          return NULL;
        }
      samples_add (loads, load_us);
      samples_add (frames, frame_us);
      settle (watch);
    }
  syl_bench_report_duration ("open: syl_window_load_file returned", syl_bench_median (loads),
                   "document loaded and set on the view");
  syl_bench_report_duration ("open to first frame", syl_bench_median (frames), NULL);
  report_renderer (window);
  return window;
}

static void
bound_cb (GtkListItemFactory *factory,
          GtkListItem        *item,
          ViewCounters       *counters)
{
  counters->n_bound++;
}

static void
made_cb (GtkListItemFactory *factory,
         GtkListItem        *item,
         ViewCounters       *counters)
{
  counters->n_made++;
}

static void
changed_cb (GListModel   *model,
            guint         position,
            guint         removed,
            guint         added,
            ViewCounters *counters)
{
  counters->n_changes++;
}

static void
heard_cb (GListModel   *model,
          guint         position,
          guint         removed,
          guint         added,
          ViewCounters *counters)
{
  counters->n_heard++;
}

/* Counts the rows the list binds and the row widgets it makes, the
 * changes of the tree model and those that the list hears. */
static void
view_counters_start (ViewCounters   *counters,
                     SylOutlineView *view)
{
  counters->factory = g_object_ref (gtk_list_view_get_factory (view->list_view));
  counters->model = g_object_ref (G_LIST_MODEL (view->rows));
  counters->list_model = g_object_ref (G_LIST_MODEL (gtk_list_view_get_model (view->list_view)));
  counters->bind_id = g_signal_connect (counters->factory, "bind", G_CALLBACK (bound_cb),
                                        counters);
  counters->setup_id = g_signal_connect (counters->factory, "setup", G_CALLBACK (made_cb),
                                         counters);
  counters->changed_id = g_signal_connect (counters->model, "items-changed",
                                           G_CALLBACK (changed_cb), counters);
  counters->heard_id = g_signal_connect (counters->list_model, "items-changed",
                                         G_CALLBACK (heard_cb), counters);
}

static void
view_counters_stop (ViewCounters *counters)
{
  g_clear_signal_handler (&counters->bind_id, counters->factory);
  g_clear_signal_handler (&counters->setup_id, counters->factory);
  g_clear_signal_handler (&counters->changed_id, counters->model);
  g_clear_signal_handler (&counters->heard_id, counters->list_model);
  g_clear_object (&counters->factory);
  g_clear_object (&counters->model);
  g_clear_object (&counters->list_model);
}

static void
step_samples_init (StepSamples *samples)
{
  samples->returned = samples_new ();
  samples->painted = samples_new ();
  samples->cpu = samples_new ();
  samples->bound = samples_new ();
  samples->made = samples_new ();
  samples->changes = samples_new ();
  samples->heard = samples_new ();
}

static void
step_samples_clear (StepSamples *samples)
{
  g_clear_pointer (&samples->returned, g_array_unref);
  g_clear_pointer (&samples->painted, g_array_unref);
  g_clear_pointer (&samples->cpu, g_array_unref);
  g_clear_pointer (&samples->bound, g_array_unref);
  g_clear_pointer (&samples->made, g_array_unref);
  g_clear_pointer (&samples->changes, g_array_unref);
  g_clear_pointer (&samples->heard, g_array_unref);
}

static GtkAdjustment *
window_vadjustment (SylWindow *window)
{
  return gtk_scrolled_window_get_vadjustment (window_view (window)->scroller);
}

/* Scrolls to @value and waits for the frame that shows it.  The step's
 * latency runs from the call to the painted frame, waiting for the frame
 * clock included; its work is the call plus the frame itself. */
static gboolean
scroll_step (FrameWatch    *watch,
             ViewCounters  *counters,
             GtkAdjustment *adjustment,
             double         value,
             StepSamples   *samples)
{
  gint64 start = g_get_monotonic_time ();
  gint64 set_us;

  counters->n_bound = 0;
  gtk_adjustment_set_value (adjustment, value);
  set_us = g_get_monotonic_time () - start;
  if (!wait_for_paint (watch))
    return FALSE;
  samples_add (samples->painted, watch->painted_at - start);
  samples_add (samples->returned, set_us + watch->painted_at - watch->frame_start);
  samples_add (samples->bound, counters->n_bound);
  return TRUE;
}

/* The scroll position @step steps of @n_steps down the list, or with
 * @by_page, one page below the current one; the list's height is re-read
 * at every step, as GtkListView estimates the rows it has not measured. */
static double
scroll_target (GtkAdjustment *adjustment,
               guint          step,
               guint          n_steps,
               gboolean       by_page)
{
  double page = gtk_adjustment_get_page_size (adjustment);
  double bottom = gtk_adjustment_get_upper (adjustment) - page;

  if (by_page)
    return MIN (gtk_adjustment_get_value (adjustment) + page, bottom);
  return bottom * step / n_steps;
}

/* Reports the frames of a scroll: the work is in samples->returned, the
 * time from the call to the painted frame in samples->painted. */
static void
report_scroll (const char  *name,
               StepSamples *samples)
{
  g_autofree char *median_name = g_strdup_printf ("  %s: frame median", name);
  g_autofree char *worst_name = g_strdup_printf ("  %s: frame worst", name);
  g_autofree char *latency_name = g_strdup_printf ("  %s: set to painted", name);
  g_autofree char *latency_worst = syl_bench_format_duration (worst (samples->painted));
  g_autofree char *note = g_strdup_printf ("worst %s; %u steps, %" G_GINT64_FORMAT
                                           " rows bound per step", latency_worst,
                                           samples->painted->len, syl_bench_median (samples->bound));

  report_frame (median_name, syl_bench_median (samples->returned));
  report_frame (worst_name, worst (samples->returned));
  syl_bench_report_duration (latency_name, syl_bench_median (samples->painted), note);
}

/* Scrolls from the top of the list towards the bottom in SCROLL_STEPS
 * jumps or pages, R times; reports the median and the worst step. */
static void
bench_scroll_run (Bench      *bench,
                  SylWindow  *window,
                  FrameWatch *watch,
                  const char *name,
                  gboolean    by_page)
{
  GtkAdjustment *adjustment = window_vadjustment (window);
  ViewCounters counters = { 0 };
  StepSamples samples;
  gboolean ok = TRUE;

  step_samples_init (&samples);
  view_counters_start (&counters, window_view (window));
  for (guint run = 0; ok && run < bench->repeat; run++)
    {
      gtk_adjustment_set_value (adjustment, 0);
      settle (watch);
      for (guint step = 1; ok && step <= SCROLL_STEPS; step++)
        {
          double value = scroll_target (adjustment, step, SCROLL_STEPS, by_page);

          if (ABS (value - gtk_adjustment_get_value (adjustment)) < 0.5)
            break;
          ok = scroll_step (watch, &counters, adjustment, value, &samples);
        }
    }
  view_counters_stop (&counters);
  if (ok)
    report_scroll (name, &samples);
  else
    report_failure (bench, name, "no frame was painted");
  step_samples_clear (&samples);
}

/* Scrolls the list in 50 jumps from the top to the bottom, then 50 pages
 * down from the top, unless it fits in the window. */
static void
bench_scroll (Bench      *bench,
              SylWindow  *window,
              FrameWatch *watch,
              const char *label)
{
  GtkAdjustment *adjustment = window_vadjustment (window);
  g_autofree char *name = g_strdup_printf ("scroll (%s)", label);
  g_autofree char *height = NULL;
  g_autofree char *rows = NULL;
  g_autofree char *note = NULL;

  gtk_adjustment_set_value (adjustment, 0);
  settle (watch);
  height = g_strdup_printf ("%.0f px", gtk_adjustment_get_upper (adjustment));
  if (gtk_adjustment_get_upper (adjustment) <= gtk_adjustment_get_page_size (adjustment) + 0.5)
    {
      note = g_strdup_printf ("skipped: %u rows, %s, fit in the window", window_n_rows (window),
                              height);
      syl_bench_report_line (name, "-", note);
      return;
    }
  rows = g_strdup_printf ("%u rows", window_n_rows (window));
  note = g_strdup_printf ("%s high (estimated), page %.0f px", height,
                          gtk_adjustment_get_page_size (adjustment));
  syl_bench_report_line (name, rows, note);
  bench_scroll_run (bench, window, watch, "50 jumps to the bottom", FALSE);
  bench_scroll_run (bench, window, watch, "50 pages from the top", TRUE);
  gtk_adjustment_set_value (adjustment, 0);
  settle (watch);
}

/* Opens the first chapter and a few of its sections down to a leaf, as a
 * designer does by selecting deep nodes: the view opens their ancestors. */
static void
open_sections (SylOutlineView *view,
               SylNode        *chapter)
{
  SylNode *leaves[N_OPEN_SECTIONS];
  guint n_leaves = 0;

  _syl_outline_view_set_expanded (view, chapter, TRUE);
  for (guint i = 0; i < N_OPEN_SECTIONS && i < syl_node_get_n_children (chapter); i++)
    {
      SylNode *node = syl_node_get_child (chapter, i);

      _syl_outline_view_set_expanded (view, node, TRUE);
      while (syl_node_get_n_children (node) > 0)
        node = syl_node_get_child (node, syl_node_get_n_children (node) - 1);
      leaves[n_leaves++] = node;
    }
  syl_outline_view_select_nodes (view, leaves, n_leaves);
}

/* Marks every node of the chapter open and lets the view open their rows,
 * by closing and opening the chapter's row, as after a move; returns the
 * time the view took. */
static gint64
open_whole_chapter (SylOutlineView *view,
                    SylNode        *chapter)
{
  g_autoptr(GPtrArray) stack = g_ptr_array_new ();
  gint64 start;

  g_ptr_array_add (stack, chapter);
  while (stack->len > 0)
    {
      SylNode *node = g_ptr_array_steal_index_fast (stack, stack->len - 1);

      if (syl_node_get_n_children (node) > 0)
        syl_node_set_expanded (node, TRUE);
      for (guint i = 0; i < syl_node_get_n_children (node); i++)
        g_ptr_array_add (stack, syl_node_get_child (node, i));
    }
  start = g_get_monotonic_time ();
  _syl_outline_view_set_expanded (view, chapter, FALSE);
  _syl_outline_view_set_expanded (view, chapter, TRUE);
  return g_get_monotonic_time () - start;
}

/* Runs one step of the history on the live window: @undo, or else moves
 * the chapter to the end of the root.  Times it until the call returned
 * and until the next frame was painted, and counts what the view did. */
static gboolean
live_step (SylDocument   *document,
           SylNode       *chapter,
           gboolean       undo,
           FrameWatch    *watch,
           ViewCounters  *counters,
           StepSamples   *samples,
           GError       **error)
{
  SylNode *root = syl_document_get_root (document);
  guint last = syl_node_get_n_children (root) - 1;
  gint64 start;
  gint64 start_cpu;
  gint64 returned;

  settle (watch);
  counters->n_bound = counters->n_changes = counters->n_heard = counters->n_made = 0;
  start_cpu = thread_cpu_us ();
  start = g_get_monotonic_time ();
  if (undo && !syl_history_undo (syl_document_get_history (document)))
    {
      g_set_error_literal (error, SYL_ERROR, SYL_ERROR_FAILED, "undo failed");
      return FALSE;
    }
  if (!undo && !syl_document_move_node (document, chapter, root, last, error))
    return FALSE;
  returned = g_get_monotonic_time ();
  samples_add (samples->bound, counters->n_bound);
  samples_add (samples->changes, counters->n_changes);
  samples_add (samples->heard, counters->n_heard);
  if (!wait_for_paint (watch))
    {
      g_set_error_literal (error, SYL_ERROR, SYL_ERROR_FAILED, "no frame was painted");
      return FALSE;
    }
  samples_add (samples->made, counters->n_made);
  samples_add (samples->returned, returned - start);
  samples_add (samples->painted, watch->painted_at - start);
  samples_add (samples->cpu, watch->painted_cpu - start_cpu);
  return TRUE;
}

/* Reports a step's medians; fewer runs than @repeat means the time limit
 * cut the repeats short. */
static void
report_step (const char  *name,
             const char  *label,
             StepSamples *samples,
             guint        repeat)
{
  g_autofree char *returned = g_strdup_printf ("%s (%s): returned", name, label);
  g_autofree char *painted = g_strdup_printf ("%s (%s): painted", name, label);
  g_autofree char *cpu = g_strdup_printf ("%s (%s): main thread CPU", name, label);
  g_autofree char *runs = samples->returned->len < repeat
                          ? g_strdup_printf (", %u of %u runs (time limit)",
                                             samples->returned->len, repeat)
                          : g_strdup_printf (", median of %u runs", repeat);
  g_autofree char *note = g_strdup_printf ("%" G_GINT64_FORMAT " tree changes heard by the list as %"
                                           G_GINT64_FORMAT ", %" G_GINT64_FORMAT " rows bound, %"
                                           G_GINT64_FORMAT " row widgets made by the frame%s",
                                           syl_bench_median (samples->changes),
                                           syl_bench_median (samples->heard),
                                           syl_bench_median (samples->bound),
                                           syl_bench_median (samples->made), runs);

  syl_bench_report_duration (returned, syl_bench_median (samples->returned), note);
  report_frame (painted, syl_bench_median (samples->painted));
  syl_bench_report_duration (cpu, syl_bench_median (samples->cpu),
                             "until painted: this process's work, which other load does not stretch");
}

/* Moves the first chapter to the end and back by undo in the open window,
 * R times or until LIVE_TIME_LIMIT_US has passed; checks after the first
 * move and undo that the rows that were open still are. */
static void
bench_live_move (Bench      *bench,
                 SylWindow  *window,
                 FrameWatch *watch,
                 const char *label)
{
  SylDocument *document = syl_window_get_document (window);
  SylOutlineView *view = window_view (window);
  SylNode *chapter = syl_node_get_child (syl_document_get_root (document), 0);
  g_autoptr(GPtrArray) open = g_ptr_array_new ();
  g_autofree char *rows_name = g_strdup_printf ("rows in the list (%s)", label);
  g_autofree char *moved_name = g_strdup_printf ("chapter row open after move (%s)", label);
  g_autofree char *undone_name = g_strdup_printf ("chapter row open after undo (%s)", label);
  g_autofree char *rows_note = NULL;
  ViewCounters counters = { 0 };
  StepSamples moves;
  StepSamples undos;
  gint64 deadline = g_get_monotonic_time () + LIVE_TIME_LIMIT_US;
  guint runs = MAX (bench->repeat, LIVE_MIN_RUNS);

  for (guint i = 0; i < syl_node_get_n_children (chapter); i++)
    collect_expanded (syl_node_get_child (chapter, i), open);
  rows_note = g_strdup_printf ("%u open rows in the first chapter, itself included",
                               open->len + 1);
  report_count (rows_name, window_n_rows (window), rows_note);
  step_samples_init (&moves);
  step_samples_init (&undos);
  view_counters_start (&counters, view);
  for (guint i = 0; i < runs && g_get_monotonic_time () < deadline; i++)
    {
      g_autoptr(GError) error = NULL;

      if (!live_step (document, chapter, FALSE, watch, &counters, &moves, &error))
        {
          report_failure (bench, "move chapter (live view)", error->message);
          break;
        }
      if (i == 0)
        report_open_rows (bench, moved_name, view, chapter, open);
      if (!live_step (document, chapter, TRUE, watch, &counters, &undos, &error))
        {
          report_failure (bench, "undo (live view)", error->message);
          break;
        }
      if (i == 0)
        report_open_rows (bench, undone_name, view, chapter, open);
    }
  view_counters_stop (&counters);
  if (undos.returned->len > 0 && undos.returned->len == moves.returned->len)
    {
      report_step ("move chapter", label, &moves, runs);
      report_step ("undo", label, &undos, runs);
    }
  if (syl_node_get_index (chapter) != 0)
    report_failure (bench, "undo (live view)", "the chapter is not back in first place");
  step_samples_clear (&moves);
  step_samples_clear (&undos);
}

/* In the open window: moves the first chapter with a few sections open,
 * then opens all of it, scrolls that long list and moves it again. */
static void
bench_live (Bench      *bench,
            SylWindow  *window,
            FrameWatch *watch)
{
  SylOutlineView *view = window_view (window);
  SylNode *chapter = syl_node_get_child (syl_document_get_root (syl_window_get_document (window)), 0);
  g_autofree char *note = NULL;
  gint64 open_us;

  open_sections (view, chapter);
  bench_live_move (bench, window, watch, "live view");
  open_us = open_whole_chapter (view, chapter);
  note = g_strdup_printf ("%u rows in the list", window_n_rows (window));
  syl_bench_report_duration ("open all of the first chapter (view)", open_us, note);
  bench_scroll (bench, window, watch, "first chapter all open");
  bench_live_move (bench, window, watch, "live, all open");
}

/* Times @levels (G_MAXUINT: expand all, 1: collapse all) on the open
 * window, until the call returned and until the next frame was painted. */
static gboolean
levels_step (SylOutlineView *view,
             guint           levels,
             FrameWatch     *watch,
             GArray         *returned,
             GArray         *painted)
{
  gint64 start;
  gint64 end;

  settle (watch);
  start = g_get_monotonic_time ();
  syl_outline_view_expand_to_level (view, levels);
  end = g_get_monotonic_time ();
  if (!wait_for_paint (watch))
    return FALSE;
  samples_add (returned, end - start);
  samples_add (painted, watch->painted_at - start);
  return TRUE;
}

/* Expands every row of the outline from all closed, and collapses them
 * all again, R times: Ctrl+Shift+→ and Ctrl+Shift+← in the window. */
static void
bench_levels (Bench      *bench,
              SylWindow  *window,
              FrameWatch *watch)
{
  SylOutlineView *view = window_view (window);
  g_autoptr(GArray) expand_returned = samples_new ();
  g_autoptr(GArray) expand_painted = samples_new ();
  g_autoptr(GArray) collapse_returned = samples_new ();
  g_autoptr(GArray) collapse_painted = samples_new ();
  g_autofree char *note = NULL;
  guint n_rows = 0;

  syl_outline_view_expand_to_level (view, 1);
  for (guint i = 0; i < bench->repeat; i++)
    {
      if (!levels_step (view, G_MAXUINT, watch, expand_returned, expand_painted))
        {
          report_failure (bench, "expand all (live view)", "no frame was painted");
          return;
        }
      n_rows = window_n_rows (window);
      if (!levels_step (view, 1, watch, collapse_returned, collapse_painted))
        {
          report_failure (bench, "collapse all (live view)", "no frame was painted");
          return;
        }
    }
  note = g_strdup_printf ("%u rows in the list", n_rows);
  syl_bench_report_duration ("expand all (live view): returned",
                             syl_bench_median (expand_returned), note);
  /* A command the designer waits for once, not a frame of a gesture: the
   * 16 ms target does not apply. */
  syl_bench_report_duration ("expand all (live view): painted",
                             syl_bench_median (expand_painted), NULL);
  syl_bench_report_duration ("collapse all (live view): returned",
                             syl_bench_median (collapse_returned), NULL);
  syl_bench_report_duration ("collapse all (live view): painted",
                             syl_bench_median (collapse_painted), NULL);
  if (n_rows != syl_document_get_n_nodes (syl_window_get_document (window)))
    report_failure (bench, "expand all (live view)", "not every node has a row");
}

/* Peak resident size of the whole process: bare documents, windows and
 * all; the bare documents were freed before the first window opened. */
static void
report_peak_rss (Bench *bench)
{
  struct rusage usage;
  g_autofree char *value = NULL;
  g_autofree char *note = NULL;

  if (getrusage (RUSAGE_SELF, &usage) != 0)
    {
      report_failure (bench, "peak RSS (process)", "getrusage failed");
      return;
    }
  value = g_strdup_printf ("%.1f MiB", usage.ru_maxrss / 1024.0);
  note = g_strdup_printf ("%.2fx the file size", usage.ru_maxrss * 1024.0 / bench->size);
  syl_bench_report_line ("peak RSS (process)", value, note);
}

/* Whether a session bus answers, and so whether GTK's AT-SPI backend can
 * reach an accessibility bus; asking for its address starts it, as GTK
 * does when the first window is realized. */
static void
report_buses (void)
{
  g_autoptr(GDBusConnection) session = NULL;
  g_autoptr(GVariant) reply = NULL;
  const char *a11y = "no";

  /* With no address, GDBus would launch a bus of its own. */
  if (g_getenv ("DBUS_SESSION_BUS_ADDRESS") != NULL)
    session = g_bus_get_sync (G_BUS_TYPE_SESSION, NULL, NULL);

  if (g_strcmp0 (g_getenv ("GTK_A11Y"), "none") == 0)
    a11y = "off (GTK_A11Y=none)";
  else if (session != NULL)
    {
      reply = g_dbus_connection_call_sync (session, "org.a11y.Bus", "/org/a11y/bus",
                                           "org.a11y.Bus", "GetAddress", NULL,
                                           G_VARIANT_TYPE ("(s)"), G_DBUS_CALL_FLAGS_NONE, 5000,
                                           NULL, NULL);
      if (reply != NULL)
        a11y = "yes";
    }
  syl_bench_report_line ("session bus", session != NULL ? "yes" : "no", NULL);
  syl_bench_report_line ("accessibility bus", a11y, NULL);
}

static void
report_header (Bench *bench)
{
  g_autofree char *size = g_strdup_printf ("%.1f MiB", bench->size / 1048576.0);
  g_autofree char *bytes = g_strdup_printf ("%" G_GOFFSET_FORMAT " bytes", bench->size);

  g_print ("syl-bench-view: %s, median of %u run%s\n", bench->path, bench->repeat,
           bench->repeat == 1 ? "" : "s");
  syl_bench_report_line ("file size", size, bytes);
  g_print ("GTK %u.%u.%u, libadwaita %u.%u.%u\n", gtk_get_major_version (), gtk_get_minor_version (),
           gtk_get_micro_version (), adw_get_major_version (), adw_get_minor_version (),
           adw_get_micro_version ());
  report_buses ();
}

static void
report_nodes (SylDocument *document)
{
  SylNode *chapter = syl_node_get_child (syl_document_get_root (document), 0);
  g_autofree char *note = g_strdup_printf ("first chapter: %u descendants",
                                           chapter ? syl_node_count_descendants (chapter) : 0);

  report_count ("nodes", syl_document_get_n_nodes (document), note);
}

/* The bare model comes first, so that the process's peak memory is that
 * of the window and its document rather than of several documents. */
static void
run_benchmarks (Bench *bench)
{
  g_autoptr(SylDocument) document = bench_bare_load (bench);
  FrameWatch watch = { 0 };
  SylWindow *window;

  if (document == NULL)
    return;
  report_nodes (document);
  if (syl_node_get_n_children (syl_document_get_root (document)) < 2)
    {
      report_failure (bench, "move chapter", "fewer than two chapters");
      return;
    }
  bench_bare_move (bench, document);
  g_clear_object (&document);

  window = bench_open (bench, &watch);
  if (window == NULL)
    return;
  bench_scroll (bench, window, &watch, "chapters open");
  bench_live (bench, window, &watch);
  bench_levels (bench, window, &watch);
  close_window (window, &watch);
}

static gboolean
read_size (Bench   *bench,
           GError **error)
{
  g_autoptr(GFileInfo) info = g_file_query_info (bench->file, G_FILE_ATTRIBUTE_STANDARD_SIZE,
                                                 G_FILE_QUERY_INFO_NONE, NULL, error);

  if (info == NULL)
    return FALSE;
  bench->size = g_file_info_get_size (info);
  return TRUE;
}

int
main (int   argc,
      char *argv[])
{
  guint repeat = 3;
  g_autoptr(GError) error = NULL;
  g_autoptr(GFile) file = NULL;
  Bench bench = { 0 };

  if (!syl_bench_parse_args ("syl-bench-view", &argc, &argv, &repeat))
    return 2;
  if (!gtk_init_check ())
    {
      g_printerr ("syl-bench-view: cannot open a display\n");
      return 1;
    }
  adw_init ();

  file = g_file_new_for_commandline_arg (argv[1]);
  bench.path = argv[1];
  bench.file = file;
  bench.repeat = repeat;
  if (!read_size (&bench, &error))
    {
      g_printerr ("syl-bench-view: %s\n", error->message);
      return 1;
    }
  report_header (&bench);
  run_benchmarks (&bench);
  report_peak_rss (&bench);
  return bench.failed ? 1 : 0;
}
