"""Numbering the document itself shows the convention of, for rules/numbering.py (read-only).

Two breaks no single sequence reveals, told by the rest of the document:

- **articles restarted in one chapter** of a document whose articles run on through its
  chapters (第二章 opens at 第四条) while the chapters keep counting (第三章 after 第二章), and
  the chapter after goes on from the continuation: 第一条 第二条 under 第三章 are the lost
  第七条 第八条 when 第四章 opens at 第九条. A document whose articles
  restart in every chapter shows no run-on boundary and is left alone, and so is a new
  document (第一章 again);
- **a list numbered 一 throughout** by a converter that lost the automatic numbering:
  three or more sibling items on consecutive lines under a line that introduces them (…：),
  every one （一）. A list
  restarting under each 第N条 has a parent between its items, so it never looks like this;
  一是 lines are no automatic numbering and stay.

Both return the repaired items, so the walk sees the numbers the document calls for, and
the edits. Nothing here changes text.
"""

from __future__ import annotations

from dataclasses import replace

from cleaner.outline import UNSURE, Item
from cleaner.types import Edit

_MIN_ONES = 3
_INTRODUCES = ("\uff1a", ":")


def articles_run_on(items: list[Item]) -> tuple[list[Item], list[Edit]]:
    """Renumber a chapter's articles that restarted at 第一条 in a document whose articles
    run on through the chapters.

    >>> from cleaner.outline import outline
    >>> t = "第一章 总则\\n第一条 甲\\n第二条 乙\\n第二章 内容\\n第三条 丙\\n第三章 要求\\n第一条 丁\\n第二条 戊\\n第四章 附则\\n第六条 己"
    >>> [e.new for e in articles_run_on(outline(t))[1]]
    ['第四条', '第五条']
    >>> articles_run_on(outline("第一章 总则\\n第一条 甲\\n第二章 内容\\n第一条 丙\\n第三章 要求\\n第一条 丁"))[1]
    []
    """
    sure = [i for i in items if i.level in ("chapter", "article") and i.kind not in UNSURE and i.value]
    fixed: dict[int, int] = {}
    last_chapter = last_article = 0
    ran_on = False
    for k, item in enumerate(sure):
        if item.level == "article":
            last_article = fixed.get(id(item), item.value)
            continue
        if item.value == 1:  # a new document
            last_chapter, last_article, ran_on = 1, 0, False
            continue
        run = _articles_under(sure, k)
        continues = item.value == last_chapter + 1
        if run and continues and last_article >= 2:
            if run[0].value == last_article + 1:
                ran_on = True
            elif ran_on and [i.value for i in run] == list(range(1, len(run) + 1)) \
                    and _next_chapter_opens(sure, k, last_article + len(run) + 1):
                fixed.update({id(a): last_article + n for n, a in enumerate(run, 1)})
        last_chapter = item.value
    edits = [_renumber(i, fixed[id(i)]) for i in items if id(i) in fixed]
    return [replace(i, value=fixed[id(i)]) if id(i) in fixed else i for i in items], edits


def _articles_under(sure: list[Item], k: int) -> list[Item]:
    """The articles after the chapter ``sure[k]``, up to the next chapter."""
    run = []
    for item in sure[k + 1:]:
        if item.level == "chapter":
            break
        run.append(item)
    return run


def _next_chapter_opens(sure: list[Item], k: int, value: int) -> bool:
    """The chapter after ``sure[k]`` opens with article ``value``: the run on confirmed after the
    restart (a model contract's own 第一条 inside a chapter is followed by the main count)."""
    after = next((j for j in range(k + 1, len(sure)) if sure[j].level == "chapter"), None)
    if after is None:
        return False
    run = _articles_under(sure, after)
    return bool(run) and run[0].value == value


def all_ones(sequence: list[Item], text_lines: tuple = ()) -> list[Edit]:
    """A list whose items are all numbered one, on consecutive lines: renumbered in order.

    >>> from cleaner.outline import outline
    >>> [e.new for e in all_ones(outline("（一）甲；\\n（一）乙；\\n（一）丙。"))]
    ['（二）', '（三）']
    >>> from cleaner.docmodel import lines
    >>> t = "对照表\\n（一）甲；\\n（一）乙；\\n（一）丙。"
    >>> all_ones(outline(t), lines(t))
    []
    >>> all_ones(outline("（一）甲；\\n（一）乙。"))
    []
    """
    if len(sequence) < _MIN_ONES or any(i.kind != "ok" or i.value != 1 or i.level == "shi" for i in sequence):
        return []
    if any(b.line.index != a.line.index + 1 for a, b in zip(sequence, sequence[1:])):
        return []
    index = sequence[0].line.index
    if text_lines and not (index and text_lines[index - 1].text.rstrip().endswith(_INTRODUCES)):
        return []  # a list is introduced (按照下列标准给予奖励：); rows of a table or a digest are not
    return [_renumber(item, n) for n, item in enumerate(sequence[1:], 2)]


def _renumber(item: Item, value: int) -> Edit:
    old = item.line.text[:item.end]
    new = old.replace(item.observed, item.spelled(value), 1)
    return Edit(item.line.start, item.line.start + item.end, old, new,
                f"outline marker repaired (the document's own numbering calls for it): {old} -> {new}")
