"""Round 20: a paragraph's ordinal lead (三是…) repeated at the end of the paragraph before:
the copy glued on above goes, the lead keeps opening its paragraph."""
from cleaner.pipeline import clean

TITLE = "江岭市人民政府2021年政府工作报告\n一、过去一年工作回顾\n"


def test_ordinal_lead_glued_to_the_paragraph_above_is_the_copy():
    body = ("城乡区域发展的协调性明显增强。三是毫不放松地抓好“三农”工作，巩固和加强农业基础地位。\n"
            "三是毫不放松地抓好“三农”工作，巩固和加强农业基础地位。我们坚持在工业化中推进。\n")
    out = clean(TITLE + body).text
    assert "\n城乡区域发展的协调性明显增强。\n三是毫不放松地抓好“三农”工作，巩固和加强农业基础地位。我们坚持在工业化中推进。" in out
    assert out.count("三是毫不放松") == 1


def test_a_plain_sentence_repeated_at_the_next_opening_keeps_the_earlier_copy():
    # no ordinal, a comma: which copy is the slip the text cannot tell; the later one goes as before
    body = ("社会主义现代化事业取得令人鼓舞的重大成就。过去一年，我们是在应对新的挑战和考验中前进的。\n"
            "过去一年，我们是在应对新的挑战和考验中前进的。近两年我国经济运行中出现了一些新问题。\n")
    out = clean(TITLE + body).text
    assert "重大成就。过去一年，我们是在应对新的挑战和考验中前进的。\n近两年我国经济运行中出现了一些新问题。" in out


def test_ordinals_in_sequence_across_paragraphs_stay():
    body = ("一是加强组织领导，压实各方责任。二是完善工作机制。\n二是完善工作机制，健全协调制度。三是强化督查考核。\n")
    out = clean(TITLE + body).text
    assert body.rstrip("\n") in out
