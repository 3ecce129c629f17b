"""The platform client: contract-v1 adapter, careful HTTP, the SQLite cache and sync."""
