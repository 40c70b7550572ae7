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
#
# When the application is built, syl-bench-view also measures the outline
# window on the 10k and 100k outlines.  It needs a display: without DISPLAY
# it runs under xvfb-run, and without either it is skipped.

set -eu

if [ $# -ne 1 ]; then
  echo "Usage: $0 BUILDDIR" >&2
  exit 2
fi

bench_dir="$1/tests/bench"
out_dir="${TMPDIR:-/tmp}"
status=0

# How syl-bench-view runs here: "display", "xvfb" or "none".
if [ ! -x "$bench_dir/syl-bench-view" ]; then
  view_mode=none
  view_reason="the application is not built (-Dapp=false)"
elif [ -n "${DISPLAY:-}" ]; then
  view_mode=display
elif command -v xvfb-run >/dev/null 2>&1; then
  view_mode=xvfb
else
  view_mode=none
  view_reason="no DISPLAY and no xvfb-run"
fi

# Runs syl-bench-view on FILE.  GTK_A11Y=none, as in the GUI tests: GTK 4
# ignores NO_AT_BRIDGE, and without a session bus it would start one.
run_view () {
  case $view_mode in
    display)
      "$bench_dir/syl-bench-view" "$1"
      ;;
    xvfb)
      GDK_BACKEND=x11 GSK_RENDERER=cairo NO_AT_BRIDGE=1 GTK_A11Y=none \
        xvfb-run -a -s "-screen 0 1280x800x24" "$bench_dir/syl-bench-view" "$1"
      ;;
  esac
}

for n in 1000 10000 100000; do
  file="$out_dir/syl-bench-$n.json"
  "$bench_dir/syl-bench-gen" "$n" "$file"
  "$bench_dir/syl-bench" "$file" || status=1
  if [ "$n" -ge 10000 ]; then
    echo
    if [ "$view_mode" = none ]; then
      echo "syl-bench-view: skipped: $view_reason"
    else
      run_view "$file" || status=1
    fi
  fi
  rm -f "$file"
  echo
done

# Importing a 1 MB text outline, generated in memory.
"$bench_dir/syl-bench-import" || status=1

exit $status
