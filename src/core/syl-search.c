/* syl-search.c: finding the nodes whose text contains a word
 *
 * A search ignores case and the differences Unicode calls compatible: the
 * word and each text are normalized (NFKD), case-folded and normalized
 * again, so that “É” finds “é” written either as one character or as “e”
 * and an accent, and full-width “ＡＩ” finds “ai”.  Accents are kept apart
 * after a base letter, so a word without them also finds accented text
 * (“cafe” finds “café”), while “café” does not find “cafe”.  A word
 * matches inside a longer one, as search boxes do.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-search.h"

typedef struct
{
  const char      *key;
  gboolean         key_is_ascii;
  SylSearchFields  fields;
  GPtrArray       *matches;
} Search;

/**
 * syl_search_fold:
 *
 * Returns: (transfer full): @text in the form searches compare, or %NULL
 *   if @text is not valid UTF-8
 */
char *
syl_search_fold (const char *text)
{
  g_autofree char *normal = NULL;
  g_autofree char *folded = NULL;

  g_return_val_if_fail (text != NULL, NULL);

  /* Normalizing first decomposes compatibility characters (“Ⅸ” into
   * “IX”) before folding; folding can compose nothing, but it can leave
   * marks out of canonical order, hence the second pass. */
  normal = g_utf8_normalize (text, -1, G_NORMALIZE_ALL);
  if (normal == NULL)
    return NULL;
  folded = g_utf8_casefold (normal, -1);
  return g_utf8_normalize (folded, -1, G_NORMALIZE_ALL);
}

static gboolean
is_ascii (const char *text)
{
  for (const guchar *p = (const guchar *) text; *p != '\0'; p++)
    if (*p >= 0x80)
      return FALSE;
  return TRUE;
}

/* @key is folded ASCII, so in ASCII text it can only match letters that
 * fold to it, which for ASCII is lowering. */
static gboolean
ascii_contains (const char *text,
                const char *key)
{
  gsize key_length = strlen (key);

  for (const char *p = text; *p != '\0'; p++)
    {
      if (g_ascii_tolower (*p) != key[0])
        continue;
      if (g_ascii_strncasecmp (p, key, key_length) == 0)
        return TRUE;
    }
  return FALSE;
}

/* Most text in an outline is either all ASCII or short, so the quick path
 * for ASCII spares folding a copy of every note. */
static gboolean
text_contains (Search     *search,
               const char *text)
{
  g_autofree char *folded = NULL;

  if (text == NULL || *text == '\0')
    return FALSE;
  if (is_ascii (text))
    return search->key_is_ascii && ascii_contains (text, search->key);

  folded = syl_search_fold (text);
  return folded != NULL && strstr (folded, search->key) != NULL;
}

static gboolean
examples_contain (Search  *search,
                  SylNode *node)
{
  GListModel *examples = syl_node_get_examples (node);
  guint n = g_list_model_get_n_items (examples);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylExample) example = g_list_model_get_item (examples, i);

      if (text_contains (search, syl_example_get_title (example))
          || text_contains (search, syl_example_get_body (example)))
        return TRUE;
    }
  return FALSE;
}

static gboolean
replies_contain (Search        *search,
                 SylAnnotation *annotation)
{
  GListModel *replies = syl_annotation_get_replies (annotation);
  guint n = g_list_model_get_n_items (replies);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylReply) reply = g_list_model_get_item (replies, i);

      if (text_contains (search, syl_reply_get_text (reply)))
        return TRUE;
    }
  return FALSE;
}

/* Comments are the reviewers' annotations and every reply to them. */
static gboolean
comments_contain (Search  *search,
                  SylNode *node)
{
  GListModel *annotations = syl_node_get_annotations (node);
  guint n = g_list_model_get_n_items (annotations);

  for (guint i = 0; i < n; i++)
    {
      g_autoptr(SylAnnotation) annotation = g_list_model_get_item (annotations, i);

      if (text_contains (search, syl_annotation_get_text (annotation))
          || replies_contain (search, annotation))
        return TRUE;
    }
  return FALSE;
}

static gboolean
objectives_contain (Search  *search,
                    SylNode *node)
{
  const char * const *objectives = syl_node_get_objectives (node);

  for (guint i = 0; objectives != NULL && objectives[i] != NULL; i++)
    if (text_contains (search, objectives[i]))
      return TRUE;
  return FALSE;
}

static gboolean
node_matches (Search  *search,
              SylNode *node)
{
  SylSearchFields fields = search->fields;

  return ((fields & SYL_SEARCH_TITLE) && text_contains (search, syl_node_get_title (node)))
         || ((fields & SYL_SEARCH_NOTES) && text_contains (search, syl_node_get_notes (node)))
         || ((fields & SYL_SEARCH_OBJECTIVES) && objectives_contain (search, node))
         || ((fields & SYL_SEARCH_EXAMPLES) && examples_contain (search, node))
         || ((fields & SYL_SEARCH_COMMENTS) && comments_contain (search, node));
}

/* Depth first, each node before its children: document order. */
static void
search_children (Search  *search,
                 SylNode *parent)
{
  guint n = syl_node_get_n_children (parent);

  for (guint i = 0; i < n; i++)
    {
      SylNode *child = syl_node_get_child (parent, i);

      if (node_matches (search, child))
        g_ptr_array_add (search->matches, g_object_ref (child));
      search_children (search, child);
    }
}

/**
 * syl_document_search:
 * @word: what to look for; an empty word finds nothing
 * @fields: where to look
 *
 * Finds the nodes of @self whose text in @fields contains @word, ignoring
 * case, accents written either way, and width.
 *
 * Returns: (transfer full) (element-type SylNode): the nodes that match,
 *   in document order
 */
GPtrArray *
syl_document_search (SylDocument     *self,
                     const char      *word,
                     SylSearchFields  fields)
{
  g_autofree char *key = NULL;
  Search search = { NULL };

  g_return_val_if_fail (SYL_IS_DOCUMENT (self), NULL);
  g_return_val_if_fail (word != NULL, NULL);
  g_return_val_if_fail (g_utf8_validate (word, -1, NULL), NULL);

  search.matches = g_ptr_array_new_with_free_func (g_object_unref);
  key = syl_search_fold (word);
  if (key == NULL || *key == '\0')
    return search.matches;

  search.key = key;
  search.key_is_ascii = is_ascii (key);
  search.fields = fields;
  search_children (&search, syl_document_get_root (self));
  return search.matches;
}
