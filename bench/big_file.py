"""One big file through `cleaner clean` and `cleaner restore`: time, peak memory, exactness.

Not a test. Builds the file in a temporary folder, runs the installed command as a
subprocess under /usr/bin/time when it is there, and checks the restored bytes.

    python bench/big_file.py                    # 50 MB of varied documents in one file
    python bench/big_file.py --kind repeated    # the seeds repeated (every sentence thousands of times)
    python bench/big_file.py --kind line --mb 10
"""

from __future__ import annotations

import argparse
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import regex

REPO = Path(__file__).resolve().parent.parent
WILD = REPO.parent / "shared" / "wild"
CLEANER = Path(sys.executable).with_name("cleaner")
COMMON_HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经"
HAN = regex.compile(r"\p{Han}")


def sources() -> list[str]:
    from cleaner import io

    texts = [p.read_text(encoding="utf-8") for p in sorted((REPO / "raw").iterdir())]
    texts += [io.read(p)[0] for p in sorted(WILD.glob("raw/provrpt*.txt")) + sorted(WILD.glob("reference/*"))]
    return texts


def build(kind: str, megabytes: float, seed: int) -> bytes:
    rng = random.Random(seed)
    size = int(megabytes * 1024 * 1024)
    if kind == "repeated":
        body = "\n".join(p.read_text(encoding="utf-8") for p in sorted((REPO / "raw").iterdir())) + "\n"
        return (body * (size // len(body.encode()) + 1)).encode()[:size].decode("utf-8", "ignore").encode()
    pieces, total = [], 0
    texts = sources()
    while total < size:
        text = regex.sub(r"\d", lambda m: str(rng.randrange(10)), rng.choice(texts))
        text = HAN.sub(lambda m: rng.choice(COMMON_HAN) if rng.random() < 0.12 else m.group(), text)
        pieces.append(text.replace("\n", "") if kind == "line" else text)
        total += len(pieces[-1].encode())
    return ("" if kind == "line" else "\n").join(pieces).encode()


def timed(args: list[str], cwd: Path) -> tuple[float, str]:
    prefix = ["/usr/bin/time", "-f", "%M"] if Path("/usr/bin/time").exists() else []
    start = time.perf_counter()
    done = subprocess.run(prefix + args, cwd=cwd, capture_output=True, text=True)
    elapsed = time.perf_counter() - start
    if done.returncode != 0:
        sys.exit(f"{' '.join(args)} failed ({done.returncode}): {done.stderr[-2000:]}")
    rss = f"{int(done.stderr.strip().splitlines()[-1]) / 1024:.0f} MB" if prefix else "n/a"
    return elapsed, rss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--kind", choices=("varied", "repeated", "line"), default="varied")
    parser.add_argument("--mb", type=float, default=50)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="cleaner-big-"))
    try:
        data = build(args.kind, args.mb, args.seed)
        (work / "big.txt").write_bytes(data)
        clean_s, clean_rss = timed([str(CLEANER), "clean", "big.txt", "--out", "out", "-q", "--doc-timeout", "0"], work)
        restore_s, restore_rss = timed([str(CLEANER), "restore", "out", "--out", "back", "-q"], work)
        exact = (work / "back" / "big.txt").read_bytes() == data
        findings = (work / "out" / "big.json").read_text(encoding="utf-8").count('"rule":')
        print(f"{args.kind}: {len(data) / 1e6:.1f} MB, {findings:,} findings; clean {clean_s:.1f} s "
              f"(peak {clean_rss}), restore {restore_s:.1f} s (peak {restore_rss}), restore exact: {exact}")
        return 0 if exact else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
