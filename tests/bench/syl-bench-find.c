/* syl-bench-find.c: measures the find bar on a big document, as one types
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: syl-bench-find FILE.json [--repeat R]
 *
 * Needs a display; run-bench.sh starts Xvfb when there is none.  Opens the
 * outline in a window, opens the find bar and types words into it a letter
 * at a time, R times over ("recursion", then "算法"), each letter waiting
 * until the bar shows its count.  Meanwhile the main loop runs one
 * dispatch at a time, each timed: a keystroke's work on the main thread
 * is the rows highlighting the word at once, the search's slices on idle,
 * and the frames painted in between.  The field's own delay before it
 * searches (150 ms, for typing to pause) is set to nothing here.
 *
 * Reported for each word: the longest dispatch that ran no frame (the
 * keystroke and the search's slices), the longest one that laid out or
 * painted a frame, both against a frame (16 ms at 60 Hz), in the thread's
 * CPU time, which other processes on a shared machine do not inflate, and
 * in wall time; and the time from the keystroke until the count shows,
 * which spans many frames.  Missing the target is only reported; the exit
 * status is 1 only when a word finds nothing or the bar fails.
 */
#include <adwaita.h>
#include <time.h>

#include "syl-bench-util.h"
#include "syl-find-bar.h"
#include "syl-window-private.h"

#define TARGET_FRAME_US 16000
#define WINDOW_WIDTH 1000
#define WINDOW_HEIGHT 700
/* Giving up on a keystroke whose count does not come. */
#define KEYSTROKE_TIMEOUT_US (120 * G_USEC_PER_SEC)

typedef struct
{
  const char *path;
  guint       repeat;
  gboolean    failed;
} Bench;

/* What the keystrokes of one word cost. */
typedef struct
{
  gint64  slice_wall;
  gint64  slice_cpu;
  gint64  frame_wall;
  gint64  frame_cpu;
  guint   n_slices;
  GArray *until_count;
  guint   n_matches;
} WordSamples;

/* How many frames the window's clock began: a dispatch that ran one is
 * a frame, whether it painted or only laid out. */
static guint n_frames;

static void
frame_cb (GdkFrameClock *clock,
          gpointer       user_data)
{
  n_frames++;
}

static gint64
thread_cpu_us (void)
{
  struct timespec now;

  clock_gettime (CLOCK_THREAD_CPUTIME_ID, &now);
  return now.tv_sec * G_USEC_PER_SEC + now.tv_nsec / 1000;
}

/* Runs one dispatch of the main loop, if anything is ready, and counts
 * what it took as a slice or, if the window laid itself out (and perhaps
 * painted), as a frame. */
static gboolean
timed_dispatch (WordSamples *samples)
{
  gint64 wall = g_get_monotonic_time ();
  gint64 cpu = thread_cpu_us ();
  guint frames = n_frames;
  gboolean dispatched = g_main_context_iteration (NULL, FALSE);

  wall = g_get_monotonic_time () - wall;
  cpu = thread_cpu_us () - cpu;
  if (!dispatched)
    return FALSE;
  if (n_frames != frames)
    {
      samples->frame_wall = MAX (samples->frame_wall, wall);
      samples->frame_cpu = MAX (samples->frame_cpu, cpu);
    }
  else
    {
      samples->slice_wall = MAX (samples->slice_wall, wall);
      samples->slice_cpu = MAX (samples->slice_cpu, cpu);
      samples->n_slices++;
    }
  return TRUE;
}

/* Types @character at the end of the field, as a keystroke does, and
 * runs the main loop until the bar shows the count. */
static gboolean
keystroke (SylFindBar  *bar,
           const char  *character,
           gsize        length,
           WordSamples *samples)
{
  GtkEditable *entry = GTK_EDITABLE (syl_find_bar_get_entry (bar));
  int position = -1;
  gint64 start = g_get_monotonic_time ();
  gint64 cpu = thread_cpu_us ();
  gint64 elapsed;

  gtk_editable_insert_text (entry, character, length, &position);
  elapsed = g_get_monotonic_time () - start;
  samples->slice_wall = MAX (samples->slice_wall, elapsed);
  samples->slice_cpu = MAX (samples->slice_cpu, thread_cpu_us () - cpu);
  while (syl_find_bar_is_searching (bar))
    {
      if (g_get_monotonic_time () - start > KEYSTROKE_TIMEOUT_US)
        return FALSE;
      if (!timed_dispatch (samples))
        g_usleep (100);
    }
  elapsed = g_get_monotonic_time () - start;
  g_array_append_val (samples->until_count, elapsed);
  samples->n_matches = syl_find_bar_get_n_matches (bar);
  return TRUE;
}

/* Runs the main loop until nothing is left to do. */
static void
settle (void)
{
  gint64 quiet_since = g_get_monotonic_time ();

  while (g_get_monotonic_time () - quiet_since < 200 * 1000)
    {
      if (g_main_context_iteration (NULL, FALSE))
        quiet_since = g_get_monotonic_time ();
      else
        g_usleep (1000);
    }
}

/* The thread's CPU time first: the work done on the main thread. */
static void
report_stretch (const char *word,
                const char *what,
                gint64      wall,
                gint64      cpu)
{
  g_autofree char *name = g_strdup_printf ("find “%s”: longest %s", word, what);
  g_autofree char *note = g_strdup_printf ("CPU; %.2f ms wall; target < %d ms  %s", wall / 1000.0,
                                           TARGET_FRAME_US / 1000,
                                           cpu < TARGET_FRAME_US ? "OK" : "MISSED");

  syl_bench_report_duration (name, cpu, note);
}

static void
report_word (const char  *word,
             WordSamples *samples)
{
  g_autofree char *name = g_strdup_printf ("find “%s”: keystroke until the count shows", word);
  g_autofree char *note = g_strdup_printf ("%u keystrokes, %u slices; %u matches for the word",
                                           samples->until_count->len, samples->n_slices,
                                           samples->n_matches);

  report_stretch (word, "slice (keystroke, search on idle)", samples->slice_wall,
                  samples->slice_cpu);
  report_stretch (word, "frame while searching", samples->frame_wall, samples->frame_cpu);
  syl_bench_report_duration (name, syl_bench_median (samples->until_count), note);
}

/* Types @word a letter at a time, R times over, from an empty field. */
static void
bench_word (Bench      *bench,
            SylFindBar *bar,
            const char *word)
{
  WordSamples samples = { 0 };

  samples.until_count = g_array_new (FALSE, FALSE, sizeof (gint64));
  for (guint run = 0; run < bench->repeat && !bench->failed; run++)
    {
      gtk_editable_set_text (GTK_EDITABLE (syl_find_bar_get_entry (bar)), "");
      settle ();
      for (const char *p = word; *p != '\0' && !bench->failed; p = g_utf8_next_char (p))
        if (!keystroke (bar, p, g_utf8_next_char (p) - p, &samples))
          {
            g_printerr ("syl-bench-find: no count after “%.*s”\n", (int) (p - word) + 1, word);
            bench->failed = TRUE;
          }
    }
  if (samples.n_matches == 0)
    {
      g_printerr ("syl-bench-find: “%s” found nothing\n", word);
      bench->failed = TRUE;
    }
  if (!bench->failed)
    report_word (word, &samples);
  g_array_unref (samples.until_count);
}

static SylWindow *
open_window (Bench   *bench,
             GError **error)
{
  g_autoptr(GFile) file = g_file_new_for_commandline_arg (bench->path);
  SylWindow *window = g_object_ref_sink (syl_window_new (NULL));
  GdkSurface *surface;

  if (!syl_window_load_file (window, file, error))
    {
      gtk_window_destroy (GTK_WINDOW (window));
      g_object_unref (window);
      return NULL;
    }
  gtk_window_set_default_size (GTK_WINDOW (window), WINDOW_WIDTH, WINDOW_HEIGHT);
  gtk_widget_realize (GTK_WIDGET (window));
  surface = gtk_native_get_surface (GTK_NATIVE (window));
  g_signal_connect (gdk_surface_get_frame_clock (surface), "layout", G_CALLBACK (frame_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
  settle ();
  return window;
}

int
main (int   argc,
      char *argv[])
{
  guint repeat = 3;
  g_autoptr(GError) error = NULL;
  Bench bench = { 0 };
  SylWindow *window;
  SylFindBar *bar;

  if (!syl_bench_parse_args ("syl-bench-find", &argc, &argv, &repeat))
    return 2;
  if (!gtk_init_check ())
    {
      g_printerr ("syl-bench-find: cannot open a display\n");
      return 1;
    }
  adw_init ();
  bench.path = argv[1];
  bench.repeat = repeat;

  g_print ("syl-bench-find: %s, %u run%s of each word\n", bench.path, repeat,
           repeat == 1 ? "" : "s");
  window = open_window (&bench, &error);
  if (window == NULL)
    {
      g_printerr ("syl-bench-find: %s\n", error->message);
      return 1;
    }
  bar = window->find_bar;
  syl_find_bar_open (bar);
  gtk_search_entry_set_search_delay (GTK_SEARCH_ENTRY (syl_find_bar_get_entry (bar)), 0);
  bench_word (&bench, bar, "recursion");
  bench_word (&bench, bar, "算法");

  gtk_window_destroy (GTK_WINDOW (window));
  settle ();
  g_object_unref (window);
  return bench.failed ? 1 : 0;
}
