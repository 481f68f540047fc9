"""garbled: a document written in traditional characters (Hong Kong, Macao, Taiwan government
texts) is the script, not damage. Before, every sentence of such a document raised
``garbled.flag_unlikely_characters`` (11 flags on a four-line 施政報告). The same characters
still count as garbled where they are not prose: a line of GBK read as Big5 inside a
traditional or a simplified document, and other scripts' letters (kana, box drawing) anywhere.
"""

from __future__ import annotations

import pytest

from cleaner.pipeline import clean

HK = ("香港特別行政區政府二〇二四年施政報告\n"
      "各位議員：\n"
      "政府將繼續推動經濟發展，鞏固香港作為國際金融中心的地位，並積極融入國家發展大局。"
      "我們會加強與粵港澳大灣區其他城市的合作，推動創新科技產業發展，為青年人提供更多機會。\n"
      "在房屋方面，政府會增加土地供應，加快公營房屋建設，縮短輪候時間，改善基層市民的居住環境。\n"
      "{extra}"
      "在醫療方面，我們會推動基層醫療發展，完善公營醫療服務，縮短專科門診的輪候時間。\n")

TW = ("行政院關於推動數位轉型之實施計畫\n"
      "一、為落實數位國家之政策目標，提升政府服務效能，特訂定本計畫。\n"
      "二、各機關應於本年度內完成業務流程之檢討，並建立資料開放之機制，以利民眾查詢與運用。\n"
      "三、本計畫所需經費，由各機關在年度預算內調整支應，並應依規定辦理經費核銷。\n"
      "{extra}"
      "四、本計畫自發布日起實施。\n")

SIMPLIFIED = ("江岭市卫生健康委员会关于做好2024年基层卫生工作的通知\n"
              "各县（市、区）卫生健康局：\n"
              "一、加强基层医疗机构建设，推进标准化建设，全年新建村卫生室12个，完成年度任务。\n"
              "{extra}"
              "二、完善基层卫生人才队伍建设，组织开展在岗培训，提升服务能力和水平。\n"
              "江岭市卫生健康委员会\n"
              "2024年3月29日")

# A simplified sentence whose GBK bytes were read with the Big5 table: Big5 characters, no prose.
BIG5_GARBAGE = "加强基层卫生人才队伍建设，组织开展在岗培训，提升服务能力和水平，推进工作落实。".encode(
    "gbk").decode("big5", errors="replace") + "\n"


def _garbled_flags(text: str) -> list[str]:
    cleaned = clean(text, "doc")
    return [f.before for f in cleaned.findings if f.rule.startswith("garbled.flag_unlikely")]


@pytest.mark.parametrize("doc", [HK, TW])
def test_a_document_in_traditional_characters_raises_no_garbled_flag(doc):
    text = doc.format(extra="")
    cleaned = clean(text, "doc")
    assert _garbled_flags(text) == []
    assert cleaned.text.rstrip("\n") == text.rstrip("\n")


@pytest.mark.parametrize("doc", [HK, TW, SIMPLIFIED])
def test_a_line_of_gbk_read_as_big5_is_still_flagged(doc):
    assert "的" not in BIG5_GARBAGE and "在" not in BIG5_GARBAGE
    flags = _garbled_flags(doc.format(extra=BIG5_GARBAGE))
    assert flags and all(f in BIG5_GARBAGE for f in flags), flags


@pytest.mark.parametrize("doc", [HK, TW])
def test_other_scripts_in_a_traditional_document_are_still_flagged(doc):
    extra = "我們會加強與社區的合作，推動ｦｧｨｩ┼═╪改善環境，為市民提供更多的服務和支援。\n"
    flags = _garbled_flags(doc.format(extra=extra))
    assert any("┼═╪" in f for f in flags), flags


def test_a_few_traditional_names_in_a_simplified_document_are_flagged_as_before():
    extra = "三、学习借鉴臺灣經驗與澳門做法，在全市范围内推广。\n"
    flags = _garbled_flags(SIMPLIFIED.format(extra=extra))
    assert flags, "a cluster of traditional characters in a simplified document is still pointed at"
