#!/bin/bash
# test-flatpak-install.sh: installed as Flatpak installs it, Syllabus has
# everything Flatpak exports, named by the application id
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Builds the checkout with --prefix=/app, as flatpak-builder does, installs
# it into a staging folder, and checks that the desktop file, metainfo,
# icons, MIME type, D-Bus service, schema and translations are where the
# desktop looks for them.  Flatpak exports only files whose names start
# with the application id, so a misnamed file would silently be left out.
# Prints TAP.
#
# Usage: test-flatpak-install.sh SOURCE_ROOT APP_ID VERSION

set -u

bail_out ()
{
  echo "Bail out! $*"
  exit 1
}

[ $# -eq 3 ] || bail_out "usage: test-flatpak-install.sh SOURCE_ROOT APP_ID VERSION"
root=$1 app_id=$2 version=$3

tmp=$(mktemp -d "${TMPDIR:-/tmp}/syl-test-install-XXXXXX") || bail_out "cannot make a temporary folder"
trap 'rm -rf "$tmp"' EXIT
staging="$tmp/staging"
app="$staging/app"

# Without the tests and with no optimisation: only what is installed
# matters here, and it builds in half the time.
meson setup --prefix=/app -Dtests=false -Dbuildtype=plain "$tmp/build" "$root" \
  >"$tmp/setup.log" 2>&1 || bail_out "meson setup failed: $(tail -5 "$tmp/setup.log")"
meson compile -C "$tmp/build" >"$tmp/compile.log" 2>&1 ||
  bail_out "the build failed: $(tail -5 "$tmp/compile.log")"
DESTDIR="$staging" meson install -C "$tmp/build" --no-rebuild >"$tmp/install.log" 2>&1 ||
  bail_out "meson install failed: $(tail -5 "$tmp/install.log")"

n=0
failed=0
ok ()
{
  n=$((n + 1))
  echo "ok $n - $1"
}

not_ok ()
{
  n=$((n + 1))
  echo "not ok $n - $1"
  [ -n "${2:-}" ] && sed 's/^/# /' <<< "$2"
  failed=1
}

missing=""
for file in \
  bin/syllabus \
  bin/syllabus-cli \
  "share/applications/$app_id.desktop" \
  "share/metainfo/$app_id.metainfo.xml" \
  "share/icons/hicolor/scalable/apps/$app_id.svg" \
  "share/icons/hicolor/symbolic/apps/$app_id-symbolic.svg" \
  "share/mime/packages/$app_id.xml" \
  "share/dbus-1/services/$app_id.service" \
  "share/glib-2.0/schemas/$app_id.gschema.xml" \
  share/locale/zh_CN/LC_MESSAGES/syllabus.mo; do
  [ -s "$app/$file" ] || missing+="/app/$file is not installed"$'\n'
done
if [ -z "$missing" ]; then ok "everything Flatpak exports is installed under /app"; else not_ok "everything Flatpak exports is installed" "$missing"; fi

# Flatpak exports these folders, and only the files named by the id.
misnamed=""
for dir in share/applications share/metainfo share/icons share/mime/packages share/dbus-1/services; do
  [ -d "$app/$dir" ] || continue
  while IFS= read -r file; do
    name=$(basename "$file")
    case $name in
      "$app_id".* | "$app_id"-*) ;;
      *) misnamed+="/app/$dir/${file#"$app/$dir/"} is not named by $app_id"$'\n' ;;
    esac
  done < <(find "$app/$dir" -type f ! -name 'index.theme' ! -name 'icon-theme.cache')
done
if [ -z "$misnamed" ]; then ok "every exported file is named by $app_id"; else not_ok "every exported file is named by $app_id" "$misnamed"; fi

# The desktop file and the D-Bus service start programs that are there.
exec_line=$(sed -n 's/^Exec=//p' "$app/share/applications/$app_id.desktop" 2>/dev/null | head -1)
service_exec=$(sed -n 's/^Exec=//p' "$app/share/dbus-1/services/$app_id.service" 2>/dev/null)
if [ -x "$app/bin/${exec_line%% *}" ] && [ "$service_exec" = "/app/bin/syllabus --gapplication-service" ]; then
  ok "the desktop file and the D-Bus service start /app/bin/syllabus"
else
  not_ok "the desktop file and the D-Bus service start /app/bin/syllabus" \
    "desktop file: Exec=$exec_line; service: Exec=$service_exec"
fi

# Flatpak compiles the schemas when it exports; they must compile.
if ! command -v glib-compile-schemas >/dev/null; then
  not_ok "glib-compile-schemas compiles the installed schemas" "glib-compile-schemas is not installed"
elif output=$(glib-compile-schemas --strict --targetdir "$tmp" "$app/share/glib-2.0/schemas" 2>&1) &&
     [ -s "$tmp/gschemas.compiled" ]; then
  ok "glib-compile-schemas compiles the installed schemas"
else
  not_ok "glib-compile-schemas compiles the installed schemas" "$output"
fi

# The installed metainfo and desktop file are still valid.
if command -v appstreamcli >/dev/null && command -v desktop-file-validate >/dev/null &&
   output=$(appstreamcli validate --no-net "$app/share/metainfo/$app_id.metainfo.xml" 2>&1 &&
            desktop-file-validate "$app/share/applications/$app_id.desktop" 2>&1); then
  ok "the installed metainfo and desktop file validate"
else
  not_ok "the installed metainfo and desktop file validate" "${output:-appstreamcli or desktop-file-validate is not installed}"
fi

# The installed command-line tool runs, and reads the installed sample.
output=$("$app/bin/syllabus-cli" --version 2>&1)
if [ "$output" = "syllabus-cli $version" ]; then
  ok "the installed syllabus-cli --version says $version"
else
  not_ok "the installed syllabus-cli --version says $version" "it said: $output"
fi
sample="$app/share/syllabus/samples/ai-enterprise-course.syllabus.json"
if output=$("$app/bin/syllabus-cli" validate "$sample" 2>&1); then
  ok "the installed syllabus-cli validates the installed sample"
else
  not_ok "the installed syllabus-cli validates the installed sample" "$output"
fi

echo "1..$n"
exit $failed
