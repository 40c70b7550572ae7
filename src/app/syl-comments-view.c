/* syl-comments-view.c: the comment threads of one node, in its editor
 *
 * Open threads come first, each with its replies, a field to reply and
 * buttons to resolve it; resolved threads fold away under an expander but
 * stay, and can be reopened.  Only the one who wrote a comment or reply
 * may edit or delete it: the name on new comments is the preference
 * "comment-author", or else the user's real name.
 *
 * Like the rest of the editor, every change goes to the document at once,
 * through its history: typing in a comment being edited is one step, and
 * Ctrl+Z undoes it.  The cards (SylCommentRow, in syl-comment-row.c) are
 * built again only when the threads change (a comment added, deleted,
 * resolved); otherwise their texts are updated in place, so undo never
 * takes the cursor out of a field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "syl-author-prompt.h"
#include "syl-comment-row.h"
#include "syl-comments-view.h"
#include "syl-undo-toast.h"

struct _SylCommentsView
{
  GtkWidget        parent_instance;

  /* Template widgets. */
  GtkWidget       *box;
  GtkBox          *threads_box;
  GtkExpander     *resolved_expander;
  GtkBox          *resolved_box;
  GtkEntry        *new_entry;

  SylDocument     *document;
  SylNode         *node;
  /* What the cards show: ids, resolutions and who the user is. */
  char            *shape;
  SylUndoToast     toast;
};

G_DEFINE_FINAL_TYPE (SylCommentsView, syl_comments_view, GTK_TYPE_WIDGET)

/**
 * dup_author:
 *
 * Returns: (transfer full): the name to put on new comments: the
 *   preference "comment-author", else the user's real name, else the
 *   login name
 */
static char *
dup_author (void)
{
  GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
  g_autoptr(GSettingsSchema) schema = NULL;
  const char *real = g_get_real_name ();

  /* Without the schema installed (running from the build folder), there
   * is no preference to read, rather than a crash. */
  if (source != NULL)
    schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
  if (schema != NULL && g_settings_schema_has_key (schema, "comment-author"))
    {
      g_autoptr(GSettings) settings = g_settings_new_full (schema, NULL, NULL);
      g_autofree char *name = g_settings_get_string (settings, "comment-author");

      if (*g_strstrip (name) != '\0')
        return g_steal_pointer (&name);
    }
  if (real != NULL && *real != '\0' && g_strcmp0 (real, "Unknown") != 0)
    return g_strdup (real);
  return g_strdup (g_get_user_name ());
}

/* What the cards ask for. */

static void
resolve_cb (SylCommentsView *self,
            SylCommentRow   *row)
{
  SylAnnotation *annotation = SYL_ANNOTATION (syl_comment_row_get_comment (row));
  g_autofree char *me = dup_author ();

  syl_document_set_resolved (self->document, annotation,
                             !syl_annotation_get_resolved (annotation), me);
}

static void
delete_cb (SylCommentsView *self,
           SylCommentRow   *row)
{
  GObject *comment = syl_comment_row_get_comment (row);
  gboolean is_reply = SYL_IS_REPLY (comment);

  if (syl_document_delete_comment (self->document, comment))
    syl_undo_toast_show (&self->toast, GTK_WIDGET (self),
                         is_reply ? _("Reply deleted") : _("Comment deleted"), TRUE);
}

/* Typing in a comment being edited goes to the document at once. */
static void
edited_cb (SylCommentsView *self,
           const char      *text,
           SylCommentRow   *row)
{
  if (self->document != NULL)
    syl_document_edit_comment (self->document, syl_comment_row_get_comment (row), text, TRUE);
}

/* The end of an edit ends its step in the history; after Escape or
 * Ctrl+Enter, the user can write a new comment. */
static void
edit_done_cb (SylCommentsView *self,
              gboolean         by_key)
{
  if (self->document != NULL)
    syl_history_break_merge (syl_document_get_history (self->document));
  if (by_key)
    gtk_widget_grab_focus (GTK_WIDGET (self->new_entry));
}

/* The text of @entry without surrounding space, or NULL if that is
 * nothing, with a bell. */
static char *
take_entry_text (GtkEntry *entry)
{
  char *text = g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (entry))));

  if (*text == '\0')
    {
      gtk_widget_error_bell (GTK_WIDGET (entry));
      g_free (text);
      return NULL;
    }
  return text;
}

static void post (SylCommentsView *self,
                  GtkEntry        *entry,
                  SylAnnotation   *annotation);

/* A comment or a reply waiting for its author's name: the field holding
 * its text, and the thread it replies to. */
typedef struct
{
  SylCommentsView *self;
  GtkEntry        *entry;
  SylAnnotation   *annotation;
} Pending;

static void
pending_free (gpointer data)
{
  Pending *pending = data;

  g_object_unref (pending->self);
  g_object_unref (pending->entry);
  g_clear_object (&pending->annotation);
  g_free (pending);
}

static void
pending_ready (gpointer data)
{
  Pending *pending = data;

  post (pending->self, pending->entry, pending->annotation);
}

/* The first comment asks which name to sign with; the text waits in its
 * field meanwhile.  Returns whether it asked. */
static gboolean
ask_author_first (SylCommentsView *self,
                  GtkEntry        *entry,
                  SylAnnotation   *annotation)
{
  Pending *pending = g_new0 (Pending, 1);

  pending->self = g_object_ref (self);
  pending->entry = g_object_ref (entry);
  pending->annotation = annotation != NULL ? g_object_ref (annotation) : NULL;
  if (syl_author_prompt_first (GTK_WIDGET (self), pending_ready, pending, pending_free))
    return TRUE;
  pending_free (pending);
  return FALSE;
}

/* Adds the text of @entry as a reply to @annotation, or as a new comment
 * without one. */
static void
post (SylCommentsView *self,
      GtkEntry        *entry,
      SylAnnotation   *annotation)
{
  g_autofree char *text = NULL;
  g_autofree char *me = NULL;

  if (self->node == NULL || self->document == NULL || (text = take_entry_text (entry)) == NULL ||
      ask_author_first (self, entry, annotation))
    return;
  me = dup_author ();
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  if (annotation != NULL)
    {
      g_autoptr(SylReply) reply = syl_reply_new (me, text);

      syl_document_add_reply (self->document, annotation, reply);
    }
  else
    {
      g_autoptr(SylAnnotation) added = syl_annotation_new (me, text);

      syl_document_add_annotation (self->document, self->node, added);
    }
}

static void
reply_cb (SylCommentsView *self,
          SylCommentRow   *row)
{
  post (self, syl_comment_row_get_reply_entry (row),
        SYL_ANNOTATION (syl_comment_row_get_comment (row)));
}

static void
add_comment_cb (SylCommentsView *self)
{
  post (self, self->new_entry, NULL);
}

/* Building the cards. */

static GtkWidget *
row_new (SylCommentsView *self,
         gpointer         comment,
         const char      *me)
{
  GtkWidget *row = syl_comment_row_new (comment, me);

  g_signal_connect_object (row, "resolve", G_CALLBACK (resolve_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "delete", G_CALLBACK (delete_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "edited", G_CALLBACK (edited_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "edit-done", G_CALLBACK (edit_done_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (row, "reply", G_CALLBACK (reply_cb), self, G_CONNECT_SWAPPED);
  return row;
}

/* The card of a thread: its comment's row, with the replies' inside. */
static GtkWidget *
thread_card_new (SylCommentsView *self,
                 SylAnnotation   *annotation,
                 const char      *me)
{
  GtkWidget *card = row_new (self, annotation, me);
  GListModel *replies = syl_annotation_get_replies (annotation);

  for (guint i = 0; i < g_list_model_get_n_items (replies); i++)
    {
      g_autoptr(SylReply) reply = g_list_model_get_item (replies, i);
      GtkWidget *row = row_new (self, reply, me);

      syl_comment_row_add_reply (SYL_COMMENT_ROW (card), SYL_COMMENT_ROW (row));
    }
  return card;
}

/* Texts that may change without the threads changing. */
static void
update_cards (GtkBox *box)
{
  for (GtkWidget *card = gtk_widget_get_first_child (GTK_WIDGET (box)); card != NULL;
       card = gtk_widget_get_next_sibling (card))
    syl_comment_row_update (SYL_COMMENT_ROW (card));
}

static char *
shape_of (SylCommentsView *self,
          const char      *me)
{
  GListModel *annotations = syl_node_get_annotations (self->node);
  GString *shape = g_string_new (me);

  for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
    {
      g_autoptr(SylAnnotation) annotation = g_list_model_get_item (annotations, i);
      GListModel *replies = syl_annotation_get_replies (annotation);

      g_string_append_printf (shape, "\n%s %d %s", syl_annotation_get_id (annotation),
                              syl_annotation_get_resolved (annotation),
                              syl_annotation_get_author (annotation));
      for (guint j = 0; j < g_list_model_get_n_items (replies); j++)
        {
          g_autoptr(SylReply) reply = g_list_model_get_item (replies, j);
          g_string_append_printf (shape, " %s:%s", syl_reply_get_id (reply),
                                  syl_reply_get_author (reply));
        }
    }
  return g_string_free (shape, FALSE);
}

static void
clear_box (GtkBox *box)
{
  GtkWidget *child;

  while ((child = gtk_widget_get_first_child (GTK_WIDGET (box))) != NULL)
    gtk_box_remove (box, child);
}

static void
rebuild (SylCommentsView *self,
         const char      *me)
{
  GListModel *annotations = syl_node_get_annotations (self->node);
  guint resolved = 0;
  g_autofree char *label = NULL;

  clear_box (self->threads_box);
  clear_box (self->resolved_box);
  for (guint i = 0; i < g_list_model_get_n_items (annotations); i++)
    {
      g_autoptr(SylAnnotation) annotation = g_list_model_get_item (annotations, i);
      gboolean done = syl_annotation_get_resolved (annotation);

      gtk_box_append (done ? self->resolved_box : self->threads_box,
                      thread_card_new (self, annotation, me));
      resolved += done;
    }
  label = g_strdup_printf (ngettext ("%u resolved", "%u resolved", resolved), resolved);
  gtk_expander_set_label (self->resolved_expander, label);
  gtk_widget_set_visible (GTK_WIDGET (self->resolved_expander), resolved > 0);
  gtk_widget_set_visible (GTK_WIDGET (self->threads_box),
                          g_list_model_get_n_items (annotations) > resolved);
}

/**
 * refresh:
 *
 * Shows the node's threads as they are now, after any change.
 */
static void
refresh (SylCommentsView *self)
{
  g_autofree char *me = NULL;
  g_autofree char *shape = NULL;

  g_return_if_fail (SYL_IS_COMMENTS_VIEW (self));

  if (self->node == NULL)
    return;
  me = dup_author ();
  shape = shape_of (self, me);
  if (g_strcmp0 (shape, self->shape) != 0)
    {
      rebuild (self, me);
      g_free (self->shape);
      self->shape = g_steal_pointer (&shape);
    }
  update_cards (self->threads_box);
  update_cards (self->resolved_box);
}

void
syl_comments_view_set_node (SylCommentsView *self,
                            SylDocument     *document,
                            SylNode         *node)
{
  g_return_if_fail (SYL_IS_COMMENTS_VIEW (self));

  if (self->node == node && self->document == document)
    {
      refresh (self);
      return;
    }
  g_set_object (&self->document, document);
  g_set_object (&self->node, node);
  g_clear_pointer (&self->shape, g_free);
  gtk_editable_set_text (GTK_EDITABLE (self->new_entry), "");
  if (node == NULL)
    {
      clear_box (self->threads_box);
      clear_box (self->resolved_box);
      return;
    }
  refresh (self);
}

/* The card of @comment among @widget and its descendants. */
static SylCommentRow *
find_card (GtkWidget *widget,
           GObject   *comment)
{
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      SylCommentRow *found;

      if (SYL_IS_COMMENT_ROW (child) &&
          syl_comment_row_get_comment (SYL_COMMENT_ROW (child)) == comment)
        return SYL_COMMENT_ROW (child);
      found = find_card (child, comment);
      if (found != NULL)
        return found;
    }
  return NULL;
}

/**
 * syl_comments_view_get_text_label:
 * @comment: a comment or reply of the node shown
 *
 * Opens the resolved threads if @comment is among them, for the find bar
 * to show where its word is.
 *
 * Returns: (transfer none) (nullable): the label showing @comment's text
 */
GtkLabel *
syl_comments_view_get_text_label (SylCommentsView *self,
                                  GObject         *comment)
{
  SylCommentRow *card;

  g_return_val_if_fail (SYL_IS_COMMENTS_VIEW (self), NULL);

  card = find_card (GTK_WIDGET (self->threads_box), comment);
  if (card == NULL)
    {
      card = find_card (GTK_WIDGET (self->resolved_box), comment);
      if (card != NULL)
        gtk_expander_set_expanded (self->resolved_expander, TRUE);
    }
  return card != NULL ? syl_comment_row_get_text_label (card) : NULL;
}

static void
syl_comments_view_dispose (GObject *object)
{
  SylCommentsView *self = SYL_COMMENTS_VIEW (object);

  g_clear_object (&self->node);
  g_clear_object (&self->document);
  syl_undo_toast_clear (&self->toast);
  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_COMMENTS_VIEW);

  G_OBJECT_CLASS (syl_comments_view_parent_class)->dispose (object);
}

static void
syl_comments_view_finalize (GObject *object)
{
  SylCommentsView *self = SYL_COMMENTS_VIEW (object);

  g_clear_pointer (&self->shape, g_free);

  G_OBJECT_CLASS (syl_comments_view_parent_class)->finalize (object);
}

static void
syl_comments_view_class_init (SylCommentsViewClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_comments_view_dispose;
  object_class->finalize = syl_comments_view_finalize;

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/syllabus/Syllabus/syl-comments-view.ui");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_bind_template_child (widget_class, SylCommentsView, box);
  gtk_widget_class_bind_template_child (widget_class, SylCommentsView, threads_box);
  gtk_widget_class_bind_template_child (widget_class, SylCommentsView, resolved_expander);
  gtk_widget_class_bind_template_child (widget_class, SylCommentsView, resolved_box);
  gtk_widget_class_bind_template_child (widget_class, SylCommentsView, new_entry);
  gtk_widget_class_bind_template_callback (widget_class, add_comment_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
syl_comments_view_init (SylCommentsView *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
