"""Platform tokens live in the OS keyring, one entry per profile, never anywhere else."""

from __future__ import annotations

import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from keyring.backends import fail

from app.core.errors import SecretsUnavailable
from app.services.secrets.keyring_store import SERVICE, KeyringSecretStore
from tests.platform_helpers import MemoryKeyring

ROOT = Path(__file__).resolve().parents[2]


def test_tokens_are_kept_per_profile_and_removed_on_sign_out() -> None:
    backend = MemoryKeyring()
    store = KeyringSecretStore(backend)
    store.set("grandma", "token-a")
    store.set("grandpa", "token-b")
    assert store.get("grandma") == "token-a" and store.get("grandpa") == "token-b"
    assert backend.entries[(SERVICE, "grandma")] == "token-a"
    store.delete("grandma")
    store.delete("grandma")  # signing out twice is fine
    assert store.get("grandma") is None and store.get("grandpa") == "token-b"


def test_no_keyring_is_a_plain_message_and_nothing_is_kept(data_dir: Path) -> None:
    store = KeyringSecretStore(fail.Keyring())  # type: ignore[no-untyped-call]
    with pytest.raises(SecretsUnavailable) as caught:
        store.set("grandma", "secret-token-123")
    assert "no keyring" in str(caught.value)
    with pytest.raises(SecretsUnavailable):
        store.get("grandma")
    for path in data_dir.rglob("*"):
        assert not path.is_file() or b"secret-token-123" not in path.read_bytes()


SCRIPT = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, {root!r})
    from keyring.backends import SecretService
    from app.services.secrets.keyring_store import KeyringSecretStore
    store = KeyringSecretStore(SecretService.Keyring())
    store.set("grandma", "real-token")
    print(store.get("grandma"))
    store.delete("grandma")
    print(store.get("grandma"))
    """
)


@pytest.mark.skipif(
    not (shutil.which("dbus-run-session") and shutil.which("gnome-keyring-daemon")),
    reason="needs dbus-run-session and gnome-keyring-daemon",
)
def test_real_secret_service_round_trip(tmp_path: Path) -> None:
    script = tmp_path / "secret_round_trip.py"
    script.write_text(SCRIPT.format(root=str(ROOT)))
    shell = (
        "echo -n unlock | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "
        f"{sys.executable} {script}"
    )
    env = {"HOME": str(tmp_path), "PATH": "/usr/bin:/bin", "XDG_RUNTIME_DIR": str(tmp_path)}
    done = subprocess.run(
        ["dbus-run-session", "--", "sh", "-c", shell],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    if "real-token" not in done.stdout:
        pytest.skip(f"Secret Service did not start here: {done.stderr[-300:]}")
    assert done.stdout.split() == ["real-token", "None"]
