"""Pure domain code: models, rules and ports. No Qt, no I/O, no clocks (a test enforces it)."""
