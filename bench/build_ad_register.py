"""Build cleaner/data/ad_register.tsv: how much each pair of characters says "an ad's words",
against "government text's words", for the learned register cue of the ad rules
(cleaner/adregister.py, :func:`ad_likeness`).

gov_pairs.tsv (bench/build_gov_pairs.py) knows one side only: the pairs government text writes. An
ad is told apart by what it does write as well: 群号, 回复, 领取, 私信, 上岸, 包过, a digit run beside a
letter run. This table is a naive Bayes weight per pair: the log of how much likelier the pair is in
a line of an ad than in a line of government text, each line counted once per pair.

The sources are TUNE material only (the held half of the evaluation set, and the held-out ad set,
are what the tool is judged on, so none of their words may be in the tool):

- ads: the ad fuzzer's pool (eval/fuzz_ads_pool.py, 293 ads of eight families, written by a helper
  who never read the rules) and the ads the evaluation set's TUNE forms inject (eval/inject.py, the
  TUNE half of seeds 1-20: the forms of other writers), and the ads two more helpers wrote for this
  table (eval/register_sources/ads_*.jsonl: 594 of 15 families, each writer told to be a different
  spammer; five copy-site footer lines taken out, they are chrome);
- government text: every line and sentence of the TUNE base documents (eval/base/tune), the
  pool's look-alikes, and the documents of the look-alike sets (eval/lookalike_docs: legit,
  asides, between, broken: a notice's own contact lines, asides and instructions in the ads'
  words), which is why the look-alike counts of eval/lookalike_ads.py are read on training
  material once this table is in use, and the legitimate lines the two helpers wrote beside their
  ads (eval/register_sources/legit_*.jsonl: 600 lines of a government's own in the ads' words: its
  contact lines and accounts, 扫码报名, 免费领取 of seeds, anti-fraud warnings). The held-out scores
  are the honest ones.

Characters are folded first (:func:`cleaner.adregister.register_form`: width, digits to 0, Latin
letters to a, runs shortened), so a pair is a shape as much as a word. A pair the table does not
hold weighs :data:`UNSEEN` (written in the header): a pair neither side wrote is more often an
ad's (an ad's ids, emoji and odd spellings) than government text's.

    python bench/build_ad_register.py         # rewrite cleaner/data/ad_register.tsv
"""

from __future__ import annotations

import json
import math
import sys
from collections import Counter
from pathlib import Path

import regex

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "eval"))

from cleaner.adregister import register_pairs  # noqa: E402
from fuzz_ads_pool import ADS, LOOKALIKES  # noqa: E402

OUT = REPO / "cleaner" / "data" / "ad_register.tsv"
GOV_FOLDERS = [REPO / "eval" / "base" / "tune"] + [REPO / "eval" / "lookalike_docs" / sub
                                                   for sub in ("legit", "asides", "between", "broken")]
SOURCES = REPO / "eval" / "register_sources"  # lines two more helpers wrote for this table (round 55)
SMOOTH = 0.1  # added to each count: a pair one side never wrote still has a small chance there
_PIECE = regex.compile(r"[^\u3002\uff01\uff1f!?\uff1b;\n]++[\u3002\uff01\uff1f!?\uff1b;]*+")
_MAX = 80  # characters of a line or sentence the table reads, at most (as the ad rules read one)


def government_lines() -> list[str]:
    """Every line, and every sentence of a longer line, of the government-text sources."""
    out = [x["text"] for x in LOOKALIKES]
    for folder in GOV_FOLDERS:
        for path in sorted(folder.glob("*.txt")):
            for line in path.read_text(encoding="utf-8").splitlines():
                line = line.strip()
                pieces = [line] if len(line) <= _MAX else [p.strip() for p in _PIECE.findall(line)]
                out += [p for p in pieces if 2 <= len(p) <= _MAX]
    return out


def tune_form_ads(seeds=range(1, 21)) -> list[str]:
    """The ads the evaluation set's TUNE forms inject into its TUNE documents (eval/inject.py),
    each once: the forms of other writers than the pool's."""
    import inject  # noqa: PLC0415  (eval/, on the path above; only its TUNE half is built)
    found: dict[str, None] = {}
    for item in inject.build(seeds=tuple(seeds), half="tune", write=False):
        for span in item.spans:
            if span.get("class") == "ads" and item.half == "tune":
                found[item.raw[span["start"]:span["end"]].strip()] = None
    return [a for a in found if a]


def written_set(kind: str) -> list[str]:
    """The lines of eval/register_sources/<kind>_*.jsonl (kind: ads or legit)."""
    out = []
    for path in sorted(SOURCES.glob(f"{kind}_*.jsonl")):
        out += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return out


def weights() -> tuple[dict[str, float], float]:
    ads = [a["text"] for a in ADS] + tune_form_ads() + written_set("ads")
    gov = government_lines() + written_set("legit")
    in_ads, in_gov = Counter(), Counter()
    for line in ads:
        in_ads.update(set(register_pairs(line)))
    for line in gov:
        in_gov.update(set(register_pairs(line)))
    n_ads, n_gov = len(ads) + 1, len(gov) + 1

    def weight(pair: str) -> float:
        return math.log((in_ads[pair] + SMOOTH) / n_ads) - math.log((in_gov[pair] + SMOOTH) / n_gov)

    unseen = math.log(n_gov / n_ads)
    return {p: weight(p) for p in set(in_ads) | set(in_gov)}, unseen


def main() -> int:
    table, unseen = weights()
    # Rounded to a tenth; a pair weighing about what an unseen one weighs is left out (the file stays small).
    rows = sorted((p, round(w, 1)) for p, w in table.items() if abs(w - unseen) >= 0.5)
    head = (f"## ad register weights (bench/build_ad_register.py): pair<TAB>weight, {len(rows)} pairs\n"
            f"##unseen\t{unseen:.2f}\n")
    OUT.write_text(head + "".join(f"{p}\t{w}\n" for p, w in rows), encoding="utf-8")
    print(f"{OUT}: {len(rows)} pairs, unseen {unseen:.2f}, {OUT.stat().st_size} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
