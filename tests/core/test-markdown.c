/* test-markdown.c: the Markdown of notes, shown as HTML and Pango markup
 *
 * Notes are Markdown; the HTML export and the PDF show them through
 * syl-markdown.c, which must give well-formed, safe markup for anything.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include <string.h>

#include "syl-markdown.h"

static void
assert_well_formed (const char *xml)
{
  static const GMarkupParser parser = { NULL, NULL, NULL, NULL, NULL };
  g_autoptr(GMarkupParseContext) context = g_markup_parse_context_new (&parser, 0, NULL, NULL);
  g_autoptr(GError) error = NULL;

  g_markup_parse_context_parse (context, xml, -1, &error);
  g_assert_no_error (error);
  g_markup_parse_context_end_parse (context, &error);
  g_assert_no_error (error);
}

static void
test_markdown_to_html (void)
{
  static const struct { const char *markdown; const char *html; } cases[] = {
    { "", "" },
    { "One\ntwo\n\nThree", "<p>One\ntwo</p>\n<p>Three</p>\n" },
    { "中文\n接着", "<p>中文接着</p>\n" },
    { "end  \nbreak", "<p>end<br/>\nbreak</p>\n" },
    { "*em* **strong** ***both*** _u_ __uu__ ~~del~~",
      "<p><em>em</em> <strong>strong</strong> <strong><em>both</em></strong> <em>u</em> "
      "<strong>uu</strong> <del>del</del></p>\n" },
    { "snake_case_name and 2*3*4", "<p>snake_case_name and 2<em>3</em>4</p>\n" },
    { "a * b * c", "<p>a * b * c</p>\n" },
    { "`<b>` and ``a ` b``", "<p><code>&lt;b&gt;</code> and <code>a ` b</code></p>\n" },
    { "\\*not\\* \\<b\\>", "<p>*not* &lt;b&gt;</p>\n" },
    { "<script>alert('x')</script> & <b>", "<p>&lt;script&gt;alert('x')&lt;/script&gt; &amp; &lt;b&gt;</p>\n" },
    { "[ok](https://a.org/?q=1&r=\"2\") [bad](javascript:alert(1)) [rel](page.html)",
      "<p><a href=\"https://a.org/?q=1&amp;r=&quot;2&quot;\">ok</a> bad rel</p>\n" },
    { "<https://a.org> <mailto:x@y.z> <file:///etc/passwd>",
      "<p><a href=\"https://a.org\">https://a.org</a> <a href=\"mailto:x@y.z\">mailto:x@y.z</a> "
      "&lt;file:///etc/passwd&gt;</p>\n" },
    { "![alt *text*](https://a.org/x.png)", "<p>alt <em>text</em></p>\n" },
    { "- a\n- b\n  - c\n- d", "<ul>\n<li>a</li>\n<li>b<ul>\n<li>c</li>\n</ul>\n</li>\n<li>d</li>\n</ul>\n" },
    { "3. c\n4. d", "<ol start=\"3\">\n<li>c</li>\n<li>d</li>\n</ol>\n" },
    { "- a\n1. b", "<ul>\n<li>a</li>\n</ul>\n<ol>\n<li>b</li>\n</ol>\n" },
    { "- item\n\n  more\n\nafter", "<ul>\n<li>item\n<p>more</p></li>\n</ul>\n<p>after</p>\n" },
    { "Text\n2024. Not a list", "<p>Text\n2024. Not a list</p>\n" },
    { "```c\nint x = a < b;\n\n```", "<pre><code>int x = a &lt; b;\n</code></pre>\n" },
    { "    indented\n    code\n\ntext", "<pre><code>indented\ncode</code></pre>\n<p>text</p>\n" },
    { "> quoted\n> more", "<blockquote><p>quoted\nmore</p></blockquote>\n" },
    { "# Heading #\n\nTitle\n===", "<p class=\"heading\"><strong>Heading</strong></p>\n"
                                  "<p class=\"heading\"><strong>Title</strong></p>\n" },
    { "## C#", "<p class=\"heading\"><strong>C#</strong></p>\n" },
    { "a\n\n---\n\nb", "<p>a</p>\n<hr/>\n<p>b</p>\n" },
    { "unclosed **bold and `code", "<p>unclosed **bold and `code</p>\n" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *html = syl_markdown_to_html (cases[i].markdown);

      g_test_message ("case %u: %s", i, cases[i].markdown);
      g_assert_cmpstr (html, ==, cases[i].html);
    }
}

static void
test_markdown_to_pango (void)
{
  g_autofree char *markup = syl_markdown_inline_to_pango ("**B** *i* `c` ~~s~~ [l](https://x.y) <&>\n中\n文 a\nb");

  g_assert_cmpstr (markup, ==,
                   "<b>B</b> <i>i</i> <tt>c</tt> <s>s</s> <u>l</u> &lt;&amp;&gt; 中文 a b");
}

/* However deep or odd, notes give well-formed HTML without exhausting
 * the stack. */
static void
test_markdown_hostile (void)
{
  g_autoptr(GString) deep = g_string_new (NULL);
  g_autofree char *html = NULL;
  g_autofree char *wrapped = NULL;

  for (guint i = 0; i < 2000; i++)
    g_string_append (deep, i % 2 ? "_" : "*");
  g_string_append (deep, "x");
  for (guint i = 0; i < 2000; i++)
    g_string_append (deep, (1999 - i) % 2 ? "_" : "*");
  g_string_append (deep, "\n");
  for (guint i = 0; i < 40; i++)
    g_string_append_printf (deep, "%*s- level %u\n", i * 2, "", i);
  g_string_append (deep, "[[[[[[[[[[(((((((((( ``` ~~~~\n```\nunclosed fence");

  html = syl_markdown_to_html (deep->str);
  wrapped = g_strdup_printf ("<div>%s</div>", html);
  assert_well_formed (wrapped);
  g_assert_nonnull (strstr (html, "<pre><code>unclosed fence</code></pre>\n"));
  /* Lists deeper than sixteen levels go on at the sixteenth. */
  g_assert_nonnull (strstr (html, "<li>level 14<ul>\n<li>level 15</li>\n<li>level 16</li>\n"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/markdown/html", test_markdown_to_html);
  g_test_add_func ("/markdown/pango", test_markdown_to_pango);
  g_test_add_func ("/markdown/hostile", test_markdown_hostile);

  return g_test_run ();
}
