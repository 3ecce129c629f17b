"""The app's asyncio loop: qasync's.

Kept as one name the app, its tests and benchmarks share. The PySide6 6.12 reference-count
bug that made long-running loops abort is handled once for the whole process in
``app/_refcount_guard.py`` (applied when ``app`` is imported).
"""

from __future__ import annotations

import qasync

SilverEventLoop = qasync.QEventLoop
