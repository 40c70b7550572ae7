/* syl-catalogue.h: translations in the language of an outline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* An exported file speaks the language of the outline, not the
 * desktop's: see syl-catalogue.c.  Exporters translate with
 * syl_catalogue_gettext() and syl_catalogue_ngettext(), which
 * po/meson.build gives xgettext as keywords; a NULL catalogue follows the
 * language of the user interface. */
typedef struct _SylCatalogue SylCatalogue;

SylCatalogue *syl_catalogue_new_from_bytes        (GBytes        *bytes,
                                                   GError       **error);
SylCatalogue *syl_catalogue_new_from_file         (const char    *path,
                                                   GError       **error);
void          syl_catalogue_free                  (SylCatalogue  *self);

SylCatalogue *syl_catalogue_get_for_language      (const char    *language);
char        **syl_catalogue_language_candidates   (const char    *language);

const char   *syl_catalogue_gettext               (SylCatalogue  *self,
                                                   const char    *msgid) G_GNUC_FORMAT (2);
const char   *syl_catalogue_ngettext              (SylCatalogue  *self,
                                                   const char    *msgid,
                                                   const char    *msgid_plural,
                                                   gulong         n) G_GNUC_FORMAT (3);
guint         syl_catalogue_get_n_plurals         (SylCatalogue  *self);
gulong        syl_catalogue_get_plural_index      (SylCatalogue  *self,
                                                   gulong         n);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylCatalogue, syl_catalogue_free)

G_END_DECLS
