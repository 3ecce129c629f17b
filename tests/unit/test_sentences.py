"""Sentence splitting: what read-aloud speaks and highlights, one sentence at a time."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from app.core.lesson_text import build_lesson_view, parse_lesson_markdown
from app.core.models import LessonContent
from app.core.sentences import Sentence, sentence_at, split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_chinese_sentences_end_at_chinese_punctuation() -> None:
    assert texts("先把水壶洗干净。水要装到一半！好了吗？别急；慢慢来…") == [
        "先把水壶洗干净。",
        "水要装到一半！",
        "好了吗？",
        "别急；",
        "慢慢来…",
    ]


def test_mixed_chinese_english_and_numbers() -> None:
    assert texts("价格是3.5元。英文叫 Hello world. 再见！") == [
        "价格是3.5元。",
        "英文叫 Hello world.",
        "再见！",
    ]
    assert texts("打开 WeChat 微信，点“我”。Then tap Settings. 共2步。") == [
        "打开 WeChat 微信，点“我”。",
        "Then tap Settings.",
        "共2步。",
    ]


def test_quotes_and_brackets_stay_with_their_sentence() -> None:
    assert texts("他说：“今天下雨。”然后走了。") == ["他说：“今天下雨。”", "然后走了。"]
    assert texts("（注意：别烫手。）好的") == ["（注意：别烫手。）", "好的"]
    assert texts("“Hi,” she said. “Bye.”") == ["“Hi,” she said.", "“Bye.”"]
    assert texts("他问“你好吗？”我说“好！”") == ["他问“你好吗？”", "我说“好！”"]


def test_numbers_abbreviations_and_web_addresses_do_not_split() -> None:
    assert texts("Dr. Li said 3.5 kg is fine. Next one!") == [
        "Dr. Li said 3.5 kg is fine.",
        "Next one!",
    ]
    assert texts("e.g. this one. Mr. Wang and the U.S. team won.") == [
        "e.g. this one.",
        "Mr. Wang and the U.S. team won.",
    ]
    assert texts("Visit www.gov.cn today. OK") == ["Visit www.gov.cn today.", "OK"]
    assert texts("1. 插上电源。") == ["1. 插上电源。"]
    assert texts("No. 5 is here.") == ["No. 5 is here."]


def test_repeated_end_marks_stay_together() -> None:
    assert texts("你好……我在。真的吗？！") == ["你好……", "我在。", "真的吗？！"]
    assert texts("Wait?! Yes.") == ["Wait?!", "Yes."]


def test_newline_ends_a_sentence_and_blank_lines_give_nothing() -> None:
    assert texts("标题\n\n第一段没有句号\n• 要点一") == ["标题", "第一段没有句号", "要点一"]
    assert split_sentences("") == []
    assert split_sentences("   \n\u3000\n") == []


def test_offsets_point_into_the_lesson_display_text() -> None:
    source = "## 准备\n先把水壶洗干净。水要装到一半。\n1. 插上电源，按下开关。\n> 小心烫手。"
    content = LessonContent("x", "zh_CN", tuple(parse_lesson_markdown(source)))
    view = build_lesson_view(content, "烧水", "记住")
    sentences = split_sentences(view.text)
    assert [s.text for s in sentences] == [
        "准备",
        "先把水壶洗干净。",
        "水要装到一半。",
        "1. 插上电源，按下开关。",
        "记住",
        "小心烫手。",
    ]
    for s in sentences:
        assert view.text[s.start : s.end] == s.text


def test_sentence_at_finds_the_sentence_under_an_offset() -> None:
    sentences = split_sentences("一。二。三。")
    assert sentence_at(sentences, 0) == Sentence(0, 0, 2, "一。")
    assert sentence_at(sentences, 3) == Sentence(1, 2, 4, "二。")
    assert sentence_at(sentences, 99) == Sentence(2, 4, 6, "三。")
    assert sentence_at([], 5) is None


ALPHABET = st.sampled_from(
    [*"abc XYZ 12.3 水壶洗干净 。！？；…!?.;“”\"'（）()\n\u3000•", "Dr.", "e.g.", "www.a.cn"]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=60).map("".join))
def test_any_text_gives_ordered_non_overlapping_exact_sentences(text: str) -> None:
    sentences = split_sentences(text)
    previous_end = 0
    for number, s in enumerate(sentences):
        assert s.index == number
        assert text[s.start : s.end] == s.text
        assert previous_end <= s.start < s.end <= len(text)
        assert "\n" not in s.text  # sentences never cross blocks
        assert s.text == s.text.strip(" \t\u3000")
        previous_end = s.end
    spoken = "".join(s.text for s in sentences)
    assert sum(c.isalnum() for c in spoken) == sum(c.isalnum() for c in text)
