"""Shared paths for the tests: the repository, the seeds, the wild samples."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
RAW = REPO / "raw"
CLEAN = REPO / "clean"
GOLDEN = Path(__file__).resolve().parent / "golden"
WILD = REPO.parent / "shared" / "wild"


def wild_files(*patterns: str) -> list[Path]:
    """Files of ../shared/wild matching the patterns (empty when the folder is absent)."""
    return sorted(p for pattern in patterns for p in WILD.glob(pattern))


@pytest.fixture(scope="session")
def wild_dir() -> Path:
    if not WILD.is_dir():
        pytest.skip(f"the wild samples are not at {WILD}")
    return WILD
