"""Fuzz the numbering repair on the TUNE base documents: one marker damaged at a time.

The hand-written forms each hold one shape in a few places; this crosses every kind of damage
with every marker of the TUNE base documents, so a gap shows by its kind of damage, the marker's
level and its place in its list (first, middle, last) and the line's shape (a short heading or a
heading run into its paragraph). A case is *fixed* when the cleaned damaged document equals the
cleaned undamaged one, *flagged* when a numbering flag stands on the damaged line instead.

TUNE material only (it reads ``eval/base/tune``); it prints recall tables, nothing is scored.

    .venv/bin/python eval/fuzz_numbering.py [--jobs 2] [--show OP]
"""

from __future__ import annotations

import argparse

from common import Marker, int_to_cn, markers
from fuzzkit import cleaned_base, print_all, print_tables, run, tune_documents

_FW_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")
_LOOKALIKE = {"一": "—", "二": "二", "三": "三", "十": "+", "1": "l", "0": "O", "7": "７"}


def _numeral(m: Marker) -> str:
    return str(m.value) if m.kind.startswith("ar_") else int_to_cn(m.value)


def _shape(m: Marker, n: str) -> str:
    return {"chapter": f"第{n}章", "article": f"第{n}条", "cn_dun": f"{n}、", "cn_paren": f"（{n}）",
            "ar_dot": f"{n}.", "ar_paren": f"（{n}）"}[m.kind]


def _ops(m: Marker) -> dict[str, str]:
    """Damaged spellings of one marker, by the kind of damage."""
    n = _numeral(m)
    out = {"numeral_lost": _shape(m, ""),
           "repeat_prev": _shape(m, _numeral_of(m, m.value - 1)) if m.value > 1 else "",
           "skip_ahead": _shape(m, _numeral_of(m, m.value + 1)),
           "space_inside": " ".join(m.text)}
    if m.kind == "cn_dun":
        out |= {"mark_lost": n, "comma_for_dun": n + "，", "dot_for_dun": n + ".", "arabic_for_cn": f"{m.value}、",
                "doubled_mark": n + "、、"}
    elif m.kind in ("cn_paren", "ar_paren"):
        out |= {"open_lost": n + "）", "close_lost": "（" + n, "halfwidth": f"({n})", "doubled_mark": f"（（{n}）"}
    elif m.kind == "ar_dot":
        out |= {"mark_lost": n, "dun_for_dot": n + "、", "fullwidth": n.translate(_FW_DIGITS) + "．",
                "doubled_mark": n + ".."}
    if len(n) > 1 and not m.kind.startswith("ar_"):
        out["cn_char_lost"] = _shape(m, n[1:] if n[0] == "十" else n[:-1])
    look = "".join(_LOOKALIKE.get(c, c) for c in n)
    if look != n:
        out["lookalike"] = _shape(m, look)
    return {k: v for k, v in out.items() if v and v != m.text}


def _numeral_of(m: Marker, value: int) -> str:
    return str(value) if m.kind.startswith("ar_") else int_to_cn(value)


def _place(ms: list[Marker], i: int) -> str:
    m = ms[i]
    rank = ["chapter", "article", "cn_dun", "cn_paren", "ar_dot", "ar_paren"]
    nxt = None
    for n in ms[i + 1:]:
        if rank.index(n.kind) < rank.index(m.kind):
            break
        if n.kind == m.kind:
            nxt = n
            break
    if m.value == 1:
        return "first"
    return "middle" if nxt is not None else "last"


def _line_shape(line: str) -> str:
    body = line.rstrip("。")
    return "heading" if len(line) <= 40 and "。" not in body else "run-in"


def _cases():
    for path in tune_documents():
        text = path.read_text(encoding="utf-8")
        ms = markers(text)
        lines = text.split("\n")
        for i, m in enumerate(ms):
            for op, damaged in _ops(m).items():
                raw = text[:m.start] + damaged + text[m.end:]
                yield (path.stem, m.kind, _place(ms, i), _line_shape(lines[m.line]), op, raw, m.line, m.text, damaged)


def _judge(case):
    from cleaner.pipeline import clean
    doc, kind, place, shape, op, raw, line_no, good, damaged = case
    cleaned = clean(raw)
    if cleaned.text == cleaned_base(doc):
        return case[:5] + ("fixed", good, damaged, "")
    start = sum(len(x) + 1 for x in raw.split("\n")[:line_no])
    end = start + len(raw.split("\n")[line_no])
    flagged = any(f.rule.startswith("numbering") and f.action == "flag" and start <= f.start <= end
                  for f in cleaned.findings)
    got = next((ln for ln in cleaned.text.split("\n") if ln.endswith(raw.split("\n")[line_no][len(damaged):][-12:])), "?")
    return case[:5] + ("flagged" if flagged else "missed", good, damaged, got[:40])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--show", default="", help="print the missed cases of these kinds of damage (comma-separated)")
    ap.add_argument("--only", default="", help="run only these kinds of damage (comma-separated)")
    args = ap.parse_args()
    only = set(filter(None, args.only.split(",")))
    show = set(filter(None, args.show.split(",")))
    cases = [c for c in _cases() if not only or c[4] in only]
    results = run(_judge, cases, args.jobs, chunksize=8)
    axes = [(axis, lambda r, i=idx: r[i]) for axis, idx in (("damage", 4), ("level", 1), ("place", 2), ("line", 3))]
    print_tables(results, axes, lambda r: r[5], ("fixed", "flagged", "missed"))
    print_all(results, lambda r: r[5], "fixed")
    for r in results:
        if r[4] in show and r[5] != "fixed":
            print(f"  {r[0]} {r[1]} {r[2]} {r[3]}: {r[7]!r} -> {r[6]!r} ({r[5]}) got {r[8]!r}")


if __name__ == "__main__":
    main()
