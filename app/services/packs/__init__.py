"""Offline course packs: the bundled default pack and packs imported from files."""
