/* syl-comment-row.c: one comment or reply, in the editor's comment threads
 *
 * A row shows who wrote a comment, when, and its text.  A comment's row is
 * the card of its whole thread: the replies' rows go inside it, under a
 * line that says who resolved it, and a field to reply closes an open one.
 * The row changes nothing itself: it says what the user asks for with its
 * signals, and the comments view makes the change through the document.
 *
 * The template has every part a card can have, and a card keeps only
 * those its comment offers: only the one who wrote a comment or reply may
 * edit or delete it, only a thread is resolved, and only an open one takes
 * replies.  What a card does not offer is taken out of it, not hidden, so
 * that it is nowhere in the card at all.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-accessible.h"
#include "syl-comment-row.h"

struct _SylCommentRow
{
  GtkWidget    parent_instance;

  /* Template widgets. */
  GtkBox      *box;
  GtkLabel    *author_label;
  GtkLabel    *time_label;
  GtkStack    *stack;
  GtkLabel    *text_label;
  GtkTextView *editor;
  /* The parts a card may not offer, NULL then. */
  GtkWidget   *edit_button;
  GtkWidget   *delete_button;
  GtkWidget   *resolve_button;
  GtkWidget   *resolved_label;
  GtkWidget   *replies_box;
  GtkWidget   *reply_entry;

  /* A SylAnnotation or a SylReply. */
  GObject     *comment;
  /* The name the user signs with. */
  char        *user;
  /* Set while the row writes the comment's text into the editor, so that
   * the change is not taken for the user's edit. */
  guint        updating;
};

G_DEFINE_FINAL_TYPE (SylCommentRow, syl_comment_row, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_COMMENT,
  PROP_USER,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  RESOLVE,
  DELETE,
  EDITED,
  EDIT_DONE,
  REPLY,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static char *
dup_string (GObject    *comment,
            const char *property)
{
  char *value = NULL;

  g_object_get (comment, property, &value, NULL);
  return value;
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

static GtkTextBuffer *
editor_buffer (SylCommentRow *self)
{
  return gtk_text_view_get_buffer (self->editor);
}

/* Writes @text into the editor if it is not there yet, so that undoing
 * an edit never takes the cursor out of the field. */
static void
set_editor_text (SylCommentRow *self,
                 const char    *text)
{
  GtkTextBuffer *buffer = editor_buffer (self);
  g_autofree char *editing = NULL;
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (buffer, &start, &end);
  editing = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  self->updating++;
  if (g_strcmp0 (editing, text) != 0)
    gtk_text_buffer_set_text (buffer, text, -1);
  self->updating--;
}

/* The buttons and fields. */

static void
resolve_clicked_cb (SylCommentRow *self)
{
  g_signal_emit (self, signals[RESOLVE], 0);
}

static void
delete_clicked_cb (SylCommentRow *self)
{
  g_signal_emit (self, signals[DELETE], 0);
}

static void
edit_clicked_cb (SylCommentRow *self)
{
  g_autofree char *text = dup_string (self->comment, "text");

  set_editor_text (self, text);
  gtk_stack_set_visible_child_name (self->stack, "edit");
  gtk_widget_grab_focus (GTK_WIDGET (self->editor));
}

static void
editor_changed_cb (SylCommentRow *self,
                   GtkTextBuffer *buffer)
{
  g_autofree char *text = NULL;
  GtkTextIter start, end;

  if (self->updating)
    return;
  gtk_text_buffer_get_bounds (buffer, &start, &end);
  text = gtk_text_buffer_get_text (buffer, &start, &end, TRUE);
  g_signal_emit (self, signals[EDITED], 0, text);
}

/* The edit ends: the text is already saved. */
static void
finish_editing (SylCommentRow *self,
                gboolean       by_key)
{
  /* The editor may be leaving because the row is going away. */
  if (self->stack != NULL)
    gtk_stack_set_visible_child_name (self->stack, "text");
  g_signal_emit (self, signals[EDIT_DONE], 0, by_key);
}

/* Leaving the field ends the edit. */
static void
editor_leave_cb (SylCommentRow *self)
{
  finish_editing (self, FALSE);
}

/* Escape or Ctrl+Enter ends the edit. */
static gboolean
editor_key_cb (SylCommentRow   *self,
               guint            keyval,
               guint            keycode,
               GdkModifierType  state)
{
  gboolean enter = keyval == GDK_KEY_Return || keyval == GDK_KEY_KP_Enter;

  if (keyval != GDK_KEY_Escape && !(enter && (state & GDK_CONTROL_MASK)))
    return FALSE;
  finish_editing (self, TRUE);
  return TRUE;
}

static void
reply_activate_cb (SylCommentRow *self)
{
  g_signal_emit (self, signals[REPLY], 0);
}

/* Building the card. */

/* Takes *@part out of the card, and forgets it. */
static void
drop_part (GtkWidget **part)
{
  gtk_box_remove (GTK_BOX (gtk_widget_get_parent (*part)), *part);
  *part = NULL;
}

/* Keeps the parts that the comment offers. */
static void
shape_card (SylCommentRow *self)
{
  g_autofree char *author = dup_string (self->comment, "author");
  gboolean thread = SYL_IS_ANNOTATION (self->comment);
  gboolean resolved = thread && syl_annotation_get_resolved (SYL_ANNOTATION (self->comment));

  if (g_strcmp0 (author, self->user) != 0)
    {
      drop_part (&self->edit_button);
      drop_part (&self->delete_button);
    }
  if (!thread)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "comment-reply");
      gtk_box_set_spacing (self->box, 4);
      drop_part (&self->resolve_button);
      drop_part (&self->replies_box);
    }
  else
    {
      gtk_widget_add_css_class (GTK_WIDGET (self), "card");
      gtk_widget_add_css_class (GTK_WIDGET (self), "comment-thread");
      gtk_button_set_label (GTK_BUTTON (self->resolve_button),
                            resolved ? _("Reopen") : _("Resolve"));
      gtk_widget_set_tooltip_text (self->resolve_button,
                                   resolved ? _("Open this thread again")
                                            : _("Mark this thread as dealt with"));
    }
  if (!resolved)
    drop_part (&self->resolved_label);
  if (!thread || resolved)
    drop_part (&self->reply_entry);
}

/* A card is a group; its name says whose comment it is, and a screen
 * reader reads the text that follows. */
static void
update_name (SylCommentRow *self,
             const char    *author)
{
  /* Translators: the name a screen reader gives a comment; %s is its author. */
  g_autofree char *name = g_strdup_printf (_("Comment by %s"), *author ? author : _("Anonymous"));

  syl_accessible_set_label (GTK_WIDGET (self), name);
}

/**
 * syl_comment_row_update:
 *
 * Shows the texts of the comment, and of its replies, as they are now:
 * they may change without the threads changing.
 */
void
syl_comment_row_update (SylCommentRow *self)
{
  g_autofree char *author = NULL;
  g_autofree char *created = NULL;
  g_autofree char *text = NULL;
  g_autofree char *time = NULL;

  g_return_if_fail (SYL_IS_COMMENT_ROW (self));

  author = dup_string (self->comment, "author");
  created = dup_string (self->comment, "created");
  text = dup_string (self->comment, "text");
  time = format_time (created);
  gtk_label_set_text (self->author_label, *author ? author : _("Anonymous"));
  gtk_label_set_text (self->time_label, time);
  gtk_label_set_text (self->text_label, text);
  set_editor_text (self, text);
  update_name (self, author);
  if (self->resolved_label != NULL)
    {
      SylAnnotation *annotation = SYL_ANNOTATION (self->comment);
      const char *by = syl_annotation_get_resolved_by (annotation);
      g_autofree char *at = format_time (syl_annotation_get_resolved_at (annotation));
      /* Translators: who resolved a comment, and when. */
      g_autofree char *line = *by ? g_strdup_printf (_("Resolved by %s, %s"), by, at)
                                  : g_strdup_printf (_("Resolved %s"), at);
      gtk_label_set_text (GTK_LABEL (self->resolved_label), line);
    }
  if (self->replies_box == NULL)
    return;
  for (GtkWidget *reply = gtk_widget_get_first_child (self->replies_box);
       reply != NULL; reply = gtk_widget_get_next_sibling (reply))
    syl_comment_row_update (SYL_COMMENT_ROW (reply));
}

/**
 * syl_comment_row_add_reply:
 * @reply: the row of a reply to this row's comment
 *
 * Shows @reply in the thread's card, after the replies before it.
 */
void
syl_comment_row_add_reply (SylCommentRow *self,
                           SylCommentRow *reply)
{
  g_return_if_fail (SYL_IS_COMMENT_ROW (self));
  g_return_if_fail (SYL_IS_COMMENT_ROW (reply));
  g_return_if_fail (self->replies_box != NULL);

  gtk_box_append (GTK_BOX (self->replies_box), GTK_WIDGET (reply));
  gtk_widget_set_visible (self->replies_box, TRUE);
}

/**
 * syl_comment_row_get_comment:
 *
 * Returns: (transfer none): the SylAnnotation or SylReply the row shows
 */
GObject *
syl_comment_row_get_comment (SylCommentRow *self)
{
  g_return_val_if_fail (SYL_IS_COMMENT_ROW (self), NULL);
  return self->comment;
}

/**
 * syl_comment_row_get_reply_entry:
 *
 * Returns: (transfer none) (nullable): the field to reply in, which only
 *   an open thread's card has
 */
GtkEntry *
syl_comment_row_get_reply_entry (SylCommentRow *self)
{
  g_return_val_if_fail (SYL_IS_COMMENT_ROW (self), NULL);
  return self->reply_entry != NULL ? GTK_ENTRY (self->reply_entry) : NULL;
}

/* The label showing the comment's text, where the find bar highlights
 * what it found. */
GtkLabel *
syl_comment_row_get_text_label (SylCommentRow *self)
{
  g_return_val_if_fail (SYL_IS_COMMENT_ROW (self), NULL);
  return self->text_label;
}

/**
 * syl_comment_row_new:
 * @comment: a SylAnnotation, or a SylReply
 * @user: the name the user signs with: what they wrote, they may edit
 *   and delete
 */
GtkWidget *
syl_comment_row_new (GObject    *comment,
                     const char *user)
{
  g_return_val_if_fail (SYL_IS_ANNOTATION (comment) || SYL_IS_REPLY (comment), NULL);

  return g_object_new (SYL_TYPE_COMMENT_ROW, "comment", comment, "user", user, NULL);
}

static void
syl_comment_row_constructed (GObject *object)
{
  SylCommentRow *self = SYL_COMMENT_ROW (object);

  G_OBJECT_CLASS (syl_comment_row_parent_class)->constructed (object);

  g_return_if_fail (self->comment != NULL);
  shape_card (self);
}

static void
syl_comment_row_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SylCommentRow *self = SYL_COMMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_COMMENT:
      g_value_set_object (value, self->comment);
      break;
    case PROP_USER:
      g_value_set_string (value, self->user);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_comment_row_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  SylCommentRow *self = SYL_COMMENT_ROW (object);

  switch (prop_id)
    {
    case PROP_COMMENT:
      self->comment = g_value_dup_object (value);
      break;
    case PROP_USER:
      self->user = g_value_dup_string (value);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_comment_row_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), SYL_TYPE_COMMENT_ROW);

  G_OBJECT_CLASS (syl_comment_row_parent_class)->dispose (object);
}

static void
syl_comment_row_finalize (GObject *object)
{
  SylCommentRow *self = SYL_COMMENT_ROW (object);

  g_clear_object (&self->comment);
  g_clear_pointer (&self->user, g_free);

  G_OBJECT_CLASS (syl_comment_row_parent_class)->finalize (object);
}

static void
install_signals (GObjectClass *object_class)
{
  GType type = G_TYPE_FROM_CLASS (object_class);

  /**
   * SylCommentRow::resolve:
   *
   * The user asks to resolve the thread, or to reopen it.
   */
  signals[RESOLVE] = g_signal_new ("resolve", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                   G_TYPE_NONE, 0);
  /**
   * SylCommentRow::delete:
   *
   * The user asks to delete the comment or reply.
   */
  signals[DELETE] = g_signal_new ("delete", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 0);
  /**
   * SylCommentRow::edited:
   * @text: the text the user is editing, after each keystroke
   */
  signals[EDITED] = g_signal_new ("edited", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                  G_TYPE_NONE, 1, G_TYPE_STRING);
  /**
   * SylCommentRow::edit-done:
   * @by_key: whether the user ended the edit with a key, rather than by
   *   leaving the field
   */
  signals[EDIT_DONE] = g_signal_new ("edit-done", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                     G_TYPE_NONE, 1, G_TYPE_BOOLEAN);
  /**
   * SylCommentRow::reply:
   *
   * The user pressed Enter in the thread's field to reply.
   */
  signals[REPLY] = g_signal_new ("reply", type, G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                 G_TYPE_NONE, 0);
}

static void
syl_comment_row_class_init (SylCommentRowClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = syl_comment_row_constructed;
  object_class->get_property = syl_comment_row_get_property;
  object_class->set_property = syl_comment_row_set_property;
  object_class->dispose = syl_comment_row_dispose;
  object_class->finalize = syl_comment_row_finalize;

  properties[PROP_COMMENT] =
    g_param_spec_object ("comment", NULL, NULL, G_TYPE_OBJECT,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  properties[PROP_USER] =
    g_param_spec_string ("user", NULL, NULL, NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  install_signals (object_class);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/syllabus/Syllabus/syl-comment-row.ui");
  gtk_widget_class_bind_template_child (widget_class, SylCommentRow, box);
  gtk_widget_class_bind_template_child (widget_class, SylCommentRow, author_label);
  gtk_widget_class_bind_template_child (widget_class, SylCommentRow, time_label);
  gtk_widget_class_bind_template_child (widget_class, SylCommentRow, edit_button);
  gtk_widget_class_bind_template_child (widget_class, SylCommentRow, delete_button);
  gtk_widget_class_bind_template_child (widget_class, SylCommentRow, resolve_button);
  gtk_widget_class_bind_template_child (widget_class, SylCommentRow, stack);
  gtk_widget_class_bind_template_child (widget_class, SylCommentRow, text_label);
  gtk_widget_class_bind_template_child (widget_class, SylCommentRow, editor);
  gtk_widget_class_bind_template_child (widget_class, SylCommentRow, resolved_label);
  gtk_widget_class_bind_template_child (widget_class, SylCommentRow, replies_box);
  gtk_widget_class_bind_template_child (widget_class, SylCommentRow, reply_entry);
  gtk_widget_class_bind_template_callback (widget_class, resolve_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, delete_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, edit_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_changed_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_leave_cb);
  gtk_widget_class_bind_template_callback (widget_class, editor_key_cb);
  gtk_widget_class_bind_template_callback (widget_class, reply_activate_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  /* A card is a group, as the box it replaces was. */
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
}

static void
syl_comment_row_init (SylCommentRow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}
