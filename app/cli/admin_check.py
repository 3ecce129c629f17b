"""``admin check [--json]``: is this machine ready? A plain list an IT helper can read.

Checks the data dir, every database, the speech engine and its voices, audio output,
fonts that cover Chinese, the keyring and the classroom policy. Exit 0 when all of
it is usable, 1 otherwise (the lines say what to fix).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import TextIO

from app.services.app_services import AppServices


@dataclass(frozen=True, slots=True)
class Item:
    key: str
    label: str
    ok: bool
    detail: str


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = verbs.add_parser("check", help="check that this machine is ready")
    parser.add_argument("--json", action="store_true", help="print JSON only")
    parser.set_defaults(run=run)


def run(services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    t: Callable[[str], str] = lambda text: services.texts.translate("AdminCheck", text)  # noqa: E731
    items = [
        check_data_dir(services, t),
        check_databases(services, t),
        check_speech(t),
        check_audio(t),
        check_fonts(t),
        check_keyring(t),
        check_policy(services, t),
    ]
    usable = all(item.ok for item in items)
    if args.json:
        json.dump(
            {"usable": usable, "checks": [asdict(i) for i in items]},
            out,
            ensure_ascii=False,
            indent=2,
        )
        out.write("\n")
    else:
        for item in items:
            mark = "OK " if item.ok else "NO "
            out.write(f"{mark} {item.label}: {item.detail}\n")
        out.write(
            (t("Everything is ready.") if usable else t("Some things need fixing (see NO above)."))
            + "\n"
        )
    return 0 if usable else 1


def check_data_dir(services: AppServices, t: Callable[[str], str]) -> Item:
    root = services.paths.root
    probe = root / f".check-{uuid.uuid4().hex[:8]}"
    try:
        probe.write_bytes(b"ok")
        probe.unlink()
        return Item("data_dir", t("Data folder"), True, f"{root} ({t('can be written')})")
    except OSError:
        return Item("data_dir", t("Data folder"), False, f"{root} ({t('cannot be written')})")


def check_databases(services: AppServices, t: Callable[[str], str]) -> Item:
    files = [services.paths.machine_db]
    files += [services.paths.learner_db(p.id) for p in services.profiles.all()]
    bad: list[str] = []
    for path in files:
        if not path.exists():
            continue
        try:
            conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
            try:
                result = conn.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                conn.close()
        except sqlite3.DatabaseError:
            result = "unreadable"
        if result != "ok":
            bad.append(path.name if path == services.paths.machine_db else path.parent.name)
    checked = len([f for f in files if f.exists()])
    if bad:
        return Item("databases", t("Saved data"), False, t("damaged: ") + ", ".join(bad))
    healthy = services.texts.translate("AdminCheck", "%n database(s) healthy", checked)
    return Item("databases", t("Saved data"), True, healthy)


def check_speech(t: Callable[[str], str]) -> Item:
    engine = shutil.which("espeak-ng")
    has_pyttsx3 = importlib.util.find_spec("pyttsx3") is not None
    voices: list[str] = []
    if engine:
        try:
            listing = subprocess.run(
                [engine, "--voices"], capture_output=True, text=True, timeout=10, check=False
            ).stdout
            names = {line.split()[1] for line in listing.splitlines()[1:] if line.split()}
            voices = [v for v in ("cmn", "en") if v in names or f"{v}-us" in names]
        except (OSError, subprocess.SubprocessError, IndexError):
            voices = []
    parts = [f"espeak-ng {'✓' if engine else '✗'}", f"pyttsx3 {'✓' if has_pyttsx3 else '✗'}"]
    parts.append(t("voices: ") + (", ".join(voices) or t("none")))
    ok = (bool(engine) or has_pyttsx3) and "cmn" in voices
    if not ok:
        parts.append(t("install espeak-ng (with its Mandarin voice)"))
    return Item("speech", t("Reading aloud"), ok, "; ".join(parts))


def _qt_gui() -> None:
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication(["silver-classroom-check"])


def check_audio(t: Callable[[str], str]) -> Item:
    _qt_gui()
    from PySide6.QtMultimedia import QMediaDevices

    outputs = QMediaDevices.audioOutputs()
    if not outputs:
        return Item("audio", t("Sound output"), False, t("no speaker or headphones found"))
    default = QMediaDevices.defaultAudioOutput().description() or outputs[0].description()
    return Item("audio", t("Sound output"), True, default)


def check_fonts(t: Callable[[str], str]) -> Item:
    _qt_gui()
    from PySide6.QtGui import QFontDatabase

    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if not families:
        return Item(
            "fonts", t("Chinese fonts"), False, t("none: install fonts-noto-cjk or similar")
        )
    simplified = sorted(families, key=lambda f: (" SC" not in f and "Hei" not in f, f))
    return Item("fonts", t("Chinese fonts"), True, ", ".join(simplified[:3]))


def check_keyring(t: Callable[[str], str]) -> Item:
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring setup must not stop the other checks
        return Item("keyring", t("Password store"), False, type(exc).__name__)
    name = f"{type(backend).__module__}.{type(backend).__name__}"
    if isinstance(backend, fail.Keyring):
        return Item("keyring", t("Password store"), False, t("none found (sign-in cannot be kept)"))
    return Item("keyring", t("Password store"), True, name)


def check_policy(services: AppServices, t: Callable[[str], str]) -> Item:
    policy = services.policy
    if policy.problem is not None:
        return Item("policy", t("Classroom policy"), False, services.texts.error(policy.problem))
    if policy.source is None:
        return Item("policy", t("Classroom policy"), True, t("none (home computer)"))
    mode = t("classroom mode") if policy.classroom_mode else t("home mode")
    detail = f"{policy.source} ({mode}; {t('idle minutes')}: {policy.idle_timeout_minutes})"
    return Item("policy", t("Classroom policy"), True, detail)
