/* syl-import-docx.c: outlines from Word (.docx) documents
 *
 * A .docx is a zip package of WordprocessingML parts.  word/styles.xml
 * says which paragraph styles are headings: by their name in English or
 * Chinese (“heading 1”, “标题 1”), by an outline level, or through the
 * style they are based on.  word/numbering.xml says which lists are
 * numbered.  word/document.xml is then streamed paragraph by paragraph
 * into blocks (syl-import-blocks.c), which make the outline.  A table of
 * contents, whether a field, a content control or paragraphs in the TOC
 * styles, is marked so that it is never imported twice.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n-lib.h>
#include <stdlib.h>
#include <string.h>

#include "syl-import-private.h"

/* Styles based on styles based on…: a loop or a chain this long is an
 * error in the file, and ends here. */
#define MAX_BASED_ON 16

typedef struct
{
  char  *based_on;
  int    outline;      /* 1 to 9, or 0 */
  int    toc;          /* 1 to 9, or 0 */
  int    num_id;       /* -1 when unset */
  int    ilvl;         /* -1 when unset */
  gboolean title;
} Style;

typedef struct
{
  SylImportResult   *result;
  xmlTextReaderPtr   reader;
  GHashTable        *styles;      /* id to Style */
  GHashTable        *ordered;     /* "numId:ilvl" present when numbered */
  GHashTable        *links;       /* relationship id to target */
  SylImportBlocks   *blocks;

  /* The paragraph being read. */
  SylImportBlock    *block;
  char              *p_style;
  int                p_outline;
  int                num_id;
  int                ilvl;
  gboolean           p_toc;
  gboolean           in_run;
  gboolean           bold;
  gboolean           italic;
  char              *href;

  /* Fields (a stack of whether each is a TOC) and content controls. */
  GArray            *fields;
  guint              sdt_depth;
  guint              toc_sdt;     /* the depth of the TOC control, or 0 */
} Docx;

static void
style_free (Style *style)
{
  g_free (style->based_on);
  g_free (style);
}

/* “heading 2”, “Heading2”, “标题 2”: @prefix and a digit. */
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

static void
style_from_name (Style      *style,
                 const char *name)
{
  static const char * const headings[] = { "heading", "标题" };
  static const char * const contents[] = { "toc", "目录", "contents" };

  for (guint i = 0; i < G_N_ELEMENTS (headings) && style->outline == 0; i++)
    style->outline = name_level (name, headings[i]);
  for (guint i = 0; i < G_N_ELEMENTS (contents) && style->toc == 0; i++)
    style->toc = name_level (name, contents[i]);
  if (g_ascii_strcasecmp (name, "toc heading") == 0 || g_ascii_strcasecmp (name, "TOCHeading") == 0)
    style->toc = 1;
  if (g_ascii_strcasecmp (name, "title") == 0 || strcmp (name, "标题") == 0)
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
read_style_element (Docx  *docx,
                    Style *style)
{
  xmlTextReaderPtr reader = docx->reader;
  g_autofree char *value = NULL;

  if (_syl_import_xml_is (reader, "w:name"))
    {
      value = _syl_import_xml_attribute (reader, "w:val");
      if (value != NULL)
        style_from_name (style, value);
    }
  else if (_syl_import_xml_is (reader, "w:basedOn"))
    {
      g_free (style->based_on);
      style->based_on = _syl_import_xml_attribute (reader, "w:val");
    }
  else if (_syl_import_xml_is (reader, "w:outlineLvl"))
    {
      int level = attribute_int (reader, "w:val", 9);

      if (level < 9 && style->outline == 0)
        style->outline = level + 1;
    }
  else if (_syl_import_xml_is (reader, "w:numId"))
    style->num_id = attribute_int (reader, "w:val", -1);
  else if (_syl_import_xml_is (reader, "w:ilvl"))
    style->ilvl = attribute_int (reader, "w:val", -1);
}

/* Reads a whole part with @element called on each element's start;
 * %FALSE with @error set when its XML is malformed. */
static gboolean
read_part (Docx        *docx,
           GBytes      *part,
           const char  *name,
           void       (*element) (Docx *docx, gpointer data),
           gpointer     data,
           GError     **error)
{
  int status;

  docx->reader = _syl_import_xml_open (part, name, error);
  if (docx->reader == NULL)
    return FALSE;
  while ((status = xmlTextReaderRead (docx->reader)) == 1)
    element (docx, data);
  xmlFreeTextReader (docx->reader);
  docx->reader = NULL;
  if (status < 0)
    _syl_import_xml_set_error (name, error);
  return status == 0;
}

static void
styles_element (Docx     *docx,
                gpointer  data)
{
  Style **current = data;
  xmlTextReaderPtr reader = docx->reader;

  if (xmlTextReaderNodeType (reader) != XML_READER_TYPE_ELEMENT)
    return;
  if (_syl_import_xml_is (reader, "w:style"))
    {
      g_autofree char *type = _syl_import_xml_attribute (reader, "w:type");
      char *id = _syl_import_xml_attribute (reader, "w:styleId");

      *current = NULL;
      if (id == NULL || g_strcmp0 (type, "paragraph") != 0)
        {
          g_free (id);
          return;
        }
      *current = g_new0 (Style, 1);
      (*current)->num_id = (*current)->ilvl = -1;
      style_from_name (*current, id);
      g_hash_table_replace (docx->styles, id, *current);
    }
  else if (*current != NULL)
    read_style_element (docx, *current);
}

typedef struct
{
  GHashTable *abstract_of;   /* numId to abstractNumId */
  int         abstract;
  int         level;
  int         num;
} Numbering;

static void
numbering_element (Docx     *docx,
                   gpointer  data)
{
  Numbering *numbering = data;
  xmlTextReaderPtr reader = docx->reader;

  if (xmlTextReaderNodeType (reader) != XML_READER_TYPE_ELEMENT)
    return;
  if (_syl_import_xml_is (reader, "w:abstractNum"))
    numbering->abstract = attribute_int (reader, "w:abstractNumId", -1);
  else if (_syl_import_xml_is (reader, "w:lvl"))
    numbering->level = attribute_int (reader, "w:ilvl", -1);
  else if (_syl_import_xml_is (reader, "w:numFmt") && numbering->abstract >= 0 &&
           numbering->level >= 0)
    {
      g_autofree char *format = _syl_import_xml_attribute (reader, "w:val");

      if (format != NULL && strcmp (format, "bullet") != 0 && strcmp (format, "none") != 0)
        g_hash_table_add (docx->ordered, g_strdup_printf ("a%d:%d", numbering->abstract,
                                                          numbering->level));
    }
  else if (_syl_import_xml_is (reader, "w:num"))
    numbering->num = attribute_int (reader, "w:numId", -1);
  else if (_syl_import_xml_is (reader, "w:abstractNumId") && numbering->num >= 0)
    g_hash_table_insert (numbering->abstract_of, GINT_TO_POINTER (numbering->num),
                         GINT_TO_POINTER (attribute_int (reader, "w:val", -1)));
}

/* Numbers by numId, as paragraphs name them, from those of the
 * abstract numberings. */
static void
resolve_numbering (Docx       *docx,
                   GHashTable *abstract_of)
{
  GHashTableIter iter;
  gpointer num, abstract;

  g_hash_table_iter_init (&iter, abstract_of);
  while (g_hash_table_iter_next (&iter, &num, &abstract))
    for (int level = 0; level < 9; level++)
      {
        g_autofree char *key = g_strdup_printf ("a%d:%d", GPOINTER_TO_INT (abstract), level);

        if (g_hash_table_contains (docx->ordered, key))
          g_hash_table_add (docx->ordered,
                            g_strdup_printf ("%d:%d", GPOINTER_TO_INT (num), level));
      }
}

static void
rels_element (Docx     *docx,
              gpointer  data)
{
  xmlTextReaderPtr reader = docx->reader;
  g_autofree char *mode = NULL;
  char *id, *target;

  if (xmlTextReaderNodeType (reader) != XML_READER_TYPE_ELEMENT ||
      !_syl_import_xml_is (reader, "Relationship"))
    return;
  mode = _syl_import_xml_attribute (reader, "TargetMode");
  if (g_strcmp0 (mode, "External") != 0)
    return;
  id = _syl_import_xml_attribute (reader, "Id");
  target = _syl_import_xml_attribute (reader, "Target");
  if (id != NULL && target != NULL)
    g_hash_table_replace (docx->links, id, target);
  else
    {
      g_free (id);
      g_free (target);
    }
}

/* An optional part: missing is fine, damaged is not. */
static gboolean
read_optional (Docx        *docx,
               GBytes      *package,
               const char  *name,
               void       (*element) (Docx *docx, gpointer data),
               gpointer     data,
               GError     **error)
{
  g_autoptr(GError) local_error = NULL;
  g_autoptr(GBytes) part = _syl_import_zip_read (package, name,
                                                 _syl_import_result_get_cancellable (docx->result),
                                                 &local_error);

  if (part == NULL)
    {
      if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
        return TRUE;
      g_propagate_error (error, g_steal_pointer (&local_error));
      return FALSE;
    }
  return read_part (docx, part, name, element, data, error);
}

static gboolean
read_support_parts (Docx    *docx,
                    GBytes  *package,
                    GError **error)
{
  g_autoptr(GHashTable) abstract_of = g_hash_table_new (NULL, NULL);
  Numbering numbering = { abstract_of, -1, -1, -1 };
  Style *current = NULL;

  if (!read_optional (docx, package, "word/styles.xml", styles_element, &current, error) ||
      !read_optional (docx, package, "word/numbering.xml", numbering_element, &numbering, error) ||
      !read_optional (docx, package, "word/_rels/document.xml.rels", rels_element, NULL, error))
    return FALSE;
  resolve_numbering (docx, abstract_of);
  return TRUE;
}

/* What a paragraph's style says, through the styles it is based on. */
static void
resolve_style (Docx       *docx,
               const char *id,
               Style      *out)
{
  out->num_id = out->ilvl = -1;
  for (guint i = 0; id != NULL && i < MAX_BASED_ON; i++)
    {
      Style *style = g_hash_table_lookup (docx->styles, id);

      if (style == NULL)
        break;
      if (out->outline == 0)
        out->outline = style->outline;
      if (out->toc == 0)
        out->toc = style->toc;
      if (out->num_id < 0)
        out->num_id = style->num_id;
      if (out->ilvl < 0)
        out->ilvl = style->ilvl;
      out->title |= style->title;
      id = style->based_on;
    }
}

/* The body. */

static gboolean
in_toc (Docx *docx)
{
  if (docx->toc_sdt > 0)
    return TRUE;
  for (guint i = 0; i < docx->fields->len; i++)
    if (g_array_index (docx->fields, gboolean, i))
      return TRUE;
  return FALSE;
}

static void
begin_paragraph (Docx *docx)
{
  docx->block = _syl_import_blocks_begin (docx->blocks);
  g_clear_pointer (&docx->p_style, g_free);
  docx->p_outline = 0;
  docx->num_id = docx->ilvl = -1;
  docx->p_toc = in_toc (docx);
}

static void
end_paragraph (Docx *docx)
{
  SylImportBlock *block = docx->block;
  Style style = { 0 };
  int num_id, ilvl;

  if (block == NULL)
    return;
  resolve_style (docx, docx->p_style, &style);
  num_id = docx->num_id >= 0 ? docx->num_id : style.num_id;
  ilvl = docx->ilvl >= 0 ? docx->ilvl : MAX (style.ilvl, 0);
  block->title = style.title;
  block->outline_level = docx->p_outline > 0 ? docx->p_outline : style.outline;
  if (style.toc > 0 || docx->p_toc)
    {
      block->toc_level = MAX (style.toc, 1);
      block->toc_styled = style.toc > 0;
    }
  else if (block->outline_level == 0 && num_id > 0)
    {
      g_autofree char *key = g_strdup_printf ("%d:%d", num_id, ilvl);

      block->list_level = MIN (ilvl, 8) + 1;
      block->ordered = g_hash_table_contains (docx->ordered, key);
    }
  _syl_import_blocks_end (docx->blocks);
  docx->block = NULL;
}

static gboolean
is_on (xmlTextReaderPtr reader)
{
  g_autofree char *value = _syl_import_xml_attribute (reader, "w:val");

  return value == NULL || !(strcmp (value, "0") == 0 || strcmp (value, "false") == 0 ||
                            strcmp (value, "off") == 0 || strcmp (value, "none") == 0);
}

static void
add_text (Docx       *docx,
          const char *text)
{
  if (docx->block != NULL && text != NULL)
    _syl_import_block_add_text (docx->block, text, docx->bold, docx->italic);
}

static void
field_element (Docx *docx)
{
  g_autofree char *type = _syl_import_xml_attribute (docx->reader, "w:fldCharType");
  gboolean toc = FALSE;

  if (g_strcmp0 (type, "begin") == 0)
    g_array_append_val (docx->fields, toc);
  else if (g_strcmp0 (type, "end") == 0 && docx->fields->len > 0)
    g_array_set_size (docx->fields, docx->fields->len - 1);
}

static void
instruction (Docx *docx)
{
  xmlChar *text = xmlTextReaderReadString (docx->reader);
  const char *p = text != NULL ? _syl_import_skip_spaces ((const char *) text) : "";

  if (docx->fields->len > 0 && g_str_has_prefix (p, "TOC") && !g_ascii_isalnum (p[3]))
    {
      g_array_index (docx->fields, gboolean, docx->fields->len - 1) = TRUE;
      docx->p_toc = TRUE;
    }
  xmlFree (text);
}

static void
paragraph_property (Docx *docx)
{
  xmlTextReaderPtr reader = docx->reader;

  if (_syl_import_xml_is (reader, "w:pStyle"))
    {
      g_free (docx->p_style);
      docx->p_style = _syl_import_xml_attribute (reader, "w:val");
    }
  else if (_syl_import_xml_is (reader, "w:outlineLvl"))
    {
      int level = attribute_int (reader, "w:val", 9);

      docx->p_outline = level < 9 ? level + 1 : 0;
    }
  else if (_syl_import_xml_is (reader, "w:numId"))
    docx->num_id = attribute_int (reader, "w:val", -1);
  else if (_syl_import_xml_is (reader, "w:ilvl"))
    docx->ilvl = attribute_int (reader, "w:val", -1);
}

static void
run_element (Docx *docx)
{
  xmlTextReaderPtr reader = docx->reader;

  if (_syl_import_xml_is (reader, "w:t"))
    {
      xmlChar *text = xmlTextReaderReadString (reader);

      add_text (docx, (const char *) text);
      xmlFree (text);
    }
  else if (_syl_import_xml_is (reader, "w:tab"))
    add_text (docx, "\t");
  else if (_syl_import_xml_is (reader, "w:br") || _syl_import_xml_is (reader, "w:cr"))
    add_text (docx, " ");
  else if (_syl_import_xml_is (reader, "w:b"))
    docx->bold = is_on (reader);
  else if (_syl_import_xml_is (reader, "w:i"))
    docx->italic = is_on (reader);
}

static void
begin_link (Docx *docx)
{
  g_autofree char *id = _syl_import_xml_attribute (docx->reader, "r:id");

  g_clear_pointer (&docx->href, g_free);
  if (id != NULL)
    docx->href = g_strdup (g_hash_table_lookup (docx->links, id));
  if (docx->block != NULL)
    _syl_import_block_open_link (docx->block);
}

static void
content_control (Docx *docx)
{
  g_autofree char *gallery = _syl_import_xml_attribute (docx->reader, "w:val");

  if (g_strcmp0 (gallery, "Table of Contents") == 0 && docx->toc_sdt == 0)
    docx->toc_sdt = docx->sdt_depth;
}

/* Text boxes hold paragraphs inside a paragraph, and alternative content
 * says the same thing twice: neither is part of the outline. */
static gboolean
is_skipped (xmlTextReaderPtr reader)
{
  static const char * const skipped[] = { "w:txbxContent", "mc:Fallback", "w:pict", "w:object",
                                          "w:footnoteReference", "w:commentReference", "w:del" };

  for (guint i = 0; i < G_N_ELEMENTS (skipped); i++)
    if (_syl_import_xml_is (reader, skipped[i]))
      return TRUE;
  return FALSE;
}

static void
start_element (Docx *docx)
{
  xmlTextReaderPtr reader = docx->reader;
  gboolean empty = xmlTextReaderIsEmptyElement (reader);

  if (_syl_import_xml_is (reader, "w:p"))
    {
      if (!empty)
        begin_paragraph (docx);
    }
  else if (_syl_import_xml_is (reader, "w:r"))
    {
      docx->in_run = !empty;
      docx->bold = docx->italic = FALSE;
    }
  else if (_syl_import_xml_is (reader, "w:fldChar"))
    field_element (docx);
  else if (_syl_import_xml_is (reader, "w:instrText"))
    instruction (docx);
  else if (docx->in_run)
    run_element (docx);
  else if (_syl_import_xml_is (reader, "w:hyperlink") && !empty)
    begin_link (docx);
  else if (_syl_import_xml_is (reader, "w:sdt") && !empty)
    docx->sdt_depth++;
  else if (_syl_import_xml_is (reader, "w:docPartGallery"))
    content_control (docx);
  else if (_syl_import_xml_is (reader, "w:tbl") && !empty)
    _syl_import_blocks_begin_table (docx->blocks);
  else if (_syl_import_xml_is (reader, "w:tr"))
    _syl_import_blocks_begin_row (docx->blocks);
  else if (_syl_import_xml_is (reader, "w:tc"))
    _syl_import_blocks_begin_cell (docx->blocks);
  else if (docx->block != NULL)
    paragraph_property (docx);
}

static void
end_element (Docx *docx)
{
  xmlTextReaderPtr reader = docx->reader;

  if (_syl_import_xml_is (reader, "w:p"))
    end_paragraph (docx);
  else if (_syl_import_xml_is (reader, "w:r"))
    docx->in_run = FALSE;
  else if (_syl_import_xml_is (reader, "w:hyperlink") && docx->block != NULL)
    _syl_import_block_close_link (docx->block, docx->href);
  else if (_syl_import_xml_is (reader, "w:sdt") && docx->sdt_depth > 0)
    {
      if (docx->toc_sdt == docx->sdt_depth)
        docx->toc_sdt = 0;
      docx->sdt_depth--;
    }
  else if (_syl_import_xml_is (reader, "w:tbl"))
    _syl_import_blocks_end_table (docx->blocks);
}

static gboolean
read_body (Docx        *docx,
           GBytes      *part,
           GError     **error)
{
  gsize size = g_bytes_get_size (part);
  int status;

  docx->reader = _syl_import_xml_open (part, "word/document.xml", error);
  if (docx->reader == NULL)
    return FALSE;
  status = xmlTextReaderRead (docx->reader);
  while (status == 1)
    {
      int type = xmlTextReaderNodeType (docx->reader);

      /* Next() goes past the element and all it holds. */
      if (type == XML_READER_TYPE_ELEMENT && is_skipped (docx->reader))
        {
          status = xmlTextReaderNext (docx->reader);
          continue;
        }
      if (type == XML_READER_TYPE_ELEMENT)
        start_element (docx);
      else if (type == XML_READER_TYPE_END_ELEMENT)
        end_element (docx);
      /* Reading takes about half of the import. */
      if (type == XML_READER_TYPE_END_ELEMENT && _syl_import_xml_is (docx->reader, "w:p") &&
          !_syl_import_result_go_on (docx->result,
                                     0.5 * xmlTextReaderByteConsumed (docx->reader) / size))
        break;
      status = xmlTextReaderRead (docx->reader);
    }
  xmlFreeTextReader (docx->reader);
  docx->reader = NULL;
  if (status < 0)
    _syl_import_xml_set_error ("word/document.xml", error);
  return status >= 0;
}

static void
docx_clear (Docx *docx)
{
  g_hash_table_unref (docx->styles);
  g_hash_table_unref (docx->ordered);
  g_hash_table_unref (docx->links);
  g_array_unref (docx->fields);
  _syl_import_blocks_free (docx->blocks);
  g_free (docx->p_style);
  g_free (docx->href);
}

/**
 * _syl_import_docx:
 * @package: the whole .docx file
 *
 * Returns: %FALSE with @error set when the package cannot be read: it is
 *   damaged, encrypted, an old .doc, or has no document in it
 */
gboolean
_syl_import_docx (SylImportResult  *result,
                  GBytes           *package,
                  GError          **error)
{
  Docx docx = { result };
  g_autoptr(GBytes) body = NULL;
  g_autoptr(GError) local_error = NULL;
  gboolean ok = FALSE;

  docx.styles = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                       (GDestroyNotify) style_free);
  docx.ordered = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  docx.links = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  docx.fields = g_array_new (FALSE, FALSE, sizeof (gboolean));
  docx.blocks = _syl_import_blocks_new ();

  body = _syl_import_zip_read (package, "word/document.xml",
                               _syl_import_result_get_cancellable (result), &local_error);
  if (g_error_matches (local_error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND))
    g_set_error_literal (error, SYL_ERROR, SYL_ERROR_NOT_SYLLABUS,
                         _("this is not a Word document: the package has no word/document.xml"));
  else if (body == NULL)
    g_propagate_error (error, g_steal_pointer (&local_error));
  else if (read_support_parts (&docx, package, error) && read_body (&docx, body, error))
    {
      _syl_import_blocks_place (docx.blocks, result);
      ok = TRUE;
    }
  docx_clear (&docx);
  return ok;
}
