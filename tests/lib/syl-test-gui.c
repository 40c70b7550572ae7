/* syl-test-gui.c: helpers for tests of windows under Xvfb
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <gdk/x11/gdkx.h>
#include <string.h>

#include "syl-outline-view-private.h"
#include "syl-application.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"

void
syl_test_gui_init (int    *argc,
                   char ***argv)
{
  g_autofree char *data_home = g_dir_make_tmp ("syl-test-data-XXXXXX", NULL);

  /* Drafts, backups and recent files go to a folder of the test's own,
   * never the user's, and each test program starts with none. */
  g_assert_nonnull (data_home);
  g_setenv ("XDG_DATA_HOME", data_home, TRUE);
  gtk_test_init (argc, argv, NULL);
  adw_init ();
}

/* Whether the display is X11, which xdotool needs; if not, says why the
 * test program is skipped. */
gboolean
syl_test_can_drive_x (void)
{
  if (GDK_IS_X11_DISPLAY (gdk_display_get_default ()))
    return TRUE;
  g_test_skip ("needs an X11 display for xdotool");
  return FALSE;
}

/* The application for windows that keys are pressed in: registering runs
 * its startup, which sets its accelerators; non-unique, so that no other
 * instance can take the keys. */
GtkApplication *
syl_test_register_application (void)
{
  GApplication *application = G_APPLICATION (syl_application_new ());
  g_autoptr(GError) error = NULL;

  g_application_set_flags (application,
                           g_application_get_flags (application) | G_APPLICATION_NON_UNIQUE);
  g_assert_true (g_application_register (application, NULL, &error));
  g_assert_no_error (error);
  return GTK_APPLICATION (application);
}

/* Opens @path, copied to a temporary folder so saving is harmless, in a
 * window on screen. */
SylWindow *
syl_test_open_window (const char *path)
{
  return syl_test_open_window_sized (path, 1000, 700);
}

static gboolean
held_by_test_alone (gpointer data)
{
  return g_atomic_int_get (&G_OBJECT (data)->ref_count) == 1;
}

/* Frees @object, which the test holds, once what GTK still has to do
 * with it is done, and checks that it is gone. */
static void
assert_freed (gpointer object)
{
  syl_test_await (held_by_test_alone, object);
  g_assert_finalize_object (object);
}

/* Closes @window, which the test holds the last reference to, and checks
 * that it and everything it showed are freed: a reference cycle or a
 * forgotten signal handler keeps one of them alive, and fails the test. */
void
syl_test_close_window (SylWindow *window)
{
  SylOutlineView *view = g_object_ref (syl_window_get_outline_view (window));
  SylDocument *document = syl_window_get_document (window);
  /* A window on its start page has no document, nor a tree to show. */
  SylNode *root = document ? g_object_ref (syl_document_get_root (document)) : NULL;
  GtkMultiSelection *selection = view->selection ? g_object_ref (view->selection) : NULL;
  SylOutlineRows *rows = view->rows ? g_object_ref (view->rows) : NULL;

  if (document != NULL)
    g_object_ref (document);

  gtk_window_destroy (GTK_WINDOW (window));

  /* Each holds the next, so they go in this order. */
  assert_freed (window);
  assert_freed (view);
  if (selection != NULL)
    assert_freed (selection);
  if (rows != NULL)
    assert_freed (rows);
  if (document != NULL)
    assert_freed (document);
  if (root != NULL)
    assert_freed (root);
}

char *
syl_test_window_outline (SylWindow *window)
{
  return syl_test_dump (syl_window_get_document (window));
}

GPtrArray *
syl_test_selected (SylWindow *window)
{
  return syl_outline_view_get_selected_nodes (syl_window_get_outline_view (window));
}

/* The node numbered @number ("1.4.1") in the window's document. */
SylNode *
syl_test_node_at (SylWindow  *window,
                  const char *number)
{
  SylNode *node = syl_document_get_root (syl_window_get_document (window));
  g_auto(GStrv) parts = g_strsplit (number, ".", -1);

  for (guint i = 0; parts[i] != NULL && node != NULL; i++)
    node = syl_node_get_child (node, (guint) g_ascii_strtoull (parts[i], NULL, 10) - 1);
  g_assert_nonnull (node);
  return node;
}

void
syl_test_select (SylWindow  *window,
                 const char *number)
{
  SylNode *node = syl_test_node_at (window, number);

  syl_outline_view_select_nodes (syl_window_get_outline_view (window), &node, 1);
  syl_test_wait_settled (window);
}

/* Like syl_test_open_window(), at @width × @height, so that a second
 * window fits beside it on the virtual screen. */
SylWindow *
syl_test_open_window_sized (const char *path,
                            int         width,
                            int         height)
{
  g_autofree char *dir = g_dir_make_tmp ("syl-test-XXXXXX", NULL);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *copy = g_build_filename (dir, base, NULL);
  g_autofree char *contents = NULL;
  gsize length;
  g_autoptr(GFile) file = NULL;
  g_autoptr(GError) error = NULL;
  SylWindow *window;

  g_assert_true (g_file_get_contents (path, &contents, &length, NULL));
  g_assert_true (g_file_set_contents (copy, contents, length, NULL));
  file = g_file_new_for_path (copy);

  window = syl_window_new (NULL);
  g_object_ref_sink (window);
  g_assert_true (syl_window_load_file (window, file, &error));
  g_assert_no_error (error);
  gtk_window_set_default_size (GTK_WINDOW (window), width, height);
  gtk_window_present (GTK_WINDOW (window));
  syl_test_wait_shown (GTK_WIDGET (window));
  syl_test_wait_settled (window);
  return window;
}

/* The first button under @widget that shows the icon named @icon, or
 * NULL: the buttons of a list's items, which have no names of their own. */
GtkWidget *
syl_test_find_button (GtkWidget  *widget,
                      const char *icon)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child)
          && g_strcmp0 (gtk_button_get_icon_name (GTK_BUTTON (child)), icon) == 0)
        return child;
      found = syl_test_find_button (child, icon);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The first widget of @type under @widget, @widget itself included, or
 * NULL. */
GtkWidget *
syl_test_find_child_of_type (GtkWidget *widget,
                             GType      type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = syl_test_find_child_of_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The items of @menu's sections as "label=action(target);". */
char *
syl_test_menu_items (GMenuModel *menu)
{
  g_autoptr(GString) items = g_string_new (NULL);

  for (int s = 0; s < g_menu_model_get_n_items (menu); s++)
    {
      g_autoptr(GMenuModel) section = g_menu_model_get_item_link (menu, s, G_MENU_LINK_SECTION);

      for (int i = 0; section != NULL && i < g_menu_model_get_n_items (section); i++)
        {
          g_autofree char *label = NULL;
          g_autofree char *action = NULL;
          g_autoptr(GVariant) target = g_menu_model_get_item_attribute_value (section, i, "target",
                                                                              G_VARIANT_TYPE_STRING);

          g_assert_true (g_menu_model_get_item_attribute (section, i, "label", "s", &label));
          g_menu_model_get_item_attribute (section, i, "action", "s", &action);
          g_string_append_printf (items, "%s=%s", label, action ? action : "");
          if (target != NULL)
            g_string_append_printf (items, "(%s)", g_variant_get_string (target, NULL));
          g_string_append_c (items, ';');
        }
    }
  return g_string_free (g_steal_pointer (&items), FALSE);
}

/* The button labelled @label (with its underline) in @widget. */
GtkWidget *
syl_test_find_button_labelled (GtkWidget  *widget,
                               const char *label)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found;

      if (GTK_IS_BUTTON (child) && g_strcmp0 (gtk_button_get_label (GTK_BUTTON (child)), label) == 0)
        return child;
      found = syl_test_find_button_labelled (child, label);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The visible toplevel of @type, such as a dialog the application shows
 * on its own, if there is one. */
GtkWindow *
syl_test_find_toplevel (GType type)
{
  GListModel *toplevels = gtk_window_get_toplevels ();

  for (guint i = 0; i < g_list_model_get_n_items (toplevels); i++)
    {
      g_autoptr(GObject) window = g_list_model_get_item (toplevels, i);

      if (G_TYPE_CHECK_INSTANCE_TYPE (window, type) && gtk_widget_get_visible (GTK_WIDGET (window)))
        return GTK_WINDOW (window);
    }
  return NULL;
}

/* The message dialog on screen, if there is one: the application shows
 * it on its own, so a test finds it among the toplevels. */
AdwMessageDialog *
syl_test_find_message_dialog (void)
{
  return (AdwMessageDialog *) syl_test_find_toplevel (ADW_TYPE_MESSAGE_DIALOG);
}

/* Runs xdotool, which moves the X pointer and presses keys through XTEST
 * as a hand would, then lets GTK handle the events. */
void
syl_test_xdotool (const char *format,
                  ...)
{
  g_autofree char *args = NULL;
  g_autofree char *command = NULL;
  g_autoptr(GError) error = NULL;
  int status = 0;
  va_list ap;

  va_start (ap, format);
  args = g_strdup_vprintf (format, ap);
  va_end (ap);

  command = g_strdup_printf ("xdotool %s", args);
  g_assert_true (g_spawn_command_line_sync (command, NULL, NULL, &status, &error));
  g_assert_no_error (error);
  g_assert_true (g_spawn_check_wait_status (status, NULL));
  syl_test_sync_x ();
  syl_test_wait_redrawn ();
}

/* Presses @keys ("ctrl+z") as one chord with xdotool; returns once GTK has
 * handled them and the windows show what they did. */
void
syl_test_press (const char *keys)
{
  syl_test_xdotool ("key %s", keys);
}

/* The X window of the toplevel that holds @widget. */
gulong
syl_test_xid (GtkWidget *widget)
{
  GtkNative *native = gtk_widget_get_native (widget);

  g_assert_nonnull (native);
  return gdk_x11_surface_get_xid (gtk_native_get_surface (native));
}

/* The point at (@fraction_x, @fraction_y) of @widget's size, in screen
 * coordinates, for xdotool. */
void
syl_test_screen_point (GtkWidget *widget,
                       double     fraction_x,
                       double     fraction_y,
                       int       *x,
                       int       *y)
{
  GtkNative *native = gtk_widget_get_native (widget);
  GdkSurface *surface;
  GdkDisplay *display;
  graphene_rect_t bounds;
  double sx, sy;
  int wx, wy;
  Window child;

  g_assert_nonnull (native);
  surface = gtk_native_get_surface (native);
  display = gdk_surface_get_display (surface);
  g_assert_true (gtk_widget_compute_bounds (widget, GTK_WIDGET (native), &bounds));
  gtk_native_get_surface_transform (native, &sx, &sy);
  XTranslateCoordinates (gdk_x11_display_get_xdisplay (display), gdk_x11_surface_get_xid (surface),
                         gdk_x11_display_get_xrootwindow (display), 0, 0, &wx, &wy, &child);
  *x = wx + (int) (sx + bounds.origin.x + bounds.size.width * fraction_x);
  *y = wy + (int) (sy + bounds.origin.y + bounds.size.height * fraction_y);
}

/* A window holding @child at (@x, @y) on the screen, as another
 * application's would be.  Xvfb has no window manager to place it, so it
 * would open at 0,0, over the outline: xdotool moves it. */
GtkWindow *
syl_test_open_side_window (GtkWidget *child,
                           int        x,
                           int        y,
                           int        width,
                           int        height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  g_object_ref_sink (window);
  gtk_window_set_child (window, child);
  gtk_window_set_default_size (window, width, height);
  gtk_window_present (window);
  syl_test_wait_shown (GTK_WIDGET (window));
  /* xdotool returns once the window has moved, and GTK has heard of it. */
  syl_test_xdotool ("windowmove --sync %lu %d %d", syl_test_xid (GTK_WIDGET (window)), x, y);
  return window;
}

/* Gives @widget's toplevel the X input focus, which a window manager
 * would give a window that is clicked or opened; Xvfb has none. */
static gboolean
window_is_active (gpointer data)
{
  return gtk_window_is_active (GTK_WINDOW (data));
}

void
syl_test_focus_x (GtkWidget *widget)
{
  syl_test_xdotool ("windowfocus --sync %lu", syl_test_xid (widget));
  syl_test_await (window_is_active, gtk_widget_get_root (widget));
}

/* A keycode that the keyboard map leaves empty, or 0. */
static KeyCode
spare_keycode (Display *xdisplay,
               KeyCode  after)
{
  int min, max, per_code;

  XDisplayKeycodes (xdisplay, &min, &max);
  for (int code = MAX (min, after + 1); code <= max; code++)
    {
      KeySym *syms = XGetKeyboardMapping (xdisplay, code, 1, &per_code);
      gboolean empty = TRUE;

      for (int i = 0; i < per_code; i++)
        empty = empty && syms[i] == NoSymbol;
      XFree (syms);
      if (empty)
        return code;
    }
  return 0;
}

typedef struct
{
  GArray   *chars;
  GArray   *codes;
  gboolean  mapped;
} SpareKeys;

/* Whether GDK's keyboard map has each spare key making its character
 * (or, once they are given back, none of them making it). */
static gboolean
gdk_knows_spare_keys (gpointer data)
{
  SpareKeys *keys = data;
  GdkDisplay *display = gdk_display_get_default ();

  for (guint i = 0; i < keys->chars->len; i++)
    {
      guint keyval = 0x01000000 | g_array_index (keys->chars, gunichar, i);
      guint code = g_array_index (keys->codes, KeyCode, i);
      g_autofree GdkKeymapKey *found = NULL;
      int n_found = 0;
      gboolean on_code = FALSE;

      gdk_display_map_keyval (display, keyval, &found, &n_found);
      for (int k = 0; k < n_found; k++)
        on_code = on_code || found[k].keycode == code;
      if (on_code != keys->mapped)
        return FALSE;
    }
  return TRUE;
}

/* Types @text with xdotool.  xdotool types a character that no key makes
 * by mapping a spare key to it just for that press, and GDK reads the
 * press with the old map, so the character is lost; the characters of
 * @text beyond ASCII (Chinese, say) get spare keys here first, and the
 * typing waits until GDK has learned the new map. */
void
syl_test_type (const char *text)
{
  Display *xdisplay = gdk_x11_display_get_xdisplay (gdk_display_get_default ());
  g_autoptr(GArray) chars = g_array_new (FALSE, FALSE, sizeof (gunichar));
  g_autoptr(GArray) codes = g_array_new (FALSE, FALSE, sizeof (KeyCode));
  SpareKeys keys = { chars, codes, TRUE };
  g_autofree char *quoted = g_shell_quote (text);
  KeyCode code = 0;

  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char (p);
      KeySym sym = 0x01000000 | c;
      gboolean seen = FALSE;

      for (guint i = 0; i < chars->len; i++)
        seen = seen || g_array_index (chars, gunichar, i) == c;
      if (c < 0x80 || seen)
        continue;
      code = spare_keycode (xdisplay, code);
      g_assert_cmpuint (code, !=, 0);
      XChangeKeyboardMapping (xdisplay, code, 1, &sym, 1);
      g_array_append_val (chars, c);
      g_array_append_val (codes, code);
    }
  syl_test_sync_x ();
  syl_test_await (gdk_knows_spare_keys, &keys);

  syl_test_xdotool ("type --delay 40 %s", quoted);

  for (guint i = 0; i < codes->len; i++)
    {
      KeySym none = NoSymbol;

      XChangeKeyboardMapping (xdisplay, g_array_index (codes, KeyCode, i), 1, &none, 1);
    }
  keys.mapped = FALSE;
  syl_test_sync_x ();
  syl_test_await (gdk_knows_spare_keys, &keys);
}
