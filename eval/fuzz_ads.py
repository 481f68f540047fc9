"""Fuzz the ad removal on the TUNE base documents: every ad of a pool at every place.

The pool (``fuzz_ads_pool.py``) was written by a helper who never read the rules: ads of eight
families (paid writing, template-site notes, account promotions, download offers, group joins,
bare contacts, other trades, mixed scripts) and look-alikes, the document's own text that shares
their words (its own contact lines and channels, the publisher's source notes, sentences against
ads, the words as plain official prose). Each ad is put, one at a time, into a TUNE base document
at each place an injector uses: above the title, a line between paragraphs, after the signature,
glued to the end or the front of a line, spliced mid-sentence in brackets or in none, between two
sentences, broken over a line break, two in one line, bracketed right after a comma (opening a
clause of a sentence). Each look-alike goes where it belongs (a line of its own, a sentence of a
paragraph), and once more bracketed after a comma, as a notice's own aside stands.

An ad is *removed* when at least 90% of its characters (without spaces) lie in removals and no
character of the document was taken with it (*exact* when the cleaned text equals the cleaned
undamaged one), *partial* below that, *lost* when Han characters of the document went, *missed*
when nothing of it was removed. A look-alike is *kept* when none of its characters was removed.

TUNE material only (it reads ``eval/base/tune``); it prints recall tables, nothing is scored.

    .venv/bin/python eval/fuzz_ads.py [--jobs 2] [--show PLACE|FAMILY,...] [--only PLACE,...] [--sample N]
"""

from __future__ import annotations

import argparse
import json
import pathlib
import random

import regex

from fuzz_ads_pool import ADS, LOOKALIKES
from fuzzkit import cleaned_base, print_all, print_tables, run, tune_documents

_BRACKETS = [("（", "）"), ("【", "】"), ("〖", "〗"), ("[", "]"), ("(", ")"), ("「", "」"), ("〔", "〕"), ("{", "}")]
_GLUE = ["", "", " ", "\u3000", "  "]
_HAN = regex.compile(r"\p{Han}")
_PLACES = ("above_title", "line_between", "after_signature", "glued_end", "glued_front", "bracket", "mid_word",
           "between_sentences", "split_linebreak", "two_in_line")
# Places added later draw from generators of their own, so the cases of the places above stay as they were.
_LATER_PLACES = ("bracket_clause",)


def _prose(lines: list[str]) -> list[int]:
    return [i for i, ln in enumerate(lines) if i > 0 and len(ln) >= 30 and ln.endswith("。")]


def _han_gaps(line: str) -> list[int]:
    return [k for k in range(4, len(line) - 4) if _HAN.match(line[k - 1]) and _HAN.match(line[k])]


def _place(lines: list[str], ad: str, other: str, place: str, rng: random.Random) -> tuple[str, list[tuple[int, int]]] | None:
    """The damaged text and the raw spans of the ad(s) in it, or None where the document has no such place."""
    def joined(new_lines: list[str], line_no: int, spans: list[tuple[int, int]]) -> tuple[str, list[tuple[int, int]]]:
        offset = sum(len(ln) + 1 for ln in new_lines[:line_no])
        return "\n".join(new_lines), [(offset + a, offset + b) for a, b in spans]

    prose = _prose(lines)
    if place == "above_title":
        return joined([ad] + lines, 0, [(0, len(ad))])
    if place == "line_between":
        i = rng.randrange(2, len(lines))
        return joined(lines[:i] + [ad] + lines[i:], i, [(0, len(ad))])
    if place == "after_signature":
        return joined(lines + [ad], len(lines), [(0, len(ad))])
    if place == "two_in_line":
        i = rng.randrange(2, len(lines))
        sep = rng.choice([" ", "  ", "\u3000", " | ", "   "])
        line = ad + sep + other
        return joined(lines[:i] + [line] + lines[i:], i, [(0, len(ad)), (len(ad) + len(sep), len(line))])
    if place == "split_linebreak":
        if len(ad) < 8:
            return None
        cut = rng.randrange(3, len(ad) - 2)
        i = rng.randrange(2, len(lines))
        offset = sum(len(ln) + 1 for ln in lines[:i])
        return "\n".join(lines[:i] + [ad[:cut], ad[cut:]] + lines[i:]), [(offset, offset + len(ad) + 1)]
    if not prose:
        return None
    i = rng.choice(prose)
    line = lines[i]
    if place == "glued_end":
        glue = rng.choice(_GLUE)
        return joined(lines[:i] + [line + glue + ad] + lines[i + 1:], i, [(len(line), len(line) + len(glue) + len(ad))])
    if place == "glued_front":
        i = rng.randrange(1, len(lines))
        glue = rng.choice(_GLUE)
        return joined(lines[:i] + [ad + glue + lines[i]] + lines[i + 1:], i, [(0, len(ad) + len(glue))])
    if place in ("bracket", "mid_word"):
        gaps = _han_gaps(line)
        if not gaps:
            return None
        k = rng.choice(gaps)
        a, b = rng.choice(_BRACKETS) if place == "bracket" else ("", "")
        piece = a + ad + b
        return joined(lines[:i] + [line[:k] + piece + line[k:]] + lines[i + 1:], i, [(k, k + len(piece))])
    if place == "bracket_clause":  # opening a clause of a sentence, right after its comma: …工作，【…】层层落实
        seams = [k + 1 for k in range(4, len(line) - 4) if line[k] == "\uff0c" and _HAN.match(line[k + 1])]
        if not seams:
            return None
        k = rng.choice(seams)
        a, b = rng.choice(_BRACKETS)
        piece = a + ad + b
        return joined(lines[:i] + [line[:k] + piece + line[k:]] + lines[i + 1:], i, [(k, k + len(piece))])
    if place == "between_sentences":
        stops = [k + 1 for k, ch in enumerate(line[:-1]) if ch == "。"]
        if not stops:
            return None
        k = rng.choice(stops)
        return joined(lines[:i] + [line[:k] + ad + line[k:]] + lines[i + 1:], i, [(k, k + len(ad))])
    raise ValueError(place)


def _place_lookalike(lines: list[str], text: str, where: str, rng: random.Random):
    prose = _prose(lines)
    if where == "line" or not prose:
        i = rng.randrange(2, len(lines) + 1)
        offset = sum(len(ln) + 1 for ln in lines[:i])
        return "\n".join(lines[:i] + [text] + lines[i:]), [(offset, offset + len(text))]
    i = rng.choice(prose)
    line = lines[i]
    stops = [k + 1 for k, ch in enumerate(line) if ch == "。"]
    k = rng.choice(stops)
    offset = sum(len(ln) + 1 for ln in lines[:i])
    return "\n".join(lines[:i] + [line[:k] + text + line[k:]] + lines[i + 1:]), [(offset + k, offset + k + len(text))]


def _writer_c() -> tuple[list[dict], list[dict]]:
    """The ads and legitimate lines of register_sources/writer_c (round 57), as a pool: a writer the
    ad rules' learned register never read. Each legitimate line goes where it belongs: a sentence of
    a paragraph when it ends as one, else a line of its own."""
    def read(name: str) -> list[dict]:
        path = pathlib.Path(__file__).parent / "register_sources" / "writer_c" / f"{name}.jsonl"
        return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    looks = [dict(item, place="sentence" if item["text"].endswith("\u3002") else "line") for item in read("legit")]
    return read("ads"), looks


def _cases(sample: int, only: set[str], pool: str = "tune"):
    docs = tune_documents()
    texts = {p.stem: p.read_text(encoding="utf-8").split("\n") for p in docs}
    rng = random.Random(31)
    names = sorted(texts)
    pool_ads, pool_looks = (ADS, LOOKALIKES) if pool == "tune" else _writer_c()
    ads = pool_ads if not sample else random.Random(7).sample(pool_ads, min(sample, len(pool_ads)))
    for n, ad in enumerate(ads):
        for place in _PLACES:
            if only and place not in only:
                continue
            doc = rng.choice(names)
            other = ads[(n + 1) % len(ads)]["text"]
            placed = _place(texts[doc], ad["text"], other, place, rng)
            if placed:
                yield ("ad", doc, ad["family"], place, placed[0], placed[1])
        for place in _LATER_PLACES:  # a generator of their own: the places above keep their cases
            if only and place not in only:
                continue
            own = random.Random(f"{place}:{n}")
            doc = own.choice(names)
            placed = _place(texts[doc], ad["text"], "", place, own)
            if placed:
                yield ("ad", doc, ad["family"], place, placed[0], placed[1])
    if only and "lookalike" not in only:
        return
    for item in pool_looks:
        doc = rng.choice(names)
        raw, spans = _place_lookalike(texts[doc], item["text"], item["place"], rng)
        yield ("lookalike", doc, item["kind"], item["place"], raw, spans)
    for n, item in enumerate(pool_looks):  # each bracketed after a comma too, as a notice's aside stands
        own = random.Random(f"clause:{n}")
        doc = own.choice(names)
        placed = _place(texts[doc], item["text"].rstrip("。"), "", "bracket_clause", own)
        if placed:
            yield ("lookalike", doc, item["kind"], "bracket_clause", placed[0], placed[1])


def _base_removals(doc: str) -> frozenset[str]:
    """What the cleaner removes from the undamaged document itself (a photo caption, a dateline): not a loss here."""
    if doc not in _BASE_REMOVALS:
        from cleaner.pipeline import clean
        from fuzzkit import TUNE
        found = clean((TUNE / f"{doc}.txt").read_text(encoding="utf-8")).findings
        _BASE_REMOVALS[doc] = frozenset(f.before for f in found if f.action == "remove")
    return _BASE_REMOVALS[doc]


_BASE_REMOVALS: dict[str, frozenset[str]] = {}
# Rules that move a line into a metadata field: a look-alike they take is a field, not a loss.
_MOVES = ("metadata.",)


def _removed_inside(findings, spans: list[tuple[int, int]], raw: str) -> tuple[int, int, int]:
    """(characters of the spans without spaces, those removed, Han characters removed outside the spans)."""
    inside = bytearray(len(raw))
    for a, b in spans:
        inside[a:b] = b"\x01" * (b - a)
    removed = bytearray(len(raw))
    for f in findings:
        if f.action == "remove":
            removed[f.start:f.end] = b"\x01" * (f.end - f.start)
    total = hit = lost = 0
    for k, ch in enumerate(raw):
        if inside[k]:
            if not ch.isspace():
                total += 1
                hit += removed[k]
        elif removed[k] and _HAN.match(ch):
            lost += 1
    return total, hit, lost


def _judge(case):
    from cleaner.pipeline import clean
    what, doc, family, place, raw, spans = case
    cleaned = clean(raw)
    own = _base_removals(doc)
    findings = [f for f in cleaned.findings if f.before not in own]
    if what == "lookalike":
        findings = [f for f in findings if not f.rule.startswith(_MOVES)]
    total, hit, lost = _removed_inside(findings, spans, raw)
    a, b = spans[0][0], spans[-1][1]
    if lost:  # what went beyond the ad: the rule and the start of what it took
        taken = [f"{f.rule}: {f.before[:50]!r}" for f in findings if f.action == "remove"
                 and (f.start < a or f.end > b) and _HAN.search(raw[f.start:f.end])]
        lost = (lost, taken)
    context = raw[max(0, a - 12):b + 12].replace("\n", "⏎")
    if what == "lookalike":
        verdict = "kept" if hit == 0 and lost == 0 else "cut"
        reasons = sorted({f.rule for f in findings if f.action == "remove" and f.start < b and a < f.end})
        return what, doc, family, place, verdict, context, reasons
    if lost:
        verdict = "lost"
    elif hit >= 0.9 * total:
        verdict = "exact" if cleaned.text == cleaned_base(doc) else "removed"
    else:
        verdict = "partial" if hit else "missed"
    return what, doc, family, place, verdict, context, lost


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--sample", type=int, default=0, help="use this many ads of the pool (all by default)")
    ap.add_argument("--show", default="", help="print the cases not removed of these places, families or verdicts (lost, cut, ...; comma-separated)")
    ap.add_argument("--dump", default="", help="write every case's verdict to this JSON file")
    ap.add_argument("--only", default="", help="run only these places (comma-separated; 'lookalike' for the look-alikes)")
    ap.add_argument("--pool", choices=("tune", "writer_c"), default="tune",
                    help="writer_c: the ads and lines of register_sources/writer_c, aggregates only")
    args = ap.parse_args()
    if args.pool == "writer_c" and (args.show or args.dump):
        ap.error("writer_c is a held measure: it prints aggregates only (no --show, no --dump)")
    only = set(filter(None, args.only.split(",")))
    show = set(filter(None, args.show.split(",")))
    results = run(_judge, list(_cases(args.sample, only, args.pool)), args.jobs)
    if args.dump:
        pathlib.Path(args.dump).write_text(json.dumps(results, ensure_ascii=False, indent=0), encoding="utf-8")
    ads = [r for r in results if r[0] == "ad"]
    looks = [r for r in results if r[0] == "lookalike"]
    # exact and removed both count as removed; the first column is the share of both.
    def verdict(r):
        return "removed" if r[4] in ("exact", "removed") else r[4]
    if ads:
        print_tables(ads, [("place", lambda r: r[3]), ("family", lambda r: r[2])], verdict,
                     ("removed", "partial", "lost", "missed"))
        print_all(ads, verdict, "removed")
        exact = sum(r[4] == "exact" for r in ads)
        print(f"exact (cleaned text equals the cleaned undamaged document): {exact}/{len(ads)}")
        print(f"Han characters of the documents lost: {sum(r[6][0] for r in ads if r[4] == 'lost')}")
    if looks:
        print_tables(looks, [("look-alike", lambda r: r[2])], lambda r: r[4], ("kept", "cut"))
        print_all(looks, lambda r: r[4], "kept")
    for r in results:
        if (r[3] in show or r[2] in show or r[4] in show) and r[4] not in ("exact", "removed", "kept"):
            extra = r[6] if r[0] == "lookalike" else r[6][1] if r[4] == "lost" else ""
            print(f"  {r[1]} {r[2]} {r[3]} ({r[4]}): {r[5]!r} {extra}")


if __name__ == "__main__":
    main()
