#!/usr/bin/python3
# test-readers.py: every file Syllabus writes, read by independent readers
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: test-readers.py SAMPLE ESCAPING
#
# Exports the sample course and a course made to need escaping (written
# by make-escaping-course.py) in every format with syllabus-cli, writes
# their review summaries and their JSON as Syllabus saves it, and hands
# each file to readers that share no code with Syllabus:
#
#   JSON      the schema itself and each outline, by Ajv (strict mode)
#   HTML      tidy (no errors), html5lib (the WHATWG parse, strict), and
#             an accessibility check (headings in order, lang from the
#             course, contents as a nav with a list)
#   OPML      xmllint, and pandoc (the same tree, titles intact, notes
#             as _note)
#   Markdown  pandoc (GFM) and cmark (CommonMark): the same headings,
#             notes unchanged
#   PDF       qpdf --check, with no warnings
#
# Each check is one TAP test named after the file and the reader; a
# failure prints the file's path and the reader's whole message.  The
# printed pages' PDF is read in test-printed-pdf.c, under a display.
#
# Environment (set by tests/meson.build): SYL_CLI, SYL_SCHEMA, SYL_AJV.

import os
import shutil
import subprocess
import sys
import tempfile

# The readers' modules sit beside this script, in the source tree, which
# the test must leave as it found it.
sys.dont_write_bytecode = True
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from readers import ReaderError, Outline, run  # noqa: E402
import readers_checks as checks  # noqa: E402

TOOLS = ["qpdf", "tidy", "xmllint", "pandoc", "cmark", "node"]


def bail_out(message):
    print("Bail out! %s" % message)
    sys.exit(1)


def write_files(cli, course, name, folder, annotations):
    """Everything Syllabus writes of a course; returns the Outline of its
    JSON as Syllabus saves it and the paths by kind."""
    saved = os.path.join(folder, name + ".syllabus.json")
    shutil.copyfile(course, saved)
    run([cli, "format", saved])
    extra = ["--annotations"] if annotations else []
    files = {"json": saved}
    for kind, extension in (("markdown", "md"), ("opml", "opml"), ("html", "html"),
                            ("pdf", "pdf")):
        files[kind] = os.path.join(folder, "%s.%s" % (name, extension))
        run([cli, "export", "--to", kind] + extra + ["-o", files[kind], saved])
    for kind, extension in (("markdown", "md"), ("html", "html")):
        files["summary-" + kind] = os.path.join(folder, "%s-summary.%s" % (name, extension))
        run([cli, "review-summary", "--format", kind, "-o", files["summary-" + kind], saved])
    return Outline(saved), files


def plan(schema, ajv, outline, files):
    """The checks of one course's files: (file, reader, function)."""
    return [
        (files["json"], "ajv", lambda: checks.ajv(ajv, schema, files["json"])),
        (files["html"], "tidy", lambda: checks.tidy(files["html"])),
        (files["html"], "html5lib", lambda: checks.html5(files["html"])),
        (files["html"], "accessibility", lambda: checks.html_export(outline, files["html"])),
        (files["opml"], "xmllint", lambda: checks.xmllint(outline, files["opml"])),
        (files["opml"], "pandoc", lambda: checks.opml_pandoc(outline, files["opml"])),
        (files["markdown"], "pandoc", lambda: checks.markdown_pandoc(outline, files["markdown"])),
        (files["markdown"], "cmark", lambda: checks.markdown_cmark(outline, files["markdown"])),
        (files["pdf"], "qpdf", lambda: checks.qpdf(files["pdf"])),
        (files["summary-markdown"], "pandoc",
         lambda: checks.summary_pandoc(outline, files["summary-markdown"])),
        (files["summary-markdown"], "cmark",
         lambda: checks.summary_cmark(outline, files["summary-markdown"])),
        (files["summary-html"], "tidy", lambda: checks.tidy(files["summary-html"])),
        (files["summary-html"], "html5lib", lambda: checks.html5(files["summary-html"])),
        (files["summary-html"], "accessibility",
         lambda: checks.html_summary(outline, files["summary-html"])),
    ]


def report(number, path, reader, check):
    try:
        message = check()
    except ReaderError as e:
        message = str(e)
    name = "%s: %s" % (os.path.basename(path), reader)
    if message is None:
        print("ok %d - %s" % (number, name))
        return True
    print("not ok %d - %s" % (number, name))
    print("# %s (%s)" % (path, reader))
    for line in message.rstrip("\n").split("\n"):
        print("#   " + line)
    # meson test --print-errorlogs shows a TAP test's stderr, not its
    # diagnostics: say it there too.
    sys.stdout.flush()
    sys.stderr.write("%s (%s):\n%s\n" % (path, reader, message.rstrip("\n")))
    return False


def main(argv):
    if len(argv) != 3:
        bail_out("usage: %s SAMPLE ESCAPING" % argv[0])
    for variable in ("SYL_CLI", "SYL_SCHEMA", "SYL_AJV"):
        if not os.environ.get(variable):
            bail_out("%s is not set; run this through meson test" % variable)
    missing = [tool for tool in TOOLS if shutil.which(tool) is None]
    if missing:
        bail_out("missing readers: %s; run build-aux/setup-debian" % " ".join(missing))
    ajv = os.environ["SYL_AJV"]
    if not os.path.isdir(os.path.join(os.path.dirname(ajv), "node_modules", "ajv")):
        bail_out("Ajv is not installed next to %s; run build-aux/setup-debian" % ajv)
    schema = os.environ["SYL_SCHEMA"]

    # Kept when a check fails, so that the file it names can be read.
    folder = tempfile.mkdtemp(prefix="syl-test-readers-")
    todo = [(schema, "ajv (strict)", lambda: checks.ajv(ajv, schema))]
    try:
        for name, course, annotations in (("sample", argv[1], False),
                                          ("escaping", argv[2], True)):
            outline, files = write_files(os.environ["SYL_CLI"], course, name, folder,
                                         annotations)
            todo += plan(schema, ajv, outline, files)
    except (ReaderError, subprocess.SubprocessError, OSError) as e:
        bail_out("cannot write the files to read: %s" % str(e).replace("\n", " "))

    print("1..%d" % len(todo))
    passed = [report(i + 1, path, reader, check) for i, (path, reader, check) in enumerate(todo)]
    if all(passed):
        shutil.rmtree(folder)
        return 0
    return 1


if __name__ == "__main__":
    sys.exit(main(sys.argv))
