"""``SecretStore`` on the OS keyring (Secret Service, Windows Credential Locker, macOS Keychain).

The keyring backend is passed in (tests give an in-memory one); the app passes
``keyring.get_keyring()``. When there is no usable keyring, every call raises
``SecretsUnavailable``: a token is never written anywhere else instead.
"""

from __future__ import annotations

from typing import Any

from app.core.errors import SecretsUnavailable

SERVICE = "SilverClassroom"  # same entry the profile manager removes (user = profile id)


def _errors() -> tuple[type[Exception], type[Exception]]:
    """keyring's (any error, nothing-to-delete) exceptions; imported when first needed."""
    from keyring.errors import KeyringError, PasswordDeleteError

    return KeyringError, PasswordDeleteError


class KeyringSecretStore:
    def __init__(self, backend: Any, service: str = SERVICE) -> None:
        self._backend = backend
        self._service = service

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
        try:
            value = self._usable().get_password(self._service, profile_id)
        except (_errors()[0], OSError, RuntimeError) as exc:
            raise SecretsUnavailable() from exc
        return str(value) if value else None

    def set(self, profile_id: str, secret: str) -> None:
        try:
            self._usable().set_password(self._service, profile_id, secret)
        except (_errors()[0], OSError, RuntimeError) as exc:
            raise SecretsUnavailable() from exc

    def delete(self, profile_id: str) -> None:
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
