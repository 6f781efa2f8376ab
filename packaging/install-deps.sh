#!/usr/bin/env bash
# Installs every Debian 12 package that building, testing and running Parallax needs.
# Non-interactive and idempotent: packages already present are left alone by apt.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build pkg-config git clang-format
  # Qt 6 (Core, Gui, Widgets, PrintSupport, Concurrent, Test) and its tools
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  # Qt's own texts (standard buttons, file dialogs, --help headings) in the user's language
  qt6-translations-l10n
  qt6-svg-dev libgl-dev
  # third-party libraries of the document model and engine
  libdtl-dev libgumbo-dev libmd4c-dev libmd4c-html0-dev libicu-dev libstemmer-dev libuchardet-dev
  # real-world sources: DOCX/ODT (zip), PDF text (poppler), encrypted PDF fixtures (qpdf)
  libzip-dev libpoppler-qt6-dev qpdf
  # running the app and its widget tests without a display; screenshots
  xvfb xauth libxkbcommon-x11-0 fonts-dejavu-core qt6-qpa-plugins
  # benchmarks against peer tools
  hyperfine dwdiff wdiff
  # PDF report tests (pdftotext, pdffonts, pdfinfo)
  poppler-utils
  # the .deb (cpack: dpkg-shlibdeps, file) and its check (desktop file, AppStream, XML, JSON)
  dpkg-dev file desktop-file-utils appstream libxml2-utils python3
  # the Flatpak manifest's offline check (packaging/flatpak/check-flatpak.py: YAML, --show-manifest)
  python3-yaml flatpak-builder
)

SUDO=""
if [[ $(id -u) -ne 0 ]]; then SUDO="sudo"; fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
$SUDO apt-get install -y -q --no-install-recommends "${missing[@]}"
