#!/usr/bin/env bash
# Times Parallax against word-level diff tools on generated text and compares how many words
# each tool marks as changed with the truth the generator recorded.
#
#   tests/bench/compare_peers.sh [BUILD_DIR]   (default: build/release, else build/rel; a Release build)
#
# Needs: parallax and gencorpus built in BUILD_DIR, hyperfine, git, dwdiff, wdiff, python3.
# Corpora: "reports" = two 20,000-word reports (5% word edits, 10% of paragraphs moved);
#          "big"     = two 100,000-word files (5% word edits).
# In each pair d1 is the base story and d2 the edited copy; "marked" is the share of d2's words
# a tool shows as inserted or changed, "truth" the share the generator really edited.
# "x ours" columns: the tool's time divided by Parallax's (above 1: the tool is slower).
set -euo pipefail

root=$(cd "$(dirname "$0")/../.." && pwd)
default=$root/build/release
[[ -d $default ]] || default=$root/build/rel
build=$(cd "${1:-$default}" && pwd)
parallax=$build/bin/parallax
gencorpus=$build/tests/bench/gencorpus
runs=${RUNS:-5}

for tool in hyperfine git dwdiff wdiff python3; do
    command -v "$tool" >/dev/null || { echo "compare_peers: $tool not found" >&2; exit 1; }
done
for exe in "$parallax" "$gencorpus"; do
    [[ -x $exe ]] || { echo "compare_peers: $exe not built (cmake --build $build)" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

"$gencorpus" --out "$work/reports" --documents 2 --words 20000 --edit-rate 0.05 --move-rate 0.1 --seed 1
"$gencorpus" --out "$work/big" --documents 2 --words 100000 --edit-rate 0.05 --seed 2

# One hyperfine run for every tool and corpus, so all timings share the same machine state.
# Diff tools exit 1 when the inputs differ: -i keeps that from counting as a failure.
commands=()
for set in reports big; do
    a=$work/$set/d1.txt
    b=$work/$set/d2.txt
    commands+=(-n "$set parallax" "$parallax --json /dev/null $a $b")
    commands+=(-n "$set parallax-1-thread" "$parallax --threads 1 --json /dev/null $a $b")
    commands+=(-n "$set git-word-diff" "git diff --no-index --word-diff $a $b")
    commands+=(-n "$set dwdiff" "dwdiff $a $b")
    commands+=(-n "$set wdiff" "wdiff $a $b")
done
hyperfine -N -i --warmup 1 --runs "$runs" --style basic --export-json "$work/times.json" "${commands[@]}"

# How many words each tool marks in d2.
for set in reports big; do
    a=$work/$set/d1.txt
    b=$work/$set/d2.txt
    git diff --no-index --word-diff=porcelain "$a" "$b" >"$work/$set.git" || true
    dwdiff -s "$a" "$b" >/dev/null 2>"$work/$set.dwdiff" || true
    wdiff -s "$a" "$b" 2>/dev/null | tail -n 1 >"$work/$set.wdiff" || true
    QT_QPA_PLATFORM=offscreen "$parallax" --json "$work/$set.json" "$a" "$b"
done

python3 - "$work" <<'EOF'
import json, re, sys

work = sys.argv[1]
results = json.load(open(f"{work}/times.json"))["results"]
times = {r["command"]: r["mean"] for r in results}
# CPU time (user + system) is steadier than wall time on a shared machine.
cpu = {r["command"]: r["user"] + r["system"] for r in results}
word = re.compile(r"\S+")


def truth_share(s):
    rows = [line.split("\t") for line in open(f"{work}/{s}/truth.tsv").read().splitlines()[1:]]
    d2 = rows[1]
    return int(d2[3]) / int(d2[2])


def words_in(path):
    return len(word.findall(open(path, encoding="utf-8").read()))


def git_share(s):
    added = 0
    for line in open(f"{work}/{s}.git", encoding="utf-8"):
        if line.startswith("+") and not line.startswith("+++"):
            added += len(word.findall(line[1:]))
    return added / words_in(f"{work}/{s}/d2.txt")


def stats_share(path):
    # "new: N words  C x% common  I y% inserted  H z% changed" (dwdiff, wdiff -s)
    text = open(path).read().strip().splitlines()[-1]
    total = int(re.search(r"(\d+) words", text).group(1))
    inserted = int(re.search(r"(\d+) \d+% inserted", text).group(1))
    changed = int(re.search(r"(\d+) \d+% changed", text).group(1))
    return (inserted + changed) / total


def parallax_share(s):
    report = json.load(open(f"{work}/{s}.json", encoding="utf-8"))
    doc = next(d for d in report["documents"] if d["id"] == "d2")
    texts = [p["text"] for p in doc["paragraphs"]]
    marked_ranges = {i: [] for i in range(len(texts))}
    only_here = set()
    for g in report["groups"]:
        members = g["members"]
        mine = [m for m in members if m["document"] == "d2"]
        if mine and len(mine) == len(members):
            for m in mine:
                only_here.update(m["paragraphs"])
        for m in mine:
            for sp in m["spans"]:
                if sp["kind"] != "same":
                    marked_ranges[sp["paragraph"]].append((sp["start"], sp["end"]))
    total = marked = 0
    for i, text in enumerate(texts):
        for w in word.finditer(text):
            total += 1
            if i in only_here or any(a <= w.start() < b for a, b in marked_ranges[i]):
                marked += 1
    return marked / total


print()
print(f"{'corpus':8} {'tool':17} {'wall s':>7} {'x ours':>7} {'cpu s':>7} {'x ours':>7} {'marked':>7} {'truth':>6}")
for s in ("reports", "big"):
    base = times[f"{s} parallax"]
    base_cpu = cpu[f"{s} parallax"]
    shares = {
        "parallax": parallax_share(s),
        "parallax-1-thread": parallax_share(s),
        "git-word-diff": git_share(s),
        "dwdiff": stats_share(f"{work}/{s}.dwdiff"),
        "wdiff": stats_share(f"{work}/{s}.wdiff"),
    }
    for tool, share in shares.items():
        t = times[f"{s} {tool}"]
        c = cpu[f"{s} {tool}"]
        print(f"{s:8} {tool:17} {t:7.3f} {t / base:7.2f} {c:7.3f} {c / base_cpu:7.2f} {share:7.1%} {truth_share(s):6.1%}")
EOF
