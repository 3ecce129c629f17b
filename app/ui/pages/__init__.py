"""Pages: one QWidget per screen. Each emits ``navigate(key)``; the main window routes."""
