/* syl-settings.c: the application's settings, when their schema is there
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-settings.h"

/**
 * syl_settings_get:
 *
 * g_settings_new() aborts when the schema is not installed, which is the
 * case when Syllabus runs from its build folder without
 * GSETTINGS_SCHEMA_DIR: the window then simply remembers nothing.
 *
 * Returns: (transfer none) (nullable): the settings, shared
 */
GSettings *
syl_settings_get (void)
{
  static GSettings *settings;
  static gboolean looked;

  if (!looked)
    {
      GSettingsSchemaSource *source = g_settings_schema_source_get_default ();
      g_autoptr(GSettingsSchema) schema = NULL;

      looked = TRUE;
      if (source != NULL)
        schema = g_settings_schema_source_lookup (source, APP_ID, TRUE);
      if (schema != NULL)
        settings = g_settings_new_full (schema, NULL, NULL);
      else
        g_message ("The settings schema %s is not installed; settings are not kept", APP_ID);
    }
  return settings;
}
