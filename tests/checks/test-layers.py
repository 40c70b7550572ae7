#!/usr/bin/python3
# test-layers.py: each part of the code includes only what sits below it
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The core is cut into layers, one folder each (docs/architecture.md says
# why): the model knows nothing of the document, the document nothing of
# its file format, the format nothing of importers, and so on.  A wrong
# include compiles today and becomes a cycle tomorrow, so this reads every
# #include "…" under src/ and fails on one that reaches up, or sideways
# into a layer that is not below.  It also fails when an include names a
# header it cannot place, so that a new folder cannot slip past it.
# Prints TAP.
#
# Usage: test-layers.py SOURCE_ROOT

import os
import re
import sys

# What each part may include besides its own headers.  The order of the
# core's layers is that of src/core/meson.build.
CORE_LAYERS = ["model", "document", "json", "storage", "import", "export", "check", "review"]
ALLOWED = {
    "core/model": [],
    "core/document": ["core/model"],
    "core/json": ["core/model", "core/document"],
    "core/storage": ["core/model", "core/document", "core/json"],
    "core/import": ["core/model", "core/document", "core/storage"],
    "core/export": ["core/model", "core/document"],
    # The course check reads only the document, beside import and export.
    "core/check": ["core/model", "core/document"],
    "core/review": ["core/model", "core/document", "core/json", "core/storage"],
    # The clipboard copies as JSON and pastes text through the importer:
    # it sits above every layer, at the core's top.
    "core": ["core/" + layer for layer in CORE_LAYERS],
    # The PDF library lays out what the exporters choose.
    "pdf": ["core/" + layer for layer in CORE_LAYERS] + ["core"],
    "cli": ["core/" + layer for layer in CORE_LAYERS] + ["core", "pdf"],
    "app": ["core/" + layer for layer in CORE_LAYERS] + ["core", "pdf"],
}

# The PDF library is the exporters' other half, apart only because the
# core has no Pango: it shares their private helpers.
PRIVATE_FRIENDS = {("pdf", "syl-export-private.h")}

# Libraries the core must not use: it is GLib, GIO and json-glib only.
CORE_FORBIDDEN = re.compile(r"^(gtk|gdk|adwaita|adw|pango|cairo|poppler|gtksourceview)")
PDF_FORBIDDEN = re.compile(r"^(gtk|gdk|adwaita|adw|gtksourceview)")
# The importers read file formats with GTK-free libraries: PDF with
# poppler-glib.
IMPORT_LIBRARIES = re.compile(r"^poppler")

INCLUDE = re.compile(r'^\s*#\s*include\s+([<"])([^>"]+)[>"]', re.M)

# Headers made by the build, with the part they belong to.
GENERATED = {"syl-enums.h": "core/model", "syl-resources.h": "app", "config.h": None}


def part_of(root, path):
    relative = os.path.relpath(os.path.dirname(path), os.path.join(root, "src"))
    return relative.replace(os.sep, "/")


def source_files(root):
    for directory, subdirs, files in os.walk(os.path.join(root, "src")):
        subdirs.sort()
        for name in sorted(files):
            if name.endswith((".c", ".h")):
                yield os.path.join(directory, name)


DECLARED = re.compile(r"^[A-Za-z][\w \t*]*?\b(_?syl_\w+)\s*\(", re.M)


def private_api_problems(root):
    """The core's private API is one way: a function the core keeps to
    itself starts with an underscore and is declared in a -private.h, and
    only the core and the tests include those headers."""
    problems = []
    core_private = {os.path.basename(path) for path in source_files(root)
                    if part_of(root, path).startswith("core") and path.endswith("-private.h")}
    for path in source_files(root):
        part = part_of(root, path)
        shown = os.path.relpath(path, root)
        name = os.path.basename(path)
        with open(path, encoding="utf-8") as source:
            text = source.read()
        if part.startswith("core") and name.endswith(".h"):
            private = name.endswith("-private.h")
            for function in DECLARED.findall(text):
                if private and not function.startswith("_"):
                    problems.append(f"{shown}: {function} is private but has no leading _")
                elif not private and function.startswith("_"):
                    problems.append(f"{shown}: {function} is private but in a public header")
        if not part.startswith("core"):
            for header in re.findall(r'#\s*include\s+"(syl-[\w-]+-private\.h)"', text):
                if header in core_private and (part, header) not in PRIVATE_FRIENDS:
                    problems.append(f"{shown}: src/{part} includes the core's {header}")
    return problems


def main():
    root = sys.argv[1]
    owners = {}
    for path in source_files(root):
        owners.setdefault(os.path.basename(path), part_of(root, path))

    problems = []
    checked = 0
    for path in source_files(root):
        part = part_of(root, path)
        shown = os.path.relpath(path, root)
        if part not in ALLOWED:
            problems.append(f"{shown}: the folder src/{part} has no rule in this test")
            continue
        with open(path, encoding="utf-8") as source:
            text = source.read()
        for quote, header in INCLUDE.findall(text):
            checked += 1
            if quote == "<":
                forbidden = CORE_FORBIDDEN if part.startswith("core") else PDF_FORBIDDEN
                if part == "core/import" and IMPORT_LIBRARIES.match(header):
                    continue
                if part.startswith(("core", "pdf")) and forbidden.match(header):
                    problems.append(f"{shown}: src/{part} must not use <{header}>")
                continue
            name = os.path.basename(header)
            owner = GENERATED[name] if name in GENERATED else owners.get(name)
            if name in GENERATED and owner is None:
                continue
            if owner is None:
                problems.append(f'{shown}: cannot tell where "{header}" belongs')
            elif owner != part and owner not in ALLOWED[part]:
                problems.append(f'{shown}: src/{part} must not include "{header}" '
                                f"of src/{owner}")

    private = private_api_problems(root)

    print("1..3")
    print(f"{'ok' if checked > 0 else 'not ok'} 1 - read {checked} includes under src/")
    if problems:
        print(f"not ok 2 - {len(problems)} includes cross the layers")
        for problem in problems:
            print(f"# {problem}")
        return 1
    print("ok 2 - every include stays within its layer or reaches down")
    if private:
        print(f"not ok 3 - {len(private)} problems with the core's private API")
        for problem in private:
            print(f"# {problem}")
        return 1
    print("ok 3 - the core's private functions start with _ and live in -private.h")
    return 0 if checked > 0 else 1


if __name__ == "__main__":
    sys.exit(main())
