/* test-contrast.c: the row badges and the drop indicator can be seen
 *
 * Draws the sample's window as GTK draws it, in the light and the dark
 * style (and, run with ADW_DEBUG_HIGH_CONTRAST=1, in high contrast), and
 * measures the contrast of what the rows add to the list: the kind and
 * optional badges, the count of open comments and the durations, a
 * chapter's total included (text: at least 4.5:1, WCAG AA), and the
 * markers of what a section has, the drop indicator's line and the
 * outline of the row a drop goes into (at least 3:1 against the list,
 * WCAG 1.4.11).  Each
 * style's picture is saved in the test's folder for a person to look at.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <math.h>

#include "syl-outline-row.h"
#include "syl-outline-view-private.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"
#include "syl-test-wait.h"

typedef struct
{
  guchar *pixels;
  gsize   stride;
  int     width;
  int     height;
} Picture;

static void
picture_clear (Picture *picture)
{
  g_clear_pointer (&picture->pixels, g_free);
}

/* WCAG's relative luminance of a pixel in GDK's B8G8R8A8 premultiplied
 * layout, drawn on an opaque window. */
static double
luminance (const guchar *p)
{
  double rgb[3] = { p[2] / 255.0, p[1] / 255.0, p[0] / 255.0 };

  for (guint i = 0; i < 3; i++)
    rgb[i] = rgb[i] <= 0.03928 ? rgb[i] / 12.92 : pow ((rgb[i] + 0.055) / 1.055, 2.4);
  return 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
}

static double
contrast (double a,
          double b)
{
  return (MAX (a, b) + 0.05) / (MIN (a, b) + 0.05);
}

static const guchar *
pixel_at (Picture *picture,
          int      x,
          int      y)
{
  return picture->pixels + (gsize) y * picture->stride + (gsize) x * 4;
}

/* The window as GTK draws it, at one pixel per unit. */
static void
draw_window (GtkWidget *window,
             Picture   *picture)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  GskRenderer *renderer = gtk_native_get_renderer (GTK_NATIVE (window));
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  g_assert_nonnull (node);
  texture = gsk_renderer_render_texture (renderer, node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  picture->width = gdk_texture_get_width (texture);
  picture->height = gdk_texture_get_height (texture);
  picture->stride = (gsize) picture->width * 4;
  picture->pixels = g_malloc (picture->stride * picture->height);
  gdk_texture_download (texture, picture->pixels, picture->stride);
}

static void
save_picture (GtkWidget  *window,
              const char *name)
{
  g_autoptr(GdkPaintable) paintable = gtk_widget_paintable_new (window);
  g_autoptr(GtkSnapshot) snapshot = gtk_snapshot_new ();
  g_autoptr(GskRenderNode) node = NULL;
  g_autoptr(GdkTexture) texture = NULL;
  g_autofree char *path = g_build_filename (g_get_current_dir (), name, NULL);
  int width = gtk_widget_get_width (window);
  int height = gtk_widget_get_height (window);

  gdk_paintable_snapshot (paintable, GDK_SNAPSHOT (snapshot), width, height);
  node = gtk_snapshot_free_to_node (g_steal_pointer (&snapshot));
  texture = gsk_renderer_render_texture (gtk_native_get_renderer (GTK_NATIVE (window)), node,
                                         &GRAPHENE_RECT_INIT (0, 0, width, height));
  if (gdk_texture_save_to_png (texture, path))
    g_test_message ("saved %s", path);
}

/* The most common colour in a rectangle: the background of a badge. */
static const guchar *
background_in (Picture                *picture,
               const graphene_rect_t  *rect)
{
  g_autoptr(GHashTable) counts = g_hash_table_new (NULL, NULL);
  const guchar *best = NULL;
  guint best_count = 0;

  for (int y = (int) rect->origin.y; y < (int) (rect->origin.y + rect->size.height); y++)
    for (int x = (int) rect->origin.x; x < (int) (rect->origin.x + rect->size.width); x++)
      {
        const guchar *p = pixel_at (picture, x, y);
        guint32 key = p[0] | p[1] << 8 | p[2] << 16;
        guint count = GPOINTER_TO_UINT (g_hash_table_lookup (counts, GUINT_TO_POINTER (key))) + 1;

        g_hash_table_insert (counts, GUINT_TO_POINTER (key), GUINT_TO_POINTER (count));
        if (count > best_count)
          {
            best_count = count;
            best = p;
          }
      }
  return best;
}

/* The contrast between the background of @rect and the pixel in it that
 * stands out most from it: the core of a glyph's stroke, or a line. */
static double
contrast_in (Picture               *picture,
             const graphene_rect_t *rect,
             const guchar          *background)
{
  double back = luminance (background);
  double best = 1.0;

  for (int y = (int) rect->origin.y; y < (int) (rect->origin.y + rect->size.height); y++)
    for (int x = (int) rect->origin.x; x < (int) (rect->origin.x + rect->size.width); x++)
      best = MAX (best, contrast (luminance (pixel_at (picture, x, y)), back));
  return best;
}

static gboolean
bounds_in_window (GtkWidget       *widget,
                  GtkWidget       *window,
                  graphene_rect_t *rect)
{
  return gtk_widget_get_mapped (widget) && gtk_widget_compute_bounds (widget, window, rect);
}

/* The first widget on screen with @css_class, and without @unless. */
static GtkWidget *
shown_with_class_but (GtkWidget  *widget,
                      const char *css_class,
                      const char *unless)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (gtk_widget_has_css_class (child, css_class) && gtk_widget_get_mapped (child) &&
          gtk_widget_get_width (child) > 0 && gtk_widget_get_height (child) > 0 &&
          (unless == NULL || !gtk_widget_has_css_class (child, unless)))
        return child;
      if ((found = shown_with_class_but (child, css_class, unless)) != NULL)
        return found;
    }
  return NULL;
}

/* A badge's text against the badge's own background. */
static void
assert_text_contrast (Picture    *picture,
                      GtkWidget  *window,
                      const char *css_class,
                      const char *unless,
                      const char *style)
{
  GtkWidget *badge = shown_with_class_but (window, css_class, unless);
  graphene_rect_t rect;
  double ratio;

  g_assert_nonnull (badge);
  g_assert_true (bounds_in_window (badge, window, &rect));
  ratio = contrast_in (picture, &rect, background_in (picture, &rect));
  g_test_message ("%s: .%s text %.2f:1", style, css_class, ratio);
  if (ratio < 4.5)
    g_test_fail_printf ("%s: the .%s badge's text has a contrast of %.2f:1, under 4.5:1",
                        style, css_class, ratio);
}

/* The first marker on screen of something a section has (not a ring). */
static GtkWidget *
first_marker_shown (GtkWidget *widget)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (gtk_widget_has_css_class (widget, "markers") && gtk_widget_get_mapped (child) &&
          !gtk_widget_has_css_class (child, "missing"))
        return child;
      if ((found = first_marker_shown (child)) != NULL)
        return found;
    }
  return NULL;
}

/* A marker of what a section has: the icon against the row around it. */
static void
assert_marker_contrast (Picture    *picture,
                        GtkWidget  *window,
                        const char *style)
{
  GtkWidget *marker = first_marker_shown (window);
  graphene_rect_t rect, around;
  double ratio;

  if (marker == NULL)
    {
      g_test_fail_printf ("%s: no row shows a marker of what it has", style);
      return;
    }
  g_assert_true (bounds_in_window (marker, window, &rect));
  around = GRAPHENE_RECT_INIT (rect.origin.x, rect.origin.y - 4, rect.size.width, 2);
  ratio = contrast_in (picture, &rect, background_in (picture, &around));
  g_test_message ("%s: a marker %.2f:1", style, ratio);
  if (ratio < 3.0)
    g_test_fail_printf ("%s: a marker of what a section has reaches %.2f:1, under 3:1",
                        style, ratio);
}

/* A line, or the top of an outline, against the list just above it:
 * @edge is how many pixels from the shape's top are the line itself. */
static void
assert_shape_contrast (Picture    *picture,
                       GtkWidget  *window,
                       GtkWidget  *shape,
                       int         edge,
                       const char *what,
                       const char *style)
{
  graphene_rect_t rect, line, around;
  double ratio;

  g_assert_true (bounds_in_window (shape, window, &rect));
  /* Away from rounded corners, where the line fades into the list. */
  /* A pixel either side of the edge, for how it falls on the pixel grid. */
  line = GRAPHENE_RECT_INIT (rect.origin.x + 8, MAX (0, rect.origin.y - 1), rect.size.width - 16,
                             edge + 2);
  around = GRAPHENE_RECT_INIT (line.origin.x, MAX (0, rect.origin.y - 8), line.size.width, 4);
  ratio = contrast_in (picture, &line, background_in (picture, &around));
  g_test_message ("%s: %s %.2f:1", style, what, ratio);
  if (ratio < 3.0)
    g_test_fail_printf ("%s: %s has a contrast of %.2f:1 against the list, under 3:1",
                        style, what, ratio);
}

/* Gives the sample a row of each kind of badge in view. */
static void
decorate (SylWindow *window)
{
  SylDocument *document = syl_window_get_document (window);
  SylNode *optional = syl_test_node_at (window, "1.2");
  SylNode *commented = syl_test_node_at (window, "1.3");
  SylNode *example = syl_test_node_at (window, "1.1");
  SylNode *discussion = syl_test_node_at (window, "1.4");
  g_autoptr(SylAnnotation) annotation = syl_annotation_new ("Reviewer", "Check this.");

  g_assert_true (syl_document_set_boolean (document, optional, "optional", TRUE, NULL));
  /* A duration of its own on 1.2, so chapter 1 shows a total, and notes on
   * 1.3, so its row shows that it has some. */
  g_assert_true (syl_document_set_int (document, optional, "duration-minutes", 45, NULL));
  g_assert_true (syl_document_set_string (document, commented, "notes", "Why scale matters.", FALSE,
                                         NULL));
  g_assert_true (syl_document_set_kind (document, example, SYL_NODE_KIND_EXAMPLE, NULL));
  g_assert_true (syl_document_set_kind (document, discussion, SYL_NODE_KIND_DISCUSSION, NULL));
  syl_document_add_annotation (document, commented, annotation);
}

static SylOutlineRow *
row_of (SylOutlineView *view,
        SylNode        *node)
{
  SylOutlineRow *row = _syl_outline_view_find_row (view, node);

  g_assert_nonnull (row);
  return row;
}

static void
check_style (SylWindow  *window,
             const char *style)
{
  SylOutlineView *view = syl_window_get_outline_view (window);
  GtkWidget *widget = GTK_WIDGET (window);
  SylOutlineRow *into = row_of (view, syl_test_node_at (window, "1.5"));
  SylOutlineRow *line_row = row_of (view, syl_test_node_at (window, "1.6"));
  g_autofree char *name = g_strdup_printf ("contrast-%s.png", style);
  graphene_rect_t bounds;
  Picture picture = { 0 };

  /* What a drag shows: the row it goes into, and elsewhere the line. */
  syl_outline_row_set_drop_into (into, TRUE);
  g_assert_true (gtk_widget_compute_bounds (GTK_WIDGET (line_row), GTK_WIDGET (view->overlay),
                                            &bounds));
  gtk_widget_set_margin_start (view->drop_line, 40);
  gtk_widget_set_margin_top (view->drop_line, (int) (bounds.origin.y + bounds.size.height) - 1);
  gtk_widget_set_size_request (view->drop_line, 300, 3);
  gtk_widget_set_visible (view->drop_line, TRUE);
  syl_test_wait_settled (window);

  draw_window (widget, &picture);
  save_picture (widget, name);
  assert_text_contrast (&picture, widget, "discussion", NULL, style);
  assert_text_contrast (&picture, widget, "example", NULL, style);
  assert_text_contrast (&picture, widget, "optional", NULL, style);
  assert_text_contrast (&picture, widget, "comments", NULL, style);
  assert_text_contrast (&picture, widget, "duration", "total", style);
  assert_text_contrast (&picture, widget, "total", NULL, style);
  assert_marker_contrast (&picture, widget, style);
  assert_shape_contrast (&picture, widget, view->drop_line, 3, "the drop line", style);
  assert_shape_contrast (&picture, widget, GTK_WIDGET (into), 2,
                         "the outline of the row a drop goes into", style);
  picture_clear (&picture);

  syl_outline_row_set_drop_into (into, FALSE);
  gtk_widget_set_visible (view->drop_line, FALSE);
}

static void
test_contrast (void)
{
  /* The application loads the style sheets, as it does for a person. */
  g_autoptr(GtkApplication) application = syl_test_register_application ();
  g_autofree char *path = syl_test_sample_path ();
  SylWindow *window = syl_test_open_window (path);
  AdwStyleManager *manager = adw_style_manager_get_default ();
  gboolean high = adw_style_manager_get_high_contrast (manager);

  decorate (window);
  syl_test_wait_settled (window);

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_LIGHT);
  syl_test_wait_settled (window);
  check_style (window, high ? "high-contrast" : "light");

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_FORCE_DARK);
  syl_test_wait_settled (window);
  check_style (window, high ? "high-contrast-dark" : "dark");

  adw_style_manager_set_color_scheme (manager, ADW_COLOR_SCHEME_DEFAULT);
  syl_test_close_window (window);
}

int
main (int   argc,
      char *argv[])
{
  syl_test_gui_init (&argc, &argv);
  g_test_add_func ("/contrast/badges-and-drop", test_contrast);
  return g_test_run ();
}
