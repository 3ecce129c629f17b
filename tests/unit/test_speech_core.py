"""Speed presets, cache keys and narration timings: the pure side of read-aloud."""

from __future__ import annotations

from app.core.sentences import split_sentences
from app.core.speech import (
    Clip,
    NoSpeechEngine,
    WordTiming,
    cache_key,
    faster,
    narration_clips,
    sentence_at_ms,
    slower,
    speakable,
    word_at_ms,
)


def test_speed_presets_step_and_stop_at_the_ends() -> None:
    assert slower("slow") == "slow"
    assert faster("slow") == "normal"
    assert faster("normal") == "brisk"
    assert faster("brisk") == "brisk"
    assert slower("brisk") == "normal"


def test_same_words_same_audio_file_any_change_a_new_one() -> None:
    key = cache_key("你好。", "cmn", "slow", "espeak-ng-1.51")
    assert key == cache_key("你好。", "cmn", "slow", "espeak-ng-1.51")
    others = {
        cache_key("你好！", "cmn", "slow", "espeak-ng-1.51"),
        cache_key("你好。", "en", "slow", "espeak-ng-1.51"),
        cache_key("你好。", "cmn", "brisk", "espeak-ng-1.51"),
        cache_key("你好。", "cmn", "slow", "espeak-ng-1.52"),
    }
    assert key not in others and len(others) == 4


def test_bullets_and_pictures_are_not_spoken() -> None:
    assert speakable("• 小心热气\ufffc") == "  小心热气 "  # same length: positions stay


def test_narration_timings_map_positions_to_sentences() -> None:
    sentences = split_sentences("一。二。三。")
    clips = narration_clips(sentences, "/n.wav", ((0, 900), (900, 2000), (2000, 3100)))
    assert clips[1] == Clip(1, "/n.wav", 900, 2000)
    assert sentence_at_ms(clips, 0) == 0
    assert sentence_at_ms(clips, 1500) == 1
    assert sentence_at_ms(clips, 9000) == 2
    # timings that do not fit the text: the whole recording, no per-sentence highlight
    assert narration_clips(sentences, "/n.wav", ((0, 5),)) == [Clip(0, "/n.wav")]


def test_the_word_heard_is_the_last_one_started() -> None:
    words = (WordTiming(0, 1, 60), WordTiming(1, 2, 330), WordTiming(3, 8, 700))
    assert word_at_ms(words, 0) == -1  # the lead-in silence: no word yet
    assert word_at_ms(words, 60) == 0
    assert word_at_ms(words, 500) == 1
    assert word_at_ms(words, 9000) == 2
    assert word_at_ms((), 100) == -1


def test_missing_engine_message_names_the_fix() -> None:
    assert "install espeak-ng" in str(NoSpeechEngine())
