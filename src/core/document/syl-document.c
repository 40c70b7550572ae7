/* syl-document.c: a course outline, its metadata and its history
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-document-private.h"

struct _SylDocument
{
  GObject       parent_instance;

  char         *title;
  char         *subtitle;
  char         *language;
  char         *description;
  int           target_minutes;
  /* Never NULL; replaced, never changed, since a numbering is a value. */
  SylNumbering *numbering;
  /* The names of the course check's rules turned off for this course, as
   * the file has them: names this version does not know are kept. */
  GStrv         disabled_checks;
  /* The unknown members of the file's "check" object, written back. */
  JsonObject   *check_extra;
  GListStore   *authors;
  SylNode      *root;
  SylHistory   *history;
  GFile        *file;
  /* What the file looked like on disk when it was last loaded or saved,
   * so that changes by other programs are noticed; see syl-document-disk.c. */
  char         *disk_fingerprint;
  /* Every node in the tree by id; keys belong to the nodes. */
  GHashTable   *nodes_by_id;
  GStrv         warnings;
  gboolean      modified;
};

G_DEFINE_FINAL_TYPE (SylDocument, syl_document, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_TITLE,
  PROP_SUBTITLE,
  PROP_LANGUAGE,
  PROP_DESCRIPTION,
  PROP_TARGET_MINUTES,
  PROP_MODIFIED,
  PROP_FILE,
  PROP_NUMBERING,
  PROP_DISABLED_CHECKS,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static char **
field_for_prop (SylDocument *self,
                guint        prop_id)
{
  switch (prop_id)
    {
    case PROP_TITLE:
      return &self->title;
    case PROP_SUBTITLE:
      return &self->subtitle;
    case PROP_LANGUAGE:
      return &self->language;
    case PROP_DESCRIPTION:
      return &self->description;
    default:
      return NULL;
    }
}

static void
syl_document_dispose (GObject *object)
{
  SylDocument *self = SYL_DOCUMENT (object);

  /* The history holds nodes that are out of the tree; drop it first. */
  g_clear_object (&self->history);
  g_clear_pointer (&self->nodes_by_id, g_hash_table_unref);
  g_clear_object (&self->root);
  g_clear_object (&self->authors);
  g_clear_object (&self->numbering);
  g_clear_object (&self->file);
  g_clear_pointer (&self->disk_fingerprint, g_free);

  G_OBJECT_CLASS (syl_document_parent_class)->dispose (object);
}

static void
syl_document_finalize (GObject *object)
{
  SylDocument *self = SYL_DOCUMENT (object);

  for (guint i = PROP_TITLE; i <= PROP_DESCRIPTION; i++)
    g_clear_pointer (field_for_prop (self, i), g_free);
  g_clear_pointer (&self->warnings, g_strfreev);
  g_clear_pointer (&self->disabled_checks, g_strfreev);
  g_clear_pointer (&self->check_extra, json_object_unref);

  G_OBJECT_CLASS (syl_document_parent_class)->finalize (object);
}

static void
syl_document_get_property (GObject    *object,
                           guint       prop_id,
                           GValue     *value,
                           GParamSpec *pspec)
{
  SylDocument *self = SYL_DOCUMENT (object);
  char **field = field_for_prop (self, prop_id);

  if (field != NULL)
    g_value_set_string (value, *field);
  else if (prop_id == PROP_TARGET_MINUTES)
    g_value_set_int (value, self->target_minutes);
  else if (prop_id == PROP_MODIFIED)
    g_value_set_boolean (value, self->modified);
  else if (prop_id == PROP_FILE)
    g_value_set_object (value, self->file);
  else if (prop_id == PROP_NUMBERING)
    g_value_set_object (value, self->numbering);
  else if (prop_id == PROP_DISABLED_CHECKS)
    g_value_set_boxed (value, self->disabled_checks);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

/* Only the reader and the history set the numbering; see
 * syl_document_set_numbering().  NULL stands for the default. */
static void
set_numbering (SylDocument  *self,
               SylNumbering *numbering)
{
  g_autoptr(SylNumbering) fallback = NULL;

  if (numbering == NULL)
    numbering = fallback = syl_numbering_new_preset (SYL_NUMBERING_PRESET_DEFAULT);
  if (self->numbering == numbering)
    return;

  g_set_object (&self->numbering, numbering);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_NUMBERING]);
}

/* Only the reader and the history set them; see
 * syl_document_set_disabled_checks().  NULL stands for none. */
static void
set_disabled_checks (SylDocument        *self,
                     const char * const *names)
{
  static const char * const none[] = { NULL };

  if (names == NULL)
    names = none;
  if (g_strv_equal ((const char * const *) self->disabled_checks, names))
    return;

  g_strfreev (self->disabled_checks);
  self->disabled_checks = g_strdupv ((char **) names);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_DISABLED_CHECKS]);
}

static void
syl_document_set_property (GObject      *object,
                           guint         prop_id,
                           const GValue *value,
                           GParamSpec   *pspec)
{
  SylDocument *self = SYL_DOCUMENT (object);
  char **field = field_for_prop (self, prop_id);

  if (field != NULL)
    {
      _syl_set_string_property (object, field, value, pspec);
    }
  else if (prop_id == PROP_TARGET_MINUTES)
    {
      if (self->target_minutes != g_value_get_int (value))
        {
          self->target_minutes = g_value_get_int (value);
          g_object_notify_by_pspec (object, pspec);
        }
    }
  else if (prop_id == PROP_NUMBERING)
    {
      set_numbering (self, g_value_get_object (value));
    }
  else if (prop_id == PROP_DISABLED_CHECKS)
    {
      set_disabled_checks (self, g_value_get_boxed (value));
    }
  else
    {
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
syl_document_class_init (SylDocumentClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GParamFlags flags = G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;
  GParamFlags read_flags = G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS;

  object_class->dispose = syl_document_dispose;
  object_class->finalize = syl_document_finalize;
  object_class->get_property = syl_document_get_property;
  object_class->set_property = syl_document_set_property;

  properties[PROP_TITLE] = g_param_spec_string ("title", NULL, NULL, "", flags);
  properties[PROP_SUBTITLE] = g_param_spec_string ("subtitle", NULL, NULL, "", flags);
  properties[PROP_LANGUAGE] = g_param_spec_string ("language", NULL, NULL, "", flags);
  properties[PROP_DESCRIPTION] = g_param_spec_string ("description", NULL, NULL, "", flags);
  properties[PROP_TARGET_MINUTES] =
    g_param_spec_int ("target-minutes", NULL, NULL, -1, G_MAXINT, -1, flags);
  properties[PROP_MODIFIED] = g_param_spec_boolean ("modified", NULL, NULL, FALSE, read_flags);
  properties[PROP_FILE] = g_param_spec_object ("file", NULL, NULL, G_TYPE_FILE, read_flags);
  /* Notified on every change, undo and redo included, so that views
   * renumber what they show. */
  properties[PROP_NUMBERING] =
    g_param_spec_object ("numbering", NULL, NULL, SYL_TYPE_NUMBERING, flags);
  /* The names of the course check's rules turned off for this course;
   * see syl-check.h. */
  properties[PROP_DISABLED_CHECKS] =
    g_param_spec_boxed ("disabled-checks", NULL, NULL, G_TYPE_STRV, flags);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
update_modified (SylDocument *self)
{
  gboolean modified = !syl_history_get_at_saved (self->history);

  if (self->modified == modified)
    return;
  self->modified = modified;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_MODIFIED]);
}

static void
history_applied_cb (SylDocument         *self,
                    GObject             *subject,
                    SylHistoryDirection  direction,
                    SylHistory          *history)
{
  update_modified (self);
}

static void
syl_document_init (SylDocument *self)
{
  for (guint i = PROP_TITLE; i <= PROP_DESCRIPTION; i++)
    *field_for_prop (self, i) = g_strdup ("");
  self->target_minutes = -1;
  self->numbering = syl_numbering_new_preset (SYL_NUMBERING_PRESET_DEFAULT);
  self->disabled_checks = g_new0 (char *, 1);
  self->authors = g_list_store_new (SYL_TYPE_AUTHOR);
  self->root = _syl_node_new_root ();
  self->nodes_by_id = g_hash_table_new (g_str_hash, g_str_equal);
  self->warnings = g_new0 (char *, 1);
  self->history = _syl_history_new (self);
  g_signal_connect_object (self->history, "applied",
                           G_CALLBACK (history_applied_cb), self, G_CONNECT_SWAPPED);
  g_signal_connect_object (self->history, "notify::at-saved",
                           G_CALLBACK (update_modified), self, G_CONNECT_SWAPPED);
}

/**
 * syl_document_new:
 *
 * Returns: (transfer full): a new, empty, unmodified document
 */
SylDocument *
syl_document_new (void)
{
  SylDocument *self = g_object_new (SYL_TYPE_DOCUMENT, NULL);

  syl_history_mark_saved (self->history);
  return self;
}

/**
 * syl_document_get_warnings:
 *
 * Returns: (transfer none): what loading repaired, one line each, each
 *   starting with the path to the member concerned
 */
const char * const *
syl_document_get_warnings (SylDocument *self)
{
  g_return_val_if_fail (SYL_IS_DOCUMENT (self), NULL);
  return (const char * const *) self->warnings;
}

void
_syl_document_take_warnings (SylDocument *self,
                             GPtrArray   *warnings)
{
  g_strfreev (self->warnings);
  g_ptr_array_add (warnings, NULL);
  self->warnings = (GStrv) g_ptr_array_free (warnings, FALSE);
}

/* For syl-document-disk.c, which loads and saves. */
void
_syl_document_set_file (SylDocument *self,
                        GFile       *file)
{
  if (self->file == file || (self->file && file && g_file_equal (self->file, file)))
    return;
  g_set_object (&self->file, file);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FILE]);
}

void
_syl_document_mark_saved (SylDocument *self,
                          gboolean     saved)
{
  if (saved)
    syl_history_mark_saved (self->history);
  else
    syl_history_mark_unsaved (self->history);
  update_modified (self);
}

const char *
_syl_document_get_disk_fingerprint (SylDocument *self)
{
  return self->disk_fingerprint;
}

void
_syl_document_set_disk_fingerprint (SylDocument *self,
                                    const char  *fingerprint)
{
  g_free (self->disk_fingerprint);
  self->disk_fingerprint = g_strdup (fingerprint);
}

GFile *
syl_document_get_file (SylDocument *self)
{
  g_return_val_if_fail (SYL_IS_DOCUMENT (self), NULL);
  return self->file;
}

gboolean
syl_document_get_modified (SylDocument *self)
{
  g_return_val_if_fail (SYL_IS_DOCUMENT (self), FALSE);
  return self->modified;
}

const char *
syl_document_get_title (SylDocument *self)
{
  g_return_val_if_fail (SYL_IS_DOCUMENT (self), NULL);
  return self->title;
}

const char *
syl_document_get_subtitle (SylDocument *self)
{
  g_return_val_if_fail (SYL_IS_DOCUMENT (self), NULL);
  return self->subtitle;
}

const char *
syl_document_get_language (SylDocument *self)
{
  g_return_val_if_fail (SYL_IS_DOCUMENT (self), NULL);
  return self->language;
}

const char *
syl_document_get_description (SylDocument *self)
{
  g_return_val_if_fail (SYL_IS_DOCUMENT (self), NULL);
  return self->description;
}

/**
 * syl_document_get_target_minutes:
 *
 * Returns: the course's target duration, or -1 when it has none
 */
int
syl_document_get_target_minutes (SylDocument *self)
{
  g_return_val_if_fail (SYL_IS_DOCUMENT (self), -1);
  return self->target_minutes;
}

GListModel *
syl_document_get_authors (SylDocument *self)
{
  g_return_val_if_fail (SYL_IS_DOCUMENT (self), NULL);
  return G_LIST_MODEL (self->authors);
}

/**
 * syl_document_get_root:
 *
 * The root is not part of the outline: its children are the chapters, and
 * as a GListModel it is what a GtkTreeListModel wraps.
 *
 * Returns: (transfer none): the root node
 */
SylNode *
syl_document_get_root (SylDocument *self)
{
  g_return_val_if_fail (SYL_IS_DOCUMENT (self), NULL);
  return self->root;
}

SylHistory *
syl_document_get_history (SylDocument *self)
{
  g_return_val_if_fail (SYL_IS_DOCUMENT (self), NULL);
  return self->history;
}

/**
 * syl_document_find_node:
 *
 * Returns: (transfer none) (nullable): the node in the tree with @id
 */
SylNode *
syl_document_find_node (SylDocument *self,
                        const char  *id)
{
  g_return_val_if_fail (SYL_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (id != NULL, NULL);
  return g_hash_table_lookup (self->nodes_by_id, id);
}

guint
syl_document_get_n_nodes (SylDocument *self)
{
  g_return_val_if_fail (SYL_IS_DOCUMENT (self), 0);
  return g_hash_table_size (self->nodes_by_id);
}

/**
 * syl_document_get_disabled_checks:
 *
 * The names of the rules of the course check that are turned off for this
 * course, in the order the file lists them, including names this version
 * does not know; syl-check.h reads them.
 *
 * Returns: (transfer none): the names, never %NULL
 */
const char * const *
syl_document_get_disabled_checks (SylDocument *self)
{
  g_return_val_if_fail (SYL_IS_DOCUMENT (self), NULL);
  return (const char * const *) self->disabled_checks;
}

/* The unknown members of the file's "check" object, for the reader and
 * the writer: nothing edits them, so they are not part of the history. */
JsonObject *
_syl_document_get_check_extra (SylDocument *self)
{
  return self->check_extra;
}

void
_syl_document_set_check_extra (SylDocument *self,
                               JsonObject  *extra)
{
  if (extra != NULL && json_object_get_size (extra) == 0)
    extra = NULL;
  if (extra != NULL)
    json_object_ref (extra);
  g_clear_pointer (&self->check_extra, json_object_unref);
  self->check_extra = extra;
}

/**
 * syl_document_get_numbering:
 *
 * Returns: (transfer none): how the document's nodes are numbered; the
 *   object is replaced, never changed, when the numbering changes
 */
SylNumbering *
syl_document_get_numbering (SylDocument *self)
{
  g_return_val_if_fail (SYL_IS_DOCUMENT (self), NULL);
  return self->numbering;
}

/**
 * syl_document_dup_number:
 * @node: a node of the document
 *
 * The number to show for @node, in the document's numbering.  The file's
 * `number` member stays the decimal path of syl_node_dup_number().
 *
 * Returns: (transfer full): the number, "" for a node that has none
 */
char *
syl_document_dup_number (SylDocument *self,
                         SylNode     *node)
{
  g_return_val_if_fail (SYL_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (SYL_IS_NODE (node), NULL);
  return syl_numbering_format (self->numbering, node);
}

void
_syl_document_register_subtree (SylDocument *self,
                                SylNode     *node)
{
  SylNodeIter iter;
  SylNode *descendant;

  g_hash_table_insert (self->nodes_by_id, (gpointer) syl_node_get_id (node), node);
  syl_node_iter_init (&iter, node);
  while (syl_node_iter_next (&iter, &descendant))
    g_hash_table_insert (self->nodes_by_id, (gpointer) syl_node_get_id (descendant), descendant);
}

void
_syl_document_unregister_subtree (SylDocument *self,
                                  SylNode     *node)
{
  SylNodeIter iter;
  SylNode *descendant;

  g_hash_table_remove (self->nodes_by_id, syl_node_get_id (node));
  syl_node_iter_init (&iter, node);
  while (syl_node_iter_next (&iter, &descendant))
    g_hash_table_remove (self->nodes_by_id, syl_node_get_id (descendant));
}
