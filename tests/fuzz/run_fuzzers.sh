#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan, build dir build/fuzz) and runs each for
# SECONDS of wall time with one job. New corpus entries go to build/fuzz/corpus/<target>/ (the
# seeds in tests/fuzz/corpus/ stay as written); crash inputs are kept in tests/fuzz/crashes/<target>/.
# After fixing a crash, copy its input to tests/fuzz/regressions/<target>/ so tst_fuzzregressions
# replays it in every test run.
#   tests/fuzz/run_fuzzers.sh SECONDS [TARGET...]
# Each run uses one core (-jobs=1); the CPU time it took is printed at the end.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seconds=${1:?usage: run_fuzzers.sh SECONDS [TARGET...]}
shift
targets=("$@")
((${#targets[@]})) || targets=(txt md html pdf docx session dates quantities engine)
build=$root/build/fuzz
cxx=${PARALLAX_FUZZ_CXX:-clang++-14}
cc=${PARALLAX_FUZZ_CC:-clang-14}

if ! command -v "$cxx" >/dev/null || ! command -v "$cc" >/dev/null; then
  echo "run_fuzzers.sh: $cxx not found; install it with" >&2
  echo "  sudo apt-get install clang-14 libclang-rt-14-dev" >&2
  echo "(or point PARALLAX_FUZZ_CXX/PARALLAX_FUZZ_CC at another clang with libFuzzer)" >&2
  exit 2
fi

# PARALLAX_FUZZ_SKIP_BUILD=1: run what is built (e.g. several runs of this script side by side).
if [[ ${PARALLAX_FUZZ_SKIP_BUILD:-0} != 1 ]]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_C_COMPILER="$cc" \
    -DPARALLAX_BUILD_FUZZERS=ON -DPARALLAX_BUILD_TESTS=OFF -DPARALLAX_BUILD_BENCHMARKS=OFF >/dev/null
  cmake --build "$build" --parallel "${PARALLAX_FUZZ_JOBS:-2}" --target "${targets[@]/#/fuzz_}"
fi

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=0:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
status=0
for t in "${targets[@]}"; do
  corpus=$build/corpus/$t
  crashes=$here/crashes/$t
  mkdir -p "$corpus" "$crashes"
  log=$build/fuzz_$t.log
  echo "== fuzz_$t: ${seconds}s"
  # -jobs=1 runs the fuzzer in a child that writes fuzz-0.log into the current directory: one
  # directory per target, so runs side by side do not share it.
  mkdir -p "$build/run/$t"
  cd "$build/run/$t"
  rm -f fuzz-0.log
  TIMEFORMAT="%R %U %S"
  if { time "$build/tests/fuzz/fuzz_$t" -max_total_time="$seconds" -jobs=1 -workers=1 -timeout=20 -rss_limit_mb=4096 \
      -max_len=262144 -artifact_prefix="$crashes/" -print_final_stats=1 \
      "$corpus" "$here/corpus/$t" >"$log.parent" 2>&1 ; } 2>"$build/fuzz_$t.time"; then
    :
  else
    status=1
    echo "fuzz_$t found a problem: see $log and $crashes/"
  fi
  [[ -f fuzz-0.log ]] && mv fuzz-0.log "$log"
  cd - >/dev/null
  read -r wall user sys <"$build/fuzz_$t.time"
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$log" | tr '\n' ' ' || true
  echo
  echo "   fuzz_$t: wall ${wall}s, CPU ${user}s user + ${sys}s sys"
done
exit $status
