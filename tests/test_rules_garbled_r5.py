"""encoding and garbled, round 5: damage of PDF extraction and of mail and byte loss.

Compatibility code points with one reading are repaired (Kangxi and simplified radicals,
compatibility ideographs, vertical punctuation, the soft hyphen); PDF glyph ids, radicals
without a reading, a lone Latin-1 letter (a lost trail byte) and quoted-printable residue
are flagged. Must-not-change rows: units and signs a notice writes on purpose (㎡, ℃,
长×宽, ①), a formula's "=AB", radicals outside Chinese text.
"""

from __future__ import annotations

import pytest

from cleaner.edits import apply
from cleaner.rules import encoding, garbled


@pytest.mark.parametrize("text_in,text_out", [
    ("加强\u2f47常\u2f2f作", "加强日常工作"),
    ("\u2ed3期坚持，\u2ecb辆管理", "长期坚持，车辆管理"),
    ("坚持\uf967懈", "坚持不懈"),
    ("加强管理\ufe10确保安全\ufe12", "加强管理，确保安全。"),
    ("安全\u00ad生产", "安全生产"),
    # must not change
    ("新建用房120㎡，室温26℃，长×宽2米×1米，①②③", "新建用房120㎡，室温26℃，长×宽2米×1米，①②③"),
    ("\u2f47 \u2f49", "\u2f47 \u2f49"),
    ("加强\u2eae管理", "加强\u2eae管理"),  # a radical with no standalone character: flagged, not guessed
])
def test_compatibility_characters(text_in, text_out):
    assert apply(text_in, list(encoding.repair_compatibility_characters(text_in))) == text_out


@pytest.mark.parametrize("rule,text,flagged", [
    (garbled.flag_private_use_characters, "强化隐患(cid:1234)(cid:56)排查", "(cid:1234)(cid:56)"),
    (garbled.flag_private_use_characters, "强化隐患（cid：12）排查", "（cid：12）"),
    (garbled.flag_private_use_characters, "加强\u2eae管理", "\u2eae"),
    (garbled.flag_private_use_characters, "强化Ö排查", "Ö"),
    (garbled.flag_undecoded_residue, "强化=E5=8A=A0=E5=BC=BA排查", "=E5=8A=A0=E5=BC=BA"),
])
def test_flagged(rule, text, flagged):
    assert [text[f.start:f.end] for f in rule(text)] == [flagged]


@pytest.mark.parametrize("rule,text", [
    (garbled.flag_private_use_characters, "长×宽2米，Zoë Smith来访，café"),
    (garbled.flag_private_use_characters, "面积120㎡，室温26℃"),
    (garbled.flag_undecoded_residue, "系数=AB，a=E5时成立，cid:12"),
])
def test_not_flagged(rule, text):
    assert list(rule(text)) == []
