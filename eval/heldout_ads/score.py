#!/usr/bin/env python3
"""Score the cleaner on the held-out advertisement corpus.

Usage: python3 eval/heldout_ads/score.py OUTDIR

OUTDIR holds, for each corpus file X.txt, the cleaner's X.txt (cleaned text)
and X.json (whose "findings" carry rule / action / start / end in RAW-text
offsets).  Prints aggregates only -- never individual cases, texts, file
names or per-form details -- and has no option to do otherwise.
"""
import hashlib
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS_DIR = os.path.join(HERE, "corpus")
GOLD_PATH = os.path.join(HERE, "gold.json")
THRESHOLD = 0.90

POSITION_ORDER = ["above_title", "line_between", "after_signature", "bracket",
                  "mid_word", "glued_end", "glued_front", "split_linebreak",
                  "two_in_line"]
FAMILY_NAMES = {
    "writing": "paid writing services",
    "template_paid": "template/material sites and paid content",
    "self_media": "self-media and group promotion",
    "repost_copyright": "repost and copyright notices",
    "grey_trade": "grey and illegal trades",
    "services": "local services and hotlines",
}


def is_han(c):
    return "\u4e00" <= c <= "\u9fff" or "\u3400" <= c <= "\u4dbf"


def strip_ws(s):
    return "".join(c for c in s if not c.isspace())


def pct(n, d):
    return "%.1f%%" % (100.0 * n / d) if d else "n/a"


def main(argv):
    if len(argv) != 2 or argv[1].startswith("-"):
        sys.stderr.write("usage: score.py OUTDIR\n")
        return 2
    outdir = argv[1]
    if not os.path.isdir(outdir):
        sys.stderr.write("score.py: not a directory: OUTDIR\n")
        return 2
    with open(GOLD_PATH, encoding="utf-8") as fh:
        gold = json.load(fh)

    n_files = n_missing = n_stale = 0
    ads_total = ads_removed = ads_gone = ads_partial = 0
    by_pos, by_fam = {}, {}
    la_total = la_kept = 0
    base_han_total = base_han_lost = 0
    files_with_loss = 0
    noad_files = noad_with_loss = 0
    n_remove_findings = n_offset_mismatch = 0

    for name, g in sorted(gold["files"].items()):
        n_files += 1
        with open(os.path.join(CORPUS_DIR, name), encoding="utf-8", newline="") as fh:
            raw = fh.read()
        if hashlib.sha256(raw.encode("utf-8")).hexdigest() != g["sha256"]:
            n_stale += 1
        stem = name[:-4]
        jpath = os.path.join(outdir, stem + ".json")
        tpath = os.path.join(outdir, stem + ".txt")
        removed = bytearray(len(raw))
        cleaned = None
        if os.path.isfile(jpath):
            with open(jpath, encoding="utf-8") as fh:
                rep = json.load(fh)
            for f in rep.get("findings") or []:
                if f.get("action") != "remove":
                    continue
                s, e = f.get("start"), f.get("end")
                if not isinstance(s, int) or not isinstance(e, int):
                    continue
                n_remove_findings += 1
                if "before" in f and raw[s:e] != f["before"]:
                    n_offset_mismatch += 1
                s, e = max(0, s), min(len(raw), e)
                for k in range(s, e):
                    removed[k] = 1
            if os.path.isfile(tpath):
                with open(tpath, encoding="utf-8", newline="") as fh:
                    cleaned = strip_ws(fh.read())
        else:
            n_missing += 1

        in_ad = bytearray(len(raw))
        for a in g["ads"]:
            ads_total += 1
            idx = [k for k in range(a["start"], a["end"]) if not raw[k].isspace()]
            cov = sum(removed[k] for k in idx) / float(len(idx))
            ok = cov >= THRESHOLD
            ads_removed += ok
            ads_partial += (0 < cov < THRESHOLD)
            if cleaned is not None and strip_ws(a["text"]) not in cleaned:
                ads_gone += 1
            p = by_pos.setdefault(a["position"], [0, 0])
            p[0] += ok
            p[1] += 1
            q = by_fam.setdefault(a["family"], [0, 0])
            q[0] += ok
            q[1] += 1
            for k in range(a["start"], a["end"]):
                in_ad[k] = 1

        for la in g["lookalikes"]:
            la_total += 1
            hit = any(removed[k] for k in range(la["start"], la["end"])
                      if not raw[k].isspace())
            la_kept += not hit

        lost_here = 0
        for s, e in g["base_spans"]:
            for k in range(s, e):
                if is_han(raw[k]) and not in_ad[k]:
                    base_han_total += 1
                    if removed[k]:
                        lost_here += 1
        base_han_lost += lost_here
        files_with_loss += lost_here > 0
        if not g["ads"]:
            noad_files += 1
            noad_with_loss += lost_here > 0

    print("held-out ads evaluation (aggregates only)")
    print("files scored: %d  (missing cleaner output: %d, corpus files not matching gold: %d)"
          % (n_files, n_missing, n_stale))
    print("ads removed (>=90%% of characters inside 'remove' findings): %d/%d (%s)"
          % (ads_removed, ads_total, pct(ads_removed, ads_total)))
    print("  partially removed (some but <90%%): %d" % ads_partial)
    print("  full ad text no longer present in cleaned output: %d/%d (%s)"
          % (ads_gone, ads_total, pct(ads_gone, ads_total)))
    print("by position:")
    for p in POSITION_ORDER + sorted(set(by_pos) - set(POSITION_ORDER)):
        if p in by_pos:
            print("  %-16s %3d/%-3d" % (p, by_pos[p][0], by_pos[p][1]))
    print("by form family:")
    for f in sorted(by_fam):
        print("  %-44s %3d/%-3d" % (FAMILY_NAMES.get(f, f), by_fam[f][0], by_fam[f][1]))
    print("look-alikes kept (no character removed): %d/%d (%s)"
          % (la_kept, la_total, pct(la_kept, la_total)))
    print("base Han characters lost outside ad spans: %d (of %d; %s) in %d/%d files; "
          "ad-free files with loss: %d/%d"
          % (base_han_lost, base_han_total, pct(base_han_lost, base_han_total),
             files_with_loss, n_files, noad_with_loss, noad_files))
    print("sanity: 'remove' findings whose 'before' differs from the raw text at their offsets: %d/%d"
          % (n_offset_mismatch, n_remove_findings))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
