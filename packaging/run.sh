#!/usr/bin/env bash
# One command on a fresh Debian 12 machine: installs what is needed, builds, and opens Parallax
# on the bundled sample articles. Without a display it says so and writes the headless JSON
# report of the samples instead.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)

"$here/install-deps.sh"
"$here/build.sh" release
cd "$root"

shopt -s nullglob
samples=(resources/samples/*/articles/*)
bin=build/release/bin/parallax

if [[ -z ${DISPLAY:-} && -z ${WAYLAND_DISPLAY:-} ]]; then
  report=build/release/samples-report.json
  echo "run.sh: no display found (DISPLAY and WAYLAND_DISPLAY are unset): writing the headless report instead."
  "$bin" --json "$report" "${samples[@]}"
  echo "run.sh: wrote $root/$report for ${#samples[@]} sample articles."
  exit 0
fi
exec "$bin" "${samples[@]}" "$@"
