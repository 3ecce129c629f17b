"""PIN rules and the back-off after wrong tries (pure: time comes in as arguments).

A PIN is 4–6 digits. After a few wrong tries the next try must wait, and the wait
grows: enough to stop guessing, short enough for a shaky finger.
"""

from __future__ import annotations

from app.core.errors import SilverError
from app.core.i18n import QT_TRANSLATE_NOOP

PIN_MIN, PIN_MAX = 4, 6
FREE_TRIES = 3  # wrong tries without any wait
FIRST_WAIT_S = 10
MAX_WAIT_S = 300


class PinFormatError(SilverError):
    default_template = QT_TRANSLATE_NOOP("Errors", "A PIN is 4 to 6 digits, for example 2580.")


class WrongPinError(SilverError):
    """A wrong PIN. ``wait_s`` is how long before the next try (0: try again now)."""

    default_template = QT_TRANSLATE_NOOP("Errors", "That PIN is not right. Please try again.")

    def __init__(self, template: str | None = None, /, *, wait_s: int = 0) -> None:
        if template is None and wait_s:
            template = QT_TRANSLATE_NOOP(
                "Errors", "That PIN is not right. Please wait {seconds} seconds, then try again."
            )
        super().__init__(template, seconds=wait_s)
        self.wait_s = wait_s


class PinWaitError(SilverError):
    """A try came before the wait after wrong tries was over (it does not count as a try)."""

    default_template = QT_TRANSLATE_NOOP(
        "Errors", "Please wait {seconds} more seconds before trying the PIN again."
    )

    def __init__(self, wait_s: int) -> None:
        super().__init__(None, seconds=wait_s)
        self.wait_s = wait_s


def check_format(pin: str) -> str:
    """``pin`` if it is 4–6 ASCII digits, else ``PinFormatError``."""
    if not (PIN_MIN <= len(pin) <= PIN_MAX and pin.isascii() and pin.isdigit()):
        raise PinFormatError()
    return pin


def wait_after(failures: int) -> int:
    """Seconds to wait after ``failures`` wrong tries in a row (1–2: 0; 3: 10; 4: 20 … 300)."""
    if failures < FREE_TRIES:
        return 0
    return int(min(MAX_WAIT_S, FIRST_WAIT_S * 2 ** (failures - FREE_TRIES)))
