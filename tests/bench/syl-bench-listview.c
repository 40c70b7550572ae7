/* syl-bench-listview.c: the baseline for the outline window's first frame
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Usage: syl-bench-listview FILE.json [--repeat R]
 *
 * The least a window showing the same outline can do: parse the file with
 * a bare json-glib parser, make a tree of minimal objects (a title and the
 * children) from it, and show it in a GtkListView through a
 * GtkTreeListModel, one label and expander per row, in a plain GtkWindow of
 * the outline window's size.  Prints, in syl-bench-view's style, the median
 * of R runs (3 unless told) of the time from reading the file to the first
 * painted frame, with the parse and the tree on their own, and the peak
 * resident size.  Needs a display, as syl-bench-view does.
 */
#include <gtk/gtk.h>
#include <json-glib/json-glib.h>
#include <sys/resource.h>

#include "syl-bench-util.h"

#define WINDOW_WIDTH 1000
#define WINDOW_HEIGHT 700
#define FRAME_TIMEOUT_MS 30000

/* A node of the outline: what a row shows, and what it opens. */
#define BENCH_TYPE_NODE (bench_node_get_type ())
G_DECLARE_FINAL_TYPE (BenchNode, bench_node, BENCH, NODE, GObject)

struct _BenchNode
{
  GObject     parent_instance;
  char       *title;
  GListStore *children;
};

G_DEFINE_FINAL_TYPE (BenchNode, bench_node, G_TYPE_OBJECT)

static void
bench_node_finalize (GObject *object)
{
  BenchNode *self = BENCH_NODE (object);

  g_free (self->title);
  g_clear_object (&self->children);
  G_OBJECT_CLASS (bench_node_parent_class)->finalize (object);
}

static void
bench_node_class_init (BenchNodeClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = bench_node_finalize;
}

static void
bench_node_init (BenchNode *self)
{
}

typedef struct
{
  const char *path;
  guint       repeat;
  gboolean    failed;
} Bench;

typedef struct
{
  guint    n_painted;
  gint64   painted_at;
} FrameCount;

/* The children of @object's "children" member as a store of nodes. */
static GListStore *
build_children (JsonObject *object,
                guint      *n_nodes)
{
  GListStore *store = g_list_store_new (BENCH_TYPE_NODE);
  JsonArray *children = json_object_has_member (object, "children")
                        ? json_object_get_array_member (object, "children") : NULL;
  guint n = children != NULL ? json_array_get_length (children) : 0;

  for (guint i = 0; i < n; i++)
    {
      JsonObject *child = json_array_get_object_element (children, i);
      g_autoptr(BenchNode) node = g_object_new (BENCH_TYPE_NODE, NULL);

      node->title = g_strdup (json_object_get_string_member_with_default (child, "title", ""));
      node->children = build_children (child, n_nodes);
      g_list_store_append (store, node);
      (*n_nodes)++;
    }
  return store;
}

static GListModel *
create_children_cb (gpointer item,
                    gpointer user_data)
{
  BenchNode *node = item;

  if (g_list_model_get_n_items (G_LIST_MODEL (node->children)) == 0)
    return NULL;
  return g_object_ref (G_LIST_MODEL (node->children));
}

static void
setup_cb (GtkSignalListItemFactory *factory,
          GtkListItem              *item)
{
  GtkWidget *expander = gtk_tree_expander_new ();

  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), gtk_label_new (NULL));
  gtk_list_item_set_child (item, expander);
}

static void
bind_cb (GtkSignalListItemFactory *factory,
         GtkListItem              *item)
{
  GtkTreeListRow *row = gtk_list_item_get_item (item);
  GtkWidget *expander = gtk_list_item_get_child (item);
  BenchNode *node = gtk_tree_list_row_get_item (row);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), row);
  gtk_label_set_text (GTK_LABEL (gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander))),
                      node->title);
  g_object_unref (node);
}

static GtkWidget *
new_list_view (GListStore *roots)
{
  GtkTreeListModel *tree = gtk_tree_list_model_new (G_LIST_MODEL (g_object_ref (roots)), FALSE,
                                                    FALSE, create_children_cb, NULL, NULL);
  GtkSelectionModel *selection = GTK_SELECTION_MODEL (gtk_multi_selection_new (G_LIST_MODEL (tree)));
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_cb), NULL);
  return gtk_list_view_new (selection, factory);
}

static void
after_paint_cb (GdkFrameClock *clock,
                FrameCount    *count)
{
  count->painted_at = g_get_monotonic_time ();
  count->n_painted++;
}

static gboolean
timeout_cb (gpointer user_data)
{
  *(gboolean *) user_data = TRUE;
  return G_SOURCE_REMOVE;
}

/* Presents @window and runs the main loop until it has painted a frame;
 * returns when that was, or 0 if none came in time. */
static gint64
present_and_wait (GtkWindow *window)
{
  FrameCount count = { 0 };
  gboolean timed_out = FALSE;
  guint timeout_id;
  GdkFrameClock *clock;
  gulong handler;

  gtk_widget_realize (GTK_WIDGET (window));
  clock = gdk_surface_get_frame_clock (gtk_native_get_surface (GTK_NATIVE (window)));
  handler = g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), &count);
  timeout_id = g_timeout_add (FRAME_TIMEOUT_MS, timeout_cb, &timed_out);
  gtk_window_present (window);
  while (count.n_painted == 0 && !timed_out)
    g_main_context_iteration (NULL, TRUE);
  if (!timed_out)
    g_source_remove (timeout_id);
  g_signal_handler_disconnect (clock, handler);
  return timed_out ? 0 : count.painted_at;
}

/* Runs the main loop a moment, so that a closed window goes away. */
static void
pump (void)
{
  gint64 end = g_get_monotonic_time () + 50 * 1000;

  while (g_get_monotonic_time () < end)
    {
      while (g_main_context_iteration (NULL, FALSE))
        ;
      g_usleep (1000);
    }
}

/* One run: from reading the file to the first frame.  Appends the parse,
 * the tree and the whole to the samples; FALSE on failure. */
static gboolean
open_once (Bench   *bench,
           GArray  *parses,
           GArray  *trees,
           GArray  *frames,
           guint   *n_nodes)
{
  gint64 start = g_get_monotonic_time ();
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;
  g_autoptr(GListStore) roots = NULL;
  GtkWidget *scroller;
  GtkWindow *window;
  gint64 parsed, built, painted;

  if (!json_parser_load_from_mapped_file (parser, bench->path, &error))
    {
      g_printerr ("syl-bench-listview: %s\n", error->message);
      return FALSE;
    }
  parsed = g_get_monotonic_time ();
  *n_nodes = 0;
  roots = build_children (json_node_get_object (json_parser_get_root (parser)), n_nodes);
  built = g_get_monotonic_time ();

  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, WINDOW_WIDTH, WINDOW_HEIGHT);
  scroller = gtk_scrolled_window_new ();
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), new_list_view (roots));
  gtk_window_set_child (window, scroller);
  painted = present_and_wait (window);
  gtk_window_destroy (window);
  pump ();
  if (painted == 0)
    {
      g_printerr ("syl-bench-listview: no frame was painted\n");
      return FALSE;
    }

  g_array_append_vals (parses, &(gint64) { parsed - start }, 1);
  g_array_append_vals (trees, &(gint64) { built - parsed }, 1);
  g_array_append_vals (frames, &(gint64) { painted - start }, 1);
  return TRUE;
}

static void
run_benchmark (Bench *bench)
{
  g_autoptr(GArray) parses = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) trees = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autoptr(GArray) frames = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *nodes = NULL;
  struct rusage usage;
  guint n_nodes = 0;

  for (guint i = 0; i < bench->repeat; i++)
    if (!open_once (bench, parses, trees, frames, &n_nodes))
      {
        bench->failed = TRUE;
        return;
      }

  nodes = g_strdup_printf ("%u nodes", n_nodes);
  syl_bench_report_duration ("baseline: json-glib parse", syl_bench_median (parses), NULL);
  syl_bench_report_duration ("baseline: tree of minimal objects", syl_bench_median (trees), nodes);
  syl_bench_report_duration ("baseline: minimal list view to first frame",
                             syl_bench_median (frames),
                             "from reading the file, parse and tree included");
  if (getrusage (RUSAGE_SELF, &usage) == 0)
    {
      g_autofree char *value = g_strdup_printf ("%.1f MiB", usage.ru_maxrss / 1024.0);

      syl_bench_report_line ("baseline: peak RSS (process)", value, NULL);
    }
}

int
main (int   argc,
      char *argv[])
{
  guint repeat = 3;
  Bench bench = { 0 };

  if (!syl_bench_parse_args ("syl-bench-listview", &argc, &argv, &repeat))
    return 2;
  if (!gtk_init_check ())
    {
      g_printerr ("syl-bench-listview: cannot open a display\n");
      return 1;
    }

  bench.path = argv[1];
  bench.repeat = repeat;
  g_print ("syl-bench-listview: %s, median of %u run%s\n", bench.path, bench.repeat,
           bench.repeat == 1 ? "" : "s");
  run_benchmark (&bench);
  return bench.failed ? 1 : 0;
}
