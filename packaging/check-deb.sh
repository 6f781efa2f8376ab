#!/usr/bin/env bash
# ctest 'packaging_deb': builds the .deb of BUILD_DIR with cpack, unpacks it with dpkg-deb into an
# empty directory and checks the unpacked tree: the binary runs from there (--version and a
# headless --json report of the bundled samples), and the desktop file and AppStream metainfo
# validate. No network is used.
set -euo pipefail
build=$1
version=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cpack --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; exit 1; }
shopt -s nullglob
debs=("$work"/out/*.deb)
((${#debs[@]} == 1)) || { echo "expected one .deb, found ${#debs[@]}"; cat "$work/cpack.log"; exit 1; }
deb=${debs[0]}
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"
dpkg-deb --field "$deb" Package Version Depends

root=$work/root
dpkg-deb -x "$deb" "$root"
for f in usr/bin/parallax \
         usr/share/applications/org.parallaxreader.Parallax.desktop \
         usr/share/metainfo/org.parallaxreader.Parallax.metainfo.xml \
         usr/share/icons/hicolor/scalable/apps/org.parallaxreader.Parallax.svg \
         usr/share/mime/packages/org.parallaxreader.Parallax.xml \
         usr/share/doc/parallax/copyright; do
  [[ -f $root/$f ]] || { echo "missing from the package: /$f"; exit 1; }
done
grep -q "^License: GPL-3.0-or-later" "$root/usr/share/doc/parallax/copyright" || { echo "copyright names no GPL-3.0-or-later"; exit 1; }
grep -q "<project_license>GPL-3.0-or-later</project_license>" "$root/usr/share/metainfo/org.parallaxreader.Parallax.metainfo.xml" \
  || { echo "metainfo names no project_license"; exit 1; }
grep -q "^Depends:.*libqt6core6" <(dpkg-deb --field "$deb") || { echo "Depends lacks libqt6core6"; exit 1; }

out=$("$root/usr/bin/parallax" --version)
echo "$out"
[[ $out == *"$version"* ]] || { echo "--version does not name $version"; exit 1; }

samples=("$root"/usr/share/parallax/samples/*/articles/*)
((${#samples[@]} > 0)) || { echo "no samples in the package"; exit 1; }
env -u DISPLAY -u WAYLAND_DISPLAY "$root/usr/bin/parallax" --json "$work/report.json" "${samples[@]}"
python3 - "$work/report.json" "${#samples[@]}" <<'PY'
import json, sys
report = json.load(open(sys.argv[1]))
docs = report.get("documents", [])
assert len(docs) == int(sys.argv[2]), f"{len(docs)} documents in the report, expected {sys.argv[2]}"
print(f"report: {len(docs)} documents")
PY

desktop-file-validate "$root/usr/share/applications/org.parallaxreader.Parallax.desktop"
appstreamcli validate --no-net "$root/usr/share/metainfo/org.parallaxreader.Parallax.metainfo.xml"
xmllint --noout "$root/usr/share/mime/packages/org.parallaxreader.Parallax.xml" "$root/usr/share/icons/hicolor/scalable/apps/org.parallaxreader.Parallax.svg"
grep -q '^MimeType=.*application/x-parallax-session;' "$root/usr/share/applications/org.parallaxreader.Parallax.desktop"
echo "packaging_deb: ok"
