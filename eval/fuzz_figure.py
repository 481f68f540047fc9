"""Fuzz the missing-measure-word flag on the TUNE base documents: one measure word lost at a time.

Every count the TUNE base documents write with a measure word ("18家", "320个", "4期") loses it,
one at a time; a case is *flagged* when a figure flag covers the count. Cases are grouped by the
measure word, by what follows the bare figure (a noun, a mark, a verb) and by whether the same
clause keeps another counted figure (a sibling). The base documents raise no flag of their own
(eval/score.py checks it), so every flag here is on the damage.

TUNE material only (it reads ``eval/base/tune``); it prints recall tables, nothing is scored.

    .venv/bin/python eval/fuzz_figure.py [--jobs 2] [--show GROUP,...]
"""

from __future__ import annotations

import argparse

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


def _cases():
    for path in tune_documents():
        text = path.read_text(encoding="utf-8")
        for m in _COUNT.finditer(text):
            line_start = text.rfind("\n", 0, m.start()) + 1
            clause_start = max(line_start, *(text.rfind(c, 0, m.start()) + 1 for c in "，。；"))
            clause_end = min([e for e in (text.find(c, m.end()) for c in "，。；\n") if e >= 0] or [len(text)])
            clause = text[clause_start:m.start()] + text[m.end():clause_end]
            sibling = "sibling" if _COUNT.search(clause) else "alone"
            raw = text[:m.start(2)] + text[m.end(2):]
            yield (path.stem, m[2], _follows(text, m.end()), sibling, raw, m.start(1), m.end(1),
                   text[max(line_start, m.start() - 12):m.end() + 10])


def _judge(case):
    from cleaner.pipeline import clean
    doc, unit, follows, sibling, raw, start, end, context = case
    found = clean(raw).findings
    flagged = any(f.rule.startswith("figure") and f.action == "flag" and f.start < end + 1 and start < f.end
                  for f in found)
    return doc, unit, follows, sibling, "flagged" if flagged else "missed", context


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--show", default="", help="print the missed cases of these groups (follows/sibling, e.g. word/alone)")
    args = ap.parse_args()
    show = set(filter(None, args.show.split(",")))
    results = run(_judge, list(_cases()), args.jobs)
    axes = [("measure word", lambda r: r[1]), ("what follows / sibling", lambda r: f"{r[2]}/{r[3]}")]
    print_tables(results, axes, lambda r: r[4], ("flagged", "missed"), by_size=True)
    print_all(results, lambda r: r[4], "flagged")
    for r in results:
        if f"{r[2]}/{r[3]}" in show and r[4] == "missed":
            print(f"  {r[0]} {r[1]}: {r[5]!r}")


if __name__ == "__main__":
    main()
