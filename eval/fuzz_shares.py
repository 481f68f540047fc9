"""Fuzz the share-above-100% flag: every share level a text gives is raised above 100%, one at a time.

A share (…率, 占比, 比重, 比例) given as a level ("覆盖率达到96.5%", "占比18%") gets a value above 100
(96.5 -> 196.5); a case is *flagged* when a figure flag covers the raised value. Rates that can pass
100% by definition (growth, completion, gross enrolment, a ratio of two things: the kinds of
cleaner/data/uncapped_rates.txt, written out here by the name's last characters rather than read
from the rule's list, whose matching is what the fuzzer tests) are left out of the sample, so every
miss is a share the rule did not read as one. Cases are grouped by the rate's last two characters and by the word between the
name and the figure (达到, 为, none ...).

By default it reads the TUNE base documents; ``--base GLOB`` reads other clean text (UTF-8), such
as the 14 provincial reports of 2026 in ``../shared/wild/raw``: other authors' prose. Round 45 on
those (every level, no sample): 190 -> 192 of 193 flagged (成功率 read as 功率, 优良天数比率 as a ratio of two
things); the TUNE documents 51 of 51. The misses print with ``--show``.

    .venv/bin/python eval/fuzz_shares.py [--jobs 2] [--show]
    .venv/bin/python eval/fuzz_shares.py --base '../shared/wild/raw/provrpt2026_*.txt'
"""

from __future__ import annotations

import argparse
import glob
import pathlib

import regex

from fuzzkit import print_all, print_tables, run, tune_documents

# A share's name, up to four words between it and its level, the level (below 100%).
_LEVEL = regex.compile(r"(?P<name>\p{Han}{0,6}?(?:率|占比|比重|比例))(?P<link>[^\d\n，。；、%％]{0,4}?)"
                       r"(?<![\d.])(?P<num>\d{1,2}(?:\.\d+)?)(?P<sign>[%％])")
# Names that may pass 100% (data/uncapped_rates.txt's kinds), and changes (…增长率, 提高): left out.
_UNCAPPED_END = regex.compile(r"(?:增长|增速|完成|执行|兑现|到位|毛入学|毛入园|使用|利用|负荷|周转|开工|产销|贡献|拉动|自给|"
                              r"替代|转化|产出|回报|收益|利润|负债|充足|税|利|汇|费|生产|出生|生育|容积|"
                              r"杠杆|放大|配套)率\Z|的比率\Z|与\p{Han}{0,8}比率\Z")
_CHANGE = regex.compile(r"提高|提升|增长|增加|上升|下降|降低|减少|回落|扩大|缩小|高出|低出|比|较")


def _cases(paths):
    for path in paths:
        text = path.read_text(encoding="utf-8")
        for m in _LEVEL.finditer(text):
            if _UNCAPPED_END.search(m["name"]) or _CHANGE.search(m["link"]):
                continue
            raised = f"{float(m['num']) + 100:g}"
            raw = text[:m.start("num")] + raised + text[m.end("num"):]
            start, end = m.start("num"), m.start("num") + len(raised)
            line_start = raw.rfind("\n", 0, start) + 1
            yield (path.stem, m["name"][-2:], m["link"] or "-", raw, start, end,
                   raw[max(line_start, m.start() - 8):end + 6])


def _judge(case):
    from cleaner.pipeline import clean
    doc, name, link, raw, start, end, context = case
    flagged = any(f.rule.startswith("figure") and f.action == "flag" and f.start < end and start < f.end
                  for f in clean(raw).findings)
    return doc, name, link, "flagged" if flagged else "missed", context


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--base", default="", help="a glob of clean UTF-8 texts to damage instead of the TUNE documents")
    ap.add_argument("--show", action="store_true", help="print the missed cases")
    args = ap.parse_args()
    paths = [pathlib.Path(p) for p in sorted(glob.glob(args.base))] if args.base else tune_documents()
    results = run(_judge, list(_cases(paths)), args.jobs)
    axes = [("rate ends", lambda r: r[1]), ("between name and level", lambda r: r[2])]
    print_tables(results, axes, lambda r: r[3], ("flagged", "missed"), by_size=True)
    print_all(results, lambda r: r[3], "flagged")
    if args.show:
        for r in results:
            if r[3] == "missed":
                print(f"  {r[0]} {r[1]}: {r[4]!r}")


if __name__ == "__main__":
    main()
