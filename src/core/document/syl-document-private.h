/* syl-document-private.h: what the document's own files, its loaders and
 * its storage share of it and nobody else uses
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-document.h"
#include "syl-model-private.h"

G_BEGIN_DECLS

/* The document's id index and load warnings. */
void        _syl_document_register_subtree   (SylDocument *self,
                                              SylNode     *node);
void        _syl_document_unregister_subtree (SylDocument *self,
                                              SylNode     *node);
void        _syl_document_take_warnings      (SylDocument *self,
                                              GPtrArray   *warnings);
SylHistory *_syl_history_new             (SylDocument *document);

/* What syl-document-disk.c needs of the document. */
void        _syl_document_set_file           (SylDocument *self,
                                              GFile       *file);
void        _syl_document_mark_saved         (SylDocument *self,
                                              gboolean     saved);
const char *_syl_document_get_disk_fingerprint (SylDocument *self);
void        _syl_document_set_disk_fingerprint (SylDocument *self,
                                                const char  *fingerprint);

/* The unknown members of the "check" object, for the reader and writer. */
JsonObject *_syl_document_get_check_extra    (SylDocument *self);
void        _syl_document_set_check_extra    (SylDocument *self,
                                              JsonObject  *extra);


/* For commands and the merge: a comment or a reply at a place. */
void                _syl_document_insert_annotation   (SylDocument     *self,
                                                       SylNode         *node,
                                                       guint            index,
                                                       SylAnnotation   *annotation);
void                _syl_document_insert_reply        (SylDocument     *self,
                                                       SylAnnotation   *annotation,
                                                       guint            index,
                                                       SylReply        *reply);
void                _syl_document_remove_reply        (SylDocument     *self,
                                                       SylAnnotation   *annotation,
                                                       guint            index);

G_END_DECLS
