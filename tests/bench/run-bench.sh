#!/bin/sh
# run-bench.sh: generates outlines of 1k, 10k and 100k nodes, prints the
# benchmark reports for each, then a summary table of all three
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Usage: run-bench.sh BUILDDIR
#
# SYL_BENCH_SIZES="1000 10000" picks other sizes.  The outlines and
# reports go to $TMPDIR (/tmp unless set) and are removed
# afterwards.  Exits 1 if an operation failed in any report; a missed
# target is only reported.
#
# syl-bench-pdf exports each outline to PDF, once: the 100k one takes
# minutes.
#
# When the application is built, syl-bench-view measures the outline
# window on each outline, twice: with a session bus and the accessibility
# bus, as on a desktop (the table's figures), and without them, and syl-bench-listview its baseline, a minimal
# GtkListView over the same tree; syl-bench-find types words into the
# window's find bar.  They need a display: without DISPLAY
# they run under xvfb-run, and without either they are skipped.

set -eu

if [ $# -ne 1 ]; then
  echo "Usage: $0 BUILDDIR" >&2
  exit 2
fi

bench_dir="$1/tests/bench"
out_dir="${TMPDIR:-/tmp}"
sizes="${SYL_BENCH_SIZES:-1000 10000 100000}"
status=0

# How the window benchmarks run here: "display", "xvfb" or "none".
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

# The window benchmarks draw with the cairo renderer, on a display of
# one's own too, unless GSK_RENDERER says otherwise: on Xvfb (as under
# `xvfb-run ninja bench`) GTK's default GL renderer runs on Mesa's
# software rasterizer, which paints every frame of the window on the CPU
# threads and takes some 80 MiB more, so the figures would be those of
# the rasterizer, not of the window.
render=${GSK_RENDERER:-cairo}

# Runs a window benchmark PROGRAM on FILE, without a session bus and so
# without accessibility: GTK_A11Y=none, as in the GUI tests, since GTK 4
# ignores NO_AT_BRIDGE, and without a session bus it would start one.
run_view () {
  case $view_mode in
    display)
      env -u DBUS_SESSION_BUS_ADDRESS GSK_RENDERER="$render" NO_AT_BRIDGE=1 GTK_A11Y=none \
        "$bench_dir/$1" "$2"
      ;;
    xvfb)
      env -u DBUS_SESSION_BUS_ADDRESS GDK_BACKEND=x11 GSK_RENDERER="$render" NO_AT_BRIDGE=1 \
        GTK_A11Y=none xvfb-run -a -s "-screen 0 1280x800x24" "$bench_dir/$1" "$2"
      ;;
  esac
}

# Runs a window benchmark PROGRAM on FILE as on a desktop: with a session
# bus of its own, through which GTK starts the accessibility bus and tells
# it of every change a row makes to what a screen reader would say.
run_view_bus () {
  case $view_mode in
    display)
      GSK_RENDERER="$render" dbus-run-session -- "$bench_dir/$1" "$2"
      ;;
    xvfb)
      GDK_BACKEND=x11 GSK_RENDERER="$render" dbus-run-session -- \
        xvfb-run -a -s "-screen 0 1280x800x24" "$bench_dir/$1" "$2"
      ;;
  esac
}
if ! command -v dbus-run-session >/dev/null 2>&1; then
  bus_reason="no dbus-run-session"
else
  bus_reason=
fi

# Where the figures were taken: they depend on the machine and on what
# else ran on it.
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
cpu=$(awk -F': ' '/^model name/ { print $2; exit }' /proc/cpuinfo 2>/dev/null || true)
echo "Machine: ${cpu:-unknown CPU}, $(nproc 2>/dev/null || echo '?') cores;" \
  "load average at the start $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
echo "Commit: $(git -C "$source_dir" describe --always --dirty 2>/dev/null || echo unknown)"
echo

# Runs a benchmark, shows its report and keeps it in REPORT; a failure
# sets the exit status without stopping the others.
report () {
  out=$1
  shift
  if ! "$@" > "$out"; then
    status=1
  fi
  cat "$out"
}

for n in $sizes; do
  file="$out_dir/syl-bench-$n.json"
  "$bench_dir/syl-bench-gen" "$n" "$file"
  report "$out_dir/syl-bench-$n.core" "$bench_dir/syl-bench" "$file"
  echo
  report "$out_dir/syl-bench-$n.pdf" "$bench_dir/syl-bench-pdf" "$file"
  echo
  if [ "$view_mode" = none ]; then
    echo "syl-bench-view: skipped: $view_reason"
    : > "$out_dir/syl-bench-$n.view"
    : > "$out_dir/syl-bench-$n.nobus"
    : > "$out_dir/syl-bench-$n.list"
    : > "$out_dir/syl-bench-$n.find"
  else
    if [ -z "$bus_reason" ]; then
      report "$out_dir/syl-bench-$n.view" run_view_bus syl-bench-view "$file"
    else
      echo "syl-bench-view with a session bus: skipped: $bus_reason"
      : > "$out_dir/syl-bench-$n.view"
    fi
    echo
    report "$out_dir/syl-bench-$n.nobus" run_view syl-bench-view "$file"
    report "$out_dir/syl-bench-$n.list" run_view syl-bench-listview "$file"
    report "$out_dir/syl-bench-$n.find" run_view syl-bench-find "$file"
  fi
  rm -f "$file"
  echo
done

# Importing a 1 MB text outline, generated in memory.
"$bench_dir/syl-bench-import" || status=1

# The value (a number and its unit) on the line of REPORT that starts with
# NAME, or "-".
pick () {
  awk -v name="$2" '
    index($0, name) == 1 {
      rest = substr($0, length(name) + 1)
      if (match(rest, /[0-9][0-9.]* (ms|us|MiB)/)) {
        print substr(rest, RSTART, RLENGTH)
        found = 1
        exit
      }
    }
    END { if (!found) print "-" }' "$1"
}

# A summary row: LABEL, then for each size the value of NAME in the
# report of KIND, and with BASELINE_NAME that of the baseline in brackets.
row () {
  label=$1 kind=$2 name=$3 base_kind=${4:-} base_name=${5:-}
  line="| $label"
  for n in $sizes; do
    value=$(pick "$out_dir/syl-bench-$n.$kind" "$name")
    if [ -n "$base_name" ]; then
      value="$value ($(pick "$out_dir/syl-bench-$n.$base_kind" "$base_name"))"
    fi
    line="$line | $value"
  done
  echo "$line |"
}

echo "Summary: median of 3 runs (the window's moves and undos: of 11); a"
echo "baseline in brackets.  The window's figures are with a session bus and"
echo "the accessibility bus, as on a desktop; the same steps without them"
echo "follow the table."
echo
header="| operation (baseline)"
rule="|---"
for n in $sizes; do
  header="$header | $n nodes"
  rule="$rule|---"
done
echo "$header |"
echo "$rule|"
row "file size" core "file size"
row "load (bare json-glib parse)" core "syllabus load" core "json-glib parse"
row "save to memory (bare json-glib generate)" core "syllabus save (serialize)" \
  core "json-glib generate"
row "save, atomic, to disk" core "syllabus save (atomic file)"
row "open to first frame (minimal list view)" view "open to first frame" \
  list "baseline: minimal list view to first frame"
row "move the first chapter, model" core "move chapter ("
row "undo that move, model" core "undo move chapter"
row "move the first chapter, window, painted" view "move chapter (live view): painted"
row "undo that move, window, painted" view "undo (live view): painted"
row "the same with all its rows open: move" view "move chapter (live, all open): painted"
row "the same with all its rows open: undo" view "undo (live, all open): painted"
row "expand all rows, window, painted" view "expand all (live view): painted"
row "collapse all rows, window, painted" view "collapse all (live view): painted"
row "search “算法” (memmem)" core "search “算法”" core "  baseline: memmem “算法”"
row "search “recursion” (memmem)" core "search “recursion”" core "  baseline: memmem “recursion”"
row "course check, all rules (longest idle slice)" core "course check (all rules)" \
  core "  longest slice of"
row "find as you type “recursion”, longest main-thread slice (CPU)" find \
  "find “recursion”: longest slice"
row "find as you type “算法”, longest main-thread slice (CPU)" find "find “算法”: longest slice"
row "find as you type, longest frame while searching (CPU)" find \
  "find “recursion”: longest frame"
row "find as you type “recursion”, keystroke until the count shows" find \
  "find “recursion”: keystroke until"
row "import 1 MiB text outline (paste it)" core "import 1 MiB text outline" \
  core "  baseline: paste it"
row "export to PDF, in the background" pdf "pdf export"
row "snapshot for background work, main thread (serialize)" pdf "snapshot for background work" \
  pdf "  baseline: serialize the document"
row "peak memory, load (json-glib parse)" core "peak RSS: read + syllabus load" \
  core "peak RSS: read + json-glib parse"
row "peak memory, window (minimal list view)" view "peak RSS (process)" \
  list "baseline: peak RSS (process)"
echo
echo "Without a session bus (GTK_A11Y=none), and each step's CPU time on the"
echo "main thread until painted, with and without the bus:"
echo
echo "$header |"
echo "$rule|"
row "move the first chapter, window, painted" nobus "move chapter (live view): painted"
row "undo that move, window, painted" nobus "undo (live view): painted"
row "the same with all its rows open: move" nobus "move chapter (live, all open): painted"
row "the same with all its rows open: undo" nobus "undo (live, all open): painted"
row "move, main thread CPU (no bus)" view "move chapter (live view): main thread CPU" \
  nobus "move chapter (live view): main thread CPU"
row "undo, main thread CPU (no bus)" view "undo (live view): main thread CPU" \
  nobus "undo (live view): main thread CPU"
row "all open: move, main thread CPU (no bus)" view "move chapter (live, all open): main thread CPU" \
  nobus "move chapter (live, all open): main thread CPU"
row "all open: undo, main thread CPU (no bus)" view "undo (live, all open): main thread CPU" \
  nobus "undo (live, all open): main thread CPU"
row "peak memory, window (no bus)" view "peak RSS (process)" nobus "peak RSS (process)"
echo
echo "Load average at the end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
echo
grep -h "^move chapter (" "$out_dir"/syl-bench-*.core | sed 's/  */ /g; s/^/the chapter moved: /'

for n in $sizes; do
  rm -f "$out_dir/syl-bench-$n.core" "$out_dir/syl-bench-$n.pdf" "$out_dir/syl-bench-$n.view" \
    "$out_dir/syl-bench-$n.nobus" \
    "$out_dir/syl-bench-$n.list" "$out_dir/syl-bench-$n.find"
done
exit $status
