/* syl-import-apply.c: using the result of an import
 *
 * A result becomes a new document, or goes into an open one as a single
 * step of its history; either way the document gets copies, so that the
 * result can be looked at again, as the preview does.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "syl-import-private.h"

/* @to is a copy of @from: the two walks go in step. */
static void
copy_ids (SylNode *from,
          SylNode *to)
{
  SylNodeIter from_iter;
  SylNodeIter to_iter;
  SylNode *original;
  SylNode *copy;

  _syl_node_set_id (to, syl_node_get_id (from));
  syl_node_iter_init (&from_iter, from);
  syl_node_iter_init (&to_iter, to);
  while (syl_node_iter_next (&from_iter, &original) && syl_node_iter_next (&to_iter, &copy))
    _syl_node_set_id (copy, syl_node_get_id (original));
}

/* Copies of the nodes that keep their ids, which an OPML file may have
 * brought from an earlier export; a document replaces any that clash. */
static GPtrArray *
dup_nodes (SylImportResult *self)
{
  guint n = g_list_model_get_n_items (syl_import_result_get_nodes (self));
  GPtrArray *nodes = g_ptr_array_new_full (n, g_object_unref);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylNode) node = g_list_model_get_item (syl_import_result_get_nodes (self), i);
      SylNode *copy = syl_node_copy (node);

      copy_ids (node, copy);
      g_ptr_array_add (nodes, copy);
    }
  return nodes;
}

static void
add_authors (SylImportResult *self,
             SylDocument     *document)
{
  GListStore *authors = G_LIST_STORE (syl_document_get_authors (document));
  guint n = g_list_model_get_n_items (syl_import_result_get_authors (self));

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylAuthor) author = g_list_model_get_item (syl_import_result_get_authors (self), i);
      g_autoptr(SylAuthor) copy = syl_author_new (syl_author_get_name (author),
                                                  syl_author_get_about (author));

      _syl_owner_set (copy, document);
      g_list_store_append (authors, copy);
    }
}

/**
 * syl_import_result_create_document:
 *
 * A new document with the result's title, authors and nodes, built the
 * way the reader builds one from a file: its history is empty, and it
 * has no file yet.
 *
 * Returns: (transfer full): the document
 */
SylDocument *
syl_import_result_create_document (SylImportResult *self)
{
  g_autoptr(GPtrArray) nodes = NULL;
  SylDocument *document;
  SylNode *root;

  g_return_val_if_fail (SYL_IS_IMPORT_RESULT (self), NULL);

  document = syl_document_new ();
  g_object_set (document,
                "title", syl_import_result_get_title (self),
                "subtitle", syl_import_result_get_subtitle (self),
                "description", syl_import_result_get_description (self),
                "language", syl_import_result_get_language (self),
                NULL);
  add_authors (self, document);

  root = syl_document_get_root (document);
  nodes = dup_nodes (self);
  _syl_node_append_children (root, nodes);
  for (guint i = 0; i < nodes->len; i++)
    _syl_document_register_subtree (document, g_ptr_array_index (nodes, i));
  return document;
}

/**
 * syl_import_result_insert:
 * @document: an open document
 * @parent: the node of @document to insert into, or its root
 * @index: where among @parent's children the first node goes
 *
 * Inserts copies of the result's nodes, in order, as one step of the
 * document's history: a single undo takes them all out again.  The
 * title and authors of the result are left out, since @document has its
 * own.
 */
gboolean
syl_import_result_insert (SylImportResult  *self,
                          SylDocument      *document,
                          SylNode          *parent,
                          guint             index,
                          GError          **error)
{
  g_autoptr(GPtrArray) nodes = NULL;
  g_autofree char *label = NULL;

  g_return_val_if_fail (SYL_IS_IMPORT_RESULT (self), FALSE);
  g_return_val_if_fail (SYL_IS_DOCUMENT (document), FALSE);
  g_return_val_if_fail (SYL_IS_NODE (parent), FALSE);
  g_return_val_if_fail (index <= syl_node_get_n_children (parent), FALSE);

  nodes = dup_nodes (self);
  /* A file with a title and no outline adds nothing, not an empty step. */
  if (nodes->len == 0)
    return TRUE;
  label = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Import %u Item", "Import %u Items",
                                        syl_import_result_count_nodes (self)),
                           syl_import_result_count_nodes (self));
  return syl_document_insert_nodes (document, (SylNode * const *) nodes->pdata, nodes->len,
                                    parent, index, label, error);
}
