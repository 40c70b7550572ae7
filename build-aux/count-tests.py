#!/usr/bin/python3
# count-tests.py: reads the logs of every test run and prints
# "N passed, N failed, N skipped", counting the TAP test cases of each
# program.
#
# Usage: count-tests.py [--failed N] [--skips-fail] LOG…
#
# A case that reports "ok … # SKIP", and a program meson reports as
# SKIP, is a skip, not a pass: it never ran.  With --skips-fail (what
# .ci/run asks for, where every tool is installed) a skip is a failure of
# set-up: it is named on stderr and the exit status is 1.
#
# A LOG ending in .json is meson's testlog.json (or a --logbase one): a
# program that failed without reporting a failed case (a crash, a
# time-out, a sanitizer's report at exit) counts as a failure.  Any other
# LOG is TAP, as build-aux/run-fuzz writes, one line per fuzz target.  A
# LOG that does not exist means its run never happened, and counts as one
# failure; so do the N of --failed (builds that failed).  Exits 1 if
# anything failed or nothing ran.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os
import re
import sys


SKIP = re.compile(r"^ok\b[^\n#]*#\s*skip\b", re.M | re.I)


def count_output(output):
    """Passed, failed and skipped cases of one program's TAP."""
    ok = len(re.findall(r"^ok\b", output, re.M))
    skipped = len(SKIP.findall(output))
    not_ok = len(re.findall(r"^not ok\b", output, re.M))
    return ok - skipped, not_ok, skipped


def count_meson(path, skip_names):
    passed = failed = skipped = 0
    with open(path, encoding="utf-8") as log:
        for line in log:
            result = json.loads(line)
            ok, not_ok, skips = count_output(result.get("stdout") or "")
            if ok + not_ok + skips == 0:
                if result["result"] in ("OK", "EXPECTEDFAIL"):
                    ok = 1
                elif result["result"] == "SKIP":
                    skips = 1
            if result["result"] not in ("OK", "EXPECTEDFAIL", "SKIP") and not_ok == 0:
                not_ok = 1
            if skips:
                skip_names.append(f"{result['name']} ({skips})")
            passed += ok
            failed += not_ok
            skipped += skips
    return passed, failed, skipped


def count_tap(path, skip_names):
    with open(path, encoding="utf-8") as log:
        counts = count_output(log.read())
    if counts[2]:
        skip_names.append(f"{os.path.basename(path)} ({counts[2]})")
    return counts


args = sys.argv[1:]
passed = failed = skipped = 0
skips_fail = False
skip_names = []
while args and args[0] in ("--failed", "--skips-fail"):
    if args[0] == "--failed":
        failed += int(args[1])
        args = args[2:]
    else:
        skips_fail = True
        args = args[1:]

for path in args:
    if not os.path.exists(path):
        print(f"count-tests: {path} is missing: that run did not happen", file=sys.stderr)
        failed += 1
        continue
    count = count_meson if path.endswith(".json") else count_tap
    ok, not_ok, skips = count(path, skip_names)
    passed += ok
    failed += not_ok
    skipped += skips

if skipped and skips_fail:
    print("count-tests: tests were skipped where every tool should be installed "
          "(a missing step in build-aux/setup-debian?): " + ", ".join(skip_names),
          file=sys.stderr)
print(f"{passed} passed, {failed} failed, {skipped} skipped")
sys.exit(1 if failed or not passed or (skipped and skips_fail) else 0)
