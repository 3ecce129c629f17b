"""Class reminders: the scheduler, its words, desktop integration (tray, autostart)."""
