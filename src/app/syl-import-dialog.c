/* syl-import-dialog.c: what an import will create, before it does
 *
 * Shows the tree that the imported file gives, with numbers, titles and
 * kinds, and the warnings with their lines, before anything changes; and,
 * line by line, what each line of the file became (a node at some level,
 * notes, the contents page, page furniture…), so that a missing line is
 * explained.  Where the file leaves open whether lists under headings are
 * items or notes, the designer chooses, and the file is read again.  The
 * designer then opens it as a new outline, or inserts it into the open
 * one below the selected node, as one step of that outline's history.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-accessible.h"
#include "syl-import-dialog.h"

/* Imports up to this size are previewed fully open; larger ones with
 * their chapters open. */
#define MAX_OPEN_PREVIEW 400

struct _SylImportDialog
{
  AdwWindow         parent_instance;

  /* Template widgets. */
  GtkLabel         *summary_label;
  AdwPreferencesGroup *target_group;
  GtkWidget        *lists_group;
  AdwComboRow      *lists_row;
  GtkListView      *lines_view;
  AdwActionRow     *insert_row;
  GtkCheckButton   *new_check;
  GtkCheckButton   *insert_check;
  GtkListView      *preview_view;
  GtkExpander      *warnings_expander;
  GtkListView      *warnings_view;
  GtkWidget        *import_button;

  SylImportResult  *result;
  SylDocument      *preview;      /* what a new outline would be */
  GtkTreeListModel *rows;
  GtkStringList    *warnings;
  GtkStringList    *lines;        /* what each line became, as the rows say it */
  char             *file_name;
  SylDocument      *document;     /* the open outline, or NULL */
  SylNode          *parent;       /* where an insert goes */
};

G_DEFINE_FINAL_TYPE (SylImportDialog, syl_import_dialog, ADW_TYPE_WINDOW)

enum {
  OPEN_DOCUMENT,
  INSERTED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void show_error (SylImportDialog *self,
                        const char      *message);
static void append_left_out (SylImportDialog *self,
                             GString         *text);

/* The preview tree. */

static GListModel *
create_child_model (gpointer item,
                    gpointer user_data)
{
  SylNode *node = item;

  return syl_node_get_n_children (node) > 0 ? g_object_ref (G_LIST_MODEL (node)) : NULL;
}

static GtkWidget *
new_badge (const char *kind)
{
  GtkWidget *badge = gtk_label_new (NULL);

  gtk_widget_set_valign (badge, GTK_ALIGN_CENTER);
  gtk_widget_add_css_class (badge, "badge");
  gtk_widget_add_css_class (badge, kind);
  return badge;
}

/* A row as the outline shows one, with its look from style.css: the
 * number, the title, and a badge for the kind and for optional nodes. */
static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *expander = gtk_tree_expander_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 0);
  GtkWidget *number = gtk_label_new (NULL);
  GtkWidget *title = gtk_label_new (NULL);

  gtk_widget_add_css_class (row, "outline-row");
  gtk_widget_add_css_class (number, "number");
  gtk_widget_add_css_class (title, "title");
  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_ellipsize (GTK_LABEL (title), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (title, TRUE);
  gtk_box_append (GTK_BOX (box), number);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), new_badge ("kind"));
  gtk_box_append (GTK_BOX (box), new_badge ("optional"));
  gtk_tree_expander_set_child (GTK_TREE_EXPANDER (expander), box);
  gtk_widget_set_hexpand (expander, TRUE);
  gtk_box_append (GTK_BOX (row), expander);
  gtk_list_item_set_child (item, row);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
bind_badges (GtkWidget *title,
             SylNode   *node)
{
  GtkWidget *kind = gtk_widget_get_next_sibling (title);
  GtkWidget *optional = gtk_widget_get_next_sibling (kind);
  SylNodeKind node_kind = syl_node_get_kind (node);

  gtk_widget_set_visible (kind, node_kind != SYL_NODE_KIND_SECTION);
  gtk_widget_remove_css_class (kind, "discussion");
  gtk_widget_remove_css_class (kind, "example");
  if (node_kind == SYL_NODE_KIND_DISCUSSION)
    {
      gtk_label_set_text (GTK_LABEL (kind), _("Discussion"));
      gtk_widget_add_css_class (kind, "discussion");
    }
  else if (node_kind == SYL_NODE_KIND_EXAMPLE)
    {
      gtk_label_set_text (GTK_LABEL (kind), _("Example"));
      gtk_widget_add_css_class (kind, "example");
    }
  gtk_widget_set_visible (optional, syl_node_get_optional (node));
  gtk_label_set_text (GTK_LABEL (optional), _("Optional"));
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             SylImportDialog          *self)
{
  GtkTreeListRow *list_row = gtk_list_item_get_item (item);
  SylNode *node = gtk_tree_list_row_get_item (list_row);
  GtkWidget *row = gtk_list_item_get_child (item);
  GtkWidget *expander = gtk_widget_get_first_child (row);
  GtkWidget *box = gtk_tree_expander_get_child (GTK_TREE_EXPANDER (expander));
  GtkWidget *number = gtk_widget_get_first_child (box);
  GtkWidget *title = gtk_widget_get_next_sibling (number);
  g_autofree char *number_text = syl_document_dup_number (self->preview, node);
  const char *title_text = syl_node_get_title (node);

  gtk_tree_expander_set_list_row (GTK_TREE_EXPANDER (expander), list_row);
  gtk_label_set_text (GTK_LABEL (number), number_text);
  gtk_label_set_text (GTK_LABEL (title), *title_text ? title_text : _("Untitled"));
  bind_badges (title, node);
  if (syl_node_get_n_children (node) > 0)
    gtk_widget_remove_css_class (row, "leaf");
  else
    gtk_widget_add_css_class (row, "leaf");
  if (syl_node_get_depth (node) == 1)
    gtk_widget_add_css_class (row, "chapter");
  else
    gtk_widget_remove_css_class (row, "chapter");
  g_object_unref (node);
}

static void
setup_preview (SylImportDialog *self)
{
  SylNode *root = syl_document_get_root (self->preview);
  gboolean open_all = syl_document_get_n_nodes (self->preview) <= MAX_OPEN_PREVIEW;
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection;

  g_clear_object (&self->rows);
  self->rows = gtk_tree_list_model_new (g_object_ref (G_LIST_MODEL (root)), FALSE, open_all,
                                        create_child_model, NULL, NULL);
  for (guint i = 0; !open_all && i < syl_node_get_n_children (root); i++)
    {
      g_autoptr(GtkTreeListRow) row = gtk_tree_list_model_get_child_row (self->rows, i);

      gtk_tree_list_row_set_expanded (row, TRUE);
    }

  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect_object (factory, "bind", G_CALLBACK (bind_row_cb), self, 0);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  gtk_list_view_set_factory (self->preview_view, factory);
  gtk_list_view_set_model (self->preview_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  g_object_unref (factory);
}

/* The lines of the file. */

/* What a line became, as its row says it. */
static char *
describe_line (SylImportLineRole role,
               guint             depth)
{
  switch (role)
    {
    case SYL_IMPORT_LINE_NODE:
      /* Translators: what a line of an imported file became; %u is a level, 1 for chapters. */
      return g_strdup_printf (_("Level %u"), depth);
    case SYL_IMPORT_LINE_CONTINUATION:
      return g_strdup (_("Title continued"));
    case SYL_IMPORT_LINE_NOTES:
      return g_strdup (_("Notes"));
    case SYL_IMPORT_LINE_OBJECTIVES:
      return g_strdup (_("Objective"));
    case SYL_IMPORT_LINE_LABEL:
      /* Translators: a line such as “Objectives” or “Key points” over a list. */
      return g_strdup (_("Heading of a list"));
    case SYL_IMPORT_LINE_TITLE_BLOCK:
      return g_strdup (_("Course title"));
    case SYL_IMPORT_LINE_CONTENTS:
      return g_strdup (_("Contents page"));
    case SYL_IMPORT_LINE_FURNITURE:
      /* Translators: a running header or footer, or a page number, left out. */
      return g_strdup (_("Page header or footer"));
    case SYL_IMPORT_LINE_DROPPED:
      return g_strdup (_("Left out"));
    case SYL_IMPORT_LINE_BLANK:
    default:
      return g_strdup ("");
    }
}

static void
setup_line_cb (GtkSignalListItemFactory *factory,
               GtkListItem              *item)
{
  GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *number = gtk_label_new (NULL);
  GtkWidget *role = gtk_label_new (NULL);
  GtkWidget *text = gtk_label_new (NULL);

  gtk_widget_add_css_class (row, "outline-row");
  gtk_widget_add_css_class (number, "dim-label");
  gtk_widget_add_css_class (number, "numeric");
  gtk_label_set_width_chars (GTK_LABEL (number), 4);
  gtk_label_set_xalign (GTK_LABEL (number), 1);
  gtk_widget_add_css_class (role, "caption");
  /* One width for every role, so that the lines start in one column. */
  gtk_label_set_width_chars (GTK_LABEL (role), 18);
  gtk_label_set_max_width_chars (GTK_LABEL (role), 18);
  gtk_label_set_ellipsize (GTK_LABEL (role), PANGO_ELLIPSIZE_END);
  gtk_label_set_xalign (GTK_LABEL (role), 0);
  gtk_label_set_xalign (GTK_LABEL (text), 0);
  gtk_label_set_ellipsize (GTK_LABEL (text), PANGO_ELLIPSIZE_END);
  gtk_widget_set_hexpand (text, TRUE);
  gtk_box_append (GTK_BOX (row), number);
  gtk_box_append (GTK_BOX (row), role);
  gtk_box_append (GTK_BOX (row), text);
  gtk_list_item_set_child (item, row);
  gtk_list_item_set_activatable (item, FALSE);
}

/* Lines that are in the outline read plainly; the others are dimmed. */
static void
bind_line_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              SylImportDialog          *self)
{
  guint index = gtk_list_item_get_position (item);
  GtkWidget *number = gtk_widget_get_first_child (gtk_list_item_get_child (item));
  GtkWidget *role = gtk_widget_get_next_sibling (number);
  GtkWidget *text = gtk_widget_get_next_sibling (role);
  g_autofree char *line_number = g_strdup_printf ("%u", index + 1);
  const char *line_text;
  guint depth;
  SylImportLineRole line_role = syl_import_result_get_line (self->result, index, &depth,
                                                            &line_text);
  gboolean kept = line_role == SYL_IMPORT_LINE_NODE || line_role == SYL_IMPORT_LINE_CONTINUATION;

  gtk_label_set_text (GTK_LABEL (number), line_number);
  gtk_label_set_text (GTK_LABEL (role),
                      gtk_string_object_get_string (gtk_list_item_get_item (item)));
  gtk_label_set_text (GTK_LABEL (text), line_text);
  gtk_widget_set_margin_start (text, line_role == SYL_IMPORT_LINE_NODE ? 12 * (depth - 1) : 0);
  if (kept)
    gtk_widget_remove_css_class (text, "dim-label");
  else
    gtk_widget_add_css_class (text, "dim-label");
}

static void
setup_lines (SylImportDialog *self)
{
  guint n = syl_import_result_get_n_lines (self->result);
  GtkListItemFactory *factory;
  GtkNoSelection *selection;

  g_clear_object (&self->lines);
  self->lines = gtk_string_list_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      guint depth;
      SylImportLineRole role = syl_import_result_get_line (self->result, i, &depth, NULL);
      g_autofree char *text = describe_line (role, depth);

      gtk_string_list_append (self->lines, text);
    }

  if (gtk_list_view_get_factory (self->lines_view) == NULL)
    {
      factory = gtk_signal_list_item_factory_new ();
      g_signal_connect (factory, "setup", G_CALLBACK (setup_line_cb), NULL);
      g_signal_connect_object (factory, "bind", G_CALLBACK (bind_line_cb), self, 0);
      gtk_list_view_set_factory (self->lines_view, factory);
      g_object_unref (factory);
    }
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->lines)));
  gtk_list_view_set_model (self->lines_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
}

/* The warnings. */

static void
setup_warning_cb (GtkSignalListItemFactory *factory,
                  GtkListItem              *item)
{
  GtkWidget *label = gtk_label_new (NULL);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (label), PANGO_WRAP_WORD_CHAR);
  gtk_widget_set_margin_start (label, 6);
  gtk_widget_set_margin_end (label, 6);
  gtk_list_item_set_child (item, label);
  gtk_list_item_set_activatable (item, FALSE);
}

static void
bind_warning_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *item)
{
  GtkStringObject *warning = gtk_list_item_get_item (item);

  gtk_label_set_text (GTK_LABEL (gtk_list_item_get_child (item)),
                      gtk_string_object_get_string (warning));
}

static void
setup_warnings (SylImportDialog *self)
{
  guint n = syl_import_result_get_n_warnings (self->result);
  GtkListItemFactory *factory = gtk_signal_list_item_factory_new ();
  GtkNoSelection *selection;
  g_autofree char *label = NULL;

  g_clear_object (&self->warnings);
  self->warnings = gtk_string_list_new (NULL);
  for (guint i = 0; i < n; i++)
    {
      guint line;
      const char *message = syl_import_result_get_warning (self->result, i, &line);
      /* Translators: a warning of an import; %u is a line of the file. */
      g_autofree char *text = line > 0 ? g_strdup_printf (_("Line %u: %s"), line, message)
                                       : g_strdup (message);

      gtk_string_list_append (self->warnings, text);
    }

  g_signal_connect (factory, "setup", G_CALLBACK (setup_warning_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_warning_cb), NULL);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->warnings)));
  gtk_list_view_set_factory (self->warnings_view, factory);
  gtk_list_view_set_model (self->warnings_view, GTK_SELECTION_MODEL (selection));
  g_object_unref (selection);
  g_object_unref (factory);

  label = g_strdup_printf (ngettext ("%u Warning", "%u Warnings", n), n);
  gtk_expander_set_label (self->warnings_expander, label);
  gtk_widget_set_visible (GTK_WIDGET (self->warnings_expander), n > 0);
}

/* The summary and the choice. */

static void
setup_summary (SylImportDialog *self,
               const char      *file_name)
{
  guint n = syl_import_result_count_nodes (self->result);
  const char *title = syl_import_result_get_title (self->result);
  const char *encoding = syl_import_result_get_encoding (self->result);
  GListModel *authors = syl_import_result_get_authors (self->result);
  g_autoptr(GString) text = g_string_new (NULL);

  /* Translators: %s is a file name, %u how many nodes it gives. */
  g_string_append_printf (text, ngettext ("“%s” gives an outline of %u item.",
                                          "“%s” gives an outline of %u items.", n),
                          file_name, n);
  if (*title != '\0')
    {
      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("Course title: “%s”."), title);
    }
  if (g_list_model_get_n_items (authors) > 0)
    {
      g_autoptr(SylAuthor) author = g_list_model_get_item (authors, 0);

      g_string_append_c (text, ' ');
      g_string_append_printf (text, _("Author: %s."), syl_author_get_name (author));
    }
  if (g_strcmp0 (encoding, "UTF-8") != 0)
    {
      g_string_append_c (text, ' ');
      /* Translators: %s is a text encoding, such as GB18030. */
      g_string_append_printf (text, _("Read as %s."), encoding);
    }
  append_left_out (self, text);
  gtk_label_set_text (self->summary_label, text->str);
}

/* How many lines were left out as pages' furniture or a contents page. */
static void
append_left_out (SylImportDialog *self,
                 GString         *text)
{
  guint n = 0;

  for (guint i = 0; i < syl_import_result_get_n_lines (self->result); i++)
    {
      SylImportLineRole role = syl_import_result_get_line (self->result, i, NULL, NULL);

      n += role == SYL_IMPORT_LINE_FURNITURE || role == SYL_IMPORT_LINE_CONTENTS;
    }
  if (n == 0)
    return;
  g_string_append_c (text, ' ');
  g_string_append_printf (text, ngettext ("%u line of page headers, footers, page numbers or "
                                          "contents is left out; Lines shows which.",
                                          "%u lines of page headers, footers, page numbers or "
                                          "contents are left out; Lines shows which.", n),
                          n);
}

/* The choice of what lists under headings become, offered only where
 * the file leaves it open.  The rows of the choice are the values of
 * SylImportLists: each list as it reads (short titles are items, sentences
 * notes), all items, all notes.  A file is read the first way; when its
 * lists read differently, a single choice for all would misstate what
 * the preview shows. */
static void
setup_lists (SylImportDialog *self)
{
  gboolean ambiguous = syl_import_result_get_lists_ambiguous (self->result);

  gtk_widget_set_visible (self->lists_group, ambiguous);
  if (ambiguous)
    adw_combo_row_set_selected (self->lists_row, syl_import_result_get_lists_option (self->result));
}

/* Reads the file again with the other choice, and shows what it gives. */
static void
lists_changed_cb (SylImportDialog *self)
{
  SylImportLists lists = (SylImportLists) MIN (adw_combo_row_get_selected (self->lists_row),
                                               SYL_IMPORT_LISTS_NOTES);
  g_autoptr(SylImportResult) again = NULL;
  g_autoptr(GError) error = NULL;

  if (self->result == NULL || !syl_import_result_get_lists_ambiguous (self->result) ||
      lists == syl_import_result_get_lists_option (self->result))
    return;
  again = syl_import_result_reread (self->result, lists, &error);
  if (again == NULL)
    {
      show_error (self, error->message);
      return;
    }
  g_set_object (&self->result, again);
  g_clear_object (&self->preview);
  self->preview = syl_import_result_create_document (again);
  setup_summary (self, self->file_name);
  setup_preview (self);
  setup_lines (self);
  setup_warnings (self);
}

static void
setup_choice (SylImportDialog *self)
{
  g_autofree char *where = NULL;
  g_autofree char *subtitle = NULL;

  gtk_check_button_set_active (self->new_check, TRUE);
  if (self->document == NULL)
    {
      gtk_widget_set_sensitive (GTK_WIDGET (self->insert_row), FALSE);
      adw_action_row_set_subtitle (self->insert_row, _("No outline is open"));
      return;
    }
  if (syl_node_is_root (self->parent))
    {
      adw_action_row_set_subtitle (self->insert_row, _("At the end of the outline"));
      return;
    }
  where = syl_numbering_format_with_title (syl_document_get_numbering (self->document),
                                           self->parent);
  /* Translators: %s is a node's number and title, such as “1.4 Algorithms”. */
  subtitle = g_strdup_printf (_("Below “%s”, after its last item"), where);
  adw_action_row_set_subtitle (self->insert_row, subtitle);
}

static void
show_error (SylImportDialog *self,
            const char      *message)
{
  gtk_label_set_text (self->summary_label, message);
  gtk_widget_add_css_class (GTK_WIDGET (self->summary_label), "error");
}

/**
 * syl_import_dialog_import:
 *
 * Does what the dialog offers: emits ::open-document with the new
 * outline, or inserts into the open one and emits ::inserted, then
 * closes.
 *
 * Returns: whether it was done; if not, the dialog says why
 */
gboolean
syl_import_dialog_import (SylImportDialog *self)
{
  g_autoptr(GError) error = NULL;
  guint index, n;

  g_return_val_if_fail (SYL_IS_IMPORT_DIALOG (self), FALSE);

  if (!syl_import_dialog_get_insert (self))
    {
      g_signal_emit (self, signals[OPEN_DOCUMENT], 0, self->preview);
      gtk_window_close (GTK_WINDOW (self));
      return TRUE;
    }

  /* The place may be gone, if the outline changed behind the dialog. */
  if (!syl_node_is_root (self->parent) &&
      syl_document_find_node (self->document, syl_node_get_id (self->parent)) != self->parent)
    {
      show_error (self, _("The item to insert into is no longer in the outline."));
      return FALSE;
    }
  index = syl_node_get_n_children (self->parent);
  n = g_list_model_get_n_items (syl_import_result_get_nodes (self->result));
  if (!syl_import_result_insert (self->result, self->document, self->parent, index, &error))
    {
      show_error (self, error->message);
      return FALSE;
    }
  g_signal_emit (self, signals[INSERTED], 0, self->parent, index, n);
  gtk_window_close (GTK_WINDOW (self));
  return TRUE;
}

static void
import_clicked_cb (SylImportDialog *self)
{
  syl_import_dialog_import (self);
}

static void
syl_import_dialog_dispose (GObject *object)
{
  SylImportDialog *self = SYL_IMPORT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_IMPORT_DIALOG);
  g_clear_object (&self->rows);
  g_clear_object (&self->warnings);
  g_clear_object (&self->lines);
  g_clear_pointer (&self->file_name, g_free);
  g_clear_object (&self->preview);
  g_clear_object (&self->result);
  g_clear_object (&self->parent);
  g_clear_object (&self->document);

  G_OBJECT_CLASS (syl_import_dialog_parent_class)->dispose (object);
}

static void
syl_import_dialog_class_init (SylImportDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_import_dialog_dispose;

  /**
   * SylImportDialog::open-document:
   * @document: the new outline, which nothing else holds
   */
  signals[OPEN_DOCUMENT] = g_signal_new ("open-document", G_TYPE_FROM_CLASS (klass),
                                         G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                         G_TYPE_NONE, 1, SYL_TYPE_DOCUMENT);
  /**
   * SylImportDialog::inserted:
   * @parent: the node the imported nodes went into
   * @index: the index of the first of them among its children
   * @n_nodes: how many top-level nodes went in
   */
  signals[INSERTED] = g_signal_new ("inserted", G_TYPE_FROM_CLASS (klass),
                                    G_SIGNAL_RUN_LAST, 0, NULL, NULL, NULL,
                                    G_TYPE_NONE, 3, SYL_TYPE_NODE, G_TYPE_UINT, G_TYPE_UINT);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/syllabus/Syllabus/syl-import-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, SylImportDialog, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SylImportDialog, target_group);
  gtk_widget_class_bind_template_child (widget_class, SylImportDialog, lists_group);
  gtk_widget_class_bind_template_child (widget_class, SylImportDialog, lists_row);
  gtk_widget_class_bind_template_child (widget_class, SylImportDialog, lines_view);
  gtk_widget_class_bind_template_child (widget_class, SylImportDialog, insert_row);
  gtk_widget_class_bind_template_child (widget_class, SylImportDialog, new_check);
  gtk_widget_class_bind_template_child (widget_class, SylImportDialog, insert_check);
  gtk_widget_class_bind_template_child (widget_class, SylImportDialog, preview_view);
  gtk_widget_class_bind_template_child (widget_class, SylImportDialog, warnings_expander);
  gtk_widget_class_bind_template_child (widget_class, SylImportDialog, warnings_view);
  gtk_widget_class_bind_template_child (widget_class, SylImportDialog, import_button);
  gtk_widget_class_bind_template_callback (widget_class, import_clicked_cb);
  gtk_widget_class_bind_template_callback (widget_class, lists_changed_cb);
  gtk_widget_class_add_binding_action (widget_class, GDK_KEY_Escape, 0, "window.close", NULL);
}

static void
syl_import_dialog_init (SylImportDialog *self)
{
  g_autofree char *lists = NULL;

  gtk_widget_init_template (GTK_WIDGET (self));
  /* libadwaita 1.2 leaves the lists of these groups unnamed. */
  syl_accessible_name_group_list (self->target_group, _("Where to Import"));
  lists = syl_accessible_dup_row_title (ADW_PREFERENCES_ROW (self->lists_row));
  syl_accessible_name_group_list (ADW_PREFERENCES_GROUP (self->lists_group), lists);
  syl_accessible_name_combo_list (self->lists_row);
}

/**
 * syl_import_dialog_new:
 * @result: what the import read
 * @file_name: the name of the file, as the designer knows it
 * @document: (nullable): the open outline, or %NULL
 * @parent: (nullable): the node of @document to insert below, or its root
 *
 * The dialog starts with “open as a new outline” chosen.
 */
SylImportDialog *
syl_import_dialog_new (SylImportResult *result,
                       const char      *file_name,
                       SylDocument     *document,
                       SylNode         *parent)
{
  g_autoptr(SylDocument) preview = NULL;

  g_return_val_if_fail (SYL_IS_IMPORT_RESULT (result), NULL);

  preview = syl_import_result_create_document (result);
  return syl_import_dialog_new_with_preview (result, preview, file_name, document, parent);
}

/**
 * syl_import_dialog_new_with_preview:
 * @preview: the outline syl_import_result_create_document() made of
 *   @result, such as in a worker thread, since it takes long for a large
 *   file; it is what “open as a new outline” opens
 *
 * syl_import_dialog_new() with the outline of @result made already.
 */
SylImportDialog *
syl_import_dialog_new_with_preview (SylImportResult *result,
                                    SylDocument     *preview,
                                    const char      *file_name,
                                    SylDocument     *document,
                                    SylNode         *parent)
{
  SylImportDialog *self;

  g_return_val_if_fail (SYL_IS_IMPORT_RESULT (result), NULL);
  g_return_val_if_fail (SYL_IS_DOCUMENT (preview), NULL);
  g_return_val_if_fail (file_name != NULL, NULL);
  g_return_val_if_fail (document == NULL || SYL_IS_DOCUMENT (document), NULL);
  g_return_val_if_fail (document == NULL || SYL_IS_NODE (parent), NULL);

  self = g_object_new (SYL_TYPE_IMPORT_DIALOG, NULL);
  self->result = g_object_ref (result);
  self->preview = g_object_ref (preview);
  self->document = document ? g_object_ref (document) : NULL;
  self->parent = document ? g_object_ref (parent) : NULL;
  self->file_name = g_strdup (file_name);

  setup_summary (self, file_name);
  setup_choice (self);
  setup_lists (self);
  setup_preview (self);
  setup_lines (self);
  setup_warnings (self);
  gtk_widget_grab_focus (self->import_button);
  return self;
}

/**
 * syl_import_dialog_get_preview:
 *
 * Returns: (transfer none): the rows of the preview, as #GtkTreeListRow
 */
GListModel *
syl_import_dialog_get_preview (SylImportDialog *self)
{
  g_return_val_if_fail (SYL_IS_IMPORT_DIALOG (self), NULL);
  return G_LIST_MODEL (self->rows);
}

/**
 * syl_import_dialog_get_lines:
 *
 * Returns: (transfer none): what each line of the file became, as the
 *   rows of Lines say it, as #GtkStringObject: “Level 2”, “Notes”,
 *   “Contents page”, or "" for a blank line
 */
GListModel *
syl_import_dialog_get_lines (SylImportDialog *self)
{
  g_return_val_if_fail (SYL_IS_IMPORT_DIALOG (self), NULL);
  return G_LIST_MODEL (self->lines);
}

/**
 * syl_import_dialog_get_result:
 *
 * Returns: (transfer none): what the dialog shows: the import it was made
 *   with, or the file read again with another choice of lists
 */
SylImportResult *
syl_import_dialog_get_result (SylImportDialog *self)
{
  g_return_val_if_fail (SYL_IS_IMPORT_DIALOG (self), NULL);
  return self->result;
}

/**
 * syl_import_dialog_get_warnings:
 *
 * Returns: (transfer none): the warnings as shown, as #GtkStringObject
 */
GListModel *
syl_import_dialog_get_warnings (SylImportDialog *self)
{
  g_return_val_if_fail (SYL_IS_IMPORT_DIALOG (self), NULL);
  return G_LIST_MODEL (self->warnings);
}

gboolean
syl_import_dialog_get_insert (SylImportDialog *self)
{
  g_return_val_if_fail (SYL_IS_IMPORT_DIALOG (self), FALSE);
  return gtk_check_button_get_active (self->insert_check);
}

/**
 * syl_import_dialog_set_insert:
 * @insert: %TRUE to insert into the open outline, %FALSE for a new one
 *
 * Inserting needs an open outline; without one, this does nothing.
 */
void
syl_import_dialog_set_insert (SylImportDialog *self,
                              gboolean         insert)
{
  g_return_if_fail (SYL_IS_IMPORT_DIALOG (self));

  if (insert && self->document == NULL)
    return;
  gtk_check_button_set_active (insert ? self->insert_check : self->new_check, TRUE);
}
