"""Every ads.* finding on real texts, with context, for review.

Not a test: the wild pages and the reference reports hold (almost) no injected ads, so
every removal there is either a real ad of the source or a false removal, to be read.

    python bench/ads_report.py                 # wild pages, reference reports, seeds
    python bench/ads_report.py some/*.txt      # any files
"""

from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from cleaner import io  # noqa: E402

CONTEXT = 16


def default_files() -> list[Path]:
    wild = REPO.parent.parent / "shared" / "wild"
    if not wild.exists():
        wild = REPO.parent / "shared" / "wild"
    found = [p for pat in ("raw/*.txt", "raw/*.html", "reference/*.txt") for p in sorted(wild.glob(pat))]
    return found + sorted((REPO / "raw").glob("*"))


def main() -> None:
    files = [Path(a) for a in sys.argv[1:]] or default_files()
    chars = total = 0
    for path in files:
        cleaned, _ = io.clean_path(path)
        chars += len(cleaned.raw)
        for f in cleaned.findings:
            if not f.rule.startswith("ads."):
                continue
            total += 1
            left = cleaned.raw[max(0, f.start - CONTEXT):f.start].replace("\n", "⏎")
            right = cleaned.raw[f.end:f.end + CONTEXT].replace("\n", "⏎")
            print(f"{path.name:24} {f.rule:34} {f.action:6} …{left}⟦{f.before}⟧{right}…")
            print(f"{'':24} {f.reason}")
    print(f"\n{len(files)} files, {chars:,} raw characters, {total} ads findings")


if __name__ == "__main__":
    main()
