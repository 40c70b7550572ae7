#!/bin/bash
# test-flatpak-manifest.sh: flatpak-builder reads the manifest, which builds
# this checkout on a current GNOME runtime with the least permissions
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The GNOME runtime cannot be downloaded where the tests run, so this checks
# what can be checked offline: flatpak-builder parses the manifest without
# a complaint, and the manifest says what the README promises.  Prints TAP.
#
# Usage: test-flatpak-manifest.sh SOURCE_ROOT APP_ID

set -u

bail_out ()
{
  echo "Bail out! $*"
  exit 1
}

[ $# -eq 2 ] || bail_out "usage: test-flatpak-manifest.sh SOURCE_ROOT APP_ID"
root=$1 app_id=$2
manifest="$root/flatpak/$app_id.json"
python=/usr/bin/python3
[ -x "$python" ] || bail_out "$python is not installed"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/syl-test-flatpak-XXXXXX") || bail_out "cannot make a temporary folder"
trap 'rm -rf "$tmp"' EXIT

echo "1..2"
# flatpak-builder keeps its state in the current folder: not the checkout.
if ! command -v flatpak-builder >/dev/null; then
  echo "not ok 1 - flatpak-builder --show-manifest reads the manifest"
  echo "# flatpak-builder is not installed (Debian package flatpak-builder)"
  status=1
# The tests run with GLib's diagnostics on, which flatpak-builder itself trips.
elif output=$(cd "$tmp" && env -u G_ENABLE_DIAGNOSTIC -u G_DEBUG \
                flatpak-builder --show-manifest "$manifest" 2>&1 >"$tmp/shown.json") &&
     [ -z "$output" ]; then
  echo "ok 1 - flatpak-builder --show-manifest reads the manifest"
  status=0
else
  echo "not ok 1 - flatpak-builder --show-manifest reads the manifest"
  sed 's/^/# /' <<< "$output"
  status=1
fi

# What the manifest must say; each problem is one line.
problems=$("$python" - "$manifest" "$app_id" "$root" <<'EOF'
import json, os, sys

path, app_id, root = sys.argv[1:]
with open(path, encoding="utf-8") as f:
    m = json.load(f)

def expect(condition, message):
    if not condition:
        print(message)

expect(m.get("id") == app_id, f"id is {m.get('id')!r}, not {app_id!r}")
expect(m.get("runtime") == "org.gnome.Platform", "the runtime is not org.gnome.Platform")
expect(m.get("sdk") == "org.gnome.Sdk", "the SDK is not org.gnome.Sdk")
expect(str(m.get("runtime-version", "")).isdigit() and int(m["runtime-version"]) >= 49,
       f"runtime-version {m.get('runtime-version')!r} is not a current stable GNOME (49 or later)")
expect(m.get("command") == "syllabus", "the command is not syllabus")
wanted = {"--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"}
args = set(m.get("finish-args", []))
expect(args == wanted, f"finish-args are {sorted(args)}, not exactly {sorted(wanted)}")
expect(not any(a.startswith(("--filesystem", "--socket=x11", "--device=all", "--share=network"))
               for a in args), "a permission beyond the portal is asked for")
for pattern in ("/include", "/lib/pkgconfig", "*.a"):
    expect(pattern in m.get("cleanup", []), f"cleanup does not remove {pattern}")

modules = m.get("modules", [])
app = modules[-1] if modules else {}
expect(app.get("name") == "syllabus" and app.get("buildsystem") == "meson",
       "the last module does not build syllabus with meson")
expect(app.get("run-tests") is True, "the module does not run its tests")
commands = " ".join(app.get("test-commands", []))
expect("--no-suite gui" in commands,
       "the tests in the sandbox do not leave out the GUI suite, which needs a display")
sources = app.get("sources", [])
dirs = [s for s in sources if s.get("type") == "dir"]
expect(len(dirs) == 1, "the module does not build a folder")
if dirs:
    folder = os.path.normpath(os.path.join(os.path.dirname(path), dirs[0].get("path", "")))
    expect(os.path.samefile(folder, root), f"the module builds {folder}, not this checkout")
EOF
) || bail_out "cannot read $manifest as JSON"
if [ -z "$problems" ]; then
  echo "ok 2 - the manifest builds this checkout on GNOME with IPC, Wayland, fallback X11 and DRI only"
else
  echo "not ok 2 - the manifest builds this checkout on GNOME with the least permissions"
  sed 's/^/# /' <<< "$problems"
  status=1
fi
exit $status
