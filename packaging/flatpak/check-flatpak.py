#!/usr/bin/env python3
"""ctest 'packaging_flatpak': the offline checks of the Flatpak manifest.

Usage: check-flatpak.py SOURCE_DIR APP_ID CONFIGURED_METAINFO

Checks what can be checked without a network: the manifest parses as YAML; its app id, command,
runtime and permissions are the intended ones; the desktop file, icon and metainfo it exports
carry the app id; every library of packaging/install-deps.sh has a module (or is named as part
of the runtime); every module source is pinned (https URL + sha256); every -D option given to
the app's build is an option or cache variable of the project; the metainfo's screenshots are
files of resources/screenshots; flatpak-builder itself reads the manifest without a warning.
Not checked (needs the network): the runtime, building the modules, the sha256 sums.
"""
import json
import os
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

import yaml

failures = []


def check(condition, message):
    if not condition:
        failures.append(message)
    return condition


source_dir, app_id, metainfo_path = sys.argv[1:4]
packaging = os.path.join(source_dir, "packaging")
manifest_path = os.path.join(packaging, "flatpak", app_id + ".yml")
with open(manifest_path, encoding="utf-8") as f:
    manifest = yaml.safe_load(f)

# --- identity: one reverse-DNS id everywhere --------------------------------------------------
check(manifest.get("id") == app_id, f"manifest id {manifest.get('id')!r} is not {app_id!r}")
check(manifest.get("runtime") == "org.kde.Platform", "runtime must be org.kde.Platform")
check(manifest.get("sdk") == "org.kde.Sdk", "sdk must be org.kde.Sdk")
version = manifest.get("runtime-version")
check(isinstance(version, str) and re.fullmatch(r"6\.\d+", version) is not None,
      "runtime-version must be a KDE 6 branch such as '6.8' (quoted: 6.10 is not 6.1)")

desktop_path = os.path.join(packaging, app_id + ".desktop")
desktop = {}
if check(os.path.isfile(desktop_path), f"no desktop file {desktop_path}"):
    with open(desktop_path, encoding="utf-8") as f:
        for line in f:
            key, sep, value = line.strip().partition("=")
            if sep and key not in desktop:
                desktop[key] = value
command = manifest.get("command")
check(desktop.get("Exec", "").split(" ")[0] == command,
      f"manifest command {command!r} is not the desktop file's Exec ({desktop.get('Exec')!r})")
check(desktop.get("Icon") == app_id, f"desktop Icon {desktop.get('Icon')!r} is not the app id")
check(os.path.isfile(os.path.join(packaging, app_id + ".svg")), f"no icon packaging/{app_id}.svg")
check(os.path.isfile(os.path.join(packaging, app_id + ".mime.xml")), f"no MIME type packaging/{app_id}.mime.xml")

metainfo = ET.parse(metainfo_path).getroot()
check(metainfo.findtext("id") == app_id, f"metainfo id {metainfo.findtext('id')!r} is not the app id")
check(metainfo.findtext("launchable") == app_id + ".desktop", "metainfo launchable is not <app id>.desktop")
check(metainfo.findtext("provides/binary") == command, "metainfo provides/binary is not the manifest command")
screenshots = [image.text or "" for image in metainfo.iterfind("screenshots/screenshot/image")]
check(len(screenshots) >= 1, "metainfo has no screenshots")
shots_dir = os.path.join(source_dir, "resources", "screenshots")
bases = {url.rpartition("/")[0] for url in screenshots}
check(len(bases) == 1, f"screenshots under more than one base URL: {sorted(bases)}")
for url in screenshots:
    check(url.startswith("https://"), f"screenshot URL not https: {url}")
    name = url.rpartition("/")[2]
    check(os.path.isfile(os.path.join(shots_dir, name)), f"screenshot {name} is not in resources/screenshots")

# --- permissions: a reader of local files ----------------------------------------------------
args = manifest.get("finish-args", [])
for needed in ("--socket=wayland", "--socket=fallback-x11", "--share=ipc"):
    check(needed in args, f"finish-args lack {needed}")
check("--socket=x11" not in args, "--socket=x11 defeats the Wayland-first fallback-x11")
check("--share=network" not in args, "Parallax reads local files: no network permission")
for arg in args:
    if arg.startswith("--filesystem="):
        place = arg.split("=", 1)[1]
        check(place.endswith(":ro"), f"{arg}: file access is read-only; writes go through portals")
        check(place.split(":")[0] not in ("host", "home", "host-os", "host-etc", "/"), f"{arg}: too broad")
cleanup = manifest.get("cleanup", [])
for needed in ("/include", "/lib/pkgconfig", "*.a"):
    check(needed in cleanup, f"cleanup lacks {needed}")

# --- modules: every library the Debian build installs -----------------------------------------
modules = manifest.get("modules", [])
names = [m.get("name") for m in modules]
buildsystems = {"autotools", "cmake", "cmake-ninja", "meson", "simple", "qmake"}
for m in modules:
    check(m.get("buildsystem", "autotools") in buildsystems, f"module {m.get('name')}: unknown buildsystem")
    for s in m.get("sources", []):
        if s.get("type") in ("archive", "file"):
            check(str(s.get("url", "")).startswith("https://"), f"module {m['name']}: source URL not https")
            check(re.fullmatch(r"[0-9a-f]{64}", str(s.get("sha256", ""))) is not None,
                  f"module {m['name']}: source without a sha256")
        else:
            check(s.get("type") == "dir" and m is modules[-1], f"module {m['name']}: unpinned source {s.get('type')}")

# Debian -dev package of packaging/install-deps.sh -> manifest module, or None: in the runtime.
deb_to_module = {
    "libdtl-dev": "dtl", "libgumbo-dev": "gumbo", "libmd4c-dev": "md4c", "libmd4c-html0-dev": "md4c",
    "libstemmer-dev": "libstemmer", "libuchardet-dev": "uchardet", "libzip-dev": "libzip",
    "libpoppler-qt6-dev": "poppler",
    "libicu-dev": None,  # freedesktop base
    "libgl-dev": None,  # freedesktop base
}
with open(os.path.join(packaging, "install-deps.sh"), encoding="utf-8") as f:
    deps = set(re.findall(r"\b(lib[a-z0-9.+-]+-dev)\b", f.read()))
for dep in sorted(deps):
    if check(dep in deb_to_module, f"install-deps.sh installs {dep}: add a module (or say it is in the runtime)"):
        module = deb_to_module[dep]
        check(module is None or module in names, f"no module {module} for {dep}")
poppler = next((m for m in modules if m.get("name") == "poppler"), {})
check("-DENABLE_QT6=ON" in poppler.get("config-opts", []), "poppler is built without its Qt 6 frontend")

# --- the app itself: last, from this checkout, with options the project has -------------------
app = modules[-1] if modules else {}
check(app.get("name") == "parallax" and app.get("buildsystem") in ("cmake", "cmake-ninja"),
      "the last module must build parallax with cmake")
dirs = [s for s in app.get("sources", []) if s.get("type") == "dir"]
if check(len(dirs) == 1, "the app module needs one 'dir' source (this checkout)"):
    root = os.path.normpath(os.path.join(os.path.dirname(manifest_path), dirs[0]["path"]))
    check(root == os.path.normpath(source_dir), f"app source {root} is not the project root {source_dir}")
project_vars = set()
for here, subdirs, files in os.walk(source_dir):
    subdirs[:] = [d for d in subdirs if not d.startswith(".") and d != "build"]
    if "CMakeLists.txt" in files:
        with open(os.path.join(here, "CMakeLists.txt"), encoding="utf-8") as f:
            text = f.read()
        project_vars |= set(re.findall(r"\boption\(\s*([A-Za-z0-9_]+)", text))
        project_vars |= set(re.findall(r"\bset\(\s*([A-Za-z0-9_]+)\s[^)]*\bCACHE\b", text))
app_opts = app.get("config-opts", [])
check("-DPARALLAX_BUILD_TESTS=OFF" in app_opts, "the app is built with its tests")
for opt in app_opts:
    name = re.match(r"-D([A-Za-z0-9_]+)", opt)
    if name and not name.group(1).startswith("CMAKE_"):
        check(name.group(1) in project_vars, f"{opt}: no such option in the project's CMakeLists.txt")

# --- flatpak-builder's own reading (offline: it only parses) ----------------------------------
with tempfile.TemporaryDirectory() as state:
    run = subprocess.run(["flatpak-builder", "--show-manifest", manifest_path], cwd=state,
                         capture_output=True, text=True)
check(run.returncode == 0, f"flatpak-builder --show-manifest failed: {run.stderr}")
check(run.stderr.strip() == "", f"flatpak-builder warns:\n{run.stderr}")
if run.returncode == 0:
    check(json.loads(run.stdout).get("id") == app_id, "flatpak-builder reads another app id")

print(f"packaging_flatpak: {len(modules)} modules ({', '.join(names)}), {len(args)} finish-args, "
      f"{len(screenshots)} screenshots")
if failures:
    print("\n".join("FAIL: " + f for f in failures))
    sys.exit(1)
print("packaging_flatpak: ok")
