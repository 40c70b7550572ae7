/* syl-about.c: the About window, built from the application's metainfo
 *
 * The metainfo is the one place that says what Syllabus is: its name,
 * summary, developer, licence, links and release notes, translated through
 * po/ like everything else.  libadwaita 1.4 reads it itself with
 * adw_about_window_new_from_appdata (); Debian 12 has libadwaita 1.2, so
 * there the fields the About window shows are read here with GMarkup, each
 * in the best of the user's languages.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-about.h"

#if !ADW_CHECK_VERSION (1, 4, 0)

/* A translatable text: the variant in the best of the user's languages
 * seen so far.  A rank is a place in g_get_language_names (), lower is
 * better. */
typedef struct
{
  char *text;
  int   rank;
} Localized;

/* A paragraph or list item of the release notes, as markup, or (with no
 * tag) the opening or closing tag of a list. */
typedef struct
{
  char *tag;
  char *markup;
  int   rank;
} Block;

typedef struct
{
  const char * const *languages;
  int                 untranslated_rank;

  /* The element whose text is being read. */
  GString            *text;
  int                 text_rank;
  gboolean            capturing;
  gboolean            in_notes;
  char               *url_type;
  guint               n_releases;

  Localized           name;
  Localized           summary;
  Localized           developer;
  char               *id;
  char               *license;
  char               *homepage;
  char               *issues;
  char               *version;
  GPtrArray          *notes;
} Reader;

static void
block_free (gpointer data)
{
  Block *block = data;

  g_free (block->tag);
  g_free (block->markup);
  g_free (block);
}

static void
reader_clear (Reader *reader)
{
  g_string_free (reader->text, TRUE);
  g_free (reader->url_type);
  g_free (reader->name.text);
  g_free (reader->summary.text);
  g_free (reader->developer.text);
  g_free (reader->id);
  g_free (reader->license);
  g_free (reader->homepage);
  g_free (reader->issues);
  g_free (reader->version);
  g_ptr_array_unref (reader->notes);
}

/* Where @lang is among the user's languages; untranslated text ranks as
 * "C", which g_get_language_names () always lists last.  -1 for a language
 * the user does not read. */
static int
language_rank (Reader     *reader,
               const char *lang)
{
  if (lang == NULL || *lang == '\0')
    return reader->untranslated_rank;
  for (int i = 0; reader->languages[i] != NULL; i++)
    if (strcmp (reader->languages[i], lang) == 0)
      return i;
  return -1;
}

static void
localized_offer (Localized  *localized,
                 const char *text,
                 int         rank)
{
  if (rank < 0 || (localized->text != NULL && rank >= localized->rank))
    return;
  g_free (localized->text);
  localized->text = g_strdup (text);
  localized->rank = rank;
}

/* AppStream text flows like HTML: runs of white space are one space. */
static char *
collapse_spaces (const char *text)
{
  g_auto(GStrv) words = g_strsplit_set (text, " \t\r\n", -1);
  GString *result = g_string_new (NULL);

  for (int i = 0; words[i] != NULL; i++)
    {
      if (*words[i] == '\0')
        continue;
      if (result->len > 0)
        g_string_append_c (result, ' ');
      g_string_append (result, words[i]);
    }
  return g_string_free (result, FALSE);
}

static const char *
find_attribute (const char **names,
                const char **values,
                const char  *wanted)
{
  for (int i = 0; names[i] != NULL; i++)
    if (strcmp (names[i], wanted) == 0)
      return values[i];
  return NULL;
}

static void
replace_string (char       **field,
                const char  *text)
{
  g_free (*field);
  *field = g_strdup (text);
}

static void
start_capture (Reader     *reader,
               const char *lang)
{
  g_string_truncate (reader->text, 0);
  reader->text_rank = language_rank (reader, lang);
  reader->capturing = TRUE;
}

/* A translated paragraph or item follows its original, so it replaces the
 * last block with its tag when its language ranks better. */
static void
notes_add (Reader     *reader,
           const char *tag,
           const char *markup,
           int         rank)
{
  Block *last = reader->notes->len > 0 ?
                g_ptr_array_index (reader->notes, reader->notes->len - 1) : NULL;
  Block *block;

  if (rank < 0)
    return;
  if (rank != reader->untranslated_rank && last != NULL && g_strcmp0 (last->tag, tag) == 0)
    {
      if (rank < last->rank)
        {
          g_free (last->markup);
          last->markup = g_strdup (markup);
          last->rank = rank;
        }
      return;
    }
  block = g_new0 (Block, 1);
  block->tag = g_strdup (tag);
  block->markup = g_strdup (markup);
  block->rank = rank;
  g_ptr_array_add (reader->notes, block);
}

static void
notes_start (Reader     *reader,
             const char *element,
             const char *lang)
{
  if (strcmp (element, "p") == 0 || strcmp (element, "li") == 0)
    start_capture (reader, lang);
  else if (strcmp (element, "ul") == 0 || strcmp (element, "ol") == 0)
    {
      g_autofree char *tag = g_strdup_printf ("<%s>", element);
      notes_add (reader, NULL, tag, reader->untranslated_rank);
    }
  else if (reader->capturing && (strcmp (element, "em") == 0 || strcmp (element, "code") == 0))
    g_string_append_printf (reader->text, "<%s>", element);
}

static void
notes_end (Reader     *reader,
           const char *element)
{
  if (strcmp (element, "p") == 0 || strcmp (element, "li") == 0)
    {
      g_autofree char *markup = collapse_spaces (reader->text->str);

      notes_add (reader, element, markup, reader->text_rank);
      reader->capturing = FALSE;
    }
  else if (strcmp (element, "ul") == 0 || strcmp (element, "ol") == 0)
    {
      g_autofree char *tag = g_strdup_printf ("</%s>", element);
      notes_add (reader, NULL, tag, reader->untranslated_rank);
    }
  else if (reader->capturing && (strcmp (element, "em") == 0 || strcmp (element, "code") == 0))
    g_string_append_printf (reader->text, "</%s>", element);
  else if (strcmp (element, "description") == 0)
    reader->in_notes = FALSE;
}

static gboolean
is_field (const char *element,
          const char *parent)
{
  static const char *fields[] = {
    "id", "name", "summary", "developer_name", "project_license", "url", NULL
  };

  if (strcmp (element, "name") == 0 && g_strcmp0 (parent, "developer") == 0)
    return TRUE;
  return g_strcmp0 (parent, "component") == 0 && g_strv_contains (fields, element);
}

static void
start_element (GMarkupParseContext  *context,
               const char           *element,
               const char          **names,
               const char          **values,
               gpointer              user_data,
               GError              **error)
{
  Reader *reader = user_data;
  const GSList *stack = g_markup_parse_context_get_element_stack (context);
  const char *parent = stack->next ? stack->next->data : NULL;
  const char *lang = find_attribute (names, values, "xml:lang");

  if (reader->in_notes)
    notes_start (reader, element, lang);
  else if (is_field (element, parent))
    {
      start_capture (reader, lang);
      g_free (reader->url_type);
      reader->url_type = g_strdup (find_attribute (names, values, "type"));
    }
  else if (strcmp (element, "release") == 0 && g_strcmp0 (parent, "releases") == 0)
    {
      /* Releases are listed newest first. */
      if (reader->n_releases++ == 0)
        reader->version = g_strdup (find_attribute (names, values, "version"));
    }
  else if (strcmp (element, "description") == 0 && g_strcmp0 (parent, "release") == 0)
    reader->in_notes = reader->n_releases == 1;
}

static void
store_field (Reader     *reader,
             const char *element,
             const char *parent,
             const char *text)
{
  if (strcmp (element, "name") == 0 && g_strcmp0 (parent, "developer") == 0)
    localized_offer (&reader->developer, text, reader->text_rank);
  else if (strcmp (element, "developer_name") == 0)
    localized_offer (&reader->developer, text, reader->text_rank);
  else if (strcmp (element, "name") == 0)
    localized_offer (&reader->name, text, reader->text_rank);
  else if (strcmp (element, "summary") == 0)
    localized_offer (&reader->summary, text, reader->text_rank);
  else if (strcmp (element, "id") == 0)
    replace_string (&reader->id, text);
  else if (strcmp (element, "project_license") == 0)
    replace_string (&reader->license, text);
  else if (g_strcmp0 (reader->url_type, "homepage") == 0)
    replace_string (&reader->homepage, text);
  else if (g_strcmp0 (reader->url_type, "bugtracker") == 0)
    replace_string (&reader->issues, text);
}

static void
end_element (GMarkupParseContext  *context,
             const char           *element,
             gpointer              user_data,
             GError              **error)
{
  Reader *reader = user_data;
  const GSList *stack = g_markup_parse_context_get_element_stack (context);
  const char *parent = stack->next ? stack->next->data : NULL;
  g_autofree char *text = NULL;

  if (reader->in_notes)
    {
      notes_end (reader, element);
      return;
    }
  if (!reader->capturing)
    return;
  reader->capturing = FALSE;
  text = collapse_spaces (reader->text->str);
  store_field (reader, element, parent, text);
}

static void
text_cb (GMarkupParseContext  *context,
         const char           *text,
         gsize                 length,
         gpointer              user_data,
         GError              **error)
{
  Reader *reader = user_data;

  if (!reader->capturing)
    return;
  if (reader->in_notes)
    {
      g_autofree char *escaped = g_markup_escape_text (text, length);
      g_string_append (reader->text, escaped);
    }
  else
    g_string_append_len (reader->text, text, length);
}

static GtkLicense
license_type (const char *spdx)
{
  static const struct
  {
    const char *spdx;
    GtkLicense  type;
  } licenses[] = {
    { "GPL-3.0-or-later", GTK_LICENSE_GPL_3_0 },
    { "GPL-3.0+", GTK_LICENSE_GPL_3_0 },
    { "GPL-3.0-only", GTK_LICENSE_GPL_3_0_ONLY },
    { "GPL-3.0", GTK_LICENSE_GPL_3_0_ONLY },
    { "GPL-2.0-or-later", GTK_LICENSE_GPL_2_0 },
    { "LGPL-3.0-or-later", GTK_LICENSE_LGPL_3_0 },
    { "LGPL-2.1-or-later", GTK_LICENSE_LGPL_2_1 },
    { "MIT", GTK_LICENSE_MIT_X11 },
    { "Apache-2.0", GTK_LICENSE_APACHE_2_0 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (licenses); i++)
    if (g_strcmp0 (spdx, licenses[i].spdx) == 0)
      return licenses[i].type;
  return GTK_LICENSE_UNKNOWN;
}

static char *
notes_markup (Reader *reader)
{
  GString *markup = g_string_new (NULL);

  for (guint i = 0; i < reader->notes->len; i++)
    {
      Block *block = g_ptr_array_index (reader->notes, i);

      if (block->tag != NULL)
        g_string_append_printf (markup, "<%s>%s</%s>", block->tag, block->markup, block->tag);
      else
        g_string_append (markup, block->markup);
    }
  return g_string_free (markup, FALSE);
}

static GtkWidget *
build_window (Reader *reader)
{
  g_autofree char *notes = notes_markup (reader);
  GtkWidget *window = adw_about_window_new ();

  g_object_set (window,
                "application-icon", reader->id,
                "application-name", reader->name.text,
                "comments", reader->summary.text,
                "developer-name", reader->developer.text,
                "version", reader->version,
                "release-notes-version", reader->version,
                "release-notes", notes,
                "license-type", license_type (reader->license),
                "website", reader->homepage,
                "issue-url", reader->issues,
                NULL);
  return window;
}

static gboolean
read_metainfo (Reader      *reader,
               GBytes      *bytes,
               const char  *resource_path,
               GError     **error)
{
  static const GMarkupParser parser = { start_element, end_element, text_cb, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, reader, NULL);
  gsize size;
  const char *data = g_bytes_get_data (bytes, &size);

  if (!g_markup_parse_context_parse (context, data, size, error) ||
      !g_markup_parse_context_end_parse (context, error))
    {
      g_prefix_error (error, "%s: ", resource_path);
      return FALSE;
    }
  if (reader->id == NULL || reader->name.text == NULL || reader->version == NULL)
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_INVALID_DATA,
                   "%s: the metainfo needs an <id>, a <name> and a <release>", resource_path);
      return FALSE;
    }
  return TRUE;
}

#endif

/**
 * syl_about_window_new_from_metainfo:
 * @resource_path: where the merged metainfo is in the resources
 *
 * Returns: (transfer none): an About window, owned by GTK like every
 *   toplevel, or %NULL with @error set when the metainfo is missing or
 *   unreadable
 */
GtkWidget *
syl_about_window_new_from_metainfo (const char  *resource_path,
                                    GError     **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (resource_path != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  bytes = g_resources_lookup_data (resource_path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;

#if ADW_CHECK_VERSION (1, 4, 0)
  {
    GtkWidget *window;

    /* Newer than the API this is built against, and deprecated later in
     * favour of AdwAboutDialog: the version check is what guards it. */
    G_GNUC_BEGIN_IGNORE_DEPRECATIONS
    window = adw_about_window_new_from_appdata (resource_path, PACKAGE_VERSION);
    G_GNUC_END_IGNORE_DEPRECATIONS
    return window;
  }
#else
  {
    Reader reader = { 0 };
    GtkWidget *window = NULL;

    reader.languages = g_get_language_names ();
    reader.untranslated_rank = g_strv_length ((char **) reader.languages) - 1;
    reader.text = g_string_new (NULL);
    reader.notes = g_ptr_array_new_with_free_func (block_free);
    if (read_metainfo (&reader, bytes, resource_path, error))
      window = build_window (&reader);
    reader_clear (&reader);
    return window;
  }
#endif
}
