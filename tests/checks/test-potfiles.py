#!/usr/bin/python3
# test-potfiles.py: po/POTFILES.in lists every file with translatable strings
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# A file left out of POTFILES.in is never extracted, so its strings stay in
# English in every language, silently.  This looks through src/, ui/ and
# data/ for what xgettext would extract and compares with the list; it also
# fails on listed files that do not exist (xgettext would stop there) and
# on a list out of order or with duplicates.  Prints TAP.
#
# Usage: test-potfiles.py SOURCE_ROOT

import os
import re
import sys

# The keywords of po/meson.build, and gettext's own C functions.  The
# exporters' syl_catalogue_gettext() and syl_catalogue_ngettext() count
# when they are given a string, not in their declarations.
C_KEYWORDS = re.compile(
    r"(?<![A-Za-z0-9_])(?:_|N_|C_|NC_|Q_|gettext|dgettext|dcgettext|ngettext|"
    r"g_dgettext|g_dcgettext|g_dngettext|g_dpgettext|g_dpgettext2)\s*\(|"
    r"(?<![A-Za-z0-9_])syl_catalogue_n?gettext\s*\([^;]*?\"")
UI_TRANSLATABLE = re.compile(r"""translatable\s*=\s*["'](?:yes|true|1)["']""")
SCANNED_DIRS = ("src", "ui", "data")


def has_translatable_strings(root, path):
    name = os.path.basename(path)
    full = os.path.join(root, path)
    if name.endswith((".c", ".h")):
        with open(full, encoding="utf-8") as source:
            return C_KEYWORDS.search(source.read()) is not None
    if name.endswith(".ui"):
        with open(full, encoding="utf-8") as source:
            return UI_TRANSLATABLE.search(source.read()) is not None
    # Desktop files, metainfo and MIME types are all text for people;
    # a schema is when it has a summary or a description.
    if name.endswith((".desktop.in", ".metainfo.xml.in", ".appdata.xml.in",
                      ".mime.xml.in")):
        return True
    if name.endswith(".gschema.xml"):
        with open(full, encoding="utf-8") as source:
            text = source.read()
        return "<summary" in text or "<description" in text
    return False


def candidates(root):
    for top in SCANNED_DIRS:
        for directory, subdirs, files in os.walk(os.path.join(root, top)):
            subdirs.sort()
            for name in sorted(files):
                path = os.path.relpath(os.path.join(directory, name), root)
                if has_translatable_strings(root, path):
                    yield path


def read_potfiles(root):
    entries = []
    with open(os.path.join(root, "po", "POTFILES.in"), encoding="utf-8") as listing:
        for line in listing:
            line = line.strip()
            if line and not line.startswith("#"):
                entries.append(line)
    return entries


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


def main():
    if len(sys.argv) != 2:
        print("Bail out! usage: test-potfiles.py SOURCE_ROOT")
        return 1
    root = sys.argv[1]
    try:
        listed = read_potfiles(root)
    except OSError as error:
        print(f"Bail out! cannot read po/POTFILES.in: {error}")
        return 1

    tap = Tap()
    print("1..4")
    missing_files = [path for path in listed if not os.path.isfile(os.path.join(root, path))]
    tap.check(not missing_files, "every file in po/POTFILES.in exists",
              [f"{path} is listed but does not exist" for path in missing_files])

    needed = list(candidates(root))
    unlisted = [path for path in needed if path not in listed]
    tap.check(not unlisted and len(needed) > 0,
              f"po/POTFILES.in lists all {len(needed)} files with translatable strings",
              [f"{path} has translatable strings but is not in po/POTFILES.in"
               for path in unlisted])

    duplicates = sorted({path for path in listed if listed.count(path) > 1})
    tap.check(not duplicates, "po/POTFILES.in lists each file once",
              [f"{path} is listed more than once" for path in duplicates])
    tap.check(listed == sorted(listed), "po/POTFILES.in is sorted",
              ["keep it sorted, so that merges of branches that add files are easy"]
              if listed != sorted(listed) else [])
    return 1 if tap.failed else 0


if __name__ == "__main__":
    sys.exit(main())
