"""Chinese marks set with another mark's code point, found by shape, for rules/punct.py.

Read-only helpers (they yield spans and the standard mark, never change text):

- the 六角括号 〔 〕 of a document number (GB/T 9704) typed or converted as another bracket:
  江政办发[2020]35号 / 国发(2021)12号 / ［ ］ / 【 】 / （ ）. The shape of a 发文字号 is the
  evidence: an organ's abbreviation (Han) right before the bracket, a year of four figures
  inside it, the serial figures and 号 right after it. A court case number （2021）京01民初12号
  opens with the bracket (no Han before) and has Han after it: it is not touched;
- the enumeration comma 、 replaced by a look-alike between two Chinese characters: the Han
  radical 丶 (an input method's candidate for "dun") or the katakana iteration mark ヽ. No
  Chinese word holds them between two Han characters (a backtick does: a pair of them quotes
  a term, 将参数`接口地址`改为…, so it is left alone);
- the 间隔号 · (U+00B7, GB/T 15834) set as another centred dot between two Han characters
  (中国•杭州, 马丁・路德): a bullet, the katakana middle dot in either width, the hyphenation
  point, the bullet or dot operator. Between Han characters each can only be the 间隔号; so
  between the month and the day of a day's name in quotation marks before its Han name
  (“3•15”消费者权益日, “12・4”宪法日), where a product (3⋅4) never stands.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from cleaner import chars

# ASCII and full-width square brackets and parentheses, 【】, 〖〗, and the small and vertical
# tortoise shells (a closer between two figures has no Chinese neighbour to be read by).
_OPENERS = "[(\uff3b\uff08\u3010\u3016\ufe5d\ufe39"
_CLOSERS = "])\uff3d\uff09\u3011\u3017\ufe5e\ufe3a"
_PAIR = dict(zip(_OPENERS, _CLOSERS))
# Organ abbreviation + bracket + year + bracket + serial + 号 (the serial may be full-width).
_DOC_NUMBER = regex.compile(
    rf"(?<=\p{{Han}})(?P<open>[{regex.escape(_OPENERS)}])(?:19|20)[0-9]{{2}}(?P<close>[{regex.escape(_CLOSERS)}])"
    r"(?=[0-9\uff10-\uff19]{1,5}\u53f7)")
_DUNHAO_LOOKALIKE = regex.compile(rf"(?<=\p{{Han}})[{chars.HAN_RADICAL_DOT}{chars.KATAKANA_ITERATION_MARK}](?=\p{{Han}})")


_MIDDLE_DOT_LOOKALIKE = regex.compile(
    r"(?<=\p{Han})[\u2022\u30fb\uff65\u2027\u2219\u22c5](?=\p{Han})"
    r"|(?<=\u201c(?:1[0-2]|[1-9]))[\u2022\u30fb\uff65\u2027\u2219\u22c5](?=(?:3[01]|[12][0-9]|[1-9])\u201d\p{Han})")


def doc_number_brackets(text: str) -> Iterator[tuple[int, str]]:
    """(index, mark) of each bracket of a document number's year that should be 〔 or 〕.

    >>> t = "按照江政办发[2020]35号，国发(2021)12号，（2021）京01民初12号，见[2021]12条"
    >>> [(t[i], m) for i, m in doc_number_brackets(t)]
    [('[', '〔'), (']', '〕'), ('(', '〔'), (')', '〕')]
    """
    for m in _DOC_NUMBER.finditer(text):
        if _PAIR[m.group("open")] != m.group("close"):
            continue  # "(2021]" is no bracket pair: a slip of another kind
        yield m.start("open"), chars.LEFT_TORTOISE_SHELL
        yield m.start("close"), chars.RIGHT_TORTOISE_SHELL


def dunhao_lookalikes(text: str) -> Iterator[int]:
    """Indices of a 丶 or ヽ between two Han characters (a 、 slip).

    >>> list(dunhao_lookalikes("教育\\u4e36医疗ヽ养老`托育，a`b，丶部"))
    [2, 5]
    """
    for m in _DUNHAO_LOOKALIKE.finditer(text):
        yield m.start()


def middle_dot_lookalikes(text: str) -> Iterator[int]:
    """Indices of a centred dot other than · between two Han characters.

    >>> list(middle_dot_lookalikes("中国\u2022杭州，马丁\u30fb路德，\u2022 要点，3\u22c54，\u201c3\u202215\u201d\u65e5"))
    [2, 8, 23]
    """
    for m in _MIDDLE_DOT_LOOKALIKE.finditer(text):
        yield m.start()
