#!/bin/bash
# test-po.sh: every translation is valid, complete and up to date
#
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Extracts the strings afresh from the files in po/POTFILES.in, as
# `ninja syllabus-pot` does but into a temporary folder, merges each po
# file listed in po/LINGUAS with them, and fails when a message is
# untranslated or fuzzy, when a translation is of a string the sources no
# longer have, or when msgfmt --check finds a bad format, header or
# accelerator.  A po file that was right before someone changed a string
# in the sources therefore fails too.  Prints TAP.
#
# Usage: test-po.sh SOURCE_ROOT XGETTEXT_ARG...

set -u

bail_out ()
{
  echo "Bail out! $*"
  exit 1
}

[ $# -ge 1 ] || bail_out "usage: test-po.sh SOURCE_ROOT XGETTEXT_ARG..."
root=$1
shift
po_dir="$root/po"

for tool in xgettext msgmerge msgfmt msgattrib; do
  command -v "$tool" >/dev/null || bail_out "$tool is not installed (Debian package gettext)"
done

tmp=$(mktemp -d "${TMPDIR:-/tmp}/syl-test-po-XXXXXX") || bail_out "cannot make a temporary folder"
trap 'rm -rf "$tmp"' EXIT

mapfile -t languages < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "$po_dir/LINGUAS")
[ ${#languages[@]} -gt 0 ] || bail_out "po/LINGUAS lists no language"

# -D makes the file names in POTFILES.in relative to the source root, as
# meson's pot target does.
(cd "$root" && xgettext --package-name=syllabus -f po/POTFILES.in -D "$root" -k_ \
   -o "$tmp/syllabus.pot" "$@") 2>"$tmp/xgettext.log" ||
  bail_out "xgettext failed: $(tr '\n' ' ' < "$tmp/xgettext.log")"

n=0
failed=0
echo "1..$(( ${#languages[@]} * 3 + 1 ))"

report ()
{
  local status=$1 description=$2 detail=${3:-}

  n=$((n + 1))
  if [ "$status" -eq 0 ]; then
    echo "ok $n - $description"
  else
    echo "not ok $n - $description"
    [ -n "$detail" ] && sed 's/^/# /' <<< "$detail"
    failed=1
  fi
}

# Every po file in po/ is in LINGUAS, or it would never be built.
unlisted=""
for po in "$po_dir"/*.po; do
  [ -e "$po" ] || continue
  lang=$(basename "$po" .po)
  printf '%s\n' "${languages[@]}" | grep -qx "$lang" || unlisted+="$lang.po is not in po/LINGUAS "
done
report "$([ -z "$unlisted" ]; echo $?)" "every po file is listed in po/LINGUAS" "$unlisted"

for lang in "${languages[@]}"; do
  po="$po_dir/$lang.po"
  if [ ! -f "$po" ]; then
    report 1 "$lang: po/$lang.po exists" "po/LINGUAS lists $lang, but there is no po/$lang.po"
    report 1 "$lang: complete and up to date with the sources"
    report 1 "$lang: no stale translations"
    continue
  fi

  # The file as it is: formats, plural forms, header and "_" accelerators.
  check=$(msgfmt --check --check-accelerators=_ -o /dev/null "$po" 2>&1)
  report $? "$lang: msgfmt --check --check-accelerators passes" "$check"

  merged="$tmp/$lang.po"
  msgmerge --quiet --previous -o "$merged" "$po" "$tmp/syllabus.pot" 2>"$tmp/msgmerge.log" ||
    bail_out "msgmerge failed for $lang: $(tr '\n' ' ' < "$tmp/msgmerge.log")"
  stats=$(LC_ALL=C msgfmt --check --statistics -o /dev/null "$merged" 2>&1)
  fuzzy=$(grep -o '[0-9]* fuzzy' <<< "$stats" | grep -o '[0-9]*')
  untranslated=$(grep -o '[0-9]* untranslated' <<< "$stats" | grep -o '[0-9]*')
  if [ -z "$fuzzy$untranslated" ] && grep -q '[0-9]* translated' <<< "$stats"; then
    report 0 "$lang: complete and up to date with the sources ($stats)"
  else
    todo=$(msgattrib --only-fuzzy "$merged"; msgattrib --untranslated "$merged")
    report 1 "$lang: complete and up to date with the sources ($stats)" \
      "$(grep '^msgid\|^#|' <<< "$todo" | grep -v '^msgid ""$' | head -40)"
  fi

  # msgmerge marks what the sources no longer have as obsolete.
  obsolete=$(msgattrib --only-obsolete "$merged" | grep '^#~ msgid')
  report "$([ -z "$obsolete" ]; echo $?)" "$lang: no stale translations" \
    "translations of strings that are gone from the sources:
$obsolete"
done

exit $failed
