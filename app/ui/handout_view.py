"""A PDF handout, large and read aloud (issue 15, item 5), on QtPdf.

The page is drawn as wide as the view ("fit to width" is 100 %) and can be made up to
four times larger; big Previous / Next buttons turn pages and "Page 3 of 12" says where
the learner is. Read aloud speaks the page sentence by sentence through the window's one
voice (a ``ReadAloud`` made by ``make_reader`` from the page's text), marks the sentence
being spoken on the page itself, and goes on to the next page at the end of one.
"Show as large text" asks for the handout's text in the normal reader. A PDF without a
text layer (a scan) says so plainly: it can still be looked at and zoomed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from app.core.lesson_text import LessonView, build_lesson_view
from app.core.models import Block, BlockKind, LessonContent
from app.services.reading import ReadingPlaces
from app.services.speech.read_aloud import ReadAloud
from app.ui.bookmark_bar import TextPlaces
from app.ui.flow_layout import FlowLayout
from app.ui.read_aloud_bar import ReadAloudBar
from app.ui.reader_view import ReaderView
from app.ui.side_column import SideColumn
from app.ui.spoken_highlight import SpokenHighlight
from app.ui.style import Look
from app.ui.widgets import Banner, BigButton

ZOOM_MIN, ZOOM_MAX, ZOOM_STEP = 100, 400, 50
PAGE_MARK = "#FFE58A"
MAX_PIXELS_WIDE = 4000  # a 400 % page on a wide screen would need hundreds of MB


def page_text(document: QPdfDocument, page: int) -> str:
    """The page's text as QtPdf gives it; its offsets are QtPdf's character indexes."""
    return document.getAllText(page).text()


def document_text(document: QPdfDocument, key: str) -> LessonView:
    """A PDF's words reflowed for the reader: a paragraph per line of print. ``key`` is
    the text id its places are kept by (``app/core/text_ids.py``)."""
    blocks = [
        Block(BlockKind.PARAGRAPH, line.strip())
        for page in range(document.pageCount())
        for line in page_text(document, page).splitlines()
        if line.strip()
    ]
    content = LessonContent(key, "zh_CN", tuple(blocks))
    return build_lesson_view(content, QCoreApplication.translate("HandoutView", "Handout"), "")


def handout_text(view: HandoutView) -> LessonView:
    """The handout's words reflowed for the reader (its places kept by ``view.key``)."""
    return document_text(view.document, view.key)


def pdf_text(path: str, key: str) -> LessonView:
    """The words of the PDF at ``path`` as the large text shows them (the bookmarks page
    places a handout's bookmarks in it); a file QtPdf cannot open gives no text."""
    document = QPdfDocument()
    try:
        document.load(path)
        return document_text(document, key)
    finally:
        document.close()


class LargeTextView(QWidget):
    """The handout's words in the normal reader, at the learner's size and colours; with
    ``places``, "Bookmark this", the note row and "Mark as done" beside it as in a text
    lesson, and it opens where the learner stopped (or at ``start``, a bookmark)."""

    def __init__(
        self,
        view: LessonView,
        look: Look,
        parent: QWidget | None = None,
        *,
        places: ReadingPlaces | None = None,
        start: int | None = None,
        make_reader: Callable[[str], ReadAloud] | None = None,
    ) -> None:
        """``make_reader(text)``: a read-aloud controller for the words, on the window's
        voice (None: no read-aloud bar)."""
        super().__init__(parent)
        self.view = view
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(16)
        self.back_button = BigButton(
            self.tr("Back to the pages"),
            main=True,
            description=self.tr("Show the handout's pages again"),
        )
        self.reader = ReaderView()
        self.reader.setAccessibleName(self.tr("The handout as large text"))
        self.reader.show_lesson(view, look)
        layout.addWidget(self.reader, 1)
        self.side = SideColumn()
        self.side.column.addWidget(self.back_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.read_aloud: ReadAloud | None = None
        self.read_aloud_bar: ReadAloudBar | None = None
        if make_reader is not None:
            self._add_read_aloud(make_reader(view.text))
        self.places = TextPlaces(view, self.reader, places, start)
        self.bookmarks = self.places.add_to(self.side.column)
        self.side.column.addStretch(1)
        layout.addWidget(self.side)

    def _add_read_aloud(self, controller: ReadAloud) -> None:
        """The same bar as in a text lesson: the sentence being read is highlighted in the
        reader (bookmarks then take that sentence)."""
        controller.setParent(self)
        self.read_aloud = controller
        self.read_aloud_bar = ReadAloudBar(controller)
        self.side.column.addWidget(self.read_aloud_bar)
        SpokenHighlight(controller, self.reader, self)

    def leave(self) -> None:
        """Keep where the learner is (going back to the pages, another material, away);
        the place is read first (it may be the sentence being spoken), then the voice stops."""
        self.places.leave()
        if self.read_aloud is not None:
            self.read_aloud.stop()

    def close_view(self) -> None:
        self.leave()
        if self.read_aloud is not None:
            self.read_aloud.close()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.places.shown()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.side.fit(self.width())


class HandoutView(QWidget):
    large_text_requested = Signal()
    page_changed = Signal(int)

    def __init__(
        self,
        path: str,
        look: Look,
        *,
        make_reader: Callable[[str], ReadAloud] | None = None,
        key: str = "handout",
        parent: QWidget | None = None,
    ) -> None:
        """``key``: the id its large text is known by (bookmarks keep apart per handout)."""
        super().__init__(parent)
        self.setObjectName("Handout")
        self.key = key
        self.look = look
        self.document = QPdfDocument(self)
        self.document.load(path)
        self.pages = self.document.pageCount()
        self.page = 0
        self.zoom = ZOOM_MIN
        self._make_reader = make_reader
        self.reader: ReadAloud | None = None
        self.read_bar: ReadAloudBar | None = None
        self.marked: QRectF | None = None  # the spoken sentence, in page points
        self._go_on = False  # the page was turned by reading on: keep reading
        self.has_text = any(page_text(self.document, p).strip() for p in range(self.pages))
        # What the picture shows: page, width, height, the marked sentence's corners.
        self._shown = False  # the page is drawn once the view is shown and laid out
        self._drawn: tuple[int, int, int, tuple[float, float, float, float] | None] | None = None

        outer = QHBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(16)
        self.banner = Banner()
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.picture.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.page_area = QScrollArea()
        self.page_area.setWidget(self.picture)
        self.page_area.setWidgetResizable(True)
        self.page_area.setFrameShape(QFrame.Shape.NoFrame)
        self.page_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        # A page fitted to the width is taller than the area: the scroll bar is always
        # there, so its arrival never narrows the area and redraws the page.
        self.page_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.page_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the page itself takes focus
        self.page_area.viewport().installEventFilter(self)  # redraw to the width it gets
        outer.addWidget(self.page_area, 1)
        self.side = SideColumn()
        self.page_label = QLabel()
        self.page_label.setWordWrap(True)
        self.side.column.addWidget(self.banner)
        self._build_buttons(self.side.column)
        self.reader_box = QVBoxLayout()
        self.side.column.addLayout(self.reader_box)
        self.side.column.addStretch(1)
        outer.addWidget(self.side)
        if self.pages <= 0:
            self.banner.show_message(
                self.tr("This handout could not be opened. It may be damaged.")
            )
        elif not self.has_text:
            self.banner.show_message(
                self.tr(
                    "This handout is a scanned picture without text, so it cannot be read "
                    "aloud or shown as large text. You can still make it larger."
                )
            )
        self.picture.setAccessibleName(self.tr("Handout page"))
        self.picture.setAccessibleDescription(
            self.tr("A page of the handout. Use the arrow keys to move around the page.")
        )
        self.show_page(0)

    def _build_buttons(self, layout: QVBoxLayout) -> None:
        box = QWidget()
        row = FlowLayout(box)
        self.previous_button = BigButton(
            self.tr("◀ Previous page"),
            main=True,
            shortcut="PgUp",
            description=self.tr("Show the page before"),
        )
        self.next_button = BigButton(
            self.tr("Next page ▶"),
            main=True,
            shortcut="PgDown",
            description=self.tr("Show the next page"),
        )
        self.smaller_button = BigButton(
            self.tr("Smaller"), main=True, description=self.tr("Make the page smaller")
        )
        self.larger_button = BigButton(
            self.tr("Larger"), main=True, description=self.tr("Make the page larger")
        )
        self.zoom_label = QLabel()
        self.large_text_button = BigButton(
            self.tr("Show as large text"),
            main=True,
            description=self.tr("Read the handout's words as large text in the reader"),
        )
        self.large_text_button.setVisible(self.has_text)
        self.previous_button.activated.connect(lambda: self.show_page(self.page - 1))
        self.next_button.activated.connect(lambda: self.show_page(self.page + 1))
        self.smaller_button.activated.connect(lambda: self.set_zoom(self.zoom - ZOOM_STEP))
        self.larger_button.activated.connect(lambda: self.set_zoom(self.zoom + ZOOM_STEP))
        self.large_text_button.activated.connect(self.large_text_requested)
        for widget in (
            self.previous_button,
            self.page_label,
            self.next_button,
            self.smaller_button,
            self.zoom_label,
            self.larger_button,
            self.large_text_button,
        ):
            row.addWidget(widget)
        layout.addWidget(box)

    # ------------------------------------------------------------ pages
    def show_page(self, page: int) -> None:
        if self.pages <= 0:
            self.page_label.setText("")
            for b in (self.previous_button, self.next_button):
                b.setEnabled(False)
            return
        page = max(0, min(self.pages - 1, page))
        changed = page != self.page or self.reader is None
        self.page = page
        self.marked = None
        self.page_label.setText(self.tr("Page {n} of {total}").format(n=page + 1, total=self.pages))
        self.previous_button.setEnabled(page > 0)
        self.next_button.setEnabled(page < self.pages - 1)
        self.zoom_label.setText(self.tr("Size: {n}%").format(n=self.zoom))
        self.smaller_button.setEnabled(self.zoom > ZOOM_MIN)
        self.larger_button.setEnabled(self.zoom < ZOOM_MAX)
        if changed:
            self._new_reader()
            self.page_changed.emit(page)
        self.draw_page()

    def set_zoom(self, zoom: int) -> None:
        self.zoom = max(ZOOM_MIN, min(ZOOM_MAX, zoom))
        self.show_page(self.page)

    def page_pixels(self) -> QSize:
        """The page's size on screen: the view's width at 100 %, larger when zoomed."""
        points = self.document.pagePointSize(self.page)
        width = max(200, self.page_area.viewport().width() - 8) * self.zoom / 100
        width = min(width, MAX_PIXELS_WIDE)
        if points.width() <= 0:
            return QSize(int(width), int(width * 1.414))
        return QSize(int(width), int(width * points.height() / points.width()))

    def draw_page(self) -> None:
        """Render the page at the size its area has now; not before the view is shown
        (the area's size is not known yet: showing it draws it) nor again at the same size."""
        if self.pages <= 0 or not self._shown:
            return
        size = self.page_pixels()
        mark: tuple[float, float, float, float] | None = None
        if self.marked is not None:
            m = self.marked
            mark = (m.left(), m.top(), m.right(), m.bottom())
        key = (self.page, size.width(), size.height(), mark)
        if key == self._drawn:
            return
        self._drawn = key
        image = self.document.render(self.page, size)
        if self.marked is not None and not image.isNull():
            image = image.convertToFormat(QImage.Format.Format_ARGB32)
            self._paint_mark(image, size)
        self.picture.setPixmap(QPixmap.fromImage(image))

    def _paint_mark(self, image: QImage, size: QSize) -> None:
        """The spoken sentence: a light yellow under the print (multiply keeps the black
        letters, ≥ 7:1 on it), framed in black. The page is print, black on white, in every
        theme, so the mark does not follow the theme's colours."""
        assert self.marked is not None
        scale = size.width() / max(1.0, self.document.pagePointSize(self.page).width())
        rect = QRectF(
            QPointF(self.marked.left() * scale, self.marked.top() * scale),
            QPointF(self.marked.right() * scale, self.marked.bottom() * scale),
        ).adjusted(-4, -4, 4, 4)
        painter = QPainter(image)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Multiply)
        painter.fillRect(rect, QColor(PAGE_MARK))
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceOver)
        pen = painter.pen()
        pen.setColor(QColor("#000000"))
        pen.setWidth(3)
        painter.setPen(pen)
        painter.drawRect(rect)
        painter.end()
        self.page_area.ensureVisible(int(rect.center().x()), int(rect.center().y()), 50, 120)

    def mark(self, start: int, end: int) -> None:
        """Mark the page text ``start:end`` (QtPdf character indexes) on the page."""
        selection = self.document.getSelectionAtIndex(self.page, start, max(0, end - start))
        self.marked = selection.boundingRectangle() if selection.isValid() else None
        self.draw_page()

    # ------------------------------------------------------------ reading aloud
    def _new_reader(self) -> None:
        if self.read_bar is not None:
            self.read_bar.setParent(None)
            self.read_bar.deleteLater()
            self.read_bar = None
        if self.reader is not None:
            self.reader.close()
            self.reader = None
        text = page_text(self.document, self.page) if self.pages > 0 else ""
        if self._make_reader is None or not text.strip():
            return
        reader = self._make_reader(text)
        self.reader = reader
        sentences = reader.sentences
        reader.sentence_changed.connect(lambda i: self.mark(sentences[i].start, sentences[i].end))
        reader.finished.connect(self._page_read)
        self.read_bar = ReadAloudBar(reader)
        self.reader_box.addWidget(self.read_bar)
        if self._go_on:
            self._go_on = False
            reader.play()

    def _page_read(self) -> None:
        """Page by page: at the end of a page, turn it and read on."""
        if self.page < self.pages - 1:
            self._go_on = True
            self.show_page(self.page + 1)

    def close_view(self) -> None:
        if self.reader is not None:
            self.reader.close()
        self.document.close()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._shown = True
        layout = self.layout()
        if layout is not None:
            layout.activate()  # the side column's width applied: the page's area is final
        self.draw_page()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.side.fit(self.width())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The page is drawn to the width its area has once the layout settled, so a
        page at 100 % never needs sideways scrolling."""
        if watched is self.page_area.viewport() and event.type() == QEvent.Type.Resize:
            self.draw_page()
        return super().eventFilter(watched, event)
