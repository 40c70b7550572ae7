#!/usr/bin/python3
# make-escaping-course.py: writes a course whose every text needs escaping
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: make-escaping-course.py OUT.syllabus.json
#
# Titles, notes, objectives, examples and comments full of what each
# export format must escape or keep: markup characters (< & > " '),
# Markdown's (* _ \ # | [ ] and backticks), emoji, full-width
# punctuation, leading spaces, titles that look like list items or
# headings, and notes written in Markdown; and control characters and
# noncharacters, which no file can carry, and an empty title.  The readers' test exports it
# in every format and hands each file to an independent reader.  It is
# written here, not kept as a fixture, so that what it holds is read as
# code, each string once.

import json
import sys

TRICKY = "<b>&amp; \"q\" 'a' *x* _y_ \\ # | [l](u) `c` 🚀 ，。！？「」（）"

TITLES = [
    "Tags <b>bold</b> & <script>alert('x')</script>",
    "1. Looks like a numbered item",
    "- Looks like a bullet",
    "   Leading spaces and trailing \\",
    "# Not a heading | pipes | here",
    "*Stars* and _underscores_ and `ticks` and [brackets](x)",
    "全角标点：“引号”、（括号）【方括号】！？ 😀🎉",
    "Quotes \"double\" and 'single' &amp; &lt;entities&gt;",
    "+ Plus item > quote ~~strike~~ <!-- comment -->",
    "]]> CDATA end and ${shell} $(cmd) %s {{brace}}",
    # What no file can carry, which every export must leave out.
    "Controls \x07\x0b\x0c\x1b\x7f\x85\x9f and noncharacters \ufdd0\ufffe\U0001fffe end",
    "",
]

NOTE_MARKDOWN = (
    "A note in **Markdown** with `code <b>`, a [link](https://example.org/?a=1&b=2)\n"
    "and a list:\n"
    "\n"
    "- one & two\n"
    "- three < four > two\n"
    "\n"
    "1. first\n"
    "2. second\n"
    "\n"
    "> quoted \"text\" 'here'\n"
    "\n"
    "```\n"
    "if (a < b && c > d) { return \"x\"; }\n"
    "```\n"
    "\n"
    "| a | b |\n"
    "|---|---|\n"
    "| 1 | 2 |\n"
)

NOTES = [
    NOTE_MARKDOWN,
    "Plain <p>not a tag</p> & an ampersand; 5 * 3 _ 2 \\ done",
    "   indented line\n#hash at start\n- dash at start\n1) paren item",
    "全角：“你好”，世界！😀 emoji 🚀 and CJK 【重点】",
    "Windows line ends\r\nand a bell \x07 and \ufdd0 in a note\r\n",
    "",
]


def annotation(index, text, resolved=False):
    return {
        "id": "%016x" % (0xa0000000 + index),
        "author": "Rev <\"O'Brien\"> & *co*",
        "created": "2026-11-28T09:30:00Z",
        "text": text,
        "resolved": resolved,
        "resolved_by": "段方 & <b>" if resolved else "",
        "resolved_at": "2026-11-29T10:00:00Z" if resolved else "",
        "replies": [
            {
                "id": "%016x" % (0xb0000000 + index),
                "author": "回复者\r\n`x`",
                "created": "2026-11-28T10:05:00Z",
                "text": "Reply %d <i>with</i> & \"quotes\" 😀" % index,
            }
        ],
    }


def node(counter, depth, index):
    n = counter[0]
    counter[0] += 1
    title = TITLES[n % len(TITLES)]
    result = {
        "id": "%016x" % (0x1000 + n),
        "kind": ["section", "discussion", "example"][n % 3],
        "title": title,
        "notes": NOTES[n % len(NOTES)],
        "objectives": ["Objective <%d> & \"%s\"" % (n, TRICKY), "- list-like objective"],
        "duration_minutes": 15 + n,
        "optional": n % 4 == 1,
        "examples": [
            {
                "id": "%016x" % (0x2000 + n),
                "title": "Example <%d> & *%s*" % (n, title),
                "body": NOTE_MARKDOWN if n % 2 == 0 else "Body with " + TRICKY,
            }
        ] if n % 2 == 0 else [],
        "annotations": [annotation(n, "Comment %d: %s" % (n, TRICKY), resolved=(n % 3 == 2))],
        "children": [],
    }
    # Eight levels: deeper than HTML's six heading elements.
    if depth < 8:
        for i in range(2 if depth < 2 else 1):
            result["children"].append(node(counter, depth + 1, i))
    return result


def course():
    counter = [0]
    return {
        "format": "syllabus",
        "version": 1,
        "title": "Escaping <course> & \"friends\" 'all' *of* _them_ # | [x] `y` 🚀 ：",
        "subtitle": "   Subtitle with <tags> & leading spaces",
        "language": "en",
        "authors": [
            {"name": "A <b>uthor</b> & Co", "about": "About *me* & `you` <i>"},
            {"name": "段方（教授）", "about": "北京大学博士后！"},
        ],
        "description": NOTE_MARKDOWN,
        "target_minutes": 600,
        "children": [node(counter, 0, i) for i in range(3)],
    }


def main(argv):
    if len(argv) != 2:
        sys.stderr.write("usage: %s OUT.syllabus.json\n" % argv[0])
        return 2
    with open(argv[1], "w", encoding="utf-8") as f:
        json.dump(course(), f, ensure_ascii=False, indent=2)
        f.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
