"""The lesson text: big, calm, one column no wider than ~40 Chinese characters.

The document is built block by block so that its plain-text positions are exactly
the offsets of the core's ``LessonView`` (sentences, highlight and bookmarks rely
on that). It never scrolls sideways: lines wrap at the column width at any size.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, QUrl
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QImage,
    QPainter,
    QResizeEvent,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextImageFormat,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QWidget

from app.core.lesson_text import LessonView
from app.core.models import Block, BlockKind
from app.core.theme import Theme
from app.ui.style import Look

MAX_CJK_PER_LINE = 38
IMAGE_WIDTH_PT = 300


class ReaderView(QTextBrowser):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Reader")
        self.setOpenLinks(False)
        self.setReadOnly(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setLineWrapMode(QTextEdit.LineWrapMode.FixedPixelWidth)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._view: LessonView | None = None
        self._look: Look | None = None
        # The sentence read-aloud marked last (start, end): bookmarks take it as "current".
        self.spoken_range: tuple[int, int] | None = None

    @property
    def view(self) -> LessonView | None:
        return self._view

    def show_lesson(self, view: LessonView, look: Look) -> None:
        self._view, self._look = view, look
        self.setAccessibleName(view.title)
        self.setAccessibleDescription(
            self.tr("The lesson text. Use the arrow keys and Page Down to read on.")
        )
        doc = QTextDocument(self)
        font = QFont(self.font())
        font.setPointSizeF(look.body_pt)
        doc.setDefaultFont(font)
        doc.setDocumentMargin(24)
        cursor = QTextCursor(doc)
        t = look.theme
        body_spacing = self._spacing_of_font(font, look)
        for index, placed in enumerate(view.blocks):
            block = placed.block
            fmt = QTextBlockFormat()
            fmt.setLineHeight(
                body_spacing, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
            )
            fmt.setBottomMargin(look.body_pt * 0.6)
            char = QTextCharFormat()
            char.setFont(font)
            char.setForeground(QColor(t.text))
            if block.kind is BlockKind.HEADING:
                char.setFontWeight(QFont.Weight.Bold)
                char.setFontPointSize(look.body_pt * 1.25)
                fmt.setLineHeight(120, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
                fmt.setTopMargin(look.body_pt * 0.5)
            elif block.kind in (BlockKind.STEP, BlockKind.BULLET):
                fmt.setLeftMargin(look.body_pt)
            elif block.kind is BlockKind.REMEMBER:
                fmt.setBackground(QColor(t.highlight))
                char.setForeground(QColor(t.highlight_text))
                fmt.setLeftMargin(look.body_pt * 0.5)
                fmt.setBottomMargin(0)
            elif block.kind is BlockKind.IMAGE:
                fmt.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            if index == 0:
                cursor.setBlockFormat(fmt)
                cursor.setBlockCharFormat(char)
            else:
                cursor.insertBlock(fmt, char)
            if block.kind is BlockKind.IMAGE:
                cursor.insertImage(self._image_format(doc, block.image, block.alt, look))
            else:
                self._insert_text(cursor, view.text[placed.start : placed.end], char, block, t)
        self.setDocument(doc)
        self._fit_column()

    def _spacing_of_font(self, font: QFont, look: Look) -> float:
        """Qt's percentage that gives lines ``look.line_spacing`` % of the font size apart.

        The setting means what "line spacing 160 %" means in print and CSS: 1.6 times the
        font size (≥ 1.5, WCAG 1.4.12). Qt's proportional height multiplies the font's own
        line height instead, ~1.45 em for Chinese fonts: 2.3 em at 160 %, so only three
        and a half lines fitted the screen at 300 %.
        """
        natural = QFontMetricsF(font, self).height()
        em = look.body_pt * self.logicalDpiY() / 72
        return look.line_spacing * em / natural if natural > 0 else float(look.line_spacing)

    @staticmethod
    def _insert_text(
        cursor: QTextCursor, shown: str, char: QTextCharFormat, block: Block, t: Theme
    ) -> None:
        """Insert a block's text; its web links become underlined anchors (opened only
        after the user confirms: the page listens to ``anchorClicked``)."""
        if not block.links:
            cursor.insertText(shown, char)
            return
        offset = len(shown) - len(block.text)  # "1. " / "• " before steps and bullets
        pos = 0
        for link in block.links:
            start, end = link.start + offset, link.end + offset
            cursor.insertText(shown[pos:start], char)
            anchor = QTextCharFormat(char)
            anchor.setAnchor(True)
            anchor.setAnchorHref(link.href)
            anchor.setFontUnderline(True)
            anchor.setForeground(QColor(t.text))
            cursor.insertText(shown[start:end], anchor)
            pos = end
        cursor.insertText(shown[pos:], char)

    def _image_format(
        self, doc: QTextDocument, path: str, alt: str, look: Look
    ) -> QTextImageFormat:
        # Never wider than a narrow reader column (the controls sit beside it).
        width_px = int(IMAGE_WIDTH_PT * self.logicalDpiX() / 72)
        renderer = QSvgRenderer(path) if path.endswith(".svg") else None
        if renderer is not None and renderer.isValid():
            size = renderer.defaultSize()
            height = int(width_px * size.height() / max(1, size.width()))
            image = QImage(QSize(width_px, height), QImage.Format.Format_ARGB32)
            image.fill(Qt.GlobalColor.white)
            painter = QPainter(image)
            renderer.render(painter, QRectF(0, 0, width_px, height))
            painter.end()
        else:
            image = QImage(path)
            if not image.isNull():
                image = image.scaledToWidth(width_px, Qt.TransformationMode.SmoothTransformation)
        name = f"lesson-image:{path}"
        doc.addResource(QTextDocument.ResourceType.ImageResource.value, QUrl(name), image)
        fmt = QTextImageFormat()
        fmt.setName(name)
        fmt.setWidth(image.width())
        fmt.setHeight(image.height())
        fmt.setToolTip(alt)
        fmt.setProperty(QTextFormat.Property.ImageAltText.value, alt)
        return fmt

    def plain_text(self) -> str:
        """The document's text with block separators as newlines (same as ``LessonView.text``)."""
        return self.document().toPlainText()

    def highlight(self, start: int, end: int, word: tuple[int, int] | None = None) -> None:
        """Mark the sentence ``start:end`` (and optionally a word in it) and scroll it into view."""
        if self._look is None:
            return
        self.spoken_range = (start, end)
        t = self._look.theme
        selections = []
        # The sentence on the highlight colour (≥ 7:1 with its text); the word being spoken
        # on the same colours, underlined in the text colour (text on the focus colour, as
        # before, fell below 7:1, and a focus-coloured line vanished on white in one theme).
        spans: list[tuple[tuple[int, int], bool]] = [((start, end), False)]
        if word is not None:
            spans.append((word, True))
        for (a, b), is_word in spans:
            if b <= a:
                continue
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.document())
            cursor.setPosition(a)
            cursor.setPosition(b, QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(t.highlight))
            fmt.setForeground(QColor(t.highlight_text))
            if is_word:
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(QColor(t.highlight_text))
                fmt.setFontUnderline(True)
            selection.format = fmt
            selections.append(selection)
        self.setExtraSelections(selections)
        self.scroll_to(start, end)

    def scroll_to(self, start: int, end: int | None = None) -> None:
        """Bring ``start:end`` into view (its end too, so a long sentence shows whole)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(
            min(end if end is not None else start, self.document().characterCount() - 1)
        )
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        cursor.setPosition(start)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_column()

    def _fit_column(self) -> None:
        """Centre a column no wider than MAX_CJK_PER_LINE characters of body text."""
        if self._look is None:
            return
        font = QFont(self.font())
        font.setPointSizeF(self._look.body_pt)
        cap = QFontMetricsF(font).horizontalAdvance("永" * MAX_CJK_PER_LINE) + 48
        scrollbar = self.verticalScrollBar().sizeHint().width()
        available = self.width() - 2 * self.frameWidth() - scrollbar
        column = int(min(cap, available))
        spare = max(0, (available - column) // 2)
        self.setViewportMargins(spare, 0, spare, 0)
        self.setLineWrapColumnOrWidth(column)
