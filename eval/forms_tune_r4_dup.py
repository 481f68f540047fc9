"""More TUNE forms (round 4 of issue 16): further real-world shapes of the same defects.

Registered into the TUNE registry of :mod:`forms_tune`; written without looking at the
held forms. See forms_tune.py for the helpers a form uses.
"""

from __future__ import annotations

from forms_tune import R  # noqa: F401  (forms register themselves on import)

import re

from common import marker_text
from forms_common import Ctx, Gold, Inj
from forms_tune import _dup
from forms_tune_chrome_dup import _HALF, _dup_loose, _last_sentences

# ======================================================================================
# dup (remove the repeat)

_WIDE = {chr(c): chr(c + 0xFEE0) for c in range(0x21, 0x7F)}  # ASCII -> full-width forms


def _wide_digits(s: str) -> str:
    return "".join(_WIDE.get(c, c) if c.isascii() and c.isalnum() else c for c in s)


def _copies(ctx: Ctx, orig, at: int, copies: list[str], where: str):
    """Several copies inserted together at ``at`` (one gold span each; no ``alt``)."""
    if not ctx.free(orig[0], orig[1], 0) or not ctx.free(at, at):
        return None
    golds, raw = [], ""
    for c in copies:
        golds.append(Gold(len(raw), len(raw) + len(c), "dup", "remove", "", where=where))
        raw += c
    inj = Inj(at, at, raw, golds)
    inj.reserve = [orig]
    return inj


@R.form("dup", "t13_sentence_end_changed")
def dup_sentence_end_changed(ctx: Ctx):
    """A sentence repeated right after itself with another sentence end (。 -> ； / ！ / ．) or, at the
    end of its paragraph, with none."""
    rng = ctx.rng
    for s, e in ctx.shuffled(ctx.sentences(min_len=8)):
        at_end = ctx.text[e:e + 1] in ("", "\n")
        end = rng.choice(["；", "！", "．", ";"] + ([""] * 2 if at_end else []))
        copy = rng.choice(["", " "]) + ctx.text[s:e - 1] + end
        inj = _dup_loose(ctx, (s, e), e, copy, "inline")
        if inj:
            return inj
    return None


@R.form("dup", "t14_wide_digits")
def dup_wide_digits(ctx: Ctx):
    """A sentence or paragraph with figures repeated with its digits and letters in full width
    (２０２１年 / ＧＤＰ), right after itself or on the next line."""
    rng = ctx.rng
    if rng.random() < 0.5:
        for i in ctx.shuffled(ctx.prose_lines(20)):
            s, e, line = ctx.lines[i]
            if re.search(r"[0-9A-Za-z]", line):
                inj = _dup_loose(ctx, (s, e), e, "\n" + _wide_digits(line), "line")
                if inj:
                    return inj
        return None
    for s, e in ctx.shuffled(ctx.sentences(min_len=10)):
        if re.search(r"[0-9A-Za-z]", ctx.text[s:e]):
            inj = _dup_loose(ctx, (s, e), e, _wide_digits(ctx.text[s:e]), "inline")
            if inj:
                return inj
    return None


@R.form("dup", "t15_marker_changed")
def dup_marker_changed(ctx: Ctx):
    """A numbered paragraph repeated on the next line or one line on with its outline marker in another
    style (（一） -> 一、 / (1) / 1．) or dropped."""
    rng = ctx.rng
    body = set(ctx.body_range())
    for m in ctx.shuffled(ctx.markers):
        i = m.line
        s, e, line = ctx.lines[i]
        rest = line[m.end - s:]
        if i not in body or len(rest) < 10 or not re.search("[，。；]", rest):
            continue
        kinds = [k for k in ("cn_dun", "cn_paren", "ar_dot", "ar_paren") if k != m.kind]
        other = marker_text(rng.choice(kinds), m.value) if m.value <= 10 else ""
        new = rng.choice(["", other, other, f"({m.value})", f"{m.value}．"])
        later = rng.random() < 0.4 and i + 1 in body and i + 1 < ctx.signature_line and ctx.is_prose(i + 1)
        at = ctx.lines[i + 1][1] if later else e
        inj = _dup_loose(ctx, (s, e), at, "\n" + new + rest, "line")
        if inj:
            return inj
    return None


@R.form("dup", "t16_tail_overlap")
def dup_tail_overlap(ctx: Ctx):
    """Page-break overlap: the tail of a paragraph (its last clause or clauses, or its last 10-30
    characters) repeated at the very head of the next paragraph."""
    rng = ctx.rng
    body = set(ctx.body_range())
    for i in ctx.shuffled(ctx.prose_lines(30)):
        if i + 1 not in body or not ctx.is_prose(i + 1, 10):
            continue
        s, e, line = ctx.lines[i]
        if not line.endswith("。"):
            continue
        cuts = [m.end() for m in re.finditer("[，；、]", line[:-1]) if len(line) - m.end() >= 10]
        k = rng.choice(cuts) if cuts and rng.random() < 0.6 else len(line) - rng.randint(10, min(30, len(line) - 5))
        tail = line[k:]
        at = ctx.lines[i + 1][0]
        inj = _dup_loose(ctx, (s + k, e), at, tail, "inline")
        if inj:
            return inj
    return None


@R.form("dup", "t17_three_times")
def dup_three_times(ctx: Ctx):
    """A sentence (inline) or a paragraph (lines) standing three or four times in a row."""
    rng = ctx.rng
    n = rng.choice([2, 2, 3])
    if rng.random() < 0.5:
        for s, e in ctx.shuffled(ctx.sentences(min_len=8)):
            sep = rng.choice(["", "", " "])
            inj = _copies(ctx, (s, e), e, [sep + ctx.text[s:e]] * n, "inline")
            if inj:
                return inj
        return None
    for i in ctx.shuffled(ctx.prose_lines(16)):
        s, e, line = ctx.lines[i]
        inj = _copies(ctx, (s, e), e, ["\n" + line] * n, "line")
        if inj:
            return inj
    return None


@R.form("dup", "t18_clause_repeated")
def dup_clause(ctx: Ctx):
    """A clause repeated right after itself inside a sentence: 加强组织领导，加强组织领导，压实责任。"""
    cands = []
    for i in ctx.prose_lines(16):
        s, e, line = ctx.lines[i]
        start = ctx.marker_end(i) - s
        for m in re.finditer(r"(?<=[，；：。])[^，；：。！？“”（）\n]{6,30}，", line[start:]):
            a = s + start + m.start()
            if a > s + start:
                cands.append((a, s + start + m.end()))
        first = re.match(r"[^，；：。！？“”（）\n]{6,30}，", line[start:])
        if first:
            cands.append((s + start, s + start + first.end()))
    for a, b in ctx.shuffled(cands):
        inj = _dup(ctx, (a, b), b, ctx.text[a:b], "inline")
        if inj:
            return inj
    return None


@R.form("dup", "t19_paragraph_far_numbered")
def dup_paragraph_far_numbered(ctx: Ctx):
    """A numbered item repeated after one to three of its later siblings (（二）… （三）… （二）…), the
    copy out of sequence."""
    by_line = {m.line: m for m in ctx.markers}
    body = set(ctx.body_range())
    for m in ctx.shuffled(ctx.markers):
        i = m.line
        if i not in body or not ctx.is_prose(i, 20):
            continue
        sib = [j for j in range(i + 1, min(i + 8, ctx.signature_line)) if j in by_line]
        if not sib or by_line[sib[0]].kind != m.kind:
            continue
        # stop before any marker of another kind (a new section) or the signature
        k = i + 1
        while k < ctx.signature_line and k in body and (k not in by_line or by_line[k].kind == m.kind) and k - i <= 4:
            k += 1
        if k - 1 <= i + 1:
            continue
        s, e, line = ctx.lines[i]
        inj = _dup(ctx, (s, e), ctx.lines[k - 1][1], "\n" + line, "line")
        if inj:
            return inj
    return None


@R.form("dup", "t20_title_in_head")
def dup_title_in_head(ctx: Ctx):
    """The title repeated at the head of the body: after the document number or the addressee, spaced
    out (关于 印发 …), or broken over two lines."""
    rng = ctx.rng
    s, e, title = ctx.lines[0]
    if len(title) < 8:
        return None
    shape = rng.choice(["same", "spaced", "split"])
    copy = title
    if shape == "spaced":
        k = rng.randint(2, len(title) - 3)
        copy = title[:k] + rng.choice([" ", "　", "  "]) + title[k:]
    elif shape == "split":
        k = rng.randint(4, len(title) - 4)
        copy = title[:k] + "\n" + title[k:]
    start = ctx.body_range().start
    at = ctx.lines[start - 1][1] if start > 1 else e
    return _dup_loose(ctx, (s, e), at, "\n" + copy, "head")


# --- blind forms (written after the rule work, not tuned on) ---------------------------


@R.form("dup", "t21_tail_sentences_own_line")
def dup_tail_sentences_own_line(ctx: Ctx):
    """A paragraph's last two or three sentences repeated as a line of their own after it."""
    rng = ctx.rng
    for i in ctx.shuffled(ctx.prose_lines(30)):
        s, e, line = ctx.lines[i]
        ends = [m.end() for m in re.finditer("。", line)]
        n = rng.choice([2, 3])
        if len(ends) <= n or not line.endswith("。"):
            continue
        k = ends[-n - 1]
        inj = _dup(ctx, (s + k, e), e, "\n" + line[k:], "line")
        if inj:
            return inj
    return None


@R.form("dup", "t22_paragraph_doubled_in_line")
def dup_paragraph_doubled_in_line(ctx: Ctx):
    """A whole paragraph (several sentences) rendered twice on one line, the copy glued on."""
    for i in ctx.shuffled(ctx.prose_lines(20)):
        s, e, line = ctx.lines[i]
        if line.count("。") < 2 or not line.endswith("。") or ctx.marker_end(i) != s:
            continue
        sep = ctx.rng.choice(["", " "])
        inj = (_dup if not sep else _dup_loose)(ctx, (s, e), e, sep + line, "inline")
        if inj:
            return inj
    return None
