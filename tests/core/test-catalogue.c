/* test-catalogue.c: the reader of GNU .mo catalogues that exports use
 *
 * Catalogues are made here byte by byte, in both byte orders, with static
 * and system-dependent strings, then broken in every way a file can be
 * (cut short, wrong magic, tables and strings past the end, a missing
 * NUL, huge counts, random bytes): a broken file is no catalogue, and
 * nothing reads outside it (run under Valgrind and ASan by
 * build-aux/run-tests).  Plural rules of a few languages are evaluated,
 * and broken ones fall back to n != 1.  The catalogue the build made is
 * read as the exports read it, from language tags of every form.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <inttypes.h>
#include <string.h>

#include "syl-catalogue.h"
#include "syl-error.h"
#include "syl-i18n.h"
#include "syl-test-util.h"

#define SEGMENTS_END 0xffffffff
/* A string literal that may hold NULs, and its size without the last. */
#define BYTES(literal) literal, sizeof (literal) - 1

/* Making catalogues. */

typedef struct
{
  const char *msgid;     /* "a\0b" for a plural: give the size */
  gsize       id_size;   /* without the last NUL; 0 for strlen () */
  const char *msgstr;
  gsize       str_size;
} Pair;

typedef struct
{
  GByteArray *data;
  gboolean    big_endian;
  /* Where things are, for the tests that break them. */
  guint32     originals;
  guint32     first_string;
  guint32     segments;
  guint32     sysdep_originals;
} Mo;

static guint32
mo_get (Mo      *mo,
        guint32  offset)
{
  guint32 raw;

  memcpy (&raw, mo->data->data + offset, 4);
  return mo->big_endian ? GUINT32_FROM_BE (raw) : GUINT32_FROM_LE (raw);
}

static void
mo_set (Mo      *mo,
        guint32  offset,
        guint32  value)
{
  guint32 raw = mo->big_endian ? GUINT32_TO_BE (value) : GUINT32_TO_LE (value);

  if (mo->data->len < offset + 4)
    g_byte_array_set_size (mo->data, offset + 4);
  memcpy (mo->data->data + offset, &raw, 4);
}

/* Appends @size bytes and a NUL; returns where they start. */
static guint32
mo_append (Mo         *mo,
           const char *bytes,
           gsize       size)
{
  guint32 offset = mo->data->len;

  g_byte_array_append (mo->data, (const guint8 *) bytes, size);
  g_byte_array_append (mo->data, (const guint8 *) "", 1);
  return offset;
}

/* Appends a system-dependent string: static segments "%" and @rest
 * around segment @ref, as msgfmt writes "%<PRId64> min". */
static guint32
mo_append_sysdep (Mo         *mo,
                  const char *rest,
                  guint32     ref)
{
  guint32 statics = mo->data->len;
  guint32 descriptor;

  /* The two static segments lie one after the other: "%", then @rest
   * with the NUL that ends the string. */
  g_byte_array_append (mo->data, (const guint8 *) "%", 1);
  mo_append (mo, rest, strlen (rest));
  descriptor = mo->data->len;
  mo_set (mo, descriptor, statics);
  mo_set (mo, descriptor + 4, 1);
  mo_set (mo, descriptor + 8, ref);
  mo_set (mo, descriptor + 12, strlen (rest) + 1);
  mo_set (mo, descriptor + 16, SEGMENTS_END);
  return descriptor;
}

/* A catalogue of @pairs (sorted by msgid), revision 1 with two
 * system-dependent strings when @sysdep: "%<PRId64> min", and one using a
 * segment no system has, which is left out. */
static Mo *
mo_new (const Pair *pairs,
        guint       n,
        gboolean    sysdep,
        gboolean    big_endian)
{
  Mo *mo = g_new0 (Mo, 1);
  guint32 header_size = sysdep ? 48 : 28;
  guint32 translations;

  mo->data = g_byte_array_new ();
  mo->big_endian = big_endian;
  g_byte_array_set_size (mo->data, header_size + 16 * n);
  memset (mo->data->data, 0, mo->data->len);
  mo_set (mo, 0, 0x950412de);
  mo_set (mo, 4, sysdep ? 1 : 0);
  mo_set (mo, 8, n);
  mo->originals = header_size;
  translations = header_size + 8 * n;
  mo_set (mo, 12, mo->originals);
  mo_set (mo, 16, translations);

  if (sysdep)
    {
      guint32 names[2];
      guint32 descriptors[4];

      names[0] = mo_append (mo, "PRId64", 6);
      names[1] = mo_append (mo, "PRIq64", 6);
      mo->segments = mo->data->len;
      for (guint i = 0; i < 2; i++)
        {
          mo_set (mo, mo->segments + 8 * i, 7);
          mo_set (mo, mo->segments + 8 * i + 4, names[i]);
        }
      descriptors[0] = mo_append_sysdep (mo, " min", 0);
      descriptors[1] = mo_append_sysdep (mo, " 分钟", 0);
      descriptors[2] = mo_append_sysdep (mo, " q", 1);
      descriptors[3] = mo_append_sysdep (mo, " Q", 1);
      mo->sysdep_originals = mo->data->len;
      mo_set (mo, 28, 2);
      mo_set (mo, 32, mo->segments);
      mo_set (mo, 36, 2);
      mo_set (mo, 40, mo->sysdep_originals);
      mo_set (mo, 44, mo->sysdep_originals + 8);
      mo_set (mo, mo->sysdep_originals, descriptors[0]);
      mo_set (mo, mo->sysdep_originals + 4, descriptors[2]);
      mo_set (mo, mo->sysdep_originals + 8, descriptors[1]);
      mo_set (mo, mo->sysdep_originals + 12, descriptors[3]);
    }

  mo->first_string = mo->data->len;
  for (guint i = 0; i < n; i++)
    {
      gsize id_size = pairs[i].id_size ? pairs[i].id_size : strlen (pairs[i].msgid);
      gsize str_size = pairs[i].str_size ? pairs[i].str_size : strlen (pairs[i].msgstr);

      mo_set (mo, mo->originals + 8 * i, id_size);
      mo_set (mo, mo->originals + 8 * i + 4, mo_append (mo, pairs[i].msgid, id_size));
      mo_set (mo, translations + 8 * i, str_size);
      mo_set (mo, translations + 8 * i + 4, mo_append (mo, pairs[i].msgstr, str_size));
    }
  return mo;
}

static void
mo_free (Mo *mo)
{
  g_byte_array_unref (mo->data);
  g_free (mo);
}

G_DEFINE_AUTOPTR_CLEANUP_FUNC (Mo, mo_free)

static SylCatalogue *
load (const guint8 *data,
      gsize         size,
      GError      **error)
{
  g_autoptr(GBytes) bytes = g_bytes_new (data, size);

  return syl_catalogue_new_from_bytes (bytes, error);
}

static SylCatalogue *
load_mo (Mo      *mo,
         GError **error)
{
  return load (mo->data->data, mo->data->len, error);
}

static void
assert_no_catalogue (Mo *mo)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylCatalogue) catalogue = load_mo (mo, &error);

  g_assert_null (catalogue);
  g_assert_error (error, SYL_ERROR, SYL_ERROR_INVALID);
}

#define CHINESE_HEADER "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=1; plural=0;\n"

static const Pair chinese[] = {
  { "", 0, CHINESE_HEADER, 0 },
  { BYTES ("%u open comment.\0%u open comments."), "%u 条未解决的批注。", 0 },
  { "Comments", 0, "批注", 0 },
  { "Empty", 0, "", 0 },
  { "Objectives", 0, "学习目标", 0 },
  { "Wrong", 0, "\xc0\xaf", 0 },
};

/* Reading. */

static void
check_chinese (SylCatalogue *catalogue)
{
  g_assert_nonnull (catalogue);
  g_assert_cmpstr (syl_catalogue_gettext (catalogue, "Objectives"), ==, "学习目标");
  g_assert_cmpstr (syl_catalogue_gettext (catalogue, "Comments"), ==, "批注");
  /* Not there, not translated, or not UTF-8: the message itself. */
  g_assert_cmpstr (syl_catalogue_gettext (catalogue, "Contents"), ==, "Contents");
  g_assert_cmpstr (syl_catalogue_gettext (catalogue, "Empty"), ==, "Empty");
  g_assert_cmpstr (syl_catalogue_gettext (catalogue, "Wrong"), ==, "Wrong");
  g_assert_cmpuint (syl_catalogue_get_n_plurals (catalogue), ==, 1);
  for (gulong n = 0; n < 3; n++)
    g_assert_cmpstr (syl_catalogue_ngettext (catalogue, "%u open comment.", "%u open comments.", n),
                     ==, "%u 条未解决的批注。");
}

static void
test_read (void)
{
  for (guint big_endian = 0; big_endian < 2; big_endian++)
    for (guint sysdep = 0; sysdep < 2; sysdep++)
      {
        g_autoptr(Mo) mo = mo_new (chinese, G_N_ELEMENTS (chinese), sysdep, big_endian);
        g_autoptr(GError) error = NULL;
        g_autoptr(SylCatalogue) catalogue = load_mo (mo, &error);

        g_assert_no_error (error);
        check_chinese (catalogue);
        /* "%<PRId64> min" as the compiler spells PRId64 here; the string
         * with a segment no system has is left out. */
        g_assert_cmpstr (syl_catalogue_gettext (catalogue, "%" PRId64 " min"), ==,
                         sysdep ? "%" PRId64 " 分钟" : "%" PRId64 " min");
      }
}

/* The catalogue the build made from po/zh_CN.po, as the exports read it. */
static void
test_read_built (void)
{
  g_autofree char *path = g_build_filename (syl_i18n_get_locale_dir (), "zh_CN", "LC_MESSAGES",
                                            GETTEXT_PACKAGE ".mo", NULL);
  g_autoptr(GError) error = NULL;
  g_autoptr(SylCatalogue) catalogue = syl_catalogue_new_from_file (path, &error);

  g_assert_no_error (error);
  g_assert_cmpstr (syl_catalogue_gettext (catalogue, "Objectives"), ==, "学习目标");
  g_assert_cmpstr (syl_catalogue_gettext (catalogue, "%" PRId64 " h %" PRId64 " min"), ==,
                   "%" PRId64 " 小时 %" PRId64 " 分钟");
  g_assert_cmpstr (syl_catalogue_ngettext (catalogue, "%u open comment.", "%u open comments.", 2),
                   ==, "%u 条未解决的批注。");
  g_assert_cmpuint (syl_catalogue_get_n_plurals (catalogue), ==, 1);
}

/* msgfmt's own big-endian file, when msgfmt is installed. */
static void
test_read_big_endian_msgfmt (void)
{
  g_autofree char *msgfmt = g_find_program_in_path ("msgfmt");
  g_autofree char *po = syl_test_data_path ("..", "..", "po", "zh_CN.po", NULL);
  g_autofree char *dir = NULL;
  g_autofree char *mo = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(SylCatalogue) catalogue = NULL;
  int status = -1;

  if (msgfmt == NULL)
    {
      g_test_skip ("msgfmt is not installed");
      return;
    }
  dir = syl_test_make_temp_dir ("syl-test-catalogue-XXXXXX");
  mo = g_build_filename (dir, "zh_CN.mo", NULL);
  {
    const char *argv[] = { msgfmt, "--endianness=big", "-o", mo, po, NULL };

    g_assert_true (g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_DEFAULT, NULL, NULL, NULL,
                                 NULL, &status, &error));
  }
  g_assert_no_error (error);
  g_assert_cmpint (status, ==, 0);
  catalogue = syl_catalogue_new_from_file (mo, &error);
  g_assert_no_error (error);
  g_assert_cmpstr (syl_catalogue_gettext (catalogue, "Objectives"), ==, "学习目标");
  g_assert_cmpstr (syl_catalogue_gettext (catalogue, "%" PRId64 " min"), ==, "%" PRId64 " 分钟");
  syl_test_remove_tree (dir);
}

/* Broken files. */

/* A file cut anywhere is no catalogue: its last string loses its NUL. */
static void
test_truncated (void)
{
  g_autoptr(Mo) mo = mo_new (chinese, G_N_ELEMENTS (chinese), TRUE, FALSE);

  for (guint size = 0; size < mo->data->len; size++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(SylCatalogue) catalogue = load (mo->data->data, size, &error);

      g_assert_null (catalogue);
      g_assert_error (error, SYL_ERROR, SYL_ERROR_INVALID);
    }
}

static void
test_bad_header (void)
{
  guint32 bad[][2] = {
    { 0, 0x12345678 },            /* magic */
    { 4, 2 << 16 },               /* a major revision not known */
    { 8, 0xffffffff },            /* strings: far more than the file holds */
    { 8, 0x20000000 },
    { 12, 0xfffffff0 },           /* the originals' table past the end */
    { 16, 0 - 4 },                /* the translations' table wrapping round */
    { 20, 0x40000000 },           /* a hash table past the end */
    { 28, 0xffffffff },           /* segments */
    { 32, 0xfffffffc },
    { 36, 0xffffffff },           /* system-dependent strings */
    { 40, 0x7fffffff },
    { 44, 0xffffff00 },
  };

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(Mo) mo = mo_new (chinese, G_N_ELEMENTS (chinese), TRUE, i % 2 == 1);

      g_test_message ("header word at %u set to %#x", bad[i][0], bad[i][1]);
      mo_set (mo, bad[i][0], bad[i][1]);
      if (bad[i][0] == 20)
        mo_set (mo, 24, 48);
      assert_no_catalogue (mo);
    }
}

static void
test_bad_strings (void)
{
  g_autoptr(Mo) mo = NULL;

  /* A string longer than the file, one starting past its end, one
   * whose length makes the offset wrap round. */
  mo = mo_new (chinese, G_N_ELEMENTS (chinese), FALSE, FALSE);
  mo_set (mo, mo->originals + 8, 0xfffffff0);
  assert_no_catalogue (mo);
  g_clear_pointer (&mo, mo_free);
  mo = mo_new (chinese, G_N_ELEMENTS (chinese), FALSE, TRUE);
  mo_set (mo, mo->originals + 12, mo->data->len);
  assert_no_catalogue (mo);
  g_clear_pointer (&mo, mo_free);
  mo = mo_new (chinese, G_N_ELEMENTS (chinese), FALSE, FALSE);
  mo_set (mo, mo->originals + 12, 0xffffffff);
  assert_no_catalogue (mo);
  g_clear_pointer (&mo, mo_free);

  /* A string without its NUL. */
  mo = mo_new (chinese, G_N_ELEMENTS (chinese), FALSE, FALSE);
  mo->data->data[mo->first_string] = 'x';
  assert_no_catalogue (mo);
}

static void
test_bad_sysdep (void)
{
  g_autoptr(Mo) mo = NULL;

  /* A segment name without its NUL. */
  mo = mo_new (chinese, G_N_ELEMENTS (chinese), TRUE, FALSE);
  mo_set (mo, mo->segments, 6);
  assert_no_catalogue (mo);
  g_clear_pointer (&mo, mo_free);
  /* A reference to a segment there is not. */
  mo = mo_new (chinese, G_N_ELEMENTS (chinese), TRUE, TRUE);
  mo_set (mo, mo_get (mo, mo->sysdep_originals) + 8, 7);
  assert_no_catalogue (mo);
  g_clear_pointer (&mo, mo_free);
  /* A descriptor past the end. */
  mo = mo_new (chinese, G_N_ELEMENTS (chinese), TRUE, FALSE);
  mo_set (mo, mo->sysdep_originals, mo->data->len - 2);
  assert_no_catalogue (mo);
}

/* Random bytes anywhere: a catalogue or none, never a crash, and what
 * the catalogue gives is UTF-8. */
static void
test_random_damage (void)
{
  g_autoptr(Mo) mo = mo_new (chinese, G_N_ELEMENTS (chinese), TRUE, FALSE);
  g_autoptr(GRand) rand = g_rand_new_with_seed (20261128);
  guint n_loaded = 0;

  for (guint i = 0; i < 3000; i++)
    {
      g_autofree guint8 *copy = g_memdup2 (mo->data->data, mo->data->len);
      g_autoptr(SylCatalogue) catalogue = NULL;
      guint n_changes = g_rand_int_range (rand, 1, 4);

      for (guint j = 0; j < n_changes; j++)
        copy[g_rand_int_range (rand, 0, mo->data->len)] = g_rand_int_range (rand, 0, 256);
      catalogue = load (copy, mo->data->len, NULL);
      if (catalogue == NULL)
        continue;
      n_loaded++;
      for (guint j = 0; j < G_N_ELEMENTS (chinese); j++)
        g_assert_true (g_utf8_validate (syl_catalogue_gettext (catalogue, chinese[j].msgid), -1,
                                        NULL));
      for (gulong n = 0; n < 30; n++)
        g_assert_true (g_utf8_validate (syl_catalogue_ngettext (catalogue, "%u open comment.",
                                                                "%u open comments.", n),
                                        -1, NULL));
    }
  /* Some damage leaves a catalogue: a changed letter of a translation. */
  g_assert_cmpuint (n_loaded, >, 0);
}

static void
test_missing_file (void)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(SylCatalogue) catalogue = syl_catalogue_new_from_file ("/nonexistent/syllabus.mo",
                                                                   &error);

  g_assert_null (catalogue);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
}

/* Plural forms. */

static SylCatalogue *
catalogue_with_plurals (const char *forms)
{
  g_autofree char *header = g_strdup_printf ("Content-Type: text/plain; charset=UTF-8\n%s\n", forms);
  const Pair pairs[] = {
    { "", 0, header, 0 },
    { BYTES ("%u file\0%u files"), BYTES ("%u файл\0%u файла\0%u файлов") },
  };
  g_autoptr(Mo) mo = mo_new (pairs, G_N_ELEMENTS (pairs), FALSE, FALSE);
  g_autoptr(GError) error = NULL;
  SylCatalogue *catalogue = load_mo (mo, &error);

  g_assert_no_error (error);
  return catalogue;
}

static void
assert_plurals (const char   *forms,
                guint         n_plurals,
                const gulong *numbers,
                const gulong *indices,
                guint         n)
{
  g_autoptr(SylCatalogue) catalogue = catalogue_with_plurals (forms);

  g_test_message ("%s", forms);
  g_assert_cmpuint (syl_catalogue_get_n_plurals (catalogue), ==, n_plurals);
  for (guint i = 0; i < n; i++)
    g_assert_cmpuint (syl_catalogue_get_plural_index (catalogue, numbers[i]), ==, indices[i]);
}

static const gulong numbers[] = { 0, 1, 2, 3, 4, 5, 11, 12, 21, 22, 25, 101, 102, 111, 1000 };
#define N_NUMBERS G_N_ELEMENTS (numbers)

static void
test_plural_rules (void)
{
  const gulong one[N_NUMBERS] = { 0 };
  const gulong english[N_NUMBERS] = { 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 };
  const gulong slavic[N_NUMBERS] = { 2, 0, 1, 1, 1, 2, 2, 2, 0, 1, 2, 0, 1, 2, 2 };
  const gulong arabic[N_NUMBERS] = { 0, 1, 2, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 4, 5 };
  const gulong french[N_NUMBERS] = { 0, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 };

  assert_plurals ("Plural-Forms: nplurals=1; plural=0;", 1, numbers, one, N_NUMBERS);
  assert_plurals ("Plural-Forms: nplurals=2; plural=(n != 1);", 2, numbers, english, N_NUMBERS);
  assert_plurals ("Plural-Forms: nplurals=2; plural=(n > 1);", 2, numbers, french, N_NUMBERS);
  assert_plurals ("Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
                  "n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);", 3, numbers, slavic, N_NUMBERS);
  assert_plurals ("plural-forms:nplurals = 6 ;plural = n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : "
                  "n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5 ;", 6, numbers, arabic,
                  N_NUMBERS);
  /* Without the field, or with one that cannot be read: n != 1. */
  assert_plurals ("X-Generator: none", 2, numbers, english, N_NUMBERS);
}

static void
test_plural_bad_rules (void)
{
  const gulong english[N_NUMBERS] = { 1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1 };
  g_autoptr(GString) deep = g_string_new ("Plural-Forms: nplurals=2; plural=");
  g_autoptr(GString) long_sum = g_string_new ("Plural-Forms: nplurals=2; plural=0");
  const char *bad[] = {
    "Plural-Forms: nplurals=3; plural=n %;",
    "Plural-Forms: nplurals=3; plural=n == 1 ? 0;",
    "Plural-Forms: nplurals=2; plural=(n != 1;",
    "Plural-Forms: nplurals=2; plural=n != 1 junk;",
    "Plural-Forms: nplurals=2; plural=-n;",
    "Plural-Forms: nplurals=2; plural=n ! 1;",
    "Plural-Forms: nplurals=2; plural=nn;",
    "Plural-Forms: nplurals=2; plural=99999999999999999999999;",
    "Plural-Forms: nplurals=2; plural=;",
    "Plural-Forms: nplurals=0; plural=0;",
    "Plural-Forms: nplurals=x; plural=0;",
    "Plural-Forms: nplurals=1000; plural=0;",
    "Plural-Forms: nplurals=2;",
    "Plural-Forms: plural=n != 1;",
    "Plural-Forms: nplurals=2; nplurals=3; plural=0;",
    "Plural-Forms: nplurals=2; plural=0; color=blue;",
  };

  for (guint i = 0; i < 10000; i++)
    g_string_append_c (deep, '(');
  g_string_append_c (deep, 'n');
  for (guint i = 0; i < 10000; i++)
    g_string_append_c (deep, ')');
  for (guint i = 0; i < 10000; i++)
    g_string_append (long_sum, "+n");
  g_string_append_c (long_sum, ';');

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    assert_plurals (bad[i], 2, numbers, english, N_NUMBERS);
  assert_plurals (deep->str, 2, numbers, english, N_NUMBERS);
  assert_plurals (long_sum->str, 2, numbers, english, N_NUMBERS);
}

static void
test_plural_evaluation (void)
{
  const gulong divide[] = { 0, 1, 2, 3 };
  /* Dividing by zero gives n != 1 for that number alone. */
  const gulong by_zero[] = { 2, 2, 2, 1 };
  /* || stops early, as in C, and so never divides by zero here. */
  const gulong guarded[] = { 0, 2, 2, 2 };
  /* A form the language does not have is the first. */
  const gulong too_big[] = { 0, 1, 0, 0 };
  g_autoptr(SylCatalogue) slavic = NULL;

  assert_plurals ("Plural-Forms: nplurals=3; plural=2 + 0 / (n - 3);", 3, divide, by_zero, 4);
  assert_plurals ("Plural-Forms: nplurals=3; plural=n == 1 || 2 / (n - 1) ? 2 : 0;", 3, divide,
                  guarded, 4);
  assert_plurals ("Plural-Forms: nplurals=2; plural=n;", 2, divide, too_big, 4);
  assert_plurals ("Plural-Forms: nplurals=2; plural=!!n - !n + (n <= 1) * 0;", 2, divide,
                  (const gulong[]) { 0, 1, 1, 1 }, 4);

  slavic = catalogue_with_plurals ("Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 "
                                   ": n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);");
  g_assert_cmpstr (syl_catalogue_ngettext (slavic, "%u file", "%u files", 1), ==, "%u файл");
  g_assert_cmpstr (syl_catalogue_ngettext (slavic, "%u file", "%u files", 3), ==, "%u файла");
  g_assert_cmpstr (syl_catalogue_ngettext (slavic, "%u file", "%u files", 5), ==, "%u файлов");
  g_assert_cmpstr (syl_catalogue_ngettext (slavic, "%u folder", "%u folders", 5), ==,
                   "%u folders");
}

/* A translation with fewer forms than the language has: English for
 * the missing ones. */
static void
test_plural_missing_form (void)
{
  const Pair pairs[] = {
    { "", 0, "Plural-Forms: nplurals=3; plural=n == 1 ? 0 : n == 2 ? 1 : 2;\n", 0 },
    { BYTES ("%u file\0%u files"), BYTES ("one\0two") },
  };
  g_autoptr(Mo) mo = mo_new (pairs, G_N_ELEMENTS (pairs), FALSE, TRUE);
  g_autoptr(SylCatalogue) catalogue = load_mo (mo, NULL);

  g_assert_cmpstr (syl_catalogue_ngettext (catalogue, "%u file", "%u files", 1), ==, "one");
  g_assert_cmpstr (syl_catalogue_ngettext (catalogue, "%u file", "%u files", 2), ==, "two");
  g_assert_cmpstr (syl_catalogue_ngettext (catalogue, "%u file", "%u files", 7), ==, "%u files");
}

/* Languages. */

static void
test_language_candidates (void)
{
  const struct { const char *tag; const char *names; } tags[] = {
    { "zh-CN", "zh_CN zh" },
    { "zh_CN", "zh_CN zh" },
    { "zh-Hans-CN", "zh_CN zh" },
    { "zh-Hans", "zh_CN zh" },
    { "ZH-cn", "zh_CN zh" },
    { "zh_CN.UTF-8", "zh_CN zh" },
    { "zh_CN.UTF-8@x", "zh_CN zh" },
    { "zh", "zh_CN zh" },
    { "zh-SG", "zh_SG zh_CN zh" },
    { "zh-Hans-SG", "zh_SG zh_CN zh" },
    { "zh-Hans-TW", "zh_CN zh" },
    { "zh-cmn-Hans-CN", "zh_CN zh" },
    { "zh-TW", "zh_TW" },
    { "zh-HK", "zh_HK zh_TW" },
    { "zh-Hant", "zh_TW" },
    { "zh-Hant-HK", "zh_HK zh_TW" },
    { "zh-Hant-CN", "zh_TW" },
    { "en", "en" },
    { "en-GB", "en_GB en" },
    { "pt_BR", "pt_BR pt" },
    { "es-419", "es_419 es" },
    { "sr_RS@latin", "sr_RS@latin sr@latin sr_RS sr" },
    { "de-DE-x-private-CH", "de_DE de" },
    { "fr-u-nu-latn", "fr" },
    { "", "" },
    { "x", "" },
    { "C", "" },
    { "POSIX", "" },
    { "english", "" },
    { "../../../etc/passwd", "" },
    { "zh/CN", "" },
    { "zh-CN/..", "zh_CN zh" },
    { "en\n", "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (tags); i++)
    {
      g_auto(GStrv) names = syl_catalogue_language_candidates (tags[i].tag);
      g_autofree char *joined = g_strjoinv (" ", names);

      g_test_message ("%s", tags[i].tag);
      g_assert_cmpstr (joined, ==, tags[i].names);
    }
}

/* The catalogue an outline's language reads: the build's zh_CN for
 * Simplified Chinese however written; English, never the user
 * interface's language, for any other language; the user interface's
 * (NULL) only without a language. */
static void
test_for_language (void)
{
  SylCatalogue *simplified_chinese = syl_catalogue_get_for_language ("zh-CN");
  SylCatalogue *english = syl_catalogue_get_for_language ("en");
  const char *simplified[] = { "zh_CN", "zh-Hans-CN", "zh-Hans", "ZH-cn", "zh_CN.UTF-8", "zh",
                               "zh-SG" };
  const char *others[] = { "zh-TW", "zh-Hant", "zh-HK", "fr", "en-US", "x", "../zh_CN", " " };

  g_assert_nonnull (simplified_chinese);
  g_assert_cmpstr (syl_catalogue_gettext (simplified_chinese, "Objectives"), ==, "学习目标");
  g_assert_nonnull (english);
  g_assert_cmpstr (syl_catalogue_gettext (english, "Objectives"), ==, "Objectives");
  g_assert_cmpstr (syl_catalogue_ngettext (english, "%u open comment.", "%u open comments.", 1),
                   ==, "%u open comment.");
  g_assert_cmpstr (syl_catalogue_ngettext (english, "%u open comment.", "%u open comments.", 0),
                   ==, "%u open comments.");
  for (guint i = 0; i < G_N_ELEMENTS (simplified); i++)
    g_assert_true (syl_catalogue_get_for_language (simplified[i]) == simplified_chinese);
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    g_assert_true (syl_catalogue_get_for_language (others[i]) == english);
  g_assert_null (syl_catalogue_get_for_language (""));
  g_assert_null (syl_catalogue_get_for_language (NULL));
}

static gpointer
look_up_cb (gpointer data)
{
  const char *tags[] = { "zh-CN", "en", "zh-Hans", "fr", "zh_CN.UTF-8", "zh-TW" };

  for (guint i = 0; i < 2000; i++)
    {
      SylCatalogue *catalogue = syl_catalogue_get_for_language (tags[i % G_N_ELEMENTS (tags)]);
      const char *expected = i % 2 == 0 ? "学习目标" : "Objectives";

      if (g_strcmp0 (syl_catalogue_gettext (catalogue, "Objectives"), expected) != 0)
        return GUINT_TO_POINTER (FALSE);
    }
  return GUINT_TO_POINTER (TRUE);
}

/* Exports run in worker threads: many at once read catalogues. */
static void
test_threads (void)
{
  GThread *threads[8];

  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    threads[i] = g_thread_new ("look-up", look_up_cb, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (threads); i++)
    g_assert_true (GPOINTER_TO_UINT (g_thread_join (threads[i])));
}

static void
write_catalogue (const char *dir,
                 const char *name,
                 const guint8 *data,
                 gsize         size)
{
  g_autofree char *folder = g_build_filename (dir, name, "LC_MESSAGES", NULL);
  g_autofree char *path = g_build_filename (folder, GETTEXT_PACKAGE ".mo", NULL);
  g_autoptr(GError) error = NULL;

  g_assert_cmpint (g_mkdir_with_parents (folder, 0700), ==, 0);
  g_file_set_contents (path, (const char *) data, size, &error);
  g_assert_no_error (error);
}

/* A broken catalogue where Syllabus reads them (SYL_LOCALE_DIR) is none:
 * a warning, once, then the next name, or English.  In a child process,
 * where warnings are not fatal, so that the parent can read them. */
static void
test_installed (void)
{
  g_autofree char *dir = NULL;
  g_autoptr(Mo) mo = NULL;
  SylCatalogue *catalogue;

  if (!g_test_subprocess ())
    {
      g_test_trap_subprocess (NULL, 0, G_TEST_SUBPROCESS_DEFAULT);
      g_test_trap_assert_passed ();
      g_test_trap_assert_stderr ("*WARNING*xx_YY*not a valid GNU message catalogue: a string*"
                                 "*WARNING*yy*not a valid GNU message catalogue: wrong magic*");
      g_test_trap_assert_stderr_unmatched ("*xx_YY*xx_YY*");
      return;
    }

  g_log_set_always_fatal (G_LOG_FATAL_MASK);
  dir = syl_test_make_temp_dir ("syl-test-catalogue-XXXXXX");
  mo = mo_new (chinese, G_N_ELEMENTS (chinese), TRUE, TRUE);
  write_catalogue (dir, "xx", mo->data->data, mo->data->len);
  write_catalogue (dir, "xx_YY", mo->data->data, mo->data->len - 1);
  write_catalogue (dir, "yy", (const guint8 *) "not a catalogue", 15);
  g_setenv ("SYL_LOCALE_DIR", dir, TRUE);

  catalogue = syl_catalogue_get_for_language ("xx-YY");
  g_assert_cmpstr (syl_catalogue_gettext (catalogue, "Objectives"), ==, "学习目标");
  g_assert_true (syl_catalogue_get_for_language ("xx_YY") == catalogue);
  catalogue = syl_catalogue_get_for_language ("yy");
  g_assert_cmpstr (syl_catalogue_gettext (catalogue, "Objectives"), ==, "Objectives");

  g_unsetenv ("SYL_LOCALE_DIR");
  syl_test_remove_tree (dir);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/catalogue/read", test_read);
  g_test_add_func ("/catalogue/read-built", test_read_built);
  g_test_add_func ("/catalogue/read-big-endian-msgfmt", test_read_big_endian_msgfmt);
  g_test_add_func ("/catalogue/truncated", test_truncated);
  g_test_add_func ("/catalogue/bad-header", test_bad_header);
  g_test_add_func ("/catalogue/bad-strings", test_bad_strings);
  g_test_add_func ("/catalogue/bad-sysdep", test_bad_sysdep);
  g_test_add_func ("/catalogue/random-damage", test_random_damage);
  g_test_add_func ("/catalogue/missing-file", test_missing_file);
  g_test_add_func ("/catalogue/plural/rules", test_plural_rules);
  g_test_add_func ("/catalogue/plural/bad-rules", test_plural_bad_rules);
  g_test_add_func ("/catalogue/plural/evaluation", test_plural_evaluation);
  g_test_add_func ("/catalogue/plural/missing-form", test_plural_missing_form);
  g_test_add_func ("/catalogue/language/candidates", test_language_candidates);
  g_test_add_func ("/catalogue/language/for-language", test_for_language);
  g_test_add_func ("/catalogue/language/threads", test_threads);
  g_test_add_func ("/catalogue/language/installed", test_installed);

  return g_test_run ();
}
