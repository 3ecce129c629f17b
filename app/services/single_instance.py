"""One running app per data dir: a lock file, and a local socket to wake the first one.

The first start takes ``DataPaths.lock_file`` (``QLockFile``: a stale lock from a
crash is detected by its PID and taken over) and listens on a local socket named
after the data dir. A second start cannot take the lock, so it sends ``show`` to
that socket and exits; the first instance brings its window forward.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

SHOW = "show"


def server_name(lock_file: Path) -> str:
    """A short name unique to the data dir (socket names have a length limit)."""
    digest = hashlib.sha256(str(lock_file.resolve()).encode()).hexdigest()[:16]
    return f"silver-classroom-{digest}"


class SingleInstance(QObject):
    """``acquire()`` in the first instance; ``message_received(text)`` when another starts."""

    message_received = Signal(str)

    def __init__(self, lock_file: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = server_name(lock_file)
        lock_file.parent.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(lock_file))
        self._server: QLocalServer | None = None
        self._sockets: list[QLocalSocket] = []

    def acquire(self) -> bool:
        """True if this is the only instance (and now listens); False if another runs."""
        if not self._lock.tryLock(200):
            return False
        QLocalServer.removeServer(self._name)  # a socket file left by a crash
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        server.newConnection.connect(self._accept)
        server.listen(self._name)
        self._server = server
        return True

    def send(self, message: str = SHOW, timeout_ms: int = 3000) -> bool:
        """Tell the running instance ``message``; False if it could not be reached."""
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write((message + "\n").encode())
        socket.flush()
        ok = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
            socket.waitForDisconnected(timeout_ms)
        return ok

    def release(self) -> None:
        if self._server is not None:
            self._server.newConnection.disconnect(self._accept)
            self._server.close()
        self._sockets.clear()
        self._lock.unlock()

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            self._sockets.append(socket)  # a child of the server; freed with it
            socket.readyRead.connect(self._read_all)
            socket.disconnected.connect(self._read_all)
        self._read_all()

    def _read_all(self) -> None:
        for socket in list(self._sockets):
            while socket.canReadLine():
                line = bytes(socket.readLine().data()).decode(errors="replace").strip()
                if line:
                    self.message_received.emit(line)
            if socket.state() == QLocalSocket.LocalSocketState.UnconnectedState:
                self._sockets.remove(socket)
