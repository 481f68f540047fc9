"""Is a clean folder what its raw folder cleans into? (``cleaner check``)"""

from __future__ import annotations

import json
from pathlib import Path

from cleaner import io


def stale(raw_dir: Path, clean_dir: Path, settings) -> list[str]:
    """One line per difference: a record missing, left over, or not what cleaning writes today."""
    inputs, passed_over = io.plan_inputs([Path(raw_dir)], exclude=Path(clean_dir))
    corpus = io.corpus_of(inputs, settings)
    problems = [f"{file}: {reason}" for file, reason in passed_over]
    expected = set()
    for file, root, doc_id in inputs:
        try:
            cleaned, source = io.clean_path(file, root, corpus, doc_id)
        except (io.InputError, OSError) as exc:
            problems.append(f"{file}: cannot be read ({exc})")
            continue
        expected.add(cleaned.doc_id)
        txt, rec = Path(clean_dir) / f"{cleaned.doc_id}.txt", Path(clean_dir) / f"{cleaned.doc_id}.json"
        if not (txt.exists() and rec.exists()):
            problems.append(f"{file}: no {txt.name} / {rec.name} in {clean_dir}")
            continue
        if txt.read_text(encoding="utf-8") != (cleaned.text + "\n" if cleaned.text else ""):
            problems.append(f"{txt}: text differs from what {file} cleans into")
        elif json.loads(rec.read_text(encoding="utf-8")) != json.loads(io.dump_record(io.record(cleaned, source))):
            problems.append(f"{rec}: record differs from what {file} cleans into")
    for rec in io.iter_records(Path(clean_dir)):
        if rec.stem not in expected:
            problems.append(f"{rec}: no raw file for it in {raw_dir}")
    return problems
