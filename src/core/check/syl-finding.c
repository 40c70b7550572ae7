/* syl-finding.c: one thing the course check found
 *
 * A finding is a value, made once by the check: the rule, the node it
 * names (none for the course itself), the nodes it is about, and what to
 * show, written when it was found.  It keeps its nodes alive but does not
 * follow them: after a change, the check runs again and makes new ones.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "syl-check-private.h"

struct _SylFinding
{
  GObject        parent_instance;

  SylCheckRules  rule;
  SylNode       *node;
  GPtrArray     *nodes;
  char          *number;
  char          *title;
  char          *message;
};

G_DEFINE_FINAL_TYPE (SylFinding, syl_finding, G_TYPE_OBJECT)

/* Whether @text is only spaces, of any script: a title of full-width
 * spaces is as empty as one of ASCII spaces. */
gboolean
_syl_check_is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

static void
syl_finding_finalize (GObject *object)
{
  SylFinding *self = SYL_FINDING (object);

  g_clear_object (&self->node);
  g_clear_pointer (&self->nodes, g_ptr_array_unref);
  g_free (self->number);
  g_free (self->title);
  g_free (self->message);

  G_OBJECT_CLASS (syl_finding_parent_class)->finalize (object);
}

static void
syl_finding_class_init (SylFindingClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = syl_finding_finalize;
}

static void
syl_finding_init (SylFinding *self)
{
  self->nodes = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * _syl_finding_new:
 * @rule: the one rule that found it
 * @node: (nullable): the node it names, or %NULL for the course
 * @number: the node's number as the document shows it, or ""
 * @title: the node's title, or the course's
 * @message: what was found, in the language of the user interface
 *
 * Returns: (transfer full): a finding about no node yet: add those to
 *   select with _syl_finding_add_node()
 */
SylFinding *
_syl_finding_new (SylCheckRules  rule,
                  SylNode       *node,
                  const char    *number,
                  const char    *title,
                  const char    *message)
{
  SylFinding *self;

  g_return_val_if_fail (node == NULL || SYL_IS_NODE (node), NULL);
  g_return_val_if_fail (message != NULL, NULL);

  self = g_object_new (SYL_TYPE_FINDING, NULL);
  self->rule = rule;
  self->node = node ? g_object_ref (node) : NULL;
  self->number = g_strdup (number ? number : "");
  self->title = g_strdup (title ? title : "");
  self->message = g_strdup (message);
  return self;
}

void
_syl_finding_add_node (SylFinding *self,
                       SylNode    *node)
{
  g_return_if_fail (SYL_IS_FINDING (self));
  g_return_if_fail (SYL_IS_NODE (node));

  g_ptr_array_add (self->nodes, g_object_ref (node));
}

SylCheckRules
syl_finding_get_rule (SylFinding *self)
{
  g_return_val_if_fail (SYL_IS_FINDING (self), SYL_CHECK_NO_RULES);
  return self->rule;
}

SylCheckSeverity
syl_finding_get_severity (SylFinding *self)
{
  g_return_val_if_fail (SYL_IS_FINDING (self), SYL_CHECK_WARNING);
  return syl_check_rule_get_severity (self->rule);
}

/**
 * syl_finding_get_node:
 *
 * Returns: (transfer none) (nullable): the node the finding names, or
 *   %NULL when it is about the whole course
 */
SylNode *
syl_finding_get_node (SylFinding *self)
{
  g_return_val_if_fail (SYL_IS_FINDING (self), NULL);
  return self->node;
}

/**
 * syl_finding_get_nodes:
 *
 * The nodes to select to see the finding: the node it names, or the
 * sections a finding on a chapter counts.
 *
 * Returns: (transfer none) (element-type SylNode): the nodes, in document
 *   order; empty for a finding about the course
 */
GPtrArray *
syl_finding_get_nodes (SylFinding *self)
{
  g_return_val_if_fail (SYL_IS_FINDING (self), NULL);
  return self->nodes;
}

const char *
syl_finding_get_number (SylFinding *self)
{
  g_return_val_if_fail (SYL_IS_FINDING (self), NULL);
  return self->number;
}

const char *
syl_finding_get_title (SylFinding *self)
{
  g_return_val_if_fail (SYL_IS_FINDING (self), NULL);
  return self->title;
}

const char *
syl_finding_get_message (SylFinding *self)
{
  g_return_val_if_fail (SYL_IS_FINDING (self), NULL);
  return self->message;
}

/**
 * syl_finding_equal:
 *
 * Whether two findings say the same: the same rule about the same nodes,
 * with the same words.  A view compares the findings of a new check with
 * those it shows to change only the rows that differ.
 */
gboolean
syl_finding_equal (SylFinding *a,
                   SylFinding *b)
{
  g_return_val_if_fail (SYL_IS_FINDING (a), FALSE);
  g_return_val_if_fail (SYL_IS_FINDING (b), FALSE);

  if (a->rule != b->rule || a->node != b->node || a->nodes->len != b->nodes->len ||
      !g_str_equal (a->message, b->message) || !g_str_equal (a->number, b->number) ||
      !g_str_equal (a->title, b->title))
    return FALSE;
  for (guint i = 0; i < a->nodes->len; i++)
    if (g_ptr_array_index (a->nodes, i) != g_ptr_array_index (b->nodes, i))
      return FALSE;
  return TRUE;
}

/**
 * syl_finding_dup_place:
 *
 * Where the finding is, as every place that shows a node with its number
 * writes it: "2.3 Title", "一、概述", the number alone for a node without
 * a title, the title alone for a node without a number; the course's
 * title for the course.
 *
 * Returns: (transfer full): the place
 */
char *
syl_finding_dup_place (SylFinding *self)
{
  g_autofree char *title = NULL;

  g_return_val_if_fail (SYL_IS_FINDING (self), NULL);

  /* Spaces around a title would only blur where the number ends. */
  title = _syl_check_is_blank (self->title) ? g_strdup ("") : g_strstrip (g_strdup (self->title));
  if (self->node == NULL)
    return g_strdup (*title ? title : _("Untitled Course"));
  if (*title == '\0')
    return g_strdup (*self->number ? self->number : _("Untitled"));
  return g_strconcat (self->number, syl_numbering_separator_after (self->number), title, NULL);
}
