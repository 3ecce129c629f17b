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


class NotEnoughSpace(SilverError):
    """Saving for offline was refused before anything was fetched (sizes in whole MB)."""

    default_template = QT_TRANSLATE_NOOP(
        "Errors",
        "There is not enough free space on this computer to save this course: it needs "
        "about {need} MB, {free} MB are free. Nothing was changed.",
    )


class MediaNotSaved(SilverError):
    """One file of a course could not be saved for offline; the rest of the course was.

    ``kind``: video, recording, handout, subtitles, picture; ``reason``: missing (not on
    the lesson service), damaged (size or md5 wrong), key (a locked video whose key is
    missing). The sentences are ``MEDIA_NOT_SAVED`` below."""

    default_template = QT_TRANSLATE_NOOP(
        "Errors", "A file of “{lesson}” could not be saved, so it was left out."
    )

    def __init__(self, kind: str, reason: str, lesson: str) -> None:
        self.kind = kind
        self.reason = reason
        super().__init__(MEDIA_NOT_SAVED.get((kind, reason)), lesson=lesson)


MEDIA_NOT_SAVED: dict[tuple[str, str], str] = {
    ("video", "missing"): QT_TRANSLATE_NOOP(
        "Errors", "The video of “{lesson}” is not on the lesson service, so it was not saved."
    ),
    ("video", "damaged"): QT_TRANSLATE_NOOP(
        "Errors", "The video of “{lesson}” arrived damaged, so it was not saved."
    ),
    ("video", "key"): QT_TRANSLATE_NOOP(
        "Errors",
        "The video of “{lesson}” is locked and its key is not on the lesson service, "
        "so it was not saved.",
    ),
    ("recording", "missing"): QT_TRANSLATE_NOOP(
        "Errors", "The recording of “{lesson}” is not on the lesson service, so it was not saved."
    ),
    ("recording", "damaged"): QT_TRANSLATE_NOOP(
        "Errors", "The recording of “{lesson}” arrived damaged, so it was not saved."
    ),
    ("handout", "missing"): QT_TRANSLATE_NOOP(
        "Errors", "The handout of “{lesson}” is not on the lesson service, so it was not saved."
    ),
    ("handout", "damaged"): QT_TRANSLATE_NOOP(
        "Errors", "The handout of “{lesson}” arrived damaged, so it was not saved."
    ),
    ("subtitles", "missing"): QT_TRANSLATE_NOOP(
        "Errors",
        "The subtitles of “{lesson}” are not on the lesson service, so they were not saved.",
    ),
    ("subtitles", "damaged"): QT_TRANSLATE_NOOP(
        "Errors", "The subtitles of “{lesson}” arrived damaged, so they were not saved."
    ),
    ("picture", "missing"): QT_TRANSLATE_NOOP(
        "Errors", "A picture of “{lesson}” is not on the lesson service, so it was not saved."
    ),
    ("picture", "damaged"): QT_TRANSLATE_NOOP(
        "Errors", "A picture of “{lesson}” arrived damaged, so it was not saved."
    ),
}
