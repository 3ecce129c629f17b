"""Qt widgets only: they show and ask, get collaborators in __init__, and emit signals."""
