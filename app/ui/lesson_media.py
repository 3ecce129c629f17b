"""The views of a lesson's materials, and where their files and places come from.

``LessonMedia`` is what the lessons feature gives the ``MaterialsPanel`` as its
``open_material``: a video or recording becomes a ``MediaView`` (the player, and its
transcript when there are subtitles), a handout a ``HandoutView``. Files come through
``LessonFiles`` (the saved copy first), subtitles and handouts are fetched off the GUI
thread by ``BackgroundWork``, and the player's place is the learner's
``MediaPositionRepo`` row. The transcript and a handout's large text get the learner's
``ReadingPlaces`` under their own text ids (``<lesson id>#video``, ``#handout``…,
``app/core/text_ids.py``): bookmarks, the note row and resume as in a text lesson; a
bookmark opens its lesson with ``open_part`` / ``open_at`` (that material's text at that
offset). Nothing here touches a widget off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget

from app.core.materials import (
    Material,
    MaterialKind,
    first_to_open,
    index_of_part,
    lesson_materials,
    text_part,
)
from app.core.platform_contract import TiItem
from app.core.study_time import StudyKind
from app.core.subtitles import parse_subtitles
from app.core.text_ids import material_text_id
from app.services.lesson_files import LessonFiles
from app.services.platform.platform_cache import PlatformCache
from app.services.reading import ReadingPlaces
from app.services.speech.read_aloud import ReadAloud, build_read_aloud
from app.services.store.media_positions_repo import MediaPositionRepo
from app.ui.background_work import BackgroundWork
from app.ui.handout_view import HandoutView, LargeTextView, handout_text
from app.ui.lesson_texts import lesson_items
from app.ui.materials_panel import MaterialsPanel
from app.ui.media_player import MediaPlace, MediaPlayerView
from app.ui.style import Look
from app.ui.transcript_view import TranscriptView, transcript_view
from app.ui.widgets import Banner

if TYPE_CHECKING:
    from app.ui.features.context import FeatureContext


class MediaView(QWidget):
    """The player, or what it says as large text; the two swap in place."""

    def __init__(self, player: MediaPlayerView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.player = player
        self.transcript: TranscriptView | None = None
        self.stack = QStackedWidget()
        self.stack.addWidget(player)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def show_transcript(self, transcript: TranscriptView) -> None:
        if self.transcript is None:
            self.transcript = transcript
            self.stack.addWidget(transcript)
            self.player.cue_changed.connect(transcript.follow)
            transcript.line_chosen.connect(self.player.seek)
            transcript.back_requested.connect(self.show_player)
        self.stack.setCurrentWidget(self.transcript)
        self.transcript.follow(self.player._cue if self.player._cue is not None else -1)
        self.transcript.reader.setFocus()

    def show_player(self) -> None:
        if self.transcript is not None:
            self.transcript.leave()  # keep the place in the text
        self.stack.setCurrentWidget(self.player)

    def pause_media(self) -> None:
        self.player.player.pause()
        if self.transcript is not None:
            self.transcript.leave()

    def study_kind(self) -> StudyKind | None:
        """A video playing is watched (the platform's ``watched``); a recording, heard."""
        if not self.player.is_playing:
            return None
        return StudyKind.WATCHED if self.player.is_video else StudyKind.LISTENED

    def close_view(self) -> None:
        if self.transcript is not None:
            self.transcript.leave()
        self.player.close_player()


@dataclass
class LessonMedia:
    """Builds the views of one lesson's materials (see the module's docstring)."""

    lesson_id: str
    course_id: str
    title: str
    lang: str
    look: Look
    files: LessonFiles
    positions: MediaPositionRepo
    work: BackgroundWork
    volume: int = 80
    make_reader: Callable[[str], ReadAloud] | None = None
    on_full_screen: Callable[[bool], None] = lambda _full: None
    materials: tuple[Material, ...] = ()
    places: ReadingPlaces | None = None  # bookmarks and resume in the material texts
    open_part: str = ""  # open this material's text at once (a bookmark in it) …
    open_at: int | None = None  # … at this offset

    def text_id(self, material: Material) -> tuple[str, str]:
        """(text id, part) of a material's text (its place among ``materials``)."""
        for i, m in enumerate(self.materials):
            if m is material:
                part = text_part(self.materials, i)
                return material_text_id(self.lesson_id, part), part
        part = material.kind.value
        return material_text_id(self.lesson_id, part), part

    def open(self, material: Material) -> QWidget:
        if material.kind in (MaterialKind.VIDEO, MaterialKind.AUDIO) and material.item:
            return self.media_view(material)
        if material.kind is MaterialKind.HANDOUT and material.item is not None:
            return self.handout_holder(material)
        return QLabel()

    def _opens_text(self, part: str) -> tuple[bool, int | None]:
        """Whether this material's text opens at once (once: a bookmark), and where."""
        if not self.open_part or part != self.open_part:
            return False, None
        self.open_part = ""
        return True, self.open_at

    # ------------------------------------------------------------ video and audio
    def media_view(self, material: Material) -> MediaView:
        assert material.item is not None
        where = self.files.where(material.item)
        url = QUrl.fromLocalFile(where) if Path(where).is_file() else QUrl(where)
        saved = self.positions.get(self.lesson_id)
        place = MediaPlace(saved.position_ms, saved.watched) if saved else MediaPlace()
        player = MediaPlayerView(
            url,
            self.look,
            video=material.kind is MaterialKind.VIDEO,
            place=place,
            save_place=self.save_place,
            volume=self.volume,
        )
        view = MediaView(player)
        player.full_screen_requested.connect(self.on_full_screen)
        subtitles = material.subtitles_for(self.lang)
        if subtitles is not None:
            self.fetch_subtitles(view, subtitles, material)
        return view

    def save_place(self, position_ms: int, duration_ms: int) -> bool:
        now = datetime.now(UTC)
        return self.positions.save(self.lesson_id, self.course_id, position_ms, duration_ms, now)

    def fetch_subtitles(self, view: MediaView, item: TiItem, material: Material) -> None:
        text_id, part = self.text_id(material)
        show_now, start = self._opens_text(part)

        def read() -> str | None:
            path = self.files.fetch(item)
            return None if path is None else path.read_text("utf-8-sig", errors="replace")

        def arrived(text: str | None) -> None:
            cues = parse_subtitles(text) if text else ()
            if not cues:
                view.player.say(
                    QCoreApplication.translate(
                        "LessonMedia",
                        "The subtitles for this lesson could not be loaded. It plays without them.",
                    )
                )
                return
            view.player.set_subtitles(cues)
            transcript = TranscriptView(
                transcript_view(text_id, self.title, self.lang, cues),
                cues,
                self.look,
                places=self.places,
                start=start,
            )
            view.player.transcript_requested.connect(lambda: view.show_transcript(transcript))
            if show_now:
                view.show_transcript(transcript)

        self.work.run(read, arrived)

    # ------------------------------------------------------------ handouts
    def handout_holder(self, material: Material) -> HandoutHolder:
        item = material.item
        assert item is not None
        text_id, part = self.text_id(material)
        show_now, start = self._opens_text(part)
        holder = HandoutHolder(
            self.look,
            self.make_reader,
            key=text_id,
            places=self.places,
            open_text=show_now,
            start=start,
        )
        saved = self.files.saved(item)
        if saved is not None:
            holder.arrived(saved)
        else:
            self.work.run(lambda: self.files.fetch(item), holder.arrived)
        return holder


class HandoutHolder(QWidget):
    """A place for the handout that fills in when its file is here (fetched once); its
    "Show as large text" swaps the page for the handout's words in the reader."""

    def __init__(
        self,
        look: Look,
        make_reader: Callable[[str], ReadAloud] | None = None,
        *,
        key: str = "handout",
        places: ReadingPlaces | None = None,
        open_text: bool = False,
        start: int | None = None,
    ) -> None:
        """``key``: the large text's text id; ``places``: its bookmarks and resume;
        ``open_text``: show the large text as soon as the file is here (at ``start``)."""
        super().__init__()
        self.look = look
        self._make_reader = make_reader
        self.key = key
        self.places = places
        self._open_text = open_text
        self._start = start
        self.handout: HandoutView | None = None
        self.large_text: LargeTextView | None = None
        self.stack = QStackedWidget()
        self.banner = Banner(self.tr("Opening the handout …"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.banner)
        layout.addWidget(self.stack, 1)

    def arrived(self, path: Path | None) -> None:
        if path is None:
            self.banner.show_message(
                self.tr(
                    "The handout could not be loaded. Please check that this computer "
                    "is connected, then open the lesson again."
                )
            )
            return
        self.banner.setVisible(False)
        self.handout = HandoutView(
            str(path), self.look, make_reader=self._make_reader, key=self.key
        )
        self.handout.large_text_requested.connect(self.show_large_text)
        self.stack.addWidget(self.handout)
        if self._open_text and self.handout.has_text:
            self.show_large_text()

    def show_large_text(self) -> None:
        assert self.handout is not None
        if self.large_text is None:
            start, self._start = self._start, None
            self.large_text = LargeTextView(
                handout_text(self.handout),
                self.look,
                places=self.places,
                start=start,
                make_reader=self._make_reader,
            )
            self.large_text.back_button.activated.connect(self.show_pages)
            self.stack.addWidget(self.large_text)
        self.stack.setCurrentWidget(self.large_text)
        self.large_text.reader.setFocus()

    def show_pages(self) -> None:
        if self.large_text is not None:
            self.large_text.leave()  # keep the place in the text
        if self.handout is not None:
            self.stack.setCurrentWidget(self.handout)

    def study_kind(self) -> StudyKind | None:
        """Listened while the handout is read aloud (its page, or its large text): study
        time goes on without a key press, and a classroom's idle timeout waits."""
        readers = [
            self.handout.reader if self.handout is not None else None,
            self.large_text.read_aloud if self.large_text is not None else None,
        ]
        playing = any(reader is not None and reader.is_playing for reader in readers)
        return StudyKind.LISTENED if playing else None

    def pause_media(self) -> None:
        if self.handout is not None and self.handout.reader is not None:
            self.handout.reader.pause()
        if self.large_text is not None:
            self.large_text.leave()

    def close_view(self) -> None:
        if self.large_text is not None:
            self.large_text.close_view()
        if self.handout is not None:
            self.handout.close_view()


def materials_panel(
    ctx: FeatureContext,
    lesson_id: str,
    course_id: str,
    title: str,
    *,
    open_part: str = "",
    open_at: int | None = None,
) -> MaterialsPanel | None:
    """The strip for a platform or pack lesson with a video, recording or handout; None
    for a lesson that is only text (the page stays as it always was). ``open_part``: open
    with that material's text shown (at the offset ``open_at``: a bookmark in it);
    ``"text"``: with the lesson's text (a bookmark in the text)."""
    found = lesson_items(ctx.services, lesson_id)
    if found is None:
        return None
    items, has_text = found
    materials = lesson_materials(items, has_text=has_text)
    if all(m.kind is MaterialKind.TEXT for m in materials):
        return None
    if open_part == "text":
        first = next((i for i, m in enumerate(materials) if m.kind is MaterialKind.TEXT), None)
        open_part = ""
    else:
        first = index_of_part(materials, open_part) if open_part else None
    settings, lang = ctx.settings, ctx.lang
    panel: MaterialsPanel | None = None

    def full_screen(full: bool) -> None:
        if panel is not None:
            panel.set_strip_visible(not full)
        window = ctx.window.window()
        window.showFullScreen() if full else window.showNormal()

    media = LessonMedia(
        lesson_id,
        course_id,
        title,
        lang,
        settings.look(),
        LessonFiles(ctx.services.platform),
        MediaPositionRepo(ctx.store.conn),
        BackgroundWork(),
        volume=settings.volume,
        make_reader=lambda text: build_read_aloud(
            ctx.speech, text, lang, rate=settings.speech_rate, volume=settings.volume
        ),
        on_full_screen=full_screen,
        materials=materials,
        places=ctx.places,
        open_part=open_part if first is not None else "",
        open_at=open_at,
    )
    panel = MaterialsPanel(materials, media.open, first=first)
    media.work.setParent(panel)  # answers for a page that is gone are dropped with it
    return panel


def media_lesson_examples(cache: PlatformCache) -> list[str]:
    """The first saved platform lesson of each kind of material, for the page walk and
    screenshots (none until a media course was synced)."""
    found: dict[MaterialKind, str] = {}
    for (lesson_id,) in cache.conn.execute(
        "SELECT id FROM platform_lessons ORDER BY course_id, order_num LIMIT 200"
    ):
        detail = cache.lesson(lesson_id)
        if detail is None:
            continue
        materials = lesson_materials(detail.items, has_text=detail.text_item() is not None)
        kinds = {m.kind for m in materials}
        if kinds - {MaterialKind.TEXT}:
            opened = materials[first_to_open(materials)].kind
            found.setdefault(opened, f"lesson:{lesson_id}")
    return list(found.values())
