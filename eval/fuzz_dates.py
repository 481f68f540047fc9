"""Fuzz the date repair on the TUNE base documents: one date damaged at a time.

Every full date of a TUNE base document (2021年3月29日) is damaged, one at a time, in the ways
the issue names and the causes of damage give: digits compacted (2021329日), eight digits
(20210329), 年 / 月 / 日 lost, a blank inside, full-width digits, a look-alike for 日. A case is
*fixed* when the cleaned damaged document equals the cleaned undamaged one, *flagged* when a
date flag stands on it, *missed* otherwise.

TUNE material only (it reads ``eval/base/tune``); it prints recall tables, nothing is scored.

    .venv/bin/python eval/fuzz_dates.py [--jobs 2] [--show KIND,...]
"""

from __future__ import annotations

import argparse

import regex

from fuzzkit import cleaned_base, first_difference, print_all, print_tables, run, tune_documents

_DATE = regex.compile(r"(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日")
_FW = str.maketrans("0123456789", "０１２３４５６７８９")


def _ops(y: str, m: str, d: str, after: str) -> dict[str, str]:
    out = {"compacted": f"{y}{m}{d}日", "eight_digits": f"{y}{int(m):02d}{int(d):02d}",
           "nian_lost": f"{y}{m}月{d}日", "yue_lost": f"{y}年{m}{d}日", "ri_lost": f"{y}年{m}月{d}",
           "blank_inside": f"{y} 年{m}月{d}日", "fullwidth": f"{y}年{m}月{d}日".translate(_FW),
           "ri_lookalike": f"{y}年{m}月{d}曰", "yue_lookalike": f"{y}年{m}丹{d}日"}
    if after[:1].isdigit():
        del out["ri_lost"]
    return out


def _cases():
    for path in tune_documents():
        text = path.read_text(encoding="utf-8")
        for mt in _DATE.finditer(text):
            after = text[mt.end():mt.end() + 1]
            where = "line" if text[mt.start() - 1:mt.start()] in ("\n", "") and after in ("\n", "") else "prose"
            for kind, damaged in _ops(*mt.groups(), after).items():
                raw = text[:mt.start()] + damaged + text[mt.end():]
                yield path.stem, kind, where, raw, mt.start(), mt.start() + len(damaged), text[max(0, mt.start() - 8):mt.end() + 6]


def _judge(case):
    from cleaner.pipeline import clean
    doc, kind, where, raw, start, end, context = case
    cleaned = clean(raw)
    if cleaned.text == cleaned_base(doc):
        return doc, kind, where, "fixed", ""
    flagged = any(f.rule.startswith("date") and f.action == "flag" and f.start < end and start < f.end
                  for f in cleaned.findings)
    b = cleaned.text
    at = first_difference(cleaned_base(doc), b)
    return doc, kind, where, "flagged" if flagged else "missed", f"{context!r} -> {b[max(0, at - 8):at + 12]!r}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--show", default="", help="print the cases not fixed of these kinds of damage")
    args = ap.parse_args()
    show = set(filter(None, args.show.split(",")))
    results = run(_judge, list(_cases()), args.jobs)
    print_tables(results, [("damage", lambda r: r[1]), ("place", lambda r: r[2])], lambda r: r[3],
                 ("fixed", "flagged", "missed"))
    print_all(results, lambda r: r[3], "fixed")
    for r in results:
        if r[1] in show and r[3] != "fixed":
            print(f"  {r[0]} {r[1]} {r[2]} ({r[3]}): {r[4]}")


if __name__ == "__main__":
    main()
