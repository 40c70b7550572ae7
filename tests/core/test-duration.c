/* test-duration.c: durations as people type them, and as fields show them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "syl-duration.h"
#include "syl-error.h"

/* Left in place by every failed parse. */
#define UNTOUCHED 12345

static const struct
{
  const char *text;
  int         minutes;
} accepted[] = {
  /* Minutes. */
  { "0", 0 }, { "90", 90 }, { "90m", 90 }, { "90 min", 90 }, { " 45 min ", 45 },
  { "90 mins", 90 }, { "1 minute", 1 }, { "90 minutes", 90 }, { "90 MIN", 90 },
  { "007", 7 }, { "90.0", 90 },
  /* Hours and minutes. */
  { "1h30", 90 }, { "1h 30m", 90 }, { "1h 30", 90 }, { "1 h 30 min", 90 },
  { "1h30min", 90 }, { "2h", 120 }, { "3 hrs", 180 }, { "1 hr 5", 65 },
  { "1 hour 5 minutes", 65 }, { "2 hours", 120 }, { "1H 30M", 90 }, { "0 h 0 min", 0 },
  { "12 h 30 min", 750 },
  /* Decimal hours. */
  { "1.5h", 90 }, { "1.5 h", 90 }, { "1.25 hours", 75 }, { ".5h", 30 }, { "1.50h", 90 },
  { "0.1h", 6 }, { "1.5h 10", 100 }, { "1.0000000000h", 60 },
  /* A clock. */
  { "1:30", 90 }, { "0:45", 45 }, { "1:05", 65 }, { "100:00", 6000 }, { "0:00", 0 },
  /* Chinese. */
  { "90分钟", 90 }, { "90 分钟", 90 }, { "45分", 45 }, { "1小时30分", 90 },
  { "1 时 30 分", 90 }, { "1小时", 60 }, { "1小时30分钟", 90 }, { "1个小时30分钟", 90 },
  { "1小时30", 90 }, { "2个钟头", 120 }, { "1.5小时", 90 }, { "1小時30分鐘", 90 },
  { "1时30分", 90 }, { "1 小时 30 分钟", 90 }, { "1小时 30分钟", 90 }, { "90 分", 90 },
  { "1 个小时", 60 }, { "1.5 个小时", 90 }, { "2小时30分", 150 }, { "1時30分", 90 },
  { "１小时３０分", 90 }, { "1 时", 60 }, { "0 小时 45 分钟", 45 },
  /* Full-width digits, letters, colon and spaces, as a Chinese input method types them. */
  { "９０", 90 }, { "１：３０", 90 }, { "１ｈ　３０ｍ", 90 }, { "　90分钟　", 90 },
  /* The longest the format holds. */
  { "2147483647", 2147483647 }, { "35791394 h", 2147483640 }, { "35791394:07", 2147483647 },
};

static const struct
{
  const char *text;
  const char *message;
} rejected[] = {
  { "1h 30x", "“1h 30x” is not a duration" },
  { "abc", "“abc” is not a duration" },
  { "h", "“h” is not a duration" },
  { "12x", "“12x” is not a duration" },
  { "30 min 2 h", "“30 min 2 h” is not a duration" },
  { "1 h 2 h", "“1 h 2 h” is not a duration" },
  { "90 30", "“90 30” is not a duration" },
  { "1 30 min", "“1 30 min” is not a duration" },
  { "1.", "“1.” is not a duration" },
  { "1.h", "“1.h” is not a duration" },
  { "1,5h", "“1,5h” is not a duration" },
  { "1:5", "“1:5” is not a duration" },
  { "1:30 h", "“1:30 h” is not a duration" },
  { "1.5:30", "“1.5:30” is not a duration" },
  { ":30", "“:30” is not a duration" },
  { "12 h 30 min!", "“12 h 30 min!” is not a duration" },
  { "一个半小时", "“一个半小时” is not a duration" },
  { "30分1小时", "“30分1小时” is not a duration" },
  { "1小时2小时", "“1小时2小时” is not a duration" },
  { "1 天", "“1 天” is not a duration" },
  { "1.5分钟", "“1.5分钟” is not a whole number of minutes" },
  { "-", "“-” is not a duration" },
  { "-abc", "“-abc” is not a duration" },
  { "--5", "“--5” is not a duration" },
  { "-5", "“-5” is not a duration: a duration cannot be negative" },
  { " -1h 30 ", "“-1h 30” is not a duration: a duration cannot be negative" },
  { "−5", "“−5” is not a duration: a duration cannot be negative" },
  { "1:75", "“1:75” is not a duration: the minutes after the colon go up to 59" },
  { "1:60", "“1:60” is not a duration: the minutes after the colon go up to 59" },
  { "1.5", "“1.5” is not a whole number of minutes" },
  { "1.01h", "“1.01h” is not a whole number of minutes" },
  { "1.5 min", "“1.5 min” is not a whole number of minutes" },
  { "1.0000000001h", "“1.0000000001h” is not a whole number of minutes" },
  { "2147483648", "“2147483648” is too long for a duration" },
  { "35791395 h", "“35791395 h” is too long for a duration" },
  { "12345678901", "“12345678901” is too long for a duration" },
  { "99999999999999999999 h", "“99999999999999999999 h” is too long for a duration" },
  { "35791394:08", "“35791394:08” is too long for a duration" },
};

static void
test_accepted (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (accepted); i++)
    {
      g_autoptr(GError) error = NULL;
      int minutes = UNTOUCHED;

      g_test_message ("“%s”", accepted[i].text);
      g_assert_true (syl_parse_duration (accepted[i].text, &minutes, &error));
      g_assert_no_error (error);
      g_assert_cmpint (minutes, ==, accepted[i].minutes);
    }
}

/* Nothing typed is no duration, which is not an error. */
static void
test_empty (void)
{
  const char *empty[] = { "", " ", "\t \n", "　" };

  for (guint i = 0; i < G_N_ELEMENTS (empty); i++)
    {
      g_autoptr(GError) error = NULL;
      int minutes = UNTOUCHED;

      g_assert_true (syl_parse_duration (empty[i], &minutes, &error));
      g_assert_no_error (error);
      g_assert_cmpint (minutes, ==, -1);
    }
}

static void
test_rejected (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (rejected); i++)
    {
      g_autoptr(GError) error = NULL;
      int minutes = UNTOUCHED;

      g_test_message ("“%s”", rejected[i].text);
      g_assert_false (syl_parse_duration (rejected[i].text, &minutes, &error));
      g_assert_error (error, SYL_ERROR, SYL_ERROR_NOT_A_DURATION);
      g_assert_cmpstr (error->message, ==, rejected[i].message);
      g_assert_cmpint (minutes, ==, UNTOUCHED);
    }
}

/* Text that is not UTF-8 is no duration, and the message is UTF-8. */
static void
test_not_utf8 (void)
{
  g_autoptr(GError) error = NULL;
  int minutes = UNTOUCHED;

  g_assert_false (syl_parse_duration ("9\xff", &minutes, &error));
  g_assert_error (error, SYL_ERROR, SYL_ERROR_NOT_A_DURATION);
  g_assert_true (g_utf8_validate (error->message, -1, NULL));
  g_assert_cmpint (minutes, ==, UNTOUCHED);
}

/* What a field shows, which it must read back as the same duration. */
static void
test_to_string (void)
{
  static const struct { int minutes; const char *text; } cases[] = {
    { -1, "" }, { 0, "0 min" }, { 45, "45 min" }, { 59, "59 min" }, { 60, "1 h" },
    { 90, "1 h 30 min" }, { 65, "1 h 5 min" }, { 750, "12 h 30 min" },
    { G_MAXINT, "35791394 h 7 min" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *text = syl_duration_to_string (cases[i].minutes);
      int minutes = UNTOUCHED;

      g_assert_cmpstr (text, ==, cases[i].text);
      g_assert_true (syl_parse_duration (text, &minutes, NULL));
      g_assert_cmpint (minutes, ==, cases[i].minutes);
    }
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/duration/accepted", test_accepted);
  g_test_add_func ("/duration/empty", test_empty);
  g_test_add_func ("/duration/rejected", test_rejected);
  g_test_add_func ("/duration/not-utf8", test_not_utf8);
  g_test_add_func ("/duration/to-string", test_to_string);

  return g_test_run ();
}
