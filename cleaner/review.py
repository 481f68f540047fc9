"""The review pages: per document, raw and clean side by side with every finding marked.

Static HTML with inline CSS and SVG, no script and no network. Built only from what a clean
folder holds (the clean text and its record): the raw text is rebuilt from them, and every
mark comes from a finding, with its rule and reason on hover and in the list beside it.
"""

from __future__ import annotations

import html
from collections import Counter
from pathlib import Path

from cleaner import io, records

ACTIONS = ("remove", "fix", "flag")
_CSS = """
body{font-family:system-ui,"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei",sans-serif;margin:0;color:#1d2733;background:#f6f7f9}
header{background:#24394d;color:#fff;padding:12px 24px}header a{color:#cfe3ff}
main{padding:16px 24px}h1{font-size:20px;margin:0}h2{font-size:16px}
table{border-collapse:collapse;background:#fff}th,td{border:1px solid #d5dae0;padding:4px 8px;font-size:13px;text-align:right}
th{background:#e9edf2}td.l,th.l{text-align:left}
.panes{display:grid;grid-template-columns:1fr 1fr;gap:16px}
.pane{background:#fff;border:1px solid #d5dae0;padding:12px;max-height:75vh;overflow:auto;white-space:pre-wrap;font-size:14px;line-height:1.7;overflow-wrap:anywhere}
.remove{background:#fde2e1;color:#8a1c1c;text-decoration:line-through}
.fix{background:#fff3c4}.fix .new{background:#d9f2d9;text-decoration:none}
.flag{background:#dbe9ff;border-bottom:2px solid #2f6fd6}
.legend span{padding:1px 6px;margin-right:8px}
.findings td{font-size:12px}.findings td.l{max-width:420px;overflow-wrap:anywhere}
.bar{fill:#2f6fd6}.bar.remove{fill:#d9534f}.bar.fix{fill:#e0a800}
"""


def write(clean_dir: Path, out_dir: Path, data_docs: Path | None = None) -> Path:
    """Write ``out_dir/index.html`` and one page per document; return the index."""
    out_dir = Path(out_dir)
    (out_dir / "docs").mkdir(parents=True, exist_ok=True)
    rows = []
    from cleaner.tables import readable_records

    for text, rec in readable_records(clean_dir, []):  # the validation lists the others
        raw = _raw_text(text, rec)
        page = out_dir / "docs" / f"{rec['id']}.html"
        page.write_text(_document_page(rec, raw, text), encoding="utf-8")
        rows.append(rec)
    index = out_dir / "index.html"
    docs_link = None
    if data_docs is not None:
        import os

        docs_link = os.path.relpath(Path(data_docs) / "index.html", out_dir).replace(os.sep, "/")
    index.write_text(_index_page(rows, docs_link), encoding="utf-8")
    return index


def _raw_text(text: str, rec: dict) -> str | None:
    """The raw text rebuilt from the record, or None when the clean text was edited after cleaning."""
    from cleaner.edits import EditError

    try:
        return io.decode(records.restore_bytes(text, rec))[0]
    except (EditError, records.RecordError, io.InputError):
        return None


def _index_page(records: list[dict], docs_link: str | None) -> str:
    by_family: Counter[tuple[str, str]] = Counter()
    body = []
    for rec in records:
        counts = Counter(f["action"] for f in rec["findings"])
        for f in rec["findings"]:
            by_family[(f["rule"].split(".", 1)[0], f["action"])] += 1
        meta = rec.get("metadata", {})
        body.append(
            f'<tr><td class="l"><a href="docs/{_e(rec["id"])}.html">{_e(rec["id"])}</a></td>'
            f'<td class="l">{_e(meta.get("title", ""))}</td><td>{_e(meta.get("publish_date") or meta.get("written_date") or "")}</td>'
            f'<td>{rec["stats"]["chars_in"]}</td><td>{rec["stats"]["chars_out"]}</td>'
            + "".join(f"<td>{counts.get(a, 0)}</td>" for a in ACTIONS) + "</tr>")
    link = f'<a href="{_e(docs_link)}">Data Docs (validation results)</a>' if docs_link else ""
    return _page("cleaner review", f"""
<h2>Findings by family</h2>{_chart(by_family)}
<h2>Documents ({len(records)})</h2>
<table><tr><th class="l">document</th><th class="l">title</th><th>date</th><th>chars in</th><th>chars out</th>
<th>removed</th><th>fixed</th><th>flagged</th></tr>{''.join(body)}</table>""", link)


def _chart(counts: Counter) -> str:
    """A horizontal stacked bar per family (removed, fixed, flagged), as inline SVG."""
    families = sorted({family for family, _ in counts})
    if not families:
        return "<p>No findings.</p>"
    peak = max(sum(counts[(f, a)] for a in ACTIONS) for f in families) or 1
    width, row = 520, 22
    bars = []
    for i, family in enumerate(families):
        x, y = 110, i * row + 4
        bars.append(f'<text x="0" y="{y + 13}" font-size="12">{_e(family)}</text>')
        for action in ACTIONS:
            n = counts[(family, action)]
            w = n / peak * (width - 170)
            if n:
                bars.append(f'<rect class="bar {action}" x="{x:.1f}" y="{y}" width="{w:.1f}" height="16">'
                            f"<title>{_e(family)} {action}: {n}</title></rect>")
            x += w
        total = sum(counts[(family, a)] for a in ACTIONS)
        bars.append(f'<text x="{x + 6:.1f}" y="{y + 13}" font-size="12">{total}</text>')
    height = len(families) * row + 8
    legend = ('<p class="legend"><span class="remove">removed</span><span class="fix">fixed</span>'
              '<span class="flag">flagged</span></p>')
    return f'{legend}<svg role="img" aria-label="findings by family" width="{width}" height="{height}">{"".join(bars)}</svg>'


def _document_page(rec: dict, raw: str, clean: str) -> str:
    findings = rec["findings"]
    meta = "".join(f"<tr><th class='l'>{_e(k)}</th><td class='l'>{_e(v)}</td></tr>" for k, v in rec.get("metadata", {}).items())
    listing = "".join(
        f"<tr><td class='l'>{_e(f['rule'])}</td><td class='l'>{_e(f['action'])}</td><td>{f['start']}</td>"
        f"<td class='l'>{_e(_short(f['before']))}</td><td class='l'>{_e(_short(f['after']))}</td>"
        f"<td class='l'>{_e(f['reason'])}</td></tr>" for f in findings)
    return _page(rec["id"], f"""
<p class="legend"><span class="remove">removed</span><span class="fix">fixed <span class="new">new</span></span>
<span class="flag">flagged</span> (hover a mark for its rule and reason)</p>
<table>{meta}</table>
<div class="panes"><div><h2>raw (every finding)</h2><div class="pane" id="raw">{_marked_raw(raw, findings)}</div></div>
<div><h2>clean (flags)</h2><div class="pane" id="clean">{_marked_clean(clean, findings)}</div></div></div>
<h2>Findings ({len(findings)})</h2>
<table class="findings"><tr><th class="l">rule</th><th class="l">action</th><th>raw offset</th><th class="l">before</th>
<th class="l">after</th><th class="l">reason</th></tr>{listing}</table>""", '<a href="../index.html">all documents</a>')


def _marked_raw(raw: str | None, findings: list[dict]) -> str:
    """The raw text with each finding's span marked; a span inside an earlier mark is listed only."""
    if raw is None:
        return ("<strong>The clean text was changed after cleaning: it no longer matches its record, "
                "so the raw text cannot be rebuilt. Run <code>cleaner run</code>.</strong>")
    out, pos = [], 0
    for f in sorted(findings, key=lambda f: (f["start"], -f["end"])):
        start, end = f["start"], f["end"]
        if start < pos:
            continue
        out.append(_e(raw[pos:start]))
        tip = _e(f"{f['rule']}: {f['reason']}")
        if f["action"] == "remove":
            out.append(f'<span class="remove" title="{tip}">{_e(raw[start:end]) or "&#8203;"}</span>')
        elif f["action"] == "fix":
            out.append(f'<span class="fix" title="{tip}">{_e(raw[start:end])}<span class="new">{_e(f["after"])}</span></span>')
        else:
            out.append(f'<span class="flag" title="{tip}">{_e(raw[start:end])}</span>')
        pos = max(pos, end)
    out.append(_e(raw[pos:]))
    return "".join(out)


def _marked_clean(clean: str, findings: list[dict]) -> str:
    """The clean text with the flags marked: the flagging rules ran on it, so their offsets hold."""
    last_step = max((f["step"] for f in findings if f["action"] != "flag"), default=-1)
    flags = sorted((f for f in findings if f["action"] == "flag" and f["step"] > last_step
                    and clean[f["pos"]:f["pos"] + len(f["before"])] == f["before"]),
                   key=lambda f: f["pos"])
    out, pos = [], 0
    for f in flags:
        start = f["pos"]
        if start < pos:
            continue
        end = start + len(f["before"])
        out.append(_e(clean[pos:start]))
        out.append(f'<span class="flag" title="{_e(f["rule"] + ": " + f["reason"])}">{_e(clean[start:end])}</span>')
        pos = end
    out.append(_e(clean[pos:]))
    return "".join(out)


def _page(title: str, body: str, nav: str) -> str:
    return (f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>{_e(title)}</title>'
            f"<style>{_CSS}</style></head><body><header><h1>{_e(title)}</h1>{nav}</header><main>{body}</main></body></html>\n")


def _short(s: str, limit: int = 80) -> str:
    s = s.replace("\n", "\u21b5")
    return s if len(s) <= limit else s[:limit] + "\u2026"


def _e(value) -> str:
    return html.escape(str(value), quote=True)
