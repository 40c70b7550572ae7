#!/bin/bash
# test-schema.sh: outlines Syllabus reads and writes follow the JSON Schema
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Validates, against data/syllabus.schema.json, the sample outline, the
# full fixture, and the warn fixtures after `syllabus-cli format` has
# repaired their ids and written them in canonical form, which is the
# closest a script gets to "a document written by Syllabus".  The TAP
# comes from validate-schema.py; this script only prepares the files and
# bails out when it cannot.
#
# Environment (set by tests/meson.build): SYL_CLI, SYL_SCHEMA, SYL_TEST_DATA.

set -u

bail_out ()
{
  echo "Bail out! $*"
  exit 1
}

for variable in SYL_CLI SYL_SCHEMA SYL_TEST_DATA; do
  [ -n "${!variable:-}" ] || bail_out "$variable is not set; run this through meson test"
done

python=/usr/bin/python3
[ -x "$python" ] || bail_out "$python is not installed"

# validate-schema.py skips, and so passes, without jsonschema; a schema
# test that checks nothing must fail instead.
"$python" -c 'import jsonschema' 2>/dev/null || bail_out "python3-jsonschema is not installed"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/syl-test-schema-XXXXXX") || bail_out "cannot make a temporary folder"
trap 'rm -rf "$tmp"' EXIT

sample="$SYL_TEST_DATA/../../data/samples/ai-enterprise-course.syllabus.json"
cp "$sample" "$SYL_TEST_DATA/valid/full.syllabus.json" "$tmp/" ||
  bail_out "cannot copy the sample and the full fixture"

mkdir "$tmp/warn" && cp "$SYL_TEST_DATA"/warn/*.json "$tmp/warn/" ||
  bail_out "cannot copy the warn fixtures"
warn_files=("$tmp"/warn/*.json)
[ "${#warn_files[@]}" -gt 0 ] && [ -e "${warn_files[0]}" ] || bail_out "no warn fixtures found"

# Formatting reports each repair on stderr; only failure matters here.
"$SYL_CLI" format "${warn_files[@]}" 2>/dev/null ||
  bail_out "syllabus-cli format failed on the warn fixtures"

# After formatting, nothing is left to repair: the files are what
# Syllabus itself would save.
strict_output=$("$SYL_CLI" validate --strict "${warn_files[@]}" 2>&1) ||
  bail_out "formatted warn fixtures still have problems: ${strict_output//$'\n'/; }"

# Not exec: the trap must still remove the temporary folder.
"$python" "$(dirname "$0")/validate-schema.py" "$SYL_SCHEMA" \
  "$tmp/ai-enterprise-course.syllabus.json" "$tmp/full.syllabus.json" "${warn_files[@]}"
exit $?
