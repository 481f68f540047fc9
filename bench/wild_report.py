"""What the structure rules remove from real pages: lines per file, and any sentence among them.

Not a test: a measurement for review. For each text page of ../shared/wild/raw it prints
the number of lines the chrome, ads and metadata rules removed, and every removed line that
holds a sentence (a "。" and 15 characters or more), the lines most likely to be body text.

    python bench/wild_report.py                  # all .txt pages of the wild set
    python bench/wild_report.py -v FILE...       # list every removed line
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from cleaner import io  # noqa: E402

FAMILIES = ("chrome", "ads", "metadata")


def removed_lines(path: Path) -> tuple[list[tuple[str, str]], dict]:
    cleaned, _ = io.clean_path(path)
    rows = []
    for f in cleaned.findings:
        if f.action == "remove" and f.rule.split(".")[0] in FAMILIES:
            rows += [(f.rule, line) for line in f.before.split("\n") if line.strip()]
    return rows, cleaned.metadata


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path)
    parser.add_argument("-v", "--verbose", action="store_true")
    args = parser.parse_args()
    files = args.files or sorted((REPO.parent / "shared" / "wild" / "raw").glob("*.txt"))
    total = lost_total = 0
    print(f"{'file':24} {'removed':>7} {'sentences':>9}  metadata fields")
    for path in files:
        rows, metadata = removed_lines(path)
        lost = [line for _, line in rows if "。" in line and len(line.strip()) >= 15]
        total += len(rows)
        lost_total += len(lost)
        print(f"{path.name:24} {len(rows):7d} {len(lost):9d}  {', '.join(sorted(metadata))}")
        for line in lost:
            print(f"    sentence removed: {line.strip()[:70]}")
        if args.verbose:
            for rule, line in rows:
                print(f"    {rule:34} {line.strip()[:60]}")
    print(f"{'total':24} {total:7d} {lost_total:9d}")


if __name__ == "__main__":
    main()
