/* syl-catalogue-private.h: the parts of a catalogue reader
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "syl-catalogue.h"

G_BEGIN_DECLS

/* The rule that picks a plural form, from a catalogue's header. */
typedef struct _SylPluralRule SylPluralRule;

SylPluralRule *_syl_plural_rule_new_from_header (const char    *header);
void           _syl_plural_rule_free            (SylPluralRule *rule);
guint          _syl_plural_rule_get_n_plurals   (SylPluralRule *rule);
gulong         _syl_plural_rule_eval            (SylPluralRule *rule,
                                                 gulong         n);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (SylPluralRule, _syl_plural_rule_free)

SylCatalogue  *_syl_catalogue_new_source        (void);

G_END_DECLS
