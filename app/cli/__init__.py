"""Command line: global options, ``--screenshot`` and ``admin`` verbs (design §12)."""
