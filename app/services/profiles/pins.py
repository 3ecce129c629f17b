"""Salted scrypt hashes for PINs. The PIN itself is never stored, printed or logged."""

from __future__ import annotations

import hashlib
import hmac
import os

# ~16 MiB and tens of milliseconds per try: cheap for one learner, slow for guessing.
_N, _R, _P, _LEN = 2**14, 8, 1, 32


def hash_pin(pin: str) -> str:
    """``scrypt$N$r$p$salt$hash`` (hex), with a fresh random salt."""
    salt = os.urandom(16)
    digest = hashlib.scrypt(pin.encode(), salt=salt, n=_N, r=_R, p=_P, dklen=_LEN)
    return f"scrypt${_N}${_R}${_P}${salt.hex()}${digest.hex()}"


def pin_matches(pin: str, stored: str) -> bool:
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
