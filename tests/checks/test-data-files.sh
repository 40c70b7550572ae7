#!/bin/bash
# test-data-files.sh: the desktop file, metainfo, schema, MIME type, D-Bus
# service and icons are valid and say the same things
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks the files as the build merged their translations in, with the
# validators the desktop uses: desktop-file-validate, appstreamcli,
# glib-compile-schemas, xmllint, update-mime-database and GIO.  A missing
# validator is a failure, not a skip: a check that did not run checked
# nothing.  Prints TAP.
#
# Usage: test-data-files.sh SOURCE_ROOT DATA_BUILD_DIR APP_ID VERSION

set -u

bail_out ()
{
  echo "Bail out! $*"
  exit 1
}

[ $# -eq 4 ] || bail_out "usage: test-data-files.sh SOURCE_ROOT DATA_BUILD_DIR APP_ID VERSION"
root=$1 build=$2 app_id=$3 version=$4
desktop="$build/$app_id.desktop"
metainfo="$build/$app_id.metainfo.xml"
mime="$build/$app_id.xml"
service="$build/$app_id.service"
icons="$root/data/icons/hicolor"

tmp=$(mktemp -d "${TMPDIR:-/tmp}/syl-test-data-XXXXXX") || bail_out "cannot make a temporary folder"
trap 'rm -rf "$tmp"' EXIT

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

# Runs "$@" and reports it as one test, failing when the tool is missing
# or the command fails, or, with QUIET "quiet", prints a warning.
run_check ()
{
  local description=$1 package=$2 quiet=$3 output
  shift 3
  if ! command -v "$1" >/dev/null; then
    not_ok "$description" "$1 is not installed (Debian package $package)"
    return
  fi
  if output=$("$@" 2>&1) && { [ "$quiet" != quiet ] || ! grep -qi 'warning\|error' <<< "$output"; }; then
    ok "$description"
  else
    not_ok "$description" "$output"
  fi
}

# Reports whether every pattern is found (grep -E) in FILE.
expect_lines ()
{
  local description=$1 file=$2 missing=""
  shift 2
  [ -f "$file" ] || { not_ok "$description" "$file was not built"; return; }
  for pattern in "$@"; do
    grep -qE -- "$pattern" "$file" || missing+="no line matches: $pattern"$'\n'
  done
  if [ -z "$missing" ]; then ok "$description"; else not_ok "$description" "$missing"; fi
}

# The desktop file.
run_check "desktop-file-validate accepts the desktop file" desktop-file-utils quiet \
  desktop-file-validate "$desktop"
expect_lines "the desktop file starts Syllabus with files or URIs and opens outlines" "$desktop" \
  '^Exec=syllabus %U$' "^Icon=$app_id\$" '^MimeType=(.*;)?application/x-syllabus\+json;' \
  '^DBusActivatable=true$' '^StartupNotify=true$'
expect_lines "the desktop file is translated into Chinese" "$desktop" \
  '^Name\[zh_CN\]=.' '^GenericName\[zh_CN\]=.' '^Comment\[zh_CN\]=.' '^Keywords\[zh_CN\]=.*;$'

# D-Bus activation runs the program the desktop file names.
expect_lines "the D-Bus service starts the application as a service" "$service" \
  "^Name=$app_id\$" '^Exec=/.*/syllabus --gapplication-service$'

# The metainfo.
run_check "appstreamcli validate accepts the metainfo" appstream status \
  appstreamcli validate --no-net --explain "$metainfo"
expect_lines "the metainfo names the desktop file, the MIME type and this version" "$metainfo" \
  "<id>$app_id</id>" "<launchable type=\"desktop-id\">$app_id.desktop</launchable>" \
  '<mediatype>application/x-syllabus\+json</mediatype>' "<release version=\"$version\" date=" \
  '<content_rating type="oars-1.1"' '<display_length compare="ge">360</display_length>'
expect_lines "the metainfo is translated into Chinese" "$metainfo" \
  '<name xml:lang="zh_CN">' '<summary xml:lang="zh_CN">' '<keyword xml:lang="zh_CN">' \
  '<caption xml:lang="zh_CN">' '<p xml:lang="zh_CN">' '<li xml:lang="zh_CN">'

# Every screenshot the metainfo shows is in the repository, as a PNG, at
# the place its URL points to.
url_prefix='https://raw.githubusercontent.com/syllabus/syllabus/main/'
problems=""
count=0
while read -r url; do
  count=$((count + 1))
  path=${url#"$url_prefix"}
  [ "$path" != "$url" ] || { problems+="$url is not under $url_prefix"$'\n'; continue; }
  signature=$(head -c 8 "$root/$path" 2>/dev/null | od -An -tx1 | tr -d ' \n')
  [ "$signature" = 89504e470d0a1a0a ] || problems+="$path is not a PNG in the repository"$'\n'
done < <(grep -o '<image[^>]*>[^<]*</image>' "$metainfo" | sed 's/<[^>]*>//g')
[ "$count" -gt 0 ] || problems+="the metainfo has no screenshots"
if [ -z "$problems" ]; then ok "all $count screenshots are in data/screenshots"; else not_ok "the screenshots are in data/screenshots" "$problems"; fi

# The GSettings schema.
run_check "glib-compile-schemas --strict accepts the schema" libglib2.0-bin quiet \
  glib-compile-schemas --strict --dry-run "$root/data"

# Well-formed XML.
run_check "xmllint finds the MIME type, metainfo and icons well-formed" libxml2-utils status \
  xmllint --noout "$mime" "$metainfo" "$icons/scalable/apps/$app_id.svg" \
  "$icons/symbolic/apps/$app_id-symbolic.svg" "$root/data/$app_id.gschema.xml"

# The MIME type, as the desktop would install it: update-mime-database
# reads it, and GIO then gives outlines the new type and other JSON the old.
mkdir -p "$tmp/mime/packages" "$tmp/files" && cp "$mime" "$tmp/mime/packages/"
run_check "update-mime-database accepts the MIME type" shared-mime-info quiet \
  update-mime-database "$tmp/mime"
echo '{"format": "syllabus", "version": 1}' > "$tmp/files/course.syllabus.json"
echo '{"name": "other"}' > "$tmp/files/other.json"
content_type ()
{
  XDG_DATA_HOME="$tmp" XDG_DATA_DIRS="$tmp:/usr/local/share:/usr/share" \
    gio info -a standard::content-type "$1" 2>&1 | sed -n 's/.*standard::content-type: //p'
}
if ! command -v gio >/dev/null; then
  not_ok "GIO gives *.syllabus.json files the outline type" "gio is not installed (Debian package libglib2.0-bin)"
else
  outline_type=$(content_type "$tmp/files/course.syllabus.json")
  json_type=$(content_type "$tmp/files/other.json")
  if [ "$outline_type" = "application/x-syllabus+json" ] && [ "$json_type" = "application/json" ]; then
    ok "GIO gives *.syllabus.json files the outline type, and other JSON files application/json"
  else
    not_ok "GIO gives *.syllabus.json files the outline type" \
      "course.syllabus.json: “$outline_type”; other.json: “$json_type”"
  fi
fi
expect_lines "the outline type is a kind of JSON, with an English and a Chinese comment" \
  "$tmp/mime/application/x-syllabus+json.xml" '<comment>.' '<comment xml:lang="zh_CN">.' \
  '<glob pattern="\*\.syllabus\.json"' '<sub-class-of type="application/json"'

# Icons: a 128-pixel full-colour icon, and a 16-pixel symbolic one in a
# single colour, which GTK recolours.
expect_lines "the application icon is a 128-pixel SVG" "$icons/scalable/apps/$app_id.svg" \
  '<svg [^>]*width="128" height="128"' 'viewBox="0 0 128 128"'
symbolic="$icons/symbolic/apps/$app_id-symbolic.svg"
colours=$(grep -oiE '(fill|stroke|stop-color)="[^"]*"' "$symbolic" | sort -u)
if grep -q 'width="16" height="16"' "$symbolic" && [ "$(wc -l <<< "$colours")" -eq 1 ] &&
   [ -n "$colours" ] && ! grep -q '<image\|<text' "$symbolic"; then
  ok "the symbolic icon is 16 pixels, in one colour"
else
  not_ok "the symbolic icon is 16 pixels, in one colour" "colours: $colours"
fi

echo "1..$n"
exit $failed
