/* syl-file.c: reading files whole and replacing them atomically
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <signal.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include "syl-error.h"
#include "syl-file.h"
#include "syl-storage-private.h"

static gssize fail_after = -1;
static SylFileStep kill_at = SYL_FILE_STEP_NONE;
static SylFileStep cancel_at = SYL_FILE_STEP_NONE;
static GCancellable *cancel_at_cancellable;

void
_syl_file_set_fail_after (gssize n_bytes)
{
  fail_after = n_bytes;
}

void
_syl_file_set_kill_at (SylFileStep step)
{
  kill_at = step;
}

void
_syl_file_set_cancel_at (SylFileStep   step,
                         GCancellable *cancellable)
{
  cancel_at = step;
  g_set_object (&cancel_at_cancellable, cancellable);
}

static void
reached (SylFileStep step)
{
  if (G_UNLIKELY (kill_at == step))
    raise (SIGKILL);
  if (G_UNLIKELY (cancel_at == step && cancel_at_cancellable != NULL))
    g_cancellable_cancel (cancel_at_cancellable);
}

/**
 * syl_file_load:
 *
 * Returns: (transfer full): the whole contents of @file, or %NULL with
 *   @error set (also for files over %SYL_MAX_FILE_SIZE and for folders)
 */
GBytes *
syl_file_load (GFile         *file,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autoptr(GFileInfo) info = NULL;
  char *contents = NULL;
  gsize length = 0;

  info = g_file_query_info (file, G_FILE_ATTRIBUTE_STANDARD_TYPE "," G_FILE_ATTRIBUTE_STANDARD_SIZE,
                            G_FILE_QUERY_INFO_NONE, cancellable, error);
  if (info == NULL)
    return NULL;

  if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
    {
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_IS_DIRECTORY,
                           _("it is a folder, not a file"));
      return NULL;
    }

  if (g_file_info_get_size (info) > SYL_MAX_FILE_SIZE)
    {
      g_set_error_literal (error, SYL_ERROR, SYL_ERROR_TOO_LARGE,
                           _("the file is larger than 1 GiB"));
      return NULL;
    }

  if (!g_file_load_contents (file, cancellable, &contents, &length, NULL, error))
    return NULL;

  return g_bytes_new_take (contents, length);
}

static gboolean
set_errno_error (GError     **error,
                 int          saved_errno,
                 const char  *format,
                 const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               format, display, g_strerror (saved_errno));
  return FALSE;
}

/* Big files go in pieces of this size, between which a cancelled write
 * stops. */
#define WRITE_CHUNK (1024 * 1024)

static gboolean
write_all (int            fd,
           const guint8  *data,
           gsize          length,
           GCancellable  *cancellable,
           int           *saved_errno)
{
  gsize written = 0;

  while (written < length)
    {
      gsize chunk = MIN (length - written, WRITE_CHUNK);
      gssize n;

      if (g_cancellable_is_cancelled (cancellable))
        {
          *saved_errno = ECANCELED;
          return FALSE;
        }

      if (fail_after >= 0 && written + chunk > (gsize) fail_after)
        {
          chunk = (gsize) fail_after > written ? (gsize) fail_after - written : 0;
          if (chunk == 0)
            {
              *saved_errno = ENOSPC;
              return FALSE;
            }
        }

      n = write (fd, data + written, chunk);
      if (n < 0 && errno == EINTR)
        continue;
      if (n <= 0)
        {
          *saved_errno = n < 0 ? errno : ENOSPC;
          return FALSE;
        }
      written += n;
    }

  return TRUE;
}

/* Gives the temporary file the permissions of the file it replaces, or
 * those of a new file rather than mkstemp's 0600. */
static int
copy_permissions (int         fd,
                  const char *path)
{
  GStatBuf st;
  mode_t mode;

  if (g_stat (path, &st) == 0)
    mode = st.st_mode & 07777;
  else
    {
      mode_t mask = umask (0);

      umask (mask);
      mode = 0666 & ~mask;
    }
  return fchmod (fd, mode) == 0 ? 0 : errno;
}

/* Writes @contents into @fd, flushes them to the disk and closes it; 0 or
 * the errno of the first failure. */
static int
write_temp (int           fd,
            GBytes       *contents,
            GCancellable *cancellable)
{
  gsize length;
  const guint8 *data = g_bytes_get_data (contents, &length);
  gsize half = kill_at == SYL_FILE_STEP_HALF_WRITTEN || cancel_at == SYL_FILE_STEP_HALF_WRITTEN
               ? length / 2 : length;
  int saved_errno = 0;

  if (write_all (fd, data, half, cancellable, &saved_errno))
    {
      reached (SYL_FILE_STEP_HALF_WRITTEN);
      if (write_all (fd, data + half, length - half, cancellable, &saved_errno))
        {
          reached (SYL_FILE_STEP_WRITTEN);
          if (fsync (fd) != 0)
            saved_errno = errno;
        }
    }
  if (close (fd) != 0 && saved_errno == 0)
    saved_errno = errno;
  return saved_errno;
}

/* A device or a pipe (-o /dev/null, /dev/stdout, a FIFO) is written to,
 * never replaced: renaming a new file over /dev/null, as root may, would
 * leave an ordinary file in its place for every program on the machine.
 * Other special files (a socket, a block device) are refused. */
static gboolean
write_special (const char    *path,
               const GStatBuf *st,
               GBytes        *contents,
               GCancellable  *cancellable,
               GError       **error)
{
  gsize length;
  const guint8 *data = g_bytes_get_data (contents, &length);
  int saved_errno = 0;
  int fd;

  if (!S_ISCHR (st->st_mode) && !S_ISFIFO (st->st_mode))
    {
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_REGULAR_FILE,
                   _("Could not save “%s”: it is not a file"), path);
      return FALSE;
    }
  fd = g_open (path, O_WRONLY | O_CLOEXEC | O_NOCTTY, 0);
  if (fd < 0)
    return set_errno_error (error, errno, _("Could not save “%s”: %s"), path);
  if (!write_all (fd, data, length, cancellable, &saved_errno))
    {
      close (fd);
      if (saved_errno == ECANCELED)
        return !g_cancellable_set_error_if_cancelled (cancellable, error);
      return set_errno_error (error, saved_errno, _("Could not save “%s”: %s"), path);
    }
  if (close (fd) != 0)
    return set_errno_error (error, errno, _("Could not save “%s”: %s"), path);
  return TRUE;
}

/* Writes @contents to a new file beside @path, flushes it to the disk, and
 * only then renames it over @path, so a crash or a full disk at any moment
 * leaves either the old file or the new one.  GLib's own replace writes in
 * place when the file does not exist yet, which this avoids. */
static gboolean
replace_local (const char    *path,
               GBytes        *contents,
               GCancellable  *cancellable,
               GError       **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *tmp_path = g_strdup_printf ("%s/.%s.XXXXXX", dir, base);
  GStatBuf st;
  int saved_errno;
  int fd;

  if (g_stat (path, &st) == 0 && S_ISDIR (st.st_mode))
    return set_errno_error (error, EISDIR, _("Could not save “%s”: %s"), path);
  if (g_stat (path, &st) == 0 && !S_ISREG (st.st_mode))
    return write_special (path, &st, contents, cancellable, error);
  /* The folder may allow replacing a file its owner made read-only; that
   * is a refusal all the same, as in other editors. */
  if (g_access (path, W_OK) != 0 && errno != ENOENT)
    return set_errno_error (error, errno, _("Could not save “%s”: %s"), path);

  fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0666);
  if (fd < 0)
    return set_errno_error (error, errno, _("Could not save “%s”: %s"), path);
  reached (SYL_FILE_STEP_CREATED);

  saved_errno = copy_permissions (fd, path);
  if (saved_errno == 0)
    saved_errno = write_temp (fd, contents, cancellable);
  else
    close (fd);
  /* The last moment to cancel: after the rename the new file is there. */
  if (saved_errno == 0 && g_cancellable_is_cancelled (cancellable))
    saved_errno = ECANCELED;
  if (saved_errno == 0)
    {
      reached (SYL_FILE_STEP_SYNCED);
      if (g_rename (tmp_path, path) != 0)
        saved_errno = errno;
    }

  if (saved_errno != 0)
    {
      g_unlink (tmp_path);
      if (saved_errno == ECANCELED)
        return !g_cancellable_set_error_if_cancelled (cancellable, error);
      return set_errno_error (error, saved_errno, _("Could not save “%s”: %s"), path);
    }
  reached (SYL_FILE_STEP_RENAMED);
  return TRUE;
}

/**
 * syl_file_replace_atomically:
 *
 * Replaces the contents of @file, or creates it, without ever leaving a
 * partly written file behind.  On failure the file is untouched and @error
 * says why, naming the file.
 */
gboolean
syl_file_replace_atomically (GFile   *file,
                             GBytes  *contents,
                             GError **error)
{
  return syl_file_replace_atomically_full (file, contents, NULL, error);
}

/* GIO's replace, for files that are not local.  It writes a file that
 * does not exist yet in place, not beside it, so a failed or cancelled
 * write of a new file deletes what it wrote.  An existing file is
 * replaced from a temporary file, which a close with a cancelled
 * cancellable removes, leaving the old file as it was (checked with GLib
 * 2.74); any other close, even the one of a stream dropped without a
 * close, renames the half-written temporary over the file.  So after a
 * failed write the stream is closed with a cancelled cancellable. */
static gboolean
replace_with_gio (GFile         *file,
                  GBytes        *contents,
                  GCancellable  *cancellable,
                  GError       **error)
{
  gboolean existed = g_file_query_exists (file, cancellable);
  g_autoptr(GFileOutputStream) stream = NULL;
  gsize length;
  const guint8 *data = g_bytes_get_data (contents, &length);
  gboolean written;

  stream = g_file_replace (file, NULL, FALSE, G_FILE_CREATE_NONE, cancellable, error);
  if (stream == NULL)
    return FALSE;
  written = g_output_stream_write_all (G_OUTPUT_STREAM (stream), data, length, NULL,
                                       cancellable, error);
  if (written)
    written = g_output_stream_close (G_OUTPUT_STREAM (stream), cancellable, error);
  else
    {
      g_autoptr(GCancellable) stop = g_cancellable_new ();

      g_cancellable_cancel (stop);
      g_output_stream_close (G_OUTPUT_STREAM (stream), stop, NULL);
    }
  if (!written && !existed)
    g_file_delete (file, NULL, NULL);
  return written;
}

/**
 * syl_file_replace_atomically_full:
 * @cancellable: (nullable): stops the write, up to the moment the new
 *   file takes the place of the old one
 *
 * syl_file_replace_atomically() for a thread of its own.  A cancelled
 * write fails with %G_IO_ERROR_CANCELLED and, as any failed write, leaves
 * no new file and no temporary file, and an old file as it was.
 */
gboolean
syl_file_replace_atomically_full (GFile         *file,
                                  GBytes        *contents,
                                  GCancellable  *cancellable,
                                  GError       **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (contents != NULL, FALSE);

  if (g_cancellable_set_error_if_cancelled (cancellable, error))
    return FALSE;
  path = g_file_get_path (file);
  if (path != NULL)
    {
      /* Saving through a symbolic link replaces the file it points to and
       * keeps the link, as editors do. */
      g_autofree char *target = realpath (path, NULL);

      return replace_local (target ? target : path, contents, cancellable, error);
    }

  /* Not a local file: GIO's replace is atomic for existing files, which
   * is as good as remote locations get. */
  return replace_with_gio (file, contents, cancellable, error);
}
