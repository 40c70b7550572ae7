/* syl-node.c: one node of a course outline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-model-private.h"
#include "syl-node-private.h"
#include "syl-enums.h"


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
  PROP_OPEN_ANNOTATIONS,
  PROP_OPEN_IN_SUBTREE,
  PROP_TOTAL_MINUTES,
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
    case PROP_OPEN_ANNOTATIONS:
      g_value_set_uint (value, self->open_here);
      break;
    case PROP_OPEN_IN_SUBTREE:
      g_value_set_uint (value, self->open_in_subtree);
      break;
    case PROP_TOTAL_MINUTES:
      g_value_set_int64 (value, self->total_minutes);
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
          _syl_node_update_total (self);
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
  /* Derived from the annotations, for views: the open comments on the
   * node, and on the node and its descendants together. */
  properties[PROP_OPEN_ANNOTATIONS] =
    g_param_spec_uint ("open-annotations", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_OPEN_IN_SUBTREE] =
    g_param_spec_uint ("open-in-subtree", NULL, NULL, 0, G_MAXUINT, 0,
                       G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  /* Derived from the durations, for views: syl_node_get_total_minutes().
   * A chapter's row shows it, and hears here that a section inside got a
   * duration or moved out, without walking anything. */
  properties[PROP_TOTAL_MINUTES] =
    g_param_spec_int64 ("total-minutes", NULL, NULL, -1, G_MAXINT64, -1,
                        G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
syl_node_init (SylNode *self)
{
  self->title = g_strdup ("");
  self->notes = g_strdup ("");
  self->objectives = g_new0 (char *, 1);
  self->duration_minutes = -1;
  self->total_minutes = -1;
  self->examples = g_list_store_new (SYL_TYPE_EXAMPLE);
  self->annotations = g_list_store_new (SYL_TYPE_ANNOTATION);
  self->children = g_ptr_array_new_with_free_func (g_object_unref);
}

/**
 * _syl_id_new:
 *
 * Returns: a new random id of 16 lowercase hex digits
 */
char *
_syl_id_new (void)
{
  return g_strdup_printf ("%08x%08x", g_random_int (), g_random_int ());
}

SylNode *
syl_node_new (SylNodeKind  kind,
              const char  *title)
{
  SylNode *self = g_object_new (SYL_TYPE_NODE, NULL);

  self->id = _syl_id_new ();
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

/* Copies the items of @model into @store, which belongs to @owner. */
static void
copy_store (GListModel *model,
            GListStore *store,
            gpointer    owner,
            gpointer  (*copy) (gpointer))
{
  guint n = g_list_model_get_n_items (model);
  g_autoptr(GPtrArray) items = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      GObject *item_copy = copy (item);

      _syl_owner_set (item_copy, owner);
      g_ptr_array_add (items, item_copy);
    }
  g_list_store_splice (store, 0, 0, items->pdata, n);
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
  _syl_node_update_total (copy);
  copy->optional = self->optional;
  copy->expanded = self->expanded;
  copy_store (G_LIST_MODEL (self->examples), copy->examples, copy, (gpointer) syl_example_copy);
  copy_store (G_LIST_MODEL (self->annotations), copy->annotations, copy,
              (gpointer) syl_annotation_copy);
  _syl_node_update_open_annotations (copy);
  _syl_extra_set (copy, _syl_extra_get (self));

  for (guint i = 0; i < self->children->len; i++)
    {
      SylNode *child = syl_node_copy (g_ptr_array_index (self->children, i));
      _syl_node_insert_child (copy, i, child);
      g_object_unref (child);
    }

  return copy;
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

/**
 * syl_node_count_open_annotations:
 *
 * Returns: the comments on @self that are not resolved; notified as the
 *   "open-annotations" property
 */
guint
syl_node_count_open_annotations (SylNode *self)
{
  g_return_val_if_fail (SYL_IS_NODE (self), 0);
  return self->open_here;
}

/**
 * syl_node_count_open_in_subtree:
 *
 * Returns: the open comments on @self and all its descendants; notified as
 *   the "open-in-subtree" property.  For the root, those of the document.
 */
guint
syl_node_count_open_in_subtree (SylNode *self)
{
  g_return_val_if_fail (SYL_IS_NODE (self), 0);
  return self->open_in_subtree;
}

/**
 * syl_node_has_open_in_subtree:
 *
 * What the filter "only sections with open comments" keeps: a node with
 * open comments, or with a descendant that has some.  It reads a count
 * kept up to date, so filtering any tree costs one test per row.
 */
gboolean
syl_node_has_open_in_subtree (SylNode *self)
{
  g_return_val_if_fail (SYL_IS_NODE (self), FALSE);
  return self->open_in_subtree > 0;
}

void
_syl_node_notify_open (SylNode  *self,
                       gboolean  subtree)
{
  g_object_notify_by_pspec (G_OBJECT (self),
                            properties[subtree ? PROP_OPEN_IN_SUBTREE : PROP_OPEN_ANNOTATIONS]);
}

void
_syl_node_notify_total (SylNode *self)
{
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_TOTAL_MINUTES]);
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
  _syl_node_update_total (self);
  self->optional = !!optional;
}

