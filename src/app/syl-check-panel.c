/* syl-check-panel.c: the Course Check panel, beside the editor
 *
 * Lists what the course check (syl-check.h) finds, errors first, each row
 * a link to the node it names: activating it emits ::finding-activated,
 * and the window selects the node and the field to fix.  A menu of
 * switches turns rules off for this course, through the document's
 * history, so Ctrl+Z turns them back on.
 *
 * The panel follows the document: a change waits for a pause in the
 * typing (CHECK_DELAY_MS), then the check runs on idle, CHECK_SLICE nodes
 * at a time, so a 100,000-node outline never holds up the window (the
 * figures are in the README), and a change during a run starts it again.
 * At most MAX_LISTED findings are listed, and only the rows that changed
 * are replaced.  While the panel is hidden, nothing runs; it catches up
 * when shown.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <adwaita.h>
#include <glib/gi18n.h>

#include "syl-check-panel.h"
#include "syl-check-row.h"

#define CHECK_DELAY_MS 300
#define CHECK_SLICE    1000
/* GtkListView takes some 6 µs for each item of a new model: 40,000
 * findings would hold up the window for a quarter of a second, and no
 * one reads that many.  Errors come first, so they are always listed. */
#define MAX_LISTED     1000

struct _SylCheckPanel
{
  GtkWidget      parent_instance;

  /* Template widgets. */
  GtkWidget     *box;
  GtkLabel      *summary_label;
  GtkListBox    *rules_list;
  GtkLabel      *unknown_label;
  GtkStack      *stack;
  GtkListView   *list_view;

  SylDocument   *document;
  /* The rows: a heading (GtkStringObject) before each group of findings. */
  GListStore    *rows;
  GtkSwitch     *switches[SYL_CHECK_N_RULES];
  SylCheck      *check;
  guint          delay_id;
  guint          idle_id;
  /* The rows do not show the document as it is now. */
  gboolean       stale;
  /* Set while the panel sets its switches from the document. */
  guint          updating;
};

G_DEFINE_FINAL_TYPE (SylCheckPanel, syl_check_panel, GTK_TYPE_WIDGET)

enum {
  PROP_0,
  PROP_BUSY,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

enum {
  FINDING_ACTIVATED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

/* Showing what was found. */

/* "2 errors · 13 warnings", or only one of them when the other is none,
 * and whether some are not listed. */
static void
update_summary (SylCheckPanel *self,
                guint          n_errors,
                guint          n_warnings)
{
  g_autofree char *errors = NULL;
  g_autofree char *warnings = NULL;
  g_autofree char *counts = NULL;
  g_autofree char *text = NULL;

  errors = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u error", "%u errors", n_errors),
                            n_errors);
  warnings = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u warning", "%u warnings",
                                           n_warnings), n_warnings);
  if (n_errors > 0 && n_warnings > 0)
    /* Translators: the count of findings: "2 errors · 13 warnings". */
    counts = g_strdup_printf (_("%s · %s"), errors, warnings);
  else if (n_errors > 0)
    counts = g_steal_pointer (&errors);
  else if (n_warnings > 0)
    counts = g_steal_pointer (&warnings);

  if (n_errors + n_warnings > MAX_LISTED)
    /* Translators: under the count of findings, when there are too many
     * to list; %u is how many are listed. */
    text = g_strdup_printf (_("%s (the first %u listed)"), counts, MAX_LISTED);
  gtk_label_set_text (self->summary_label, text ? text : counts ? counts : "");
}

static gboolean
rows_equal (GObject *a,
            GObject *b)
{
  if (SYL_IS_FINDING (a) && SYL_IS_FINDING (b))
    return syl_finding_equal (SYL_FINDING (a), SYL_FINDING (b));
  if (GTK_IS_STRING_OBJECT (a) && GTK_IS_STRING_OBJECT (b))
    return g_str_equal (gtk_string_object_get_string (GTK_STRING_OBJECT (a)),
                        gtk_string_object_get_string (GTK_STRING_OBJECT (b)));
  return FALSE;
}

/* Replaces the rows that differ, and only those: the list view builds
 * each new row again, some 200 of them, and with the Chinese text of a
 * large outline that takes a tenth of a second.  A change to one section
 * changes only a row or two. */
static void
replace_rows (SylCheckPanel *self,
              GPtrArray     *rows)
{
  GListModel *model = G_LIST_MODEL (self->rows);
  guint n = g_list_model_get_n_items (model);
  guint prefix = 0;
  guint suffix = 0;

  while (prefix < n && prefix < rows->len)
    {
      g_autoptr(GObject) row = g_list_model_get_item (model, prefix);

      if (!rows_equal (row, g_ptr_array_index (rows, prefix)))
        break;
      prefix++;
    }
  while (suffix < n - prefix && suffix < rows->len - prefix)
    {
      g_autoptr(GObject) row = g_list_model_get_item (model, n - 1 - suffix);

      if (!rows_equal (row, g_ptr_array_index (rows, rows->len - 1 - suffix)))
        break;
      suffix++;
    }
  if (prefix + suffix == n && n == rows->len)
    return;
  g_list_store_splice (self->rows, prefix, n - prefix - suffix, rows->pdata + prefix,
                       rows->len - prefix - suffix);
}

/* Errors first, each group under its heading, in document order. */
static void
show_findings (SylCheckPanel *self,
               GPtrArray     *findings)
{
  g_autoptr(GPtrArray) rows = g_ptr_array_new_with_free_func (g_object_unref);
  guint n_errors = 0;
  guint listed = 0;

  for (guint i = 0; i < findings->len; i++)
    n_errors += syl_finding_get_severity (g_ptr_array_index (findings, i)) == SYL_CHECK_ERROR;

  for (int severity = SYL_CHECK_ERROR; severity <= SYL_CHECK_WARNING; severity++)
    {
      guint n = severity == SYL_CHECK_ERROR ? n_errors : findings->len - n_errors;

      if (n == 0 || listed == MAX_LISTED)
        continue;
      g_ptr_array_add (rows, gtk_string_object_new (severity == SYL_CHECK_ERROR ? _("Errors")
                                                                                : _("Warnings")));
      for (guint i = 0; i < findings->len && listed < MAX_LISTED; i++)
        {
          SylFinding *finding = g_ptr_array_index (findings, i);

          if (syl_finding_get_severity (finding) != (SylCheckSeverity) severity)
            continue;
          g_ptr_array_add (rows, g_object_ref (finding));
          listed++;
        }
    }

  replace_rows (self, rows);
  update_summary (self, n_errors, findings->len - n_errors);
  gtk_stack_set_visible_child_name (self->stack, findings->len > 0 ? "findings" : "clean");
}

/* Running the check. */

typedef enum
{
  RUN_NOT,
  RUN_AFTER_PAUSE,
  RUN_NOW,
} RunWhen;

static gboolean
run_cb (gpointer data)
{
  SylCheckPanel *self = data;

  if (!syl_check_run (self->check, CHECK_SLICE))
    return G_SOURCE_CONTINUE;

  self->idle_id = 0;
  self->stale = FALSE;
  show_findings (self, syl_check_get_findings (self->check));
  g_clear_object (&self->check);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
  return G_SOURCE_REMOVE;
}

static void reschedule (SylCheckPanel *self,
                        RunWhen        when);

static gboolean
delay_cb (gpointer data)
{
  SylCheckPanel *self = data;

  self->delay_id = 0;
  reschedule (self, RUN_NOW);
  return G_SOURCE_REMOVE;
}

/* Drops the check that waits or runs, and starts another @when says. */
static void
reschedule (SylCheckPanel *self,
            RunWhen        when)
{
  gboolean was_busy = syl_check_panel_get_busy (self);

  g_clear_handle_id (&self->delay_id, g_source_remove);
  g_clear_handle_id (&self->idle_id, g_source_remove);
  g_clear_object (&self->check);
  if (self->document == NULL)
    when = RUN_NOT;
  if (when == RUN_NOW)
    {
      self->check = syl_check_new (self->document,
                                   syl_document_get_disabled_rules (self->document));
      self->idle_id = g_idle_add (run_cb, self);
    }
  else if (when == RUN_AFTER_PAUSE)
    {
      self->delay_id = g_timeout_add (CHECK_DELAY_MS, delay_cb, self);
    }
  if (was_busy != syl_check_panel_get_busy (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_BUSY]);
}

/* After a change: the check runs at the next pause, if the panel is on
 * screen to show it, or else once it is. */
static void
schedule (SylCheckPanel *self)
{
  self->stale = TRUE;
  reschedule (self, gtk_widget_get_mapped (GTK_WIDGET (self)) ? RUN_AFTER_PAUSE : RUN_NOT);
}

static void
syl_check_panel_map (GtkWidget *widget)
{
  SylCheckPanel *self = SYL_CHECK_PANEL (widget);

  GTK_WIDGET_CLASS (syl_check_panel_parent_class)->map (widget);
  if (self->stale)
    reschedule (self, RUN_NOW);
}

static void
syl_check_panel_unmap (GtkWidget *widget)
{
  reschedule (SYL_CHECK_PANEL (widget), RUN_NOT);
  GTK_WIDGET_CLASS (syl_check_panel_parent_class)->unmap (widget);
}

/* The rules. */

static void
update_switches (SylCheckPanel *self)
{
  SylCheckRules disabled = self->document ? syl_document_get_disabled_rules (self->document) : 0;
  g_auto(GStrv) unknown = self->document ? syl_document_dup_unknown_rules (self->document) : NULL;

  self->updating++;
  for (guint i = 0; i < SYL_CHECK_N_RULES; i++)
    gtk_switch_set_active (self->switches[i], !(disabled & syl_check_rule_nth (i)));
  self->updating--;

  gtk_widget_set_visible (GTK_WIDGET (self->unknown_label), unknown != NULL && unknown[0] != NULL);
  if (unknown != NULL && unknown[0] != NULL)
    {
      g_autofree char *names = g_strjoinv (", ", unknown);
      /* Translators: %s is a list of names of rules, as the file has them. */
      g_autofree char *text = g_strdup_printf (_("The file also turns off rules this version "
                                                 "does not know: %s."), names);

      gtk_label_set_text (self->unknown_label, text);
    }
}

static void
switch_cb (SylCheckPanel *self,
           GParamSpec    *pspec,
           GtkSwitch     *button)
{
  if (self->updating > 0 || self->document == NULL)
    return;
  for (guint i = 0; i < SYL_CHECK_N_RULES; i++)
    if (self->switches[i] == button)
      syl_document_set_rule_enabled (self->document, syl_check_rule_nth (i),
                                     gtk_switch_get_active (button));
}

/* A row of the menu of rules: what the rule finds, and its switch.  Not
 * an AdwActionRow, whose description would widen the menu to one line. */
static GtkWidget *
rule_row_new (SylCheckRules   rule,
              GtkWidget     **button)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *labels = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (syl_check_rule_get_title (rule));
  GtkWidget *description = gtk_label_new (syl_check_rule_get_description (rule));
  GtkWidget *row = gtk_list_box_row_new ();

  gtk_label_set_xalign (GTK_LABEL (title), 0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_xalign (GTK_LABEL (description), 0);
  gtk_label_set_wrap (GTK_LABEL (description), TRUE);
  gtk_label_set_max_width_chars (GTK_LABEL (description), 36);
  gtk_label_set_width_chars (GTK_LABEL (description), 30);
  gtk_widget_add_css_class (description, "dim-label");
  gtk_widget_add_css_class (description, "caption");
  gtk_widget_set_hexpand (labels, TRUE);
  gtk_box_append (GTK_BOX (labels), title);
  gtk_box_append (GTK_BOX (labels), description);

  *button = gtk_switch_new ();
  gtk_widget_set_valign (*button, GTK_ALIGN_CENTER);
  gtk_accessible_update_relation (GTK_ACCESSIBLE (*button),
                                  GTK_ACCESSIBLE_RELATION_LABELLED_BY, title, NULL,
                                  GTK_ACCESSIBLE_RELATION_DESCRIBED_BY, description, NULL,
                                  -1);
  gtk_box_append (GTK_BOX (box), labels);
  gtk_box_append (GTK_BOX (box), *button);
  gtk_widget_set_margin_top (box, 8);
  gtk_widget_set_margin_bottom (box, 8);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  return row;
}

/* A click beside a switch turns it too, as in a row of preferences. */
static void
rule_activated_cb (SylCheckPanel *self,
                   GtkListBoxRow *row)
{
  GtkSwitch *button = self->switches[gtk_list_box_row_get_index (row)];

  gtk_switch_set_active (button, !gtk_switch_get_active (button));
}

static void
setup_rules (SylCheckPanel *self)
{
  for (guint i = 0; i < SYL_CHECK_N_RULES; i++)
    {
      GtkWidget *button;

      gtk_list_box_append (self->rules_list, rule_row_new (syl_check_rule_nth (i), &button));
      self->switches[i] = GTK_SWITCH (button);
      g_signal_connect_object (button, "notify::active", G_CALLBACK (switch_cb), self,
                               G_CONNECT_SWAPPED);
    }
  g_signal_connect_object (self->rules_list, "row-activated", G_CALLBACK (rule_activated_cb),
                           self, G_CONNECT_SWAPPED);
}

/* The list. */

static void
setup_row_cb (GtkSignalListItemFactory *factory,
              GtkListItem              *item,
              gpointer                  data)
{
  gtk_list_item_set_child (item, syl_check_row_new ());
}

static void
bind_row_cb (GtkSignalListItemFactory *factory,
             GtkListItem              *item,
             gpointer                  data)
{
  GObject *row = gtk_list_item_get_item (item);
  gboolean finding = SYL_IS_FINDING (row);

  syl_check_row_set_item (SYL_CHECK_ROW (gtk_list_item_get_child (item)), row);
  gtk_list_item_set_activatable (item, finding);
  gtk_list_item_set_selectable (item, finding);
}

static void
activate_cb (SylCheckPanel *self,
             guint          position)
{
  g_autoptr(GObject) row = g_list_model_get_item (G_LIST_MODEL (self->rows), position);

  if (SYL_IS_FINDING (row))
    g_signal_emit (self, signals[FINDING_ACTIVATED], 0, row);
}

static void
setup_list (SylCheckPanel *self)
{
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();
  g_autoptr(GtkNoSelection) selection = NULL;

  self->rows = g_list_store_new (G_TYPE_OBJECT);
  selection = gtk_no_selection_new (g_object_ref (G_LIST_MODEL (self->rows)));
  g_signal_connect (factory, "setup", G_CALLBACK (setup_row_cb), NULL);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_row_cb), NULL);
  gtk_list_view_set_factory (self->list_view, factory);
  gtk_list_view_set_model (self->list_view, GTK_SELECTION_MODEL (selection));
}

/* The document. */

static void
document_changed_cb (SylCheckPanel *self)
{
  update_switches (self);
  schedule (self);
}

/**
 * syl_check_panel_set_document:
 * @document: (nullable): the document to check
 */
void
syl_check_panel_set_document (SylCheckPanel *self,
                              SylDocument   *document)
{
  g_return_if_fail (SYL_IS_CHECK_PANEL (self));
  g_return_if_fail (document == NULL || SYL_IS_DOCUMENT (document));

  if (self->document == document)
    return;
  if (self->document != NULL)
    g_signal_handlers_disconnect_by_data (syl_document_get_history (self->document), self);
  reschedule (self, RUN_NOT);
  g_set_object (&self->document, document);
  g_list_store_remove_all (self->rows);
  gtk_label_set_text (self->summary_label, "");
  update_switches (self);
  if (document == NULL)
    return;

  g_signal_connect_object (syl_document_get_history (document), "applied",
                           G_CALLBACK (document_changed_cb), self, G_CONNECT_SWAPPED);
  /* A new document is checked at once, without waiting for a pause. */
  self->stale = TRUE;
  if (gtk_widget_get_mapped (GTK_WIDGET (self)))
    reschedule (self, RUN_NOW);
}

/**
 * syl_check_panel_get_rows:
 *
 * Returns: (transfer none): the rows: for each group of findings, a
 *   #GtkStringObject with its heading, then its #SylFinding objects
 */
GListModel *
syl_check_panel_get_rows (SylCheckPanel *self)
{
  g_return_val_if_fail (SYL_IS_CHECK_PANEL (self), NULL);
  return G_LIST_MODEL (self->rows);
}

/**
 * syl_check_panel_get_busy:
 *
 * Returns: whether a check is waiting or running, so the rows are about
 *   to change
 */
gboolean
syl_check_panel_get_busy (SylCheckPanel *self)
{
  g_return_val_if_fail (SYL_IS_CHECK_PANEL (self), FALSE);
  return self->delay_id != 0 || self->idle_id != 0;
}

/**
 * syl_check_panel_set_read_only:
 *
 * For review mode, where only comments change: the findings stay, the
 * switches of the rules do not turn.
 */
void
syl_check_panel_set_read_only (SylCheckPanel *self,
                               gboolean       read_only)
{
  g_return_if_fail (SYL_IS_CHECK_PANEL (self));
  gtk_widget_set_sensitive (GTK_WIDGET (self->rules_list), !read_only);
}

/* The switch of @rule in the menu of rules, for tests. */
GtkWidget *
syl_check_panel_get_switch (SylCheckPanel *self,
                            SylCheckRules  rule)
{
  g_return_val_if_fail (SYL_IS_CHECK_PANEL (self), NULL);

  for (guint i = 0; i < SYL_CHECK_N_RULES; i++)
    if (syl_check_rule_nth (i) == rule)
      return GTK_WIDGET (self->switches[i]);
  g_return_val_if_reached (NULL);
}

static void
syl_check_panel_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  SylCheckPanel *self = SYL_CHECK_PANEL (object);

  if (prop_id == PROP_BUSY)
    g_value_set_boolean (value, syl_check_panel_get_busy (self));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
syl_check_panel_dispose (GObject *object)
{
  SylCheckPanel *self = SYL_CHECK_PANEL (object);

  syl_check_panel_set_document (self, NULL);
  gtk_widget_dispose_template (GTK_WIDGET (self), SYL_TYPE_CHECK_PANEL);
  g_clear_object (&self->rows);

  G_OBJECT_CLASS (syl_check_panel_parent_class)->dispose (object);
}

static void
syl_check_panel_class_init (SylCheckPanelClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = syl_check_panel_dispose;
  object_class->get_property = syl_check_panel_get_property;
  widget_class->map = syl_check_panel_map;
  widget_class->unmap = syl_check_panel_unmap;

  properties[PROP_BUSY] =
    g_param_spec_boolean ("busy", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * SylCheckPanel::finding-activated:
   * @finding: the finding the user chose
   */
  signals[FINDING_ACTIVATED] =
    g_signal_new ("finding-activated",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 1, SYL_TYPE_FINDING);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/syllabus/Syllabus/syl-check-panel.ui");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_GROUP);
  gtk_widget_class_bind_template_child (widget_class, SylCheckPanel, box);
  gtk_widget_class_bind_template_child (widget_class, SylCheckPanel, summary_label);
  gtk_widget_class_bind_template_child (widget_class, SylCheckPanel, rules_list);
  gtk_widget_class_bind_template_child (widget_class, SylCheckPanel, unknown_label);
  gtk_widget_class_bind_template_child (widget_class, SylCheckPanel, stack);
  gtk_widget_class_bind_template_child (widget_class, SylCheckPanel, list_view);
  gtk_widget_class_bind_template_callback (widget_class, activate_cb);
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
}

static void
syl_check_panel_init (SylCheckPanel *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  setup_list (self);
  setup_rules (self);
  update_switches (self);
}
