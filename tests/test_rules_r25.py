"""Round 25: a notice's own writing words, star ratings, and linear time measured cold.

Two helpers' adversarial reads of government notices about essay contests, model contracts,
libraries and archives found lines of their own that the ad rules removed before this round:

- 范文 inside another word (合同示范文本, 规范文本, 防范文物) is no template site's word;
- a writing word the document's own title uses (征集…作文范文的通知, “江岭文库”…开放的通知) is its
  topic, not a farm's vocabulary;
- an archive, a library or a museum (档案馆, 图书馆, 博物馆) is an institution: its own repost
  note (本文由江岭市档案馆编研科整理，转载请注明出处) stays.

And a run of stars that states a rating (分为★★★★★至★五个等级) is no masked word.
Every case runs the whole pipeline."""
import pytest

from cleaner.pipeline import clean


def _notice(title, line):
    return (f"{title}\n各有关单位：\n为做好相关工作，现将有关事项通知如下，请认真贯彻落实。\n{line}\n"
            "一是加强组织领导，二是做好宣传引导。\n江岭市人民政府办公室\n2023年3月16日\n")


def _removed(text):
    return [f.before.strip() for f in clean(text).findings if f.action == "remove" and f.rule.startswith("ads.")]


OWN = [
    ("江岭市市场监督管理局关于推行住宅装饰装修合同示范文本的通知", "注：合同示范文本可在本局网站“下载专区”免费下载。"),
    ("关于印发《江岭市行政执法文书规范文本》的通知", "规范文本电子版可在“江岭司法”微信公众号下载。"),
    ("关于征集中小学优秀作文范文的通知", "附：2022年度中小学优秀作文范文篇目（共12篇）"),
    ("关于“江岭文库”地方文献数据库开放时间的通知", "江岭文库（地方文献数据库）每日9:00-21:00开放，持读者证可免费下载。"),
    ("江岭市档案馆馆藏珍品介绍：清代江岭县志", "本文由江岭市档案馆编研科整理，转载请注明出处。"),
]


@pytest.mark.parametrize("title, line", OWN)
def test_a_notices_own_writing_words_stay(title, line):
    assert _removed(_notice(title, line)) == []


FARM = [
    "更多工作总结范文请关注本站，免费下载Word版。",
    "本文由好范文网整理，仅供学习参考，如有侵权请联系删除。",
]


@pytest.mark.parametrize("line", FARM)
def test_a_farms_line_still_goes(line):
    assert _removed(_notice("江岭市人民政府办公室关于做好春节期间安全工作的通知", line)) == [line]


def test_the_title_does_not_shelter_an_ad_that_is_the_first_line():
    # the first line may be the ad itself: its words are no topic of the document
    text = "更多工作总结范文请关注本站，免费下载Word版。\n" + _notice("关于做好春节期间安全工作的通知", "正文。")
    assert "更多工作总结范文请关注本站，免费下载Word版。" in _removed(text)


def _symbol_flags(text):
    return [f.before for f in clean(text).findings if f.rule == "garbled.flag_symbol_runs"]


@pytest.mark.parametrize("sentence", [
    "四是推行定点医药机构信用分级管理，信用等级由高到低分为★★★★★至★五个等级。",
    "全市新增★★★级以上旅游饭店3家。",
    "年度考评结果分为★★★、★★、★三档。",
])
def test_a_rating_in_stars_is_not_flagged(sentence):
    assert _symbol_flags(_notice("关于开展信用评价工作的通知", sentence)) == []


def test_stars_masking_a_word_are_still_flagged():
    assert _symbol_flags(_notice("关于开展信用评价工作的通知", "要加强★★建设，提升服务水平。")) == ["★★"]


def test_a_farms_copy_titled_by_its_genre_gets_no_shelter_from_its_title():
    # the copy's title names its genre, not a document's kind: its ad's 范文 is the farm's
    text = ("2023年社区工作总结范文\n一年来，社区坚持以人民为中心，扎实推进各项工作。\n"
            "精选工作总结范文10篇，点击下载\n二是加强组织领导。\n")
    assert _removed(text) == ["精选工作总结范文10篇，点击下载"]
