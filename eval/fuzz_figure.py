"""Fuzz the missing-measure-word flag on the TUNE base documents: one measure word lost at a time.

Every count the TUNE base documents write with a measure word ("18家", "320个", "4期") loses it,
one at a time; a case is *flagged* when a figure flag covers the count. Cases are grouped by the
measure word, by what follows the bare figure (a noun, a mark, a verb) and by whether the same
clause keeps another counted figure (a sibling). The base documents raise no flag of their own
(eval/score.py checks it), so every flag here is on the damage.

TUNE material only (it reads ``eval/base/tune``); it prints recall tables, nothing is scored.
``--base GLOB`` runs it on other clean text instead (UTF-8 files; a seeded sample of ``--sample``
counts): the 14 provincial reports of 2026 in ``../shared/wild/raw`` are other authors' prose; a
count whose place the base text already flags is left out. Round 41's measure-word cues, measured
so (300 counts): 198 flagged before, 217 after; on TUNE, 182 -> 185 of 207. Since round 44 an
ordinal (第4位, 第3批) is left out of the sample, the rules being silent on 第N by design: 233 of 300.

    .venv/bin/python eval/fuzz_figure.py [--jobs 2] [--show GROUP,...]
    .venv/bin/python eval/fuzz_figure.py --base '../shared/wild/raw/provrpt2026_*.txt' --sample 300
"""

from __future__ import annotations

import argparse
import glob
import pathlib
import random

import regex

from fuzzkit import print_all, print_tables, run, tune_documents

_CLASSIFIERS = ("人次 家次 批次 个次 个 家 名 所 座 项 次 件 台 辆 户 条 批 套 支 处 场 期 篇 部 位 株 头 只 张 本 间 栋 "
                "块 轮 组 人 种 艘 架 门 根 份").split()
_COUNT = regex.compile(rf"(?<![\d.,％%])(\d{{1,6}})({'|'.join(_CLASSIFIERS)})")
_MARKS = "，。、；：）”"


def _follows(text: str, at: int) -> str:
    nxt = text[at:at + 1]
    if not nxt or nxt in _MARKS or nxt == "\n":
        return "mark"
    if nxt in "以左上下余多": return "bound"
    return "word"


def _cases(paths=None):
    for path in paths or tune_documents():
        text = path.read_text(encoding="utf-8")
        for m in _COUNT.finditer(text):
            if text[max(0, m.start() - 1):m.start()] == "第":
                continue  # an ordinal (第4位, 第3批) is no count: the figure rules are silent on 第N by design
            line_start = text.rfind("\n", 0, m.start()) + 1
            clause_start = max(line_start, *(text.rfind(c, 0, m.start()) + 1 for c in "，。；"))
            clause_end = min([e for e in (text.find(c, m.end()) for c in "，。；\n") if e >= 0] or [len(text)])
            clause = text[clause_start:m.start()] + text[m.end():clause_end]
            sibling = "sibling" if _COUNT.search(clause) else "alone"
            raw = text[:m.start(2)] + text[m.end(2):]
            yield (path.stem, m[2], _follows(text, m.end()), sibling, raw, m.start(1), m.end(1),
                   text[max(line_start, m.start() - 12):m.end() + 10], str(path) if paths else "")


def _judge(case):
    from cleaner.pipeline import clean
    doc, unit, follows, sibling, raw, start, end, context, base = case

    def flags_here(text: str) -> bool:
        return any(f.rule.startswith("figure") and f.action == "flag" and f.start < end + 1 and start < f.end
                   for f in clean(text).findings)

    if base and flags_here(pathlib.Path(base).read_text(encoding="utf-8")):
        return doc, unit, follows, sibling, "already", context  # the base text's own flag: not the damage's
    return doc, unit, follows, sibling, "flagged" if flags_here(raw) else "missed", context


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--show", default="", help="print the missed cases of these groups (follows/sibling, e.g. word/alone)")
    ap.add_argument("--base", default="", help="a glob of clean UTF-8 texts to damage instead of the TUNE documents")
    ap.add_argument("--sample", type=int, default=300, help="with --base: how many counts, a seeded sample")
    ap.add_argument("--skip", type=int, default=0,
                    help="with --base: leave out the first SKIP counts of the seeded order (--skip 300 reads a second "
                         "sample, held out while the first is read)")
    args = ap.parse_args()
    show = set(filter(None, args.show.split(",")))
    cases = list(_cases([pathlib.Path(p) for p in sorted(glob.glob(args.base))] if args.base else None))
    if args.base:
        random.Random(41).shuffle(cases)
        cases = cases[args.skip:args.skip + args.sample]
    results = [r for r in run(_judge, cases, args.jobs) if r[4] != "already"]
    axes = [("measure word", lambda r: r[1]), ("what follows / sibling", lambda r: f"{r[2]}/{r[3]}")]
    print_tables(results, axes, lambda r: r[4], ("flagged", "missed"), by_size=True)
    print_all(results, lambda r: r[4], "flagged")
    for r in results:
        if f"{r[2]}/{r[3]}" in show and r[4] == "missed":
            print(f"  {r[0]} {r[1]}: {r[5]!r}")


if __name__ == "__main__":
    main()
