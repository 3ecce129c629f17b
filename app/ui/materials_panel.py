"""The materials strip of a lesson page and the material it shows (issue 15, item 2).

One big labelled button per material ("Video 12 min", "Listen 8 min", "Handout", "Text")
above the material itself; the first one is open when the page opens. The lesson's text
is one of the materials and keeps everything it has (read aloud, bookmarks, text size):
the page hands its text part to ``hold_text``. The other views are made the first time
they are chosen, by ``open_material`` (the lessons feature knows the player, the
handout viewer and where files come from), and kept while the page lives.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.materials import LABELS, MINUTES, Material, MaterialKind, first_to_open
from app.core.study_time import StudyKind
from app.ui.flow_layout import FlowLayout
from app.ui.widgets import BigButton

DESCRIPTIONS = {
    MaterialKind.VIDEO: QT_TRANSLATE_NOOP("Materials", "Watch the lesson's video"),
    MaterialKind.AUDIO: QT_TRANSLATE_NOOP("Materials", "Listen to the lesson's recording"),
    MaterialKind.HANDOUT: QT_TRANSLATE_NOOP(
        "Materials", "Look at the lesson's handout, or have it read aloud"
    ),
    MaterialKind.TEXT: QT_TRANSLATE_NOOP("Materials", "Read the lesson's text"),
}


def material_label(material: Material) -> str:
    """ "Video 12 min", "Listen 8 min", "Handout", "Text", in the running language."""
    label = QCoreApplication.translate("Materials", LABELS[material.kind])
    if material.minutes:
        template = QCoreApplication.translate("Materials", MINUTES)
        return template.format(label=label, minutes=material.minutes)
    return label


class MaterialsPanel(QWidget):
    """``chosen(index)`` when the learner opens a material (the first one at start)."""

    chosen = Signal(int)

    def __init__(
        self,
        materials: tuple[Material, ...],
        open_material: Callable[[Material], QWidget],
        parent: QWidget | None = None,
        *,
        first: int | None = None,
    ) -> None:
        """``first``: the material to open with (else ``first_to_open``: a bookmark in a
        handout's large text opens the handout)."""
        super().__init__(parent)
        self._first = first
        self.setObjectName("Materials")
        self.materials = materials
        self._open = open_material
        self.views: dict[int, QWidget] = {}
        self.current = -1
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        self.strip = QWidget()
        self.strip.setObjectName("ToolRow")
        self.strip.setAccessibleName(self.tr("What this lesson has"))
        row = FlowLayout(self.strip)
        self.buttons: list[BigButton] = []
        for i, material in enumerate(materials):
            button = BigButton(
                material_label(material),
                main=True,
                description=QCoreApplication.translate("Materials", DESCRIPTIONS[material.kind]),
            )
            button.setCheckable(True)
            button.activated.connect(lambda i=i: self.choose(i))
            row.addWidget(button)
            self.buttons.append(button)
        layout.addWidget(self.strip)
        self.stack = QStackedWidget()
        layout.addWidget(self.stack, 1)
        self._text: QWidget | None = None

    def hold_text(self, text: QWidget) -> QWidget:
        """Take the page's text part (shown when "Text" is chosen); returns the panel."""
        self._text = text
        for i, material in enumerate(self.materials):
            if material.kind is MaterialKind.TEXT:
                self.views[i] = text
                self.stack.addWidget(text)
        if text.parent() is None:  # a lesson with no text item: its text part stays hidden
            text.setParent(self)
            text.setVisible(False)
        if self.materials:
            first = self._first
            ok = first is not None and 0 <= first < len(self.materials)
            self.choose(first if ok and first is not None else first_to_open(self.materials))
        return self

    def choose(self, index: int) -> None:
        if not 0 <= index < len(self.materials):
            return
        view = self.views.get(index)
        if view is None:
            view = self._open(self.materials[index])
            self.views[index] = view
            self.stack.addWidget(view)
        previous = self.stack.currentWidget()
        pause = getattr(previous, "pause_media", None)
        if previous is not view and callable(pause):
            pause()  # a video does not go on talking behind the handout
        self.stack.setCurrentWidget(view)
        self.current = index
        for i, button in enumerate(self.buttons):
            button.setChecked(i == index)
            plain = material_label(self.materials[i])
            button.set_label(f"✓ {plain}" if i == index else plain)
            button.setAccessibleName(plain)
        self.chosen.emit(index)

    def view_of(self, kind: MaterialKind) -> QWidget | None:
        for i, material in enumerate(self.materials):
            if material.kind is kind and i in self.views:
                return self.views[i]
        return None

    def first_focus(self) -> QWidget | None:
        """The chosen material's button (None while the text is shown: the reader)."""
        shown = self.materials[self.current] if 0 <= self.current < len(self.materials) else None
        return (
            None if shown is None or shown.kind is MaterialKind.TEXT else self.buttons[self.current]
        )

    def study_kind(self) -> StudyKind | None:
        """The shown material's (its view's ``study_kind``): watched, listened or None. A
        video or recording playing counts as being here (the idle timeout waits)."""
        kind = getattr(self.stack.currentWidget(), "study_kind", None)
        found = kind() if callable(kind) else None
        return found if isinstance(found, StudyKind) else None

    def set_strip_visible(self, visible: bool) -> None:
        """Full screen: only the picture and its buttons."""
        self.strip.setVisible(visible)

    def close_views(self) -> None:
        for view in self.views.values():
            close = getattr(view, "close_view", None)
            if callable(close):
                close()
