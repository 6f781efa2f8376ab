#!/usr/bin/env bash
# ctest 'format_check': every C++ source of the project is formatted as .clang-format says
# (clang-format 14, Debian 12). Prints the offending lines; fix them with `clang-format -i FILE`.
set -euo pipefail
root=${1:?usage: check_format.sh PROJECT_ROOT}
cd "$root"
command -v clang-format >/dev/null || { echo "clang-format is not installed (packaging/install-deps.sh installs it)"; exit 1; }
mapfile -d '' files < <(find app ui tests -type f \( -name '*.cpp' -o -name '*.h' \) \
                          -not -path 'tests/fuzz/corpus/*' -not -path 'tests/fuzz/regressions/*' -print0 | sort -z)
((${#files[@]} > 0)) || { echo "no sources found under $root"; exit 1; }
if ! clang-format --dry-run -Werror "${files[@]}"; then
  echo "format_check: run clang-format -i on the files above"
  exit 1
fi
echo "format_check: ${#files[@]} files formatted"
