"""Is this machine ready? The checks behind ``admin check`` and "Check this computer".

Checks the data dir, every database, the speech engine and its voices, audio output,
video playback (a bundled one-second clip decoded by QtMultimedia),
fonts that cover Chinese, the keyring and the classroom policy. Each check is ``ok``, a
``warning`` (the app works with limits: no sound output, no password store, printouts in a
font that does not read back) or a ``problem`` (learners cannot use the app: no writable data
folder, no usable speech engine, no Chinese font, damaged data, an invalid policy), with what
to do. Qt-free, so the command line and the window share it.
"""

from __future__ import annotations

import functools
import os
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app.core.errors import SilverError
from app.core.i18n import QT_TRANSLATE_NOOP
from app.core.speech import SpeechEngine
from app.services.app_services import AppServices
from app.services.speech.cache_budget import CacheBudget, read_limit_mb
from app.services.speech.discovery import find_engine
from app.services.translations import Texts

CTX = "AdminCheck"


class Status(StrEnum):
    OK = "ok"
    WARNING = "warning"  # works with limits
    PROBLEM = "problem"  # learners cannot use the app


@dataclass(frozen=True, slots=True)
class Item:
    """The outcome of one check, as the command line and the window show it, with any fix."""

    key: str
    label: str
    status: Status
    detail: str
    fix: str = ""  # what to do, for a warning or a problem

    @property
    def ok(self) -> bool:
        return self.status is Status.OK

    def as_json(self) -> dict[str, str]:
        return {
            "key": self.key,
            "label": self.label,
            "status": self.status.value,
            "detail": self.detail,
            "fix": self.fix,
        }


class CheckTexts:
    """Translate this verb's texts (all marked with ``QT_TRANSLATE_NOOP`` where written)."""

    def __init__(self, texts: Texts) -> None:
        self.texts = texts

    def __call__(self, text: str) -> str:
        return self.texts.translate(CTX, text)


def check_items(services: AppServices, texts: Texts) -> list[Item]:
    """Every check, its texts in ``texts``' language: this verb and the window's
    "Check this computer" page (``app/ui/pages/computer_check.py``) show the same items."""
    t = CheckTexts(texts)
    return [
        check_data_dir(services, t),
        check_databases(services, t),
        check_speech(t),
        check_speech_cache(services, t),
        check_audio(t),
        check_video(t),
        check_fonts(t),
        check_keyring(t),
        check_policy(services, t),
    ]


def check_data_dir(services: AppServices, t: CheckTexts) -> Item:
    root = services.paths.root
    label = t(QT_TRANSLATE_NOOP("AdminCheck", "Data folder"))
    writable = t(QT_TRANSLATE_NOOP("AdminCheck", "can be written"))
    not_writable = t(QT_TRANSLATE_NOOP("AdminCheck", "cannot be written"))
    probe = root / f".check-{uuid.uuid4().hex[:8]}"
    try:
        probe.write_bytes(b"ok")
        probe.unlink()
    except OSError:
        fix = t(
            QT_TRANSLATE_NOOP(
                "AdminCheck",
                "give this account write access to the folder, or choose another with --data-dir",
            )
        )
        return Item("data_dir", label, Status.PROBLEM, f"{root} ({not_writable})", fix)
    return Item("data_dir", label, Status.OK, f"{root} ({writable})")


def check_databases(services: AppServices, t: CheckTexts) -> Item:
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
        fix = QT_TRANSLATE_NOOP(
            "AdminCheck",
            "the app could not repair this: bring back the learner's backup file "
            "(admin import-profile) or remove the damaged learner",
        )
        return Item(
            "databases",
            label,
            Status.PROBLEM,
            t(QT_TRANSLATE_NOOP("AdminCheck", "damaged: ")) + ", ".join(bad),
            t(fix),
        )
    healthy = t(QT_TRANSLATE_NOOP("AdminCheck", "databases checked, all healthy: {count}"))
    return Item("databases", label, Status.OK, healthy.format(count=len(files)))


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
    shown = detail.format(used=used, limit=limit, pinned=pinned)
    return Item("speech_cache", label, Status.OK, shown)


def check_speech(t: Callable[[str], str], find: Callable[[], SpeechEngine] = find_engine) -> Item:
    label = t(QT_TRANSLATE_NOOP("AdminCheck", "Reading aloud"))
    install = t(QT_TRANSLATE_NOOP("AdminCheck", "install espeak-ng (with its Mandarin voice)"))
    try:
        engine = find()
    except SilverError:
        none = t(QT_TRANSLATE_NOOP("AdminCheck", "no speech engine found"))
        return Item("speech", label, Status.PROBLEM, none, install)
    voices = {lang: engine.voice_for(lang) for lang in ("zh_CN", "en")}
    parts = [engine.name]
    parts.append(
        t(QT_TRANSLATE_NOOP("AdminCheck", "voices: "))
        + (", ".join(v for v in voices.values() if v) or "-")
    )
    ok = voices["zh_CN"] is not None
    if ok:
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
    if ok:
        return Item("speech", label, Status.OK, "; ".join(parts))
    return Item("speech", label, Status.PROBLEM, "; ".join(parts), install)


def _qt_gui() -> None:
    """A Qt application for the sound and video checks, when the process has none yet
    (``admin check``; the window has its own). A ``QApplication``, not a bare
    ``QGuiApplication``: one Qt application lives as long as its process, and a later
    window in the same process (the computer-check page, a test after this check) could
    not be built on a GUI-only one — Qt aborts the process at the first widget."""
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication

        QApplication(["silver-classroom-check"])


def sound_outputs() -> list[str]:
    """The names of the speakers and headphones Qt can play to, the default first."""
    _qt_gui()
    from PySide6.QtMultimedia import QMediaDevices

    names = [device.description() for device in QMediaDevices.audioOutputs()]
    default = QMediaDevices.defaultAudioOutput().description()
    return sorted(names, key=lambda name: name != default)


def check_audio(t: Callable[[str], str], outputs: Callable[[], list[str]] = sound_outputs) -> Item:
    label = t(QT_TRANSLATE_NOOP("AdminCheck", "Sound output"))
    found = outputs()
    if not found:
        fix = QT_TRANSLATE_NOOP(
            "AdminCheck",
            "connect speakers or headphones; until then lessons show and highlight their "
            "text but nothing is heard",
        )
        none = t(QT_TRANSLATE_NOOP("AdminCheck", "no speaker or headphones found"))
        return Item("audio", label, Status.WARNING, none, t(fix))
    return Item("audio", label, Status.OK, found[0])


def video_check_clip() -> Path:
    """A one-second H.264/AAC MP4 (12 KB) bundled for this check, made like the platform's."""
    from app.services.paths import resources_dir

    return resources_dir() / "video-check.mp4"


@functools.cache
def _frame_watch() -> type:
    """A receiver class for ``video_decodes`` (frames reach it queued, on its thread).
    Made once: a class made per call would sit in a reference cycle with what it holds."""
    from PySide6.QtCore import QEventLoop, QObject, Slot
    from PySide6.QtMultimedia import QVideoFrame

    class FrameWatch(QObject):
        def __init__(self, loop: QEventLoop) -> None:
            super().__init__(loop)
            self.loop = loop
            self.seen = False

        @Slot(QVideoFrame)
        def frame(self, frame: QVideoFrame) -> None:
            if frame.isValid():
                self.seen = True
                self.loop.quit()

        @Slot()
        def stop(self) -> None:
            self.loop.quit()

    return FrameWatch


def video_decodes(clip: Path, timeout_ms: int = 5000) -> bool:
    """Does QtMultimedia (the player the lessons use) decode a picture of ``clip``?
    A QMediaPlayer into a QVideoSink, no widget and no sound; at most ``timeout_ms``.

    Every Qt object made here hangs under the loop, deleted before returning on this
    (the GUI) thread: none is left for Python's collector to free on another thread."""
    _qt_gui()
    import shiboken6
    from PySide6.QtCore import QEventLoop, QTimer, QUrl

    from app.services.speech.qt_media import QMediaPlayer, QVideoSink, for_media_threads

    if not clip.is_file():
        return False
    loop = QEventLoop()
    watch = _frame_watch()(loop)
    player = for_media_threads(QMediaPlayer(loop))
    sink = for_media_threads(QVideoSink(loop))
    player.setVideoSink(sink)
    sink.videoFrameChanged.connect(watch.frame)
    player.errorOccurred.connect(watch.stop)
    timer = QTimer(loop)
    timer.setSingleShot(True)
    timer.timeout.connect(watch.stop)
    timer.start(timeout_ms)
    player.setSource(QUrl.fromLocalFile(str(clip)))
    player.play()
    if not watch.seen:
        loop.exec()
    seen = bool(watch.seen)
    player.stop()
    player.setSource(QUrl())
    shiboken6.delete(loop)
    return seen


def check_video(
    t: Callable[[str], str], decodes: Callable[[], bool] = lambda: video_decodes(video_check_clip())
) -> Item:
    label = t(QT_TRANSLATE_NOOP("AdminCheck", "Video playback"))
    try:
        ok = decodes()
    except Exception:  # a broken multimedia setup must not stop the other checks
        ok = False
    if ok:
        return Item("video", label, Status.OK, t(QT_TRANSLATE_NOOP("AdminCheck", "videos play")))
    none = t(QT_TRANSLATE_NOOP("AdminCheck", "a test video could not be played"))
    fix = QT_TRANSLATE_NOOP(
        "AdminCheck",
        "reinstall the app (its video player is missing or damaged); until then video "
        "lessons cannot be watched, their handouts and text still work",
    )
    return Item("video", label, Status.WARNING, none, t(fix))


def check_fonts(t: CheckTexts) -> Item:
    _qt_gui()
    from PySide6.QtGui import QFontDatabase

    from app.services.large_print import PRINT_FONT_FAMILIES

    label = t(QT_TRANSLATE_NOOP("AdminCheck", "Chinese fonts"))
    families = QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese)
    if not families:
        none = t(QT_TRANSLATE_NOOP("AdminCheck", "none found"))
        fix = t(QT_TRANSLATE_NOOP("AdminCheck", "install fonts-noto-cjk and fonts-wqy-microhei"))
        return Item("fonts", label, Status.PROBLEM, none, fix)
    simplified = sorted(families, key=lambda f: (" SC" not in f and "Hei" not in f, f))
    shown = ", ".join(simplified[:3])
    if not set(PRINT_FONT_FAMILIES) & set(families):
        fix = QT_TRANSLATE_NOOP(
            "AdminCheck",
            "install fonts-wqy-microhei: without it printouts may not read back exactly "
            "in a screen reader or when searched",
        )
        return Item("fonts", label, Status.WARNING, shown, t(fix))
    return Item("fonts", label, Status.OK, shown)


def check_keyring(t: CheckTexts) -> Item:
    label = t(QT_TRANSLATE_NOOP("AdminCheck", "Password store"))
    try:
        import keyring
        from keyring.backends import fail

        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            raise LookupError("no password store")
    except Exception:  # a broken keyring setup must not stop the other checks
        none = t(QT_TRANSLATE_NOOP("AdminCheck", "none found (sign-in cannot be kept)"))
        fix = QT_TRANSLATE_NOOP(
            "AdminCheck",
            "install gnome-keyring (or another password store); until then learners "
            "sign in to the class platform each time",
        )
        return Item("keyring", label, Status.WARNING, none, t(fix))
    return Item("keyring", label, Status.OK, f"{type(backend).__module__}.{type(backend).__name__}")


def check_policy(services: AppServices, t: CheckTexts) -> Item:
    label = t(QT_TRANSLATE_NOOP("AdminCheck", "Classroom policy"))
    policy = services.policy
    if policy.problem is not None:
        fix = t(
            QT_TRANSLATE_NOOP(
                "AdminCheck", "correct the policy file (resources/policy.sample.toml shows how)"
            )
        )
        return Item("policy", label, Status.PROBLEM, services.texts.error(policy.problem), fix)
    if policy.source is None:
        return Item(
            "policy", label, Status.OK, t(QT_TRANSLATE_NOOP("AdminCheck", "none (home computer)"))
        )
    mode = (
        QT_TRANSLATE_NOOP("AdminCheck", "classroom mode")
        if policy.classroom_mode
        else QT_TRANSLATE_NOOP("AdminCheck", "home")
    )
    minutes = t(QT_TRANSLATE_NOOP("AdminCheck", "idle minutes"))
    detail = f"{policy.source} ({t(mode)}; {minutes}: {policy.idle_timeout_minutes})"
    return Item("policy", label, Status.OK, detail)
