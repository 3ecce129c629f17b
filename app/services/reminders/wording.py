"""The sentence a reminder shows and speaks, in the learner's language.

Spoken text is the same translated string as the banner (style guide). Written
with literal ``QCoreApplication.translate`` calls so lupdate extracts the plurals.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication

from app.core.timetable import ClassEntry


def where(entry: ClassEntry) -> str:
    if entry.place:
        return QCoreApplication.translate("Reminders", "in {place}").format(place=entry.place)
    if entry.link:
        return QCoreApplication.translate("Reminders", "online")
    return ""


def reminder_sentence(entry: ClassEntry, start: datetime, now: datetime) -> str:
    """ "Your Calligraphy class starts in 30 minutes, in room 203." and its variants."""
    minutes = round((start - now).total_seconds() / 60)
    place = where(entry)
    title = entry.title
    if minutes >= 1:
        if place:
            text = QCoreApplication.translate(
                "Reminders", "Your {title} class starts in %n minute(s), {where}.", None, minutes
            )
        else:
            text = QCoreApplication.translate(
                "Reminders", "Your {title} class starts in %n minute(s).", None, minutes
            )
    elif minutes >= -1:
        text = (
            QCoreApplication.translate("Reminders", "Your {title} class starts now, {where}.")
            if place
            else QCoreApplication.translate("Reminders", "Your {title} class starts now.")
        )
    else:
        local = start.strftime("%H:%M")
        text = (
            QCoreApplication.translate(
                "Reminders", "Your {title} class started at {time}, {where}."
            )
            if place
            else QCoreApplication.translate("Reminders", "Your {title} class started at {time}.")
        )
        return text.format(title=title, where=place, time=local)
    return text.format(title=title, where=place)


def reminder_title() -> str:
    return QCoreApplication.translate("Reminders", "Class reminder")
