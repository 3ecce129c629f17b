"""PINs, for learners (profile PINs) and for the caregiver (settings lock).

Pure: the salt and the current time come in as arguments, so each service decides
where randomness and time come from and where the hash and the tries are kept
(profile PINs in the ``profiles`` table, the caregiver PIN in ``machine_settings``).
A PIN is 4–6 digits, stored only as a salted scrypt hash. After a few wrong tries
the next try must wait, and the wait doubles: enough to stop guessing, short
enough for a shaky finger. How long the first wait is depends on who guesses.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from app.core.errors import SilverError
from app.core.i18n import QT_TRANSLATE_NOOP

PIN_MIN, PIN_MAX = 4, 6
FREE_TRIES = 3  # wrong tries without any wait: a shaky hand may slip twice
MAX_WAIT_S = 300
# ~16 MiB and tens of milliseconds per try: cheap for one person, slow for guessing.
_N, _R, _P, _LEN = 2**14, 8, 1, 32


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
        # Qt's plural forms need lupdate's numerus marker, which its Python parser does
        # not have for text marked outside a widget; the only singular is this one.
        one = QT_TRANSLATE_NOOP("Errors", "Please wait 1 more second before trying the PIN again.")
        super().__init__(one if wait_s == 1 else None, seconds=wait_s)
        self.wait_s = wait_s


def check_format(pin: str) -> str:
    """``pin`` if it is 4–6 ASCII digits, else ``PinFormatError``."""
    if not (PIN_MIN <= len(pin) <= PIN_MAX and pin.isascii() and pin.isdigit()):
        raise PinFormatError()
    return pin


def hash_pin(pin: str, salt: bytes) -> str:
    """A self-describing scrypt hash ``scrypt$N$r$p$salt$hash`` (hex) of a well-formed PIN.

    ``PinFormatError`` if ``pin`` is not 4–6 digits. Pass a fresh random ``salt``
    (``os.urandom(16)``) for every PIN stored."""
    digest = hashlib.scrypt(check_format(pin).encode(), salt=salt, n=_N, r=_R, p=_P, dklen=_LEN)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """True if ``pin`` gives ``stored``; False for a wrong PIN or an unreadable hash."""
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        expected = bytes.fromhex(digest)
        actual = hashlib.scrypt(
            pin.encode(),
            salt=bytes.fromhex(salt),
            n=int(n),
            r=int(r),
            p=int(p),
            dklen=len(expected),
        )
    except (ValueError, MemoryError):
        return False
    return hmac.compare_digest(actual, expected)


@dataclass(frozen=True, slots=True)
class Backoff:
    """The growing wait after wrong tries in a row: none for ``free_tries - 1`` tries,
    then ``first_wait_s``, doubling each time, at most ``max_wait_s``."""

    first_wait_s: int
    free_tries: int = FREE_TRIES
    max_wait_s: int = MAX_WAIT_S

    def wait_after(self, failures: int) -> int:
        """Seconds to wait before the next try after ``failures`` wrong tries in a row."""
        if failures < self.free_tries:
            return 0
        return int(min(self.max_wait_s, self.first_wait_s * 2 ** (failures - self.free_tries)))


# A learner at the picker: 10, 20, 40 … s. Someone else guessing a classmate's PIN
# is the worry, and the learner can ask the teacher to clear a forgotten PIN.
PROFILE_BACKOFF = Backoff(first_wait_s=10)
# The caregiver: 2, 4, 8 … s, so guessing a 4-digit PIN still takes days while a
# caregiver who mistypes waits seconds.
CAREGIVER_BACKOFF = Backoff(first_wait_s=2)


@dataclass(frozen=True, slots=True)
class PinCheck:
    """The answer to one try: accepted, or refused with how long to wait before the next."""

    accepted: bool
    wait_s: int = 0
