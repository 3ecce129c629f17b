"""What profile removal needs from the keyring: forget one profile's platform token.

The platform work (issue 6) owns storing tokens; this port is the small part the
profile manager uses, so tests pass an in-memory store and a real machine passes
the keyring-backed one.
"""

from __future__ import annotations

from typing import Protocol

KEYRING_SERVICE = "SilverClassroom"


class TokenSecrets(Protocol):
    def get(self, profile_id: str) -> str | None: ...

    def set(self, profile_id: str, token: str) -> None: ...

    def delete(self, profile_id: str) -> None:
        """Forget the token of ``profile_id``; nothing happens when there is none."""
        ...


class MemorySecrets:
    """Tokens in memory: tests, and guests (whose token must never reach the keyring)."""

    def __init__(self) -> None:
        self._tokens: dict[str, str] = {}

    def get(self, profile_id: str) -> str | None:
        return self._tokens.get(profile_id)

    def set(self, profile_id: str, token: str) -> None:
        self._tokens[profile_id] = token

    def delete(self, profile_id: str) -> None:
        self._tokens.pop(profile_id, None)


class KeyringSecrets:
    """The OS keyring, one entry per profile (service ``SilverClassroom``, user = profile id)."""

    def get(self, profile_id: str) -> str | None:
        import keyring

        value: str | None = keyring.get_password(KEYRING_SERVICE, profile_id)
        return value

    def set(self, profile_id: str, token: str) -> None:
        import keyring

        keyring.set_password(KEYRING_SERVICE, profile_id, token)

    def delete(self, profile_id: str) -> None:
        import keyring
        from keyring.errors import KeyringError, PasswordDeleteError

        try:
            keyring.delete_password(KEYRING_SERVICE, profile_id)
        except PasswordDeleteError:
            return  # there was no token
        except KeyringError:
            return  # no keyring on this machine: nothing can have been stored in it
