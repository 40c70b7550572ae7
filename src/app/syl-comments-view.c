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
 * Ctrl+Z undoes it.  The cards are built again only when the threads
 * change (a comment added, deleted, resolved); otherwise their texts are
 * updated in place, so undo never takes the cursor out of a field.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "syl-author-prompt.h"
#include "syl-comments-view.h"

#define COMMENT_KEY "syl-comment"
#define BLOCK_KEY "syl-block"

/* The widgets that show one comment or reply. */
typedef struct
{
  gpointer     comment;
  GtkLabel    *author;
  GtkLabel    *time;
  GtkLabel    *text;
  GtkTextView *editor;
  GtkStack    *stack;
  GtkLabel    *resolved;
} Block;

struct _SylCommentsView
{
  GtkWidget    parent_instance;

  /* Template widgets. */
  GtkWidget   *box;
  GtkBox      *threads_box;
  GtkExpander *resolved_expander;
  GtkBox      *resolved_box;
  GtkEntry    *new_entry;

  SylDocument *document;
  SylNode     *node;
  /* What the cards show: ids, resolutions and who the user is. */
  char        *shape;
  GPtrArray   *blocks;
  guint        updating;
};

G_DEFINE_FINAL_TYPE (SylCommentsView, syl_comments_view, GTK_TYPE_WIDGET)

static void
block_free (Block *block)
{
  g_object_unref (block->comment);
  g_free (block);
}

/**
 * syl_comments_dup_author:
 *
 * Returns: (transfer full): the name to put on new comments: the
 *   preference "comment-author", else the user's real name, else the
 *   login name
 */
char *
syl_comments_dup_author (void)
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

/* "2026-11-28 17:30" in local time, or the text as written. */
static char *
format_time (const char *rfc3339)
{
  g_autoptr(GDateTime) time = NULL;
  g_autoptr(GDateTime) local = NULL;

  if (*rfc3339 != '\0')
    time = g_date_time_new_from_iso8601 (rfc3339, NULL);
  if (time == NULL)
    return g_strdup (rfc3339);
  local = g_date_time_to_local (time);
  return g_date_time_format (local, "%Y-%m-%d %H:%M");
}

static char *
dup_string (gpointer    comment,
            const char *property)
{
  char *value = NULL;

  g_object_get (comment, property, &value, NULL);
  return value;
}

static gboolean
is_own (gpointer    comment,
        const char *me)
{
  g_autofree char *author = dup_string (comment, "author");

  return g_str_equal (author, me);
}

static void
toast (SylCommentsView *self,
       const char      *title)
{
  GtkWidget *overlay = gtk_widget_get_ancestor (GTK_WIDGET (self), ADW_TYPE_TOAST_OVERLAY);
  AdwToast *item;

  if (overlay == NULL)
    return;
  item = adw_toast_new (title);
  adw_toast_set_button_label (item, _("_Undo"));
  adw_toast_set_action_name (item, "win.undo");
  adw_toast_overlay_add_toast (ADW_TOAST_OVERLAY (overlay), item);
}

/* Actions of the buttons and fields. */

static void
resolve_clicked_cb (SylCommentsView *self,
                    GtkButton       *button)
{
  SylAnnotation *annotation = g_object_get_data (G_OBJECT (button), COMMENT_KEY);
  g_autofree char *me = syl_comments_dup_author ();

  syl_document_set_resolved (self->document, annotation,
                             !syl_annotation_get_resolved (annotation), me);
}

static void
delete_clicked_cb (SylCommentsView *self,
                   GtkButton       *button)
{
  gpointer comment = g_object_get_data (G_OBJECT (button), COMMENT_KEY);
  gboolean is_reply = SYL_IS_REPLY (comment);

  if (syl_document_delete_comment (self->document, comment))
    toast (self, is_reply ? _("Reply deleted") : _("Comment deleted"));
}

static void
finish_editing (Block *block)
{
  gtk_stack_set_visible_child_name (block->stack, "text");
}

static void
edit_clicked_cb (SylCommentsView *self,
                 GtkButton       *button)
{
  Block *block = g_object_get_data (G_OBJECT (button), BLOCK_KEY);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (block->editor);
  g_autofree char *text = dup_string (block->comment, "text");

  self->updating++;
  gtk_text_buffer_set_text (buffer, text, -1);
  self->updating--;
  gtk_stack_set_visible_child_name (block->stack, "edit");
  gtk_widget_grab_focus (GTK_WIDGET (block->editor));
}

static void
editor_changed_cb (SylCommentsView *self,
                   GtkTextBuffer   *buffer)
{
  Block *block = g_object_get_data (G_OBJECT (buffer), BLOCK_KEY);
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->updating || self->document == NULL)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  syl_document_edit_comment (self->document, block->comment, text, TRUE);
}

/* Leaving the field ends the edit, and its step in the history. */
static void
editor_leave_cb (SylCommentsView         *self,
                 GtkEventControllerFocus *controller)
{
  GtkWidget *editor = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  Block *block = g_object_get_data (G_OBJECT (editor), BLOCK_KEY);

  if (self->document != NULL)
    syl_history_break_merge (syl_document_get_history (self->document));
  /* The editor may be leaving because its card is being built again. */
  if (block != NULL && g_ptr_array_find (self->blocks, block, NULL))
    finish_editing (block);
}

/* Escape or Ctrl+Enter ends the edit; the text is already saved. */
static gboolean
editor_key_cb (SylCommentsView       *self,
               guint                  keyval,
               guint                  keycode,
               GdkModifierType        state,
               GtkEventControllerKey *controller)
{
  GtkWidget *editor = gtk_event_controller_get_widget (GTK_EVENT_CONTROLLER (controller));
  gboolean enter = keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter;

  if (keyval != GDK_KEY_Escape && !(enter && (state & GDK_CONTROL_MASK)))
    return FALSE;
  if (self->document != NULL)
    syl_history_break_merge (syl_document_get_history (self->document));
  finish_editing (g_object_get_data (G_OBJECT (editor), BLOCK_KEY));
  gtk_widget_grab_focus (GTK_WIDGET (self->new_entry));
  return TRUE;
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

static void reply_activate_cb (SylCommentsView *self,
                               GtkEntry        *entry);

/* A comment or a reply waiting for its author's name: the field holding
 * its text. */
typedef struct
{
  SylCommentsView *self;
  GtkEntry        *entry;
} PendingReply;

static void
pending_reply_free (gpointer data)
{
  PendingReply *pending = data;

  g_object_unref (pending->self);
  g_object_unref (pending->entry);
  g_free (pending);
}

static void add_comment_cb (SylCommentsView *self);

static void
pending_reply_ready (gpointer data)
{
  PendingReply *pending = data;

  if (pending->entry == pending->self->new_entry)
    add_comment_cb (pending->self);
  else
    reply_activate_cb (pending->self, pending->entry);
}

/* The first comment asks which name to sign with; the text waits in its
 * field meanwhile.  Returns whether it asked. */
static gboolean
ask_author_first (SylCommentsView *self,
                  GtkEntry        *entry)
{
  PendingReply *pending = g_new0 (PendingReply, 1);

  pending->self = g_object_ref (self);
  pending->entry = g_object_ref (entry);
  if (syl_author_prompt_first (GTK_WIDGET (self), pending_reply_ready, pending, pending_reply_free))
    return TRUE;
  pending_reply_free (pending);
  return FALSE;
}

static void
reply_activate_cb (SylCommentsView *self,
                   GtkEntry        *entry)
{
  SylAnnotation *annotation = g_object_get_data (G_OBJECT (entry), COMMENT_KEY);
  g_autofree char *text = NULL;
  g_autofree char *me = NULL;
  g_autoptr(SylReply) reply = NULL;

  if (self->document == NULL || (text = take_entry_text (entry)) == NULL ||
      ask_author_first (self, entry))
    return;
  me = syl_comments_dup_author ();
  reply = syl_reply_new (me, text);
  gtk_editable_set_text (GTK_EDITABLE (entry), "");
  syl_document_add_reply (self->document, annotation, reply);
}

static void
add_comment_cb (SylCommentsView *self)
{
  g_autofree char *text = NULL;
  g_autofree char *me = NULL;
  g_autoptr(SylAnnotation) annotation = NULL;

  if (self->node == NULL || (text = take_entry_text (self->new_entry)) == NULL ||
      ask_author_first (self, self->new_entry))
    return;
  me = syl_comments_dup_author ();
  annotation = syl_annotation_new (me, text);
  gtk_editable_set_text (GTK_EDITABLE (self->new_entry), "");
  syl_document_add_annotation (self->document, self->node, annotation);
}

/* Building the cards. */

static GtkWidget *
button_new (SylCommentsView *self,
            const char      *icon,
            const char      *label,
            const char      *tooltip,
            Block           *block,
            GCallback        callback)
{
  GtkWidget *button = icon ? gtk_button_new_from_icon_name (icon) : gtk_button_new_with_label (label);

  /* An icon says nothing to a screen reader: the tooltip does. */
  if (icon != NULL)
    gtk_accessible_update_property (GTK_ACCESSIBLE (button), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                    tooltip, -1);
  gtk_widget_add_css_class (button, "flat");
  gtk_widget_set_valign (button, GTK_ALIGN_CENTER);
  gtk_widget_set_tooltip_text (button, tooltip);
  g_object_set_data_full (G_OBJECT (button), COMMENT_KEY, g_object_ref (block->comment),
                          g_object_unref);
  g_object_set_data (G_OBJECT (button), BLOCK_KEY, block);
  g_signal_connect_object (button, "clicked", callback, self, G_CONNECT_SWAPPED);
  return button;
}

/* Texts wrap; names and times are short, and ellipsized if need be. */
static GtkLabel *
label_new (const char *css_class,
           gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), wrap);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  if (!wrap)
    gtk_label_set_ellipsize (GTK_LABEL (label), PANGO_ELLIPSIZE_END);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);
  return GTK_LABEL (label);
}

/* Author, time and the buttons: edit and delete for one's own, resolve or
 * reopen for a whole thread. */
static GtkWidget *
header_new (SylCommentsView *self,
            Block           *block,
            const char      *me)
{
  GtkWidget *header = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);

  block->author = label_new ("comment-author", FALSE);
  block->time = label_new ("dim-label", FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (block->time), "caption");
  gtk_widget_set_hexpand (GTK_WIDGET (block->time), TRUE);
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (block->author));
  gtk_box_append (GTK_BOX (header), GTK_WIDGET (block->time));
  if (is_own (block->comment, me))
    {
      gtk_box_append (GTK_BOX (header), button_new (self, "document-edit-symbolic", NULL, _("Edit"),
                                                    block, G_CALLBACK (edit_clicked_cb)));
      gtk_box_append (GTK_BOX (header), button_new (self, "user-trash-symbolic", NULL, _("Delete"),
                                                    block, G_CALLBACK (delete_clicked_cb)));
    }
  if (SYL_IS_ANNOTATION (block->comment))
    {
      gboolean resolved = syl_annotation_get_resolved (block->comment);

      gtk_box_append (GTK_BOX (header),
                      button_new (self, NULL, resolved ? _("Reopen") : _("Resolve"),
                                  resolved ? _("Open this thread again")
                                           : _("Mark this thread as dealt with"),
                                  block, G_CALLBACK (resolve_clicked_cb)));
    }
  return header;
}

/* The text, and an editor in its place while it is edited. */
static GtkWidget *
text_stack_new (SylCommentsView *self,
                Block           *block)
{
  GtkWidget *frame = gtk_frame_new (NULL);
  GtkWidget *editor = gtk_text_view_new ();
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (GTK_TEXT_VIEW (editor));
  GtkEventController *controller;

  block->stack = GTK_STACK (gtk_stack_new ());
  gtk_stack_set_vhomogeneous (block->stack, FALSE);
  block->text = label_new (NULL, TRUE);
  gtk_label_set_selectable (block->text, TRUE);
  gtk_stack_add_named (block->stack, GTK_WIDGET (block->text), "text");

  block->editor = GTK_TEXT_VIEW (editor);
  gtk_text_view_set_wrap_mode (block->editor, GTK_WRAP_WORD_CHAR);
  gtk_text_view_set_top_margin (block->editor, 6);
  gtk_text_view_set_bottom_margin (block->editor, 6);
  gtk_text_view_set_left_margin (block->editor, 6);
  gtk_text_view_set_right_margin (block->editor, 6);
  /* One history: the document's. */
  gtk_text_buffer_set_enable_undo (buffer, FALSE);
  g_object_set_data (G_OBJECT (buffer), BLOCK_KEY, block);
  g_object_set_data (G_OBJECT (editor), BLOCK_KEY, block);
  g_signal_connect_object (buffer, "changed", G_CALLBACK (editor_changed_cb), self,
                           G_CONNECT_SWAPPED);
  controller = gtk_event_controller_focus_new ();
  g_signal_connect_object (controller, "leave", G_CALLBACK (editor_leave_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (editor, controller);
  controller = gtk_event_controller_key_new ();
  g_signal_connect_object (controller, "key-pressed", G_CALLBACK (editor_key_cb), self,
                           G_CONNECT_SWAPPED);
  gtk_widget_add_controller (editor, controller);
  gtk_frame_set_child (GTK_FRAME (frame), editor);
  gtk_stack_add_named (block->stack, frame, "edit");
  gtk_stack_set_visible_child_name (block->stack, "text");
  return GTK_WIDGET (block->stack);
}

static Block *
block_new (SylCommentsView *self,
           gpointer         comment,
           GtkWidget       *box,
           const char      *me)
{
  Block *block = g_new0 (Block, 1);

  block->comment = g_object_ref (comment);
  g_ptr_array_add (self->blocks, block);
  gtk_box_append (GTK_BOX (box), header_new (self, block, me));
  gtk_box_append (GTK_BOX (box), text_stack_new (self, block));
  return block;
}

static GtkWidget *
reply_entry_new (SylCommentsView *self,
                 SylAnnotation   *annotation)
{
  GtkWidget *entry = gtk_entry_new ();

  gtk_entry_set_placeholder_text (GTK_ENTRY (entry), _("Reply…"));
  gtk_editable_set_enable_undo (GTK_EDITABLE (entry), FALSE);
  gtk_accessible_update_property (GTK_ACCESSIBLE (entry), GTK_ACCESSIBLE_PROPERTY_LABEL,
                                  _("Reply"), -1);
  g_object_set_data_full (G_OBJECT (entry), COMMENT_KEY, g_object_ref (annotation),
                          g_object_unref);
  g_signal_connect_object (entry, "activate", G_CALLBACK (reply_activate_cb), self,
                           G_CONNECT_SWAPPED);
  return entry;
}

static GtkWidget *
thread_card_new (SylCommentsView *self,
                 SylAnnotation   *annotation,
                 const char      *me)
{
  GtkWidget *card = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  GListModel *replies = syl_annotation_get_replies (annotation);
  Block *block;

  gtk_widget_add_css_class (card, "card");
  gtk_widget_add_css_class (card, "comment-thread");
  block = block_new (self, annotation, card, me);
  if (syl_annotation_get_resolved (annotation))
    {
      block->resolved = label_new ("dim-label", TRUE);
      gtk_widget_add_css_class (GTK_WIDGET (block->resolved), "caption");
      gtk_box_append (GTK_BOX (card), GTK_WIDGET (block->resolved));
    }
  for (guint i = 0; i < g_list_model_get_n_items (replies); i++)
    {
      g_autoptr(SylReply) reply = g_list_model_get_item (replies, i);
      GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 4);

      gtk_widget_add_css_class (box, "comment-reply");
      block_new (self, reply, box, me);
      gtk_box_append (GTK_BOX (card), box);
    }
  if (!syl_annotation_get_resolved (annotation))
    gtk_box_append (GTK_BOX (card), reply_entry_new (self, annotation));
  return card;
}

/* Texts that may change without the threads changing. */
static void
update_block (SylCommentsView *self,
              Block           *block)
{
  g_autofree char *author = dup_string (block->comment, "author");
  g_autofree char *created = dup_string (block->comment, "created");
  g_autofree char *text = dup_string (block->comment, "text");
  g_autofree char *time = format_time (created);
  GtkTextBuffer *buffer = gtk_text_view_get_buffer (block->editor);
  g_autofree char *editing = NULL;
  GtkTextIter start, end;

  gtk_label_set_text (block->author, *author ? author : _("Anonymous"));
  gtk_label_set_text (block->time, time);
  gtk_label_set_text (block->text, text);
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  editing = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  self->updating++;
  if (g_strcmp0 (editing, text) != 0)
    gtk_text_buffer_set_text (buffer, text, -1);
  self->updating--;
  if (block->resolved != NULL)
    {
      const char *by = syl_annotation_get_resolved_by (block->comment);
      g_autofree char *at = format_time (syl_annotation_get_resolved_at (block->comment));
      /* Translators: who resolved a comment, and when. */
      g_autofree char *line = *by ? g_strdup_printf (_("Resolved by %s, %s"), by, at)
                                  : g_strdup_printf (_("Resolved %s"), at);
      gtk_label_set_text (block->resolved, line);
    }
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
  g_ptr_array_set_size (self->blocks, 0);
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
 * syl_comments_view_refresh:
 *
 * Shows the node's threads as they are now, after any change.
 */
void
syl_comments_view_refresh (SylCommentsView *self)
{
  g_autofree char *me = NULL;
  g_autofree char *shape = NULL;

  g_return_if_fail (SYL_IS_COMMENTS_VIEW (self));

  if (self->node == NULL)
    return;
  me = syl_comments_dup_author ();
  shape = shape_of (self, me);
  if (g_strcmp0 (shape, self->shape) != 0)
    {
      rebuild (self, me);
      g_free (self->shape);
      self->shape = g_steal_pointer (&shape);
    }
  for (guint i = 0; i < self->blocks->len; i++)
    update_block (self, g_ptr_array_index (self->blocks, i));
}

void
syl_comments_view_set_node (SylCommentsView *self,
                            SylDocument     *document,
                            SylNode         *node)
{
  g_return_if_fail (SYL_IS_COMMENTS_VIEW (self));

  if (self->node == node && self->document == document)
    {
      syl_comments_view_refresh (self);
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
      g_ptr_array_set_size (self->blocks, 0);
      return;
    }
  syl_comments_view_refresh (self);
}

static void
syl_comments_view_dispose (GObject *object)
{
  SylCommentsView *self = SYL_COMMENTS_VIEW (object);

  g_clear_object (&self->node);
  g_clear_object (&self->document);
  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_COMMENTS_VIEW);
  if (self->blocks != NULL)
    g_ptr_array_set_size (self->blocks, 0);

  G_OBJECT_CLASS (syl_comments_view_parent_class)->dispose (object);
}

static void
syl_comments_view_finalize (GObject *object)
{
  SylCommentsView *self = SYL_COMMENTS_VIEW (object);

  g_clear_pointer (&self->blocks, g_ptr_array_unref);
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
  self->blocks = g_ptr_array_new_with_free_func ((GDestroyNotify) block_free);
}
