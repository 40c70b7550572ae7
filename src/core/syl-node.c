/* syl-node.c: one node of a course outline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "syl-core-private.h"
#include "syl-enums.h"

struct _SylNode
{
  GObject      parent_instance;

  char        *id;
  char        *title;
  char        *notes;
  char       **objectives;
  GListStore  *examples;
  GListStore  *annotations;
  SylNodeKind  kind;
  int          duration_minutes;
  guint        optional : 1;
  guint        expanded : 1;
  guint        is_root : 1;

  /* The tree.  The parent is not owned; the index is this node's position
   * among its siblings, kept up to date so that numbering a node only walks
   * up to the root, never across the document. */
  SylNode     *parent;
  guint        index;
  GPtrArray   *children;
};

static void list_model_iface_init (GListModelInterface *iface);

G_DEFINE_FINAL_TYPE_WITH_CODE (SylNode, syl_node, G_TYPE_OBJECT,
                               G_IMPLEMENT_INTERFACE (G_TYPE_LIST_MODEL, list_model_iface_init))

enum {
  PROP_0,
  PROP_ID,
  PROP_KIND,
  PROP_TITLE,
  PROP_NOTES,
  PROP_OBJECTIVES,
  PROP_DURATION_MINUTES,
  PROP_OPTIONAL,
  PROP_EXPANDED,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static GType
syl_node_get_item_type (GListModel *model)
{
  return SYL_TYPE_NODE;
}

static guint
syl_node_get_n_items (GListModel *model)
{
  return SYL_NODE (model)->children->len;
}

static gpointer
syl_node_get_item (GListModel *model,
                   guint       position)
{
  SylNode *self = SYL_NODE (model);

  if (position >= self->children->len)
    return NULL;

  return g_object_ref (g_ptr_array_index (self->children, position));
}

static void
list_model_iface_init (GListModelInterface *iface)
{
  iface->get_item_type = syl_node_get_item_type;
  iface->get_n_items = syl_node_get_n_items;
  iface->get_item = syl_node_get_item;
}

static gboolean
set_string (char       **field,
            const char  *value)
{
  if (g_strcmp0 (*field, value) == 0)
    return FALSE;

  g_free (*field);
  *field = g_strdup (value ? value : "");
  return TRUE;
}

static void
syl_node_dispose (GObject *object)
{
  SylNode *self = SYL_NODE (object);

  /* Children keep a plain pointer to their parent: clear it, since a child
   * can outlive its parent inside an undo command. */
  for (guint i = 0; i < self->children->len; i++)
    ((SylNode *) g_ptr_array_index (self->children, i))->parent = NULL;
  g_ptr_array_set_size (self->children, 0);

  g_clear_object (&self->examples);
  g_clear_object (&self->annotations);

  G_OBJECT_CLASS (syl_node_parent_class)->dispose (object);
}

static void
syl_node_finalize (GObject *object)
{
  SylNode *self = SYL_NODE (object);

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->notes, g_free);
  g_clear_pointer (&self->objectives, g_strfreev);
  g_clear_pointer (&self->children, g_ptr_array_unref);

  G_OBJECT_CLASS (syl_node_parent_class)->finalize (object);
}

static void
syl_node_get_property (GObject    *object,
                       guint       prop_id,
                       GValue     *value,
                       GParamSpec *pspec)
{
  SylNode *self = SYL_NODE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;
    case PROP_KIND:
      g_value_set_enum (value, self->kind);
      break;
    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;
    case PROP_NOTES:
      g_value_set_string (value, self->notes);
      break;
    case PROP_OBJECTIVES:
      g_value_set_boxed (value, self->objectives);
      break;
    case PROP_DURATION_MINUTES:
      g_value_set_int (value, self->duration_minutes);
      break;
    case PROP_OPTIONAL:
      g_value_set_boolean (value, self->optional);
      break;
    case PROP_EXPANDED:
      g_value_set_boolean (value, self->expanded);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static gboolean
strv_equal0 (char **a,
             char **b)
{
  if (a == NULL || b == NULL)
    return a == b;
  return g_strv_equal ((const char * const *) a, (const char * const *) b);
}

static void
syl_node_set_objectives (SylNode    *self,
                         char      **objectives)
{
  char *empty[] = { NULL };

  if (objectives == NULL)
    objectives = empty;
  if (strv_equal0 (self->objectives, objectives))
    return;

  g_strfreev (self->objectives);
  self->objectives = g_strdupv (objectives);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_OBJECTIVES]);
}

static void
syl_node_set_property (GObject      *object,
                       guint         prop_id,
                       const GValue *value,
                       GParamSpec   *pspec)
{
  SylNode *self = SYL_NODE (object);

  switch (prop_id)
    {
    case PROP_ID:
      _syl_node_set_id (self, g_value_get_string (value));
      break;
    case PROP_KIND:
      if (self->kind != (SylNodeKind) g_value_get_enum (value))
        {
          self->kind = g_value_get_enum (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_TITLE:
      if (set_string (&self->title, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_NOTES:
      if (set_string (&self->notes, g_value_get_string (value)))
        g_object_notify_by_pspec (object, pspec);
      break;
    case PROP_OBJECTIVES:
      syl_node_set_objectives (self, g_value_get_boxed (value));
      break;
    case PROP_DURATION_MINUTES:
      if (self->duration_minutes != g_value_get_int (value))
        {
          self->duration_minutes = g_value_get_int (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_OPTIONAL:
      if (self->optional != !!g_value_get_boolean (value))
        {
          self->optional = !!g_value_get_boolean (value);
          g_object_notify_by_pspec (object, pspec);
        }
      break;
    case PROP_EXPANDED:
      syl_node_set_expanded (self, g_value_get_boolean (value));
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_node_class_init (SylNodeClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = syl_node_dispose;
  object_class->finalize = syl_node_finalize;
  object_class->get_property = syl_node_get_property;
  object_class->set_property = syl_node_set_property;

  properties[PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_KIND] =
    g_param_spec_enum ("kind", NULL, NULL, SYL_TYPE_NODE_KIND, SYL_NODE_KIND_SECTION, flags);
  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_NOTES] = g_param_spec_string ("notes", NULL, NULL, "", flags);
  properties[PROP_OBJECTIVES] =
    g_param_spec_boxed ("objectives", NULL, NULL, G_TYPE_STRV, flags);
  properties[PROP_DURATION_MINUTES] =
    g_param_spec_int ("duration-minutes", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_OPTIONAL] = g_param_spec_boolean ("optional", NULL, NULL, FALSE, flags);
  /* View state, not part of the document: the window keeps here which rows
   * are open, since GtkTreeListModel forgets it when a row is moved. */
  properties[PROP_EXPANDED] = g_param_spec_boolean ("expanded", NULL, NULL, FALSE, flags);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
syl_node_init (SylNode *self)
{
  self->title = g_strdup ("");
  self->notes = g_strdup ("");
  self->objectives = g_new0 (char *, 1);
  self->duration_minutes = -1;
  self->examples = g_list_store_new (SYL_TYPE_EXAMPLE);
  self->annotations = g_list_store_new (SYL_TYPE_ANNOTATION);
  self->children = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * syl_id_new:
 *
 * Returns: a new random id of 16 lowercase hex digits
 */
char *
syl_id_new (void)
{
  return g_strdup_printf ("%08x%08x", g_random_int (), g_random_int ());
}

SylNode *
syl_node_new (SylNodeKind  kind,
              const char  *title)
{
  SylNode *self = g_object_new (SYL_TYPE_NODE, NULL);

  self->id = syl_id_new ();
  self->kind = kind;
  set_string (&self->title, title);
  return self;
}

SylNode *
_syl_node_new_with_id (const char *id)
{
  SylNode *self = g_object_new (SYL_TYPE_NODE, NULL);

  self->id = g_strdup (id);
  return self;
}

SylNode *
_syl_node_new_root (void)
{
  SylNode *self = _syl_node_new_with_id ("");

  self->is_root = TRUE;
  self->expanded = TRUE;
  return self;
}

void
_syl_node_set_id (SylNode    *self,
                  const char *id)
{
  if (set_string (&self->id, id))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ID]);
}

static GListStore *
copy_store (GListModel *model,
            gpointer  (*copy) (gpointer))
{
  guint n = g_list_model_get_n_items (model);
  GListStore *store = g_list_store_new (g_list_model_get_item_type (model));
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_ptr_array_add (items, copy (item));
    }
  g_list_store_splice (store, 0, 0, items->pdata, n);
  return store;
}

/**
 * syl_node_copy:
 * @self: a node
 *
 * Copies @self and its subtree, with new ids for the nodes, examples,
 * annotations and replies, as Duplicate and Paste need.
 *
 * Returns: (transfer full): a detached copy
 */
SylNode *
syl_node_copy (SylNode *self)
{
  SylNode *copy;

  g_return_val_if_fail (SYL_IS_NODE (self), NULL);

  copy = syl_node_new (self->kind, self->title);
  set_string (&copy->notes, self->notes);
  g_strfreev (copy->objectives);
  copy->objectives = g_strdupv (self->objectives);
  copy->duration_minutes = self->duration_minutes;
  copy->optional = self->optional;
  copy->expanded = self->expanded;
  g_set_object (&copy->examples,
                copy_store (G_LIST_MODEL (self->examples), (gpointer) syl_example_copy));
  g_object_unref (copy->examples);
  g_set_object (&copy->annotations,
                copy_store (G_LIST_MODEL (self->annotations), (gpointer) syl_annotation_copy));
  g_object_unref (copy->annotations);
  _syl_extra_set (copy, _syl_extra_get (self));

  for (guint i = 0; i < self->children->len; i++)
    {
      SylNode *child = syl_node_copy (g_ptr_array_index (self->children, i));
      _syl_node_insert_child (copy, i, child);
      g_object_unref (child);
    }

  return copy;
}

/* Renumbers the children from @from on after an insertion or removal. */
static void
reindex_children (SylNode *self,
                  guint    from)
{
  for (guint i = from; i < self->children->len; i++)
    ((SylNode *) g_ptr_array_index (self->children, i))->index = i;
}

void
_syl_node_insert_child (SylNode *self,
                        guint    index,
                        SylNode *child)
{
  g_assert (child->parent == NULL);
  g_assert (index <= self->children->len);

  g_ptr_array_insert (self->children, index, g_object_ref (child));
  child->parent = self;
  reindex_children (self, index);
  g_list_model_items_changed (G_LIST_MODEL (self), index, 0, 1);
}

SylNode *
_syl_node_remove_child (SylNode *self,
                        guint    index)
{
  SylNode *child;

  g_assert (index < self->children->len);

  child = g_ptr_array_steal_index (self->children, index);
  child->parent = NULL;
  child->index = 0;
  reindex_children (self, index);
  g_list_model_items_changed (G_LIST_MODEL (self), index, 1, 0);
  return child;
}

/* Appends a whole list of children at once, as loading does: one signal
 * instead of one per child. */
void
_syl_node_append_children (SylNode   *self,
                           GPtrArray *children)
{
  guint first = self->children->len;

  for (guint i = 0; i < children->len; i++)
    {
      SylNode *child = g_ptr_array_index (children, i);

      g_assert (child->parent == NULL);
      child->parent = self;
      child->index = first + i;
      g_ptr_array_add (self->children, g_object_ref (child));
    }

  if (children->len > 0)
    g_list_model_items_changed (G_LIST_MODEL (self), first, 0, children->len);
}

GListStore *
_syl_node_get_example_store (SylNode *self)
{
  return self->examples;
}

GListStore *
_syl_node_get_annotation_store (SylNode *self)
{
  return self->annotations;
}

const char *
syl_node_get_id (SylNode *self)
{
  g_return_val_if_fail (SYL_IS_NODE (self), NULL);
  return self->id;
}

SylNodeKind
syl_node_get_kind (SylNode *self)
{
  g_return_val_if_fail (SYL_IS_NODE (self), SYL_NODE_KIND_SECTION);
  return self->kind;
}

const char *
syl_node_get_title (SylNode *self)
{
  g_return_val_if_fail (SYL_IS_NODE (self), NULL);
  return self->title;
}

const char *
syl_node_get_notes (SylNode *self)
{
  g_return_val_if_fail (SYL_IS_NODE (self), NULL);
  return self->notes;
}

const char * const *
syl_node_get_objectives (SylNode *self)
{
  g_return_val_if_fail (SYL_IS_NODE (self), NULL);
  return (const char * const *) self->objectives;
}

/**
 * syl_node_get_duration_minutes:
 *
 * Returns: the duration, or -1 when it is not set
 */
int
syl_node_get_duration_minutes (SylNode *self)
{
  g_return_val_if_fail (SYL_IS_NODE (self), -1);
  return self->duration_minutes;
}

gboolean
syl_node_get_optional (SylNode *self)
{
  g_return_val_if_fail (SYL_IS_NODE (self), FALSE);
  return self->optional;
}

GListModel *
syl_node_get_examples (SylNode *self)
{
  g_return_val_if_fail (SYL_IS_NODE (self), NULL);
  return G_LIST_MODEL (self->examples);
}

GListModel *
syl_node_get_annotations (SylNode *self)
{
  g_return_val_if_fail (SYL_IS_NODE (self), NULL);
  return G_LIST_MODEL (self->annotations);
}

guint
syl_node_count_open_annotations (SylNode *self)
{
  guint n, open = 0;

  g_return_val_if_fail (SYL_IS_NODE (self), 0);

  n = g_list_model_get_n_items (G_LIST_MODEL (self->annotations));
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylAnnotation) annotation = g_list_model_get_item (G_LIST_MODEL (self->annotations), i);
      if (!syl_annotation_get_resolved (annotation))
        open++;
    }

  return open;
}

/**
 * syl_node_get_parent:
 *
 * Returns: (transfer none) (nullable): the parent; top-level nodes have the
 *   document's root as parent, and the root and detached nodes have none
 */
SylNode *
syl_node_get_parent (SylNode *self)
{
  g_return_val_if_fail (SYL_IS_NODE (self), NULL);
  return self->parent;
}

gboolean
syl_node_is_root (SylNode *self)
{
  g_return_val_if_fail (SYL_IS_NODE (self), FALSE);
  return self->is_root;
}

guint
syl_node_get_index (SylNode *self)
{
  g_return_val_if_fail (SYL_IS_NODE (self), 0);
  return self->index;
}

/**
 * syl_node_get_depth:
 *
 * Returns: 0 for the root, 1 for a chapter, 2 for its sections, and so on
 */
guint
syl_node_get_depth (SylNode *self)
{
  guint depth = 0;

  g_return_val_if_fail (SYL_IS_NODE (self), 0);

  for (SylNode *node = self; node->parent != NULL; node = node->parent)
    depth++;
  return self->is_root ? 0 : (depth == 0 ? 1 : depth);
}

guint
syl_node_get_n_children (SylNode *self)
{
  g_return_val_if_fail (SYL_IS_NODE (self), 0);
  return self->children->len;
}

/**
 * syl_node_get_child:
 *
 * Returns: (transfer none) (nullable): the child at @index
 */
SylNode *
syl_node_get_child (SylNode *self,
                    guint    index)
{
  g_return_val_if_fail (SYL_IS_NODE (self), NULL);

  if (index >= self->children->len)
    return NULL;
  return g_ptr_array_index (self->children, index);
}

SylNode *
syl_node_get_next_sibling (SylNode *self)
{
  g_return_val_if_fail (SYL_IS_NODE (self), NULL);

  if (self->parent == NULL)
    return NULL;
  return syl_node_get_child (self->parent, self->index + 1);
}

SylNode *
syl_node_get_prev_sibling (SylNode *self)
{
  g_return_val_if_fail (SYL_IS_NODE (self), NULL);

  if (self->parent == NULL || self->index == 0)
    return NULL;
  return syl_node_get_child (self->parent, self->index - 1);
}

/**
 * syl_node_is_ancestor_of:
 *
 * Returns: whether @self is @other or one of its ancestors
 */
gboolean
syl_node_is_ancestor_of (SylNode *self,
                         SylNode *other)
{
  g_return_val_if_fail (SYL_IS_NODE (self), FALSE);
  g_return_val_if_fail (SYL_IS_NODE (other), FALSE);

  for (SylNode *node = other; node != NULL; node = node->parent)
    if (node == self)
      return TRUE;
  return FALSE;
}

/**
 * syl_node_get_height:
 *
 * Returns: the number of levels in the subtree of @self, 1 for a leaf
 */
guint
syl_node_get_height (SylNode *self)
{
  guint height = 0;

  g_return_val_if_fail (SYL_IS_NODE (self), 0);

  for (guint i = 0; i < self->children->len; i++)
    {
      guint child = syl_node_get_height (g_ptr_array_index (self->children, i));
      height = MAX (height, child);
    }
  return height + 1;
}

guint
syl_node_count_descendants (SylNode *self)
{
  guint count = 0;

  g_return_val_if_fail (SYL_IS_NODE (self), 0);

  for (guint i = 0; i < self->children->len; i++)
    count += 1 + syl_node_count_descendants (g_ptr_array_index (self->children, i));
  return count;
}

/**
 * syl_node_dup_number:
 *
 * Derives the number from the node's position: `1.4.1`.  Only the path to
 * the root is read, so this is cheap on any document.
 *
 * Returns: (transfer full): the number, "" for the root
 */
char *
syl_node_dup_number (SylNode *self)
{
  guint path[SYL_MAX_OUTLINE_DEPTH + 2];
  guint depth = 0;
  GString *number;

  g_return_val_if_fail (SYL_IS_NODE (self), NULL);

  for (SylNode *node = self; node != NULL && !node->is_root; node = node->parent)
    {
      if (depth == G_N_ELEMENTS (path))
        break;
      path[depth++] = node->index + 1;
    }

  number = g_string_sized_new (depth * 3);
  while (depth > 0)
    {
      depth--;
      g_string_append_printf (number, "%u", path[depth]);
      if (depth > 0)
        g_string_append_c (number, '.');
    }

  return g_string_free (number, FALSE);
}

gboolean
syl_node_get_expanded (SylNode *self)
{
  g_return_val_if_fail (SYL_IS_NODE (self), FALSE);
  return self->expanded;
}

void
syl_node_set_expanded (SylNode  *self,
                       gboolean  expanded)
{
  g_return_if_fail (SYL_IS_NODE (self));

  if (self->expanded == !!expanded)
    return;
  self->expanded = !!expanded;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_EXPANDED]);
}

static const char * const kind_names[] = { "section", "discussion", "example" };

const char *
syl_node_kind_to_string (SylNodeKind kind)
{
  g_return_val_if_fail (kind <= SYL_NODE_KIND_EXAMPLE, NULL);
  return kind_names[kind];
}

gboolean
syl_node_kind_from_string (const char  *string,
                           SylNodeKind *kind)
{
  g_return_val_if_fail (string != NULL, FALSE);

  for (guint i = 0; i < G_N_ELEMENTS (kind_names); i++)
    {
      if (strcmp (string, kind_names[i]) == 0)
        {
          *kind = i;
          return TRUE;
        }
    }
  return FALSE;
}

/* Fills a node that is being read, taking the strings: loading sets every
 * field at once without notifications, since nothing watches it yet. */
void
_syl_node_load (SylNode     *self,
                SylNodeKind  kind,
                char        *title,
                char        *notes,
                char       **objectives,
                int          duration_minutes,
                gboolean     optional)
{
  self->kind = kind;
  if (title != NULL)
    {
      g_free (self->title);
      self->title = title;
    }
  if (notes != NULL)
    {
      g_free (self->notes);
      self->notes = notes;
    }
  g_strfreev (self->objectives);
  self->objectives = objectives;
  self->duration_minutes = duration_minutes;
  self->optional = !!optional;
}

/**
 * syl_node_get_total_minutes:
 *
 * The time a node takes: its own duration when it has one, or else the
 * sum of its children's, as OmniOutliner rolls durations up.
 *
 * Returns: the minutes, or -1 when nothing in the subtree has a duration
 */
gint64
syl_node_get_total_minutes (SylNode *self)
{
  gint64 total = -1;

  g_return_val_if_fail (SYL_IS_NODE (self), -1);

  if (self->duration_minutes >= 0 && !self->is_root)
    return self->duration_minutes;

  for (guint i = 0; i < self->children->len; i++)
    {
      gint64 child = syl_node_get_total_minutes (g_ptr_array_index (self->children, i));
      if (child >= 0)
        total = MAX (total, 0) + child;
    }
  return total;
}

/**
 * syl_format_minutes:
 *
 * Returns: a duration as people write it: "45 min", "2 h", "6 h 30 min"
 */
char *
syl_format_minutes (gint64 minutes)
{
  if (minutes < 60)
    return g_strdup_printf (_("%" G_GINT64_FORMAT " min"), minutes);
  if (minutes % 60 == 0)
    return g_strdup_printf (_("%" G_GINT64_FORMAT " h"), minutes / 60);
  return g_strdup_printf (_("%" G_GINT64_FORMAT " h %" G_GINT64_FORMAT " min"),
                          minutes / 60, minutes % 60);
}
