#!/usr/bin/python3
# test-terms.py: the Chinese catalogue keeps to its terms and punctuation
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# po/README.md holds the table of zh_CN terms: for each idea, the one term
# to use and the words to avoid.  This reads the table and po/zh_CN.po and
# fails when a msgstr uses an avoided word, unless the word is only part of
# the chosen term there ("合并审阅副本" holds 合并审阅 but says 审阅副本).  It
# also checks the rules the table cannot hold: no ASCII space next to
# full-width punctuation, the application's name never translated, and
# dialog titles that ask without 吗.  Prints TAP.
#
# Usage: test-terms.py SOURCE_ROOT

import os
import re
import sys

LANGUAGE = "zh_CN"
# The table is found by its heading row; cells with several words separate
# them with 、, and — means none.
HEADER = ["English", "zh_CN", "Avoid", "Note"]
SEPARATOR = "、"
NONE = "—"
# Full-width punctuation that takes no space beside it.
FULL_WIDTH = "，。：；？！、“”‘’（）《》【】「」『』"
SPACE_NEXT_TO_FULL_WIDTH = re.compile(f"[ ][{FULL_WIDTH}]|[{FULL_WIDTH}][ ]")
APP_NAME = "Syllabus"
# "Save Changes Before Quitting?": every word of four letters or more
# capitalised, and a question mark at the end.
TITLE_QUESTION = re.compile(r"^(?:(?:[A-Z][\w’']*|[a-z][\w’']{0,2}|%s)\s+)*[A-Z][\w’']*\?$")


def unquote(text):
    body = text.strip()[1:-1]
    return re.sub(r'\\(.)', lambda m: {"n": "\n", "t": "\t"}.get(m.group(1), m.group(1)), body)


def read_po(path):
    """Returns (msgctxt, msgid, [msgstr...]) for every message but the header."""
    messages = []
    with open(path, encoding="utf-8") as po:
        blocks = re.split(r"\n\s*\n", po.read())
    for block in blocks:
        fields = []
        for line in block.splitlines():
            if line.startswith("#~"):
                break
            if line.startswith('"') and fields:
                fields[-1][1] += unquote(line)
            elif re.match(r"^(msgctxt|msgid|msgid_plural|msgstr(\[\d+\])?) ", line):
                key, value = line.split(" ", 1)
                fields.append([key, unquote(value)])
        values = dict((key, value) for key, value in fields)
        if values.get("msgid"):
            strings = [value for key, value in fields if key.startswith("msgstr")]
            messages.append((values.get("msgctxt"), values["msgid"], strings))
    return messages


def split_cell(cell):
    cell = cell.strip()
    if cell in ("", NONE):
        return []
    return [word.strip() for word in cell.split(SEPARATOR) if word.strip()]


def read_table(path):
    """Returns the rows of the terms table as (english, chosen, avoided)."""
    rows = []
    in_table = False
    with open(path, encoding="utf-8") as readme:
        for line in readme:
            line = line.strip()
            cells = [cell.strip() for cell in line.strip("|").split("|")] if line.startswith("|") else None
            if cells == HEADER:
                in_table = True
                continue
            if not in_table:
                continue
            if cells is None:
                break
            if set("".join(cells)) <= set("-: "):
                continue
            if len(cells) != len(HEADER):
                raise ValueError(f"a row of the terms table has {len(cells)} cells: {line}")
            rows.append((cells[0], split_cell(cells[1]), split_cell(cells[2])))
    return rows


def spans(text, word):
    start = text.find(word)
    while start >= 0:
        yield start, start + len(word)
        start = text.find(word, start + 1)


def avoided_uses(text, chosen, avoided):
    """The avoided words in @text that are not only part of a chosen term."""
    found = []
    for word in avoided:
        for start, end in spans(text, word):
            # Excused when a chosen term overlaps the word and reaches beyond
            # it: the word is then a piece of the right term.
            excused = any(c_start < end and start < c_end and (c_start < start or c_end > end)
                          for term in chosen for c_start, c_end in spans(text, term))
            if not excused:
                found.append(word)
                break
    return found


class Tap:
    def __init__(self):
        self.number = 0
        self.failed = False

    def check(self, ok, description, problems=()):
        self.number += 1
        print(f"{'ok' if ok else 'not ok'} {self.number} - {description}")
        for problem in problems:
            print(f"# {problem}")
        self.failed |= not ok


def describe(msgctxt, msgid):
    shown = msgid.replace("\n", "\\n")
    shown = shown if len(shown) <= 60 else shown[:57] + "…"
    return f"[{msgctxt}] “{shown}”" if msgctxt else f"“{shown}”"


def main():
    if len(sys.argv) != 2:
        print("Bail out! usage: test-terms.py SOURCE_ROOT")
        return 1
    root = sys.argv[1]
    try:
        rows = read_table(os.path.join(root, "po", "README.md"))
        messages = read_po(os.path.join(root, "po", f"{LANGUAGE}.po"))
    except (OSError, ValueError) as error:
        print(f"Bail out! {error}")
        return 1

    tap = Tap()
    print("1..5")

    # A table that did not parse would let everything through.
    incomplete = [english for english, chosen, avoided in rows if not chosen]
    tap.check(len(rows) >= 10 and not incomplete and any(avoided for _, _, avoided in rows),
              f"po/README.md has a terms table ({len(rows)} rows)",
              [f"“{english}” has no zh_CN term" for english in incomplete] or
              ([] if rows else ["no table with the columns " + " | ".join(HEADER)]))

    problems = []
    for msgctxt, msgid, strings in messages:
        for english, chosen, avoided in rows:
            for text in strings:
                for word in avoided_uses(text, chosen, avoided):
                    problems.append(f"{describe(msgctxt, msgid)}: “{word}” for {english}; "
                                    f"use {SEPARATOR.join(chosen)}")
    tap.check(not problems, f"no msgstr of {len(messages)} uses a term the table avoids", problems)

    problems = [f"{describe(msgctxt, msgid)}: “{text}”"
                for msgctxt, msgid, strings in messages for text in strings
                if SPACE_NEXT_TO_FULL_WIDTH.search(text)]
    tap.check(not problems, "no ASCII space next to full-width punctuation", problems)

    problems = [f"{describe(msgctxt, msgid)}: “{text}”"
                for msgctxt, msgid, strings in messages if APP_NAME in msgid
                for text in strings if APP_NAME not in text]
    tap.check(not problems, f"the application's name {APP_NAME} is never translated", problems)

    titles = [(msgctxt, msgid, strings) for msgctxt, msgid, strings in messages
              if TITLE_QUESTION.match(msgid)]
    problems = [f"{describe(msgctxt, msgid)}: “{text}”"
                for msgctxt, msgid, strings in titles for text in strings
                if not text.endswith("？") or text.endswith("吗？")]
    tap.check(titles and not problems,
              f"the {len(titles)} dialog titles that ask end in ？ without 吗", problems)
    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main())
