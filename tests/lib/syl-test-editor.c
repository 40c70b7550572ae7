/* syl-test-editor.c: a window open on the full outline, for tests of the
 * node pane that edit, undo and check the document is as it was
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-test-editor.h"
#include "syl-test-gui.h"
#include "syl-test-util.h"
#include "syl-window-private.h"

/* Opens a copy of the full outline, whose nodes have every field to edit. */
void
syl_test_editor_setup (SylTestEditor *f,
                       gconstpointer  data)
{
  g_autofree char *path = syl_test_data_path ("valid", "full.syllabus.json", NULL);

  f->window = syl_test_open_window (path);
  f->document = syl_window_get_document (f->window);
  f->pane = SYL_NODE_PANE (f->window->node_pane);
  f->history = syl_document_get_history (f->document);
  f->original = syl_test_serialize (f->document);
}

void
syl_test_editor_teardown (SylTestEditor *f,
                          gconstpointer  data)
{
  g_free (f->original);
  syl_test_close_window (f->window);
}

/* Undoes through the window's action, as Ctrl+Z does, which there must
 * be something for. */
void
syl_test_editor_undo (SylTestEditor *f)
{
  g_assert_true (syl_history_get_can_undo (f->history));
  g_assert_true (gtk_widget_activate_action (GTK_WIDGET (f->window), "win.undo", NULL));
  syl_test_wait_settled (f->window);
}

/* Checks that the document is again exactly as opened. */
void
syl_test_editor_assert_original (SylTestEditor *f)
{
  g_autofree char *now = syl_test_serialize (f->document);

  syl_test_assert_same_text (now, f->original);
  /* After a save in between, the original is a change against the disk. */
  g_assert_true (syl_document_get_modified (f->document) == f->saved);
}

/* Types @text one character at a time at the cursor of @buffer, as keys
 * would, so that each character is an edit of its own. */
void
syl_test_type_into_buffer (GtkTextBuffer *buffer,
                           const char    *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    gtk_text_buffer_insert_at_cursor (buffer, p, g_utf8_next_char (p) - p);
  syl_test_wait_redrawn ();
}
