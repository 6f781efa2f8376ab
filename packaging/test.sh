#!/usr/bin/env bash
# One command on a fresh Debian 12 machine: installs what is needed, builds, runs every test.
# Benchmarks (ctest label 'bench') are not part of this run: see tests/bench/README.md.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
preset=${PARALLAX_PRESET:-release}

"$here/install-deps.sh"
"$here/build.sh" "$preset"
cd "$root"
ctest --preset "$preset" --parallel "$(nproc)"
