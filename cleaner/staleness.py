"""Is a clean folder what its raw folder cleans into? (``cleaner check``)"""

from __future__ import annotations

import json
from pathlib import Path

from cleaner import io, records


def stale(raw_dir: Path, clean_dir: Path, settings, doc_timeout: float | None = None) -> list[str]:
    """One line per difference: a record missing, left over, or not what cleaning writes
    today. ``doc_timeout``: seconds one document may take (:mod:`cleaner.budget`)."""
    from cleaner import budget

    inputs, passed_over = io.plan_inputs([Path(raw_dir)], exclude=Path(clean_dir))
    corpus = io.corpus_of(inputs, settings)
    problems = [f"{file}: {reason}" for file, reason in passed_over]
    expected = set()
    for file, root, doc_id in inputs:
        try:
            with budget.time_limit(doc_timeout):
                cleaned, source = io.clean_path(file, root, corpus, doc_id)
        except (io.InputError, OSError, budget.DocumentTimeout) as exc:
            problems.append(f"{file}: cannot be cleaned ({exc})")
            continue
        expected.add(cleaned.doc_id)
        txt, rec = Path(clean_dir) / f"{cleaned.doc_id}.txt", Path(clean_dir) / f"{cleaned.doc_id}.json"
        if not (txt.exists() and rec.exists()):
            problems.append(f"{file}: no {txt.name} / {rec.name} in {clean_dir}")
            continue
        problem = _differs(txt, rec, cleaned, source)
        if problem:
            problems.append(f"{problem} from what {file} cleans into")
    for rec in records.iter_records(Path(clean_dir)):
        if rec.stem not in expected:
            problems.append(f"{rec}: no raw file for it in {raw_dir}")
    for txt in records.texts_without_record(Path(clean_dir)):
        problems.append(f"{txt}: a text without its record ({txt.stem}.json)")
    return problems


def _differs(txt: Path, rec: Path, cleaned, source) -> str | None:
    """How the pair on disk differs from what cleaning writes today (None: it does not)."""
    try:
        if txt.read_bytes() != (cleaned.text + "\n" if cleaned.text else "").encode("utf-8"):
            return f"{txt}: text differs"
        written = json.loads(rec.read_text(encoding="utf-8"))
    except (OSError, ValueError, RecursionError) as exc:
        return f"{rec}: not a readable record ({type(exc).__name__}); it differs"
    if written != json.loads(io.dump_record(io.record(cleaned, source))):
        return f"{rec}: record differs"
    return None
