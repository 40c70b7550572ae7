#!/bin/sh
# run-bench.sh: generates outlines of 1k, 10k and 100k nodes and prints the
# benchmark report for each
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: run-bench.sh BUILDDIR
#
# The outlines go to $TMPDIR (/tmp unless set) and are removed afterwards.
# Exits 1 if an operation failed in any report; a missed target is only
# reported.

set -eu

if [ $# -ne 1 ]; then
  echo "Usage: $0 BUILDDIR" >&2
  exit 2
fi

bench_dir="$1/tests/bench"
out_dir="${TMPDIR:-/tmp}"
status=0

for n in 1000 10000 100000; do
  file="$out_dir/syl-bench-$n.json"
  "$bench_dir/syl-bench-gen" "$n" "$file"
  "$bench_dir/syl-bench" "$file" || status=1
  rm -f "$file"
  echo
done

exit $status
