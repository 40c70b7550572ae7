#!/usr/bin/python3
# test-count-tests.py: the closing line counts skips apart from passes
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# build-aux/count-tests.py makes the line CI ends with.  A case that never
# ran must not be counted as passed, and in CI a skip must fail the run.
# This feeds it small logs and checks what it prints and returns.  Prints
# TAP.
#
# Usage: test-count-tests.py SOURCE_ROOT

import json
import os
import subprocess
import sys
import tempfile

TAP = """1..4
ok 1 /pdf/text
ok 2 /pdf/fonts # SKIP pdffonts is not installed
not ok 3 /pdf/pages
ok 4 /pdf/size
"""

MESON = [
    {"name": "test-model", "result": "OK", "stdout": "1..2\nok 1 /a\nok 2 /b\n"},
    {"name": "schema", "result": "SKIP", "stdout": ""},
    {"name": "crash", "result": "FAIL", "stdout": "1..1\n"},
    {"name": "data-files", "result": "OK", "stdout": ""},
]


def run(script, *args):
    done = subprocess.run([sys.executable, script, *args], capture_output=True, text=True)
    lines = done.stdout.strip().splitlines()
    return done.returncode, lines[-1] if lines else "", done.stderr


def main():
    script = os.path.join(sys.argv[1], "build-aux", "count-tests.py")
    checks = []
    with tempfile.TemporaryDirectory() as folder:
        tap = os.path.join(folder, "fuzz.tap")
        with open(tap, "w", encoding="utf-8") as out:
            out.write(TAP)
        log = os.path.join(folder, "testlog.json")
        with open(log, "w", encoding="utf-8") as out:
            out.write("".join(json.dumps(result) + "\n" for result in MESON))
        clean = os.path.join(folder, "clean.tap")
        with open(clean, "w", encoding="utf-8") as out:
            out.write("1..2\nok 1 a\nok 2 b # skip no display\n")

        status, line, _ = run(script, tap)
        checks.append(("a TAP skip is counted apart", line == "2 passed, 1 failed, 1 skipped"
                       and status == 1, line))
        status, line, _ = run(script, log)
        checks.append(("a meson SKIP is not a pass, a silent FAIL is a failure",
                       line == "3 passed, 1 failed, 1 skipped" and status == 1, line))
        status, line, _ = run(script, clean)
        checks.append(("skips alone do not fail a local run",
                       line == "1 passed, 0 failed, 1 skipped" and status == 0, line))
        status, line, err = run(script, "--skips-fail", clean)
        checks.append(("with --skips-fail a skip fails the run and is named",
                       line == "1 passed, 0 failed, 1 skipped" and status == 1
                       and "clean.tap (1)" in err, line))
        status, line, _ = run(script, "--failed", "2", os.path.join(folder, "missing.json"))
        checks.append(("failed builds and a missing log are failures",
                       line == "0 passed, 3 failed, 0 skipped" and status == 1, line))

    print(f"1..{len(checks)}")
    for number, (name, passed, line) in enumerate(checks, 1):
        print(f"{'ok' if passed else 'not ok'} {number} - {name}")
        if not passed:
            print(f"# got: {line}")
    return 0 if all(passed for _, passed, _ in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
