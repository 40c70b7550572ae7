/* syl-test-editor.h: a window open on the full outline, for tests of the
 * node pane that edit, undo and check the document is as it was
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-node-pane.h"
#include "syl-window.h"

G_BEGIN_DECLS

typedef struct
{
  SylWindow   *window;
  SylDocument *document;
  SylNodePane *pane;
  SylHistory  *history;
  /* The document as opened, serialized, to compare with after undoing. */
  char        *original;
  /* Whether a test saved the document, which then differs from the disk
   * when it is back as opened. */
  gboolean     saved;
} SylTestEditor;

void syl_test_editor_setup           (SylTestEditor *f,
                                      gconstpointer  data);
void syl_test_editor_teardown        (SylTestEditor *f,
                                      gconstpointer  data);
void syl_test_editor_undo            (SylTestEditor *f);
void syl_test_editor_assert_original (SylTestEditor *f);
void syl_test_type_into_buffer       (GtkTextBuffer *buffer,
                                      const char    *text);

G_END_DECLS
