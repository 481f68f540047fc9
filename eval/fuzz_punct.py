"""Fuzz the punctuation repair on the TUNE base documents: one mark typed in English mode at a time.

Each full-width mark of a TUNE base document (，。；：？！（）“”、) is replaced, one at a time, by
the ASCII look-alike an English-mode input method or a converter leaves, with the spacing such
tools add (none, a space after, spaces around). A case is *fixed* when the cleaned damaged
document equals the cleaned undamaged one, *changed* when the text differs otherwise (another
mark, a space left), *missed* when the ASCII mark stays. Marks are sampled with a fixed seed.

TUNE material only (it reads ``eval/base/tune``); it prints recall tables, nothing is scored.

    .venv/bin/python eval/fuzz_punct.py [--jobs 2] [--per-doc N] [--show MARK/SPACING,...]
"""

from __future__ import annotations

import argparse
import random

from fuzzkit import cleaned_base, first_difference, print_all, print_tables, run, tune_documents

_ASCII = {"\uff0c": ",", "\u3002": ".", "\uff1b": ";", "\uff1a": ":", "\uff1f": "?", "\uff01": "!",
          "\uff08": "(", "\uff09": ")", "\u201c": '"', "\u201d": '"', "\u3001": ","}
_SPACING = {"none": "{}", "after": "{} ", "around": " {} "}


def _neighbours(text: str, at: int) -> str:
    """What stands around the mark: Han on both sides, a figure on one, a quote or bracket."""
    a, b = text[at - 1:at], text[at + 1:at + 2]
    kind = lambda c: "han" if "\u4e00" <= c <= "\u9fff" else "digit" if c.isdigit() else "end" if c in "\n" or not c else "mark"
    return f"{kind(a)}-{kind(b)}"


def _cases(per_doc: int):
    for path in tune_documents():
        text = path.read_text(encoding="utf-8")
        rng = random.Random(path.stem)
        spots = [i for i, c in enumerate(text) if c in _ASCII]
        for at in sorted(rng.sample(spots, min(per_doc, len(spots)))):
            mark = text[at]
            for spacing, shape in _SPACING.items():
                raw = text[:at] + shape.format(_ASCII[mark]) + text[at + 1:]
                yield path.stem, mark, spacing, _neighbours(text, at), raw, text[max(0, at - 10):at + 10]


def _judge(case):
    from cleaner.pipeline import clean
    doc, mark, spacing, around, raw, context = case
    out = clean(raw).text
    if out == cleaned_base(doc):
        return doc, mark, spacing, around, "fixed", ""
    at = first_difference(cleaned_base(doc), out)
    got = out[max(0, at - 10):at + 10]
    verdict = "missed" if _ASCII[mark] in out[at:at + 2] else "changed"
    return doc, mark, spacing, around, verdict, f"{context!r} -> {got!r}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--per-doc", type=int, default=12)
    ap.add_argument("--show", default="", help="print the cases not fixed of these MARK/SPACING groups")
    args = ap.parse_args()
    show = set(filter(None, args.show.split(",")))
    results = run(_judge, list(_cases(args.per_doc)), args.jobs)
    axes = [("mark", lambda r: r[1]), ("spacing", lambda r: r[2]), ("around", lambda r: r[3])]
    print_tables(results, axes, lambda r: r[4], ("fixed", "changed", "missed"), by_size=True)
    print_all(results, lambda r: r[4], "fixed")
    for r in results:
        if f"{r[1]}/{r[2]}" in show and r[4] != "fixed":
            print(f"  {r[0]} {r[1]} {r[2]} {r[3]} ({r[4]}): {r[5]}")


if __name__ == "__main__":
    main()
