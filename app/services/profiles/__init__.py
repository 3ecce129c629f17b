"""Learners on a shared machine: profiles, PINs, guest sessions, removal (issue 9)."""
