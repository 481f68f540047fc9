"""The seeded defect injector: a base document and a seed in, a raw document and its gold out.

    .venv/bin/python eval/inject.py                 # write eval/out/injected/, run the self-check
    .venv/bin/python eval/inject.py --seeds 1 2 3   # the same for other seeds
    .venv/bin/python eval/inject.py --show w01 1    # print one injected document and its gold

Tune documents get the forms of :mod:`forms_tune`, held documents those of :mod:`forms_held`.
Per document and seed (five seeds by default) the injector draws 6-12 defects (10-15 for the long reference reports)
over the families in turn, plus one or two protected spans, never overlapping, never next to
each other (two characters apart at least) and never on a known blemish of a reference text.

Gold (one JSON per injected document, ``<doc>__s<seed>.gold.json``)::

    {"doc": "w01__s1", "base": "w01", "half": "tune", "seed": 1,
     "metadata": {"title": ..., "publisher": ..., "written_date": ..., "publish_date": ...},
     "spans": [{"class": "ads", "form": "ads.t2_bracket_splice", "action": "remove",
                "start": 812, "end": 834, "text": "（代写材料：微信：xz2021）", "expected": "",
                "repair": null, "alt": null, "where": "splice"}, ...],
     "blemishes": [[start, end, kind], ...]}

``start``/``end`` are code-point offsets into the raw text (the .txt next to it, read as
UTF-8, no trailing newline added); ``expected`` is what those characters should become
("" for remove, the repair for fix, the same text for flag and for protected spans, whose
action is ``keep``); ``repair`` (flags) is the base text a correct repair gives; ``alt``
(dup) is the first occurrence, whose removal leaves the same text.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from dataclasses import dataclass

import forms_held
import forms_held_b
import forms_held_c
import forms_held_d
import forms_held_e
import forms_held_f
import forms_tune
from common import BASE_HALF, FORM_HALVES, OUT, BaseDoc, gold_metadata, load_base
from forms_common import Ctx, Inj

DEFECT_FAMILIES = ("ads", "chrome", "metadata", "numbering", "dates", "punct", "space", "entity", "dup", "figure",
                   "quote", "garbled")
FORMS = {"tune": forms_tune.R.by_family(), "held": forms_held.R.by_family(),
         "held_b": forms_held_b.R.by_family(), "held_c": forms_held_c.R.by_family(),
         "held_d": forms_held_d.R.by_family(), "held_e": forms_held_e.R.by_family(),
         "held_f": forms_held_f.R.by_family()}
DEFAULT_SEEDS = (1, 2, 3, 4, 5)


@dataclass
class Injected:
    doc_id: str
    base: BaseDoc
    seed: int
    raw: str
    target: str  # the raw text with every gold applied: what a careful editor ends with
    spans: list[dict]
    metadata: dict
    blemishes: list
    half: str = ""  # the form half (tune, held, held_b, held_c); the base half is base.half

    def gold(self) -> dict:
        return {"doc": self.doc_id, "base": self.base.id, "half": self.half, "seed": self.seed,
                "metadata": self.metadata, "spans": self.spans, "blemishes": self.blemishes}


def rng_for(doc_id: str, seed: int) -> random.Random:
    digest = hashlib.sha256(f"cleaner-eval:{doc_id}:{seed}".encode()).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def inject(doc: BaseDoc, seed: int, half: str | None = None) -> Injected:
    """``half`` names the forms (default: the document's own half; held_b or held_c on held documents)."""
    half = half or doc.half
    assert BASE_HALF[half] == doc.half, (half, doc.id)
    rng = rng_for(doc.id if half == doc.half else f"{half}:{doc.id}", seed)
    ctx = Ctx(doc, rng)
    families = FORMS[half]
    long_doc = len(doc.text) > 5000
    want = rng.randint(10, 15) if long_doc else rng.randint(6, 12)
    cap = 2 if long_doc else 1  # injections per family and document
    injs: list[Inj] = []
    used: dict[str, int] = {}
    order = list(DEFECT_FAMILIES)
    rng.shuffle(order)
    rounds = 0
    while sum(used.values()) < want and rounds < 3:
        rounds += 1
        for family in order:
            if sum(used.values()) >= want:
                break
            if used.get(family, 0) >= min(cap, rounds):
                continue
            inj = _try_family(ctx, families.get(family, ()))
            if inj is not None:
                injs.append(inj)
                used[family] = used.get(family, 0) + 1
    for _ in range(1 + (rng.random() < 0.5)):
        inj = _try_family(ctx, families.get("protected", ()))
        if inj is not None:
            injs.append(inj)
    item = assemble(doc, seed, injs, ctx.fields)
    item.half = half
    return item


def _try_family(ctx: Ctx, forms) -> Inj | None:
    """One injection of a family: every form proposes a site, one proposal is drawn.

    Drawing among the forms that found a site (rather than taking the first that does) keeps
    forms that fit only some documents from being crowded out by those that fit all.
    """
    proposals = []
    for fn in forms:
        inj = fn(ctx)
        if inj is None:
            continue
        spans = [(inj.bs, inj.be)] + list(inj.reserve)
        if not ctx.free(*spans[0]) or not all(ctx.free(s, e, 0) for s, e in spans[1:]):
            continue
        if any(ctx.fields.get(k, v) != v for k, v in inj.fields.items()):
            continue
        inj.form = fn.form_id
        proposals.append((inj, spans))
    if not proposals:
        return None
    inj, spans = ctx.rng.choice(proposals)
    for s, e in spans:
        ctx.take(s, e)
    ctx.fields.update(inj.fields)
    return inj


def assemble(doc: BaseDoc, seed: int, injs: list[Inj], fields: dict) -> Injected:
    """Build the raw and target texts left to right, turning relative gold offsets into raw ones."""
    injs = sorted(injs, key=lambda i: (i.bs, i.be))
    raw_parts, target_parts, spans = [], [], []
    cursor, raw_len = 0, 0
    shifts = []  # (base position, raw - base shift after it)
    for inj in injs:
        assert inj.bs >= cursor, (doc.id, inj.form, "injections overlap")
        plain = doc.text[cursor:inj.bs]
        raw_parts.append(plain)
        target_parts.append(plain)
        raw_len += len(plain)
        start = raw_len
        raw_parts.append(inj.raw)
        piece = []
        last = 0
        for g in sorted(inj.golds, key=lambda g: g.rs):
            piece.append(inj.raw[last:g.rs])
            piece.append(g.expected if g.action in ("remove", "fix") else inj.raw[g.rs:g.re])
            last = g.re
            spans.append({"class": g.cls, "form": inj.form, "action": g.action, "start": start + g.rs,
                          "end": start + g.re, "text": inj.raw[g.rs:g.re], "expected": g.expected,
                          "repair": g.repair, "alt": list(g.alt) if g.alt else None, "where": g.where})
            if g.cls == "protected":
                spans[-1]["sentence"] = [start, start + len(inj.raw)]
        piece.append(inj.raw[last:])
        target_parts.append("".join(piece))
        raw_len += len(inj.raw)
        cursor = inj.be
        shifts.append((inj.be, raw_len - inj.be))
    raw_parts.append(doc.text[cursor:])
    target_parts.append(doc.text[cursor:])
    raw = "".join(raw_parts)

    def to_raw(pos: int, end: bool = False) -> int:
        """A base offset in the raw text; an end offset stays before an insertion made at it."""
        shift = 0
        for (bs, be), sh in zip(((i.bs, i.be) for i in injs), (sh for _, sh in shifts)):
            if be < pos or (be == pos and not (end and bs == be)):
                shift = sh
        return pos + shift

    for sp in spans:
        if sp["alt"]:
            sp["alt"] = [to_raw(sp["alt"][0]), to_raw(sp["alt"][1], end=True)]
    blemishes = [[to_raw(s), to_raw(e, end=True), kind] for s, e, kind in doc.blemishes]
    metadata = gold_metadata(doc.meta)
    metadata.update(fields)
    doc_id = f"{doc.id}__s{seed}"
    return Injected(doc_id, doc, seed, raw, "".join(target_parts), spans, metadata, blemishes)


# --- self-check ----------------------------------------------------------------------------

def self_check(inj: Injected, injections_by_base=None) -> list[str]:
    """Problems with one injected document's gold (an empty list when it is right)."""
    errors = []
    raw, spans = inj.raw, inj.spans
    prev_end = -1
    for sp in spans:
        s, e = sp["start"], sp["end"]
        if not 0 <= s < e <= len(raw):
            errors.append(f"span out of bounds {sp}")
            continue
        if raw[s:e] != sp["text"]:
            errors.append(f"offsets do not point at the text: {raw[s:e]!r} != {sp['text']!r}")
        if s < prev_end:
            errors.append(f"spans overlap at {s}")
        prev_end = e
        if sp["action"] == "remove" and not sp["text"].strip():
            errors.append(f"empty removal {sp}")
        if sp["action"] == "fix" and sp["text"] == sp["expected"]:
            errors.append(f"fix that changes nothing {sp}")
        if sp["action"] in ("flag", "keep") and sp["expected"] != sp["text"]:
            errors.append(f"flag/keep whose expected differs {sp}")
        if sp["alt"]:
            a, b = sp["alt"]
            if raw[a:b] != sp["text"].strip("\n"):
                errors.append(f"dup alt {raw[a:b]!r} is not the repeated {sp['text']!r}")
    # Applying the gold gives the target; where only remove/fix gold stands, that is the base.
    out, cursor = [], 0
    for sp in spans:
        out.append(raw[cursor:sp["start"]])
        out.append(sp["expected"])
        cursor = sp["end"]
    out.append(raw[cursor:])
    applied = "".join(out)
    if applied != inj.target:
        errors.append("applying the gold does not give the target text")
    if all(sp["action"] in ("remove", "fix") for sp in spans) and applied != inj.base.text:
        errors.append("remove/fix gold does not give the base text back")
    # Repair every flag too (its base text) and drop the inserted protected sentences: that
    # must give the base text back exactly, so the gold holds every change the injector made.
    edits = {}
    inserted = [sp["sentence"] for sp in spans if sp["class"] == "protected"]
    for sp in spans:
        if sp["class"] != "protected" and any(a <= sp["start"] and sp["end"] <= b for a, b in inserted):
            continue  # a defect inside an inserted sentence goes with the sentence
        if sp["class"] == "protected":
            a, b = sp["sentence"]
            if not (a <= sp["start"] and sp["end"] <= b):
                errors.append(f"protected token outside its sentence {sp}")
            edits[(a, b)] = ""
        elif sp["action"] == "flag":
            edits[(sp["start"], sp["end"])] = sp["repair"] if sp["repair"] is not None else sp["text"]
        else:
            edits[(sp["start"], sp["end"])] = sp["expected"]
    out, cursor = [], 0
    for (a, b), new in sorted(edits.items()):
        if a < cursor:
            errors.append(f"gold edits overlap at {a}")
            continue
        out.append(raw[cursor:a])
        out.append(new)
        cursor = b
    out.append(raw[cursor:])
    if "".join(out) != inj.base.text:
        errors.append("repairing every gold and dropping the protected sentences does not give the base text")
    for s, e, _ in inj.blemishes:
        for sp in spans:
            if sp["start"] < e and s < sp["end"]:
                errors.append(f"gold span on a blemish at {s}")
    return errors


def build(seeds=DEFAULT_SEEDS, half: str | None = None, write: bool = True) -> list[Injected]:
    docs = load_base(half)
    out = []
    for doc in docs:
        for seed in seeds:
            for form_half in FORM_HALVES:
                if BASE_HALF[form_half] == doc.half and FORMS[form_half]:
                    out.append(inject(doc, seed, form_half))
    if write:
        write_all(out)
    return out


def write_all(items: list[Injected]) -> None:
    for item in items:
        folder = OUT / "injected" / item.half
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{item.doc_id}.txt").write_text(item.raw, encoding="utf-8")
        (folder / f"{item.doc_id}.gold.json").write_text(json.dumps(item.gold(), ensure_ascii=False, indent=1),
                                                         encoding="utf-8")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", type=int, nargs="+", default=list(DEFAULT_SEEDS))
    ap.add_argument("--show", nargs=2, metavar=("DOC", "SEED"), help="print one TUNE document and its gold")
    args = ap.parse_args()
    if args.show:
        doc = next(d for d in load_base("tune") if d.id == args.show[0])
        item = inject(doc, int(args.show[1]))
        print(item.raw)
        print("-" * 60)
        for sp in item.spans:
            print(f"{sp['start']:>6} {sp['end']:>6} {sp['form']:<34} {sp['action']:<6} {sp['text']!r} -> {sp['expected']!r}")
        print(item.metadata)
        return 0
    items = build(args.seeds)
    bad = 0
    counts: dict = {}
    for item in items:
        errs = self_check(item)
        for err in errs:
            print(f"{item.doc_id}: {err}")
        bad += bool(errs)
        for sp in item.spans:
            key = (item.half, sp["class"])
            counts[key] = counts.get(key, 0) + 1
    for half in FORM_HALVES:
        row = ", ".join(f"{c} {counts.get((half, c), 0)}" for c in DEFECT_FAMILIES + ("protected",))
        print(f"{half}: {sum(1 for i in items if i.half == half)} documents; {row}")
    print("self-check:", "OK" if not bad else f"{bad} document(s) with problems")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
