"""Silver Classroom (银龄课堂): large-text, read-aloud lessons for older learners."""

__version__ = "0.1.0"
