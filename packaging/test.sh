#!/usr/bin/env bash
# One command on a fresh Debian 12 machine: installs what is needed, builds, runs every test.
# Benchmarks (ctest label 'bench') are not part of this run: see tests/bench/README.md.
# PARALLAX_ASAN=1 also builds the 'asan' preset (ASan + UBSan) and runs the whole suite under it.
# Off by default, in CI too: its build + run time on 2 cores has not been measured yet, so it is
# not known to fit CI's 90-minute limit.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
preset=${PARALLAX_PRESET:-release}

"$here/install-deps.sh"
"$here/build.sh" "$preset"
cd "$root"
ctest --preset "$preset" --parallel "$(nproc)"

if [[ ${PARALLAX_ASAN:-0} == 1 ]]; then
  "$here/build.sh" asan
  ctest --preset asan --parallel "$(nproc)"
fi
