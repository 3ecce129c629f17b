"""Bookmarks and reading positions land on the right sentence after a lesson is edited."""

from __future__ import annotations

from app.core.anchors import Anchor, anchor_for, fingerprint, locate
from app.core.sentences import split_sentences

LESSON = (
    "Getting ready\nFirst wash the kettle. Fill it halfway.\n"
    "Plug it in and press the switch. Wait until the water boils.\nMind the steam."
)


def _anchor_on(text: str, wanted: str) -> Anchor:
    sentences = split_sentences(text)
    target = next(s for s in sentences if s.text == wanted)
    return anchor_for(sentences, target)


def test_same_text_lands_on_same_sentence() -> None:
    anchor = _anchor_on(LESSON, "Fill it halfway.")
    found = locate(anchor, split_sentences(LESSON))
    assert found is not None and found.exact
    assert found.sentence.text == "Fill it halfway."


def test_sentence_inserted_before_bookmark() -> None:
    anchor = _anchor_on(LESSON, "Wait until the water boils.")
    edited = LESSON.replace("First wash", "Use fresh cold water. First wash")
    found = locate(anchor, split_sentences(edited))
    assert found is not None and found.exact
    assert found.sentence.text == "Wait until the water boils."
    assert found.sentence.start > anchor.offset


def test_repeated_sentence_picks_the_one_with_same_neighbours() -> None:
    text = "Breathe in. Stand up. Breathe in. Sit down."
    sentences = split_sentences(text)
    anchor = anchor_for(sentences, sentences[2])
    moved = "Welcome. " + text
    found = locate(anchor, split_sentences(moved))
    assert found is not None and found.exact
    assert found.sentence.index == 3


def test_reworded_sentence_found_by_neighbours_and_flagged() -> None:
    anchor = _anchor_on(LESSON, "Plug it in and press the switch.")
    edited = LESSON.replace("Plug it in and press the switch.", "Plug in the kettle.")
    found = locate(anchor, split_sentences("New intro line.\n" + edited))
    assert found is not None and not found.exact
    assert found.sentence.text == "Plug in the kettle."


def test_sentence_gone_falls_back_to_nearest_and_says_so() -> None:
    anchor = Anchor(40, fingerprint("A sentence that was removed."), "x", "y")
    found = locate(anchor, split_sentences(LESSON))
    assert found is not None and not found.exact


def test_fingerprint_ignores_spacing_and_case() -> None:
    assert fingerprint("Fill  it halfway.") == fingerprint("fill it\nhalfway.")
    assert fingerprint("先把水壶洗干净。") != fingerprint("把水壶洗干净。")


def test_empty_lesson_has_no_place() -> None:
    assert locate(Anchor(0, ""), []) is None
