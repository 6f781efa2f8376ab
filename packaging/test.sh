#!/usr/bin/env bash
# One command on a fresh Debian 12 machine: installs what is needed, builds, runs every test.
# Benchmarks (ctest label 'bench') are not part of this run: see tests/bench/README.md.
# Then it builds the 'asan' preset (ASan + UBSan, Debug) and runs the whole suite again under the
# sanitizers, so CI catches memory errors and undefined behaviour too. PARALLAX_ASAN=0 skips that
# second pass (measured on 2 cores: about 9 CPU-minutes to build, under 2 minutes to run).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
preset=${PARALLAX_PRESET:-release}

"$here/install-deps.sh"
"$here/build.sh" "$preset"
cd "$root"
ctest --preset "$preset" --parallel "$(nproc)"

if [[ ${PARALLAX_ASAN:-1} != 0 ]]; then
  "$here/build.sh" asan
  ctest --preset asan --parallel "$(nproc)"
fi
