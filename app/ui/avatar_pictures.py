"""Profile pictures as pixmaps, with their translated alt text."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

from app.core.avatars import CONTEXT, GUEST_AVATAR, Avatar, avatar
from app.services.paths import resources_dir


def avatar_info(avatar_id: str) -> Avatar:
    return GUEST_AVATAR if avatar_id == GUEST_AVATAR.id else avatar(avatar_id)


def avatar_alt(avatar_id: str) -> str:
    return QCoreApplication.translate(CONTEXT, avatar_info(avatar_id).alt)


def avatar_pixmap(avatar_id: str, size: int) -> QPixmap:
    """The picture drawn at ``size`` px (crisp at any text scale: it is vector art)."""
    path = resources_dir() / "avatars" / f"{avatar_info(avatar_id).id}.svg"
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    renderer = QSvgRenderer(str(path))
    if renderer.isValid():
        painter = QPainter(pixmap)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
    return pixmap
