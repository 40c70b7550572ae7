/* main.c: starts Syllabus
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-application.h"
#include "syl-i18n.h"

int
main (int   argc,
      char *argv[])
{
  g_autoptr(SylApplication) application = NULL;

  syl_i18n_init ();

  application = syl_application_new ();
  return g_application_run (G_APPLICATION (application), argc, argv);
}
