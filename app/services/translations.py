"""Load compiled Qt translations (.qm) for the chosen language.

Source strings are English; ``zh_CN`` (the default) and ``en`` each have a
catalogue. The translator is created per run and passed around: no global state
beyond Qt's own installed-translator list.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from app.core.errors import ERROR_CONTEXT, SilverError
from app.services.paths import resources_dir

if TYPE_CHECKING:
    # Not loaded with this module: the composition root imports every Qt-free module
    # before PySide6, which reads the source of each module imported after it
    # (docs/performance.md, "PySide reads every module imported after it").
    from PySide6.QtCore import QCoreApplication, QTranslator

CATALOGUE = "silver_classroom"
LANGUAGE_PROPERTY = "silverLanguage"  # on the application: the language installed last


def translations_dir() -> Path:
    return resources_dir() / "translations"


def load_translator(lang: str, parent: QCoreApplication | None = None) -> QTranslator:
    """A translator for ``lang``; an empty one (English source) if none is installed.

    Give the application as ``parent`` when installing it, so Qt keeps it alive.
    """
    from PySide6.QtCore import QTranslator

    translator = QTranslator(parent)
    translator.load(str(translations_dir() / f"{CATALOGUE}_{lang}.qm"))
    return translator


class Texts:
    """Translate text outside widgets (command line, errors) with a given translator."""

    def __init__(self, translator: QTranslator) -> None:
        self._translator = translator

    def translate(self, context: str, text: str, n: int = -1) -> str:
        """``text`` in the run's language (named like Qt's so lupdate extracts it)."""
        return (self._translator.translate(context, text, None, n) or text).replace("%n", str(n))

    def error(self, error: SilverError) -> str:
        return error.render(self.translate(ERROR_CONTEXT, error.template))


def install_language(app: QCoreApplication, lang: str) -> None:
    """Make ``lang`` the app's language now: the previous translator is removed and the
    new one installed (owned by ``app`` so Qt keeps it alive). Widgets built after this
    speak ``lang``; the window rebuilds its page to switch without a restart."""
    # The first time there is nothing to replace, and searching the app's children would
    # make Python types for every kind of child Qt made (about 10 ms at start-up).
    if app.property(LANGUAGE_PROPERTY) is not None:
        from PySide6.QtCore import QTranslator

        for previous in app.findChildren(QTranslator):
            app.removeTranslator(previous)
            previous.setParent(None)
            previous.deleteLater()
    app.installTranslator(load_translator(lang, parent=app))
    app.setProperty(LANGUAGE_PROPERTY, lang)
