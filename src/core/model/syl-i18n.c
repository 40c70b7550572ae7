/* syl-i18n.c: where the translations are
 *
 * Installed, Syllabus reads its catalogues under its prefix.  Run from the
 * build folder, as the README's first command does, nothing is installed
 * there yet, and a Chinese desktop would see an English window: the
 * programs then read the catalogues the build has just made.  A program
 * runs from the build folder when its executable lies inside it; `meson
 * devenv` says where the catalogues are with SYL_LOCALE_DIR, which wins.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "syl-i18n.h"

/* Whether the running program is one the build folder holds. */
static gboolean
running_uninstalled (void)
{
  g_autofree char *exe = g_file_read_link ("/proc/self/exe", NULL);
  g_autofree char *root = g_strconcat (SYL_BUILD_ROOT, G_DIR_SEPARATOR_S, NULL);

  return exe != NULL && g_str_has_prefix (exe, root);
}

/**
 * syl_i18n_get_locale_dir:
 *
 * Returns: the folder the programs read their catalogues from
 */
const char *
syl_i18n_get_locale_dir (void)
{
  const char *dir = g_getenv ("SYL_LOCALE_DIR");

  if (dir != NULL && *dir != '\0')
    return dir;
  if (running_uninstalled ())
    return SYL_BUILD_LOCALEDIR;
  return LOCALEDIR;
}

/**
 * syl_i18n_init:
 *
 * Sets the locale from the environment and binds the text domain, as the
 * first thing every program of Syllabus does.
 */
void
syl_i18n_init (void)
{
  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, syl_i18n_get_locale_dir ());
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);
}
