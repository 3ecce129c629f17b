"""I/O behind the core's ports: store, packs, platform, speech, reminders, secrets."""
