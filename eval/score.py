"""Score the cleaner on the evaluation set: recall per defect class, TUNE and HELD apart.

    make eval                                   # = .venv/bin/python eval/score.py
    .venv/bin/python eval/score.py --per-form   # recall per form, TUNE half only
    .venv/bin/python eval/score.py --show dates # up to 20 missed TUNE cases of a class
    .venv/bin/python eval/score.py --seeds 1 2  # other seeds (default: 1 2 3 4 5)

TUNE = tune documents x tune forms; HELD = held documents x held forms; HELD-B = held
documents x the second to sixth sets of held forms (forms_held_b, _c, _d, _e, _f). The held columns are only ever
reported in aggregate: there is no option that prints their cases or their forms.

Every injected document is cleaned in-process with ``cleaner.pipeline.clean`` and judged
against its gold (see eval/README.md for the rules):

- remove: caught when the tool's removals take >= 90% of the span's non-space characters;
- fix: caught when what the tool made of the span is exactly the expected text;
- flag: caught when a tool flag overlaps the span, or the tool repaired it to the base text;
- keep (protected spans): a violation when the tool changed anything inside the span.

What the tool made of a raw span is computed from the record: the edits of every step are
replayed on the raw text, each character carrying the raw span it came from, so a repair
made in two steps (an entity decoded, then the space it gave removed) is judged by its end
result, and characters a removal took are known exactly.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from multiprocessing import Pool

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
# The checkout this scorer lives in, ahead of an editable install of another one: a worktree
# measures its own rules.
sys.path.insert(1, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

import inject
from common import BASE_HALF, FORM_HALVES, HALF_NAMES, OUT, is_han, load_base, loose

from cleaner.pipeline import clean

CLASSES = inject.DEFECT_FAMILIES
META_FIELDS = ("title", "publisher", "publish_date", "written_date", "doc_number", "index_number")
REMOVE_SHARE = 0.9
LEGIT_SPACE = re.compile(r"(?m)(?:^第[一二三四五六七八九十百]+[章条]|^国务院总理)([ \u3000])(?=\S)")


# --- what the tool did to each raw character ---------------------------------------------

class Provenance:
    """Replays a Cleaned record; every clean character knows the raw span it came from."""

    def __init__(self, raw: str, cleaned):
        assert "\r" not in raw, "the evaluation documents use LF only"
        text = raw
        tags = [(i, i + 1) for i in range(len(raw))]
        for step in cleaned.steps:
            if not step.edits:
                continue
            ordered = sorted(step.edits, key=lambda e: (e.start, e.end))
            new_text, new_tags, cur = [], [], 0
            for e in ordered:
                new_text.append(text[cur:e.start])
                new_tags.extend(tags[cur:e.start])
                replaced = tags[e.start:e.end]
                if replaced:
                    a, b = min(t[0] for t in replaced), max(t[1] for t in replaced)
                elif e.start < len(tags):
                    # an insertion: where the next character came from; inside the text an
                    # earlier step wrote for a wider raw span (its characters all carry it), that span
                    a = tags[e.start][0]
                    b = max(a, new_tags[-1][1] if new_tags else a)
                else:
                    a = b = tags[-1][1] if tags else 0
                new_text.append(e.new)
                new_tags.extend([(a, b)] * len(e.new))
                cur = e.end
            new_text.append(text[cur:])
            new_tags.extend(tags[cur:])
            text, tags = "".join(new_text), new_tags
        if text != cleaned.text:
            raise AssertionError("replaying the record does not give the clean text")
        self.raw = raw
        self.text = text
        self.tags = tags
        self.a_list = [a for a, _ in tags]
        self.b_list = [b for _, b in tags]
        assert all(x <= y for x, y in zip(self.a_list, self.a_list[1:])), "tags out of raw order"
        assert all(x <= y for x, y in zip(self.b_list, self.b_list[1:])), "tags out of raw order"
        covered = [0] * (len(raw) + 1)
        for a, b in tags:
            if a < b:
                covered[a] += 1
                covered[b] -= 1
        run, self.kept = 0, []
        for i in range(len(raw)):
            run += covered[i]
            self.kept.append(run > 0)

    def removed(self, i: int) -> bool:
        return not self.kept[i]

    def _window(self, s: int, e: int) -> range:
        # Tags keep raw order (an edit's output sits between its neighbours), so both ends
        # of the tags are non-decreasing and the ones touching [s, e] form one run.
        return range(bisect_left(self.b_list, s), bisect_right(self.a_list, e))

    def output(self, s: int, e: int) -> tuple[str, int, int]:
        """What the raw span [s, e) became, widened to whole tool edits that straddle it."""
        while True:
            ws, we = s, e
            for k in self._window(s, e):
                a, b = self.tags[k]
                if a < e and b > s and not (s <= a and b <= e):
                    ws, we = min(ws, a), max(we, b)
            if (ws, we) == (s, e):
                break
            s, e = ws, we
        out = []
        for k in self._window(s, e):
            a, b = self.tags[k]
            if (s <= a and b <= e and a < b) or (a == b and s <= a <= e):
                out.append(self.text[k])
        return "".join(out), s, e


def overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    if a0 == a1:
        return b0 <= a0 < b1 or (b0 == b1 == a0)
    return a0 < b1 and b0 < a1


# --- judging one document ----------------------------------------------------------------

def judge(item: inject.Injected, cleaned) -> dict:
    raw = item.raw
    prov = Provenance(raw, cleaned)
    spans = item.spans
    findings = cleaned.findings
    flags = [f for f in findings if f.action == "flag"]
    edits = [f for f in findings if f.action != "flag"]
    defect = [sp for sp in spans if sp["class"] != "protected"]
    results = []
    for sp in spans:
        s, e = sp["start"], sp["end"]
        res = {"class": sp["class"], "form": sp["form"], "action": sp["action"], "start": s, "end": e,
               "text": sp["text"], "expected": sp["expected"]}
        out, ws, we = prov.output(s, e)
        want = _expected_window(raw, spans, ws, we) if (ws, we) != (s, e) else sp["expected"]
        flagged = any(overlaps(f.start, f.end, s, e) for f in flags)
        if sp["action"] == "remove":
            share = _removed_share(prov, raw, s, e)
            res["caught"] = share >= REMOVE_SHARE
            res["how"] = f"removed {share:.0%}"
            if not res["caught"] and sp.get("alt"):
                a, b = sp["alt"]
                alt_share = _removed_share(prov, raw, a, b)
                if alt_share >= REMOVE_SHARE:
                    res["caught"], res["how"] = True, "removed the first occurrence instead"
            if not res["caught"] and flagged:
                res["how"] += ", flagged"
        elif sp["action"] == "fix":
            res["caught"] = out == want
            res["how"] = "fixed" if res["caught"] else ("flagged, not fixed" if flagged else "not fixed")
        elif sp["action"] == "flag":
            repaired = sp.get("repair") is not None and out == (sp["repair"] if (ws, we) == (s, e) else
                                                                _repaired_window(raw, spans, ws, we))
            res["caught"] = flagged or repaired
            res["how"] = "flagged" if flagged else ("repaired" if repaired else
                                                    ("changed, not flagged" if out != sp["text"] else "untouched"))
        else:  # keep
            res["violated"] = out != sp["text"]
            res["how"] = "changed" if res["violated"] else "kept"
        if sp["class"] == "ads":
            res["stands"] = _stands(raw, s, e)
        if res.get("caught") is False:
            res["miss"] = _miss_kind(sp, out, flagged, res["how"])
        if res.get("caught") is False or res.get("violated"):
            res["tool_output"] = out
            res["tool_findings"] = [(f.rule, f.action, f.start, f.end, f.before[:60], f.after[:60])
                                    for f in findings if overlaps(f.start, f.end, s, e) or
                                    (f.action != "flag" and overlaps(f.start, f.end, max(0, s - 1), e + 1))][:6]
        results.append(res)

    # real content lost: Han characters outside every defect span that the tool removed
    outside = [True] * len(raw)
    for sp in defect:
        for i in range(sp["start"], sp["end"]):
            outside[i] = False
    for s, e, _ in item.blemishes:
        for i in range(s, e):
            outside[i] = False
    for sp, res in zip(spans, results):
        if sp.get("alt") and res.get("how") == "removed the first occurrence instead":
            for i in range(*sp["alt"]):
                outside[i] = False
    lost = [i for i in range(len(raw)) if outside[i] and prov.removed(i) and is_han(raw[i])]
    twin = _other_copies(prov, raw, lost, defect)
    lost_rules = Counter()
    for i in lost:
        rule = next((f.rule for f in edits if f.action == "remove" and f.start <= i < f.end), "?")
        lost_rules[rule] += 1

    # flags: on a gold defect span (or a dup's first occurrence), on a blemish, or false
    on_gold = on_blemish = 0
    false_flags = []
    for f in flags:
        if any(overlaps(f.start, f.end, b0, b1) for b0, b1, _ in item.blemishes):
            on_blemish += 1
        elif any(overlaps(f.start, f.end, sp["start"], sp["end"]) or
                 (sp.get("alt") and overlaps(f.start, f.end, *sp["alt"])) for sp in defect):
            on_gold += 1
        else:
            false_flags.append((f.rule, f.start, f.end, f.before[:40]))

    # legitimate spaces (第X章　 / 第X条　 headings, a byline's gap) outside every gold span: must stay
    legit = legit_changed = 0
    for m in LEGIT_SPACE.finditer(raw):
        s, e = m.start(1), m.end(1)
        if any(overlaps(s, e, sp["start"], sp["end"]) for sp in spans):
            continue
        legit += 1
        legit_changed += prov.output(s, e)[0] != raw[s:e]

    meta = {}
    for key, gold in item.metadata.items():
        if key in META_FIELDS:
            got = cleaned.metadata.get(key)
            meta[key] = (loose(got) == loose(gold), gold, got)
    if item.metadata.get("title"):  # the clean text must start with the title, chrome or ads before it gone
        first = next((line.strip() for line in cleaned.text.splitlines() if line.strip()), "")
        meta["first_line"] = (loose(first) == loose(item.metadata["title"]), item.metadata["title"], first)
    return {"doc": item.doc_id, "half": item.half, "chars": len(raw), "spans": results,
            "lost_han": len(lost), "lost_twin": twin, "lost_rules": dict(lost_rules), "lost_text": _runs(raw, lost)[:5],
            "flags": len(flags), "flags_on_gold": on_gold, "flags_on_blemish": on_blemish,
            "false_flags": false_flags[:20], "metadata": meta, "legit": (legit_changed, legit)}


def _other_copies(prov: Provenance, raw: str, lost: list[int], defect: list[dict]) -> int:
    """How many of the lost characters are the other copy of a gold dup or chrome span that the
    tool kept (it removed the first copy of a repeat where the gold, without ``alt``, names the
    second): the text survives once, so it is reported apart from content really lost."""
    n = 0
    for group in _groups(lost):
        text = raw[group[0]:group[-1] + 1].strip()
        if text and any(sp["class"] in ("dup", "chrome") and text in raw[sp["start"]:sp["end"]]
                        and _removed_share(prov, raw, sp["start"], sp["end"]) < 0.5 for sp in defect):
            n += len(group)
    return n


_OPENERS, _CLOSERS = "([{<（【〖〔「『〈［", ")]}>）】〗〕」』〉］"
STANDS = ("own line(s)", "in brackets", "after the last sentence", "splitting a word", "inside a sentence")


def _stands(raw: str, s: int, e: int) -> str:
    """Where an injected ad stands in its document, read off the raw text around it (for the
    aggregate table of misses by position; no text is shown)."""
    text = raw[s:e].strip()
    # The ad's own line breaks (an ad line's span may hold the break before or after it) are no context.
    s += len(raw[s:e]) - len(raw[s:e].lstrip("\n"))
    e -= len(raw[s:e]) - len(raw[s:e].rstrip("\n"))
    before, after = raw[s - 1:s] if s else "\n", raw[e:e + 1] or "\n"
    if text[:1] in _OPENERS and text[-1:] in _CLOSERS:
        return STANDS[1]
    if before == "\n" and after == "\n":
        return STANDS[0]
    if after == "\n":
        return STANDS[2]
    if is_han(before) and is_han(after):
        return STANDS[3]
    return STANDS[4]


def _miss_kind(sp: dict, out: str, flagged: bool, how: str) -> str:
    """Why a gold span was missed: flagged only, changed but not as the gold wants, or untouched."""
    if sp["action"] == "remove":
        if not how.startswith("removed 0%"):
            return "changed"  # part of it removed
    elif out != sp["text"]:
        return "changed"
    return "flagged" if flagged else "untouched"


def _removed_share(prov: Provenance, raw: str, s: int, e: int) -> float:
    idx = [i for i in range(s, e) if not raw[i].isspace()]
    if not idx:
        idx = list(range(s, e))
    return sum(prov.removed(i) for i in idx) / len(idx) if idx else 0.0


def _expected_window(raw: str, spans, ws: int, we: int) -> str:
    """The raw window with every gold span inside it replaced by its expected text."""
    out, cur = [], ws
    for sp in spans:
        if ws <= sp["start"] and sp["end"] <= we:
            out.append(raw[cur:sp["start"]])
            out.append(sp["expected"])
            cur = sp["end"]
    out.append(raw[cur:we])
    return "".join(out)


def _repaired_window(raw: str, spans, ws: int, we: int) -> str:
    out, cur = [], ws
    for sp in spans:
        if ws <= sp["start"] and sp["end"] <= we:
            out.append(raw[cur:sp["start"]])
            out.append(sp["repair"] if sp["action"] == "flag" and sp.get("repair") is not None else sp["expected"])
            cur = sp["end"]
    out.append(raw[cur:we])
    return "".join(out)


def _groups(idx: list[int]) -> list[list[int]]:
    """Sorted indices in runs, a gap of up to 3 characters kept inside a run."""
    groups: list[list[int]] = []
    for i in idx:
        if groups and i <= groups[-1][-1] + 3:
            groups[-1].append(i)
        else:
            groups.append([i])
    return groups


def _runs(raw: str, idx: list[int]) -> list[str]:
    return [raw[g[0]:g[-1] + 1] for g in _groups(idx)]


# --- the run -------------------------------------------------------------------------------

_DOCS: dict = {}


def _init():
    for doc in load_base():
        _DOCS[(doc.half, doc.id)] = doc


def task_injected(args):
    half, doc_id, seed = args
    item = inject.inject(_DOCS[(BASE_HALF[half], doc_id)], seed, half)
    inject.write_all([item])
    try:
        cleaned = clean(item.raw, item.doc_id)
    except Exception as exc:  # a crash costs the document, and is reported
        return {"doc": item.doc_id, "half": half, "error": f"{type(exc).__name__}: {exc}",
                "spans": [dict(sp, caught=False, how="tool crashed") for sp in item.spans], "chars": len(item.raw),
                "lost_han": 0, "lost_rules": {}, "lost_text": [], "flags": 0, "flags_on_gold": 0,
                "flags_on_blemish": 0, "false_flags": [], "metadata": {}, "legit": (0, 0)}
    return judge(item, cleaned)


def task_base(args):
    half, doc_id = args
    doc = _DOCS[(half, doc_id)]
    cleaned = clean(doc.text, doc.id)
    flags = [f for f in cleaned.findings if f.action == "flag"]
    false = [f for f in flags if not any(overlaps(f.start, f.end, s, e) for s, e, _ in doc.blemishes)]
    return {"doc": doc.id, "half": half, "chars": len(doc.text), "flags": len(flags), "false": len(false),
            "false_list": [(f.rule, f.before[:40]) for f in false][:10]}


def run(seeds, jobs: int, halves: tuple[str, ...] = FORM_HALVES):
    """Inject and clean every document of ``halves`` (--tune-only: the TUNE half alone, so
    that tuning never injects, cleans or waits for a held document)."""
    _init()
    tasks = [(h, d.id, s) for h in halves if inject.FORMS[h]
             for d in sorted(_DOCS.values(), key=lambda d: (d.half, d.id)) if d.half == BASE_HALF[h] for s in seeds]
    base_halves = {BASE_HALF[h] for h in halves}
    base_tasks = [(d.half, d.id) for d in sorted(_DOCS.values(), key=lambda d: (d.half, d.id)) if d.half in base_halves]
    if jobs > 1:
        with Pool(jobs, initializer=_init) as pool:
            injected = pool.map(task_injected, tasks, chunksize=4)
            base = pool.map(task_base, base_tasks, chunksize=4)
    else:
        injected = [task_injected(t) for t in tasks]
        base = [task_base(t) for t in base_tasks]
    return injected, base


# --- reporting -----------------------------------------------------------------------------

def pct(k: int, n: int) -> str:
    return f"{100 * k / n:.1f}% ({k}/{n})" if n else "–"


def aggregate(injected, base) -> dict:
    agg = {}
    for half in FORM_HALVES:
        docs = [r for r in injected if r["half"] == half]
        if not docs:
            continue
        spans = [sp for r in docs for sp in r["spans"]]
        ads = [sp for sp in spans if sp["class"] == "ads"]
        stands = {k: (sum(sp["caught"] for sp in ads if sp.get("stands") == k),
                      sum(sp.get("stands") == k for sp in ads)) for k in STANDS}
        per_class, misses = {}, {}
        for cls in CLASSES:
            group = [sp for sp in spans if sp["class"] == cls]
            misses[cls] = Counter(sp["miss"] for sp in group if sp.get("miss"))
            actions = Counter(sp["action"] for sp in group)
            per_class[cls] = (sum(sp["caught"] for sp in group), len(group),
                              "/".join(f"{a} {actions[a]}" if len(actions) > 1 else a for a in sorted(actions)))
        protected = [sp for sp in spans if sp["class"] == "protected"]
        meta = defaultdict(lambda: [0, 0])
        for r in docs:
            for key, (ok, _, _) in r["metadata"].items():
                meta[key][0] += ok
                meta[key][1] += 1
        bdocs = [b for b in base if b["half"] == BASE_HALF[half]]
        chars = sum(r["chars"] for r in docs)
        agg[half] = {
            "docs": len(docs), "chars": chars, "errors": [r["doc"] for r in docs if r.get("error")],
            "per_class": per_class, "misses": misses, "ads_stands": stands,
            "flags": sum(r["flags"] for r in docs), "flags_on_gold": sum(r["flags_on_gold"] for r in docs),
            "flags_on_blemish": sum(r["flags_on_blemish"] for r in docs),
            "lost_han": sum(r["lost_han"] for r in docs),
            "lost_rules": sum((Counter(r["lost_rules"]) for r in docs), Counter()),
            "lost_twin": sum(r.get("lost_twin", 0) for r in docs),
            "protected": (sum(sp.get("violated", False) for sp in protected), len(protected)),
            "legit": (sum(r["legit"][0] for r in docs), sum(r["legit"][1] for r in docs)),
            "meta": dict(meta),
            "base_docs": len(bdocs), "base_chars": sum(b["chars"] for b in bdocs),
            "base_false": sum(b["false"] for b in bdocs),
        }
    return agg


def tables(agg: dict, seeds, elapsed: float, hidden: tuple = ()) -> str:
    """Two Markdown tables with a column per scored half; the halves in ``hidden`` show "(hidden)"."""
    halves = [h for h in FORM_HALVES if h in agg]
    names = [HALF_NAMES[h] for h in halves]
    cols = [agg[h] for h in halves]
    t = agg["tune"]

    def cell(half, text):
        return "(hidden)" if half in hidden else text

    def row(name, values):
        lines.append(f"| {name} | " + " | ".join(cell(h, v) for h, v in zip(halves, values)) + " |")

    lines = [f"Evaluation set: {' + '.join(str(agg[h]['base_docs']) for h in halves if h in ('tune', 'held'))} base documents "
             f"(TUNE + HELD; HELD-B to HELD-F put other forms on the HELD documents), seeds {' '.join(map(str, seeds))}: "
             f"{' + '.join(str(c['docs']) for c in cols)} injected documents ({' + '.join(names)}).", "",
             "### Recall per defect class", "",
             "| class | gold action | " + " | ".join(f"{n} recall" for n in names) + " |",
             "| --- | --- | " + " | ".join("---" for _ in names) + " |"]
    for cls in CLASSES:
        acts = [c["per_class"][cls][2] for c in cols]
        action = acts[0] if len(set(a for a in acts if a)) <= 1 else "; ".join(
            f"{n} {a}" for n, a in zip(names, acts))
        row(f"{cls} | {action}", [pct(*c["per_class"][cls][:2]) for c in cols])
    row("**all** | ", [f"**{pct(sum(v[0] for v in c['per_class'].values()), sum(v[1] for v in c['per_class'].values()))}**"
                       for c in cols])
    lines += ["", "### What became of the misses", "",
              "Each missed gold span: flagged only (the defect is pointed at, not repaired or removed), "
              "changed but not as the gold wants (a partial removal, another repair), or untouched.", "",
              "| class | " + " | ".join(f"{n} flagged / changed / untouched" for n in names) + " |",
              "| --- | " + " | ".join("---" for _ in names) + " |"]
    for cls in CLASSES:
        row(cls, [" / ".join(str(c["misses"][cls][k]) for k in ("flagged", "changed", "untouched")) for c in cols])
    lines += ["", "### Ads by where they stand", "",
              "Recall of the injected ads by their place in the raw text (a whole line, a bracketed span, "
              "a tail glued after the last sentence, between two Han characters of one word or clause, elsewhere "
              "inside a sentence).", "",
              "| ad stands | " + " | ".join(names) + " |", "| --- | " + " | ".join("---" for _ in names) + " |"]
    for k in STANDS:
        row(k, [pct(*c["ads_stands"][k]) if c["ads_stands"][k][1] else "–" for c in cols])
    lines += ["", "### Precision, collateral damage, metadata", "",
              "| measure | " + " | ".join(names) + " |", "| --- | " + " | ".join("---" for _ in names) + " |"]
    row("flag precision (flags on a gold span / all flags)",
        [pct(c["flags_on_gold"], c["flags"] - c["flags_on_blemish"]) for c in cols])
    row("real content lost (Han characters outside gold spans removed)",
        [f"{c['lost_han']} ({1e5 * c['lost_han'] / c['chars']:.1f} per 100k chars)"
         + (f"; {c['lost_twin']} of them the other copy of a kept duplicate" if c["lost_twin"] else "") for c in cols])
    row("protected spans changed", [pct(*c["protected"]) for c in cols])
    row("legitimate spaces changed (第X章　/第X条　, byline gap)", [pct(*c["legit"]) for c in cols])
    for key in META_FIELDS:
        vals = [c["meta"].get(key, [0, 0]) for c in cols]
        if any(v[1] for v in vals):
            row(f"metadata `{key}` exact", [pct(*v) for v in vals])
    row("clean text starts with the title", [pct(*c["meta"].get("first_line", [0, 0])) for c in cols])
    row("false flags per 100k chars, uninjected base documents",
        [f"{1e5 * c['base_false'] / c['base_chars']:.1f} ({c['base_false']} in {c['base_chars']:,} chars)" for c in cols])
    notes = ["Flags on the known blemishes of the reference reports are left out of the precision ("
             + ", ".join(f"{c['flags_on_blemish']} {n}" for h, n, c in zip(halves, names, cols) if h not in hidden)
             + ") and of the false-flag rate."]
    for half, name, c in zip(halves, names, cols):
        if c["lost_han"] and half not in hidden:  # which rules took real content: where to look first
            notes.append(f"{name}: real content lost by rule: "
                         + ", ".join(f"{rule} {n}" for rule, n in c["lost_rules"].most_common()) + ".")
        if c["errors"] and half not in hidden:
            notes.append(f"{name}: the tool crashed on {len(c['errors'])} document(s).")
    lines += ["", *notes, "", f"Run time {elapsed:.0f} s."]
    return "\n".join(lines)


def per_form(injected) -> str:
    rows = defaultdict(lambda: [0, 0, Counter()])
    for r in injected:
        if r["half"] != "tune":
            continue
        for sp in r["spans"]:
            if sp["class"] == "protected":
                key = (sp["form"], "keep")
                rows[key][0] += not sp["violated"]
            else:
                key = (sp["form"], sp["action"])
                rows[key][0] += sp["caught"]
            rows[key][1] += 1
            rows[key][2][_outcome(sp)] += 1
    out = ["### TUNE recall per form (protected: share kept intact)", "",
           "| form | action | recall | outcomes |", "| --- | --- | --- | --- |"]
    for (form, action), (k, n, hows) in sorted(rows.items()):
        out.append(f"| {form} | {action} | {pct(k, n)} | {', '.join(f'{h} {c}' for h, c in hows.most_common(3))} |")
    return "\n".join(out)


def _outcome(sp: dict) -> str:
    how = sp["how"]
    if not how.startswith("removed ") or not how.split()[1][:1].isdigit():
        return how  # "removed the first occurrence instead": a whole outcome of its own
    share = float(how.split()[1].rstrip("%,")) / 100
    label = "removed" if share >= REMOVE_SHARE else ("kept" if share == 0 else "partly removed")
    return label + (", flagged" if how.endswith("flagged") else "")


def show(injected, cls: str, limit: int = 20) -> str:
    out = [f"### Missed TUNE cases of {cls} (up to {limit})", ""]
    n = 0
    texts = {}
    for r in injected:
        if r["half"] != "tune":
            continue
        for sp in r["spans"]:
            missed = sp.get("violated") if cls == "protected" else (sp["class"] == cls and not sp.get("caught"))
            if sp["class"] != cls or not missed:
                continue
            if r["doc"] not in texts:
                texts[r["doc"]] = (OUT / "injected" / "tune" / f"{r['doc']}.txt").read_text(encoding="utf-8")
            raw = texts[r["doc"]]
            s, e = sp["start"], sp["end"]
            snippet = raw[max(0, s - 25):s] + "⟦" + raw[s:e] + "⟧" + raw[e:e + 25]
            out.append(f"- {r['doc']} {sp['form']} ({sp['action']}, {sp['how']}) at {s}-{e}")
            out.append(f"    raw:      {snippet!r}")
            out.append(f"    expected: {sp['expected']!r}   tool made: {sp.get('tool_output')!r}")
            for f in sp.get("tool_findings", []):
                out.append(f"    tool: {f[0]} {f[1]} {f[2]}-{f[3]} {f[4]!r} -> {f[5]!r}")
            n += 1
            if n >= limit:
                return "\n".join(out)
    if n == 0:
        out.append("(none)")
    return "\n".join(out)


def _oracle(item: inject.Injected, two_steps: bool):
    """A pretend cleaner that does exactly what the gold says (in one step, or split over two)."""
    from types import SimpleNamespace

    from cleaner.edits import apply
    from cleaner.types import Edit, Finding, Step
    first, second, findings = [], [], []
    for sp in item.spans:
        s, e, text, want = sp["start"], sp["end"], sp["text"], sp["expected"]
        if sp["action"] == "flag":
            findings.append(Finding("oracle.flag", "flag", s, e, text, text, "oracle", 9, s))
        elif sp["action"] in ("remove", "fix"):
            action = "remove" if want == "" else "fix"
            findings.append(Finding("oracle.edit", action, s, e, text, want, "oracle", 0, s))
            if not two_steps:
                first.append(Edit(s, e, text, want, "oracle"))
            elif want == "" and sp["action"] == "fix":  # a space-like fix: to NBSP, then removed
                first.append(Edit(s, e, text, "\u00a0", "oracle"))
                second.append((s, "\u00a0", ""))
            elif want == "":  # a removal in two halves
                mid = s + (e - s) // 2
                first.append(Edit(s, mid, text[:mid - s], "", "oracle"))
                second.append((s, text[mid - s:], ""))
            else:
                first.append(Edit(s, e, text, want, "oracle"))
    text1 = apply(item.raw, first)
    steps = [Step("oracle.first", tuple(first))]
    if second:
        # positions of the leftovers in text1: replay the shifts of the first step
        shifted, edits2 = 0, []
        marks = sorted(second)
        k = 0
        for ed in sorted(first, key=lambda x: x.start):
            while k < len(marks) and marks[k][0] < ed.start:
                k += 1
            if k < len(marks) and marks[k][0] == ed.start:
                pos = ed.start + shifted + len(ed.new) if ed.new == "" else ed.start + shifted
                old = marks[k][1]
                edits2.append(Edit(pos, pos + len(old), old, "", "oracle"))
                k += 1
            shifted += len(ed.new) - (ed.end - ed.start)
        steps.append(Step("oracle.second", tuple(edits2)))
        text1 = apply(text1, edits2)
    return SimpleNamespace(steps=tuple(steps), findings=tuple(findings), text=text1, metadata=dict(item.metadata))


def selftest(seeds) -> int:
    """The scorer against pretend cleaners: a perfect one (in one step or two) must score 100%
    with nothing lost, a null one 0%, and one that also deletes a paragraph loses exactly its Han
    characters. This checks the scoring of every scored set (TUNE and each held set) without
    looking at the tool's results, and prints the perfect cleaner's recall per class and set."""
    from types import SimpleNamespace
    problems = 0
    recall = defaultdict(lambda: [0, 0])  # (half, class) -> [caught, total], the one-step oracle
    for item in inject.build(seeds, write=False):
        for name, cleaned in (("oracle", _oracle(item, False)), ("oracle-2-steps", _oracle(item, True))):
            if cleaned.text != item.target:
                print(f"{item.doc_id} {name}: the pretend cleaner does not produce the target text")
                problems += 1
                continue
            r = judge(item, cleaned)
            if name == "oracle":
                for sp in r["spans"]:
                    cell = recall[(item.half, sp["class"])]
                    cell[0] += (not sp["violated"]) if sp["class"] == "protected" else sp["caught"]
                    cell[1] += 1
            missed = [sp for sp in r["spans"] if sp.get("caught") is False or sp.get("violated")]
            if (missed or r["lost_han"] or r["false_flags"] or r["legit"][0]
                    or not all(ok for ok, _, _ in r["metadata"].values())):
                problems += 1
                print(f"{item.doc_id} {name}: {len(missed)} missed, lost {r['lost_han']}, "
                      f"false flags {len(r['false_flags'])}, metadata {r['metadata']}")
        # a greedy pretend cleaner that also removes one whole base paragraph: exactly its Han count is lost
        pos, line_span = 0, None
        for line in item.raw.split("\n"):
            s, e = pos, pos + len(line)
            clear = not any(sp["start"] <= e and s < sp["end"] or (sp.get("alt") and sp["alt"][0] <= e and s < sp["alt"][1])
                            for sp in item.spans)
            clear = clear and not any(b0 < e and s < b1 for b0, b1, _ in item.blemishes)
            if len(line) > 30 and clear and e < len(item.raw):
                line_span = (s, e + 1)
                break
            pos = e + 1
        if line_span:
            from cleaner.edits import apply
            from cleaner.types import Edit, Step
            s, e = line_span
            ed = Edit(s, e, item.raw[s:e], "", "greedy")
            greedy = SimpleNamespace(steps=(Step("greedy", (ed,)),), findings=(), text=apply(item.raw, [ed]),
                                     metadata={})
            want = sum(is_han(c) for c in item.raw[s:e])
            if judge(item, greedy)["lost_han"] != want:
                problems += 1
                print(f"{item.doc_id} greedy: lost Han miscounted")
        null = SimpleNamespace(steps=(), findings=(), text=item.raw, metadata={})
        r = judge(item, null)
        caught = [sp for sp in r["spans"] if sp.get("caught") or sp.get("violated")]
        if caught or r["lost_han"]:
            problems += 1
            print(f"{item.doc_id} null: {len(caught)} caught, lost {r['lost_han']}")
    halves = [h for h in FORM_HALVES if any(k[0] == h for k in recall)]
    print("perfect cleaner, recall per class (protected: share kept):")
    print("| class | " + " | ".join(HALF_NAMES[h] for h in halves) + " |")
    print("| --- | " + " | ".join("---" for _ in halves) + " |")
    for cls in CLASSES + ("protected",):
        print(f"| {cls} | " + " | ".join(pct(*recall[(h, cls)]) if recall[(h, cls)][1] else "–" for h in halves) + " |")
    short = [(h, c) for (h, c), (k, n) in recall.items() if n and k < n]
    if short:
        problems += len(short)
        print("perfect cleaner below 100%:", ", ".join(f"{HALF_NAMES[h]} {c}" for h, c in short))
    print("scorer self-test:", "OK" if not problems else f"{problems} problem(s)")
    return 1 if problems else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seeds", type=int, nargs="+", default=list(inject.DEFAULT_SEEDS))
    ap.add_argument("--jobs", type=int, default=min(2, os.cpu_count() or 1))
    ap.add_argument("--per-form", action="store_true", help="recall per form, TUNE half only")
    ap.add_argument("--show", metavar="CLASS", choices=CLASSES + ("protected",),
                    help="print up to 20 missed TUNE cases of a class")
    ap.add_argument("--tune-only", action="store_true",
                    help="score the TUNE half alone (use this while tuning: the HELD score is read once, at the end)")
    ap.add_argument("--selftest", action="store_true",
                    help="check the scorer itself against pretend cleaners (perfect, two-step, null)")
    args = ap.parse_args()
    if args.selftest:
        return selftest(args.seeds)
    started = time.time()
    injected, base = run(args.seeds, args.jobs, ("tune",) if args.tune_only else FORM_HALVES)
    agg = aggregate(injected, base)
    hidden = tuple(h for h in FORM_HALVES if h != "tune") if args.tune_only else ()
    report = tables(agg, args.seeds, time.time() - started, hidden)
    print(report)
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "report.md").write_text(report + "\n", encoding="utf-8")
    tune_only = [r for r in injected if r["half"] == "tune"]
    (OUT / "tune_results.json").write_text(json.dumps(tune_only, ensure_ascii=False), encoding="utf-8")
    if args.per_form:
        print()
        print(per_form(injected))
    if args.show:
        print()
        print(show(injected, args.show))
    return 0


if __name__ == "__main__":
    sys.exit(main())
