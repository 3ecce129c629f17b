"""Silver Classroom (银龄课堂): large-text, read-aloud lessons for older learners."""

from app import _refcount_guard

_refcount_guard.apply()  # before any Qt call: see the module's docstring

__version__ = "0.1.0"
