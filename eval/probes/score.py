"""Score the cleaner on the blind probe sets of round 24 (eval/probes/README.md).

Each probe is a TUNE base document with one defect, or one legitimate look-alike, inserted by
a generator written from causes of damage by an engineer who read no rule. A defect counts when
the cleaner's text equals its text for the perfect document (a removal or a fix exactly right),
or, for a flag, when a flag overlaps the span and nothing there was edited; a look-alike counts
when no finding touches it.

usage: score.py [FAMILY ...] [--show N] [--kind K] [--label defect|keep]
"""

from __future__ import annotations

import argparse
import glob
import json
import os
import subprocess
import sys
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL = os.path.dirname(HERE)
FAMILIES = ("ads", "numbering", "figure", "dup", "keeps", "figure_b", "dup_b", "dates_b", "numbering_b", "ads_b", "chrome_b")
# Sets from round 39 on mark half their kinds held: scored in aggregate only, never shown case by case.
sys.path.insert(0, os.path.dirname(EVAL))

from cleaner.pipeline import clean  # noqa: E402


def _probes(family: str) -> list[dict]:
    path = os.path.join(EVAL, "out", "probes", f"{family}.jsonl")
    if not os.path.exists(path):  # the generators are deterministic: built on first use
        subprocess.run([sys.executable, os.path.join(HERE, f"{family}.py")], check=True, stdout=subprocess.DEVNULL)
    with open(path, encoding="utf-8") as f:
        return [json.loads(line) for line in f]


_BASES = [open(p, encoding="utf-8").read() for p in sorted(glob.glob(os.path.join(EVAL, "base", "tune", "*.txt")))]


def _region(raw: str) -> tuple[int, int]:
    """Where the probe differs from the base document it was made from."""
    best = (-1, 0, 0)
    for base in _BASES:
        n = min(len(base), len(raw))
        p = 0
        while p < n and base[p] == raw[p]:
            p += 1
        s = 0
        while s < n - p and base[-1 - s] == raw[-1 - s]:
            s += 1
        if p + s > best[0]:
            best = (p + s, p, len(raw) - s)
    return best[1], best[2]


def _judge(p: dict, cleaned) -> tuple[bool, list]:
    raw, want = p["raw"], p["want"]
    s, e = _region(raw)
    c = cleaned(raw)
    near = [f for f in c.findings if f.start < e + 2 and f.end > s - 2]
    if p["label"] == "keep":
        return not near, near
    if p.get("flag"):
        fs, fe = p["flag"]
        hit = any(f.action == "flag" and f.start < fe + 2 and f.end > fs - 2 for f in c.findings)
        return hit and not [f for f in near if f.action != "flag"], near
    return c.text == cleaned(want).text, near


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("families", nargs="*", default=list(FAMILIES))
    ap.add_argument("--show", type=int, default=0, help="print up to N misses with their context")
    ap.add_argument("--kind")
    ap.add_argument("--label", choices=("defect", "keep"))
    a = ap.parse_args()
    cache: dict[str, object] = {}

    def cleaned(text: str):
        if text not in cache:
            cache[text] = clean(text)
        return cache[text]

    print("| family | defects caught | look-alikes kept |\n| --- | --- | --- |")
    shown, rows = 0, []
    for family in a.families:
        stats = defaultdict(lambda: [0, 0])
        held_kinds = {p["kind"] for p in _probes(family) if p.get("held")}
        for p in _probes(family):
            if a.kind and p["kind"] != a.kind or a.label and p["label"] != a.label:
                continue
            ok, near = _judge(p, cleaned)
            stats[(p["label"], p["kind"])][0] += ok
            stats[(p["label"], p["kind"])][1] += 1
            if not ok and shown < a.show and p["kind"] not in held_kinds:
                shown += 1
                s, e = _region(p["raw"])
                rows.append(f"--- {p['id']} {p['label']} {p['kind']}: " + p["raw"][max(0, s - 30):e + 30].replace("\n", "⏎")
                            + "\n    found: " + ("; ".join(f"{f.rule}/{f.action} {f.before[:30]!r}" for f in near) or "nothing"))
            if len(cache) > 64:  # a probe's texts are not asked for again: keep the memory bounded
                cache.clear()
        for part in ("", " (held)"):
            own = {key: v for key, v in stats.items() if (key[1] in held_kinds) == bool(part)}
            if not own:
                continue
            tot = {lab: [sum(v[0] for (l, _), v in own.items() if l == lab), sum(v[1] for (l, _), v in own.items() if l == lab)]
                   for lab in ("defect", "keep")}
            cell = {lab: f"{100 * k / n:.1f}% ({k}/{n})" if n else "–" for lab, (k, n) in tot.items()}
            print(f"| {family}{part} | {cell['defect']} | {cell['keep']} |")
        for (lab, kind), (k, n) in sorted(stats.items()):
            if kind not in held_kinds:
                rows.append(f"{family:10} {lab:6} {kind:32} {k:3}/{n:3}")
    print("\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
