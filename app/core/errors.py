"""Typed errors whose text is a plain sentence a senior understands.

Each error keeps an English ``template`` (marked for translation) and its
``params``; ``str()`` gives the English sentence, and the UI or command line shows
the translated one. Tracebacks go to the log only, never to the screen.
"""

from __future__ import annotations

from typing import Any, ClassVar

from app.core.i18n import QT_TRANSLATE_NOOP

ERROR_CONTEXT = "Errors"


class SilverError(Exception):
    """Base for every error the user may see."""

    default_template: ClassVar[str] = QT_TRANSLATE_NOOP(
        "Errors", "Something went wrong. Please try again."
    )

    def __init__(self, template: str | None = None, /, **params: Any) -> None:
        self.template = template or self.default_template
        self.params = params
        super().__init__(self.render(self.template))

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickled whole (template and params, not only the rendered sentence), so an
        error raised in a child process (``platform_sync_apart``) is said the same way."""
        return (_restore, (type(self), self.template, self.params))

    def render(self, template: str) -> str:
        """Fill ``template`` (the English one or a translation) with this error's params."""
        try:
            return template.format(**self.params)
        except (KeyError, IndexError, ValueError):
            return template


def _restore(cls: type[SilverError], template: str, params: dict[str, Any]) -> SilverError:
    error = cls.__new__(cls)
    SilverError.__init__(error, template, **params)
    return error


class StoreError(SilverError):
    default_template = QT_TRANSLATE_NOOP("Errors", "Your saved data could not be read or written.")


class NewerDatabaseError(StoreError):
    default_template = QT_TRANSLATE_NOOP(
        "Errors",
        "This data was saved by a newer version of Silver Classroom. "
        "Please update the app; your data has not been changed.",
    )


class PackError(SilverError):
    default_template = QT_TRANSLATE_NOOP("Errors", "This course pack cannot be used.")


class ApiDataError(SilverError):
    default_template = QT_TRANSLATE_NOOP(
        "Errors", "The lesson service sent data we could not understand."
    )


class SpeechUnavailable(SilverError):
    default_template = QT_TRANSLATE_NOOP("Errors", "Reading aloud is not available.")


class NotFoundError(SilverError):
    default_template = QT_TRANSLATE_NOOP("Errors", "Nothing was found with that name.")


class PlatformUnavailable(SilverError):
    """The lesson service could not be reached or did not answer well (network, 5xx, 404)."""

    default_template = QT_TRANSLATE_NOOP(
        "Errors",
        "The lesson service cannot be reached right now. Your saved lessons are still here.",
    )


class SignInNeeded(SilverError):
    default_template = QT_TRANSLATE_NOOP(
        "Errors", "Your sign-in has run out. Please sign in again."
    )


class SecretsUnavailable(SilverError):
    default_template = QT_TRANSLATE_NOOP(
        "Errors",
        "This computer has no safe place to keep your sign-in (no keyring), "
        "so it was not saved. Ask your helper to set up the system keyring.",
    )


class SaveError(SilverError):
    """A file could not be written; what was there before is unchanged."""

    default_template = QT_TRANSLATE_NOOP(
        "Errors", "The file “{file}” could not be saved. Please check the folder and try again."
    )


class DiskFullError(SaveError):
    default_template = QT_TRANSLATE_NOOP(
        "Errors",
        "The disk is full, so “{file}” could not be saved. Nothing saved before was lost. "
        "Please make some room, or choose another place, and try again.",
    )
