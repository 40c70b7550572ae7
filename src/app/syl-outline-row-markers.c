/* syl-outline-row-markers.c: what a row shows that its section has
 *
 * After the title, a few small markers say what the section has (notes,
 * objectives, examples, a duration) and what it lacks, and at the row's
 * end a column gives its duration, or the total of its parts.  The view
 * says which of them to show, from the settings "row-markers" and
 * "row-durations" (see syl-outline-view-markers.c).
 *
 * A marker the section has is a small symbolic icon, dimmed as the
 * numbers are; one it lacks is a small hollow ring in the same place,
 * fainter.  The ring differs from the icon in shape, not only in shade,
 * and the markers stand in the same order on every row, so that they
 * read down the outline as columns.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>

#include "syl-outline-row-layout.h"
#include "syl-outline-row-private.h"

#define MISSING_ICON "syl-marker-missing-symbolic"

static guint
count_objectives (SylNode *node)
{
  const char * const *objectives = syl_node_get_objectives (node);

  return objectives != NULL ? g_strv_length ((char **) objectives) : 0;
}

/* What the markers would say now, in one number: which markers are
 * shown, what the section has of each and how many. */
static guint
markers_key (SylOutlineRow *self)
{
  guint objectives = MIN (count_objectives (self->node), 0xff);
  guint examples = MIN (g_list_model_get_n_items (syl_node_get_examples (self->node)), 0xff);

  return 1u << 31 | (guint) self->markers << 24 | objectives << 16 | examples << 8 |
         (*syl_node_get_notes (self->node) != '\0') << 1 |
         (syl_node_get_duration_minutes (self->node) >= 0);
}

static void
show_marker (GtkImage   *image,
             gboolean    shown,
             gboolean    has,
             const char *icon_name)
{
  const char *name = has ? icon_name : MISSING_ICON;

  gtk_widget_set_visible (GTK_WIDGET (image), shown);
  if (!shown)
    return;
  if (g_strcmp0 (gtk_image_get_icon_name (image), name) != 0)
    gtk_image_set_from_icon_name (image, name);
  if (has)
    gtk_widget_remove_css_class (GTK_WIDGET (image), "missing");
  else
    gtk_widget_add_css_class (GTK_WIDGET (image), "missing");
}

/* Says @has_it, or else @lacks, in @list. */
static void
add_part (GPtrArray  *has,
          GPtrArray  *lacks,
          gboolean    has_it,
          char       *what,
          const char *lacking)
{
  if (has_it)
    g_ptr_array_add (has, what);
  else
    {
      g_free (what);
      g_ptr_array_add (lacks, g_strdup (lacking));
    }
}

static char *
join (GPtrArray *parts)
{
  g_ptr_array_add (parts, NULL);
  /* Translators: between the things a section has, or lacks:
   * “notes, 2 objectives”. */
  return g_strjoinv (_(", "), (char **) parts->pdata);
}

/* The sentence starts with a capital, in the languages that have them. */
static char *
capitalize (char *text)
{
  gunichar first = g_utf8_get_char (text);
  char buffer[8];
  int length;

  if (g_unichar_totitle (first) == first)
    return text;
  length = g_unichar_to_utf8 (g_unichar_totitle (first), buffer);
  buffer[length] = '\0';
  return g_strconcat (buffer, g_utf8_next_char (text), NULL);
}

static char *
describe (SylOutlineRow *self)
{
  g_autoptr(GPtrArray) has = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) lacks = g_ptr_array_new_with_free_func (g_free);
  g_autofree char *has_text = NULL;
  g_autofree char *lacks_text = NULL;
  g_autofree char *text = NULL;
  char *capital;
  guint objectives = count_objectives (self->node);
  guint examples = g_list_model_get_n_items (syl_node_get_examples (self->node));
  int minutes = syl_node_get_duration_minutes (self->node);

  /* Translators: the parts of what the row markers say a section has and
   * lacks, as in “Notes, 2 objectives; no examples, no duration”. */
  if (self->markers & SYL_ROW_MARKER_NOTES)
    add_part (has, lacks, *syl_node_get_notes (self->node) != '\0', g_strdup (_("notes")),
              _("no notes"));
  if (self->markers & SYL_ROW_MARKER_OBJECTIVES)
    add_part (has, lacks, objectives > 0,
              g_strdup_printf (ngettext ("%u objective", "%u objectives", objectives), objectives),
              _("no objectives"));
  if (self->markers & SYL_ROW_MARKER_EXAMPLES)
    add_part (has, lacks, examples > 0,
              g_strdup_printf (ngettext ("%u example", "%u examples", examples), examples),
              _("no examples"));
  if (self->markers & SYL_ROW_MARKER_DURATION)
    add_part (has, lacks, minutes >= 0, syl_format_minutes (minutes), _("no duration"));

  has_text = join (has);
  lacks_text = join (lacks);
  if (*has_text != '\0' && *lacks_text != '\0')
    /* Translators: what a section has, then what it lacks:
     * “Notes, 2 objectives; no examples, no duration”. */
    text = g_strdup_printf (_("%s; %s"), has_text, lacks_text);
  else
    text = g_strdup (*has_text != '\0' ? has_text : lacks_text);
  capital = capitalize (text);
  return capital == text ? g_steal_pointer (&text) : capital;
}

/**
 * _syl_outline_row_update_markers:
 *
 * Shows what the node has and lacks, after the node or the settings
 * changed.  Only sections get markers: a discussion or a worked example
 * has no objectives or examples of its own to lack.
 */
void
_syl_outline_row_update_markers (SylOutlineRow *self)
{
  g_autofree char *description = NULL;
  gboolean shown;
  guint key;

  if (self->node == NULL)
    return;
  shown = self->markers != 0 && syl_node_get_kind (self->node) == SYL_NODE_KIND_SECTION;
  gtk_widget_set_visible (self->markers_box, shown);
  if (!shown)
    return;

  /* Typing in the notes tells the row at each key; most keys change
   * nothing the markers say. */
  key = markers_key (self);
  if (key == self->markers_key)
    return;
  self->markers_key = key;

  show_marker (self->notes_marker, self->markers & SYL_ROW_MARKER_NOTES,
               *syl_node_get_notes (self->node) != '\0', "syl-notes-symbolic");
  show_marker (self->objectives_marker, self->markers & SYL_ROW_MARKER_OBJECTIVES,
               count_objectives (self->node) > 0, "syl-objectives-symbolic");
  show_marker (self->examples_marker, self->markers & SYL_ROW_MARKER_EXAMPLES,
               g_list_model_get_n_items (syl_node_get_examples (self->node)) > 0,
               "syl-examples-symbolic");
  show_marker (self->duration_marker, self->markers & SYL_ROW_MARKER_DURATION,
               syl_node_get_duration_minutes (self->node) >= 0, "syl-duration-symbolic");

  description = describe (self);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->markers_box),
                                  GTK_ACCESSIBLE_PROPERTY_DESCRIPTION, description, -1);
}

/* The row is bound to another node next: its markers are made anew. */
void
_syl_outline_row_forget_markers (SylOutlineRow *self)
{
  self->markers_key = 0;
}

/* What the row shows of a chapter's total. */
static char *
dup_total_text (gint64 minutes)
{
  g_autofree char *text = syl_format_minutes (minutes);

  /* Translators: a chapter's total in its row, the sum of its parts'
   * durations; %s is a duration such as “3 h 30 min”. */
  return g_strdup_printf (C_("row total", "Σ %s"), text);
}

/* A duration of the section's own, or else the total of its parts, which
 * starts with "Σ" and is fainter: the parts' durations add up to it, and
 * it changes with them. */
void
_syl_outline_row_update_duration (SylOutlineRow *self)
{
  g_autofree char *text = NULL;
  g_autofree char *spoken = NULL;
  int own;
  gint64 total;
  gboolean rolled_up;

  if (self->node == NULL)
    return;
  gtk_widget_set_visible (GTK_WIDGET (self->duration_label), self->durations);
  if (!self->durations)
    return;

  own = syl_node_get_duration_minutes (self->node);
  total = syl_node_get_total_minutes (self->node);
  rolled_up = own < 0 && total >= 0;
  if (own >= 0)
    text = syl_format_minutes (own);
  else if (rolled_up)
    {
      g_autofree char *minutes = syl_format_minutes (total);

      text = dup_total_text (total);
      /* Translators: what a screen reader says for “Σ 3 h 30 min”. */
      spoken = g_strdup_printf (_("Total %s"), minutes);
    }
  else
    text = g_strdup ("");

  if (g_strcmp0 (gtk_label_get_text (self->duration_label), text) == 0)
    return;
  gtk_label_set_text (self->duration_label, text);
  gtk_accessible_update_property (GTK_ACCESSIBLE (self->duration_label),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, spoken ? spoken : text, -1);
  if (rolled_up)
    gtk_widget_add_css_class (GTK_WIDGET (self->duration_label), "total");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self->duration_label), "total");
}

/* Tooltips are made when asked for; see title_query_tooltip_cb(). */
static gboolean
markers_query_tooltip_cb (SylOutlineRow *self,
                          int            x,
                          int            y,
                          gboolean       keyboard,
                          GtkTooltip    *tooltip)
{
  g_autofree char *text = NULL;

  if (self->node == NULL)
    return FALSE;
  text = describe (self);
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

static gboolean
duration_query_tooltip_cb (SylOutlineRow *self,
                           int            x,
                           int            y,
                           gboolean       keyboard,
                           GtkTooltip    *tooltip)
{
  g_autofree char *minutes = NULL;
  g_autofree char *text = NULL;
  int own;
  gint64 total;

  if (self->node == NULL)
    return FALSE;
  own = syl_node_get_duration_minutes (self->node);
  total = syl_node_get_total_minutes (self->node);
  if (own >= 0)
    {
      minutes = syl_format_minutes (own);
      /* Translators: the tooltip of a section's duration in its row. */
      text = g_strdup_printf (_("Duration: %s"), minutes);
    }
  else if (total >= 0)
    {
      minutes = syl_format_minutes (total);
      /* Translators: the tooltip of “Σ 3 h 30 min” in a chapter's row. */
      text = g_strdup_printf (_("Total of the parts’ durations: %s"), minutes);
    }
  else
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

void
_syl_outline_row_markers_init (SylOutlineRow *self)
{
  /* The duration column is as wide as a total of hours and minutes, so
   * that the markers before it stand in a column too; a longer total only
   * pushes its own row's markers.  The markers give way before the title
   * is cut. */
  g_autofree char *sample = dup_total_text (9 * 60 + 55);

  gtk_widget_set_layout_manager (self->content_box,
                                 syl_outline_row_layout_new (GTK_WIDGET (self->title_stack),
                                                             self->markers_box,
                                                             GTK_WIDGET (self->duration_label),
                                                             sample));
  self->markers = SYL_ROW_MARKER_NOTES | SYL_ROW_MARKER_OBJECTIVES;
  self->durations = TRUE;
  g_signal_connect_object (self->markers_box, "query-tooltip",
                           G_CALLBACK (markers_query_tooltip_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->duration_label, "query-tooltip",
                           G_CALLBACK (duration_query_tooltip_cb), self, G_CONNECT_SWAPPED);
}

/**
 * syl_outline_row_set_markers:
 * @markers: the markers to show
 * @durations: whether to show the duration column
 *
 * What the settings ask rows to show.  The view tells every row it binds,
 * and the rows bound when a setting changes.
 */
void
syl_outline_row_set_markers (SylOutlineRow *self,
                             SylRowMarkers  markers,
                             gboolean       durations)
{
  g_return_if_fail (SYL_IS_OUTLINE_ROW (self));

  durations = !!durations;
  if (self->markers == markers && self->durations == durations)
    return;
  self->markers = markers;
  self->durations = durations;
  self->markers_key = 0;
  _syl_outline_row_update_markers (self);
  _syl_outline_row_update_duration (self);
}

/**
 * syl_outline_row_dup_markers_description:
 *
 * Returns: (nullable): what the markers say in words, or %NULL when they
 *   are not shown
 */
char *
syl_outline_row_dup_markers_description (SylOutlineRow *self)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_ROW (self), NULL);

  if (self->node == NULL || !gtk_widget_get_visible (self->markers_box))
    return NULL;
  return describe (self);
}

/* The markers' box, whose images tests read. */
GtkWidget *
syl_outline_row_get_markers (SylOutlineRow *self)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_ROW (self), NULL);
  return self->markers_box;
}

GtkLabel *
syl_outline_row_get_duration_label (SylOutlineRow *self)
{
  g_return_val_if_fail (SYL_IS_OUTLINE_ROW (self), NULL);
  return self->duration_label;
}
