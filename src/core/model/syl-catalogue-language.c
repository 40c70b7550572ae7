/* syl-catalogue-language.c: which catalogue an outline's language reads
 *
 * The rule, which docs/format.md gives authors too:
 *
 * - An outline without a language ("") is exported in the language of
 *   the user interface, as the program's windows are.
 * - An outline with a language is exported with the catalogue of that
 *   language.  Its tag may be BCP 47 or POSIX, in any case: "zh-CN",
 *   "zh_CN", "zh-Hans-CN", "ZH-cn" and "zh_CN.UTF-8" all read zh_CN, the
 *   most specific name first, then the bare language (zh).  Simplified
 *   Chinese (zh, zh-Hans…, zh-SG, zh-MY) reads zh_CN; Traditional
 *   Chinese (zh-Hant…, zh-TW, zh-HK, zh-MO) reads zh_TW or zh_HK when
 *   Syllabus has them, and never zh_CN.
 * - A language Syllabus has no catalogue for, English included, gives
 *   the English of the sources, not the desktop's language: an outline in
 *   French exported on a Chinese desktop has English headings, which its
 *   readers are likelier to read than Chinese ones.
 *
 * Catalogues are read once and kept for the life of the process, in a
 * cache that any thread may use.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-catalogue-private.h"
#include "syl-i18n.h"

typedef struct
{
  char  language[4];   /* "zh" */
  char  script[5];     /* "Hans", or "" */
  char  region[4];     /* "CN", "419", or "" */
  char *modifier;      /* a POSIX modifier, "latin", or NULL */
} Tag;

static gboolean
all_of (const char *text,
        gboolean  (*is) (gchar c))
{
  for (; *text != '\0'; text++)
    if (!is (*text))
      return FALSE;
  return TRUE;
}

static gboolean
is_alpha (gchar c)
{
  return g_ascii_isalpha (c);
}

static gboolean
is_digit (gchar c)
{
  return g_ascii_isdigit (c);
}

static gboolean
is_alnum (gchar c)
{
  return g_ascii_isalnum (c);
}

/* A subtag after the language: a script, a region, or something else
 * (an extended language, a variant), which is skipped.  Returns FALSE at
 * an extension or private use ("-u-…", "-x-…"), which ends the tag. */
static gboolean
read_subtag (Tag        *tag,
             const char *subtag)
{
  gsize length = strlen (subtag);

  if (length == 1)
    return FALSE;
  if (length == 4 && all_of (subtag, is_alpha) && tag->script[0] == '\0' &&
      tag->region[0] == '\0')
    {
      for (guint i = 0; i < 4; i++)
        tag->script[i] = i == 0 ? g_ascii_toupper (subtag[i]) : g_ascii_tolower (subtag[i]);
    }
  else if (((length == 2 && all_of (subtag, is_alpha)) ||
            (length == 3 && all_of (subtag, is_digit))) && tag->region[0] == '\0')
    {
      for (guint i = 0; i < length; i++)
        tag->region[i] = g_ascii_toupper (subtag[i]);
    }
  return TRUE;
}

/* Reads "ll[-Ssss][-RR]…" or "ll[_RR][.codeset][@modifier]". */
static gboolean
parse_tag (const char *text,
           Tag        *tag)
{
  g_autofree char *copy = g_strdup (text);
  g_auto(GStrv) subtags = NULL;
  char *at = strchr (copy, '@');
  gsize length;

  memset (tag, 0, sizeof *tag);
  if (at != NULL)
    {
      *at = '\0';
      if (at[1] != '\0' && strlen (at + 1) <= 16 && all_of (at + 1, is_alnum))
        tag->modifier = g_ascii_strdown (at + 1, -1);
    }
  copy[strcspn (copy, ".")] = '\0';
  g_strdelimit (copy, "_", '-');
  subtags = g_strsplit (copy, "-", -1);
  length = subtags[0] != NULL ? strlen (subtags[0]) : 0;
  if (length < 2 || length > 3 || !all_of (subtags[0], is_alpha))
    return FALSE;
  for (guint i = 0; i < length; i++)
    tag->language[i] = g_ascii_tolower (subtags[0][i]);
  for (guint i = 1; subtags[i] != NULL && read_subtag (tag, subtags[i]); i++)
    ;
  return TRUE;
}

static void
add_candidate (GPtrArray  *candidates,
               const char *language,
               const char *region,
               const char *modifier)
{
  char *name = g_strconcat (language, *region != '\0' ? "_" : "", region,
                            modifier != NULL ? "@" : "", modifier != NULL ? modifier : "", NULL);

  for (guint i = 0; i < candidates->len; i++)
    if (strcmp (g_ptr_array_index (candidates, i), name) == 0)
      {
        g_free (name);
        return;
      }
  g_ptr_array_add (candidates, name);
}

static gboolean
is_one_of (const char         *region,
           const char * const *regions)
{
  return *region != '\0' && g_strv_contains (regions, region);
}

static void
add_chinese (GPtrArray *candidates,
             const Tag *tag)
{
  static const char * const traditional[] = { "TW", "HK", "MO", NULL };
  static const char * const simplified[] = { "SG", "MY", NULL };

  if (strcmp (tag->script, "Hant") == 0 ||
      (tag->script[0] == '\0' && is_one_of (tag->region, traditional)))
    {
      if (is_one_of (tag->region, traditional))
        add_candidate (candidates, "zh", tag->region, NULL);
      add_candidate (candidates, "zh", "TW", NULL);
      return;
    }
  if (is_one_of (tag->region, simplified))
    add_candidate (candidates, "zh", tag->region, NULL);
  add_candidate (candidates, "zh", "CN", NULL);
  add_candidate (candidates, "zh", "", NULL);
}

/**
 * syl_catalogue_language_candidates:
 * @language: a BCP 47 or POSIX language tag: "zh-Hans-CN", "zh_CN.UTF-8"
 *
 * The names of the catalogues that may hold @language, the most specific
 * first, as the rule at the top of this file says.
 *
 * Returns: (transfer full): "zh_CN", "zh"; no name at all for a tag that
 *   cannot be read
 */
char **
syl_catalogue_language_candidates (const char *language)
{
  g_autoptr(GPtrArray) candidates = g_ptr_array_new_with_free_func (g_free);
  Tag tag;

  g_return_val_if_fail (language != NULL, NULL);

  if (parse_tag (language, &tag))
    {
      if (strcmp (tag.language, "zh") == 0)
        add_chinese (candidates, &tag);
      else
        {
          if (tag.modifier != NULL)
            {
              add_candidate (candidates, tag.language, tag.region, tag.modifier);
              add_candidate (candidates, tag.language, "", tag.modifier);
            }
          add_candidate (candidates, tag.language, tag.region, NULL);
          add_candidate (candidates, tag.language, "", NULL);
        }
    }
  g_free (tag.modifier);
  g_ptr_array_add (candidates, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&candidates), FALSE);
}

/* The cache. */

G_LOCK_DEFINE_STATIC (catalogues);
/* The path of each catalogue tried → the catalogue, or NULL when there is
 * none or it is broken. */
static GHashTable *catalogues;
/* The catalogue of the sources' language, without messages. */
static SylCatalogue *source;

static SylCatalogue *
load_locked (const char *path)
{
  g_autoptr(GError) error = NULL;
  SylCatalogue *catalogue;

  if (g_hash_table_lookup_extended (catalogues, path, NULL, (gpointer *) &catalogue))
    return catalogue;
  catalogue = syl_catalogue_new_from_file (path, &error);
  if (catalogue == NULL && !g_error_matches (error, G_FILE_ERROR, G_FILE_ERROR_NOENT))
    g_warning ("Exports cannot use these translations: %s", error->message);
  g_hash_table_insert (catalogues, g_strdup (path), catalogue);
  return catalogue;
}

/**
 * syl_catalogue_get_for_language:
 * @language: (nullable): the language of an outline, a BCP 47 or POSIX
 *   tag, or "" when unknown
 *
 * Exports call it from any thread; catalogues are read once.
 *
 * Returns: (transfer none) (nullable): the catalogue to translate exports
 *   of an outline in @language with, kept for the life of the process:
 *   %NULL (the user interface's language) for an outline without a
 *   language, and a catalogue without messages (English) for one
 *   Syllabus is not translated into
 */
SylCatalogue *
syl_catalogue_get_for_language (const char *language)
{
  g_auto(GStrv) candidates = NULL;
  const char *dir;
  SylCatalogue *found = NULL;

  if (language == NULL || *language == '\0')
    return NULL;

  candidates = syl_catalogue_language_candidates (language);
  dir = syl_i18n_get_locale_dir ();
  G_LOCK (catalogues);
  if (catalogues == NULL)
    {
      catalogues = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                          (GDestroyNotify) syl_catalogue_free);
      source = _syl_catalogue_new_source ();
    }
  for (guint i = 0; found == NULL && candidates[i] != NULL; i++)
    {
      g_autofree char *path = g_build_filename (dir, candidates[i], "LC_MESSAGES",
                                                GETTEXT_PACKAGE ".mo", NULL);

      found = load_locked (path);
    }
  if (found == NULL)
    found = source;
  G_UNLOCK (catalogues);
  return found;
}
