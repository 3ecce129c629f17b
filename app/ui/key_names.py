"""Keyboard keys as a learner knows them: "←" and "空格键" on a button, and a sentence
("You can also press the Left arrow key.") for screen readers.

Shortcuts are written the Qt way ("Alt+Left", "Ctrl+="); nothing here shows Qt's own
English key names ("Left", "Space") to a learner.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.core.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Keys"
MODIFIERS = ("Ctrl", "Alt", "Shift")

# What is printed on the button: the symbol on the key, or its name on the keyboard.
SHOWN: dict[str, str] = {
    "Left": "←",
    "Right": "→",
    "Up": "↑",
    "Down": "↓",
    "Space": QT_TRANSLATE_NOOP("Keys", "Space"),
    "Backspace": QT_TRANSLATE_NOOP("Keys", "Backspace"),
    "Esc": "Esc",
    "Home": "Home",
    "PgUp": QT_TRANSLATE_NOOP("Keys", "Page Up"),
    "PgDown": QT_TRANSLATE_NOOP("Keys", "Page Down"),
    "=": "=",
    "-": "-",
}

# How the key is named in a sentence.
SAID: dict[str, str] = {
    "Left": QT_TRANSLATE_NOOP("Keys", "the Left arrow key"),
    "Right": QT_TRANSLATE_NOOP("Keys", "the Right arrow key"),
    "Up": QT_TRANSLATE_NOOP("Keys", "the Up arrow key"),
    "Down": QT_TRANSLATE_NOOP("Keys", "the Down arrow key"),
    "Space": QT_TRANSLATE_NOOP("Keys", "the Space bar"),
    "Backspace": QT_TRANSLATE_NOOP("Keys", "the Backspace key"),
    "-": QT_TRANSLATE_NOOP("Keys", "the minus key"),
    "=": QT_TRANSLATE_NOOP("Keys", "the equals key"),
    "PgUp": QT_TRANSLATE_NOOP("Keys", "the Page Up key"),
    "PgDown": QT_TRANSLATE_NOOP("Keys", "the Page Down key"),
}
TRANSLATED_FACES = ("Space", "Backspace", "PgUp", "PgDown")  # named, not a symbol
A_KEY = QT_TRANSLATE_NOOP("Keys", "the {key} key")
PRESS = QT_TRANSLATE_NOOP("Keys", "You can also press {key}.")
HOLD_AND_PRESS = QT_TRANSLATE_NOOP("Keys", "You can also hold down {modifiers} and press {key}.")
AND = QT_TRANSLATE_NOOP("Keys", "{first} and {second}")
JOIN = QT_TRANSLATE_NOOP("Keys", "{description}. {keys}")
HINT = QT_TRANSLATE_NOOP("Keys", "{label}  ({keys})")
STOPS = ".。!！?？"


def _tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def _parts(shortcut: str) -> tuple[list[str], str]:
    """("Ctrl+=") → (["Ctrl"], "="); a trailing "+" or "-" is the key itself."""
    *modifiers, key = shortcut.rsplit("+", 1) if shortcut not in ("+", "-") else [shortcut]
    mods = modifiers[0].split("+") if modifiers and modifiers[0] else []
    if not key:  # "Ctrl++"
        key = "+"
    return mods, key


def shown_keys(shortcut: str) -> str:
    """The keys as printed after a button's label: "Alt + ←", "空格键", "F5"."""
    if not shortcut:
        return ""
    mods, key = _parts(shortcut)
    face = SHOWN.get(key, key)
    return " + ".join([*mods, _tr(face) if key in TRANSLATED_FACES else face])


def _said(key: str) -> str:
    return _tr(SAID[key]) if key in SAID else _tr(A_KEY).format(key=key)


def key_sentence(shortcut: str) -> str:
    """A sentence naming the keys in the learner's language ("" for no shortcut)."""
    if not shortcut:
        return ""
    mods, key = _parts(shortcut)
    if not mods:
        return _tr(PRESS).format(key=_said(key))
    named = [_said(m) for m in mods]
    together = named[0]
    for more in named[1:]:
        together = _tr(AND).format(first=together, second=more)
    return _tr(HOLD_AND_PRESS).format(modifiers=together, key=_said(key))


def with_keys(description: str, shortcut: str) -> str:
    """``description`` followed by the sentence naming the shortcut."""
    sentence = key_sentence(shortcut)
    if not sentence:
        return description
    if not description.strip():
        return sentence
    return _tr(JOIN).format(description=description.strip().rstrip(STOPS), keys=sentence)


def label_with_keys(label: str, shortcut: str) -> str:
    """``label`` with its keys after it: "Back  (Alt + ←)", "返回（Alt + ←）"."""
    keys = shown_keys(shortcut)
    return _tr(HINT).format(label=label, keys=keys) if keys else label
