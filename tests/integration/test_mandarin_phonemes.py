"""Heard through espeak-ng's own phoneme trace: Chinese is spoken in Mandarin, never English.

Nobody here has speakers, so we read what espeak-ng makes of what we send. A switch to
another voice shows in the trace as "(en)…(cmn)"; before this was fixed the bundled
lessons had 4,070 of them (every Hanzi's pinyin spoken with the English voice).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from app.core.lesson_text import build_lesson_view
from app.core.sentences import split_sentences
from app.services.machine_check import check_speech
from app.services.packs.folder import PackFolder
from app.services.paths import resources_dir
from app.services.speech.espeak import EspeakEngine
from app.services.speech.libespeak import LibEspeakEngine, library_path
from app.services.speech.mandarin import speech_runs
from tests.speech_fakes import OldChineseVoiceEngine
from tests.unit.test_polyphones import CORPUS as POLYPHONES
from tests.unit.test_speech_normalise import CORPUS as NUMBERS

LIBRARY = library_path()
pytestmark = pytest.mark.skipif(LIBRARY is None, reason="needs libespeak-ng")
SYLLABLE = re.compile(r"^[a-zü]+[1-5]$")
ENGLISH_NUMBERS = ("w'0n", "t'u:", "Tr'i:", "f'o@", "f'aIv", "s'Iks", "s'Ev", "'eIt", "n'aIn")


def engine() -> LibEspeakEngine:
    assert LIBRARY is not None
    return LibEspeakEngine(LIBRARY)


def chinese_sentences() -> list[str]:
    pack = PackFolder.open(resources_dir() / "packs" / "silver-basics")
    sentences: list[str] = []
    for lesson_id in sorted(pack.manifest.lessons):
        content = pack.lesson_content(lesson_id, "zh_CN")
        assert content is not None
        view = build_lesson_view(content, "", "记住这几点")
        sentences += [s.text for s in split_sentences(view.text)]
    return sentences


def test_every_chinese_sentence_of_the_bundled_pack_is_spoken_in_mandarin() -> None:
    voice = engine()
    sentences = chinese_sentences()
    assert len(sentences) > 500
    switches: list[str] = []
    english_numbers: list[str] = []
    not_pinyin: list[str] = []
    for sentence in sentences:
        for run in voice.trace(sentence, "zh_CN"):
            if "(" in run.phonemes:
                switches.append(f"{sentence} → {run.text} → {run.phonemes}")
            if run.voice != "cmn-latn-pinyin" or any(n in run.phonemes for n in ENGLISH_NUMBERS):
                english_numbers.append(f"{sentence} → {run.voice}: {run.phonemes}")
            not_pinyin += [t for t in run.text.replace(",", " ").split() if not SYLLABLE.match(t)]
    assert switches == []
    assert english_numbers == []
    assert not_pinyin == []


@pytest.mark.parametrize(("shown", "said"), NUMBERS)
def test_numbers_and_units_sound_like_the_words_a_person_says(shown: str, said: str) -> None:
    """The syllables heard (tones aside) are those of the spoken form read by espeak-ng."""
    voice = engine()
    (run,) = voice.trace(shown, "zh_CN")
    heard = re.sub(r"\d", "", run.phonemes)
    expected = re.sub(r"\d", "", voice.phonemes("cmn-latn-pinyin", said))
    assert heard == expected
    assert "(" not in run.phonemes


def test_polyphones_are_heard_with_their_tones() -> None:
    voice = engine()
    for word, said in POLYPHONES.items():
        (run,) = voice.trace(word, "zh_CN")
        assert run.phonemes == voice.phonemes("cmn-latn-pinyin", said), word


def test_the_old_voice_choice_is_caught_by_admin_check() -> None:
    """``cmn`` with Hanzi, as before the fix: admin check hears the English voice."""
    assert LIBRARY is not None
    bad = check_speech(lambda text: text, find=lambda: OldChineseVoiceEngine())
    assert not bad.ok and "English voice" in bad.detail and "(en)" in bad.detail
    good = check_speech(lambda text: text, find=lambda: LibEspeakEngine(LIBRARY))
    assert good.ok, good.detail


def test_the_highlight_lands_on_a_polyphone_a_number_and_a_latin_word(tmp_path: Path) -> None:
    shown = "去银行取3.9元，再打开WeChat和App。"
    timings = engine().render(shown, "zh_CN", 130, str(tmp_path / "s.wav"))
    marked = [shown[t.start : t.end] for t in timings]
    assert marked == ["去", "银", "行", "取", "3.9", "元", "再", "打", "开", "WeChat", "和", "App"]
    times = [t.ms for t in timings]
    assert times == sorted(times) and len(set(times)) == len(times)
    # the command-line engine reads the same runs (no timings, same words)
    EspeakEngine().render(shown, "zh_CN", 130, str(tmp_path / "c.wav"))
    assert (tmp_path / "c.wav").stat().st_size > 10_000
    assert [r.lang for r in speech_runs(shown, "zh_CN")] == ["zh_CN", "en"]


def test_phoneme_look_ups_do_not_cost_the_next_sentence_its_first_word(tmp_path: Path) -> None:
    """``admin check`` and the computer check look phonemes up in the same library the
    reader renders with; espeak-ng 1.51 then dropped the next sentence's first word event."""
    voice = engine()
    for _ in range(40):
        voice.phonemes("cmn-latn-pinyin", "ni3")
    shown = "去银行取钱。"
    timings = voice.render(shown, "zh_CN", 130, str(tmp_path / "s.wav"))
    assert [shown[t.start : t.end] for t in timings] == ["去", "银", "行", "取", "钱"]
