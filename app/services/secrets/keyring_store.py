"""``SecretStore`` on the OS keyring (Secret Service, Windows Credential Locker, macOS Keychain).

The one place platform tokens are kept: sign-in stores and forgets them, and removing
a learner forgets theirs. One entry per profile (service ``SilverClassroom``, user =
profile id). The keyring backend is passed in (tests give an in-memory one); the app
passes ``system_backend``. When there is no usable keyring, every call raises
``SecretsUnavailable``: a token is never written anywhere else instead. A guest's
token never reaches the keyring: it is held in this object for the session only.
"""

from __future__ import annotations

from typing import Any

from app.core.errors import SecretsUnavailable
from app.services.paths import is_guest_id

SERVICE = "SilverClassroom"


def _errors() -> tuple[type[Exception], type[Exception]]:
    """keyring's (any error, nothing-to-delete) exceptions; imported when first needed."""
    from keyring.errors import KeyringError, PasswordDeleteError

    return KeyringError, PasswordDeleteError


class KeyringSecretStore:
    def __init__(self, backend: Any, service: str = SERVICE) -> None:
        self._backend = backend
        self._service = service
        self._guests: dict[str, str] = {}  # guest id -> token, gone when the app closes

    def _usable(self) -> Any:
        if callable(self._backend):  # a factory: find the OS keyring only when first needed
            try:
                self._backend = self._backend()
            except (_errors()[0], OSError, RuntimeError) as exc:
                raise SecretsUnavailable() from exc
        backend = self._backend
        priority = getattr(backend, "priority", 1)
        if backend is None or (isinstance(priority, int | float) and priority <= 0):
            raise SecretsUnavailable()  # keyring's "fail" and "null" backends
        return backend

    def get(self, profile_id: str) -> str | None:
        if is_guest_id(profile_id):
            return self._guests.get(profile_id)
        try:
            value = self._usable().get_password(self._service, profile_id)
        except (_errors()[0], OSError, RuntimeError) as exc:
            raise SecretsUnavailable() from exc
        return str(value) if value else None

    def set(self, profile_id: str, secret: str) -> None:
        if is_guest_id(profile_id):
            self._guests[profile_id] = secret
            return
        try:
            self._usable().set_password(self._service, profile_id, secret)
        except (_errors()[0], OSError, RuntimeError) as exc:
            raise SecretsUnavailable() from exc

    def delete(self, profile_id: str) -> None:
        """Forget the token of ``profile_id``; nothing happens when there is none."""
        if is_guest_id(profile_id):
            self._guests.pop(profile_id, None)
            return
        try:
            self._usable().delete_password(self._service, profile_id)
        except _errors()[1]:
            return  # nothing stored: signed out already
        except (_errors()[0], OSError, RuntimeError) as exc:
            raise SecretsUnavailable() from exc


def system_backend() -> Any:
    """The OS keyring as ``keyring`` finds it (may be the "fail" backend: no keyring)."""
    import keyring

    return keyring.get_keyring()
