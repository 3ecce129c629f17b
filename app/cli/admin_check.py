"""``admin check [--json]``: is this machine ready? A plain list an IT helper can read.

Checks the data dir, every database, the speech engine and its voices, audio output,
fonts that cover Chinese, the keyring and the classroom policy. Exit 0 when all of
it is usable, 1 otherwise (the lines say what to fix).
"""

from __future__ import annotations

import argparse
import json
import os
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import TextIO

from app.core.errors import SilverError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.speech import SpeechEngine
from app.services.app_services import AppServices
from app.services.speech.cache_budget import CacheBudget, read_limit_mb
from app.services.speech.discovery import find_engine
from app.services.translations import Texts

CTX = "AdminCheck"


@dataclass(frozen=True, slots=True)
class Item:
    key: str
    label: str
    ok: bool
    detail: str


class _T:
    """Translate this verb's texts (all marked with ``QT_TRANSLATE_NOOP`` where written)."""

    def __init__(self, texts: Texts) -> None:
        self.texts = texts

    def __call__(self, text: str) -> str:
        return self.texts.translate(CTX, text)


def register(verbs: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    parser = verbs.add_parser("check", help="check that this machine is ready")
    parser.add_argument("--json", action="store_true", help="print JSON only")
    parser.set_defaults(run=run)


def run(services: AppServices, args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    t = _T(services.texts)
    items = [
        check_data_dir(services, t),
        check_databases(services, t),
        check_speech(t),
        check_speech_cache(services, t),
        check_audio(t),
        check_fonts(t),
        check_keyring(t),
        check_policy(services, t),
    ]
    usable = all(item.ok for item in items)
    if args.json:
        report = {"usable": usable, "checks": [asdict(i) for i in items]}
        json.dump(report, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return 0 if usable else 1
    for item in items:
        out.write(f"{'OK ' if item.ok else 'NO '} {item.label}: {item.detail}\n")
    ready = QT_TRANSLATE_NOOP("AdminCheck", "Everything is ready.")
    fix = QT_TRANSLATE_NOOP("AdminCheck", "Some things need fixing (see NO above).")
    out.write(t(ready if usable else fix) + "\n")
    return 0 if usable else 1


def check_data_dir(services: AppServices, t: _T) -> Item:
    root = services.paths.root
    label = t(QT_TRANSLATE_NOOP("AdminCheck", "Data folder"))
    writable = t(QT_TRANSLATE_NOOP("AdminCheck", "can be written"))
    not_writable = t(QT_TRANSLATE_NOOP("AdminCheck", "cannot be written"))
    probe = root / f".check-{uuid.uuid4().hex[:8]}"
    try:
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError:
        return Item("data_dir", label, False, f"{root} ({not_writable})")
    return Item("data_dir", label, True, f"{root} ({writable})")


def check_databases(services: AppServices, t: _T) -> Item:
    label = t(QT_TRANSLATE_NOOP("AdminCheck", "Saved data"))
    files = [services.paths.machine_db]
    files += [services.paths.learner_db(p.id) for p in services.profiles.all()]
    files = [f for f in files if f.exists()]
    bad: list[str] = []
    for path in files:
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
    if bad:
        return Item(
            "databases",
            label,
            False,
            t(QT_TRANSLATE_NOOP("AdminCheck", "damaged: ")) + ", ".join(bad),
        )
    healthy = t(QT_TRANSLATE_NOOP("AdminCheck", "databases checked, all healthy: {count}"))
    return Item("databases", label, True, healthy.format(count=len(files)))


SPEECH_SAMPLE = "今天天气很好，银行的电话是96110。"


def mandarin_leaks(engine: SpeechEngine) -> list[str]:
    """Runs of the sample Chinese sentence that espeak-ng would not read in Mandarin."""
    trace = getattr(engine, "trace", None)
    if trace is None:  # pyttsx3 gives no phonemes to check
        return []
    return [
        f"{run.voice}: {run.text} → {run.phonemes}"
        for run in trace(SPEECH_SAMPLE, "zh_CN")
        if "(" in run.phonemes  # "(en)…(cmn)": a switch to another voice
    ]


def check_speech_cache(services: AppServices, t: Callable[[str], str]) -> Item:
    """How much the shared speech cache holds, against the caregiver's limit."""
    label = t(QT_TRANSLATE_NOOP("AdminCheck", "Speech cache"))
    limit = read_limit_mb(services.machine)
    size = CacheBudget(services.paths.audio_cache, limit).size()
    detail = t(QT_TRANSLATE_NOOP("AdminCheck", "{used} MB of {limit} MB; {pinned} MB from packs"))
    used, pinned = round(size.evictable / 2**20), round(size.pinned / 2**20)
    return Item("speech_cache", label, True, detail.format(used=used, limit=limit, pinned=pinned))


def check_speech(t: Callable[[str], str], find: Callable[[], SpeechEngine] = find_engine) -> Item:
    label = t(QT_TRANSLATE_NOOP("AdminCheck", "Reading aloud"))
    try:
        engine = find()
    except SilverError:
        fix = t(QT_TRANSLATE_NOOP("AdminCheck", "install espeak-ng (with its Mandarin voice)"))
        return Item("speech", label, False, fix)
    voices = {lang: engine.voice_for(lang) for lang in ("zh_CN", "en")}
    parts = [engine.name]
    parts.append(
        t(QT_TRANSLATE_NOOP("AdminCheck", "voices: "))
        + (", ".join(v for v in voices.values() if v) or "-")
    )
    ok = voices["zh_CN"] is not None
    if not ok:
        parts.append(
            t(QT_TRANSLATE_NOOP("AdminCheck", "install espeak-ng (with its Mandarin voice)"))
        )
    else:
        try:
            leaks = mandarin_leaks(engine)
        except Exception as exc:  # an engine that cannot even trace cannot read aloud
            leaks = [str(exc)]
        if leaks:
            ok = False
            parts.append(
                t(QT_TRANSLATE_NOOP("AdminCheck", "Chinese would be read with the English voice: "))
                + " | ".join(leaks)
            )
    return Item("speech", label, ok, "; ".join(parts))


def _qt_gui() -> None:
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        QGuiApplication(["silver-classroom-check"])


def check_audio(t: _T) -> Item:
    _qt_gui()
    from PySide6.QtMultimedia import QMediaDevices

    label = t(QT_TRANSLATE_NOOP("AdminCheck", "Sound output"))
    outputs = QMediaDevices.audioOutputs()
    if not outputs:
        return Item(
            "audio",
            label,
            False,
            t(QT_TRANSLATE_NOOP("AdminCheck", "no speaker or headphones found")),
        )
    default = QMediaDevices.defaultAudioOutput().description() or outputs[0].description()
    return Item("audio", label, True, default)


def check_fonts(t: _T) -> Item:
    _qt_gui()
    from PySide6.QtGui import QFontDatabase

    label = t(QT_TRANSLATE_NOOP("AdminCheck", "Chinese fonts"))
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if not families:
        missing = t(QT_TRANSLATE_NOOP("AdminCheck", "none: install fonts-noto-cjk or similar"))
        return Item("fonts", label, False, missing)
    simplified = sorted(families, key=lambda f: (" SC" not in f and "Hei" not in f, f))
    return Item("fonts", label, True, ", ".join(simplified[:3]))


def check_keyring(t: _T) -> Item:
    label = t(QT_TRANSLATE_NOOP("AdminCheck", "Password store"))
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
    except Exception as exc:  # a broken keyring setup must not stop the other checks
        return Item("keyring", label, False, type(exc).__name__)
    if isinstance(backend, fail.Keyring):
        none = t(QT_TRANSLATE_NOOP("AdminCheck", "none found (sign-in cannot be kept)"))
        return Item("keyring", label, False, none)
    return Item("keyring", label, True, f"{type(backend).__module__}.{type(backend).__name__}")


def check_policy(services: AppServices, t: _T) -> Item:
    label = t(QT_TRANSLATE_NOOP("AdminCheck", "Classroom policy"))
    policy = services.policy
    if policy.problem is not None:
        return Item("policy", label, False, services.texts.error(policy.problem))
    if policy.source is None:
        return Item(
            "policy", label, True, t(QT_TRANSLATE_NOOP("AdminCheck", "none (home computer)"))
        )
    mode = (
        QT_TRANSLATE_NOOP("AdminCheck", "classroom mode")
        if policy.classroom_mode
        else QT_TRANSLATE_NOOP("AdminCheck", "home")
    )
    minutes = t(QT_TRANSLATE_NOOP("AdminCheck", "idle minutes"))
    detail = f"{policy.source} ({t(mode)}; {minutes}: {policy.idle_timeout_minutes})"
    return Item("policy", label, True, detail)
