"""What a person would say: numbers, units and Latin words in Chinese lessons.

Checked on the text sent to the engine (the pinyin syllables of the Mandarin run); the
same corpus is checked on espeak-ng's phonemes in tests/integration/test_mandarin_phonemes.
"""

from __future__ import annotations

import pytest

from app.services.speech.mandarin import speech_runs, syllables
from app.services.speech.normalise import spoken_text

# (lesson text, what a person says)
CORPUS = [
    ("拨打110报警", "拨打幺幺零报警"),
    ("急救电话120", "急救电话幺二零"),
    ("反诈专线96110", "反诈专线九六幺幺零"),
    ("市民热线12345", "市民热线幺二三四五"),
    ("血糖3.9 mmol/L", "血糖三点九毫摩尔每升"),
    ("每天吃25–30克坚果", "每天吃二十五到三十克坚果"),
    ("每天吃25-30 g坚果", "每天吃二十五到三十克坚果"),
    ("血压140/90", "血压一百四十比九十"),
    ("80%的人", "百分之八十的人"),
    ("2026年11月2日", "二零二六年十一月二日"),
    ("上午9:30上课", "上午九点三十分上课"),
    ("9:05出发", "九点零五分出发"),
    ("喝1.5升水", "喝一点五升水"),
    ("喝1500 mL水", "喝一千五百毫升水"),
    ("体温36.5°C", "体温三十六点五摄氏度"),
    ("买2个苹果", "买两个苹果"),
    ("第2课", "第二课"),
    ("走10,000步", "走一万步"),
    ("切成1/2", "切成二分之一"),
    ("打开WeChat", "打开微信"),
]


@pytest.mark.parametrize(("shown", "said"), CORPUS)
def test_numbers_units_and_words_are_said_as_a_person_says_them(shown: str, said: str) -> None:
    assert spoken_text(shown, "zh_CN") == said
    (run,) = speech_runs(shown, "zh_CN")
    assert run.lang == "zh_CN"
    assert len(run.words) == len(said)  # one syllable sent for each character said


def test_digits_keep_their_tones_and_quantities_change_theirs() -> None:
    assert speech_runs("喝1.5升水", "zh_CN")[0].text == "he1 yi1 dian3 wu3 sheng1 shui3"
    assert speech_runs("1990年", "zh_CN")[0].text == "yi1 jiu3 jiu3 ling2 nian2"
    assert speech_runs("血压140/90", "zh_CN")[0].text.startswith("xue4 ya1 yi4 bai3 si4 shi2 bi3")
    assert speech_runs("拨打110", "zh_CN")[0].text == "bo1 da3 yao1 yao1 ling2"
    assert syllables("一个") == ["yi2", "ge4"]  # 一 before a fourth tone, as said


def test_every_syllable_sent_stands_for_characters_on_screen() -> None:
    shown = "去银行取3.9元，拨打110。"
    (run,) = speech_runs(shown, "zh_CN")
    heard = [(word.token, shown[word.start : word.end]) for word in run.words]
    assert heard[:4] == [("qu4", "去"), ("yin2", "银"), ("hang2", "行"), ("qu3", "取")]
    assert [s for t, s in heard if t in ("san1", "dian3", "jiu3")] == ["3.9"] * 3
    assert [s for t, s in heard if t in ("yao1", "ling2")] == ["110"] * 3
    for word in run.words:  # the token sent is where the word says it is
        assert run.text[word.offset : word.offset + len(word.token)] == word.token


def test_english_words_in_chinese_go_to_the_english_voice_as_one_word() -> None:
    shown = "连上Wi-Fi后打开App。"
    runs = speech_runs(shown, "zh_CN")
    assert [run.lang for run in runs] == ["zh_CN", "en", "zh_CN", "en"]
    english = [(w.token, shown[w.start : w.end]) for r in runs if r.lang == "en" for w in r.words]
    assert english == [("wifi", "Wi-Fi"), ("app", "App")]


def test_an_english_lesson_stays_english_and_chinese_names_are_one_mandarin_run() -> None:
    shown = "Say 你好 to 王芳, then call 110."
    runs = speech_runs(shown, "en")
    assert [(r.lang, r.text) for r in runs] == [
        ("en", "Say"),
        ("zh_CN", "ni2 hao3"),
        ("en", "to"),
        ("zh_CN", "wang2 fang1"),
        ("en", ", then call 110."),
    ]
    assert [shown[w.start : w.end] for w in runs[-1].words] == ["then", "call", "110"]


def test_bullets_and_picture_marks_are_not_said_and_positions_stay() -> None:
    shown = "• 小心\ufffc热气"
    (run,) = speech_runs(shown, "zh_CN")
    assert run.text == "xiao3 xin1 re4 qi4"
    assert [shown[w.start : w.end] for w in run.words] == list("小心热气")
