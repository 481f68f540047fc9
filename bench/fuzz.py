"""The longer fuzz run: every property of tests/test_properties.py with many examples.

Not a test (CI runs the same properties with 300 examples each). Prints, per property,
how many cases ran and how long it took; exits 1 on the first property that fails
(hypothesis prints the smallest failing example).

    python bench/fuzz.py                  # 2,000 examples per property
    python bench/fuzz.py --examples 10000
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--examples", type=int, default=2000, help="examples per property")
    args = parser.parse_args()
    os.environ["CLEANER_FUZZ_EXAMPLES"] = str(args.examples)  # read when the module is imported
    os.environ["CLEANER_FUZZ_RANDOM"] = "1"  # new examples each run, unlike the suite
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))
    import test_properties as props

    properties = [(name, fn) for name, fn in vars(props).items() if name.startswith("test_") and callable(fn)]
    print(f"{len(properties)} properties, up to {args.examples:,} examples each")
    total_start = time.perf_counter()
    for name, fn in properties:
        before = sum(props.CASES.values())
        start = time.perf_counter()
        try:
            fn()
        except Exception:
            print(f"FAILED {name}")
            raise
        ran = sum(props.CASES.values()) - before
        print(f"  {name:60} {ran:>7,} cases  {time.perf_counter() - start:7.1f} s")
    print(f"all held: {sum(props.CASES.values()):,} cases in {time.perf_counter() - total_start:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
