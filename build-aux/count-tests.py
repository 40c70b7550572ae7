#!/usr/bin/python3
# count-tests.py: reads meson's testlog.json and prints "N passed, N failed",
# counting the TAP test cases of each program.  A program that failed
# without reporting a failed case (a crash, a time-out) counts as a failure.
# Exits 1 if anything failed or nothing ran.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import re
import sys

passed = failed = 0
with open(sys.argv[1], encoding="utf-8") as log:
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

print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed or not passed else 0)
