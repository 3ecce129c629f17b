"""Secrets (platform tokens) in the OS keyring, one entry per profile."""
