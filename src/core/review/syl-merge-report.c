/* syl-merge-report.c: what merging reviewers' copies did
 *
 * The report lists everything the merge brought in, and everything it
 * could not bring in: comments on sections the author has deleted since,
 * which are kept nowhere in the document, so their whole text is here.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "syl-merge-private.h"

#define SHORT_TEXT_CHARS 60

struct _SylMergeReport
{
  GObject    parent_instance;

  GPtrArray *items[SYL_MERGE_N_KINDS];
  guint      n_copies;
};

G_DEFINE_FINAL_TYPE (SylMergeReport, syl_merge_report, G_TYPE_OBJECT)

static void
merge_item_free (SylMergeItem *item)
{
  g_free (item->source);
  g_free (item->section);
  g_free (item->comment_id);
  g_free (item->author);
  g_free (item->text);
  g_strfreev (item->replies);
  g_free (item);
}

static void
syl_merge_report_finalize (GObject *object)
{
  SylMergeReport *self = SYL_MERGE_REPORT (object);

  for (guint i = 0; i < SYL_MERGE_N_KINDS; i++)
    g_clear_pointer (&self->items[i], g_ptr_array_unref);

  G_OBJECT_CLASS (syl_merge_report_parent_class)->finalize (object);
}

static void
syl_merge_report_class_init (SylMergeReportClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = syl_merge_report_finalize;
}

static void
syl_merge_report_init (SylMergeReport *self)
{
  for (guint i = 0; i < SYL_MERGE_N_KINDS; i++)
    self->items[i] = g_ptr_array_new_with_free_func ((GDestroyNotify) merge_item_free);
}

SylMergeReport *
_syl_merge_report_new (guint n_copies)
{
  SylMergeReport *self = g_object_new (SYL_TYPE_MERGE_REPORT, NULL);

  self->n_copies = n_copies;
  return self;
}

/* Records one thing the merge did; the item takes @replies. */
void
_syl_merge_report_add (SylMergeReport *self,
                       SylMergeKind    kind,
                       const char     *source,
                       const char     *section,
                       const char     *comment_id,
                       const char     *author,
                       const char     *text,
                       char          **replies)
{
  SylMergeItem *item = g_new0 (SylMergeItem, 1);

  item->kind = kind;
  item->source = g_strdup (source);
  item->section = g_strdup (section);
  item->comment_id = g_strdup (comment_id);
  item->author = g_strdup (author);
  item->text = g_strdup (text);
  item->replies = replies;
  g_ptr_array_add (self->items[kind], item);
}

guint
syl_merge_report_get_n_copies (SylMergeReport *self)
{
  g_return_val_if_fail (SYL_IS_MERGE_REPORT (self), 0);
  return self->n_copies;
}

guint
syl_merge_report_count (SylMergeReport *self,
                        SylMergeKind    kind)
{
  g_return_val_if_fail (SYL_IS_MERGE_REPORT (self), 0);
  g_return_val_if_fail (kind < SYL_MERGE_N_KINDS, 0);
  return self->items[kind]->len;
}

/**
 * syl_merge_report_get_item:
 *
 * Returns: (transfer none): the item at @index of the list of @kind, in
 *   the order the merge met them: copy by copy, in document order
 */
const SylMergeItem *
syl_merge_report_get_item (SylMergeReport *self,
                           SylMergeKind    kind,
                           guint           index)
{
  g_return_val_if_fail (SYL_IS_MERGE_REPORT (self), NULL);
  g_return_val_if_fail (kind < SYL_MERGE_N_KINDS, NULL);
  g_return_val_if_fail (index < self->items[kind]->len, NULL);
  return g_ptr_array_index (self->items[kind], index);
}

/**
 * syl_merge_report_changed:
 *
 * Returns: whether the merge changed the document
 */
gboolean
syl_merge_report_changed (SylMergeReport *self)
{
  g_return_val_if_fail (SYL_IS_MERGE_REPORT (self), FALSE);

  for (guint i = 0; i < SYL_MERGE_N_KINDS; i++)
    if (i != SYL_MERGE_ORPHAN && self->items[i]->len > 0)
      return TRUE;
  return FALSE;
}

static const char *
count_phrase (SylMergeKind kind,
              guint        n)
{
  switch (kind)
    {
    case SYL_MERGE_ADDED_COMMENT:
      return ngettext ("%u new comment", "%u new comments", n);
    case SYL_MERGE_ADDED_REPLY:
      return ngettext ("%u new reply", "%u new replies", n);
    case SYL_MERGE_RESOLVED:
      return ngettext ("%u resolution", "%u resolutions", n);
    case SYL_MERGE_EDITED:
      return ngettext ("%u edited comment", "%u edited comments", n);
    case SYL_MERGE_ORPHAN:
      return ngettext ("%u comment on a deleted section", "%u comments on deleted sections", n);
    case SYL_MERGE_CONFLICT:
      return ngettext ("%u conflicting version", "%u conflicting versions", n);
    case SYL_MERGE_TOOK:
      return ngettext ("%u change taken from the other side",
                       "%u changes taken from the other side", n);
    case SYL_MERGE_KEPT:
      return ngettext ("%u conflict", "%u conflicts", n);
    default:
      g_assert_not_reached ();
    }
}

/**
 * syl_merge_report_dup_summary:
 *
 * Returns: (transfer full): one sentence: "3 new comments, 1 new reply,
 *   1 resolution.", or that there was nothing new
 */
char *
syl_merge_report_dup_summary (SylMergeReport *self)
{
  g_autoptr(GString) text = g_string_new (NULL);

  g_return_val_if_fail (SYL_IS_MERGE_REPORT (self), NULL);

  for (guint i = 0; i < SYL_MERGE_N_KINDS; i++)
    {
      guint n = self->items[i]->len;

      if (n == 0)
        continue;
      if (text->len > 0)
        /* Translators: between the parts of "3 new comments, 1 resolution". */
        g_string_append (text, _(", "));
      g_string_append_printf (text, count_phrase (i, n), n);
    }
  if (text->len == 0)
    return g_strdup (_("Nothing new in the reviews."));
  /* Translators: the end of the summary sentence of a merge. */
  g_string_append (text, _("."));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static void
append_orphan (GString            *out,
               const SylMergeItem *item)
{
  /* Translators: a comment on a deleted section: file, section, author. */
  g_string_append_printf (out, _("%s, “%s”, by %s:\n"), item->source, item->section,
                          *item->author ? item->author : _("Anonymous"));
  g_string_append_printf (out, "    %s\n", item->text);
  for (guint i = 0; item->replies != NULL && item->replies[i] != NULL; i++)
    g_string_append_printf (out, "    — %s\n", item->replies[i]);
}

static void
append_short (GString            *out,
              const SylMergeItem *item)
{
  glong length = g_utf8_strlen (item->text, -1);
  /* GLib 2.74's g_utf8_substring() reads past the end of a shorter text. */
  g_autofree char *text = g_utf8_substring (item->text, 0, MIN (length, SHORT_TEXT_CHARS));
  const char *more = length > SHORT_TEXT_CHARS ? "…" : "";

  g_strdelimit (text, "\n", ' ');
  /* Translators: one conflicting version: file, section, author, text. */
  g_string_append_printf (out, _("%s, “%s”, by %s: “%s%s”\n"), item->source, item->section,
                          *item->author ? item->author : _("Anonymous"), text, more);
}

static void
append_kept (GString            *out,
             const SylMergeItem *item)
{
  g_autofree char *text = g_strdup (item->text);

  g_strdelimit (text, "\n", ' ');
  /* Translators: one conflict of a three-way merge: section, then what
   * the other side had. */
  g_string_append_printf (out, _("“%s”: %s\n"), item->section, text);
}

/**
 * syl_merge_report_to_text:
 *
 * Returns: (transfer full): the summary sentence, then the comments on
 *   deleted sections with their whole text, then the conflicting
 *   versions, as lines of text for a dialog or a terminal
 */
char *
syl_merge_report_to_text (SylMergeReport *self)
{
  g_autofree char *summary = NULL;
  GString *out;

  g_return_val_if_fail (SYL_IS_MERGE_REPORT (self), NULL);

  summary = syl_merge_report_dup_summary (self);
  out = g_string_new (summary);
  g_string_append_c (out, '\n');
  if (self->items[SYL_MERGE_ORPHAN]->len > 0)
    {
      g_string_append_printf (out, "\n%s\n",
                              _("On sections deleted since, so not added to the outline:"));
      for (guint i = 0; i < self->items[SYL_MERGE_ORPHAN]->len; i++)
        append_orphan (out, g_ptr_array_index (self->items[SYL_MERGE_ORPHAN], i));
    }
  if (self->items[SYL_MERGE_CONFLICT]->len > 0)
    {
      g_string_append_printf (out, "\n%s\n",
                              _("Changed differently in several copies; each version was "
                                "added as a reply to the comment:"));
      for (guint i = 0; i < self->items[SYL_MERGE_CONFLICT]->len; i++)
        append_short (out, g_ptr_array_index (self->items[SYL_MERGE_CONFLICT], i));
    }
  if (self->items[SYL_MERGE_KEPT]->len > 0)
    {
      g_string_append_printf (out, "\n%s\n",
                              _("Changed differently on both sides; this version was kept "
                                "and the other noted in a comment:"));
      for (guint i = 0; i < self->items[SYL_MERGE_KEPT]->len; i++)
        append_kept (out, g_ptr_array_index (self->items[SYL_MERGE_KEPT], i));
    }
  return g_string_free (out, FALSE);
}
