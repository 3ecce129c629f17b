"""Command line: global options, ``--screenshot`` and ``admin`` verbs.

The conventions are in docs/requirements.md#command-line.
"""
