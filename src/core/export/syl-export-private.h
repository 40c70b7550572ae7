/* syl-export-private.h: what the exporters of each format share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-catalogue.h"
#include "syl-export.h"
#include "syl-progress.h"

G_BEGIN_DECLS

typedef struct
{
  SylDocument    *document;
  SylNumbering   *numbering;
  SylExportFlags  flags;
  /* Whether the outline is in Chinese, which decides the kind markers
   * (【思考】 or [Discussion]): see _syl_export_kind_marker(). */
  gboolean        chinese;
  /* The language of the headings and labels: the outline's, or the user
   * interface's (NULL) when it has none; see syl-catalogue-language.c. */
  SylCatalogue   *catalogue;
  GString        *out;

  /* A long export: see syl_export_document_full() and _syl_export_go_on(). */
  GCancellable   *cancellable;
  SylProgressFunc progress;
  gpointer        progress_data;
  guint           n_nodes;
  guint           n_done;
} SylExportContext;

/* One exporter a format, each in its own file.  The text is checked
 * beforehand (syl_export_check_document()), so they cannot fail. */
void        _syl_export_markdown         (SylExportContext *context);
void        _syl_export_text             (SylExportContext *context);
void        _syl_export_opml             (SylExportContext *context);
void        _syl_export_html             (SylExportContext *context);

gboolean    _syl_export_go_on            (SylExportContext *context);
void        _syl_export_context_init     (SylExportContext *context,
                                          SylDocument      *document,
                                          SylExportFlags    flags);
gboolean    _syl_export_has              (SylExportContext *context,
                                          SylExportFlags    flag);
char       *_syl_export_clean            (const char       *text);
char       *_syl_export_one_line         (const char       *text);
void        _syl_export_append_xml       (GString          *out,
                                          const char       *text,
                                          gboolean          attribute);
const char *_syl_export_kind_marker      (SylExportContext *context,
                                          SylNode          *node);
const char *_syl_export_space_after      (const char       *label);
char       *_syl_export_label            (SylExportContext *context,
                                          SylNode          *node);
char       *_syl_export_node_meta        (SylExportContext *context,
                                          SylNode          *node);
char       *_syl_export_course_meta      (SylExportContext *context);
char       *_syl_export_annotation_by    (SylExportContext *context,
                                          SylAnnotation    *annotation);
char       *_syl_export_reply_by         (SylExportContext *context,
                                          SylReply         *reply);
char       *_syl_export_resolved         (SylExportContext *context,
                                          SylAnnotation    *annotation);

char       *_syl_markdown_inline_to_html (const char       *text);

G_END_DECLS
