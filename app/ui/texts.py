"""Translate core errors for widgets (the command line uses ``Texts.error``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.errors import ERROR_CONTEXT, SilverError


def error_text(error: SilverError) -> str:
    """The error's sentence in the running language."""
    return error.render(QCoreApplication.translate(ERROR_CONTEXT, error.template))
