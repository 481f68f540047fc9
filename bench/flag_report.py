"""How often the figure and garbled families raise a flag, per 100,000 characters.

Not a test: a measurement for review. The 16 reference reports in
../shared/wild/reference are clean published texts (GBK), so every flag there is either a
real defect of the source or a false alarm; this prints them all with their context so a
person can tell which.

    python bench/flag_report.py                      # the reference reports
    python bench/flag_report.py raw/*.txt            # any files
    python bench/flag_report.py --families figure    # one family
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from cleaner import io  # noqa: E402

CONTEXT = 14


def flags_of(path: Path, families: set[str]):
    cleaned, _ = io.clean_path(path)
    found = [f for f in cleaned.findings if f.action == "flag" and f.rule.split(".")[0] in families]
    return cleaned, found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("--families", default="figure,garbled")
    args = parser.parse_args()
    families = set(args.families.split(","))
    files = args.files or sorted((REPO.parent / "shared" / "wild" / "reference").glob("*.txt"))
    chars = 0
    per_rule: Counter[str] = Counter()
    for path in files:
        cleaned, found = flags_of(path, families)
        chars += len(cleaned.text)
        for f in found:
            per_rule[f.rule] += 1
            left = cleaned.raw[max(0, f.start - CONTEXT):f.start].replace("\n", " ")
            right = cleaned.raw[f.end:f.end + CONTEXT].replace("\n", " ")
            print(f"{path.name:22} {f.rule:40} …{left}[{f.before}]{right}…")
            print(f"{'':22} {'':40} {f.reason}")
    total = sum(per_rule.values())
    print()
    for rule, n in per_rule.most_common():
        print(f"{rule:45} {n:5d}")
    rate = total / chars * 100_000 if chars else 0.0
    print(f"{len(files)} files, {chars:,} clean characters, {total} flags = {rate:.1f} per 100,000 characters")


if __name__ == "__main__":
    main()
