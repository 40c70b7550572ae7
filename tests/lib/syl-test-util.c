/* syl-test-util.c: helpers shared by the core's tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <glib/gstdio.h>
#include <string.h>
#include <sys/stat.h>

#include "syl-test-util.h"
#include "syl-document-disk.h"
#include "syl-json-reader.h"
#include "syl-json-writer.h"

/* A path below tests/data, from SYL_TEST_DATA that meson sets. */
char *
syl_test_data_path (const char *first,
                    ...)
{
  const char *base = g_getenv ("SYL_TEST_DATA");
  g_autoptr(GPtrArray) parts = g_ptr_array_new ();
  va_list args;

  g_assert_nonnull (base);
  g_ptr_array_add (parts, (gpointer) base);
  va_start (args, first);
  for (const char *part = first; part != NULL; part = va_arg (args, const char *))
    g_ptr_array_add (parts, (gpointer) part);
  va_end (args);
  g_ptr_array_add (parts, NULL);

  return g_build_filenamev ((char **) parts->pdata);
}

/* The outline in the file @path, which must load without an error. */
SylDocument *
syl_test_load_path (const char *path)
{
  g_autoptr(GFile) file = g_file_new_for_path (path);
  g_autoptr(GError) error = NULL;
  SylDocument *document = syl_document_new_from_file (file, NULL, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

SylDocument *
syl_test_load_data (const char *name)
{
  g_autofree char *path = syl_test_data_path (name, NULL);

  return syl_test_load_path (path);
}

/* The outline in the JSON text @json, which must be valid. */
SylDocument *
syl_test_parse (const char *json)
{
  return syl_test_parse_length (json, strlen (json));
}

/* The outline in the first @length bytes of @text, which must be read. */
SylDocument *
syl_test_parse_length (const char *text,
                       gsize       length)
{
  g_autoptr(GError) error = NULL;
  SylDocument *document = syl_document_new_from_data (text, length, &error);

  g_assert_no_error (error);
  g_assert_nonnull (document);
  return document;
}

/* The error of the first @length bytes of @text, which must be refused. */
GError *
syl_test_parse_fails (const char *text,
                      gsize       length)
{
  GError *error = NULL;
  g_autoptr(SylDocument) document = syl_document_new_from_data (text, length, &error);

  g_assert_null (document);
  g_assert_nonnull (error);
  g_assert_true (error->domain == SYL_ERROR);
  return error;
}

/* @text as json-glib reads it, which must be valid JSON: another reader
 * than Syllabus's own, to check what the writer wrote. */
JsonNode *
syl_test_parse_json (const char *text)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(GError) error = NULL;

  json_parser_load_from_data (parser, text, -1, &error);
  g_assert_no_error (error);
  return json_node_copy (json_parser_get_root (parser));
}

/* The sample outline, loaded. */
SylDocument *
syl_test_load_sample (void)
{
  g_autofree char *path = syl_test_sample_path ();

  return syl_test_load_path (path);
}

char *
syl_test_serialize (SylDocument *document)
{
  g_autoptr(GBytes) bytes = syl_document_serialize (document);

  return g_strndup (g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes));
}

/* Builds an outline from a compact spec: titles separated by spaces, with
 * "(" and ")" around children: "A (A1 A2 (A2a)) B C".  Each node's id is
 * its title.  The outline is loaded from JSON, so its history is empty and
 * it is unmodified, like a document just opened. */
SylDocument *
syl_test_new_outline (const char *spec)
{
  g_autoptr(GString) json = g_string_new ("{\"format\": \"syllabus\", \"version\": 1, \"children\": [");
  g_autoptr(GError) error = NULL;
  gboolean first = TRUE;
  SylDocument *document;

  for (const char *p = spec; *p != '\0';)
    {
      if (*p == ' ')
        p++;
      else if (*p == '(')
        {
          g_string_truncate (json, json->len - 1);
          g_string_append (json, ", \"children\": [");
          first = TRUE;
          p++;
        }
      else if (*p == ')')
        {
          g_string_append (json, "]}");
          first = FALSE;
          p++;
        }
      else
        {
          gsize n = strcspn (p, " ()");
          g_string_append_printf (json, "%s{\"id\": \"%.*s\", \"title\": \"%.*s\"}",
                                  first ? "" : ", ", (int) n, p, (int) n, p);
          first = FALSE;
          p += n;
        }
    }
  g_string_append (json, "]}");

  document = syl_document_new_from_data (json->str, json->len, &error);
  g_assert_no_error (error);
  return document;
}

static void
dump_children (SylNode *parent,
               GString *out)
{
  guint n = syl_node_get_n_children (parent);

  for (guint i = 0; i < n; i++)
    {
      SylNode *node = syl_node_get_child (parent, i);

      if (i > 0)
        g_string_append_c (out, ' ');
      g_string_append (out, syl_node_get_title (node));
      if (syl_node_get_n_children (node) > 0)
        {
          g_string_append (out, " (");
          dump_children (node, out);
          g_string_append_c (out, ')');
        }
    }
}

/* The outline in the spec form syl_test_new_outline() reads. */
char *
syl_test_dump (SylDocument *document)
{
  GString *out = g_string_new (NULL);

  dump_children (syl_document_get_root (document), out);
  return g_string_free (out, FALSE);
}

SylNode *
syl_test_find (SylDocument *document,
               const char  *title)
{
  SylNode *node = syl_document_find_node (document, title);

  g_assert_nonnull (node);
  return node;
}

/* The first node, in document order, whose title is @title; there must
 * be one. */
SylNode *
syl_test_find_title (SylDocument *document,
                     const char  *title)
{
  SylNodeIter iter;
  SylNode *node;

  syl_node_iter_init (&iter, syl_document_get_root (document));
  while (syl_node_iter_next (&iter, &node))
    if (g_strcmp0 (syl_node_get_title (node), title) == 0)
      return node;
  g_assert_not_reached ();
}

/* Compares two long texts (whole documents) and, when they differ, says
 * where, instead of printing both. */
void
syl_test_assert_same_text (const char *a,
                           const char *b)
{
  gsize i = 0;
  guint line = 1;

  g_assert_nonnull (a);
  g_assert_nonnull (b);
  while (a[i] != '\0' && a[i] == b[i])
    {
      if (a[i] == '\n')
        line++;
      i++;
    }
  if (a[i] != b[i])
    {
      g_autofree char *got = g_strndup (a + i, 60);
      g_autofree char *want = g_strndup (b + i, 60);
      g_error ("texts differ at line %u: “%s” instead of “%s”", line, got, want);
    }
}

/* The contents of a file the test reads back, as text. */
char *
syl_test_read_text (const char *path)
{
  return syl_test_read_file (path, NULL);
}

/* The contents of @path, with their length in @length unless NULL: a
 * file may hold NUL bytes. */
char *
syl_test_read_file (const char *path,
                    gsize      *length)
{
  g_autoptr(GError) error = NULL;
  char *contents = NULL;

  g_file_get_contents (path, &contents, length, &error);
  g_assert_no_error (error);
  return contents;
}

void
syl_test_write_text (const char *path,
                     const char *text)
{
  g_autoptr(GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
}

/* The sample outline, in data/samples. */
char *
syl_test_sample_path (void)
{
  return syl_test_data_path ("..", "..", "data", "samples",
                             "ai-enterprise-course.syllabus.json", NULL);
}

const char * const syl_test_sample_chapters[SYL_TEST_N_SAMPLE_CHAPTERS] = {
  "AI 大模型的概念和特点",
  "为什么是 chatGPT ?",
  "AIGC 基础",
  "类 chatGPT 的企业应用场景举例",
  "企业如何切入 chatGPT？",
  "总结",
};

SylAnnotation *
syl_test_comment_new (const char *id,
                      const char *author,
                      const char *created,
                      const char *text)
{
  return g_object_new (SYL_TYPE_ANNOTATION, "id", id, "author", author, "created", created,
                       "text", text, NULL);
}

SylReply *
syl_test_reply_new (const char *id,
                    const char *author,
                    const char *created,
                    const char *text)
{
  return g_object_new (SYL_TYPE_REPLY, "id", id, "author", author, "created", created,
                       "text", text, NULL);
}

/* Folders. */

/* A new, empty folder in the temporary folder, named after @tmpl, which
 * ends in XXXXXX. */
char *
syl_test_make_temp_dir (const char *tmpl)
{
  g_autoptr(GError) error = NULL;
  char *dir = g_dir_make_tmp (tmpl, &error);

  g_assert_no_error (error);
  return dir;
}

/* Blanks the time in "/CreationDate (D:20261206221747Z)" in @data. */
static void
blank_creation_date (GByteArray *data)
{
  static const char key[] = "/CreationDate (";
  gsize n = strlen (key);

  /* Not a string search: a PDF holds NUL bytes before its metadata. */
  for (gsize i = 0; i + n <= data->len; i++)
    if (memcmp (data->data + i, key, n) == 0)
      {
        guint8 *start = data->data + i + n;
        guint8 *end = memchr (start, ')', data->len - (i + n));

        if (end != NULL)
          memset (start, '0', end - start);
        return;
      }
}

gboolean
syl_test_pdf_equal (GBytes *a,
                    GBytes *b)
{
  g_autoptr(GByteArray) data_a = g_byte_array_new ();
  g_autoptr(GByteArray) data_b = g_byte_array_new ();

  g_byte_array_append (data_a, g_bytes_get_data (a, NULL), g_bytes_get_size (a));
  g_byte_array_append (data_b, g_bytes_get_data (b, NULL), g_bytes_get_size (b));
  blank_creation_date (data_a);
  blank_creation_date (data_b);
  return data_a->len == data_b->len && memcmp (data_a->data, data_b->data, data_a->len) == 0;
}

/* Removes @path and everything below it, making folders writable first,
 * since some tests leave them read-only.  Links are removed, never
 * followed. */
void
syl_test_remove_tree (const char *path)
{
  GStatBuf st;

  if (g_lstat (path, &st) != 0)
    return;

  if (S_ISDIR (st.st_mode))
    {
      g_autoptr(GDir) dir = NULL;
      const char *name;

      g_chmod (path, 0755);
      dir = g_dir_open (path, 0, NULL);
      while (dir != NULL && (name = g_dir_read_name (dir)) != NULL)
        {
          g_autofree char *child = g_build_filename (path, name, NULL);

          syl_test_remove_tree (child);
        }
      g_assert_no_errno (g_rmdir (path));
    }
  else
    g_assert_no_errno (g_unlink (path));
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return strcmp (*(const char * const *) a, *(const char * const *) b);
}

/* The names in the folder @path that end in @suffix (all, if NULL),
 * sorted, so that nothing depends on the order of the file system. */
GPtrArray *
syl_test_list_names (const char *path,
                     const char *suffix)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GDir) dir = g_dir_open (path, 0, &error);
  GPtrArray *names = g_ptr_array_new_with_free_func (g_free);
  const char *name;

  g_assert_no_error (error);
  while ((name = g_dir_read_name (dir)) != NULL)
    if (suffix == NULL || g_str_has_suffix (name, suffix))
      g_ptr_array_add (names, g_strdup (name));
  g_ptr_array_sort (names, compare_names);
  return names;
}

/* Running syllabus-cli. */

void
syl_test_cli_free (SylTestCli *run)
{
  g_free (run->out);
  g_free (run->err);
  g_free (run);
}

/* A copy of @bytes with a NUL after it.  Output that a test compares as a
 * string must be UTF-8 text through to its end: a NUL byte in it would end
 * the comparison early, so such output fails here instead. */
static char *
cli_output (GBytes     *bytes,
            gboolean    text,
            const char *stream,
            gsize      *size)
{
  const char *data = bytes != NULL ? g_bytes_get_data (bytes, size) : NULL;
  char *copy;

  if (data == NULL)
    *size = 0;
  if (text && *size > 0 && !g_utf8_validate_len (data, *size, NULL))
    g_error ("syllabus-cli wrote something other than UTF-8 text to %s", stream);
  copy = g_malloc (*size + 1);
  if (*size > 0)
    memcpy (copy, data, *size);
  copy[*size] = '\0';
  return copy;
}

/* $SYL_CLI followed by @args, for spawning. */
static GPtrArray *
cli_argv (const char * const *args)
{
  GPtrArray *argv = g_ptr_array_new ();
  const char *cli = g_getenv ("SYL_CLI");

  g_assert_nonnull (cli);
  g_ptr_array_add (argv, (gpointer) cli);
  for (guint i = 0; args[i] != NULL; i++)
    g_ptr_array_add (argv, (gpointer) args[i]);
  g_ptr_array_add (argv, NULL);
  return argv;
}

/* Runs $SYL_CLI with @args in @cwd (or here, if NULL), with the test's
 * environment and nothing on its standard input, and waits for it.  With
 * @stdout_fd >= 0 its standard output goes there, a terminal say, and
 * the run's out is empty; the run takes @stdout_fd over. */
SylTestCli *
syl_test_run_cli_full (const char         *cwd,
                       int                 stdout_fd,
                       SylTestCliFlags     flags,
                       const char * const *args)
{
  g_autoptr(GPtrArray) argv = cli_argv (args);
  g_autoptr(GSubprocessLauncher) launcher = NULL;
  g_autoptr(GSubprocess) process = NULL;
  g_autoptr(GBytes) out = NULL;
  g_autoptr(GBytes) err = NULL;
  g_autoptr(GError) error = NULL;
  SylTestCli *run = g_new0 (SylTestCli, 1);
  gsize err_size;

  launcher = g_subprocess_launcher_new (G_SUBPROCESS_FLAGS_STDERR_PIPE |
                                        (stdout_fd < 0 ? G_SUBPROCESS_FLAGS_STDOUT_PIPE : 0));
  if (stdout_fd >= 0)
    g_subprocess_launcher_take_stdout_fd (launcher, stdout_fd);
  if (cwd != NULL)
    g_subprocess_launcher_set_cwd (launcher, cwd);
  process = g_subprocess_launcher_spawnv (launcher, (const char * const *) argv->pdata, &error);
  g_assert_no_error (error);
  g_subprocess_communicate (process, NULL, NULL, &out, &err, &error);
  g_assert_no_error (error);

  /* A crash is never an answer. */
  g_assert_true (g_subprocess_get_if_exited (process));
  run->status = g_subprocess_get_exit_status (process);
  run->out = cli_output (out, !(flags & SYL_TEST_CLI_BINARY), "stdout", &run->out_size);
  run->err = cli_output (err, TRUE, "stderr", &err_size);
  return run;
}

SylTestCli *
syl_test_run_cli_argv (const char * const *args)
{
  return syl_test_run_cli_full (NULL, -1, SYL_TEST_CLI_TEXT, args);
}

static SylTestCli *
run_cli_valist (const char *cwd,
                const char *first,
                va_list     rest)
{
  g_autoptr(GPtrArray) args = g_ptr_array_new ();

  for (const char *arg = first; arg != NULL; arg = va_arg (rest, const char *))
    g_ptr_array_add (args, (gpointer) arg);
  g_ptr_array_add (args, NULL);
  return syl_test_run_cli_full (cwd, -1, SYL_TEST_CLI_TEXT, (const char * const *) args->pdata);
}

/* syllabus-cli with the arguments up to a NULL, its output text. */
SylTestCli *
syl_test_run_cli (const char *first,
                  ...)
{
  SylTestCli *run;
  va_list rest;

  va_start (rest, first);
  run = run_cli_valist (NULL, first, rest);
  va_end (rest);
  return run;
}

/* The same in the folder @cwd, where relative paths in the arguments
 * start from. */
SylTestCli *
syl_test_run_cli_in (const char *cwd,
                     const char *first,
                     ...)
{
  SylTestCli *run;
  va_list rest;

  va_start (rest, first);
  run = run_cli_valist (cwd, first, rest);
  va_end (rest);
  return run;
}
