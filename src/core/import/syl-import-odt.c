/* syl-import-odt.c: outlines from OpenDocument Text (.odt) documents
 *
 * An .odt is a zip package whose content.xml holds the text and whose
 * styles.xml the named styles.  Headings are text:h elements with their
 * outline level, or paragraphs in a style with a default outline level;
 * lists nest as text:list elements, numbered or bulleted by their list
 * style; text:table-of-content holds the table of contents, which is
 * never imported twice.  Paragraphs go into blocks (syl-import-blocks.c),
 * which make the outline.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "syl-import-private.h"

#define MAX_PARENTS 16
/* More spaces than this in one text:s are a mistake or an attack. */
#define MAX_SPACES 100

typedef struct
{
  char     *parent;
  int       outline;
  int       toc;
  gboolean  title;
  int       bold;       /* -1 when the style does not say */
  int       italic;
} Style;

typedef struct
{
  gboolean bold;
  gboolean italic;
} Format;

typedef struct
{
  SylImportResult   *result;
  xmlTextReaderPtr   reader;
  GHashTable        *styles;       /* name to Style */
  GHashTable        *ordered;      /* "list-style:level" present when numbered */
  SylImportBlocks   *blocks;
  Style             *style;        /* the style being read */
  char              *list_style;   /* the list style being read */

  SylImportBlock    *block;
  char              *p_style;
  int                h_level;
  GArray            *formats;      /* of Format, a span's inside another's */
  GPtrArray         *list_styles;  /* of each open text:list, or NULL */
  guint              toc_depth;
  GPtrArray         *hrefs;
} Odt;

static void
style_free (Style *style)
{
  g_free (style->parent);
  g_free (style);
}

static int
name_level (const char *name,
            const char *prefix)
{
  gsize length = strlen (prefix);
  const char *p;

  if (g_ascii_strncasecmp (name, prefix, length) != 0)
    return 0;
  p = name + length;
  if (*p == ' ')
    p++;
  if (*p >= '1' && *p <= '9' && p[1] == '\0')
    return *p - '0';
  return 0;
}

/* “Heading_20_1”, or its display name “Heading 1”. */
static void
style_from_name (Style      *style,
                 const char *raw)
{
  static const char * const headings[] = { "heading", "标题" };
  static const char * const contents[] = { "contents", "toc", "目录" };
  g_autoptr(GString) name = g_string_new (raw);

  g_string_replace (name, "_20_", " ", 0);
  for (guint i = 0; i < G_N_ELEMENTS (headings) && style->outline == 0; i++)
    style->outline = name_level (name->str, headings[i]);
  for (guint i = 0; i < G_N_ELEMENTS (contents) && style->toc == 0; i++)
    style->toc = name_level (name->str, contents[i]);
  if (g_ascii_strcasecmp (name->str, "contents heading") == 0)
    style->toc = 1;
  if (g_ascii_strcasecmp (name->str, "title") == 0 || strcmp (name->str, "标题") == 0)
    style->title = TRUE;
}

static int
attribute_int (xmlTextReaderPtr  reader,
               const char       *name,
               int               fallback)
{
  g_autofree char *value = _syl_import_xml_attribute (reader, name);
  char *end;
  long number;

  if (value == NULL)
    return fallback;
  number = strtol (value, &end, 10);
  return end == value || number < 0 || number > G_MAXINT / 2 ? fallback : (int) number;
}

static void
begin_style (Odt *odt)
{
  xmlTextReaderPtr reader = odt->reader;
  char *name = _syl_import_xml_attribute (reader, "style:name");
  g_autofree char *display = _syl_import_xml_attribute (reader, "style:display-name");
  int level = attribute_int (reader, "style:default-outline-level", 0);

  odt->style = NULL;
  if (name == NULL)
    return;
  odt->style = g_new0 (Style, 1);
  odt->style->bold = odt->style->italic = -1;
  odt->style->parent = _syl_import_xml_attribute (reader, "style:parent-style-name");
  odt->style->outline = level >= 1 && level <= 10 ? MIN (level, 9) : 0;
  style_from_name (odt->style, display != NULL ? display : name);
  g_hash_table_replace (odt->styles, name, odt->style);
}

static void
text_properties (Odt *odt)
{
  g_autofree char *weight = _syl_import_xml_attribute (odt->reader, "fo:font-weight");
  g_autofree char *slant = _syl_import_xml_attribute (odt->reader, "fo:font-style");

  if (weight != NULL)
    odt->style->bold = strcmp (weight, "bold") == 0 || atoi (weight) >= 600;
  if (slant != NULL)
    odt->style->italic = strcmp (slant, "italic") == 0 || strcmp (slant, "oblique") == 0;
}

static void
list_level_style (Odt *odt)
{
  int level = attribute_int (odt->reader, "text:level", 1);

  if (odt->list_style != NULL && _syl_import_xml_is (odt->reader, "text:list-level-style-number"))
    g_hash_table_add (odt->ordered, g_strdup_printf ("%s:%d", odt->list_style, level));
}

/* The elements of the styles, in either part. */
static gboolean
style_element (Odt *odt)
{
  xmlTextReaderPtr reader = odt->reader;

  if (_syl_import_xml_is (reader, "style:style"))
    begin_style (odt);
  else if (_syl_import_xml_is (reader, "style:text-properties") && odt->style != NULL)
    text_properties (odt);
  else if (_syl_import_xml_is (reader, "text:list-style"))
    {
      g_free (odt->list_style);
      odt->list_style = _syl_import_xml_attribute (reader, "style:name");
    }
  else if (_syl_import_xml_is (reader, "text:list-level-style-number") ||
           _syl_import_xml_is (reader, "text:list-level-style-bullet"))
    list_level_style (odt);
  else
    return FALSE;
  return TRUE;
}

/* What a style says, through the styles it is based on. */
static void
resolve_style (Odt        *odt,
               const char *name,
               Style      *out)
{
  out->bold = out->italic = -1;
  for (guint i = 0; name != NULL && i < MAX_PARENTS; i++)
    {
      Style *style = g_hash_table_lookup (odt->styles, name);

      if (style == NULL)
        break;
      if (out->outline == 0)
        out->outline = style->outline;
      if (out->toc == 0)
        out->toc = style->toc;
      if (out->bold < 0)
        out->bold = style->bold;
      if (out->italic < 0)
        out->italic = style->italic;
      out->title |= style->title;
      name = style->parent;
    }
}

/* The text. */

static void
begin_paragraph (Odt *odt,
                 int  h_level)
{
  odt->block = _syl_import_blocks_begin (odt->blocks);
  g_free (odt->p_style);
  odt->p_style = _syl_import_xml_attribute (odt->reader, "text:style-name");
  odt->h_level = h_level;
}

static const char *
current_list_style (Odt *odt)
{
  for (guint i = odt->list_styles->len; i > 0; i--)
    if (g_ptr_array_index (odt->list_styles, i - 1) != NULL)
      return g_ptr_array_index (odt->list_styles, i - 1);
  return NULL;
}

static void
end_paragraph (Odt *odt)
{
  SylImportBlock *block = odt->block;
  Style style = { 0 };

  if (block == NULL)
    return;
  resolve_style (odt, odt->p_style, &style);
  block->title = style.title;
  block->outline_level = odt->h_level > 0 ? (guint) odt->h_level : (guint) style.outline;
  if (style.toc > 0 || odt->toc_depth > 0)
    {
      block->toc_level = MAX (style.toc, 1);
      block->toc_styled = style.toc > 0;
    }
  else if (block->outline_level == 0 && odt->list_styles->len > 0)
    {
      g_autofree char *key = g_strdup_printf ("%s:%u", current_list_style (odt),
                                              odt->list_styles->len);

      block->list_level = MIN (odt->list_styles->len, 9);
      block->ordered = g_hash_table_contains (odt->ordered, key);
    }
  _syl_import_blocks_end (odt->blocks);
  odt->block = NULL;
}

static Format *
current_format (Odt *odt)
{
  static Format none = { FALSE, FALSE };

  if (odt->formats->len == 0)
    return &none;
  return &g_array_index (odt->formats, Format, odt->formats->len - 1);
}

static void
begin_span (Odt *odt)
{
  g_autofree char *name = _syl_import_xml_attribute (odt->reader, "text:style-name");
  Format format = *current_format (odt);
  Style style = { 0 };

  resolve_style (odt, name, &style);
  if (style.bold >= 0)
    format.bold = style.bold;
  if (style.italic >= 0)
    format.italic = style.italic;
  g_array_append_val (odt->formats, format);
}

static void
add_text (Odt        *odt,
          const char *text)
{
  Format *format = current_format (odt);

  if (odt->block != NULL && text != NULL)
    _syl_import_block_add_text (odt->block, text, format->bold, format->italic);
}

/* ODF collapses white space in text as HTML does; text:s and text:tab
 * are the spaces that count. */
static void
add_collapsed (Odt        *odt,
               const char *text)
{
  g_autoptr(GString) collapsed = g_string_new (NULL);

  if (text == NULL)
    return;
  for (const char *p = text; *p != '\0'; p++)
    {
      gboolean space = *p == ' ' || *p == '\t' || *p == '\n' || *p == '\r';

      if (!space)
        g_string_append_c (collapsed, *p);
      else if (collapsed->len == 0 || collapsed->str[collapsed->len - 1] != ' ')
        g_string_append_c (collapsed, ' ');
    }
  add_text (odt, collapsed->str);
}

static void
add_spaces (Odt *odt)
{
  int count = CLAMP (attribute_int (odt->reader, "text:c", 1), 1, MAX_SPACES);
  char spaces[MAX_SPACES + 1];

  memset (spaces, ' ', count);
  spaces[count] = '\0';
  add_text (odt, spaces);
}

static void
begin_list (Odt *odt)
{
  g_ptr_array_add (odt->list_styles, _syl_import_xml_attribute (odt->reader, "text:style-name"));
}

static void
begin_link (Odt *odt)
{
  g_ptr_array_add (odt->hrefs, _syl_import_xml_attribute (odt->reader, "xlink:href"));
  if (odt->block != NULL)
    _syl_import_block_open_link (odt->block);
}

static void
end_link (Odt *odt)
{
  if (odt->hrefs->len == 0)
    return;
  if (odt->block != NULL)
    _syl_import_block_close_link (odt->block, g_ptr_array_index (odt->hrefs, odt->hrefs->len - 1));
  g_ptr_array_set_size (odt->hrefs, odt->hrefs->len - 1);
}

static void
start_element (Odt *odt)
{
  xmlTextReaderPtr reader = odt->reader;
  gboolean empty = xmlTextReaderIsEmptyElement (reader);

  if (style_element (odt))
    return;
  if (_syl_import_xml_is (reader, "text:p") && !empty)
    begin_paragraph (odt, 0);
  else if (_syl_import_xml_is (reader, "text:h") && !empty)
    begin_paragraph (odt, CLAMP (attribute_int (reader, "text:outline-level", 1), 1, 9));
  else if (_syl_import_xml_is (reader, "text:span") && !empty)
    begin_span (odt);
  else if (_syl_import_xml_is (reader, "text:a") && !empty)
    begin_link (odt);
  else if (_syl_import_xml_is (reader, "text:s"))
    add_spaces (odt);
  else if (_syl_import_xml_is (reader, "text:tab"))
    add_text (odt, "\t");
  else if (_syl_import_xml_is (reader, "text:line-break"))
    add_text (odt, " ");
  else if (_syl_import_xml_is (reader, "text:list") && !empty)
    begin_list (odt);
  else if (_syl_import_xml_is (reader, "text:table-of-content") && !empty)
    odt->toc_depth++;
  else if (_syl_import_xml_is (reader, "table:table") && !empty)
    _syl_import_blocks_begin_table (odt->blocks);
  else if (_syl_import_xml_is (reader, "table:table-row"))
    _syl_import_blocks_begin_row (odt->blocks);
  else if (_syl_import_xml_is (reader, "table:table-cell") ||
           _syl_import_xml_is (reader, "table:covered-table-cell"))
    _syl_import_blocks_begin_cell (odt->blocks);
}

static void
end_element (Odt *odt)
{
  xmlTextReaderPtr reader = odt->reader;

  if (_syl_import_xml_is (reader, "text:p") || _syl_import_xml_is (reader, "text:h"))
    end_paragraph (odt);
  else if (_syl_import_xml_is (reader, "text:span") && odt->formats->len > 0)
    g_array_set_size (odt->formats, odt->formats->len - 1);
  else if (_syl_import_xml_is (reader, "text:a"))
    end_link (odt);
  else if (_syl_import_xml_is (reader, "text:list") && odt->list_styles->len > 0)
    g_ptr_array_set_size (odt->list_styles, odt->list_styles->len - 1);
  else if (_syl_import_xml_is (reader, "text:table-of-content") && odt->toc_depth > 0)
    odt->toc_depth--;
  else if (_syl_import_xml_is (reader, "table:table"))
    _syl_import_blocks_end_table (odt->blocks);
  else if (_syl_import_xml_is (reader, "style:style"))
    odt->style = NULL;
}

/* Notes, frames, comments, tracked changes, headers and footers and the
 * template of the table of contents hold paragraphs that are not the
 * document's text. */
static gboolean
is_skipped (xmlTextReaderPtr reader)
{
  static const char * const skipped[] = { "text:note", "draw:frame", "office:annotation",
                                          "text:tracked-changes", "text:number",
                                          "text:table-of-content-source", "text:soft-page-break",
                                          "office:forms", "text:sequence-decls",
                                          "office:master-styles" };

  for (guint i = 0; i < G_N_ELEMENTS (skipped); i++)
    if (_syl_import_xml_is (reader, skipped[i]))
      return TRUE;
  return FALSE;
}

static void
visit (Odt *odt,
       int  type)
{
  if (type == XML_READER_TYPE_ELEMENT)
    start_element (odt);
  else if (type == XML_READER_TYPE_END_ELEMENT)
    end_element (odt);
  else if (type == XML_READER_TYPE_TEXT || type == XML_READER_TYPE_SIGNIFICANT_WHITESPACE)
    add_collapsed (odt, (const char *) xmlTextReaderConstValue (odt->reader));
}

static gboolean
read_part (Odt         *odt,
           GBytes      *part,
           const char  *name,
           GError     **error)
{
  gsize size = g_bytes_get_size (part);
  int status;

  odt->reader = _syl_import_xml_open (part, name, error);
  if (odt->reader == NULL)
    return FALSE;
  status = xmlTextReaderRead (odt->reader);
  while (status == 1)
    {
      int type = xmlTextReaderNodeType (odt->reader);

      /* Next() goes past the element and all it holds. */
      if (type == XML_READER_TYPE_ELEMENT && is_skipped (odt->reader))
        {
          status = xmlTextReaderNext (odt->reader);
          continue;
        }
      visit (odt, type);
      if (type == XML_READER_TYPE_END_ELEMENT && odt->block == NULL &&
          !_syl_import_result_go_on (odt->result,
                                     0.5 * xmlTextReaderByteConsumed (odt->reader) / size))
        break;
      status = xmlTextReaderRead (odt->reader);
    }
  xmlFreeTextReader (odt->reader);
  odt->reader = NULL;
  odt->style = NULL;
  if (status < 0)
    _syl_import_xml_set_error (name, error);
  return status >= 0;
}

static void
odt_clear (Odt *odt)
{
  g_hash_table_unref (odt->styles);
  g_hash_table_unref (odt->ordered);
  _syl_import_blocks_free (odt->blocks);
  g_array_unref (odt->formats);
  g_ptr_array_unref (odt->list_styles);
  g_ptr_array_unref (odt->hrefs);
  g_free (odt->list_style);
  g_free (odt->p_style);
}

static GBytes *
read_member (Odt         *odt,
             GBytes      *package,
             const char  *name,
             gboolean     required,
             GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  GBytes *part = _syl_import_zip_read (package, name,
                                       _syl_import_result_get_cancellable (odt->result),
                                       &local_error);

  if (part != NULL)
    return part;
  if (!g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (required)
    g_set_error_literal (error, SYL_ERROR, SYL_ERROR_NOT_SYLLABUS,
                         _("this is not an OpenDocument text: the package has no content.xml"));
  return NULL;
}

/* A password encrypts the parts of an ODF package, not the zip: its
 * manifest says so, and content.xml is then no XML at all. */
static gboolean
is_encrypted (Odt    *odt,
              GBytes *package)
{
  g_autoptr(GBytes) manifest = read_member (odt, package, "META-INF/manifest.xml", FALSE, NULL);
  gsize size;
  const char *data;
  g_autofree char *text = NULL;

  if (manifest == NULL)
    return FALSE;
  data = g_bytes_get_data (manifest, &size);
  text = g_strndup (data, size);
  return strstr (text, "encryption-data") != NULL;
}

/**
 * _syl_import_odt:
 * @package: the whole .odt file
 *
 * Returns: %FALSE with @error set when the package cannot be read
 */
gboolean
_syl_import_odt (SylImportResult  *result,
                 GBytes           *package,
                 GError          **error)
{
  Odt odt = { result };
  g_autoptr(GBytes) content = NULL;
  g_autoptr(GBytes) styles = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean ok = FALSE;

  odt.styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, (GDestroyNotify) style_free);
  odt.ordered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  odt.blocks = _syl_import_blocks_new ();
  odt.formats = g_array_new (FALSE, FALSE, sizeof (Format));
  odt.list_styles = g_ptr_array_new_with_free_func (g_free);
  odt.hrefs = g_ptr_array_new_with_free_func (g_free);

  if (is_encrypted (&odt, package))
    _syl_import_set_encrypted_error (error);
  else if ((content = read_member (&odt, package, "content.xml", TRUE, error)) != NULL)
    {
      styles = read_member (&odt, package, "styles.xml", FALSE, &local_error);
      if (local_error != NULL)
        g_propagate_error (error, g_steal_pointer (&local_error));
      else if ((styles == NULL || read_part (&odt, styles, "styles.xml", error)) &&
               read_part (&odt, content, "content.xml", error))
        {
          _syl_import_blocks_place (odt.blocks, result);
          ok = TRUE;
        }
    }
  odt_clear (&odt);
  return ok;
}
