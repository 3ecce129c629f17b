"""The caregiver PIN: salted scrypt hashes and the growing wait after wrong tries.

Pure functions: the salt and the current time come in as arguments, so the
service that stores the PIN decides where randomness and time come from.
A caregiver PIN is separate from profile PINs: it guards settings, not a person.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass

from app.core.errors import SilverError
from app.core.i18n import QT_TRANSLATE_NOOP

PIN_MIN_DIGITS = 4
PIN_MAX_DIGITS = 6
FREE_TRIES = 3  # wrong tries before any wait: a shaky hand may slip twice
MAX_WAIT_S = 300
_N, _R, _P = 2**14, 8, 1


class PinFormatError(SilverError):
    default_template = QT_TRANSLATE_NOOP("Errors", "A PIN is 4 to 6 digits.")


def check_format(pin: str) -> str:
    """``pin`` if it is 4–6 ASCII digits, else ``PinFormatError``."""
    if not (PIN_MIN_DIGITS <= len(pin) <= PIN_MAX_DIGITS) or not all("0" <= c <= "9" for c in pin):
        raise PinFormatError()
    return pin


def hash_pin(pin: str, salt: bytes) -> str:
    """A self-describing scrypt hash: ``scrypt$n$r$p$salt$hash`` (hex)."""
    digest = hashlib.scrypt(check_format(pin).encode(), salt=salt, n=_N, r=_R, p=_P, dklen=32)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def verify_pin(pin: str, stored: str) -> bool:
    """True if ``pin`` matches ``stored``; False for a wrong PIN or a damaged hash."""
    try:
        scheme, n, r, p, salt, expected = stored.split("$")
        if scheme != "scrypt":
            return False
        digest = hashlib.scrypt(
            pin.encode(), salt=bytes.fromhex(salt), n=int(n), r=int(r), p=int(p), dklen=32
        )
    except ValueError:
        return False
    return hmac.compare_digest(digest.hex(), expected)


def wait_after(failures: int) -> int:
    """Seconds to wait before the next try after ``failures`` wrong tries in a row.

    None for the first few, then doubling (2, 4, 8 … s), at most five minutes, so
    guessing a 4-digit PIN takes days while a caregiver who mistypes waits seconds.
    """
    if failures < FREE_TRIES:
        return 0
    return int(min(2 ** (failures - FREE_TRIES + 1), MAX_WAIT_S))


@dataclass(frozen=True, slots=True)
class PinCheck:
    """The answer to one try: accepted, or refused with how long to wait before the next."""

    accepted: bool
    wait_s: int = 0
