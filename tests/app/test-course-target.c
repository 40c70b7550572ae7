/* test-course-target.c: the course's target duration in the Course
 * Properties dialog, under Xvfb: each way it can be written, typed with
 * real keys, and refused
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <json-glib/json-glib.h>
#include <string.h>

#include "syl-course-dialog.h"
#include "syl-test-course.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"

typedef SylTestCourse Fixture;

static int
target (Fixture *f)
{
  return syl_document_get_target_minutes (f->document);
}

/* The target duration in each way it can be written, then unset; each a
 * step, each undone. */
static void
test_target (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(JsonObject) saved = NULL;

  syl_test_course_set_text (f, "target_row", "12 h 30 min");
  /* Nothing happens until Enter: "1" is no target on the way to "12 h". */
  g_assert_cmpint (target (f), ==, -1);
  syl_test_course_activate (f, "target_row");
  g_assert_cmpint (target (f), ==, 750);
  g_assert_true (gtk_widget_get_sensitive (syl_test_course_child (f, "clear_target_button")));
  g_assert_cmpstr (syl_history_get_undo_label (f->history), ==, "Change Target Duration");
  saved = syl_test_course_save_and_read (f);
  g_assert_cmpint (json_object_get_int_member (saved, "target_minutes"), ==, 750);
  g_clear_pointer (&saved, json_object_unref);

  /* Shown with its unit once entered: "90" alone could be hours. */
  syl_test_course_set_text (f, "target_row", "90");
  syl_test_course_activate (f, "target_row");
  g_assert_cmpint (target (f), ==, 90);
  g_assert_cmpstr (syl_test_course_text_of (f, "target_row"), ==, "1 h 30 min");
  syl_test_course_set_text (f, "target_row", "1:05");
  syl_test_course_activate (f, "target_row");
  g_assert_cmpint (target (f), ==, 65);
  g_assert_cmpuint (syl_test_course_n_undo (f), ==, 3);

  syl_test_course_click (syl_test_course_child (f, "clear_target_button"));
  g_assert_cmpint (target (f), ==, -1);
  g_assert_cmpstr (syl_test_course_text_of (f, "target_row"), ==, "");
  g_assert_false (gtk_widget_get_sensitive (syl_test_course_child (f, "clear_target_button")));
  saved = syl_test_course_save_and_read (f);
  g_assert_false (json_object_has_member (saved, "target_minutes"));

  /* Undo shows each value as the field writes it. */
  syl_test_course_undo (f);
  g_assert_cmpint (target (f), ==, 65);
  g_assert_cmpstr (syl_test_course_text_of (f, "target_row"), ==, "1 h 5 min");
  syl_test_course_undo (f);
  g_assert_cmpint (target (f), ==, 90);
  g_assert_cmpstr (syl_test_course_text_of (f, "target_row"), ==, "1 h 30 min");
  syl_test_course_undo (f);
  g_assert_cmpint (target (f), ==, 750);
  g_assert_cmpstr (syl_test_course_text_of (f, "target_row"), ==, "12 h 30 min");
  syl_test_course_undo (f);
  g_assert_cmpint (target (f), ==, -1);
  g_assert_cmpstr (syl_test_course_text_of (f, "target_row"), ==, "");
  syl_test_course_assert_original (f);
}

/* Typed with real keys, a duration goes in when the focus leaves; an
 * empty field is no target. */
static void
test_target_typed (Fixture       *f,
                   gconstpointer  data)
{
  syl_test_course_focus (f, syl_test_course_child (f, "target_row"));
  syl_test_type ("2h 15m");
  g_assert_cmpint (target (f), ==, -1);
  syl_test_course_focus (f, syl_test_course_child (f, "title_row"));
  g_assert_cmpint (target (f), ==, 135);
  g_assert_cmpuint (syl_test_course_n_undo (f), ==, 1);

  syl_test_course_focus (f, syl_test_course_child (f, "target_row"));
  syl_test_press ("ctrl+a");
  syl_test_press ("BackSpace");
  syl_test_press ("Return");
  g_assert_cmpint (target (f), ==, -1);
  g_assert_cmpuint (syl_test_course_n_undo (f), ==, 2);
  syl_test_course_undo (f);
  g_assert_cmpstr (syl_test_course_text_of (f, "target_row"), ==, "2 h 15 min");
  syl_test_course_undo (f);
  syl_test_course_assert_original (f);
}

static const struct
{
  const char *text;
  int         minutes;
} durations[] = {
  { "0", 0 },
  { " 45 min ", 45 },
  { "2h", 120 },
  { "1 hour 5 minutes", 65 },
  { "3 hrs", 180 },
  { "0:45", 45 },
  { "100:00", 6000 },
  { "1.25 h", 75 },
  { "1 h 30", 90 },
  { "2小时30分", 150 },
  { "35791394 h", 2147483640 },
  { "2147483647", 2147483647 },
};

static const char *not_durations[] = {
  "abc", "12x", "-5", "1.01 h", "1:75", "1:5", "h", "30 min 2 h", "1 h 2 h", "1 h 30x",
  "2147483648", "35791395 h", "12345678901", "12 h 30 min!",
};

/* Anything that is no duration is marked, with the reason, and changes
 * nothing; the next valid one clears the mark. */
static void
test_target_invalid (Fixture       *f,
                     gconstpointer  data)
{
  const char *tooltip;

  for (guint i = 0; i < G_N_ELEMENTS (not_durations); i++)
    {
      g_autofree char *quoted = g_strdup_printf ("“%s” ", not_durations[i]);

      syl_test_course_set_text (f, "target_row", not_durations[i]);
      syl_test_course_activate (f, "target_row");
      g_assert_cmpint (target (f), ==, -1);
      g_assert_true (syl_test_course_has_error (f, "target_row"));
      tooltip = gtk_widget_get_tooltip_text (syl_test_course_child (f, "target_row"));
      /* Why, then what the field takes. */
      g_assert_true (g_str_has_prefix (tooltip, quoted));
      g_assert_true (g_str_has_suffix (tooltip, "\nMinutes (90), hours and minutes "
                                       "(1 h 30 min, 1.5 h) or 1:30; empty for no target"));
      /* What was typed stays there to be corrected. */
      g_assert_cmpstr (syl_test_course_text_of (f, "target_row"), ==, not_durations[i]);
    }
  g_assert_cmpuint (syl_test_course_n_undo (f), ==, 0);
  g_assert_false (syl_document_get_modified (f->document));

  for (guint i = 0; i < G_N_ELEMENTS (durations); i++)
    {
      syl_test_course_set_text (f, "target_row", "abc");
      syl_test_course_activate (f, "target_row");
      g_assert_true (syl_test_course_has_error (f, "target_row"));
      syl_test_course_set_text (f, "target_row", durations[i].text);
      g_assert_false (syl_test_course_has_error (f, "target_row"));
      syl_test_course_activate (f, "target_row");
      g_assert_cmpint (target (f), ==, durations[i].minutes);
    }
  g_assert_cmpuint (syl_test_course_n_undo (f), ==, G_N_ELEMENTS (durations));

  /* Real keys: Enter on a non-number. */
  syl_test_course_focus (f, syl_test_course_child (f, "target_row"));
  syl_test_press ("ctrl+a");
  syl_test_type ("soon");
  syl_test_press ("Return");
  g_assert_true (syl_test_course_has_error (f, "target_row"));
  g_assert_cmpstr (syl_test_course_text_of (f, "target_row"), ==, "soon");
  g_assert_cmpint (target (f), ==, 2147483647);
  g_assert_cmpuint (syl_test_course_n_undo (f), ==, G_N_ELEMENTS (durations));
  /* Undo shows the document's value again, unmarked. */
  syl_test_course_undo (f);
  g_assert_false (syl_test_course_has_error (f, "target_row"));
  g_assert_cmpint (target (f), ==, 2147483640);
  g_assert_cmpstr (syl_test_course_text_of (f, "target_row"), ==, "35791394 h");
}

int
main (int   argc,
      char *argv[])
{
  syl_test_gui_init (&argc, &argv);

  if (!syl_test_can_drive_x ())
    return 77;

#define ADD(path, func) \
  g_test_add ("/course/" path, Fixture, NULL, syl_test_course_setup, func, \
              syl_test_course_teardown)
  ADD ("target", test_target);
  ADD ("target-typed", test_target_typed);
  ADD ("target-invalid", test_target_invalid);
#undef ADD

  return g_test_run ();
}
