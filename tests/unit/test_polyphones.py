"""多音字: words older learners meet, read with the syllables a person says."""

from __future__ import annotations

import pytest

from app.services.speech.mandarin import speech_runs

# word or short phrase → pinyin with tone digits (5: neutral tone), as spoken: two third
# tones in a row are said second + third (了解 liáo jiě), as a person says them.
CORPUS = {
    "银行": "yin2 hang2",
    "行走": "xing2 zou3",
    "还钱": "huan2 qian2",
    "还是": "hai2 shi4",
    "重新": "chong2 xin1",
    "重要": "zhong4 yao4",
    "长大": "zhang3 da4",
    "长度": "chang2 du4",
    "音乐": "yin1 yue4",
    "快乐": "kuai4 le4",
    "睡觉": "shui4 jiao4",
    "觉得": "jue2 de5",
    "了解": "liao2 jie3",
    "好了": "hao3 le5",
    "朝阳": "zhao1 yang2",
    "血压": "xue4 ya1",
    "角色": "jue2 se4",
    "为了": "wei4 le5",
    "因为": "yin1 wei4",
    "便宜": "pian2 yi5",
    "方便": "fang1 bian4",
    "头发": "tou2 fa5",
    "发现": "fa1 xian4",
    "数字": "shu4 zi4",
    "数一数": "shu3 yi4 shu3",
    "得到": "de2 dao4",
    "你得去": "ni2 dei3 qu4",
    "空调": "kong1 tiao2",
    "调整": "tiao2 zheng3",
    "中间": "zhong1 jian1",
    "中奖": "zhong4 jiang3",
    "大夫": "dai4 fu5",
    "教室": "jiao4 shi4",
    "教书": "jiao1 shu1",
    "着急": "zhao2 ji2",
    "看着": "kan4 zhe5",
    "出差": "chu1 chai1",
    "差不多": "cha4 bu5 duo1",
    "处理": "chu2 li3",
    "好处": "hao3 chu4",
    "暖和": "nuan3 huo5",
    "慢慢地走": "man4 man4 de5 zou3",
    "传说": "chuan2 shuo1",
    "自传": "zi4 zhuan4",
    "应该": "ying1 gai1",
    "答应": "da1 ying5",
    "地方": "di4 fang1",
    "睡午觉": "shui4 wu3 jiao4",
}


@pytest.mark.parametrize(("word", "said"), CORPUS.items())
def test_a_polyphone_is_read_by_its_word(word: str, said: str) -> None:
    (run,) = speech_runs(word, "zh_CN")
    assert run.text == said
    assert len(run.words) == len(word)  # one syllable, one character on screen


def test_the_corpus_is_big_enough() -> None:
    assert len(CORPUS) >= 40
