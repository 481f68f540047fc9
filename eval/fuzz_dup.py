"""Fuzz the repeat removal on the TUNE base documents: one copy pasted at a time.

Each case copies one paragraph, sentence or heading of a TUNE base document to another place
(the next line, a paragraph later, inside its own paragraph, glued to the next paragraph or set
inside the one above it, split by a line break, re-typed with other marks or spaces, cut short as
a teaser, revised by one adverb, ...). A case is *fixed* when the cleaned document equals the
cleaned undamaged one, *flagged* when a dup flag stands on the copy instead, *wrong* when the text
differs in another way (the original removed, a part left). Paragraphs are sampled with a fixed seed, so runs compare.

TUNE material only (it reads ``eval/base/tune``); it prints recall tables, nothing is scored.

    .venv/bin/python eval/fuzz_dup.py [--jobs 2] [--show OP,...] [--only OP,...] [--per-doc N]
"""

from __future__ import annotations

import argparse
import random

import regex

from fuzzkit import cleaned_base, first_difference, print_all, print_tables, run, tune_documents

_TO_ASCII = str.maketrans({"\uff0c": ",", "\uff1b": ";", "\uff1a": ":", "\uff08": "(", "\uff09": ")"})


def _sentences(par: str) -> list[str]:
    out, cur = [], ""
    for ch in par:
        cur += ch
        if ch in "。！？；":
            out.append(cur)
            cur = ""
    return [s for s in out if len(s) >= 12]


_ADVERBS = ("进一步", "切实", "全面", "持续", "大力", "扎实", "不断", "认真", "积极", "严格")
_VERBS = regex.compile("加强|推进|完善|落实|提升|强化|做好|推动|开展|健全|提高|优化|深化|规范|加快|抓好|实施|巩固")


def _revised(sentence: str, rng: random.Random) -> str | None:
    """``sentence`` with one adverb put before one of its verbs, or one of its adverbs taken out."""
    drops = [m for m in regex.finditer("|".join(_ADVERBS), sentence)]
    if drops:
        m = rng.choice(drops)
        return sentence[:m.start()] + sentence[m.end():]
    adds = [m for m in _VERBS.finditer(sentence) if m.start() > 0 and sentence[m.start() - 1] not in "".join(_ADVERBS)]
    if not adds:
        return None
    m = rng.choice(adds)
    return sentence[:m.start()] + rng.choice(_ADVERBS) + sentence[m.start():]


def _ops(lines: list[str], i: int, rng: random.Random) -> dict[str, list[str]]:
    """Damaged line lists: paragraph ``i`` (or one of its sentences) copied somewhere."""
    par = lines[i]
    out: dict[str, list[str]] = {}
    out["par_next_line"] = lines[:i + 1] + [par] + lines[i + 1:]
    if i + 2 < len(lines):
        out["par_after_one"] = lines[:i + 2] + [par] + lines[i + 2:]
    if i + 4 < len(lines):
        out["par_after_three"] = lines[:i + 4] + [par] + lines[i + 4:]
    out["par_glued_to_itself"] = lines[:i] + [par + par] + lines[i + 1:]
    out["par_retyped_marks"] = lines[:i + 1] + [par.translate(_TO_ASCII)] + lines[i + 1:]
    out["par_spaced"] = lines[:i + 1] + [par.replace("，", "， ", 2)] + lines[i + 1:]
    cut = len(par) // 2
    out["par_split_by_break"] = lines[:i + 1] + [par[:cut], par[cut:]] + lines[i + 1:]
    if len(par) > 30:
        out["teaser_before"] = lines[:i] + [par[:20] + "..."] + lines[i:]
    sents = _sentences(par)
    if len(sents) >= 2:
        k = rng.randrange(len(sents))
        s = sents[k]
        at = par.index(s) + len(s)
        out["sentence_at_once"] = lines[:i] + [par[:at] + s + par[at:]] + lines[i + 1:]
        # the copy lost its end mark and runs into the original (措施。加强…结构加强…结构。)
        out["sentence_echo_lost_mark"] = lines[:i] + [par[:at - len(s)] + s[:-1] + par[at - len(s):]] + lines[i + 1:]
        j = max(k, 1)  # and a run of two sentences (加强…行为；加强…结构加强…行为；加强…结构。)
        a = par.index(sents[j - 1])
        run_end = par.index(sents[j], a) + len(sents[j])
        out["run_echo_lost_mark"] = lines[:i] + [par[:a] + par[a:run_end][:-1] + par[a:]] + lines[i + 1:]
        if i + 1 < len(lines) and len(lines[i + 1]) > 20:
            out["sentence_glued_next_par"] = lines[:i + 1] + [lines[i + 1] + s] + lines[i + 2:]
            out["sentence_lead_of_next_par"] = lines[:i + 1] + [s + lines[i + 1]] + lines[i + 2:]
            inner = _sentences(lines[i + 1])
            if len(inner) >= 2:  # between two sentences of the next paragraph
                cut = lines[i + 1].index(inner[0]) + len(inner[0])
                out["sentence_inside_next_par"] = lines[:i + 1] + [lines[i + 1][:cut] + s + lines[i + 1][cut:]] + lines[i + 2:]
            above = _sentences(lines[i - 1]) if i > 1 else []
            if len(above) >= 2:  # pasted into the paragraph above: the copy stands first
                cut = lines[i - 1].index(above[0]) + len(above[0])
                out["sentence_inside_prev_par"] = lines[:i - 1] + [lines[i - 1][:cut] + s + lines[i - 1][cut:]] + lines[i:]
        out["sentence_own_line"] = lines[:i + 1] + [s] + lines[i + 1:]
        revised = _revised(s, random.Random(f"{i}:{s}"))  # a generator of its own: the other copies stay as they were
        if revised:  # an editor's revision left beside the old wording (加强… / 进一步加强…): the later copy goes
            out["sentence_revised"] = lines[:i] + [par[:at] + revised + par[at:]] + lines[i + 1:]
    out["par_three_times"] = lines[:i + 1] + [par, par] + lines[i + 1:]
    return out


def _cases(per_doc: int):
    for path in tune_documents():
        text = path.read_text(encoding="utf-8")
        lines = text.split("\n")
        rng = random.Random(path.stem)
        pars = [i for i, ln in enumerate(lines) if i > 0 and len(ln) >= 30]
        for i in rng.sample(pars, min(per_doc, len(pars))):
            kind = "heading" if len(lines[i]) < 40 else "paragraph"
            for op, damaged in _ops(lines, i, rng).items():
                yield (path.stem, kind, op, "\n".join(damaged))


def _judge(case):
    from cleaner.pipeline import clean
    doc, kind, op, raw = case
    cleaned = clean(raw)
    if cleaned.text == cleaned_base(doc):
        return doc, kind, op, "fixed", ""
    dup_flag = any(f.rule.startswith("dup") and f.action == "flag" for f in cleaned.findings)
    removed = any(f.rule.startswith("dup") and f.action == "remove" for f in cleaned.findings)
    verdict = "wrong" if removed else "flagged" if dup_flag else "missed"
    b = cleaned.text
    at = first_difference(cleaned_base(doc), b)
    return doc, kind, op, verdict, b[max(0, at - 15):at + 45].replace("\n", "⏎")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--per-doc", type=int, default=4)
    ap.add_argument("--show", default="", help="print the cases not fixed of these operations (comma-separated)")
    ap.add_argument("--only", default="", help="run only these operations (comma-separated)")
    args = ap.parse_args()
    only = set(filter(None, args.only.split(",")))
    show = set(filter(None, args.show.split(",")))
    cases = [c for c in _cases(args.per_doc) if not only or c[2] in only]
    results = run(_judge, cases, args.jobs)
    print_tables(results, [("copy", lambda r: r[2]), ("unit", lambda r: r[1])], lambda r: r[3],
                 ("fixed", "flagged", "wrong", "missed"))
    print_all(results, lambda r: r[3], "fixed")
    for r in results:
        if r[2] in show and r[3] != "fixed":
            print(f"  {r[0]} {r[1]} {r[2]} ({r[3]}): {r[4]!r}")


if __name__ == "__main__":
    main()
