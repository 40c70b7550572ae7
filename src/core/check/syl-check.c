/* syl-check.c: the course check: what a course designer should look at
 *
 * One walk over the outline, in document order, finds what each rule
 * looks for (syl-check-rules.c names them; docs/format.md and the README
 * say what each means).  Two rules need the whole outline before they can
 * tell: whether most sections of a level have objectives, and so whether
 * those without are missing them; so those candidates wait for the end.
 * Findings are listed in document order, the course's own first.
 *
 * A real course is written a chapter at a time, and a chapter still in
 * outline has all of its sections empty: listing each would bury what
 * matters.  So when a chapter has more than MAX_PER_CHAPTER empty sections,
 * or sections missing objectives, it gets one finding that counts them and
 * selects them all.  Durations are checked only in a course that uses
 * them, and a part with no duration anywhere in it is one finding, not one
 * for each of its sections.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "syl-check.h"
#include "syl-check-private.h"
#include "syl-search.h"

#define MAX_PER_CHAPTER 3

/* The sections of one level of the outline, and how many have objectives. */
typedef struct
{
  guint n_sections;
  guint n_with_objectives;
} Level;

/* A node that may be listed, once more is known.  Nodes are not owned:
 * the tree does not change during a walk (see changing_cb()). */
typedef struct
{
  SylNode *node;
  guint    position;
  guint    depth;
  SylNode *chapter;
  guint    chapter_position;
} Candidate;

typedef struct
{
  guint       position;
  SylFinding *finding;
} Entry;

struct _SylCheck
{
  GObject        parent_instance;

  SylDocument   *document;
  SylCheckRules  rules;
  gboolean       started;
  gboolean       done;
  SylNodeIter    iter;
  /* The node's place in document order, from 1; 0 is the course. */
  guint          position;

  /* missing-duration: whether the course uses durations, and the depth of
   * the node whose finding or own duration covers the nodes below it. */
  gboolean       uses_durations;
  guint          covered_depth;

  /* The chapter of the current node, and its empty sections so far. */
  SylNode       *chapter;
  guint          chapter_position;
  GArray        *empty;

  /* missing-objectives: Level by depth from 1, and the candidates. */
  GArray        *levels;
  GArray        *unaimed;

  /* duplicate-title: by depth from 1, the folded titles of the children
   * of one parent seen so far (title → first node), and that parent. */
  GPtrArray     *titles;
  GPtrArray     *title_parents;

  GArray        *entries;
  GPtrArray     *findings;
};

G_DEFINE_FINAL_TYPE (SylCheck, syl_check, G_TYPE_OBJECT)

static void
clear_entry (gpointer data)
{
  g_clear_object (&((Entry *) data)->finding);
}

static void
reset (SylCheck *self)
{
  self->started = FALSE;
  self->done = FALSE;
  self->position = 0;
  self->covered_depth = 0;
  self->chapter = NULL;
  g_array_set_size (self->empty, 0);
  g_array_set_size (self->levels, 0);
  g_array_set_size (self->unaimed, 0);
  g_ptr_array_set_size (self->titles, 0);
  g_ptr_array_set_size (self->title_parents, 0);
  g_array_set_size (self->entries, 0);
  g_ptr_array_set_size (self->findings, 0);
}

/* A change now could free the nodes the walk holds: it starts again. */
static void
changing_cb (SylCheck *self)
{
  reset (self);
}

static void
syl_check_dispose (GObject *object)
{
  SylCheck *self = SYL_CHECK (object);

  g_clear_object (&self->document);

  G_OBJECT_CLASS (syl_check_parent_class)->dispose (object);
}

static void
syl_check_finalize (GObject *object)
{
  SylCheck *self = SYL_CHECK (object);

  g_array_unref (self->empty);
  g_array_unref (self->levels);
  g_array_unref (self->unaimed);
  g_ptr_array_unref (self->titles);
  g_ptr_array_unref (self->title_parents);
  g_array_unref (self->entries);
  g_ptr_array_unref (self->findings);

  G_OBJECT_CLASS (syl_check_parent_class)->finalize (object);
}

static void
syl_check_class_init (SylCheckClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = syl_check_dispose;
  object_class->finalize = syl_check_finalize;
}

static void
syl_check_init (SylCheck *self)
{
  self->empty = g_array_new (FALSE, FALSE, sizeof (Candidate));
  self->levels = g_array_new (FALSE, TRUE, sizeof (Level));
  self->unaimed = g_array_new (FALSE, FALSE, sizeof (Candidate));
  self->titles = g_ptr_array_new_with_free_func ((GDestroyNotify) g_hash_table_unref);
  self->title_parents = g_ptr_array_new ();
  self->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  g_array_set_clear_func (self->entries, clear_entry);
  self->findings = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * syl_check_new:
 * @disabled: the rules not to run, such as syl_document_get_disabled_rules()
 *
 * Returns: (transfer full): a check of @document that has not run yet
 */
SylCheck *
syl_check_new (SylDocument   *document,
               SylCheckRules  disabled)
{
  SylCheck *self;

  g_return_val_if_fail (SYL_IS_DOCUMENT (document), NULL);

  self = g_object_new (SYL_TYPE_CHECK, NULL);
  self->document = g_object_ref (document);
  self->rules = SYL_CHECK_ALL_RULES & ~disabled;
  g_signal_connect_object (syl_document_get_history (document), "changing",
                           G_CALLBACK (changing_cb), self, G_CONNECT_SWAPPED);
  return self;
}

/* What a node holds. */

static gboolean
has_objectives (SylNode *node)
{
  const char * const *objectives = syl_node_get_objectives (node);

  for (guint i = 0; objectives[i] != NULL; i++)
    if (!_syl_check_is_blank (objectives[i]))
      return TRUE;
  return FALSE;
}

/* Nothing in it but its title (and perhaps a duration). */
static gboolean
has_nothing (SylNode *node)
{
  return syl_node_get_n_children (node) == 0 &&
         _syl_check_is_blank (syl_node_get_notes (node)) &&
         g_list_model_get_n_items (syl_node_get_examples (node)) == 0;
}

/* Findings. */

static void
add (SylCheck      *self,
     guint          position,
     SylCheckRules  rule,
     SylNode       *node,
     const char    *message)
{
  g_autofree char *number = NULL;
  const char *title;
  Entry entry;

  if (node != NULL)
    {
      number = syl_document_dup_number (self->document, node);
      title = syl_node_get_title (node);
    }
  else
    title = syl_document_get_title (self->document);

  entry.position = position;
  entry.finding = _syl_finding_new (rule, node, number, title, message);
  if (node != NULL)
    _syl_finding_add_node (entry.finding, node);
  g_array_append_val (self->entries, entry);
}

/* One finding on a chapter for @n candidates of @rule from @first on. */
static void
add_summary (SylCheck        *self,
             SylCheckRules    rule,
             const Candidate *first,
             guint            n,
             const char      *message)
{
  Entry *entry;

  add (self, first->chapter_position, rule, first->chapter, message);
  entry = &g_array_index (self->entries, Entry, self->entries->len - 1);
  g_ptr_array_set_size (syl_finding_get_nodes (entry->finding), 0);
  for (guint i = 0; i < n; i++)
    _syl_finding_add_node (entry->finding, first[i].node);
}

static char *
format_over (gint64      minutes,
             gint64      goal,
             const char *format)
{
  g_autofree char *taken = syl_format_minutes (minutes);
  g_autofree char *over = syl_format_minutes (minutes - goal);
  g_autofree char *planned = syl_format_minutes (goal);

  return g_strdup_printf (format, taken, over, planned);
}

/* The course's own findings, before any node's. */
static void
check_course (SylCheck *self)
{
  SylNode *root = syl_document_get_root (self->document);
  int target = syl_document_get_target_minutes (self->document);
  gint64 total = syl_node_get_total_minutes (root);

  self->uses_durations = target >= 0 || total >= 0;
  if ((self->rules & SYL_CHECK_OVER_TARGET) && target >= 0 && total > target)
    {
      /* Translators: the course over its target time: "takes 13 h,
       * 1 h over its target of 12 h". */
      const char *format = _("takes %s, %s over its target of %s");
      g_autofree char *message = format_over (total, target, format);

      add (self, 0, SYL_CHECK_OVER_TARGET, NULL, message);
    }
}

/* The time @node's children take, or -1 when none has a duration. */
static gint64
children_minutes (SylNode *node)
{
  gint64 sum = -1;

  for (guint i = 0; i < syl_node_get_n_children (node); i++)
    {
      gint64 minutes = syl_node_get_total_minutes (syl_node_get_child (node, i));

      if (minutes >= 0)
        sum = MAX (sum, 0) + minutes;
    }
  return sum;
}

/* over-target and missing-duration. */
static void
check_time (SylCheck *self,
            SylNode  *node,
            guint     depth)
{
  int own = syl_node_get_duration_minutes (node);
  gint64 parts = own >= 0 ? children_minutes (node) : -1;

  if ((self->rules & SYL_CHECK_OVER_TARGET) && own >= 0 && parts > own)
    {
      /* Translators: a part whose sections take longer than the duration
       * it was given: "its parts take 2 h 30 min, 30 min over its own 2 h". */
      const char *format = _("its parts take %s, %s over its own %s");
      g_autofree char *message = format_over (parts, own, format);

      add (self, self->position, SYL_CHECK_OVER_TARGET, node, message);
    }

  if (!(self->rules & SYL_CHECK_MISSING_DURATION) || !self->uses_durations)
    return;
  if (self->covered_depth > 0 && depth > self->covered_depth)
    return;
  self->covered_depth = 0;
  /* A duration of its own, with none for its parts, times the whole. */
  if (syl_node_get_total_minutes (node) < 0 || (own >= 0 && parts < 0))
    self->covered_depth = depth;
  if (syl_node_get_total_minutes (node) < 0)
    add (self, self->position, SYL_CHECK_MISSING_DURATION, node, _("no duration"));
}

static void
check_duplicate (SylCheck *self,
                 SylNode  *node,
                 guint     depth)
{
  g_autofree char *title = g_strstrip (g_strdup (syl_node_get_title (node)));
  SylNode *parent = syl_node_get_parent (node);
  g_autofree char *folded = NULL;
  GHashTable *titles;
  SylNode *first;

  if (_syl_check_is_blank (title))
    return;
  if (self->titles->len < depth)
    {
      g_ptr_array_add (self->titles, g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                                            NULL));
      g_ptr_array_add (self->title_parents, NULL);
    }
  titles = g_ptr_array_index (self->titles, depth - 1);
  if (g_ptr_array_index (self->title_parents, depth - 1) != parent)
    {
      g_hash_table_remove_all (titles);
      g_ptr_array_index (self->title_parents, depth - 1) = parent;
    }

  folded = syl_search_fold (title);
  first = g_hash_table_lookup (titles, folded);
  if (first == NULL)
    {
      g_hash_table_insert (titles, g_steal_pointer (&folded), node);
      return;
    }
  {
    g_autofree char *number = syl_document_dup_number (self->document, first);
    g_autofree char *message = NULL;

    if (*number != '\0')
      /* Translators: %s is the number of the part with the same title. */
      message = g_strdup_printf (_("same title as %s"), number);
    else
      message = g_strdup (_("same title as an earlier part beside it"));
    add (self, self->position, SYL_CHECK_DUPLICATE_TITLE, node, message);
  }
}

/* The empty sections of the chapter just walked: each, or one finding on
 * the chapter that counts them. */
static void
flush_chapter (SylCheck *self)
{
  const Candidate *empty = (const Candidate *) (gpointer) self->empty->data;
  guint n = self->empty->len;

  if (n > MAX_PER_CHAPTER)
    {
      /* Translators: on a chapter, for the sections in it that are empty. */
      const char *format = g_dngettext (GETTEXT_PACKAGE, "%u empty section: no notes, "
                                        "objectives, examples or subsections",
                                        "%u empty sections: no notes, objectives, examples or "
                                        "subsections", n);
      g_autofree char *message = g_strdup_printf (format, n);

      add_summary (self, SYL_CHECK_EMPTY_SECTION, empty, n, message);
    }
  else
    for (guint i = 0; i < n; i++)
      add (self, empty[i].position, SYL_CHECK_EMPTY_SECTION, empty[i].node,
           _("empty: no notes, objectives, examples or subsections"));
  g_array_set_size (self->empty, 0);
}

static Candidate
candidate_of (SylCheck *self,
              SylNode  *node,
              guint     depth)
{
  Candidate candidate = { node, self->position, depth, self->chapter, self->chapter_position };

  return candidate;
}

/* empty-section and missing-objectives, for a section. */
static void
check_content (SylCheck *self,
               SylNode  *node,
               guint     depth)
{
  gboolean aimed = has_objectives (node);
  Candidate candidate = candidate_of (self, node, depth);

  if (self->levels->len < depth)
    g_array_set_size (self->levels, depth);
  g_array_index (self->levels, Level, depth - 1).n_sections++;
  if (aimed)
    g_array_index (self->levels, Level, depth - 1).n_with_objectives++;
  else if (self->rules & SYL_CHECK_MISSING_OBJECTIVES)
    g_array_append_val (self->unaimed, candidate);

  if ((self->rules & SYL_CHECK_EMPTY_SECTION) && !aimed && has_nothing (node))
    g_array_append_val (self->empty, candidate);
}

/* discussion-without-notes and example-without-notes. */
static void
check_item (SylCheck *self,
            SylNode  *node)
{
  SylNodeKind kind = syl_node_get_kind (node);

  if (!has_nothing (node))
    return;
  if (kind == SYL_NODE_KIND_DISCUSSION && (self->rules & SYL_CHECK_DISCUSSION_WITHOUT_NOTES))
    add (self, self->position, SYL_CHECK_DISCUSSION_WITHOUT_NOTES, node,
         _("a discussion without notes, examples or subsections"));
  else if (kind == SYL_NODE_KIND_EXAMPLE && (self->rules & SYL_CHECK_EXAMPLE_WITHOUT_NOTES))
    add (self, self->position, SYL_CHECK_EXAMPLE_WITHOUT_NOTES, node,
         _("an example without notes, worked examples or subsections"));
}

static void
check_node (SylCheck *self,
            SylNode  *node,
            guint     depth)
{
  guint open = syl_node_count_open_annotations (node);

  if (depth == 1)
    {
      flush_chapter (self);
      self->chapter = node;
      self->chapter_position = self->position;
    }

  check_time (self, node, depth);
  if ((self->rules & SYL_CHECK_EMPTY_TITLE) && _syl_check_is_blank (syl_node_get_title (node)))
    add (self, self->position, SYL_CHECK_EMPTY_TITLE, node, _("no title"));
  if (self->rules & SYL_CHECK_DUPLICATE_TITLE)
    check_duplicate (self, node, depth);
  if (syl_node_get_kind (node) == SYL_NODE_KIND_SECTION)
    check_content (self, node, depth);
  else
    check_item (self, node);
  if ((self->rules & SYL_CHECK_OPEN_COMMENTS) && open > 0)
    {
      g_autofree char *message =
        g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u open comment", "%u open comments", open),
                         open);

      add (self, self->position, SYL_CHECK_OPEN_COMMENTS, node, message);
    }
}

/* Whether most sections of @depth have objectives: more than half of
 * them, and at least two, so that one chapter with objectives does not
 * ask the same of all. */
static gboolean
level_uses_objectives (SylCheck *self,
                       guint     depth)
{
  Level *level = &g_array_index (self->levels, Level, depth - 1);

  return level->n_with_objectives >= 2 && level->n_with_objectives * 2 > level->n_sections;
}

static void
add_unaimed (SylCheck        *self,
             const Candidate *candidate)
{
  if (candidate->depth == 1)
    add (self, candidate->position, SYL_CHECK_MISSING_OBJECTIVES, candidate->node,
         _("no objectives, though most chapters have them"));
  else
    add (self, candidate->position, SYL_CHECK_MISSING_OBJECTIVES, candidate->node,
         _("no objectives, though most sections at its level have them"));
}

/* The sections without objectives of one chapter, below it: each, or one
 * finding on the chapter that counts them. */
static void
flush_unaimed (SylCheck *self,
               GArray   *run)
{
  const Candidate *first = (const Candidate *) (gpointer) run->data;

  if (run->len > MAX_PER_CHAPTER)
    {
      /* Translators: on a chapter, for the sections in it without objectives. */
      const char *format = g_dngettext (GETTEXT_PACKAGE, "%u section without objectives, "
                                        "though most at its level have them",
                                        "%u sections without objectives, though most at "
                                        "their level have them", run->len);
      g_autofree char *message = g_strdup_printf (format, run->len);

      add_summary (self, SYL_CHECK_MISSING_OBJECTIVES, first, run->len, message);
    }
  else
    for (guint i = 0; i < run->len; i++)
      add_unaimed (self, &first[i]);
  g_array_set_size (run, 0);
}

/* The sections without objectives at levels where most have them: each,
 * or, for more than MAX_PER_CHAPTER in a chapter below it, one finding on
 * the chapter.  The candidates are in document order, so those of a
 * chapter are together. */
static void
finish_objectives (SylCheck *self)
{
  g_autoptr(GArray) run = g_array_new (FALSE, FALSE, sizeof (Candidate));

  for (guint i = 0; i <= self->unaimed->len; i++)
    {
      Candidate *candidate = i < self->unaimed->len
                             ? &g_array_index (self->unaimed, Candidate, i) : NULL;
      const Candidate *first = (const Candidate *) (gpointer) run->data;

      if (candidate != NULL && !level_uses_objectives (self, candidate->depth))
        continue;
      if (run->len > 0 && (candidate == NULL || candidate->depth == 1 ||
                           candidate->chapter != first->chapter))
        flush_unaimed (self, run);
      if (candidate != NULL && candidate->depth == 1)
        add_unaimed (self, candidate);
      else if (candidate != NULL)
        g_array_append_val (run, *candidate);
    }
}

/* Document order; on one node, the order of the rules. */
static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  const Entry *x = a;
  const Entry *y = b;

  if (x->position != y->position)
    return x->position < y->position ? -1 : 1;
  return (int) syl_finding_get_rule (x->finding) - (int) syl_finding_get_rule (y->finding);
}

static void
finish (SylCheck *self)
{
  flush_chapter (self);
  finish_objectives (self);
  g_array_sort (self->entries, compare_entries);
  for (guint i = 0; i < self->entries->len; i++)
    g_ptr_array_add (self->findings,
                     g_steal_pointer (&g_array_index (self->entries, Entry, i).finding));
  g_array_set_size (self->entries, 0);
  g_ptr_array_set_size (self->titles, 0);
  g_ptr_array_set_size (self->title_parents, 0);
  self->done = TRUE;
}

/**
 * syl_check_run:
 * @max_nodes: how many nodes to look at before returning, at most
 *
 * Goes on with the check.  When the document changed since the last call,
 * it starts again from the beginning.
 *
 * Returns: whether the check is complete
 */
gboolean
syl_check_run (SylCheck *self,
               guint     max_nodes)
{
  SylNode *node;

  g_return_val_if_fail (SYL_IS_CHECK (self), TRUE);

  if (self->done)
    return TRUE;
  if (!self->started)
    {
      self->started = TRUE;
      syl_node_iter_init (&self->iter, syl_document_get_root (self->document));
      check_course (self);
    }

  for (guint i = 0; i < max_nodes; i++)
    {
      if (!syl_node_iter_next (&self->iter, &node))
        {
          finish (self);
          return TRUE;
        }
      self->position++;
      check_node (self, node, syl_node_iter_get_depth (&self->iter));
    }
  return FALSE;
}

/**
 * syl_check_get_findings:
 *
 * Returns: (transfer none) (element-type SylFinding): the findings in
 *   document order, the course's first; empty until syl_check_run() has
 *   returned %TRUE
 */
GPtrArray *
syl_check_get_findings (SylCheck *self)
{
  g_return_val_if_fail (SYL_IS_CHECK (self), NULL);
  return self->findings;
}

/**
 * syl_document_check:
 * @disabled: the rules not to run, such as syl_document_get_disabled_rules()
 *
 * Runs the course check on the whole outline.
 *
 * Returns: (transfer full) (element-type SylFinding): the findings in
 *   document order, the course's first
 */
GPtrArray *
syl_document_check (SylDocument   *document,
                    SylCheckRules  disabled)
{
  g_autoptr(SylCheck) check = NULL;

  g_return_val_if_fail (SYL_IS_DOCUMENT (document), NULL);

  check = syl_check_new (document, disabled);
  syl_check_run (check, G_MAXUINT);
  return g_ptr_array_ref (check->findings);
}
