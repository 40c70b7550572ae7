#!/usr/bin/python3
# count-tests.py: reads the logs of every test run and prints
# "N passed, N failed", counting the TAP test cases of each program.
#
# Usage: count-tests.py [--failed N] LOG…
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


def count_meson(path):
    passed = failed = 0
    with open(path, encoding="utf-8") as log:
        for line in log:
            result = json.loads(line)
            output = result.get("stdout") or ""
            ok = len(re.findall(r"^ok\b", output, re.M))
            not_ok = len(re.findall(r"^not ok\b", output, re.M))
            if ok + not_ok == 0:
                ok = 1 if result["result"] in ("OK", "EXPECTEDFAIL", "SKIP") else 0
            if result["result"] not in ("OK", "EXPECTEDFAIL", "SKIP") and not_ok == 0:
                not_ok = 1
            passed += ok
            failed += not_ok
    return passed, failed


def count_tap(path):
    with open(path, encoding="utf-8") as log:
        output = log.read()
    return (len(re.findall(r"^ok\b", output, re.M)),
            len(re.findall(r"^not ok\b", output, re.M)))


args = sys.argv[1:]
passed = failed = 0
if len(args) >= 2 and args[0] == "--failed":
    failed += int(args[1])
    args = args[2:]

for path in args:
    if not os.path.exists(path):
        print(f"count-tests: {path} is missing: that run did not happen", file=sys.stderr)
        failed += 1
        continue
    ok, not_ok = count_meson(path) if path.endswith(".json") else count_tap(path)
    passed += ok
    failed += not_ok

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed or not passed else 0)
