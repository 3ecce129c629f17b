"""Lesson reader: the lesson in big type, with text size − / + in reach, read aloud on request."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent, QShowEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.core.lesson_text import LessonView
from app.core.study_time import StudyKind
from app.services.reading import ReadingPlaces
from app.services.speech.read_aloud import ReadAloud
from app.ui.bookmark_bar import BookmarkBar
from app.ui.flow_layout import FlowLayout
from app.ui.link_guard import LinkGuard
from app.ui.materials_panel import MaterialsPanel
from app.ui.pages.base import Page
from app.ui.read_aloud_bar import ReadAloudBar
from app.ui.reader_view import ReaderView
from app.ui.spoken_highlight import SpokenHighlight
from app.ui.style import Look
from app.ui.widgets import Banner, BigButton, heading

SCALE_STEP = 25
SCALE_MIN, SCALE_MAX = 100, 300
QUOTE_CHARS = 40
ROOMY_FROM = 200  # from this text size the title moves to the side column: rows for reading
READING_KEYS = frozenset(
    {Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown, Qt.Key.Key_Space}
)


class LessonPage(Page):
    """Emits ``text_scale_requested(percent)``; the window applies and saves it.

    With a ``read_aloud`` controller it shows the read-aloud bar and emits
    ``sentence_changed(index)`` (bookmarks, progress), ``read_aloud_used()`` and
    ``setting_changed(key, value)`` (speed, volume: saved without rebuilding the page).
    """

    text_scale_requested = Signal(int)
    print_requested = Signal()
    sentence_changed = Signal(int)
    read_aloud_used = Signal()
    setting_changed = Signal(str, object)

    def __init__(
        self,
        view: LessonView,
        course_title: str,
        look: Look,
        parent: QWidget | None = None,
        *,
        places: ReadingPlaces | None = None,
        start: int | None = None,
        read_aloud: ReadAloud | None = None,
        follow_links: bool = False,
        materials: MaterialsPanel | None = None,
    ) -> None:
        """``places``: bookmarks and progress (none: a plain reader); ``start``: an offset
        to open at (a bookmark), else where the learner stopped; ``follow_links``: the
        lesson's web links can be pressed (the page's ``LinkGuard`` asks first);
        ``materials``: the lesson's video, recording or handout, with the text as one of
        them (``app/ui/materials_panel.py``)."""
        super().__init__(parent, scroll=False)
        self._view = view
        self._look = look
        self.read_aloud = read_aloud
        self.read_aloud_bar: ReadAloudBar | None = None
        self.column.setSpacing(8)
        self.column.setContentsMargins(24, 8, 24, 12)
        # The lesson text gets the full height; every control sits in a side column that
        # scrolls on its own, so no button is ever squeezed, at any text size. From 200 %
        # the title row sits at the top of that column too, so the reader keeps its rows.
        self.roomy = look.text_scale >= ROOMY_FROM
        header = QWidget()
        header.setObjectName("ToolRow")  # compact (≤ 150 %) like the navigation bar
        title_row = QVBoxLayout(header) if self.roomy else QHBoxLayout(header)
        title_row.setContentsMargins(0, 0, 0, 0)
        title_row.addWidget(heading(view.title, "heading"), 3)
        self.course_label = QLabel(course_title)
        self.course_label.setProperty("role", "muted")
        self.course_label.setWordWrap(True)
        if not self.roomy:
            self.course_label.setAlignment(
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
            )
            self.column.addWidget(header)
        title_row.addWidget(self.course_label, 2)
        self.resume_banner = Banner()  # "continue from where you stopped", when reopened
        self.column.addWidget(self.resume_banner)
        self._speak_offer = False

        self.reader = ReaderView()
        self.reader.show_lesson(view, look)
        if follow_links:
            self.reader.setTextInteractionFlags(
                self.reader.textInteractionFlags()
                | Qt.TextInteractionFlag.LinksAccessibleByMouse
                | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
            )
        self.tools = QWidget()
        self.tools.setObjectName("ToolRow")
        tools = QVBoxLayout(self.tools)
        tools.setContentsMargins(0, 0, 8, 0)
        tools.setSpacing(12)
        if self.roomy:
            tools.addWidget(header)
        self.bookmarks: BookmarkBar | None = None
        if read_aloud is not None:
            self._add_read_aloud(read_aloud, tools)
        if places is not None:
            self.bookmarks = BookmarkBar(view, self.reader, places, start)
            tools.addWidget(self.bookmarks)
            tools.addWidget(self.bookmarks.note_row)
            place = self.bookmarks.place()
            if read_aloud is not None and place is not None:
                read_aloud.resume_from(place.index)  # Play goes on from where they stopped
            resumed = self.bookmarks.resumed  # reopened (not a bookmark, not a rebuild)
            if resumed is not None:
                self._offer_resume(resumed.text, places.was_read_aloud(view.lesson_id))
        size_box = QWidget()
        self.toolbar = FlowLayout(size_box)
        self.smaller = BigButton(
            self.tr("A− Smaller"),
            shortcut="Ctrl+-",
            description=self.tr("Make the lesson text smaller"),
        )
        self.larger = BigButton(
            self.tr("A+ Larger"),
            shortcut="Ctrl+=",
            description=self.tr("Make the lesson text larger"),
        )
        self.scale_label = QLabel(self.tr("Text size: {n}%").format(n=look.text_scale))
        self.smaller.activated.connect(lambda: self._step(-SCALE_STEP))
        self.larger.activated.connect(lambda: self._step(SCALE_STEP))
        self.smaller.setEnabled(look.text_scale > SCALE_MIN)
        self.larger.setEnabled(look.text_scale < SCALE_MAX)
        self.print_button = BigButton(
            self.tr("Print"),
            shortcut="Ctrl+P",
            description=self.tr("Print this lesson in large letters"),
        )
        self.print_button.activated.connect(self.print_requested.emit)
        for widget in (self.scale_label, self.smaller, self.larger, self.print_button):
            self.toolbar.addWidget(widget)
        tools.addWidget(size_box)
        tools.addStretch(1)
        self.side = QScrollArea()
        self.side.setWidget(self.tools)
        self.side.setWidgetResizable(True)
        self.side.setFrameShape(QFrame.Shape.NoFrame)
        self.side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Always there, so the column's width (and where buttons wrap) never shifts.
        self.side.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.side.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tools.installEventFilter(self)

        body = QHBoxLayout()
        body.setSpacing(16)
        left = QVBoxLayout()
        left.addWidget(self.reader, 1)
        self.link_guard = LinkGuard()
        self.reader.anchorClicked.connect(self.link_guard.ask)
        left.addWidget(self.link_guard)
        body.addLayout(left, 1)
        body.addWidget(self.side)
        self.materials = materials
        if materials is None:
            self.column.addLayout(body, 1)
        else:  # the strip above; the text is one of the materials
            text = QWidget()
            text.setLayout(body)
            self.column.addWidget(materials.hold_text(text), 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_side()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tools and event.type() == QEvent.Type.LayoutRequest:
            self._fit_side()  # fonts arrive with the style: measure again
        if watched is self.reader and self._reads_on(event):
            self.resume_banner.hide()  # reading on answers the offer: the rows come back
        return self._space_plays(watched, event) or super().eventFilter(watched, event)

    @staticmethod
    def _reads_on(event: QEvent) -> bool:
        """The wheel, or a key that moves through the text (or plays it)."""
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            return Qt.Key(event.key()) in READING_KEYS
        return event.type() == QEvent.Type.Wheel

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._fit_side()
        if self._speak_offer and self.read_aloud is not None:
            self._speak_offer = False  # once, when the learner first sees the page
            self.read_aloud.speak_text(self.resume_banner.label.text())

    def _offer_resume(self, sentence: str, spoken: bool) -> None:
        """Offer to go on where the learner stopped; say it aloud if they listened last time."""
        quote = sentence if len(sentence) <= QUOTE_CHARS else sentence[: QUOTE_CHARS - 2] + "…"
        text = self.tr("Welcome back! Continue from where you stopped: “{quote}”").format(
            quote=quote
        )
        if self.read_aloud is not None and self.read_aloud.can_play:
            text += " " + self.tr("Press Read aloud to listen on from there.")
        self.resume_banner.show_message(text)
        self._speak_offer = spoken and self.read_aloud is not None
        self.reader.installEventFilter(self)  # reading on answers the offer
        if self.read_aloud is not None:
            # Reading aloud from there (or anywhere) answers it too.
            self.read_aloud.sentence_changed.connect(lambda _i: self.resume_banner.hide())

    def study_kind(self) -> StudyKind | None:
        """The shown material's, else reading aloud (listened): either keeps the page
        busy, so the classroom idle timeout waits for it."""
        kind = self.materials.study_kind() if self.materials is not None else None
        if kind is None and self.read_aloud is not None and self.read_aloud.is_playing:
            return StudyKind.LISTENED
        return kind

    def _fit_side(self) -> None:
        """As wide as its widest control needs, at least 28 % of the page, at most half."""
        need = (
            self.tools.minimumSizeHint().width() + self.side.verticalScrollBar().sizeHint().width()
        )
        width = min(max(need, int(self.width() * 0.28)), int(self.width() * 0.5))
        self.side.setFixedWidth(max(width, 1))

    def _add_read_aloud(self, controller: ReadAloud, tools: QVBoxLayout) -> None:
        # The page owns its reader: both go when the page is deleted. Only bound methods of
        # the page are connected (never lambdas holding it), so Qt drops the connections
        # with the page and nothing of a left lesson stays alive (issue 17, item 4).
        controller.setParent(self)
        self.read_aloud_bar = ReadAloudBar(controller)
        tools.addWidget(self.read_aloud_bar)
        SpokenHighlight(controller, self.reader, self)
        controller.sentence_changed.connect(self.sentence_changed)
        controller.used.connect(self.read_aloud_used)
        controller.rate_changed.connect(self._rate_chosen)
        controller.volume_changed.connect(self._volume_chosen)
        self.reader.installEventFilter(self)

    def _rate_chosen(self, rate: str) -> None:
        self.setting_changed.emit("speech_rate", rate)

    def _volume_chosen(self, percent: int) -> None:
        self.setting_changed.emit("volume", percent)

    def _space_plays(self, watched: QObject, event: QEvent) -> bool:
        """Space in the lesson text plays or pauses (instead of scrolling a page)."""
        if (
            watched is self.reader
            and self.read_aloud is not None
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Space
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self.read_aloud.toggle()
            return True
        return False

    def close_page(self) -> None:
        if self.materials is not None:
            self.materials.close_views()
        if self.bookmarks is not None:
            self.bookmarks.leave()  # reads the spoken sentence: before closing speech
        if self.read_aloud is not None:
            self.read_aloud.close()

    def _step(self, delta: int) -> None:
        new = max(SCALE_MIN, min(SCALE_MAX, self._look.text_scale + delta))
        if new != self._look.text_scale:
            self.text_scale_requested.emit(new)

    @property
    def view(self) -> LessonView:
        return self._view

    def title(self) -> str:
        return self._view.title

    def help_text(self) -> str:
        return self.tr(
            "This is the lesson reader. The lesson text is in the big box; use the Up, Down "
            "and Page Down keys to move through it. The buttons on the right make the text "
            "larger or smaller. “Bookmark this” keeps your place at the sentence you are "
            "reading, with a note if you like; “Mark as done” marks the lesson finished. "
            "Press Read aloud (F5, or Space in the text) to hear the lesson; Esc stops, "
            "the left and right arrow keys go to the sentence before or after."
        )

    def main_actions(self) -> list[QWidget]:
        """Read aloud heads the side column, with why nothing is heard right under it."""
        return [self.read_aloud_bar.play_button] if self.read_aloud_bar is not None else []

    def first_focus(self) -> QWidget | None:
        shown = self.materials.first_focus() if self.materials is not None else None
        return shown or self.reader
