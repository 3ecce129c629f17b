"""Subtitles: VTT and SRT read into the same cues; the cue at a moment of the media."""

from __future__ import annotations

from app.core.subtitles import cue_at, parse_subtitles
from tests.media_files import SUBTITLE_LINES, srt_text, vtt_text


def test_vtt_and_srt_give_the_same_cues() -> None:
    vtt, srt = parse_subtitles(vtt_text()), parse_subtitles(srt_text())
    assert vtt == srt
    assert [c.text for c in vtt] == [line[2] for line in SUBTITLE_LINES]
    assert (vtt[1].start_ms, vtt[1].end_ms) == (1500, 3000)


def test_the_cue_at_a_moment_and_none_between_cues() -> None:
    cues = parse_subtitles("WEBVTT\n\n00:01.000 --> 00:02.000\n一\n\n00:03.000 --> 00:04.500\n二\n")
    assert [cue_at(cues, ms) for ms in (0, 1000, 1999, 2500, 3000, 4499, 9000)] == [
        None, 0, 0, None, 1, 1, None,
    ]  # fmt: skip


def test_styling_is_dropped_and_unreadable_cues_left_out() -> None:
    text = (
        "1\n00:00:01,000 --> 00:00:02,000 align:middle\n<i>慢慢</i>来\n第二行\n\n"
        "2\nnot a time --> at all\n坏的\n\n"
        "3\n00:00:05,000 --> 00:00:04,000\n倒过来\n"
    )
    assert [c.text for c in parse_subtitles(text)] == ["慢慢来 第二行"]
    assert parse_subtitles("<html>not subtitles</html>") == ()
