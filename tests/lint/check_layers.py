#!/usr/bin/env python3
"""ctest 'layering': no source of app/ or ui/ includes a header of a layer above its own.

    util <- document <- engine <- session <- report <- cli, ui <- the executable (app/main.cpp)
    i18n stands alone; ui never includes cli.

The build enforces the same rule (each library's include root holds only its own folder, see
app/CMakeLists.txt); this check also catches relative paths ("../report/x.h") that would slip past
it, and says in words which include breaks which rule. Before checking the tree it checks itself on
planted wrong includes, so a broken checker cannot pass silently.

usage: check_layers.py PROJECT_ROOT
"""
import os
import re
import sys

BELOW = {
    "util": set(),
    "i18n": set(),
    "document": {"util"},
    "engine": {"document", "util"},
    "session": {"engine", "document", "util"},
    "report": {"session", "engine", "document", "util"},
    "cli": {"report", "session", "engine", "document", "util", "i18n"},
    "ui": {"report", "session", "engine", "document", "util", "i18n"},
    "executable": {"cli", "ui", "report", "session", "engine", "document", "util", "i18n"},
}
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"', re.M)


def layer_of(path):
    """The layer of a project-relative path, or None for files outside app/ and ui/."""
    parts = path.split("/")
    if parts[0] == "ui":
        return "ui"
    if parts[0] == "app":
        if len(parts) == 2:
            return "executable" if parts[1] == "main.cpp" else None
        return parts[1] if parts[1] in BELOW else None
    return None


def resolve(including, name, exists):
    """The project-relative path an include names: next to the including file, else under app/
    (the layers' include roots), else under ui/ (the executable includes ui headers by name)."""
    here = os.path.dirname(including)
    for candidate in (os.path.normpath(os.path.join(here, name)), os.path.normpath("app/" + name), "ui/" + name):
        if exists(candidate):
            return candidate
    return None


def violations(files, exists):
    """files: {project-relative path: text}. Returns the broken rules in words."""
    found = []
    for path, text in sorted(files.items()):
        own = layer_of(path)
        if own is None:
            continue
        for name in INCLUDE.findall(text):
            target = resolve(path, name, exists)
            if target is None:
                continue  # a generated header (buildinfo.h) or a third-party one
            other = layer_of(target)
            if other is None or other == own or other in BELOW[own]:
                continue
            found.append(f'{path}: #include "{name}" reaches {other}, which is not below {own}')
    return found


def sources(root):
    files = {}
    for top in ("app", "ui"):
        for folder, _, names in os.walk(os.path.join(root, top)):
            for n in names:
                if n.endswith((".cpp", ".h")):
                    full = os.path.join(folder, n)
                    with open(full, encoding="utf-8") as f:
                        files[os.path.relpath(full, root)] = f.read()
    return files


def self_test(files, exists):
    planted = dict(files)
    planted["app/engine/planted.cpp"] = '#include "report/jsonreport.h"\n#include "../session/session.h"\n'
    planted["app/document/planted.h"] = '#include "engine/compare.h"\n'
    planted["ui/planted.cpp"] = '#include "cli/cli.h"\n'
    planted["app/session/planted.cpp"] = '#include "engine/comparison.h"\n#include "util/jsonwriter.h"\n'  # allowed
    found = [v for v in violations(planted, exists) if "planted" in v]
    wanted = 4
    if len(found) != wanted:
        print(f"layering: the self-test found {len(found)} of {wanted} planted wrong includes:", *found, sep="\n  ")
        return False
    return True


def main():
    if len(sys.argv) != 2:
        print(__doc__)
        return 2
    root = os.path.abspath(sys.argv[1])
    files = sources(root)
    exists = lambda rel: os.path.isfile(os.path.join(root, rel))
    if not self_test(files, exists):
        return 1
    found = violations(files, exists)
    for v in found:
        print(v)
    if found:
        print(f"layering: {len(found)} include(s) go up a layer; see app/CMakeLists.txt for the layers")
        return 1
    print(f"layering: {len(files)} files of app/ and ui/ include only their own layer or those below")
    return 0


if __name__ == "__main__":
    sys.exit(main())
